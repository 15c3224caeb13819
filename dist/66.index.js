export const id = 66;
export const ids = [66,2745];
export const modules = {

/***/ 40066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSnapshots: () => (/* binding */ buildSnapshots)
});

// UNUSED EXPORTS: latestSnapshots

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(64533);
// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var src_git = __webpack_require__(77295);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(68603);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(94615);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(55674);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(65404);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(70845);
// EXTERNAL MODULE: ./src/trust/keyring.ts
var keyring = __webpack_require__(36348);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(49799);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(20132);
// EXTERNAL MODULE: ./src/lineage/family.ts
var family = __webpack_require__(13700);
// EXTERNAL MODULE: ./src/lineage/graph.ts
var graph = __webpack_require__(54938);
// EXTERNAL MODULE: ./src/lineage/run.ts + 1 modules
var run = __webpack_require__(96052);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(45325);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(42408);
;// CONCATENATED MODULE: ./src/lineage/snapshot.ts



function snapshotPacketId(window) {
    return `lineage-${window}`;
}
function sealSnapshot(args) {
    const body = {
        schema_version: args.sub.schema_version,
        packet_id: snapshotPacketId(args.window),
        release_window_id: args.window,
        revision: (0,revision/* formatRevision */.T)(args.revision),
        supersedes: args.previous ? { revision: args.previous.revision, signature_digest: args.previous.signature_digest } : null,
        store_commit: args.sub.store_commit,
        source_index_sha256: args.sub.source_index_sha256,
        graph_sha256: (0,graph.graphSha256)(args.sub),
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
var validate = __webpack_require__(46214);
;// CONCATENATED MODULE: ./src/lineage/snapshot-write.ts
















async function buildSnapshots(settings, secrets) {
    const secret = await (0,keys/* readSigningSecret */.yG)({ ...secrets, keyFile: settings.signing?.keyFile });
    if (!secret)
        throw new errors/* UserError */.yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${keys/* SIGNING_KEY_ENV */.on} (the pipeline's key: snapshots are signed like closure packets)` });
    const signer = (0,signing_signer/* createSigner */.r)((0,keys/* parseSigningKey */.UG)(secret.text, secret.source), await (0,keyring/* loadVerifierKeyring */.kl)(settings), settings.now, settings.signing?.signerId);
    const built = await (0,run.buildAt)(settings, undefined);
    const repo = (0,src_git/* openRepository */.h_)(built.top);
    const branch = settings.git?.storeBranch || (await repo.currentBranch());
    if (!branch)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the lineage snapshot to; check out a branch or pass --store-branch NAME' });
    const tip = await repo.tryResolveRef(`refs/heads/${branch}`);
    if (tip !== built.commit)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: `the graph was built at ${built.commit}, but ${branch} is at ${tip ?? '(unborn)'}; build on the store branch's checked-out tip` });
    const latest = await latestSnapshots(built.top, built.commit);
    const files = [];
    const windows = [];
    const subs = (0,graph.windowSubgraphs)(built.graph);
    for (const window of (0,graph.windowsOf)(built.graph)) {
        const sub = subs.get(window);
        const prev = latest.get(window) ?? null;
        if (prev && prev.doc.graph_sha256 === (0,graph.graphSha256)(sub)) {
            windows.push({ release_window_id: window, revision: prev.doc.revision, action: 'unchanged', blocking: prev.doc.validation.blocking, path: null });
            continue;
        }
        const revision = (prev?.revision ?? 0) + 1;
        const defects = (0,validate/* validateGraph */.dC)(sub);
        const snap = sealSnapshot({ window, revision, previous: prev?.doc ?? null, sub, defects, signer: (0,signing_signer/* signerBlock */._)(signer) });
        const signed = (0,signing_document/* signDocument */.Tt)(family/* LINEAGE_KIND */.J, snap, signer);
        const paths = (0,layout/* revisionPaths */.s3)(family.LINEAGE_FAMILY, { window, revision });
        files.push({ path: paths.packet, bytes: Buffer.from(signed.json) }, { path: paths.signature, bytes: Buffer.from(signed.sig) }, { path: paths.log, bytes: Buffer.from(renderValidateLog(snap, (0,time/* formatUtc */.ay)(settings.now))) });
        windows.push({ release_window_id: window, revision: snap.revision, action: 'written', blocking: snap.validation.blocking, path: paths.packet });
    }
    if (files.length === 0)
        return { commit: built.commit, written: null, windows, graph: built.graph };
    const git = settings.git ?? src_settings/* DEFAULT_GIT */.P;
    const written = windows.filter((w) => w.action === 'written');
    const { commitOid } = await (0,write/* commitFiles */.z)({
        dir: built.top,
        branch,
        parentOid: built.commit,
        files,
        committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) },
        message: [`${family.LINEAGE_FAMILY.root}: ${written.length} window(s) at ${built.commit.slice(0, 12)}`, '', `store_commit: ${built.commit}`, ...written.map((w) => `${w.release_window_id} ${w.revision}`), '', 'Written once by release-evidence; published files are never modified.'].join('\n')
    });
    return { commit: built.commit, written: commitOid, windows, graph: built.graph };
}
/** The latest snapshot of every window in a commit's tree (as written: verify judges them). */
async function latestSnapshots(top, commit) {
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
    const blobs = await repo.readBlobs([...latest.values()].map((l) => l.oid));
    const out = new Map();
    for (const [window, l] of latest)
        out.set(window, { revision: l.revision, doc: (0,json/* parseLoose */.i)(blobs.get(l.oid) ?? '') });
    return out;
}


/***/ }),

/***/ 9960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64533);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20132);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83993);



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

/***/ 36348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   kl: () => (/* binding */ loadVerifierKeyring),
/* harmony export */   q2: () => (/* binding */ loadSignerKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83993);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45325);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92745);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42408);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40388);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27788);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3658);








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
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain };
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

/***/ 3658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64533);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77295);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52438);





// The pin: the sha256 of revision 1's canonical payload, given from outside the repository being
// verified (--trust-root, the trust-root Action input, $RELEASE_EVIDENCE_TRUST_ROOT), either as
// the hex value or as the path of a file that holds it. A file inside the checkout is refused:
// whoever can push could rewrite it together with the store.
const TRUST_ROOT_ENV = 'RELEASE_EVIDENCE_TRUST_ROOT';
const HEX = /^(?:sha256:)?([0-9a-fA-F]{64})$/;
/** The pinned sha256 (lowercase hex), or null when no pin was configured. */
async function resolvePin(settings) {
    const raw = settings.trust?.root?.trim();
    if (!raw)
        return null;
    const hex = HEX.exec(raw);
    if (hex)
        return hex[1].toLowerCase();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, raw);
    const [real, top] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file).catch(() => file), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(settings.workspace).catch(() => settings.workspace)]);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, real);
    if (inside === '' || (!inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'USAGE',
            message: `--trust-root ${raw}: the pin file is inside the repository being verified, so whoever can push could change it along with the store; give the sha256 itself, or a file outside the checkout`
        });
    }
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `--trust-root ${raw}: not a sha256 and not a readable file (${err.code ?? 'error'})`, cause: err });
    }
    const token = text
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .find((l) => l !== '');
    const m = token === undefined ? null : HEX.exec(token.split(/\s+/)[0]);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `--trust-root ${raw}: the file does not start with a sha256 (64 hex digits)` });
    return m[1].toLowerCase();
}
/**
 * The pin, or exit 2 (TRUST_ROOT_UNPINNED): whatever judges a signature needs it. `what` names the
 * command that asked ("verify", "retention index").
 */
async function requirePin(settings, what) {
    const pin = await resolvePin(settings);
    if (pin === null)
        throw unpinnedError(what);
    return pin;
}
function unpinnedError(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
        code: 'TRUST_ROOT_UNPINNED',
        message: `${what} cannot judge signatures without a pinned trust root: the keyring in the working tree (policies/keyring.yaml) is never trusted, since anyone who can push can edit it. ` +
            `Pin revision 1 of the store's trust root with --trust-root <sha256>, $${TRUST_ROOT_ENV}, the Action's trust-root input, or --trust-root FILE (a file outside the checkout that holds the sha256); ` +
            `'release-evidence trust show' prints the sha256 to compare with the pin you keep. ` +
            `No trust root yet? Create one with 'release-evidence trust migrate --root-key NAME=FILE ...' and keep the pin it prints (docs/trust-root.md)`
    });
}
/** The commit the store is read at: the store branch's tip when one is named and exists, else HEAD. */
async function storeCommit(settings) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch;
    const commit = (branch ? await repo.tryResolveRef(`refs/heads/${branch}`) : null) ?? (await repo.headOid());
    return { top, commit };
}


/***/ }),

/***/ 92745:
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


/***/ })

};
