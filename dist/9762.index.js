export const id = 9762;
export const ids = [9762];
export const modules = {

/***/ 69762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAudit: () => (/* binding */ renderAudit),
/* harmony export */   runAudit: () => (/* binding */ runAudit)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54565);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84598);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74976);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50209);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68825);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72397);
/* harmony import */ var _source_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57916);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18627);








async function runAudit(settings, rawWindow, at) {
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.normalizeId)(rawWindow, 'release_window_id');
    const { graph, commit, top } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__.buildAt)(settings, at, { index: false });
    const sub = (0,_graph_js__WEBPACK_IMPORTED_MODULE_2__.windowSubgraph)(graph, window);
    const revs = sub.nodes.filter((n) => n.type === 'packet_revision' && n.release_window_id === window);
    const chain = (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .traceChain */ .xx)(graph, `closure:${window}`);
    const latestClosure = revs.find((r) => r.family === 'closure' && r.is_latest);
    let gate = null;
    if (latestClosure) {
        const doc = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_6__/* .obj */ .W)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLoose */ .i)(await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top).readFileAt(commit, latestClosure.path)));
        const left = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_6__/* .obj */ .W)(doc.left_out);
        gate = { rows_exported: Array.isArray(doc.rows) ? doc.rows.length : 0, left_out: Object.fromEntries(Object.entries(left).filter(([, v]) => typeof v === 'number')), ledger_policy_sha256: typeof doc.ledger_policy_sha256 === 'string' ? doc.ledger_policy_sha256 : '' };
    }
    const holds = sub.nodes
        .filter((n) => n.type === 'legal_hold_state')
        .map((h) => ({ hold_id: h.hold_id, state: h.state, reason: h.reason, owner: h.owner, at_utc: h.at_utc, signer_id: h.signer_id, commit: h.commit, verified: h.signature_verified }));
    const into = (id, type) => graph.edges.filter((e) => e.to === id && e.type === type);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const strategy = revs
        .filter((r) => r.family === 'strategy-approval')
        .map((r) => ({
        packet: r.packet_id,
        revision: `r${String(r.revision).padStart(3, '0')}`,
        signer_id: r.signer_id,
        commit: r.commit,
        verified: r.signature_verified,
        is_latest: r.is_latest,
        approvals: into(r.id, 'approves').map((e) => {
            const a = byId.get(e.from);
            return { by: a?.signer_id ?? '', decision: e.decision ?? '', at_utc: e.at_utc ?? '', verified: a?.signature_verified ?? false, commit: a?.commit ?? '' };
        }),
        outcome_reviews: into(r.id, 'reviews').map((e) => {
            const a = byId.get(e.from);
            return { by: a?.signer_id ?? '', at_utc: e.at_utc ?? '', verified: a?.signature_verified ?? false, commit: a?.commit ?? '' };
        }),
        divergences: into(r.id, 'diverges_from').map((e) => {
            const a = byId.get(e.from);
            return { incident: a?.packet_id ?? '', by: a?.signer_id ?? '', at_utc: e.at_utc ?? '', verified: a?.signature_verified ?? false, commit: a?.commit ?? '' };
        })
    }));
    let expiry = null;
    const { retentionPolicyPresent } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 43431));
    if (retentionPolicyPresent(settings)) {
        const [{ deriveIndex }, { SOURCE_FAMILIES }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4742), __webpack_require__.e(4187), __webpack_require__.e(8847), __webpack_require__.e(7098)]).then(__webpack_require__.bind(__webpack_require__, 58847)), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89723))]);
        const index = await deriveIndex({ settings, families: SOURCE_FAMILIES.map((f) => ({ family: f.family, inspector: (settings) => f.inspector(settings), optional: true })), at: commit });
        expiry = index.rows.filter((r) => r.release_window_id === window && r.retention_expiry_utc !== '').map((r) => r.retention_expiry_utc).sort().pop() ?? null;
    }
    const signerRow = (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .traceSigners */ .J4)(graph, Number.MAX_SAFE_INTEGER).find((s) => s.release_window_id === window);
    return {
        release_window_id: window,
        commit,
        closure: { chain, gate_evidence: gate },
        holds,
        retention_expiry_utc: expiry,
        strategy,
        policies: (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .tracePolicy */ .o7)(graph, window),
        signers: { signers: signerRow?.signers ?? [], transitions: (signerRow?.transitions ?? []).map((t) => ({ from: t.from, to: t.to, at_utc: t.at_utc, explained: t.explained })) },
        defects: (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateGraph */ .dC)(sub)
    };
}
function renderAudit(a) {
    const ok = (b) => (b ? 'verified' : 'NOT VERIFIED');
    const c = (s) => s.slice(0, 12);
    const out = [`Audit of ${a.release_window_id} at commit ${a.commit}`, '', 'Ledger gate evidence (as the latest closure packet records it):'];
    out.push(a.closure.gate_evidence ? `  ${a.closure.gate_evidence.rows_exported} alarm(s) exported; left out: ${Object.entries(a.closure.gate_evidence.left_out).map(([k, v]) => `${k} ${v}`).join(', ')}; ledger policy sha256:${c(a.closure.gate_evidence.ledger_policy_sha256)}` : '  no closure packet');
    out.push('', 'Closure revisions and their chain:');
    for (const r of a.closure.chain)
        out.push(`  ${r.revision} signed ${r.signed_at_utc} by ${r.signer_id}, sha256:${c(r.digest)}${r.supersedes ? `, supersedes ${r.supersedes.split(':').pop()}` : ', first'}${r.is_latest ? ', latest' : ''}; commit ${c(r.commit)}; ${ok(r.signature_verified)}`);
    if (a.closure.chain.length === 0)
        out.push('  none');
    out.push('', `Legal holds (retention expiry ${a.retention_expiry_utc ?? 'unknown: no retention policy'}; a hold never changes it):`);
    for (const h of a.holds)
        out.push(`  ${h.hold_id} ${h.state} ${h.at_utc} by ${h.signer_id}: ${h.reason || '(no reason)'} (owner ${h.owner || 'none'}); commit ${c(h.commit)}; ${ok(h.verified)}`);
    if (a.holds.length === 0)
        out.push('  none');
    out.push('', 'Strategy approvals and outcome:');
    for (const s of a.strategy) {
        out.push(`  ${s.packet} ${s.revision}${s.is_latest ? ' (latest)' : ''} by ${s.signer_id}; commit ${c(s.commit)}; ${ok(s.verified)}`);
        for (const x of s.approvals)
            out.push(`    ${x.decision} by ${x.by} at ${x.at_utc}; commit ${c(x.commit)}; ${ok(x.verified)}`);
        for (const x of s.outcome_reviews)
            out.push(`    outcome review by ${x.by} at ${x.at_utc}; commit ${c(x.commit)}; ${ok(x.verified)}`);
        for (const x of s.divergences)
            out.push(`    divergence ${x.incident} raised by ${x.by} at ${x.at_utc}; commit ${c(x.commit)}; ${ok(x.verified)}`);
    }
    if (a.strategy.length === 0)
        out.push('  none');
    out.push('', 'Policies in force:');
    for (const p of a.policies)
        out.push(`  ${p.kind} sha256:${c(p.sha256)} effective ${p.effective_utc} (${p.effective_source}); commit ${c(p.introduced_commit)}${p.changed_during_window ? '; CHANGED DURING THE WINDOW' : ''}`);
    out.push('', `Signers: ${a.signers.signers.join(', ') || 'none'}`);
    for (const t of a.signers.transitions)
        out.push(`  ${t.from} -> ${t.to} at ${t.at_utc}${t.explained ? '' : ' (NO TRANSITION CONTEXT)'}`);
    out.push('', `Lineage defects: ${a.defects.length === 0 ? 'none' : ''}`);
    for (const d of a.defects)
        out.push(`  ${d.severity} ${d.defect_code} ${d.subject}: ${d.detail}`);
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ traceHolds),
/* harmony export */   J4: () => (/* binding */ traceSigners),
/* harmony export */   o7: () => (/* binding */ tracePolicy),
/* harmony export */   xx: () => (/* binding */ traceChain)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50209);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18627);


const rev = (n) => `r${String(n).padStart(3, '0')}`;
function index(g) {
    const nodes = new Map(g.nodes.map((n) => [n.id, n]));
    const from = new Map();
    for (const e of g.edges) {
        const list = from.get(e.from);
        if (list)
            list.push(e);
        else
            from.set(e.from, [e]);
    }
    return { nodes, out: (id, type) => (from.get(id) ?? []).filter((e) => e.type === type) };
}
function traceChain(g, packetId) {
    const want = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.normalizeNodeId)(packetId);
    const { nodes, out } = index(g);
    const revs = g.nodes.filter((n) => n.type === 'packet_revision' && ((0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.normalizeNodeId)(n.packet_id) === want || n.chain === want));
    revs.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : a.revision - b.revision));
    return revs.map((r) => ({
        node: r.id,
        family: r.family,
        release_window_id: r.release_window_id,
        revision: rev(r.revision),
        digest: r.digest,
        supersedes: out(r.id, 'supersedes')[0]?.to ?? null,
        signer_id: r.signer_id,
        key_id: r.key_id,
        signed_at_utc: r.signed_at_utc,
        policies: out(r.id, 'evaluated_under_policy').map((e) => {
            const p = nodes.get(e.to);
            return { node: e.to, in_force: p?.type === 'policy_version' && (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .inForceAt */ .Md)(p, r.signed_at_utc) };
        }),
        is_latest: r.is_latest,
        signature_verified: r.signature_verified,
        commit: r.commit
    }));
}
function tracePolicy(g, window) {
    const w = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.normalizeNodeId)(window);
    const { out } = index(g);
    const revs = g.nodes.filter((n) => n.type === 'packet_revision' && n.release_window_id === w);
    const times = revs.map((r) => r.signed_at_utc).filter((t) => t !== '').sort();
    const [first, last] = [times[0] ?? '', times[times.length - 1] ?? ''];
    const used = new Map();
    for (const r of revs)
        for (const e of out(r.id, 'evaluated_under_policy'))
            used.set(e.to, [...(used.get(e.to) ?? []), r.id]);
    const kinds = new Set(g.nodes.flatMap((n) => (n.type === 'policy_version' && used.has(n.id) ? [n.kind] : [])));
    const during = (p) => p.in_force.some((i) => i.from_utc > first && i.from_utc <= last);
    return g.nodes
        .filter((n) => n.type === 'policy_version' && (used.has(n.id) || (kinds.has(n.kind) && during(n))))
        .map((p) => ({ node: p.id, kind: p.kind, sha256: p.sha256, effective_utc: p.effective_utc, effective_source: p.effective_source, introduced_commit: p.introduced_commit, used_by: (used.get(p.id) ?? []).sort(), changed_during_window: during(p) }))
        .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.effective_utc < b.effective_utc ? -1 : 1));
}
/** Windows ordered by their first signing (the seed: consecutive windows by time), the last `n`. */
function traceSigners(g, last) {
    const { out } = index(g);
    const windows = g.nodes.filter((n) => n.type === 'release_window').sort((a, b) => (a.first_signed_utc < b.first_signed_utc ? -1 : a.first_signed_utc > b.first_signed_utc ? 1 : a.release_window_id < b.release_window_id ? -1 : 1));
    const chosen = windows.slice(Math.max(0, windows.length - last));
    const revs = g.nodes.filter((n) => n.type === 'packet_revision');
    return chosen.map((w) => {
        const mine = revs.filter((r) => r.release_window_id === w.release_window_id);
        const ids = new Set(mine.map((r) => r.id));
        return {
            release_window_id: w.release_window_id,
            signers: [...new Set(mine.flatMap((r) => out(r.id, 'signed_by').map((e) => e.to.replace(/^signer:/, ''))))].sort(),
            transitions: g.edges
                .filter((e) => e.type === 'signer_transition' && e.revision !== undefined && ids.has(e.revision))
                .map((e) => ({ from: e.from.replace(/^signer:/, ''), to: e.to.replace(/^signer:/, ''), at_utc: e.at_utc ?? '', revision: e.revision ?? '', context: e.context ?? null, explained: !!e.context }))
        };
    });
}
function traceHolds(g) {
    const { out } = index(g);
    return g.nodes
        .filter((n) => n.type === 'legal_hold_state' && n.state === 'active' && !out(n.id, 'hold_state_transition').some((e) => e.transition === 'release'))
        .map((h) => ({ node: h.id, release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, placed_at_utc: h.at_utc, signer_id: h.signer_id, commit: h.commit }));
}


/***/ })

};
