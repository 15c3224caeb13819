export const id = 2917;
export const ids = [2917];
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

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderGateText: () => (/* binding */ renderGateText)
/* harmony export */ });
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3365);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(790);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4598);



// The human view of a gate result: headline, decisions with reasons, readback, counts by code,
// then the defect table. The same result drives --json and the CSVs; this is only its voice.
/** A terminal is not a spreadsheet: past this many rows, defects.csv is the place to read them. */
const MAX_DEFECT_ROWS = 200;
const MAX_ESCALATION_ROWS = 100;
const HEADLINE = {
    go: 'GO',
    'conditional-go': 'CONDITIONAL GO',
    'no-go': 'NO-GO'
};
function renderGateText(result, written) {
    const out = [];
    const modeNote = result.mode === 'observe'
        ? 'observe mode: report only, never fails'
        : result.mode === 'soft'
            ? `soft mode, which fails only on unacknowledged block alarms and malformed timestamps: ${result.failed ? 'failing' : 'not failing'}`
            : `full mode${result.failed ? ': failing' : ''}`;
    out.push(`Acknowledgment ledger: ${HEADLINE[result.decision]} (${modeNote})`);
    out.push(`now ${result.now_utc}; policy ${result.policy.file} sha256 ${result.policy.sha256}`);
    const c = result.counts;
    out.push(`${c.alarms} alarms, ${c.ledger_rows} ledger rows, ${c.evidence_rows} evidence rows; ${c.passed} alarms pass`);
    out.push('');
    out.push('Release windows');
    out.push(result.windows.length === 0
        ? '(no active alarms)'
        : (0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['WINDOW', 'DECISION', 'ALARMS', 'BLOCKING', 'WARNINGS'], result.windows.map((w) => [w.release_window_id, w.decision, w.alarms, w.blocking, w.warnings]), { align: ['left', 'left', 'right', 'right', 'right'] }));
    for (const w of result.windows) {
        out.push(`${w.release_window_id} ${w.decision}:`);
        for (const r of w.reasons)
            out.push(`  - ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.printable)(r, 400)}`);
    }
    if (result.readback.length > 0) {
        out.push('');
        out.push('Readback (top 3 highest-risk alarms per window; any unknown is no-go)');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['WINDOW', 'ALARM', 'CLASS', 'OWNER', 'ACK BY', 'ACK AT', 'SLA DEADLINE', 'CLOSURE', 'DUP KEYS', 'UNKNOWN'], result.readback.map((r) => [
            r.release_window_id,
            r.alarm_id,
            r.alarm_class,
            r.owner_role,
            r.acknowledged_by,
            r.ack_timestamp_utc,
            r.sla_deadline_utc,
            r.closure_evidence,
            r.duplicate_keys ? 'yes' : 'no',
            r.unknowns.join(', ')
        ])));
    }
    if (result.escalations.length > 0) {
        out.push('');
        out.push(result.escalations.length > MAX_ESCALATION_ROWS ? `Escalations (first ${MAX_ESCALATION_ROWS} of ${result.escalations.length}; all of them are in escalations.csv)` : 'Escalations');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['WINDOW', 'ALARM', 'CLASS', 'STATE', 'ROUTE TO', 'NO-GO', 'DETAIL'], result.escalations.slice(0, MAX_ESCALATION_ROWS).map((e) => [e.release_window_id, e.alarm_id, e.alarm_class, e.state, e.route_to_role, e.no_go ? 'yes' : 'no', e.detail]), { maxCell: 100 }));
    }
    out.push('');
    if (result.defects.length === 0) {
        out.push('No defects.');
    }
    else {
        out.push('Defects by code');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['CODE', 'COUNT'], [...(0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_0__/* .countByCode */ .o3)(result.defects)].map(([k, n]) => [k, n]), { align: ['left', 'right'] }));
        out.push('');
        const shown = result.defects.slice(0, MAX_DEFECT_ROWS);
        out.push(shown.length < result.defects.length ? `Defects (first ${shown.length} of ${result.defects.length}, most severe first; all of them are in defects.csv)` : 'Defects');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['ALARM', 'CODE', 'SEVERITY', 'OWNER ROLE', 'REQUIRED ACTION', 'WINDOW', 'WHERE'], shown.map((d) => [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, `${d.file}${d.line === null ? '' : `:${d.line}`}`]), { maxCell: 90 }));
    }
    if (written) {
        out.push('');
        out.push(`Wrote ${written.defects}, ${written.escalations}, ${written.summary}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
