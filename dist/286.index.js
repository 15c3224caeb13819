export const id = 286;
export const ids = [286];
export const modules = {

/***/ 95286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ESCALATION_COLUMNS: () => (/* binding */ ESCALATION_COLUMNS),
/* harmony export */   escalationsToCsv: () => (/* binding */ escalationsToCsv),
/* harmony export */   resultSummary: () => (/* binding */ resultSummary),
/* harmony export */   writeLedgerReports: () => (/* binding */ writeLedgerReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9043);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73365);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54705);





// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_4__/* .toCsv */ .g)(ESCALATION_COLUMNS, result.escalations.map((e) => [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail]));
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
        counts: { ...result.counts, defects: result.defects.length, blocking_in_mode: result.blocking.length, escalations: result.escalations.length },
        windows: result.windows,
        defect_counts: Object.fromEntries((0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_2__/* .countByCode */ .o3)(result.defects)),
        readback: result.readback,
        ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
    };
}
/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
async function writeLedgerReports(result, outDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
    // encoded once: the same bytes are hashed (on the thread pool) and written
    const defectsCsv = Buffer.from((0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_2__/* .defectsToCsv */ .c7)(result.defects, 'alarm_id'));
    const escalationsCsv = Buffer.from(escalationsToCsv(result));
    const paths = { defects: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'defects.csv'), escalations: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'escalations.csv'), summary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'ledger-gate.json') };
    const [defectsSha, escalationsSha] = await Promise.all([
        (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256HexOffThread */ .U7)(defectsCsv),
        (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256HexOffThread */ .U7)(escalationsCsv),
        atomicWrite(paths.defects, defectsCsv),
        atomicWrite(paths.escalations, escalationsCsv)
    ]);
    const summary = { ...resultSummary(result, false), reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha } };
    await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return paths;
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    return path;
}


/***/ })

};
