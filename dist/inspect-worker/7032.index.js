export const id = 7032;
export const ids = [7032,4310,1170,2012];
export const modules = {

/***/ 6267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context),
/* harmony export */   placeHold: () => (/* binding */ placeHold),
/* harmony export */   releaseHold: () => (/* binding */ releaseHold)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8750);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6663);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(997);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9077);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5027);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4598);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6096);
/* harmony import */ var _hold_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2777);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2012);












/** The signer, trust and branch a hold or purge record is written with. */
async function context(settings, secrets, whose = "a signer whose role is one of the retention policy's hold_roles") {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_11__.loadRetentionTrust)(settings, { writer: true });
    const secret = await (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .readSigningSecret */ .yG)({ ...secrets, keyFile: settings.signing?.keyFile });
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${_signing_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNING_KEY_ENV */ .on} (the key of ${whose})` });
    const signer = (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .createSigner */ .r)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSigningKey */ .UG)(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch || (await repo.currentBranch());
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the record to; check out a branch or pass --store-branch NAME' });
    const parent = await repo.tryResolveRef(`refs/heads/${branch}`);
    const git = settings.git ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P;
    return { top, branch, parent, trust, signer, committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) } };
}
function roleFinding(ctx) {
    if ((0,_trust_js__WEBPACK_IMPORTED_MODULE_11__.mayHold)(ctx.trust, ctx.signer.role))
        return [];
    return [{ code: 'HOLD_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}'; only ${ctx.trust.policy.data.hold_roles.join(', ')} may place or release a hold` }];
}
async function placeHold(settings, req, secrets) {
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_8__.normalizeId)(req.window, 'release_window_id');
    const reason = (req.reason ?? '').trim();
    const owner = (req.owner ?? '').trim();
    const none = { action: 'place', written: false, holdId: null, window, commitOid: null, files: [], findings: [] };
    const missing = [];
    if (reason === '')
        missing.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: 'reason', detail: 'a hold needs a reason (--reason)' });
    if (owner === '')
        missing.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: 'owner', detail: 'a hold needs an owner (--owner)' });
    if (missing.length > 0)
        return { ...none, findings: missing };
    const ctx = await context(settings, secrets);
    const refused = roleFinding(ctx);
    if (refused.length > 0)
        return { ...none, findings: refused };
    const caseId = req.caseId?.trim() ? req.caseId.trim() : null;
    const holdId = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.holdIdFor)({ window, reason, owner, caseId, signer: ctx.signer });
    const record = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.placeRecord)({ holdId, window, reason, owner, caseId, signer: ctx.signer });
    return write(ctx, record, { ...none, holdId });
}
async function releaseHold(settings, rawHoldId, secrets) {
    const holdId = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_8__.normalizeId)(rawHoldId, 'hold id');
    const ctx = await context(settings, secrets);
    const none = { action: 'release', written: false, holdId, window: null, commitOid: null, files: [], findings: [] };
    const window = ctx.parent ? await windowOfHold(ctx.top, ctx.parent, holdId) : null;
    if (window === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `no hold '${holdId}' in ${_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0.root}/ on ${ctx.branch}; list holds with 'release-evidence retention query holds'` });
    const refused = roleFinding(ctx);
    if (refused.length > 0)
        return { ...none, window, findings: refused };
    const latest = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .latestRevision */ .HA)(ctx.top, ctx.parent, _family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, window, holdId));
    if (!latest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `no hold '${holdId}'` });
    if (latest.revision !== 1)
        return { ...none, window, findings: [{ code: 'HOLD_RECORD_INVALID', field: 'hold_id', detail: `hold '${holdId}' is already released (${latest.paths.packet})` }] };
    const placed = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.verifyHold)(latest.packet, latest.signature, ctx.trust, ctx.signer.at, { window, key: holdId, revision: 1 });
    if (!placed.ok)
        return { ...none, window, findings: placed.findings };
    return write(ctx, (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.releaseRecord)(placed.record, ctx.signer), { ...none, window });
}
async function windowOfHold(top, commit, holdId) {
    for (const f of await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top).listTree(commit, _family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0.root)) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, f.path);
        if (p.type === 'artifact' && p.ref.key === holdId)
            return p.ref.window;
    }
    return null;
}
async function write(ctx, record, base) {
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, record.release_window_id, record.hold_id);
    const result = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0,
        series,
        committer: ctx.committer,
        build: (next) => {
            if (record.revision !== `r${String(next).padStart(3, '0')}`)
                return { kind: 'rejected', findings: [{ code: 'HOLD_RECORD_INVALID', field: '/revision', detail: `the hold's next record would be r${String(next).padStart(3, '0')}, not ${record.revision}` }] };
            const files = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.signHold)(record, ctx.signer);
            const v = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.verifyHold)(files.json, files.sig, ctx.trust, ctx.signer.at, { window: series.window, key: series.key, revision: next });
            if (!v.ok)
                return { kind: 'rejected', findings: v.findings };
            return { kind: 'signed', files: { packet: Buffer.from(files.json), signature: Buffer.from(files.sig), log: Buffer.from((0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.renderHoldLog)(record, v, ctx.signer.at)), digest: record.signature_digest } };
        }
    });
    return {
        ...base,
        window: series.window,
        written: result.action === 'written',
        commitOid: result.commitOid,
        files: result.files ? [result.files.packet, result.files.signature, result.files.log] : [],
        findings: result.findings
    };
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

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P0: () => (/* binding */ exportWindow),
  XJ: () => (/* binding */ latestBlobIds),
  bN: () => (/* binding */ latestFiles),
  HA: () => (/* binding */ latestRevision),
  pz: () => (/* binding */ withBlobs)
});

// UNUSED EXPORTS: commitMessage, latestRevisions

// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(6692);
;// CONCATENATED MODULE: ./src/store/view-write.ts



async function viewFileFor(args) {
    const { window } = args;
    // a shared view (view-spec.ts families) is its owner's page, whichever of its families publishes
    const family = (0,view/* viewOwner */.TG)(args.family);
    const path = (0,view/* viewPath */.Rt)(family, window);
    if (!family.view || path === null)
        return null;
    const views = await family.view.load();
    const { files, blobs } = args.folder ?? (await readFolder(args.dir, args.parentOid, family, window));
    const replaces = files.some((f) => f.path === path);
    // the new revision's files are not objects yet: their bytes are passed under placeholder ids
    const added = [
        { path: args.paths.packet, oid: ':new-packet', mode: '100644' },
        { path: args.paths.signature, oid: ':new-signature', mode: '100644' },
        { path: args.paths.log, oid: ':new-log', mode: '100644' }
    ];
    const all = new Map(blobs);
    all.set(':new-packet', args.packet);
    const page = (0,view/* renderPage */.Cf)(family, views, views.version, (0,view/* viewInput */.k$)(family, window, [...files, ...added], all));
    if (page === null)
        throw new Error(`store: family ${family.name} has no renderer for its own view version ${views.version}`);
    return { file: { path, bytes: Buffer.from(page, 'utf8') }, replaces };
}
async function readFolder(dir, parentOid, family, window) {
    const repo = (0,git/* openRepository */.h_)(dir);
    const files = parentOid ? await repo.listTree(parentOid, (0,layout/* windowDir */.Wg)(family, window)) : [];
    return { files, blobs: await repo.readBlobs((0,view/* viewBlobs */.YX)(family, files)) };
}

// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/store/publish.ts





/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const files = await (0,git/* openRepository */.h_)(dir).listTree(commit, (0,layout/* windowDir */.Wg)(family, series.window));
    return (await latestOf(dir, files, family, [series])).get((0,layout/* seriesId */.hG)(series)) ?? null;
}
/**
 * The latest revision of each of many series, from one listing of the family's folder and one
 * blob read (an export of 10,000 windows spawned two git processes per window before).
 */
async function latestRevisions(dir, commit, family, series) {
    if (commit === null)
        return new Map(series.map((s) => [seriesId(s), null]));
    const files = await openRepository(dir).listTree(commit, family.root);
    return latestOf(dir, files, family, series);
}
async function latestOf(dir, files, family, series) {
    const latest = latestFiles(files, family, series);
    const blobs = await (0,git/* openRepository */.h_)(dir).readBlobs(latestBlobIds(latest));
    return withBlobs(latest, blobs);
}
/** The latest revision of each series in `files` (a listing that covers their folders); null when none. */
function latestFiles(files, family, series) {
    const wanted = new Map(series.map((s) => [(0,layout/* seriesId */.hG)(s), s]));
    const latest = new Map();
    const oids = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type !== 'artifact')
            continue;
        const id = (0,layout/* seriesId */.hG)(p.ref);
        if (!wanted.has(id))
            continue;
        oids.set(f.path, f.oid);
        latest.set(id, Math.max(latest.get(id) ?? 0, p.ref.revision));
    }
    const out = new Map();
    for (const [id, s] of wanted) {
        const revision = latest.get(id) ?? 0;
        if (revision === 0) {
            out.set(id, null);
            continue;
        }
        const paths = (0,layout/* revisionPaths */.s3)(family, { ...s, revision });
        out.set(id, { revision, paths, packetOid: oids.get(paths.packet), signatureOid: oids.get(paths.signature) });
    }
    return out;
}
function latestBlobIds(latest) {
    return [...latest.values()].flatMap((f) => (f ? [f.packetOid, f.signatureOid].filter((o) => o !== undefined) : []));
}
function withBlobs(latest, blobs) {
    const out = new Map();
    for (const [id, f] of latest) {
        out.set(id, f && {
            revision: f.revision,
            paths: f.paths,
            packet: (f.packetOid && blobs.get(f.packetOid)) || Buffer.alloc(0),
            signature: f.signatureOid ? blobs.get(f.signatureOid) : undefined
        });
    }
    return out;
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,util_revision/* formatRevision */.T)(revision);
    return [
        `${family.root}: ${(0,layout/* seriesId */.hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,util_revision/* formatRevision */.T)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = args.previous !== undefined ? args.previous : await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,layout/* revisionPaths */.s3)(family, { ...series, revision: next });
    const view = await viewFileFor({ dir: args.dir, parentOid: args.parentOid, family, window: series.window, paths, packet: outcome.files.packet, folder: args.folder });
    const commit = {
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log },
            ...(outcome.files.timestamp ? [{ path: (0,layout/* timestampPath */.y2)(paths.signature), bytes: outcome.files.timestamp }] : []),
            ...(view ? [view.file] : [])
        ],
        replace: view?.replaces ? [view.file.path] : []
    };
    if (args.batch && args.batch.head !== args.parentOid)
        throw new Error(`store: the batch is at ${args.batch.head}, not at ${args.parentOid}`);
    const { commitOid } = args.batch ? await args.batch.commit(commit) : await (0,write/* commitFiles */.z)({ dir: args.dir, branch: args.branch, parentOid: args.parentOid, ...commit });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
}


/***/ }),

/***/ 6692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ viewWindow),
/* harmony export */   Cf: () => (/* binding */ renderPage),
/* harmony export */   Rt: () => (/* binding */ viewPath),
/* harmony export */   TG: () => (/* binding */ viewOwner),
/* harmony export */   YX: () => (/* binding */ viewBlobs),
/* harmony export */   k$: () => (/* binding */ viewInput),
/* harmony export */   x8: () => (/* binding */ viewVersionOf)
/* harmony export */ });
/* unused harmony export viewHeader */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9077);



// A family's window view: one derived page per window folder (README.md, which GitHub shows under
// the folder listing), rendered from the signed files in that folder and nothing else. The store
// writes it with every revision it publishes (view-write.ts) and verify re-renders it at every
// commit that changed it (view-check.ts), so the page can never say more than the signed files do.
//
// A rendering is a contract: the page's first line names the view version it was made with, and
// verify re-renders with that version. Changing what a view prints means adding a version and
// keeping the old one, or every page written before the change would fail verify.
function viewPath(family, window) {
    return family.view ? `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDir */ .Wg)(family, window)}/${family.view.file}` : null;
}
/** The window whose view `path` is, or null when it is not a view file. */
function viewWindow(family, path) {
    if (!family.view)
        return null;
    const prefix = `${family.root}/`;
    const suffix = `/${family.view.file}`;
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return null;
    const window = path.slice(prefix.length, path.length - suffix.length);
    return (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .isCanonicalId */ ._I)(window) ? window : null;
}
const HEADER = /^<!-- release-evidence view ([a-z0-9-]+) v(\d{1,6}):/;
/**
 * The page's first line: which family and view version made it, and that it is not to be edited.
 * The family name is in it so a page copied into another family's folder does not re-render.
 */
function viewHeader(family, version) {
    return `<!-- release-evidence view ${family.name} v${version}: generated from the signed files in this folder; do not edit (release-evidence verify re-renders it and fails on any difference) -->\n`;
}
/** The view version a page names on its first line, or null when it names none. */
function viewVersionOf(page) {
    const m = HEADER.exec(page.subarray(0, 200).toString('utf8'));
    return m ? { family: m[1], version: Number(m[2]) } : null;
}
/** The family whose name a page carries and whose verify checks it: the first of a shared view's families. */
function viewOwner(family) {
    return family.view?.families?.()[0] ?? family;
}
/** The families whose revisions a page shows: the owner, then the families that share its folder. */
function viewFamilies(family) {
    return family.view?.families?.() ?? [family];
}
/** The whole page of `version` for a window, header included; null when this release has no such version. */
function renderPage(family, views, version, input) {
    const render = Object.hasOwn(views.renderers, version) ? views.renderers[version] : undefined;
    return render ? viewHeader(family, version) + render(input) : null;
}
/**
 * What a renderer is given for a window, from the files of its folder at one commit (`files`: every
 * file under `{root}/{window}/`) and their bytes (`blobs`, by blob id; a missing blob reads as empty).
 */
function viewInput(family, window, files, blobs) {
    const [own, ...others] = viewFamilies(family);
    const input = { family: { name: own.name, root: own.root }, window, revisions: revisionsOf(own, window, files, blobs) };
    return others.length === 0 ? input : { ...input, related: others.map((f) => ({ family: f.name, revisions: revisionsOf(f, window, files, blobs) })) };
}
function revisionsOf(family, window, files, blobs) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const dir = `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDir */ .Wg)(family, window)}/`;
    const rel = (path) => path.slice(dir.length);
    const revisions = [];
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.window !== window)
            continue;
        const other = (kind) => (byPath.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactPath */ .Ws)(family, p.ref, kind)) ? rel((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactPath */ .Ws)(family, p.ref, kind)) : null);
        revisions.push({
            ...(p.ref.key !== undefined ? { key: p.ref.key } : {}),
            revision: p.ref.revision,
            label: (0,_family_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRevision */ .T)(p.ref.revision),
            files: { packet: rel(f.path), signature: other('signature'), log: other('log') },
            packet: blobs.get(f.oid) ?? Buffer.alloc(0),
            order: (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesId */ .hG)(p.ref)
        });
    }
    revisions.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.revision - b.revision));
    return revisions.map(({ order: _order, ...r }) => r);
}
/** The packet blobs a window's view needs, from a listing of its folder. */
function viewBlobs(family, files) {
    const families = viewFamilies(family);
    return files.filter((f) => families.some((fam) => {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(fam, f.path);
        return p.type === 'artifact' && p.kind === 'packet';
    })).map((f) => f.oid);
}


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseLoose)
/* harmony export */ });
// JSON from text a reader did not write (a packet file, an API response): parsed when it parses,
// undefined otherwise, so the caller reports what it expected instead of a SyntaxError.
/** JSON.parse of UTF-8 bytes or text; undefined when it is not JSON. A BOM is not stripped. */
function parseLoose(json) {
    try {
        return JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

// Reading a file the user named (a CSV, a policy, a key file) fails in the user's terms: the
// file is not there (INPUT_MISSING) or cannot be read (INPUT_UNREADABLE). The caller words the
// message, naming the file and the fix; `code` is the errno code (ENOENT, EACCES, ...) or 'error'.
async function readInput(read, message) {
    try {
        return await read();
    }
    catch (err) {
        // a reader's own verdict on the file (too large, say) is already in the user's terms
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw err;
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE', message: message(code ?? 'error'), cause: err });
    }
}


/***/ })

};
