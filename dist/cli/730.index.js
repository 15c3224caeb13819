export const id = 730;
export const ids = [730];
export const modules = {

/***/ 2253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ sealPacket),
/* harmony export */   JQ: () => (/* binding */ signatureDigest),
/* harmony export */   lO: () => (/* binding */ contentKey)
/* harmony export */ });
/* unused harmony export EXPORT_EVENT_FIELDS */
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4705);

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

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony export escapeMarkdown */
// Untrusted text (ids, names and URIs that came from users' CSVs) rendered into Markdown for job
// summaries and handoff notes. Escaping turns every character that could open a table cell, an
// HTML tag, a code span, a link or emphasis into a literal, and folds line breaks into spaces so a
// value can never start a new block. Code spans are never used for untrusted text, because a
// backtick cannot be escaped inside one.
const MD_SPECIAL = /[\\`*_[\]|<>&#!~]/g;
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
function escapeMarkdown(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`));
}


/***/ }),

/***/ 4413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xS: () => (/* binding */ factsOf),
  _O: () => (/* binding */ signPacket),
  UH: () => (/* binding */ verifyPacket)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(870);
// EXTERNAL MODULE: ./src/signing/ed25519.ts
var ed25519 = __webpack_require__(7478);
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(7430);
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
    const fail = (code, message, fix) => ({ ok: false, kind, code, message, fix });
    const reexport = 'do not edit signed files; restore them from git history or export a new revision';
    const parsed = (0,dsse/* parseEnvelope */.mE)(sigBytes);
    if (!parsed.ok)
        return fail('ENVELOPE_INVALID', `the signature file ${parsed.reason}`, reexport);
    const { envelope, payload } = parsed;
    const expected = payloadTypeFor(kind);
    if (envelope.payloadType !== expected) {
        return fail('PAYLOAD_TYPE_MISMATCH', `the envelope is for '${printableType(envelope.payloadType)}', expected '${expected}'`, 'pair each .json with its own .sig; a signature for one kind never verifies another');
    }
    if (envelope.signatures.length !== 1)
        return fail('ENVELOPE_INVALID', `the envelope has ${envelope.signatures.length} signatures, expected 1`, reexport);
    const [signature] = envelope.signatures;
    const key = (0,signing_keyring/* findKey */.Tj)(keyring, signature.keyid);
    if (!key) {
        return fail('KEY_UNKNOWN', `key id '${printableType(signature.keyid)}' is not in ${keyring.file}`, `add the signer's public key to ${keyring.file} if it is trusted`);
    }
    if (!(0,ed25519/* verifyBytes */.RV)((0,dsse/* pae */.Zg)(envelope.payloadType, payload), Buffer.from(signature.sig, 'base64'), key.key)) {
        return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${key.signerId}'`, reexport);
    }
    const doc = parseCanonicalObject(payload);
    if (!doc)
        return fail('DOCUMENT_INVALID', 'the signed payload is not canonical JSON of an object', reexport);
    const block = doc.signer;
    if (typeof block !== 'object' || block === null || typeof block.signed_at_utc !== 'string') {
        return fail('DOCUMENT_INVALID', 'the signed document has no signer block with signed_at_utc', reexport);
    }
    // The role is not compared: a keyring may rename a role later without unsigning history.
    if (block.key_id !== key.keyId || block.signer_id !== key.signerId) {
        return fail('SIGNER_MISMATCH', `the document names signer '${printableType(String(block.signer_id))}' with key '${printableType(String(block.key_id))}', the keyring says '${key.signerId}' for key ${key.keyId}`, `correct the keyring entry ${key.pointer} or re-export`);
    }
    const signedAt = (0,time/* parseUtc */.y5)(block.signed_at_utc);
    if (!signedAt.ok || !(0,time/* isCanonicalUtc */.xy)(block.signed_at_utc))
        return fail('DOCUMENT_INVALID', `signed_at_utc ${signedAt.ok ? 'is not canonical UTC' : signedAt.reason}`, reexport);
    const validity = (0,signing_keyring/* keyValidAt */.je)(key, signedAt.ms);
    if (!validity.ok)
        return fail(validity.code, validity.message, `only keys valid when the document was signed count; check ${keyring.file} ${key.pointer}`);
    if (signedAt.ms > at)
        return fail('SIGNED_IN_FUTURE', `the document says it was signed at ${block.signed_at_utc}, after the verification instant`, 'check the signer clock and the --now you passed');
    const json = typeof jsonBytes === 'string' ? jsonBytes : Buffer.from(jsonBytes).toString('utf8');
    // The tool's rendering of the signed document parses back to that document, so a .json that is
    // exactly it holds exactly the signed payload: one comparison settles the common case, and the
    // slower checks below only run to name what is wrong with a file that differs.
    // A Windows checkout may have turned LF into CRLF; that is transport, not content.
    const rendered = renderJson(doc);
    const asWritten = json.includes('\r') ? json.replace(/\r\n/g, '\n') : json;
    if (asWritten === rendered)
        return { ok: true, kind, doc, key, signedAt: signedAt.ms, payloadSha256: (0,hash/* sha256Hex */.fg)(payload) };
    let fileValue;
    try {
        fileValue = JSON.parse(json);
    }
    catch {
        return fail('DOCUMENT_INVALID', 'the .json file is not JSON', reexport);
    }
    let fileCanonical;
    try {
        fileCanonical = (0,hash/* canonicalBytes */.Mr)(fileValue);
    }
    catch {
        return fail('DOCUMENT_INVALID', 'the .json file cannot be canonicalized', reexport);
    }
    if (!fileCanonical.equals(payload)) {
        return fail('PAYLOAD_MISMATCH', `the .json content differs from the signed payload${firstDifference(fileValue, doc)}`, reexport);
    }
    return fail('JSON_RENDERING_MISMATCH', 'the .json has the signed content but not the bytes the tool wrote (reformatted, or a duplicated key)', reexport);
}
/**
 * Signs, then verifies the produced text exactly as a reader would (verify before publish): a
 * document that would not verify is never handed back for writing.
 */
function signAndVerify(kind, doc, signer, keyring, at) {
    const files = signDocument(kind, doc, signer);
    const v = verifyDocument(kind, Buffer.from(files.json, 'utf8'), Buffer.from(files.sig, 'utf8'), keyring, at);
    return v.ok ? { ok: true, files, verified: v } : v;
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
    return at === undefined ? '' : ` (first difference at ${at === '' ? '/' : printableType(at)})`;
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
function printableType(text) {
    // eslint-disable-next-line no-control-regex
    const t = text.replace(/[\u0000-\u001f\u007f]/g, '?');
    return t.length > 80 ? `${t.slice(0, 80)}...` : t;
}

// EXTERNAL MODULE: ./src/closure/digest.ts
var digest = __webpack_require__(2253);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
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
        doc = parseLoose(json);
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
function parseLoose(json) {
    try {
        return JSON.parse(typeof json === 'string' ? json : Buffer.from(json).toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qw: () => (/* binding */ renderSummaryText),
/* harmony export */   qz: () => (/* binding */ summarizePacket)
/* harmony export */ });
/* unused harmony export renderSummaryMarkdown */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4598);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9767);


function summarizePacket(packet, verification) {
    const block = packet.rows.filter((r) => r.alarm_class === 'block').length;
    const sig = verification?.signature;
    return {
        packet_id: packet.packet_id,
        release_window_id: packet.release_window_id,
        revision: packet.revision,
        supersedes: packet.supersedes?.revision ?? null,
        exported_at_utc: packet.exported_at_utc,
        schema_version: packet.schema.version,
        resolved_alarms: packet.rows.length,
        block_alarms_resolved: block,
        page_alarms_resolved: packet.rows.length - block,
        unresolved_or_invalid: packet.left_out.total,
        left_out: packet.left_out,
        signer: { signer_id: packet.signer.signer_id, role: packet.signer.role, key_id: packet.signer.key_id, demo: sig?.ok === true && sig.key.demo },
        signature: sig === undefined ? 'not checked' : sig.ok ? 'verified' : 'failed',
        signature_failure: sig !== undefined && !sig.ok ? sig.code : null,
        signature_digest: packet.signature_digest
    };
}
function leftOutDetail(l) {
    return `unresolved ${l.unresolved}, invalid ack ${l.invalid_ack}, evidence unresolved ${l.evidence_unresolved}, lineage incomplete ${l.lineage_incomplete}, timestamp invalid ${l.timestamp_invalid}`;
}
function signatureText(s) {
    if (s.signature === 'failed')
        return `FAILED (${s.signature_failure ?? 'unknown'})`;
    return s.signature;
}
function lines(s, show) {
    const demo = s.signer.demo ? ' [DEMO KEY: not a trusted signer]' : '';
    return [
        ['Release window', show(s.release_window_id)],
        ['Revision', `${show(s.revision)}${s.supersedes ? ` (supersedes ${show(s.supersedes)})` : ' (first)'}`],
        ['Resolved alarms', `${s.resolved_alarms} (block ${s.block_alarms_resolved}, page ${s.page_alarms_resolved})`],
        ['Unresolved/invalid rows', `${s.unresolved_or_invalid} (${leftOutDetail(s.left_out)})`],
        ['Signer', `${show(s.signer.signer_id)} (role ${show(s.signer.role)}, key ${show(s.signer.key_id.slice(0, 16))})${demo}`],
        ['Signature', show(signatureText(s))],
        ['Signature digest', show(s.signature_digest)],
        ['Exported', `${show(s.exported_at_utc)}, schema v${s.schema_version}`]
    ];
}
function renderSummaryText(s) {
    const rows = lines(s, (t) => (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(t, 200));
    const width = Math.max(...rows.map(([k]) => k.length));
    return [`Closure packet ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(s.packet_id)}`, ...rows.map(([k, v]) => `  ${`${k}:`.padEnd(width + 1)} ${v}`)].join('\n') + '\n';
}
function renderSummaryMarkdown(s) {
    const rows = lines(s, escapeMarkdown);
    return [`#### Closure packet ${escapeMarkdown(s.packet_id)}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n';
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

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ SEED_BYTES),
/* harmony export */   F7: () => (/* binding */ rawPublicKey),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   Zz: () => (/* binding */ publicKeyFromRaw),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   be: () => (/* binding */ generateSeed),
/* harmony export */   kf: () => (/* binding */ PUBLIC_KEY_BYTES),
/* harmony export */   n3: () => (/* binding */ seedOf),
/* harmony export */   we: () => (/* binding */ privateKeyFromSeed),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* unused harmony exports PKCS8_PREFIX, SPKI_PREFIX, SIGNATURE_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// Ed25519 through node:crypto (about 150x faster than tweetnacl, byte-identical output). Keys
// travel as raw RFC 8032 bytes (a 32-byte seed, a 32-byte public key) because that is what a
// keyring line and an OpenSSL one-liner can both hold; node:crypto wants DER, so the raw bytes are
// wrapped in the fixed PKCS8 / SPKI prefixes for the Ed25519 OID 1.3.101.112.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SEED_BYTES = 32;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
function privateKeyFromSeed(seed) {
    if (seed.length !== SEED_BYTES)
        throw new RangeError(`an Ed25519 seed is ${SEED_BYTES} bytes, got ${seed.length}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}
function publicKeyFromRaw(raw) {
    if (raw.length !== PUBLIC_KEY_BYTES)
        throw new RangeError(`an Ed25519 public key is ${PUBLIC_KEY_BYTES} bytes, got ${raw.length}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}
/** The raw 32-byte public key of a private or public Ed25519 KeyObject. */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(SPKI_PREFIX.length));
}
/** The raw 32-byte seed inside an Ed25519 PKCS8 private key (as `openssl genpkey` writes it). */
function seedOf(key) {
    if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519')
        throw new TypeError('not an Ed25519 private key');
    const der = key.export({ format: 'der', type: 'pkcs8' });
    if (der.length !== PKCS8_PREFIX.length + SEED_BYTES || !der.subarray(0, PKCS8_PREFIX.length).equals(PKCS8_PREFIX)) {
        throw new TypeError('unexpected PKCS8 layout for an Ed25519 key');
    }
    return Buffer.from(der.subarray(PKCS8_PREFIX.length));
}
function signBytes(message, privateKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, privateKey);
}
/** False for any bad signature, wrong length or wrong key type: verification never throws. */
function verifyBytes(message, signature, publicKey) {
    if (signature.length !== SIGNATURE_BYTES)
        return false;
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, publicKey, signature);
    }
    catch {
        return false;
    }
}
/** The key id used in envelopes and keyrings: sha256 of the raw public key, lowercase hex. */
function keyIdOf(rawPublic) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(rawPublic).digest('hex');
}
/** A fresh random seed; only `keygen` calls this, the engine never needs randomness. */
function generateSeed() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(SEED_BYTES);
}


/***/ }),

/***/ 7430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ loadKeyring),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   je: () => (/* binding */ keyValidAt)
/* harmony export */ });
/* unused harmony exports parseKeyring, keyringFromPolicy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2362);
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


/***/ }),

/***/ 154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nE: () => (/* binding */ closureInspector),
  CC: () => (/* binding */ loadClosureTrust),
  wM: () => (/* binding */ renderVerifyLog)
});

// UNUSED EXPORTS: inspectClosure

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 10 modules
var gate = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/load.ts + 1 modules
var load = __webpack_require__(2362);
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
var sign = __webpack_require__(4413);
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(7430);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/store/family.ts
var family = __webpack_require__(3741);
;// CONCATENATED MODULE: ./src/store/closure.ts








// Closure packets as the store's first family: the inspector the verifier calls for every
// packet, and the verify log written beside each published revision.
/** Bumped when the closure verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'closure-verifier/1';
async function loadClosureTrust(settings) {
    const ws = settings.workspace;
    const keyringAbs = (0,external_node_path_.resolve)(ws, settings.policies.keyring);
    const policyAbs = (0,external_node_path_.resolve)(ws, settings.policies.closurePacket);
    const [keyring, policy] = await Promise.all([(0,signing_keyring/* loadKeyring */.Or)(keyringAbs, (0,gate/* displayPath */.Gt)(ws, keyringAbs)), loadClosurePolicy(policyAbs, (0,gate/* displayPath */.Gt)(ws, policyAbs))]);
    return { keyring, policy };
}
function closureInspector(trust, now) {
    return {
        family: family/* CLOSURE_FAMILY */.L0,
        fingerprint: (0,hash/* sha256Hex */.fg)(`${VERIFIER_VERSION}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
        now,
        inspect: (input) => inspectClosure(input, trust, now)
    };
}
function inspectClosure(input, trust, now) {
    if (input.signature === undefined) {
        // The missing envelope is the store's finding (C7); the packet's own fields still name it.
        return { ...(0,sign/* factsOf */.xS)(parseLoose(input.packet)), findings: [] };
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
function parseLoose(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
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
        ['payload_type', family/* CLOSURE_FAMILY */.L0.payloadType],
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

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ STORE_CODES)
/* harmony export */ });
const blocking = (meaning, owner_role, required_action) => ({
    stage: 'store',
    severity: 'blocking',
    meaning,
    owner_role,
    required_action
});
const STORE_CODES = {
    STORE_FILE_REWRITTEN: blocking('A commit changed the bytes of a published packet file: write-once violated. [immutability policy]', 'repository-admin', 'restore the published bytes from history and publish the change as the next revision'),
    STORE_FILE_DELETED: blocking('A commit deleted a published packet file, or it is missing at HEAD. [C7, immutability policy]', 'repository-admin', 'restore the file from the commit that published it; revisions are never removed'),
    STORE_ARTIFACT_MISSING: blocking('A revision lacks one of its three files (packet .json, .sig envelope, verify .log). [C7]', 'release-signer', 're-run export-closure so the revision is published with all three files'),
    STORE_REVISION_GAP: blocking('Revision numbers of a window are not consecutive from r001.', 'release-signer', 'publish the missing revisions or restore them from history'),
    STORE_REVISION_ORDER: blocking('A revision was committed before the revision it supersedes.', 'repository-admin', 'revisions must land in order; investigate the history of the window'),
    STORE_CHAIN_BROKEN: blocking("A revision's supersedes link is not the signature digest of the previous revision (or r001 claims a predecessor).", 'release-signer', 'export the change again so the new revision links to the latest published digest'),
    STORE_DUPLICATE_PACKET_ID: blocking('Two files of one release window carry the same packet identity (packet_id and revision, or the same signature digest): a replayed or copied packet. [C6]', 'repository-admin', 'find out who published the copy; changes are published only through export-closure'),
    STORE_PACKET_ID_MISMATCH: blocking("A revision's packet_id differs from the window's first revision: one window holds one packet lineage.", 'release-signer', 'export revisions of the window under the packet_id of r001'),
    STORE_LOCATION_MISMATCH: blocking('The packet names a different release window or revision than the path it is stored under.', 'repository-admin', 'a packet was copied or moved; restore the original file'),
    STORE_WORKTREE_MODIFIED: blocking('The working-tree copy of a published file differs from what was committed.', 'repository-admin', "discard the local edit ('git checkout -- <file>'); published files are never edited"),
    STORE_WINDOW_EMPTY: blocking('The requested release window has no published packet.', 'release-manager', 'run export-closure for the window, or check the window id'),
    STORE_UNEXPECTED_FILE: {
        stage: 'store',
        severity: 'warning',
        meaning: 'A file under the store folder does not follow the layout {window}/packet-rNNN.json|.sig, verify-rNNN.log.',
        owner_role: 'repository-admin',
        required_action: 'move the file out of the store folder'
    },
    STORE_UNCOMMITTED: {
        stage: 'store',
        severity: 'warning',
        meaning: 'An untracked file sits in the store folder; it is not published and proves nothing.',
        owner_role: 'repository-admin',
        required_action: 'remove it, or publish through export-closure'
    }
};


/***/ }),

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportClosureCommand: () => (/* binding */ exportClosureCommand),
  reviewCommand: () => (/* binding */ reviewCommand),
  verifyCommand: () => (/* binding */ verifyCommand),
  verifyWith: () => (/* binding */ verifyWith)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/closure/sign.ts + 3 modules
var sign = __webpack_require__(4413);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/closure/markdown.ts
var markdown = __webpack_require__(9767);
;// CONCATENATED MODULE: ./src/closure/review.ts




const CHECK_CODES = {
    evidence_refs: ['CLOSURE_EVIDENCE_UNRESOLVED'],
    approver_lineage: ['LINEAGE_INCOMPLETE'],
    utc_timestamps: ['PACKET_TIMESTAMP_NOT_UTC'],
    revision_chain: ['PACKET_REVISION_INVALID', 'PACKET_DIGEST_MISSING', 'PACKET_DIGEST_MISMATCH'],
    packet_contract: ['PACKET_FIELD_MISSING', 'PACKET_ROWS_UNSORTED']
};
const REEXPORT = 'mark the packet non-compliant, fix the source rows and re-export a new revision';
function reviewPacket(input) {
    const { verification: v, policy } = input;
    const packet = v.packet;
    const rows = Array.isArray(packet?.rows) ? packet.rows : [];
    const seed = input.seed ?? (typeof packet?.signature_digest === 'string' ? packet.signature_digest : '');
    const follow = [];
    const checks = [];
    const packetId = typeof packet?.packet_id === 'string' ? packet.packet_id : '';
    const sig = v.signature;
    checks.push({ id: 'signature', ok: sig.ok, detail: sig.ok ? `verified: ${sig.key.signerId} (${sig.key.role})${sig.key.demo ? ', DEMO key' : ''}` : `${sig.code}: ${sig.message}` });
    if (!sig.ok)
        follow.push({ code: sig.code, subject: packetId, action: `${sig.fix}; until then the window's closure stays pending` });
    const version = packet?.schema?.version;
    const approved = typeof version === 'number' && policy.data.review.approved_schema_versions.includes(version);
    checks.push({ id: 'schema_version', ok: approved, detail: `schema v${String(version)}; approved: ${policy.data.review.approved_schema_versions.join(', ')}` });
    if (!approved)
        follow.push({ code: 'REVIEW_SCHEMA_UNAPPROVED', subject: packetId, action: `approve schema v${String(version)} in ${policy.file} review.approved_schema_versions, or re-export under an approved version` });
    const findings = v.findings.filter((f) => f.code !== (sig.ok ? '' : sig.code));
    for (const [id, codes] of Object.entries(CHECK_CODES)) {
        const hits = findings.filter((f) => codes.includes(f.code));
        checks.push({ id, ok: hits.length === 0, detail: hits.length === 0 ? 'ok' : `${hits.length} finding(s): ${hits.slice(0, 3).map(describeFinding).join('; ')}` });
        for (const f of hits)
            follow.push({ code: f.code, subject: f.field || packetId, action: REEXPORT });
    }
    const sample = sampleRows(rows, seed, input.sampleSize ?? policy.data.review.sample_size).map(({ row, rank }) => {
        const index = rows.indexOf(row);
        const refs = traceRefs(row, packet?.release_window_id ?? '', input.evidence, policy);
        for (const r of refs) {
            if (r.status !== 'traced')
                follow.push({ code: r.status === 'missing' ? 'REVIEW_REF_MISSING' : 'REVIEW_REF_CHANGED', subject: row.alarm_id, action: `${r.detail}; restore the evidence row or re-export the packet` });
        }
        const lineageComplete = !findings.some((f) => f.code === 'LINEAGE_INCOMPLETE' && f.field.startsWith(`/rows/${index}/`));
        return { alarm_id: row.alarm_id, rank, refs, lineage_complete: lineageComplete };
    });
    const untraced = sample.flatMap((s) => s.refs).filter((r) => r.status !== 'traced');
    checks.push({
        id: 'sample_trace',
        ok: untraced.length === 0,
        detail: sample.length === 0 ? 'no rows to sample' : `${sample.length} alarm(s) sampled, ${sample.reduce((n, s) => n + s.refs.length, 0) - untraced.length} ref(s) traced, ${untraced.length} not`
    });
    return {
        release_window_id: typeof packet?.release_window_id === 'string' ? packet.release_window_id : '',
        packet_id: packetId,
        revision: typeof packet?.revision === 'string' ? packet.revision : '',
        seed,
        seed_source: input.seed === undefined ? 'packet-digest' : 'explicit',
        checks,
        sample,
        pass: checks.every((c) => c.ok),
        follow_ups: follow
    };
}
/** The reproducible sample: rows ranked by sha256("<seed>:<alarm_id>"), lowest first. */
function sampleRows(rows, seed, size) {
    return rows
        .map((row) => ({ row, rank: (0,hash/* sha256Hex */.fg)(`${seed}:${row.alarm_id}`) }))
        .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
        .slice(0, Math.max(0, size));
}
function traceRefs(row, windowId, evidence, policy) {
    const out = [];
    const refs = (row.closure_evidence_refs ?? {});
    for (const { kind, field } of policy.data.evidence_refs) {
        for (const ref of refs[field] ?? []) {
            const candidates = evidence.filter((e) => e.evidence_id === ref.evidence_id);
            if (candidates.length === 0) {
                out.push({ field, kind, evidence_id: ref.evidence_id, status: 'missing', detail: `evidence row ${ref.evidence_id} (${kind}) is not in the evidence input` });
                continue;
            }
            const diffs = candidates.map((e) => differences(e, ref, row.alarm_id, windowId, kind));
            const best = diffs.find((d) => d.length === 0) ?? diffs[0];
            out.push({
                field,
                kind,
                evidence_id: ref.evidence_id,
                status: best.length === 0 ? 'traced' : 'changed',
                detail: best.length === 0 ? 'traced' : `evidence row ${ref.evidence_id} differs from the packet in ${best.join(', ')}`
            });
        }
    }
    return out;
}
function differences(e, ref, alarmId, windowId, kind) {
    const d = [];
    if (e.release_window_id !== windowId)
        d.push('release_window_id');
    if (e.alarm_id !== alarmId)
        d.push('alarm_id');
    if (e.evidence_kind !== kind)
        d.push('evidence_kind');
    if (e.uri.trim() !== ref.uri)
        d.push('uri');
    const t = (0,time/* parseUtc */.y5)(e.recorded_utc);
    if (!t.ok || (0,time/* formatUtc */.ay)(t.ms) !== ref.recorded_utc)
        d.push('recorded_utc');
    if (e.recorded_by.trim() !== ref.recorded_by)
        d.push('recorded_by');
    return d;
}
function describeFinding(f) {
    return `${f.code} at ${f.field || '/'}`;
}
function renderReviewText(r) {
    const out = [
        `Review of ${(0,ids/* printable */.g$)(r.packet_id)} ${(0,ids/* printable */.g$)(r.revision)} (window ${(0,ids/* printable */.g$)(r.release_window_id)}): ${r.pass ? 'PASS' : 'FAIL'}`,
        ...r.checks.map((c) => `  [${c.ok ? 'x' : ' '}] ${c.id}: ${(0,ids/* printable */.g$)(c.detail, 300)}`),
        `  sample (seed ${r.seed_source === 'explicit' ? (0,ids/* printable */.g$)(r.seed, 80) : 'packet signature_digest'}):`,
        ...r.sample.flatMap((s) => [
            `    ${(0,ids/* printable */.g$)(s.alarm_id)}: lineage ${s.lineage_complete ? 'complete' : 'INCOMPLETE'}`,
            ...s.refs.map((ref) => `      ${ref.field} ${(0,ids/* printable */.g$)(ref.evidence_id)}: ${ref.status}${ref.status === 'traced' ? '' : ` (${(0,ids/* printable */.g$)(ref.detail, 200)})`}`)
        ])
    ];
    if (r.follow_ups.length > 0)
        out.push('  follow-up actions:', ...r.follow_ups.map((f) => `    - ${f.code} ${(0,ids/* printable */.g$)(f.subject)}: ${(0,ids/* printable */.g$)(f.action, 300)}`));
    return `${out.join('\n')}\n`;
}
function renderReviewMarkdown(r) {
    const out = [
        `#### Review of ${escapeMarkdown(r.packet_id)} ${escapeMarkdown(r.revision)}: ${r.pass ? 'PASS' : 'FAIL'}`,
        '',
        ...r.checks.map((c) => `- [${c.ok ? 'x' : ' '}] ${c.id}: ${escapeMarkdown(c.detail)}`),
        '',
        '| sampled alarm | lineage | refs traced |',
        '|---|---|---|',
        ...r.sample.map((s) => `| ${escapeMarkdown(s.alarm_id)} | ${s.lineage_complete ? 'complete' : 'incomplete'} | ${s.refs.filter((x) => x.status === 'traced').length}/${s.refs.length} |`)
    ];
    if (r.follow_ups.length > 0)
        out.push('', '**Follow-up actions**', '', ...r.follow_ups.map((f) => `- ${f.code} ${escapeMarkdown(f.subject)}: ${escapeMarkdown(f.action)}`));
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/context.ts
var context = __webpack_require__(5217);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 10 modules
var ledger_gate = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/store/closure.ts + 1 modules
var closure = __webpack_require__(154);
// EXTERNAL MODULE: ./src/store/export.ts + 3 modules
var store_export = __webpack_require__(1848);
// EXTERNAL MODULE: ./src/store/family.ts
var store_family = __webpack_require__(3741);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/store/publish.ts
var publish = __webpack_require__(7566);
// EXTERNAL MODULE: ./src/store/render.ts
var render = __webpack_require__(8629);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/store/cache.ts




// The verify cache makes re-verification proportional to what is new. It holds, per group (one
// top-level folder under the store root, i.e. one window; see check.ts groupOf), the tree id the
// group had at the cached tip, the group's check result, and what re-checking it needs (history
// state of its paths, packet verdicts), the latter in a file of its own named by its sha256. After
// one more commit, verify scans the log of that commit only, re-checks only the groups that commit
// touched or whose tree differs (reading their inputs files only), and takes every other group's
// result from the main file.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a group's result is reused only while the group's tree id at HEAD equals
//     the one it was computed for and no commit after the cached tip touched the group; a packet
//     verdict is keyed by the blob ids of the packet and its envelope. Tree and blob ids are
//     content hashes, so changed bytes anywhere in a window are a cache miss, never a stale pass.
//     Results and verdicts are used only under the verifier fingerprint they were made with
//     (keyring hash, closure policy hash, verifier version), so a changed keyring is a miss too;
//   - history changes: the cache is used only when the commit it was computed at is an ancestor
//     of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch starts from scratch;
//     every commit after the cached tip is scanned, and a group any of them touched is re-checked,
//     so a rewrite after the tip is found like any other, even one that a later commit reverted;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the main file carries an
//     HMAC-SHA256 under a random per-repository key (.git/release-evidence/cache.key, mode 0600)
//     and names each group's inputs file by the sha256 of its content, which is checked on read;
//     anything that fails the MAC or its hash, or does not parse, is ignored and rebuilt;
//   - time: nothing signed after the verification instant is kept, and a group or verdict whose
//     latest signing instant lies after the verification instant is re-checked.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).
const VERSION = 4;
function serializeGroup(root, name, tree, signedMax, result, inputs) {
    const windows = result.windows.map((w) => {
        const dir = `${root}/${w.release_window_id}/`;
        return [w.release_window_id, w.series, w.latest, w.ok ? 1 : 0, w.revisions.map((r) => revisionRow(r, dir))];
    });
    const paths = Object.entries(inputs.state).map(([path, h]) => {
        const row = [path, h.blob, h.origin.commit, h.origin.time, h.origin.order];
        if (h.rewrites.length > 0)
            row.push(h.rewrites);
        return row;
    });
    const facts = Object.entries(inputs.facts).map(([k, f]) => {
        const row = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt];
        if (f.findings.length > 0)
            row.push(f.findings);
        return row;
    });
    const inputsBytes = Buffer.from(JSON.stringify([paths, facts]), 'utf8');
    const inputsHash = (0,external_node_crypto_.createHash)('sha256').update(inputsBytes).digest('hex');
    return { line: `${name}\t${tree}\t${signedMax}\t${inputsHash}\t${JSON.stringify([windows, result.defects])}`, inputsHash, inputsBytes };
}
// A revision's files are stored by name inside the window's folder (where they always are);
// anything else keeps its full path behind a leading '/', which no git path has.
const fileName = (dir, path) => (path === null ? null : path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);
const filePath = (dir, name) => (name === null ? null : name.startsWith('/') ? name.slice(1) : `${dir}${name}`);
function revisionRow(r, dir) {
    const { packet, signature, log } = r.files;
    return [r.revision, r.packet_id, r.digest, r.supersedes, r.signer_id, r.signed_at_utc, fileName(dir, packet), fileName(dir, signature), fileName(dir, log), r.published_in, r.published_at_utc, r.ok ? 1 : 0];
}
// Lines stay bytes until a field is needed (a TAB byte never occurs inside a UTF-8 sequence), so
// unchanged groups are neither decoded in full nor re-encoded when the file is written again.
const TAB = 0x09;
function parseGroupLine(root, inputsDir, line) {
    const t1 = line.indexOf(TAB);
    const t2 = line.indexOf(TAB, t1 + 1);
    const t3 = line.indexOf(TAB, t2 + 1);
    const t4 = line.indexOf(TAB, t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0)
        return null;
    const signedMax = Number(line.toString('latin1', t2 + 1, t3));
    if (!Number.isFinite(signedMax))
        return null;
    const inputsHash = line.toString('latin1', t3 + 1, t4);
    if (!/^[0-9a-f]{64}$/.test(inputsHash))
        return null;
    return {
        name: line.toString('utf8', 0, t1),
        tree: line.toString('latin1', t1 + 1, t2),
        signedMax,
        line,
        inputsHash,
        result: () => {
            const [windows, defects] = JSON.parse(line.toString('utf8', t4 + 1));
            return { windows: windows.map((w) => windowReport(root, w)), defects };
        },
        inputs: () => {
            let bytes;
            try {
                bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(inputsDir, `${inputsHash}.json`));
            }
            catch {
                return null;
            }
            if ((0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') !== inputsHash)
                return null;
            const [paths, facts] = JSON.parse(bytes.toString('utf8'));
            const state = {};
            const none = [];
            for (const [path, blob, commit, time, order, rewrites] of paths)
                state[path] = { blob, origin: { commit, time, order }, rewrites: rewrites ?? none };
            const out = {};
            const clean = [];
            for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, findings] of facts) {
                out[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, findings: findings ?? clean };
            }
            return { state, facts: out };
        }
    };
}
function windowReport(root, [release_window_id, series, latest, ok, rows]) {
    const dir = `${root}/${release_window_id}/`;
    const revisions = rows.map(([revision, packet_id, digest, supersedes, signer_id, signed_at_utc, packet, signature, log, published_in, published_at_utc, rok]) => ({
        revision,
        packet_id,
        digest,
        supersedes,
        signer_id,
        signed_at_utc,
        files: { packet: filePath(dir, packet), signature: filePath(dir, signature), log: filePath(dir, log) },
        published_in,
        published_at_utc,
        ok: rok === 1
    }));
    return { release_window_id, series, revisions, latest, ok: ok === 1 };
}
/** Verdicts are keyed by content: the blob ids of the packet and its envelope. */
function factsKey(packetOid, signatureOid) {
    return `${packetOid}:${signatureOid ?? '-'}`;
}
async function macKey(dir, create) {
    const file = (0,external_node_path_.join)(dir, 'cache.key');
    try {
        const key = await (0,promises_.readFile)(file);
        return key.length === 32 ? key : null;
    }
    catch {
        if (!create)
            return null;
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            await (0,promises_.writeFile)(file, (0,external_node_crypto_.randomBytes)(32), { mode: 0o600, flag: 'wx' });
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const key = await (0,promises_.readFile)(file);
        return key.length === 32 ? key : null;
    }
}
/** The cache, or null when absent, unauthentic, unreadable or for another family/root. */
async function openCache(dir, family, root) {
    try {
        const key = await macKey(dir, false);
        if (!key)
            return null;
        // Read and authenticated as bytes: decoding 10 MB through a stream decoder, or hashing it as
        // a JS string, costs more than everything else a warm verify does.
        const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, `verify-${family}.cache`));
        const nl = bytes.indexOf(0x0a);
        if (nl < 0)
            return null;
        const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
        const expected = (0,external_node_crypto_.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
        if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
            return null;
        const nl2 = bytes.indexOf(0x0a, nl + 1);
        const nl3 = bytes.indexOf(0x0a, nl2 + 1);
        if (nl2 < 0 || nl3 < 0)
            return null;
        const tip = bytes.toString('latin1', nl + 1, nl2);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip))
            return null;
        return {
            tip,
            parse: () => {
                try {
                    const header = JSON.parse(bytes.toString('utf8', nl2 + 1, nl3));
                    if (header.v !== VERSION || header.family !== family || header.root !== root)
                        return null;
                    const groups = new Map();
                    for (let start = nl3 + 1; start < bytes.length;) {
                        let end = bytes.indexOf(0x0a, start);
                        if (end < 0)
                            end = bytes.length;
                        if (end > start) {
                            const g = parseGroupLine(root, inputsDir(dir, family), bytes.subarray(start, end));
                            if (!g)
                                return null;
                            groups.set(g.name, g);
                        }
                        start = end + 1;
                    }
                    return { family, root, fingerprint: header.fingerprint, commits: header.commits, tip, groups };
                }
                catch {
                    return null;
                }
            }
        };
    }
    catch {
        return null;
    }
}
function inputsDir(dir, family) {
    return (0,external_node_path_.join)(dir, `verify-${family}.inputs`);
}
/**
 * Writes the new inputs files, then the main file atomically (temp file + rename), then removes
 * inputs files nothing names any more. A failure to cache never fails verification.
 */
async function saveCache(dir, content) {
    try {
        const key = await macKey(dir, true);
        if (!key)
            return false;
        const { family, root, fingerprint, commits } = content.header;
        const inputs = inputsDir(dir, family);
        await (0,promises_.mkdir)(inputs, { recursive: true, mode: 0o700 });
        const fresh = content.groups.filter((g) => g.inputsBytes !== undefined);
        for (let i = 0; i < fresh.length; i += 64) {
            await Promise.all(fresh.slice(i, i + 64).map((g) => (0,promises_.writeFile)((0,external_node_path_.join)(inputs, `${g.inputsHash}.json`), g.inputsBytes, { mode: 0o600 })));
        }
        const newline = Buffer.from('\n');
        const chunks = [Buffer.from(`${content.tip}\n${JSON.stringify({ v: VERSION, family, root, fingerprint, commits })}\n`, 'utf8')];
        for (const g of content.groups)
            chunks.push(typeof g.line === 'string' ? Buffer.from(g.line, 'utf8') : g.line, newline);
        const hmac = (0,external_node_crypto_.createHmac)('sha256', key);
        for (const c of chunks)
            hmac.update(c);
        const file = (0,external_node_path_.join)(dir, `verify-${family}.cache`);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, Buffer.concat([Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), ...chunks]), { mode: 0o600 });
        await (0,promises_.rename)(tmp, file);
        const named = new Set(content.groups.map((g) => `${g.inputsHash}.json`));
        await Promise.all((0,external_node_fs_.readdirSync)(inputs).filter((f) => !named.has(f)).map((f) => (0,promises_.unlink)((0,external_node_path_.join)(inputs, f)).catch(() => undefined)));
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(7077);
// EXTERNAL MODULE: ./src/store/codes.ts
var codes = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/store/check.ts





function checkStore(input) {
    const content = checkContent(input);
    const present = new Set(input.files.map((f) => f.path));
    const defects = [...content.defects, ...worktreeDefects(input.family, input.head, input.worktree, present, input.window)];
    return finishCheck(input, content.windows, defects);
}
/**
 * The checks that depend only on committed content and history: files at HEAD, what history says
 * about every path, and packet facts. Every rule looks at one group (a top-level folder under the
 * root, see groupOf) at a time, so results of groups checked separately concatenate: the verify
 * cache keeps them per group and re-checks only groups that changed.
 */
function checkContent(input) {
    const { family } = input;
    const defects = [];
    const series = new Map();
    const inScope = (window) => input.window === undefined || window === input.window;
    for (const f of input.files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type === 'allowed')
            continue;
        if (p.type === 'unknown') {
            if (inScope(p.window))
                defects.push(storeDefect('STORE_UNEXPECTED_FILE', { window: p.window ?? '', subject: f.path, file: f.path, detail: `${f.path} is not part of the layout` }));
            continue;
        }
        const id = (0,layout/* seriesId */.hG)(p.ref);
        let s = series.get(id);
        if (!s)
            series.set(id, (s = { ref: { window: p.ref.window, key: p.ref.key }, revisions: new Map() }));
        let rev = s.revisions.get(p.ref.revision);
        if (!rev)
            s.revisions.set(p.ref.revision, (rev = {}));
        rev[p.kind] = f;
    }
    // Write-once: every path ever published, whether or not it is still there.
    const present = new Set(input.files.map((f) => f.path));
    for (const [path, h] of Object.entries(input.state)) {
        if (h.rewrites.length === 0 && present.has(path))
            continue;
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        const window = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' ? p.window : undefined;
        if (!inScope(window) || p.type === 'allowed')
            continue;
        for (const r of h.rewrites) {
            const code = r.status === 'D' ? 'STORE_FILE_DELETED' : 'STORE_FILE_REWRITTEN';
            const what = r.status === 'D' ? 'deleted' : r.status === 'A' ? 're-added with different bytes' : 'modified';
            defects.push(storeDefect(code, {
                window: window ?? '',
                subject: path,
                file: path,
                field: 'commit',
                detail: `commit ${r.commit} ${what} ${path}${h.origin.commit !== r.commit ? `, first published in ${h.origin.commit}` : ''}${r.newOid ? ` (blob ${check_short(r.oldOid)} -> ${check_short(r.newOid)})` : ''}`
            }));
        }
        // Normally unreachable (a deletion is a D event above); kept for histories git log cannot explain.
        if (!present.has(path) && !h.rewrites.some((r) => r.status === 'D')) {
            defects.push(storeDefect('STORE_FILE_DELETED', { window: window ?? '', subject: path, file: path, detail: `${path} was published in ${h.origin.commit} and is missing at HEAD` }));
        }
    }
    const windows = [];
    for (const s of series.values()) {
        if (inScope(s.ref.window))
            windows.push(checkSeries(input, s, defects));
    }
    return { windows, defects };
}
/** Working-tree copies that differ from HEAD (`present`: the paths committed at HEAD) and untracked files. */
function worktreeDefects(family, head, worktree, present, window) {
    const defects = [];
    const inScope = (w) => window === undefined || w === window;
    for (const path of worktree.modified) {
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        const w = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' ? p.window : undefined;
        if (!inScope(w) || !present.has(path))
            continue;
        defects.push(storeDefect('STORE_WORKTREE_MODIFIED', { window: w ?? '', subject: path, file: path, detail: `the working-tree copy of ${path} differs from commit ${head}` }));
        const wt = worktree.facts.get(path);
        if (wt && p.type === 'artifact')
            for (const f of wt.findings)
                defects.push(findingDefect(f, p.ref, path, ' (working-tree copy)'));
    }
    for (const path of worktree.untracked) {
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        const w = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' ? p.window : undefined;
        if (inScope(w))
            defects.push(storeDefect('STORE_UNCOMMITTED', { window: w ?? '', subject: path, file: path, detail: `${path} is untracked` }));
    }
    return defects;
}
/** Windows in series order, defects sorted, the empty-window finding when one window was asked for. */
function finishCheck(at, windows, defects) {
    const sortedWindows = [...windows].sort((a, b) => cmp(a.series, b.series));
    const all = [...defects];
    if (at.window !== undefined && sortedWindows.length === 0) {
        all.push(storeDefect('STORE_WINDOW_EMPTY', { window: at.window, subject: at.window, file: `${at.family.root}/${at.window}`, detail: `no revision of ${at.window} is published at HEAD` }));
    }
    const sorted = (0,defect/* sortDefects */.XJ)(all);
    return { head: at.head, windows: sortedWindows, defects: sorted, blocking: sorted.filter((d) => d.severity === 'blocking').length };
}
/**
 * The part of the store a path belongs to: its first folder under the root (a window, or a
 * misnamed folder), or '' for files directly under the root. Every check of checkContent stays
 * inside one group.
 */
function groupOf(family, path) {
    const start = family.root.length + 1;
    if (!path.startsWith(family.root) || path.charCodeAt(start - 1) !== 47)
        return '';
    const slash = path.indexOf('/', start);
    return slash < 0 ? '' : path.slice(start, slash);
}
function checkSeries(input, s, defects) {
    const { family } = input;
    const numbers = [...s.revisions.keys()].sort((a, b) => a - b);
    const reports = [];
    const before = defects.length;
    const seen = { identities: new Map(), digests: new Map(), firstId: undefined };
    let prev;
    for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i];
        const ref = { ...s.ref, revision: n };
        const label = (0,store_family/* formatRevision */.TU)(n);
        const subject = `${(0,layout/* seriesId */.hG)(s.ref)}@${label}`;
        const files = s.revisions.get(n);
        const pathOf = (kind) => files[kind]?.path ?? (0,layout/* artifactPath */.Ws)(family, ref, kind);
        const paths = { packet: pathOf('packet') };
        const mark = defects.length;
        const expected = i === 0 ? 1 : numbers[i - 1] + 1;
        if (n !== expected) {
            defects.push(storeDefect('STORE_REVISION_GAP', { window: s.ref.window, subject, file: paths.packet, detail: `${label} follows ${expected === 1 ? 'nothing' : (0,store_family/* formatRevision */.TU)(expected - 1)}; ${(0,store_family/* formatRevision */.TU)(expected)} is missing` }));
        }
        for (const kind of ['packet', 'signature', 'log']) {
            if (!files[kind])
                defects.push(storeDefect('STORE_ARTIFACT_MISSING', { window: s.ref.window, subject, file: pathOf(kind), field: kind, detail: `${pathOf(kind)} is missing at HEAD` }));
        }
        const facts = files.packet ? input.facts.get(files.packet.path) : undefined;
        const origin = files.packet ? input.state[files.packet.path]?.origin : undefined;
        if (facts) {
            for (const f of facts.findings)
                defects.push(findingDefect(f, ref, paths.packet, ''));
            if (facts.windowId !== null && facts.windowId !== s.ref.window) {
                defects.push(storeDefect('STORE_LOCATION_MISMATCH', { window: s.ref.window, subject, file: paths.packet, field: 'release_window_id', detail: `the packet names window '${facts.windowId}' but is stored under ${s.ref.window}` }));
            }
            if (facts.revision !== null && facts.revision !== n) {
                defects.push(storeDefect('STORE_LOCATION_MISMATCH', { window: s.ref.window, subject, file: paths.packet, field: 'packet_revision', detail: `the packet says ${(0,store_family/* formatRevision */.TU)(facts.revision)} but is stored as ${label}` }));
            }
            checkIdentity(s.ref.window, subject, label, paths.packet, facts, seen, defects);
            checkLink(s.ref.window, subject, paths.packet, facts, n === 1 ? undefined : prev?.label === (0,store_family/* formatRevision */.TU)(n - 1) ? prev : null, defects);
        }
        if (origin && prev?.origin && origin.order < prev.origin.order) {
            defects.push(storeDefect('STORE_REVISION_ORDER', { window: s.ref.window, subject, file: paths.packet, detail: `${label} was committed in ${origin.commit}, before ${prev.label} (${prev.origin.commit})` }));
        }
        const blocking = defects.slice(mark).some((d) => d.severity === 'blocking');
        reports.push({
            revision: label,
            packet_id: facts?.packetId ?? null,
            digest: facts?.digest ?? null,
            supersedes: facts?.supersedes ?? null,
            signer_id: facts?.signerId ?? null,
            signed_at_utc: facts?.signedAt ?? null,
            files: { packet: files.packet?.path ?? null, signature: files.signature?.path ?? null, log: files.log?.path ?? null },
            published_in: origin?.commit ?? null,
            published_at_utc: origin ? (0,time/* formatUtc */.ay)(origin.time * 1000) : null,
            ok: !blocking
        });
        prev = { label, facts, origin };
    }
    const windowBlocking = defects.slice(before).some((d) => d.severity === 'blocking');
    return {
        release_window_id: s.ref.window,
        series: (0,layout/* seriesId */.hG)(s.ref),
        revisions: reports,
        latest: reports.length > 0 ? reports[reports.length - 1].revision : null,
        ok: !windowBlocking
    };
}
/** C6: the identity (packet_id + revision) and the digest of each file are unique in the window. */
function checkIdentity(window, subject, label, file, facts, seen, defects) {
    if (facts.packetId !== null) {
        if (!seen.firstId)
            seen.firstId = { id: facts.packetId, label };
        else if (facts.packetId !== seen.firstId.id) {
            defects.push(storeDefect('STORE_PACKET_ID_MISMATCH', { window, subject, file, field: 'packet_id', detail: `packet_id '${facts.packetId}' differs from '${seen.firstId.id}' of ${seen.firstId.label}` }));
        }
        if (facts.revision !== null) {
            const identity = `${facts.packetId}@${(0,store_family/* formatRevision */.TU)(facts.revision)}`;
            const other = seen.identities.get(identity);
            if (other)
                defects.push(storeDefect('STORE_DUPLICATE_PACKET_ID', { window, subject, file, field: 'packet_id', detail: `${label} carries packet ${identity}, already published as ${other}` }));
            else
                seen.identities.set(identity, label);
        }
    }
    if (facts.digest !== null) {
        const other = seen.digests.get(facts.digest);
        if (other)
            defects.push(storeDefect('STORE_DUPLICATE_PACKET_ID', { window, subject, file, field: 'signature_digest', detail: `${label} has the signature digest of ${other} (${check_short(facts.digest)})` }));
        else
            seen.digests.set(facts.digest, label);
    }
}
/** r001 names no predecessor; rN names exactly the digest of r(N-1). A missing predecessor is a gap, reported once. */
function checkLink(window, subject, file, facts, prev, defects) {
    if (prev === undefined) {
        if (facts.supersedes !== null) {
            defects.push(storeDefect('STORE_CHAIN_BROKEN', { window, subject, file, field: 'supersedes', detail: `the first revision names a predecessor (${check_short(facts.supersedes)})` }));
        }
        return;
    }
    if (prev === null || !prev.facts || prev.facts.digest === null)
        return;
    if (facts.supersedes !== prev.facts.digest) {
        const named = facts.supersedes === null ? 'names no predecessor' : `names ${check_short(facts.supersedes)}`;
        defects.push(storeDefect('STORE_CHAIN_BROKEN', { window, subject, file, field: 'supersedes', detail: `${named}, but ${prev.label}'s digest is ${check_short(prev.facts.digest)}` }));
    }
}
function findingDefect(f, ref, packetPath, suffix) {
    return {
        subject: `${(0,layout/* seriesId */.hG)(ref)}@${(0,store_family/* formatRevision */.TU)(ref.revision)}`,
        defect_code: f.code,
        severity: 'blocking',
        owner_role: 'release-signer',
        required_action: 're-export the window so a correctly signed revision supersedes this one',
        release_window_id: ref.window,
        file: f.file ?? packetPath,
        line: null,
        field: f.field,
        detail: `${f.detail}${suffix}`
    };
}
function storeDefect(code, at) {
    const info = codes/* STORE_CODES */.Z[code];
    return {
        subject: at.subject,
        defect_code: code,
        severity: info.severity,
        owner_role: info.owner_role,
        required_action: info.required_action,
        release_window_id: at.window,
        file: at.file,
        line: null,
        field: at.field ?? '',
        detail: at.detail
    };
}
function check_short(oid) {
    return oid.length > 16 ? oid.slice(0, 16) : oid;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/store/state.ts
/** Applies events (already in parent-before-child order) to a state; returns the same object. */
function foldEvents(state, events, orderOffset = 0) {
    for (const e of events) {
        const known = state[e.path];
        const origin = { commit: e.commit, time: e.time, order: e.order + orderOffset };
        if (!known) {
            if (e.status === 'A')
                state[e.path] = { blob: e.newOid, origin, rewrites: [] };
            else
                state[e.path] = { blob: e.oldOid || e.newOid, origin, rewrites: [rewrite(e)] };
            continue;
        }
        // With `-m`, a merge shows the same addition again against its other parent: same blob, no
        // news. Anything else (other bytes, a modification, a deletion) is a rewrite of published data.
        if (e.status === 'A' && e.newOid === known.blob)
            continue;
        if (known.rewrites.some((r) => r.commit === e.commit && r.status === e.status && r.newOid === e.newOid && r.oldOid === e.oldOid))
            continue;
        // Copy on write: histories loaded from the cache share one empty list.
        known.rewrites = [...known.rewrites, rewrite(e)];
    }
    return state;
}
function rewrite(e) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid };
}

;// CONCATENATED MODULE: ./src/store/verify.ts







// `verify` proves the store from git history: one native log scan, one ls-tree, one cat-file
// batch for the packets whose verdict is not known, then the pure checks of check.ts. With a valid
// cache every step is limited to what is new: the log from the cached tip, and only the groups
// (windows) that a new commit touched or whose tree id changed are listed and re-checked; every
// other group's result comes from the cache. A shallow clone is refused before anything is read:
// its boundary commit would look like the origin of every file.
/** Above this many groups to re-check, one ls-tree of the whole root beats a long pathspec list. */
const LIST_ALL_ABOVE = 256;
/** Stored as a group's tree id when its result must not be reused (something in it was signed after `now`). */
const NOT_REUSABLE = '!';
async function verifyStore(opts) {
    const { inspector } = opts;
    const family = inspector.family;
    const { top, shallow, stateDir, head } = opts.repo ?? (await (0,store_history/* repoFacts */.yQ)(opts.dir));
    if (shallow)
        throw (0,store_history/* shallowError */.Jn)();
    const useCache = opts.cache !== false && opts.window === undefined;
    const pathspec = opts.window === undefined ? family.root : `${family.root}/${opts.window}`;
    if (head === null) {
        const empty = finishCheck({ family, head: '', window: opts.window }, [], []);
        return { ...empty, family: family.name, root: family.root, headOid: null, stats: { commits_scanned: 0, packets: 0, packets_inspected: 0, cache: useCache ? 'cold' : 'off' } };
    }
    // Every git process is started before the cache body is parsed: spawning from a small heap is
    // cheap, and the log scan, ls-tree and status then run while this process works.
    const folder = useCache ? awaitedLater((0,store_history/* listFolder */.bt)(top, head, family.root)) : null;
    const changing = awaitedLater((0,store_history/* worktreeChanges */.rV)(top, pathspec));
    const opened = useCache ? await openCache(stateDir, family.name, family.root) : null;
    const fullScan = () => awaitedLater((0,store_history/* scanHistory */.sL)(top, { root: pathspec, until: head, since: null }));
    let fromTip = null;
    let scanning;
    if (opened?.tip === head) {
        fromTip = head;
        scanning = Promise.resolve({ commits: [], events: [] });
    }
    else if (opened) {
        // Both questions at once: the log from the tip is dropped if the tip is not an ancestor of HEAD.
        const fromCached = awaitedLater((0,store_history/* scanHistory */.sL)(top, { root: pathspec, until: head, since: opened.tip }));
        if (await (0,store_history/* isAncestor */.QX)(top, opened.tip, head)) {
            fromTip = opened.tip;
            scanning = fromCached;
        }
        else
            scanning = fullScan();
    }
    else
        scanning = fullScan();
    const cache = opened ? opened.parse() : null;
    // Group results and history are reusable from an ancestor tip only; verdicts are keyed by
    // content and reusable whenever the fingerprint matches.
    let base = cache && fromTip !== null ? cache : null;
    const trusted = cache !== null && cache.fingerprint === inspector.fingerprint;
    if (fromTip !== null && !base) {
        // Authentic but unreadable (another format version): the history must be scanned in full.
        scanning = fullScan();
    }
    let scan = await scanning;
    const changes = await changing;
    // The groups to check now, with what the cache knows about them; the others are taken as they were.
    const trees = new Map();
    const rootFiles = [];
    for (const e of folder ? await folder : []) {
        const name = e.path.slice(family.root.length + 1);
        if (e.type === 'tree')
            trees.set(name, e.oid);
        else
            rootFiles.push(e);
    }
    const clean = new Map();
    const state = {};
    const verdicts = new Map();
    const takeVerdicts = (inputs) => {
        if (trusted && inputs)
            for (const [k, f] of Object.entries(inputs.facts))
                verdicts.set(k, f);
    };
    let files = null;
    if (base) {
        // Dirty: touched by a commit after the tip (even if a later one undid it), a tree that is not
        // the one the result was computed for, edited in the working tree, or not reusable at all.
        const dirty = new Set(['']);
        for (const e of scan.events)
            dirty.add(groupOf(family, e.path));
        for (const path of changes.modified)
            dirty.add(groupOf(family, path));
        for (const name of new Set([...trees.keys(), ...base.groups.keys()])) {
            const g = base.groups.get(name);
            if (!g || !trusted || g.tree !== (trees.get(name) ?? '') || g.signedMax > inspector.now)
                dirty.add(name);
        }
        let complete = true;
        for (const [name, g] of base.groups) {
            if (!dirty.has(name)) {
                clean.set(name, g);
                continue;
            }
            const inputs = g.inputs();
            if (!inputs)
                complete = false;
            else
                Object.assign(state, inputs.state);
            takeVerdicts(inputs);
        }
        if (complete) {
            const listed = [...dirty].filter((n) => trees.has(n));
            files =
                listed.length > LIST_ALL_ABOVE
                    ? (await (0,store_history/* listTree */.nT)(top, head, family.root)).filter((f) => dirty.has(groupOf(family, f.path)))
                    : [...rootFiles, ...(await (0,store_history/* listTree */.nT)(top, head, listed.map((n) => `${family.root}/${n}`)))];
        }
        else {
            // A group's history is gone (its inputs file was removed or damaged): prove everything again.
            base = null;
            clean.clear();
            for (const path of Object.keys(state))
                delete state[path];
            scan = await fullScan();
        }
    }
    else if (cache && trusted) {
        for (const g of cache.groups.values())
            takeVerdicts(g.inputs());
    }
    files ??= await (0,store_history/* listTree */.nT)(top, head, pathspec);
    foldEvents(state, scan.events, base?.commits ?? 0);
    // Packet verdicts: known by content, inspected in one batch otherwise.
    const byPath = new Map(files.map((f) => [f.path, f]));
    const facts = new Map();
    const keep = new Map();
    const todo = [];
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet')
            continue;
        const signature = byPath.get((0,layout/* artifactPath */.Ws)(family, p.ref, 'signature'));
        const key = factsKey(f.oid, signature?.oid);
        const hit = verdicts.get(key);
        if (hit && !signedAfter(hit, inspector.now)) {
            facts.set(f.path, hit);
            keep.set(f.path, { key, facts: hit });
        }
        else
            todo.push({ packet: f, signature, key });
    }
    if (todo.length > 0) {
        const blobs = await (0,store_history/* readBlobs */.b4)(top, todo.flatMap((t) => (t.signature ? [t.packet.oid, t.signature.oid] : [t.packet.oid])));
        for (const [i, t] of todo.entries()) {
            if (i % 250 === 249)
                await new Promise((r) => setImmediate(r));
            const p = (0,layout/* parseStorePath */.GV)(family, t.packet.path);
            if (p.type !== 'artifact')
                continue;
            const packet = blobs.get(t.packet.oid) ?? Buffer.alloc(0);
            const result = inspector.inspect({ ref: p.ref, path: t.packet.path, packet, signature: t.signature ? blobs.get(t.signature.oid) : undefined });
            facts.set(t.packet.path, result);
            // A verdict made before its own signing instant would be stale once time passes it: not kept.
            if (!signedAfter(result, inspector.now))
                keep.set(t.packet.path, { key: t.key, facts: result });
        }
    }
    // Each group to check is checked on its own (check.ts: no rule crosses groups).
    const parts = new Map();
    const part = (path) => {
        const name = groupOf(family, path);
        let p = parts.get(name);
        if (!p)
            parts.set(name, (p = { files: [], state: {} }));
        return p;
    };
    for (const f of files)
        part(f.path).files.push(f);
    for (const [path, h] of Object.entries(state))
        part(path).state[path] = h;
    const windows = [];
    const defects = [];
    const serialized = [];
    for (const [name, p] of parts) {
        const result = checkContent({ family, files: p.files, state: p.state, facts, window: opts.window });
        windows.push(...result.windows);
        defects.push(...result.defects);
        if (useCache)
            serialized.push(serializeEntry(family, name, p, result, keep, trees.get(name) ?? '', inspector.now));
    }
    for (const g of clean.values()) {
        const result = g.result();
        windows.push(...result.windows);
        defects.push(...result.defects);
        serialized.push({ line: g.line, inputsHash: g.inputsHash });
    }
    // Every group with a working-tree edit was listed above, so `present` answers for each of them.
    const present = new Set(files.map((f) => f.path));
    const worktreeFacts = await inspectWorktree(top, inspector, changes.modified);
    defects.push(...worktreeDefects(family, head, { ...changes, facts: worktreeFacts }, present, opts.window));
    const result = finishCheck({ family, head, window: opts.window }, windows, defects);
    // With nothing new since the cached tip, the file already says all of this.
    if (useCache && (base === null || base.tip !== head || todo.length > 0 || !trusted)) {
        const header = { family: family.name, root: family.root, fingerprint: inspector.fingerprint, commits: (base?.commits ?? 0) + scan.commits.length };
        await saveCache(stateDir, { tip: head, header, groups: serialized });
    }
    const packets = result.windows.reduce((n, w) => n + w.revisions.filter((r) => r.files.packet !== null).length, 0);
    return {
        ...result,
        family: family.name,
        root: family.root,
        headOid: head,
        stats: { commits_scanned: scan.commits.length, packets, packets_inspected: todo.length, cache: !useCache ? 'off' : base ? 'warm' : 'cold' }
    };
}
/**
 * A checked group as the next run needs it. Of the history state, packet origins (published_in,
 * revision order) and every recorded rewrite are kept; envelopes and logs without rewrites are
 * left out: with `-m`, any later conflicting change to them shows up as a modification against
 * some parent, which is a rewrite whether or not the path is remembered.
 */
function serializeEntry(family, name, p, result, keep, tree, now) {
    const state = {};
    for (const [path, h] of Object.entries(p.state)) {
        const parsed = (0,layout/* parseStorePath */.GV)(family, path);
        if (h.rewrites.length > 0 || (parsed.type === 'artifact' && parsed.kind === 'packet'))
            state[path] = h;
    }
    const verdicts = {};
    for (const f of p.files) {
        const k = keep.get(f.path);
        if (k)
            verdicts[k.key] = k.facts;
    }
    let signedMax = 0;
    for (const w of result.windows)
        for (const r of w.revisions)
            if (r.signed_at_utc !== null)
                signedMax = Math.max(signedMax, Date.parse(r.signed_at_utc) || 0);
    // The root's own files are always re-checked (a handful); a group holding something signed after
    // `now` carries a time-dependent finding and is re-checked next time too.
    const reusable = name !== '' && signedMax <= now;
    return serializeGroup(family.root, name, reusable ? tree : NOT_REUSABLE, signedMax, result, { state, facts: verdicts });
}
/** Marks a promise as handled now (it is awaited later), so an early git failure is not an unhandled rejection. */
function awaitedLater(p) {
    p.catch(() => undefined);
    return p;
}
function signedAfter(facts, now) {
    return facts.signedAt !== null && Date.parse(facts.signedAt) > now;
}
/** A locally edited packet or envelope is inspected as it now is, so the report can say why it fails. */
async function inspectWorktree(top, inspector, modified) {
    const out = new Map();
    const family = inspector.family;
    for (const path of modified) {
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        if (p.type !== 'artifact' || p.kind === 'log')
            continue;
        const paths = (0,layout/* revisionPaths */.s3)(family, p.ref);
        const packet = await (0,promises_.readFile)((0,external_node_path_.join)(top, paths.packet)).catch(() => undefined);
        if (!packet)
            continue;
        const signature = await (0,promises_.readFile)((0,external_node_path_.join)(top, paths.signature)).catch(() => undefined);
        out.set(path, inspector.inspect({ ref: p.ref, path: paths.packet, packet, signature }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/store/commands.ts
















// CLI commands of the store: export-closure (the Action's `closure` stage), verify, review.
const EXPORT_OPTIONS = {
    ...context/* COMMON_OPTIONS */.DT,
    'key-file': { type: 'string' },
    'signer-id': { type: 'string' },
    'store-branch': { type: 'string' },
    'committer-name': { type: 'string' },
    'committer-email': { type: 'string' }
};
function noPositionals(command, positionals) {
    if (positionals.length > 0) {
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `${command}: unexpected argument '${positionals[0]}'; run 'release-evidence ${command} --help'` });
    }
}
const exportClosureCommand = {
    name: 'export-closure',
    usage: `Usage: release-evidence export-closure [options]

Runs the acknowledgment-ledger gate, builds one closure packet per release window from the
resolved alarms with a valid acknowledgment, signs it (DSSE, Ed25519), verifies it as a reader
would, and only then commits it to the write-once store:
  closure-packets/{release_window_id}/packet-rNNN.json, packet-rNNN.sig, verify-rNNN.log
One commit per written revision. Unchanged content writes nothing; changed content becomes the
next revision, linked to the previous one by its signature digest. Published files are never
rewritten.

Signing options:
      --key-file FILE       private key (base64 seed or PKCS8 PEM); default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
Git options:
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${src_settings/* DEFAULT_GIT */.PN.committerName})
      --committer-email E   (default: ${src_settings/* DEFAULT_GIT */.PN.committerEmail})

Exit codes: 0 every window exported or unchanged and the gate passed; 1 no-go, a closure row
left out (C1, C2) or a packet that failed verification (not written); 2 cannot evaluate.

${context/* COMMON_USAGE */.yo}`,
    async run(args, ctx) {
        const { values, positionals } = (0,context/* parseCommand */.RM)('export-closure', args, EXPORT_OPTIONS);
        noPositionals('export-closure', positionals);
        const settings = {
            ...(0,context/* settingsFromOptions */.Qu)(values, ctx, ['ledger', 'closure']),
            signing: { signerId: values['signer-id'], keyFile: values['key-file'] === undefined ? undefined : (0,external_node_path_.resolve)(ctx.cwd, values['key-file']) },
            git: {
                storeBranch: values['store-branch'],
                committerName: values['committer-name'] ?? src_settings/* DEFAULT_GIT */.PN.committerName,
                committerEmail: values['committer-email'] ?? src_settings/* DEFAULT_GIT */.PN.committerEmail
            }
        };
        const gate = await (0,ledger_gate/* runLedgerGate */.gL)(settings);
        const result = await (0,store_export/* exportClosure */.a)({ settings, gate, secrets: { env: ctx.env } });
        const failed = gate.failed || result.failed;
        if (values.json) {
            ctx.io.stdout(`${JSON.stringify({ gate: { decision: gate.decision, failed: gate.failed, windows: gate.windows }, ...result, failed }, null, 2)}\n`);
        }
        else {
            ctx.io.stdout(`Ledger gate: ${gate.decision.toUpperCase()}${gate.failed ? ' (failing)' : ''}; ${gate.windows.map((w) => `${w.release_window_id} ${w.decision}`).join(', ') || 'no windows'}\n\n`);
            ctx.io.stdout((0,render/* renderExportText */.Il)(result));
        }
        return failed ? errors/* ExitCode */.yU.PolicyFailure : errors/* ExitCode */.yU.Pass;
    }
};
const VERIFY_OPTIONS = {
    repo: context/* COMMON_OPTIONS */.DT.repo,
    now: context/* COMMON_OPTIONS */.DT.now,
    keyring: context/* COMMON_OPTIONS */.DT.keyring,
    'closure-policy': context/* COMMON_OPTIONS */.DT['closure-policy'],
    json: context/* COMMON_OPTIONS */.DT.json,
    help: context/* COMMON_OPTIONS */.DT.help,
    window: { type: 'string' },
    'no-cache': { type: 'boolean' }
};
const verifyCommand = {
    name: 'verify',
    usage: `Usage: release-evidence verify [--window W] [--json] [--no-cache] [options]

Proves the store from the repository's history with native git: every revision's DSSE Ed25519
signature under the keyring, schema and required fields, signature_digest, the supersedes chain,
canonical UTC timestamps, the three files of every revision, one packet identity per file, and
that no commit ever modified or deleted a published file. Needs the full history: a shallow
clone is refused (run 'git fetch --unshallow', or use fetch-depth: 0 in actions/checkout).

Re-verification is incremental: verdicts are cached under .git/release-evidence/ (never
committed), keyed by blob ids and the keyring/policy hashes, and MAC-protected. --no-cache
ignores the cache (an outside auditor's full proof).

Options:
  -C, --repo DIR          repository root (default: current directory)
      --window W          only this release window
      --now TIME          verification instant, RFC 3339 (default: the clock)
      --keyring F         (default: policies/keyring.yaml)
      --closure-policy F  (default: policies/closure-packet.yaml)
      --no-cache          verify everything from scratch; do not read or write the cache
      --json              machine-readable report

Exit codes: 0 verified, 1 a defect was found, 2 cannot verify (shallow clone, not a repository,
bad keyring or policy).`,
    async run(args, ctx) {
        const { values, positionals } = (0,context/* parseCommand */.RM)('verify', args, VERIFY_OPTIONS);
        noPositionals('verify', positionals);
        const settings = (0,context/* settingsFromOptions */.Qu)(values, ctx, ['closure']);
        const window = values.window === undefined ? undefined : (0,ids/* normalizeId */.XB)(values.window, '--window');
        const result = await verifyWith(settings, { window, cache: values['no-cache'] !== true });
        ctx.io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : (0,render/* renderVerifyText */.vs)(result));
        return result.blocking === 0 ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.PolicyFailure;
    }
};
async function verifyWith(settings, opts) {
    // Not a repository is reported before a missing keyring: it is the more basic mistake.
    const repo = await (0,store_history/* repoFacts */.yQ)(settings.workspace);
    const trust = await (0,closure/* loadClosureTrust */.CC)(settings);
    return verifyStore({ dir: settings.workspace, repo, inspector: (0,closure/* closureInspector */.nE)(trust, settings.now), window: opts.window, cache: opts.cache });
}
const REVIEW_OPTIONS = { ...context/* COMMON_OPTIONS */.DT, window: { type: 'string' }, seed: { type: 'string' } };
const reviewCommand = {
    name: 'review',
    usage: `Usage: release-evidence review --window W [--seed N] [options]

Reads the latest revision of the window from the store at HEAD, verifies its signature and
schema version, samples alarms reproducibly (seed: the packet's signature digest unless --seed is
given), traces their evidence refs against the evidence input, checks approver lineage, and marks
the audit pass or fail with follow-up actions.

Exit codes: 0 audit pass, 1 audit fail, 2 cannot evaluate (no such window, bad input).

${context/* COMMON_USAGE */.yo}`,
    async run(args, ctx) {
        const { values, positionals } = (0,context/* parseCommand */.RM)('review', args, REVIEW_OPTIONS);
        noPositionals('review', positionals);
        if (values.window === undefined)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: "review: --window is required; run 'release-evidence review --help'" });
        const settings = (0,context/* settingsFromOptions */.Qu)(values, ctx, ['closure']);
        return runReview(settings, values.window, values.seed, values.json === true, ctx);
    }
};
async function runReview(settings, rawWindow, seed, json, ctx) {
    const series = (0,layout/* seriesFor */.FT)(store_family/* CLOSURE_FAMILY */.L0, rawWindow);
    const top = await (0,store_history/* repoTopLevel */.MS)(settings.workspace);
    const latest = await (0,publish/* latestRevision */.HA)(top, await (0,store_history/* headOid */.DT)(top), store_family/* CLOSURE_FAMILY */.L0, series);
    if (!latest) {
        throw new errors/* UserError */.yo({ code: 'INPUT_MISSING', message: `no closure packet for window '${series.window}' at HEAD under ${store_family/* CLOSURE_FAMILY */.L0.root}/; run export-closure first or check the window id` });
    }
    const trust = await (0,closure/* loadClosureTrust */.CC)(settings);
    const gate = await (0,ledger_gate/* runLedgerGate */.gL)(settings);
    const verification = (0,sign/* verifyPacket */.UH)(latest.packet, latest.signature ?? Buffer.alloc(0), trust.keyring, trust.policy, settings.now);
    const review = reviewPacket({ verification, evidence: gate.evidence, policy: trust.policy, seed });
    if (json)
        ctx.io.stdout(`${JSON.stringify({ file: latest.paths.packet, ...review }, null, 2)}\n`);
    else
        ctx.io.stdout(`Reviewing ${latest.paths.packet}\n\n${renderReviewText(review)}`);
    return review.pass ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.PolicyFailure;
}


/***/ }),

/***/ 1848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ exportClosure)
});

// UNUSED EXPORTS: exportClosureWindow

// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(7077);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(7430);
;// CONCATENATED MODULE: ./src/signing/signer.ts



function signerBlock(signer) {
    return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: (0,time/* formatUtc */.ay)(signer.at) };
}
/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
function createSigner(key, keyring, at, signerId) {
    const entry = (0,signing_keyring/* findKey */.Tj)(keyring, key.keyId);
    if (!entry) {
        throw new errors/* UserError */.yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
        });
    }
    if (signerId !== undefined && signerId !== entry.signerId) {
        throw new errors/* UserError */.yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
        });
    }
    const valid = (0,signing_keyring/* keyValidAt */.je)(entry, at);
    if (!valid.ok) {
        throw new errors/* UserError */.yo({
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

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/closure/digest.ts
var digest = __webpack_require__(2253);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/closure/packet.ts






function buildPacket(input) {
    const { gate, policy, signer, previous } = input;
    const windowId = (0,ids/* normalizeId */.XB)(input.windowId, 'release_window_id');
    const evidence = indexEvidence(gate.evidence);
    const rows = [];
    const defects = [];
    const leftOut = { unresolved: 0, invalid_ack: 0, timestamp_invalid: 0, evidence_unresolved: 0, lineage_incomplete: 0, total: 0 };
    const alarms = gate.alarms.filter((a) => a.alarm.release_window_id === windowId).sort((a, b) => cmp(a.alarm.alarm_id, b.alarm.alarm_id));
    for (const ev of alarms) {
        if (!ev.resolved || !ev.entry) {
            leftOut.unresolved++;
            continue;
        }
        if (!ev.valid_ack) {
            leftOut.invalid_ack++;
            continue;
        }
        const built = buildRow(ev, evidence, input.policy, windowId);
        if (built.ok) {
            rows.push(built.row);
            continue;
        }
        defects.push(...built.defects);
        leftOut[bucketOf(built.defects[0].defect_code)]++;
    }
    leftOut.total = leftOut.unresolved + leftOut.invalid_ack + leftOut.timestamp_invalid + leftOut.evidence_unresolved + leftOut.lineage_incomplete;
    const revision = previous ? nextRevision(previous.revision) : (0,util_revision/* formatRevision */.T)(1);
    const packet = (0,digest/* sealPacket */.E3)({
        packet_id: `${policy.data.packet_id_prefix}-${windowId}`,
        release_window_id: windowId,
        revision,
        supersedes: previous ? { revision: previous.revision, signature_digest: previous.signature_digest } : null,
        schema: { version: policy.data.schema_version, sha256: policy.sha256 },
        ledger_policy_sha256: gate.policy.sha256,
        signer: signerBlock(signer),
        exported_at_utc: (0,time/* formatUtc */.ay)(signer.at),
        rows,
        left_out: leftOut
    });
    return { packet, defects: (0,defect/* sortDefects */.XJ)(defects), contentKey: (0,digest/* contentKey */.lO)(packet) };
}
/** One packet per window the gate evaluated, windows in id order. */
function buildPackets(gate, policy, signer, previous = new Map()) {
    return [...new Set(gate.windows.map((w) => w.release_window_id))]
        .sort(cmp)
        .map((windowId) => buildPacket({ gate, windowId, policy, signer, previous: previous.get(windowId) }));
}
function nextRevision(label) {
    const n = (0,util_revision/* parseRevision */.P)(label);
    if (n === null)
        throw new RangeError(`previous revision '${label}' is not of the form r001`);
    return (0,util_revision/* formatRevision */.T)(n + 1);
}
function bucketOf(code) {
    if (code === 'CLOSURE_TIMESTAMP_INVALID')
        return 'timestamp_invalid';
    if (code === 'CLOSURE_EVIDENCE_UNRESOLVED')
        return 'evidence_unresolved';
    return 'lineage_incomplete';
}
function key(windowId, alarmId, kind) {
    return `${windowId}\u0000${alarmId}\u0000${kind}`;
}
function indexEvidence(rows) {
    const m = new Map();
    for (const r of rows) {
        const k = key(r.release_window_id, r.alarm_id, r.evidence_kind);
        const list = m.get(k);
        if (list)
            list.push(r);
        else
            m.set(k, [r]);
    }
    return m;
}
// Problems are collected per row (not first-failure) so one export shows everything to fix; the
// first problem's code decides which left_out bucket the row is counted in.
function buildRow(ev, evidence, policy, windowId) {
    const entry = ev.entry;
    const alarm = ev.alarm;
    const problems = [];
    const utc = (raw, field, source = entry.source) => {
        const p = (0,time/* parseUtc */.y5)(raw);
        if (p.ok)
            return (0,time/* formatUtc */.ay)(p.ms);
        problems.push({ code: 'CLOSURE_TIMESTAMP_INVALID', field, detail: `${field} ${p.reason}`, action: 'correct the timestamp to RFC 3339 with a zone, e.g. 2026-11-23T14:05:00Z', source });
        return '';
    };
    const ackUtc = utc(entry.ack_timestamp_utc, 'ack_timestamp_utc');
    const closure = ev.closure_evidence;
    if (!closure) {
        problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: 'closure_evidence_ref', detail: `closure_evidence_ref '${entry.closure_evidence_ref}' did not resolve to an evidence row`, action: 'record the closure evidence row and reference its evidence_id' });
    }
    const resolvedUtc = closure ? utc(closure.recorded_utc, 'resolved_timestamp_utc', closure.source) : '';
    const refs = {};
    for (const { kind, field } of policy.data.evidence_refs) {
        const found = (evidence.get(key(windowId, alarm.alarm_id, kind)) ?? [])
            .map((r) => ({ row: r, ref: { evidence_id: r.evidence_id.trim(), uri: r.uri.trim(), recorded_utc: utc(r.recorded_utc, `closure_evidence_refs/${field}`, r.source), recorded_by: r.recorded_by.trim() } }));
        const empty = found.filter((f) => f.ref.evidence_id === '' || f.ref.uri === '');
        for (const f of empty) {
            problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: `closure_evidence_refs/${field}`, detail: `${kind} evidence row has an empty ${f.ref.evidence_id === '' ? 'evidence_id' : 'uri'}`, action: `fill in the ${kind} row's evidence_id and uri`, source: f.row.source });
        }
        if (found.length === 0) {
            problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: `closure_evidence_refs/${field}`, detail: `no ${kind} evidence row for this alarm in window ${windowId}`, action: `add a ${kind} row (${describe(policy, kind)}) to the evidence input for this alarm` });
        }
        refs[field] = found.map((f) => f.ref).sort((a, b) => cmp(a.recorded_utc, b.recorded_utc) || cmp(a.evidence_id, b.evidence_id));
    }
    const lineage = buildLineage(ev, refs, policy);
    for (const missing of lineage.missing) {
        problems.push({ code: 'LINEAGE_INCOMPLETE', field: `approver_lineage/${missing.field}`, detail: missing.detail, action: missing.action });
    }
    const resolvedBy = closure?.recorded_by.trim() ?? '';
    if (closure && resolvedBy === '') {
        problems.push({ code: 'LINEAGE_INCOMPLETE', field: 'resolved_by', detail: `closure evidence ${closure.evidence_id} has no recorded_by`, action: 'record who resolved the alarm on the closure evidence row', source: closure.source });
    }
    if (problems.length > 0) {
        return {
            ok: false,
            defects: problems.map((p) => ({
                subject: alarm.alarm_id,
                defect_code: p.code,
                severity: 'blocking',
                owner_role: alarm.primary_owner_role,
                required_action: p.action,
                release_window_id: windowId,
                file: (p.source ?? entry.source).file,
                line: (p.source ?? entry.source).line,
                field: p.field,
                detail: p.detail
            }))
        };
    }
    return {
        ok: true,
        row: {
            alarm_id: alarm.alarm_id,
            alarm_class: alarm.alarm_class,
            closure_state: entry.closure_state,
            acknowledged_by: entry.acknowledged_by,
            ack_timestamp_utc: ackUtc,
            resolved_by: resolvedBy,
            resolved_timestamp_utc: resolvedUtc,
            closure_evidence_id: closure.evidence_id,
            closure_evidence_refs: refs,
            approver_lineage: lineage.lineage
        }
    };
}
function buildLineage(ev, refs, policy) {
    const entry = ev.entry;
    const missing = [];
    const path = ev.owner_mapping === 'primary' || ev.owner_mapping === 'backup' || ev.owner_mapping === 'incident_commander' ? ev.owner_mapping : undefined;
    if (!path)
        missing.push({ field: 'ack_path', detail: `the acknowledgment maps to no owner (${ev.owner_mapping})`, action: 'acknowledge as the owner, backup owner or incident commander' });
    const ownerRole = ev.alarm.primary_owner_role.trim();
    if (ownerRole === '')
        missing.push({ field: 'owner_role', detail: 'the alarm has no owner role', action: 'set primary_owner_role on the alarm row' });
    const backup = path === 'backup' ? ev.alarm.backup_owner_role.trim() : null;
    if (backup === '')
        missing.push({ field: 'backup_owner_role', detail: 'the backup acknowledged, but the alarm names no backup owner role', action: 'set backup_owner_role on the alarm row' });
    const ic = path === 'incident_commander' ? entry.acknowledged_by.trim() : null;
    if (ic === '')
        missing.push({ field: 'incident_commander', detail: 'incident-commander override without a named acknowledger', action: 'record who acknowledged under the override in acknowledged_by' });
    const approverKind = policy.data.lineage.final_approver_from;
    const approverField = policy.data.evidence_refs.find((r) => r.kind === approverKind).field;
    const notes = refs[approverField] ?? [];
    const finalApprover = notes.length > 0 ? notes[notes.length - 1].recorded_by : '';
    if (notes.length > 0 && finalApprover === '') {
        missing.push({ field: 'final_approver', detail: `the latest ${approverKind} row has no recorded_by`, action: `record the approver on the ${approverKind} row` });
    }
    else if (notes.length === 0) {
        missing.push({ field: 'final_approver', detail: `no ${approverKind} row names a final approver`, action: `add an ${approverKind} row recorded by the final approver` });
    }
    if (policy.data.lineage.final_approver_distinct_from_acknowledger && finalApprover !== '' && finalApprover === entry.acknowledged_by.trim()) {
        missing.push({ field: 'final_approver', detail: `final approver '${finalApprover}' also acknowledged the alarm`, action: 'have someone other than the acknowledger approve the closure (separation of duties)' });
    }
    return {
        lineage: { ack_path: path ?? 'primary', owner_role: ownerRole, backup_owner_role: backup, incident_commander: ic, final_approver: finalApprover },
        missing
    };
}
function describe(policy, kind) {
    return policy.data.evidence_refs.find((r) => r.kind === kind)?.description ?? kind;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/closure/sign.ts + 3 modules
var sign = __webpack_require__(4413);
// EXTERNAL MODULE: ./src/closure/summary.ts
var summary = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(870);
// EXTERNAL MODULE: ./src/signing/ed25519.ts
var ed25519 = __webpack_require__(7478);
;// CONCATENATED MODULE: ./src/signing/keys.ts






// The private key is the one secret this tool handles. It arrives as text from exactly one place
// (key file, Action input, or RELEASE_EVIDENCE_SIGNING_KEY), is turned into a KeyObject at once,
// and is never echoed: error messages name the source, never the value, and the SigningKey
// object prints as a redacted placeholder if anything ever logs or serializes it.
//
// Key text format (both accepted, `#` comment lines and blank lines ignored):
//   1. base64 of the 32-byte RFC 8032 seed (what `release-evidence keygen` writes);
//   2. a PKCS8 PEM block, as written by `openssl genpkey -algorithm ed25519`.
const SIGNING_KEY_ENV = 'RELEASE_EVIDENCE_SIGNING_KEY';
class SigningKey {
    publicKey;
    keyId;
    source;
    #privateKey;
    constructor(privateKey, source) {
        this.#privateKey = privateKey;
        this.publicKey = (0,ed25519/* rawPublicKey */.F7)(privateKey);
        this.keyId = (0,ed25519/* keyIdOf */.yg)(this.publicKey);
        this.source = source;
    }
    sign(message) {
        return (0,ed25519/* signBytes */.b_)(message, this.#privateKey);
    }
    toJSON() {
        return { keyId: this.keyId, source: this.source, privateKey: '[redacted]' };
    }
    [external_node_util_.inspect.custom]() {
        return `SigningKey { keyId: '${this.keyId}', source: '${this.source}', privateKey: [redacted] }`;
    }
}
/** Parses key text; `source` names where it came from in messages (never the value). */
function parseSigningKey(text, source) {
    const body = stripComments(text);
    if (body === '') {
        throw keyError(source, 'is empty');
    }
    if (body.includes('-----BEGIN')) {
        if (!/-----BEGIN PRIVATE KEY-----/.test(body)) {
            throw keyError(source, 'is a PEM block but not an unencrypted PKCS8 "PRIVATE KEY"');
        }
        let key;
        try {
            key = (0,external_node_crypto_.createPrivateKey)({ key: body, format: 'pem' });
        }
        catch (err) {
            throw keyError(source, 'is not a readable PKCS8 PEM private key', err);
        }
        if (key.asymmetricKeyType !== 'ed25519') {
            throw keyError(source, `holds a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
        }
        return new SigningKey((0,ed25519/* privateKeyFromSeed */.we)((0,ed25519/* seedOf */.n3)(key)), source);
    }
    const seed = (0,dsse/* decodeBase64 */.y4)(body.replace(/\s+/g, ''));
    if (!seed || seed.length !== ed25519/* SEED_BYTES */.ER) {
        throw keyError(source, `is neither base64 of a ${ed25519/* SEED_BYTES */.ER}-byte Ed25519 seed nor a PKCS8 PEM private key`);
    }
    return new SigningKey((0,ed25519/* privateKeyFromSeed */.we)(seed), source);
}
function stripComments(text) {
    return text
        .split(/\r?\n/)
        .filter((l) => !/^\s*#/.test(l))
        .join('\n')
        .trim();
}
function keyError(source, what, cause) {
    return new errors/* UserError */.yo({
        code: 'KEY_INVALID',
        message: `the signing key from ${source} ${what}; create one with 'release-evidence keygen' (base64 seed) or 'openssl genpkey -algorithm ed25519' (PEM)`,
        cause
    });
}
/**
 * Finds the key text: an explicit key file wins, then the Action input, then the environment.
 * Returns undefined when none is set, so callers decide whether signing is required.
 */
async function readSigningSecret(from) {
    if (from.keyFile !== undefined && from.keyFile !== '') {
        const source = `key file ${from.keyFile}`;
        let text;
        let mode;
        try {
            text = await (0,promises_.readFile)(from.keyFile, 'utf8');
            mode = (await (0,promises_.stat)(from.keyFile)).mode;
        }
        catch (err) {
            const code = err.code;
            throw new errors/* UserError */.yo({
                code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
                message: `cannot read the ${source} (${code ?? 'error'}); pass the path 'release-evidence keygen' printed`,
                cause: err
            });
        }
        const warnings = process.platform !== 'win32' && (mode & 0o077) !== 0
            ? [`${source} is readable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 600 on it`]
            : [];
        return { text, source, warnings };
    }
    if (from.input !== undefined && from.input.trim() !== '')
        return { text: from.input, source: 'the signing-key input', warnings: [] };
    const env = from.env[SIGNING_KEY_ENV];
    if (env !== undefined && env.trim() !== '')
        return { text: env, source: `$${SIGNING_KEY_ENV}`, warnings: [] };
    return undefined;
}
/**
 * Every string a log line could leak the secret through: the whole text, the key body, and each
 * PEM line. The Action passes each to core.setSecret before it logs anything.
 */
function secretsToMask(text) {
    const out = new Set();
    const add = (s) => {
        const t = s.trim();
        if (t.length >= 8)
            out.add(t);
    };
    add(text);
    const body = stripComments(text);
    add(body);
    add(body.replace(/\s+/g, ''));
    for (const line of body.split(/\r?\n/))
        if (!line.startsWith('-----'))
            add(line);
    return [...out].sort();
}

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/store/closure.ts + 1 modules
var closure = __webpack_require__(154);
// EXTERNAL MODULE: ./src/store/family.ts
var family = __webpack_require__(3741);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/store/publish.ts
var publish = __webpack_require__(7566);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/store/export.ts















/**
 * Plans, builds, signs, verifies and commits one window on top of `parentOid`. Safe to re-run on a
 * new tip after a rejected push: the revision is re-derived from that tip's tree.
 */
async function exportClosureWindow(args) {
    const series = (0,layout/* seriesFor */.FT)(family/* CLOSURE_FAMILY */.L0, args.windowId);
    let built;
    let verification;
    let landed;
    const result = await (0,publish/* exportWindow */.P0)({
        dir: args.dir,
        branch: args.branch,
        parentOid: args.parentOid,
        family: family/* CLOSURE_FAMILY */.L0,
        series,
        committer: args.committer,
        build: (next, previous) => {
            const link = previous ? previousLink(previous) : undefined;
            built = buildPacket({ gate: args.gate, windowId: series.window, policy: args.trust.policy, signer: args.signer, previous: link });
            if (previous && link && contentKeyOf(previous) === built.contentKey) {
                const v = previous.signature ? (0,sign/* verifyPacket */.UH)(previous.packet, previous.signature, args.trust.keyring, args.trust.policy, args.now) : undefined;
                landed = { packet: parseLoose(previous.packet), verification: v };
                return { kind: 'unchanged' };
            }
            if (built.packet.revision !== (0,family/* formatRevision */.TU)(next))
                throw new Error(`store: built ${built.packet.revision}, expected ${(0,family/* formatRevision */.TU)(next)}`);
            const signed = (0,sign/* signPacket */._O)(built.packet, args.signer, args.trust.keyring, args.trust.policy, args.now);
            verification = signed.verification;
            if (!signed.ok)
                return { kind: 'rejected', findings: signed.findings.map((f) => ({ code: f.code, field: f.field, detail: f.detail })) };
            const paths = (0,layout/* revisionPaths */.s3)(family/* CLOSURE_FAMILY */.L0, { ...series, revision: next });
            const log = (0,closure/* renderVerifyLog */.wM)({ paths, packet: built.packet, verification: signed.verification, trust: args.trust, now: args.now });
            return {
                kind: 'signed',
                files: { packet: Buffer.from(signed.files.json, 'utf8'), signature: Buffer.from(signed.files.sig, 'utf8'), log: Buffer.from(log, 'utf8'), digest: built.packet.signature_digest }
            };
        }
    });
    const b = built;
    const shown = landed ?? { packet: b.packet, verification };
    return { ...result, packet: shown.packet, summary: (0,summary/* summarizePacket */.qz)(shown.packet, shown.verification), rowDefects: b.defects };
}
function previousLink(previous) {
    const facts = (0,sign/* factsOf */.xS)(parseLoose(previous.packet));
    if (facts.digest === null || !/^[0-9a-f]{64}$/.test(facts.digest)) {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `${previous.paths.packet}: the latest published revision has no readable signature_digest, so a new revision cannot link to it; run 'release-evidence verify' and repair the store from history`
        });
    }
    return { revision: (0,family/* formatRevision */.TU)(previous.revision), signature_digest: facts.digest };
}
function contentKeyOf(previous) {
    const doc = parseLoose(previous.packet);
    return typeof doc === 'object' && doc !== null ? (0,digest/* contentKey */.lO)(doc) : null;
}
function parseLoose(bytes) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** Exports every window the gate evaluated, one commit per written revision, chained. */
async function exportClosure(args) {
    const { settings, gate } = args;
    const top = await (0,store_history/* repoTopLevel */.MS)(settings.workspace);
    const trust = await (0,closure/* loadClosureTrust */.CC)(settings);
    const secret = await readSigningSecret({ ...args.secrets, keyFile: settings.signing?.keyFile });
    if (!secret) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_MISSING',
            message: `no signing key: pass --key-file FILE, set $${SIGNING_KEY_ENV}, or set the Action's signing-key input (create a key with 'release-evidence keygen')`
        });
    }
    const signer = createSigner(parseSigningKey(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId);
    const branch = settings.git?.storeBranch || (await checkedOutBranch(top));
    const gitSettings = settings.git ?? src_settings/* DEFAULT_GIT */.PN;
    const committer = { name: gitSettings.committerName, email: gitSettings.committerEmail, timestamp: Math.floor(settings.now / 1000) };
    let parent = await (0,write/* resolveOrNull */.B)(top, undefined, `refs/heads/${branch}`);
    const windows = [];
    const ids = [...new Set(gate.windows.map((w) => w.release_window_id))].sort();
    for (const windowId of ids) {
        const r = await exportClosureWindow({ dir: top, branch, parentOid: parent, gate, windowId, trust, signer, now: settings.now, committer });
        if (r.commitOid)
            parent = r.commitOid;
        windows.push(r);
    }
    const rowDefects = windows.some((w) => w.rowDefects.length > 0);
    return {
        branch,
        signer: { signerId: signer.signerId, keyId: signer.keyId, demo: signer.demo },
        windows,
        warnings: secret.warnings,
        failed: windows.some((w) => w.action === 'rejected') || (rowDefects && settings.mode !== 'observe')
    };
}
async function checkedOutBranch(top) {
    const r = await (0,exec/* git */.$)(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: top, allowFail: true });
    const name = r.stdout.toString('utf8').trim();
    if (r.code !== 0 || name === '') {
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the store to; check out a branch or pass --store-branch NAME' });
    }
    return name;
}


/***/ }),

/***/ 3741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ CLOSURE_FAMILY),
/* harmony export */   Pp: () => (/* reexport safe */ _util_revision_js__WEBPACK_IMPORTED_MODULE_0__.P),
/* harmony export */   TU: () => (/* reexport safe */ _util_revision_js__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   hz: () => (/* binding */ ARTIFACT_KINDS)
/* harmony export */ });
/* unused harmony export STRATEGY_APPROVAL_LAYOUT */
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8483);
// A packet family is one kind of signed, write-once evidence file kept in the repository: closure
// packets (lesson 114) are the first; strategy-approval packets (lesson 120) follow the same rules
// with a different folder and file naming. Everything in the store (layout, the write-once commit,
// the history scan, verify and its cache) is written against this description, so a new family is
// data plus a packet inspector, not new store code.
const CLOSURE_FAMILY = {
    name: 'closure',
    root: 'closure-packets',
    payloadType: 'application/vnd.release-evidence.closure-packet+json',
    names: { packet: 'packet-{rev}.json', signature: 'packet-{rev}.sig', log: 'verify-{rev}.log' },
    keyed: false,
    allowed: ['.gitkeep', 'README.md']
};
/** Lesson 120's layout: strategy-approval/{window}/packets/SAP-{cluster}-r{n}.json, same store rules. */
const STRATEGY_APPROVAL_LAYOUT = {
    name: 'strategy-approval',
    root: 'strategy-approval',
    names: { packet: 'packets/SAP-{key}-{rev}.json', signature: 'packets/SAP-{key}-{rev}.sig', log: 'packets/verify-SAP-{key}-{rev}.log' },
    keyed: true,
    allowed: ['.gitkeep', 'README.md']
};
const ARTIFACT_KINDS = ['packet', 'signature', 'log'];



/***/ }),

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ headOid),
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   bt: () => (/* binding */ listFolder),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   rV: () => (/* binding */ worktreeChanges),
/* harmony export */   sL: () => (/* binding */ scanHistory),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* unused harmony exports isShallowRepo, parseRawLog */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9395);



const ZERO = '0000000000000000000000000000000000000000';
async function isShallowRepo(dir) {
    const r = await git(['rev-parse', '--is-shallow-repository'], { cwd: dir });
    return r.stdout.toString('utf8').trim() === 'true';
}
function shallowError() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({
        code: 'HISTORY_SHALLOW',
        message: 'this is a shallow clone: its history is cut off, so it cannot prove where a packet file began or that it was never rewritten. ' +
            "Fetch the full history with 'git fetch --unshallow' (locally), or set 'fetch-depth: 0' on actions/checkout (in a workflow), then run verify again"
    });
}
/** The repository's top level; a directory that is not a git work tree is the user's error. */
async function repoTopLevel(dir) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--show-toplevel'], { cwd: dir, allowFail: true }).catch(() => null);
    if (!r || r.code !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` });
    }
    return r.stdout.toString('utf8').trim();
}
/** Top level, shallowness, the tool's private directory and HEAD, in one git process. */
async function repoFacts(dir) {
    // Without commits, rev-parse still prints the first three answers and exits 1 on HEAD.
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'release-evidence', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, allowFail: true }).catch(() => null);
    const lines = r && r.code <= 1 ? r.stdout.toString('utf8').split('\n') : [];
    if (lines.length < 3 || lines[0] === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` });
    }
    const top = lines[0];
    const head = r.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lines[3] ?? '') ? lines[3] : null;
    return { top, shallow: lines[1] === 'true', stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir, lines[2]), head };
}
/** HEAD's commit id, or null for a repository without commits. */
async function headOid(dir) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, allowFail: true });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
async function isAncestor(dir, ancestor, descendant) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir, allowFail: true });
    return r.code === 0;
}
/**
 * Every change under `root` in commits reachable from `until` and not from `since`.
 * --full-history keeps side branches a simplified log would prune (a rewrite that was merged
 * away is still a rewrite); -m diffs a merge against each parent, so an "evil merge" that edits a
 * published file shows up as a modification.
 */
async function scanHistory(dir, opts) {
    const range = opts.since ? `${opts.since}..${opts.until}` : opts.until;
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['log', '-z', '--raw', '--no-renames', '--no-abbrev', '-m', '--full-history', '--topo-order', '--reverse', '--format=%x01%H%x02%ct', range, '--', opts.root], { cwd: dir });
    return parseRawLog(r.stdout);
}
function parseRawLog(out) {
    const text = out.toString('utf8');
    const tokens = text.split('\0');
    const commits = [];
    const events = [];
    let commit = '';
    let time = 0;
    let order = -1;
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i].replace(/^\n/, '');
        if (tok === '')
            continue;
        if (tok.startsWith('\x01')) {
            const [oid, ct] = tok.slice(1).split('\x02');
            if (oid !== commit) {
                commit = oid;
                time = Number(ct);
                commits.push(commit);
                order = commits.length - 1;
            }
            continue;
        }
        if (tok.startsWith(':')) {
            // :old_mode new_mode old_oid new_oid status, then the path as the next token
            const [, , oldOid, newOid, status] = tok.slice(1).split(' ');
            const path = tokens[++i] ?? '';
            events.push({ commit, time, status: (status ?? '?').charAt(0), path, oldOid: oldOid === ZERO ? '' : oldOid, newOid: newOid === ZERO ? '' : newOid, order });
        }
    }
    return { commits, events };
}
/** Files under `roots` (folders or files, taken literally) in one commit's tree: one native ls-tree, no per-object reads. */
async function listTree(dir, commit, roots) {
    const paths = typeof roots === 'string' ? [roots] : roots;
    if (paths.length === 0)
        return [];
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], { cwd: dir });
    return parseTreeListing(r.stdout);
}
/** The entries directly inside the folder `root` (blobs and subtrees with their ids); [] when it does not exist. */
async function listFolder(dir, commit, root) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', `${root}/`], { cwd: dir });
    return parseTreeListing(r.stdout);
}
function parseTreeListing(out) {
    // "<mode> SP <type> SP <oid> TAB <path> NUL", parsed by position: 30,000 entries per full verify.
    const text = out.toString('utf8');
    const files = [];
    let pos = 0;
    while (pos < text.length) {
        const end = text.indexOf('\0', pos);
        const stop = end < 0 ? text.length : end;
        const sp1 = text.indexOf(' ', pos);
        const sp2 = text.indexOf(' ', sp1 + 1);
        const tab = text.indexOf('\t', sp2 + 1);
        if (sp1 > 0 && tab > 0 && tab < stop)
            files.push({ path: text.slice(tab + 1, stop), oid: text.slice(sp2 + 1, tab), mode: text.slice(pos, sp1), type: text.slice(sp1 + 1, sp2) });
        pos = stop + 1;
    }
    return files;
}
/** Reads many blobs in one `git cat-file --batch`; a missing object maps to undefined. */
async function readBlobs(dir, oids) {
    const unique = [...new Set(oids)];
    const map = new Map();
    if (unique.length === 0)
        return map;
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n` });
    const out = r.stdout;
    let pos = 0;
    while (pos < out.length) {
        const nl = out.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = out.toString('latin1', pos, nl);
        const [oid, type, sizeText] = header.split(' ');
        pos = nl + 1;
        if (type === 'missing' || sizeText === undefined)
            continue;
        const size = Number(sizeText);
        if (type === 'blob')
            map.set(oid, out.subarray(pos, pos + size));
        pos += size + 1;
    }
    return map;
}
/** Store paths changed in the index or working tree relative to HEAD, plus untracked ones, from one `git status`. */
async function worktreeChanges(dir, root) {
    // --no-optional-locks: verify never writes the repository, not even git's own stat cache.
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', root], { cwd: dir });
    const modified = [];
    const untracked = [];
    for (const rec of r.stdout.toString('utf8').split('\0')) {
        if (rec.length < 4)
            continue;
        const xy = rec.slice(0, 2);
        const path = rec.slice(3);
        if (xy === '??')
            untracked.push(path);
        else if (xy !== '!!')
            modified.push(path);
    }
    return { modified, untracked };
}


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ seriesFor),
/* harmony export */   GV: () => (/* binding */ parseStorePath),
/* harmony export */   Wg: () => (/* binding */ windowDir),
/* harmony export */   Ws: () => (/* binding */ artifactPath),
/* harmony export */   hG: () => (/* binding */ seriesId),
/* harmony export */   s3: () => (/* binding */ revisionPaths)
/* harmony export */ });
/* unused harmony export isCanonicalId */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4598);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3741);


/** Normalizes user-supplied ids for a series; throws UserError ID_INVALID (exit 2) on bad ids. */
function seriesFor(family, rawWindow, rawKey) {
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeId */ .XB)(rawWindow, 'release_window_id');
    if (!family.keyed)
        return { window };
    if (rawKey === undefined)
        throw new TypeError(`family ${family.name} needs a series key`);
    return { window, key: (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeId */ .XB)(rawKey, 'series key') };
}
const CANONICAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * True when `id` is already in normalized form (what a path segment written by us looks like):
 * exactly the fixed points of normalizeId, checked without normalizing (this runs per stored path).
 */
function isCanonicalId(id) {
    return id.length <= _util_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ID_LENGTH */ .Qx && CANONICAL_ID.test(id);
}
function assertCanonical(ref) {
    // Internal guard: callers normalize first (seriesFor); a raw id here is a programming error.
    if (!isCanonicalId(ref.window) || (ref.key !== undefined && !isCanonicalId(ref.key))) {
        throw new Error(`store: non-normalized id in path (${JSON.stringify(ref)})`);
    }
}
function windowDir(family, window) {
    assertCanonical({ window });
    return `${family.root}/${window}`;
}
function artifactPath(family, ref, kind) {
    assertCanonical(ref);
    const name = family.names[kind].replaceAll('{rev}', (0,_family_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRevision */ .TU)(ref.revision)).replaceAll('{key}', ref.key ?? '');
    return `${family.root}/${ref.window}/${name}`;
}
function revisionPaths(family, ref) {
    return {
        packet: artifactPath(family, ref, 'packet'),
        signature: artifactPath(family, ref, 'signature'),
        log: artifactPath(family, ref, 'log')
    };
}
const ID = '([a-z0-9][a-z0-9-]*)';
const matchers = new WeakMap();
function matchersFor(family) {
    let list = matchers.get(family);
    if (!list) {
        list = _family_js__WEBPACK_IMPORTED_MODULE_1__/* .ARTIFACT_KINDS */ .hz.map((kind) => {
            const escaped = family.names[kind].replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            const body = escaped.replace('{key}', ID).replace('{rev}', '(r\\d{3,})');
            return { kind, re: new RegExp(`^${body}$`) };
        });
        matchers.set(family, list);
    }
    return list;
}
const parsedPaths = new WeakMap();
/** Classifies a repo-relative path under the family root (paths outside the root: 'unknown'). */
function parseStorePath(family, path) {
    // verify classifies every stored path more than once per run (30,000 paths for 10,000 revisions)
    let memo = parsedPaths.get(family);
    if (!memo)
        parsedPaths.set(family, (memo = new Map()));
    let parsed = memo.get(path);
    if (!parsed) {
        if (memo.size > 200_000)
            memo.clear();
        memo.set(path, (parsed = classify(family, path)));
    }
    return parsed;
}
function classify(family, path) {
    const prefix = `${family.root}/`;
    if (!path.startsWith(prefix))
        return { type: 'unknown' };
    const rest = path.slice(prefix.length);
    if (family.allowed.includes(rest))
        return { type: 'allowed' };
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return { type: 'unknown' };
    const window = rest.slice(0, slash);
    if (!isCanonicalId(window))
        return { type: 'unknown' };
    const name = rest.slice(slash + 1);
    if (family.allowed.includes(name))
        return { type: 'allowed' };
    for (const { kind, re } of matchersFor(family)) {
        const m = re.exec(name);
        if (!m)
            continue;
        const key = family.keyed ? m[1] : undefined;
        const revision = (0,_family_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRevision */ .Pp)(family.keyed ? m[2] : m[1]);
        if (revision === null || (key !== undefined && !isCanonicalId(key)))
            continue;
        return { type: 'artifact', kind, ref: key === undefined ? { window, revision } : { window, key, revision } };
    }
    return { type: 'unknown', window };
}
/** Stable identity of a series, for maps: `window` or `window/key`. */
function seriesId(ref) {
    return ref.key === undefined ? ref.window : `${ref.window}/${ref.key}`;
}


/***/ }),

/***/ 7566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   P0: () => (/* binding */ exportWindow)
/* harmony export */ });
/* unused harmony export commitMessage */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3741);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6581);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5891);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2170);




/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const files = await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .listTree */ .nT)(dir, commit, (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .windowDir */ .Wg)(family, series.window));
    const id = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(series);
    let latest = 0;
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type === 'artifact' && (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(p.ref) === id)
            latest = Math.max(latest, p.ref.revision);
    }
    if (latest === 0)
        return null;
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionPaths */ .s3)(family, { ...series, revision: latest });
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const packetOid = byPath.get(paths.packet);
    const sigOid = byPath.get(paths.signature);
    const blobs = await (0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .readBlobs */ .b4)(dir, [packetOid, sigOid].filter((o) => o !== undefined));
    return {
        revision: latest,
        paths,
        packet: (packetOid && blobs.get(packetOid)) || Buffer.alloc(0),
        signature: sigOid ? blobs.get(sigOid) : undefined
    };
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,_family_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRevision */ .TU)(revision);
    return [
        `${family.root}: ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,_family_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRevision */ .TU)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionPaths */ .s3)(family, { ...series, revision: next });
    const { commitOid } = await (0,_write_js__WEBPACK_IMPORTED_MODULE_3__/* .commitFiles */ .z)({
        dir: args.dir,
        branch: args.branch,
        parentOid: args.parentOid,
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log }
        ]
    });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
}


/***/ }),

/***/ 8629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ renderExportText),
/* harmony export */   vs: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* unused harmony export renderDefects */
/* harmony import */ var _closure_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5325);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(790);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4598);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3741);




// Human views of export and verify results. The JSON views are the result objects themselves.
function renderDefects(defects) {
    return (0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['SEVERITY', 'WINDOW', 'SUBJECT', 'CODE', 'FILE', 'FIELD', 'DETAIL'], defects.map((d) => [d.severity, d.release_window_id, d.subject, d.defect_code, d.file, d.field, d.detail]), { maxCell: 140 });
}
function actionLine(w) {
    const id = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(w.series.window);
    if (w.action === 'written') {
        const sup = w.revision > 1 ? `, supersedes ${(0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .TU)(w.revision - 1)}` : '';
        return `${id}: wrote ${(0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .TU)(w.revision)}${sup} in commit ${w.commitOid} (signature_digest sha256:${w.digest})`;
    }
    if (w.action === 'unchanged') {
        return `${id}: unchanged, nothing written (${(0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .TU)(w.revision)} already holds this content)`;
    }
    const codes = [...new Set(w.findings.map((f) => f.code))].join(', ');
    return `${id}: NOT WRITTEN: the signed packet failed verification before publish (${codes}); the window's closure stays pending`;
}
function renderExportText(r) {
    const out = [];
    const written = r.windows.filter((w) => w.action === 'written').length;
    const unchanged = r.windows.filter((w) => w.action === 'unchanged').length;
    const rejected = r.windows.filter((w) => w.action === 'rejected').length;
    out.push(`Closure packets: ${written} written, ${unchanged} unchanged, ${rejected} rejected on branch ${r.branch}`);
    out.push(`signer ${r.signer.signerId} (key ${r.signer.keyId.slice(0, 16)})${r.signer.demo ? ' [DEMO KEY: the private key is public; never trust these signatures]' : ''}`);
    for (const w of r.warnings)
        out.push(`warning: ${w}`);
    out.push('');
    for (const w of r.windows)
        out.push(actionLine(w));
    for (const w of r.windows) {
        out.push('');
        out.push((0,_closure_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderSummaryText */ .qw)(w.summary).trimEnd());
        for (const f of w.findings)
            out.push(`  ! ${f.code}${f.field ? ` ${f.field}` : ''}: ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .printable */ .g$)(f.detail, 300)}`);
    }
    const rowDefects = r.windows.flatMap((w) => w.rowDefects);
    if (rowDefects.length > 0) {
        out.push('');
        out.push(`Closure rows left out of packets (${rowDefects.length}); fix the evidence and re-export:`);
        out.push(renderDefects(rowDefects));
    }
    return `${out.join('\n')}\n`;
}
function renderVerifyText(r) {
    const out = [];
    const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0);
    const verdict = r.blocking === 0 ? 'PASS' : 'FAIL';
    out.push(`Store verification: ${verdict}: ${r.root}/ at ${r.headOid ?? '(no commits)'}`);
    out.push(`${r.windows.length} window(s), ${revisions} revision(s); ${r.stats.commits_scanned} commit(s) scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packet(s) inspected (cache ${r.stats.cache})`);
    out.push('Checked: signature (DSSE Ed25519, keyring), schema and required fields, signature_digest, supersedes chain, UTC timestamps, three files per revision, unique packet identity, no published file modified or deleted in any commit');
    if (r.windows.length > 0) {
        out.push('');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(['WINDOW', 'REVISIONS', 'LATEST', 'SIGNATURE DIGEST', 'SIGNER', 'PUBLISHED IN', 'STATUS'], r.windows.map((w) => {
            const last = w.revisions[w.revisions.length - 1];
            return [w.series, w.revisions.length, w.latest, last?.digest ? `sha256:${last.digest.slice(0, 16)}` : '-', last?.signer_id ?? '-', last?.published_in?.slice(0, 12) ?? '-', w.ok ? 'ok' : 'FAIL'];
        }), { align: ['left', 'right', 'left', 'left', 'left', 'left', 'left'] }));
    }
    if (r.defects.length > 0) {
        out.push('');
        out.push(`Defects (${r.blocking} blocking)`);
        out.push(renderDefects(r.defects));
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveOrNull),
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var isomorphic_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3667);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);





async function commitFiles(args) {
    const { dir, files } = args;
    const gitdir = args.gitdir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git');
    const ref = `refs/heads/${args.branch}`;
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: 'store: commit with no files' });
    for (const f of files)
        assertSafePath(f.path);
    const expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid;
    const checkedOut = args.gitdir === undefined && (await currentBranchRef(dir, gitdir)) === ref;
    if (checkedOut) {
        // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
        if (expected !== args.parentOid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${ref} is checked out; build on its tip or on an unchecked-out branch` });
        }
    }
    const pending = { files: new Map(), dirs: new Map() };
    for (const f of files) {
        const oid = await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeBlob */ .Ay.writeBlob({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, blob: f.bytes });
        const parts = f.path.split('/');
        let node = pending;
        for (const part of parts.slice(0, -1)) {
            let next = node.dirs.get(part);
            if (!next)
                node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            node = next;
        }
        const name = parts[parts.length - 1];
        if (node.files.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${f.path} given twice` });
        node.files.set(name, oid);
    }
    const parentTree = args.parentOid ? (await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].readCommit */ .Ay.readCommit({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, oid: args.parentOid })).commit.tree : null;
    const treeOid = await mergeTree(dir, gitdir, parentTree, pending, '');
    if (checkedOut)
        await assertWorktreeFree(dir, files);
    const who = { name: args.committer.name, email: args.committer.email, timestamp: args.committer.timestamp, timezoneOffset: 0 };
    const commitOid = await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeCommit */ .Ay.writeCommit({
        fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()),
        dir,
        gitdir,
        commit: {
            tree: treeOid,
            parent: args.parentOid ? [args.parentOid] : [],
            author: who,
            committer: who,
            message: args.message.endsWith('\n') ? args.message : `${args.message}\n`
        }
    });
    const current = await resolveOrNull(dir, gitdir, ref);
    if (current !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({
            code: 'REF_MOVED',
            message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${expected ?? '(unborn)'}; rebuild the export on the new tip`
        });
    }
    await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeRef */ .Ay.writeRef({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, ref, value: commitOid, force: true });
    if (checkedOut) {
        for (const f of files) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(abs, f.bytes);
            await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].updateIndex */ .Ay.updateIndex({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, filepath: f.path, add: true });
        }
    }
    return { commitOid, treeOid, worktreeUpdated: checkedOut };
}
/** Rewrites only the trees along new paths; refuses to replace anything that exists. */
async function mergeTree(dir, gitdir, baseOid, pending, at) {
    const entries = new Map();
    if (baseOid) {
        const { tree } = await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].readTree */ .Ay.readTree({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, oid: baseOid });
        for (const e of tree)
            entries.set(e.path, e);
    }
    for (const [name, oid] of pending.files) {
        if (entries.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` });
        }
        entries.set(name, { mode: '100644', path: name, oid, type: 'blob' });
    }
    for (const [name, sub] of pending.dirs) {
        const existing = entries.get(name);
        if (existing && existing.type !== 'tree') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` });
        }
        const oid = await mergeTree(dir, gitdir, existing?.oid ?? null, sub, `${at}${name}/`);
        entries.set(name, { mode: '040000', path: name, oid, type: 'tree' });
    }
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeTree */ .Ay.writeTree({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, tree: [...entries.values()] });
}
function assertSafePath(path) {
    const parts = path.split('/');
    if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` });
    }
}
async function currentBranchRef(dir, gitdir) {
    try {
        return (await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].currentBranch */ .Ay.currentBranch({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, fullname: true })) ?? null;
    }
    catch {
        return null;
    }
}
async function resolveOrNull(dir, gitdir, ref) {
    try {
        return await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].resolveRef */ .Ay.resolveRef({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir: gitdir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git'), ref });
    }
    catch (err) {
        if (err.code === 'NotFoundError')
            return null;
        throw err;
    }
}
/** An untracked file in the way would be silently replaced; identical bytes are fine. */
async function assertWorktreeFree(dir, files) {
    for (const f of files) {
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.path));
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT')
                continue;
            if (code === 'ENOTDIR')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${f.path}: a parent of this path is a file in the working tree; move it away` });
            throw err;
        }
        if (!Buffer.from(f.bytes).equals(existing)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
            });
        }
    }
}


/***/ }),

/***/ 8483:
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
