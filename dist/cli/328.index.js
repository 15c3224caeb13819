export const id = 328;
export const ids = [328];
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

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7430);



function signerBlock(signer) {
    return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(signer.at) };
}
/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
function createSigner(key, keyring, at, signerId) {
    const entry = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .findKey */ .Tj)(keyring, key.keyId);
    if (!entry) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
        });
    }
    if (signerId !== undefined && signerId !== entry.signerId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
        });
    }
    const valid = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValidAt */ .je)(entry, at);
    if (!valid.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: valid.code,
            message: `${valid.message} (${keyring.file} ${entry.pointer}); rotate: run 'release-evidence keygen' and add the new key to the keyring`
        });
    }
    return {
        signerId: entry.signerId,
        role: entry.role,
        keyId: entry.keyId,
        demo: entry.demo,
        at,
        sign: (message) => key.sign(message)
    };
}


/***/ }),

/***/ 7566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   P0: () => (/* binding */ exportWindow)
/* harmony export */ });
/* unused harmony export commitMessage */
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2170);




/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(dir);
    const files = await repo.listTree(commit, (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .windowDir */ .Wg)(family, series.window));
    const id = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(series);
    let latest = 0;
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type === 'artifact' && (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(p.ref) === id)
            latest = Math.max(latest, p.ref.revision);
    }
    if (latest === 0)
        return null;
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionPaths */ .s3)(family, { ...series, revision: latest });
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const packetOid = byPath.get(paths.packet);
    const sigOid = byPath.get(paths.signature);
    const blobs = await repo.readBlobs([packetOid, sigOid].filter((o) => o !== undefined));
    return {
        revision: latest,
        paths,
        packet: (packetOid && blobs.get(packetOid)) || Buffer.alloc(0),
        signature: sigOid ? blobs.get(sigOid) : undefined
    };
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(revision);
    return [
        `${family.root}: ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionPaths */ .s3)(family, { ...series, revision: next });
    const { commitOid } = await (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .commitFiles */ .z)({
        dir: args.dir,
        branch: args.branch,
        parentOid: args.parentOid,
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log }
        ]
    });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
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
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _worktree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8688);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1561);





async function commitFiles(args) {
    const { dir, files } = args;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(dir);
    const ref = `refs/heads/${args.branch}`;
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: 'store: commit with no files' });
    for (const f of files)
        assertSafePath(f.path);
    const expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid;
    const checkedOut = (await repo.currentBranch()) === args.branch;
    if (checkedOut) {
        // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
        if (expected !== args.parentOid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${ref} is checked out; build on its tip or on an unchecked-out branch` });
        }
    }
    // before any object is written: a link in the working tree would carry the write elsewhere
    if (checkedOut)
        await (0,_worktree_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNoSymlinkInPaths */ .m)(dir, files.map((f) => f.path));
    const pending = { files: new Map(), dirs: new Map() };
    for (const f of files) {
        const oid = await repo.writeBlob(f.bytes);
        const parts = f.path.split('/');
        let node = pending;
        for (const part of parts.slice(0, -1)) {
            let next = node.dirs.get(part);
            if (!next)
                node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            node = next;
        }
        const name = parts[parts.length - 1];
        if (node.files.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${f.path} given twice` });
        node.files.set(name, oid);
    }
    const parentTree = args.parentOid ? await repo.commitTree(args.parentOid) : null;
    const treeOid = await mergeTree(repo, parentTree, pending, '');
    if (checkedOut)
        await assertWorktreeFree(dir, files);
    const who = { name: args.committer.name, email: args.committer.email, timestamp: args.committer.timestamp, timezoneOffset: 0 };
    const commitOid = await repo.writeCommit({
        tree: treeOid,
        parent: args.parentOid ? [args.parentOid] : [],
        author: who,
        committer: who,
        message: args.message.endsWith('\n') ? args.message : `${args.message}\n`
    });
    if (!(await repo.updateRef(ref, commitOid, expected, `release-evidence: ${args.message.split('\n')[0]}`))) {
        const current = await repo.tryResolveRef(ref);
        if (current === expected)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'GIT', message: `store: could not move ${ref} to ${commitOid} (is another git process holding its lock?)` });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({
            code: 'REF_MOVED',
            message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${expected ?? '(unborn)'}; rebuild the export on the new tip`
        });
    }
    if (checkedOut) {
        for (const f of files) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, f.bytes);
            await repo.addToIndex(f.path);
        }
    }
    return { commitOid, treeOid, worktreeUpdated: checkedOut };
}
/** Rewrites only the trees along new paths; refuses to replace anything that exists. */
async function mergeTree(repo, baseOid, pending, at) {
    const entries = new Map();
    if (baseOid) {
        for (const e of await repo.readTree(baseOid))
            entries.set(e.path, e);
    }
    for (const [name, oid] of pending.files) {
        if (entries.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` });
        }
        entries.set(name, { mode: '100644', path: name, oid, type: 'blob' });
    }
    for (const [name, sub] of pending.dirs) {
        const existing = entries.get(name);
        if (existing && existing.type !== 'tree') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` });
        }
        const oid = await mergeTree(repo, existing?.oid ?? null, sub, `${at}${name}/`);
        entries.set(name, { mode: '040000', path: name, oid, type: 'tree' });
    }
    return repo.writeTree([...entries.values()]);
}
function assertSafePath(path) {
    const parts = path.split('/');
    // eslint-disable-next-line no-control-regex -- a control character makes a path unsafe
    if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` });
    }
}
/** An untracked file in the way would be silently replaced; identical bytes are fine. */
async function assertWorktreeFree(dir, files) {
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
        if (!Buffer.from(f.bytes).equals(existing)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
            });
        }
    }
}


/***/ }),

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ outcomesAt)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9062);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2405);



// Reading the outcome reviews of a window for the panel (verify proves they were never rewritten).
/** The outcome reviews at HEAD of a window, verified, by packet series key (`{cluster}-rNNN`). */
async function outcomesAt(top, window, trust, now) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const head = await repo.headOid();
    const out = new Map();
    if (head === null)
        return out;
    const files = await repo.listTree(head, `${_family_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOME_FAMILY */ .WM.root}/${window}`);
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const jsons = files.filter((f) => f.path.endsWith('.json')).sort((a, b) => (a.path < b.path ? -1 : 1));
    const blobs = await repo.readBlobs(files.map((f) => f.oid));
    for (const f of jsons) {
        const sigOid = byPath.get(f.path.replace(/\.json$/, '.sig'));
        if (!sigOid)
            continue;
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOME_PAYLOAD_KIND */ .p8, blobs.get(f.oid), blobs.get(sigOid), trust.keyring, now);
        if (!v.ok)
            continue;
        const o = v.doc;
        out.set(`${o.exception_cluster_id}-${o.packet_revision}`, o);
    }
    return out;
}


/***/ }),

/***/ 6483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ seriesPasses),
/* harmony export */   Ur: () => (/* binding */ evidenceCompleteness),
/* harmony export */   bj: () => (/* binding */ statusJson)
/* harmony export */ });
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9935);


// What the strategy-approval panel shows (text: render.ts; --json: statusJson).
/** A series passes when its latest revision is approved and history has no blocking finding. */
function seriesPasses(s) {
    const latest = s.revisions.at(-1);
    return latest?.state === 'approved' && !s.findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_0__/* .isBlocking */ .Us) && !latest.findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_0__/* .isBlocking */ .Us);
}
function statusJson(s, outcomes = new Map()) {
    return {
        strategy_packet_id: s.strategy_packet_id,
        exception_cluster_id: s.exception_cluster_id,
        passed: seriesPasses(s),
        revisions: s.revisions.map((r) => ({
            revision: r.revision,
            path: r.packet_path,
            state: r.state,
            published_utc: r.published_utc,
            approved_utc: r.approved_utc,
            packet_sha256: r.packet?.packet_sha256 ?? null,
            selected_lane_id: r.packet?.selected_lane_id ?? null,
            confidence_class: r.packet?.confidence_class ?? null,
            coverage_tier: r.packet?.coverage_tier ?? null,
            roster: r.roster,
            missing_classes: r.missing_classes,
            evidence: evidenceCompleteness(r.packet),
            outcome: outcomes.get(`${s.exception_cluster_id}-${r.revision}`) ?? null,
            findings: r.findings
        })),
        timeline: s.timeline,
        findings: s.findings
    };
}
function evidenceCompleteness(p) {
    const b = p?.evidence_bundle;
    const cited = _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .EVIDENCE_KINDS */ .At.filter((k) => b?.[k] && /^[0-9a-f]{64}$/.test(String(b[k].sha256)));
    return { cited, missing: _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .EVIDENCE_KINDS */ .At.filter((k) => !cited.includes(k)), closure_packet: Boolean(b?.closure_packet), ledger_gate: Boolean(b?.ledger_gate) };
}


/***/ }),

/***/ 7085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ renderStatus)
/* harmony export */ });
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6483);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3029);


// The strategy-approval panel (seed step 10) as text: one block per exception cluster.
function renderStatus(window, series, outcomes = new Map()) {
    if (series.length === 0)
        return `strategy-approval ${window}: no packet published\n`;
    const out = [];
    for (const s of series) {
        const latest = s.revisions.at(-1);
        const p = latest?.packet;
        out.push(`${s.strategy_packet_id ?? s.exception_cluster_id} ${latest?.revision ?? ''}: ${latest?.state ?? 'none'}${(0,_panel_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesPasses */ .Nu)(s) ? '' : ' (FAIL)'}`);
        if (p) {
            out.push(`  lane        ${p.selected_lane_id} / ${p.selected_mitigation_option_id}`);
            out.push(`  confidence  ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier}, fallback ${p.fallback_label}`);
            const e = (0,_panel_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceCompleteness */ .Ur)(p);
            out.push(`  evidence    ${e.cited.length}/${e.cited.length + e.missing.length} cited${e.missing.length ? ` (missing ${e.missing.join(', ')})` : ''}; closure packet ${e.closure_packet ? 'cited' : 'not cited'}; ledger gate ${e.ledger_gate ? 'cited' : 'not cited'}`);
        }
        if (latest) {
            out.push('  roster');
            for (const r of latest.roster) {
                const what = r.decision ? `${r.decision} (${r.recommendation}) ${r.signed_at_utc}${r.decision === 'approve' && !r.counted ? ' NOT COUNTED' : ''}` : r.required ? 'MISSING' : '-';
                out.push(`    ${r.signer_id.padEnd(28)} ${r.class.padEnd(26)} ${r.required ? 'required' : 'optional'}  ${what}`);
            }
            if (latest.missing_classes.length > 0)
                out.push(`  missing     ${latest.missing_classes.join(', ')}`);
        }
        for (const r of s.revisions) {
            const o = outcomes.get(`${s.exception_cluster_id}-${r.revision}`);
            if (o)
                out.push(`  outcome     ${r.revision}: ${o.actual_outcome_status}, ${o.actual_convergence_hours} h, ${o.observed_regression_events.length} regression event(s)${o.divergence ? `; DIVERGENCE ${o.divergence.strategy_divergence_incident_id}: ${o.divergence.required_policy_update_action}` : ''}`);
        }
        out.push('  timeline');
        for (const t of s.timeline)
            out.push(`    ${t.at_utc} ${t.revision} ${t.event} -> ${t.state}`);
        const findings = [...s.findings, ...(latest?.findings ?? [])];
        for (const f of findings)
            out.push(`  ${(0,_packet_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlocking */ .Us)(f) ? 'BLOCK' : 'warn '} ${f.code}: ${f.detail}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 9328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand),
/* harmony export */   context: () => (/* binding */ context),
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   required: () => (/* binding */ required),
/* harmony export */   signCommand: () => (/* binding */ signCommand),
/* harmony export */   signerFor: () => (/* binding */ signerFor),
/* harmony export */   statusCommand: () => (/* binding */ statusCommand),
/* harmony export */   str: () => (/* binding */ str)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1561);
/* harmony import */ var _closure_family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(269);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9062);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6663);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(997);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8750);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9077);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7566);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4598);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9935);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9176);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7085);
/* harmony import */ var _outcomes_read_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(4665);
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(6483);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(3167);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(7756);
























const OPTION_OF = {
    ranking_snapshot: 'ranking',
    forecast_band_snapshot: 'forecast',
    dashboard_extract: 'dashboard',
    simulation_rules: 'simulation-rules',
    fail_matrix_run: 'fail-matrix-run'
};
function str(inv, name) {
    const v = inv.values[name];
    return typeof v === 'string' ? v : undefined;
}
function required(inv, name) {
    const v = str(inv, name);
    if (v === undefined || v === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `strategy ${inv.positionals[0]}: --${name} is required` });
    return v;
}
async function context(inv) {
    const settings = inv.settings([]);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_8__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStrategyTrust */ .C)(settings);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(top);
    const branch = str(inv, 'store-branch') || (await repo.currentBranch());
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit to; check out a branch or pass --store-branch NAME' });
    const parent = await repo.tryResolveRef(`refs/heads/${branch}`);
    const committer = { name: str(inv, 'committer-name') ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_GIT */ .P.committerName, email: str(inv, 'committer-email') ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_GIT */ .P.committerEmail, timestamp: Math.floor(settings.now / 1000) };
    return { settings, top, trust, branch, parent, committer };
}
async function signerFor(inv, ctx) {
    const keyFile = str(inv, 'key-file');
    const secret = await (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .readSigningSecret */ .yG)({ keyFile: keyFile === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inv.cwd, keyFile), env: inv.env });
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNING_KEY_ENV */ .on}` });
    for (const w of secret.warnings)
        inv.log.warning(w);
    return (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .createSigner */ .r)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSigningKey */ .UG)(secret.text, secret.source), ctx.trust.keyring, ctx.settings.now, str(inv, 'signer-id'));
}
/** The window's latest closure packet at the parent commit: lesson 114's link in the chain. */
async function closureLink(top, parent, window) {
    const latest = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .latestRevision */ .HA)(top, parent, _closure_family_js__WEBPACK_IMPORTED_MODULE_3__/* .CLOSURE_FAMILY */ .L, { window });
    if (!latest)
        return null;
    const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(latest.packet);
    const digest = doc?.['signature_digest'];
    return typeof digest === 'string' ? { path: latest.paths.packet, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(latest.revision), signature_digest: digest } : null;
}
/** The ledger gate's decision for the window, from the configured ledger inputs; null when they are absent. */
async function gateLink(settings, window, log) {
    try {
        const { runLedgerGate } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 193));
        const gate = await runLedgerGate(settings);
        const w = gate.windows.find((x) => (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.idOf)(x.release_window_id) === window);
        return w ? { decision: w.decision, ledger_policy_sha256: gate.policy.sha256 } : null;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) {
            log.info(`No ledger gate decision cited: ${err.headline}`);
            return null;
        }
        throw err;
    }
}
function report(inv, r, what, extra) {
    const blocking = r.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us);
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ action: r.action, revision: r.revision, commit: r.commitOid, files: r.files, findings: r.findings, ...extra }, null, 2)}\n`);
    else {
        if (r.action === 'written')
            inv.io.stdout(`${what}: wrote ${r.files.packet} (${r.commitOid})\n`);
        else if (r.action === 'unchanged')
            inv.io.stdout(`${what}: unchanged (${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(Math.max(r.revision, 1))}); nothing written\n`);
        else
            inv.io.stdout(`${what}: refused, nothing written\n`);
        for (const f of r.findings)
            inv.io.stdout(`  ${(0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us)(f) ? 'BLOCK' : 'warn '} ${f.code} ${f.field}: ${f.detail}\n`);
    }
    return r.action === 'rejected' || blocking.length > 0 ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
}
async function buildCommand(inv) {
    const ctx = await context(inv);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, required(inv, 'window'), required(inv, 'cluster'));
    const ws = ctx.settings.workspace;
    const rankingInput = await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, required(inv, 'ranking'), 'ranking');
    const ranking = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .parseRanking */ .g2)(rankingInput);
    const decision = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .parseDecision */ .cg)(await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, required(inv, 'decision-file'), 'decision-file'));
    const evidence = { ranking_snapshot: rankingInput };
    for (const kind of _policy_js__WEBPACK_IMPORTED_MODULE_15__/* .EVIDENCE_KINDS */ .At) {
        const path = kind === 'ranking_snapshot' ? undefined : str(inv, OPTION_OF[kind]);
        if (path)
            evidence[kind] = await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, path, OPTION_OF[kind]);
    }
    const signer = await signerFor(inv, ctx);
    const [closure, gate] = [await closureLink(ctx.top, ctx.parent, series.window), await gateLink(ctx.settings, series.window, inv.log)];
    const status = ctx.parent ? (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(ctx.top, series.window, ctx.trust, ctx.settings.now), ctx.trust) : [];
    const current = status.find((s) => s.exception_cluster_id === series.key);
    let built;
    const r = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj,
        series,
        committer: ctx.committer,
        build: (next, previous) => {
            const prevDoc = previous ? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(previous.packet) : null;
            const packet = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .buildPacket */ .Hs)({
                window: series.window,
                cluster: series.key,
                revision: next,
                supersedes: prevDoc ? { revision: prevDoc.revision, packet_sha256: prevDoc.packet_sha256 } : null,
                policy: ctx.trust.policy.data,
                policySha256: ctx.trust.policy.sha256,
                ranking,
                decision,
                evidence,
                closure,
                gate,
                builtAtUtc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(ctx.settings.now),
                signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .signerBlock */ ._)(signer)
            });
            built = packet;
            if (prevDoc && (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .contentKey */ .lO)(prevDoc) === (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .contentKey */ .lO)(packet)) {
                built = prevDoc;
                return { kind: 'unchanged' };
            }
            const findings = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .checkPacket */ .dH)(packet, { policy: ctx.trust.policy.data, ranking });
            const pending = current?.revisions.at(-1);
            if (pending && pending.state === 'pending_signatures') {
                findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${pending.revision} is still pending_signatures; a required signer rejects it (strategy sign --decision reject) before a new revision is published` });
            }
            if (findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us))
                return { kind: 'rejected', findings };
            const signed = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_PAYLOAD_KIND */ .yA, packet, signer);
            const check = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_PAYLOAD_KIND */ .yA, signed.json, signed.sig, ctx.trust.keyring, ctx.settings.now);
            if (!check.ok)
                return { kind: 'rejected', findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: `${check.code}: ${check.message}` }] };
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, { ...series, revision: next });
            const log = validationLog(paths.packet, packet, findings, ctx.trust, ctx.settings.now);
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: packet.packet_sha256 } };
        }
    });
    return report(inv, r, `strategy packet ${built?.strategy_packet_id ?? ''}`, { strategy_packet_id: built?.strategy_packet_id, packet_sha256: built?.packet_sha256 });
}
function validationLog(path, p, findings, trust, now) {
    const lines = [
        ['packet', path],
        ['payload_type', _family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj.payloadType],
        ['strategy_packet_id', p.strategy_packet_id],
        ['revision', `${p.revision}${p.supersedes ? ` (supersedes ${p.supersedes.revision} sha256:${p.supersedes.packet_sha256})` : ' (first)'}`],
        ['packet_sha256', p.packet_sha256],
        ['selected_lane', `${p.selected_lane_id} / ${p.selected_mitigation_option_id} (confidence ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier})`],
        ['publisher', `${p.signer.signer_id} (key id ${p.signer.key_id})`],
        ['keyring', `${trust.keyring.file} sha256:${trust.keyring.sha256}`],
        ['strategy_policy', `${trust.policy.file} sha256:${trust.policy.sha256}`],
        ['checks', 'schema completeness; roster (A2); lane in ranking (A3); evidence hashes (A4); packet_sha256 reproduces (A5); rationale (A6); no pending predecessor'],
        ['warnings', findings.length === 0 ? 'none' : findings.map((f) => `${f.code} ${f.field}`).join('; ')],
        ['result', 'VERIFIED (state: pending_signatures)'],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence strategy-approval packet validation', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}
async function signCommand(inv) {
    const ctx = await context(inv);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, required(inv, 'window'), required(inv, 'cluster'));
    const decision = required(inv, 'decision');
    const recommend = required(inv, 'recommend');
    if (decision !== 'approve' && decision !== 'reject')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--decision is approve or reject, not '${decision}'` });
    if (recommend !== 'go' && recommend !== 'hold')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--recommend is go or hold, not '${recommend}'` });
    const signer = await signerFor(inv, ctx);
    const policy = ctx.trust.policy.data;
    const refuse = (code, detail) => {
        if (inv.values.json)
            inv.io.stdout(`${JSON.stringify({ action: 'rejected', findings: [{ code, field: '', detail }] }, null, 2)}\n`);
        else
            inv.io.stdout(`strategy decision: refused, nothing written\n  BLOCK ${code}: ${detail}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
    };
    if (policy.ci_signer_ids.includes(signer.signerId))
        return refuse('STRATEGY_CI_KEY_APPROVAL', `'${signer.signerId}' is a CI signer: the pipeline key publishes packets and never approves`);
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_15__/* .signerEntry */ .d2)(policy, signer.signerId);
    if (!entry)
        return refuse('STRATEGY_APPROVAL_INVALID', `'${signer.signerId}' is not a signer of ${ctx.trust.policy.file}`);
    const status = (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(ctx.parent ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust);
    const s = status.find((x) => x.exception_cluster_id === series.key);
    const wanted = str(inv, 'revision');
    const target = wanted ? s?.revisions.find((r) => r.revision === (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(Number(wanted.replace(/^r/, '')))) : s?.revisions.at(-1);
    if (!target || !target.packet)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no published packet ${wanted ?? ''} for ${series.window}/${series.key}; run 'strategy build' first` });
    if (decision === 'approve' && target.state === 'incomplete_evidence') {
        return refuse('STRATEGY_EVIDENCE_INCOMPLETE', `${target.revision} has blocking findings (${[...new Set(target.findings.map((f) => f.code))].join(', ')}); an approval of it would not count`);
    }
    const confirmed = new Set(inv.values['confirm']);
    const checklist = Object.fromEntries(policy.reviewer_checklist.map((item) => [item, confirmed.has('all') || confirmed.has(item)]));
    const unknown = [...confirmed].filter((c) => c !== 'all' && !policy.reviewer_checklist.includes(c));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--confirm ${unknown.join(', ')}: not a reviewer_checklist item (${policy.reviewer_checklist.join(', ')})` });
    if (decision === 'approve' && Object.values(checklist).some((v) => !v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `an approval confirms every checklist item: --confirm ${policy.reviewer_checklist.filter((i) => !checklist[i]).join(' --confirm ')} (or --confirm all)` });
    }
    const revision = Number(target.revision.slice(1));
    const doc = {
        schema: _types_js__WEBPACK_IMPORTED_MODULE_23__/* .SIGNOFF_SCHEMA */ .xi,
        strategy_packet_id: target.packet.strategy_packet_id,
        release_window_id: series.window,
        exception_cluster_id: series.key,
        packet_revision: target.revision,
        packet_sha256: target.packet.packet_sha256,
        decision,
        recommendation: recommend,
        signer_class: entry.class,
        authority_scope: entry.authority_scope,
        reviewer_checklist: checklist,
        note: str(inv, 'note') ?? '',
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .signerBlock */ ._)(signer)
    };
    const key = (0,_family_js__WEBPACK_IMPORTED_MODULE_13__/* .signoffKey */ .k5)(series.key, revision, (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(signer.signerId, 'signer id'));
    const r = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj,
        series: { window: series.window, key },
        committer: ctx.committer,
        build: (next, previous) => {
            if (previous) {
                const before = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(previous.packet);
                if (before?.decision === decision)
                    return { kind: 'unchanged' };
                return { kind: 'rejected', findings: [{ code: 'STRATEGY_TRANSITION_INVALID', field: 'decision', detail: `'${signer.signerId}' already decided '${before?.decision}' on ${target.revision}; a decision is final (a new packet revision asks again)` }] };
            }
            const signed = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_PAYLOAD_KIND */ .Py, doc, signer);
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj, { window: series.window, key, revision: next });
            const log = `release-evidence strategy decision\npacket       ${target.packet_path}\npacket_sha256 ${doc.packet_sha256}\nsigner       ${signer.signerId} (${entry.class}, ${entry.authority_scope}, key id ${signer.keyId})\ndecision     ${decision} (recommends ${recommend})\nsigned_at    ${doc.signer.signed_at_utc}\nsignoff      ${paths.packet}\n`;
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: signed.payloadSha256 } };
        }
    });
    return report(inv, r, `strategy decision ${signer.signerId} ${decision} ${target.revision}`, { signer_id: signer.signerId, decision, packet_sha256: doc.packet_sha256 });
}
async function statusCommand(inv) {
    const settings = inv.settings([]);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_8__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStrategyTrust */ .C)(settings);
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(required(inv, 'window'), 'release_window_id');
    const clusterRaw = str(inv, 'cluster');
    const cluster = clusterRaw === undefined ? undefined : (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(clusterRaw, 'exception cluster');
    const all = (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(top, window, trust, settings.now), trust).filter((s) => cluster === undefined || s.exception_cluster_id === cluster);
    const ok = all.length > 0 && all.every(_panel_js__WEBPACK_IMPORTED_MODULE_19__/* .seriesPasses */ .Nu);
    const outcomes = await (0,_outcomes_read_js__WEBPACK_IMPORTED_MODULE_18__/* .outcomesAt */ .h)(top, window, trust, settings.now);
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ release_window_id: window, passed: ok, series: all.map((s) => (0,_panel_js__WEBPACK_IMPORTED_MODULE_19__/* .statusJson */ .bj)(s, outcomes)) }, null, 2)}\n`);
    else
        inv.io.stdout((0,_render_js__WEBPACK_IMPORTED_MODULE_17__/* .renderStatus */ .L)(window, all, outcomes));
    return ok ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
}


/***/ }),

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ windowStatus),
/* harmony export */   Y: () => (/* binding */ finishStatus)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8483);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6035);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3029);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2405);







/** Events under the window's folders of both families, oldest first, as first published. */
async function landedFiles(top, head, window) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const scans = await Promise.all([repo.scanHistory({ root: `${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj.root}/${window}`, until: head }), repo.scanHistory({ root: `${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNOFF_FAMILY */ .mj.root}/${window}`, until: head })]);
    const firsts = new Map();
    scans.forEach((s, scan) => {
        for (const e of s.events)
            if (e.status === 'A' && !firsts.has(e.path))
                firsts.set(e.path, { ...e, scan });
    });
    // Each scan is in parent-before-child order; merge the two by ancestry (time only for unrelated commits).
    const [one, two] = [0, 1].map((scan) => [...firsts.values()].filter((e) => e.scan === scan).sort((a, b) => a.order - b.order));
    const ordered = [];
    let i = 0;
    let j = 0;
    while (i < one.length || j < two.length) {
        const a = one[i];
        const b = two[j];
        if (!b)
            ordered.push(one[i++]);
        else if (!a)
            ordered.push(two[j++]);
        else if (a.commit === b.commit)
            ordered.push(one[i++]);
        else if (await repo.isAncestor(a.commit, b.commit))
            ordered.push(one[i++]);
        else if (await repo.isAncestor(b.commit, a.commit))
            ordered.push(two[j++]);
        else
            ordered.push(a.time <= b.time ? one[i++] : two[j++]);
    }
    return ordered.map((e) => ({ commit: e.commit, time: e.time, path: e.path, oid: e.newOid }));
}
/** Every series (exception cluster) of a window, with the state of each revision replayed from history. */
async function windowStatus(top, window, trust, now) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const head = await repo.headOid();
    if (head === null)
        return [];
    const landed = await landedFiles(top, head, window);
    const blobs = await repo.readBlobs(landed.map((l) => l.oid));
    const byPath = new Map(landed.map((l) => [l.path, l]));
    const bytes = (path) => {
        const l = byPath.get(path);
        return l ? blobs.get(l.oid) : undefined;
    };
    const series = new Map();
    const signoffs = new Map();
    const get = (cluster) => {
        let s = series.get(cluster);
        if (!s)
            series.set(cluster, (s = { release_window_id: window, exception_cluster_id: cluster, strategy_packet_id: null, revisions: [], timeline: [], findings: [] }));
        return s;
    };
    for (const l of landed) {
        if (l.path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj.root}/`)) {
            const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj, l.path);
            if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined)
                continue;
            const s = get(p.ref.key);
            const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .readPacket */ .di)(bytes(l.path), bytes(l.path.replace(/\.json$/, '.sig')), trust, now);
            const rev = (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRevision */ .T)(p.ref.revision);
            const at = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(l.time * 1000);
            if (read.packet && (read.packet.revision !== rev || read.packet.release_window_id !== window || read.packet.exception_cluster_id !== p.ref.key)) {
                read.findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'revision', detail: `the packet names ${read.packet.release_window_id}/${read.packet.exception_cluster_id} ${read.packet.revision}, not its path` });
                read.ok = false;
            }
            const before = s.revisions.at(-1);
            if (before && before.state === 'pending_signatures') {
                s.findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${rev} was published at ${at} while ${before.revision} was still pending_signatures; reject ${before.revision} first (a required signer's reject) or let it be approved`, file: l.path });
            }
            const state = read.ok ? 'pending_signatures' : 'incomplete_evidence';
            s.strategy_packet_id ??= read.packet?.strategy_packet_id ?? null;
            const roster = (read.packet?.signer_roster ?? []).map((r) => ({ ...r, decision: null, recommendation: null, signed_at_utc: null, counted: false }));
            s.revisions.push({ revision: rev, packet_path: l.path, commit: l.commit, published_utc: at, packet: read.packet, state, approved_utc: null, roster, missing_classes: [], findings: read.findings });
            s.timeline.push({ at_utc: at, commit: l.commit, revision: rev, event: read.ok ? 'published' : `published with blocking findings (${[...new Set(read.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_4__/* .isBlocking */ .Us).map((f) => f.code))].join(', ')})`, state });
            continue;
        }
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNOFF_FAMILY */ .mj, l.path);
        if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined)
            continue;
        const m = /^(.+)-(r\d{3,})-([a-z0-9][a-z0-9-]*)$/.exec(p.ref.key);
        if (!m)
            continue;
        const [, cluster, rev, signerId] = m;
        const s = get(cluster);
        const r = s.revisions.find((x) => x.revision === rev);
        const at = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(l.time * 1000);
        const file = { name: l.path, json: bytes(l.path), sig: bytes(l.path.replace(/\.json$/, '.sig')) };
        if (!r || !r.packet) {
            s.findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${l.path} decides on ${rev}, which is not published before it`, file: l.path });
            continue;
        }
        const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .readSignoff */ .b3)(file, r.packet, trust, now);
        if (read.signoff && (0,_family_js__WEBPACK_IMPORTED_MODULE_5__/* .signoffKey */ .k5)(cluster, Number(rev.slice(1)), read.signoff.signer.signer_id) !== p.ref.key) {
            read.findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `${l.path} is signed by '${read.signoff.signer.signer_id}', not the signer its path names ('${signerId}')`, file: l.path });
        }
        applySignoff(s, r, read.signoff, read.findings, file, l, at, trust, now, signoffs);
    }
    return [...series.values()].sort((a, b) => (a.exception_cluster_id < b.exception_cluster_id ? -1 : 1));
}
function applySignoff(s, r, signoff, findings, file, l, at, trust, now, all) {
    const who = signoff?.signer.signer_id ?? '?';
    const entry = signoff ? r.roster.find((x) => x.signer_id === signoff.signer.signer_id) : undefined;
    if (entry && signoff && entry.decision === null) {
        entry.decision = signoff.decision;
        entry.recommendation = signoff.recommendation;
        entry.signed_at_utc = signoff.signer.signed_at_utc;
    }
    if (findings.length > 0 || !signoff) {
        r.findings.push(...findings);
        s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who}: decision not counted (${[...new Set(findings.map((f) => f.code))].join(', ')})`, state: r.state });
        return;
    }
    if (r.state !== 'pending_signatures') {
        s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} ${signoff.decision}s after the revision was ${r.state} (ignored)`, state: r.state });
        return;
    }
    if (signoff.decision === 'reject') {
        if (entry?.required) {
            r.state = 'rejected';
            s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}) rejects, recommends ${signoff.recommendation}`, state: r.state });
        }
        else
            s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}, not required) rejects: noted`, state: r.state });
        return;
    }
    const list = all.get(r.revision) ?? [];
    list.push({ landed: l, file });
    all.set(r.revision, list);
    const set = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .countApprovals */ .wr)(list.map((x) => x.file), r.packet, trust, now);
    for (const x of r.roster)
        x.counted = set.valid.some((v) => v.signerId === x.signer_id);
    for (const inv of set.invalid)
        r.findings.push({ code: inv.code === 'SIGNATURE_DUPLICATE_KEY' ? 'STRATEGY_SIGNER_CONFLICT' : 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${inv.document}: ${inv.code}: ${inv.message}`, file: inv.document });
    r.missing_classes = set.roles.missing;
    s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}) approves, recommends ${signoff.recommendation}`, state: r.state });
    if (set.met) {
        r.state = 'approved';
        r.approved_utc = at;
        s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `coverage tier ${r.packet.coverage_tier} met by ${set.distinctSigners.map((d) => d.signerId).join(', ')}`, state: 'approved' });
        for (const older of s.revisions) {
            if (older !== r && older.state === 'approved') {
                older.state = 'superseded';
                s.timeline.push({ at_utc: at, commit: l.commit, revision: older.revision, event: `superseded by ${r.revision}`, state: 'superseded' });
            }
        }
    }
}
/** The roster's missing classes for a revision that is not approved (what `status` shows). */
function finishStatus(series, trust) {
    for (const s of series) {
        for (const r of s.revisions) {
            if (r.state !== 'pending_signatures' || !r.packet)
                continue;
            const tier = trust.policy.data.coverage_tiers[r.packet.coverage_tier];
            const covered = new Set(r.roster.filter((x) => x.counted).map((x) => x.class));
            r.missing_classes = (tier?.classes_required ?? []).filter((c) => !covered.has(c));
            const people = new Set(r.roster.filter((x) => x.counted).map((x) => x.signer_id)).size;
            const need = tier?.min_distinct_signers ?? 0;
            if (r.missing_classes.length > 0 || people < need) {
                r.findings.push({
                    code: 'STRATEGY_COVERAGE_UNMET',
                    field: 'signer_roster',
                    detail: `${r.revision} stays pending_signatures: ${r.missing_classes.length > 0 ? `no valid approval by ${r.missing_classes.join(', ')}` : ''}${r.missing_classes.length > 0 && people < need ? '; ' : ''}${people < need ? `${people} of ${need} distinct people approved` : ''} (tier ${r.packet.coverage_tier})`
                });
            }
        }
    }
    return series;
}


/***/ })

};
