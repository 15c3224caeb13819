export const id = 8204;
export const ids = [8204];
export const modules = {

/***/ 56267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context),
/* harmony export */   placeHold: () => (/* binding */ placeHold),
/* harmony export */   releaseHold: () => (/* binding */ releaseHold)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89692);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58750);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6663);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70997);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59077);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15027);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84598);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(66096);
/* harmony import */ var _hold_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22777);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(42012);












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

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPurge: () => (/* binding */ applyPurge),
  approvePurge: () => (/* binding */ approvePurge)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(15027);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(82170);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/retention/derive.ts
var derive = __webpack_require__(86079);
// EXTERNAL MODULE: ./src/retention/family.ts
var family = __webpack_require__(66096);
// EXTERNAL MODULE: ./src/retention/hold-write.ts
var hold_write = __webpack_require__(56267);
// EXTERNAL MODULE: ./src/retention/purge-authority.ts
var purge_authority = __webpack_require__(4641);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(46692);
;// CONCATENATED MODULE: ./src/retention/purge-page.ts


async function pageAfterPurge(repo, tip, family, window, removed) {
    const path = (0,view/* viewPath */.Rt)(family, window);
    const none = { remove: [], write: [] };
    if (path === null || !family.view)
        return none;
    const gone = new Set(removed);
    const files = await repo.listTree(tip, (0,layout/* windowDir */.Wg)(family, window));
    if (!files.some((f) => f.path === path))
        return none;
    const left = files.filter((f) => !gone.has(f.path) && f.path !== path);
    const packets = (0,view/* viewBlobs */.YX)(family, left);
    if (packets.length === 0)
        return { remove: [path], write: [] };
    const views = await family.view.load();
    const page = (0,view/* renderPage */.Cf)(family, views, views.version, (0,view/* viewInput */.k$)(family, window, left, await repo.readBlobs(packets)));
    if (page === null)
        throw new Error(`purge: family ${family.name} has no renderer for its own view version ${views.version}`);
    return { remove: [], write: [{ path, bytes: Buffer.from(page, 'utf8') }] };
}

// EXTERNAL MODULE: ./src/retention/purge.ts
var purge = __webpack_require__(28501);
// EXTERNAL MODULE: ./src/retention/purge-record.ts
var purge_record = __webpack_require__(6995);
// EXTERNAL MODULE: ./src/retention/trust.ts
var trust = __webpack_require__(42012);
;// CONCATENATED MODULE: ./src/retention/purge-write.ts
















async function choose(settings, families, req, ctx, base) {
    if (ctx.parent === null)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: `${ctx.branch} has no commits; there is nothing to purge` });
    const plan = await (0,purge.planPurge)(settings, families, { window: req.window, at: ctx.parent });
    if (plan.refused.length > 0)
        return { ...base, findings: plan.refused.map(({ code, field, detail }) => ({ code, field, detail })) };
    const candidates = plan.candidates.filter((c) => req.family === undefined || c.family === req.family);
    if (candidates.length !== 1) {
        const names = plan.candidates.map((c) => c.family).join(', ') || 'none';
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `purge: window ${base.window} has ${candidates.length === 0 ? 'no candidate' : 'several candidates'} (${names}); pass --family NAME` });
    }
    const c = candidates[0];
    const subject = {
        family: c.family,
        release_window_id: c.release_window_id,
        targets: [...c.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => ({ path: f.path, blob: f.blob })),
        retention_expiry_utc: c.retention_expiry_utc
    };
    return { ctx, subject, candidate: c, purgeId: (0,purge_record.purgeIdOf)((0,purge_record.subjectSha256)(subject)) };
}
async function approvePurge(settings, families, req, secrets) {
    const window = (0,layout/* seriesFor */.FT)(family/* APPROVAL_FAMILY */.pZ, req.window, 'x').window;
    const base = { action: 'approve', written: false, purgeId: null, window, family: req.family ?? null, commitOid: null, files: [], removed: [], findings: [] };
    const ctx = await (0,hold_write/* context */._)(settings, secrets, "a signer whose role is one of the retention policy's purge_roles");
    if (!(0,trust.mayApprovePurge)(ctx.trust, ctx.signer.role)) {
        return { ...base, findings: [{ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}'; only ${ctx.trust.policy.data.purge_roles.join(', ')} may approve a purge, never a CI role` }] };
    }
    const chosen = await choose(settings, families, { ...req, window }, ctx, base);
    if (!('subject' in chosen))
        return chosen;
    const record = (0,purge_record.approvalRecord)(chosen.subject, ctx.signer);
    const series = (0,layout/* seriesFor */.FT)(family/* APPROVAL_FAMILY */.pZ, window, (0,purge_record.approvalKey)(record.purge_id, ctx.signer.signerId));
    const result = await (0,publish/* exportWindow */.P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: family/* APPROVAL_FAMILY */.pZ,
        series,
        committer: ctx.committer,
        build: (next) => {
            if (next !== 1)
                return { kind: 'rejected', findings: [{ code: 'PURGE_RECORD_INVALID', field: '/signer', detail: `'${ctx.signer.signerId}' already approved purge ${record.purge_id}; a second approval needs a second person` }] };
            const files = (0,purge_record.signApproval)(record, ctx.signer);
            const v = (0,purge_record.verifyApproval)(files.json, files.sig, ctx.trust, ctx.signer.at, { window, key: series.key, revision: 1 });
            if (!v.ok)
                return { kind: 'rejected', findings: v.findings };
            return { kind: 'signed', files: { packet: Buffer.from(files.json), signature: Buffer.from(files.sig), log: Buffer.from((0,purge_record.renderPurgeLog)('approval', record, ctx.signer.at)), digest: record.signature_digest } };
        }
    });
    return {
        ...base,
        family: chosen.subject.family,
        purgeId: record.purge_id,
        written: result.action === 'written',
        commitOid: result.commitOid,
        files: result.files ? [result.files.packet, result.files.signature, result.files.log] : [],
        findings: result.findings
    };
}
async function applyPurge(settings, families, req, secrets) {
    const window = (0,layout/* seriesFor */.FT)(family/* TOMBSTONE_FAMILY */.Xx, req.window, 'x').window;
    const base = { action: 'apply', written: false, purgeId: null, window, family: req.family ?? null, commitOid: null, files: [], removed: [], findings: [] };
    const ctx = await (0,hold_write/* context */._)(settings, secrets, 'a signer with a purge role or the pipeline key');
    if (!(0,trust.mayApplyPurge)(ctx.trust, ctx.signer.role)) {
        return { ...base, findings: [{ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}', neither a purge role nor a CI role` }] };
    }
    const chosen = await choose(settings, families, { ...req, window }, ctx, base);
    if (!('subject' in chosen))
        return chosen;
    const { subject, purgeId, candidate } = chosen;
    const tip = ctx.parent;
    const repo = (0,git/* openRepository */.h_)(ctx.top);
    const here = { ...base, family: subject.family, purgeId };
    // The approvals of exactly this purge at the tip, counted as verify will count them.
    const approvalFiles = (await repo.listTree(tip, `${family/* APPROVAL_FAMILY */.pZ.root}/${window}`)).filter((f) => f.path.endsWith('-r001.json') && f.path.includes(`/approval-${purgeId}-`));
    const counted = await (0,purge_authority.countApprovals)(repo, tip, approvalFiles.map((f) => ({ path: f.path })), (0,purge_record.subjectSha256)(subject), ctx.signer.at, ctx.trust);
    if (!counted.met)
        return { ...here, findings: [{ code: 'PURGE_APPROVALS_INSUFFICIENT', field: '/approvals', detail: `purge ${purgeId} needs two approvals by distinct keys and signers with a purge role: ${counted.why}` }] };
    const { holds } = await (0,derive.readHolds)(repo, tip, ctx.trust, ctx.signer.at, []);
    const held = (0,purge_authority.holdConflicts)(holds, window, [...counted.instants, ctx.signer.at]);
    if (held.length > 0)
        return { ...here, findings: held.map((detail) => ({ code: 'RETENTION_PURGE_HELD', field: '/release_window_id', detail })) };
    const paths = (0,layout/* revisionPaths */.s3)(family/* TOMBSTONE_FAMILY */.Xx, { window, key: purgeId, revision: 1 });
    if ((await repo.listTree(tip, paths.packet)).length > 0)
        return { ...here, findings: [{ code: 'PURGE_RECORD_INVALID', field: '/purge_id', detail: `${paths.packet} already exists: purge ${purgeId} was applied` }] };
    const bytes = await repo.readBlobs(subject.targets.map((t) => t.blob));
    const approvalBlobs = new Map(approvalFiles.map((f) => [f.path, f.oid]));
    const approvalDocs = await repo.readBlobs(counted.counted.map((c) => approvalBlobs.get(c.path)));
    const approvals = counted.counted.map((c) => {
        const blob = approvalBlobs.get(c.path);
        const doc = (0,json/* parseLoose */.i)(approvalDocs.get(blob) ?? '');
        return { path: c.path, blob, signer_id: c.signerId, key_id: c.keyId, signed_at_utc: c.signedAtUtc, signature_digest: doc?.signature_digest ?? '' };
    });
    const record = (0,purge_record.tombstoneRecord)({
        purge_id: purgeId,
        family: subject.family,
        family_root: families.find((f) => f.family.name === subject.family).family.root,
        release_window_id: window,
        retention_expiry_utc: subject.retention_expiry_utc,
        targets_sha256: (0,purge_record.subjectSha256)(subject),
        targets: subject.targets.map((t) => {
            const b = bytes.get(t.blob) ?? Buffer.alloc(0);
            const doc = t.path.endsWith('.json') ? (0,json/* parseLoose */.i)(b) : undefined;
            return { ...t, sha256: (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex'), signature_digest: typeof doc?.signature_digest === 'string' ? doc.signature_digest : null };
        }),
        // archived before anything is removed: the index rows as they stand, marked with the purge
        archived_rows: candidate.archived_rows.map((r) => ({ ...r, purge_action_id: purgeId })),
        approvals
    }, ctx.signer);
    const files = (0,purge_record.signTombstone)(record, ctx.signer);
    const spec = families.find((f) => f.family.name === subject.family);
    const page = await pageAfterPurge(repo, tip, spec.family, window, subject.targets.map((t) => t.path));
    const v = (0,purge_record.verifyTombstone)(files.json, files.sig, ctx.trust, ctx.signer.at, { window, key: purgeId, revision: 1 });
    if (!v.ok)
        return { ...here, findings: v.findings };
    const { commitOid } = await (0,write/* commitFiles */.z)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: tip,
        committer: ctx.committer,
        message: [
            `${family/* TOMBSTONE_FAMILY */.Xx.root}: purge ${purgeId} of ${subject.family} ${window} (${subject.targets.length} files)`,
            '',
            `purge_id: ${purgeId}`,
            `retention_expiry_utc: ${subject.retention_expiry_utc}`,
            `approved_by: ${approvals.map((a) => a.signer_id).join(', ')}`,
            `purged_at_utc: ${(0,time/* formatUtc */.ay)(ctx.signer.at)}`,
            '',
            ...(page.remove.length > 0 ? [`The window page ${page.remove[0]} goes with them: it described only the removed files.`] : []),
            ...(page.write.length > 0 ? [`The window page ${page.write[0].path} is re-rendered from the files that remain.`] : []),
            'The removed files stay in git history and in every clone; the tombstone names each by blob id.'
        ].join('\n'),
        files: [
            { path: paths.packet, bytes: Buffer.from(files.json) },
            { path: paths.signature, bytes: Buffer.from(files.sig) },
            { path: paths.log, bytes: Buffer.from((0,purge_record.renderPurgeLog)('tombstone', record, ctx.signer.at)) },
            ...page.write
        ],
        remove: [...subject.targets.map((t) => t.path), ...page.remove]
    });
    return { ...here, written: true, commitOid, files: [paths.packet, paths.signature, paths.log, ...page.write.map((f) => f.path)], removed: [...subject.targets.map((t) => t.path), ...page.remove] };
}


/***/ }),

/***/ 15027:
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
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(46692);
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
var write = __webpack_require__(82170);
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

/***/ 46692:
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
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59077);



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


/***/ })

};
