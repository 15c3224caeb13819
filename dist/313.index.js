export const id = 313;
export const ids = [313];
export const modules = {

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ OUTPUT)
/* harmony export */ });
// Step output names, one place; action.yml documents each (checked by __tests__/action/inputs.test.ts).
const OUTPUT = {
    decision: 'decision',
    blockingDefects: 'blocking-defects',
    defectsFile: 'defects-file',
    packetPaths: 'packet-paths',
    commitSha: 'commit-sha',
    revisions: 'revisions',
    storeBranch: 'store-branch',
    pushed: 'pushed',
    verified: 'verified',
    verifyDefectsFile: 'verify-defects-file'
};


/***/ }),

/***/ 82253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ sealPacket),
/* harmony export */   JQ: () => (/* binding */ signatureDigest),
/* harmony export */   lO: () => (/* binding */ contentKey)
/* harmony export */ });
/* unused harmony export EXPORT_EVENT_FIELDS */
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54705);

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

/***/ 12148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
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
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
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

/***/ 35325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i$: () => (/* binding */ renderSummaryMarkdown),
/* harmony export */   qw: () => (/* binding */ renderSummaryText),
/* harmony export */   qz: () => (/* binding */ summarizePacket)
/* harmony export */ });
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84598);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12148);


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
    const rows = lines(s, _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F);
    return [`#### Closure packet ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(s.packet_id)}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n';
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
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32362);
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
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 10 modules
var gate = __webpack_require__(65912);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/load.ts + 1 modules
var load = __webpack_require__(32362);
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
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(57430);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/store/family.ts
var family = __webpack_require__(83741);
;// CONCATENATED MODULE: ./src/store/closure.ts








// Closure packets as the store's first family: the inspector the verifier calls for every
// packet, and the verify log written beside each published revision.
/** Bumped when the closure verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'closure-verifier/1';
async function loadClosureTrust(settings) {
    const ws = settings.workspace;
    const keyringAbs = (0,external_node_path_.resolve)(ws, settings.policies.keyring);
    const policyAbs = (0,external_node_path_.resolve)(ws, settings.policies.closurePacket);
    const [keyring, policy] = await Promise.all([(0,signing_keyring/* loadKeyring */.Or)(keyringAbs, (0,gate.displayPath)(ws, keyringAbs)), loadClosurePolicy(policyAbs, (0,gate.displayPath)(ws, policyAbs))]);
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

/***/ 34080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ exportClosure)
});

// UNUSED EXPORTS: exportClosureWindow

// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(37077);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/signing/keyring.ts
var signing_keyring = __webpack_require__(57430);
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
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/closure/digest.ts
var digest = __webpack_require__(82253);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
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
var sign = __webpack_require__(34413);
// EXTERNAL MODULE: ./src/closure/summary.ts
var summary = __webpack_require__(35325);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(29395);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/store/closure.ts + 1 modules
var closure = __webpack_require__(154);
// EXTERNAL MODULE: ./src/store/family.ts
var family = __webpack_require__(83741);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/layout.ts
var layout = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/store/publish.ts
var publish = __webpack_require__(77566);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(82170);
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
    const secret = await (0,keys/* readSigningSecret */.yG)({ ...args.secrets, keyFile: settings.signing?.keyFile });
    if (!secret) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_MISSING',
            message: `no signing key: pass --key-file FILE, set $${keys/* SIGNING_KEY_ENV */.on}, or set the Action's signing-key input (create a key with 'release-evidence keygen')`
        });
    }
    const signer = createSigner((0,keys/* parseSigningKey */.UG)(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId);
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

/***/ 83741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ CLOSURE_FAMILY),
/* harmony export */   Pp: () => (/* reexport safe */ _util_revision_js__WEBPACK_IMPORTED_MODULE_0__.P),
/* harmony export */   TU: () => (/* reexport safe */ _util_revision_js__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   hz: () => (/* binding */ ARTIFACT_KINDS)
/* harmony export */ });
/* unused harmony export STRATEGY_APPROVAL_LAYOUT */
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78483);
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

/***/ 96581:
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29395);



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
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84598);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83741);


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

/***/ 77566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   P0: () => (/* binding */ exportWindow)
/* harmony export */ });
/* unused harmony export commitMessage */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83741);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96581);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5891);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82170);




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

/***/ 82170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveOrNull),
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var isomorphic_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63667);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);





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
