export const id = 5286;
export const ids = [5286];
export const modules = {

/***/ 95286:
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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9043);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73365);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95138);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76043);







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

/***/ 95138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   o4: () => (/* binding */ canonicalSha256)
/* harmony export */ });
/* unused harmony export sha256HexOffThread */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98799);


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

/***/ 98799:
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
