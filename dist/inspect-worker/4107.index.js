export const id = 4107;
export const ids = [4107,8370,4964,4663];
export const modules = {

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineageInspector: () => (/* binding */ lineageInspector)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3853);
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
async function lineageInspector(settings) {
    const keyring = await (0,_trust_keyring_js__WEBPACK_IMPORTED_MODULE_4__.loadVerifierKeyring)(settings);
    const expected = await rebuildAll(settings);
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_8__.LINEAGE_FAMILY,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(`${_family_js__WEBPACK_IMPORTED_MODULE_8__/* .LINEAGE_VERIFIER_VERSION */ .yB}\0${keyring.sha256}\0${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalSha256 */ .o4)([...expected.entries()].sort())}`),
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
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_8__/* .LINEAGE_KIND */ .Jm, input.packet, input.signature, keyring, now);
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


/***/ })

};
