import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7434);
/* harmony import */ var _ledger_row_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6005);


// A reader that stops early (`release-evidence ... | head`) is not a failure of the command:
// further output is dropped and the exit code stays the command's, with no stack trace.
process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE')
        throw err;
});
const code = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    io: { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
    cwd: process.cwd(),
    env: process.env,
    clock: Date.now,
    // this module is dist/cli/index.js once bundled; the worker is bundled beside it
    readWorker: (0,_ledger_row_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .bundledReadWorker */ .zH)(import.meta.url, '../read-worker/index.js')
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/cli/commands.ts
const COMMANDS = [
    {
        name: 'validate-ledger',
        summary: 'Check the acknowledgment ledger against active alarms: go / conditional-go / no-go per release window',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(732), __nccwpck_require__.e(494), __nccwpck_require__.e(229)]).then(__nccwpck_require__.bind(__nccwpck_require__, 229))).validateLedgerCommand
    },
    {
        name: 'keygen',
        summary: 'Create an Ed25519 signing key pair and print its keyring entry',
        load: async () => (await __nccwpck_require__.e(/* import() */ 594).then(__nccwpck_require__.bind(__nccwpck_require__, 9594))).keygenCommand
    },
    {
        name: 'export-closure',
        summary: 'Build, sign, verify and commit one closure packet revision per changed release window',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(732), __nccwpck_require__.e(667), __nccwpck_require__.e(494), __nccwpck_require__.e(730)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5730))).exportClosureCommand
    },
    {
        name: 'verify',
        summary: 'Prove the closure-packet store from git history: signatures, chain, write-once, completeness',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(732), __nccwpck_require__.e(667), __nccwpck_require__.e(494), __nccwpck_require__.e(730)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5730))).verifyCommand
    },
    {
        name: 'review',
        summary: "Post-incident review of a window's latest signed closure packet (checklist + traced sample)",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(732), __nccwpck_require__.e(667), __nccwpck_require__.e(494), __nccwpck_require__.e(730)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5730))).reviewCommand
    },
    {
        name: 'demo',
        summary: 'Run the gate, export and sign closure packets, and verify them, on the examples in a temp repo',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(732), __nccwpck_require__.e(667), __nccwpck_require__.e(494), __nccwpck_require__.e(730), __nccwpck_require__.e(810)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3810))).demoCommand
    },
    {
        name: 'codes',
        summary: 'list every defect code with its stage, severity and meaning',
        load: async () => (await __nccwpck_require__.e(/* import() */ 523).then(__nccwpck_require__.bind(__nccwpck_require__, 5523))).codesCommand
    }
];

;// CONCATENATED MODULE: ./src/cli/run.ts


function usage() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        'Usage: release-evidence <command> [options]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        "Run 'release-evidence <command> --help' for a command's options.",
        'Exit codes: 0 pass/go, 1 policy failure (no-go, verification failed), 2 cannot evaluate.'
    ].join('\n');
}
/** Runs one CLI invocation and returns its exit code; never throws. */
async function runCli(argv, ctx) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        ctx.io.stdout(`${usage()}\n`);
        return name === undefined ? errors/* ExitCode */.yU.CannotEvaluate : errors/* ExitCode */.yU.Pass;
    }
    if (name === '--version') {
        ctx.io.stdout('release-evidence 0.1.0\n');
        return errors/* ExitCode */.yU.Pass;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
        ctx.io.stderr(`release-evidence: unknown command '${name}'\n\n${usage()}\n`);
        return errors/* ExitCode */.yU.CannotEvaluate;
    }
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
        ctx.io.stdout(`${command.usage}\n`);
        return errors/* ExitCode */.yU.Pass;
    }
    try {
        return await command.run(rest, ctx);
    }
    catch (err) {
        ctx.io.stderr(`release-evidence ${command.name}: ${(0,errors/* describeError */.Uc)(err)}\n`);
        return (0,errors/* exitCodeFor */.Rr)(err);
    }
}


/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dy: () => (/* binding */ CsvTable),
  Zu: () => (/* binding */ decodeCsv),
  FU: () => (/* binding */ readCsvFile)
});

// UNUSED EXPORTS: parseCsv, transferablesOf

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __nccwpck_require__(6043);
// EXTERNAL MODULE: ./src/csv/scan.ts
var csv_scan = __nccwpck_require__(4263);
;// CONCATENATED MODULE: ./src/csv/read.ts





/**
 * A read table. Cells stay offsets into the decoded text until read (see scan.ts for why), so
 * large inputs are read with size/line/cell by row index; `rows` makes plain objects for small
 * tables (matrices, reports in tests).
 */
class CsvTable {
    file;
    header;
    headerLine;
    broken;
    /** rows that can be read: a row index is 0 .. size - 1 */
    size;
    #scan;
    /** row index -> record index in the scan (the header and broken records are skipped) */
    #records;
    #columns;
    constructor(file, header, 
    /** the header's own line (after a BOM and any blank lines) */
    headerLine, 
    /** structurally broken rows: wrong column count, unterminated quote. Never padded, never fatal. */
    broken, scan, records) {
        this.file = file;
        this.header = header;
        this.headerLine = headerLine;
        this.broken = broken;
        this.#scan = scan;
        this.#records = records;
        this.size = records.length;
        this.#columns = new Map(header.map((h, i) => [h, i]));
    }
    /** The column's index, -1 when the header does not have it. */
    column(name) {
        return this.#columns.get(name) ?? -1;
    }
    /** 1-based line on which row r starts in the source file. */
    line(r) {
        return this.#scan.lines[this.#records[r]];
    }
    /** Row r's cell in column c; '' for an absent column (c = -1), as for an empty cell. */
    cell(r, c) {
        return c < 0 ? '' : (0,csv_scan/* fieldText */.gF)(this.#scan, this.#scan.firstField[this.#records[r]] + c);
    }
    /**
     * utcMs(cell(r, c)), read in place when the cell is a canonical timestamp (the usual case), so
     * no string is made for it: the ledger gate reads about a million of them.
     */
    utcMs(r, c) {
        if (c < 0)
            return undefined;
        const scan = this.#scan;
        const f = scan.firstField[this.#records[r]] + c;
        const start = scan.starts[f];
        if (start >= 0 && scan.ends[f] - start === 20) {
            const ms = (0,time/* canonicalAt */._E)(scan.text, start);
            if (ms !== undefined)
                return ms;
        }
        return (0,time/* utcMs */.bp)(this.cell(r, c));
    }
    /** Row r's cells in header order. */
    cells(r) {
        return (0,csv_scan/* recordFields */.zB)(this.#scan, this.#records[r]);
    }
    /** Row r as a column -> value object. */
    values(r) {
        const cells = this.cells(r);
        const values = {};
        this.header.forEach((h, i) => (values[h] = cells[i]));
        return values;
    }
    /**
     * The table without its text, as structured-cloneable parts whose arrays can be transferred:
     * how a worker hands a parsed table over. The receiver decodes the same bytes itself
     * (decodeCsv) and joins the two with fromParts.
     */
    parts() {
        const { text: _text, ...scan } = this.#scan;
        return { file: this.file, header: this.header, headerLine: this.headerLine, broken: this.broken, scan, records: this.#records };
    }
    static fromParts(parts, text) {
        return new CsvTable(parts.file, parts.header, parts.headerLine, parts.broken, { ...parts.scan, text }, parts.records);
    }
    /** Every row as plain objects: convenient for small tables, wasteful for large ones. */
    get rows() {
        return Array.from({ length: this.size }, (_, r) => ({ line: this.line(r), values: this.values(r) }));
    }
}
/** The typed arrays of a table's parts, for a postMessage transfer list. */
function transferablesOf(parts) {
    const { lines, firstField, starts, ends } = parts.scan;
    return [lines, firstField, starts, ends, parts.records].map((a) => a.buffer);
}
/**
 * Reads and parses a CSV file; the bytes read come along, apart from the table, for callers that
 * need provenance (they hash them). The table does not keep them: the decoded text is all it
 * needs, and at 55 MB of inputs a second copy kept for the whole run was a tenth of peak memory.
 */
async function readCsvFile(path, opts) {
    let data;
    try {
        data = await (0,promises_.readFile)(path);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: code === 'ENOENT'
                ? `${opts.file}: file not found; check the path input or create the file`
                : `${opts.file}: cannot read (${code ?? 'error'})`,
            cause: err
        });
    }
    return { table: await parseCsv(data, opts), bytes: data };
}
/**
 * UTF-8 to text. Most inputs are plain ASCII, for which Node's 'ascii' decoder gives the same
 * string as its UTF-8 decoder about 25 times faster (measured 7 ms against 180 ms for the 55 MB
 * of the ledger benchmark); the check that makes the shortcut safe takes 2 ms.
 */
function decodeCsv(data) {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return decode(buf);
}
function decode(data) {
    return (0,external_node_buffer_namespaceObject.isAscii)(data) ? data.toString('ascii') : data.toString('utf8');
}
async function parseCsv(data, opts) {
    const { file } = opts;
    const scan = (0,csv_scan/* scanCsvOffsets */.cf)(decode(data));
    if (scan.count === 0) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_EMPTY',
            message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
        });
    }
    const headerLine = scan.lines[0];
    const headerError = scan.errors.get(0);
    if (headerError !== undefined) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${file}:${headerLine}: cannot read the header: ${headerError}`,
            problems: [{ file, line: headerLine, message: headerError }]
        });
    }
    const header = (0,csv_scan/* recordFields */.zB)(scan, 0).map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (seen.has(h)) {
            throw new errors/* UserError */.yo({
                code: 'INPUT_INVALID',
                message: `${file}:${headerLine}: column '${h}' appears twice in the header; remove the duplicate`
            });
        }
        seen.add(h);
    }
    const missing = opts.requiredColumns.filter((c) => !seen.has(c));
    if (missing.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_COLUMN_MISSING',
            message: `${file}:${headerLine}: missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the header`,
            problems: missing.map((c) => ({ file, line: headerLine, field: c, message: 'required column is missing' }))
        });
    }
    const records = new Int32Array(scan.count);
    let size = 0;
    const broken = [];
    const width = header.length;
    for (let r = 1; r < scan.count; r++) {
        const line = scan.lines[r];
        const error = scan.errors.get(r);
        if (error !== undefined) {
            broken.push(error === 'unterminated quoted field'
                ? {
                    file,
                    line,
                    message: 'unterminated quoted field: the quote opened in this row is never closed, so this and every later line were not read',
                    fix: 'close the quote or double any quote inside the field ("")'
                }
                : { file, line, message: error, fix: 'quote the field and double any quote inside it ("")' });
            continue;
        }
        const fields = scan.firstField[r + 1] - scan.firstField[r];
        if (fields !== width) {
            broken.push({
                file,
                line,
                message: `row has ${fields} field${fields === 1 ? '' : 's'}, the header has ${width}`,
                fix: 'quote any field that contains a comma, or add the missing fields'
            });
            continue;
        }
        records[size++] = r;
    }
    return new CsvTable(file, header, headerLine, broken, scan, records.slice(0, size));
}


/***/ }),

/***/ 4263:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ scanCsv),
/* harmony export */   cf: () => (/* binding */ scanCsvOffsets),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   zB: () => (/* binding */ recordFields)
/* harmony export */ });
// A strict RFC 4180 scanner that knows where every record starts.
//
// Why not csv-parse alone: measured on this 2-core machine, csv-parse needs 0.67 s per 100k-row,
// 12-column file without `info` and 1.1 s with it (we need per-record offsets for line numbers),
// and the ledger gate reads three such files inside a 3 s budget. This scanner does one pass over
// the decoded text and is tested differentially against csv-parse on valid input
// (__tests__/foundation/csv-scan.test.ts), so the library stays the oracle for the format.
//
// Why offsets instead of strings: the gate's inputs hold about five million cells. Made into
// strings up front they stay alive through the whole run, and the garbage collector spent more
// time copying them between heap generations than the scan took. So the scan records where each
// field starts and ends in typed arrays (outside the JS heap) and a cell becomes a string only
// when it is read (fieldText), usually to die young.
//
// Rules: fields split on `,`; records end at LF or CRLF; a field that starts with `"` is quoted,
// `""` inside it is a quote, and it may span lines; blank lines are skipped. A quote inside an
// unquoted field, text after a closing quote, or a quote never closed is a broken record.
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** An Int32Array that doubles when full. */
class IntList {
    data;
    length = 0;
    constructor(capacity) {
        this.data = new Int32Array(Math.max(16, capacity));
    }
    push(v) {
        if (this.length === this.data.length) {
            const grown = new Int32Array(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        this.data[this.length++] = v;
    }
    done() {
        return this.data.subarray(0, this.length);
    }
}
function scanCsvOffsets(text) {
    const n = text.length;
    // Sized for one record per physical line, each as wide as the first line: the common case,
    // so the arrays are allocated once. They grow if quoted newlines or wider rows prove it wrong.
    const lineGuess = countLf(text, 0, n) + 1;
    const firstLineEnd = indexOr(text, '\n', 0, n);
    let widthGuess = 1;
    for (let k = text.indexOf(','); k !== -1 && k < firstLineEnd; k = text.indexOf(',', k + 1))
        widthGuess++;
    const lines = new IntList(lineGuess);
    const firstField = new IntList(lineGuess + 1);
    const starts = new IntList(lineGuess * widthGuess);
    const ends = new IntList(lineGuess * widthGuess);
    const errors = new Map();
    const field = (from, to) => {
        starts.push(from);
        ends.push(to);
    };
    const finish = () => {
        firstField.push(starts.length);
        return { text, count: lines.length, lines: lines.done(), firstField: firstField.done(), starts: starts.done(), ends: ends.done(), errors };
    };
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let nextQuote = -1;
    while (i < n) {
        // skip blank lines between records
        const c0 = text.charCodeAt(i);
        if (c0 === LF) {
            line++;
            i++;
            continue;
        }
        if (c0 === CR && text.charCodeAt(i + 1) === LF) {
            line++;
            i += 2;
            continue;
        }
        const record = lines.length;
        lines.push(line);
        firstField.push(starts.length);
        // Fast path: a record without any quote is exactly one physical line split on commas.
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        if (nextQuote < i)
            nextQuote = indexOr(text, '"', i, n);
        if (nextQuote >= end) {
            const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
            let from = i;
            // indexOf runs natively: measured 2-3x faster than a charCodeAt loop on these files
            for (let comma = text.indexOf(',', from); comma !== -1 && comma < stop; comma = text.indexOf(',', from)) {
                field(from, comma);
                from = comma + 1;
            }
            field(from, stop);
            i = end + 1;
            line++;
            continue;
        }
        let error;
        for (;;) {
            if (text.charCodeAt(i) === QUOTE) {
                // quoted field: its value is between the quotes, with "" standing for "
                const from = i + 1;
                let doubled = false;
                let q = from;
                for (;;) {
                    q = text.indexOf('"', q);
                    if (q === -1) {
                        // nothing after this quote can be read as records: stop here
                        errors.set(record, 'unterminated quoted field');
                        return finish();
                    }
                    if (text.charCodeAt(q + 1) === QUOTE) {
                        doubled = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                line += countLf(text, from, q);
                field(doubled ? ~from : from, q);
                i = q + 1;
                const c = text.charCodeAt(i);
                if (c !== COMMA && c !== LF && c !== CR && i < n) {
                    error ??= 'text after a closing quote';
                    // resync at the end of this physical line
                    const nl = text.indexOf('\n', i);
                    i = nl === -1 ? n : nl;
                    if (text.charCodeAt(i - 1) === CR)
                        i--;
                }
            }
            else {
                // unquoted field: up to the next comma or line end
                let j = i;
                while (j < n) {
                    const c = text.charCodeAt(j);
                    if (c === COMMA || c === LF)
                        break;
                    if (c === CR && text.charCodeAt(j + 1) === LF)
                        break;
                    if (c === QUOTE)
                        error ??= 'a quote inside an unquoted field (quote the whole field and double the quote)';
                    j++;
                }
                field(i, j);
                i = j;
            }
            const c = text.charCodeAt(i);
            if (c === COMMA) {
                i++;
                continue;
            }
            if (c === CR)
                i++;
            if (text.charCodeAt(i) === LF) {
                i++;
                line++;
            }
            break;
        }
        if (error)
            errors.set(record, error);
    }
    return finish();
}
/** The value of field f (an index into starts/ends) as a string. */
function fieldText(scan, f) {
    const start = scan.starts[f];
    return start >= 0 ? scan.text.slice(start, scan.ends[f]) : scan.text.slice(~start, scan.ends[f]).replaceAll('""', '"');
}
/** Every field of record r as strings. */
function recordFields(scan, r) {
    const out = [];
    for (let f = scan.firstField[r]; f < scan.firstField[r + 1]; f++)
        out.push(fieldText(scan, f));
    return out;
}
/** The whole text as records of strings; for small inputs (the engine reads cells by offset). */
function scanCsv(text) {
    const scan = scanCsvOffsets(text);
    return Array.from({ length: scan.count }, (_, r) => {
        const error = scan.errors.get(r);
        const rec = { fields: recordFields(scan, r), line: scan.lines[r] };
        return error === undefined ? rec : { ...rec, error };
    });
}
function countLf(text, from, to) {
    let count = 0;
    let k = text.indexOf('\n', from);
    while (k !== -1 && k < to) {
        count++;
        k = text.indexOf('\n', k + 1);
    }
    return count;
}
function indexOr(text, needle, from, fallback) {
    const k = text.indexOf(needle, from);
    return k === -1 ? fallback : k;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony exports BaseError, formatProblem, PolicyFailure */
// Two kinds of failure, as in sigstore-js and codeql-action: a UserError is the user's to fix
// (bad input, bad policy, wrong usage) and always carries a message that names the fix; an
// InternalError is ours and carries its cause. Codes are stable API; messages may improve.
const ExitCode = {
    /** go, conditional-go, observe mode, or verification passed */
    Pass: 0,
    /** no-go, verification failed, or a publish that could not land */
    PolicyFailure: 1,
    /** cannot evaluate: usage, unreadable input, invalid policy */
    CannotEvaluate: 2
};
class BaseError extends Error {
    code;
    cause;
    constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = new.target.name;
    }
}
function formatProblem(p) {
    const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
    const field = p.field ? ` ${p.field}:` : '';
    const fix = p.fix ? ` (fix: ${p.fix})` : '';
    return `${where}:${field} ${p.message}${fix}`;
}
/** The user's mistake: exit 2, a message and no stack trace. */
class UserError extends BaseError {
    problems;
    /** the message without the listed problems: with code and problems, all it takes to make the error again */
    headline;
    constructor(args) {
        const list = args.problems ?? [];
        const shown = list.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
        const more = list.length > 20 ? [`  ... and ${list.length - 20} more`] : [];
        super({ code: args.code, message: [args.message, ...shown, ...more].join('\n'), cause: args.cause });
        this.problems = list;
        this.headline = args.message;
    }
    get exitCode() {
        return ExitCode.CannotEvaluate;
    }
}
/** The evidence fails policy: exit 1. Not a crash and not the user's syntax error. */
class PolicyFailure extends BaseError {
    get exitCode() {
        return ExitCode.PolicyFailure;
    }
}
class InternalError extends BaseError {
}
/** Exit code for anything thrown; unknown throwables are internal failures (exit 2, never 0). */
function exitCodeFor(err) {
    if (err instanceof UserError || err instanceof PolicyFailure)
        return err.exitCode;
    return ExitCode.CannotEvaluate;
}
/** One line for a user error, message plus cause for ours; never a silent pass. */
function describeError(err) {
    if (err instanceof UserError || err instanceof PolicyFailure)
        return `${err.code}: ${err.message}`;
    if (err instanceof Error) {
        const cause = err.cause instanceof Error ? ` (cause: ${err.cause.message})` : '';
        return `internal error: ${err.message}${cause}`;
    }
    return `internal error: ${String(err)}`;
}


/***/ }),

/***/ 9288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ memoCheckId),
/* harmony export */   PL: () => (/* binding */ columnsOf),
/* harmony export */   vp: () => (/* binding */ brokenRows),
/* harmony export */   yA: () => (/* binding */ CellChecks)
/* harmony export */ });
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4598);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6043);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7400);



/** The checks for one table's cells; defects go to `out`. */
class CellChecks {
    file;
    out;
    constructor(file, out) {
        this.file = file;
        this.out = out;
    }
    /** An id cell, normalized; a refused one becomes ID_MALFORMED and the result is undefined. */
    id(raw, line, column, what, windowId, role, check) {
        if (!check) {
            const id = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .idOf */ .TH)(raw);
            if (id !== undefined)
                return id;
        }
        const r = (check ?? _util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .checkId */ .ij)(raw);
        if (r.ok)
            return r.id;
        this.out.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)('ID_MALFORMED', {
            subject: raw,
            owner_role: role,
            required_action: `Write a ${what} of letters, digits and - _ . : (the row was not joined)`,
            release_window_id: windowId,
            file: this.file,
            line,
            field: column,
            detail: `${what} '${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(raw)}' ${r.reason}`
        }));
        return undefined;
    }
    /** time() for row r's cell in column c, read in place when it is canonical (CsvTable.utcMs). */
    timeAt(table, r, c, line, column, ctx, allowEmpty = false) {
        return table.utcMs(r, c) ?? this.time(table.cell(r, c), line, column, ctx, allowEmpty);
    }
    /** A timestamp cell as epoch ms; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
    time(raw, line, column, ctx, allowEmpty = false) {
        const ms = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .utcMs */ .bp)(raw);
        if (ms !== undefined || (allowEmpty && raw.trim() === ''))
            return ms;
        const p = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUtc */ .y5)(raw);
        this.out.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)('TIMESTAMP_MALFORMED', {
            subject: ctx.subject,
            owner_role: ctx.role,
            required_action: `Write ${column} as RFC 3339 UTC, e.g. 2026-11-23T14:05:00Z`,
            release_window_id: ctx.windowId,
            file: this.file,
            line,
            field: column,
            detail: `${column}: ${p.ok ? '' : p.reason}`
        }));
        return undefined;
    }
}
/** checkId with a memo, for columns with few distinct values (windows, roles) in large files. */
function memoCheckId() {
    const memo = new Map();
    return (raw) => {
        let r = memo.get(raw);
        if (!r) {
            r = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .checkId */ .ij)(raw);
            if (memo.size < 10_000)
                memo.set(raw, r);
        }
        return r;
    };
}
/** Column name -> index for the columns a reader uses, looked up once per table. */
function columnsOf(table, names) {
    const out = {};
    for (const k of Object.keys(names))
        out[k] = table.column(names[k]);
    return out;
}
/** The table's structurally broken rows as ROW_MALFORMED defects. */
function brokenRows(table, fallbackRole) {
    return table.broken.map((p) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)('ROW_MALFORMED', {
        subject: '',
        owner_role: fallbackRole,
        required_action: p.fix ? `Repair the row: ${p.fix}` : 'Repair the row',
        release_window_id: '',
        file: p.file,
        line: p.line ?? null,
        detail: p.message
    }));
}


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ LEDGER_CODES)
/* harmony export */ });
// The ledger gate's defect codes: short, stable, and documented in the README's code table.
// Severity here is the code's worst case; where it depends on the alarm class, `meaning` says so.
const LEDGER_CODES = {
    ACK_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An active page or block alarm has no acknowledgment row in the ledger (L1).'
    },
    ACK_LATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The acknowledgment came after the class SLA, measured from the raise time; exactly at the limit passes (L2).'
    },
    ACK_BEFORE_RAISED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The acknowledgment is timestamped before the alarm was raised: a clock or time-zone error.'
    },
    ACK_TIMESTAMP_CHANGED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "A later ledger row moved the key's acknowledgment time; the latest row is used."
    },
    OWNER_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "The acknowledging role is not the alarm's primary or backup owner, nor an incident-commander override inside its time limit (L3)."
    },
    FIELD_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'A required ledger field is empty.'
    },
    ID_MALFORMED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An alarm, release-window or evidence id is empty or unsafe; the row was not joined.'
    },
    TIMESTAMP_MALFORMED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'A timestamp is not RFC 3339 with Z or an offset, or is not a real instant (L8).'
    },
    TARGET_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'target_resolution_utc is empty.'
    },
    TARGET_BEFORE_ACK: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'target_resolution_utc is before the acknowledgment.'
    },
    SLA_MISMATCH: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "response_sla_minutes differs from the policy's SLA for the alarm class; the policy's value is used."
    },
    CLASS_MISMATCH: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "The ledger's alarm_state differs from the class in the alarms file; the alarms file is used."
    },
    CLASS_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An alarm class or alarm_state value is not one of the classes the policy names.'
    },
    CLOSURE_STATE_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'closure_state is neither a resolved nor an open state of the policy.'
    },
    EVIDENCE_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The alarm is marked resolved without a closure_evidence_ref (L4).'
    },
    EVIDENCE_UNRESOLVED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'closure_evidence_ref names no row of the evidence file.'
    },
    EVIDENCE_WRONG_WINDOW: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence belongs to another release window (L5).'
    },
    EVIDENCE_WRONG_ALARM: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence belongs to another alarm.'
    },
    EVIDENCE_BEFORE_ACK: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence was recorded before the acknowledgment.'
    },
    EVIDENCE_DUPLICATE_ID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Two evidence rows share an evidence_id, so a reference to it is ambiguous.'
    },
    EVIDENCE_KIND_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An evidence row has a kind the policy does not list.'
    },
    UNRESOLVED_IN_SLA: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'Validly acknowledged and still open before its resolution target: routed to the owner, not a no-go (L6).'
    },
    RESOLUTION_LATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Still open after target_resolution_utc: blocking for block alarms (overdue block SLA), a warning for page alarms.'
    },
    SLA_EXCEPTION_ACCEPTED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A late page acknowledgment carries an SLA exception approved by the approver role: conditional go.'
    },
    ALARM_DUPLICATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The alarms file lists one alarm_id + release_window_id twice, so the join is ambiguous.'
    },
    LEDGER_DUPLICATE_KEY: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Two different ledger rows of one key share last_updated_utc, so the latest state is ambiguous (L7).'
    },
    LEDGER_RETRY_DUPLICATE: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A ledger row repeats an earlier row of its key exactly (a retried write); it is counted once.'
    },
    LEDGER_ORPHAN: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A ledger key of an evaluated release window matches no active alarm.'
    },
    LEDGER_HISTORY_REWRITTEN: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "A committed ledger row was later changed or deleted in place: blocking when it is an active alarm's row, a warning otherwise or once the original row is restored."
    },
    LEDGER_HISTORY_UNCHECKED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'The ledger\'s git history could not be checked (shallow clone: a warning; not a git repository or not committed yet: info).'
    }
};


/***/ }),

/***/ 5885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ evidenceFor),
  T: () => (/* binding */ scanEvidence)
});

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __nccwpck_require__(4598);
// EXTERNAL MODULE: ./src/ledger/cells.ts
var cells = __nccwpck_require__(9288);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __nccwpck_require__(6043);
// EXTERNAL MODULE: ./src/ledger/records.ts
var records = __nccwpck_require__(9791);
;// CONCATENATED MODULE: ./src/ledger/evidence-index.ts




/**
 * The evidence file indexed by normalized evidence_id (a closure reference may point into any
 * window: L5). Rows are read and checked once by scanEvidence (evidence-rows.ts), which keeps each
 * row's normalized window id and time, so the closure check compares by row without an object.
 * An Evidence object is made each time the result's lists ask for a row, and is not kept here:
 * at 150,000 evidence rows, an object for each cost more in garbage collection than the checks.
 */
class EvidenceIndex {
    #table;
    #policy;
    #scan;
    #columns;
    constructor(table, policy, scan) {
        this.#table = table;
        this.#policy = policy;
        this.#scan = scan;
    }
    /** The row of the evidence_id's first readable row; undefined when there is none. */
    rowOf(evidenceId) {
        return this.#scan.rowOf.get(evidenceId);
    }
    /** Lines of later rows with the same evidence_id: the id is then ambiguous. */
    duplicatesOf(evidenceId) {
        return this.#scan.duplicates.get(evidenceId);
    }
    windowOf(row) {
        return this.#scan.windowIds[row];
    }
    /** Normalized again when asked: a string kept for each of 150,000 rows cost more in garbage collection. */
    alarmOf(row) {
        return (0,ids/* idOf */.TH)(this.#table.cell(row, this.#cols().alarm_id)) ?? '';
    }
    /** recorded_utc in epoch ms; undefined when malformed */
    recordedMs(row) {
        const ms = this.#scan.recorded[row];
        return Number.isNaN(ms) ? undefined : ms;
    }
    get(evidenceId) {
        const row = this.rowOf(evidenceId);
        return row === undefined ? undefined : this.evidence(evidenceId, row);
    }
    /** Every indexed evidence row, in file order. */
    all() {
        return Array.from(this.#scan.rowOf, ([id, row]) => this.evidence(id, row));
    }
    #cols() {
        return (this.#columns ??= (0,cells/* columnsOf */.PL)(this.#table, this.#policy.data.evidence_fields));
    }
    /** The row as an Evidence. */
    evidence(evidenceId, row) {
        const t = this.#table;
        const c = this.#cols();
        const recordedMs = this.recordedMs(row);
        const ev = new records/* Evidence */.of(evidenceId, this.windowOf(row), this.alarmOf(row), t.cell(row, c.evidence_kind).trim().toLowerCase(), t.cell(row, c.uri), recordedMs, recordedMs === undefined ? '' : (0,time/* formatUtc */.ay)(recordedMs), t.cell(row, c.recorded_by).trim(), { file: t.file, line: t.line(row) });
        const duplicates = this.duplicatesOf(evidenceId);
        if (duplicates)
            ev.duplicateLines = duplicates;
        return ev;
    }
}

// EXTERNAL MODULE: ./src/ledger/finding.ts
var finding = __nccwpck_require__(7400);
;// CONCATENATED MODULE: ./src/ledger/evidence-rows.ts




function scanEvidence(table, policy) {
    const f = policy.data.evidence_fields;
    const col = (0,cells/* columnsOf */.PL)(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const n = table.size;
    const scan = {
        rowOf: new Map(),
        duplicates: new Map(),
        broken: (0,cells/* brokenRows */.vp)(table, ic),
        defects: [],
        defectWindows: [],
        windowIds: new Array(n).fill(''),
        recorded: new Float64Array(n).fill(NaN)
    };
    const { rowOf, duplicates, defects } = scan;
    const windowCheck = (0,cells/* memoCheckId */.M$)();
    const check = new cells/* CellChecks */.yA(file, defects);
    for (let r = 0; r < table.size; r++) {
        const before = defects.length;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        const evidenceId = check.id(table.cell(r, col.evidence_id), line, f.evidence_id, 'evidence_id', windowId ?? '', ic);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        const subject = alarmId ?? '';
        scan.windowIds[r] = windowId ?? '';
        scan.recorded[r] = check.timeAt(table, r, col.recorded_utc, line, f.recorded_utc, { subject, windowId: windowId ?? '', role: ic }) ?? NaN;
        const kind = table.cell(r, col.evidence_kind).trim();
        if (!policy.isEvidenceKind(kind)) {
            defects.push((0,finding/* finding */.g)('EVIDENCE_KIND_INVALID', {
                subject,
                owner_role: ic,
                required_action: `Set ${f.evidence_kind} to one of ${policy.data.evidence_kinds.join(', ')}`,
                release_window_id: windowId ?? '',
                file,
                line,
                field: f.evidence_kind,
                detail: `'${(0,ids/* printable */.g$)(kind)}' is not an evidence kind of the policy`
            }));
        }
        if (evidenceId && windowId && alarmId) {
            const first = rowOf.get(evidenceId);
            if (first !== undefined) {
                const lines = duplicates.get(evidenceId);
                if (lines)
                    lines.push(line);
                else
                    duplicates.set(evidenceId, [line]);
                defects.push((0,finding/* finding */.g)('EVIDENCE_DUPLICATE_ID', {
                    subject,
                    owner_role: ic,
                    required_action: 'Give every evidence row its own evidence_id',
                    release_window_id: windowId,
                    file,
                    line,
                    field: f.evidence_id,
                    detail: `evidence_id '${evidenceId}' is also on line ${table.line(first)}`
                }));
            }
            else {
                rowOf.set(evidenceId, r);
            }
        }
        for (let i = before; i < defects.length; i++)
            scan.defectWindows.push(windowId ?? '');
    }
    return scan;
}
/** The evidence index, and the defects of rows of evaluated windows (or of no readable window). */
function evidenceFor(table, policy, scan, windows) {
    const defects = scan.broken.slice();
    for (let i = 0; i < scan.defects.length; i++) {
        const w = scan.defectWindows[i];
        if (w === '' || windows.has(w))
            defects.push(scan.defects[i]);
    }
    return { index: new EvidenceIndex(table, policy, scan), defects };
}


/***/ }),

/***/ 7400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ minutes),
/* harmony export */   g: () => (/* binding */ finding)
/* harmony export */ });
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4598);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9151);


function finding(code, a) {
    const severity = a.severity ?? (code === 'ROW_MALFORMED' ? 'blocking' : _codes_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER_CODES */ .v[code].severity);
    return {
        subject: (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(a.subject, 100),
        defect_code: code,
        severity,
        owner_role: a.owner_role,
        required_action: a.required_action,
        release_window_id: a.release_window_id,
        file: a.file,
        line: a.line,
        field: a.field ?? '',
        detail: (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(a.detail ?? '', 400)
    };
}
/** Minutes as people say them: 8, 0.5, 90. */
function minutes(ms) {
    const m = ms / 60_000;
    return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '');
}


/***/ }),

/***/ 4849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ KeyMap),
/* harmony export */   u: () => (/* binding */ KeyIndex)
/* harmony export */ });
/**
 * A map keyed by a ledger key: an alarm_id within a release_window_id (both normalized).
 *
 * A Map of Maps rather than one Map of joined `window + alarm` strings: at 100,000 alarms and
 * 187,000 ledger rows, building a joined string for every lookup, and hashing each fresh string,
 * was a good part of the gate's time. Window ids are few and shared; each alarm id string is
 * hashed once. Entries come back grouped by window, in the order first set.
 */
class KeyMap {
    #windows = new Map();
    get(alarmId, windowId) {
        return this.#windows.get(windowId)?.get(alarmId);
    }
    has(alarmId, windowId) {
        return this.#windows.get(windowId)?.has(alarmId) ?? false;
    }
    set(alarmId, windowId, value) {
        let alarms = this.#windows.get(windowId);
        if (!alarms) {
            alarms = new Map();
            this.#windows.set(windowId, alarms);
        }
        alarms.set(alarmId, value);
    }
    *entries() {
        for (const [windowId, alarms] of this.#windows)
            for (const [alarmId, value] of alarms)
                yield [alarmId, windowId, value];
    }
}
/**
 * The keys of the alarms file, numbered 0, 1, 2, ... in the order first added. The join works
 * on these numbers: a ledger row looks its key up once, and from then on its alarm's rows, prior
 * defects and verdict are found by number, in arrays, with no further hashing of id strings.
 */
class KeyIndex {
    #numbers = new KeyMap();
    #alarmIds = [];
    #windowIds = [];
    get size() {
        return this.#alarmIds.length;
    }
    /** The key's number; undefined when it was never added. */
    get(alarmId, windowId) {
        return this.#numbers.get(alarmId, windowId);
    }
    has(alarmId, windowId) {
        return this.#numbers.has(alarmId, windowId);
    }
    /** Adds a key not yet in the index and returns its number. */
    add(alarmId, windowId) {
        const n = this.#alarmIds.length;
        this.#numbers.set(alarmId, windowId, n);
        this.#alarmIds.push(alarmId);
        this.#windowIds.push(windowId);
        return n;
    }
    alarmId(n) {
        return this.#alarmIds[n];
    }
    windowId(n) {
        return this.#windowIds[n];
    }
}


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N: () => (/* binding */ groupLedger),
  G: () => (/* binding */ scanLedgerRows)
});

// EXTERNAL MODULE: ./src/ledger/cells.ts
var cells = __nccwpck_require__(9288);
// EXTERNAL MODULE: ./src/ledger/keys.ts
var keys = __nccwpck_require__(4849);
;// CONCATENATED MODULE: ./src/ledger/groups.ts

const NONE = -1;
/**
 * Ledger row indexes grouped by key, rows in the order added.
 *
 * A group is numbered like the alarm key it joins (KeyIndex), so the evaluation takes an alarm's
 * rows by number; keys that no alarm row has (orphans) are numbered after them. Each row only
 * links to the previous row of its group, in one Int32Array, and a group becomes an array just
 * when it is taken: a Map of arrays cost about a hundred bytes per key at 100,000 keys, all of it
 * kept alive (and copied by the garbage collector) until the fold.
 */
class RowGroups {
    #alarmKeys;
    /** keys with ledger rows but no alarm row, numbered from #alarmKeys.size */
    #others = new keys/* KeyIndex */.u();
    /** group -> the last row added to it, or NONE */
    #last;
    /** alarm key -> 1 once its alarm has taken its rows */
    #taken;
    /** row -> the row added before it to the same group, NONE for a group's first row */
    #previous;
    /** rows: how many rows (0 .. rows - 1) may be added; alarmKeys: the alarm keys, not changed here */
    constructor(rows, alarmKeys) {
        this.#alarmKeys = alarmKeys;
        this.#previous = new Int32Array(rows);
        this.#last = new Int32Array(alarmKeys.size + 16).fill(NONE);
        this.#taken = new Uint8Array(alarmKeys.size);
    }
    add(alarmId, windowId, row) {
        let g = this.#alarmKeys.get(alarmId, windowId);
        if (g === undefined) {
            const other = this.#others.get(alarmId, windowId);
            g = this.#alarmKeys.size + (other ?? this.#others.add(alarmId, windowId));
            if (g >= this.#last.length) {
                const grown = new Int32Array(this.#last.length * 2).fill(NONE);
                grown.set(this.#last);
                this.#last = grown;
            }
        }
        this.#previous[row] = this.#last[g];
        this.#last[g] = row;
    }
    /** The rows of alarm key `key` (a KeyIndex number); undefined when it has none. */
    rowsOf(key) {
        const last = this.#last[key];
        return last === NONE ? undefined : this.#rows(last);
    }
    /** rowsOf, and the group is left out of entries() from now on. */
    take(key) {
        this.#taken[key] = 1;
        return this.rowsOf(key);
    }
    /** Every group not taken, with its key and rows. */
    *entries() {
        const base = this.#alarmKeys.size;
        const groups = base + this.#others.size;
        for (let g = 0; g < groups; g++) {
            const last = this.#last[g];
            if (last === NONE || (g < base && this.#taken[g] === 1))
                continue;
            const keys = g < base ? this.#alarmKeys : this.#others;
            const n = g < base ? g : g - base;
            yield [keys.alarmId(n), keys.windowId(n), this.#rows(last)];
        }
    }
    #rows(last) {
        const rows = [];
        for (let r = last; r !== NONE; r = this.#previous[r])
            rows.push(r);
        return rows.reverse();
    }
}

// EXTERNAL MODULE: ./src/ledger/records.ts
var records = __nccwpck_require__(9791);
;// CONCATENATED MODULE: ./src/ledger/ledger-rows.ts



function scanLedgerRows(table, policy) {
    const ic = policy.icRole;
    const n = table.size;
    const col = new records/* LedgerRows */.l0(table).columns;
    const scan = {
        window: new Int32Array(n).fill(-1),
        windowIds: [],
        alarmIds: new Array(n).fill(''),
        ack: new Float64Array(n).fill(NaN),
        target: new Float64Array(n).fill(NaN),
        updated: new Float64Array(n).fill(NaN),
        broken: (0,cells/* brokenRows */.vp)(table, ic),
        defects: [],
        defectRows: []
    };
    const windowIndex = new Map();
    const check = new cells/* CellChecks */.yA(table.file, scan.defects);
    const windowCheck = (0,cells/* memoCheckId */.M$)();
    const roleCheck = (0,cells/* memoCheckId */.M$)();
    for (let r = 0; r < n; r++) {
        const before = scan.defects.length;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, 'release_window_id', 'release_window_id', '', ic, windowCheck);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, 'alarm_id', 'alarm_id', windowId ?? '', ic);
        if (windowId) {
            let w = windowIndex.get(windowId);
            if (w === undefined) {
                w = scan.windowIds.push(windowId) - 1;
                windowIndex.set(windowId, w);
            }
            scan.window[r] = w;
        }
        if (windowId && alarmId) {
            scan.alarmIds[r] = alarmId;
            const role = roleCheck(table.cell(r, col.owner_role));
            const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic };
            scan.ack[r] = check.timeAt(table, r, col.ack_timestamp_utc, line, 'ack_timestamp_utc', ctx) ?? NaN;
            scan.target[r] = check.timeAt(table, r, col.target_resolution_utc, line, 'target_resolution_utc', ctx, true) ?? NaN;
            scan.updated[r] = check.timeAt(table, r, col.last_updated_utc, line, 'last_updated_utc', ctx) ?? NaN;
        }
        for (let i = before; i < scan.defects.length; i++)
            scan.defectRows.push(r);
    }
    return scan;
}
/**
 * The rows of the evaluated windows, grouped by key; rows of other windows are history and are
 * neither checked nor joined. A row becomes a LedgerRecord only when its key is folded, so the
 * rows of a long history do not all stay alive in between.
 */
function groupLedger(table, scan, windows, alarmKeys) {
    const evaluated = scan.windowIds.map((w) => windows.has(w));
    // a row whose window id is refused counts: nobody can tell which window it was meant for
    const counts = (r) => scan.window[r] < 0 || evaluated[scan.window[r]];
    const defects = scan.broken.slice();
    for (let i = 0; i < scan.defects.length; i++)
        if (counts(scan.defectRows[i]))
            defects.push(scan.defects[i]);
    const groups = new RowGroups(table.size, alarmKeys);
    for (let r = 0; r < table.size; r++) {
        const w = scan.window[r];
        if (w < 0 || !evaluated[w] || scan.alarmIds[r] === '')
            continue;
        groups.add(scan.alarmIds[r], scan.windowIds[w], r);
    }
    return { groups, rows: new records/* LedgerRows */.l0(table, scan), defects };
}


/***/ }),

/***/ 9791:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ Entry),
/* harmony export */   QE: () => (/* binding */ Alarm),
/* harmony export */   l0: () => (/* binding */ LedgerRows),
/* harmony export */   of: () => (/* binding */ Evidence)
/* harmony export */ });
/* unused harmony export LedgerRecord */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4598);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6043);


// The gate's internal row records. Each keeps its table and row index rather than a copy of its
// cells: at 100,000 alarms a per-row object of every column cost more memory and garbage
// collection than the whole evaluation, and only a few cells are read more than once. The
// contract's `raw` maps are built on first read, which in practice is never at scale.
/** An alarm row that can take part in the join: ids normalized, class known. */
class Alarm {
    key;
    alarm_id;
    alarm_class;
    release_window_id;
    raisedMs;
    primary_owner_role;
    backup_owner_role;
    #table;
    #row;
    constructor(table, row, 
    /** the alarm's key number (KeyIndex): the join finds its ledger rows and defects by it */
    key, alarm_id, alarm_class, release_window_id, 
    /** epoch ms, undefined when raised_utc is malformed */
    raisedMs, primary_owner_role, backup_owner_role) {
        this.key = key;
        this.alarm_id = alarm_id;
        this.alarm_class = alarm_class;
        this.release_window_id = release_window_id;
        this.raisedMs = raisedMs;
        this.primary_owner_role = primary_owner_role;
        this.backup_owner_role = backup_owner_role;
        this.#table = table;
        this.#row = row;
    }
    // Getters rather than fields for what is rarely read: every field of the 100,000 alarms (and
    // entries) of a large run outlives several garbage collections, and each is copied each time.
    get source() {
        return { file: this.#table.file, line: this.#table.line(this.#row) };
    }
    get raised_utc() {
        return utcText(this.raisedMs);
    }
    /** every column of the CSV row, as written */
    get raw() {
        return this.#table.values(this.#row);
    }
}
/**
 * The ledger table with what scanLedgerRows learnt of its rows: column indexes resolved once,
 * and each row's three timestamps parsed once (NaN: empty or malformed), so a record neither
 * looks up a column by name nor parses a time again.
 */
class LedgerRows {
    table;
    columns;
    ack;
    target;
    updated;
    /** times: the rows' parsed timestamps (ledger-rows.ts); absent, every row reads as NaN */
    constructor(table, times) {
        this.table = table;
        const c = (name) => table.column(name);
        // every key written out, so the object has one fixed shape
        this.columns = {
            alarm_id: c('alarm_id'),
            alarm_state: c('alarm_state'),
            release_window_id: c('release_window_id'),
            owner_role: c('owner_role'),
            acknowledged_by: c('acknowledged_by'),
            ack_timestamp_utc: c('ack_timestamp_utc'),
            response_sla_minutes: c('response_sla_minutes'),
            target_resolution_utc: c('target_resolution_utc'),
            closure_state: c('closure_state'),
            closure_evidence_ref: c('closure_evidence_ref'),
            last_updated_utc: c('last_updated_utc'),
            sla_exception_ref: c('sla_exception_ref'),
            exception_approved_by: c('exception_approved_by')
        };
        const none = () => new Float64Array(table.size).fill(NaN);
        this.ack = times?.ack ?? none();
        this.target = times?.target ?? none();
        this.updated = times?.updated ?? none();
    }
    /** Row r as a record of the key (alarm_id, release_window_id). */
    record(r, alarmId, windowId) {
        return new LedgerRecord(this, r, alarmId, windowId);
    }
}
const ms = (v) => (Number.isNaN(v) ? undefined : v);
/** One ledger row of an evaluated window; its cells are read from the table on demand. */
class LedgerRecord {
    row;
    alarm_id;
    release_window_id;
    table;
    line;
    /** epoch ms; undefined when the cell is malformed (scanLedgerRows reported it) or, for the target, empty */
    ackMs;
    targetMs;
    updatedMs;
    #columns;
    constructor(rows, row, alarm_id, release_window_id) {
        this.row = row;
        this.alarm_id = alarm_id;
        this.release_window_id = release_window_id;
        this.table = rows.table;
        this.#columns = rows.columns;
        this.line = rows.table.line(row);
        this.ackMs = ms(rows.ack[row]);
        this.targetMs = ms(rows.target[row]);
        this.updatedMs = ms(rows.updated[row]);
    }
    /** The cell in the named column as written; '' when the ledger has no such column. */
    cell(column) {
        return this.table.cell(this.row, this.#columns[column]);
    }
    /** The cell at a column index (table.column()), for columns only the policy names. */
    cellAt(column) {
        return this.table.cell(this.row, column);
    }
    /** Every cell in header order: two rows with equal cells are the same row. */
    cells() {
        return this.table.cells(this.row);
    }
}
/**
 * A key's latest state, as the contract's LedgerEntry. What the checks read is made when the
 * entry is; the rest (timestamps as text, the acknowledger, the location, the raw row) is made
 * when read, since at 100,000 alarms most entries are judged and dropped without being shown.
 */
class Entry {
    #record;
    alarm_id;
    release_window_id;
    alarm_state;
    owner_role;
    /** null when the cell is not a whole number (reported as SLA_MISMATCH) */
    response_sla_minutes;
    closure_state;
    closure_evidence_ref;
    history_rows;
    sla_exception_ref;
    exception_approved_by;
    /** alarmState: the ledger's class for the row, or the alarm's when the ledger's is not a class */
    constructor(record, alarmState, historyRows) {
        this.#record = record;
        this.alarm_id = record.alarm_id;
        this.release_window_id = record.release_window_id;
        this.alarm_state = alarmState;
        this.owner_role = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .idOf */ .TH)(record.cell('owner_role')) ?? '';
        const sla = record.cell('response_sla_minutes').trim();
        this.response_sla_minutes = /^\d{1,9}$/.test(sla) ? Number(sla) : null;
        this.closure_state = record.cell('closure_state').trim().toLowerCase();
        this.closure_evidence_ref = record.cell('closure_evidence_ref').trim();
        this.history_rows = historyRows;
        this.sla_exception_ref = record.cell('sla_exception_ref').trim();
        this.exception_approved_by = record.cell('exception_approved_by').trim();
    }
    get acknowledged_by() {
        return this.#record.cell('acknowledged_by').trim();
    }
    get ack_timestamp_utc() {
        return utcText(this.#record.ackMs);
    }
    get target_resolution_utc() {
        return utcText(this.#record.targetMs);
    }
    get last_updated_utc() {
        return utcText(this.#record.updatedMs);
    }
    get source() {
        return { file: this.#record.table.file, line: this.#record.line };
    }
    get raw() {
        return this.#record.table.values(this.#record.row);
    }
}
const utcText = (ms) => (ms === undefined ? '' : (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(ms));
/**
 * An evidence row, handed out as the contract's EvidenceRow as it is (the result lists every
 * evidence row, so a stripped copy of each would double them).
 */
class Evidence {
    evidence_id;
    release_window_id;
    alarm_id;
    evidence_kind;
    uri;
    recordedMs;
    recorded_utc;
    recorded_by;
    source;
    /** lines of later rows with the same evidence_id: the id is then ambiguous */
    duplicateLines;
    constructor(evidence_id, release_window_id, alarm_id, 
    /** ci_artifact | validator_row | log_capture | approval_note (policy data) */
    evidence_kind, uri, 
    /** epoch ms, undefined when recorded_utc is malformed */
    recordedMs, recorded_utc, recorded_by, source) {
        this.evidence_id = evidence_id;
        this.release_window_id = release_window_id;
        this.alarm_id = alarm_id;
        this.evidence_kind = evidence_kind;
        this.uri = uri;
        this.recordedMs = recordedMs;
        this.recorded_utc = recorded_utc;
        this.recorded_by = recorded_by;
        this.source = source;
    }
}


/***/ }),

/***/ 6005:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zH: () => (/* binding */ bundledReadWorker),
  WN: () => (/* binding */ scanFile),
  XD: () => (/* binding */ scanInWorker)
});

// UNUSED EXPORTS: receiveScan, scanJobMessage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/csv/read.ts + 1 modules
var read = __nccwpck_require__(2644);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __nccwpck_require__(4705);
// EXTERNAL MODULE: ./src/ledger/evidence-rows.ts + 1 modules
var evidence_rows = __nccwpck_require__(5885);
// EXTERNAL MODULE: ./src/ledger/ledger-rows.ts + 1 modules
var ledger_rows = __nccwpck_require__(3380);
;// CONCATENATED MODULE: ./src/ledger/row-scan.ts








/** Reads and scans one file in this thread. */
async function scanFile(job, policy) {
    const { table, bytes } = await (0,read/* readCsvFile */.FU)(job.path, { file: job.file, requiredColumns: job.requiredColumns });
    const digest = (0,hash/* sha256HexOffThread */.U7)(bytes);
    const scan = job.kind === 'ledger' ? (0,ledger_rows/* scanLedgerRows */.G)(table, policy) : (0,evidence_rows/* scanEvidence */.T)(table, policy);
    return { table, bytes, sha256: await digest, scan };
}
/** The worker's side: one job as a message and the buffers to transfer with it. */
async function scanJobMessage(job, policy) {
    try {
        const { table, bytes, sha256, scan } = await scanFile(job, policy);
        // a small file's Buffer can be a view into Node's shared pool, which must not be transferred
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
        const parts = table.parts();
        const times = 'ack' in scan ? [scan.ack.buffer, scan.target.buffer, scan.updated.buffer, scan.window.buffer] : [];
        return {
            message: { kind: job.kind, ok: true, bytes: own, sha256, table: parts, scan },
            transfer: [own.buffer, ...transferablesOf(parts), ...times]
        };
    }
    catch (err) {
        if (err instanceof UserError)
            return { message: { kind: job.kind, ok: false, user: { code: err.code, headline: err.headline, problems: err.problems } }, transfer: [] };
        return { message: { kind: job.kind, ok: false, internal: err instanceof Error ? (err.stack ?? err.message) : String(err) }, transfer: [] };
    }
}
/** The receiving side: the table made whole again, or the worker's error thrown here. */
function receiveScan(message) {
    if (!message.ok) {
        if (message.user)
            throw new errors/* UserError */.yo({ code: message.user.code, message: message.user.headline, problems: message.user.problems });
        throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `reading the ${message.kind} file failed in the read worker: ${message.internal}` });
    }
    const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
    return { table: read/* CsvTable */.dy.fromParts(message.table, (0,read/* decodeCsv */.Zu)(bytes)), bytes, sha256: message.sha256, scan: message.scan };
}
/**
 * The bundled read worker at `relative` to the entry module `entryUrl`, when it is there: run
 * from the sources (tests), there is no bundle, and the files are read in this thread.
 */
function bundledReadWorker(entryUrl, relative) {
    const url = new URL(relative, entryUrl);
    return url.protocol === 'file:' && (0,external_node_fs_.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(url)) ? url : undefined;
}
/**
 * Scans the jobs' files in a worker thread started from `workerUrl` (the bundled
 * read-worker). Each promise settles when its file's message arrives; a worker that dies
 * rejects every promise still pending.
 */
function scanInWorker(workerUrl, jobs, policy) {
    const data = { jobs, policy: { kind: 'ack-ledger', file: policy.file, data: policy.data, sha256: policy.sha256 } };
    const worker = new external_node_worker_threads_namespaceObject.Worker(workerUrl, { workerData: data });
    // the gate's own work decides when the process ends, never a worker left behind by an error
    worker.unref();
    const pending = new Map();
    const results = new Map();
    for (const job of jobs) {
        const p = new Promise((resolve, reject) => pending.set(job.kind, { resolve, reject }));
        p.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection
        results.set(job.kind, p);
    }
    const failAll = (err) => {
        for (const { reject } of pending.values())
            reject(err);
        pending.clear();
    };
    worker.on('message', (message) => {
        const waiting = pending.get(message.kind);
        if (!waiting)
            return;
        pending.delete(message.kind);
        try {
            waiting.resolve(receiveScan(message));
        }
        catch (err) {
            waiting.reject(err);
        }
    });
    worker.on('error', (err) => failAll(new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `the read worker failed: ${err.message}`, cause: err })));
    worker.on('exit', (code) => {
        if (pending.size > 0)
            failAll(new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `the read worker exited (${code}) before reading every file` }));
    });
    return results;
}


/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex),
  U7: () => (/* binding */ sha256HexOffThread)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}

;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
async function sha256HexOffThread(data) {
    return Buffer.from(await external_node_crypto_.webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ }),

/***/ 4598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ MAX_ID_LENGTH),
/* harmony export */   TH: () => (/* binding */ idOf),
/* harmony export */   XB: () => (/* binding */ normalizeId),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   ij: () => (/* binding */ checkId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

// Ids arrive from CSV cells and inputs and end up in paths, commit messages and joins. They are
// checked in their raw form first (so `../x` is refused rather than normalized into something
// harmless-looking), then folded: casing and separators (space, _, ., :, -) are not identity.
const MAX_ID_LENGTH = 100;
function checkId(raw) {
    const plain = plainId(raw);
    if (plain !== undefined)
        return { ok: true, id: plain };
    const text = raw.trim();
    if (text === '')
        return { ok: false, reason: 'is empty' };
    if (/[\u0000-\u001f\u007f]/.test(raw))
        return { ok: false, reason: 'contains a control character' };
    if (text.includes('/') || text.includes('\\'))
        return { ok: false, reason: 'contains a path separator' };
    if (text.includes('..'))
        return { ok: false, reason: "contains '..'" };
    if (text.length > MAX_ID_LENGTH)
        return { ok: false, reason: `is longer than ${MAX_ID_LENGTH} characters` };
    const id = text
        .toLowerCase()
        .replace(/[\s_.:-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (id === '')
        return { ok: false, reason: 'has no letters or digits' };
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
        return { ok: false, reason: 'may contain only letters, digits and the separators - _ . : space' };
    }
    return { ok: true, id };
}
/**
 * The fast path for ids that are already nearly canonical (ALM-000123, rw-2026-11-a): ASCII
 * letters and digits joined by single hyphens, at most MAX_ID_LENGTH long. For those the checks
 * and folds below reduce to lower-casing, so they skip the regular expressions that were a
 * measurable cost at 100,000-row inputs. Anything else returns undefined and takes the full path.
 */
function plainId(raw) {
    const n = raw.length;
    if (n === 0 || n > MAX_ID_LENGTH)
        return undefined;
    let upper = false;
    let prevHyphen = true; // a leading hyphen is not plain
    for (let i = 0; i < n; i++) {
        const c = raw.charCodeAt(i);
        if (c === 45) {
            if (prevHyphen)
                return undefined;
            prevHyphen = true;
            continue;
        }
        prevHyphen = false;
        if (c >= 97 && c <= 122)
            continue;
        if (c >= 48 && c <= 57)
            continue;
        if (c >= 65 && c <= 90) {
            upper = true;
            continue;
        }
        return undefined;
    }
    if (prevHyphen)
        return undefined; // a trailing hyphen is not plain
    return upper ? raw.toLowerCase() : raw;
}
/** checkId for callers that only need the id: the normalized id, or undefined when it is refused. */
function idOf(raw) {
    const plain = plainId(raw);
    if (plain !== undefined)
        return plain;
    const r = checkId(raw);
    return r.ok ? r.id : undefined;
}
/** Normalizes an id or throws a UserError naming what it was and how to fix it. */
function normalizeId(raw, what) {
    const r = checkId(raw);
    if (!r.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'ID_INVALID',
            message: `${what} '${printable(raw)}' ${r.reason}; use letters, digits and - _ . (at most ${MAX_ID_LENGTH} characters)`
        });
    }
    return r.id;
}
/** Makes untrusted text safe to quote in a message (control characters shown as escapes). */
function printable(text, max = 120) {
    // tested first: most text has no control character, and a replace builds a new string anyway
    const shown = CONTROL.test(text) ? text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) : text;
    return shown.length > max ? `${shown.slice(0, max)}...` : shown;
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/g;


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ resolveNow),
/* harmony export */   _E: () => (/* binding */ canonicalAt),
/* harmony export */   ay: () => (/* binding */ formatUtc),
/* harmony export */   bp: () => (/* binding */ utcMs),
/* harmony export */   xy: () => (/* binding */ isCanonicalUtc),
/* harmony export */   y5: () => (/* binding */ parseUtc)
/* harmony export */ });
// One canonical UTC parser and formatter for every stage (lesson 113's pro tip). Timestamps are
// RFC 3339 with `Z` or an explicit offset; a naive or impossible timestamp is malformed, never
// guessed at, because SLA arithmetic on a guessed zone is silently wrong.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;
function parseUtc(raw) {
    const text = raw.trim();
    const fast = parseCanonical(text);
    if (fast !== undefined)
        return { ok: true, ms: fast };
    if (text === '')
        return { ok: false, reason: 'empty' };
    const m = RFC3339.exec(text);
    if (!m) {
        if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
            return { ok: false, reason: `'${raw}' has no time zone; add Z or an offset such as +00:00` };
        }
        return { ok: false, reason: `'${raw}' is not an RFC 3339 timestamp (expected e.g. 2026-11-23T14:05:00Z)` };
    }
    const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12)
        return { ok: false, reason: `'${raw}' has month ${mo}` };
    if (day < 1 || day > daysInMonth(year, month))
        return { ok: false, reason: `'${raw}' is not a calendar date` };
    if (hour > 23 || minute > 59 || second > 59)
        return { ok: false, reason: `'${raw}' is not a valid time of day` };
    let offsetMin = 0;
    if (sign) {
        const ohn = Number(oh);
        const omn = Number(om);
        if (ohn > 23 || omn > 59)
            return { ok: false, reason: `'${raw}' has an impossible offset` };
        offsetMin = (sign === '-' ? -1 : 1) * (ohn * 60 + omn);
    }
    const millis = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
    const ms = daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMin * 60_000;
    return { ok: true, ms };
}
/** parseUtc for callers that only need the instant: epoch ms, or undefined for anything malformed. */
function utcMs(raw) {
    const fast = parseCanonical(raw);
    if (fast !== undefined)
        return fast;
    const p = parseUtc(raw);
    return p.ok ? p.ms : undefined;
}
// Arithmetic rather than Date.UTC, which reads years 0-99 as 1900-1999.
function daysInMonth(year, month) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0);
}
// The fast path. Almost every timestamp the gate reads is already canonical
// (2026-11-23T14:05:00Z), and at 100,000 alarms the regex, the Number() calls and the Date
// objects of the general path were a measurable part of the run. This reads exactly that shape
// with arithmetic and leaves everything else (and every value it would reject) to the general
// path, which stays the one place that words a rejection.
const D0 = 48; // '0'
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Epoch ms of a valid `YYYY-MM-DDTHH:MM:SSZ`; undefined for anything else. */
function parseCanonical(t) {
    return t.length === 20 ? canonicalAt(t, 0) : undefined;
}
/**
 * parseCanonical for the 20 characters of `text` from `at`, so a CSV cell can be read where it
 * stands in the file's text: the gate reads about a million timestamps, and a string for each
 * was most of what reading them cost. The caller checks that the cell is 20 characters long.
 */
function canonicalAt(t, at) {
    if (t.charCodeAt(at + 4) !== 45 || t.charCodeAt(at + 7) !== 45 || t.charCodeAt(at + 10) !== 84)
        return undefined;
    if (t.charCodeAt(at + 13) !== 58 || t.charCodeAt(at + 16) !== 58 || t.charCodeAt(at + 19) !== 90)
        return undefined;
    const year = two(t, at) * 100 + two(t, at + 2);
    const month = two(t, at + 5);
    const day = two(t, at + 8);
    const hour = two(t, at + 11);
    const minute = two(t, at + 14);
    const second = two(t, at + 17);
    // two() is NaN for a non-digit, and every comparison with NaN is false: hence the negations.
    if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59))
        return undefined;
    if (day > daysInMonth(year, month))
        return undefined;
    return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000;
}
/** The two-digit number at i, NaN unless both characters are ASCII digits. */
function two(t, i) {
    const a = t.charCodeAt(i) - D0;
    const b = t.charCodeAt(i + 1) - D0;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
// Formatting allocates a Date and two strings, and the gate formats the same instants over and
// over (deadlines, acks and targets fall on whole minutes). Remembering recent results makes
// repeats free and shares one string per instant; the bound keeps a long run from growing it.
const FORMATTED = new Map();
const FORMATTED_MAX = 50_000;
/** The one output form: 2026-11-23T14:05:00Z, with milliseconds only when they are not zero. */
function formatUtc(ms) {
    let text = FORMATTED.get(ms);
    if (text === undefined) {
        const iso = new Date(ms).toISOString();
        text = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
        if (FORMATTED.size >= FORMATTED_MAX)
            FORMATTED.clear();
        FORMATTED.set(ms, text);
    }
    return text;
}
/** True when text is already in the canonical UTC form (used by packet checks, C5). */
function isCanonicalUtc(text) {
    const p = parseUtc(text);
    return p.ok && formatUtc(p.ms) === text;
}
/** Parses the injected `now`; the clock is read only when nothing was injected. */
function resolveNow(raw, clock = Date.now) {
    if (raw === undefined || raw.trim() === '')
        return clock();
    const p = parseUtc(raw);
    if (!p.ok)
        throw new Error(`now: ${p.reason}`);
    return p.ms;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
