export const id = 9802;
export const ids = [9802];
export const modules = {

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


/***/ }),

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ESCALATION_COLUMNS: () => (/* binding */ ESCALATION_COLUMNS),
  REPORT_FILES: () => (/* binding */ REPORT_FILES),
  escalationsToCsv: () => (/* binding */ escalationsToCsv),
  resultSummary: () => (/* binding */ resultSummary),
  writeCannotEvaluate: () => (/* binding */ writeCannotEvaluate),
  writeLedgerReports: () => (/* binding */ writeLedgerReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/csv/write.ts
var write = __webpack_require__(1424);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/csv/write-file.ts



// A large report written as toCsv would write it, without ever holding all of it: at 1,000,000
// alarms defects.csv is about 65 MB, and building it as one string (then its bytes) beside the
// gate's result was the run's peak memory. Lines are gathered into chunks of about a megabyte,
// each hashed and written in turn, so the file's digest comes with it.
const CHUNK_CHARS = 1 << 20;
/**
 * Writes header + rows as CSV to `path` (a temp file, renamed into place once whole) and returns
 * the sha256 of the bytes written: the same bytes, and so the same digest, as toCsv's text.
 */
async function writeCsvFile(path, header, rows) {
    const tmp = `${path}.${process.pid}.tmp`;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const file = await (0,promises_.open)(tmp, 'w');
    try {
        const flush = async (text) => {
            const bytes = Buffer.from(text);
            hash.update(bytes);
            await file.write(bytes);
        };
        let chunk = (0,write/* csvHeader */.MY)(header);
        for (const row of rows) {
            chunk += (0,write/* csvLine */.zT)(row);
            if (chunk.length >= CHUNK_CHARS) {
                await flush(chunk);
                chunk = '';
            }
        }
        if (chunk.length > 0)
            await flush(chunk);
        await file.close();
    }
    catch (err) {
        await file.close().catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    await (0,promises_.rename)(tmp, path);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(3365);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/ledger/reports.ts







// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,write/* toCsv */.gD)(ESCALATION_COLUMNS, result.escalations.map(escalationRow));
}
function escalationRow(e) {
    return [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail];
}
/**
 * The result without its bulky per-row parts: the headline, windows, counts, readback and
 * digests. `--json` adds the defect and escalation lists; ledger-gate.json names the CSVs that
 * hold them by digest instead, so it stays small at any ledger size.
 */
function resultSummary(result, lists = true) {
    return {
        decision: result.decision,
        mode: result.mode,
        failed: result.failed,
        now_utc: result.now_utc,
        policy: result.policy,
        inputs: result.inputs,
        counts: {
            ...result.counts,
            defects: result.defects.length,
            blocking_in_mode: result.blocking.length,
            escalations: result.escalations.length
        },
        windows: result.windows,
        defect_counts: Object.fromEntries((0,defect/* countByCode */.o3)(result.defects)),
        readback: result.readback,
        ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
    };
}
const REPORT_FILES = {
    defects: 'defects.csv',
    escalations: 'escalations.csv',
    summary: 'ledger-gate.json'
};
/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
async function writeLedgerReports(result, outDir) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const paths = {
        defects: (0,external_node_path_.join)(outDir, REPORT_FILES.defects),
        escalations: (0,external_node_path_.join)(outDir, REPORT_FILES.escalations),
        summary: (0,external_node_path_.join)(outDir, REPORT_FILES.summary)
    };
    // streamed, one row at a time, and hashed as written (csv/write-file.ts)
    const [defectsSha, escalationsSha] = await Promise.all([
        writeCsvFile(paths.defects, (0,defect/* defectCsvHeader */.TL)('alarm_id'), mapped((0,defect/* sortDefects */.XJ)(result.defects), defect/* defectCsvRow */.Qv)),
        writeCsvFile(paths.escalations, ESCALATION_COLUMNS, mapped(result.escalations, escalationRow))
    ]);
    const summary = {
        ...resultSummary(result, false),
        reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha }
    };
    await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return paths;
}
/**
 * A run that cannot evaluate must not leave an earlier run's verdict in the output directory
 * looking like this one's: the two CSVs are removed and ledger-gate.json is replaced by a report
 * that says the run could not evaluate, and why. Best effort: the error that stopped the run is
 * what the caller reports, so a directory that cannot be written changes nothing about it.
 */
async function writeCannotEvaluate(outDir, err, now) {
    const error = err instanceof errors/* UserError */.yo
        ? {
            code: err.code,
            message: err.headline,
            problems: err.problems.slice(0, 200)
        }
        : { code: 'INTERNAL', message: (0,errors/* describeError */.Uc)(err), problems: [] };
    const report = {
        decision: null,
        status: 'cannot-evaluate',
        exit_code: (0,errors/* exitCodeFor */.Rr)(err),
        now_utc: (0,time/* formatUtc */.ay)(now),
        error,
        note: 'The gate could not evaluate its inputs: no decision was made. defects.csv and escalations.csv of any earlier run were removed.'
    };
    try {
        await (0,promises_.mkdir)(outDir, { recursive: true });
        await Promise.all([(0,promises_.rm)((0,external_node_path_.join)(outDir, REPORT_FILES.defects), { force: true }), (0,promises_.rm)((0,external_node_path_.join)(outDir, REPORT_FILES.escalations), { force: true })]);
        await atomicWrite((0,external_node_path_.join)(outDir, REPORT_FILES.summary), `${JSON.stringify(report, null, 2)}\n`);
    }
    catch {
        // the run already fails with exit 2 for `err`; see above
    }
}
function* mapped(items, f) {
    for (const t of items)
        yield f(t);
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
    return path;
}


/***/ })

};
