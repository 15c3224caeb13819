export const id = 2624;
export const ids = [2624,2745,4520,4936];
export const modules = {

/***/ 4828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ sealPacket),
/* harmony export */   JQ: () => (/* binding */ signatureDigest),
/* harmony export */   lO: () => (/* binding */ contentKey)
/* harmony export */ });
/* unused harmony export EXPORT_EVENT_FIELDS */
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5325);

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

/***/ 4936:
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
var trust_keyring = __webpack_require__(6348);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(9799);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(132);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(9736);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/policy/load.ts + 2 modules
var load = __webpack_require__(9444);
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

// EXTERNAL MODULE: ./src/closure/sign.ts + 1 modules
var sign = __webpack_require__(9368);
;// CONCATENATED MODULE: ./src/closure/inspector.ts









// Closure packets as the store's first family: the inspector the verifier calls for every
// packet, and the verify log written beside each published revision.
/** Bumped when the closure verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'closure-verifier/1';
/**
 * What closure packets are judged under (the pinned trust root; `what` names the command when
 * there is no pin), or, for `writer`, what export-closure signs with (src/trust/keyring.ts).
 */
async function loadClosureTrust(settings, { writer = false, what = 'verify' } = {}) {
    const ws = settings.workspace;
    const policyAbs = (0,external_node_path_.resolve)(ws, settings.policies['closure-packet']);
    const [keyring, policy] = await Promise.all([writer ? (0,trust_keyring/* loadSignerKeyring */.q2)(settings) : (0,trust_keyring/* loadVerifierKeyring */.kl)(settings, what), loadClosurePolicy(policyAbs, (0,paths/* displayPath */.G)(ws, policyAbs))]);
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
        ['result', verification.ok ? 'VERIFIED' : 'FAILED'],
        ['verified_at_utc', (0,time/* formatUtc */.ay)(args.now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence closure packet verification (informative only: `verify` proves each revision from its .json and .sig, never from this log)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewWindow: () => (/* binding */ reviewWindow)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 21 modules
var ledger_gate = __webpack_require__(997);
// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(7295);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(2438);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(5404);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(5175);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(9736);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(4936);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(3652);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(7279);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(132);
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
        `Review of ${(0,ids.printable)(r.packet_id)} ${(0,ids.printable)(r.revision)} (window ${(0,ids.printable)(r.release_window_id)}): ${r.pass ? 'PASS' : 'FAIL'}`,
        ...r.checks.map((c) => `  [${c.ok ? 'x' : ' '}] ${c.id}: ${(0,ids.printable)(c.detail, 300)}`),
        `  sample (seed ${r.seed_source === 'explicit' ? (0,ids.printable)(r.seed, 80) : 'packet signature_digest'}):`,
        ...r.sample.flatMap((s) => [
            `    ${(0,ids.printable)(s.alarm_id)}: lineage ${s.lineage_complete ? 'complete' : 'INCOMPLETE'}`,
            ...s.refs.map((ref) => `      ${ref.field} ${(0,ids.printable)(ref.evidence_id)}: ${ref.status}${ref.status === 'traced' ? '' : ` (${(0,ids.printable)(ref.detail, 200)})`}`)
        ])
    ];
    if (r.follow_ups.length > 0)
        out.push('  follow-up actions:', ...r.follow_ups.map((f) => `    - ${f.code} ${(0,ids.printable)(f.subject)}: ${(0,ids.printable)(f.action, 300)}`));
    return `${out.join('\n')}\n`;
}
function renderReviewMarkdown(r) {
    const out = [
        `#### Review of ${mdText(r.packet_id)} ${mdText(r.revision)}: ${r.pass ? 'PASS' : 'FAIL'}`,
        '',
        ...r.checks.map((c) => `- [${c.ok ? 'x' : ' '}] ${c.id}: ${mdText(c.detail)}`),
        '',
        '| sampled alarm | lineage | refs traced |',
        '|---|---|---|',
        ...r.sample.map((s) => `| ${mdText(s.alarm_id)} | ${s.lineage_complete ? 'complete' : 'incomplete'} | ${s.refs.filter((x) => x.status === 'traced').length}/${s.refs.length} |`)
    ];
    if (r.follow_ups.length > 0)
        out.push('', '**Follow-up actions**', '', ...r.follow_ups.map((f) => `- ${f.code} ${mdText(f.subject)}: ${mdText(f.action)}`));
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/closure/sign.ts + 1 modules
var sign = __webpack_require__(9368);
;// CONCATENATED MODULE: ./src/closure/review-command.ts










// `review`: the latest revision of one window at HEAD, verified, sampled and traced (review.ts).
async function reviewWindow(settings, rawWindow, seed) {
    const series = (0,layout/* seriesFor */.FT)(family/* CLOSURE_FAMILY */.L, rawWindow);
    // The latest revision is only the latest in a whole history: a shallow clone is refused, as verify refuses it.
    const facts = await (0,store_history/* repoFacts */.yQ)(settings.workspace);
    if (facts.shallow)
        throw (0,store_history/* shallowError */.Jn)();
    const top = facts.top;
    const latest = await (0,publish/* latestRevision */.HA)(top, await (0,git/* openRepository */.h_)(top).headOid(), family/* CLOSURE_FAMILY */.L, series);
    if (!latest) {
        throw new errors/* UserError */.yo({ code: 'INPUT_MISSING', message: `no closure packet for window '${series.window}' at HEAD under ${family/* CLOSURE_FAMILY */.L.root}/; run export-closure first or check the window id` });
    }
    const trust = await (0,inspector.loadClosureTrust)(settings, { what: 'review' });
    const gate = await (0,ledger_gate.runLedgerGate)(settings);
    const verification = (0,sign/* verifyPacket */.UH)(latest.packet, latest.signature ?? Buffer.alloc(0), trust.keyring, trust.policy, settings.now);
    const review = reviewPacket({ verification, evidence: gate.evidence, policy: trust.policy, seed });
    return { file: latest.paths.packet, review, text: renderReviewText(review) };
}


/***/ }),

/***/ 9368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xS: () => (/* binding */ factsOf),
  _O: () => (/* binding */ signPacket),
  UH: () => (/* binding */ verifyPacket)
});

// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(6996);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(132);
// EXTERNAL MODULE: ./src/closure/digest.ts
var digest = __webpack_require__(4828);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(2408);
// EXTERNAL MODULE: ./src/closure/types.ts
var types = __webpack_require__(2043);
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
var util_json = __webpack_require__(9799);
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

/***/ 2043:
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


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports ANNOTATION_MESSAGE_MAX, CHECK_TITLE_MAX, CHECK_MESSAGE_MAX, truncate, annotationText */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7279);
// Untrusted text (CSV cells, ids, policy values) is echoed into four places, each with its own
// grammar. One function per destination, so a call site says where the text is going:
//
// - workflow commands (annotations): @actions/core already escapes % \r \n in the message and
//   additionally : , in properties (file, title). We pass raw text and only bound its length;
//   escaping here as well would show `%25` to the reviewer.
// - log lines (core.info): core writes them verbatim, so a cell holding "\n::error::x" would start
//   a new line that the runner executes as a command. `logText` keeps the text on one line.
// - markdown (the job summary, closure summaries, review notes; GitHub-flavoured markdown with
//   inline HTML): `mdCell` / `mdText` encode every character that can open HTML, a link, code, a
//   table cell or a line break, and break @mentions and issue references.
// - CSV files: src/csv/write.ts prefixes formula starters; nothing to add here.
//
// In every one of them, zero-width and bidirectional formatting characters are shown as \uNNNN
// (src/util/ids.ts showInvisible): `B\u200b-1` must not read as `B-1`, nor an override reorder a line.

/** Runner v2.305+ truncates annotation messages at about 4096 characters; we cut first, visibly. */
const ANNOTATION_MESSAGE_MAX = 4000;
/** Checks API annotation limits: title 255 characters, message 64 KiB. */
const CHECK_TITLE_MAX = 255;
const CHECK_MESSAGE_MAX = (/* unused pure expression or super */ null && (64 * 1024 - 64));
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Never split a surrogate pair: a lone surrogate is invalid UTF-8 in the JSON we send.
    let cut = max - 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}
/** Text for an annotation message or title: bounded, otherwise verbatim (core escapes it). */
function annotationText(text, max = ANNOTATION_MESSAGE_MAX) {
    return truncate(showInvisible(text), max);
}
/**
 * Text for a log line: control characters shown as \xNN, so the line cannot be split, and a
 * leading `::` cannot be read as a workflow command even when the text opens the line.
 */
function logText(text) {
    // eslint-disable-next-line no-control-regex -- escapes the control characters that would split the log line
    const oneLine = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return oneLine.startsWith('::') ? ` ${oneLine}` : oneLine;
}
const MD_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '*': '&#42;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;'
};
const MD_SPECIAL = /[&<>"'|`[\]\\*~#!]/g;
/**
 * Inline markdown text, the one escaper for untrusted text in markdown (job summaries, closure
 * summaries and handoff notes, review notes): every character that could start HTML, a link or
 * image, code, emphasis or a heading is an entity; line breaks become spaces and other control
 * characters are dropped, so a cell, list item or heading cannot end early; zero-width and
 * bidirectional characters are shown as \uNNNN. Entities render as
 * the original characters, and entities (unlike backslash escapes) mean the same inside a GFM
 * table cell as outside one.
 *
 * github.com also links text after markdown is rendered: `@name` pings a user or team, `#123`,
 * `owner/repo#123` and `GH-123` link an issue. An entity does not stop that (the linker reads the
 * decoded text), so a zero-width space (&#8203;) goes after such an `@` and `#` and `GH-`: the text
 * reads the same and links nothing. An `@` after a letter or digit (an e-mail address) mentions
 * no one and is left alone. Bare URLs may still autolink: an autolink shows its own target, so it
 * cannot disguise where it goes (link text in [ ] could, and is escaped).
 */
function mdText(text) {
    return ((0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- strips the control characters Markdown cannot show
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(MD_SPECIAL, (c) => MD_ENTITIES[c])
        // `_` emphasizes only at a word edge (GFM: never inside a word), so snake_case stays legible.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '&#95;')
        // Letters and digits pass through unchanged, so these lookarounds see the original neighbours.
        .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9_-])/g, '@&#8203;')
        .replace(/&#35;(?=\d)/g, '&#35;&#8203;')
        .replace(/(?<![A-Za-z0-9])(GH-)(?=\d)/gi, '$1&#8203;'));
}
/** A table cell: like mdText, bounded so one hostile cell cannot eat the summary's byte budget. */
function mdCell(text, max = 300) {
    if (text === null || text === undefined)
        return '';
    return mdText(truncate(String(text), max));
}
/** Inline code for trusted, generated values (paths we wrote, hashes); backticks cannot occur. */
function mdCode(text) {
    return `<code>${mdText(text)}</code>`;
}


/***/ }),

/***/ 5175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P0: () => (/* binding */ exportWindow),
  HA: () => (/* binding */ latestRevision),
  Ql: () => (/* binding */ latestRevisions)
});

// UNUSED EXPORTS: commitMessage

// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(7295);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(2408);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(5404);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/store/view-write.ts



async function viewFileFor(args) {
    const { family, window } = args;
    const path = (0,view/* viewPath */.Rt)(family, window);
    if (!family.view || path === null)
        return null;
    const views = await family.view.load();
    const repo = (0,git/* openRepository */.h_)(args.dir);
    const files = args.parentOid ? await repo.listTree(args.parentOid, (0,layout/* windowDir */.Wg)(family, window)) : [];
    const replaces = files.some((f) => f.path === path);
    const blobs = await repo.readBlobs((0,view/* viewBlobs */.YX)(family, files));
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

// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(845);
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
        return new Map(series.map((s) => [(0,layout/* seriesId */.hG)(s), null]));
    const files = await (0,git/* openRepository */.h_)(dir).listTree(commit, family.root);
    return latestOf(dir, files, family, series);
}
async function latestOf(dir, files, family, series) {
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
    const found = [];
    const out = new Map();
    for (const [id, s] of wanted) {
        const revision = latest.get(id) ?? 0;
        if (revision === 0)
            out.set(id, null);
        else
            found.push({ id, revision, paths: (0,layout/* revisionPaths */.s3)(family, { ...s, revision }) });
    }
    const blobs = await (0,git/* openRepository */.h_)(dir).readBlobs(found.flatMap((f) => [oids.get(f.paths.packet), oids.get(f.paths.signature)].filter((o) => o !== undefined)));
    for (const f of found) {
        const packetOid = oids.get(f.paths.packet);
        const sigOid = oids.get(f.paths.signature);
        out.set(f.id, {
            revision: f.revision,
            paths: f.paths,
            packet: (packetOid && blobs.get(packetOid)) || Buffer.alloc(0),
            signature: sigOid ? blobs.get(sigOid) : undefined
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
    const view = await viewFileFor({ dir: args.dir, parentOid: args.parentOid, family, window: series.window, paths, packet: outcome.files.packet });
    const commit = {
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log },
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

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ viewWindow),
/* harmony export */   Cf: () => (/* binding */ renderPage),
/* harmony export */   Rt: () => (/* binding */ viewPath),
/* harmony export */   YX: () => (/* binding */ viewBlobs),
/* harmony export */   k$: () => (/* binding */ viewInput),
/* harmony export */   x8: () => (/* binding */ viewVersionOf)
/* harmony export */ });
/* unused harmony export viewHeader */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2408);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5404);



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
    return { family: { name: family.name, root: family.root }, window, revisions: revisions.map(({ order: _order, ...r }) => r) };
}
/** The packet blobs a window's view needs, from a listing of its folder. */
function viewBlobs(family, files) {
    return files.filter((f) => {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(family, f.path);
        return p.type === 'artifact' && p.kind === 'packet';
    }).map((f) => f.oid);
}


/***/ }),

/***/ 6348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   kl: () => (/* binding */ loadVerifierKeyring),
/* harmony export */   q2: () => (/* binding */ loadSignerKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3993);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5325);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2745);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2408);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(388);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7788);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3658);








/** The chain's keyring at the store's commit, walked from `pin`. */
async function trustedKeyring(settings, pin) {
    const { top, commit } = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .storeCommit */ .Jv)(settings);
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .readChain */ .U)(top, commit, pin, settings.now);
    return keyringOfChain(chain);
}
function keyringOfChain(chain) {
    const r = chain.inForce;
    if (!r?.doc || r.sha256 === null) {
        // No trusted revision: no key is trusted, so every signed revision fails (and verify says why).
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain };
}
/**
 * The keyring every signed family is judged under: the pinned trust root's. One function for
 * every lesson, so no family can trust the working tree while another is pinned. `what` names
 * the command in the TRUST_ROOT_UNPINNED message.
 */
async function loadVerifierKeyring(settings, what = 'verify') {
    return trustedKeyring(settings, await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .requirePin */ .rC)(settings, what));
}
/**
 * The keyring a writer finds its own key in: the pinned chain's when a pin is configured (so it
 * signs only with a key the chain trusts), else the working-tree keyring policy. Never use it to
 * judge someone else's signature.
 */
async function loadSignerKeyring(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePin */ .Qw)(settings);
    if (pin !== null)
        return { ...(await trustedKeyring(settings, pin)), pinned: true };
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, settings.policies['keyring']);
    return { ...(await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKeyring */ .Or)(abs, (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(settings.workspace, abs))), pinned: false };
}


/***/ }),

/***/ 3658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7295);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2438);





// The pin: the sha256 of revision 1's canonical payload, given from outside the repository being
// verified (--trust-root, the trust-root Action input, $RELEASE_EVIDENCE_TRUST_ROOT), either as
// the hex value or as the path of a file that holds it. A file inside the checkout is refused:
// whoever can push could rewrite it together with the store.
const TRUST_ROOT_ENV = 'RELEASE_EVIDENCE_TRUST_ROOT';
const HEX = /^(?:sha256:)?([0-9a-fA-F]{64})$/;
/** The pinned sha256 (lowercase hex), or null when no pin was configured. */
async function resolvePin(settings) {
    const raw = settings.trust?.root?.trim();
    if (!raw)
        return null;
    const hex = HEX.exec(raw);
    if (hex)
        return hex[1].toLowerCase();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, raw);
    const [real, top] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file).catch(() => file), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(settings.workspace).catch(() => settings.workspace)]);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, real);
    if (inside === '' || (!inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'USAGE',
            message: `--trust-root ${raw}: the pin file is inside the repository being verified, so whoever can push could change it along with the store; give the sha256 itself, or a file outside the checkout`
        });
    }
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `--trust-root ${raw}: not a sha256 and not a readable file (${err.code ?? 'error'})`, cause: err });
    }
    const token = text
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .find((l) => l !== '');
    const m = token === undefined ? null : HEX.exec(token.split(/\s+/)[0]);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `--trust-root ${raw}: the file does not start with a sha256 (64 hex digits)` });
    return m[1].toLowerCase();
}
/**
 * The pin, or exit 2 (TRUST_ROOT_UNPINNED): whatever judges a signature needs it. `what` names the
 * command that asked ("verify", "retention index").
 */
async function requirePin(settings, what) {
    const pin = await resolvePin(settings);
    if (pin === null)
        throw unpinnedError(what);
    return pin;
}
function unpinnedError(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
        code: 'TRUST_ROOT_UNPINNED',
        message: `${what} cannot judge signatures without a pinned trust root: the keyring in the working tree (policies/keyring.yaml) is never trusted, since anyone who can push can edit it. ` +
            `Pin revision 1 of the store's trust root with --trust-root <sha256>, $${TRUST_ROOT_ENV}, the Action's trust-root input, or --trust-root FILE (a file outside the checkout that holds the sha256); ` +
            `'release-evidence trust show' prints the sha256 to compare with the pin you keep. ` +
            `No trust root yet? Create one with 'release-evidence trust migrate --root-key NAME=FILE ...' and keep the pin it prints (docs/trust-root.md)`
    });
}
/** The commit the store is read at: the store branch's tip when one is named and exists, else HEAD. */
async function storeCommit(settings) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch;
    const commit = (branch ? await repo.tryResolveRef(`refs/heads/${branch}`) : null) ?? (await repo.headOid());
    return { top, commit };
}


/***/ }),

/***/ 9799:
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

/***/ 2745:
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


/***/ })

};
