export const id = 4370;
export const ids = [4370];
export const modules = {

/***/ 4370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_NOW: () => (/* binding */ DEMO_NOW),
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9692);
/* harmony import */ var _ledger_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1814);
/* harmony import */ var _ledger_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2917);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8381);
/* harmony import */ var _store_render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8629);
/* harmony import */ var _store_verify_all_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3558);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6043);
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8961);
/* harmony import */ var _export_text_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4895);













// `release-evidence demo` (npm run demo): the whole product on the bundled examples, in a fresh
// temporary git repository, with the published demo key. Deterministic: a fixed instant and fixed
// commit dates, so every run produces the same packets, digests and commit ids.
// Exit code: 0 when the demo ran as designed. The examples deliberately contain a no-go window;
// its decision is printed, not turned into a failure. 1 when a step did not do what the demo
// expects (a packet rejected or the store failing verification), 2 when it cannot run.
const DEMO_NOW = '2026-11-23T16:00:00Z';
const DEMO_KEY = 'examples/keys/DEMO-ONLY-signing-key.txt';
const FIXTURE_DATE = '2026-11-23T12:00:00Z';
const IDENTITY = { name: 'release-evidence demo', email: 'demo@release-evidence.invalid' };
async function runDemo(inv) {
    const values = inv.values;
    const from = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(inv.cwd, values.from ?? '.');
    const now = values.now === undefined ? Date.parse(DEMO_NOW) : (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .parseNow */ .A7)(values.now, inv.clock);
    const say = (text) => inv.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    for (const need of ['examples', 'policies', DEMO_KEY]) {
        if (!(await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, need)))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, need)} not found; run the demo from a checkout of release-evidence (or pass --from DIR)` });
        }
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-evidence-demo-'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, 'examples'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'examples'), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, 'policies'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'policies'), { recursive: true });
    // A private key file must not be group/world readable; the demo's copy is made private too.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, DEMO_KEY), 0o600);
    // lesson 120's DEMO-ONLY approvers join the keyring before the trust root is made from it
    await (await __webpack_require__.e(/* import() */ 3930).then(__webpack_require__.bind(__webpack_require__, 3930))).addDemoApprovers(dir, inv.settings(['ledger', 'closure']).policies['keyring']);
    // and so do lesson 115's DEMO-ONLY purge approvers
    await (await __webpack_require__.e(/* import() */ 623).then(__webpack_require__.bind(__webpack_require__, 623))).addDemoPurgeApprovers(dir, inv.settings(['ledger', 'closure']).policies['keyring']);
    const repo = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .initRepository */ .zY)(dir, { branch: 'main', identity: { ...IDENTITY, date: FIXTURE_DATE } });
    await repo.commitAll('demo: example inputs and policies');
    const settings = {
        // the registry's default inputs and policies, as copied into the demo repository
        ...inv.settings(['ledger', 'closure']),
        workspace: dir,
        mode: 'full',
        now,
        // reports outside the demo repository, so its working tree stays exactly what was committed
        outDir: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-evidence-demo-reports-')),
        signing: { keyFile: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, DEMO_KEY) },
        git: { committerName: IDENTITY.name, committerEmail: IDENTITY.email }
    };
    say(`release-evidence demo at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_10__/* .formatUtc */ .ay)(now)} in ${dir}\n`);
    say('== 1. Acknowledgment-ledger gate ==');
    const gate = await (0,_ledger_gate_js__WEBPACK_IMPORTED_MODULE_5__.runLedgerGate)(settings);
    say((0,_ledger_render_js__WEBPACK_IMPORTED_MODULE_6__.renderGateText)(gate));
    settings.trust = { root: await (await __webpack_require__.e(/* import() */ 9943).then(__webpack_require__.bind(__webpack_require__, 9943))).demoTrustRoot(settings, say) };
    say('== 2. Closure packets: build, sign (DEMO key), verify before publish, commit ==');
    const exported = await (0,_export_js__WEBPACK_IMPORTED_MODULE_11__/* .exportClosure */ .a)({ settings, gate, secrets: { env: {} } });
    say((0,_export_text_js__WEBPACK_IMPORTED_MODULE_12__.renderExportText)(exported));
    say('== 3. Export again: unchanged content writes nothing ==');
    const again = await (0,_export_js__WEBPACK_IMPORTED_MODULE_11__/* .exportClosure */ .a)({ settings, gate, secrets: { env: {} } });
    for (const w of again.windows)
        say(`  ${w.series.window}: ${w.action}${w.action === 'unchanged' ? ' (nothing written)' : ''}`);
    say('');
    say('== 4. Verify the store from git history ==');
    const verified = await (0,_store_verify_all_js__WEBPACK_IMPORTED_MODULE_9__.verifyRegistered)({ ...settings, verify: { allowDemoKey: true } }, inv.families, {});
    say((0,_store_render_js__WEBPACK_IMPORTED_MODULE_8__.renderVerifyText)(verified));
    say('== 5. Retention and legal hold (lesson 115): the index derived from the store ==');
    // Another lesson's published module: the demo walks the product, lesson by lesson.
    const { runIndex, renderIndexText } = await __webpack_require__.e(/* import() */ 8883).then(__webpack_require__.bind(__webpack_require__, 8883));
    const { index } = await runIndex(settings, inv.families);
    say(renderIndexText(index));
    say('== 6. Strategy approval (lesson 120): a packet, three approvers, the state from history, the outcome ==');
    const strategyOk = await (await __webpack_require__.e(/* import() */ 3930).then(__webpack_require__.bind(__webpack_require__, 3930))).runStrategyDemo({ inv, settings, say });
    say('== 7. Lineage graph (lesson 116) ==');
    // after the strategy step's last signature (its outcome, an hour after DEMO_NOW): the graph judges every revision at its build time
    await (await Promise.all(/* import() */[__webpack_require__.e(2163), __webpack_require__.e(7736), __webpack_require__.e(6778)]).then(__webpack_require__.bind(__webpack_require__, 6778))).lineageDemo({ ...settings, now: settings.now + 90 * 60_000 }, say);
    say('== 8. Purge (lesson 115): years later, an expired window leaves the branch with two approvals and a tombstone ==');
    const purgeDemo = await __webpack_require__.e(/* import() */ 623).then(__webpack_require__.bind(__webpack_require__, 623));
    const purgeOk = await purgeDemo.runPurgeDemo({ inv, settings, say });
    const asDesigned = !exported.windows.some((w) => w.action === 'rejected') && again.windows.every((w) => w.action === 'unchanged') && verified.blocking === 0 && index.rows.length > 0 && strategyOk && purgeOk;
    say('== Result ==');
    for (const w of gate.windows)
        say(`  ${w.release_window_id}: ${w.decision}${w.reasons.length > 0 ? ` (${w.reasons[0]})` : ''}`);
    say(asDesigned
        ? `The demo ran as designed: the gate's no-go windows are the examples' point, not a failure of the demo.`
        : 'The demo did NOT run as designed: see the rejected packets or verification defects above.');
    say(`\nLook around:\n  cd ${dir}\n  git log --stat\n  cat closure-packets/*/verify-r001.log\n  release-evidence verify -C ${dir} --trust-root ${settings.trust.root} --allow-demo-key --now ${purgeDemo.DEMO_PURGE_VERIFIED_AT}`);
    return asDesigned ? _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.PolicyFailure;
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderExportText: () => (/* binding */ renderExportText)
/* harmony export */ });
/* harmony import */ var _store_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8629);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4598);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8483);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5325);




// The terminal view of an export: what was written, what was not and why. The JSON view is the
// result object itself.
function actionLine(w) {
    const id = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(w.series.window);
    if (w.action === 'written') {
        const sup = w.revision > 1 ? `, supersedes ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision - 1)}` : '';
        return `${id}: wrote ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision)}${sup} in commit ${w.commitOid} (signature_digest sha256:${w.digest})`;
    }
    if (w.action === 'unchanged') {
        return `${id}: unchanged, nothing written (${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision)} already holds this content)`;
    }
    const codes = [...new Set(w.findings.map((f) => f.code))].join(', ');
    return `${id}: NOT WRITTEN: the signed packet failed verification before publish (${codes}); the window's closure stays pending`;
}
function renderExportText(r) {
    const out = [];
    const written = r.windows.filter((w) => w.action === 'written').length;
    const unchanged = r.windows.filter((w) => w.action === 'unchanged').length;
    const rejected = r.windows.filter((w) => w.action === 'rejected').length;
    out.push(`Closure packets: ${written} written, ${unchanged} unchanged, ${rejected} rejected on branch ${r.branch}`);
    out.push(`signer ${r.signer.signerId} (key ${r.signer.keyId.slice(0, 16)})${r.signer.demo ? ' [DEMO KEY: the private key is public; never trust these signatures]' : ''}`);
    for (const w of r.warnings)
        out.push(`warning: ${w}`);
    out.push('');
    for (const w of r.windows)
        out.push(actionLine(w));
    for (const w of r.windows) {
        out.push('');
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummaryText */ .qw)(w.summary).trimEnd());
        for (const f of w.findings)
            out.push(`  ! ${f.code}${f.field ? ` ${f.field}` : ''}: ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(f.detail, 300)}`);
    }
    const rowDefects = r.windows.flatMap((w) => w.rowDefects);
    if (rowDefects.length > 0) {
        out.push('');
        out.push(`Closure rows left out of packets (${rowDefects.length}); fix the evidence and re-export:`);
        out.push((0,_store_render_js__WEBPACK_IMPORTED_MODULE_0__.renderDefects)(rowDefects));
    }
    return `${out.join('\n')}\n`;
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


/***/ }),

/***/ 8629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WINDOW_TABLE_LIMIT: () => (/* binding */ WINDOW_TABLE_LIMIT),
/* harmony export */   renderDefects: () => (/* binding */ renderDefects),
/* harmony export */   renderVerifyText: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);
/* harmony import */ var _trust_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(493);


// Human views of verify results and of any defect list. The JSON views are the result objects themselves.
function renderDefects(defects) {
    return (0,_report_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .b)(['SEVERITY', 'WINDOW', 'SUBJECT', 'CODE', 'FILE', 'FIELD', 'DETAIL'], defects.map((d) => [d.severity, d.release_window_id, d.subject, d.defect_code, d.file, d.field, d.detail]), { maxCell: 140 });
}
/** Above this many windows the text view lists only the windows with problems (--all: every one). */
const WINDOW_TABLE_LIMIT = 20;
function renderVerifyText(r, opts = {}) {
    const out = [];
    const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0);
    const verdict = r.blocking === 0 ? 'PASS' : 'FAIL';
    out.push(`Store verification: ${verdict}: ${r.root}/ at ${r.headOid ?? '(no commits)'}`);
    out.push(`${r.windows.length} window(s), ${revisions} revision(s); ${r.stats.commits_scanned} commit(s) scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packet(s) inspected (cache ${r.stats.cache})`);
    const trust = (0,_trust_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTrustLine */ .b)(r.trust);
    if (trust)
        out.push(trust);
    out.push('Checked: signature (DSSE Ed25519, keyring), schema and required fields, signature_digest, supersedes chain, UTC timestamps, three files per revision, unique packet identity, no published file modified or deleted in any commit, HEAD descends from every verified tip');
    if (r.verifiedTip)
        out.push(`Verified tip: ${r.verifiedTip} (pin it next time: --since ${r.verifiedTip})`);
    // a store of 1,000 windows is a 1,000-row table: by default only what needs attention
    const shown = opts.all || r.windows.length <= WINDOW_TABLE_LIMIT ? r.windows : r.windows.filter((w) => !w.ok);
    if (shown.length < r.windows.length) {
        out.push('');
        out.push(`${r.windows.length - shown.length} of ${r.windows.length} window(s) ok, not listed (--all lists every window, --json has everything)`);
    }
    if (shown.length > 0) {
        out.push('');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .b)(['WINDOW', 'REVISIONS', 'LATEST', 'SIGNATURE DIGEST', 'SIGNER', 'PUBLISHED IN', 'STATUS'], shown.map((w) => {
            const last = w.revisions[w.revisions.length - 1];
            return [w.series, w.revisions.length, w.latest, last?.digest ? `sha256:${last.digest.slice(0, 16)}` : '-', last?.signer_id ?? '-', last?.published_in?.slice(0, 12) ?? '-', w.ok ? 'ok' : 'FAIL'];
        }), { align: ['left', 'right', 'left', 'left', 'left', 'left', 'left'] }));
    }
    if (r.defects.length > 0) {
        out.push('');
        out.push(`Defects (${r.blocking} blocking)`);
        out.push(renderDefects(r.defects));
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
