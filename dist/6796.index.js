export const id = 6796;
export const ids = [6796];
export const modules = {

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


/***/ }),

/***/ 66796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrace: () => (/* binding */ runTrace)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84598);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68825);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72397);




async function runTrace(settings, what, o) {
    if (what !== 'chain' && what !== 'policy' && what !== 'signers' && what !== 'holds')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `trace: say chain, policy, signers or holds; run 'release-evidence trace --help'` });
    if (what === 'chain' && !o.packetId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: 'trace chain: --packet-id is required' });
    if (what === 'policy' && !o.window)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: 'trace policy: --window is required' });
    const last = o.last === undefined ? 3 : Number(o.last);
    if (!Number.isInteger(last) || last < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `trace signers: --last ${o.last} is not a positive whole number` });
    const { graph, commit } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__.buildAt)(settings, o.at, { index: false });
    const head = `trace ${what} at ${commit}`;
    if (what === 'chain') {
        const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_2__/* .traceChain */ .xx)(graph, o.packetId);
        return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no revision has that packet id'] : rows.map((r) => `  ${r.node} ${r.signed_at_utc} by ${r.signer_id} (key ${r.key_id.slice(0, 12)}) sha256:${r.digest.slice(0, 12)}${r.supersedes ? ` supersedes ${r.supersedes}` : ' first'}${r.is_latest ? ' LATEST' : ''}${r.signature_verified ? '' : ' UNVERIFIED'}; policies ${r.policies.map((p) => `${p.node.split(':').slice(1, 2).join('')}${p.in_force ? '' : ' (NOT IN FORCE)'}`).join(', ')}`))].join('\n') + '\n' };
    }
    if (what === 'policy') {
        const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_2__/* .tracePolicy */ .o7)(graph, (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.normalizeId)(o.window, 'release_window_id'));
        return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no policy governed that window'] : rows.map((r) => `  ${r.kind} sha256:${r.sha256.slice(0, 12)} effective ${r.effective_utc} (${r.effective_source}, commit ${r.introduced_commit.slice(0, 12)})${r.changed_during_window ? ' CHANGED DURING THE WINDOW' : ''}; used by ${r.used_by.length} revision(s)`))].join('\n') + '\n' };
    }
    if (what === 'signers') {
        const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_2__/* .traceSigners */ .J4)(graph, last);
        return { query: what, commit, rows, text: [head, ...rows.flatMap((r) => [`  ${r.release_window_id}: ${r.signers.join(', ') || 'no signer'}`, ...r.transitions.map((t) => `    ${t.from} -> ${t.to} at ${t.at_utc}: ${t.context ? `${t.context.reason} (approved by ${t.context.approved_by} ${t.context.approved_at_utc})` : 'NO TRANSITION CONTEXT'}`)])].join('\n') + '\n' };
    }
    const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_2__/* .traceHolds */ .Ev)(graph);
    return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no unresolved hold'] : rows.map((r) => `  ${r.release_window_id} hold ${r.hold_id} since ${r.placed_at_utc}: ${r.reason} (owner ${r.owner})`))].join('\n') + '\n' };
}


/***/ })

};
