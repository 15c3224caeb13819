export const id = 229;
export const ids = [229];
export const modules = {

/***/ 229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateLedgerCommand: () => (/* binding */ validateLedgerCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 10 modules
var gate = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/ledger/render.ts
var render = __webpack_require__(2917);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/csv/write.ts
var write = __webpack_require__(9043);
// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(7077);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
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

;// CONCATENATED MODULE: ./src/ledger/command.ts






const validateLedgerCommand = {
    name: 'validate-ledger',
    usage: `Usage: release-evidence validate-ledger [options]

Joins active page/block alarms to the append-only acknowledgment ledger, checks acknowledgment
SLAs, owner roles, resolution targets and closure evidence under the ack-ledger policy, and
decides go / conditional-go / no-go per release window. Writes defects.csv, escalations.csv and
ledger-gate.json to the output directory.

Exit codes: 0 go or conditional-go (or observe mode), 1 no-go in this mode, 2 cannot evaluate.

${context/* COMMON_USAGE */.yo}`,
    async run(args, ctx) {
        const { values, positionals } = (0,context/* parseCommand */.RM)('validate-ledger', args, context/* COMMON_OPTIONS */.DT);
        if (positionals.length > 0) {
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `validate-ledger: unexpected argument '${positionals[0]}'; run 'release-evidence validate-ledger --help'` });
        }
        const settings = (0,context/* settingsFromOptions */.Qu)(values, ctx, ['ledger']);
        const result = await (0,gate/* runLedgerGate */.gL)(settings);
        const paths = await writeLedgerReports(result, settings.outDir);
        if (values.json) {
            ctx.io.stdout(`${JSON.stringify(resultSummary(result), null, 2)}\n`);
        }
        else {
            const rel = (p) => (0,external_node_path_.relative)(ctx.cwd, p) || p;
            ctx.io.stdout((0,render/* renderGateText */.T)(result, { defects: rel(paths.defects), escalations: rel(paths.escalations), summary: rel(paths.summary) }));
        }
        return result.failed ? errors/* ExitCode */.yU.PolicyFailure : errors/* ExitCode */.yU.Pass;
    }
};


/***/ }),

/***/ 2917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ renderGateText)
/* harmony export */ });
/* harmony import */ var _report_defect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7077);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(790);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4598);



// The human view of a gate result: headline, decisions with reasons, readback, counts by code,
// then the defect table. The same result drives --json and the CSVs; this is only its voice.
/** A terminal is not a spreadsheet: past this many rows, defects.csv is the place to read them. */
const MAX_DEFECT_ROWS = 200;
const MAX_ESCALATION_ROWS = 100;
const HEADLINE = { go: 'GO', 'conditional-go': 'CONDITIONAL GO', 'no-go': 'NO-GO' };
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
            out.push(`  - ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(r, 400)}`);
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
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['CODE', 'COUNT'], [...(0,_report_defect_js__WEBPACK_IMPORTED_MODULE_0__/* .countByCode */ .o3)(result.defects)].map(([k, n]) => [k, n]), { align: ['left', 'right'] }));
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
