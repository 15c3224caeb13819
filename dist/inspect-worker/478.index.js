export const id = 478;
export const ids = [478];
export const modules = {

/***/ 8097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INDEX_CACHE_KIND: () => (/* binding */ INDEX_CACHE_KIND),
/* harmony export */   deriveIndex: () => (/* binding */ deriveIndex),
/* harmony export */   deriveIndexAndPolicy: () => (/* binding */ deriveIndexAndPolicy),
/* harmony export */   indexFingerprint: () => (/* binding */ indexFingerprint),
/* harmony export */   inputsFingerprint: () => (/* binding */ inputsFingerprint),
/* harmony export */   resolveAt: () => (/* binding */ resolveAt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _policy_file_digests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6046);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6581);
/* harmony import */ var _store_result_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4803);
/* harmony import */ var _trust_family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2200);
/* harmony import */ var _trust_pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9021);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4705);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6096);










// The retention index remembered between runs (src/store/result-cache.ts: HMAC'd, in
// .git/release-evidence/results/, never in the tree). `retention index`, the queries Q1-Q4,
// `retention check` and `purge plan` all derive the same index, so a second question at the same
// commit reads it instead of re-verifying every revision. It is used only for the exact commit
// it describes and under a fingerprint that names everything else a row depends on; any change
// is a miss and a full derivation, so the cache can make a run faster, never make it pass.
//
// Two fingerprints, the same promise. `inputsFingerprint` is what a warm run computes: it names
// the inputs the trust and every inspector are built from instead of building them, since
// building them walks the trust chain and reads the store through a dozen git processes, which
// was nearly all of a warm run. Those inputs are: the commit HEAD is at (the trust chain, the
// strategy packets a sign-off inspector hashes and the lineage snapshots are read there, so the
// chain's tip is fixed by it), the pin, the bytes of every policy file the settings name, the
// evaluation instant (purge eligibility, hold and signature judgments, last_verified_utc), the
// index's and every family verifier's version tag. The working-tree edits under each family (a
// modified packet is mutable, R5) are kept in the entry and compared on read instead of keyed, so
// that reading the entry overlaps the `git status` that finds them. The working tree's keyring is among the policy files though
// no verdict reads it: hashing one file more costs a miss at worst. It is null when a family has
// no version tag, or when the chain is read elsewhere than at HEAD (a named store branch), and
// `indexFingerprint` (over the built inspectors' fingerprints) keys the entry instead.
const INDEX_CACHE_KIND = 'retention-index';
const INDEX_VERSION = 'retention-index/3';
function modifiedList(modified) {
    return [...modified].map(([name, paths]) => [name, [...paths].sort()]);
}
async function inputsFingerprint(args) {
    const { settings } = args;
    if (settings.git?.storeBranch !== undefined || settings.trust?.commit !== undefined)
        return null;
    if (args.families.some((f) => f.verifierVersion === undefined))
        return null;
    const policies = await (0,_policy_file_digests_js__WEBPACK_IMPORTED_MODULE_2__/* .policyFileDigests */ .m)(settings);
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(JSON.stringify({
        version: INDEX_VERSION,
        fingerprint: 'inputs',
        families: args.families.map((f) => [f.family.name, f.family.root, f.verifierVersion]),
        workspace: settings.workspace,
        head: args.head,
        pin: args.pin,
        policies,
        verify: settings.verify ?? null,
        now: settings.now
    }));
}
function indexFingerprint(args) {
    const { settings, trust } = args;
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(JSON.stringify({
        version: INDEX_VERSION,
        families: args.inspectors.map((i) => [i.family.name, i.family.root, i.fingerprint]),
        trust_root: settings.trust?.root ?? null,
        keyring: trust.keyring.sha256,
        policy: [settings.policies['retention'], trust.policy.file, trust.policy.sha256],
        now: settings.now
    }));
}
async function deriveIndex(args) {
    return (await deriveIndexAndPolicy(args)).index;
}
async function deriveIndexAndPolicy(args) {
    const facts = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_3__/* .repoFacts */ .yQ)(args.settings.workspace);
    if (facts.shallow)
        throw (0,_store_history_js__WEBPACK_IMPORTED_MODULE_3__/* .shallowError */ .Jn)();
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(facts.top);
    const head = facts.head;
    if (head === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; export a closure packet first` });
    const commit = await resolveAt(repo, head, args.at);
    // Every family's inspector would ask git for the top level and HEAD again; this run knows them.
    const settings = args.settings.git?.storeBranch === undefined ? (0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .withKnownRepo */ .GQ)(args.settings, { top: facts.top, commit: head, head }) : args.settings;
    const pin = await (0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .requirePin */ .rC)(settings, 'retention');
    // Holds are the index's own input; the trust root is what every judgment rests on, never evidence to expire or purge.
    const specs = args.families.filter((s) => (0,_family_js__WEBPACK_IMPORTED_MODULE_9__/* .isRetained */ .dE)(s.family) && s.family.name !== _trust_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TRUST_FAMILY */ .UW.name);
    // Working-tree edits make a row mutable (R5): read every run (one git status), never from the
    // cache; the entry is read meanwhile and used only if it saw the same edits.
    const modifiedRead = commit === head ? modifiedByFamily(repo, specs.map((s) => s.family)) : Promise.resolve(new Map(specs.map((s) => [s.family.name, new Set()])));
    const useCache = args.cache !== false && args.inWindow === undefined;
    const warmRead = (async () => {
        const key = useCache ? await inputsFingerprint({ settings, head, pin, families: specs }) : null;
        return { key, cached: key === null ? null : await readCached(facts.stateDir, commit, key) };
    })();
    const [modifiedOf, { key: warmKey, cached: warm }] = await Promise.all([modifiedRead, warmRead]);
    const modified = modifiedList(modifiedOf);
    if (warm !== null && sameModified(warm.modified, modified))
        return warm.index;
    // a miss: only now load the verifiers, the keyring and the policy parser
    const [{ computeIndex, indexTexts }, { loadRetentionTrust }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(3556), __webpack_require__.e(6079), __webpack_require__.e(2622)]).then(__webpack_require__.bind(__webpack_require__, 6079)), __webpack_require__.e(/* import() */ 9631).then(__webpack_require__.bind(__webpack_require__, 2012))]);
    const trust = await loadRetentionTrust(settings, { what: 'retention' });
    const inspectors = await Promise.all(specs.map((spec) => spec.inspector(settings)));
    const fingerprint = warmKey ?? indexFingerprint({ settings, trust, inspectors });
    if (useCache && warmKey === null) {
        const cached = await readCached(facts.stateDir, commit, fingerprint);
        if (cached !== null && sameModified(cached.modified, modified))
            return cached.index;
    }
    const index = await computeIndex({ repo, top: facts.top, settings, commit, trust, inspectors, modifiedOf, inWindow: args.inWindow, scan: args.scan, memo: args.memo });
    const texts = indexTexts(index);
    if (useCache)
        await (0,_store_result_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .writeResult */ .Zk)(facts.stateDir, INDEX_CACHE_KIND, commit, fingerprint, { policy: trust.policy.data, modified }, texts);
    return { policy: trust.policy.data, ...texts, index };
}
/** The edits an entry saw (as stored: untrusted shape) are exactly the edits now. */
function sameModified(stored, now) {
    return JSON.stringify(stored) === JSON.stringify(now);
}
async function readCached(stateDir, commit, fingerprint) {
    const stored = await (0,_store_result_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .readResultParts */ ._9)(stateDir, INDEX_CACHE_KIND, commit, fingerprint);
    if (stored === null)
        return null;
    const { value, parts } = stored;
    if (typeof value.policy !== 'object' || value.policy === null || parts['json'] === undefined || parts['csv'] === undefined)
        return null;
    const json = parts['json'].toString('utf8');
    let index;
    // parsed only by what reads rows (the queries, check): `retention index` writes the texts as they are
    const derived = {
        policy: value.policy,
        json,
        csv: parts['csv'],
        get index() {
            return (index ??= JSON.parse(json));
        }
    };
    return { index: derived, modified: value.modified };
}
/** The working-tree changes under each family's root, from one `git status`. */
async function modifiedByFamily(repo, families) {
    const roots = [...new Set(families.map((f) => f.root))];
    const { modified } = await repo.worktreeChanges(roots);
    return new Map(families.map((f) => [f.name, new Set(modified.filter((p) => p.startsWith(`${f.root}/`)))]));
}
/** --at: a UTC time (the last commit at or before it) or a commit-ish. */
async function resolveAt(repo, head, at) {
    if (at === undefined || at === '')
        return head;
    if (/^\d{4}-\d{2}-\d{2}/.test(at)) {
        const t = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_8__/* .parseUtc */ .y5)(at);
        if (!t.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `--at ${at}: ${t.reason}` });
        const scan = await repo.scanHistory({ root: '.', until: head });
        const times = new Map(scan.events.map((e) => [e.commit, e.time]));
        const before = scan.commits.filter((c) => (times.get(c) ?? Infinity) * 1000 <= t.ms);
        const last = before[before.length - 1];
        if (!last)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `--at ${at}: no commit on HEAD is that old` });
        return last;
    }
    const oid = await repo.tryResolveRef(at);
    if (oid === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `--at ${at}: not a commit or a UTC time` });
    return oid;
}


/***/ })

};
