export const id = 2777;
export const ids = [2777,4964,2012,4310,5158,9631,4705];
export const modules = {

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

/***/ 54705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: sha256HexOffThread

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 78483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseRevision),
/* harmony export */   T: () => (/* binding */ formatRevision)
/* harmony export */ });
// Revision labels: r001 ... r999, then r1000. Three digits minimum so names sort within the first
// thousand; a non-canonical label (r1, r0001, r000) is not a revision. Shared by the packet
// contract and the store layout, so the two can never disagree on a revision's name.
function formatRevision(n) {
    if (!Number.isSafeInteger(n) || n < 1)
        throw new RangeError(`revision must be a positive integer, got ${n}`);
    return `r${String(n).padStart(3, '0')}`;
}
function parseRevision(label) {
    const m = /^r(\d{3,})$/.exec(label);
    if (!m)
        return null;
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n) || n < 1 || formatRevision(n) !== label)
        return null;
    return n;
}


/***/ })

};
