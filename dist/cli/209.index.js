export const id = 209;
export const ids = [209];
export const modules = {

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

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: sha256HexOffThread

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}

;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
async function sha256HexOffThread(data) {
    return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ })

};
