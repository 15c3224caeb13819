export const id = 2180;
export const ids = [2180];
export const modules = {

/***/ 2180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   divergenceInspector: () => (/* binding */ divergenceInspector),
/* harmony export */   inspectDivergence: () => (/* binding */ inspectDivergence),
/* harmony export */   inspectOutcome: () => (/* binding */ inspectOutcome),
/* harmony export */   inspectPacket: () => (/* binding */ inspectPacket),
/* harmony export */   inspectSignoff: () => (/* binding */ inspectSignoff),
/* harmony export */   loadOptionalTrust: () => (/* binding */ loadOptionalTrust),
/* harmony export */   outcomeInspector: () => (/* binding */ outcomeInspector),
/* harmony export */   packetDigests: () => (/* binding */ packetDigests),
/* harmony export */   packetInspector: () => (/* binding */ packetInspector),
/* harmony export */   signoffInspector: () => (/* binding */ signoffInspector)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9062);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4705);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8483);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6581);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6043);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6035);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9935);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3167);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7756);














// Lesson 120's four families as `verify` sees them: every packet, decision, outcome review and
// divergence record is checked
// on its own bytes (signature, schema, hash, signer class); the store adds write-once, chains and
// layout. Whether the decisions add up to an approval is history's question: `strategy status`.
/** The trust of lesson 120, or null when the repository has no strategy policy (nothing to trust). */
async function loadOptionalTrust(settings) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, settings.policies['strategy-approval']));
    }
    catch {
        return null;
    }
    return (0,_trust_js__WEBPACK_IMPORTED_MODULE_10__/* .loadStrategyTrust */ .C)(settings);
}
const NO_POLICY = { code: 'STRATEGY_PACKET_INVALID', field: '', detail: 'there is no strategy-approval policy to verify this file against; add policies/strategy-approval.yaml (--strategy-policy)' };
function packetInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_FAMILY */ .bj,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_VERIFIER_VERSION */ .eW}\0packet\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectPacket(input, trust, now)
    };
}
/** The packets a decision may name, read once per verify run (a decision is checked against its packet). */
async function packetDigests(settings, trust) {
    const out = new Map();
    if (!trust)
        return out;
    const { readStrategyRevisions } = await __webpack_require__.e(/* import() */ 2926).then(__webpack_require__.bind(__webpack_require__, 2926));
    const read = await readStrategyRevisions(await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace), undefined, { trust, now: settings.now });
    for (const p of read.packets) {
        if (p.verified === true && typeof p.doc?.packet_sha256 === 'string')
            out.set(`${p.release_window_id}/${p.series}/${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .formatRevision */ .T)(p.revision)}`, p.doc.packet_sha256);
    }
    return out;
}
function signoffInspector(trust, now, packets = new Map()) {
    const digests = [...packets].map(([k, v]) => `${k}=${v}`).sort().join(',');
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_FAMILY */ .mj,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_VERIFIER_VERSION */ .eW}\0signoff\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}\0${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(digests)}`),
        now,
        inspect: (input) => inspectSignoff(input, trust, now, packets)
    };
}
function looseFacts(json) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(json);
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
    const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .readPacket */ .di)(input.packet, input.signature, trust, now);
    const findings = read.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_8__/* .isBlocking */ .Us);
    if (read.packet && read.packet.exception_cluster_id !== input.ref.key)
        findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'exception_cluster_id', detail: `the packet names cluster '${read.packet.exception_cluster_id}' but is stored as ${input.ref.key}` });
    return { ...facts, demo: read.demo === true, findings };
}
function inspectSignoff(input, trust, now, packets = new Map()) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_packet_id === 'string' && typeof d.signer?.signer_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/${d.signer.signer_id}` : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_PAYLOAD_KIND */ .Py, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const s = v.doc;
    const findings = [];
    const policy = trust.policy.data;
    if (policy.ci_signer_ids.includes(v.key.signerId))
        findings.push({ code: 'STRATEGY_CI_KEY_APPROVAL', field: 'signer', detail: `the CI key of '${v.key.signerId}' signed a decision` });
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .signerEntry */ .d2)(policy, v.key.signerId);
    if (!entry && !policy.ci_signer_ids.includes(v.key.signerId))
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `'${v.key.signerId}' is not a signer of ${trust.policy.file}` });
    if (entry && (s.signer_class !== entry.class || s.authority_scope !== entry.authority_scope))
        findings.push({ code: 'STRATEGY_SIGNER_CONFLICT', field: 'signer_class', detail: `'${entry.signer_id}' signed as ${s.signer_class}; the policy has ${entry.class}` });
    if (s.schema !== _types_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_SCHEMA */ .xi)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(s.schema)}` });
    const rev = typeof s.packet_revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .parseRevision */ .P)(s.packet_revision) : null;
    if (rev === null || (0,_family_js__WEBPACK_IMPORTED_MODULE_7__/* .signoffKey */ .k5)(String(s.exception_cluster_id), rev, v.key.signerId) !== input.ref.key) {
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `a decision by '${v.key.signerId}' on ${String(s.exception_cluster_id)} ${String(s.packet_revision)} stored as ${input.ref.key}` });
    }
    const named = packets.get(`${input.ref.window}/${String(s.exception_cluster_id)}/${String(s.packet_revision)}`);
    if (named === undefined)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'packet_revision', detail: `decides on ${String(s.exception_cluster_id)} ${String(s.packet_revision)}, which is not a published packet that verifies` });
    else if (s.packet_sha256 !== named)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'packet_sha256', detail: `approves packet sha256:${String(s.packet_sha256).slice(0, 12)}, but ${String(s.packet_revision)} is sha256:${named.slice(0, 12)}` });
    return { ...base, demo: v.key.demo, findings };
}
function outcomeInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_FAMILY */ .WM,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_VERIFIER_VERSION */ .eW}\0outcome\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectOutcome(input, trust, now)
    };
}
function inspectOutcome(input, trust, now) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_packet_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/outcome` : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_PAYLOAD_KIND */ .p8, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const o = v.doc;
    const findings = [];
    if (o.schema !== _types_js__WEBPACK_IMPORTED_MODULE_13__/* .OUTCOME_SCHEMA */ .L0)
        findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(o.schema)}` });
    if ((0,_family_js__WEBPACK_IMPORTED_MODULE_7__/* .revisionKey */ .d7)(String(o.exception_cluster_id), String(o.packet_revision)) !== input.ref.key)
        findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'packet_revision', detail: `a review of ${String(o.exception_cluster_id)} ${String(o.packet_revision)} stored as ${input.ref.key}` });
    return { ...base, demo: v.key.demo, findings };
}
function divergenceInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_FAMILY */ .uU,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_VERIFIER_VERSION */ .eW}\0divergence\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectDivergence(input, trust, now)
    };
}
/** A divergence record on its own bytes: signature, schema, the fields of the seed, and the series its path names. */
function inspectDivergence(input, trust, now) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_divergence_incident_id === 'string' ? d.strategy_divergence_incident_id : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_PAYLOAD_KIND */ .V2, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const o = v.doc;
    const findings = [];
    const bad = (field, detail) => findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field, detail });
    if (o.schema !== _types_js__WEBPACK_IMPORTED_MODULE_13__/* .DIVERGENCE_SCHEMA */ .zW)
        bad('schema', `schema is ${JSON.stringify(o.schema)}`);
    for (const f of ['strategy_divergence_incident_id', 'affected_packet_id', 'required_policy_update_action'])
        if (typeof o[f] !== 'string' || o[f] === '')
            bad(f, `${f} is missing`);
    if (!Array.isArray(o.triggers) || o.triggers.length === 0)
        bad('triggers', 'a divergence record names at least one trigger');
    if ((0,_family_js__WEBPACK_IMPORTED_MODULE_7__/* .revisionKey */ .d7)(String(o.exception_cluster_id), String(o.affected_revision)) !== input.ref.key)
        bad('affected_revision', `a record on ${String(o.exception_cluster_id)} ${String(o.affected_revision)} stored as ${input.ref.key}`);
    return { ...base, demo: v.key.demo, findings };
}


/***/ })

};
