export const id = 3930;
export const ids = [3930];
export const modules = {

/***/ 3930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_APPROVERS: () => (/* binding */ DEMO_APPROVERS),
/* harmony export */   addDemoApprovers: () => (/* binding */ addDemoApprovers),
/* harmony export */   runStrategyDemo: () => (/* binding */ runStrategyDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9692);



// Step 6 of `release-evidence demo` (src/closure/demo.ts): lesson 120 for real in the demo
// repository. The pipeline's demo key builds and publishes a strategy-approval packet from
// examples/strategy/, three demo approvers (DEMO-ONLY keys committed under examples/keys/, their
// public entries appended to the demo repository's keyring) decide one after the other, and
// `strategy status` shows the state history gives: pending while one class is missing, then
// approved. Then the outcome review, whose overrun raises a divergence record. Each step runs the
// real command at a fixed instant after the demo's, so every run prints the same bytes.
const DEMO_APPROVERS = [
    { id: 'demo-strategy-owner', key: 'examples/keys/DEMO-ONLY-strategy-owner-key.txt' },
    { id: 'demo-release-authority', key: 'examples/keys/DEMO-ONLY-release-authority-key.txt' },
    { id: 'demo-risk-reviewer', key: 'examples/keys/DEMO-ONLY-risk-reviewer-key.txt' }
];
const APPROVERS_KEYRING = 'examples/keys/DEMO-ONLY-strategy-approvers.keyring.yaml';
const CI_KEY = 'examples/keys/DEMO-ONLY-signing-key.txt';
const WINDOW = 'rw-2026-12-08';
const CLUSTER = 'ec-payments-timeouts';
const INPUTS = [
    '--ranking', 'examples/strategy/ranking-snapshot.json',
    '--decision-file', 'examples/strategy/decision.json',
    '--forecast', 'examples/strategy/forecast-band-snapshot.json',
    '--dashboard', 'examples/strategy/dashboard-extract.json',
    '--simulation-rules', 'examples/strategy/simulation-rules.json',
    '--fail-matrix-run', 'examples/strategy/fail-matrix-run.json'
];
/** Runs the step; true when every command did what the demo expects. */
async function runStrategyDemo({ inv, settings, say }) {
    const dir = settings.workspace;
    const minutes = (m) => settings.now + m * 60_000;
    for (const a of DEMO_APPROVERS)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, a.key), 0o600);
    const run = async (at, args) => {
        let out = '';
        const values = parseValues(args.slice(1));
        const code = await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7643))).strategyCommand.run({
            ...inv,
            cwd: dir,
            env: {},
            positionals: [args[0]],
            values: values,
            io: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) },
            log: { info: () => undefined, warning: () => undefined },
            settings: () => ({ ...settings, now: at })
        });
        return { code, out };
    };
    const indent = (text) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
    const ok = [];
    say(`  Approver keys: ${DEMO_APPROVERS.map((a) => a.id).join(', ')} (DEMO-ONLY, examples/keys/); the CI demo key publishes and never approves.`);
    const built = await run(minutes(10), ['build', '--window', WINDOW, '--cluster', CLUSTER, ...INPUTS, '--key-file', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, CI_KEY)]);
    say(`  $ release-evidence strategy build --window ${WINDOW} --cluster ${CLUSTER} ... --key-file ${CI_KEY}`);
    say(indent(built.out));
    ok.push(built.code === 0);
    const sign = (m, key) => run(minutes(m), ['sign', '--window', WINDOW, '--cluster', CLUSTER, '--decision', 'approve', '--recommend', 'go', '--confirm', 'all', '--key-file', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, key)]);
    const ci = await sign(15, CI_KEY);
    say(`  $ release-evidence strategy sign --decision approve ... --key-file ${CI_KEY}   (the CI key)`);
    say(indent(ci.out));
    ok.push(ci.code === 1 && ci.out.includes('STRATEGY_CI_KEY_APPROVAL'));
    for (const [i, a] of DEMO_APPROVERS.slice(0, 2).entries()) {
        const r = await sign(20 + i * 5, a.key);
        say(`  $ release-evidence strategy sign --decision approve --recommend go --confirm all --key-file ${a.key}`);
        say(indent(r.out));
        ok.push(r.code === 0);
    }
    const pending = await run(minutes(35), ['status', '--window', WINDOW]);
    say(`  $ release-evidence strategy status --window ${WINDOW}   (exit ${pending.code}: one required class is missing)`);
    say(indent(pending.out));
    ok.push(pending.code === 1 && pending.out.includes('pending_signatures'));
    const last = DEMO_APPROVERS[2];
    const signed = await sign(40, last.key);
    say(`  $ release-evidence strategy sign --decision approve --recommend go --confirm all --key-file ${last.key}`);
    say(indent(signed.out));
    ok.push(signed.code === 0);
    const approved = await run(minutes(45), ['status', '--window', WINDOW]);
    say(`  $ release-evidence strategy status --window ${WINDOW}   (exit ${approved.code})`);
    say(indent(approved.out));
    ok.push(approved.code === 0);
    // After the window: convergence took 43 h against a high band of 36 h (+6 h allowed).
    const outcome = await run(minutes(60), ['outcome', '--window', WINDOW, '--cluster', CLUSTER, '--status', 'diverged', '--convergence-hours', '43', '--regression', 'minor:INC-4412', '--key-file', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, DEMO_APPROVERS[0].key)]);
    say(`  $ release-evidence strategy outcome --status diverged --convergence-hours 43 --regression minor:INC-4412 --key-file ${DEMO_APPROVERS[0].key}`);
    say(indent(outcome.out));
    ok.push(outcome.code === 0 && outcome.out.includes('STRATEGY_DIVERGENCE'));
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(dir);
    const head = await repo.headOid();
    const files = head === null ? [] : (await repo.listTree(head, `strategy-approval/${WINDOW}`)).map((f) => f.path);
    say(`  Files under strategy-approval/${WINDOW}/ (write-once, each with its log under validation/):`);
    say(files.map((f) => `    ${f}`).join('\n'));
    say('');
    return ok.every(Boolean);
}
/**
 * The demo repository's keyring gains the demo approvers' public entries before anything is
 * committed, so the trust root the demo migrates and pins (src/trust/demo.ts) carries them:
 * verify never reads the working-tree keyring.
 */
async function addDemoApprovers(dir, keyringPath) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, keyringPath), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, APPROVERS_KEYRING)));
}
/** `--name value` pairs (and repeated names) as the parsed option values the command reads. */
function parseValues(args) {
    const out = {};
    for (let i = 0; i < args.length; i += 2) {
        const name = args[i].replace(/^--/, '');
        const value = args[i + 1];
        if (name === 'confirm' || name === 'regression')
            out[name] = [...(out[name] ?? []), value];
        else
            out[name] = value;
    }
    return out;
}


/***/ })

};
