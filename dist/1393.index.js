export const id = 1393;
export const ids = [1393,4964,9628];
export const modules = {

/***/ 96581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89692);


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

/***/ 59077:
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
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
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
    // Called for every path of a store (its listing and its whole history): no string is built, and
    // a root only one family has needs no parse, since the answer is that family either way.
    let best = -1;
    let bestLength = -1;
    let shared = false;
    for (let i = 0; i < families.length; i++) {
        const r = families[i].root;
        if (path.length <= r.length || path.charCodeAt(r.length) !== 0x2f || !path.startsWith(r))
            continue;
        if (r.length > bestLength) {
            best = i;
            bestLength = r.length;
            shared = false;
        }
        else if (r.length === bestLength)
            shared = true;
    }
    if (best < 0)
        return -1;
    if (!shared)
        return best;
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

/***/ 78688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ assertNoSymlinkInPaths)
/* harmony export */ });
/* unused harmony export assertNoSymlinkInPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84598);




// The store writes into the working tree of a checked-out branch, through mkdir and writeFile,
// which follow symbolic links. A link anywhere between the repository root and a file
// (closure-packets/ itself, a window folder, the file), left untracked by an earlier step of the
// job, would carry the write outside the repository. So every component below the root is
// checked with lstat before anything is written; what does not exist yet is created later as a
// real folder. The root itself (and what lies above it) is the checkout's own business.
/** Throws a UserError (REPO_INVALID) when a component of `path` (repo-relative, `/`-separated) below `root` is a symbolic link. */
async function assertNoSymlinkInPath(root, path) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const rel = parts.slice(0, i).join('/');
        let stat;
        try {
            stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel));
        }
        catch (err) {
            const code = err.code;
            // nothing there (or a file where a folder should be, reported by the write itself)
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return;
            throw err;
        }
        if (stat.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)).catch(() => '?');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${rel}: is a symbolic link (to ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_3__.printable)(target)}) in the working tree; the store writes only real files and folders inside the repository, ` +
                    `so it wrote nothing: remove it (rm ${rel}) and run again`
            });
        }
        if (!stat.isDirectory())
            return;
    }
}
/** assertNoSymlinkInPath for each path, in order. */
async function assertNoSymlinkInPaths(root, paths) {
    for (const path of paths)
        await assertNoSymlinkInPath(root, path);
}


/***/ }),

/***/ 82170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ StoreBatch),
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _worktree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78688);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89692);





/**
 * Several write-once commits in a chain, landed together: each commit's objects are written when
 * it is made, on top of the previous one, and land() then moves the branch once (the same
 * compare-and-swap), writes the new files to the working tree and records them in the index with
 * one native git call. An export of many windows thus pays for the ref, the working tree and the
 * index once, not once per window (the index alone is rewritten whole on every update), and lands
 * all of its commits or none. Pending working-tree bytes are bounded: past LAND_EVERY_BYTES the
 * batch lands what it has and goes on from there.
 */
class StoreBatch {
    args;
    repo;
    tip;
    expected;
    checkedOut;
    pending = new Map();
    /** derived pages replaced since the batch last landed -> the blob the working tree holds for them */
    replacedSinceLand = new Map();
    /** paths removed since the batch last landed (a purge) */
    removals = new Set();
    pendingBytes = 0;
    /** the root tree and the trees of the latest commit made here, so the next commit does not read them back */
    tipTree = null;
    /** the subject of the latest commit, for the reflog */
    subject = '';
    trees = new Map();
    constructor(args) {
        this.args = args;
        this.repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(args.dir);
        this.tip = args.parentOid;
        this.expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid;
    }
    /** The commit the next one builds on (the last one made, once there is one). */
    get head() {
        return this.tip;
    }
    async isCheckedOut() {
        if (this.checkedOut === undefined) {
            this.checkedOut = (await this.repo.currentBranch()) === this.args.branch;
            // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
            if (this.checkedOut && this.expected !== this.args.parentOid) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: refs/heads/${this.args.branch} is checked out; build on its tip or on an unchecked-out branch` });
            }
        }
        return this.checkedOut;
    }
    /** Writes one commit's objects on top of the batch's head; nothing is visible until land(). */
    async commit(c) {
        const { files } = c;
        const remove = c.remove ?? [];
        const dir = this.args.dir;
        if (files.length === 0 && remove.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: 'store: commit with no files' });
        for (const f of files)
            assertSafePath(f.path);
        for (const p of remove)
            assertSafePath(p);
        const checkedOut = await this.isCheckedOut();
        // before any object is written: a link in the working tree would carry the write elsewhere
        if (checkedOut)
            await (0,_worktree_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNoSymlinkInPaths */ .m)(dir, [...files.map((f) => f.path), ...remove]);
        const pending = { files: new Map(), dirs: new Map(), removed: new Set() };
        const folderOf = (path) => {
            const parts = path.split('/');
            let node = pending;
            for (const part of parts.slice(0, -1)) {
                let next = node.dirs.get(part);
                if (!next)
                    node.dirs.set(part, (next = { files: new Map(), dirs: new Map(), removed: new Set() }));
                node = next;
            }
            const name = parts[parts.length - 1];
            if (node.files.has(name) || node.removed.has(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${path} given twice` });
            return { node, name };
        };
        const blobs = [];
        for (const f of files) {
            const oid = await this.repo.writeBlob(f.bytes);
            blobs.push(oid);
            const { node, name } = folderOf(f.path);
            node.files.set(name, oid);
        }
        for (const p of remove) {
            const { node, name } = folderOf(p);
            node.removed.add(name);
        }
        const parentTree = this.tip ? (this.tipTree ?? (await this.repo.commitTree(this.tip))) : null;
        const written = new Map();
        const replaced = new Map();
        const treeOid = (await mergeTree(this.repo, parentTree, pending, '', this.trees, written, { allowed: new Set(c.replace), replaced })) ?? (await this.repo.writeTree([]));
        // The working tree still holds what the batch last landed: a page replaced again before the
        // batch lands is compared with the blob it had then, not with the batch's unlanded one.
        for (const [path, oid] of replaced) {
            const first = this.replacedSinceLand.get(path);
            if (first === undefined)
                this.replacedSinceLand.set(path, oid);
            else
                replaced.set(path, first);
        }
        if (checkedOut)
            await assertWorktreeFree(this.repo, dir, files, replaced);
        const who = { name: c.committer.name, email: c.committer.email, timestamp: c.committer.timestamp, timezoneOffset: 0 };
        const commitOid = await this.repo.writeCommit({
            tree: treeOid,
            parent: this.tip ? [this.tip] : [],
            author: who,
            committer: who,
            message: c.message.endsWith('\n') ? c.message : `${c.message}\n`
        });
        this.tipTree = treeOid;
        this.subject = c.message.split('\n')[0];
        this.trees = written;
        this.tip = commitOid;
        if (checkedOut) {
            files.forEach((f, i) => this.pending.set(f.path, { path: f.path, oid: blobs[i], bytes: f.bytes }));
            for (const p of remove) {
                this.pending.delete(p);
                this.removals.add(p);
            }
            this.pendingBytes += files.reduce((n, f) => n + f.bytes.length, 0);
        }
        if (this.pendingBytes > LAND_EVERY_BYTES)
            await this.land();
        return { commitOid, treeOid };
    }
    /**
     * Moves the branch from the expected commit to the batch's head (compare-and-swap), then brings
     * a checked-out working tree and index up to date. Nothing to do when no commit was made.
     */
    async land() {
        const ref = `refs/heads/${this.args.branch}`;
        const checkedOut = await this.isCheckedOut();
        if (this.tip === this.expected)
            return { worktreeUpdated: checkedOut };
        if (!(await this.repo.updateRef(ref, this.tip, this.expected, `release-evidence: ${this.subject}`))) {
            const current = await this.repo.tryResolveRef(ref);
            if (current === this.expected)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'GIT', message: `store: could not move ${ref} to ${this.tip} (is another git process holding its lock?)` });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({
                code: 'REF_MOVED',
                message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${this.expected ?? '(unborn)'}; rebuild the export on the new tip`
            });
        }
        this.expected = this.tip;
        if (checkedOut) {
            const files = [...this.pending.values()];
            this.pending = new Map();
            this.replacedSinceLand = new Map();
            this.pendingBytes = 0;
            for (const f of files) {
                const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.args.dir, f.path);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, f.bytes);
            }
            await this.repo.stageBlobs(files);
            const removals = [...this.removals];
            this.removals = new Set();
            for (const p of removals) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.args.dir, p), { force: true });
                await this.repo.removeFromIndex(p);
                // git keeps no empty folders; neither does the working tree of a purged window
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rmdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.args.dir, p))).catch(() => undefined);
            }
        }
        return { worktreeUpdated: checkedOut };
    }
}
/** Working-tree bytes a batch may hold before it lands early (an export of 10,000 large packets). */
const LAND_EVERY_BYTES = 64 * 1024 * 1024;
/** One write-once commit, landed at once (a batch of one). */
async function commitFiles(args) {
    const batch = new StoreBatch(args);
    const { commitOid, treeOid } = await batch.commit(args);
    const { worktreeUpdated } = await batch.land();
    return { commitOid, treeOid, worktreeUpdated };
}
/**
 * Rewrites only the trees along new paths; refuses to replace anything that exists (but a derived
 * file named in `replacing`). Trees the
 * previous commit of a batch wrote come from `known` instead of the object store; every tree
 * written here is recorded in `written`.
 */
async function mergeTree(repo, baseOid, pending, at, known, written, replacing) {
    const entries = new Map();
    if (baseOid) {
        for (const e of known.get(baseOid) ?? (await repo.readTree(baseOid)))
            entries.set(e.path, e);
    }
    for (const name of pending.removed) {
        if (entries.get(name)?.type !== 'blob')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: cannot remove ${at}${name}: it is not a file in the parent commit` });
        entries.delete(name);
    }
    for (const [name, oid] of pending.files) {
        const existing = entries.get(name);
        if (existing && existing.type === 'blob' && replacing.allowed.has(`${at}${name}`))
            replacing.replaced.set(`${at}${name}`, existing.oid);
        else if (existing) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` });
        }
        entries.set(name, { mode: '100644', path: name, oid, type: 'blob' });
    }
    for (const [name, sub] of pending.dirs) {
        const existing = entries.get(name);
        if (existing && existing.type !== 'tree') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` });
        }
        const oid = await mergeTree(repo, existing?.oid ?? null, sub, `${at}${name}/`, known, written, replacing);
        if (oid === null)
            entries.delete(name);
        else
            entries.set(name, { mode: '040000', path: name, oid, type: 'tree' });
    }
    // git stores no empty folder: the caller drops it (the root becomes the empty tree)
    if (entries.size === 0)
        return null;
    const list = [...entries.values()];
    const oid = await repo.writeTree(list);
    written.set(oid, list);
    return oid;
}
function assertSafePath(path) {
    const parts = path.split('/');
    // eslint-disable-next-line no-control-regex -- a control character makes a path unsafe
    if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` });
    }
}
/**
 * An untracked file in the way would be silently replaced; identical bytes are fine. So would a
 * local edit of a derived file being replaced: its working-tree copy must be the committed one.
 */
async function assertWorktreeFree(repo, dir, files, replaced) {
    const committed = replaced.size > 0 ? await repo.readBlobs([...replaced.values()]) : new Map();
    for (const f of files) {
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f.path));
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT')
                continue;
            if (code === 'ENOTDIR')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${f.path}: a parent of this path is a file in the working tree; move it away` });
            throw err;
        }
        const old = replaced.get(f.path);
        if (old !== undefined && !Buffer.from(f.bytes).equals(existing)) {
            if (committed.get(old)?.equals(existing))
                continue;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${f.path}: the working-tree copy has uncommitted edits; this page is generated (never edited): discard them ('git checkout -- ${f.path}') and run again` });
        }
        if (!Buffer.from(f.bytes).equals(existing)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
            });
        }
    }
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 78483:
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
