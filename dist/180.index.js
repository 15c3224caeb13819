export const id = 180;
export const ids = [180];
export const modules = {

/***/ 99062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ checkSignedPair),
/* harmony export */   Tt: () => (/* binding */ signDocument),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   kR: () => (/* binding */ verifyDocument),
/* harmony export */   yG: () => (/* binding */ payloadTypeFor)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95138);
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
    if (json === renderJson(doc))
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
        const value = JSON.parse(payload.toString('utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return undefined;
        return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalBytes */ .Mr)(value).equals(payload) ? value : undefined;
    }
    catch {
        return undefined;
    }
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


/***/ }),

/***/ 62180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadOptionalTrust: () => (/* binding */ loadOptionalTrust),
/* harmony export */   outcomeInspector: () => (/* binding */ outcomeInspector),
/* harmony export */   packetInspector: () => (/* binding */ packetInspector),
/* harmony export */   signoffInspector: () => (/* binding */ signoffInspector)
/* harmony export */ });
/* unused harmony exports inspectPacket, inspectSignoff, inspectOutcome */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99062);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95138);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76043);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16035);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99935);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83167);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7756);













// Lesson 120's two families as `verify` sees them: every packet and every decision is checked
// on its own bytes (signature, schema, hash, signer class); the store adds write-once, chains and
// layout. Whether the decisions add up to an approval is history's question: `strategy status`.
const VERIFIER_VERSION = 'strategy-verifier/1';
/** The trust of lesson 120, or null when the repository has no strategy policy (nothing to trust). */
async function loadOptionalTrust(settings) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, settings.policies['strategy-approval']));
    }
    catch {
        return null;
    }
    return (0,_trust_js__WEBPACK_IMPORTED_MODULE_9__/* .loadStrategyTrust */ .C)(settings);
}
const NO_POLICY = { code: 'STRATEGY_PACKET_INVALID', field: '', detail: 'there is no strategy-approval policy to verify this file against; add policies/strategy-approval.yaml (--strategy-policy)' };
function packetInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_6__/* .STRATEGY_FAMILY */ .bj,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0packet\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectPacket(input, trust, now)
    };
}
function signoffInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNOFF_FAMILY */ .mj,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0signoff\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectSignoff(input, trust, now)
    };
}
function looseFacts(json) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_10__/* .parseLoose */ .i)(json);
    const ok = typeof d === 'object' && d !== null;
    return {
        packetId: ok && typeof d.strategy_packet_id === 'string' ? d.strategy_packet_id : null,
        digest: ok && typeof d.packet_sha256 === 'string' ? d.packet_sha256 : null,
        supersedes: ok && d.supersedes && typeof d.supersedes.packet_sha256 === 'string' ? d.supersedes.packet_sha256 : null,
        windowId: ok && typeof d.release_window_id === 'string' ? d.release_window_id : null,
        revision: ok && typeof d.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .parseRevision */ .P)(d.revision) : null,
        signerId: ok && typeof d.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: ok && typeof d.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: ok && typeof d.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null
    };
}
function inspectPacket(input, trust, now) {
    const facts = looseFacts(input.packet);
    if (input.signature === undefined)
        return { ...facts, findings: [] };
    if (!trust)
        return { ...facts, findings: [NO_POLICY] };
    const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .readPacket */ .di)(input.packet, input.signature, trust, now);
    const findings = read.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_7__/* .isBlocking */ .Us);
    if (read.packet && read.packet.exception_cluster_id !== input.ref.key)
        findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'exception_cluster_id', detail: `the packet names cluster '${read.packet.exception_cluster_id}' but is stored as ${input.ref.key}` });
    return { ...facts, findings };
}
function inspectSignoff(input, trust, now) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_10__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_packet_id === 'string' && typeof d.signer?.signer_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/${d.signer.signer_id}` : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNOFF_PAYLOAD_KIND */ .Py, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const s = v.doc;
    const findings = [];
    const policy = trust.policy.data;
    if (policy.ci_signer_ids.includes(v.key.signerId))
        findings.push({ code: 'STRATEGY_CI_KEY_APPROVAL', field: 'signer', detail: `the CI key of '${v.key.signerId}' signed a decision` });
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .signerEntry */ .d2)(policy, v.key.signerId);
    if (!entry && !policy.ci_signer_ids.includes(v.key.signerId))
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `'${v.key.signerId}' is not a signer of ${trust.policy.file}` });
    if (entry && (s.signer_class !== entry.class || s.authority_scope !== entry.authority_scope))
        findings.push({ code: 'STRATEGY_SIGNER_CONFLICT', field: 'signer_class', detail: `'${entry.signer_id}' signed as ${s.signer_class}; the policy has ${entry.class}` });
    if (s.schema !== _types_js__WEBPACK_IMPORTED_MODULE_12__/* .SIGNOFF_SCHEMA */ .xi)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(s.schema)}` });
    const rev = typeof s.packet_revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .parseRevision */ .P)(s.packet_revision) : null;
    if (rev === null || (0,_family_js__WEBPACK_IMPORTED_MODULE_6__/* .signoffKey */ .k5)(String(s.exception_cluster_id), rev, v.key.signerId) !== input.ref.key) {
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `a decision by '${v.key.signerId}' on ${String(s.exception_cluster_id)} ${String(s.packet_revision)} stored as ${input.ref.key}` });
    }
    return { ...base, findings };
}
function outcomeInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTCOME_FAMILY */ .WM,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0outcome\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectOutcome(input, trust, now)
    };
}
function inspectOutcome(input, trust, now) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_10__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_packet_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/outcome` : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTCOME_PAYLOAD_KIND */ .p8, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const o = v.doc;
    const findings = [];
    if (o.schema !== _types_js__WEBPACK_IMPORTED_MODULE_12__/* .OUTCOME_SCHEMA */ .L0)
        findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(o.schema)}` });
    if (`${o.exception_cluster_id}-${o.packet_revision}` !== input.ref.key)
        findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'packet_revision', detail: `a review of ${String(o.exception_cluster_id)} ${String(o.packet_revision)} stored as ${input.ref.key}` });
    return { ...base, findings };
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
