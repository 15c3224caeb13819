export const id = 3008;
export const ids = [3008];
export const modules = {

/***/ 3008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyPurge: () => (/* binding */ applyPurge),
/* harmony export */   approvePurge: () => (/* binding */ approvePurge)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4533);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7295);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5404);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5175);
/* harmony import */ var _store_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(845);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9799);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(132);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3118);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7193);
/* harmony import */ var _hold_write_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2510);
/* harmony import */ var _purge_authority_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5110);
/* harmony import */ var _purge_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9454);
/* harmony import */ var _purge_record_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7250);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8264);















async function choose(settings, families, req, ctx, base) {
    if (ctx.parent === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${ctx.branch} has no commits; there is nothing to purge` });
    const plan = await (0,_purge_js__WEBPACK_IMPORTED_MODULE_11__.planPurge)(settings, families, { window: req.window, at: ctx.parent });
    if (plan.refused.length > 0)
        return { ...base, findings: plan.refused.map(({ code, field, detail }) => ({ code, field, detail })) };
    const candidates = plan.candidates.filter((c) => req.family === undefined || c.family === req.family);
    if (candidates.length !== 1) {
        const names = plan.candidates.map((c) => c.family).join(', ') || 'none';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `purge: window ${base.window} has ${candidates.length === 0 ? 'no candidate' : 'several candidates'} (${names}); pass --family NAME` });
    }
    const c = candidates[0];
    const subject = {
        family: c.family,
        release_window_id: c.release_window_id,
        targets: [...c.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => ({ path: f.path, blob: f.blob })),
        retention_expiry_utc: c.retention_expiry_utc
    };
    return { ctx, subject, candidate: c, purgeId: (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.purgeIdOf)((0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.subjectSha256)(subject)) };
}
async function approvePurge(settings, families, req, secrets) {
    const window = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .APPROVAL_FAMILY */ .pZ, req.window, 'x').window;
    const base = { action: 'approve', written: false, purgeId: null, window, family: req.family ?? null, commitOid: null, files: [], removed: [], findings: [] };
    const ctx = await (0,_hold_write_js__WEBPACK_IMPORTED_MODULE_9__/* .context */ ._)(settings, secrets, "a signer whose role is one of the retention policy's purge_roles");
    if (!(0,_trust_js__WEBPACK_IMPORTED_MODULE_13__.mayApprovePurge)(ctx.trust, ctx.signer.role)) {
        return { ...base, findings: [{ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}'; only ${ctx.trust.policy.data.purge_roles.join(', ')} may approve a purge, never a CI role` }] };
    }
    const chosen = await choose(settings, families, { ...req, window }, ctx, base);
    if (!('subject' in chosen))
        return chosen;
    const record = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.approvalRecord)(chosen.subject, ctx.signer);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .APPROVAL_FAMILY */ .pZ, window, (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.approvalKey)(record.purge_id, ctx.signer.signerId));
    const result = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_8__/* .APPROVAL_FAMILY */ .pZ,
        series,
        committer: ctx.committer,
        build: (next) => {
            if (next !== 1)
                return { kind: 'rejected', findings: [{ code: 'PURGE_RECORD_INVALID', field: '/signer', detail: `'${ctx.signer.signerId}' already approved purge ${record.purge_id}; a second approval needs a second person` }] };
            const files = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.signApproval)(record, ctx.signer);
            const v = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.verifyApproval)(files.json, files.sig, ctx.trust, ctx.signer.at, { window, key: series.key, revision: 1 });
            if (!v.ok)
                return { kind: 'rejected', findings: v.findings };
            return { kind: 'signed', files: { packet: Buffer.from(files.json), signature: Buffer.from(files.sig), log: Buffer.from((0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.renderPurgeLog)('approval', record, ctx.signer.at)), digest: record.signature_digest } };
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
    const window = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TOMBSTONE_FAMILY */ .Xx, req.window, 'x').window;
    const base = { action: 'apply', written: false, purgeId: null, window, family: req.family ?? null, commitOid: null, files: [], removed: [], findings: [] };
    const ctx = await (0,_hold_write_js__WEBPACK_IMPORTED_MODULE_9__/* .context */ ._)(settings, secrets, 'a signer with a purge role or the pipeline key');
    if (!(0,_trust_js__WEBPACK_IMPORTED_MODULE_13__.mayApplyPurge)(ctx.trust, ctx.signer.role)) {
        return { ...base, findings: [{ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}', neither a purge role nor a CI role` }] };
    }
    const chosen = await choose(settings, families, { ...req, window }, ctx, base);
    if (!('subject' in chosen))
        return chosen;
    const { subject, purgeId, candidate } = chosen;
    const tip = ctx.parent;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(ctx.top);
    const here = { ...base, family: subject.family, purgeId };
    // The approvals of exactly this purge at the tip, counted as verify will count them.
    const approvalFiles = (await repo.listTree(tip, `${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .APPROVAL_FAMILY */ .pZ.root}/${window}`)).filter((f) => f.path.endsWith('-r001.json') && f.path.includes(`/approval-${purgeId}-`));
    const counted = await (0,_purge_authority_js__WEBPACK_IMPORTED_MODULE_10__.countApprovals)(repo, tip, approvalFiles.map((f) => ({ path: f.path })), (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.subjectSha256)(subject), ctx.signer.at, ctx.trust);
    if (!counted.met)
        return { ...here, findings: [{ code: 'PURGE_APPROVALS_INSUFFICIENT', field: '/approvals', detail: `purge ${purgeId} needs two approvals by distinct keys and signers with a purge role: ${counted.why}` }] };
    const { holds } = await (0,_derive_js__WEBPACK_IMPORTED_MODULE_7__.readHolds)(repo, tip, ctx.trust, ctx.signer.at, []);
    const held = (0,_purge_authority_js__WEBPACK_IMPORTED_MODULE_10__.holdConflicts)(holds, window, [...counted.instants, ctx.signer.at]);
    if (held.length > 0)
        return { ...here, findings: held.map((detail) => ({ code: 'RETENTION_PURGE_HELD', field: '/release_window_id', detail })) };
    const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TOMBSTONE_FAMILY */ .Xx, { window, key: purgeId, revision: 1 });
    if ((await repo.listTree(tip, paths.packet)).length > 0)
        return { ...here, findings: [{ code: 'PURGE_RECORD_INVALID', field: '/purge_id', detail: `${paths.packet} already exists: purge ${purgeId} was applied` }] };
    const bytes = await repo.readBlobs(subject.targets.map((t) => t.blob));
    const approvalBlobs = new Map(approvalFiles.map((f) => [f.path, f.oid]));
    const approvalDocs = await repo.readBlobs(counted.counted.map((c) => approvalBlobs.get(c.path)));
    const approvals = counted.counted.map((c) => {
        const blob = approvalBlobs.get(c.path);
        const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_14__/* .parseLoose */ .i)(approvalDocs.get(blob) ?? '');
        return { path: c.path, blob, signer_id: c.signerId, key_id: c.keyId, signed_at_utc: c.signedAtUtc, signature_digest: doc?.signature_digest ?? '' };
    });
    const record = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.tombstoneRecord)({
        purge_id: purgeId,
        family: subject.family,
        family_root: families.find((f) => f.family.name === subject.family).family.root,
        release_window_id: window,
        retention_expiry_utc: subject.retention_expiry_utc,
        targets_sha256: (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.subjectSha256)(subject),
        targets: subject.targets.map((t) => {
            const b = bytes.get(t.blob) ?? Buffer.alloc(0);
            const doc = t.path.endsWith('.json') ? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_14__/* .parseLoose */ .i)(b) : undefined;
            return { ...t, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex'), signature_digest: typeof doc?.signature_digest === 'string' ? doc.signature_digest : null };
        }),
        // archived before anything is removed: the index rows as they stand, marked with the purge
        archived_rows: candidate.archived_rows.map((r) => ({ ...r, purge_action_id: purgeId })),
        approvals
    }, ctx.signer);
    const files = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.signTombstone)(record, ctx.signer);
    const v = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.verifyTombstone)(files.json, files.sig, ctx.trust, ctx.signer.at, { window, key: purgeId, revision: 1 });
    if (!v.ok)
        return { ...here, findings: v.findings };
    const { commitOid } = await (0,_store_write_js__WEBPACK_IMPORTED_MODULE_5__/* .commitFiles */ .z)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: tip,
        committer: ctx.committer,
        message: [
            `${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .TOMBSTONE_FAMILY */ .Xx.root}: purge ${purgeId} of ${subject.family} ${window} (${subject.targets.length} files)`,
            '',
            `purge_id: ${purgeId}`,
            `retention_expiry_utc: ${subject.retention_expiry_utc}`,
            `approved_by: ${approvals.map((a) => a.signer_id).join(', ')}`,
            `purged_at_utc: ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUtc */ .ay)(ctx.signer.at)}`,
            '',
            'The removed files stay in git history and in every clone; the tombstone names each by blob id.'
        ].join('\n'),
        files: [
            { path: paths.packet, bytes: Buffer.from(files.json) },
            { path: paths.signature, bytes: Buffer.from(files.sig) },
            { path: paths.log, bytes: Buffer.from((0,_purge_record_js__WEBPACK_IMPORTED_MODULE_12__.renderPurgeLog)('tombstone', record, ctx.signer.at)) }
        ],
        remove: subject.targets.map((t) => t.path)
    });
    return { ...here, written: true, commitOid, files: [paths.packet, paths.signature, paths.log], removed: subject.targets.map((t) => t.path) };
}


/***/ }),

/***/ 9454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planPurge: () => (/* binding */ planPurge)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7295);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7279);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(132);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3118);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2438);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8264);







async function planPurge(settings, families, opts) {
    const index = await (0,_derive_js__WEBPACK_IMPORTED_MODULE_4__.deriveIndex)({ settings, families, at: opts.at });
    const policy = (await (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.loadRetentionPolicyOf)(settings)).data;
    const window = opts.window === undefined ? undefined : (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.normalizeId)(opts.window, '--window');
    const series = new Map();
    for (const r of index.rows) {
        if (window !== undefined && r.release_window_id !== window)
            continue;
        const k = `${r.family}\0${r.release_window_id}`;
        series.set(k, [...(series.get(k) ?? []), r]);
    }
    const refused = [];
    const chosen = [];
    for (const rows of series.values()) {
        const latest = rows.find((r) => r.is_latest === 'true') ?? rows[rows.length - 1];
        const w = latest.release_window_id;
        // hold precedence: checked before eligibility
        if (rows.some((r) => r.legal_hold_state === 'active')) {
            refused.push({ release_window_id: w, code: 'RETENTION_PURGE_HELD', field: 'legal_hold_state', detail: `${latest.family} ${w} is under legal hold ${latest.hold_ids} (${latest.hold_reason}, owner ${latest.hold_owner})` });
            continue;
        }
        const e = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseUtc */ .y5)(latest.retention_expiry_utc);
        if (!e.ok || e.ms > settings.now) {
            refused.push({ release_window_id: w, code: 'RETENTION_PURGE_NOT_EXPIRED', field: 'retention_expiry_utc', detail: `${latest.family} ${w} is kept until ${latest.retention_expiry_utc || '(no expiry)'}` });
            continue;
        }
        chosen.push(rows);
    }
    if (window !== undefined && series.size === 0)
        refused.push({ release_window_id: window, code: 'RETENTION_PURGE_NOT_EXPIRED', field: 'release_window_id', detail: `no revision of window ${window} in the index` });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoTopLevel */ .MS)(settings.workspace));
    const candidates = [];
    for (const rows of chosen) {
        const first = rows[0];
        const spec = families.find((f) => f.family.name === first.family);
        const tree = await repo.listTree(index.commit, `${spec.family.root}/${first.release_window_id}`);
        const files = tree.filter((f) => (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(spec.family, f.path).type === 'artifact').map((f) => ({ path: f.path, blob: f.oid }));
        candidates.push({ family: first.family, release_window_id: first.release_window_id, retention_expiry_utc: rows.find((r) => r.is_latest === 'true')?.retention_expiry_utc ?? '', files, archived_rows: rows });
    }
    return {
        commit: index.commit,
        candidates,
        refused,
        approvals_required: { count: 2, roles: [...policy.purge_roles], distinct_keys: true, distinct_signers: true, ci_roles_excluded: [...policy.ci_roles] }
    };
}


/***/ })

};
