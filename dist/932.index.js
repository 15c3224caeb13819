export const id = 932;
export const ids = [932];
export const modules = {

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ OUTPUT)
/* harmony export */ });
// Step output names, one place; action.yml documents each (checked by __tests__/action/inputs.test.ts).
const OUTPUT = {
    decision: 'decision',
    blockingDefects: 'blocking-defects',
    defectsFile: 'defects-file',
    packetPaths: 'packet-paths',
    commitSha: 'commit-sha',
    revisions: 'revisions',
    storeBranch: 'store-branch',
    pushed: 'pushed',
    verified: 'verified',
    verifyDefectsFile: 'verify-defects-file'
};


/***/ }),

/***/ 88932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLedgerStage: () => (/* binding */ runLedgerStage)
});

// UNUSED EXPORTS: reportGate

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/csv/write.ts
var write = __webpack_require__(9043);
// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(37077);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
;// CONCATENATED MODULE: ./src/ledger/reports.ts





// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,write/* toCsv */.g)(ESCALATION_COLUMNS, result.escalations.map((e) => [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail]));
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
        defect_counts: Object.fromEntries((0,defect/* countByCode */.o3)(result.defects)),
        readback: result.readback,
        ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
    };
}
/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
async function writeLedgerReports(result, outDir) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    // encoded once: the same bytes are hashed (on the thread pool) and written
    const defectsCsv = Buffer.from((0,defect/* defectsToCsv */.c7)(result.defects, 'alarm_id'));
    const escalationsCsv = Buffer.from(escalationsToCsv(result));
    const paths = { defects: (0,external_node_path_.join)(outDir, 'defects.csv'), escalations: (0,external_node_path_.join)(outDir, 'escalations.csv'), summary: (0,external_node_path_.join)(outDir, 'ledger-gate.json') };
    const [defectsSha, escalationsSha] = await Promise.all([
        (0,hash/* sha256HexOffThread */.U7)(defectsCsv),
        (0,hash/* sha256HexOffThread */.U7)(escalationsCsv),
        atomicWrite(paths.defects, defectsCsv),
        atomicWrite(paths.escalations, escalationsCsv)
    ]);
    const summary = { ...resultSummary(result, false), reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha } };
    await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return paths;
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
    return path;
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/summary.ts + 3 modules
var summary = __webpack_require__(55022);
// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(18948);
;// CONCATENATED MODULE: ./src/action/stages/ledger.ts





/** Turns a gate result into the step's report, outputs and exit code; writes the gate's reports. */
async function reportGate(gate, settings) {
    const written = await writeLedgerReports(gate, settings.outDir);
    const defectsFile = written.defects;
    const report = {
        stage: 'ledger',
        subjectColumn: 'alarm_id',
        defects: gate.defects,
        blocks: (0,annotations/* blockingPredicate */.$_)(gate.blocking),
        summaryHead: (0,summary/* renderGateSummary */.oU)(gate),
        summaryTail: '',
        files: [written.defects, written.escalations, written.summary],
        defectsFile
    };
    const outputs = {
        [action_outputs/* OUTPUT */.a.decision]: gate.decision,
        [action_outputs/* OUTPUT */.a.blockingDefects]: String(gate.blocking.length),
        [action_outputs/* OUTPUT */.a.defectsFile]: defectsFile
    };
    const outcome = gate.failed
        ? { exitCode: errors/* ExitCode */.yU.PolicyFailure, failure: `Ledger gate: ${gate.decision} with ${gate.blocking.length} blocking defect${gate.blocking.length === 1 ? '' : 's'} in ${gate.mode} mode; see the job summary.` }
        : { exitCode: errors/* ExitCode */.yU.Pass };
    return { gate, report, outputs, outcome };
}
async function runLedgerStage(settings) {
    const { runLedgerGate } = await __webpack_require__.e(/* import() */ 912).then(__webpack_require__.bind(__webpack_require__, 65912));
    return reportGate(await runLedgerGate(settings), settings);
}


/***/ })

};
