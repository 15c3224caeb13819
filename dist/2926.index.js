export const id = 2926;
export const ids = [2926];
export const modules = {

/***/ 22926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStrategyRevisions: () => (/* binding */ readStrategyRevisions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89692);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59077);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99062);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54705);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84598);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74976);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72405);









const KINDS = [
    { kind: 'packet', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_FAMILY */ .bj, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_PAYLOAD_KIND */ .yA },
    { kind: 'approval', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_FAMILY */ .mj, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_PAYLOAD_KIND */ .Py },
    { kind: 'outcome', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_FAMILY */ .WM, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_PAYLOAD_KIND */ .p8 },
    { kind: 'divergence', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_FAMILY */ .uU, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_PAYLOAD_KIND */ .V2 }
];
/**
 * Every strategy-approval file in the tree of `at` (a commit id or ref; default HEAD), in the order
 * history published them (then by path). `repo` is the repository's top folder.
 */
async function readStrategyRevisions(repo, at, opts = {}) {
    const git = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(repo);
    const commit = await git.tryResolveRef(at ?? 'HEAD');
    const out = { at: commit, packets: [], approvals: [], outcomes: [], divergences: [] };
    if (commit === null) {
        if (at !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `'${at}' names no commit in ${repo}` });
        return out;
    }
    const root = opts.window === undefined ? _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_ROOT */ .pY : `${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_ROOT */ .pY}/${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_5__.normalizeId)(opts.window, 'release_window_id')}`;
    // The history only dates the files listed: with none (a store without strategy approvals), the
    // full-history scan of a large store is skipped rather than run for nothing.
    const files = await git.listTree(commit, root);
    const scan = files.length === 0 ? { events: [] } : await git.scanHistory({ root, until: commit });
    const first = new Map();
    for (const e of scan.events)
        if (e.status === 'A' && !first.has(e.path))
            first.set(e.path, { commit: e.commit, time: e.time, order: e.order });
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const blobs = await git.readBlobs(files.map((f) => f.oid));
    const bytesOf = (path) => {
        const oid = byPath.get(path);
        return oid === undefined ? undefined : blobs.get(oid);
    };
    const found = [];
    for (const f of files) {
        for (const k of KINDS) {
            const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(k.family, f.path);
            if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined)
                continue;
            const json = bytesOf(f.path) ?? Buffer.alloc(0);
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionPaths */ .s3)(k.family, p.ref);
            const sig = bytesOf(paths.signature);
            let verified = null;
            if (opts.trust)
                verified = sig !== undefined && (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyDocument */ .kR)(k.payload, json, sig, opts.trust.keyring, opts.now ?? Date.now()).ok;
            const origin = first.get(f.path);
            const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(json);
            found.push({
                kind: k.kind,
                path: f.path,
                signature_path: paths.signature,
                log_path: paths.log,
                release_window_id: p.ref.window,
                series: p.ref.key,
                revision: p.ref.revision,
                commit: origin?.commit ?? null,
                published_utc: origin ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUtc */ .ay)(origin.time * 1000) : null,
                sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(json),
                verified,
                doc: typeof doc === 'object' && doc !== null ? doc : null
            });
        }
    }
    const order = (x) => first.get(x.path)?.order ?? Number.MAX_SAFE_INTEGER;
    found.sort((a, b) => order(a) - order(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const x of found) {
        if (x.kind === 'packet')
            out.packets.push(x);
        else if (x.kind === 'approval')
            out.approvals.push(x);
        else if (x.kind === 'outcome')
            out.outcomes.push(x);
        else
            out.divergences.push(x);
    }
    return out;
}


/***/ })

};
