export const id = 7853;
export const ids = [7853];
export const modules = {

/***/ 7853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SHARDS: () => (/* binding */ MAX_SHARDS),
/* harmony export */   SHARD_ASSIGNMENT: () => (/* binding */ SHARD_ASSIGNMENT),
/* harmony export */   assigned: () => (/* binding */ assigned),
/* harmony export */   groupsAt: () => (/* binding */ groupsAt),
/* harmony export */   inShard: () => (/* binding */ inShard),
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   shardOfGroup: () => (/* binding */ shardOfGroup)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


// `verify --shard i/n`: the store split by window across the jobs of a CI matrix. A window (the
// folder under a family root, check.ts groupOf) belongs to one shard by a stable hash of its
// name, so every shard computes the same split on its own, whatever windows exist at the commit:
// a window deleted from HEAD, known only from history, is still judged by exactly one shard. The
// root's own files (group '') belong to shard 1. Each shard records what it ran over; the merge
// (shard-merge.ts) checks those records before it believes any verdict.
/** How windows are assigned; a merge refuses records made under another assignment. */
const SHARD_ASSIGNMENT = 'sha256-mod-v1';
/** At most this many shards: more jobs than this is a typo, not a plan. */
const MAX_SHARDS = 256;
/** Parses `--shard i/n` (1 <= i <= n); a usage error names the fix. */
function parseShard(text) {
    const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({
            code: 'USAGE',
            message: `--shard '${text.slice(0, 40)}' is not i/n with 1 <= i <= n <= ${MAX_SHARDS}; in a matrix job pass e.g. --shard \${{ matrix.shard }}/3 with shard: [1, 2, 3]`
        });
    }
    return { index, count };
}
/** The 1-based shard a window (group name) belongs to among `count`. */
function shardOfGroup(group, count) {
    if (group === '' || count === 1)
        return 1;
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(group, 'utf8').digest();
    return (h.readUInt32BE(0) % count) + 1;
}
/** True for the groups the shard judges. */
function inShard(spec) {
    return (group) => shardOfGroup(group, spec.count) === spec.index;
}
/** The window folders at `commit` under each distinct family root, sorted (one ls-tree). */
async function groupsAt(repo, commit, families) {
    const roots = [...new Set(families.map((f) => f.root))].sort();
    const byRoot = new Map(roots.map((r) => [r, []]));
    if (commit !== null) {
        for (const e of await repo.listFolder(commit, roots)) {
            if (e.type !== 'tree')
                continue;
            const slash = e.path.lastIndexOf('/');
            byRoot.get(e.path.slice(0, slash))?.push(e.path.slice(slash + 1));
        }
    }
    return roots.map((root) => ({ root, groups: byRoot.get(root).sort() }));
}
/** The part of `all` one shard is assigned. */
function assigned(all, spec) {
    const mine = inShard(spec);
    return all.map((r) => ({ root: r.root, groups: r.groups.filter(mine) }));
}


/***/ })

};
