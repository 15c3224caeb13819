export const id = 9061;
export const ids = [9061,4663,7044];
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


/***/ })

};
