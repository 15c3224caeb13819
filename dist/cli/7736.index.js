export const id = 7736;
export const ids = [7736];
export const modules = {

/***/ 7736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildAt: () => (/* binding */ buildAt),
  retentionIndexSha256: () => (/* binding */ retentionIndexSha256),
  runCheck: () => (/* binding */ runCheck),
  viewAt: () => (/* binding */ viewAt)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/trust/pin.ts
var trust_pin = __webpack_require__(9021);
// EXTERNAL MODULE: ./src/lineage/build.ts
var build = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/lineage/families.ts + 1 modules
var lineage_families = __webpack_require__(9723);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lineage/graph.ts
var graph = __webpack_require__(209);
;// CONCATENATED MODULE: ./src/lineage/graph-file.ts



// A graph supplied with --graph FILE: the builder's JSON, or a snapshot (graph-rNNN.json, whose
// graph is under `graph`). Shape errors are the user's (exit 2, naming the field); ids are
// normalized before anything is compared, so `W1:R001` and `w1:r001` are one node and a
// duplicate shows up as one.
async function readGraphFile(path, display = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* UserError */.yo({ code: 'INPUT_UNREADABLE', message: `${display}: cannot read the graph (${err.code ?? 'error'}); pass the path of a lineage graph JSON file`, cause: err });
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `${display}: not JSON (${err.message})`, cause: err });
    }
    return parseGraph(doc, display);
}
function parseGraph(doc, file) {
    const o = (typeof doc === 'object' && doc !== null ? doc : {});
    const g = (typeof o.graph === 'object' && o.graph !== null ? o.graph : o);
    const problems = [];
    if (!Array.isArray(g.nodes))
        problems.push({ file, field: '/nodes', message: 'is not an array', fix: 'a lineage graph has nodes and edges arrays (lineage build --json writes one)' });
    if (!Array.isArray(g.edges))
        problems.push({ file, field: '/edges', message: 'is not an array' });
    const nodes = [];
    const edges = [];
    (Array.isArray(g.nodes) ? g.nodes : []).forEach((n, i) => {
        const x = (typeof n === 'object' && n !== null ? n : {});
        if (typeof x.id !== 'string' || x.id === '')
            problems.push({ file, field: `/nodes/${i}/id`, message: 'is not a non-empty string' });
        else if (!graph.NODE_TYPES.includes(x.type))
            problems.push({ file, field: `/nodes/${i}/type`, message: `must be one of ${graph.NODE_TYPES.join(', ')}`, fix: 'the node types are the schema; a script adds none of its own' });
        else
            nodes.push(normalizeNode(x));
    });
    (Array.isArray(g.edges) ? g.edges : []).forEach((e, i) => {
        const x = (typeof e === 'object' && e !== null ? e : {});
        if (!graph.EDGE_TYPES.includes(x.type))
            problems.push({ file, field: `/edges/${i}/type`, message: `must be one of ${graph.EDGE_TYPES.join(', ')}`, fix: 'the edge types are the schema; a script adds none of its own' });
        else if (typeof x.from !== 'string' || typeof x.to !== 'string')
            problems.push({ file, field: `/edges/${i}`, message: 'needs string from and to' });
        else
            edges.push({ ...x, from: (0,graph.normalizeNodeId)(x.from), to: (0,graph.normalizeNodeId)(x.to), ...(typeof x.revision === 'string' ? { revision: (0,graph.normalizeNodeId)(x.revision) } : {}) });
    });
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `${file}: not a lineage graph`, problems });
    return (0,graph.sortGraph)({
        schema_version: typeof g.schema_version === 'string' ? g.schema_version : typeof o.schema_version === 'string' ? o.schema_version : '',
        store_commit: typeof g.store_commit === 'string' ? g.store_commit : '',
        source_index_sha256: typeof g.source_index_sha256 === 'string' ? g.source_index_sha256 : null,
        nodes,
        edges
    });
}
function normalizeNode(x) {
    const n = { ...x, id: (0,graph.normalizeNodeId)(x.id) };
    for (const k of ['chain', 'release_window_id', 'signer_id'])
        if (typeof n[k] === 'string')
            n[k] = (0,graph.normalizeNodeId)(n[k]);
    if (n.type === 'packet_revision' && typeof n.revision === 'string')
        n.revision = Number(String(n.revision).replace(/^r/i, ''));
    return n;
}

// EXTERNAL MODULE: ./src/store/result-cache.ts
var result_cache = __webpack_require__(4803);
// EXTERNAL MODULE: ./src/lineage/family.ts
var family = __webpack_require__(8389);
;// CONCATENATED MODULE: ./src/lineage/graph-slices.ts

const emptyPart = () => ({ nodes: [], edges: [] });
function ownerOfNode(n) {
    return n.type === 'packet_revision' || n.type === 'legal_hold_state' ? n.release_window_id : undefined;
}
function sliceGraph(g) {
    const owner = new Map();
    const shared = emptyPart();
    const windows = new Map();
    const part = (w) => {
        let p = windows.get(w);
        if (!p)
            windows.set(w, (p = emptyPart()));
        return p;
    };
    const keys = new Map();
    const key = (k, w) => {
        const s = keys.get(k);
        if (s)
            s.add(w);
        else
            keys.set(k, new Set([w]));
    };
    const holds = new Set();
    g.nodes.forEach((n, i) => {
        // a window node is shared (T3 reads them all), yet the edges that start at it are its window's
        if (n.type === 'release_window')
            owner.set(n.id, n.release_window_id);
        const w = ownerOfNode(n);
        if (w === undefined)
            return void shared.nodes.push([i, n]);
        owner.set(n.id, w);
        part(w).nodes.push([i, n]);
        if (n.type === 'packet_revision') {
            key((0,graph.normalizeNodeId)(n.packet_id), w);
            key(n.chain, w);
        }
        else
            holds.add(w);
    });
    const related = new Map();
    const relate = (a, b) => {
        if (b === undefined || a === b)
            return;
        for (const [x, y] of [
            [a, b],
            [b, a]
        ]) {
            const s = related.get(x);
            if (s)
                s.add(y);
            else
                related.set(x, new Set([y]));
        }
    };
    g.edges.forEach((e, i) => {
        const w = owner.get(e.from) ?? (e.type === 'signer_transition' && e.revision !== undefined ? owner.get(e.revision) : undefined);
        if (w === undefined)
            return void shared.edges.push([i, e]);
        part(w).edges.push([i, e]);
        relate(w, owner.get(e.to));
        if (e.revision !== undefined)
            relate(w, owner.get(e.revision));
    });
    const sorted = (s) => [...s].sort();
    return {
        meta: { schema_version: g.schema_version, store_commit: g.store_commit, source_index_sha256: g.source_index_sha256 },
        shared,
        windows,
        index: {
            keys: Object.fromEntries(sorted(keys.keys()).map((k) => [k, sorted(keys.get(k))])),
            holds: sorted(holds),
            related: Object.fromEntries(sorted(related.keys()).map((k) => [k, sorted(related.get(k))]))
        }
    };
}
/** The graph of the shared part and these parts, each node and edge once, in its place in the whole graph. */
function assemble(meta, parts) {
    const nodes = parts.flatMap((p) => p.nodes).sort((a, b) => a[0] - b[0]);
    const edges = parts.flatMap((p) => p.edges).sort((a, b) => a[0] - b[0]);
    const once = (xs) => xs.filter((x, i) => i === 0 || xs[i - 1][0] !== x[0]).map((x) => x[1]);
    return { ...meta, nodes: once(nodes), edges: once(edges) };
}
/** A view of a graph in memory: every question gets the whole graph. */
function wholeView(g) {
    return { chain: () => g, windows: () => g, holds: () => g, audit: () => g };
}
/** A view of the parts of a sliced graph; `part` returns a window's part (undefined when it has none). */
function partsView(meta, shared, index, part) {
    const windows = (ids) => assemble(meta, [shared, ...[...new Set(ids)].flatMap((w) => part(w) ?? [])]);
    const keyed = (id) => (Object.hasOwn(index.keys, id) ? index.keys[id] : []);
    const related = (ids) => ids.flatMap((w) => [w, ...(Object.hasOwn(index.related, w) ? index.related[w] : [])]);
    return {
        chain: (id) => windows(keyed((0,graph.normalizeNodeId)(id))),
        windows: (ids) => windows(ids),
        holds: () => windows(index.holds),
        audit: (window) => windows(related([window, ...keyed((0,graph.normalizeNodeId)(`closure:${window}`))]))
    };
}

;// CONCATENATED MODULE: ./src/lineage/graph-cache.ts





// The graph at a commit, remembered in the verifier's own git directory (store/result-cache.ts:
// HMAC'd under the per-repository key, never in the tree), so a warm `trace`, `audit` or `lineage
// graph` reads one file instead of rescanning history and re-checking every signature.
//
// A graph is reused only for the exact commit it describes and the exact fingerprint below, which
// names everything besides the commit that the graph depends on: this builder's version and
// schema, the pinned trust root, every source inspector's fingerprint (each covers its verifier
// version, the keyring and policies it loaded from the pinned chain), the configured policy paths
// and whether the retention index was hashed. A changed pin, chain tip, keyring or policy is a
// miss. The evaluation instant is handled as the verify cache handles it: verdicts do not depend
// on it once every revision was signed at or before it, so a graph holding a revision signed after
// `now` is neither stored nor reused.
//
// The graph the queries read (trace, audit: built without the retention index) is stored in parts
// (graph-slices.ts, result-cache.ts: one file, one HMAC over all of it), so a warm query about one
// window parses that window's part instead of the 15 MB of 1,000 windows.
function graphFingerprint(settings, inspectors, index) {
    return (0,hash/* sha256Hex */.fg)(JSON.stringify([family/* LINEAGE_BUILDER_VERSION */.TT, graph.GRAPH_SCHEMA, settings.trust?.root ?? '', inspectors.map((i) => [i.family.name, i.fingerprint]), Object.entries(settings.policies).sort(), index]));
}
function kindOf(index) {
    return index ? 'lineage-graph-indexed' : 'lineage-graph';
}
/** The latest signing instant the graph holds, in ms (0 when none). */
function signedMax(g) {
    let max = 0;
    for (const n of g.nodes) {
        const t = n.type === 'packet_revision' ? n.signed_at_utc : n.type === 'legal_hold_state' ? n.at_utc : '';
        const ms = t === '' ? 0 : Date.parse(t);
        if (Number.isFinite(ms) && ms > max)
            max = ms;
    }
    return max;
}
async function readCachedGraph(stateDir, commit, fingerprint, index, now) {
    if (!index) {
        const parted = await readSlices(stateDir, commit, fingerprint, now);
        return parted === null ? null : assemble(parted.meta, [parted.shared, ...parted.windows.map((w) => parted.part(w))]);
    }
    const g = await (0,result_cache/* readResult */.Uv)(stateDir, kindOf(index), commit, fingerprint);
    if (g === null || !Array.isArray(g.nodes) || !Array.isArray(g.edges) || g.store_commit !== commit)
        return null;
    return signedMax(g) <= now ? g : null;
}
/** The stored query graph as a view that parses only the parts a query asks for, or null. */
async function readCachedView(stateDir, commit, fingerprint, now) {
    const parted = await readSlices(stateDir, commit, fingerprint, now);
    return parted === null ? null : partsView(parted.meta, parted.shared, parted.index, parted.part);
}
const WINDOW = 'w:';
async function readSlices(stateDir, commit, fingerprint, now) {
    const r = await (0,result_cache/* readPartedResult */.o1)(stateDir, kindOf(false), commit, fingerprint);
    if (r === null || typeof r.meta !== 'object' || r.meta === null || r.meta.graph?.store_commit !== commit || !(typeof r.meta.signed_max === 'number' && r.meta.signed_max <= now))
        return null;
    const shared = r.part('shared');
    const index = r.part('index');
    if (shared === undefined || index === undefined)
        return null;
    const windows = r.names.filter((n) => n.startsWith(WINDOW)).map((n) => n.slice(WINDOW.length));
    return { meta: r.meta.graph, shared, index, windows, part: (w) => r.part(`${WINDOW}${w}`) };
}
async function writeCachedGraph(stateDir, fingerprint, index, now, g) {
    const max = signedMax(g);
    if (max > now)
        return;
    if (index) {
        await (0,result_cache/* writeResult */.Zk)(stateDir, kindOf(index), g.store_commit, fingerprint, g);
        return;
    }
    const s = sliceGraph(g);
    const parts = new Map([
        ['shared', s.shared],
        ['index', s.index]
    ]);
    for (const [w, p] of s.windows)
        parts.set(`${WINDOW}${w}`, p);
    await (0,result_cache/* writePartedResult */.NU)(stateDir, kindOf(index), g.store_commit, fingerprint, { graph: s.meta, signed_max: max }, parts);
}

// EXTERNAL MODULE: ./src/lineage/history-memo.ts
var history_memo = __webpack_require__(196);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/lineage/sources.ts
var sources = __webpack_require__(3431);
// EXTERNAL MODULE: ./src/policy/file-digests.ts
var file_digests = __webpack_require__(6046);
;// CONCATENATED MODULE: ./src/lineage/trusted-inputs.ts




// The warm path's proof, made before any inspector is loaded, that a cached graph applies. Loading
// the inspectors (walking the trust chain from the pin, parsing and schema-checking every policy,
// verifying HEAD's strategy packets for their digests) costs more than a warm query should, and
// all it yields for a cache read is the graph fingerprint (graph-cache.ts). That fingerprint is a
// function of what this key names: the pin, the commit the chain is read at (store), HEAD (where
// strategy digests are read), the bytes of every configured policy file, and whether the
// retention index is hashed. So the fingerprint computed once under a key is remembered for it,
// HMAC'd in the verifier's git directory like every derived result (store/result-cache.ts).
//
// Time is the one input the key leaves out. The instant enters a verdict only as "signed after
// the verification instant", which fails fewer signatures as the instant moves on. For packets
// that can only turn a remembered failure into a pass that is due, never the reverse, so a
// fingerprint is used only at an instant at or after the one it was computed at. For the trust
// chain it could do worse: a root revision signed "in the future" becomes trusted later and may
// revoke a key. So a fingerprint is remembered only when every revision of the chain was trusted
// (nothing left to become trusted), and an earlier instant recomputes it.
const VERSION = 'lineage-trusted-inputs/1';
const trusted_inputs_kindOf = (index) => (index ? 'lineage-trusted-inputs-indexed' : 'lineage-trusted-inputs');
/** The key of these trusted inputs, or null when there is no pin (the full path says why that fails). */
async function trustedInputsKey(settings, at) {
    const pin = await (0,trust_pin/* resolvePin */.Qw)(settings);
    if (pin === null)
        return null;
    const policies = await (0,file_digests/* policyFileDigests */.m)(settings);
    return (0,hash/* sha256Hex */.fg)(JSON.stringify([VERSION, pin, at.store, at.head, at.index, policies]));
}
/** The graph fingerprint remembered under this key, if it was computed at or before `now`. */
async function rememberedFingerprint(stateDir, at, key, now) {
    const r = await (0,result_cache/* readResult */.Uv)(stateDir, trusted_inputs_kindOf(at.index), at.store, key);
    return r !== null && typeof r.fingerprint === 'string' && typeof r.now === 'number' && r.now <= now ? r.fingerprint : null;
}
/** Remembers the fingerprint, unless the chain still has a revision that is not trusted (see above). */
async function rememberFingerprint(settings, stateDir, at, key, fingerprint) {
    // loaded here, on the cold path only: the verifier's keyring code is a large part of a warm query's start-up
    const { loadVerifierKeyring } = await Promise.all(/* import() */[__webpack_require__.e(9432), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(7044)]).then(__webpack_require__.bind(__webpack_require__, 4663));
    const { chain } = await loadVerifierKeyring(settings);
    if (chain.rootProblem !== null || chain.revisions.length === 0 || !chain.revisions.every((r) => r.trusted))
        return;
    await (0,result_cache/* writeResult */.Zk)(stateDir, trusted_inputs_kindOf(at.index), at.store, key, { fingerprint, now: settings.now });
}

// EXTERNAL MODULE: ./src/lineage/validate.ts
var validate = __webpack_require__(8627);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lineage/verdict-memo.ts


// Verdicts a build already reached, so that the build after one new revision checks that revision
// and reuses the rest. A store is write-once, so nearly every revision the next build reads is
// byte for byte one the last build judged. A verdict is looked up by content: the path and the
// blob ids of the packet and its envelope (readSources, which then need not read those blobs at
// all), or the path and the sha256 of both byte strings (an inspector handed to the retention
// index, which reads the bytes itself). Each family's verdicts count only under that family's
// inspector fingerprint (verifier version, keyring, policy, for approvals the packet digests
// they sign), so a changed keyring or policy judges every revision of its families again.
//
// Time: a verdict is kept only when the revision was signed at or before the instant it was
// judged at, and reused only at an instant at or after its signing, so "signed in the future"
// can never be remembered as a pass. The memo lives where every derived result does
// (store/result-cache.ts: HMAC'd, in the verifier's git directory, never in the tree).
const KIND = 'lineage-verdicts';
const verdict_memo_VERSION = 'lineage-verdicts/1';
class VerdictMemo {
    now;
    families = new Map();
    changed = false;
    constructor(now, stored) {
        this.now = now;
        for (const [name, m] of Object.entries(stored))
            this.families.set(name, { fingerprint: m.fingerprint, byOid: toMap(m.byOid), byContent: toMap(m.byContent), retained: toMap(m.retained) });
    }
    static async load(stateDir, now) {
        const stored = await (0,result_cache/* readResult */.Uv)(stateDir, KIND, verdict_memo_VERSION, verdict_memo_VERSION);
        return new VerdictMemo(now, stored !== null && typeof stored === 'object' ? stored : {});
    }
    async save(stateDir) {
        if (!this.changed)
            return;
        await (0,result_cache/* writeResult */.Zk)(stateDir, KIND, verdict_memo_VERSION, verdict_memo_VERSION, Object.fromEntries(this.families));
    }
    family(inspector) {
        const name = inspector.family.name;
        let m = this.families.get(name);
        if (m === undefined || m.fingerprint !== inspector.fingerprint) {
            m = { fingerprint: inspector.fingerprint, byOid: Object.create(null), byContent: Object.create(null), retained: Object.create(null) };
            this.families.set(name, m);
            this.changed = true;
        }
        return m;
    }
    usable(facts) {
        return facts !== undefined && signedAtOrBefore(facts, this.now);
    }
    byOid(inspector, path, packetOid, sigOid) {
        const r = this.family(inspector).byOid[`${path}\0${packetOid}\0${sigOid ?? ''}`];
        return r !== undefined && this.usable(r.facts) ? r : undefined;
    }
    rememberOid(inspector, path, packetOid, sigOid, r) {
        if (!signedAtOrBefore(r.facts, this.now))
            return;
        this.family(inspector).byOid[`${path}\0${packetOid}\0${sigOid ?? ''}`] = r;
        this.changed = true;
    }
    /** For the retention index the build hashes (derive.ts): a revision judged before is not read again. */
    retained = {
        get: (inspector, path, oid, sigOid) => {
            const r = this.family(inspector).retained?.[`${path}\0${oid}\0${sigOid ?? ''}`];
            return r !== undefined && this.usable(r.facts) ? r : undefined;
        },
        set: (inspector, path, oid, sigOid, judged) => {
            if (!signedAtOrBefore(judged.facts, this.now))
                return;
            const m = this.family(inspector);
            (m.retained ??= Object.create(null))[`${path}\0${oid}\0${sigOid ?? ''}`] = judged;
            this.changed = true;
        }
    };
    /** The inspector, answering from the memo when it judged these exact bytes before. */
    wrap(inspector) {
        return {
            ...inspector,
            inspect: (input) => {
                const m = this.family(inspector);
                const key = contentKey(input);
                const had = m.byContent[key];
                if (this.usable(had))
                    return had;
                const facts = inspector.inspect(input);
                if (signedAtOrBefore(facts, this.now)) {
                    m.byContent[key] = facts;
                    this.changed = true;
                }
                return facts;
            }
        };
    }
}
function signedAtOrBefore(facts, now) {
    if (typeof facts.signedAt !== 'string')
        return false;
    const ms = Date.parse(facts.signedAt);
    return Number.isFinite(ms) && ms <= now;
}
function contentKey(input) {
    const h = (b) => (b === undefined ? '-' : (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex'));
    return `${input.path}\0${h(input.packet)}\0${h(input.signature)}`;
}
/** A stored record as a prototype-free map: keys are paths from the tree, never trusted as object keys. */
function toMap(o) {
    const out = Object.create(null);
    if (typeof o === 'object' && o !== null)
        for (const [k, v] of Object.entries(o))
            out[k] = v;
    return out;
}

;// CONCATENATED MODULE: ./src/lineage/run.ts















/** What every build and warm read at --at starts from: the commit, where the chain is read, the key of the trusted inputs. */
async function prepare(settings, at, index, cache) {
    const { top, head, commit, stateDir } = await (0,sources/* resolveAt */.i)(settings, at);
    // the chain is read at the commit verify proves or the store branch's tip when either is set, else HEAD
    const store = settings.trust?.commit !== undefined || settings.git?.storeBranch ? ((await (0,trust_pin/* storeCommit */.Jv)(settings)).commit ?? head) : head;
    // every inspector and reader below shares these answers instead of asking git again
    const scoped = (0,trust_pin/* withKnownRepo */.GQ)(settings, { top, commit: store, head });
    const inputs = { store, head, index };
    const key = cache ? await trustedInputsKey(scoped, inputs) : null;
    // warm: the fingerprint these exact trusted inputs gave before, without loading an inspector (trusted-inputs.ts)
    const remembered = key === null ? null : await rememberedFingerprint(stateDir, inputs, key, settings.now);
    return { top, head, commit, stateDir, scoped, inputs, key, remembered };
}
async function buildAt(settings, at, opts = {}) {
    const index = opts.index !== false;
    const cache = opts.cache !== false;
    return buildFrom(settings, await prepare(settings, at, index, cache), index, cache);
}
async function buildFrom(settings, p, index, cache) {
    const { top, head, commit, stateDir, scoped, inputs, key, remembered } = p;
    if (remembered !== null) {
        const cached = await readCachedGraph(stateDir, commit, remembered, index, settings.now);
        if (cached)
            return { graph: cached, commit, head, top, fingerprint: remembered, stateDir };
    }
    const inspectors = await Promise.all(lineage_families.SOURCE_FAMILIES.map((f) => f.inspector(scoped)));
    const fingerprint = graphFingerprint(settings, inspectors, index);
    if (key !== null)
        await rememberFingerprint(scoped, stateDir, inputs, key, fingerprint);
    // a warm query reads the graph it built before at this exact commit and fingerprint (graph-cache.ts)
    const cached = cache ? await readCachedGraph(stateDir, commit, fingerprint, index, settings.now) : null;
    if (cached)
        return { graph: cached, commit, head, top, fingerprint, stateDir };
    // a build after one new revision judges that revision; the rest were judged before (verdict-memo.ts)
    const memo = cache ? await VerdictMemo.load(stateDir, settings.now) : undefined;
    const sourceIndexSha256 = index ? await retentionIndexSha256(scoped, commit, memo ? inspectors.map((i) => memo.wrap(i)) : inspectors, cache ? { top, stateDir, memo } : undefined) : null;
    const graph = (0,build/* buildGraph */.ZG)(await (0,sources/* readSources */.t)({ settings: scoped, commit, sourceIndexSha256, inspectors, memo, historyIn: cache ? stateDir : undefined }));
    if (cache)
        await writeCachedGraph(stateDir, fingerprint, index, settings.now, graph);
    await memo?.save(stateDir);
    return { graph, commit, head, top, fingerprint, stateDir };
}
/**
 * The graph the queries read (no retention index hash) at --at, as a view: warm, only the parts a
 * query asks for are parsed (graph-slices.ts); cold, the graph is built (and stored in parts).
 */
async function viewAt(settings, at) {
    const p = await prepare(settings, at, false, true);
    if (p.remembered !== null) {
        const view = await readCachedView(p.stateDir, p.commit, p.remembered, settings.now);
        if (view)
            return { view, commit: p.commit, head: p.head, top: p.top, fingerprint: p.remembered, stateDir: p.stateDir };
    }
    const { graph, ...built } = await buildFrom(settings, p, false, true);
    return { ...built, view: wholeView(graph) };
}
/**
 * The sha256 of the retention index (lesson 115) at the commit, over what does not depend on the
 * moment it is derived (last_verified_utc and purge_eligible do): the same store gives the same
 * hash whenever it is built. Null when the store has no retention policy.
 */
async function retentionIndexSha256(settings, commit, inspectors, history) {
    if (!(0,sources.retentionPolicyPresent)(settings))
        return null;
    const { deriveIndex } = await __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 8097));
    // the inspectors the graph was built with (one per source family, same order), when the caller has them loaded
    const families = lineage_families.SOURCE_FAMILIES.map((f, i) => ({ family: f.family, inspector: async (settings) => inspectors?.[i] ?? f.inspector(settings), optional: true }));
    // with a state directory, the history is extended from the one remembered there (history-memo.ts)
    const scan = history && ((roots, until) => (0,history_memo/* scanRemembered */.M)((0,git/* openRepository */.h_)(history.top), history.stateDir, roots, until));
    const index = await deriveIndex({ settings, families, at: commit, scan, memo: history?.memo?.retained });
    const rows = index.rows.map(({ last_verified_utc: _l, purge_eligible: _p, ...stable }) => stable);
    return (0,hash/* canonicalSha256 */.o4)({ commit: index.commit, policy_sha256: index.policy_sha256, rows, holds: index.holds });
}
async function runCheck(settings, opts) {
    if (opts.graph !== undefined) {
        const abs = (0,external_node_path_.resolve)(settings.workspace, opts.graph);
        const file = (0,paths/* displayPath */.G)(settings.workspace, abs);
        const graph = await readGraphFile(abs, file);
        const defects = (0,validate/* validateGraph */.dC)(graph, file);
        return { graph, file, commit: graph.store_commit || null, defects, blocking: defects.filter((d) => d.severity === 'blocking').length };
    }
    const built = await buildAt(settings, opts.at);
    const defects = (0,validate/* validateGraph */.dC)(built.graph);
    return { graph: built.graph, file: null, commit: built.commit, defects, blocking: defects.filter((d) => d.severity === 'blocking').length };
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ inForceAt),
/* harmony export */   dC: () => (/* binding */ validateGraph)
/* harmony export */ });
/* unused harmony exports CONTINUITY_FAMILIES, cycleNodes */
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3365);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2973);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(407);



// The integrity validator (the seed's step 8), over any graph: one the builder made, or one
// supplied with --graph (the store's hash chains cannot hold a cycle, a duplicate ordinal or a
// non-terminal latest pointer, so those are tested on supplied graphs). It trusts no derived
// attribute it can recompute: whether a policy was in force is read from the policy nodes'
// intervals, not from the edge's in_force flag.
//   G1 every packet revision has one parent window edge      G4 a policy node exists for each revision, in force when signed
//   G2 the supersede chain has no cycle and is monotonic    G5 hold activations carry reason and owner
//   G3 signer changes carry transition context              G6 the latest pointer is the chain's terminal node
/** Families whose signer must be continuous (pipeline-signed packets; approvals and holds are signed by many people by design). */
const CONTINUITY_FAMILIES = new Set(['closure', 'strategy-approval']);
function validateGraph(g, file = '') {
    const out = [];
    const nodes = new Map();
    const defect = (code, subject, window, field, detail, action) => out.push({ subject, defect_code: code, severity: _codes_js__WEBPACK_IMPORTED_MODULE_2__/* .LINEAGE_CODES */ .P[code].severity, owner_role: 'release-manager', required_action: action, release_window_id: window, file, line: null, field, detail });
    for (const n of g.nodes) {
        if (nodes.has(n.id)) {
            defect('LINEAGE_REVISION_DUPLICATE', n.id, windowOf(n), '/nodes', `node id ${n.id} occurs twice once casing and separators are normalized`, 'normalize ids before the graph is built; one revision is one node');
            continue;
        }
        nodes.set(n.id, n);
    }
    const revisions = [...nodes.values()].filter((n) => n.type === 'packet_revision');
    const holds = [...nodes.values()].filter((n) => n.type === 'legal_hold_state');
    const from = new Map();
    const to = new Map();
    for (const e of g.edges) {
        // push, not spread: a policy node is the target of every revision's edge
        const f = from.get(e.from);
        if (f)
            f.push(e);
        else
            from.set(e.from, [e]);
        const t = to.get(e.to);
        if (t)
            t.push(e);
        else
            to.set(e.to, [e]);
        const dangling = [e.from, e.to].filter((id) => !nodes.has(id));
        if (dangling.length > 0 && e.type !== 'evaluated_under_policy' && e.type !== 'approves' && e.type !== 'reviews' && e.type !== 'diverges_from') {
            defect('LINEAGE_GRAPH_INVALID', e.from, '', '/edges', `${e.type} edge ${e.from} -> ${e.to} names ${dangling.join(' and ')}, which the graph does not have`, 'rebuild the graph with lineage build');
        }
    }
    const outOf = (id, type) => (from.get(id) ?? []).filter((e) => e.type === type);
    const into = (id, type) => (to.get(id) ?? []).filter((e) => e.type === type);
    // G1
    for (const n of [...revisions, ...holds]) {
        const parents = outOf(n.id, 'belongs_to_window').filter((e) => nodes.get(e.to)?.type === 'release_window');
        if (parents.length !== 1)
            defect('LINEAGE_WINDOW_EDGE', n.id, n.release_window_id, 'belongs_to_window', `${parents.length} window edges`, 'a revision belongs to exactly one release window');
    }
    // G2, G6 per chain
    const chains = new Map();
    for (const r of revisions)
        chains.set(r.chain, [...(chains.get(r.chain) ?? []), r]);
    for (const [chain, list] of chains) {
        const w = list[0].release_window_id;
        const ordinals = new Map();
        for (const r of list)
            ordinals.set(r.revision, [...(ordinals.get(r.revision) ?? []), r.id]);
        for (const [ord, ids] of ordinals)
            if (ids.length > 1)
                defect('LINEAGE_REVISION_DUPLICATE', ids[0], w, 'revision', `${chain} has ${ids.length} nodes with revision ${ord}: ${ids.join(', ')}`, 'each revision ordinal occurs once in a packet lineage');
        const inChain = new Set(list.map((r) => r.id));
        const cyclic = cycleNodes(list.map((r) => r.id), (id) => outOf(id, 'supersedes').map((e) => e.to).filter((t) => inChain.has(t)));
        if (cyclic.length > 0)
            defect('LINEAGE_CYCLE', cyclic[0], w, 'supersedes', `the supersede chain of ${chain} has a cycle through ${cyclic.join(', ')}`, 'a revision supersedes only an older revision; rebuild the chain from the signed revisions');
        for (const r of list) {
            const sup = outOf(r.id, 'supersedes');
            for (const e of sup) {
                const t = nodes.get(e.to);
                if (t?.type !== 'packet_revision' || t.chain !== chain)
                    defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} supersedes ${e.to}, which is not a revision of ${chain}`, 'supersedes never leaves its packet lineage');
                else if (t.revision >= r.revision && cyclic.length === 0)
                    defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} (r${r.revision}) supersedes the newer or equal ${t.id} (r${t.revision}): a backward edge`, 'a newer revision supersedes an older one, never the reverse');
            }
            if (sup.length > 1)
                defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} supersedes ${sup.length} revisions`, 'a revision supersedes exactly one predecessor');
            if (into(r.id, 'supersedes').length > 1)
                defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} is superseded by ${into(r.id, 'supersedes').length} revisions: the chain forks`, 'one revision supersedes another; export again from the latest');
        }
        const firsts = list.filter((r) => outOf(r.id, 'supersedes').length === 0);
        if (firsts.length !== 1 && cyclic.length === 0)
            defect('LINEAGE_CHAIN_BROKEN', list[0].id, w, 'supersedes', `${chain} has ${firsts.length} first revisions (${firsts.map((r) => r.id).join(', ') || 'none'})`, 'a packet lineage has exactly one first revision; every later one names its predecessor');
        const latest = list.filter((r) => r.is_latest);
        const terminals = list.filter((r) => into(r.id, 'supersedes').length === 0);
        if (latest.length !== 1)
            defect('LINEAGE_LATEST_NOT_TERMINAL', list[0].id, w, 'is_latest', `${chain} has ${latest.length} latest pointers`, 'exactly one revision of a packet lineage is its latest');
        else if (into(latest[0].id, 'supersedes').length > 0 || !terminals.includes(latest[0]) || latest[0].revision !== Math.max(...list.map((r) => r.revision))) {
            defect('LINEAGE_LATEST_NOT_TERMINAL', latest[0].id, w, 'is_latest', `the latest pointer of ${chain} is ${latest[0].id}, but ${into(latest[0].id, 'supersedes').map((e) => e.from).join(', ') || 'a newer revision'} supersedes it`, 'point latest at the terminal revision of the chain (pin both to the same source snapshot)');
        }
    }
    // G3: a signer change inside a continuity chain needs an explained transition; every transition edge needs valid context
    const explained = (fromSigner, toSigner, at) => g.edges.some((e) => e.type === 'signer_transition' && e.from === `signer:${fromSigner}` && e.to === `signer:${toSigner}` && validContext(e, fromSigner, at));
    for (const [chain, list] of chains) {
        if (!CONTINUITY_FAMILIES.has(list[0].family))
            continue;
        const sorted = [...list].sort((a, b) => a.revision - b.revision);
        for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1], sorted[i]];
            if (a.signer_id === b.signer_id || a.signer_id === '' || b.signer_id === '')
                continue;
            if (!explained(a.signer_id, b.signer_id, b.signed_at_utc))
                defect('LINEAGE_SIGNER_TRANSITION', b.id, b.release_window_id, 'signer_id', `${chain}: ${a.id} is signed by ${a.signer_id}, ${b.id} by ${b.signer_id}, with no transition context`, transitionFix(a.signer_id, b.signer_id));
        }
    }
    for (const e of g.edges) {
        if (e.type !== 'signer_transition')
            continue;
        const fromSigner = e.from.replace(/^signer:/, '');
        if (validContext(e, fromSigner, e.at_utc ?? ''))
            continue;
        const rev = e.revision ? nodes.get(e.revision) : undefined;
        const toSigner = e.to.replace(/^signer:/, '');
        if (rev?.type === 'packet_revision' && sameChainReported(out, rev.id))
            continue;
        defect('LINEAGE_SIGNER_TRANSITION', e.revision ?? e.to, rev && 'release_window_id' in rev ? rev.release_window_id : '', 'context', `signer ${fromSigner} -> ${toSigner} at ${e.at_utc ?? '?'} has no valid transition context`, transitionFix(fromSigner, toSigner));
    }
    // G4
    for (const r of revisions) {
        const pol = outOf(r.id, 'evaluated_under_policy');
        if (pol.length === 0)
            defect('LINEAGE_POLICY_MISSING', r.id, r.release_window_id, 'evaluated_under_policy', `${r.id} has no policy edge`, 'every revision maps to the policy version it was evaluated under');
        for (const e of pol) {
            const p = nodes.get(e.to);
            if (p?.type !== 'policy_version') {
                defect('LINEAGE_POLICY_MISSING', r.id, r.release_window_id, 'evaluated_under_policy', `${r.id} was evaluated under ${e.to}, which no committed policy version has`, 'commit the policy before exporting under it; a packet made under an uncommitted policy has no policy node');
            }
            else if (!inForceAt(p, r.signed_at_utc)) {
                defect('LINEAGE_POLICY_NOT_IN_FORCE', r.id, r.release_window_id, 'evaluated_under_policy', `${r.id} signed at ${r.signed_at_utc} under ${p.kind} sha256:${p.sha256.slice(0, 12)}, in force ${p.in_force.map((i) => `${i.from_utc}..${i.until_utc ?? 'now'}`).join(', ') || 'never'}`, 'export again under the policy in force, or record the policy\'s effective_utc');
            }
        }
    }
    // G5
    for (const e of g.edges) {
        if (e.type !== 'hold_state_transition')
            continue;
        const h = nodes.get(e.to);
        const w = h && 'release_window_id' in h ? h.release_window_id : '';
        if (e.transition === 'activate' && (!e.reason?.trim() || !e.owner?.trim())) {
            defect('LINEAGE_HOLD_INCOMPLETE', e.to, w, !e.reason?.trim() ? 'reason' : 'owner', `hold activation ${e.to} has no ${!e.reason?.trim() ? 'reason' : 'owner'}`, 'a hold is placed with a reason and an owner (hold place --reason --owner)');
        }
        if (e.transition === 'release' && nodes.get(e.from)?.type !== 'legal_hold_state')
            defect('LINEAGE_HOLD_INCOMPLETE', e.to, w, 'transition', `release ${e.to} follows no activation`, 'a hold is released only after it was placed');
    }
    for (const h of holds) {
        if (h.state === 'active' && into(h.id, 'hold_state_transition').length === 0)
            defect('LINEAGE_HOLD_INCOMPLETE', h.id, h.release_window_id, 'transition', `hold state ${h.id} has no activation edge`, 'every hold state is reached by a transition');
    }
    for (const r of revisions)
        if (!r.signature_verified)
            defect('LINEAGE_SIGNATURE_UNVERIFIED', r.id, r.release_window_id, 'signature_verified', `${r.path} did not verify`, 'run release-evidence verify for the reason');
    return (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_0__/* .sortDefects */ .XJ)(out);
}
function validContext(e, fromSigner, at) {
    const c = e.context;
    if (!c)
        return false;
    return c.from_signer_id === fromSigner && c.reason.trim() !== '' && c.approved_by.trim() !== '' && (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .msOf */ .QZ)(c.approved_at_utc) <= (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .msOf */ .QZ)(at);
}
function sameChainReported(out, id) {
    return out.some((d) => d.defect_code === 'LINEAGE_SIGNER_TRANSITION' && d.subject === id);
}
function transitionFix(from, to) {
    return `record the change in the keyring before it happens: on ${to}'s entry, transition: {from_signer_id: ${from}, reason, approved_by, approved_at_utc}`;
}
function inForceAt(p, t) {
    const ms = (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .msOf */ .QZ)(t);
    return p.in_force.some((i) => (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .msOf */ .QZ)(i.from_utc) <= ms && (i.until_utc === null || ms < (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .msOf */ .QZ)(i.until_utc)));
}
function windowOf(n) {
    return 'release_window_id' in n ? n.release_window_id : '';
}
/** Nodes on a cycle of `next` (Tarjan's strongly connected components, iterative), sorted. */
function cycleNodes(ids, next) {
    const index = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const out = [];
    let counter = 0;
    for (const root of ids) {
        if (index.has(root))
            continue;
        const work = [{ id: root, it: 0 }];
        index.set(root, counter);
        low.set(root, counter++);
        stack.push(root);
        onStack.add(root);
        while (work.length > 0) {
            const top = work[work.length - 1];
            const succ = next(top.id);
            if (top.it < succ.length) {
                const s = succ[top.it++];
                if (!index.has(s)) {
                    index.set(s, counter);
                    low.set(s, counter++);
                    stack.push(s);
                    onStack.add(s);
                    work.push({ id: s, it: 0 });
                }
                else if (onStack.has(s))
                    low.set(top.id, Math.min(low.get(top.id), index.get(s)));
                continue;
            }
            work.pop();
            if (work.length > 0)
                low.set(work[work.length - 1].id, Math.min(low.get(work[work.length - 1].id), low.get(top.id)));
            if (low.get(top.id) === index.get(top.id)) {
                const comp = [];
                let x;
                do {
                    x = stack.pop();
                    onStack.delete(x);
                    comp.push(x);
                } while (x !== top.id);
                if (comp.length > 1 || next(top.id).includes(top.id))
                    out.push(...comp);
            }
        }
    }
    return out.sort();
}


/***/ }),

/***/ 6046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ policyFileDigests)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);



// What a warm cache key names instead of the policies parsed and validated: the bytes of every
// policy file the settings name, by kind. Parsing them (YAML, schemas) costs more than a warm run
// should; any edit changes the digest, so the key misses and the full path judges the file.
/** [kind, path, sha256 of the file's bytes or 'missing'], sorted by kind. */
async function policyFileDigests(settings) {
    const entries = Object.entries(settings.policies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Promise.all(entries.map(async ([kind, path]) => [kind, path, await fileSha256((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, path))]));
}
/** A run that needs a missing file fails before it caches anything, so 'missing' is only a key. */
async function fileSha256(abs) {
    try {
        return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs));
    }
    catch {
        return 'missing';
    }
}


/***/ })

};
