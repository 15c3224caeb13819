export const id = 609;
export const ids = [609];
export const modules = {

/***/ 82253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ sealPacket),
/* harmony export */   JQ: () => (/* binding */ signatureDigest),
/* harmony export */   lO: () => (/* binding */ contentKey)
/* harmony export */ });
/* unused harmony export EXPORT_EVENT_FIELDS */
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95138);

// Three digests, each over RFC 8785 canonical bytes, each with one job:
//
//   signature_digest = sha256(JCS(packet without signature_digest))
//       The packet's name in the hash chain: revision N+1 records it in `supersedes`, the retention
//       index (lesson 115) and lineage graph (lesson 116) key on it. It is inside the signed
//       payload, so the signature covers it.
//   payload sha256  = sha256(JCS(packet)), i.e. of the exact bytes the DSSE signature covers.
//   contentKey      = sha256(JCS(packet without exported_at_utc, revision, supersedes, signer,
//       signature_digest)): what the closure content is, independent of when, by whom and as
//       which revision it was exported. Equal keys mean "nothing changed; write nothing".
function signatureDigest(body) {
    const { signature_digest: _omit, ...rest } = body;
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalSha256 */ .o4)(rest);
}
function sealPacket(body) {
    return { ...body, signature_digest: signatureDigest(body) };
}
/** Fields that record the export event rather than the closure content. */
const EXPORT_EVENT_FIELDS = ['exported_at_utc', 'revision', 'supersedes', 'signer', 'signature_digest'];
function contentKey(packet) {
    const rest = { ...packet };
    for (const f of EXPORT_EVENT_FIELDS)
        delete rest[f];
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalSha256 */ .o4)(rest);
}


/***/ }),

/***/ 90609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  closureInspector: () => (/* binding */ closureInspector),
  loadClosureTrust: () => (/* binding */ loadClosureTrust),
  d: () => (/* binding */ renderVerifyLog)
});

// UNUSED EXPORTS: inspectClosure

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 23 modules
var gate = __webpack_require__(65134);
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(57430);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(70269);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/load.ts + 2 modules
var load = __webpack_require__(64742);
;// CONCATENATED MODULE: ./src/closure/policy.ts


async function loadClosurePolicy(path, file = path) {
    return checkClosurePolicy(await (0,load/* loadPolicyFile */.n)('closure-packet', path, file));
}
function parseClosurePolicy(text, file) {
    return checkClosurePolicy(parsePolicy('closure-packet', text, file));
}
function checkClosurePolicy(policy) {
    const { data, file } = policy;
    const problems = [];
    const kinds = new Set();
    const fields = new Set();
    data.evidence_refs.forEach((r, i) => {
        if (kinds.has(r.kind))
            problems.push({ file, field: `/evidence_refs/${i}/kind`, message: `kind '${r.kind}' is listed twice`, fix: 'list each evidence kind once' });
        if (fields.has(r.field))
            problems.push({ file, field: `/evidence_refs/${i}/field`, message: `field '${r.field}' is used twice`, fix: 'give each kind its own field name' });
        kinds.add(r.kind);
        fields.add(r.field);
    });
    if (!kinds.has(data.lineage.final_approver_from)) {
        problems.push({
            file,
            field: '/lineage/final_approver_from',
            message: `'${data.lineage.final_approver_from}' is not one of the evidence_refs kinds`,
            fix: `use one of ${[...kinds].join(', ')}`
        });
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${file}: invalid closure-packet policy`, problems });
    return policy;
}

// EXTERNAL MODULE: ./src/closure/sign.ts + 3 modules
var sign = __webpack_require__(34413);
;// CONCATENATED MODULE: ./src/closure/inspector.ts









// Closure packets as the store's first family: the inspector the verifier calls for every
// packet, and the verify log written beside each published revision.
/** Bumped when the closure verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'closure-verifier/1';
async function loadClosureTrust(settings) {
    const ws = settings.workspace;
    const keyringAbs = (0,external_node_path_.resolve)(ws, settings.policies['keyring']);
    const policyAbs = (0,external_node_path_.resolve)(ws, settings.policies['closure-packet']);
    const [keyring, policy] = await Promise.all([(0,signing_keyring/* loadKeyring */.Or)(keyringAbs, (0,gate.displayPath)(ws, keyringAbs)), loadClosurePolicy(policyAbs, (0,gate.displayPath)(ws, policyAbs))]);
    return { keyring, policy };
}
function closureInspector(trust, now) {
    return {
        family: family/* CLOSURE_FAMILY */.L,
        fingerprint: (0,hash/* sha256Hex */.fg)(`${VERIFIER_VERSION}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
        now,
        inspect: (input) => inspectClosure(input, trust, now)
    };
}
function inspectClosure(input, trust, now) {
    if (input.signature === undefined) {
        // The missing envelope is the store's finding (C7); the packet's own fields still name it.
        return { ...(0,sign/* factsOf */.xS)((0,json/* parseLoose */.i)(input.packet)), findings: [] };
    }
    const v = (0,sign/* verifyPacket */.UH)(input.packet, input.signature, trust.keyring, trust.policy, now);
    return {
        ...v.facts,
        findings: v.findings.map((f) => ({ code: f.code, field: f.field, detail: f.fix ? `${f.detail}; ${f.fix}` : f.detail, file: f.field === '' && isEnvelopeCode(f.code) ? envelopePath(input.path) : undefined }))
    };
}
const ENVELOPE_CODES = new Set(['ENVELOPE_INVALID', 'PAYLOAD_TYPE_MISMATCH', 'KEY_UNKNOWN', 'KEY_EXPIRED', 'KEY_NOT_YET_VALID', 'SIGNATURE_INVALID']);
function isEnvelopeCode(code) {
    return ENVELOPE_CODES.has(code);
}
function envelopePath(packetPath) {
    return packetPath.replace(/\.json$/, '.sig');
}
/**
 * The verify-rNNN.log published beside each revision: what was checked before publishing, by
 * which key and under which policies. Deterministic: the same packet and instant give the same log.
 */
function renderVerifyLog(args) {
    const { packet, verification, trust, paths } = args;
    const sig = verification.signature;
    const lines = [
        ['packet', paths.packet],
        ['envelope', paths.signature],
        ['payload_type', family/* CLOSURE_FAMILY */.L.payloadType],
        ['packet_id', packet.packet_id],
        ['release_window_id', packet.release_window_id],
        ['revision', `${packet.revision}${packet.supersedes ? ` (supersedes ${packet.supersedes.revision} sha256:${packet.supersedes.signature_digest})` : ' (first)'}`],
        ['signature_digest', `sha256:${packet.signature_digest}`],
        ['payload_sha256', sig.ok ? sig.payloadSha256 : '(not verified)'],
        ['signer', `${packet.signer.signer_id} (role ${packet.signer.role}, key id ${packet.signer.key_id})`],
        ['signed_at_utc', packet.signer.signed_at_utc],
        ['keyring', `${trust.keyring.file} sha256:${trust.keyring.sha256}`],
        ['closure_policy', `${trust.policy.file} sha256:${trust.policy.sha256} (schema v${trust.policy.data.schema_version})`],
        ['rows', `${packet.rows.length} resolved, ${packet.left_out.total} left out`],
        [
            'checks',
            verification.ok
                ? 'Ed25519 signature over DSSE PAE; .json equals signed payload; required fields; signature_digest; revision link; rows sorted; evidence refs; approver lineage; UTC timestamps'
                : verification.findings.map((f) => `${f.code}${f.field ? ` ${f.field}` : ''}`).join('; ')
        ],
        ['result', verification.ok ? 'VERIFIED' : 'FAILED'],
        ['verified_at_utc', (0,time/* formatUtc */.ay)(args.now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence closure packet verification', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 34413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xS: () => (/* binding */ factsOf),
  _O: () => (/* binding */ signPacket),
  UH: () => (/* binding */ verifyPacket)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(90870);
// EXTERNAL MODULE: ./src/signing/ed25519.ts
var ed25519 = __webpack_require__(87478);
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(57430);
;// CONCATENATED MODULE: ./src/signing/document.ts







const KIND = /^[a-z][a-z0-9-]{0,63}$/;
/** `closure-packet` -> `application/vnd.release-evidence.closure-packet+json`. */
function payloadTypeFor(kind) {
    if (!KIND.test(kind))
        throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `document kind '${kind}' is not a lowercase slug` });
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
    if (block?.key_id !== signer.keyId || block.signer_id !== signer.signerId || !(0,time/* isCanonicalUtc */.xy)(block.signed_at_utc)) {
        throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `${kind}: the document's signer block does not name the signer that is signing it` });
    }
    const payloadType = payloadTypeFor(kind);
    const payload = (0,hash/* canonicalBytes */.Mr)(doc);
    const sig = Buffer.from(signer.sign((0,dsse/* pae */.Zg)(payloadType, payload)));
    const envelope = {
        payloadType,
        payload: payload.toString('base64'),
        signatures: [{ keyid: signer.keyId, sig: sig.toString('base64') }]
    };
    return { json: renderJson(JSON.parse(payload.toString('utf8'))), sig: (0,dsse/* renderEnvelope */.HP)(envelope), payload, payloadSha256: (0,hash/* sha256Hex */.fg)(payload) };
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
        throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `${kind}: a one-signature envelope verified without a document` });
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
    const parsed = (0,dsse/* parseEnvelope */.mE)(sigBytes);
    if (!parsed.ok)
        return refuse('ENVELOPE_INVALID', `the signature file ${parsed.reason}`, REEXPORT);
    const { envelope, payload } = parsed;
    const expected = payloadTypeFor(kind);
    if (envelope.payloadType !== expected) {
        return refuse('PAYLOAD_TYPE_MISMATCH', `the envelope is for '${(0,ids.printable)(envelope.payloadType, 80)}', expected '${expected}'`, 'pair each .json with its own .sig; a signature for one kind never verifies another');
    }
    if (!several && envelope.signatures.length !== 1)
        return refuse('ENVELOPE_INVALID', `the envelope has ${envelope.signatures.length} signatures, expected 1`, REEXPORT);
    const message = (0,dsse/* pae */.Zg)(envelope.payloadType, payload);
    let content;
    const contentOf = () => (content ??= readContent(payload, several));
    const signatures = envelope.signatures.map((s, index) => checkSignature(s, index, message, keyring, at, contentOf));
    const payloadSha256 = (0,hash/* sha256Hex */.fg)(payload);
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
    const hinted = (0,signing_keyring/* findKey */.Tj)(keyring, signature.keyid);
    const key = resolveKey(keyring, hinted, message, Buffer.from(signature.sig, 'base64'));
    if (!key) {
        if (!hinted)
            return fail('KEY_UNKNOWN', `key id '${(0,ids.printable)(signature.keyid, 80)}' is not in ${keyring.file}`, `add the signer's public key to ${keyring.file} if it is trusted`);
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
        const named = block.key_id === key.keyId ? undefined : (0,signing_keyring/* findKey */.Tj)(keyring, String(block.key_id));
        // The signed block and the keyid both name another trusted key: say the signature fails under it.
        if (named !== undefined && named === hinted)
            return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${named.signerId}'`, REEXPORT);
        return fail('SIGNER_MISMATCH', `the document names signer '${(0,ids.printable)(String(block.signer_id), 80)}' with key '${(0,ids.printable)(String(block.key_id), 80)}', the keyring says '${key.signerId}' for key ${key.keyId}`, `correct the keyring entry ${key.pointer} or re-export`);
    }
    const signedAtText = String(block.signed_at_utc);
    const signedAt = (0,time/* parseUtc */.y5)(signedAtText);
    if (!signedAt.ok || !(0,time/* isCanonicalUtc */.xy)(signedAtText))
        return fail('DOCUMENT_INVALID', `signed_at_utc ${signedAt.ok ? 'is not canonical UTC' : signedAt.reason}`, REEXPORT);
    const validity = (0,signing_keyring/* keyValidAt */.je)(key, signedAt.ms);
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
    if (hinted && (0,ed25519/* verifyBytes */.RV)(message, sig, hinted.key))
        return hinted;
    return keyring.keys.find((k) => k !== hinted && (0,ed25519/* verifyBytes */.RV)(message, sig, k.key));
}
function checkRendering(jsonBytes, doc, payload) {
    const fail = (code, message) => ({ code, message, fix: REEXPORT });
    const json = typeof jsonBytes === 'string' ? jsonBytes : Buffer.from(jsonBytes).toString('utf8');
    // The tool's rendering of the signed document parses back to that document, so a .json that is
    // exactly it holds exactly the signed payload: one comparison settles the common case, and the
    // slower checks below only run to name what is wrong with a file that differs.
    // A Windows checkout may have turned LF into CRLF; that is transport, not content.
    const asWritten = json.includes('\r') ? json.replace(/\r\n/g, '\n') : json;
    if (asWritten === renderJson(doc))
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
        fileCanonical = (0,hash/* canonicalBytes */.Mr)(fileValue);
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
        return (0,hash/* canonicalBytes */.Mr)(value).equals(payload) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** " (first difference at /rows/0/resolved_by)": points the reader at the edit. */
function firstDifference(a, b, path = '') {
    const at = diffPath(a, b, path);
    return at === undefined ? '' : ` (first difference at ${at === '' ? '/' : (0,ids.printable)(at, 80)})`;
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

// EXTERNAL MODULE: ./src/closure/digest.ts
var digest = __webpack_require__(82253);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(78483);
;// CONCATENATED MODULE: ./src/closure/check.ts



const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v) => (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null);
function checkPacket(doc, policy) {
    const out = [];
    const add = (code, field, detail) => out.push({ code, field, detail });
    if (!isObj(doc)) {
        add('PACKET_FIELD_MISSING', '', 'the packet is not a JSON object');
        return out;
    }
    const p = policy.data;
    for (const f of p.required_packet_fields) {
        if (f === 'signature_digest')
            continue;
        // supersedes is null on a first revision: required means present, not non-null
        if (f === 'supersedes' ? !(f in doc) : !filled(doc[f]))
            add('PACKET_FIELD_MISSING', `/${f}`, `required field ${f} is missing or empty`);
    }
    checkDigest(doc, add);
    checkRevision(doc, add);
    checkTimestamps(doc, '', add);
    const rows = doc.rows;
    if (rows !== undefined && !Array.isArray(rows))
        add('PACKET_FIELD_MISSING', '/rows', 'rows is not a list');
    if (!Array.isArray(rows))
        return out;
    let previous;
    rows.forEach((row, i) => {
        const at = `/rows/${i}`;
        if (!isObj(row)) {
            add('PACKET_FIELD_MISSING', at, 'row is not an object');
            return;
        }
        for (const f of p.required_row_fields)
            if (!filled(row[f]))
                add('PACKET_FIELD_MISSING', `${at}/${f}`, `required row field ${f} is missing or empty`);
        const id = typeof row.alarm_id === 'string' ? row.alarm_id : '';
        if (previous !== undefined && !(previous < id))
            add('PACKET_ROWS_UNSORTED', `${at}/alarm_id`, `'${id}' follows '${previous}': rows must be in strictly increasing alarm_id order`);
        previous = id;
        checkRefs(row, at, policy, add);
        checkLineage(row, at, add);
    });
    return out;
}
function checkDigest(doc, add) {
    const d = doc.signature_digest;
    if (d === undefined || d === null || d === '') {
        add('PACKET_DIGEST_MISSING', '/signature_digest', 'the packet has no signature_digest');
        return;
    }
    const expected = (0,digest/* signatureDigest */.JQ)(doc);
    if (d !== expected)
        add('PACKET_DIGEST_MISMATCH', '/signature_digest', `signature_digest is ${String(d).slice(0, 80)}, the packet's content hashes to ${expected}`);
}
function checkRevision(doc, add) {
    if (typeof doc.revision !== 'string')
        return;
    const n = (0,revision/* parseRevision */.P)(doc.revision);
    if (n === null) {
        add('PACKET_REVISION_INVALID', '/revision', `revision '${doc.revision.slice(0, 40)}' is not of the form r001`);
        return;
    }
    const s = doc.supersedes;
    if (n === 1) {
        if (s !== null && s !== undefined)
            add('PACKET_REVISION_INVALID', '/supersedes', 'r001 is the first revision and supersedes nothing');
        return;
    }
    if (!isObj(s) || typeof s.signature_digest !== 'string' || !/^[0-9a-f]{64}$/.test(s.signature_digest)) {
        add('PACKET_REVISION_INVALID', '/supersedes', `${doc.revision} must name the revision it supersedes and its signature_digest`);
    }
    else if (s.revision !== (0,revision/* formatRevision */.T)(n - 1)) {
        add('PACKET_REVISION_INVALID', '/supersedes/revision', `${doc.revision} supersedes '${String(s.revision).slice(0, 40)}', expected ${(0,revision/* formatRevision */.T)(n - 1)}`);
    }
}
// Every key ending in _utc, at any depth, holds canonical UTC (C5): one rule, no list to forget.
function checkTimestamps(value, at, add) {
    if (Array.isArray(value)) {
        value.forEach((v, i) => checkTimestamps(v, `${at}/${i}`, add));
        return;
    }
    if (!isObj(value))
        return;
    for (const [k, v] of Object.entries(value)) {
        const here = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (k.endsWith('_utc')) {
            if (typeof v !== 'string' || !(0,time/* isCanonicalUtc */.xy)(v))
                add('PACKET_TIMESTAMP_NOT_UTC', here, `${JSON.stringify(v)?.slice(0, 60)} is not canonical UTC (e.g. 2026-11-23T14:05:00Z)`);
        }
        else {
            checkTimestamps(v, here, add);
        }
    }
}
function checkRefs(row, at, policy, add) {
    const refs = row.closure_evidence_refs;
    if (!isObj(refs))
        return;
    for (const { kind, field } of policy.data.evidence_refs) {
        const list = refs[field];
        if (!Array.isArray(list) || list.length === 0) {
            add('CLOSURE_EVIDENCE_UNRESOLVED', `${at}/closure_evidence_refs/${field}`, `no ${kind} evidence ref`);
            continue;
        }
        list.forEach((r, j) => {
            if (!isObj(r) || !filled(r.evidence_id) || !filled(r.uri))
                add('CLOSURE_EVIDENCE_UNRESOLVED', `${at}/closure_evidence_refs/${field}/${j}`, `${kind} ref without evidence_id or uri`);
        });
    }
}
function checkLineage(row, at, add) {
    const l = row.approver_lineage;
    if (!isObj(l))
        return;
    const miss = (field, why) => add('LINEAGE_INCOMPLETE', `${at}/approver_lineage/${field}`, why);
    if (l.ack_path !== 'primary' && l.ack_path !== 'backup' && l.ack_path !== 'incident_commander')
        miss('ack_path', 'ack_path must be primary, backup or incident_commander');
    if (!filled(l.owner_role))
        miss('owner_role', 'owner_role is empty');
    if (l.ack_path === 'backup' && !filled(l.backup_owner_role))
        miss('backup_owner_role', 'the backup acknowledged but backup_owner_role is empty');
    if (l.ack_path === 'incident_commander' && !filled(l.incident_commander))
        miss('incident_commander', 'incident-commander override without incident_commander');
    if (!filled(l.final_approver))
        miss('final_approver', 'final_approver is empty');
    if (!filled(row.resolved_by))
        add('LINEAGE_INCOMPLETE', `${at}/resolved_by`, 'resolved_by is empty: the resolver is unknown');
}

;// CONCATENATED MODULE: ./src/closure/types.ts
// The closure packet as written to closure-packets/<window>/packet-<revision>.json. Every field
// is plain JSON (strings, integers, null), so RFC 8785 canonical bytes are unambiguous and jq can
// read it. Timestamps are canonical UTC (src/util/time.ts formatUtc).
const PACKET_KIND = 'closure-packet';

// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(74976);
;// CONCATENATED MODULE: ./src/closure/sign.ts





function verifyPacket(json, sig, keyring, policy, at) {
    const signature = verifyDocument(PACKET_KIND, json, sig, keyring, at);
    const findings = [];
    let doc;
    if (signature.ok) {
        doc = signature.doc;
    }
    else {
        findings.push({ code: signature.code, field: '', detail: signature.message, fix: signature.fix });
        doc = (0,util_json/* parseLoose */.i)(json);
    }
    if (doc !== undefined)
        findings.push(...checkPacket(doc, policy));
    return { ok: findings.length === 0, signature, packet: doc, facts: factsOf(doc), findings };
}
/** Signs the packet and verifies the produced text as a reader would; only an ok result may be written. */
function signPacket(packet, signer, keyring, policy, at) {
    const files = signDocument(PACKET_KIND, packet, signer);
    const verification = verifyPacket(files.json, files.sig, keyring, policy, at);
    return verification.ok ? { ok: true, files, verification } : { ok: false, findings: verification.findings, verification };
}
function factsOf(doc) {
    const o = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : {});
    const str = (v) => (typeof v === 'string' ? v : null);
    const signer = (typeof o.signer === 'object' && o.signer !== null ? o.signer : {});
    const sup = (typeof o.supersedes === 'object' && o.supersedes !== null ? o.supersedes : {});
    return {
        packetId: str(o.packet_id),
        windowId: str(o.release_window_id),
        revision: typeof o.revision === 'string' ? (0,revision/* parseRevision */.P)(o.revision) : null,
        digest: str(o.signature_digest),
        supersedes: str(sup.signature_digest),
        signerId: str(signer.signer_id),
        keyId: str(signer.key_id),
        signedAt: str(signer.signed_at_utc)
    };
}


/***/ }),

/***/ 57430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ loadKeyring),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   je: () => (/* binding */ keyValidAt)
/* harmony export */ });
/* unused harmony exports parseKeyring, keyringFromPolicy */
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
