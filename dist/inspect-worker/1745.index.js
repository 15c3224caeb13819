export const id = 1745;
export const ids = [1745,4484];
export const modules = {

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UG: () => (/* binding */ parseSigningKey),
/* harmony export */   on: () => (/* binding */ SIGNING_KEY_ENV),
/* harmony export */   yG: () => (/* binding */ readSigningSecret)
/* harmony export */ });
/* unused harmony exports SigningKey, secretsToMask */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _util_read_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9043);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(870);
/* harmony import */ var _ed25519_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7478);







// The private key is the one secret this tool handles. It arrives as text from exactly one place
// (key file, Action input, or RELEASE_EVIDENCE_SIGNING_KEY), is turned into a KeyObject at once,
// and is never echoed: error messages name the source, never the value, and the SigningKey
// object prints as a redacted placeholder if anything ever logs or serializes it.
//
// Key text format (both accepted, `#` comment lines and blank lines ignored):
//   1. base64 of the 32-byte RFC 8032 seed (what `release-evidence keygen` writes);
//   2. a PKCS8 PEM block, as written by `openssl genpkey -algorithm ed25519`.
const SIGNING_KEY_ENV = 'RELEASE_EVIDENCE_SIGNING_KEY';
class SigningKey {
    publicKey;
    keyId;
    source;
    #privateKey;
    constructor(privateKey, source) {
        this.#privateKey = privateKey;
        this.publicKey = (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .rawPublicKey */ .F7)(privateKey);
        this.keyId = (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .keyIdOf */ .yg)(this.publicKey);
        this.source = source;
    }
    sign(message) {
        return (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .signBytes */ .b_)(message, this.#privateKey);
    }
    toJSON() {
        return { keyId: this.keyId, source: this.source, privateKey: '[redacted]' };
    }
    [node_util__WEBPACK_IMPORTED_MODULE_1__.inspect.custom]() {
        return `SigningKey { keyId: '${this.keyId}', source: '${this.source}', privateKey: [redacted] }`;
    }
}
/** Parses key text; `source` names where it came from in messages (never the value). */
function parseSigningKey(text, source) {
    const body = stripComments(text);
    if (body === '') {
        throw keyError(source, 'is empty');
    }
    if (body.includes('-----BEGIN')) {
        if (!/-----BEGIN PRIVATE KEY-----/.test(body)) {
            throw keyError(source, 'is a PEM block but not an unencrypted PKCS8 "PRIVATE KEY"');
        }
        let key;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createPrivateKey)({ key: body, format: 'pem' });
        }
        catch (err) {
            throw keyError(source, 'is not a readable PKCS8 PEM private key', err);
        }
        if (key.asymmetricKeyType !== 'ed25519') {
            throw keyError(source, `holds a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
        }
        return new SigningKey((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyFromSeed */ .we)((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .seedOf */ .n3)(key)), source);
    }
    const seed = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeBase64 */ .y4)(body.replace(/\s+/g, ''));
    if (!seed || seed.length !== _ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .SEED_BYTES */ .ER) {
        throw keyError(source, `is neither base64 of a ${_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .SEED_BYTES */ .ER}-byte Ed25519 seed nor a PKCS8 PEM private key`);
    }
    return new SigningKey((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyFromSeed */ .we)(seed), source);
}
function stripComments(text) {
    return text
        .split(/\r?\n/)
        .filter((l) => !/^\s*#/.test(l))
        .join('\n')
        .trim();
}
function keyError(source, what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({
        code: 'KEY_INVALID',
        message: `the signing key from ${source} ${what}; create one with 'release-evidence keygen' (base64 seed) or 'openssl genpkey -algorithm ed25519' (PEM)`,
        cause
    });
}
/**
 * Finds the key text: an explicit key file wins, then the Action input, then the environment.
 * Returns undefined when none is set, so callers decide whether signing is required.
 */
async function readSigningSecret(from) {
    const keyFile = from.keyFile;
    if (keyFile !== undefined && keyFile !== '') {
        const source = `key file ${keyFile}`;
        const { text, mode } = await (0,_util_read_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R)(async () => ({ text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(keyFile, 'utf8'), mode: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(keyFile)).mode }), (code) => `cannot read the ${source} (${code}); pass the path 'release-evidence keygen' printed`);
        const warnings = process.platform !== 'win32' && (mode & 0o077) !== 0
            ? [`${source} is readable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 600 on it`]
            : [];
        return { text, source, warnings };
    }
    if (from.input !== undefined && from.input.trim() !== '')
        return { text: from.input, source: 'the signing-key input', warnings: [] };
    const env = from.env[SIGNING_KEY_ENV];
    if (env !== undefined && env.trim() !== '')
        return { text: env, source: `$${SIGNING_KEY_ENV}`, warnings: [] };
    return undefined;
}
/**
 * Every string a log line could leak the secret through: the whole text, the key body, and each
 * PEM line. The Action passes each to core.setSecret before it logs anything.
 */
function secretsToMask(text) {
    const out = new Set();
    const add = (s) => {
        const t = s.trim();
        if (t.length >= 8)
            out.add(t);
    };
    add(text);
    const body = stripComments(text);
    add(body);
    add(body.replace(/\s+/g, ''));
    for (const line of body.split(/\r?\n/))
        if (!line.startsWith('-----'))
            add(line);
    return [...out].sort();
}


/***/ }),

/***/ 8688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ assertNoSymlinkInPaths)
/* harmony export */ });
/* unused harmony export assertNoSymlinkInPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4598);




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

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ StoreBatch),
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _worktree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8688);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9692);





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
