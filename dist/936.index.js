export const id = 936;
export const ids = [936];
export const modules = {

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
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _worktree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78688);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51561);





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

/***/ 41936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrust: () => (/* binding */ runTrust)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51561);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88381);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58750);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(90870);
/* harmony import */ var _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87478);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(57430);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6663);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(96581);
/* harmony import */ var _store_write_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82170);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(95138);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(76043);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(86599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(24189);

















async function runTrust(inv) {
    const v = inv.values;
    const [sub, file] = inv.positionals;
    const now = (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNow */ .A7)(str(v.now), inv.clock);
    switch (sub) {
        case 'migrate':
        case 'init':
            return migrate(inv, v, now);
        case 'draft':
        case 'rotate':
            return draft(inv, v, now);
        case 'sign':
            return sign(inv, v, need(file, 'sign FILE'));
        case 'publish':
            return publish(inv, v, need(file, 'publish FILE'), now);
        case 'show':
            return show(inv, v, now);
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust: ${sub === undefined ? 'no subcommand' : `unknown subcommand '${sub}'`}; use migrate, draft, sign, publish or show (release-evidence trust --help)` });
    }
}
const str = (x) => (typeof x === 'string' ? x : undefined);
const list = (x) => (Array.isArray(x) ? x : typeof x === 'string' ? [x] : []);
function need(file, what) {
    if (!file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust ${what}: name the draft file` });
    return file;
}
async function openStore(inv, v, now) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_9__/* .repoTopLevel */ .MS)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, str(v.repo) ?? '.'));
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(top);
    const branch = str(v['store-branch']) ?? (await repo.currentBranch());
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: 'HEAD is detached; pass --store-branch NAME' });
    const tip = await repo.tryResolveRef(`refs/heads/${branch}`);
    return { top, branch, tip, chain: await (0,_chain_js__WEBPACK_IMPORTED_MODULE_13__/* .readChain */ .U)(top, tip, null, now) };
}
/** NAME=FILE or FILE (the name then comes from the key file's `# signer_id:` line, or root-N). */
async function rootKeyFiles(inv, specs) {
    const out = [];
    for (const [i, spec] of specs.entries()) {
        const eq = spec.indexOf('=');
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, eq > 0 ? spec.slice(eq + 1) : spec);
        const secret = await (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .readSigningSecret */ .yG)({ keyFile: path, env: {} });
        const text = secret.text;
        const named = eq > 0 ? spec.slice(0, eq) : (/^#\s*signer_id:\s*(\S+)/m.exec(text)?.[1] ?? `root-${i + 1}`);
        for (const w of secret.warnings)
            inv.log.warning(w);
        out.push({ name: named, key: (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSigningKey */ .UG)(text, secret.source) });
    }
    return out;
}
function publicRootKeys(specs) {
    return specs.map((spec) => {
        const eq = spec.indexOf('=');
        const raw = eq > 0 ? (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_15__/* .decodeBase64 */ .y4)(spec.slice(eq + 1)) : undefined;
        if (!raw || raw.length !== _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_6__/* .PUBLIC_KEY_BYTES */ .kf)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `--root-public-key '${spec}': use NAME=BASE64 of a 32-byte Ed25519 public key` });
        return { name: spec.slice(0, eq), key_id: (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_6__/* .keyIdOf */ .yg)(raw), public_key: raw.toString('base64') };
    });
}
function thresholdOf(v, keys, fallback) {
    const raw = str(v.threshold);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > keys)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `--threshold ${raw}: a whole number from 1 to the ${keys} root key(s)` });
    return n;
}
async function keyringEntries(inv, path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, path);
    const keyring = await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_7__/* .loadKeyring */ .Or)(abs, path);
    return keyring.keys.map((k) => ({
        signer_id: k.signerId,
        public_key: k.publicKeyBase64,
        role: k.role,
        valid_from_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(k.validFrom),
        valid_until_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(k.validUntil),
        ...(k.demo ? { demo: true } : {})
    }));
}
/** The next revision, unsigned: signer blocks for every root key of the previous and of this revision. */
async function buildDraft(inv, v, now, store, rootFromFiles) {
    const chain = store.chain;
    if (chain.revisions.some((r) => !r.trusted))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `the trust chain on ${store.branch} does not verify (release-evidence trust show); repair it before drafting` });
    const prev = chain.inForce;
    const prevDoc = prev?.doc ?? null;
    const keyringPath = str(v.keyring);
    let keys = keyringPath ? await keyringEntries(inv, keyringPath) : prevDoc ? structuredClone(prevDoc.keys) : [];
    // Revocations are never withdrawn: carry each one forward onto the same public key.
    for (const old of prevDoc?.keys ?? []) {
        if (old.revoked_at_utc === undefined)
            continue;
        keys = keys.map((k) => (k.public_key === old.public_key ? { ...k, revoked_at_utc: old.revoked_at_utc, ...(old.revocation_reason ? { revocation_reason: old.revocation_reason } : {}) } : k));
    }
    const revokeAt = str(v['revoked-at']) === undefined ? now : (0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNow */ .A7)(str(v['revoked-at']), () => now);
    for (const id of list(v.revoke)) {
        const hits = keys.filter((k) => k.signer_id === id || (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_6__/* .keyIdOf */ .yg)((0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_15__/* .decodeBase64 */ .y4)(k.public_key) ?? Buffer.alloc(0)) === id);
        if (hits.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `--revoke ${id}: no signer key with that signer id or key id in the draft's keyring` });
        for (const k of hits)
            if (k.revoked_at_utc === undefined)
                Object.assign(k, { revoked_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(revokeAt), ...(str(v.reason) ? { revocation_reason: str(v.reason) } : {}) });
    }
    const given = [...rootFromFiles, ...publicRootKeys(list(v['root-public-key']))];
    const rootKeys = given.length > 0 ? given : (prevDoc?.root.keys ?? []);
    if (rootKeys.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: 'trust: revision 1 needs root keys: --root-key NAME=FILE or --root-public-key NAME=B64 (two offline keys: see docs/trust-root.md)' });
    const threshold = given.length > 0 ? thresholdOf(v, rootKeys.length, Math.min(2, rootKeys.length)) : thresholdOf(v, rootKeys.length, prevDoc.root.threshold);
    const signedAt = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(now);
    const signerKeys = new Map();
    for (const k of [...(prevDoc?.root.keys ?? []), ...rootKeys])
        signerKeys.set(k.key_id, k);
    const doc = {
        version: (prev?.revision ?? 0) + 1,
        previous: prev && prev.sha256 ? { version: prev.revision, sha256: prev.sha256 } : null,
        created_at_utc: signedAt,
        root: { threshold, keys: rootKeys },
        keys,
        signers: [...signerKeys.values()].map((k) => ({ signer_id: k.name, key_id: k.key_id, role: _document_js__WEBPACK_IMPORTED_MODULE_14__/* .ROOT_ROLE */ .K1, signed_at_utc: signedAt }))
    };
    const checked = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .checkRootDoc */ .TG)(JSON.parse(JSON.stringify(doc)), (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPaths */ .R7)(doc.version).packet);
    if (checked.problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: the drafted revision is not valid`, problems: checked.problems.map((p) => ({ file: (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPaths */ .R7)(doc.version).packet, message: p })) });
    return doc;
}
function signatureOf(doc, key) {
    const { payload } = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .payloadOf */ .Md)(doc);
    if (!doc.signers.some((s) => s.key_id === key.keyId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'KEY_UNKNOWN', message: `the key from ${key.source} (key id ${key.keyId}) is not one of the root keys this revision lists as signers` });
    }
    return { keyid: key.keyId, sig: key.sign((0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPae */ .zT)(payload)).toString('base64') };
}
async function migrate(inv, v, now) {
    const store = await openStore(inv, v, now);
    if (store.chain.revisions.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust migrate: ${store.branch} already has a trust root (${(0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPaths */ .R7)(1).packet}); rotate with 'trust draft', 'trust sign', 'trust publish'` });
    const roots = await rootKeyFiles(inv, list(v['root-key']));
    if (roots.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: 'trust migrate: give the root keys that sign revision 1: --root-key NAME=FILE (repeat it for each)' });
    const values = { ...v, keyring: str(v.keyring) ?? 'policies/keyring.yaml', threshold: str(v.threshold) ?? String(roots.length) };
    const doc = await buildDraft(inv, values, now, store, roots.map((r) => ({ name: r.name, key_id: r.key.keyId, public_key: r.key.publicKey.toString('base64') })));
    const sigs = roots.map((r) => signatureOf(doc, r.key));
    return commitRevision(inv, store, doc, sigs, now);
}
async function draft(inv, v, now) {
    const store = await openStore(inv, v, now);
    const roots = await rootKeyFiles(inv, list(v['root-key']));
    const doc = await buildDraft(inv, v, now, store, roots.map((r) => ({ name: r.name, key_id: r.key.keyId, public_key: r.key.publicKey.toString('base64') })));
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, str(v.out) ?? `trust-draft-${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(doc.version)}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .renderRootJson */ .R5)(doc), { flag: 'wx' }).catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust draft: cannot write ${out} (${err.code}); a draft is never overwritten`, cause: err });
    });
    const signers = doc.signers.map((s) => s.signer_id).join(', ');
    inv.io.stdout(inv.values.json
        ? `${JSON.stringify({ draft: out, version: doc.version, payload_sha256: (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .payloadOf */ .Md)(doc).sha256, signers: doc.signers }, null, 2)}\n`
        : `Wrote ${out}: trust-root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(doc.version)}, payload sha256 ${(0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .payloadOf */ .Md)(doc).sha256}\nSign it with: release-evidence trust sign ${out} --key-file ROOT_KEY (root keys listed: ${signers})\nThen: release-evidence trust publish ${out}\n`);
    return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass;
}
async function readDraft(inv, file) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, file);
    const sigPath = path.replace(/\.json$/, '') + '.sig';
    const json = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `trust: cannot read ${path} (${err.code})`, cause: err });
    });
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${path} is not JSON`, cause: err });
    }
    const checked = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .checkRootDoc */ .TG)(value, path);
    if (!checked.doc || checked.problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${path} is not a valid trust-root revision`, problems: checked.problems.map((p) => ({ file: path, message: p })) });
    if ((0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .renderRootJson */ .R5)(checked.doc) !== json)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${path} is not the tool's rendering of its content (edited after drafting?); draft it again` });
    const sigText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(sigPath, 'utf8').catch(() => undefined);
    let sigs = [];
    if (sigText !== undefined) {
        const env = (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_15__/* .parseEnvelope */ .mE)(sigText);
        if (!env.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${sigPath} ${env.reason}` });
        if (!env.payload.equals((0,_util_hash_js__WEBPACK_IMPORTED_MODULE_11__/* .canonicalBytes */ .Mr)(checked.doc)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${sigPath} signs other content than ${path}` });
        sigs = env.envelope.signatures;
    }
    return { path, sigPath, doc: checked.doc, json, sigs };
}
async function sign(inv, v, file) {
    const d = await readDraft(inv, file);
    const keyFile = str(v['key-file']);
    if (!keyFile)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: 'trust sign: pass --key-file FILE (a root key)' });
    const [{ key }] = await rootKeyFiles(inv, [keyFile]);
    if (d.sigs.some((s) => s.keyid === key.keyId))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust sign: ${d.sigPath} already holds a signature by key ${key.keyId}; one key counts once` });
    const sigs = [...d.sigs, signatureOf(d.doc, key)];
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(d.sigPath, (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .renderRootEnvelope */ .R6)((0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .payloadOf */ .Md)(d.doc).payload, sigs));
    inv.io.stdout(`Signed ${d.path} with root key ${key.keyId.slice(0, 16)} (${sigs.length} signature(s) in ${d.sigPath})\n`);
    return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass;
}
async function publish(inv, v, file, now) {
    const d = await readDraft(inv, file);
    if (d.sigs.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust publish: ${d.sigPath} holds no signature; run 'release-evidence trust sign ${file} --key-file ROOT_KEY' first` });
    const store = await openStore(inv, v, now);
    return commitRevision(inv, store, d.doc, d.sigs, now);
}
/** Verifies the revision as the next link of the committed chain, then commits its three files. */
async function commitRevision(inv, store, doc, sigs, now) {
    const { payload, sha256 } = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .payloadOf */ .Md)(doc);
    const json = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .renderRootJson */ .R5)(doc);
    const sig = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .renderRootEnvelope */ .R6)(payload, sigs);
    const files = new Map();
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(store.top);
    for (const r of store.chain.revisions) {
        files.set(r.revision, { json: await repo.readFileAt(store.tip, r.paths.packet), sig: await repo.readFileAt(store.tip, r.paths.signature) });
    }
    if (files.has(doc.version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust publish: ${(0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPaths */ .R7)(doc.version).packet} is already published; draft the next revision` });
    files.set(doc.version, { json: Buffer.from(json), sig: Buffer.from(sig) });
    const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_13__/* .walkChain */ .n)(files, null, now);
    const mine = chain.revisions.find((r) => r.revision === doc.version);
    if (!mine.trusted) {
        const text = mine.findings.map((f) => `  ${f.code}: ${f.detail}`).join('\n');
        inv.io.stdout(inv.values.json ? `${JSON.stringify({ published: false, findings: mine.findings }, null, 2)}\n` : `Not published: ${(0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPaths */ .R7)(doc.version).packet} does not verify against the chain:\n${text}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure;
    }
    const paths = (0,_document_js__WEBPACK_IMPORTED_MODULE_14__/* .rootPaths */ .R7)(doc.version);
    const log = renderRootLog(mine, chain, now);
    const result = await (0,_store_write_js__WEBPACK_IMPORTED_MODULE_10__/* .commitFiles */ .z)({
        dir: store.top,
        branch: store.branch,
        parentOid: store.tip,
        files: [
            { path: paths.packet, bytes: Buffer.from(json) },
            { path: paths.signature, bytes: Buffer.from(sig) },
            { path: paths.log, bytes: Buffer.from(log) }
        ],
        message: `trust-root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(doc.version)}: ${doc.version === 1 ? 'the root of trust' : 'rotation'} (${mine.counted.join(', ')})`,
        committer: { name: _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_GIT */ .P.committerName, email: _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_GIT */ .P.committerEmail, timestamp: Math.floor(now / 1000) }
    });
    const pin = chain.revisions[0].sha256;
    if (inv.values.json) {
        inv.io.stdout(`${JSON.stringify({ published: true, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(doc.version), commit: result.commitOid, payload_sha256: sha256, pin, files: paths }, null, 2)}\n`);
    }
    else {
        inv.io.stdout([
            `Published trust-root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(doc.version)} in ${result.commitOid} on ${store.branch} (signed by ${mine.counted.join(', ')})`,
            `Pin (sha256 of revision 1's payload): ${pin}`,
            `Verify with: release-evidence verify --trust-root ${pin}   (Action input trust-root: ${pin})`,
            ''
        ].join('\n'));
    }
    return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass;
}
function renderRootLog(r, chain, now) {
    const doc = r.doc;
    const lines = [
        ['revision', `${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(r.revision)}${doc.previous ? ` (previous ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(doc.previous.version)} sha256:${doc.previous.sha256})` : ' (root of trust)'}`],
        ['payload_sha256', r.sha256 ?? ''],
        ['pin', chain.revisions[0]?.sha256 ?? ''],
        ['root', `${doc.root.threshold} of ${doc.root.keys.map((k) => `${k.name} ${k.key_id.slice(0, 16)}`).join(', ')}`],
        ['signed_by', r.counted.join(', ')],
        ['signer_keys', `${doc.keys.length} (${doc.keys.filter((k) => k.revoked_at_utc !== undefined).length} revoked)`],
        ['checks', 'version consecutive; previous links the prior payload; threshold of the previous and of this root, by distinct keys; Ed25519 over DSSE PAE; .json equals signed payload'],
        ['result', 'VERIFIED'],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence trust-root verification', ...lines.map(([k, val]) => `${k.padEnd(width)}  ${val}`)].join('\n') + '\n';
}
async function show(inv, v, now) {
    const store = await openStore(inv, v, now);
    const c = store.chain;
    const rows = c.revisions.map((r) => ({
        revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(r.revision),
        payload_sha256: r.sha256,
        trusted: r.trusted,
        signed_by: r.counted,
        published_in: r.publishedIn ?? null,
        findings: r.findings.map((f) => `${f.code}: ${f.detail}`)
    }));
    const pin = c.revisions[0]?.sha256 ?? null;
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ branch: store.branch, commit: store.tip, pin, in_force: c.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(c.inForce.revision) : null, revisions: rows }, null, 2)}\n`);
    else {
        const out = [`Trust root on ${store.branch} at ${store.tip ?? '(no commits)'}: ${rows.length} revision(s), in force ${c.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_16__/* .formatRevision */ .T)(c.inForce.revision) : 'none'}`];
        for (const r of rows)
            out.push(`  ${r.revision}  sha256:${r.payload_sha256 ?? '-'}  ${r.trusted ? 'ok' : 'FAIL'}  ${r.signed_by.join(', ')}${r.findings.map((f) => `\n      ${f}`).join('')}`);
        if (pin)
            out.push(`Revision 1's sha256 (check it against the pin you keep outside the repository): ${pin}`);
        inv.io.stdout(`${out.join('\n')}\n`);
    }
    return c.revisions.every((r) => r.trusted) ? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure;
}


/***/ })

};
