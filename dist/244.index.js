export const id = 244;
export const ids = [244];
export const modules = {

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

/***/ 10244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ verifySignatureSet)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
;// CONCATENATED MODULE: ./src/signing/approval-requirement.ts


/** A policy author's requirement, refused with the field to fix (a threshold of 0 would accept anything). */
function checkRequirement(value, source = { file: 'approval requirement' }) {
    const problems = [];
    const at = (field) => `${source.pointer ?? ''}/${field}`;
    const roleList = (list, field) => {
        const ok = Array.isArray(list) && list.every((r) => typeof r === 'string' && r !== '');
        if (!ok)
            problems.push({ file: source.file, field: at(field), message: 'is not a list of role names', fix: 'list keyring roles, e.g. [compliance, release-authority]' });
        return ok;
    };
    if (!Number.isInteger(value.threshold) || value.threshold < 1) {
        problems.push({ file: source.file, field: at('threshold'), message: `is ${(0,ids.printable)(String(value.threshold), 40)}, not a whole number of at least 1`, fix: 'set how many distinct people must approve; 0 would accept no approvals at all' });
    }
    if (roleList(value.roles_required, 'roles_required') && value.roles_allowed !== undefined && roleList(value.roles_allowed, 'roles_allowed')) {
        value.roles_required.forEach((role, i) => {
            if (!value.roles_allowed?.includes(role)) {
                problems.push({ file: source.file, field: at(`roles_required/${i}`), message: `'${(0,ids.printable)(role, 80)}' is not in roles_allowed, so it could never be covered`, fix: 'add the role to roles_allowed or drop it from roles_required' });
            }
        });
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${source.file}: invalid approval requirement`, problems });
    return value;
}
/**
 * What the counted approvals leave unmet: the threshold counts people, and every required role
 * needs a signer of its own.
 */
function judgeApprovals(requirement, signers, keys, subject) {
    const roles = coverRoles(requirement.roles_required, signers);
    const unmet = [];
    if (signers.length < requirement.threshold) {
        unmet.push({
            code: 'APPROVAL_THRESHOLD_UNMET',
            message: `${signers.length} distinct signer(s) (${keys} distinct key(s)) approved ${(0,ids.printable)(subject, 80)}; ${requirement.threshold} required`,
            fix: 'collect approvals from more people in allowed roles; a second key of the same person does not count'
        });
    }
    for (const role of roles.missing) {
        unmet.push({
            code: 'APPROVAL_ROLE_MISSING',
            message: `no distinct signer in role '${(0,ids.printable)(role, 80)}' approved ${(0,ids.printable)(subject, 80)}`,
            fix: `a signer whose role is '${(0,ids.printable)(role, 80)}', and who covers no other required role, must sign an approval`
        });
    }
    return { roles, unmet };
}
/**
 * Gives each required role its own signer, as many as possible (a bipartite matching by
 * augmenting paths): greedy assignment could spend the only signer of a scarce role on a common one.
 */
function coverRoles(required, signers) {
    const slotOf = new Map(); // signer index -> the required slot it covers
    const assign = (slot, seen) => signers.some((s, i) => {
        if (seen.has(i) || !s.roles.includes(required[slot]))
            return false;
        seen.add(i);
        const held = slotOf.get(i);
        if (held !== undefined && !assign(held, seen))
            return false;
        slotOf.set(i, slot);
        return true;
    });
    required.forEach((_, slot) => assign(slot, new Set()));
    const signerOf = new Map([...slotOf].map(([signer, slot]) => [slot, signers[signer].signerId]));
    return {
        covered: required.flatMap((role, slot) => {
            const signerId = signerOf.get(slot);
            return signerId === undefined ? [] : [{ role, signerId }];
        }),
        missing: required.filter((_, slot) => !signerOf.has(slot))
    };
}

// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(99062);
;// CONCATENATED MODULE: ./src/signing/signature-set.ts





/** Verifies every document and signature, counts approvals, and judges them against the requirement. */
function verifySignatureSet(input) {
    const requirement = checkRequirement(input.requirement, input.requirementSource);
    const allowed = requirement.roles_allowed;
    const roleOf = input.roleOf ?? ((key) => key.role);
    const invalid = [];
    const candidates = [];
    const names = new Set();
    for (const d of input.documents) {
        if (names.has(d.name))
            throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `signature set for ${input.subject}: document ${d.name} passed twice` });
        names.add(d.name);
        const checked = (0,signing_document/* checkSignedPair */.B9)(input.kind, d.json, d.sig, input.keyring, input.at, { several: true });
        if (!checked.ok) {
            const { code, message, fix } = checked.failure;
            invalid.push({ document: d.name, index: null, keyid: null, code, message, fix });
            continue;
        }
        const wrongSubject = checked.doc && subjectProblem(checked.doc, input);
        for (const s of checked.signatures) {
            const reject = (code, message, fix) => invalid.push({ document: d.name, index: s.index, keyid: s.keyid, code, message, fix });
            if (!s.ok) {
                reject(s.code, s.message, s.fix);
                continue;
            }
            const role = roleOf(s.key);
            if (wrongSubject)
                reject('SUBJECT_MISMATCH', wrongSubject, 'an approval counts only for the subject it signs; sign an approval of this subject');
            else if (allowed && !allowed.includes(role)) {
                reject('SIGNER_ROLE_NOT_ALLOWED', `'${s.key.signerId}' signs as '${(0,ids.printable)(role, 80)}', not one of ${allowed.join(', ')}`, `only approvals by ${allowed.join(', ')} count; ask a signer in one of those roles`);
            }
            else
                candidates.push({ document: d.name, index: s.index, key: s.key, role, signedAt: s.signedAt, hintMatched: s.hintMatched });
        }
    }
    // The earliest signature of a key is the one that counts, whatever order the files came in.
    candidates.sort((a, b) => a.signedAt - b.signedAt || compare(a.document, b.document) || a.index - b.index);
    const byKey = new Map();
    for (const c of candidates) {
        const first = byKey.get(c.key.keyId);
        if (!first)
            byKey.set(c.key.keyId, c);
        else {
            invalid.push({
                document: c.document,
                index: c.index,
                keyid: c.key.keyId,
                code: 'SIGNATURE_DUPLICATE_KEY',
                message: `the key of '${c.key.signerId}' (${c.key.keyId}) already counted for ${first.document} signature ${first.index + 1}`,
                fix: 'nothing to do: one key counts once; a second approval needs a second person'
            });
        }
    }
    const counted = [...byKey.values()].sort((a, b) => compare(a.key.signerId, b.key.signerId) || compare(a.key.keyId, b.key.keyId));
    const distinctSigners = signersOf(counted);
    const { roles, unmet } = judgeApprovals(requirement, distinctSigners, counted.length, input.subject);
    return {
        kind: input.kind,
        subject: input.subject,
        valid: counted.map((c) => ({ document: c.document, index: c.index, signerId: c.key.signerId, role: c.role, keyId: c.key.keyId, signedAtUtc: (0,time/* formatUtc */.ay)(c.signedAt), demo: c.key.demo, hintMatched: c.hintMatched })),
        invalid: invalid.sort((a, b) => compare(a.document, b.document) || (a.index ?? -1) - (b.index ?? -1) || compare(a.code, b.code)),
        distinctKeys: counted.map((c) => c.key.keyId).sort(compare),
        distinctSigners,
        roles,
        unmet,
        met: unmet.length === 0
    };
}
function subjectProblem(doc, input) {
    const where = typeof input.subjectOf === 'string' ? ` at ${input.subjectOf}` : '';
    const named = typeof input.subjectOf === 'string' ? atPointer(doc, input.subjectOf) : input.subjectOf(doc);
    if (typeof named !== 'string')
        return `the document names no subject${where}`;
    return named === input.subject ? undefined : `the document approves '${(0,ids.printable)(named, 80)}'${where}, not '${(0,ids.printable)(input.subject, 80)}'`;
}
/** RFC 6901: '' is the whole document, '/a/0' a path; own properties only. */
function atPointer(doc, pointer) {
    if (pointer === '')
        return doc;
    let node = doc;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token))
            return undefined;
        node = node[token];
    }
    return node;
}
function signersOf(counted) {
    const bySigner = new Map();
    for (const c of counted) {
        const s = bySigner.get(c.key.signerId) ?? { signerId: c.key.signerId, roles: [], keyIds: [] };
        if (!s.roles.includes(c.role))
            s.roles.push(c.role);
        s.keyIds.push(c.key.keyId);
        bySigner.set(s.signerId, s);
    }
    return [...bySigner.values()].map((s) => ({ ...s, roles: s.roles.sort(compare), keyIds: s.keyIds.sort(compare) })).sort((a, b) => compare(a.signerId, b.signerId));
}
/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
