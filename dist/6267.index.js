export const id = 6267;
export const ids = [6267,4310,5158,9631];
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

/***/ 22777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   holdIdFor: () => (/* binding */ holdIdFor),
/* harmony export */   holdInspector: () => (/* binding */ holdInspector),
/* harmony export */   placeRecord: () => (/* binding */ placeRecord),
/* harmony export */   releaseRecord: () => (/* binding */ releaseRecord),
/* harmony export */   renderHoldLog: () => (/* binding */ renderHoldLog),
/* harmony export */   sealHold: () => (/* binding */ sealHold),
/* harmony export */   signHold: () => (/* binding */ signHold),
/* harmony export */   verifyHold: () => (/* binding */ verifyHold)
/* harmony export */ });
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99062);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70997);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54705);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66096);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42012);








// A legal hold is a series of signed, write-once records: r001 places the hold, r002 releases it
// and names r001's signature digest (the hash chain the store checks). Each record is signed by a
// key whose keyring role is one of the retention policy's hold_roles; the CI key never is one.
// A hold without a reason or an owner is never written, and a stored one fails verify (R3).
/** Bumped when the hold verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'legal-hold-verifier/1';
function sealHold(body) {
    return { ...body, signature_digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(body) };
}
/** A stable id for a new hold: the same request by the same key at the same instant gives the same id. */
function holdIdFor(args) {
    return `h${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)([args.window, args.reason, args.owner, args.caseId ?? '', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(args.signer.at), args.signer.keyId].join('\0')).slice(0, 12)}`;
}
function placeRecord(args) {
    return sealHold({
        hold_id: args.holdId,
        release_window_id: args.window,
        revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRevision */ .T)(1),
        action: 'place',
        supersedes: null,
        reason: args.reason,
        owner: args.owner,
        case_id: args.caseId,
        placed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(args.signer.at),
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(args.signer)
    });
}
function releaseRecord(placed, signer) {
    const { signature_digest: _digest, ...body } = placed;
    return sealHold({
        ...body,
        revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRevision */ .T)(2),
        action: 'release',
        supersedes: { revision: placed.revision, signature_digest: placed.signature_digest },
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(signer)
    });
}
function signHold(record, signer) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_4__/* .HOLD_KIND */ .hJ, record, signer);
}
function verifyHold(json, sig, trust, at, where) {
    const findings = [];
    let doc;
    let role = null;
    if (sig === undefined) {
        doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLoose */ .i)(json);
    }
    else {
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_4__/* .HOLD_KIND */ .hJ, json, sig, trust.keyring, at);
        if (v.ok) {
            doc = v.doc;
            role = v.key.role;
            if (!(0,_trust_js__WEBPACK_IMPORTED_MODULE_5__.mayHold)(trust, role)) {
                findings.push({ code: 'HOLD_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signed by '${v.key.signerId}' with role '${role}', which is not one of the retention policy's hold_roles (${trust.policy.data.hold_roles.join(', ')})` });
            }
        }
        else {
            findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}` });
            doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLoose */ .i)(json);
        }
    }
    const record = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined);
    if (record)
        findings.push(...checkHoldRecord(record, where));
    else
        findings.push({ code: 'HOLD_RECORD_INVALID', field: '', detail: 'the hold record is not a JSON object' });
    return { ok: findings.length === 0, record, signerRole: role, findings, facts: factsOf(record, findings) };
}
function checkHoldRecord(r, where) {
    const out = [];
    const bad = (field, detail) => out.push({ code: 'HOLD_RECORD_INVALID', field, detail });
    if (typeof r.reason !== 'string' || r.reason.trim() === '')
        out.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: '/reason', detail: 'the hold has no reason' });
    if (typeof r.owner !== 'string' || r.owner.trim() === '')
        out.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: '/owner', detail: 'the hold has no owner' });
    const rev = typeof r.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRevision */ .P)(r.revision) : null;
    if (rev === null)
        bad('/revision', 'revision is not r001, r002');
    else if (rev === 1 && r.action !== 'place')
        bad('/action', 'r001 of a hold must place it');
    else if (rev === 2 && r.action !== 'release')
        bad('/action', 'r002 of a hold must release it');
    else if (rev > 2)
        bad('/revision', 'a hold has two records at most: place (r001) and release (r002)');
    if (typeof r.placed_at_utc !== 'string' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .isCanonicalUtc */ .xy)(r.placed_at_utc))
        bad('/placed_at_utc', 'placed_at_utc is not canonical UTC');
    if (typeof r.hold_id !== 'string' || (where?.key !== undefined && r.hold_id !== where.key))
        bad('/hold_id', `hold_id ${JSON.stringify(r.hold_id)} is not the hold the file is stored under`);
    if (typeof r.signature_digest !== 'string' || r.signature_digest !== (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(withoutDigest(r)))
        bad('/signature_digest', 'signature_digest is not the sha256 of the record without it');
    return out;
}
function withoutDigest(r) {
    const { signature_digest: _omit, ...rest } = r;
    return rest;
}
function factsOf(r, findings) {
    const str = (v) => (typeof v === 'string' ? v : null);
    return {
        packetId: str(r?.hold_id),
        digest: str(r?.signature_digest),
        supersedes: str(r?.supersedes?.signature_digest),
        windowId: str(r?.release_window_id),
        revision: typeof r?.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRevision */ .P)(r.revision) : null,
        signerId: str(r?.signer?.signer_id),
        keyId: str(r?.signer?.key_id),
        signedAt: str(r?.signer?.signed_at_utc),
        findings
    };
}
/** What `verify` calls for every hold record in the store. */
function holdInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .HOLD_FAMILY */ .d0,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
        now,
        inspect: (input) => verifyHold(input.packet, input.signature, trust, now, input.ref).facts
    };
}
/** The .log written beside each hold record: what was checked before it was committed. */
function renderHoldLog(record, v, now) {
    const lines = [
        ['hold_id', record.hold_id],
        ['release_window_id', record.release_window_id],
        ['revision', `${record.revision} (${record.action})`],
        ['signature_digest', `sha256:${record.signature_digest}`],
        ['signer', `${record.signer.signer_id} (role ${record.signer.role}, key id ${record.signer.key_id})`],
        ['signed_at_utc', record.signer.signed_at_utc],
        ['result', v.ok ? 'VERIFIED' : v.findings.map((f) => f.code).join('; ')],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence legal-hold record verification', ...lines.map(([k, val]) => `${k.padEnd(width)}  ${val}`)].join('\n') + '\n';
}


/***/ }),

/***/ 24310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays),
/* harmony export */   retentionPolicyParser: () => (/* binding */ retentionPolicyParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

async function loadRetentionPolicy(path, file = path) {
    // the YAML parser and the schema validators load on first use: a warm index query needs neither
    const { loadPolicyFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(4705)]).then(__webpack_require__.bind(__webpack_require__, 64742));
    return checkRetentionPolicy(await loadPolicyFile('retention', path, file));
}
/** A parser of retention policy texts (the committed versions of the policy file). */
async function retentionPolicyParser() {
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(4705)]).then(__webpack_require__.bind(__webpack_require__, 64742));
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

/***/ 42012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRetentionPolicyOf: () => (/* binding */ loadRetentionPolicyOf),
/* harmony export */   loadRetentionTrust: () => (/* binding */ loadRetentionTrust),
/* harmony export */   mayApplyPurge: () => (/* binding */ mayApplyPurge),
/* harmony export */   mayApprovePurge: () => (/* binding */ mayApprovePurge),
/* harmony export */   mayHold: () => (/* binding */ mayHold)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24964);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24310);




/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
async function loadRetentionTrust(settings, { policyOptional = false, writer = false, what = 'verify' } = {}) {
    // loaded here, not with this module: a warm index query reads the policy and never a keyring
    const { loadSignerKeyring, loadVerifierKeyring } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(5710), __webpack_require__.e(244), __webpack_require__.e(6599), __webpack_require__.e(1832)]).then(__webpack_require__.bind(__webpack_require__, 34663));
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

/***/ 99062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ signedPayloadOf),
/* harmony export */   B9: () => (/* binding */ checkSignedPair),
/* harmony export */   Tt: () => (/* binding */ signDocument),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   kR: () => (/* binding */ verifyDocument),
/* harmony export */   yG: () => (/* binding */ payloadTypeFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54705);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84598);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76043);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90870);
/* harmony import */ var _ed25519_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87478);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57430);







const KIND = /^[a-z][a-z0-9-]{0,63}$/;
/** `closure-packet` -> `application/vnd.release-evidence.closure-packet+json`. */
function payloadTypeFor(kind) {
    if (!KIND.test(kind))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `document kind '${kind}' is not a lowercase slug` });
    return `application/vnd.release-evidence.${kind}+json`;
}
/** Stable human rendering: keys sorted at every depth, 2-space indent, trailing newline. */
function renderJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const obj = value;
        // JCS orders by UTF-16 code units, which is also what the default string sort compares.
        return Object.fromEntries(Object.keys(obj)
            .sort()
            .map((k) => [k, sortKeys(obj[k])]));
    }
    return value;
}
function signDocument(kind, doc, signer) {
    const block = doc.signer;
    if (block?.key_id !== signer.keyId || block.signer_id !== signer.signerId || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .isCanonicalUtc */ .xy)(block.signed_at_utc)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `${kind}: the document's signer block does not name the signer that is signing it` });
    }
    const payloadType = payloadTypeFor(kind);
    const payload = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .Mr)(doc);
    const sig = Buffer.from(signer.sign((0,_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .pae */ .Zg)(payloadType, payload)));
    const envelope = {
        payloadType,
        payload: payload.toString('base64'),
        signatures: [{ keyid: signer.keyId, sig: sig.toString('base64') }]
    };
    return { json: renderJson(JSON.parse(payload.toString('utf8'))), sig: (0,_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .renderEnvelope */ .HP)(envelope), payload, payloadSha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(payload) };
}
/**
 * Verifies a .json/.sig pair as any reader would. `at` is the verification instant (epoch ms):
 * the document's own signed_at_utc must not be later, and the key must be valid at signed_at_utc
 * (a key that expired after signing does not invalidate what it signed while valid).
 */
function verifyDocument(kind, jsonBytes, sigBytes, keyring, at) {
    const checked = checkSignedPair(kind, jsonBytes, sigBytes, keyring, at);
    if (!checked.ok)
        return checked.failure;
    const [only] = checked.signatures;
    if (only && !only.ok)
        return { ok: false, kind, code: only.code, message: only.message, fix: only.fix };
    if (!only || !checked.doc)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `${kind}: a one-signature envelope verified without a document` });
    return { ok: true, kind, doc: checked.doc, key: only.key, signedAt: only.signedAt, payloadSha256: checked.payloadSha256 };
}
const REEXPORT = 'do not edit signed files; restore them from git history or export a new revision';
/**
 * The one verification routine: verifyDocument (one signature) and signature sets (several) both
 * call it, so a signature in a set passes the same checks, in the same order, as a document alone.
 *
 * The key of a signature is the trusted key it verifies under. The envelope's keyid is not signed
 * (DSSE: it "MUST NOT be used for security decisions"), so it only orders the search and picks the
 * wording of a failure; the signed signer block must then name that same key.
 *
 * `several` admits envelopes with several signatures. Each signature needs its own signed instant,
 * so such a document lists its signers as `signers: [block, ...]` (one per key) instead of
 * `signer`; every block is inside the payload, so every signature covers all of them.
 */
function checkSignedPair(kind, jsonBytes, sigBytes, keyring, at, { several = false } = {}) {
    const refuse = (code, message, fix) => ({ ok: false, failure: { ok: false, kind, code, message, fix } });
    const parsed = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseEnvelope */ .mE)(sigBytes);
    if (!parsed.ok)
        return refuse('ENVELOPE_INVALID', `the signature file ${parsed.reason}`, REEXPORT);
    const { envelope, payload } = parsed;
    const expected = payloadTypeFor(kind);
    if (envelope.payloadType !== expected) {
        return refuse('PAYLOAD_TYPE_MISMATCH', `the envelope is for '${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.printable)(envelope.payloadType, 80)}', expected '${expected}'`, 'pair each .json with its own .sig; a signature for one kind never verifies another');
    }
    if (!several && envelope.signatures.length !== 1)
        return refuse('ENVELOPE_INVALID', `the envelope has ${envelope.signatures.length} signatures, expected 1`, REEXPORT);
    const message = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .pae */ .Zg)(envelope.payloadType, payload);
    let content;
    const contentOf = () => (content ??= readContent(payload, several));
    const signatures = envelope.signatures.map((s, index) => checkSignature(s, index, message, keyring, at, contentOf));
    const payloadSha256 = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(payload);
    // Parsed at most once, and only after a signature verified: unsigned bytes are never interpreted.
    const read = signatures.some((s) => s.ok) ? contentOf() : undefined;
    if (!read?.ok)
        return { ok: true, doc: undefined, payloadSha256, signatures };
    // The .json is what people read: a pair whose .json is not the payload proves nothing.
    const rendering = checkRendering(jsonBytes, read.doc, payload);
    if (!rendering)
        return { ok: true, doc: read.doc, payloadSha256, signatures };
    return { ok: true, doc: undefined, payloadSha256, signatures: signatures.map((s) => (s.ok ? { ok: false, index: s.index, keyid: s.keyid, ...rendering } : s)) };
}
function readContent(payload, several) {
    const doc = parseCanonicalObject(payload);
    if (!doc)
        return { ok: false, message: 'the signed payload is not canonical JSON of an object' };
    // Both forms at once would let a reader pick which signer list to believe.
    if (several && doc.signer !== undefined && doc.signers !== undefined)
        return { ok: false, message: 'the signed document has both a signer block and a signers list' };
    const many = several ? doc.signers : undefined;
    const blocks = Array.isArray(many) ? many : [doc.signer];
    const complete = blocks.length > 0 && blocks.every((b) => typeof b === 'object' && b !== null && typeof b.signed_at_utc === 'string');
    if (!complete)
        return { ok: false, message: `the signed document has no ${several ? 'signer block (or signers list) ' : 'signer block '}with signed_at_utc` };
    const typed = blocks;
    // Two blocks for one key would give one signature two signing instants to choose from.
    if (new Set(typed.map((b) => b.key_id)).size !== typed.length)
        return { ok: false, message: 'the signed document lists one key in two signer blocks' };
    return { ok: true, doc, blocks: typed };
}
function checkSignature(signature, index, message, keyring, at, contentOf) {
    const fail = (code, text, fix) => ({ ok: false, index, keyid: signature.keyid, code, message: text, fix });
    const hinted = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_5__/* .findKey */ .Tj)(keyring, signature.keyid);
    const key = resolveKey(keyring, hinted, message, Buffer.from(signature.sig, 'base64'));
    if (!key) {
        if (!hinted)
            return fail('KEY_UNKNOWN', `key id '${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.printable)(signature.keyid, 80)}' is not in ${keyring.file}`, `add the signer's public key to ${keyring.file} if it is trusted`);
        return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${hinted.signerId}'`, REEXPORT);
    }
    const content = contentOf();
    if (!content.ok)
        return fail('DOCUMENT_INVALID', content.message, REEXPORT);
    const block = content.blocks.find((b) => b.key_id === key.keyId) ?? (content.blocks.length === 1 ? content.blocks[0] : undefined);
    if (!block)
        return fail('SIGNER_MISMATCH', `signature ${index + 1} verifies under the key of '${key.signerId}' (${key.keyId}), which the document's signers list does not name`, `sign only a document that names every signer, or re-export`);
    // The role is not compared: a keyring may rename a role later without unsigning history.
    if (block.key_id !== key.keyId || block.signer_id !== key.signerId) {
        const named = block.key_id === key.keyId ? undefined : (0,_keyring_js__WEBPACK_IMPORTED_MODULE_5__/* .findKey */ .Tj)(keyring, String(block.key_id));
        // The signed block and the keyid both name another trusted key: say the signature fails under it.
        if (named !== undefined && named === hinted)
            return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${named.signerId}'`, REEXPORT);
        return fail('SIGNER_MISMATCH', `the document names signer '${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.printable)(String(block.signer_id), 80)}' with key '${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.printable)(String(block.key_id), 80)}', the keyring says '${key.signerId}' for key ${key.keyId}`, `correct the keyring entry ${key.pointer} or re-export`);
    }
    const signedAtText = String(block.signed_at_utc);
    const signedAt = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseUtc */ .y5)(signedAtText);
    if (!signedAt.ok || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .isCanonicalUtc */ .xy)(signedAtText))
        return fail('DOCUMENT_INVALID', `signed_at_utc ${signedAt.ok ? 'is not canonical UTC' : signedAt.reason}`, REEXPORT);
    const validity = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValidAt */ .je)(key, signedAt.ms);
    if (!validity.ok)
        return fail(validity.code, validity.message, `only keys valid when the document was signed count; check ${keyring.file} ${key.pointer}`);
    if (signedAt.ms > at)
        return fail('SIGNED_IN_FUTURE', `the document says it was signed at ${signedAtText}, after the verification instant`, 'check the signer clock and the --now you passed');
    return { ok: true, index, keyid: signature.keyid, key, signedAt: signedAt.ms, hintMatched: hinted === key };
}
/**
 * The trusted key a signature verifies under. The hinted key is tried first because it is nearly
 * always right (one verification); only a wrong or unknown hint costs a pass over the keyring.
 */
function resolveKey(keyring, hinted, message, sig) {
    if (hinted && (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyBytes */ .RV)(message, sig, hinted.key))
        return hinted;
    return keyring.keys.find((k) => k !== hinted && (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyBytes */ .RV)(message, sig, k.key));
}
function checkRendering(jsonBytes, doc, payload) {
    const fail = (code, message) => ({ code, message, fix: REEXPORT });
    const json = typeof jsonBytes === 'string' ? jsonBytes : Buffer.from(jsonBytes).toString('utf8');
    // The tool's rendering of the signed document parses back to that document, so a .json that is
    // exactly it holds exactly the signed payload: one comparison settles the common case, and the
    // slower checks below only run to name what is wrong with a file that differs.
    // Bytes are compared exactly: a CRLF copy is not the file the tool wrote (a Windows checkout
    // that rewrites line endings must not be what gets committed; git stores what was published).
    // A document parsed from its canonical payload has its keys sorted at every depth already.
    if (json === (signedPayloads.has(doc) ? `${JSON.stringify(doc, null, 2)}\n` : renderJson(doc)))
        return undefined;
    let fileValue;
    try {
        fileValue = JSON.parse(json);
    }
    catch {
        return fail('DOCUMENT_INVALID', 'the .json file is not JSON');
    }
    let fileCanonical;
    try {
        fileCanonical = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .Mr)(fileValue);
    }
    catch {
        return fail('DOCUMENT_INVALID', 'the .json file cannot be canonicalized');
    }
    if (!fileCanonical.equals(payload))
        return fail('PAYLOAD_MISMATCH', `the .json content differs from the signed payload${firstDifference(fileValue, doc)}`);
    return fail('JSON_RENDERING_MISMATCH', 'the .json has the signed content but not the bytes the tool wrote (reformatted, or a duplicated key)');
}
function parseCanonicalObject(payload) {
    try {
        const text = payload.toString('utf8');
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return undefined;
        const doc = value;
        if (!isCanonicalText(text, doc) && !(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .Mr)(value).equals(payload))
            return undefined;
        signedPayloads.set(doc, payload);
        return doc;
    }
    catch {
        return undefined;
    }
}
// Documents parsed from a payload that is their RFC 8785 form, with that payload: what was signed
// is known exactly, so a digest over part of it (closure/digest.ts) need not serialize it again.
const signedPayloads = new WeakMap();
/** The canonical payload `doc` was parsed from by a verification, if it was. */
function signedPayloadOf(doc) {
    return signedPayloads.get(doc);
}
/**
 * `text` is the RFC 8785 form of `doc` (parsed from it), decided without serializing it the JCS
 * way: JSON.stringify writes strings and numbers as JCS does and keys in the object's own order,
 * which is the text's order unless a key is an array index. So the text is canonical when
 * stringify gives it back and every object's keys are strictly increasing as compared by UTF-16
 * units (sorted and unique). Text that may hold a lone surrogate (escaped, or bytes decoded to
 * U+FFFD) is left to the slow path, which compares bytes.
 */
function isCanonicalText(text, doc) {
    if (text.includes('\\ud') || text.includes('\\uD') || text.includes('\uFFFD'))
        return false;
    return JSON.stringify(doc) === text && keysSorted(doc);
}
function keysSorted(value) {
    if (Array.isArray(value))
        return value.every(keysSorted);
    if (value === null || typeof value !== 'object')
        return true;
    const obj = value;
    let prev;
    for (const k in obj) {
        if (prev !== undefined && !(prev < k))
            return false;
        prev = k;
        if (!keysSorted(obj[k]))
            return false;
    }
    return true;
}
/** " (first difference at /rows/0/resolved_by)": points the reader at the edit. */
function firstDifference(a, b, path = '') {
    const at = diffPath(a, b, path);
    return at === undefined ? '' : ` (first difference at ${at === '' ? '/' : (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.printable)(at, 80)})`;
}
function diffPath(a, b, path) {
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
        return Object.is(a, b) ? undefined : path;
    }
    const ao = a;
    const bo = b;
    const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort();
    for (const k of keys) {
        const d = diffPath(ao[k], bo[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        if (d !== undefined)
            return d;
    }
    return undefined;
}


/***/ }),

/***/ 57430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ loadKeyring),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   gr: () => (/* binding */ keyringFromPolicy),
/* harmony export */   je: () => (/* binding */ keyValidAt)
/* harmony export */ });
/* unused harmony export parseKeyring */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64742);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76043);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90870);
/* harmony import */ var _ed25519_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87478);





async function loadKeyring(path, file = path) {
    return keyringFromPolicy(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__.loadPolicyFile)('keyring', path, file));
}
function parseKeyring(text, file) {
    return keyringFromPolicy(parsePolicy('keyring', text, file));
}
/** The checks a JSON Schema cannot express: key length, time order, uniqueness. */
function keyringFromPolicy(policy) {
    const problems = [];
    const keys = [];
    const seen = new Map();
    policy.data.keys.forEach((e, i) => {
        const pointer = `/keys/${i}`;
        const raw = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeBase64 */ .y4)(e.public_key);
        if (!raw || raw.length !== _ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLIC_KEY_BYTES */ .kf) {
            problems.push({ file: policy.file, field: `${pointer}/public_key`, message: `is not base64 of a ${_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .PUBLIC_KEY_BYTES */ .kf}-byte Ed25519 public key`, fix: "paste the public key 'release-evidence keygen' printed" });
            return;
        }
        const from = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(e.valid_from_utc);
        const until = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(e.valid_until_utc);
        if (!from.ok)
            problems.push({ file: policy.file, field: `${pointer}/valid_from_utc`, message: from.reason });
        if (!until.ok)
            problems.push({ file: policy.file, field: `${pointer}/valid_until_utc`, message: until.reason });
        if (!from.ok || !until.ok)
            return;
        if (until.ms <= from.ms) {
            problems.push({ file: policy.file, field: `${pointer}/valid_until_utc`, message: 'is not after valid_from_utc', fix: 'a key must be valid for a non-empty interval' });
            return;
        }
        const keyId = (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .keyIdOf */ .yg)(raw);
        const dup = seen.get(keyId);
        if (dup !== undefined) {
            problems.push({ file: policy.file, field: `${pointer}/public_key`, message: `repeats the key of ${dup}`, fix: 'list each public key once; rotate by adding a new key' });
            return;
        }
        seen.set(keyId, pointer);
        keys.push({
            signerId: e.signer_id,
            role: e.role,
            publicKey: raw,
            publicKeyBase64: e.public_key,
            keyId,
            validFrom: from.ms,
            validUntil: until.ms,
            demo: e.demo === true,
            key: (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_3__/* .publicKeyFromRaw */ .Zz)(raw),
            pointer
        });
    });
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'POLICY_INVALID', message: `${policy.file}: invalid keyring`, problems });
    }
    return { file: policy.file, sha256: policy.sha256, keys };
}
function findKey(keyring, keyId) {
    return keyring.keys.find((k) => k.keyId === keyId);
}
/** Whether `key` may sign at instant `at` (epoch ms): valid_from inclusive, valid_until exclusive. */
function keyValidAt(key, at) {
    if (at < key.validFrom) {
        return { ok: false, code: 'KEY_NOT_YET_VALID', message: `key of ${key.signerId} is valid from ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(key.validFrom)}, not at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(at)}` };
    }
    if (at >= key.validUntil) {
        return { ok: false, code: 'KEY_EXPIRED', message: `key of ${key.signerId} expired at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(key.validUntil)}, before ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(at)}` };
    }
    return { ok: true };
}


/***/ }),

/***/ 70997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57430);



function signerBlock(signer) {
    return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(signer.at) };
}
/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
function createSigner(key, keyring, at, signerId) {
    const entry = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .findKey */ .Tj)(keyring, key.keyId);
    if (!entry) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
        });
    }
    if (signerId !== undefined && signerId !== entry.signerId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
        });
    }
    const valid = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValidAt */ .je)(entry, at);
    if (!valid.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: valid.code,
            message: `${valid.message} (${keyring.file} ${entry.pointer}); rotate: run 'release-evidence keygen' and add the new key to the keyring`
        });
    }
    return {
        signerId: entry.signerId,
        role: entry.role,
        keyId: entry.keyId,
        demo: entry.demo,
        at,
        sign: (message) => key.sign(message)
    };
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
