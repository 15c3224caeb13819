export const id = 609;
export const ids = [609];
export const modules = {

/***/ 6458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lO: () => (/* binding */ contentKey),
  E3: () => (/* binding */ sealPacket),
  JQ: () => (/* binding */ signatureDigest)
});

// UNUSED EXPORTS: EXPORT_EVENT_FIELDS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
;// CONCATENATED MODULE: ./src/signing/payload-digest.ts


// The sha256 of a signed document's RFC 8785 form with one top-level member left out, taken from
// the canonical payload it was verified from instead of serializing the document again. A closure
// packet's signature_digest is exactly that (the packet without signature_digest), and computing
// it by canonicalizing the packet a second time was a fifth of a full verify.
//
// Canonical JSON of an object is `{` members `}` joined by `,`, and leaving one member out of the
// object leaves the others' text unchanged. So the digest is over the payload's bytes before and
// after that member (and one comma). Structural characters are ASCII and never occur inside a
// UTF-8 multi-byte sequence, so the scan works on bytes.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const COLON = 0x3a;
/**
 * sha256 hex of `doc` without its top-level member `key`, when `doc` was parsed from a verified
 * canonical payload (signing/document.ts) and holds `key`; undefined otherwise (serialize instead).
 */
function digestWithout(doc, key) {
    const payload = (0,signing_document/* signedPayloadOf */.AT)(doc);
    if (!payload || !Object.prototype.hasOwnProperty.call(doc, key))
        return undefined;
    const span = memberSpan(payload, Buffer.from(JSON.stringify(key), 'utf8'));
    if (!span)
        return undefined;
    return (0,external_node_crypto_.createHash)('sha256').update(payload.subarray(0, span.start)).update(payload.subarray(span.end)).digest('hex');
}
/**
 * Where the top-level member named `quotedKey` (its JSON string bytes) lies in canonical `bytes`,
 * with the comma that separates it from a neighbour: [start, end) to cut out.
 */
function memberSpan(bytes, quotedKey) {
    if (bytes[0] !== OPEN_OBJ)
        return undefined;
    let depth = 0;
    let memberStart = -1;
    let found = -1;
    for (let i = 0; i < bytes.length; i++) {
        const c = bytes[i];
        if (c === QUOTE) {
            const open = i;
            for (i++; i < bytes.length && bytes[i] !== QUOTE; i++)
                if (bytes[i] === BACKSLASH)
                    i++;
            // A key at depth 1 is a string right after `{` or `,` at that depth, followed by `:`.
            if (depth === 1 && open === memberStart && bytes[i + 1] === COLON && sameBytes(bytes, open, i + 1, quotedKey))
                found = memberStart;
            continue;
        }
        if (c === OPEN_OBJ || c === OPEN_ARR) {
            depth++;
            if (depth === 1)
                memberStart = i + 1;
        }
        else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
            depth--;
            if (depth === 0) {
                if (found < 0)
                    return undefined;
                // The last member: drop the comma before it, unless it is the only one.
                return found === 1 ? { start: found, end: i } : { start: found - 1, end: i };
            }
        }
        else if (c === COMMA && depth === 1) {
            if (found >= 0)
                return { start: found, end: i + 1 };
            memberStart = i + 1;
        }
    }
    return undefined;
}
function sameBytes(bytes, start, end, want) {
    if (end - start !== want.length)
        return false;
    for (let j = 0; j < want.length; j++)
        if (bytes[start + j] !== want[j])
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
;// CONCATENATED MODULE: ./src/closure/digest.ts


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
    // A packet just verified from its canonical payload: the digest is over that payload's bytes.
    const known = digestWithout(body, 'signature_digest');
    if (known !== undefined)
        return known;
    const { signature_digest: _omit, ...rest } = body;
    return (0,hash/* canonicalSha256 */.o4)(rest);
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
    return (0,hash/* canonicalSha256 */.o4)(rest);
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  closureInspector: () => (/* binding */ closureInspector),
  loadClosureTrust: () => (/* binding */ loadClosureTrust),
  d: () => (/* binding */ renderVerifyLog)
});

// UNUSED EXPORTS: inspectClosure

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/trust/keyring.ts
var trust_keyring = __webpack_require__(4663);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(269);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/load.ts + 2 modules
var load = __webpack_require__(4742);
;// CONCATENATED MODULE: ./src/closure/policy.ts


async function loadClosurePolicy(path, file = path) {
    return checkClosurePolicy(await (0,load.loadPolicyFile)('closure-packet', path, file));
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

// EXTERNAL MODULE: ./src/closure/sign.ts + 1 modules
var sign = __webpack_require__(312);
;// CONCATENATED MODULE: ./src/closure/inspector.ts










/**
 * What closure packets are judged under (the pinned trust root; `what` names the command when
 * there is no pin), or, for `writer`, what export-closure signs with (src/trust/keyring.ts).
 */
async function loadClosureTrust(settings, { writer = false, what = 'verify' } = {}) {
    const ws = settings.workspace;
    const policyAbs = (0,external_node_path_.resolve)(ws, settings.policies['closure-packet']);
    const [keyring, policy] = await Promise.all([writer ? (0,trust_keyring.loadSignerKeyring)(settings) : (0,trust_keyring.loadVerifierKeyring)(settings, what), loadClosurePolicy(policyAbs, (0,paths/* displayPath */.G)(ws, policyAbs))]);
    return { keyring, policy };
}
function closureInspector(trust, now) {
    return {
        family: family/* CLOSURE_FAMILY */.L,
        // the pinned TSA certificate too: a cached verdict never outlives the TSA it was judged under
        fingerprint: (0,hash/* sha256Hex */.fg)(`${family/* CLOSURE_VERIFIER_VERSION */.w}\0${trust.keyring.sha256}\0${trust.policy.sha256}\0${pinnedTsaSha256(trust.keyring)}`),
        now,
        inspect: (input) => inspectClosure(input, trust, now)
    };
}
function pinnedTsaSha256(keyring) {
    const tsa = keyring.tsa;
    return tsa ? tsa.pinned.sha256 : 'no-tsa';
}
function inspectClosure(input, trust, now) {
    if (input.signature === undefined) {
        // The missing envelope is the store's finding (C7); the packet's own fields still name it.
        return { ...(0,sign/* factsOf */.xS)((0,json/* parseLoose */.i)(input.packet)), findings: [] };
    }
    const v = (0,sign/* verifyPacket */.UH)(input.packet, input.signature, trust.keyring, trust.policy, now);
    return {
        ...v.facts,
        demo: v.signature.ok && v.signature.key.demo,
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
 * Informative only, and its first line says so: verify never reads it (a hand-written "VERIFIED"
 * proves nothing); write-once protects it like every published file.
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
        ...(args.timestamp
            ? [['timestamp', `${(0,layout/* timestampPath */.y2)(paths.signature)}: genTime ${args.timestamp.genTimeText}, TSA ${args.timestamp.tsa.subject.replace(/\n/g, ', ')} (certificate sha256:${args.timestamp.tsa.sha256})`]]
            : []),
        ['result', verification.ok ? 'VERIFIED' : 'FAILED'],
        ['verified_at_utc', (0,time/* formatUtc */.ay)(args.now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence closure packet verification (informative only: `verify` proves each revision from its .json and .sig, never from this log)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xS: () => (/* binding */ factsOf),
  _O: () => (/* binding */ signPacket),
  UH: () => (/* binding */ verifyPacket)
});

// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/closure/digest.ts + 1 modules
var digest = __webpack_require__(6458);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/closure/types.ts
var types = __webpack_require__(2692);
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
    checkIncidentWindow(doc, add);
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
/** Schema v2 packets record their incident window (start <= end); v1 packets never did. */
function checkIncidentWindow(doc, add) {
    const version = isObj(doc.schema) ? doc.schema.version : undefined;
    if (typeof version !== 'number' || version < types/* INCIDENT_WINDOW_SINCE */.V)
        return;
    for (const f of ['incident_window_start_utc', 'incident_window_end_utc']) {
        if (!filled(doc[f]))
            add('PACKET_FIELD_MISSING', `/${f}`, `a schema v${version} packet must record ${f}`);
    }
    const start = doc.incident_window_start_utc;
    const end = doc.incident_window_end_utc;
    if (typeof start === 'string' && typeof end === 'string' && (0,time/* isCanonicalUtc */.xy)(start) && (0,time/* isCanonicalUtc */.xy)(end) && start > end) {
        add('PACKET_FIELD_MISSING', '/incident_window_end_utc', `the incident window ends (${end}) before it starts (${start})`);
    }
}
function checkDigest(doc, add) {
    const d = doc.signature_digest;
    if (d === undefined || d === null || d === '') {
        add('PACKET_DIGEST_MISSING', '/signature_digest', 'the packet has no signature_digest');
        return;
    }
    const expected = (0,digest/* signatureDigest */.JQ)(doc);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- d is whatever the packet holds; any rendering serves the message
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

// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(4976);
;// CONCATENATED MODULE: ./src/closure/sign.ts





function verifyPacket(json, sig, keyring, policy, at) {
    const signature = (0,signing_document/* verifyDocument */.kR)(types/* PACKET_KIND */.U, json, sig, keyring, at);
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
    const files = (0,signing_document/* signDocument */.Tt)(types/* PACKET_KIND */.U, packet, signer);
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

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PACKET_KIND),
/* harmony export */   V: () => (/* binding */ INCIDENT_WINDOW_SINCE)
/* harmony export */ });
// The closure packet as written to closure-packets/<window>/packet-<revision>.json. Every field
// is plain JSON (strings, integers, null), so RFC 8785 canonical bytes are unambiguous and jq can
// read it. Timestamps are canonical UTC (src/util/time.ts formatUtc).
const PACKET_KIND = 'closure-packet';
/** The first packet schema version that records the incident window bounds. */
const INCIDENT_WINDOW_SINCE = 2;


/***/ })

};
