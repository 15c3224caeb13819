export const id = 610;
export const ids = [610,4964,2583];
export const modules = {

/***/ 84291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STRATEGY_DEFECTS_FILE: () => (/* binding */ STRATEGY_DEFECTS_FILE),
/* harmony export */   STRATEGY_REPORT_FILE: () => (/* binding */ STRATEGY_REPORT_FILE),
/* harmony export */   runStrategyStage: () => (/* binding */ runStrategyStage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73365);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54565);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14031);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59077);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53719);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72405);
/* harmony import */ var _outcomes_read_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(64665);
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(96483);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(27085);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(89176);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(83167);















// The Action's `strategy` stage: the approval panel of every window in the store (what
// `strategy status` prints) in the job summary, each blocking finding of a latest revision as an
// annotated defect, and a failed step when a latest revision is not approved.
const STRATEGY_REPORT_FILE = 'strategy-status.json';
const STRATEGY_DEFECTS_FILE = 'strategy-defects.csv';
function defectOf(f, s, revision) {
    const info = _codes_js__WEBPACK_IMPORTED_MODULE_8__/* .STRATEGY_CODES */ .p[f.code];
    return {
        subject: `${s.strategy_packet_id ?? s.exception_cluster_id}@${revision}`,
        defect_code: f.code,
        severity: info?.severity ?? 'blocking',
        owner_role: 'strategy_owner',
        required_action: 'collect the missing decisions, or publish a corrected revision after a required signer rejects this one',
        release_window_id: s.release_window_id,
        file: f.file ?? s.revisions.find((r) => r.revision === revision)?.packet_path ?? '',
        line: null,
        field: f.field,
        detail: f.detail
    };
}
async function runStrategyStage(settings, ctx) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_6__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_14__/* .loadStrategyTrust */ .C)(settings, { what: 'the strategy stage' });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(top);
    const head = await repo.headOid();
    const windows = head === null ? [] : (await repo.listFolder(head, _family_js__WEBPACK_IMPORTED_MODULE_9__/* .STRATEGY_FAMILY */ .bj.root)).filter((e) => e.type === 'tree').map((e) => e.path.slice(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .STRATEGY_FAMILY */ .bj.root.length + 1)).filter(_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .isCanonicalId */ ._I).sort();
    const panels = [];
    const json = [];
    const defects = [];
    let passed = true;
    for (const window of windows) {
        const series = (0,_state_js__WEBPACK_IMPORTED_MODULE_13__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_13__/* .windowStatus */ .T)(top, window, trust, settings.now), trust);
        const outcomes = await (0,_outcomes_read_js__WEBPACK_IMPORTED_MODULE_10__/* .outcomesAt */ .h)(top, window, trust, settings.now);
        panels.push((0,_render_js__WEBPACK_IMPORTED_MODULE_12__/* .renderStatus */ .L)(window, series, outcomes));
        json.push({ release_window_id: window, series: series.map((s) => (0,_panel_js__WEBPACK_IMPORTED_MODULE_11__/* .statusJson */ .bj)(s, outcomes)) });
        for (const s of series) {
            passed &&= (0,_panel_js__WEBPACK_IMPORTED_MODULE_11__/* .seriesPasses */ .Nu)(s);
            const latest = s.revisions.at(-1);
            const rev = latest?.revision ?? '';
            for (const f of s.findings)
                defects.push(defectOf(f, s, rev));
            for (const f of latest?.findings ?? [])
                defects.push(defectOf(f, s, rev));
            if (latest?.state === 'rejected')
                defects.push(defectOf({ code: 'STRATEGY_REJECTED', field: 'signer_roster', detail: `${rev} was rejected by a required signer` }, s, rev));
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, STRATEGY_REPORT_FILE);
    const defectsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, STRATEGY_DEFECTS_FILE);
    const sorted = (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDefects */ .XJ)(defects);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportFile, `${JSON.stringify({ passed, windows: json }, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(defectsFile, (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .defectsToCsv */ .c7)(sorted, 'subject'));
    const blocking = sorted.filter((d) => d.severity === 'blocking').length;
    const verdict = windows.length === 0 ? 'no packets' : passed ? '✅ approved' : '⛔ not approved';
    const report = {
        stage: 'strategy',
        subjectColumn: 'subject',
        defects: sorted,
        blocks: (d) => d.severity === 'blocking' && settings.mode !== 'observe',
        summaryHead: `## Strategy approval: ${verdict}\n\n${windows.length} window(s) with strategy-approval packets.\n\n${panels.length > 0 ? `<pre>\n${panels.map(_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC).join('\n')}</pre>\n\n` : ''}`,
        summaryTail: '',
        files: [reportFile, defectsFile],
        defectsFile
    };
    const fails = !passed && settings.mode !== 'observe';
    const outcome = fails ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure, failure: `Strategy approval: ${blocking} blocking defect(s); a latest packet revision is not approved. See the job summary.` } : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass };
    ctx.log.info(`Strategy approval: ${verdict} (${windows.length} windows, ${blocking} blocking defects)`);
    return { report, outputs: { 'strategy-approved': String(passed && windows.length > 0), 'strategy-report-file': reportFile }, outcome };
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
