export const id = 5286;
export const ids = [5286];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ toCsv)
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
    let out = `${header.map(quote).join(',')}\n`;
    for (const row of rows) {
        let line = '';
        for (let i = 0; i < row.length; i++)
            line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
        out += `${line}\n`;
    }
    return out;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    const header = [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .g)(header, sortDefects(defects).map((d) => [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail]));
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
}


/***/ }),

/***/ 5286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ESCALATION_COLUMNS: () => (/* binding */ ESCALATION_COLUMNS),
/* harmony export */   REPORT_FILES: () => (/* binding */ REPORT_FILES),
/* harmony export */   escalationsToCsv: () => (/* binding */ escalationsToCsv),
/* harmony export */   resultSummary: () => (/* binding */ resultSummary),
/* harmony export */   writeCannotEvaluate: () => (/* binding */ writeCannotEvaluate),
/* harmony export */   writeLedgerReports: () => (/* binding */ writeLedgerReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1424);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3365);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5138);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6043);







// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_6__/* .toCsv */ .g)(ESCALATION_COLUMNS, result.escalations.map((e) => [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail]));
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
        defect_counts: Object.fromEntries((0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .countByCode */ .o3)(result.defects)),
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
    // encoded once: the same bytes are hashed and written (createHash: see ledger/row-scan.ts)
    const defectsCsv = Buffer.from((0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .defectsToCsv */ .c7)(result.defects, 'alarm_id'));
    const escalationsCsv = Buffer.from(escalationsToCsv(result));
    const paths = {
        defects: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILES.defects),
        escalations: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILES.escalations),
        summary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILES.summary)
    };
    const defectsSha = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(defectsCsv);
    const escalationsSha = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(escalationsCsv);
    await Promise.all([atomicWrite(paths.defects, defectsCsv), atomicWrite(paths.escalations, escalationsCsv)]);
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
    const error = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo
        ? {
            code: err.code,
            message: err.headline,
            problems: err.problems.slice(0, 200)
        }
        : { code: 'INTERNAL', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(err), problems: [] };
    const report = {
        decision: null,
        status: 'cannot-evaluate',
        exit_code: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(err),
        now_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .formatUtc */ .ay)(now),
        error,
        note: 'The gate could not evaluate its inputs: no decision was made. defects.csv and escalations.csv of any earlier run were removed.'
    };
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
        await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILES.defects), { force: true }), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILES.escalations), { force: true })]);
        await atomicWrite((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, REPORT_FILES.summary), `${JSON.stringify(report, null, 2)}\n`);
    }
    catch {
        // the run already fails with exit 2 for `err`; see above
    }
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    return path;
}


/***/ }),

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   o4: () => (/* binding */ canonicalSha256)
/* harmony export */ });
/* unused harmony export sha256HexOffThread */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8799);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
async function sha256HexOffThread(data) {
    return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
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


/***/ })

};
