export const id = 8883;
export const ids = [8883,4310,2012,478];
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

/***/ 702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ checkIndex),
/* harmony export */   fV: () => (/* binding */ readIndexFile),
/* harmony export */   p: () => (/* binding */ failsIn)
/* harmony export */ });
/* unused harmony export CHECKED_COLUMNS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5186);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3365);
/* harmony import */ var _util_read_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9043);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6043);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4310);







// The retention and hold validator (the seed's V1-V6) on index rows, derived or supplied. It reads
// rows as text, so it judges an index this tool wrote and one an auditor or another system
// wrote alike (R2, R3 and R6 cannot come out of the writer; they come from such indexes).
//   V1 signature_verified is true                                  R4 RETENTION_SIGNATURE_UNVERIFIED
//   V2 retention_expiry_utc exists and is canonical UTC            R1 RETENTION_EXPIRY_MISSING
//   V3 an active hold has a reason and an owner                    R3 RETENTION_HOLD_INCOMPLETE
//   V4 a held row is not purge-eligible                            R2 RETENTION_HOLD_PURGE_CONFLICT
//   V5 storage_class is the policy's and storage_uri a git blob    R5 RETENTION_STORAGE_MUTABLE
//   V6 one latest row per series                                   R6 RETENTION_LATEST_DUPLICATE / RETENTION_LATEST_MISSING
// An expired, unheld, purge-eligible row is a warning (R7): it is queued for an approval-required
// purge and nothing is deleted.
/** The columns the validator reads; an index without one of them cannot be judged. */
const CHECKED_COLUMNS = [
    'packet_id',
    'packet_revision',
    'release_window_id',
    'signature_digest',
    'signature_verified',
    'retention_expiry_utc',
    'legal_hold_state',
    'hold_reason',
    'hold_owner',
    'purge_eligible',
    'storage_class',
    'storage_uri',
    'is_latest',
    'last_verified_utc'
];
const GIT_BLOB_URI = /^git:[0-9a-f]{40}(?:[0-9a-f]{24})?:[^#]+#blob=[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const BOOL = new Set(['true', 'false']);
const HOLD_STATES = new Set(['none', 'active', 'released']);
function checkIndex(rows, policy, now, file = 'retention-index') {
    const defects = [];
    const add = (row, line, code, field, detail, action) => defects.push({
        subject: row ? `${row.packet_id || '(no packet_id)'}@${row.packet_revision || '?'}` : file,
        defect_code: code,
        severity: code === 'RETENTION_PURGE_CANDIDATE' || code === 'RETENTION_INDEX_STALE' ? 'warning' : 'blocking',
        owner_role: code === 'RETENTION_HOLD_INCOMPLETE' || code === 'RETENTION_HOLD_PURGE_CONFLICT' || code === 'RETENTION_PURGE_CANDIDATE' ? 'compliance' : 'release-lane',
        required_action: action,
        release_window_id: row?.release_window_id ?? '',
        file,
        line,
        field,
        detail
    });
    const refresh = (0,_policy_js__WEBPACK_IMPORTED_MODULE_6__.durationMs)(policy.index_refresh_interval);
    const latest = new Map();
    rows.forEach((row, i) => {
        const line = i + 2;
        const series = `${row.family ?? ''}\0${row.release_window_id}`;
        latest.set(series, (latest.get(series) ?? 0) + (row.is_latest === 'true' ? 1 : 0));
        for (const c of ['signature_verified', 'purge_eligible', 'is_latest']) {
            if (!BOOL.has(row[c] ?? ''))
                add(row, line, 'RETENTION_ROW_INVALID', c, `${c} is '${row[c] ?? ''}', not true or false`, 'write true or false');
        }
        if (!HOLD_STATES.has(row.legal_hold_state ?? ''))
            add(row, line, 'RETENTION_ROW_INVALID', 'legal_hold_state', `legal_hold_state is '${row.legal_hold_state ?? ''}', not none, active or released`, 'write none, active or released');
        // V1
        if (row.signature_verified !== 'true' || (row.signature_digest ?? '') === '') {
            add(row, line, 'RETENTION_SIGNATURE_UNVERIFIED', 'signature_verified', row.signature_digest ? 'the signature did not verify' : 'the row has no signature_digest', "run 'release-evidence verify' and re-export or restore the revision from history");
        }
        // V2
        const expiry = row.retention_expiry_utc ?? '';
        if (expiry === '' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .isCanonicalUtc */ .xy)(expiry)) {
            add(row, line, 'RETENTION_EXPIRY_MISSING', 'retention_expiry_utc', expiry === '' ? 'the row has no retention expiry' : `'${expiry}' is not canonical UTC (YYYY-MM-DDTHH:MM:SSZ)`, 'derive the index again with the retention policy');
        }
        // V3 (before any purge eligibility is judged: hold checks come first)
        const held = row.legal_hold_state === 'active';
        if (held && ((row.hold_reason ?? '').trim() === '' || (row.hold_owner ?? '').trim() === '')) {
            const missing = [(row.hold_reason ?? '').trim() === '' ? 'reason' : '', (row.hold_owner ?? '').trim() === '' ? 'owner' : ''].filter(Boolean).join(' and ');
            add(row, line, 'RETENTION_HOLD_INCOMPLETE', (row.hold_reason ?? '').trim() === '' ? 'hold_reason' : 'hold_owner', `an active legal hold without its ${missing}`, 'record the hold again with --reason and --owner');
        }
        // V4
        if (held && row.purge_eligible === 'true')
            add(row, line, 'RETENTION_HOLD_PURGE_CONFLICT', 'purge_eligible', 'the row is under an active legal hold and marked purge-eligible', 'a held revision is never purge-eligible: fix whatever set the flag');
        // V5
        if (row.storage_class !== policy.immutable_storage_class || !GIT_BLOB_URI.test(row.storage_uri ?? '')) {
            const why = row.storage_class !== policy.immutable_storage_class ? `storage_class is '${row.storage_class ?? ''}', the policy requires '${policy.immutable_storage_class}'` : `storage_uri '${row.storage_uri ?? ''}' is not a committed git blob (git:<commit>:<path>#blob=<oid>)`;
            add(row, line, 'RETENTION_STORAGE_MUTABLE', 'storage_class', why, 'keep signed revisions only as committed, never-rewritten files on the store branch');
        }
        // R7
        const exp = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .parseUtc */ .y5)(expiry);
        if (!held && row.purge_eligible === 'true' && exp.ok && exp.ms <= now) {
            add(row, line, 'RETENTION_PURGE_CANDIDATE', 'retention_expiry_utc', `expired ${expiry}, no active hold: queued for an approval-required purge (nothing is deleted)`, 'two purge approvers decide; expiry never deletes anything by itself');
        }
        const verified = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .parseUtc */ .y5)(row.last_verified_utc ?? '');
        if (verified.ok && now - verified.ms > refresh)
            add(row, line, 'RETENTION_INDEX_STALE', 'last_verified_utc', `last verified ${row.last_verified_utc}, more than ${policy.index_refresh_interval} ago`, 'derive the index again');
    });
    // V6
    for (const [series, n] of latest) {
        if (n === 1)
            continue;
        const [family, window] = series.split('\0');
        const row = { packet_id: family, packet_revision: '', release_window_id: window };
        if (n > 1)
            add(row, null, 'RETENTION_LATEST_DUPLICATE', 'is_latest', `${n} rows of window ${window}${family ? ` (${family})` : ''} are marked latest`, 'one winner per release window: mark only the highest revision latest');
        else
            add(row, null, 'RETENTION_LATEST_MISSING', 'is_latest', `no row of window ${window}${family ? ` (${family})` : ''} is marked latest`, 'mark the highest revision latest');
    }
    return (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDefects */ .XJ)(defects);
}
/** Codes that fail the stage in each rollout mode: observe reports only; soft gates storage and hold precedence. */
// the seed's sprint 2: hard gates on immutable storage, hold precedence and dual approval
const SOFT_GATES = new Set(['RETENTION_STORAGE_MUTABLE', 'RETENTION_HOLD_PURGE_CONFLICT', 'RETENTION_HOLD_INCOMPLETE', 'RETENTION_SHORTENED', 'HOLD_SIGNER_UNAUTHORIZED', 'RETENTION_PURGE_HELD', 'PURGE_APPROVALS_INSUFFICIENT', 'PURGE_SIGNER_UNAUTHORIZED', 'PURGE_TOMBSTONE_MISMATCH']);
function failsIn(mode, defects) {
    if (mode === 'observe')
        return false;
    return defects.some((d) => d.severity === 'blocking' && (mode === 'full' || SOFT_GATES.has(d.defect_code)));
}
/** Reads a supplied index: the JSON this tool writes ({rows: [...]}, or a bare array) or a CSV. */
async function readIndexFile(path, file) {
    const data = await (0,_util_read_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R)(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path), (code) => `${file}: cannot read the index (${code})`);
    const text = data.toString('utf8').trimStart();
    if (text.startsWith('{') || text.startsWith('[')) {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `${file}: not valid JSON`, cause: err });
        }
        const rows = Array.isArray(doc) ? doc : doc.rows;
        if (!Array.isArray(rows))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `${file}: expected an array of rows or an object with "rows"` });
        return rows.map((r) => Object.fromEntries(Object.entries((r ?? {})).map(([k, v]) => [k, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)])));
    }
    const table = await (0,_csv_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCsv */ .Wk)(data, { file, requiredColumns: CHECKED_COLUMNS });
    const out = [];
    for (let r = 0; r < table.size; r++)
        out.push(Object.fromEntries(table.header.map((h, c) => [h, table.cell(r, c)])));
    return out;
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

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays),
/* harmony export */   retentionPolicyParser: () => (/* binding */ retentionPolicyParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

async function loadRetentionPolicy(path, file = path) {
    // the YAML parser and the schema validators load on first use: a warm index query needs neither
    const { loadPolicyFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return checkRetentionPolicy(await loadPolicyFile('retention', path, file));
}
/** A parser of retention policy texts (the committed versions of the policy file). */
async function retentionPolicyParser() {
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return (text, file) => checkRetentionPolicy(parsePolicy('retention', text, file));
}
function checkRetentionPolicy(policy) {
    const { data, file } = policy;
    const problems = [];
    const ci = new Set(data.ci_roles);
    for (const [field, roles] of [['hold_roles', data.hold_roles], ['purge_roles', data.purge_roles]]) {
        roles.forEach((r, i) => {
            if (ci.has(r))
                problems.push({ file, field: `/${field}/${i}`, message: `'${r}' is also a CI role`, fix: 'give holds and purge approvals to people, never to the pipeline key' });
        });
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'POLICY_INVALID', message: `${file}: invalid retention policy`, problems });
    return policy;
}
/** The days a window is kept: the longest period that applies to it. */
function retentionDays(policy, hasBlockRow) {
    return hasBlockRow ? Math.max(policy.retention_days_default, policy.retention_days_block_alarms) : policy.retention_days_default;
}
/** ISO 8601 duration (the schema's subset: weeks, days, hours, minutes, seconds) in ms. */
function durationMs(text) {
    const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
    if (!m)
        throw new RangeError(`'${text}' is not an ISO 8601 duration`);
    const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
    return ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000;
}


/***/ }),

/***/ 8883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_CSV: () => (/* binding */ CHECK_CSV),
/* harmony export */   INDEX_CSV: () => (/* binding */ INDEX_CSV),
/* harmony export */   INDEX_JSON: () => (/* binding */ INDEX_JSON),
/* harmony export */   renderCheckText: () => (/* binding */ renderCheckText),
/* harmony export */   renderIndexText: () => (/* binding */ renderIndexText),
/* harmony export */   runCheck: () => (/* binding */ runCheck),
/* harmony export */   runIndex: () => (/* binding */ runIndex),
/* harmony export */   runIndexMerge: () => (/* binding */ runIndexMerge),
/* harmony export */   runIndexShard: () => (/* binding */ runIndexShard),
/* harmony export */   writeIndex: () => (/* binding */ writeIndex)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6581);
/* harmony import */ var _trust_pin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9021);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3365);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(790);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(702);
/* harmony import */ var _index_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8097);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2012);











// `retention index` and `retention check`: derive the index (and write it to the out dir), then
// run the validator on it or on a supplied index.
const INDEX_CSV = 'retention-index.csv';
const INDEX_JSON = 'retention-index.json';
const CHECK_CSV = 'retention-defects.csv';
async function writeIndex(settings, texts) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    const files = { csv: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, INDEX_CSV), json: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, INDEX_JSON) };
    await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files.csv, texts.csv), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files.json, texts.json)]);
    return files;
}
async function runIndex(settings, families, at, cache = true) {
    const derived = await (0,_index_cache_js__WEBPACK_IMPORTED_MODULE_9__.deriveIndexAndPolicy)({ settings, families, at, cache });
    const files = await writeIndex(settings, derived);
    // `index` stays lazy: a warm run that prints the JSON never parses its rows
    return {
        get index() {
            return derived.index;
        },
        json: derived.json,
        files
    };
}
async function runCheck(settings, families, opts) {
    let rows;
    let index;
    let source;
    const policy = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_10__.loadRetentionPolicyOf)(settings);
    if (opts.index !== undefined) {
        source = opts.index;
        rows = await (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .readIndexFile */ .fV)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, opts.index), opts.index);
    }
    else {
        index = (await runIndex(settings, families, opts.at, opts.cache)).index;
        source = `store at ${index.commit}`;
        rows = index.rows;
    }
    const defects = (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_6__/* .sortDefects */ .XJ)([...(index?.defects ?? []), ...(0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .checkIndex */ .JM)(rows, policy.data, settings.now, opts.index ?? INDEX_CSV)]);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, CHECK_CSV), (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_6__/* .defectsToCsv */ .c7)(defects, 'subject'));
    return {
        source,
        index,
        rows: rows.length,
        defects,
        blocking: defects.filter((d) => d.severity === 'blocking').length,
        warnings: defects.filter((d) => d.severity === 'warning').length,
        failed: (0,_check_js__WEBPACK_IMPORTED_MODULE_8__/* .failsIn */ .p)(settings.mode, defects)
    };
}
function renderIndexText(index) {
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTable */ .b)(['window', 'family', 'revision', 'latest', 'verified', 'expiry', 'hold', 'purge', 'storage'], index.rows.map((r) => [r.release_window_id, r.family, r.packet_revision, r.is_latest, r.signature_verified, r.retention_expiry_utc, r.legal_hold_state, r.purge_eligible, r.storage_class]));
    const head = `Retention index at ${index.commit}: ${index.rows.length} revisions, ${index.holds.filter((h) => h.state === 'active').length} active holds\n`;
    return index.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}
function renderCheckText(r) {
    const head = `Retention check of ${r.source}: ${r.rows} rows, ${r.blocking} blocking, ${r.warnings} warnings${r.failed ? ' (failing)' : ''}\n`;
    if (r.defects.length === 0)
        return `${head}All rows pass V1-V6.\n`;
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_7__/* .renderTable */ .b)(['window', 'subject', 'code', 'severity', 'detail'], r.defects.map((d) => [d.release_window_id, d.subject, d.defect_code, d.severity, d.detail]));
    return `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}
/** `retention index --shard I/N --out FILE`: this shard's part of the index, with what it covered. */
async function runIndexShard(settings, families, spec, out, at) {
    const { windowFilter, windowsAt, shardRecord } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(3556), __webpack_require__.e(6079), __webpack_require__.e(8290)]).then(__webpack_require__.bind(__webpack_require__, 8290));
    const derived = await (0,_index_cache_js__WEBPACK_IMPORTED_MODULE_9__.deriveIndexAndPolicy)({ settings, families, at, inWindow: windowFilter(spec) });
    const index = derived.index;
    const facts = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoFacts */ .yQ)(settings.workspace);
    const [pin, windows] = await Promise.all([(0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_5__/* .requirePin */ .rC)(settings, 'retention index'), windowsAt((0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(facts.top), index.commit, families)]);
    const shard = { shard: shardRecord({ spec, index, pin, now: index.generated_at_utc, windows }), index };
    await writeJsonFile(settings.workspace, out, shard);
    return shard;
}
/** `retention merge FILE...`: the whole index from every shard's file, written as `retention index` writes it. */
async function runIndexMerge(settings, families, names, at) {
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: "retention merge: no shard file given; pass every file written by 'retention index --shard I/N --out FILE', e.g. retention merge shards/*.json" });
    const { parseIndexShard, mergeIndexShards, windowsAt } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(3556), __webpack_require__.e(6079), __webpack_require__.e(8290)]).then(__webpack_require__.bind(__webpack_require__, 8290));
    const shards = await Promise.all(names.map(async (name) => ({ name, shard: parseIndexShard(name, await readShardFile(settings.workspace, name)) })));
    const pin = await (0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_5__/* .requirePin */ .rC)(settings, 'retention merge');
    const facts = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoFacts */ .yQ)(settings.workspace);
    if (facts.head === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; the merge lists the windows of the store commit itself` });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(facts.top);
    const commit = await (0,_index_cache_js__WEBPACK_IMPORTED_MODULE_9__.resolveAt)(repo, facts.head, at);
    const index = mergeIndexShards(shards, { commit, pin, windows: await windowsAt(repo, commit, families) });
    const { indexTexts } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(3556), __webpack_require__.e(6079)]).then(__webpack_require__.bind(__webpack_require__, 6079));
    const texts = indexTexts(index);
    return { index, json: texts.json, files: await writeIndex(settings, texts) };
}
async function readShardFile(workspace, name) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, name), 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `retention merge: cannot read ${name} (${err.code ?? 'error'}); pass the shard files the matrix jobs uploaded`, cause: err });
    }
}
async function writeJsonFile(workspace, file, value) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, file), `${JSON.stringify(value, null, 2)}\n`);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `--out ${file}: cannot write the shard file (${err.code ?? 'error'}); give a writable path outside the store folders`, cause: err });
    }
}


/***/ }),

/***/ 2012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRetentionPolicyOf: () => (/* binding */ loadRetentionPolicyOf),
/* harmony export */   loadRetentionTrust: () => (/* binding */ loadRetentionTrust),
/* harmony export */   mayApplyPurge: () => (/* binding */ mayApplyPurge),
/* harmony export */   mayApprovePurge: () => (/* binding */ mayApprovePurge),
/* harmony export */   mayHold: () => (/* binding */ mayHold)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4964);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4310);




/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
async function loadRetentionTrust(settings, { policyOptional = false, writer = false, what = 'verify' } = {}) {
    // loaded here, not with this module: a warm index query reads the policy and never a keyring
    const { loadSignerKeyring, loadVerifierKeyring } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9432), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(7044)]).then(__webpack_require__.bind(__webpack_require__, 4663));
    const [keyring, loaded] = await Promise.all([writer ? loadSignerKeyring(settings) : loadVerifierKeyring(settings, what), loadRetentionPolicyOf(settings, policyOptional)]);
    return { keyring, policy: loaded };
}
/** The retention policy alone, for what judges no signature (checking a supplied index file). */
async function loadRetentionPolicyOf(settings, policyOptional = false) {
    const ws = settings.workspace;
    const policyAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws, settings.policies['retention']);
    const file = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(ws, policyAbs);
    return policyOptional && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(policyAbs) ? noPolicy(file) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.loadRetentionPolicy)(policyAbs, file);
}
/** No retention policy file: nobody may hold, nothing is purge-approvable. */
function noPolicy(file) {
    const data = {
        schema_version: 1,
        retention_days_default: 36500,
        retention_days_block_alarms: 36500,
        legal_hold_override: true,
        purge_requires_dual_approval: true,
        immutable_storage_class: 'git-write-once',
        index_refresh_interval: 'P1D',
        hold_roles: [],
        purge_roles: [],
        ci_roles: []
    };
    return { kind: 'retention', file: `${file} (missing)`, data, sha256: 'none' };
}
/** May a key of this role place or release a hold? */
function mayHold(trust, role) {
    return trust.policy.data.hold_roles.includes(role) && !trust.policy.data.ci_roles.includes(role);
}
/** May a key of this role approve a purge? A purge role that is not a CI role. */
function mayApprovePurge(trust, role) {
    return trust.policy.data.purge_roles.includes(role) && !trust.policy.data.ci_roles.includes(role);
}
/** May a key of this role sign a tombstone (carry out a purge two approvers signed)? A purge role, or the pipeline's. */
function mayApplyPurge(trust, role) {
    return trust.policy.data.purge_roles.includes(role) || trust.policy.data.ci_roles.includes(role);
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


/***/ })

};
