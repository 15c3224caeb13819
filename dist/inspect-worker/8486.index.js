export const id = 8486;
export const ids = [8486];
export const modules = {

/***/ 5186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ parseCsvText),
/* harmony export */   Wk: () => (/* binding */ parseCsv),
/* harmony export */   Zu: () => (/* binding */ decodeCsv),
/* harmony export */   dy: () => (/* binding */ CsvTable),
/* harmony export */   uo: () => (/* binding */ readCsvText)
/* harmony export */ });
/* unused harmony exports transferablesOf, readCsvFile */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4705);
/* harmony import */ var _util_read_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9043);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6043);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4263);







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
        if (c < 0)
            return '';
        const record = this.#records[r];
        return (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .fieldText */ .gF)(this.#scan, record, this.#scan.firstField[record] + c);
    }
    /**
     * utcMs(cell(r, c)), read in place when the cell is a canonical timestamp (the usual case), so
     * no string is made for it: the ledger gate reads about a million of them.
     */
    utcMs(r, c) {
        if (c < 0)
            return undefined;
        const scan = this.#scan;
        const record = this.#records[r];
        const f = scan.firstField[record] + c;
        if (!(0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .fieldQuoted */ .Vn)(scan, record, f)) {
            const start = (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .fieldStart */ .Jg)(scan, record, f);
            if ((0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .fieldEnd */ .C4)(scan, record, f) - start === 20) {
                const ms = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalAt */ ._E)(scan.text, start);
                if (ms !== undefined)
                    return ms;
            }
        }
        return (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(this.cell(r, c));
    }
    /** The whole decoded text of the file (the bytes as UTF-8, BOM included). */
    get text() {
        return this.#scan.text;
    }
    /** Row r's cells in header order. */
    cells(r) {
        return (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .recordFields */ .zB)(this.#scan, this.#records[r]);
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
        return {
            file: this.file,
            header: this.header,
            headerLine: this.headerLine,
            broken: this.broken,
            scan,
            records: this.#records
        };
    }
    static fromParts(parts, text) {
        return new CsvTable(parts.file, parts.header, parts.headerLine, parts.broken, { ...parts.scan, text }, parts.records);
    }
    /** Every row as plain objects: convenient for small tables, wasteful for large ones. */
    get rows() {
        return Array.from({ length: this.size }, (_, r) => ({
            line: this.line(r),
            values: this.values(r)
        }));
    }
}
/** The typed arrays of a table's parts, for a postMessage transfer list. */
function transferablesOf(parts) {
    const { lines, firstField, recordStarts, starts, recordEnds } = parts.scan;
    return [lines, firstField, recordStarts, starts, recordEnds, parts.records].map((a) => a.buffer);
}
/**
 * Reads and parses a CSV file; the bytes read come along, apart from the table, for callers that
 * need provenance (they hash them). The table does not keep them: the decoded text is all it
 * needs, and at 55 MB of inputs a second copy kept for the whole run was a tenth of peak memory.
 */
async function readCsvFile(path, opts) {
    const data = await readInput(() => readFile(path), missingMessage(opts.file));
    return { table: await parseCsv(data, opts), bytes: data };
}
/**
 * The file's text and the sha256 of its bytes, without a table. The bytes are hashed and decoded
 * as soon as they arrive and dropped on return, before any parsing: a buffer kept through a long
 * scan outlives the young generation and waits for a full collection, and at 1,000,000 alarms the
 * three files' bytes waiting so were 560 MB of the run's peak. Parse the text with parseCsvText.
 */
async function readCsvText(path, file) {
    const data = await (0,_util_read_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R)(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path), missingMessage(file));
    return { text: decodeCsv(data), sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(data) };
}
const missingMessage = (file) => (code) => code === 'ENOENT' ? `${file}: file not found; check the path input or create the file` : `${file}: cannot read (${code})`;
/**
 * UTF-8 to text. Most inputs are plain ASCII, for which Node's 'ascii' decoder gives the same
 * string as its UTF-8 decoder about 25 times faster (measured 7 ms against 180 ms for the 55 MB
 * of the ledger benchmark); the check that makes the shortcut safe takes 2 ms.
 */
function decodeCsv(data) {
    return (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(data) ? data.toString('ascii') : data.toString('utf8');
}
// eslint-disable-next-line @typescript-eslint/require-await -- async so that a bad file rejects the promise rather than throwing at the call
async function parseCsv(data, opts) {
    return parseCsvText(decodeCsv(data), opts);
}
/** parseCsv of text already decoded (decodeCsv). */
function parseCsvText(text, opts) {
    const { file } = opts;
    const scan = (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .scanCsvOffsets */ .cf)(text);
    if (scan.count === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'INPUT_EMPTY',
            message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
        });
    }
    const headerLine = scan.lines[0];
    const headerError = scan.errors.get(0);
    if (headerError !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'INPUT_INVALID',
            message: `${file}:${headerLine}: cannot read the header: ${headerError}`,
            problems: [{ file, line: headerLine, message: headerError }]
        });
    }
    const header = (0,_scan_js__WEBPACK_IMPORTED_MODULE_6__/* .recordFields */ .zB)(scan, 0).map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (seen.has(h)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
                code: 'INPUT_INVALID',
                message: `${file}:${headerLine}: column '${h}' appears twice in the header; remove the duplicate`
            });
        }
        seen.add(h);
    }
    const missing = opts.requiredColumns.filter((c) => !seen.has(c));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'INPUT_COLUMN_MISSING',
            message: `${file}:${headerLine}: missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the header`,
            problems: missing.map((c) => ({
                file,
                line: headerLine,
                field: c,
                message: 'required column is missing'
            }))
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
                : {
                    file,
                    line,
                    message: error,
                    fix: 'quote the field and double any quote inside it ("")'
                });
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ scanCsv),
/* harmony export */   C4: () => (/* binding */ fieldEnd),
/* harmony export */   Jg: () => (/* binding */ fieldStart),
/* harmony export */   Vn: () => (/* binding */ fieldQuoted),
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
// field starts in typed arrays (outside the JS heap) and a cell becomes a string only when it is
// read (fieldText), usually to die young. Only where a field starts is kept (and where each
// record starts and ends): a field's end follows from where the next one starts. A field's start
// is kept in 16 bits, from its record's start, since at 1,000,000 alarms (42 million fields) even
// 32 bits each were 170 MB; the rare record longer than that allows keeps its own 32-bit starts.
//
// Rules: fields split on `,`; records end at LF or CRLF; a field that starts with `"` is quoted,
// `""` inside it is a quote, and it may span lines; blank lines are skipped. A quote inside an
// unquoted field, text after a closing quote, or a quote never closed is a broken record.
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/**
 * Set in a start for a quoted field. A V8 string is shorter than 2^29 characters, so offsets leave
 * bits 29 and 30 free.
 */
const QUOTED = 1 << 30;
/** In `starts`: the field is quoted; its value starts after the quote. */
const REL_QUOTED = 1 << 14;
/** In `starts`: the quoted field has `""` to collapse. */
const REL_DOUBLED = 1 << 15;
/** The farthest from its record's start a field may start and be kept in `starts`. */
const RELATIVE_MAX = REL_QUOTED - 1;
/** A typed array that doubles when full. */
class IntList {
    make;
    data;
    length = 0;
    constructor(capacity, make) {
        this.make = make;
        this.data = make(Math.max(16, capacity));
    }
    push(v) {
        if (this.length === this.data.length) {
            const grown = this.make(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        this.data[this.length++] = v;
    }
    done() {
        return this.data.subarray(0, this.length);
    }
}
const int32 = (n) => new Int32Array(n);
const uint16 = (n) => new Uint16Array(n);
function scanCsvOffsets(text) {
    const n = text.length;
    // Sized for one record per physical line, each as wide as the first line: the common case,
    // so the arrays are allocated once. They grow if quoted newlines or wider rows prove it wrong.
    // The guess is capped by what the text can hold: every field but the last ends at a comma or a
    // line break, so n characters hold at most n + 1 fields. Uncapped, a wide first line over many
    // blank lines (100,000 columns, 100,000 blank lines: 800 KB) asked for ten billion slots.
    const lineGuess = countLf(text, 0, n) + 1;
    const firstLineEnd = indexOr(text, '\n', 0, n);
    let widthGuess = 1;
    for (let k = text.indexOf(','); k !== -1 && k < firstLineEnd; k = text.indexOf(',', k + 1))
        widthGuess++;
    const fieldGuess = Math.min(lineGuess * widthGuess, n + 1);
    const lines = new IntList(lineGuess, int32);
    const firstField = new IntList(lineGuess + 1, int32);
    const recordStarts = new IntList(lineGuess, int32);
    const starts = new IntList(fieldGuess, uint16);
    const recordEnds = new IntList(lineGuess, int32);
    const wide = new Map();
    const errors = new Map();
    // the end of the last field pushed: a record's end once its last field is in
    let lastEnd = 0;
    // where the current record starts
    let base = 0;
    // A record that may be long (quoted, or a long line) first collects its starts here, as offsets
    // into text in the wide form, and keeps them in `starts` once it is known to fit.
    const slow = new IntList(64, int32);
    let slowRecord = false;
    const field = (from, to) => {
        starts.push(from - base);
        lastEnd = to;
    };
    const slowField = (value, to) => {
        slow.push(value);
        starts.push(0);
        lastEnd = to;
    };
    const endSlowRecord = (record) => {
        if (!slowRecord)
            return;
        slowRecord = false;
        const values = slow.done();
        let fits = true;
        for (const v of values)
            if (((v < 0 ? ~v : v) & ~QUOTED) - base > RELATIVE_MAX)
                fits = false;
        if (fits) {
            const first = starts.length - values.length;
            for (let k = 0; k < values.length; k++) {
                const v = values[k];
                const raw = v < 0 ? ~v : v;
                starts.data[first + k] = ((raw & ~QUOTED) - base) | (raw & QUOTED ? REL_QUOTED : 0) | (v < 0 ? REL_DOUBLED : 0);
            }
        }
        else
            wide.set(record, values.slice());
        slow.length = 0;
    };
    const finish = () => {
        endSlowRecord(lines.length - 1);
        firstField.push(starts.length);
        if (recordEnds.length < lines.length)
            recordEnds.push(lastEnd);
        return {
            text,
            count: lines.length,
            lines: lines.done(),
            firstField: firstField.done(),
            recordStarts: recordStarts.done(),
            starts: starts.done(),
            wide,
            recordEnds: recordEnds.done(),
            errors
        };
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
        recordStarts.push(i);
        base = i;
        // Fast path: a record without any quote is exactly one physical line split on commas.
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        if (nextQuote < i)
            nextQuote = indexOr(text, '"', i, n);
        if (nextQuote >= end && end - i <= RELATIVE_MAX) {
            const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
            let from = i;
            // indexOf runs natively: measured 2-3x faster than a charCodeAt loop on these files
            for (let comma = text.indexOf(',', from); comma !== -1 && comma < stop; comma = text.indexOf(',', from)) {
                field(from, comma);
                from = comma + 1;
            }
            field(from, stop);
            recordEnds.push(stop);
            i = end + 1;
            line++;
            continue;
        }
        let error;
        slowRecord = true;
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
                slowField(doubled ? ~(from | QUOTED) : from | QUOTED, q);
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
                slowField(i, j);
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
        recordEnds.push(lastEnd);
        endSlowRecord(record);
        if (error)
            errors.set(record, error);
    }
    return finish();
}
/** Field f (of record r) in the wide form: its start in text, with QUOTED; negative when doubled. */
function wideStart(scan, r, f) {
    const own = scan.wide.get(r);
    if (own !== undefined)
        return own[f - scan.firstField[r]];
    const v = scan.starts[f];
    const at = scan.recordStarts[r] + (v & RELATIVE_MAX);
    const quoted = v & REL_QUOTED ? at | QUOTED : at;
    return v & REL_DOUBLED ? ~quoted : quoted;
}
/** Where field f of record r starts in the text. */
function fieldStart(scan, r, f) {
    if (scan.wide.size === 0 || !scan.wide.has(r))
        return scan.recordStarts[r] + (scan.starts[f] & RELATIVE_MAX);
    const v = wideStart(scan, r, f);
    return (v < 0 ? ~v : v) & ~QUOTED;
}
/** Is field f of record r quoted (its value between quotes)? */
function fieldQuoted(scan, r, f) {
    if (scan.wide.size === 0 || !scan.wide.has(r))
        return (scan.starts[f] & REL_QUOTED) !== 0;
    const v = wideStart(scan, r, f);
    return ((v < 0 ? ~v : v) & QUOTED) !== 0;
}
/**
 * Where field f of record r ends (exclusive): the record's end for its last field, else one before
 * where the next field begins (its comma), or two for a quoted field (its closing quote, then the
 * comma). In a structurally broken record the fields are unreliable, as they always were.
 */
function fieldEnd(scan, r, f) {
    if (f + 1 >= scan.firstField[r + 1])
        return scan.recordEnds[r];
    const next = fieldStart(scan, r, f + 1);
    const nextRaw = fieldQuoted(scan, r, f + 1) ? next - 1 : next;
    return fieldQuoted(scan, r, f) ? nextRaw - 2 : nextRaw - 1;
}
/** The value of field f (an index into starts) of record r as a string. */
function fieldText(scan, r, f) {
    const text = scan.text.slice(fieldStart(scan, r, f), fieldEnd(scan, r, f));
    return fieldDoubled(scan, r, f) ? text.replaceAll('""', '"') : text;
}
function fieldDoubled(scan, r, f) {
    if (scan.wide.size === 0 || !scan.wide.has(r))
        return (scan.starts[f] & REL_DOUBLED) !== 0;
    return wideStart(scan, r, f) < 0;
}
/** Every field of record r as strings. */
function recordFields(scan, r) {
    const out = [];
    for (let f = scan.firstField[r]; f < scan.firstField[r + 1]; f++)
        out.push(fieldText(scan, r, f));
    return out;
}
/** The whole text as records of strings; for small inputs (the engine reads cells by offset). */
function scanCsv(text) {
    const scan = scanCsvOffsets(text);
    return Array.from({ length: scan.count }, (_, r) => {
        const error = scan.errors.get(r);
        const rec = {
            fields: recordFields(scan, r),
            line: scan.lines[r]
        };
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

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ csvHeader),
/* harmony export */   gD: () => (/* binding */ toCsv),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony export escapeFormula */
// Every CSV we write may be opened in a spreadsheet, and its cells came from users' CSVs. A cell
// that starts with = + - @ (or a tab/CR that some apps strip first) is prefixed with a quote so
// it reads as text, never as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
function escapeFormula(cell) {
    return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
// RFC 4180 quoting, written out rather than delegated to csv-stringify: the rule is one line, and
// at 35,000 report rows the library's per-cell option handling cost about a third of a second.
// It is exactly the rule csv-stringify applied with record_delimiter '\n', which quotes a field
// with a comma, a quote or a LF (not a lone CR), so reports stay byte-identical;
// __tests__/foundation/csv.test.ts checks it against csv-stringify, which stays the oracle.
const NEEDS_QUOTES = /[",\n]/;
function quote(cell) {
    return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
// Most cells need neither: one test finds the few that need either rule.
const NEEDS_WORK = /^[=+\-@\t\r]|[",\n]/;
/** One cell as written: formula-escaped, then quoted. */
function cellText(c) {
    const text = c === null || c === undefined ? '' : String(c);
    return NEEDS_WORK.test(text) ? quote(escapeFormula(text)) : text;
}
/** Deterministic CSV: LF endings, header first, every cell formula-escaped. */
function toCsv(header, rows) {
    let out = csvHeader(header);
    for (const row of rows)
        out += csvLine(row);
    return out;
}
/** toCsv's first line. */
function csvHeader(header) {
    return `${header.map(quote).join(',')}\n`;
}
/** One row of toCsv, with its line ending: a writer that streams a large table writes these in turn. */
function csvLine(row) {
    let line = '';
    for (let i = 0; i < row.length; i++)
        line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
    return `${line}\n`;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qv: () => (/* binding */ defectCsvRow),
/* harmony export */   TL: () => (/* binding */ defectCsvHeader),
/* harmony export */   XJ: () => (/* binding */ sortDefects),
/* harmony export */   c7: () => (/* binding */ defectsToCsv),
/* harmony export */   o3: () => (/* binding */ countByCode)
/* harmony export */ });
/* unused harmony exports SEVERITY_RANK, compareDefects */
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1424);

const SEVERITY_RANK = { blocking: 0, warning: 1, info: 2 };
/** Deterministic order: severity, window, subject, code, file, line, field, detail. */
function compareDefects(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        cmp(a.release_window_id, b.release_window_id) ||
        cmp(a.subject, b.subject) ||
        cmp(a.defect_code, b.defect_code) ||
        cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.field, b.field) ||
        cmp(a.detail, b.detail));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A sorted copy; a list that is already in order (the gate's result) is only checked. */
function sortDefects(defects) {
    for (let i = 1; i < defects.length; i++)
        if (compareDefects(defects[i - 1], defects[i]) > 0)
            return [...defects].sort(compareDefects);
    return [...defects];
}
/** The seed's deterministic columns first (with the stage's subject column name), then location. */
function defectsToCsv(defects, subjectColumn = 'alarm_id') {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .gD)(defectCsvHeader(subjectColumn), sortDefects(defects).map(defectCsvRow));
}
/** defectsToCsv's header, for a writer that streams the rows (csv/write-file.ts). */
function defectCsvHeader(subjectColumn) {
    return [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
}
/** One defect as a defectsToCsv row. */
function defectCsvRow(d) {
    return [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail];
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
}


/***/ })

};
