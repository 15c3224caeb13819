export const id = 4347;
export const ids = [4347,8035,9631,4964,4310,3487,2777,2012,4116];
export const modules = {

/***/ 2777:
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
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9062);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(997);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5138);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6096);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2012);








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
    const { loadPolicyFile } = await Promise.all(/* import() */[__webpack_require__.e(5732), __webpack_require__.e(4742), __webpack_require__.e(4116)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return checkRetentionPolicy(await loadPolicyFile('retention', path, file));
}
/** A parser of retention policy texts (the committed versions of the policy file). */
async function retentionPolicyParser() {
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(5732), __webpack_require__.e(4742), __webpack_require__.e(4116)]).then(__webpack_require__.bind(__webpack_require__, 4742));
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
    const { loadSignerKeyring, loadVerifierKeyring } = await Promise.all(/* import() */[__webpack_require__.e(5732), __webpack_require__.e(6415), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(4663)]).then(__webpack_require__.bind(__webpack_require__, 4663));
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

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7430);



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

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ canonicalBytes),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   o4: () => (/* binding */ canonicalSha256)
/* harmony export */ });
/* unused harmony export sha256HexOffThread */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8799);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
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
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
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

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
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


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
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


/***/ })

};
