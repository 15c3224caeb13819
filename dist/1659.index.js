export const id = 1659;
export const ids = [1659,7044];
export const modules = {

/***/ 85941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewWindow: () => (/* binding */ reviewWindow)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 22 modules
var ledger_gate = __webpack_require__(11814);
// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(54565);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(15027);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(70269);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(90609);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
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
var sign = __webpack_require__(10312);
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

/***/ 34663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91899);









/** The TSA pinned by the chain's revision in force (its document was validated, so the PEM parses). */
function tsaOfChain(chain) {
    const tsa = chain.inForce?.doc?.tsa;
    if (!tsa)
        return null;
    return { pinned: (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePinnedTsa */ .i)(tsa.certificate, `${chain.inForce.paths.packet} /tsa/certificate`), requireToken: tsa.require_token === true };
}
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
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain, tsa: null };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain, tsa: tsaOfChain(chain) };
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


/***/ })

};
