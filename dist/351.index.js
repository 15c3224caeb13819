export const id = 351;
export const ids = [351];
export const modules = {

/***/ 29395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* unused harmony export isShallow */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1'
};
function git(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotepath=off', '-c', 'color.ui=false', ...args], {
            cwd: opts.cwd,
            env: { ...process.env, ...GIT_ENV, ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 };
            if (result.code !== 0 && !opts.allowFail) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'GIT', message: `git ${args[0]} failed (${result.code}): ${result.stderr.trim()}` }));
            }
            else
                resolve(result);
        });
        // git may exit before reading stdin (e.g. ls-files --error-unmatch); that EPIPE is not a failure.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** True when the repository is a shallow clone: its history cannot prove where a file began. */
async function isShallow(dir) {
    try {
        await access(join(dir, '.git', 'shallow'));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 79351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  displayPath: () => (/* binding */ displayPath),
  loadLedgerInputs: () => (/* binding */ loadLedgerInputs),
  runLedgerGate: () => (/* binding */ runLedgerGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
;// CONCATENATED MODULE: ./src/csv/scan.ts
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
        return c < 0 ? '' : fieldText(this.#scan, this.#scan.firstField[this.#records[r]] + c);
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
        return recordFields(this.#scan, this.#records[r]);
    }
    /** Row r as a column -> value object. */
    values(r) {
        const cells = this.cells(r);
        const values = {};
        this.header.forEach((h, i) => (values[h] = cells[i]));
        return values;
    }
    /** Every row as plain objects: convenient for small tables, wasteful for large ones. */
    get rows() {
        return Array.from({ length: this.size }, (_, r) => ({ line: this.line(r), values: this.values(r) }));
    }
}
/**
 * Reads and parses a CSV file; the bytes read come along for callers that need provenance (they
 * hash them). A parsed table does not keep its bytes: the decoded text is all it needs, and at
 * 55 MB of inputs a second copy was a tenth of the gate's peak memory.
 */
async function readCsvFile(path, opts) {
    let data;
    try {
        data = await readFile(path);
    }
    catch (err) {
        const code = err.code;
        throw new UserError({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: code === 'ENOENT'
                ? `${opts.file}: file not found; check the path input or create the file`
                : `${opts.file}: cannot read (${code ?? 'error'})`,
            cause: err
        });
    }
    return Object.assign(await parseCsv(data, opts), { bytes: data });
}
/**
 * UTF-8 to text. Most inputs are plain ASCII, for which Node's 'ascii' decoder gives the same
 * string as its UTF-8 decoder about 25 times faster (measured 7 ms against 180 ms for the 55 MB
 * of the ledger benchmark); the check that makes the shortcut safe takes 2 ms.
 */
function decode(data) {
    return (0,external_node_buffer_.isAscii)(data) ? data.toString('ascii') : data.toString('utf8');
}
async function parseCsv(data, opts) {
    const { file } = opts;
    const scan = scanCsvOffsets(decode(data));
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
    const header = recordFields(scan, 0).map((h) => h.trim());
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

// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(37077);
;// CONCATENATED MODULE: ./src/ledger/decide.ts
/**
 * Lesson 113 steps 9 and 10: per-window decisions, the readback, and what fails in each mode.
 *
 * - no-go: any blocking defect of the window (an unacknowledged or late block alarm, an invalid
 *   owner mapping, a malformed timestamp, missing closure evidence for a claimed resolution, an
 *   ambiguous key, ...), any escalation the policy marks no-go, or any unknown in the readback.
 *   A blocking defect that names no window (a row too broken to read) makes every window no-go.
 * - conditional-go: no blocking defect, and at least one late page acknowledgment was accepted
 *   under an SLA exception approved by the approver role.
 * - go: otherwise. Warnings (a page alarm still open inside its target, L6) do not hold a release.
 *
 * The decision always applies the full policy. The rollout mode only decides what fails the
 * step: observe never fails; soft fails on unacknowledged block alarms and malformed timestamps;
 * full fails on no-go.
 */
const RANK = { go: 0, 'conditional-go': 1, 'no-go': 2 };
const worst = (a, b) => (RANK[a] >= RANK[b] ? a : b);
/** The readback's risk order: block before page, blocking defects first, most overdue first, then id. */
function compareRisk(a, b) {
    const ida = a.evaluation.alarm.alarm_id;
    const idb = b.evaluation.alarm.alarm_id;
    return classRank(a) - classRank(b) || blockingRank(a) - blockingRank(b) || b.overdueMs - a.overdueMs || (ida < idb ? -1 : ida > idb ? 1 : 0);
}
const classRank = (o) => (o.evaluation.alarm.alarm_class === 'block' ? 0 : 1);
const blockingRank = (o) => (o.blocking ? 0 : 1);
function readbackOf(o, duplicate) {
    const e = o.evaluation;
    const entry = e.entry;
    const unknowns = [];
    const mappingOk = e.owner_mapping === 'primary' || e.owner_mapping === 'backup' || e.owner_mapping === 'incident_commander';
    if (!mappingOk)
        unknowns.push('owner');
    if (!entry || entry.acknowledged_by === '')
        unknowns.push('acknowledged by');
    if (!entry || entry.ack_timestamp_utc === '')
        unknowns.push('ack timestamp');
    if (e.ack_deadline_utc === '')
        unknowns.push('SLA deadline');
    let closure = '';
    if (entry) {
        if (e.resolved)
            closure = e.closure_evidence ? `${e.closure_evidence.evidence_id} ${e.closure_evidence.uri}` : 'resolved (policy requires no evidence)';
        else if (o.evaluation.defect_codes.some((c) => c.startsWith('EVIDENCE_') || c === 'CLOSURE_STATE_INVALID'))
            unknowns.push('closure evidence');
        else if (entry.target_resolution_utc !== '')
            closure = `open until ${entry.target_resolution_utc}`;
        else
            unknowns.push('resolution target');
    }
    if (duplicate || o.ambiguous)
        unknowns.push('duplicate keys');
    if (o.unorderable)
        unknowns.push('history order');
    return {
        alarm_id: e.alarm.alarm_id,
        release_window_id: e.alarm.release_window_id,
        alarm_class: e.alarm.alarm_class,
        owner_role: entry?.owner_role ?? '',
        acknowledged_by: entry?.acknowledged_by ?? '',
        ack_timestamp_utc: entry?.ack_timestamp_utc ?? '',
        sla_deadline_utc: e.ack_deadline_utc,
        closure_evidence: closure,
        duplicate_keys: duplicate || o.ambiguous,
        unknowns
    };
}
function decideWindow(windowId, outcomes, defects, escalations, readback) {
    const blocking = defects.filter((d) => d.severity === 'blocking');
    const reasons = [];
    const byCode = new Map();
    for (const d of blocking) {
        const s = byCode.get(d.defect_code) ?? new Set();
        s.add(d.subject === '' ? `${d.file}${d.line === null ? '' : `:${d.line}`}` : d.subject);
        byCode.set(d.defect_code, s);
    }
    for (const [code, subjects] of [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        reasons.push(`${code}: ${list([...subjects].sort())}${windowId !== '' && blocking.some((d) => d.defect_code === code && d.release_window_id === '') ? ' (window unknown)' : ''}`);
    }
    const noGoEscalations = escalations.filter((e) => e.no_go);
    if (noGoEscalations.length > 0) {
        reasons.push(`escalated, no-go pending resolution: ${list(noGoEscalations.map((e) => `${e.alarm_id} ${e.state} -> ${e.route_to_role}`))}`);
    }
    for (const r of readback) {
        if (r.unknowns.length > 0)
            reasons.push(`readback unknown for ${r.alarm_id}: ${r.unknowns.join(', ')}`);
    }
    let decision = 'go';
    if (blocking.length > 0 || noGoEscalations.length > 0 || readback.some((r) => r.unknowns.length > 0))
        decision = 'no-go';
    else if (outcomes.some((o) => o.exceptionAccepted)) {
        decision = 'conditional-go';
        const accepted = defects.filter((d) => d.defect_code === 'SLA_EXCEPTION_ACCEPTED');
        reasons.push(`page SLA exceptions accepted with incident-commander approval: ${list(accepted.map((d) => d.subject))}`);
    }
    else {
        reasons.push('all block alarms validly acknowledged, no overdue block SLA, closure evidence present where resolved');
    }
    return {
        release_window_id: windowId,
        decision,
        reasons,
        alarms: outcomes.length,
        blocking: blocking.length,
        warnings: defects.filter((d) => d.severity === 'warning').length
    };
}
function list(items) {
    const shown = items.slice(0, 5).join(', ');
    return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
/** The defects that fail the step in this mode. */
function blockingIn(mode, defects, classOf) {
    if (mode === 'observe')
        return [];
    const blocking = defects.filter((d) => d.severity === 'blocking');
    if (mode === 'full')
        return blocking;
    return blocking.filter((d) => d.defect_code === 'TIMESTAMP_MALFORMED' || (d.defect_code === 'ACK_MISSING' && classOf(d) === 'block'));
}
function failedIn(mode, decision, blocking) {
    if (mode === 'observe')
        return false;
    if (mode === 'soft')
        return blocking.length > 0;
    return decision === 'no-go';
}

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/ledger/codes.ts
var codes = __webpack_require__(29151);
;// CONCATENATED MODULE: ./src/ledger/finding.ts


function finding(code, a) {
    const severity = a.severity ?? (code === 'ROW_MALFORMED' ? 'blocking' : codes/* LEDGER_CODES */.v[code].severity);
    return {
        subject: (0,ids/* printable */.g$)(a.subject, 100),
        defect_code: code,
        severity,
        owner_role: a.owner_role,
        required_action: a.required_action,
        release_window_id: a.release_window_id,
        file: a.file,
        line: a.line,
        field: a.field ?? '',
        detail: (0,ids/* printable */.g$)(a.detail ?? '', 400)
    };
}
/** Minutes as people say them: 8, 0.5, 90. */
function minutes(ms) {
    const m = ms / 60_000;
    return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '');
}

;// CONCATENATED MODULE: ./src/ledger/closure-check.ts



const OPEN = Object.freeze({ open: true, resolved: false });
const NOT_RESOLVED = Object.freeze({ open: false, resolved: false });
const RESOLVED_WITHOUT_EVIDENCE = Object.freeze({ open: false, resolved: true });
/** How a defect names the evidence row it is about. */
const where = (ev) => `evidence ${ev.evidence_id} (${ev.source.file}:${ev.source.line})`;
/** Step 6 (L4, L5): a resolved state needs an evidence row of this alarm and window, recorded at or after the ack. */
function checkClosure(alarm, row, entry, ctx, out) {
    const { policy } = ctx;
    const state = entry.closure_state;
    const role = entry.owner_role || policy.icRole;
    const base = { subject: alarm.alarm_id, release_window_id: alarm.release_window_id, owner_role: role, file: ctx.ledgerFile, line: row.line };
    if (policy.isOpenState(state))
        return OPEN;
    if (!policy.isResolvedState(state)) {
        const states = [...policy.data.closure_policy.open_states, ...policy.data.closure_policy.resolved_states];
        out.push(finding('CLOSURE_STATE_INVALID', {
            ...base,
            required_action: `Set closure_state to one of ${states.join(', ')}`,
            field: 'closure_state',
            detail: `'${(0,ids/* printable */.g$)(row.cell('closure_state'))}' is not a closure state of the policy`
        }));
        return OPEN;
    }
    const ref = entry.closure_evidence_ref;
    if (ref === '') {
        if (!policy.data.closure_policy.require_evidence_when_resolved)
            return RESOLVED_WITHOUT_EVIDENCE;
        out.push(finding('EVIDENCE_MISSING', {
            ...base,
            required_action: 'Record the closure evidence and set closure_evidence_ref to its evidence_id, or reopen the alarm',
            field: 'closure_evidence_ref',
            detail: 'closure_state is resolved but closure_evidence_ref is empty'
        }));
        return NOT_RESOLVED;
    }
    const refId = (0,ids/* idOf */.TH)(ref);
    const ev = refId === undefined ? undefined : ctx.evidence.get(refId);
    const unresolved = (detail) => {
        out.push(finding('EVIDENCE_UNRESOLVED', {
            ...base,
            required_action: 'Point closure_evidence_ref at an evidence_id of the evidence file',
            field: 'closure_evidence_ref',
            detail
        }));
        return NOT_RESOLVED;
    };
    if (!ev)
        return unresolved(`closure_evidence_ref '${(0,ids/* printable */.g$)(ref)}' names no evidence row`);
    if (ev.duplicateLines) {
        const lines = [ev.source.line, ...ev.duplicateLines];
        return unresolved(`evidence_id '${ev.evidence_id}' is on ${lines.length} evidence rows (lines ${lines.join(', ')})`);
    }
    let ok = true;
    if (ev.release_window_id !== alarm.release_window_id) {
        ok = false;
        out.push(finding('EVIDENCE_WRONG_WINDOW', {
            ...base,
            required_action: `Reference evidence recorded for window ${alarm.release_window_id}`,
            field: 'closure_evidence_ref',
            detail: `${where(ev)} belongs to window ${ev.release_window_id}`
        }));
    }
    if (ev.alarm_id !== alarm.alarm_id) {
        ok = false;
        out.push(finding('EVIDENCE_WRONG_ALARM', {
            ...base,
            required_action: `Reference evidence recorded for alarm ${alarm.alarm_id}`,
            field: 'closure_evidence_ref',
            detail: `${where(ev)} belongs to alarm ${ev.alarm_id}`
        }));
    }
    if (ev.recordedMs === undefined || row.ackMs === undefined) {
        ok = false;
    }
    else if (ev.recordedMs < row.ackMs) {
        ok = false;
        out.push(finding('EVIDENCE_BEFORE_ACK', {
            ...base,
            required_action: 'Reference evidence recorded after the acknowledgment (it must prove the response)',
            field: 'closure_evidence_ref',
            detail: `${where(ev)} was recorded ${(0,time/* formatUtc */.ay)(ev.recordedMs)}, before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    return { open: false, resolved: ok, evidence: ok ? ev : undefined };
}

;// CONCATENATED MODULE: ./src/ledger/records.ts
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
    raised_utc;
    primary_owner_role;
    backup_owner_role;
    #table;
    #row;
    source;
    constructor(table, row, 
    /** the alarm's key number (KeyIndex): the join finds its ledger rows and defects by it */
    key, alarm_id, alarm_class, release_window_id, 
    /** epoch ms, undefined when raised_utc is malformed */
    raisedMs, raised_utc, primary_owner_role, backup_owner_role) {
        this.key = key;
        this.alarm_id = alarm_id;
        this.alarm_class = alarm_class;
        this.release_window_id = release_window_id;
        this.raisedMs = raisedMs;
        this.raised_utc = raised_utc;
        this.primary_owner_role = primary_owner_role;
        this.backup_owner_role = backup_owner_role;
        this.#table = table;
        this.#row = row;
        this.source = { file: table.file, line: table.line(row) };
    }
    /** every column of the CSV row, as written */
    get raw() {
        return this.#table.values(this.#row);
    }
}
/**
 * The ledger table with what readLedger learnt of its rows: column indexes resolved once, and
 * each row's three timestamps parsed once (NaN: empty or malformed), so a record neither looks
 * up a column by name nor parses a time again.
 */
class LedgerRows {
    table;
    columns;
    ack;
    target;
    updated;
    constructor(table) {
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
        this.ack = new Float64Array(table.size).fill(NaN);
        this.target = new Float64Array(table.size).fill(NaN);
        this.updated = new Float64Array(table.size).fill(NaN);
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
    /** epoch ms; undefined when the cell is malformed (readLedger reported it) or, for the target, empty */
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
/** A key's latest state, as the contract's LedgerEntry; `raw` is read from its row on demand. */
class Entry {
    // the table and row rather than the record: only this much of it is needed once judged
    #table;
    #row;
    alarm_id;
    release_window_id;
    alarm_state;
    owner_role;
    acknowledged_by;
    ack_timestamp_utc;
    response_sla_minutes;
    target_resolution_utc;
    closure_state;
    closure_evidence_ref;
    last_updated_utc;
    source;
    history_rows;
    sla_exception_ref;
    exception_approved_by;
    constructor(record, fields) {
        this.#table = record.table;
        this.#row = record.row;
        this.alarm_id = fields.alarm_id;
        this.release_window_id = fields.release_window_id;
        this.alarm_state = fields.alarm_state;
        this.owner_role = fields.owner_role;
        this.acknowledged_by = fields.acknowledged_by;
        this.ack_timestamp_utc = fields.ack_timestamp_utc;
        this.response_sla_minutes = fields.response_sla_minutes;
        this.target_resolution_utc = fields.target_resolution_utc;
        this.closure_state = fields.closure_state;
        this.closure_evidence_ref = fields.closure_evidence_ref;
        this.last_updated_utc = fields.last_updated_utc;
        this.source = fields.source;
        this.history_rows = fields.history_rows;
        this.sla_exception_ref = fields.sla_exception_ref;
        this.exception_approved_by = fields.exception_approved_by;
    }
    get raw() {
        return this.#table.values(this.#row);
    }
}
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

;// CONCATENATED MODULE: ./src/ledger/ownership.ts



// Who may acknowledge an alarm (L3) and who may approve a late page acknowledgment: the
// alarm's own primary and backup roles, and the policy's incident-commander role, whose
// override is time-limited.
function isValidMapping(m) {
    return m === 'primary' || m === 'backup' || m === 'incident_commander';
}
function ownersText(alarm, policy) {
    const o = policy.data.ownership;
    const names = [
        o.allow_primary_owner && alarm.primary_owner_role ? alarm.primary_owner_role : '',
        o.allow_backup_owner && alarm.backup_owner_role ? alarm.backup_owner_role : '',
        o.allow_incident_commander_override ? `${policy.icRole} (override)` : ''
    ].filter(Boolean);
    return names.length === 0 ? 'an owner role the policy allows' : names.join(' or ');
}
/** L3: primary, backup, or an incident-commander override inside its time limit. */
function mapOwner(alarm, row, entry, closure, ctx, out) {
    const { policy, now } = ctx;
    const o = policy.data.ownership;
    const role = entry.owner_role;
    // the common, valid cases first, before anything is made for a defect
    if (role !== '' && o.allow_primary_owner && role === alarm.primary_owner_role)
        return 'primary';
    if (role !== '' && o.allow_backup_owner && alarm.backup_owner_role !== '' && role === alarm.backup_owner_role)
        return 'backup';
    const invalid = (detail, action) => ownerInvalid(alarm, row, ctx, out, detail, action);
    const fix = () => `Acknowledge as ${ownersText(alarm, policy)}`;
    if (role === '') {
        const raw = row.cell('owner_role');
        return invalid(raw.trim() === '' ? 'no owner role recorded (unowned)' : `owner_role '${(0,ids/* printable */.g$)(raw)}' is not a role id`, fix());
    }
    if (role === policy.icRole && o.allow_incident_commander_override) {
        if (row.ackMs === undefined)
            return invalid('incident-commander override without a valid ack time cannot be timed', fix());
        const until = row.ackMs + o.override_window_minutes * 60_000;
        if (now <= until)
            return 'incident_commander';
        if (closure && closure.recordedMs !== undefined && closure.recordedMs <= until)
            return 'incident_commander';
        return invalid(`incident-commander override expired at ${(0,time/* formatUtc */.ay)(until)} (${o.override_window_minutes} min after the ack) with the alarm still open`, `Hand the alarm back to ${[alarm.primary_owner_role, alarm.backup_owner_role].filter(Boolean).join(' or ')} with a new ledger row, or close it with evidence`);
    }
    return invalid(`role '${role}' is not this alarm's primary (${alarm.primary_owner_role || 'none'}) or backup (${alarm.backup_owner_role || 'none'}) owner${role === policy.icRole ? ', and the policy disallows incident-commander overrides' : ''}`, fix());
}
function ownerInvalid(alarm, row, ctx, out, detail, action) {
    out.push(finding('OWNER_INVALID', {
        subject: alarm.alarm_id,
        owner_role: alarm.primary_owner_role || ctx.policy.icRole,
        required_action: action,
        release_window_id: alarm.release_window_id,
        file: ctx.ledgerFile,
        line: row.line,
        field: 'owner_role',
        detail
    }));
    return 'invalid';
}
/** undefined: accepted; '': no exception recorded; otherwise why the recorded one is refused. */
function exceptionRefusal(alarm, entry, policy) {
    const ref = entry.sla_exception_ref;
    const by = entry.exception_approved_by;
    if (ref === '' && by === '')
        return '';
    const allowed = policy.data.sla_exceptions.allowed_classes;
    if (!allowed.includes(alarm.alarm_class))
        return `SLA exceptions are not accepted for ${alarm.alarm_class} alarms (policy allows: ${allowed.join(', ') || 'none'})`;
    if (ref === '')
        return 'exception_approved_by is set but sla_exception_ref is empty';
    if (by === '')
        return `sla_exception_ref ${(0,ids/* printable */.g$)(ref)} has no approval (exception_approved_by is empty)`;
    const approver = (0,ids/* checkId */.ij)(by);
    if (!approver.ok || approver.id !== policy.exceptionApproverRole) {
        return `exception approved by '${(0,ids/* printable */.g$)(by)}', but only ${policy.exceptionApproverRole} may approve`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/ledger/evaluate.ts






/**
 * Judges one alarm. `prior` holds the defects already found for its key by the row readers,
 * the history fold and the git scan: they count towards the alarm's verdict but are not
 * returned again.
 */
function evaluateAlarm(alarm, state, ctx, prior = []) {
    const { policy, now } = ctx;
    const defects = [];
    const escalations = [];
    const slaMs = policy.ackSlaMinutes(alarm.alarm_class) * 60_000;
    const deadline = alarm.raisedMs === undefined ? undefined : alarm.raisedMs + slaMs;
    let overdueMs = 0;
    let exceptionAccepted = false;
    // Helpers are module functions, not closures: this runs once per alarm, 100,000 times a run,
    // and a closure over these locals is an allocation each time.
    const file = ctx.ledgerFile;
    const base = { subject: alarm.alarm_id, release_window_id: alarm.release_window_id };
    // L1: no row at all for this key.
    if (!state) {
        const late = deadline !== undefined && now > deadline;
        defects.push(finding('ACK_MISSING', {
            ...base,
            owner_role: alarm.primary_owner_role || policy.icRole,
            required_action: `Acknowledge in the ledger as ${ownersText(alarm, policy)}${deadline === undefined ? '' : ` (SLA deadline ${(0,time/* formatUtc */.ay)(deadline)})`}`,
            ...at(file, alarm.source.line),
            file: alarm.source.file,
            detail: `no ledger row for ${alarm.alarm_class} alarm ${alarm.alarm_id} in window ${alarm.release_window_id}${late ? `; SLA passed ${minutes(now - deadline)} min ago` : ''}`
        }));
        if (late) {
            overdueMs = now - deadline;
            addEscalation(escalations, alarm, policy, 'ack_late', `no acknowledgment ${minutes(overdueMs)} min after the ${(0,time/* formatUtc */.ay)(deadline)} deadline`);
        }
        return outcomeOf({ alarm, state, prior, defects, escalations, deadline, overdueMs, exceptionAccepted }, undefined, 'none');
    }
    // L7 / L8: the key has rows but no determinable state; the fold already said why.
    if (!state.latest)
        return outcomeOf({ alarm, state, prior, defects, escalations, deadline, overdueMs, exceptionAccepted }, undefined, 'none');
    const row = state.latest;
    const entry = toEntry(row, state, alarm, ctx);
    const ownerRole = entry.owner_role;
    // alarm_state must agree with the alarms file (which wins).
    const ledgerClass = policy.classOf(row.cell('alarm_state'));
    if (!ledgerClass) {
        const { page, block } = policy.data.alarm_classes;
        defects.push(finding('CLASS_INVALID', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: `Set alarm_state to '${page}' or '${block}'`,
            ...at(file, row.line, 'alarm_state'),
            detail: `'${(0,ids/* printable */.g$)(row.cell('alarm_state'))}' is not a class of the policy`
        }));
    }
    else if (ledgerClass !== alarm.alarm_class) {
        defects.push(finding('CLASS_MISMATCH', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: `Record alarm_state as '${policy.data.alarm_classes[alarm.alarm_class]}' like the alarms file`,
            ...at(file, row.line, 'alarm_state'),
            detail: `ledger says ${ledgerClass}, alarms file (line ${alarm.source.line}) says ${alarm.alarm_class}; judged as ${alarm.alarm_class}`
        }));
    }
    // Required values.
    for (const { name: field, column } of ctx.mustBeFilled) {
        if (row.cellAt(column).trim() === '') {
            defects.push(finding('FIELD_MISSING', {
                ...base,
                owner_role: ownerRole || policy.icRole,
                required_action: `Fill ${field} on the ledger row`,
                ...at(file, row.line, field),
                detail: `${field} is empty`
            }));
        }
    }
    // response_sla_minutes must state the policy's SLA for the class.
    const policySla = policy.ackSlaMinutes(alarm.alarm_class);
    if (entry.response_sla_minutes !== policySla) {
        defects.push(finding('SLA_MISMATCH', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: `Record response_sla_minutes as ${policySla} (the policy's ${alarm.alarm_class} SLA)`,
            ...at(file, row.line, 'response_sla_minutes'),
            detail: `ledger says '${(0,ids/* printable */.g$)(row.cell('response_sla_minutes'))}', policy says ${policySla}; ${policySla} is used`
        }));
    }
    // Closure (step 6) comes before ownership: an override that closed the alarm inside its window stays valid.
    const closure = checkClosure(alarm, row, entry, ctx, defects);
    // L3: who acknowledged.
    const mapping = mapOwner(alarm, row, entry, closure.evidence, ctx, defects);
    if (!isValidMapping(mapping))
        addEscalation(escalations, alarm, policy, 'unowned', ownerRole ? `role '${ownerRole}' may not own this alarm` : 'no owner role recorded');
    // L2: ack within the class SLA, measured from the raise time; exactly at the limit passes.
    if (row.ackMs !== undefined && alarm.raisedMs !== undefined && deadline !== undefined) {
        if (row.ackMs < alarm.raisedMs) {
            defects.push(finding('ACK_BEFORE_RAISED', {
                ...base,
                owner_role: ownerRole || policy.icRole,
                required_action: 'Check the time zones of ack_timestamp_utc and raised_utc; record the true acknowledgment time',
                ...at(file, row.line, 'ack_timestamp_utc'),
                detail: `acknowledged ${(0,time/* formatUtc */.ay)(row.ackMs)}, ${minutes(alarm.raisedMs - row.ackMs)} min before it was raised at ${(0,time/* formatUtc */.ay)(alarm.raisedMs)}`
            }));
        }
        else if (row.ackMs > deadline) {
            const lateMs = row.ackMs - deadline;
            overdueMs = Math.max(overdueMs, lateMs);
            const lateText = `acknowledged ${(0,time/* formatUtc */.ay)(row.ackMs)}, ${minutes(lateMs)} min after the ${policySla}-min ${alarm.alarm_class} SLA (deadline ${(0,time/* formatUtc */.ay)(deadline)})`;
            const refusal = exceptionRefusal(alarm, entry, policy);
            if (refusal === undefined) {
                exceptionAccepted = true;
                defects.push(finding('SLA_EXCEPTION_ACCEPTED', {
                    ...base,
                    owner_role: policy.exceptionApproverRole,
                    required_action: `Carry exception ${entry.sla_exception_ref} into the release notes (conditional go)`,
                    ...at(file, row.line, 'sla_exception_ref'),
                    detail: `${lateText}; exception approved by ${entry.exception_approved_by}`
                }));
            }
            else {
                defects.push(finding('ACK_LATE', {
                    ...base,
                    owner_role: alarm.alarm_class === 'block' ? policy.icRole : ownerRole || policy.icRole,
                    required_action: alarm.alarm_class === 'block'
                        ? 'Take over the response: a late block acknowledgment holds this window at no-go (block alarms take no SLA exception)'
                        : `Get an SLA exception approved by ${policy.exceptionApproverRole} (sla_exception_ref + exception_approved_by) or hold the release`,
                    ...at(file, row.line, 'ack_timestamp_utc'),
                    detail: refusal === '' ? lateText : `${lateText}; ${refusal}`
                }));
            }
            addEscalation(escalations, alarm, policy, 'ack_late', lateText);
        }
    }
    // target_resolution_utc present and not before the ack.
    if (row.cell('target_resolution_utc').trim() === '') {
        defects.push(finding('TARGET_MISSING', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc to when the alarm will be resolved',
            ...at(file, row.line, 'target_resolution_utc'),
            detail: 'target_resolution_utc is empty'
        }));
    }
    else if (row.targetMs !== undefined && row.ackMs !== undefined && row.targetMs < row.ackMs) {
        defects.push(finding('TARGET_BEFORE_ACK', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc at or after the acknowledgment',
            ...at(file, row.line, 'target_resolution_utc'),
            detail: `target ${(0,time/* formatUtc */.ay)(row.targetMs)} is before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    // Live state (step 5) and L6 for alarms still open.
    if (closure.open && row.targetMs !== undefined) {
        if (now > row.targetMs) {
            const lateMs = now - row.targetMs;
            overdueMs = Math.max(overdueMs, lateMs);
            const severity = alarm.alarm_class === 'block' ? 'blocking' : 'warning';
            defects.push(finding('RESOLUTION_LATE', {
                ...base,
                severity,
                owner_role: ownerRole || policy.icRole,
                required_action: `Resolve and record closure evidence, or re-plan with a new ledger row (escalated to ${policy.data.escalation[alarm.alarm_class].resolution_late.route_to.replace('_', ' ')})`,
                ...at(file, row.line, 'target_resolution_utc'),
                detail: `open ${minutes(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`
            }));
            addEscalation(escalations, alarm, policy, 'resolution_late', `open ${minutes(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`);
        }
        else if (isValidMapping(mapping) && !anyBlocking(prior) && !anyBlocking(defects)) {
            defects.push(finding('UNRESOLVED_IN_SLA', {
                ...base,
                owner_role: ownerRole,
                required_action: `Page ${ownerRole}: resolve by ${(0,time/* formatUtc */.ay)(row.targetMs)} and record closure evidence`,
                ...at(file, row.line, 'closure_state'),
                detail: `acknowledged and open; ${minutes(row.targetMs - now)} min left to target`
            }));
        }
    }
    return outcomeOf({ alarm, state, prior, defects, escalations, deadline, overdueMs, exceptionAccepted }, entry, mapping, closure.evidence, closure.resolved);
}
const at = (file, line, field = '') => ({ file, line, field });
function anyBlocking(defects) {
    for (const d of defects)
        if (d.severity === 'blocking')
            return true;
    return false;
}
function addEscalation(escalations, alarm, policy, s, detail) {
    const route = policy.data.escalation[alarm.alarm_class][s];
    let role = route.route_to === 'primary_owner' ? alarm.primary_owner_role : route.route_to === 'backup_owner' ? alarm.backup_owner_role : policy.icRole;
    let note = '';
    if (role === '') {
        role = policy.icRole;
        note = `; the alarm names no ${route.route_to.replace('_', ' ')}, so the incident commander takes it`;
    }
    escalations.push({
        alarm_id: alarm.alarm_id,
        release_window_id: alarm.release_window_id,
        alarm_class: alarm.alarm_class,
        state: s,
        route_to: route.route_to,
        route_to_role: role,
        no_go: route.no_go,
        detail: `${detail}${note}`
    });
}
function outcomeOf(j, entry, mapping, closure, resolved = false) {
    const { prior, defects, state } = j;
    const blocking = anyBlocking(prior) || anyBlocking(defects);
    let codes = [];
    if (prior.length + defects.length > 0) {
        const seen = new Set();
        for (const d of prior)
            seen.add(d.defect_code);
        for (const d of defects)
            seen.add(d.defect_code);
        codes = [...seen].sort();
    }
    return {
        evaluation: {
            alarm: j.alarm,
            entry,
            owner_mapping: mapping,
            ack_deadline_utc: j.deadline === undefined ? '' : (0,time/* formatUtc */.ay)(j.deadline),
            defect_codes: codes,
            resolved,
            valid_ack: entry !== undefined && isValidMapping(mapping) && !blocking,
            closure_evidence: closure
        },
        defects,
        escalations: j.escalations,
        overdueMs: j.overdueMs,
        exceptionAccepted: j.exceptionAccepted,
        ambiguous: (state?.ambiguous ?? false) && !(state?.unorderable ?? false),
        unorderable: state?.unorderable ?? false,
        duplicate: state?.duplicate ?? false,
        blocking
    };
}
function toEntry(row, state, alarm, ctx) {
    const { policy } = ctx;
    const role = (0,ids/* idOf */.TH)(row.cell('owner_role'));
    const sla = row.cell('response_sla_minutes').trim();
    return new Entry(row, {
        alarm_id: row.alarm_id,
        release_window_id: row.release_window_id,
        alarm_state: policy.classOf(row.cell('alarm_state')) ?? alarm.alarm_class,
        owner_role: role ?? '',
        acknowledged_by: row.cell('acknowledged_by').trim(),
        ack_timestamp_utc: row.ackMs === undefined ? '' : (0,time/* formatUtc */.ay)(row.ackMs),
        response_sla_minutes: /^\d{1,9}$/.test(sla) ? Number(sla) : null,
        target_resolution_utc: row.targetMs === undefined ? '' : (0,time/* formatUtc */.ay)(row.targetMs),
        closure_state: row.cell('closure_state').trim().toLowerCase(),
        closure_evidence_ref: row.cell('closure_evidence_ref').trim(),
        last_updated_utc: row.updatedMs === undefined ? '' : (0,time/* formatUtc */.ay)(row.updatedMs),
        source: { file: ctx.ledgerFile, line: row.line },
        history_rows: state.rowCount,
        sla_exception_ref: row.cell('sla_exception_ref').trim(),
        exception_approved_by: row.cell('exception_approved_by').trim()
    });
}

;// CONCATENATED MODULE: ./src/ledger/fold.ts



/** rows: the key's rows in file order (at least one). Only the latest row is kept in the state. */
function foldKey(rows, file, policy, defects) {
    const counts = { rowCount: rows.length, firstLine: rows[0].line };
    const role = (r) => {
        const c = (0,ids/* checkId */.ij)(r.cell('owner_role'));
        return c.ok ? c.id : policy.icRole;
    };
    if (rows.some((r) => r.updatedMs === undefined)) {
        return { ...counts, ambiguous: true, unorderable: true, duplicate: false };
    }
    const ordered = inUpdateOrder(rows) ? rows : [...rows].sort(byUpdate);
    let duplicate = false;
    let latestAmbiguous = false;
    for (let i = 0; i < ordered.length;) {
        let j = i + 1;
        while (j < ordered.length && ordered[j].updatedMs === ordered[i].updatedMs)
            j++;
        if (j - i === 1) {
            i = j;
            continue;
        }
        const group = ordered.slice(i, j);
        const seen = new Map();
        for (const r of group) {
            const sig = r.cells().join('\u0000');
            const earlier = seen.get(sig);
            if (earlier !== undefined) {
                defects.push(finding('LEDGER_RETRY_DUPLICATE', {
                    subject: r.alarm_id,
                    owner_role: role(r),
                    required_action: 'Drop the repeated row or give the writer an idempotency key',
                    release_window_id: r.release_window_id,
                    file,
                    line: r.line,
                    detail: `identical to line ${earlier}`
                }));
            }
            else if (seen.size > 0) {
                duplicate = true;
                if (j === ordered.length)
                    latestAmbiguous = true;
                defects.push(finding('LEDGER_DUPLICATE_KEY', {
                    subject: r.alarm_id,
                    owner_role: role(r),
                    required_action: `Append one row with a later last_updated_utc that states the true ${r.alarm_id} state`,
                    release_window_id: r.release_window_id,
                    file,
                    line: r.line,
                    field: 'last_updated_utc',
                    detail: `differs from line ${[...seen.values()][0]} with the same key and last_updated_utc ${(0,time/* formatUtc */.ay)(r.updatedMs)}`
                }));
                seen.set(sig, r.line);
            }
            else {
                seen.set(sig, r.line);
            }
        }
        i = j;
    }
    if (latestAmbiguous)
        return { ...counts, ambiguous: true, unorderable: false, duplicate };
    // The latest instant's first row: a retried copy of it is not a newer state.
    const lastMs = ordered[ordered.length - 1].updatedMs;
    const latest = ordered.find((r) => r.updatedMs === lastMs);
    const firstAck = ordered.find((r) => r.ackMs !== undefined);
    if (firstAck && latest.ackMs !== undefined && firstAck.ackMs !== latest.ackMs) {
        defects.push(finding('ACK_TIMESTAMP_CHANGED', {
            subject: latest.alarm_id,
            owner_role: role(latest),
            required_action: 'Keep the first acknowledgment time; record corrections with a reason in the incident notes',
            release_window_id: latest.release_window_id,
            file,
            line: latest.line,
            field: 'ack_timestamp_utc',
            detail: `line ${firstAck.line} acknowledged at ${(0,time/* formatUtc */.ay)(firstAck.ackMs)}, line ${latest.line} says ${(0,time/* formatUtc */.ay)(latest.ackMs)}`
        }));
    }
    return { latest, ...counts, ambiguous: false, unorderable: false, duplicate };
}
const byUpdate = (a, b) => a.updatedMs - b.updatedMs || a.line - b.line;
/** Appended in time order is the usual case, and then there is nothing to sort. */
function inUpdateOrder(rows) {
    for (let i = 1; i < rows.length; i++)
        if (byUpdate(rows[i - 1], rows[i]) > 0)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/ledger/cells.ts



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
            const id = (0,ids/* idOf */.TH)(raw);
            if (id !== undefined)
                return id;
        }
        const r = (check ?? ids/* checkId */.ij)(raw);
        if (r.ok)
            return r.id;
        this.out.push(finding('ID_MALFORMED', {
            subject: raw,
            owner_role: role,
            required_action: `Write a ${what} of letters, digits and - _ . : (the row was not joined)`,
            release_window_id: windowId,
            file: this.file,
            line,
            field: column,
            detail: `${what} '${(0,ids/* printable */.g$)(raw)}' ${r.reason}`
        }));
        return undefined;
    }
    /** time() for row r's cell in column c, read in place when it is canonical (CsvTable.utcMs). */
    timeAt(table, r, c, line, column, ctx, allowEmpty = false) {
        return table.utcMs(r, c) ?? this.time(table.cell(r, c), line, column, ctx, allowEmpty);
    }
    /** A timestamp cell as epoch ms; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
    time(raw, line, column, ctx, allowEmpty = false) {
        const ms = (0,time/* utcMs */.bp)(raw);
        if (ms !== undefined || (allowEmpty && raw.trim() === ''))
            return ms;
        const p = (0,time/* parseUtc */.y5)(raw);
        this.out.push(finding('TIMESTAMP_MALFORMED', {
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
            r = (0,ids/* checkId */.ij)(raw);
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
    return table.broken.map((p) => finding('ROW_MALFORMED', {
        subject: '',
        owner_role: fallbackRole,
        required_action: p.fix ? `Repair the row: ${p.fix}` : 'Repair the row',
        release_window_id: '',
        file: p.file,
        line: p.line ?? null,
        detail: p.message
    }));
}

;// CONCATENATED MODULE: ./src/ledger/evidence-index.ts




/**
 * The evidence file indexed by normalized evidence_id (a closure reference may point into any
 * window: L5). Rows are read and checked once by readEvidence (inputs.ts); an Evidence object is
 * made only when a closure reference or the result's evidence list asks for the row. At 150,000
 * evidence rows, keeping an object for each from the start cost more in garbage collection than
 * the checks themselves.
 */
class EvidenceIndex {
    #table;
    #policy;
    /** evidence_id -> row of its first readable row, in file order */
    #rowOf;
    /** evidence_id -> lines of later rows with the same id */
    #duplicates;
    #made = new Map();
    #columns;
    constructor(table, policy, rowOf, duplicates) {
        this.#table = table;
        this.#policy = policy;
        this.#rowOf = rowOf;
        this.#duplicates = duplicates;
    }
    get(evidenceId) {
        const row = this.#rowOf.get(evidenceId);
        return row === undefined ? undefined : this.#evidence(evidenceId, row);
    }
    /** Every indexed evidence row, in file order. */
    all() {
        return Array.from(this.#rowOf, ([id, row]) => this.#evidence(id, row));
    }
    /** The row as an Evidence; its ids passed checkId when it was indexed, so they are re-derived here. */
    #evidence(evidenceId, row) {
        let ev = this.#made.get(row);
        if (ev)
            return ev;
        const t = this.#table;
        const c = (this.#columns ??= columnsOf(t, this.#policy.data.evidence_fields));
        const recordedMs = t.utcMs(row, c.recorded_utc);
        ev = new Evidence(evidenceId, (0,ids/* idOf */.TH)(t.cell(row, c.release_window_id)) ?? '', (0,ids/* idOf */.TH)(t.cell(row, c.alarm_id)) ?? '', t.cell(row, c.evidence_kind).trim().toLowerCase(), t.cell(row, c.uri), recordedMs, recordedMs === undefined ? '' : (0,time/* formatUtc */.ay)(recordedMs), t.cell(row, c.recorded_by).trim(), { file: t.file, line: t.line(row) });
        const duplicates = this.#duplicates.get(evidenceId);
        if (duplicates)
            ev.duplicateLines = duplicates;
        this.#made.set(row, ev);
        return ev;
    }
}

;// CONCATENATED MODULE: ./src/ledger/keys.ts
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

;// CONCATENATED MODULE: ./src/ledger/groups.ts

const NONE = -1;
const TAKEN = -2;
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
    #others = new KeyIndex();
    /** group -> the last row added to it, NONE, or TAKEN */
    #last;
    /** row -> the row added before it to the same group, NONE for a group's first row */
    #previous;
    /** rows: how many rows (0 .. rows - 1) may be added; alarmKeys: the alarm keys, not changed here */
    constructor(rows, alarmKeys) {
        this.#alarmKeys = alarmKeys;
        this.#previous = new Int32Array(rows);
        this.#last = new Int32Array(alarmKeys.size + 16).fill(NONE);
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
    /** The rows of alarm key `key` (a KeyIndex number), taken out of the groups; undefined when it has none (left). */
    take(key) {
        const last = this.#last[key];
        if (last < 0)
            return undefined;
        this.#last[key] = TAKEN;
        return this.#rows(last);
    }
    /** Every group not taken, with its key and rows. */
    *entries() {
        const base = this.#alarmKeys.size;
        const groups = base + this.#others.size;
        for (let g = 0; g < groups; g++) {
            const last = this.#last[g];
            if (last < 0)
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

;// CONCATENATED MODULE: ./src/ledger/inputs.ts








function readAlarms(table, policy) {
    const f = policy.data.alarm_fields;
    const col = columnsOf(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const defects = brokenRows(table, ic);
    const windows = new Set();
    const alarms = [];
    const keys = new KeyIndex();
    const keyLines = [];
    const check = new CellChecks(file, defects);
    const windowCheck = memoCheckId();
    const roleCheck = memoCheckId();
    const roleProblem = (problem, column, alarmId, windowId, line) => {
        if (!problem)
            return;
        defects.push(finding(problem === 'is empty' ? 'FIELD_MISSING' : 'ID_MALFORMED', {
            subject: alarmId,
            owner_role: ic,
            required_action: `Name the alarm's ${column} as a role id`,
            release_window_id: windowId,
            file,
            line,
            field: column,
            detail: `${column} ${problem}`
        }));
    };
    for (let r = 0; r < table.size; r++) {
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        if (windowId)
            windows.add(windowId);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        if (!windowId || !alarmId)
            continue;
        const dup = keys.get(alarmId, windowId);
        if (dup !== undefined) {
            defects.push(finding('ALARM_DUPLICATE', {
                subject: alarmId,
                owner_role: ic,
                required_action: 'List each alarm once per release window in the alarms file',
                release_window_id: windowId,
                file,
                line,
                detail: `also listed on line ${keyLines[dup]}`
            }));
            continue;
        }
        const key = keys.add(alarmId, windowId);
        keyLines.push(line);
        const primary = roleCell(table.cell(r, col.primary_owner_role), true, roleCheck);
        const backup = roleCell(table.cell(r, col.backup_owner_role), false, roleCheck);
        const ownerOfRow = primary.id || ic;
        roleProblem(primary.problem, f.primary_owner_role, alarmId, windowId, line);
        roleProblem(backup.problem, f.backup_owner_role, alarmId, windowId, line);
        const rawClass = table.cell(r, col.alarm_class);
        const cls = policy.classOf(rawClass);
        if (!cls) {
            defects.push(classInvalid(alarmId, windowId, file, line, f.alarm_class, rawClass, policy, ownerOfRow));
            continue;
        }
        const raisedMs = check.timeAt(table, r, col.raised_utc, line, f.raised_utc, { subject: alarmId, windowId, role: ownerOfRow });
        const raisedUtc = raisedMs === undefined ? '' : (0,time/* formatUtc */.ay)(raisedMs);
        alarms.push(new Alarm(table, r, key, alarmId, cls, windowId, raisedMs, raisedUtc, primary.id, backup.id));
    }
    return { alarms, windows, keys, keyLines, defects };
}
const NO_ROLE = { id: '' };
const EMPTY_ROLE = { id: '', problem: 'is empty' };
function roleCell(raw, required, check) {
    if (raw.trim() === '')
        return required ? EMPTY_ROLE : NO_ROLE;
    const r = check(raw);
    return r.ok ? { id: r.id } : { id: '', problem: `'${(0,ids/* printable */.g$)(raw)}' ${r.reason}` };
}
function classInvalid(subject, windowId, file, line, column, raw, policy, role) {
    const { page, block } = policy.data.alarm_classes;
    return finding('CLASS_INVALID', {
        subject,
        owner_role: role,
        required_action: `Set ${column} to '${page}' or '${block}'`,
        release_window_id: windowId,
        file,
        line,
        field: column,
        detail: `'${(0,ids/* printable */.g$)(raw)}' is not a class of the policy`
    });
}
/**
 * Checks the ledger rows of the evaluated windows (rows of other windows are history, not
 * checked) and groups the joinable ones by key. A row becomes a LedgerRecord only when its key is
 * folded, so the rows of a long history do not all stay alive in between.
 */
function readLedger(table, policy, windows, alarmKeys) {
    const ic = policy.icRole;
    const file = table.file;
    const rows = new LedgerRows(table);
    const col = rows.columns;
    const defects = brokenRows(table, ic);
    const groups = new RowGroups(table.size, alarmKeys);
    const check = new CellChecks(file, defects);
    const windowCheck = memoCheckId();
    const roleCheck = memoCheckId();
    for (let r = 0; r < table.size; r++) {
        const windowCell = table.cell(r, col.release_window_id);
        const win = windowCheck(windowCell);
        if (win.ok && !windows.has(win.id))
            continue;
        const line = table.line(r);
        const windowId = win.ok ? win.id : check.id(windowCell, line, 'release_window_id', 'release_window_id', '', ic, () => win);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, 'alarm_id', 'alarm_id', windowId ?? '', ic);
        if (!windowId || !alarmId)
            continue;
        const role = roleCheck(table.cell(r, col.owner_role));
        const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic };
        rows.ack[r] = check.timeAt(table, r, col.ack_timestamp_utc, line, 'ack_timestamp_utc', ctx) ?? NaN;
        rows.target[r] = check.timeAt(table, r, col.target_resolution_utc, line, 'target_resolution_utc', ctx, true) ?? NaN;
        rows.updated[r] = check.timeAt(table, r, col.last_updated_utc, line, 'last_updated_utc', ctx) ?? NaN;
        groups.add(alarmId, windowId, r);
    }
    return { groups, rows, defects };
}
/** Indexes every evidence row (a ref may point into another window: L5); reports rows of evaluated windows. */
function readEvidence(table, policy, windows) {
    const f = policy.data.evidence_fields;
    const col = columnsOf(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const all = brokenRows(table, ic);
    const rowOf = new Map();
    const duplicates = new Map();
    const windowCheck = memoCheckId();
    // a row's defects count only when it belongs to an evaluated window, known once its ids are read
    const own = [];
    const check = new CellChecks(file, own);
    for (let r = 0; r < table.size; r++) {
        own.length = 0;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        const evidenceId = check.id(table.cell(r, col.evidence_id), line, f.evidence_id, 'evidence_id', windowId ?? '', ic);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        const subject = alarmId ?? '';
        check.timeAt(table, r, col.recorded_utc, line, f.recorded_utc, { subject, windowId: windowId ?? '', role: ic });
        const kind = table.cell(r, col.evidence_kind).trim();
        if (!policy.isEvidenceKind(kind)) {
            own.push(finding('EVIDENCE_KIND_INVALID', {
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
                own.push(finding('EVIDENCE_DUPLICATE_ID', {
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
        if (!windowId || windows.has(windowId))
            for (const d of own)
                all.push(d);
    }
    return { index: new EvidenceIndex(table, policy, rowOf, duplicates), defects: all };
}

;// CONCATENATED MODULE: ./src/ledger/rewrites.ts



function historyDefects(report, ctx) {
    const ic = ctx.policy.icRole;
    const base = { subject: '', owner_role: ic, release_window_id: '', file: ctx.file, line: null };
    if (report.status === 'not-a-repo') {
        return [finding('LEDGER_HISTORY_UNCHECKED', { ...base, severity: 'info', required_action: 'Keep the ledger in git so in-place rewrites can be detected', detail: 'not inside a git repository; append-only history not checked' })];
    }
    if (report.status === 'untracked') {
        return [finding('LEDGER_HISTORY_UNCHECKED', { ...base, severity: 'info', required_action: 'Commit the ledger so later rewrites can be detected', detail: 'the ledger file has no committed history yet' })];
    }
    if (report.status === 'shallow') {
        return [
            finding('LEDGER_HISTORY_UNCHECKED', {
                ...base,
                required_action: 'Fetch full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
                detail: 'shallow clone: the ledger history cannot be checked for rewrites, so it was not'
            })
        ];
    }
    const col = (name) => ctx.header.indexOf(name);
    const [ia, iw, ir] = [col('alarm_id'), col('release_window_id'), col('owner_role')];
    return report.rewrites.map((r) => {
        const cells = cellsOf(r.text);
        const isHeader = cells.length > 0 && cells.every((c, i) => c.trim() === (ctx.header[i] ?? '').trim());
        const a = cells[ia] === undefined ? undefined : (0,ids/* checkId */.ij)(cells[ia]);
        const w = cells[iw] === undefined ? undefined : (0,ids/* checkId */.ij)(cells[iw]);
        const role = cells[ir] === undefined ? undefined : (0,ids/* checkId */.ij)(cells[ir]);
        const alarmId = a?.ok ? a.id : '';
        const windowId = w?.ok ? w.id : '';
        const restored = ctx.currentLines.has(r.text);
        const active = !isHeader && alarmId !== '' && windowId !== '' && ctx.alarmKeys.has(alarmId, windowId);
        const where = r.commit === '' ? 'uncommitted changes' : `commit ${r.commit.slice(0, 12)}`;
        const what = isHeader ? 'the header' : `line ${r.line}`;
        return finding('LEDGER_HISTORY_REWRITTEN', {
            subject: isHeader ? '' : alarmId,
            owner_role: role?.ok ? role.id : ic,
            severity: active && !restored ? 'blocking' : 'warning',
            required_action: restored
                ? 'None: the original row is back; append corrections as new rows next time'
                : `Restore the original row (git show ${r.commit === '' ? 'HEAD' : `${r.commit.slice(0, 12)}^`}:<ledger>) and append the correction as a new row`,
            release_window_id: windowId,
            file: ctx.file,
            line: null,
            detail: `${where} changed or removed ${what} of the previous version${restored ? ' (the original row is back in the file)' : ''}: ${r.text.slice(0, 160)}`
        });
    });
}
/** The cells of one removed diff line; a line that is not a whole record yields none. */
function cellsOf(text) {
    const table = scanCsv(text);
    return table.length === 1 && !table[0].error ? table[0].fields : [];
}

;// CONCATENATED MODULE: ./src/ledger/evaluate-ledger.ts









const READBACK_SIZE = 3;
/** The whole gate as a pure function of its inputs, the policy, the instant and the mode. */
function evaluateLedger(inputs, policy, now, mode) {
    const alarmsRead = readAlarms(inputs.alarms, policy);
    const { windows } = alarmsRead;
    const evidence = readEvidence(inputs.evidence, policy, windows);
    const ledger = readLedger(inputs.ledger, policy, windows, alarmsRead.keys);
    // concat, not push(...): a spread of 100,000 defects would overflow the call stack
    const defects = alarmsRead.defects.concat(evidence.defects, ledger.defects, historyDefects(inputs.history, {
        file: inputs.ledger.file,
        header: inputs.ledger.header,
        currentLines: inputs.ledgerLines,
        alarmKeys: alarmsRead.keys,
        policy
    }));
    // Row and history defects count towards their alarm's verdict, and so do the defects of the
    // fold of its key's history. Each key is folded just before its alarm is judged, so a history's
    // rows live only that long (at 187,000 ledger rows, keeping them all cost memory and GC time).
    const priorByKey = [];
    for (const d of defects) {
        const key = alarmsRead.keys.get(d.subject, d.release_window_id);
        if (key !== undefined)
            (priorByKey[key] ??= []).push(d);
    }
    const ledgerFile = inputs.ledger.file;
    const fold = (alarmId, windowId, rows, out) => foldKey(rows.map((r) => ledger.rows.record(r, alarmId, windowId)), ledgerFile, policy, out);
    const ctx = { policy, now, ledgerFile, evidence: evidence.index, mustBeFilled: ['acknowledged_by', ...policy.extraRequiredFields].map((name) => ({ name, column: inputs.ledger.column(name) })) };
    const outcomes = [];
    for (const alarm of alarmsRead.alarms) {
        const rows = ledger.groups.take(alarm.key);
        let prior = priorByKey[alarm.key];
        let state;
        if (rows) {
            const folded = [];
            state = fold(alarm.alarm_id, alarm.release_window_id, rows, folded);
            if (folded.length > 0) {
                for (const d of folded)
                    defects.push(d);
                prior = (prior ?? []).concat(folded);
            }
        }
        const outcome = evaluateAlarm(alarm, state, ctx, prior);
        for (const d of outcome.defects)
            defects.push(d);
        outcomes.push(outcome);
    }
    // Keys no alarm took: orphans, and keys of alarm rows refused for their class.
    const lonely = [];
    for (const [alarmId, windowId, rows] of ledger.groups.entries()) {
        const state = fold(alarmId, windowId, rows, defects);
        if (!alarmsRead.keys.has(alarmId, windowId))
            lonely.push({ alarmId, windowId, state });
    }
    for (const d of orphans(lonely, alarmsRead.keys, ledgerFile, policy))
        defects.push(d);
    const sorted = (0,defect/* sortDefects */.XJ)(defects);
    const escalations = outcomes.flatMap((o) => o.escalations).sort(compareEscalations);
    const duplicateAlarm = keysOf(sorted.filter((d) => d.defect_code === 'ALARM_DUPLICATE'));
    const globalBlocking = sorted.filter((d) => d.release_window_id === '' && d.severity === 'blocking');
    const outcomesBy = groupBy(outcomes, (o) => o.evaluation.alarm.release_window_id);
    const defectsBy = groupBy(sorted, (d) => d.release_window_id);
    const escalationsBy = groupBy(escalations, (e) => e.release_window_id);
    const windowDecisions = [];
    const readback = [];
    for (const w of [...windows].sort()) {
        const own = outcomesBy.get(w) ?? [];
        const top = riskiest(own, READBACK_SIZE);
        const rb = top.map((o) => readbackOf(o, o.duplicate || duplicateAlarm.has(o.evaluation.alarm.alarm_id, w)));
        readback.push(...rb);
        const wDefects = [...(defectsBy.get(w) ?? []), ...globalBlocking];
        windowDecisions.push(decideWindow(w, own, wDefects, escalationsBy.get(w) ?? [], rb));
    }
    let decision = globalBlocking.length > 0 ? 'no-go' : 'go';
    for (const wd of windowDecisions)
        decision = worst(decision, wd.decision);
    // Only soft mode asks for a defect's alarm class, so the 100,000-entry index is built on demand.
    let classByKey;
    const classOf = (d) => {
        if (!classByKey) {
            classByKey = new KeyMap();
            for (const a of alarmsRead.alarms)
                classByKey.set(a.alarm_id, a.release_window_id, a.alarm_class);
        }
        return classByKey.get(d.subject, d.release_window_id);
    };
    const blocking = blockingIn(mode, sorted, classOf);
    const ledgerRows = inputs.ledger.size + inputs.ledger.broken.length;
    const result = {
        decision,
        mode,
        failed: failedIn(mode, decision, blocking),
        now_utc: (0,time/* formatUtc */.ay)(now),
        policy: { file: policy.file, sha256: policy.sha256 },
        windows: windowDecisions,
        defects: sorted,
        blocking,
        escalations,
        readback,
        alarms: outcomes
            .map((o) => o.evaluation)
            .sort((a, b) => cmp(a.alarm.release_window_id, b.alarm.release_window_id) || cmp(a.alarm.alarm_id, b.alarm.alarm_id)),
        counts: {
            alarms: inputs.alarms.size + inputs.alarms.broken.length,
            ledger_rows: ledgerRows,
            evidence_rows: inputs.evidence.size + inputs.evidence.broken.length,
            passed: outcomes.filter((o) => !o.blocking).length
        },
        inputs: [...inputs.files]
    };
    return withEvidenceList(result, evidence.index);
}
/**
 * Adds the result's evidence list, made on first read: the closure stage reads it, the gate's own
 * reports never do, and at 150,000 rows building it up front was a good part of the gate's memory
 * (evidence-index.ts). Defined out here so the getter keeps only the index alive, not every local
 * of evaluateLedger.
 */
function withEvidenceList(result, index) {
    let rows;
    const list = () => (rows ??= index.all().sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.evidence_id, b.evidence_id)));
    return Object.defineProperty(result, 'evidence', { get: list, enumerable: true });
}
/** The n riskiest outcomes in compareRisk order: a selection, since a window can have thousands. */
function riskiest(outcomes, n) {
    const top = [];
    for (const o of outcomes) {
        if (top.length === n && compareRisk(o, top[n - 1]) >= 0)
            continue;
        let i = top.length === n ? n - 1 : top.length;
        while (i > 0 && compareRisk(o, top[i - 1]) < 0) {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = o;
    }
    return top;
}
/** The keys (subject, window) of some defects. */
function keysOf(defects) {
    const keys = new KeyMap();
    for (const d of defects)
        keys.set(d.subject, d.release_window_id, true);
    return keys;
}
function orphans(lonely, alarmKeys, file, policy) {
    if (lonely.length === 0)
        return [];
    const activeIn = new Map();
    for (let k = 0; k < alarmKeys.size; k++) {
        const alarmId = alarmKeys.alarmId(k);
        const windowId = alarmKeys.windowId(k);
        const list = activeIn.get(alarmId);
        if (list)
            list.push(windowId);
        else
            activeIn.set(alarmId, [windowId]);
    }
    const out = [];
    for (const { alarmId, windowId, state: st } of lonely) {
        const elsewhere = activeIn.get(alarmId);
        out.push(finding('LEDGER_ORPHAN', {
            subject: alarmId,
            owner_role: policy.icRole,
            required_action: elsewhere
                ? `Check release_window_id: alarm ${alarmId} is active in window ${elsewhere.sort().join(', ')}`
                : 'Check alarm_id: no active alarm of this window has it',
            release_window_id: windowId,
            file,
            line: st.firstLine,
            field: elsewhere ? 'release_window_id' : 'alarm_id',
            detail: `${st.rowCount} ledger row(s) for ${alarmId} in window ${windowId} match no active alarm`
        }));
    }
    return out;
}
function compareEscalations(a, b) {
    return cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.state, b.state);
}
function groupBy(items, key) {
    const m = new Map();
    for (const t of items) {
        const k = key(t);
        const list = m.get(k);
        if (list)
            list.push(t);
        else
            m.set(k, [t]);
    }
    return m;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(29395);
;// CONCATENATED MODULE: ./src/ledger/git-history.ts


async function scanLedgerHistory(absPath) {
    const cwd = (0,external_node_path_.dirname)(absPath);
    const spec = `:(literal)${(0,external_node_path_.basename)(absPath)}`;
    const none = (status) => ({ status, commits: 0, rewrites: [] });
    const inside = await (0,exec/* git */.$)(['rev-parse', '--is-inside-work-tree'], { cwd, allowFail: true }).catch(() => undefined);
    if (!inside || inside.code !== 0 || inside.stdout.toString().trim() !== 'true')
        return none('not-a-repo');
    const shallow = await (0,exec/* git */.$)(['rev-parse', '--is-shallow-repository'], { cwd });
    if (shallow.stdout.toString().trim() === 'true')
        return none('shallow');
    const tracked = await (0,exec/* git */.$)(['ls-files', '--error-unmatch', '--', spec], { cwd, allowFail: true });
    const head = await (0,exec/* git */.$)(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd, allowFail: true });
    if (tracked.code !== 0 || head.code !== 0)
        return none('untracked');
    const diffFlags = ['-U0', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'];
    const log = await (0,exec/* git */.$)(['log', '--first-parent', '--diff-merges=first-parent', '-p', ...diffFlags, '--format=%x00%H', '--', spec], { cwd });
    const work = await (0,exec/* git */.$)(['diff', ...diffFlags, 'HEAD', '--', spec], { cwd });
    const committed = parseRemovals(log.stdout.toString('utf8'));
    const uncommitted = parseRemovals(`\u0000\n${work.stdout.toString('utf8')}`);
    return {
        status: 'checked',
        commits: committed.commits,
        rewrites: [...committed.rewrites, ...uncommitted.rewrites]
    };
}
/** Parses `git log -p -U0 --format=%x00%H` (or a diff behind a `\0` line) into removed lines. */
function parseRemovals(text) {
    const rewrites = [];
    let commits = 0;
    let commit = '';
    let removed = [];
    let added = new Set();
    let oldLine = 0;
    let inHunk = false;
    const flush = () => {
        for (const r of removed)
            if (r.text.trim() !== '' && !added.has(r.text))
                rewrites.push(r);
        removed = [];
        added = new Set();
    };
    for (const raw of text.split('\n')) {
        if (raw.startsWith('\u0000')) {
            flush();
            commit = raw.slice(1).trim();
            if (commit !== '')
                commits++;
            inHunk = false;
            continue;
        }
        if (raw.startsWith('diff --git ')) {
            inHunk = false;
            continue;
        }
        const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(raw);
        if (hunk) {
            oldLine = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('-'))
            removed.push({ commit, line: oldLine++, text: line.slice(1) });
        else if (line.startsWith('+'))
            added.add(line.slice(1));
    }
    flush();
    return { commits, rewrites };
}

// EXTERNAL MODULE: ./src/policy/load.ts + 4 modules
var load = __webpack_require__(74522);
;// CONCATENATED MODULE: ./src/ledger/policy.ts



/** The ledger columns the gate reads by name; the policy's required_fields must list them all. */
const LEDGER_FIELDS = [
    'alarm_id',
    'alarm_state',
    'release_window_id',
    'owner_role',
    'acknowledged_by',
    'ack_timestamp_utc',
    'response_sla_minutes',
    'target_resolution_utc',
    'closure_state',
    'closure_evidence_ref',
    'last_updated_utc'
];
async function loadLedgerPolicy(absPath, displayFile) {
    return toLedgerPolicy(await (0,load/* loadPolicyFile */.n$)('ack-ledger', absPath, displayFile));
}
function parseLedgerPolicy(text, file) {
    return toLedgerPolicy(parsePolicy('ack-ledger', text, file));
}
const fold = (s) => s.trim().toLowerCase();
// The lookups below run for every ledger row; a cell that is already folded (the usual case)
// is found as it is, without the two strings fold() makes.
const lookup = (m, v) => m.get(v) ?? m.get(fold(v));
const member = (s, v) => s.has(v) || s.has(fold(v));
function toLedgerPolicy(loaded) {
    const { data, file } = loaded;
    const problems = [];
    LEDGER_FIELDS.forEach((f) => {
        if (!data.required_fields.includes(f)) {
            problems.push({ file, field: '/required_fields', message: `must list '${f}' (the gate reads it)`, fix: `add '- ${f}'` });
        }
    });
    if (fold(data.alarm_classes.page) === fold(data.alarm_classes.block)) {
        problems.push({ file, field: '/alarm_classes/block', message: 'must differ from /alarm_classes/page' });
    }
    const resolved = new Set(data.closure_policy.resolved_states.map(fold));
    data.closure_policy.open_states.forEach((s, i) => {
        if (resolved.has(fold(s))) {
            problems.push({ file, field: `/closure_policy/open_states/${i}`, message: `'${s}' is also a resolved state` });
        }
    });
    const roleId = (raw, pointer) => {
        const r = (0,ids/* checkId */.ij)(raw);
        if (r.ok)
            return r.id;
        problems.push({ file, field: pointer, message: `role '${raw}' ${r.reason}` });
        return '';
    };
    const icRole = roleId(data.ownership.incident_commander_role, '/ownership/incident_commander_role');
    const exceptionApproverRole = roleId(data.sla_exceptions.approver_role, '/sla_exceptions/approver_role');
    if (problems.length > 0) {
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${file}: invalid ack-ledger policy`, problems });
    }
    const classes = new Map([
        [fold(data.alarm_classes.page), 'page'],
        [fold(data.alarm_classes.block), 'block']
    ]);
    const open = new Set(data.closure_policy.open_states.map(fold));
    const kinds = new Set(data.evidence_kinds.map(fold));
    const interpreted = new Set([...LEDGER_FIELDS, ...(data.optional_fields ?? [])]);
    return {
        file,
        sha256: loaded.sha256,
        data,
        classOf: (v) => lookup(classes, v),
        ackSlaMinutes: (cls) => (cls === 'page' ? data.sla_policy.page_ack_minutes : data.sla_policy.block_ack_minutes),
        icRole,
        exceptionApproverRole,
        isResolvedState: (v) => member(resolved, v),
        isOpenState: (v) => member(open, v),
        isEvidenceKind: (v) => member(kinds, v),
        extraRequiredFields: data.required_fields.filter((f) => !interpreted.has(f))
    };
}

;// CONCATENATED MODULE: ./src/ledger/gate.ts








/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,external_node_path_.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return abs;
    return rel.split(external_node_path_.sep).join('/');
}
async function readInput(abs, file, requiredColumns) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: code === 'ENOENT' ? `${file}: file not found; check the path input or create the file` : `${file}: cannot read (${code ?? 'error'})`,
            cause: err
        });
    }
    return { table: await parseCsv(bytes, { file, requiredColumns }), bytes };
}
async function loadLedgerInputs(settings) {
    const ws = settings.workspace;
    const abs = (p) => (0,external_node_path_.resolve)(ws, p);
    const policyAbs = abs(settings.policies.ackLedger);
    const policy = await loadLedgerPolicy(policyAbs, displayPath(ws, policyAbs));
    const d = policy.data;
    const paths = { alarms: abs(settings.inputs.alarms), ledger: abs(settings.inputs.ledger), evidence: abs(settings.inputs.evidence) };
    // git runs in its own process while the CSVs parse; the CSVs parse one after another, because
    // parsing is CPU-bound here and interleaving three parsers only raises peak memory.
    const scan = scanLedgerHistory(paths.ledger);
    scan.catch(() => undefined);
    const alarms = await readInput(paths.alarms, displayPath(ws, paths.alarms), Object.values(d.alarm_fields));
    const ledger = await readInput(paths.ledger, displayPath(ws, paths.ledger), d.required_fields);
    const evidence = await readInput(paths.evidence, displayPath(ws, paths.evidence), Object.values(d.evidence_fields));
    const history = await scan;
    // Only a rewrite needs the current lines (to tell a restored row from a lost one).
    const ledgerLines = history.rewrites.length === 0 ? new Set() : new Set(ledger.bytes.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')));
    return {
        policy,
        inputs: {
            alarms: alarms.table,
            ledger: ledger.table,
            evidence: evidence.table,
            history,
            ledgerLines,
            files: [alarms, ledger, evidence].map((x) => ({ file: x.table.file, sha256: (0,hash/* sha256Hex */.fg)(x.bytes) }))
        }
    };
}
/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
async function runLedgerGate(settings) {
    const { policy, inputs } = await loadLedgerInputs(settings);
    return evaluateLedger(inputs, policy, settings.now, settings.mode);
}


/***/ }),

/***/ 74522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n$: () => (/* binding */ loadPolicyFile)
});

// UNUSED EXPORTS: parsePolicy, parseWithSchema

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
;// CONCATENATED MODULE: ./src/policy/schemas/ack-ledger.schema.json
const ack_ledger_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/ack-ledger.schema.json","title":"Acknowledgment-ledger policy (lesson 113)","description":"Columns, alarm classes, SLAs, owner roles, closure states, SLA exceptions and escalation routes for the ledger gate. Every section is required and unknown keys are errors, so a typo can never silently switch a rule off.","type":"object","additionalProperties":false,"required":["version","required_fields","alarm_fields","alarm_classes","evidence_fields","evidence_kinds","sla_policy","ownership","closure_policy","sla_exceptions","escalation"],"properties":{"version":{"type":"integer","const":1},"required_fields":{"description":"Ack-ledger columns. Must include the eleven the gate reads; extra entries must be filled on every row.","type":"array","items":{"$ref":"#/definitions/column"},"minItems":1,"uniqueItems":true},"optional_fields":{"description":"Optional ack-ledger columns for accepted SLA exceptions.","type":"array","items":{"type":"string","enum":["sla_exception_ref","exception_approved_by"]},"uniqueItems":true},"alarm_fields":{"type":"object","additionalProperties":false,"required":["alarm_id","alarm_class","release_window_id","raised_utc","primary_owner_role","backup_owner_role"],"properties":{"alarm_id":{"$ref":"#/definitions/column"},"alarm_class":{"$ref":"#/definitions/column"},"release_window_id":{"$ref":"#/definitions/column"},"raised_utc":{"$ref":"#/definitions/column"},"primary_owner_role":{"$ref":"#/definitions/column"},"backup_owner_role":{"$ref":"#/definitions/column"}}},"alarm_classes":{"type":"object","additionalProperties":false,"required":["page","block"],"properties":{"page":{"$ref":"#/definitions/token"},"block":{"$ref":"#/definitions/token"}}},"evidence_fields":{"type":"object","additionalProperties":false,"required":["evidence_id","release_window_id","alarm_id","evidence_kind","uri","recorded_utc","recorded_by"],"properties":{"evidence_id":{"$ref":"#/definitions/column"},"release_window_id":{"$ref":"#/definitions/column"},"alarm_id":{"$ref":"#/definitions/column"},"evidence_kind":{"$ref":"#/definitions/column"},"uri":{"$ref":"#/definitions/column"},"recorded_utc":{"$ref":"#/definitions/column"},"recorded_by":{"$ref":"#/definitions/column"}}},"evidence_kinds":{"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true},"sla_policy":{"type":"object","additionalProperties":false,"required":["page_ack_minutes","block_ack_minutes"],"properties":{"page_ack_minutes":{"$ref":"#/definitions/minutes"},"block_ack_minutes":{"$ref":"#/definitions/minutes"}}},"ownership":{"type":"object","additionalProperties":false,"required":["allow_primary_owner","allow_backup_owner","allow_incident_commander_override","incident_commander_role","override_window_minutes"],"properties":{"allow_primary_owner":{"type":"boolean"},"allow_backup_owner":{"type":"boolean"},"allow_incident_commander_override":{"type":"boolean"},"incident_commander_role":{"$ref":"#/definitions/token"},"override_window_minutes":{"$ref":"#/definitions/minutes"}}},"closure_policy":{"type":"object","additionalProperties":false,"required":["require_evidence_when_resolved","resolved_states","open_states"],"properties":{"require_evidence_when_resolved":{"type":"boolean"},"resolved_states":{"$ref":"#/definitions/tokens"},"open_states":{"$ref":"#/definitions/tokens"}}},"sla_exceptions":{"type":"object","additionalProperties":false,"required":["allowed_classes","approver_role"],"properties":{"allowed_classes":{"type":"array","items":{"type":"string","enum":["page","block"]},"uniqueItems":true},"approver_role":{"$ref":"#/definitions/token"}}},"escalation":{"type":"object","additionalProperties":false,"required":["page","block"],"properties":{"page":{"$ref":"#/definitions/ladder"},"block":{"$ref":"#/definitions/ladder"}}}},"definitions":{"column":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[^\\\\s,\\"]+$"},"token":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},"tokens":{"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true},"minutes":{"type":"integer","minimum":1,"maximum":525600},"route":{"type":"object","additionalProperties":false,"required":["route_to","no_go"],"properties":{"route_to":{"type":"string","enum":["primary_owner","backup_owner","incident_commander"]},"no_go":{"type":"boolean"}}},"ladder":{"type":"object","additionalProperties":false,"required":["ack_late","resolution_late","unowned"],"properties":{"ack_late":{"$ref":"#/definitions/route"},"resolution_late":{"$ref":"#/definitions/route"},"unowned":{"$ref":"#/definitions/route"}}}}}');
;// CONCATENATED MODULE: ./src/policy/schemas/closure-packet.schema.json
const closure_packet_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/closure-packet.schema.json","title":"Closure-packet policy: what a signed closure packet must contain (lesson 114)","type":"object","additionalProperties":false,"required":["schema_version","packet_id_prefix","required_packet_fields","required_row_fields","evidence_refs","lineage","review"],"properties":{"schema_version":{"description":"recorded in every packet; bump it when the packet contract changes","type":"integer","minimum":1},"packet_id_prefix":{"description":"packet_id = <prefix>-<release_window_id>, stable across revisions","type":"string","pattern":"^[a-z][a-z0-9]{0,15}$"},"required_packet_fields":{"type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["packet_id","release_window_id","revision","supersedes","schema","ledger_policy_sha256","signer","rows","left_out","signature_digest","exported_at_utc"]}},"required_row_fields":{"type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["alarm_id","alarm_class","closure_state","acknowledged_by","ack_timestamp_utc","resolved_by","resolved_timestamp_utc","closure_evidence_id","closure_evidence_refs","approver_lineage"]}},"evidence_refs":{"description":"each closure row must link at least one evidence row of every kind listed, under the given field name","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["kind","field"],"properties":{"kind":{"description":"an evidence_kind value in the evidence CSV","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"field":{"description":"the key under closure_evidence_refs in each row","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"description":{"type":"string"}}}},"lineage":{"type":"object","additionalProperties":false,"required":["final_approver_from"],"properties":{"final_approver_from":{"description":"the evidence kind whose recorded_by is the final approver (the latest such row)","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"final_approver_distinct_from_acknowledger":{"description":"separation of duties: the final approver may not be the person who acknowledged","type":"boolean"}}},"review":{"type":"object","additionalProperties":false,"required":["sample_size","approved_schema_versions"],"properties":{"sample_size":{"description":"alarms sampled per packet in post-incident review","type":"integer","minimum":1,"maximum":50},"approved_schema_versions":{"description":"packet schema versions a reviewer accepts","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1}}}}}}');
;// CONCATENATED MODULE: ./src/policy/schemas/keyring.schema.json
const keyring_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/keyring.schema.json","title":"Keyring: the Ed25519 public keys trusted to sign release-evidence documents","type":"object","additionalProperties":false,"required":["version","keys"],"properties":{"version":{"const":1},"keys":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["signer_id","public_key","role","valid_from_utc","valid_until_utc"],"properties":{"signer_id":{"description":"who signs: a service account or lane, lowercase letters, digits and dashes","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"public_key":{"description":"base64 of the raw 32-byte Ed25519 public key (as printed by release-evidence keygen)","type":"string","pattern":"^[A-Za-z0-9+/]{43}=$"},"role":{"description":"the signer\'s governance role, e.g. release-lane","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"valid_from_utc":{"type":"string","format":"date-time"},"valid_until_utc":{"description":"exclusive: a signature made at this instant or later fails","type":"string","format":"date-time"},"demo":{"description":"true for a published demo key: documents it signs are marked as demo-signed","type":"boolean"},"note":{"type":"string"}}}}}}');
;// CONCATENATED MODULE: ./src/policy/schemas.ts



// The registry of policy kinds. A later stage adds its kind here and its schema beside it.
const POLICY_SCHEMAS = {
    'ack-ledger': ack_ledger_schema_namespaceObject,
    'closure-packet': closure_packet_schema_namespaceObject,
    keyring: keyring_schema_namespaceObject
};

;// CONCATENATED MODULE: ./src/policy/load.ts







// ajv-formats is CJS; under ESM interop its callable is sometimes the default's default.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
let load_ajv;
const compiled = new Map();
// Compiled lazily and once per schema: compiling costs tens of ms, which an Action that only
// verifies should not pay at start-up.
function validatorFor(schema) {
    let v = compiled.get(schema);
    if (!v) {
        // The schemas ship inside the bundle and are checked against the meta-schema by the test
        // suite (__tests__/foundation/policy.test.ts); repeating that on every run costs ~60 ms.
        load_ajv ??= addFormats(new ajv.Ajv({ allErrors: true, strict: true, validateSchema: false }));
        v = load_ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
async function loadPolicyFile(kind, path, file = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: `${file}: cannot read the ${kind} policy (${code ?? 'error'}); pass its path or restore it from policies/`,
            cause: err
        });
    }
    return parsePolicy(kind, text, file);
}
function parsePolicy(kind, text, file) {
    return parseWithSchema(kind, POLICY_SCHEMAS[kind], text, file);
}
/** Parses YAML text and validates it against any JSON Schema (policies, and later index files). */
function parseWithSchema(kind, schema, text, file) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { version: '1.2', uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'POLICY_INVALID',
            message: `${file}: not valid YAML`,
            problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0] }))
        });
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    const validate = validatorFor(schema);
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((e) => toProblem(file, e));
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${file}: invalid ${kind} policy`, problems });
    }
    return { kind, file, data: data, sha256: (0,hash/* canonicalSha256 */.o4)(data) };
}
function toProblem(file, e) {
    const path = e.instancePath === '' ? '/' : e.instancePath;
    if (e.keyword === 'additionalProperties') {
        const key = e.params.additionalProperty;
        return { file, field: `${e.instancePath}/${key}`, message: 'unknown key', fix: 'remove it or check its spelling' };
    }
    if (e.keyword === 'required') {
        const key = e.params.missingProperty;
        return { file, field: `${e.instancePath}/${key}`, message: 'required key is missing' };
    }
    if (e.keyword === 'enum') {
        const allowed = e.params.allowedValues;
        return { file, field: path, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` };
    }
    return { file, field: path, message: e.message ?? e.keyword };
}


/***/ })

};
