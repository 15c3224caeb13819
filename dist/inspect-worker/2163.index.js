export const id = 2163;
export const ids = [2163];
export const modules = {

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ msOf),
/* harmony export */   ZG: () => (/* binding */ buildGraph)
/* harmony export */ });
/* unused harmony export policyNodes */
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(209);


// The builder (the seed's step 3): sources read from the store at one commit in, one graph out.
// Pure and deterministic: revisions grouped by chain (family, window, series key), supersedes
// edges from each revision to the one whose digest it names, policy nodes from the git history
// of the policies, signer transitions where a continuity family changes signer, hold states and
// their transitions from the hold records.
function buildGraph(src) {
    const nodes = new Map();
    const edges = [];
    const add = (n) => void (nodes.has(n.id) ? undefined : nodes.set(n.id, n));
    const policies = policyNodes(src.policyEvents);
    for (const p of policies)
        add(p);
    const inForce = (kind, t) => {
        const ms = msOf(t);
        return policies.find((p) => p.kind === kind && p.in_force.some((i) => msOf(i.from_utc) <= ms && (i.until_utc === null || ms < msOf(i.until_utc))));
    };
    const packets = src.revisions.filter((r) => r.extracted.hold === undefined);
    const chains = new Map();
    for (const r of packets) {
        const c = (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__.chainId)(r.family, r.ref.window, r.ref.key ?? null);
        const list = chains.get(c);
        if (list)
            list.push(r);
        else
            chains.set(c, [r]);
    }
    const windows = new Map();
    const seen = (window, at) => {
        const before = windows.get(window);
        if (before === undefined || (at !== '' && (before === '' || at < before)))
            windows.set(window, at);
    };
    for (const [chain, list] of chains) {
        list.sort((a, b) => a.ref.revision - b.ref.revision);
        const latest = list[list.length - 1].ref.revision;
        const byDigest = new Map(list.flatMap((r) => (r.facts.digest ? [[r.facts.digest, r]] : [])));
        for (const r of list) {
            const id = _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.revision(chain, r.ref.revision);
            const signedAt = r.facts.signedAt ?? '';
            const node = {
                id,
                type: 'packet_revision',
                family: r.family,
                chain,
                release_window_id: r.ref.window,
                series_key: r.ref.key ?? null,
                packet_id: r.facts.packetId ?? '',
                revision: r.ref.revision,
                digest: r.facts.digest ?? '',
                supersedes_digest: r.facts.supersedes,
                signer_id: r.facts.signerId ?? '',
                key_id: r.facts.keyId ?? '',
                signer_role: r.role,
                signed_at_utc: signedAt,
                path: r.path,
                commit: r.commit,
                signature_verified: r.hasSignature && r.facts.findings.length === 0,
                is_latest: r.ref.revision === latest
            };
            add(node);
            seen(r.ref.window, signedAt);
            edges.push({ type: 'belongs_to_window', from: id, to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.window(r.ref.window) });
            if (r.facts.signerId)
                edges.push({ type: 'signed_by', from: id, to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.signer(r.facts.signerId), key_id: r.facts.keyId ?? '', at_utc: signedAt });
            if (r.facts.supersedes) {
                const prev = byDigest.get(r.facts.supersedes);
                if (prev)
                    edges.push({ type: 'supersedes', from: id, to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.revision(chain, prev.ref.revision), at_utc: signedAt });
            }
            edges.push(...policyEdges(id, r, inForce));
            const s = r.extracted.subject;
            if (s && s.key !== null && s.revision > 0) {
                edges.push({ type: s.edge, from: id, to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.revision((0,_graph_js__WEBPACK_IMPORTED_MODULE_1__.chainId)(s.family, s.window, s.key), s.revision), at_utc: signedAt, ...(s.decision !== undefined ? { decision: s.decision } : {}) });
            }
        }
    }
    for (const r of src.revisions) {
        const h = r.extracted.hold;
        if (!h)
            continue;
        const state = h.action === 'release' ? 'released' : 'active';
        const id = _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.hold(r.ref.window, r.ref.key ?? h.hold_id, state);
        const at = r.facts.signedAt ?? '';
        const node = {
            id,
            type: 'legal_hold_state',
            hold_id: r.ref.key ?? h.hold_id,
            release_window_id: r.ref.window,
            state,
            reason: h.reason,
            owner: h.owner,
            at_utc: at,
            signer_id: r.facts.signerId ?? '',
            path: r.path,
            commit: r.commit,
            signature_verified: r.hasSignature && r.facts.findings.length === 0
        };
        add(node);
        seen(r.ref.window, '');
        edges.push({ type: 'belongs_to_window', from: id, to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.window(r.ref.window) });
        if (r.facts.signerId)
            edges.push({ type: 'signed_by', from: id, to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.signer(r.facts.signerId), key_id: r.facts.keyId ?? '', at_utc: at });
        edges.push(...policyEdges(id, r, inForce));
        if (state === 'active')
            edges.push({ type: 'hold_state_transition', from: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.window(r.ref.window), to: id, transition: 'activate', at_utc: at, reason: h.reason, owner: h.owner });
        else
            edges.push({ type: 'hold_state_transition', from: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.hold(r.ref.window, node.hold_id, 'active'), to: id, transition: 'release', at_utc: at });
    }
    for (const [window, first] of windows)
        add({ id: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.window(window), type: 'release_window', release_window_id: window, first_signed_utc: first });
    for (const r of src.revisions)
        if (r.facts.signerId)
            add({ id: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.signer(r.facts.signerId), type: 'signer_identity', signer_id: r.facts.signerId });
    edges.push(...signerTransitions(src.revisions, src.transitions));
    // policy nodes nobody was evaluated under stay: an auditor asks which versions existed, not only which were used
    return (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__.sortGraph)({ schema_version: _graph_js__WEBPACK_IMPORTED_MODULE_1__.GRAPH_SCHEMA, store_commit: src.commit, source_index_sha256: src.sourceIndexSha256, nodes: [...nodes.values()], edges: dedupe(edges) });
}
function policyEdges(id, r, inForce) {
    const signedAt = r.facts.signedAt ?? '';
    return r.extracted.policies.map((p) => {
        if (p.sha256 !== null) {
            const target = _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.policy(p.kind, p.sha256 === '' ? 'none' : p.sha256);
            const current = inForce(p.kind, signedAt);
            return { type: 'evaluated_under_policy', from: id, to: target, basis: 'claimed', in_force: current?.id === target, at_utc: signedAt };
        }
        const current = inForce(p.kind, signedAt);
        return { type: 'evaluated_under_policy', from: id, to: current?.id ?? _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.policy(p.kind, 'none'), basis: 'in-force', in_force: current !== undefined, at_utc: signedAt };
    });
}
/** One node per (kind, canonical hash); its intervals in force from each event's effective time to the next. */
function policyNodes(events) {
    const byPath = new Map();
    for (const e of events) {
        const list = byPath.get(e.path);
        if (list)
            list.push(e);
        else
            byPath.set(e.path, [e]);
    }
    const nodes = new Map();
    for (const list of byPath.values()) {
        const timed = list.map((e) => ({ e, from: e.effectiveUtc !== null && msOf(e.effectiveUtc) !== Infinity ? msOf(e.effectiveUtc) : e.commitMs })).sort((a, b) => a.from - b.from || a.e.order - b.e.order);
        timed.forEach(({ e, from }, i) => {
            if (e.sha256 === null)
                return;
            const next = timed[i + 1];
            const interval = { from_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtc */ .ay)(from), until_utc: next ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtc */ .ay)(next.from) : null, commit: e.commit };
            const id = _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.policy(e.kind, e.sha256);
            const n = nodes.get(id);
            if (n) {
                n.in_force.push(interval);
                return;
            }
            nodes.set(id, {
                id,
                type: 'policy_version',
                kind: e.kind,
                sha256: e.sha256,
                path: e.path,
                policy_version_id: e.policyVersionId,
                introduced_commit: e.commit,
                effective_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUtc */ .ay)(from),
                effective_source: e.effectiveUtc !== null && msOf(e.effectiveUtc) !== Infinity ? 'policy' : 'commit-time',
                in_force: [interval]
            });
        });
    }
    for (const n of nodes.values())
        n.in_force = n.in_force.filter((i) => i.until_utc === null || i.until_utc > i.from_utc);
    return [...nodes.values()];
}
/**
 * Signer continuity: in each continuity family, revisions in signing order; where the signer id
 * changes, a signer_transition edge with the keyring's transition record that explains it (or
 * null, which the validator reports). A new key under the same signer id is a rotation: no edge.
 */
function signerTransitions(revisions, records) {
    const out = [];
    const byFamily = new Map();
    for (const r of revisions) {
        if (!r.continuity || !r.facts.signerId || !r.facts.signedAt)
            continue;
        const list = byFamily.get(r.family);
        if (list)
            list.push(r);
        else
            byFamily.set(r.family, [r]);
    }
    for (const list of byFamily.values()) {
        list.sort((a, b) => cmp(a.facts.signedAt, b.facts.signedAt) || cmp(a.ref.window, b.ref.window) || cmp(a.ref.key ?? '', b.ref.key ?? '') || a.ref.revision - b.ref.revision);
        for (let i = 1; i < list.length; i++) {
            const [prev, cur] = [list[i - 1], list[i]];
            if (prev.facts.signerId === cur.facts.signerId)
                continue;
            const at = cur.facts.signedAt;
            out.push({
                type: 'signer_transition',
                from: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.signer(prev.facts.signerId),
                to: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.signer(cur.facts.signerId),
                at_utc: at,
                revision: _graph_js__WEBPACK_IMPORTED_MODULE_1__.nodeId.revision((0,_graph_js__WEBPACK_IMPORTED_MODULE_1__.chainId)(cur.family, cur.ref.window, cur.ref.key ?? null), cur.ref.revision),
                context: contextFor(records, prev.facts.signerId, cur.facts.signerId, at)
            });
        }
    }
    return out;
}
/** The latest keyring transition record for from -> to, committed and approved before the change. */
function contextFor(records, from, to, at) {
    const ms = msOf(at);
    const fit = records.filter((t) => t.signer_id === to && t.from_signer_id === from && t.commitMs <= ms && msOf(t.approved_at_utc) <= ms).sort((a, b) => a.commitMs - b.commitMs);
    const t = fit[fit.length - 1];
    return t ? { from_signer_id: t.from_signer_id, reason: t.reason, approved_by: t.approved_by, approved_at_utc: t.approved_at_utc, commit: t.commit } : null;
}
function dedupe(edges) {
    const seen = new Set();
    return edges.filter((e) => {
        const k = JSON.stringify([e.type, e.from, e.to, e.at_utc ?? '', e.revision ?? '']);
        return !seen.has(k) && (seen.add(k), true);
    });
}
function msOf(t) {
    const p = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseUtc */ .y5)(t);
    return p.ok ? p.ms : Infinity;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SOURCE_FAMILIES: () => (/* binding */ SOURCE_FAMILIES)
});

// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(269);
// EXTERNAL MODULE: ./src/retention/family.ts
var retention_family = __webpack_require__(6096);
// EXTERNAL MODULE: ./src/lineage/source-types.ts
var source_types = __webpack_require__(7916);
// EXTERNAL MODULE: ./src/strategy/family.ts
var strategy_family = __webpack_require__(2405);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/lineage/strategy-source.ts



// The one place lineage reads lesson 120's layout and documents: where the packets, the approvals,
// the outcome reviews and the divergence records live, and which fields name their policy and the revision they are
// about. When strategy's layout moves, this module is re-pointed and nothing else changes.
const POLICY_KIND = 'strategy-approval';
async function trust(settings) {
    const m = await Promise.all(/* import() */[__webpack_require__.e(9432), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(7525), __webpack_require__.e(2180)]).then(__webpack_require__.bind(__webpack_require__, 2180));
    return { m, trust: await m.loadOptionalTrust(settings) };
}
const STRATEGY_SOURCES = [
    {
        family: strategy_family/* STRATEGY_FAMILY */.bj,
        continuity: true,
        inspector: async (settings) => {
            const { m, trust: t } = await trust(settings);
            return m.packetInspector(t, settings.now);
        },
        extract: (doc) => ({ policies: [{ kind: POLICY_KIND, sha256: (0,source_types/* str */.g)(doc.policy_sha256) ?? '', basis: 'claimed' }] })
    },
    {
        family: strategy_family/* SIGNOFF_FAMILY */.mj,
        continuity: false,
        inspector: async (settings) => {
            const { m, trust: t } = await trust(settings);
            // a decision verifies against the digest of the packet revision it signs, as verify checks it
            // (packets are write-once, so HEAD's digests hold for every earlier --at too)
            return m.signoffInspector(t, settings.now, await m.packetDigests(settings, t));
        },
        extract: (doc, ref) => ({
            policies: [{ kind: POLICY_KIND, sha256: null, basis: 'in-force' }],
            subject: { edge: 'approves', family: strategy_family/* STRATEGY_FAMILY */.bj.name, window: ref.window, key: (0,source_types/* str */.g)(doc.exception_cluster_id), revision: (0,revision/* parseRevision */.P)((0,source_types/* str */.g)(doc.packet_revision) ?? '') ?? 0, decision: (0,source_types/* str */.g)(doc.decision) ?? '' }
        })
    },
    {
        family: strategy_family/* OUTCOME_FAMILY */.WM,
        continuity: false,
        inspector: async (settings) => {
            const { m, trust: t } = await trust(settings);
            return m.outcomeInspector(t, settings.now);
        },
        extract: (doc, ref) => ({
            policies: [{ kind: POLICY_KIND, sha256: null, basis: 'in-force' }],
            subject: { edge: 'reviews', family: strategy_family/* STRATEGY_FAMILY */.bj.name, window: ref.window, key: (0,source_types/* str */.g)(doc.exception_cluster_id), revision: (0,revision/* parseRevision */.P)((0,source_types/* str */.g)(doc.packet_revision) ?? '') ?? 0 }
        })
    },
    {
        // a divergence record (seed step 12) names the packet revision whose outcome diverged
        family: strategy_family/* DIVERGENCE_FAMILY */.uU,
        continuity: false,
        inspector: async (settings) => {
            const { m, trust: t } = await trust(settings);
            return m.divergenceInspector(t, settings.now);
        },
        extract: (doc, ref) => ({
            policies: [{ kind: POLICY_KIND, sha256: null, basis: 'in-force' }],
            subject: { edge: 'diverges_from', family: strategy_family/* STRATEGY_FAMILY */.bj.name, window: ref.window, key: (0,source_types/* str */.g)(doc.exception_cluster_id), revision: (0,revision/* parseRevision */.P)((0,source_types/* str */.g)(doc.affected_revision) ?? '') ?? 0 }
        })
    }
];

;// CONCATENATED MODULE: ./src/lineage/families.ts




// The families the lineage graph is built from, each with what its documents say about policy,
// subject and hold. A fixed list, not the registry: a graph rebuilt by verify must read exactly
// what the build read.
const CLOSURE = {
    family: family/* CLOSURE_FAMILY */.L,
    continuity: true,
    inspector: async (settings) => {
        const { closureInspector, loadClosureTrust } = await Promise.all(/* import() */[__webpack_require__.e(9432), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(609)]).then(__webpack_require__.bind(__webpack_require__, 609));
        return closureInspector(await loadClosureTrust(settings), settings.now);
    },
    // a closure packet names both policies it was made under: its own schema and the gate's ledger policy
    extract: (doc) => ({
        policies: [
            { kind: 'closure-packet', sha256: (0,source_types/* str */.g)((0,source_types/* obj */.W)(doc.schema).sha256) ?? '', basis: 'claimed' },
            { kind: 'ack-ledger', sha256: (0,source_types/* str */.g)(doc.ledger_policy_sha256) ?? '', basis: 'claimed' }
        ]
    })
};
const HOLDS = {
    family: retention_family/* HOLD_FAMILY */.d0,
    continuity: false,
    inspector: async (settings) => {
        const [{ holdInspector }, { loadRetentionTrust }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(3556), __webpack_require__.e(1170)]).then(__webpack_require__.bind(__webpack_require__, 2777)), __webpack_require__.e(/* import() */ 2012).then(__webpack_require__.bind(__webpack_require__, 2012))]);
        return holdInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now);
    },
    extract: (doc) => ({
        policies: [{ kind: 'retention', sha256: null, basis: 'in-force' }],
        hold: { hold_id: (0,source_types/* str */.g)(doc.hold_id) ?? '', action: doc.action === 'release' ? 'release' : 'place', reason: (0,source_types/* str */.g)(doc.reason) ?? '', owner: (0,source_types/* str */.g)(doc.owner) ?? '' }
    })
};
const SOURCE_FAMILIES = [CLOSURE, ...STRATEGY_SOURCES, HOLDS];


/***/ }),

/***/ 209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EDGE_TYPES: () => (/* binding */ EDGE_TYPES),
/* harmony export */   GRAPH_SCHEMA: () => (/* binding */ GRAPH_SCHEMA),
/* harmony export */   NODE_TYPES: () => (/* binding */ NODE_TYPES),
/* harmony export */   chainId: () => (/* binding */ chainId),
/* harmony export */   compareEdges: () => (/* binding */ compareEdges),
/* harmony export */   graphSha256: () => (/* binding */ graphSha256),
/* harmony export */   nodeId: () => (/* binding */ nodeId),
/* harmony export */   normalizeNodeId: () => (/* binding */ normalizeNodeId),
/* harmony export */   sortGraph: () => (/* binding */ sortGraph),
/* harmony export */   windowSubgraph: () => (/* binding */ windowSubgraph),
/* harmony export */   windowSubgraphs: () => (/* binding */ windowSubgraphs),
/* harmony export */   windowsOf: () => (/* binding */ windowsOf)
/* harmony export */ });
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4705);

// The lineage graph as data: typed nodes and typed edges, the schema the builder writes and the
// validator reads (a supplied graph too). The node and edge types are the contract: nothing adds
// a type outside this file. Output is deterministic: nodes sorted by id, edges by (type, from, to),
// keys sorted by the canonical JSON every hash is taken over.
const GRAPH_SCHEMA = 'release-evidence/lineage-graph/v1';
const NODE_TYPES = ['packet_revision', 'release_window', 'policy_version', 'signer_identity', 'legal_hold_state'];
/**
 * The seed's five edge types, `signer_transition` (its step 5), and the three that tie a strategy
 * approval, an outcome review and a divergence record to the packet revision they are about
 * (lesson 120's A8 and step 12).
 */
const EDGE_TYPES = ['supersedes', 'belongs_to_window', 'evaluated_under_policy', 'signed_by', 'hold_state_transition', 'signer_transition', 'approves', 'reviews', 'diverges_from'];
const nodeId = {
    revision: (chain, revision) => `rev:${chain}:r${String(revision).padStart(3, '0')}`,
    window: (window) => `window:${window}`,
    policy: (kind, sha256) => `policy:${kind}:${sha256}`,
    signer: (signerId) => `signer:${signerId}`,
    hold: (window, holdId, state) => `hold:${window}:${holdId}:${state}`
};
function chainId(family, window, key) {
    return key === null ? `${family}:${window}` : `${family}:${window}:${key}`;
}
/** Casing and separators are not identity: `RW_2026 A` and `rw-2026-a` are one id (the seed's step 2). */
function normalizeNodeId(id) {
    return id
        .split(':')
        .map((part) => part
        .trim()
        .toLowerCase()
        .replace(/[\s_.]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, ''))
        .join(':');
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareEdges(a, b) {
    return cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.at_utc ?? '', b.at_utc ?? '');
}
/** Nodes by id, edges by type, from, to: the order every writer and reader agrees on. */
function sortGraph(g) {
    return { ...g, nodes: [...g.nodes].sort((a, b) => cmp(a.id, b.id)), edges: [...g.edges].sort(compareEdges) };
}
/** The hash of what the graph says, without where it was built: two builds of the same lineage agree. */
function graphSha256(g) {
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalSha256 */ .o4)({ nodes: g.nodes, edges: g.edges });
}
/**
 * One window's part of a graph: its window node, its revisions and hold states, every edge that
 * starts at one of them, and the policy and signer nodes those edges reach (with the signer
 * transitions at the window's revisions).
 */
function windowSubgraph(g, window) {
    return windowSubgraphs(g).get(window) ?? sortGraph({ ...g, nodes: [], edges: [] });
}
/** Every window's part in one pass over the graph (a build of 1,000 windows reads it once, not 1,000 times). */
function windowSubgraphs(g) {
    const ownerOf = new Map();
    const byId = new Map();
    const parts = new Map();
    const part = (w) => {
        let p = parts.get(w);
        if (!p)
            parts.set(w, (p = { own: [], edges: [], last: '' }));
        return p;
    };
    for (const n of g.nodes) {
        byId.set(n.id, n);
        if (n.type !== 'packet_revision' && n.type !== 'legal_hold_state' && n.type !== 'release_window')
            continue;
        ownerOf.set(n.id, n.release_window_id);
        const p = part(n.release_window_id);
        p.own.push(n);
        p.last = max(p.last, n.type === 'packet_revision' ? n.signed_at_utc : n.type === 'legal_hold_state' ? n.at_utc : '');
    }
    for (const e of g.edges) {
        const w = ownerOf.get(e.from) ?? (e.type === 'signer_transition' && e.revision !== undefined ? ownerOf.get(e.revision) : undefined);
        if (w !== undefined)
            part(w).edges.push(e);
    }
    const out = new Map();
    for (const [w, p] of parts) {
        const ids = new Set(p.own.map((n) => n.id));
        for (const e of p.edges)
            ids.add(e.from).add(e.to);
        // A policy version's end after the window's last event is later history, not the window's
        // lineage: shown open, so a policy change after the window leaves its snapshot unchanged.
        const last = p.last;
        const clip = (n) => n.type === 'policy_version' ? { ...n, in_force: n.in_force.filter((i) => i.from_utc <= last || last === '').map((i) => (i.until_utc !== null && i.until_utc > last ? { ...i, until_utc: null } : i)) } : n;
        const nodes = [...ids].flatMap((id) => {
            const n = byId.get(id);
            return n ? [clip(n)] : [];
        });
        out.set(w, sortGraph({ ...g, nodes, edges: p.edges }));
    }
    return out;
}
function max(a, b) {
    return b > a ? b : a;
}
/** The windows a graph has, sorted. */
function windowsOf(g) {
    return g.nodes.flatMap((n) => (n.type === 'release_window' ? [n.release_window_id] : [])).sort();
}


/***/ }),

/***/ 196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ scanRemembered)
/* harmony export */ });
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3125);
/* harmony import */ var _store_result_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4803);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);



// The git history a build reads (`git log --raw` over the families, the policies and the keyring:
// seconds at 10,000 commits), remembered for the next build. The history of a commit never
// changes (its id names it), so a build at a tip that extends the remembered one by a straight
// line of commits scans only those commits and appends them: one new revision costs one commit's
// log, not 10,000. Anything else (a merge among the new commits, a tip that is not a descendant,
// other folders) scans the whole history as before. Kept where every derived result is
// (store/result-cache.ts: HMAC'd, in the verifier's git directory), for the exact tip it describes.
//
// Why appending is exact: `--topo-order --reverse` lists parents before children, and a walk from
// a tip whose newest commits form a single line reaches the remembered tip with nothing else
// pending, so it lists that tip's history exactly as a walk from it would, then the line.
const VERSION = 'lineage-history/1';
async function scanRemembered(repo, stateDir, roots, until) {
    const key = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(JSON.stringify([VERSION, roots]));
    // one file per set of folders: the graph's sources and the retention index (the whole tree) each extend their own
    const kind = `lineage-history-${key.slice(0, 12)}`;
    const prev = await (0,_store_result_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .readNewestResult */ .oC)(stateDir, kind);
    let scan = null;
    if (prev !== null && prev.fingerprint === key && Array.isArray(prev.value?.commits) && Array.isArray(prev.value?.events)) {
        if (prev.tip === until)
            return prev.value;
        if (await extendsInLine(repo.dir, prev.tip, until)) {
            const more = await repo.scanHistory({ root: roots, until, since: prev.tip });
            const base = prev.value.commits.length;
            scan = { commits: [...prev.value.commits, ...more.commits], events: [...prev.value.events, ...more.events.map((e) => ({ ...e, order: e.order + base }))] };
        }
    }
    scan ??= await repo.scanHistory({ root: roots, until });
    await (0,_store_result_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .writeResult */ .Zk)(stateDir, kind, until, key, scan);
    return scan;
}
/** `tip` is `from` followed by a line of commits with one parent each (no merge among them). */
async function extendsInLine(dir, from, tip) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-list', '--parents', `${from}..${tip}`], { cwd: dir, allowFail: true });
    if (r.code !== 0)
        return false;
    const lines = r.stdout.toString('utf8').split('\n').filter(Boolean).map((l) => l.split(' '));
    if (lines.length === 0 || lines[0][0] !== tip)
        return false;
    return lines.every((l, i) => l.length === 2 && l[1] === (i + 1 < lines.length ? lines[i + 1][0] : from));
}


/***/ }),

/***/ 7916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ obj),
/* harmony export */   g: () => (/* binding */ str)
/* harmony export */ });
function str(v) {
    return typeof v === 'string' ? v : null;
}
function obj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}


/***/ }),

/***/ 3431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ resolveAt),
/* harmony export */   retentionPolicyPresent: () => (/* binding */ retentionPolicyPresent),
/* harmony export */   t: () => (/* binding */ readSources)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9077);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4705);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4976);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6043);
/* harmony import */ var _families_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9723);
/* harmony import */ var _history_memo_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(196);
/* harmony import */ var _source_types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7916);













async function readSources(args) {
    const { settings, commit } = args;
    const families = args.families ?? _families_js__WEBPACK_IMPORTED_MODULE_9__.SOURCE_FAMILIES;
    const top = (await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoFacts */ .yQ)(settings.workspace)).top;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(top);
    const inspectors = args.inspectors ?? (await Promise.all(families.map((f) => f.inspector(settings))));
    const policyDirs = policyRoots(settings, top);
    const keyringPath = repoPath(top, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, settings.policies['keyring']));
    const roots = [...families.map((f) => f.family.root), ...policyDirs, ...(keyringPath ? [keyringPath] : [])];
    const scan = args.historyIn !== undefined ? await (0,_history_memo_js__WEBPACK_IMPORTED_MODULE_10__/* .scanRemembered */ .M)(repo, args.historyIn, roots, commit) : await repo.scanHistory({ root: roots, until: commit });
    const added = new Map();
    for (const e of scan.events)
        if (e.status === 'A' && !added.has(e.path))
            added.set(e.path, e);
    const revisions = [];
    for (const [i, f] of families.entries())
        revisions.push(...(await readFamily(repo, commit, f, inspectors[i], added, args.memo)));
    const kinds = kindsByPath(settings, top);
    const policyEvents = await readPolicyEvents(repo, scan.events, policyDirs, kinds);
    const transitions = keyringPath ? await readTransitions(repo, scan.events.filter((e) => e.path === keyringPath)) : [];
    return { commit, sourceIndexSha256: args.sourceIndexSha256, revisions, policyEvents, transitions };
}
async function readFamily(repo, commit, f, inspector, added, memo) {
    const files = await repo.listTree(commit, f.family.root);
    const packets = [];
    const sigs = new Map();
    for (const file of files) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStorePath */ .GV)(f.family, file.path);
        if (p.type !== 'artifact')
            continue;
        if (p.kind === 'packet')
            packets.push({ ref: p.ref, path: file.path, oid: file.oid });
        else if (p.kind === 'signature')
            sigs.set(`${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .seriesId */ .hG)(p.ref)}@${p.ref.revision}`, file.oid);
    }
    const sigOf = (p) => sigs.get(`${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .seriesId */ .hG)(p.ref)}@${p.ref.revision}`);
    // by content too: a full build judged these bytes already for the retention index
    const judge = memo ? memo.wrap(inspector) : inspector;
    const known = packets.map((p) => memo?.byOid(inspector, p.path, p.oid, sigOf(p)));
    // only what the memo has not judged is read: after one new revision, that revision
    const unread = packets.filter((_, i) => known[i] === undefined);
    const blobs = await repo.readBlobs(unread.flatMap((p) => [p.oid, ...(sigOf(p) !== undefined ? [sigOf(p)] : [])]));
    return packets.map((p, i) => {
        const sigOid = sigOf(p);
        let judged = known[i];
        if (judged === undefined) {
            const packet = blobs.get(p.oid) ?? Buffer.alloc(0);
            const signature = sigOid ? blobs.get(sigOid) : undefined;
            const doc = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)((0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(packet));
            judged = { facts: judge.inspect({ ref: p.ref, path: p.path, packet, signature }), role: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)((0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)(doc.signer).role) ?? '', extracted: f.extract(doc, p.ref) };
            memo?.rememberOid(inspector, p.path, p.oid, sigOid, judged);
        }
        return {
            family: f.family.name,
            ref: p.ref,
            path: p.path,
            commit: added.get(p.path)?.commit ?? commit,
            facts: judged.facts,
            role: judged.role,
            hasSignature: sigOid !== undefined,
            continuity: f.continuity,
            extracted: judged.extracted
        };
    });
}
/** The folders whose history holds policy versions: policies/ and the folder of every configured policy file. */
function policyRoots(settings, top) {
    const dirs = new Set(['policies']);
    for (const p of Object.values(settings.policies)) {
        if (typeof p !== 'string')
            continue;
        const rel = repoPath(top, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, p));
        if (rel)
            dirs.add(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : rel);
    }
    return [...dirs].sort();
}
function kindsByPath(settings, top) {
    const out = new Map();
    for (const [kind, p] of Object.entries(settings.policies)) {
        if (typeof p !== 'string')
            continue;
        const rel = repoPath(top, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, p));
        if (rel)
            out.set(rel, kind);
    }
    return out;
}
function repoPath(top, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, abs).split('\\').join('/');
    return rel === '' || rel.startsWith('..') ? null : rel;
}
/** One event per committed version of every YAML policy file, hashed as the product hashes a loaded policy. */
async function readPolicyEvents(repo, events, dirs, kinds) {
    const mine = events.filter((e) => /\.ya?ml$/.test(e.path) && dirs.some((d) => e.path.startsWith(`${d}/`)));
    const blobs = await repo.readBlobs(mine.flatMap((e) => (e.newOid ? [e.newOid] : [])));
    return mine.map((e) => {
        const base = e.path.slice(e.path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
        const kind = kinds.get(e.path) ?? base;
        const common = { kind, path: e.path, commit: e.commit, order: e.order, commitMs: e.time * 1000 };
        if (!e.newOid)
            return { ...common, sha256: null, effectiveUtc: null, policyVersionId: null };
        const data = yamlData(blobs.get(e.newOid)?.toString('utf8') ?? '');
        const o = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)(data);
        const effective = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)(o.effective_utc);
        return { ...common, sha256: data === undefined ? null : (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .canonicalSha256 */ .o4)(data), effectiveUtc: effective !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_8__/* .parseUtc */ .y5)(effective).ok ? effective : null, policyVersionId: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)(o.policy_version_id) };
    });
}
function yamlData(text) {
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { version: '1.2', uniqueKeys: true });
        if (doc.errors.length > 0)
            return undefined;
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        return undefined;
    }
}
/** Every `transition` a keyring version recorded on a key entry, with the commit that recorded it. */
async function readTransitions(repo, events) {
    const withBlob = events.filter((e) => e.newOid);
    const blobs = await repo.readBlobs(withBlob.map((e) => e.newOid));
    const out = new Map();
    for (const e of withBlob) {
        const keys = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)(yamlData(blobs.get(e.newOid)?.toString('utf8') ?? '')).keys;
        if (!Array.isArray(keys))
            continue;
        for (const k of keys) {
            const t = (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)((0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)(k).transition);
            const rec = { signer_id: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)((0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .obj */ .W)(k).signer_id) ?? '', from_signer_id: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)(t.from_signer_id) ?? '', reason: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)(t.reason) ?? '', approved_by: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)(t.approved_by) ?? '', approved_at_utc: (0,_source_types_js__WEBPACK_IMPORTED_MODULE_11__/* .str */ .g)(t.approved_at_utc) ?? '' };
            if (rec.from_signer_id === '' || rec.reason.trim() === '' || rec.approved_by.trim() === '' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_8__/* .parseUtc */ .y5)(rec.approved_at_utc).ok)
                continue;
            const key = JSON.stringify(rec);
            // the first commit that recorded it is when it became known
            if (!out.has(key))
                out.set(key, { ...rec, commit: e.commit, commitMs: e.time * 1000 });
        }
    }
    return [...out.values()];
}
/** --at: a UTC time (the last commit at or before it) or a commit-ish; HEAD when absent. */
async function resolveAt(settings, at) {
    const facts = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoFacts */ .yQ)(settings.workspace);
    if (facts.shallow)
        throw (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .shallowError */ .Jn)();
    if (facts.head === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; export a closure packet first` });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(facts.top);
    if (at === undefined || at === '')
        return { top: facts.top, head: facts.head, commit: facts.head, stateDir: facts.stateDir };
    if (/^\d{4}-\d{2}-\d{2}/.test(at)) {
        const t = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_8__/* .parseUtc */ .y5)(at);
        if (!t.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'USAGE', message: `--at ${at}: ${t.reason}` });
        const scan = await repo.scanHistory({ root: '.', until: facts.head });
        const times = new Map(scan.events.map((e) => [e.commit, e.time]));
        const before = scan.commits.filter((c) => (times.get(c) ?? Infinity) * 1000 <= t.ms);
        const last = before[before.length - 1];
        if (!last)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'USAGE', message: `--at ${at}: no commit on HEAD is that old` });
        return { top: facts.top, head: facts.head, commit: last, stateDir: facts.stateDir };
    }
    const oid = await repo.tryResolveRef(at);
    if (oid === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'USAGE', message: `--at ${at}: not a commit or a UTC time` });
    return { top: facts.top, head: facts.head, commit: oid, stateDir: facts.stateDir };
}
function retentionPolicyPresent(settings) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, settings.policies['retention'] ?? 'policies/retention.yaml'));
}


/***/ }),

/***/ 4803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ writePartedResult),
/* harmony export */   Uv: () => (/* binding */ readResult),
/* harmony export */   Zk: () => (/* binding */ writeResult),
/* harmony export */   _9: () => (/* binding */ readResultParts),
/* harmony export */   o1: () => (/* binding */ readPartedResult),
/* harmony export */   oC: () => (/* binding */ readNewestResult)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2951);




// A derived result (a retention index, a lineage graph set) computed from the store at one commit
// and remembered for the next run, so that asking again at the same tip costs a file read, and a
// builder that can extend its result can start from the newest one it made.
//
// Same threat model as the verify cache (cache.ts): the file lives in the verifier's own git
// directory (.git/release-evidence/results/), never in the tree, and carries an HMAC under the
// per-repository key, so nothing that arrives through the repository can write or forge it; a
// damaged, copied-in or hand-edited file reads as absent. A result is returned only for the exact
// tip and fingerprint it was stored under. The fingerprint is the caller's promise: it must name
// everything besides the tip that the result depends on (verifier version, pinned trust root,
// policy hashes, the evaluation instant, options), because a result reused under different inputs
// would be a stale answer. A caller that extends the newest result (`readNewestResult`) must check
// itself that its tip is an ancestor of the tip it verifies now.
//
// Layout: `<hmac hex>\n<header json>\n<value json>[<part bytes>...]`, the HMAC over everything
// after the first line. A result may carry named parts, texts kept byte for byte after the value
// (the header lists their lengths): a 10 MB text inside the JSON value would be escaped on write
// and unescaped by a parse of the whole file on every read, where a part is handed back as it lies.
const VERSION = 1;
const KIND = /^[a-z][a-z0-9-]{0,63}$/;
function fileOf(stateDir, kind) {
    if (!KIND.test(kind))
        throw new Error(`result cache kind ${JSON.stringify(kind)} is not a plain name`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'results', `${kind}.cache`);
}
/**
 * The stored entry of a kind, authenticated: its header and the bytes after it. `want` rejects
 * an entry by its header before the HMAC is computed over what may be many megabytes; nothing
 * from the entry is returned unless its HMAC holds.
 */
async function readAuthentic(stateDir, kind, want) {
    const key = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .macKey */ .FP)(stateDir, false);
    if (!key)
        return null;
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(fileOf(stateDir, kind));
    const nl = bytes.indexOf(0x0a);
    const nl2 = nl < 0 ? -1 : bytes.indexOf(0x0a, nl + 1);
    if (nl2 < 0)
        return null;
    const header = JSON.parse(bytes.toString('utf8', nl + 1, nl2));
    if (header.v !== VERSION || header.kind !== kind || typeof header.tip !== 'string' || typeof header.fingerprint !== 'string')
        return null;
    if (want !== undefined && (header.tip !== want.tip || header.fingerprint !== want.fingerprint))
        return null;
    const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
    const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
    if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
        return null;
    return { header, rest: bytes.subarray(nl2 + 1) };
}
/** The value and parts of an authenticated entry; null when its layout does not add up. */
function unpack(header, rest) {
    const { value_bytes: valueBytes, parts: layout } = header;
    if (layout === undefined)
        return { value: JSON.parse(rest.toString('utf8')) };
    if (typeof valueBytes !== 'number' || !Array.isArray(layout))
        return null;
    let at = valueBytes;
    // no prototype: a part named __proto__ is a part like any other
    const parts = Object.create(null);
    for (const p of layout) {
        if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'number')
            return null;
        parts[p[0]] = rest.subarray(at, at + p[1]);
        at += p[1];
    }
    if (at !== rest.length)
        return null;
    return { value: JSON.parse(rest.toString('utf8', 0, valueBytes)), parts };
}
/** The newest result stored for this kind, whatever its tip and fingerprint; null when absent or unauthentic. */
async function readNewestResult(stateDir, kind) {
    try {
        const entry = await readAuthentic(stateDir, kind);
        const unpacked = entry === null ? null : unpack(entry.header, entry.rest);
        if (entry === null || unpacked === null)
            return null;
        return { tip: entry.header.tip, fingerprint: entry.header.fingerprint, ...unpacked };
    }
    catch {
        return null;
    }
}
/** The result stored for exactly this tip and fingerprint, or null (and null for a result with parts). */
async function readResult(stateDir, kind, tip, fingerprint) {
    try {
        const entry = await readAuthentic(stateDir, kind, { tip, fingerprint });
        const unpacked = entry === null ? null : unpack(entry.header, entry.rest);
        return unpacked === null || unpacked.parts !== undefined ? null : unpacked.value;
    }
    catch {
        return null;
    }
}
/** The result and its parts stored for exactly this tip and fingerprint (`writeResult` with parts), or null. */
async function readResultParts(stateDir, kind, tip, fingerprint) {
    try {
        const entry = await readAuthentic(stateDir, kind, { tip, fingerprint });
        const unpacked = entry === null ? null : unpack(entry.header, entry.rest);
        return unpacked === null || unpacked.parts === undefined ? null : unpacked;
    }
    catch {
        return null;
    }
}
/**
 * Stores one result per kind (replacing the previous one) atomically, with `parts` (named texts
 * kept byte for byte; read them back with `readResultParts`). A failure to cache never fails the
 * command, so it is reported as false, not thrown.
 */
async function writeResult(stateDir, kind, tip, fingerprint, value, parts) {
    const file = fileOf(stateDir, kind);
    try {
        const key = await (0,_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .macKey */ .FP)(stateDir, true);
        if (!key)
            return false;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateDir, 'results'), { recursive: true, mode: 0o700 });
        const valueBytes = Buffer.from(JSON.stringify(value), 'utf8');
        const partBytes = Object.entries(parts ?? {}).map(([name, text]) => [name, typeof text === 'string' ? Buffer.from(text, 'utf8') : text]);
        const layout = parts === undefined ? {} : { value_bytes: valueBytes.length, parts: partBytes.map(([name, b]) => [name, b.length]) };
        const header = Buffer.from(`${JSON.stringify({ v: VERSION, kind, tip, fingerprint, ...layout })}\n`, 'utf8');
        const body = [header, valueBytes, ...partBytes.map(([, b]) => b)];
        const mac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key);
        for (const b of body)
            mac.update(b);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, Buffer.concat([Buffer.from(`${mac.digest('hex')}\n`, 'latin1'), ...body]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
        return true;
    }
    catch {
        return false;
    }
}
function writePartedResult(stateDir, kind, tip, fingerprint, meta, parts) {
    const texts = Object.create(null);
    for (const [name, value] of parts)
        texts[name] = JSON.stringify(value);
    return writeResult(stateDir, kind, tip, fingerprint, meta, texts);
}
/** The parted result stored for exactly this tip and fingerprint, or null. */
async function readPartedResult(stateDir, kind, tip, fingerprint) {
    const stored = await readResultParts(stateDir, kind, tip, fingerprint);
    if (stored === null)
        return null;
    const { value, parts } = stored;
    return {
        meta: value,
        names: Object.keys(parts),
        part(name) {
            const bytes = Object.hasOwn(parts, name) ? parts[name] : undefined;
            return bytes === undefined ? undefined : JSON.parse(bytes.toString('utf8'));
        }
    };
}


/***/ })

};
