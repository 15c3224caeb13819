export const id = 3577;
export const ids = [3577,4663,4964,5225,7044,9006,1316,5073,6932];
export const modules = {

/***/ 75186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ readCsvFile),
/* harmony export */   Wk: () => (/* binding */ parseCsv),
/* harmony export */   Zu: () => (/* binding */ decodeCsv),
/* harmony export */   dy: () => (/* binding */ CsvTable)
/* harmony export */ });
/* unused harmony export transferablesOf */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_read_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19043);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76043);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54263);






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
        return (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldText */ .gF)(this.#scan, record, this.#scan.firstField[record] + c);
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
        // a plain start (no flag set) is an unquoted field's
        const start = scan.starts[f];
        if (start >= 0 && start < 1 << 29 && (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .fieldEnd */ .C4)(scan, record, f) - start === 20) {
            const ms = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalAt */ ._E)(scan.text, start);
            if (ms !== undefined)
                return ms;
        }
        return (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .utcMs */ .bp)(this.cell(r, c));
    }
    /** The whole decoded text of the file (the bytes as UTF-8, BOM included). */
    get text() {
        return this.#scan.text;
    }
    /** Row r's cells in header order. */
    cells(r) {
        return (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .recordFields */ .zB)(this.#scan, this.#records[r]);
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
    const { lines, firstField, starts, recordEnds } = parts.scan;
    return [lines, firstField, starts, recordEnds, parts.records].map((a) => a.buffer);
}
/**
 * Reads and parses a CSV file; the bytes read come along, apart from the table, for callers that
 * need provenance (they hash them). The table does not keep them: the decoded text is all it
 * needs, and at 55 MB of inputs a second copy kept for the whole run was a tenth of peak memory.
 */
async function readCsvFile(path, opts) {
    const data = await (0,_util_read_input_js__WEBPACK_IMPORTED_MODULE_3__/* .readInput */ .R)(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path), (code) => (code === 'ENOENT' ? `${opts.file}: file not found; check the path input or create the file` : `${opts.file}: cannot read (${code})`));
    return { table: await parseCsv(data, opts), bytes: data };
}
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
    const { file } = opts;
    const scan = (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .scanCsvOffsets */ .cf)(decodeCsv(data));
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
    const header = (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .recordFields */ .zB)(scan, 0).map((h) => h.trim());
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

/***/ 54263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ scanCsv),
/* harmony export */   C4: () => (/* binding */ fieldEnd),
/* harmony export */   cf: () => (/* binding */ scanCsvOffsets),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   zB: () => (/* binding */ recordFields)
/* harmony export */ });
/* unused harmony export fieldStart */
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
// when it is read (fieldText), usually to die young. Only where a field starts is kept (and where
// each record ends): a field's end follows from where the next one starts, and at 1,000,000
// alarms (42 million fields) a second array of ends was 170 MB.
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
    // The guess is capped by what the text can hold: every field but the last ends at a comma or a
    // line break, so n characters hold at most n + 1 fields. Uncapped, a wide first line over many
    // blank lines (100,000 columns, 100,000 blank lines: 800 KB) asked for ten billion slots.
    const lineGuess = countLf(text, 0, n) + 1;
    const firstLineEnd = indexOr(text, "\n", 0, n);
    let widthGuess = 1;
    for (let k = text.indexOf(","); k !== -1 && k < firstLineEnd; k = text.indexOf(",", k + 1))
        widthGuess++;
    const fieldGuess = Math.min(lineGuess * widthGuess, n + 1);
    const lines = new IntList(lineGuess);
    const firstField = new IntList(lineGuess + 1);
    const starts = new IntList(fieldGuess);
    const recordEnds = new IntList(lineGuess);
    const errors = new Map();
    // the end of the last field pushed: a record's end once its last field is in
    let lastEnd = 0;
    const field = (from, to) => {
        starts.push(from);
        lastEnd = to;
    };
    const finish = () => {
        firstField.push(starts.length);
        if (recordEnds.length < lines.length)
            recordEnds.push(lastEnd);
        return {
            text,
            count: lines.length,
            lines: lines.done(),
            firstField: firstField.done(),
            starts: starts.done(),
            recordEnds: recordEnds.done(),
            errors,
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
        // Fast path: a record without any quote is exactly one physical line split on commas.
        const nl = text.indexOf("\n", i);
        const end = nl === -1 ? n : nl;
        if (nextQuote < i)
            nextQuote = indexOr(text, '"', i, n);
        if (nextQuote >= end) {
            const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
            let from = i;
            // indexOf runs natively: measured 2-3x faster than a charCodeAt loop on these files
            for (let comma = text.indexOf(",", from); comma !== -1 && comma < stop; comma = text.indexOf(",", from)) {
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
                        errors.set(record, "unterminated quoted field");
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
                field(doubled ? ~(from | QUOTED) : from | QUOTED, q);
                i = q + 1;
                const c = text.charCodeAt(i);
                if (c !== COMMA && c !== LF && c !== CR && i < n) {
                    error ??= "text after a closing quote";
                    // resync at the end of this physical line
                    const nl = text.indexOf("\n", i);
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
                        error ??=
                            "a quote inside an unquoted field (quote the whole field and double the quote)";
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
        recordEnds.push(lastEnd);
        if (error)
            errors.set(record, error);
    }
    return finish();
}
/** Where field f's value starts in the text. */
function fieldStart(scan, f) {
    const v = scan.starts[f];
    return (v < 0 ? ~v : v) & ~QUOTED;
}
/**
 * Where field f of record r ends (exclusive): the record's end for its last field, else one before
 * where the next field begins (its comma), or two for a quoted field (its closing quote, then the
 * comma). In a structurally broken record the fields are unreliable, as they always were.
 */
function fieldEnd(scan, r, f) {
    if (f + 1 >= scan.firstField[r + 1])
        return scan.recordEnds[r];
    const v = scan.starts[f];
    const next = scan.starts[f + 1];
    const nextRaw = (next < 0 ? ~next : next) & QUOTED
        ? fieldStart(scan, f + 1) - 1
        : fieldStart(scan, f + 1);
    return (v < 0 ? ~v : v) & QUOTED ? nextRaw - 2 : nextRaw - 1;
}
/** The value of field f (an index into starts) of record r as a string. */
function fieldText(scan, r, f) {
    const text = scan.text.slice(fieldStart(scan, f), fieldEnd(scan, r, f));
    return scan.starts[f] < 0 ? text.replaceAll('""', '"') : text;
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
            line: scan.lines[r],
        };
        return error === undefined ? rec : { ...rec, error };
    });
}
function countLf(text, from, to) {
    let count = 0;
    let k = text.indexOf("\n", from);
    while (k !== -1 && k < to) {
        count++;
        k = text.indexOf("\n", k + 1);
    }
    return count;
}
function indexOr(text, needle, from, fallback) {
    const k = text.indexOf(needle, from);
    return k === -1 ? fallback : k;
}


/***/ }),

/***/ 30702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ checkIndex),
/* harmony export */   fV: () => (/* binding */ readIndexFile),
/* harmony export */   p: () => (/* binding */ failsIn)
/* harmony export */ });
/* unused harmony export CHECKED_COLUMNS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75186);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73365);
/* harmony import */ var _util_read_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19043);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76043);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24310);







// The retention and hold validator (the seed's V1-V6) on index rows, derived or supplied. It reads
// rows as text, so it judges an index this tool wrote and one an auditor or another system
// wrote alike (R2, R3 and R6 cannot come out of the writer; they come from such indexes).
//   V1 signature_verified is true                                  R4 RETENTION_SIGNATURE_UNVERIFIED
//   V2 retention_expiry_utc exists and is canonical UTC            R1 RETENTION_EXPIRY_MISSING
//   V3 an active hold has a reason and an owner                    R3 RETENTION_HOLD_INCOMPLETE
//   V4 a held row is not purge-eligible                            R2 RETENTION_HOLD_PURGE_CONFLICT
//   V5 storage_class is the policy's and storage_uri a git blob    R5 RETENTION_STORAGE_MUTABLE
//   V6 one latest row per series                                   R6 RETENTION_LATEST_DUPLICATE / RETENTION_LATEST_MISSING
// An expired, unheld, purge-eligible row is a warning (R7): it is queued for an approval-required
// purge and nothing is deleted.
/** The columns the validator reads; an index without one of them cannot be judged. */
const CHECKED_COLUMNS = [
    'packet_id',
    'packet_revision',
    'release_window_id',
    'signature_digest',
    'signature_verified',
    'retention_expiry_utc',
    'legal_hold_state',
    'hold_reason',
    'hold_owner',
    'purge_eligible',
    'storage_class',
    'storage_uri',
    'is_latest',
    'last_verified_utc'
];
const GIT_BLOB_URI = /^git:[0-9a-f]{40}(?:[0-9a-f]{24})?:[^#]+#blob=[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const BOOL = new Set(['true', 'false']);
const HOLD_STATES = new Set(['none', 'active', 'released']);
function checkIndex(rows, policy, now, file = 'retention-index') {
    const defects = [];
    const add = (row, line, code, field, detail, action) => defects.push({
        subject: row ? `${row.packet_id || '(no packet_id)'}@${row.packet_revision || '?'}` : file,
        defect_code: code,
        severity: code === 'RETENTION_PURGE_CANDIDATE' || code === 'RETENTION_INDEX_STALE' ? 'warning' : 'blocking',
        owner_role: code === 'RETENTION_HOLD_INCOMPLETE' || code === 'RETENTION_HOLD_PURGE_CONFLICT' || code === 'RETENTION_PURGE_CANDIDATE' ? 'compliance' : 'release-lane',
        required_action: action,
        release_window_id: row?.release_window_id ?? '',
        file,
        line,
        field,
        detail
    });
    const refresh = (0,_policy_js__WEBPACK_IMPORTED_MODULE_6__.durationMs)(policy.index_refresh_interval);
    const latest = new Map();
    rows.forEach((row, i) => {
        const line = i + 2;
        const series = `${row.family ?? ''}\0${row.release_window_id}`;
        latest.set(series, (latest.get(series) ?? 0) + (row.is_latest === 'true' ? 1 : 0));
        for (const c of ['signature_verified', 'purge_eligible', 'is_latest']) {
            if (!BOOL.has(row[c] ?? ''))
                add(row, line, 'RETENTION_ROW_INVALID', c, `${c} is '${row[c] ?? ''}', not true or false`, 'write true or false');
        }
        if (!HOLD_STATES.has(row.legal_hold_state ?? ''))
            add(row, line, 'RETENTION_ROW_INVALID', 'legal_hold_state', `legal_hold_state is '${row.legal_hold_state ?? ''}', not none, active or released`, 'write none, active or released');
        // V1
        if (row.signature_verified !== 'true' || (row.signature_digest ?? '') === '') {
            add(row, line, 'RETENTION_SIGNATURE_UNVERIFIED', 'signature_verified', row.signature_digest ? 'the signature did not verify' : 'the row has no signature_digest', "run 'release-evidence verify' and re-export or restore the revision from history");
        }
        // V2
        const expiry = row.retention_expiry_utc ?? '';
        if (expiry === '' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .isCanonicalUtc */ .xy)(expiry)) {
            add(row, line, 'RETENTION_EXPIRY_MISSING', 'retention_expiry_utc', expiry === '' ? 'the row has no retention expiry' : `'${expiry}' is not canonical UTC (YYYY-MM-DDTHH:MM:SSZ)`, 'derive the index again with the retention policy');
        }
        // V3 (before any purge eligibility is judged: hold checks come first)
        const held = row.legal_hold_state === 'active';
        if (held && ((row.hold_reason ?? '').trim() === '' || (row.hold_owner ?? '').trim() === '')) {
            const missing = [(row.hold_reason ?? '').trim() === '' ? 'reason' : '', (row.hold_owner ?? '').trim() === '' ? 'owner' : ''].filter(Boolean).join(' and ');
            add(row, line, 'RETENTION_HOLD_INCOMPLETE', (row.hold_reason ?? '').trim() === '' ? 'hold_reason' : 'hold_owner', `an active legal hold without its ${missing}`, 'record the hold again with --reason and --owner');
        }
        // V4
        if (held && row.purge_eligible === 'true')
            add(row, line, 'RETENTION_HOLD_PURGE_CONFLICT', 'purge_eligible', 'the row is under an active legal hold and marked purge-eligible', 'a held revision is never purge-eligible: fix whatever set the flag');
        // V5
        if (row.storage_class !== policy.immutable_storage_class || !GIT_BLOB_URI.test(row.storage_uri ?? '')) {
            const why = row.storage_class !== policy.immutable_storage_class ? `storage_class is '${row.storage_class ?? ''}', the policy requires '${policy.immutable_storage_class}'` : `storage_uri '${row.storage_uri ?? ''}' is not a committed git blob (git:<commit>:<path>#blob=<oid>)`;
            add(row, line, 'RETENTION_STORAGE_MUTABLE', 'storage_class', why, 'keep signed revisions only as committed, never-rewritten files on the store branch');
        }
        // R7
        const exp = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .parseUtc */ .y5)(expiry);
        if (!held && row.purge_eligible === 'true' && exp.ok && exp.ms <= now) {
            add(row, line, 'RETENTION_PURGE_CANDIDATE', 'retention_expiry_utc', `expired ${expiry}, no active hold: queued for an approval-required purge (nothing is deleted)`, 'two purge approvers decide; expiry never deletes anything by itself');
        }
        const verified = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .parseUtc */ .y5)(row.last_verified_utc ?? '');
        if (verified.ok && now - verified.ms > refresh)
            add(row, line, 'RETENTION_INDEX_STALE', 'last_verified_utc', `last verified ${row.last_verified_utc}, more than ${policy.index_refresh_interval} ago`, 'derive the index again');
    });
    // V6
    for (const [series, n] of latest) {
        if (n === 1)
            continue;
        const [family, window] = series.split('\0');
        const row = { packet_id: family, packet_revision: '', release_window_id: window };
        if (n > 1)
            add(row, null, 'RETENTION_LATEST_DUPLICATE', 'is_latest', `${n} rows of window ${window}${family ? ` (${family})` : ''} are marked latest`, 'one winner per release window: mark only the highest revision latest');
        else
            add(row, null, 'RETENTION_LATEST_MISSING', 'is_latest', `no row of window ${window}${family ? ` (${family})` : ''} is marked latest`, 'mark the highest revision latest');
    }
    return (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDefects */ .XJ)(defects);
}
/** Codes that fail the stage in each rollout mode: observe reports only; soft gates storage and hold precedence. */
// the seed's sprint 2: hard gates on immutable storage, hold precedence and dual approval
const SOFT_GATES = new Set(['RETENTION_STORAGE_MUTABLE', 'RETENTION_HOLD_PURGE_CONFLICT', 'RETENTION_HOLD_INCOMPLETE', 'RETENTION_SHORTENED', 'HOLD_SIGNER_UNAUTHORIZED', 'RETENTION_PURGE_HELD', 'PURGE_APPROVALS_INSUFFICIENT', 'PURGE_SIGNER_UNAUTHORIZED', 'PURGE_TOMBSTONE_MISMATCH']);
function failsIn(mode, defects) {
    if (mode === 'observe')
        return false;
    return defects.some((d) => d.severity === 'blocking' && (mode === 'full' || SOFT_GATES.has(d.defect_code)));
}
/** Reads a supplied index: the JSON this tool writes ({rows: [...]}, or a bare array) or a CSV. */
async function readIndexFile(path, file) {
    const data = await (0,_util_read_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R)(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path), (code) => `${file}: cannot read the index (${code})`);
    const text = data.toString('utf8').trimStart();
    if (text.startsWith('{') || text.startsWith('[')) {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `${file}: not valid JSON`, cause: err });
        }
        const rows = Array.isArray(doc) ? doc : doc.rows;
        if (!Array.isArray(rows))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `${file}: expected an array of rows or an object with "rows"` });
        return rows.map((r) => Object.fromEntries(Object.entries((r ?? {})).map(([k, v]) => [k, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)])));
    }
    const table = await (0,_csv_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsv */ .Wk)(data, { file, requiredColumns: CHECKED_COLUMNS });
    const out = [];
    for (let r = 0; r < table.size; r++)
        out.push(Object.fromEntries(table.header.map((h, c) => [h, table.cell(r, c)])));
    return out;
}


/***/ }),

/***/ 91802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QUERIES: () => (/* binding */ QUERIES),
/* harmony export */   parseWithin: () => (/* binding */ parseWithin),
/* harmony export */   renderQueryText: () => (/* binding */ renderQueryText),
/* harmony export */   runQuery: () => (/* binding */ runQuery)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(790);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76043);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24310);




// The seed's query views (Q1-Q4) on a derived index:
//   holds     Q1 active legal holds by release window
//   expiring  Q2 series whose expiry falls within --within (default 30d) of now, or has passed
//   latest    Q3 the latest valid revision per release window (verified, write-once)
//   drift     Q4 revisions with signature or storage drift, or a stale verification
const QUERIES = ['holds', 'expiring', 'latest', 'drift'];
/** `30d`, `12h`, or an ISO 8601 duration (P30D). */
function parseWithin(text) {
    const short = /^(\d+)([dhw])$/.exec(text);
    if (short)
        return Number(short[1]) * { d: 86_400_000, h: 3_600_000, w: 7 * 86_400_000 }[short[2]];
    try {
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.durationMs)(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `--within ${text}: use e.g. 30d, 12h, 2w or an ISO 8601 duration (P30D)` });
    }
}
function runQuery(index, query, opts) {
    const latest = index.rows.filter((r) => r.is_latest === 'true');
    const base = { query, commit: index.commit };
    switch (query) {
        case 'holds': {
            const columns = ['release_window_id', 'hold_id', 'reason', 'owner', 'case_id', 'placed_at_utc', 'placed_by', 'file'];
            const rows = index.holds.filter((h) => h.state === 'active').map((h) => ({ release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, case_id: h.case_id ?? '', placed_at_utc: h.placed_at_utc, placed_by: h.placed_by, file: h.file }));
            return { ...base, columns, rows };
        }
        case 'expiring': {
            const within = parseWithin(opts.within ?? '30d');
            const columns = ['family', 'release_window_id', 'packet_id', 'retention_expiry_utc', 'days_left', 'legal_hold_state', 'purge_eligible'];
            const rows = latest
                .flatMap((r) => {
                const e = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.retention_expiry_utc);
                if (!e.ok || e.ms > opts.now + within)
                    return [];
                return [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, retention_expiry_utc: r.retention_expiry_utc, days_left: String(Math.floor((e.ms - opts.now) / 86_400_000)), legal_hold_state: r.legal_hold_state, purge_eligible: r.purge_eligible }];
            })
                .sort((a, b) => (a.retention_expiry_utc < b.retention_expiry_utc ? -1 : a.retention_expiry_utc > b.retention_expiry_utc ? 1 : 0));
            return { ...base, columns, rows };
        }
        case 'latest': {
            const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'incident_window_start_utc', 'incident_window_end_utc', 'signature_digest', 'storage_uri', 'is_latest'];
            const valid = new Map();
            for (const r of index.rows) {
                if (r.signature_verified !== 'true' || r.storage_class === 'mutable')
                    continue;
                const k = `${r.family}\0${r.release_window_id}`;
                const seen = valid.get(k);
                if (!seen || seen.packet_revision < r.packet_revision)
                    valid.set(k, r);
            }
            const rows = [...valid.values()].map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
            return { ...base, columns, rows };
        }
        case 'drift': {
            const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'drift', 'storage_uri'];
            const rows = index.rows.flatMap((r) => {
                const why = [];
                if (r.signature_verified !== 'true')
                    why.push('signature does not verify');
                if (r.storage_class === 'mutable')
                    why.push('not write-once (rewritten, edited or uncommitted)');
                const v = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.last_verified_utc);
                if (!v.ok || opts.now - v.ms > opts.refreshMs)
                    why.push(`last verified ${r.last_verified_utc || 'never'} (older than the refresh interval at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(opts.now)})`);
                return why.length === 0 ? [] : [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, packet_revision: r.packet_revision, drift: why.join('; '), storage_uri: r.storage_uri }];
            });
            return { ...base, columns, rows };
        }
    }
}
function renderQueryText(q) {
    const head = `retention query ${q.query} at ${q.commit}: ${q.rows.length} row${q.rows.length === 1 ? '' : 's'}\n`;
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(q.columns, q.rows.map((r) => q.columns.map((c) => r[c])));
    return q.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}


/***/ }),

/***/ 68883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ INDEX_JSON),
/* harmony export */   Oe: () => (/* binding */ CHECK_CSV),
/* harmony export */   renderCheckText: () => (/* binding */ renderCheckText),
/* harmony export */   renderIndexText: () => (/* binding */ renderIndexText),
/* harmony export */   runCheck: () => (/* binding */ runCheck),
/* harmony export */   runIndex: () => (/* binding */ runIndex),
/* harmony export */   wj: () => (/* binding */ INDEX_CSV)
/* harmony export */ });
/* unused harmony export writeIndex */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9043);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73365);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(790);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30702);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58847);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42012);








// `retention index` and `retention check`: derive the index (and write it to the out dir), then
// run the validator on it or on a supplied index.
const INDEX_CSV = 'retention-index.csv';
const INDEX_JSON = 'retention-index.json';
const CHECK_CSV = 'retention-defects.csv';
async function writeIndex(settings, index) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    const csv = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, INDEX_CSV);
    const json = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, INDEX_JSON);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(csv, (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_7__/* .toCsv */ .g)(_derive_js__WEBPACK_IMPORTED_MODULE_5__.INDEX_COLUMNS, index.rows.map((r) => _derive_js__WEBPACK_IMPORTED_MODULE_5__.INDEX_COLUMNS.map((c) => r[c]))));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(json, `${JSON.stringify(index, null, 2)}\n`);
    return { csv, json };
}
async function runIndex(settings, families, at) {
    const index = await (0,_derive_js__WEBPACK_IMPORTED_MODULE_5__.deriveIndex)({ settings, families, at });
    return { index, files: await writeIndex(settings, index) };
}
async function runCheck(settings, families, opts) {
    let rows;
    let index;
    let source;
    const policy = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.loadRetentionPolicyOf)(settings);
    if (opts.index !== undefined) {
        source = opts.index;
        rows = await (0,_check_js__WEBPACK_IMPORTED_MODULE_4__/* .readIndexFile */ .fV)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, opts.index), opts.index);
    }
    else {
        index = (await runIndex(settings, families, opts.at)).index;
        source = `store at ${index.commit}`;
        rows = index.rows;
    }
    const defects = (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_2__/* .sortDefects */ .XJ)([...(index?.defects ?? []), ...(0,_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkIndex */ .JM)(rows, policy.data, settings.now, opts.index ?? INDEX_CSV)]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, CHECK_CSV), (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_2__/* .defectsToCsv */ .c7)(defects, 'subject'));
    return {
        source,
        index,
        rows: rows.length,
        defects,
        blocking: defects.filter((d) => d.severity === 'blocking').length,
        warnings: defects.filter((d) => d.severity === 'warning').length,
        failed: (0,_check_js__WEBPACK_IMPORTED_MODULE_4__/* .failsIn */ .p)(settings.mode, defects)
    };
}
function renderIndexText(index) {
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTable */ .b)(['window', 'family', 'revision', 'latest', 'verified', 'expiry', 'hold', 'purge', 'storage'], index.rows.map((r) => [r.release_window_id, r.family, r.packet_revision, r.is_latest, r.signature_verified, r.retention_expiry_utc, r.legal_hold_state, r.purge_eligible, r.storage_class]));
    const head = `Retention index at ${index.commit}: ${index.rows.length} revisions, ${index.holds.filter((h) => h.state === 'active').length} active holds\n`;
    return index.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}
function renderCheckText(r) {
    const head = `Retention check of ${r.source}: ${r.rows} rows, ${r.blocking} blocking, ${r.warnings} warnings${r.failed ? ' (failing)' : ''}\n`;
    if (r.defects.length === 0)
        return `${head}All rows pass V1-V6.\n`;
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTable */ .b)(['window', 'subject', 'code', 'severity', 'detail'], r.defects.map((d) => [d.release_window_id, d.subject, d.defect_code, d.severity, d.detail]));
    return `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}


/***/ }),

/***/ 26372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRetentionStage: () => (/* binding */ runRetentionStage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14031);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30702);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91802);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68883);






// The Action's retention stage (after closure): derive the index, run the validator, publish the
// index and the defects as files, and a summary block with the active holds and the expiries of
// the next 30 days. Fails on blocking defects by mode: observe never, soft on storage and hold
// precedence, full on every blocking defect.
async function runRetentionStage(settings, ctx) {
    const r = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__.runCheck)(settings, ctx.families, {});
    const index = r.index;
    const holds = (0,_query_js__WEBPACK_IMPORTED_MODULE_4__.runQuery)(index, 'holds', { now: settings.now, refreshMs: 0 }).rows;
    const expiring = (0,_query_js__WEBPACK_IMPORTED_MODULE_4__.runQuery)(index, 'expiring', { now: settings.now, within: '30d', refreshMs: 0 }).rows;
    const candidates = r.defects.filter((d) => d.defect_code === 'RETENTION_PURGE_CANDIDATE').length;
    const blocking = r.defects.filter((d) => d.severity === 'blocking' && (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .failsIn */ .p)(settings.mode, [d])).length;
    const table = (head, rows) => (rows.length === 0 ? '_none_\n' : `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.slice(0, 100).map((row) => `| ${row.map((c) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCell */ .cz)(c)).join(' | ')} |`).join('\n')}\n`);
    const summaryHead = `## Retention and legal hold: ${r.failed ? '⛔ FAILED' : '✅ PASS'}\n\n` +
        `Index at ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(index.commit)}: ${index.rows.length} revisions, ${holds.length} active holds, ${candidates} purge candidates (approval required; nothing is deleted), ${r.blocking} blocking defects (mode ${settings.mode}).\n\n` +
        `### Active holds\n\n${table(['Window', 'Hold', 'Reason', 'Owner', 'Placed'], holds.map((h) => [h.release_window_id, h.hold_id, h.reason, h.owner, h.placed_at_utc]))}\n` +
        `### Expiring within 30 days\n\n${table(['Window', 'Family', 'Expiry', 'Hold'], expiring.map((e) => [e.release_window_id, e.family, e.retention_expiry_utc, e.legal_hold_state]))}`;
    const files = [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outDir, _run_js__WEBPACK_IMPORTED_MODULE_5__/* .INDEX_CSV */ .wj), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outDir, _run_js__WEBPACK_IMPORTED_MODULE_5__/* .INDEX_JSON */ .IS), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outDir, _run_js__WEBPACK_IMPORTED_MODULE_5__/* .CHECK_CSV */ .Oe)];
    const report = {
        stage: 'retention',
        subjectColumn: 'subject',
        defects: r.defects,
        blocks: (d) => d.severity === 'blocking' && (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .failsIn */ .p)(settings.mode, [d]),
        summaryHead,
        summaryTail: '',
        files,
        defectsFile: files[2]
    };
    const outcome = r.failed ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure, failure: `Retention check failed: ${blocking} blocking defect${blocking === 1 ? '' : 's'}; see the job summary.` } : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass };
    ctx.log.info(`Retention: ${index.rows.length} revisions, ${holds.length} active holds, ${candidates} purge candidates, ${blocking} blocking`);
    return {
        report,
        outputs: { 'retention-index-file': files[0], 'active-holds': String(holds.length), 'purge-candidates': String(candidates), 'retention-blocking-defects': String(blocking) },
        outcome
    };
}


/***/ }),

/***/ 70997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57430);



function signerBlock(signer) {
    return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(signer.at) };
}
/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
function createSigner(key, keyring, at, signerId) {
    const entry = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .findKey */ .Tj)(keyring, key.keyId);
    if (!entry) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
        });
    }
    if (signerId !== undefined && signerId !== entry.signerId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
        });
    }
    const valid = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValidAt */ .je)(entry, at);
    if (!valid.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: valid.code,
            message: `${valid.message} (${keyring.file} ${entry.pointer}); rotate: run 'release-evidence keygen' and add the new key to the keyring`
        });
    }
    return {
        signerId: entry.signerId,
        role: entry.role,
        keyId: entry.keyId,
        demo: entry.demo,
        at,
        sign: (message) => key.sign(message)
    };
}


/***/ }),

/***/ 82951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ macKey),
/* harmony export */   G0: () => (/* binding */ serializeGroup),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   bp: () => (/* binding */ openCache),
/* harmony export */   nk: () => (/* binding */ factsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




// The verify cache makes re-verification proportional to what is new. It holds, per group (one
// top-level folder under the store root, i.e. one window; see check.ts groupOf), the tree id the
// group had at the cached tip, the group's check result, and what re-checking it needs (history
// state of its paths, packet verdicts), the latter in a file of its own named by its sha256. After
// one more commit, verify scans the log of that commit only, re-checks only the groups that commit
// touched or whose tree differs (reading their inputs files only), and takes every other group's
// result from the main file.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a group's result is reused only while the group's tree id at HEAD equals
//     the one it was computed for and no commit after the cached tip touched the group; a packet
//     verdict is keyed by the blob ids of the packet and its envelope. Tree and blob ids are
//     content hashes, so changed bytes anywhere in a window are a cache miss, never a stale pass.
//     Results and verdicts are used only under the verifier fingerprint they were made with
//     (keyring hash, closure policy hash, verifier version), so a changed keyring is a miss too;
//   - history changes: the cache is used only when the commit it was computed at is an ancestor
//     of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch starts from scratch;
//     every commit after the cached tip is scanned, and a group any of them touched is re-checked,
//     so a rewrite after the tip is found like any other, even one that a later commit reverted;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the main file carries an
//     HMAC-SHA256 under a random per-repository key (.git/release-evidence/cache.key, mode 0600)
//     and names each group's inputs file by the sha256 of its content, which is checked on read;
//     anything that fails the MAC or its hash, or does not parse, is ignored and rebuilt;
//   - time: nothing signed after the verification instant is kept, and a group or verdict whose
//     latest signing instant lies after the verification instant is re-checked.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).
const VERSION = 6;
function serializeGroup(root, name, tree, signedMax, result, inputs) {
    const windows = result.windows.map((w) => {
        const dir = `${root}/${w.release_window_id}/`;
        return [w.release_window_id, w.series, w.latest, w.ok ? 1 : 0, w.revisions.map((r) => revisionRow(r, dir))];
    });
    const paths = Object.entries(inputs.state).map(([path, h]) => {
        const row = [path, h.blob, h.origin.commit, h.origin.time, h.origin.order];
        if (h.rewrites.length > 0)
            row.push(h.rewrites);
        return row;
    });
    const facts = Object.entries(inputs.facts).map(([k, f]) => {
        const row = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt, f.demo === true ? 1 : 0];
        if (f.findings.length > 0)
            row.push(f.findings);
        return row;
    });
    const inputsBytes = Buffer.from(JSON.stringify([paths, facts]), 'utf8');
    const inputsHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(inputsBytes).digest('hex');
    return { line: `${name}\t${tree}\t${signedMax}\t${inputsHash}\t${JSON.stringify([windows, result.defects])}`, inputsHash, inputsBytes };
}
// A revision's files are stored by name inside the window's folder (where they always are);
// anything else keeps its full path behind a leading '/', which no git path has.
const fileName = (dir, path) => (path === null ? null : path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);
const filePath = (dir, name) => (name === null ? null : name.startsWith('/') ? name.slice(1) : `${dir}${name}`);
function revisionRow(r, dir) {
    const { packet, signature, log } = r.files;
    return [r.revision, r.packet_id, r.digest, r.supersedes, r.signer_id, r.signed_at_utc, fileName(dir, packet), fileName(dir, signature), fileName(dir, log), r.published_in, r.published_at_utc, r.ok ? 1 : 0];
}
// Lines stay bytes until a field is needed (a TAB byte never occurs inside a UTF-8 sequence), so
// unchanged groups are neither decoded in full nor re-encoded when the file is written again.
const TAB = 0x09;
function parseGroupLine(root, inputsDir, line) {
    const t1 = line.indexOf(TAB);
    const t2 = line.indexOf(TAB, t1 + 1);
    const t3 = line.indexOf(TAB, t2 + 1);
    const t4 = line.indexOf(TAB, t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0)
        return null;
    const signedMax = Number(line.toString('latin1', t2 + 1, t3));
    if (!Number.isFinite(signedMax))
        return null;
    const inputsHash = line.toString('latin1', t3 + 1, t4);
    if (!/^[0-9a-f]{64}$/.test(inputsHash))
        return null;
    return {
        name: line.toString('utf8', 0, t1),
        tree: line.toString('latin1', t1 + 1, t2),
        signedMax,
        line,
        inputsHash,
        result: () => {
            const [windows, defects] = JSON.parse(line.toString('utf8', t4 + 1));
            return { windows: windows.map((w) => windowReport(root, w)), defects };
        },
        inputs: () => {
            let bytes;
            try {
                bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputsDir, `${inputsHash}.json`));
            }
            catch {
                return null;
            }
            if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') !== inputsHash)
                return null;
            const [paths, facts] = JSON.parse(bytes.toString('utf8'));
            const state = {};
            const none = [];
            for (const [path, blob, commit, time, order, rewrites] of paths)
                state[path] = { blob, origin: { commit, time, order }, rewrites: rewrites ?? none };
            const out = {};
            const clean = [];
            for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo, findings] of facts) {
                out[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo: demo === 1, findings: findings ?? clean };
            }
            return { state, facts: out };
        }
    };
}
function windowReport(root, [release_window_id, series, latest, ok, rows]) {
    const dir = `${root}/${release_window_id}/`;
    const revisions = rows.map(([revision, packet_id, digest, supersedes, signer_id, signed_at_utc, packet, signature, log, published_in, published_at_utc, rok]) => ({
        revision,
        packet_id,
        digest,
        supersedes,
        signer_id,
        signed_at_utc,
        files: { packet: filePath(dir, packet), signature: filePath(dir, signature), log: filePath(dir, log) },
        published_in,
        published_at_utc,
        ok: rok === 1
    }));
    return { release_window_id, series, revisions, latest, ok: ok === 1 };
}
/** Verdicts are keyed by content: the blob ids of the packet and its envelope. */
function factsKey(packetOid, signatureOid) {
    return `${packetOid}:${signatureOid ?? '-'}`;
}
/** The per-repository MAC key of .git/release-evidence/ (created when asked), null when absent or damaged. */
async function macKey(dir, create) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cache.key');
    try {
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
    catch {
        if (!create)
            return null;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32), { mode: 0o600, flag: 'wx' });
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
}
/** The cache, or null when absent, unauthentic, unreadable or for another family/root. */
async function openCache(dir, family, root) {
    try {
        const key = await macKey(dir, false);
        if (!key)
            return null;
        // Read and authenticated as bytes: decoding 10 MB through a stream decoder, or hashing it as
        // a JS string, costs more than everything else a warm verify does.
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`));
        const nl = bytes.indexOf(0x0a);
        if (nl < 0)
            return null;
        const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
        const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
        if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
            return null;
        const nl2 = bytes.indexOf(0x0a, nl + 1);
        const nl3 = bytes.indexOf(0x0a, nl2 + 1);
        if (nl2 < 0 || nl3 < 0)
            return null;
        const tip = bytes.toString('latin1', nl + 1, nl2);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip))
            return null;
        return {
            tip,
            parse: () => {
                try {
                    const header = JSON.parse(bytes.toString('utf8', nl2 + 1, nl3));
                    if (header.v !== VERSION || header.family !== family || header.root !== root)
                        return null;
                    const groups = new Map();
                    for (let start = nl3 + 1; start < bytes.length;) {
                        let end = bytes.indexOf(0x0a, start);
                        if (end < 0)
                            end = bytes.length;
                        if (end > start) {
                            const g = parseGroupLine(root, inputsDir(dir, family), bytes.subarray(start, end));
                            if (!g)
                                return null;
                            groups.set(g.name, g);
                        }
                        start = end + 1;
                    }
                    return { family, root, fingerprint: header.fingerprint, commits: header.commits, tip, groups };
                }
                catch {
                    return null;
                }
            }
        };
    }
    catch {
        return null;
    }
}
function inputsDir(dir, family) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.inputs`);
}
/**
 * Writes the new inputs files, then the main file atomically (temp file + rename), then removes
 * inputs files nothing names any more. A failure to cache never fails verification.
 */
async function saveCache(dir, content) {
    try {
        const key = await macKey(dir, true);
        if (!key)
            return false;
        const { family, root, fingerprint, commits } = content.header;
        const inputs = inputsDir(dir, family);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(inputs, { recursive: true, mode: 0o700 });
        const fresh = content.groups.filter((g) => g.inputsBytes !== undefined);
        for (let i = 0; i < fresh.length; i += 64) {
            await Promise.all(fresh.slice(i, i + 64).map((g) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, `${g.inputsHash}.json`), g.inputsBytes, { mode: 0o600 })));
        }
        const newline = Buffer.from('\n');
        const chunks = [Buffer.from(`${content.tip}\n${JSON.stringify({ v: VERSION, family, root, fingerprint, commits })}\n`, 'utf8')];
        for (const g of content.groups)
            chunks.push(typeof g.line === 'string' ? Buffer.from(g.line, 'utf8') : g.line, newline);
        const hmac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key);
        for (const c of chunks)
            hmac.update(c);
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, Buffer.concat([Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), ...chunks]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
        const named = new Set(content.groups.map((g) => `${g.inputsHash}.json`));
        await Promise.all((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(inputs).filter((f) => !named.has(f)).map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, f)).catch(() => undefined)));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 49581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ modeOnly),
/* harmony export */   fA: () => (/* binding */ badMode),
/* harmony export */   rS: () => (/* binding */ modeDefect)
/* harmony export */ });
/* unused harmony exports FILE_MODE, modeDetail */
// Every store file is a regular, non-executable file (mode 100644). A symlink (120000) can point
// a reader or a later write outside the repository, an executable bit (100755) makes evidence
// something to run, a submodule (160000) is another repository's commit in place of a file.
// History says which mode each commit gave a path (`git log --raw`); a commit that gave a store
// path any other mode is a blocking STORE_FILE_MODE, reported for that commit even when a later
// commit set it back, as every write-once violation stays reported.
const FILE_MODE = '100644';
const KIND = { '100755': 'an executable file', '120000': 'a symbolic link', '160000': 'a submodule (gitlink)', '040000': 'a folder' };
/** The mode a change gave its path when it is not 100644 (deletions have none). */
function badMode(e) {
    if (e.status === 'D' || e.newMode === undefined || e.newMode === '' || /^0+$/.test(e.newMode))
        return null;
    return e.newMode === FILE_MODE ? null : e.newMode;
}
/** A change of mode alone (same bytes): not a rewrite of the content. */
function modeOnly(e) {
    return (e.status === 'M' || e.status === 'T') && e.oldOid !== '' && e.oldOid === e.newOid;
}
function modeDetail(path, r) {
    const mode = r.mode ?? '';
    return `commit ${r.commit} ${r.status === 'A' ? 'added' : 'changed'} ${path} as ${KIND[mode] ?? `mode ${mode}`} (mode ${mode}); every store file must be a regular file, mode ${FILE_MODE}`;
}
/** Builds the defect with the store's own defect constructor (check.ts). */
function modeDefect(make, path, r) {
    return make(modeDetail(path, r));
}


/***/ }),

/***/ 64803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uv: () => (/* binding */ readResult),
/* harmony export */   Zk: () => (/* binding */ writeResult)
/* harmony export */ });
/* unused harmony export readNewestResult */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82951);




// A derived result (a retention index, a lineage graph set) computed from the store at one commit
// and remembered for the next run, so that asking again at the same tip costs a file read, and a
// builder that can extend its result can start from the newest one it made.
//
// Same threat model as the verify cache (cache.ts): the file lives in the verifier's own git
// directory (.git/release-evidence/results/), never in the tree, and carries an HMAC under the
// per-repository key, so nothing that arrives through the repository can write or forge it; a
// damaged, copied-in or hand-edited file reads as absent. A result is returned only for the exact
// tip and fingerprint it was stored under. The fingerprint is the caller's promise: it must name
// everything besides the tip that the result depends on (verifier version, pinned trust root,
// policy hashes, the evaluation instant, options), because a result reused under different inputs
// would be a stale answer. A caller that extends the newest result (`readNewestResult`) must check
// itself that its tip is an ancestor of the tip it verifies now.
const VERSION = 1;
const KIND = /^[a-z][a-z0-9-]{0,63}$/;
function fileOf(stateDir, kind) {
    if (!KIND.test(kind))
        throw new Error(`result cache kind ${JSON.stringify(kind)} is not a plain name`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'results', `${kind}.cache`);
}
/** The newest result stored for this kind, whatever its tip and fingerprint; null when absent or unauthentic. */
async function readNewestResult(stateDir, kind) {
    try {
        const key = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .macKey */ .FP)(stateDir, false);
        if (!key)
            return null;
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(fileOf(stateDir, kind));
        const nl = bytes.indexOf(0x0a);
        if (nl < 0)
            return null;
        const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
        const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
        if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
            return null;
        const nl2 = bytes.indexOf(0x0a, nl + 1);
        if (nl2 < 0)
            return null;
        const header = JSON.parse(bytes.toString('utf8', nl + 1, nl2));
        if (header.v !== VERSION || header.kind !== kind || typeof header.tip !== 'string' || typeof header.fingerprint !== 'string')
            return null;
        return { tip: header.tip, fingerprint: header.fingerprint, value: JSON.parse(bytes.toString('utf8', nl2 + 1)) };
    }
    catch {
        return null;
    }
}
/** The result stored for exactly this tip and fingerprint, or null. */
async function readResult(stateDir, kind, tip, fingerprint) {
    const stored = await readNewestResult(stateDir, kind);
    return stored !== null && stored.tip === tip && stored.fingerprint === fingerprint ? stored.value : null;
}
/**
 * Stores one result per kind (replacing the previous one) atomically. A failure to cache never
 * fails the command, so it is reported as false, not thrown.
 */
async function writeResult(stateDir, kind, tip, fingerprint, value) {
    const file = fileOf(stateDir, kind);
    try {
        const key = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .macKey */ .FP)(stateDir, true);
        if (!key)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'results'), { recursive: true, mode: 0o700 });
        const body = Buffer.from(`${JSON.stringify({ v: VERSION, kind, tip, fingerprint })}\n${JSON.stringify(value)}`, 'utf8');
        const mac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(body).digest('hex');
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, Buffer.concat([Buffer.from(`${mac}\n`, 'latin1'), body]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 89360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ foldEvents)
/* harmony export */ });
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49581);

/** Applies events (already in parent-before-child order) to a state; returns the same object. */
function foldEvents(state, events, orderOffset = 0) {
    for (const e of events) {
        const known = state[e.path];
        const origin = { commit: e.commit, time: e.time, order: e.order + orderOffset };
        const mode = (0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .badMode */ .fA)(e);
        if (!known) {
            const marks = mode === null ? [] : [modeRecord(e, mode)];
            if (e.status === 'A')
                state[e.path] = { blob: e.newOid, origin, rewrites: marks };
            else
                state[e.path] = { blob: e.oldOid || e.newOid, origin, rewrites: (0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOnly */ .Ev)(e) ? marks : [rewrite(e), ...marks] };
            continue;
        }
        if (mode !== null && !known.rewrites.some((r) => r.commit === e.commit && r.mode === mode))
            known.rewrites = [...known.rewrites, modeRecord(e, mode)];
        // A mode change alone is not a content rewrite (a bad mode is recorded above; setting it back is the fix).
        if ((0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOnly */ .Ev)(e))
            continue;
        // With `-m`, a merge shows the same addition again against its other parent: same blob, no
        // news. Anything else (other bytes, a modification, a deletion) is a rewrite of published data.
        if (e.status === 'A' && e.newOid === known.blob)
            continue;
        if (known.rewrites.some((r) => r.commit === e.commit && r.status === e.status && r.newOid === e.newOid && r.oldOid === e.oldOid))
            continue;
        // Copy on write: histories loaded from the cache share one empty list.
        known.rewrites = [...known.rewrites, rewrite(e)];
    }
    return state;
}
/** The record a bad mode leaves in a path's history (kept with its rewrites, and in the cache). */
function modeRecord(e, mode) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid, mode };
}
function rewrite(e) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid };
}


/***/ }),

/***/ 34663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   kl: () => (/* binding */ loadVerifierKeyring),
/* harmony export */   q2: () => (/* binding */ loadSignerKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95138);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91899);









/** The TSA pinned by the chain's revision in force (its document was validated, so the PEM parses). */
function tsaOfChain(chain) {
    const tsa = chain.inForce?.doc?.tsa;
    if (!tsa)
        return null;
    return { pinned: (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePinnedTsa */ .i)(tsa.certificate, `${chain.inForce.paths.packet} /tsa/certificate`), requireToken: tsa.require_token === true };
}
/** The chain's keyring at the store's commit, walked from `pin`. */
async function trustedKeyring(settings, pin) {
    const { top, commit } = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .storeCommit */ .Jv)(settings);
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .readChain */ .U)(top, commit, pin, settings.now);
    return keyringOfChain(chain);
}
function keyringOfChain(chain) {
    const r = chain.inForce;
    if (!r?.doc || r.sha256 === null) {
        // No trusted revision: no key is trusted, so every signed revision fails (and verify says why).
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain, tsa: null };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain, tsa: tsaOfChain(chain) };
}
/**
 * The keyring every signed family is judged under: the pinned trust root's. One function for
 * every lesson, so no family can trust the working tree while another is pinned. `what` names
 * the command in the TRUST_ROOT_UNPINNED message.
 */
async function loadVerifierKeyring(settings, what = 'verify') {
    return trustedKeyring(settings, await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .requirePin */ .rC)(settings, what));
}
/**
 * The keyring a writer finds its own key in: the pinned chain's when a pin is configured (so it
 * signs only with a key the chain trusts), else the working-tree keyring policy. Never use it to
 * judge someone else's signature.
 */
async function loadSignerKeyring(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePin */ .Qw)(settings);
    if (pin !== null)
        return { ...(await trustedKeyring(settings, pin)), pinned: true };
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, settings.policies['keyring']);
    return { ...(await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKeyring */ .Or)(abs, (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(settings.workspace, abs))), pinned: false };
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ })

};
