export const id = 3644;
export const ids = [3644];
export const modules = {

/***/ 3644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addToIndex: () => (/* binding */ addToIndex),
/* harmony export */   commitTree: () => (/* binding */ commitTree),
/* harmony export */   readTree: () => (/* binding */ readTree),
/* harmony export */   removeFromIndex: () => (/* binding */ removeFromIndex),
/* harmony export */   repoConfig: () => (/* binding */ repoConfig),
/* harmony export */   writeBlob: () => (/* binding */ writeBlob),
/* harmony export */   writeCommit: () => (/* binding */ writeCommit),
/* harmony export */   writeTree: () => (/* binding */ writeTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var isomorphic_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3667);



// isomorphic-git re-reads a pack's index for every object it looks up unless the calls share a
// cache object; an export of many windows reads the parent's trees once per revision. One cache
// per repository, for the few repositories a process touches (tests open hundreds: the oldest go).
// The cache holds only what isomorphic-git checks against the file system itself (pack files by
// name, the index by its stat), so a later write by native git is seen.
const caches = new Map();
const MAX_CACHES = 4;
function where(dir) {
    const gitdir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git');
    let cache = caches.get(gitdir);
    if (!cache) {
        if (caches.size >= MAX_CACHES)
            caches.delete(caches.keys().next().value);
        caches.set(gitdir, (cache = {}));
    }
    return { fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, cache };
}
function writeBlob(dir, bytes) {
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].writeBlob */ .Ay.writeBlob({ ...where(dir), blob: bytes });
}
async function commitTree(dir, commit) {
    return (await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].readCommit */ .Ay.readCommit({ ...where(dir), oid: commit })).commit.tree;
}
async function readTree(dir, tree) {
    const { tree: entries } = await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].readTree */ .Ay.readTree({ ...where(dir), oid: tree });
    return entries.map((e) => e);
}
function writeTree(dir, entries) {
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].writeTree */ .Ay.writeTree({ ...where(dir), tree: entries });
}
function writeCommit(dir, commit) {
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].writeCommit */ .Ay.writeCommit({ ...where(dir), commit });
}
/** Stages a working-tree file as it is on disk (the file must exist). */
function addToIndex(dir, path) {
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].updateIndex */ .Ay.updateIndex({ ...where(dir), filepath: path, add: true });
}
/** Drops a path from the index once its working-tree file is gone. */
function removeFromIndex(dir, path) {
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].updateIndex */ .Ay.updateIndex({ ...where(dir), filepath: path, remove: true });
}
/** A value from the repository's own .git/config (no global or system config is read). */
async function repoConfig(dir, path) {
    const value = await isomorphic_git__WEBPACK_IMPORTED_MODULE_2__/* ["default"].getConfig */ .Ay.getConfig({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, path });
    return typeof value === 'string' ? value : null;
}


/***/ })

};
