export const id = 12;
export const ids = [12,310];
export const modules = {

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   parseRetentionPolicy: () => (/* binding */ parseRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4742);


async function loadRetentionPolicy(path, file = path) {
    return checkRetentionPolicy(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicyFile */ .n)('retention', path, file));
}
function parseRetentionPolicy(text, file) {
    return checkRetentionPolicy((0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .O)('retention', text, file));
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
/* harmony export */   loadRetentionTrust: () => (/* binding */ loadRetentionTrust),
/* harmony export */   mayHold: () => (/* binding */ mayHold)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7430);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4310);




/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
async function loadRetentionTrust(settings, { policyOptional = false } = {}) {
    const ws = settings.workspace;
    const keyringAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws, settings.policies['keyring']);
    const policyAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws, settings.policies['retention']);
    const file = displayPath(ws, policyAbs);
    const policy = policyOptional && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(policyAbs) ? noPolicy(file) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.loadRetentionPolicy)(policyAbs, file);
    const [keyring, loaded] = await Promise.all([(0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKeyring */ .Or)(keyringAbs, displayPath(ws, keyringAbs)), policy]);
    return { keyring, policy: loaded };
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
/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ renderEnvelope),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
// DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1.0). The signature covers the
// pre-authentication encoding of (payloadType, payload), so a signature made for one document kind
// can never verify as another, and nothing outside the envelope's two fields is trusted.
/** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body; LEN is the decimal byte count. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
        type,
        Buffer.from(` ${payload.length} `, 'ascii'),
        payload
    ]);
}
/** The `.sig` file: the envelope as JSON, fixed key order, one trailing newline. */
function renderEnvelope(env) {
    const ordered = {
        payloadType: env.payloadType,
        payload: env.payload,
        signatures: env.signatures.map((s) => ({ keyid: s.keyid, sig: s.sig }))
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Strict base64 (standard alphabet, padded): Buffer.from would silently skip junk characters. */
function decodeBase64(text) {
    return BASE64.test(text) ? Buffer.from(text, 'base64') : undefined;
}
/** Parses `.sig` bytes into an envelope, rejecting anything that is not exactly the documented shape. */
function parseEnvelope(bytes) {
    let value;
    try {
        value = JSON.parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return { ok: false, reason: 'is not JSON' };
    }
    if (!isRecord(value))
        return { ok: false, reason: 'is not a JSON object' };
    const extra = Object.keys(value).filter((k) => !['payloadType', 'payload', 'signatures'].includes(k));
    if (extra.length > 0)
        return { ok: false, reason: `has unknown field '${extra[0]}'` };
    const { payloadType, payload, signatures } = value;
    if (typeof payloadType !== 'string' || payloadType === '')
        return { ok: false, reason: 'has no payloadType' };
    if (typeof payload !== 'string')
        return { ok: false, reason: 'has no payload' };
    const body = decodeBase64(payload);
    if (!body)
        return { ok: false, reason: 'payload is not base64' };
    if (!Array.isArray(signatures) || signatures.length === 0)
        return { ok: false, reason: 'has no signatures' };
    const sigs = [];
    for (const s of signatures) {
        if (!isRecord(s) || typeof s.keyid !== 'string' || typeof s.sig !== 'string' || !decodeBase64(s.sig)) {
            return { ok: false, reason: 'has a signature without a keyid or a base64 sig' };
        }
        sigs.push({ keyid: s.keyid, sig: s.sig });
    }
    return { ok: true, envelope: { payloadType, payload, signatures: sigs }, payload: body };
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 7430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ loadKeyring),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   gr: () => (/* binding */ keyringFromPolicy),
/* harmony export */   je: () => (/* binding */ keyValidAt)
/* harmony export */ });
/* unused harmony export parseKeyring */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4742);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(870);
/* harmony import */ var _ed25519_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7478);





async function loadKeyring(path, file = path) {
    return keyringFromPolicy(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicyFile */ .n)('keyring', path, file));
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


/***/ })

};
