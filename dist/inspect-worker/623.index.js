export const id = 623;
export const ids = [623];
export const modules = {

/***/ 623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_PURGE_APPROVERS: () => (/* binding */ DEMO_PURGE_APPROVERS),
/* harmony export */   DEMO_PURGE_AT: () => (/* binding */ DEMO_PURGE_AT),
/* harmony export */   DEMO_PURGE_VERIFIED_AT: () => (/* binding */ DEMO_PURGE_VERIFIED_AT),
/* harmony export */   addDemoPurgeApprovers: () => (/* binding */ addDemoPurgeApprovers),
/* harmony export */   runPurgeDemo: () => (/* binding */ runPurgeDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _store_verify_all_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3558);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6043);




// The purge step of `release-evidence demo` (src/closure/demo.ts): lesson 115's purge for real in
// the demo repository, at an instant long after the demo's packets expired. `purge plan` lists
// the candidate, two DEMO-ONLY approvers with the compliance-approver role (their public entries
// joined the keyring before the demo's trust root was made) approve it, the pipeline's demo key
// applies it in one commit (tombstone added, the window's files and page removed), and verify,
// walking the pinned trust root, accepts exactly that deletion. Fixed instants, so every run
// prints the same bytes and makes the same commits.
const DEMO_PURGE_APPROVERS = [
    { id: 'demo-compliance-ann', key: 'examples/keys/DEMO-ONLY-compliance-ann-key.txt' },
    { id: 'demo-compliance-ben', key: 'examples/keys/DEMO-ONLY-compliance-ben-key.txt' }
];
const APPROVERS_KEYRING = 'examples/keys/DEMO-ONLY-purge-approvers.keyring.yaml';
const CI_KEY = 'examples/keys/DEMO-ONLY-signing-key.txt';
const WINDOW = 'rw-2026-11-a';
const FAMILY = 'closure';
/** After every demo packet's expiry (730 days for a window with block-class alarms). */
const DEMO_PURGE_AT = '2029-01-15T12:00:00Z';
/** When the demo verifies the purged store; verifying it earlier finds the purge records signed in its future. */
const DEMO_PURGE_VERIFIED_AT = '2029-01-15T16:00:00Z';
/** The demo purge approvers' public entries join the demo keyring before its trust root is made (src/trust/demo.ts). */
async function addDemoPurgeApprovers(dir, keyringPath) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, keyringPath), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, APPROVERS_KEYRING)));
}
/** Runs the step; true when every command did what the demo expects. */
async function runPurgeDemo({ inv, settings, say }) {
    const dir = settings.workspace;
    const start = Date.parse(DEMO_PURGE_AT);
    const hours = (h) => start + h * 3_600_000;
    for (const a of DEMO_PURGE_APPROVERS)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.key), 0o600);
    const { purgeCommand } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8538));
    const run = async (at, what, values) => {
        let out = '';
        const code = await purgeCommand.run({
            ...inv,
            cwd: dir,
            env: {},
            positionals: [what],
            values,
            io: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) },
            log: { info: () => undefined, warning: () => undefined },
            settings: () => ({ ...settings, now: at })
        });
        return { code, out };
    };
    const indent = (text) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
    const ok = [];
    say(`  At ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(start)}, after the packets' retention expiry. Approvers: ${DEMO_PURGE_APPROVERS.map((a) => a.id).join(', ')} (DEMO-ONLY keys, role compliance-approver); the CI demo key applies, never approves.`);
    const plan = await run(hours(0), 'plan', { window: WINDOW });
    say(`  $ release-evidence purge plan --window ${WINDOW}`);
    say(indent(plan.out));
    ok.push(plan.code === 0 && plan.out.includes(`candidate ${FAMILY} ${WINDOW}`));
    for (const [i, a] of DEMO_PURGE_APPROVERS.entries()) {
        const r = await run(hours(1 + i), 'approve', { window: WINDOW, family: FAMILY, 'key-file': (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.key) });
        say(`  $ release-evidence purge approve --window ${WINDOW} --family ${FAMILY} --key-file ${a.key}`);
        say(indent(r.out));
        ok.push(r.code === 0);
    }
    const applied = await run(hours(3), 'apply', { window: WINDOW, family: FAMILY, 'key-file': (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, CI_KEY) });
    say(`  $ release-evidence purge apply --window ${WINDOW} --family ${FAMILY} --key-file ${CI_KEY}`);
    say(indent(applied.out));
    ok.push(applied.code === 0);
    const verified = await (0,_store_verify_all_js__WEBPACK_IMPORTED_MODULE_2__.verifyRegistered)({ ...settings, now: Date.parse(DEMO_PURGE_VERIFIED_AT), verify: { allowDemoKey: true } }, inv.families, {});
    const purges = verified.defects.filter((d) => d.defect_code === 'PURGE_APPLIED');
    say(`  verify (pinned trust root) at ${DEMO_PURGE_VERIFIED_AT}: ${verified.blocking === 0 ? 'PASS' : `${verified.blocking} blocking`}; the deletion it accepts:`);
    for (const d of purges)
        say(`    PURGE_APPLIED ${d.file}: ${d.detail}`);
    for (const d of verified.defects.filter((x) => x.severity === 'blocking'))
        say(`    ${d.defect_code} ${d.file}: ${d.detail}`);
    say('');
    ok.push(verified.blocking === 0 && purges.length === 1);
    return ok.every(Boolean);
}


/***/ })

};
