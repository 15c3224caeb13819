export const id = 4107;
export const ids = [4107,2122,4663,7044];
export const modules = {

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineageInspector: () => (/* binding */ lineageInspector)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4565);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9062);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _trust_keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4663);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5138);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8483);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2973);
/* harmony import */ var _families_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9723);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8389);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(209);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3431);













// What `verify` calls for the lineage-graph family. Before any snapshot is inspected, every
// snapshot in the store is rebuilt: the graph is built again at the store commit the snapshot
// names (once per distinct commit), from git objects only, and its window's part hashed. A
// snapshot whose graph differs from the rebuild (one edge is enough) fails with
// LINEAGE_REBUILD_MISMATCH, so a snapshot can never say more about history than history does.
// A snapshot naming a commit that is not an ancestor of its own is a mismatch too.
const VERIFIER_VERSION = 'lineage-graph-verifier/1';
async function lineageInspector(settings) {
    const keyring = await (0,_trust_keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .loadVerifierKeyring */ .kl)(settings);
    const expected = await rebuildAll(settings);
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_8__.LINEAGE_FAMILY,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${keyring.sha256}\0${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSha256 */ .o4)([...expected.entries()].sort())}`),
        now: settings.now,
        inspect: (input) => inspectSnapshot(input, keyring, settings.now, expected)
    };
}
/** `${store_commit} ${window}` -> the rebuilt graph's sha256, or '' when the commit is not in history before the snapshot. */
async function rebuildAll(settings) {
    const out = new Map();
    const facts = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFacts */ .yQ)(settings.workspace);
    if (facts.head === null || facts.shallow)
        return out;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(facts.top);
    const files = (await repo.listTree(facts.head, _family_js__WEBPACK_IMPORTED_MODULE_8__.LINEAGE_FAMILY.root)).filter((f) => {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_8__.LINEAGE_FAMILY, f.path);
        return p.type === 'artifact' && p.kind === 'packet';
    });
    if (files.length === 0)
        return out;
    const scan = await repo.scanHistory({ root: _family_js__WEBPACK_IMPORTED_MODULE_8__.LINEAGE_FAMILY.root, until: facts.head });
    const publishedBy = new Map(scan.events.filter((e) => e.status === 'A').map((e) => [e.path, e.commit]));
    const blobs = await repo.readBlobs(files.map((f) => f.oid));
    const wanted = new Map();
    for (const f of files) {
        const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_11__/* .parseLoose */ .i)(blobs.get(f.oid) ?? '');
        const commit = typeof doc?.store_commit === 'string' ? doc.store_commit : '';
        const window = typeof doc?.release_window_id === 'string' ? doc.release_window_id : '';
        const by = publishedBy.get(f.path);
        const ok = /^[0-9a-f]{40}$/.test(commit) && by !== undefined && by !== commit && (await repo.isAncestor(commit, by));
        if (!ok) {
            out.set(`${commit} ${window}`, '');
            continue;
        }
        wanted.set(commit, (wanted.get(commit) ?? new Set()).add(window));
    }
    const inspectors = await Promise.all(_families_js__WEBPACK_IMPORTED_MODULE_7__.SOURCE_FAMILIES.map((f) => f.inspector(settings)));
    for (const commit of [...wanted.keys()].sort()) {
        const graph = (0,_build_js__WEBPACK_IMPORTED_MODULE_6__/* .buildGraph */ .ZG)(await (0,_sources_js__WEBPACK_IMPORTED_MODULE_10__/* .readSources */ .t)({ settings, commit, sourceIndexSha256: null, inspectors }));
        const subs = (0,_graph_js__WEBPACK_IMPORTED_MODULE_9__.windowSubgraphs)(graph);
        for (const window of wanted.get(commit)) {
            const sub = subs.get(window);
            out.set(`${commit} ${window}`, sub ? (0,_graph_js__WEBPACK_IMPORTED_MODULE_9__.graphSha256)(sub) : '');
        }
    }
    return out;
}
function inspectSnapshot(input, keyring, now, expected) {
    const findings = [];
    let doc;
    if (input.signature === undefined)
        doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_11__/* .parseLoose */ .i)(input.packet);
    else {
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .LINEAGE_KIND */ .J, input.packet, input.signature, keyring, now);
        if (v.ok)
            doc = v.doc;
        else {
            findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}`, file: input.path.replace(/\.json$/, '.sig') });
            doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_11__/* .parseLoose */ .i)(input.packet);
        }
    }
    const s = (typeof doc === 'object' && doc !== null ? doc : {});
    const bad = (code, field, detail) => findings.push({ code, field, detail });
    const { signature_digest: digest, ...body } = s;
    if (typeof digest !== 'string' || digest !== (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSha256 */ .o4)(body))
        bad('LINEAGE_SNAPSHOT_INVALID', '/signature_digest', 'signature_digest is not the sha256 of the snapshot without it');
    const graph = s.graph && Array.isArray(s.graph.nodes) && Array.isArray(s.graph.edges) ? s.graph : null;
    if (!graph || s.graph_sha256 !== (0,_graph_js__WEBPACK_IMPORTED_MODULE_9__.graphSha256)(graph))
        bad('LINEAGE_SNAPSHOT_INVALID', '/graph_sha256', 'graph_sha256 is not the sha256 of the graph the snapshot holds');
    const want = expected.get(`${s.store_commit ?? ''} ${s.release_window_id ?? ''}`);
    if (want === '' || want === undefined)
        bad('LINEAGE_REBUILD_MISMATCH', '/store_commit', `the snapshot names store commit ${String(s.store_commit)}, which is not in history before the commit that published it`);
    else if (graph && want !== (0,_graph_js__WEBPACK_IMPORTED_MODULE_9__.graphSha256)(graph))
        bad('LINEAGE_REBUILD_MISMATCH', '/graph', `rebuilt at ${s.store_commit}, the graph of ${s.release_window_id} hashes to sha256:${want.slice(0, 12)}, not sha256:${(0,_graph_js__WEBPACK_IMPORTED_MODULE_9__.graphSha256)(graph).slice(0, 12)} as the snapshot says`);
    const str = (v) => (typeof v === 'string' ? v : null);
    return {
        packetId: str(s.packet_id),
        digest: str(digest),
        supersedes: str(s.supersedes?.signature_digest),
        windowId: str(s.release_window_id),
        revision: typeof s.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_12__/* .parseRevision */ .P)(s.revision) : null,
        signerId: str(s.signer?.signer_id),
        keyId: str(s.signer?.key_id),
        signedAt: str(s.signer?.signed_at_utc),
        findings
    };
}


/***/ }),

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4565);


function shallowError() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
        code: 'HISTORY_SHALLOW',
        message: 'this is a shallow clone: its history is cut off, so it cannot prove where a packet file began or that it was never rewritten. ' +
            "Fetch the full history with 'git fetch --unshallow' (locally), or set 'fetch-depth: 0' on actions/checkout (in a workflow), then run verify again"
    });
}
/** The repository's top level; a directory that is not a git work tree is the user's error. */
async function repoTopLevel(dir) {
    const top = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).topLevel();
    if (top === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` });
    }
    return top;
}
/** Top level, shallowness, the tool's private directory and HEAD, in one git process. */
async function repoFacts(dir) {
    const facts = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).describe('release-evidence');
    if (facts === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` });
    }
    return { top: facts.top, shallow: facts.shallow, stateDir: facts.gitPath, head: facts.head };
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ws: () => (/* binding */ artifactPath),
  _I: () => (/* binding */ isCanonicalId),
  bf: () => (/* binding */ ownerOf),
  GV: () => (/* binding */ parseStorePath),
  s3: () => (/* binding */ revisionPaths),
  FT: () => (/* binding */ seriesFor),
  hG: () => (/* binding */ seriesId),
  y2: () => (/* binding */ timestampPath),
  Wg: () => (/* binding */ windowDir)
});

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/store/family.ts
const ARTIFACT_KINDS = ['packet', 'signature', 'log'];


;// CONCATENATED MODULE: ./src/store/layout.ts


/** Normalizes user-supplied ids for a series; throws UserError ID_INVALID (exit 2) on bad ids. */
function seriesFor(family, rawWindow, rawKey) {
    const window = (0,ids.normalizeId)(rawWindow, 'release_window_id');
    if (!family.keyed)
        return { window };
    if (rawKey === undefined)
        throw new TypeError(`family ${family.name} needs a series key`);
    return { window, key: (0,ids.normalizeId)(rawKey, 'series key') };
}
const CANONICAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * True when `id` is already in normalized form (what a path segment written by us looks like):
 * exactly the fixed points of normalizeId, checked without normalizing (this runs per stored path).
 */
function isCanonicalId(id) {
    return id.length <= ids.MAX_ID_LENGTH && CANONICAL_ID.test(id) && !((id.length === 3 || id.length === 4) && (0,ids.isWindowsDeviceName)(id));
}
function assertCanonical(ref) {
    // Internal guard: callers normalize first (seriesFor); a raw id here is a programming error.
    if (!isCanonicalId(ref.window) || (ref.key !== undefined && !isCanonicalId(ref.key))) {
        throw new Error(`store: non-normalized id in path (${JSON.stringify(ref)})`);
    }
}
function windowDir(family, window) {
    assertCanonical({ window });
    return `${family.root}/${window}`;
}
function artifactPath(family, ref, kind) {
    assertCanonical(ref);
    const name = family.names[kind].replaceAll('{rev}', (0,util_revision/* formatRevision */.T)(ref.revision)).replaceAll('{key}', ref.key ?? '');
    return `${family.root}/${ref.window}/${name}`;
}
function revisionPaths(family, ref) {
    return {
        packet: artifactPath(family, ref, 'packet'),
        signature: artifactPath(family, ref, 'signature'),
        log: artifactPath(family, ref, 'log')
    };
}
const SIG_SUFFIX = '.sig';
const TOKEN_SUFFIX = '.tsr';
/** Where the timestamp token of a signature lives: `packet-r001.sig` -> `packet-r001.tsr`. */
function timestampPath(signaturePath) {
    return signaturePath.endsWith(SIG_SUFFIX) ? `${signaturePath.slice(0, -SIG_SUFFIX.length)}${TOKEN_SUFFIX}` : `${signaturePath}${TOKEN_SUFFIX}`;
}
const ID = '([a-z0-9][a-z0-9-]*)';
const matchers = new WeakMap();
function matchersFor(family) {
    let list = matchers.get(family);
    if (!list) {
        list = ARTIFACT_KINDS.map((kind) => {
            const escaped = family.names[kind].replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            const body = escaped.replace('{key}', ID).replace('{rev}', '(r\\d{3,})');
            return { kind, re: new RegExp(`^${body}$`) };
        });
        matchers.set(family, list);
    }
    return list;
}
const parsedPaths = new WeakMap();
/** Classifies a repo-relative path under the family root (paths outside the root: 'unknown'). */
function parseStorePath(family, path) {
    // verify classifies every stored path more than once per run (30,000 paths for 10,000 revisions)
    let memo = parsedPaths.get(family);
    if (!memo)
        parsedPaths.set(family, (memo = new Map()));
    let parsed = memo.get(path);
    if (!parsed) {
        if (memo.size > 200_000)
            memo.clear();
        memo.set(path, (parsed = classify(family, path)));
    }
    return parsed;
}
function classify(family, path) {
    const prefix = `${family.root}/`;
    if (!path.startsWith(prefix))
        return { type: 'unknown' };
    const rest = path.slice(prefix.length);
    if (family.allowed.includes(rest))
        return { type: 'allowed' };
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return { type: 'unknown' };
    const window = rest.slice(0, slash);
    if (!isCanonicalId(window))
        return { type: 'unknown' };
    const name = rest.slice(slash + 1);
    // the window's derived page: allowed by the layout, checked against its rendering by verify (view-check.ts)
    if (family.allowed.includes(name) || name === family.view?.file)
        return { type: 'allowed' };
    for (const { kind, re } of matchersFor(family)) {
        const m = re.exec(name);
        if (!m)
            continue;
        const key = family.keyed ? m[1] : undefined;
        const revision = (0,util_revision/* parseRevision */.P)(family.keyed ? m[2] : m[1]);
        if (revision === null || (key !== undefined && !isCanonicalId(key)))
            continue;
        return { type: 'artifact', kind, ref: key === undefined ? { window, revision } : { window, key, revision } };
    }
    if (name.endsWith(TOKEN_SUFFIX)) {
        const sig = classify(family, `${prefix}${window}/${name.slice(0, -TOKEN_SUFFIX.length)}${SIG_SUFFIX}`);
        if (sig.type === 'artifact' && sig.kind === 'signature')
            return { type: 'timestamp', ref: sig.ref, window };
    }
    return { type: 'unknown', window };
}
/**
 * The family a path belongs to, as an index into `families` (-1: under no family's root).
 * Several families may share one root when their names are disjoint (lesson 120 keeps packets,
 * approvals, outcome reviews and divergence records side by side under `strategy-approval/{window}/`):
 * of the families with the longest matching root, the one whose layout names the path owns it;
 * a path none of them names belongs to the first of them, which reports it as unexpected. So every
 * path is checked by exactly one family and reported at most once.
 */
function ownerOf(families, path) {
    let best = -1;
    let bestLength = -1;
    for (const [i, f] of families.entries()) {
        if (f.root.length > bestLength && path.startsWith(`${f.root}/`)) {
            best = i;
            bestLength = f.root.length;
        }
    }
    if (best < 0)
        return -1;
    const root = families[best].root;
    for (const [i, f] of families.entries()) {
        if (f.root === root && parseStorePath(f, path).type === 'artifact')
            return i;
    }
    return best;
}
/** Stable identity of a series, for maps: `window` or `window/key`. */
function seriesId(ref) {
    return ref.key === undefined ? ref.window : `${ref.window}/${ref.key}`;
}


/***/ }),

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   kl: () => (/* binding */ loadVerifierKeyring),
/* harmony export */   q2: () => (/* binding */ loadSignerKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5138);
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


/***/ }),

/***/ 4976:
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

/***/ 4964:
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


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseRevision),
/* harmony export */   T: () => (/* binding */ formatRevision)
/* harmony export */ });
// Revision labels: r001 ... r999, then r1000. Three digits minimum so names sort within the first
// thousand; a non-canonical label (r1, r0001, r000) is not a revision. Shared by the packet
// contract and the store layout, so the two can never disagree on a revision's name.
function formatRevision(n) {
    if (!Number.isSafeInteger(n) || n < 1)
        throw new RangeError(`revision must be a positive integer, got ${n}`);
    return `r${String(n).padStart(3, '0')}`;
}
function parseRevision(label) {
    const m = /^r(\d{3,})$/.exec(label);
    if (!m)
        return null;
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n) || n < 1 || formatRevision(n) !== label)
        return null;
    return n;
}


/***/ })

};
