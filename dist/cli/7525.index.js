export const id = 7525;
export const ids = [7525,4663,7044];
export const modules = {

/***/ 6035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b3: () => (/* binding */ readSignoff),
/* harmony export */   di: () => (/* binding */ readPacket),
/* harmony export */   wr: () => (/* binding */ countApprovals)
/* harmony export */ });
/* unused harmony export classOfKey */
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9062);
/* harmony import */ var _signing_signature_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(244);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4976);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9935);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7756);







function readPacket(json, sig, trust, at) {
    if (!sig) {
        const loose = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLoose */ .i)(json);
        return { ok: false, packet: typeof loose === 'object' && loose !== null ? loose : null, findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: 'the packet has no .sig envelope' }] };
    }
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_2__/* .STRATEGY_PAYLOAD_KIND */ .yA, json, sig, trust.keyring, at);
    if (!v.ok) {
        const loose = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseLoose */ .i)(json);
        return { ok: false, packet: typeof loose === 'object' && loose !== null ? loose : null, findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    }
    const findings = (0,_packet_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPacket */ .dH)(v.doc, { policy: trust.policy.data });
    return { ok: !findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_3__/* .isBlocking */ .Us), demo: v.key.demo, packet: v.doc, findings };
}
/** The class a key approves in: its signer's class, 'ci' for a pipeline key, 'unlisted' otherwise. */
function classOfKey(policy, key) {
    if (policy.ci_signer_ids.includes(key.signerId))
        return 'ci';
    return (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .signerEntry */ .d2)(policy, key.signerId)?.class ?? 'unlisted';
}
/** One approval's own checks: signature, subject, signer in the policy with the class it claims, no CI key, checklist. */
function readSignoff(file, packet, trust, at) {
    const policy = trust.policy.data;
    const bad = (code, detail) => ({ name: file.name, signoff: null, findings: [{ code, field: '', detail, file: file.name }] });
    if (!file.sig)
        return bad('STRATEGY_APPROVAL_INVALID', `${file.name} has no .sig envelope`);
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNOFF_PAYLOAD_KIND */ .Py, file.json, file.sig, trust.keyring, at);
    if (!v.ok)
        return bad('STRATEGY_APPROVAL_INVALID', `${file.name}: ${v.code}: ${v.message}`);
    const s = v.doc;
    const findings = [];
    const add = (code, field, detail) => findings.push({ code, field, detail, file: file.name });
    if (policy.ci_signer_ids.includes(v.key.signerId))
        add('STRATEGY_CI_KEY_APPROVAL', 'signer', `the CI key of '${v.key.signerId}' signed a decision; the CI key never approves`);
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .signerEntry */ .d2)(policy, v.key.signerId);
    if (!entry && !policy.ci_signer_ids.includes(v.key.signerId))
        add('STRATEGY_APPROVAL_INVALID', 'signer', `'${v.key.signerId}' is not a signer of the signer-traceability policy`);
    if (entry && (s.signer_class !== entry.class || s.authority_scope !== entry.authority_scope)) {
        add('STRATEGY_SIGNER_CONFLICT', 'signer_class', `'${entry.signer_id}' signed as ${s.signer_class} (${s.authority_scope}); the policy has ${entry.class} (${entry.authority_scope})`);
    }
    if (s.schema !== _types_js__WEBPACK_IMPORTED_MODULE_6__/* .SIGNOFF_SCHEMA */ .xi)
        add('STRATEGY_APPROVAL_INVALID', 'schema', `schema is ${JSON.stringify(s.schema)}`);
    if (s.packet_sha256 !== packet.packet_sha256 || s.strategy_packet_id !== packet.strategy_packet_id || s.packet_revision !== packet.revision) {
        add('STRATEGY_APPROVAL_INVALID', 'packet_sha256', `approves ${s.strategy_packet_id} ${s.packet_revision} sha256:${String(s.packet_sha256).slice(0, 12)}, not ${packet.strategy_packet_id} ${packet.revision} sha256:${packet.packet_sha256.slice(0, 12)}`);
    }
    if (s.decision !== 'approve' && s.decision !== 'reject')
        add('STRATEGY_APPROVAL_INVALID', 'decision', `decision is ${JSON.stringify(s.decision)}`);
    if (s.recommendation !== 'go' && s.recommendation !== 'hold')
        add('STRATEGY_APPROVAL_INVALID', 'recommendation', `recommendation is ${JSON.stringify(s.recommendation)}`);
    if (s.decision === 'approve') {
        const missing = policy.reviewer_checklist.filter((item) => s.reviewer_checklist?.[item] !== true);
        if (missing.length > 0)
            add('STRATEGY_APPROVAL_INVALID', 'reviewer_checklist', `an approval with checklist items not confirmed: ${missing.join(', ')}`);
    }
    if (s.signer.signed_at_utc < packet.built_at_utc)
        add('STRATEGY_APPROVAL_INVALID', 'signer/signed_at_utc', `signed at ${s.signer.signed_at_utc}, before the packet was built (${packet.built_at_utc})`);
    return { name: file.name, signoff: s, findings };
}
/** The approvals of one packet revision counted against its coverage tier. */
function countApprovals(files, packet, trust, at) {
    const policy = trust.policy.data;
    const tier = policy.coverage_tiers[packet.coverage_tier] ?? { classes_required: ['strategy_owner', 'release_authority', 'risk_governance_reviewer'], min_distinct_signers: 3 };
    return (0,_signing_signature_set_js__WEBPACK_IMPORTED_MODULE_1__/* .verifySignatureSet */ .C)({
        kind: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGNOFF_PAYLOAD_KIND */ .Py,
        documents: files.flatMap((f) => (f.sig ? [{ name: f.name, json: f.json, sig: f.sig }] : [])),
        keyring: trust.keyring,
        at,
        subject: packet.packet_sha256,
        subjectOf: '/packet_sha256',
        requirement: { threshold: tier.min_distinct_signers, roles_required: [...tier.classes_required], roles_allowed: ['strategy_owner', 'release_authority', 'risk_governance_reviewer'] },
        requirementSource: { file: trust.policy.file, pointer: `/coverage_tiers/${packet.coverage_tier}` },
        roleOf: (key) => classOfKey(policy, key)
    });
}


/***/ }),

/***/ 3029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ buildPacket),
/* harmony export */   Us: () => (/* binding */ isBlocking),
/* harmony export */   cg: () => (/* binding */ parseDecision),
/* harmony export */   dH: () => (/* binding */ checkPacket),
/* harmony export */   g2: () => (/* binding */ parseRanking),
/* harmony export */   lO: () => (/* binding */ contentKey),
/* harmony export */   nb: () => (/* binding */ readJsonInput)
/* harmony export */ });
/* unused harmony exports EVIDENCE_ID_FIELD, packetId, rosterFor, packetSha256 */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4705);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4598);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8483);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3719);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2405);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9077);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9935);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7756);











/** The id field each evidence input names itself by. */
const EVIDENCE_ID_FIELD = {
    ranking_snapshot: 'ranking_snapshot_id',
    forecast_band_snapshot: 'forecast_snapshot_id',
    dashboard_extract: 'dashboard_extract_id',
    simulation_rules: 'simulation_rule_version',
    fail_matrix_run: 'fail_matrix_run_id'
};
async function readJsonInput(workspace, path, option) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `--${option} ${path}: file not found` });
    }
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `--${option} ${path}: not JSON (${err.message})` });
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `--${option} ${path}: not a JSON object` });
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    return { uri: rel.startsWith('..') ? abs : rel, sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(bytes), doc: doc };
}
const str = (v) => typeof v === 'string' && v.trim() !== '';
/** The ranking snapshot, shape-checked (exit 2 on a malformed one: it cannot be evaluated). */
function parseRanking(input) {
    const d = input.doc;
    const problems = [];
    for (const f of ['ranking_snapshot_id', 'release_window_id', 'exception_cluster_id', 'simulation_rule_version', 'fallback_label'])
        if (!str(d[f]))
            problems.push(`${f} is missing`);
    if (!Array.isArray(d['lanes']) || d['lanes'].length === 0)
        problems.push('lanes is not a non-empty list');
    else
        d['lanes'].forEach((l, i) => {
            const lane = l;
            for (const f of ['lane_id', 'mitigation_option_id', 'confidence_class', 'risk_overlay'])
                if (!str(lane?.[f]))
                    problems.push(`lanes[${i}].${f} is missing`);
            if (!['low', 'medium', 'high', 'critical'].includes(lane?.['risk_overlay']))
                problems.push(`lanes[${i}].risk_overlay is not low, medium, high or critical`);
            for (const f of ['rank', 'score'])
                if (typeof lane?.[f] !== 'number')
                    problems.push(`lanes[${i}].${f} is not a number`);
        });
    const t = d['top_two_comparison'];
    if (!t || !str(t['first_lane_id']) || !str(t['second_lane_id']))
        problems.push('top_two_comparison needs first_lane_id and second_lane_id');
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `${input.uri}: not a lane ranking snapshot: ${problems.join('; ')}` });
    return d;
}
function parseDecision(input) {
    const d = input.doc;
    if (!str(d['selected_lane_id']) || !str(d['selected_mitigation_option_id']) || typeof d['decision_rationale'] !== 'object' || d['decision_rationale'] === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `${input.uri}: a decision needs selected_lane_id, selected_mitigation_option_id and decision_rationale` });
    }
    return d;
}
function packetId(policy, window, cluster) {
    return `${policy.packet_id_prefix}-${window}-${cluster}`;
}
/** The roster the coverage tier of a risk level asks for: every policy signer, required by class. */
function rosterFor(policy, risk) {
    const tier = policy.tier_by_risk[risk] ?? policy.tier_by_risk.critical;
    const required = new Set(policy.coverage_tiers[tier]?.classes_required ?? []);
    const roster = policy.signers
        .map((s) => ({ signer_id: s.signer_id, class: s.class, authority_scope: s.authority_scope, required: required.has(s.class) }))
        .sort((a, b) => (a.signer_id < b.signer_id ? -1 : a.signer_id > b.signer_id ? 1 : 0));
    return { tier, roster };
}
function buildPacket(a) {
    const lane = a.ranking.lanes.find((l) => l.lane_id === a.decision.selected_lane_id);
    const { tier, roster } = rosterFor(a.policy, lane?.risk_overlay ?? 'critical');
    const bundle = { closure_packet: a.closure, ledger_gate: a.gate };
    for (const kind of _policy_js__WEBPACK_IMPORTED_MODULE_8__/* .EVIDENCE_KINDS */ .At) {
        const input = a.evidence[kind];
        if (!input)
            continue;
        const id = input.doc[EVIDENCE_ID_FIELD[kind]];
        bundle[kind] = { id: typeof id === 'string' ? id : '', sha256: input.sha256, uri: input.uri };
    }
    const rev = (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(a.revision);
    const body = {
        schema: _types_js__WEBPACK_IMPORTED_MODULE_10__/* .PACKET_SCHEMA */ .H9,
        strategy_packet_id: packetId(a.policy, a.window, a.cluster),
        revision: rev,
        supersedes: a.supersedes,
        release_window_id: a.window,
        exception_cluster_id: a.cluster,
        selected_lane_id: a.decision.selected_lane_id,
        selected_mitigation_option_id: a.decision.selected_mitigation_option_id,
        ranking_snapshot_id: a.ranking.ranking_snapshot_id,
        confidence_class: lane?.confidence_class ?? '',
        risk_overlay: lane?.risk_overlay ?? '',
        fallback_label: a.ranking.fallback_label,
        top_two_comparison: a.ranking.top_two_comparison,
        coverage_tier: tier,
        approval_timestamp_utc: null,
        approval_state: 'pending_signatures',
        signer_roster: roster,
        evidence_bundle: bundle,
        decision_rationale: a.decision.decision_rationale,
        post_window_outcome_link: (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_6__/* .OUTCOME_FAMILY */ .WM, { window: a.window, key: (0,_family_js__WEBPACK_IMPORTED_MODULE_6__/* .revisionKey */ .d7)(a.cluster, rev), revision: 1 }).packet,
        policy_sha256: a.policySha256,
        built_at_utc: a.builtAtUtc,
        signer: a.signer
    };
    return { ...body, packet_sha256: packetSha256(body) };
}
/** What packet_sha256 covers: everything but itself, the publishing signer and the build instant. */
function packetSha256(packet) {
    const { packet_sha256: _h, signer: _s, built_at_utc: _b, ...content } = packet;
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalSha256 */ .o4)(content);
}
/** What makes two builds the same content (unchanged writes nothing): also without revision and link. */
function contentKey(packet) {
    const { packet_sha256: _h, signer: _s, built_at_utc: _b, revision: _r, supersedes: _p, post_window_outcome_link: _o, ...content } = packet;
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalSha256 */ .o4)(content);
}
/** Every rule a packet's own content must satisfy, as findings; empty: the packet is complete. */
function checkPacket(doc, ctx) {
    const out = [];
    const add = (code, field, detail) => out.push({ code, field, detail });
    const p = doc;
    for (const f of ['strategy_packet_id', 'release_window_id', 'exception_cluster_id', 'selected_lane_id', 'selected_mitigation_option_id', 'ranking_snapshot_id', 'revision', 'packet_sha256']) {
        if (!str(p[f]))
            add('STRATEGY_PACKET_INVALID', f, `${f} is missing or empty`);
    }
    for (const f of ['approval_timestamp_utc', 'approval_state', 'signer_roster', 'evidence_bundle', 'decision_rationale', 'post_window_outcome_link']) {
        if (!Object.hasOwn(doc, f))
            add('STRATEGY_PACKET_INVALID', f, `${f} is missing`);
    }
    if (p.schema !== _types_js__WEBPACK_IMPORTED_MODULE_10__/* .PACKET_SCHEMA */ .H9)
        add('STRATEGY_PACKET_INVALID', 'schema', `schema is ${JSON.stringify(p.schema)}, not ${_types_js__WEBPACK_IMPORTED_MODULE_10__/* .PACKET_SCHEMA */ .H9}`);
    // draft->approved: a packet is published pending; approval is read from history, never written in
    if (Object.hasOwn(doc, 'approval_state') && p.approval_state !== 'pending_signatures') {
        add('STRATEGY_TRANSITION_INVALID', 'approval_state', `the packet is published as '${String(p.approval_state)}'; a published packet is pending_signatures and its approval comes from signed approvals in history`);
    }
    if (Object.hasOwn(doc, 'approval_timestamp_utc') && p.approval_timestamp_utc !== null)
        add('STRATEGY_TRANSITION_INVALID', 'approval_timestamp_utc', 'a published packet carries no approval time; it is read from history');
    // A5
    if (str(p.packet_sha256) && p.packet_sha256 !== packetSha256(doc))
        add('STRATEGY_HASH_MISMATCH', 'packet_sha256', `packet_sha256 ${p.packet_sha256} does not reproduce; the content hashes to ${packetSha256(doc)}`);
    // A2: the roster
    const roster = Array.isArray(p.signer_roster) ? p.signer_roster : [];
    const seen = new Map();
    roster.forEach((r, i) => {
        const before = seen.get(r.signer_id);
        if (before !== undefined)
            add('STRATEGY_SIGNER_CONFLICT', `signer_roster/${i}`, `signer '${r.signer_id}' is listed as ${before} and again as ${r.class}`);
        seen.set(r.signer_id, r.class);
        if (ctx.policy.ci_signer_ids.includes(r.signer_id))
            add('STRATEGY_SIGNER_CONFLICT', `signer_roster/${i}`, `'${r.signer_id}' is a CI signer and cannot be on the approval roster`);
    });
    const tier = ctx.policy.coverage_tiers[String(p.coverage_tier)];
    if (!tier)
        add('STRATEGY_PACKET_INVALID', 'coverage_tier', `coverage tier '${String(p.coverage_tier)}' is not in the policy`);
    else
        for (const c of tier.classes_required) {
            if (!roster.some((r) => r.class === c && r.required))
                add('STRATEGY_COVERAGE_UNMET', 'signer_roster', `the roster has no required signer of class ${c} (tier ${String(p.coverage_tier)})`);
        }
    // A4
    const bundle = (p.evidence_bundle ?? {});
    for (const kind of ctx.policy.required_evidence) {
        const e = bundle[kind];
        if (!e)
            add('STRATEGY_EVIDENCE_INCOMPLETE', `evidence_bundle/${kind}`, `incomplete_evidence: no ${kind} is cited`);
        else if (!/^[0-9a-f]{64}$/.test(String(e.sha256)))
            add('STRATEGY_EVIDENCE_INCOMPLETE', `evidence_bundle/${kind}/sha256`, `incomplete_evidence: ${kind} has no sha256`);
        else if (!str(e.uri) || !str(e.id))
            add('STRATEGY_EVIDENCE_INCOMPLETE', `evidence_bundle/${kind}`, `incomplete_evidence: ${kind} has no URI or id`);
    }
    if (bundle.ranking_snapshot && str(p.ranking_snapshot_id) && bundle.ranking_snapshot.id !== p.ranking_snapshot_id) {
        add('STRATEGY_LANE_NOT_IN_RANKING', 'ranking_snapshot_id', `ranking_snapshot_id ${p.ranking_snapshot_id} is not the cited snapshot ${bundle.ranking_snapshot.id}`);
    }
    if (!bundle.closure_packet)
        add('STRATEGY_CHAIN_UNLINKED', 'evidence_bundle/closure_packet', 'no closure packet of the window is cited');
    if (!bundle.ledger_gate)
        add('STRATEGY_CHAIN_UNLINKED', 'evidence_bundle/ledger_gate', 'no ledger gate decision is cited');
    // A3
    if (ctx.ranking && ((0,_util_ids_js__WEBPACK_IMPORTED_MODULE_4__.idOf)(ctx.ranking.release_window_id) !== p.release_window_id || (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_4__.idOf)(ctx.ranking.exception_cluster_id) !== p.exception_cluster_id)) {
        add('STRATEGY_LANE_NOT_IN_RANKING', 'ranking_snapshot_id', `ranking ${ctx.ranking.ranking_snapshot_id} ranks ${ctx.ranking.release_window_id}/${ctx.ranking.exception_cluster_id}, not ${String(p.release_window_id)}/${String(p.exception_cluster_id)}`);
    }
    if (ctx.ranking) {
        const lane = ctx.ranking.lanes.find((l) => l.lane_id === p.selected_lane_id);
        if (!lane)
            add('STRATEGY_LANE_NOT_IN_RANKING', 'selected_lane_id', `lane '${String(p.selected_lane_id)}' is not in ranking ${ctx.ranking.ranking_snapshot_id} (${ctx.ranking.lanes.map((l) => l.lane_id).join(', ')})`);
        else if (lane.mitigation_option_id !== p.selected_mitigation_option_id) {
            add('STRATEGY_LANE_NOT_IN_RANKING', 'selected_mitigation_option_id', `lane '${lane.lane_id}' ranks option '${lane.mitigation_option_id}', not '${String(p.selected_mitigation_option_id)}'`);
        }
    }
    // A6
    const r = (p.decision_rationale ?? {});
    for (const f of _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RATIONALE_TEXT_FIELDS */ .uS)
        if (!str(r[f]))
            add('STRATEGY_RATIONALE_INCOMPLETE', `decision_rationale/${f}`, `${f} is empty`);
    for (const f of _types_js__WEBPACK_IMPORTED_MODULE_10__/* .RATIONALE_LIST_FIELDS */ .PL)
        if (!Array.isArray(r[f]) || !r[f].every(str))
            add('STRATEGY_RATIONALE_INCOMPLETE', `decision_rationale/${f}`, `${f} is not a list of reasons`);
    const other = p.top_two_comparison && (p.top_two_comparison.first_lane_id === p.selected_lane_id ? p.top_two_comparison.second_lane_id : p.top_two_comparison.first_lane_id);
    if (other && str(r.rejected_lane_1_reason) && str(r.rejected_lane_2_reason) && !`${r.rejected_lane_1_reason} ${r.rejected_lane_2_reason}`.includes(other)) {
        add('STRATEGY_RATIONALE_INCOMPLETE', 'decision_rationale/rejected_lane_1_reason', `the runner-up of the top-two comparison, '${other}', is named in no rejected-lane reason`);
    }
    return out;
}
/** Blocking unless the code registry says warning or info (codes of other modules: blocking). */
function isBlocking(f) {
    const info = _codes_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_CODES */ .p[f.code];
    return info === undefined || info.severity === 'blocking';
}


/***/ }),

/***/ 9935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ EVIDENCE_KINDS),
/* harmony export */   Yw: () => (/* binding */ loadStrategyPolicy),
/* harmony export */   d2: () => (/* binding */ signerEntry)
/* harmony export */ });
/* unused harmony exports parseStrategyPolicy, checkStrategyPolicy */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4742);


const EVIDENCE_KINDS = ['ranking_snapshot', 'forecast_band_snapshot', 'dashboard_extract', 'simulation_rules', 'fail_matrix_run'];
async function loadStrategyPolicy(path, file = path) {
    return checkStrategyPolicy(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__.loadPolicyFile)('strategy-approval', path, file));
}
function parseStrategyPolicy(text, file) {
    return checkStrategyPolicy(parsePolicy('strategy-approval', text, file));
}
function checkStrategyPolicy(policy) {
    const { data, file } = policy;
    const problems = [];
    const classOf = new Map();
    data.signers.forEach((s, i) => {
        const before = classOf.get(s.signer_id);
        if (before !== undefined) {
            problems.push({
                file,
                field: `/signers/${i}/signer_id`,
                message: `'${s.signer_id}' is listed again${before !== s.class ? ` as ${s.class}, already ${before} (A2: one signer id, one class)` : ''}`,
                fix: 'list each signer once; a person with two duties needs two reviews by different people'
            });
        }
        classOf.set(s.signer_id, s.class);
        if (data.ci_signer_ids.includes(s.signer_id)) {
            problems.push({ file, field: `/signers/${i}/signer_id`, message: `'${s.signer_id}' is a CI signer and cannot approve`, fix: 'drop it from signers or from ci_signer_ids' });
        }
    });
    for (const [risk, tier] of Object.entries(data.tier_by_risk)) {
        if (!Object.hasOwn(data.coverage_tiers, tier))
            problems.push({ file, field: `/tier_by_risk/${risk}`, message: `tier '${tier}' is not in coverage_tiers`, fix: `use one of ${Object.keys(data.coverage_tiers).join(', ')}` });
    }
    for (const [name, tier] of Object.entries(data.coverage_tiers)) {
        if (tier.min_distinct_signers < tier.classes_required.length) {
            problems.push({ file, field: `/coverage_tiers/${name}/min_distinct_signers`, message: `is ${tier.min_distinct_signers}, fewer than the ${tier.classes_required.length} classes required`, fix: 'each required class needs its own person' });
        }
        for (const c of tier.classes_required) {
            if (!data.signers.some((s) => s.class === c))
                problems.push({ file, field: `/coverage_tiers/${name}/classes_required`, message: `no signer has class ${c}, so the tier can never be met`, fix: `add a signer of class ${c}` });
        }
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'POLICY_INVALID', message: `${file}: invalid strategy-approval policy`, problems });
    return policy;
}
function signerEntry(policy, signerId) {
    return policy.signers.find((s) => s.signer_id === signerId);
}


/***/ }),

/***/ 3167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ loadStrategyTrust)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trust_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4663);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4964);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9935);




async function loadStrategyTrust(settings, { writer = false, what = 'verify' } = {}) {
    const ws = settings.workspace;
    const policyAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ws, settings.policies['strategy-approval']);
    const [keyring, policy] = await Promise.all([writer ? (0,_trust_keyring_js__WEBPACK_IMPORTED_MODULE_1__.loadSignerKeyring)(settings) : (0,_trust_keyring_js__WEBPACK_IMPORTED_MODULE_1__.loadVerifierKeyring)(settings, what), (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .loadStrategyPolicy */ .Yw)(policyAbs, (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(ws, policyAbs))]);
    return { keyring, policy };
}


/***/ }),

/***/ 7756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ PACKET_SCHEMA),
/* harmony export */   L0: () => (/* binding */ OUTCOME_SCHEMA),
/* harmony export */   PL: () => (/* binding */ RATIONALE_LIST_FIELDS),
/* harmony export */   uS: () => (/* binding */ RATIONALE_TEXT_FIELDS),
/* harmony export */   xi: () => (/* binding */ SIGNOFF_SCHEMA),
/* harmony export */   zW: () => (/* binding */ DIVERGENCE_SCHEMA)
/* harmony export */ });
// The documents of lesson 120 (docs/strategy-approval.md describes every field).
const PACKET_SCHEMA = 'release-evidence/strategy-approval/v1';
const SIGNOFF_SCHEMA = 'release-evidence/strategy-signoff/v1';
const RATIONALE_TEXT_FIELDS = ['selection_primary_reason', 'selection_secondary_reason', 'rejected_lane_1_reason', 'rejected_lane_2_reason'];
const RATIONALE_LIST_FIELDS = ['known_risk_acceptances', 'required_follow_up_controls'];
const OUTCOME_SCHEMA = 'release-evidence/strategy-outcome/v1';
const DIVERGENCE_SCHEMA = 'release-evidence/strategy-divergence/v1';


/***/ }),

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1899);









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
