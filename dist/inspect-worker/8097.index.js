export const id = 8097;
export const ids = [8097,478];
export const modules = {

/***/ 6046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ policyFileDigests)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);



// What a warm cache key names instead of the policies parsed and validated: the bytes of every
// policy file the settings name, by kind. Parsing them (YAML, schemas) costs more than a warm run
// should; any edit changes the digest, so the key misses and the full path judges the file.
/** [kind, path, sha256 of the file's bytes or 'missing'], sorted by kind. */
async function policyFileDigests(settings) {
    const entries = Object.entries(settings.policies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Promise.all(entries.map(async ([kind, path]) => [kind, path, await fileSha256((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, path))]));
}
/** A run that needs a missing file fails before it caches anything, so 'missing' is only a key. */
async function fileSha256(abs) {
    try {
        return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs));
    }
    catch {
        return 'missing';
    }
}


/***/ }),

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


/***/ }),

/***/ 2951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ macKey),
/* harmony export */   G0: () => (/* binding */ serializeGroup),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   bp: () => (/* binding */ openCache),
/* harmony export */   nk: () => (/* binding */ factsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




// The verify cache makes re-verification proportional to what is new. It holds, per group (one
// top-level folder under the store root, i.e. one window; see check.ts groupOf), the tree id the
// group had at the cached tip, the group's check result, and what re-checking it needs (history
// state of its paths, packet verdicts), the latter in a file of its own named by its sha256. After
// one more commit, verify scans the log of that commit only, re-checks only the groups that commit
// touched or whose tree differs (reading their inputs files only), and takes every other group's
// result from the main file.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a group's result is reused only while the group's tree id at HEAD equals
//     the one it was computed for and no commit after the cached tip touched the group; a packet
//     verdict is keyed by the blob ids of the packet and its envelope. Tree and blob ids are
//     content hashes, so changed bytes anywhere in a window are a cache miss, never a stale pass.
//     Results and verdicts are used only under the verifier fingerprint they were made with
//     (keyring hash, closure policy hash, verifier version), so a changed keyring is a miss too;
//   - history changes: the cache is used only when the commit it was computed at is an ancestor
//     of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch starts from scratch;
//     every commit after the cached tip is scanned, and a group any of them touched is re-checked,
//     so a rewrite after the tip is found like any other, even one that a later commit reverted;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the main file carries an
//     HMAC-SHA256 under a random per-repository key (.git/release-evidence/cache.key, mode 0600)
//     and names each group's inputs file by the sha256 of its content, which is checked on read;
//     anything that fails the MAC or its hash, or does not parse, is ignored and rebuilt;
//   - time: nothing signed after the verification instant is kept, and a group or verdict whose
//     latest signing instant lies after the verification instant is re-checked.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).
const VERSION = 7;
function serializeGroup(root, name, tree, signedMax, result, inputs) {
    const windows = result.windows.map((w) => {
        const dir = `${root}/${w.release_window_id}/`;
        return [w.release_window_id, w.series, w.latest, w.ok ? 1 : 0, w.revisions.map((r) => revisionRow(r, dir))];
    });
    const paths = Object.entries(inputs.state).map(([path, h]) => {
        const row = [path, h.blob, h.origin.commit, h.origin.time, h.origin.order];
        if (h.rewrites.length > 0)
            row.push(h.rewrites);
        return row;
    });
    const facts = Object.entries(inputs.facts).map(([k, f]) => {
        const row = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt, f.demo === true ? 1 : 0];
        if (f.findings.length > 0)
            row.push(f.findings);
        return row;
    });
    const inputsBytes = Buffer.from(JSON.stringify([paths, facts]), 'utf8');
    const inputsHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(inputsBytes).digest('hex');
    return { line: `${name}\t${tree}\t${signedMax}\t${inputsHash}\t${JSON.stringify([windows, result.defects])}`, inputsHash, inputsBytes };
}
// A revision's files are stored by name inside the window's folder (where they always are);
// anything else keeps its full path behind a leading '/', which no git path has.
const fileName = (dir, path) => (path === null ? null : path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);
const filePath = (dir, name) => (name === null ? null : name.startsWith('/') ? name.slice(1) : `${dir}${name}`);
function revisionRow(r, dir) {
    const { packet, signature, log } = r.files;
    return [r.revision, r.packet_id, r.digest, r.supersedes, r.signer_id, r.signed_at_utc, fileName(dir, packet), fileName(dir, signature), fileName(dir, log), r.published_in, r.published_at_utc, r.ok ? 1 : 0];
}
// Lines stay bytes until a field is needed (a TAB byte never occurs inside a UTF-8 sequence), so
// unchanged groups are neither decoded in full nor re-encoded when the file is written again.
const TAB = 0x09;
function parseGroupLine(root, inputsDir, line) {
    const t1 = line.indexOf(TAB);
    const t2 = line.indexOf(TAB, t1 + 1);
    const t3 = line.indexOf(TAB, t2 + 1);
    const t4 = line.indexOf(TAB, t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0)
        return null;
    const signedMax = Number(line.toString('latin1', t2 + 1, t3));
    if (!Number.isFinite(signedMax))
        return null;
    const inputsHash = line.toString('latin1', t3 + 1, t4);
    if (!/^[0-9a-f]{64}$/.test(inputsHash))
        return null;
    return {
        name: line.toString('utf8', 0, t1),
        tree: line.toString('latin1', t1 + 1, t2),
        signedMax,
        line,
        inputsHash,
        result: () => {
            const [windows, defects] = JSON.parse(line.toString('utf8', t4 + 1));
            return { windows: windows.map((w) => windowReport(root, w)), defects };
        },
        inputs: () => {
            let bytes;
            try {
                bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputsDir, `${inputsHash}.json`));
            }
            catch {
                return null;
            }
            if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') !== inputsHash)
                return null;
            const [paths, facts] = JSON.parse(bytes.toString('utf8'));
            const state = {};
            const none = [];
            for (const [path, blob, commit, time, order, rewrites] of paths)
                state[path] = { blob, origin: { commit, time, order }, rewrites: rewrites ?? none };
            const out = {};
            const clean = [];
            for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo, findings] of facts) {
                out[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo: demo === 1, findings: findings ?? clean };
            }
            return { state, facts: out };
        }
    };
}
function windowReport(root, [release_window_id, series, latest, ok, rows]) {
    const dir = `${root}/${release_window_id}/`;
    const revisions = rows.map(([revision, packet_id, digest, supersedes, signer_id, signed_at_utc, packet, signature, log, published_in, published_at_utc, rok]) => ({
        revision,
        packet_id,
        digest,
        supersedes,
        signer_id,
        signed_at_utc,
        files: { packet: filePath(dir, packet), signature: filePath(dir, signature), log: filePath(dir, log) },
        published_in,
        published_at_utc,
        ok: rok === 1
    }));
    return { release_window_id, series, revisions, latest, ok: ok === 1 };
}
/** Verdicts are keyed by content: the blob ids of the packet and its envelope. */
function factsKey(packetOid, signatureOid) {
    return `${packetOid}:${signatureOid ?? '-'}`;
}
/** The per-repository MAC key of .git/release-evidence/ (created when asked), null when absent or damaged. */
async function macKey(dir, create) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cache.key');
    try {
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
    catch {
        if (!create)
            return null;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32), { mode: 0o600, flag: 'wx' });
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
}
/** The cache, or null when absent, unauthentic, unreadable or for another family/root. */
async function openCache(dir, family, root) {
    try {
        const key = await macKey(dir, false);
        if (!key)
            return null;
        // Read and authenticated as bytes: decoding 10 MB through a stream decoder, or hashing it as
        // a JS string, costs more than everything else a warm verify does.
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`));
        const nl = bytes.indexOf(0x0a);
        if (nl < 0)
            return null;
        const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
        const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
        if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
            return null;
        const nl2 = bytes.indexOf(0x0a, nl + 1);
        const nl3 = bytes.indexOf(0x0a, nl2 + 1);
        if (nl2 < 0 || nl3 < 0)
            return null;
        const tip = bytes.toString('latin1', nl + 1, nl2);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip))
            return null;
        return {
            tip,
            parse: () => {
                try {
                    const header = JSON.parse(bytes.toString('utf8', nl2 + 1, nl3));
                    if (header.v !== VERSION || header.family !== family || header.root !== root)
                        return null;
                    const groups = new Map();
                    for (let start = nl3 + 1; start < bytes.length;) {
                        let end = bytes.indexOf(0x0a, start);
                        if (end < 0)
                            end = bytes.length;
                        if (end > start) {
                            const g = parseGroupLine(root, inputsDir(dir, family), bytes.subarray(start, end));
                            if (!g)
                                return null;
                            groups.set(g.name, g);
                        }
                        start = end + 1;
                    }
                    return { family, root, fingerprint: header.fingerprint, commits: header.commits, tip, groups };
                }
                catch {
                    return null;
                }
            }
        };
    }
    catch {
        return null;
    }
}
function inputsDir(dir, family) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.inputs`);
}
/**
 * Writes the new inputs files, then the main file atomically (temp file + rename), then removes
 * inputs files nothing names any more. A failure to cache never fails verification.
 */
async function saveCache(dir, content) {
    try {
        const key = await macKey(dir, true);
        if (!key)
            return false;
        const { family, root, fingerprint, commits } = content.header;
        const inputs = inputsDir(dir, family);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(inputs, { recursive: true, mode: 0o700 });
        const fresh = content.groups.filter((g) => g.inputsBytes !== undefined);
        for (let i = 0; i < fresh.length; i += 64) {
            await Promise.all(fresh.slice(i, i + 64).map((g) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, `${g.inputsHash}.json`), g.inputsBytes, { mode: 0o600 })));
        }
        const newline = Buffer.from('\n');
        const chunks = [Buffer.from(`${content.tip}\n${JSON.stringify({ v: VERSION, family, root, fingerprint, commits })}\n`, 'utf8')];
        for (const g of content.groups)
            chunks.push(typeof g.line === 'string' ? Buffer.from(g.line, 'utf8') : g.line, newline);
        const hmac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key);
        for (const c of chunks)
            hmac.update(c);
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, Buffer.concat([Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), ...chunks]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
        const named = new Set(content.groups.map((g) => `${g.inputsHash}.json`));
        await Promise.all((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(inputs).filter((f) => !named.has(f)).map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, f)).catch(() => undefined)));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ writePartedResult),
/* harmony export */   Uv: () => (/* binding */ readResult),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   _9: () => (/* binding */ readResultParts),
/* harmony export */   o1: () => (/* binding */ readPartedResult),
/* harmony export */   oC: () => (/* binding */ readNewestResult)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2951);




// A derived result (a retention index, a lineage graph set) computed from the store at one commit
// and remembered for the next run, so that asking again at the same tip costs a file read, and a
// builder that can extend its result can start from the newest one it made.
//
// Same threat model as the verify cache (cache.ts): the file lives in the verifier's own git
// directory (.git/release-evidence/results/), never in the tree, and carries an HMAC under the
// per-repository key, so nothing that arrives through the repository can write or forge it; a
// damaged, copied-in or hand-edited file reads as absent. A result is returned only for the exact
// tip and fingerprint it was stored under. The fingerprint is the caller's promise: it must name
// everything besides the tip that the result depends on (verifier version, pinned trust root,
// policy hashes, the evaluation instant, options), because a result reused under different inputs
// would be a stale answer. A caller that extends the newest result (`readNewestResult`) must check
// itself that its tip is an ancestor of the tip it verifies now.
//
// Layout: `<hmac hex>\n<header json>\n<value json>[<part bytes>...]`, the HMAC over everything
// after the first line. A result may carry named parts, texts kept byte for byte after the value
// (the header lists their lengths): a 10 MB text inside the JSON value would be escaped on write
// and unescaped by a parse of the whole file on every read, where a part is handed back as it lies.
const VERSION = 1;
const KIND = /^[a-z][a-z0-9-]{0,63}$/;
function fileOf(stateDir, kind) {
    if (!KIND.test(kind))
        throw new Error(`result cache kind ${JSON.stringify(kind)} is not a plain name`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'results', `${kind}.cache`);
}
/**
 * The stored entry of a kind, authenticated: its header and the bytes after it. `want` rejects
 * an entry by its header before the HMAC is computed over what may be many megabytes; nothing
 * from the entry is returned unless its HMAC holds.
 */
async function readAuthentic(stateDir, kind, want) {
    const key = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .macKey */ .FP)(stateDir, false);
    if (!key)
        return null;
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(fileOf(stateDir, kind));
    const nl = bytes.indexOf(0x0a);
    const nl2 = nl < 0 ? -1 : bytes.indexOf(0x0a, nl + 1);
    if (nl2 < 0)
        return null;
    const header = JSON.parse(bytes.toString('utf8', nl + 1, nl2));
    if (header.v !== VERSION || header.kind !== kind || typeof header.tip !== 'string' || typeof header.fingerprint !== 'string')
        return null;
    if (want !== undefined && (header.tip !== want.tip || header.fingerprint !== want.fingerprint))
        return null;
    const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
    if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
        return null;
    return { header, rest: bytes.subarray(nl2 + 1) };
}
/** The value and parts of an authenticated entry; null when its layout does not add up. */
function unpack(header, rest) {
    const { value_bytes: valueBytes, parts: layout } = header;
    if (layout === undefined)
        return { value: JSON.parse(rest.toString('utf8')) };
    if (typeof valueBytes !== 'number' || !Array.isArray(layout))
        return null;
    let at = valueBytes;
    // no prototype: a part named __proto__ is a part like any other
    const parts = Object.create(null);
    for (const p of layout) {
        if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'number')
            return null;
        parts[p[0]] = rest.subarray(at, at + p[1]);
        at += p[1];
    }
    if (at !== rest.length)
        return null;
    return { value: JSON.parse(rest.toString('utf8', 0, valueBytes)), parts };
}
/** The newest result stored for this kind, whatever its tip and fingerprint; null when absent or unauthentic. */
async function readNewestResult(stateDir, kind) {
    try {
        const entry = await readAuthentic(stateDir, kind);
        const unpacked = entry === null ? null : unpack(entry.header, entry.rest);
        if (entry === null || unpacked === null)
            return null;
        return { tip: entry.header.tip, fingerprint: entry.header.fingerprint, ...unpacked };
    }
    catch {
        return null;
    }
}
/** The result stored for exactly this tip and fingerprint, or null (and null for a result with parts). */
async function readResult(stateDir, kind, tip, fingerprint) {
    try {
        const entry = await readAuthentic(stateDir, kind, { tip, fingerprint });
        const unpacked = entry === null ? null : unpack(entry.header, entry.rest);
        return unpacked === null || unpacked.parts !== undefined ? null : unpacked.value;
    }
    catch {
        return null;
    }
}
/** The result and its parts stored for exactly this tip and fingerprint (`writeResult` with parts), or null. */
async function readResultParts(stateDir, kind, tip, fingerprint) {
    try {
        const entry = await readAuthentic(stateDir, kind, { tip, fingerprint });
        const unpacked = entry === null ? null : unpack(entry.header, entry.rest);
        return unpacked === null || unpacked.parts === undefined ? null : unpacked;
    }
    catch {
        return null;
    }
}
/**
 * Stores one result per kind (replacing the previous one) atomically, with `parts` (named texts
 * kept byte for byte; read them back with `readResultParts`). A failure to cache never fails the
 * command, so it is reported as false, not thrown.
 */
async function writeResult(stateDir, kind, tip, fingerprint, value, parts) {
    const file = fileOf(stateDir, kind);
    try {
        const key = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .macKey */ .FP)(stateDir, true);
        if (!key)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'results'), { recursive: true, mode: 0o700 });
        const valueBytes = Buffer.from(JSON.stringify(value), 'utf8');
        const partBytes = Object.entries(parts ?? {}).map(([name, text]) => [name, typeof text === 'string' ? Buffer.from(text, 'utf8') : text]);
        const layout = parts === undefined ? {} : { value_bytes: valueBytes.length, parts: partBytes.map(([name, b]) => [name, b.length]) };
        const header = Buffer.from(`${JSON.stringify({ v: VERSION, kind, tip, fingerprint, ...layout })}\n`, 'utf8');
        const body = [header, valueBytes, ...partBytes.map(([, b]) => b)];
        const mac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key);
        for (const b of body)
            mac.update(b);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, Buffer.concat([Buffer.from(`${mac.digest('hex')}\n`, 'latin1'), ...body]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
        return true;
    }
    catch {
        return false;
    }
}
function writePartedResult(stateDir, kind, tip, fingerprint, meta, parts) {
    const texts = Object.create(null);
    for (const [name, value] of parts)
        texts[name] = JSON.stringify(value);
    return writeResult(stateDir, kind, tip, fingerprint, meta, texts);
}
/** The parted result stored for exactly this tip and fingerprint, or null. */
async function readPartedResult(stateDir, kind, tip, fingerprint) {
    const stored = await readResultParts(stateDir, kind, tip, fingerprint);
    if (stored === null)
        return null;
    const { value, parts } = stored;
    return {
        meta: value,
        names: Object.keys(parts),
        part(name) {
            const bytes = Object.hasOwn(parts, name) ? parts[name] : undefined;
            return bytes === undefined ? undefined : JSON.parse(bytes.toString('utf8'));
        }
    };
}


/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: sha256HexOffThread

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
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

;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
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
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ })

};
