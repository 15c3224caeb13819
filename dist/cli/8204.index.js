export const id = 8204;
export const ids = [8204];
export const modules = {

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPurge: () => (/* binding */ applyPurge),
  approvePurge: () => (/* binding */ approvePurge)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(5027);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/retention/derive.ts
var derive = __webpack_require__(6079);
// EXTERNAL MODULE: ./src/retention/family.ts
var family = __webpack_require__(6096);
// EXTERNAL MODULE: ./src/retention/hold-write.ts
var hold_write = __webpack_require__(6267);
// EXTERNAL MODULE: ./src/retention/purge-authority.ts
var purge_authority = __webpack_require__(4641);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(6692);
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
var purge = __webpack_require__(8501);
// EXTERNAL MODULE: ./src/retention/purge-record.ts
var purge_record = __webpack_require__(6995);
// EXTERNAL MODULE: ./src/retention/trust.ts
var trust = __webpack_require__(2012);
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


/***/ })

};
