export const id = 6778;
export const ids = [6778];
export const modules = {

/***/ 6778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineageDemo: () => (/* binding */ lineageDemo)
/* harmony export */ });
/* harmony import */ var _store_verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(152);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(209);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2406);
/* harmony import */ var _snapshot_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9638);
/* harmony import */ var _snapshot_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4107);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8825);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8627);







// The lineage step of `release-evidence demo` (called from src/closure/demo.ts): build the graph of
// the demo store, commit its snapshots with the demo key, trace one chain, show one window's
// diagram, and rebuild the snapshots as verify does. Returns whether it ran as designed.
async function lineageDemo(settings, say) {
    say('== Lineage graph (lesson 116): built from git history, checked, snapshotted ==');
    const built = await (0,_snapshot_write_js__WEBPACK_IMPORTED_MODULE_3__.buildSnapshots)(settings, { env: {} });
    const defects = (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .validateGraph */ .dC)(built.graph).filter((d) => d.severity === 'blocking');
    say(`  ${built.graph.nodes.length} nodes, ${built.graph.edges.length} edges; G1-G6: ${defects.length === 0 ? 'pass' : `${defects.length} blocking`}`);
    for (const w of built.windows)
        say(`  lineage-graphs/${w.release_window_id}/graph-${w.revision}.json ${w.action}`);
    const [first] = (0,_graph_js__WEBPACK_IMPORTED_MODULE_1__.windowsOf)(built.graph);
    if (first !== undefined) {
        for (const r of (0,_query_js__WEBPACK_IMPORTED_MODULE_5__/* .traceChain */ .xx)(built.graph, `closure:${first}`))
            say(`  trace chain ${first}: ${r.revision} signed ${r.signed_at_utc} by ${r.signer_id}${r.is_latest ? ' (latest)' : ''}`);
        say(`\n  Mermaid diagram of ${first} (release-evidence lineage graph --window ${first} --mermaid):\n`);
        say((0,_mermaid_js__WEBPACK_IMPORTED_MODULE_2__.renderLineageMermaid)(built.graph, first).replace(/^/gm, '    '));
    }
    // what verify does with each snapshot: rebuild it at the commit it names
    const [verified] = await (0,_store_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyFamilies */ .u2)({ dir: settings.workspace, inspectors: [await (0,_snapshot_verify_js__WEBPACK_IMPORTED_MODULE_4__.lineageInspector)(settings)], cache: false });
    say(`  verify rebuilds every snapshot at the commit it names: ${verified.blocking === 0 ? 'each one matches' : `${verified.blocking} blocking`}\n`);
    return defects.length === 0 && built.windows.length > 0 && verified.blocking === 0;
}


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderLineageMermaid: () => (/* binding */ renderLineageMermaid)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(209);

// One window's lineage as a Mermaid flowchart (GitHub renders Mermaid in Markdown): for the job
// summary and for the per-window README views. Labels are reduced to a safe alphabet, so nothing
// in a packet can break out of the diagram.
function renderLineageMermaid(graph, window) {
    const g = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.windowSubgraph)(graph, window);
    const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
    const lines = ['flowchart RL'];
    for (const n of g.nodes)
        lines.push(`  ${ids.get(n.id)}${shape(n)}`);
    for (const e of g.edges) {
        const a = ids.get(e.from);
        const b = ids.get(e.to);
        if (a === undefined || b === undefined)
            continue;
        lines.push(`  ${a} -->|${safe(e.type === 'hold_state_transition' ? (e.transition ?? 'hold') : e.type)}| ${b}`);
    }
    return `${lines.join('\n')}\n`;
}
function shape(n) {
    switch (n.type) {
        case 'packet_revision':
            return `["${safe(`${n.family} ${n.series_key ?? ''} r${String(n.revision).padStart(3, '0')}${n.is_latest ? ' latest' : ''}`)}"]`;
        case 'release_window':
            return `[["${safe(`window ${n.release_window_id}`)}"]]`;
        case 'policy_version':
            return `{{"${safe(`${n.kind} ${n.sha256.slice(0, 8)}`)}"}}`;
        case 'signer_identity':
            return `(["${safe(n.signer_id)}"])`;
        case 'legal_hold_state':
            return `>"${safe(`hold ${n.hold_id} ${n.state}`)}"]`;
    }
}
function safe(text) {
    return text.replace(/[^A-Za-z0-9 ._-]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}


/***/ }),

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ signerRows),
/* harmony export */   Ev: () => (/* binding */ traceHolds),
/* harmony export */   J4: () => (/* binding */ traceSigners),
/* harmony export */   Sf: () => (/* binding */ lastWindows),
/* harmony export */   o7: () => (/* binding */ tracePolicy),
/* harmony export */   xx: () => (/* binding */ traceChain)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(209);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);


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
function lastWindows(g, last) {
    const windows = g.nodes.filter((n) => n.type === 'release_window').sort((a, b) => (a.first_signed_utc < b.first_signed_utc ? -1 : a.first_signed_utc > b.first_signed_utc ? 1 : a.release_window_id < b.release_window_id ? -1 : 1));
    return windows.slice(Math.max(0, windows.length - last)).map((w) => w.release_window_id);
}
function traceSigners(g, last) {
    return signerRows(g, lastWindows(g, last));
}
/** The signers and signer changes of each of these windows (each row depends on its window alone). */
function signerRows(g, windows) {
    const { out } = index(g);
    const revs = g.nodes.filter((n) => n.type === 'packet_revision');
    return windows.map((w) => {
        const mine = revs.filter((r) => r.release_window_id === w);
        const ids = new Set(mine.map((r) => r.id));
        return {
            release_window_id: w,
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

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineageInspector: () => (/* binding */ lineageInspector)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9692);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9062);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _trust_keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4663);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4705);
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

/***/ 9638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSnapshots: () => (/* binding */ buildSnapshots)
});

// UNUSED EXPORTS: latestSnapshots

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var src_git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(997);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/trust/keyring.ts
var keyring = __webpack_require__(4663);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/lineage/family.ts
var family = __webpack_require__(8389);
// EXTERNAL MODULE: ./src/lineage/graph.ts
var graph = __webpack_require__(209);
// EXTERNAL MODULE: ./src/store/view.ts
var store_view = __webpack_require__(6692);
;// CONCATENATED MODULE: ./src/lineage/page-write.ts



async function snapshotPages(top, parent, written) {
    const view = family.LINEAGE_FAMILY.view;
    if (!view || written.length === 0)
        return { files: [], replace: [] };
    const views = await view.load();
    const repo = (0,src_git/* openRepository */.h_)(top);
    const wanted = new Set(written.map((w) => w.window));
    const byWindow = new Map();
    for (const f of await repo.listTree(parent, family.LINEAGE_FAMILY.root)) {
        const window = f.path.split('/')[1];
        if (!wanted.has(window))
            continue;
        const list = byWindow.get(window);
        if (list)
            list.push(f);
        else
            byWindow.set(window, [f]);
    }
    const blobs = await repo.readBlobs((0,store_view/* viewBlobs */.YX)(family.LINEAGE_FAMILY, [...byWindow.values()].flat()));
    const files = [];
    const replace = [];
    for (const w of written) {
        const path = (0,store_view/* viewPath */.Rt)(family.LINEAGE_FAMILY, w.window);
        const before = byWindow.get(w.window) ?? [];
        if (before.some((f) => f.path === path))
            replace.push(path);
        // the new snapshot's files are not objects yet: its bytes go in under a placeholder id
        const placeholder = `:new-${w.window}`;
        const added = [
            { path: w.paths.packet, oid: placeholder, mode: '100644' },
            { path: w.paths.signature, oid: ':new-signature', mode: '100644' },
            { path: w.paths.log, oid: ':new-log', mode: '100644' }
        ];
        const page = (0,store_view/* renderPage */.Cf)(family.LINEAGE_FAMILY, views, views.version, (0,store_view/* viewInput */.k$)(family.LINEAGE_FAMILY, w.window, [...before, ...added], new Map([...blobs, [placeholder, w.packet]])));
        if (page === null)
            throw new Error(`lineage: no renderer for the view's own version ${views.version}`);
        files.push({ path, bytes: Buffer.from(page, 'utf8') });
    }
    return { files, replace };
}

// EXTERNAL MODULE: ./src/lineage/run.ts + 5 modules
var run = __webpack_require__(7736);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/lineage/snapshot.ts



function snapshotPacketId(window) {
    return `lineage-${window}`;
}
/** `graphSha256`: the sub-graph's hash when the caller has it already. */
function sealSnapshot(args) {
    const body = {
        schema_version: args.sub.schema_version,
        packet_id: snapshotPacketId(args.window),
        release_window_id: args.window,
        revision: (0,revision/* formatRevision */.T)(args.revision),
        supersedes: args.previous ? { revision: args.previous.revision, signature_digest: args.previous.signature_digest } : null,
        store_commit: args.sub.store_commit,
        source_index_sha256: args.sub.source_index_sha256,
        graph_sha256: args.graphSha256 ?? (0,graph.graphSha256)(args.sub),
        graph: { nodes: args.sub.nodes, edges: args.sub.edges },
        validation: { blocking: args.defects.filter((d) => d.severity === 'blocking').length, defects: args.defects.map((d) => ({ code: d.defect_code, subject: d.subject, severity: d.severity })) },
        signer: args.signer
    };
    return { ...body, signature_digest: (0,hash/* canonicalSha256 */.o4)(body) };
}
function renderValidateLog(s, now) {
    const lines = [
        ['release_window_id', s.release_window_id],
        ['revision', `${s.revision}${s.supersedes ? ` (supersedes ${s.supersedes.revision} sha256:${s.supersedes.signature_digest})` : ' (first)'}`],
        ['store_commit', s.store_commit],
        ['source_index_sha256', s.source_index_sha256 ?? 'none (no retention policy)'],
        ['graph_sha256', s.graph_sha256],
        ['nodes', String(s.graph.nodes.length)],
        ['edges', String(s.graph.edges.length)],
        ['result', s.validation.blocking === 0 ? 'PASS (G1-G6)' : `FAIL: ${s.validation.blocking} blocking`],
        ...s.validation.defects.map((d) => ['defect', `${d.severity} ${d.code} ${d.subject}`]),
        ['signer', `${s.signer.signer_id} (key id ${s.signer.key_id})`],
        ['validated_at_utc', now]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence lineage graph validation (informative: verify rebuilds the graph, it never reads this log)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/lineage/validate.ts
var validate = __webpack_require__(8627);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/store/result-cache.ts
var result_cache = __webpack_require__(4803);
;// CONCATENATED MODULE: ./src/lineage/window-hashes.ts



// Whether a window's lineage changed is decided by the canonical sha256 of its part of the graph
// (graphSha256: RFC 8785 in JavaScript), which at 1,000 windows costs more than the rest of a
// build after one new revision. A window's part is a deterministic value, so the sha256 of its
// plain JSON text identifies it as well: equal text is an equal value, hence an equal canonical
// hash. Canonical hashes are remembered by that text hash (store/result-cache.ts: HMAC'd, in the
// verifier's git directory); different text is only a miss, computed again, never a wrong answer.
// Beside them, what a build reads of each window's latest snapshot (its revision, digests and
// blocking count), by the snapshot's blob id: the build need not read and parse 1,000 snapshots
// to learn that 999 of them are unchanged.
const KIND = 'lineage-window-hashes';
const VERSION = 'lineage-window-hashes/1';
class WindowHashes {
    known;
    heads;
    used = new Map();
    headsUsed = new Map();
    fresh = 0;
    constructor(known, heads) {
        this.known = known;
        this.heads = heads;
    }
    static async load(stateDir) {
        const stored = await (0,result_cache/* readResult */.Uv)(stateDir, KIND, VERSION, VERSION);
        const known = new Map();
        const heads = new Map();
        if (stored !== null && typeof stored === 'object') {
            if (Array.isArray(stored.hashes))
                for (const e of stored.hashes)
                    if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string')
                        known.set(e[0], e[1]);
            if (Array.isArray(stored.heads))
                for (const e of stored.heads)
                    if (Array.isArray(e) && typeof e[0] === 'string' && isHead(e[1]))
                        heads.set(e[0], e[1]);
        }
        return new WindowHashes(known, heads);
    }
    /** The head of the snapshot stored as blob `oid`, when a build read it before. */
    head(oid) {
        const h = this.heads.get(oid);
        if (h !== undefined)
            this.headsUsed.set(oid, h);
        return h;
    }
    rememberHead(oid, head) {
        this.headsUsed.set(oid, head);
        this.fresh++;
    }
    /** graphSha256 of a window's part, from memory when its JSON text was hashed before. */
    sha256(sub) {
        const text = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify({ nodes: sub.nodes, edges: sub.edges })).digest('hex');
        let canonical = this.known.get(text);
        if (canonical === undefined) {
            canonical = (0,graph.graphSha256)(sub);
            this.fresh++;
        }
        this.used.set(text, canonical);
        return canonical;
    }
    /** Keeps the hashes this build used (the next build sees nearly the same windows). */
    async save(stateDir) {
        if (this.fresh === 0 && this.used.size === this.known.size && this.headsUsed.size === this.heads.size)
            return;
        await (0,result_cache/* writeResult */.Zk)(stateDir, KIND, VERSION, VERSION, { hashes: [...this.used], heads: [...this.headsUsed] });
    }
}
/** The head of a parsed snapshot file (a damaged one gives fields no build can match). */
function headOf(doc) {
    const o = (typeof doc === 'object' && doc !== null ? doc : {});
    const v = (typeof o.validation === 'object' && o.validation !== null ? o.validation : {});
    const s = (x) => (typeof x === 'string' ? x : '');
    return { revision: s(o.revision), signature_digest: s(o.signature_digest), graph_sha256: s(o.graph_sha256), blocking: typeof v.blocking === 'number' ? v.blocking : 0 };
}
function isHead(h) {
    const o = h;
    return typeof o === 'object' && o !== null && typeof o.revision === 'string' && typeof o.signature_digest === 'string' && typeof o.graph_sha256 === 'string' && typeof o.blocking === 'number';
}

;// CONCATENATED MODULE: ./src/lineage/snapshot-write.ts


















async function buildSnapshots(settings, secrets) {
    const secret = await (0,keys/* readSigningSecret */.yG)({ ...secrets, keyFile: settings.signing?.keyFile });
    if (!secret)
        throw new errors/* UserError */.yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${keys/* SIGNING_KEY_ENV */.on} (the pipeline's key: snapshots are signed like closure packets)` });
    const signer = (0,signing_signer/* createSigner */.r)((0,keys/* parseSigningKey */.UG)(secret.text, secret.source), await (0,keyring.loadVerifierKeyring)(settings), settings.now, settings.signing?.signerId);
    const built = await (0,run.buildAt)(settings, undefined);
    const repo = (0,src_git/* openRepository */.h_)(built.top);
    const branch = settings.git?.storeBranch || (await repo.currentBranch());
    if (!branch)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the lineage snapshot to; check out a branch or pass --store-branch NAME' });
    const tip = await repo.tryResolveRef(`refs/heads/${branch}`);
    if (tip !== built.commit)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: `the graph was built at ${built.commit}, but ${branch} is at ${tip ?? '(unborn)'}; build on the store branch's checked-out tip` });
    const hashes = await WindowHashes.load(built.stateDir);
    const latest = await latestSnapshots(built.top, built.commit, hashes);
    const files = [];
    const fresh = [];
    const windows = [];
    const subs = (0,graph.windowSubgraphs)(built.graph);
    for (const window of (0,graph.windowsOf)(built.graph)) {
        const sub = subs.get(window);
        const prev = latest.get(window) ?? null;
        const sha256 = hashes.sha256(sub);
        if (prev && prev.doc.graph_sha256 === sha256) {
            windows.push({ release_window_id: window, revision: prev.doc.revision, action: 'unchanged', blocking: prev.doc.blocking, path: null });
            continue;
        }
        const revision = (prev?.revision ?? 0) + 1;
        const defects = (0,validate/* validateGraph */.dC)(sub);
        const snap = sealSnapshot({ window, revision, previous: prev?.doc ?? null, sub, defects, signer: (0,signing_signer/* signerBlock */._)(signer), graphSha256: sha256 });
        const signed = (0,signing_document/* signDocument */.Tt)(family/* LINEAGE_KIND */.Jm, snap, signer);
        const paths = (0,layout/* revisionPaths */.s3)(family.LINEAGE_FAMILY, { window, revision });
        fresh.push({ window, paths, packet: Buffer.from(signed.json) });
        files.push({ path: paths.packet, bytes: Buffer.from(signed.json) }, { path: paths.signature, bytes: Buffer.from(signed.sig) }, { path: paths.log, bytes: Buffer.from(renderValidateLog(snap, (0,time/* formatUtc */.ay)(settings.now))) });
        windows.push({ release_window_id: window, revision: snap.revision, action: 'written', blocking: snap.validation.blocking, path: paths.packet });
    }
    await hashes.save(built.stateDir);
    if (files.length === 0)
        return { commit: built.commit, written: null, windows, graph: built.graph };
    const git = settings.git ?? src_settings/* DEFAULT_GIT */.P;
    const written = windows.filter((w) => w.action === 'written');
    // each written window's page, in the same commit as its snapshot (a derived file: it replaces the old page)
    const pages = await snapshotPages(built.top, built.commit, fresh);
    const { commitOid } = await (0,write/* commitFiles */.z)({
        dir: built.top,
        branch,
        parentOid: built.commit,
        files: [...files, ...pages.files],
        replace: pages.replace,
        committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) },
        message: [`${family.LINEAGE_FAMILY.root}: ${written.length} window(s) at ${built.commit.slice(0, 12)}`, '', `store_commit: ${built.commit}`, ...written.map((w) => `${w.release_window_id} ${w.revision}`), '', 'Written once by release-evidence; published files are never modified.'].join('\n')
    });
    return { commit: built.commit, written: commitOid, windows, graph: built.graph };
}
/** The head of every window's latest snapshot in a commit's tree (as written: verify judges them). */
async function latestSnapshots(top, commit, memo) {
    const repo = (0,src_git/* openRepository */.h_)(top);
    const files = await repo.listTree(commit, family.LINEAGE_FAMILY.root);
    const latest = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family.LINEAGE_FAMILY, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet')
            continue;
        const id = (0,layout/* seriesId */.hG)(p.ref);
        if ((latest.get(id)?.revision ?? 0) < p.ref.revision)
            latest.set(id, { revision: p.ref.revision, oid: f.oid });
    }
    const blobs = await repo.readBlobs([...latest.values()].filter((l) => memo.head(l.oid) === undefined).map((l) => l.oid));
    const out = new Map();
    for (const [window, l] of latest) {
        let head = memo.head(l.oid);
        if (head === undefined)
            memo.rememberHead(l.oid, (head = headOf((0,json/* parseLoose */.i)(blobs.get(l.oid) ?? ''))));
        out.set(window, { revision: l.revision, doc: head });
    }
    return out;
}


/***/ })

};
