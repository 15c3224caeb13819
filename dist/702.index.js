export const id = 702;
export const ids = [702,964,98,663];
export const modules = {

/***/ 28501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planPurge: () => (/* binding */ planPurge)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51561);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59077);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84598);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76043);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86079);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96581);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42012);







async function planPurge(settings, families, opts) {
    const index = await (0,_derive_js__WEBPACK_IMPORTED_MODULE_4__.deriveIndex)({ settings, families, at: opts.at });
    const policy = (await (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.loadRetentionTrust)(settings)).policy.data;
    const window = opts.window === undefined ? undefined : (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_2__.normalizeId)(opts.window, '--window');
    const series = new Map();
    for (const r of index.rows) {
        if (window !== undefined && r.release_window_id !== window)
            continue;
        const k = `${r.family}\0${r.release_window_id}`;
        series.set(k, [...(series.get(k) ?? []), r]);
    }
    const refused = [];
    const chosen = [];
    for (const rows of series.values()) {
        const latest = rows.find((r) => r.is_latest === 'true') ?? rows[rows.length - 1];
        const w = latest.release_window_id;
        // hold precedence: checked before eligibility
        if (rows.some((r) => r.legal_hold_state === 'active')) {
            refused.push({ release_window_id: w, code: 'RETENTION_PURGE_HELD', field: 'legal_hold_state', detail: `${latest.family} ${w} is under legal hold ${latest.hold_ids} (${latest.hold_reason}, owner ${latest.hold_owner})` });
            continue;
        }
        const e = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseUtc */ .y5)(latest.retention_expiry_utc);
        if (!e.ok || e.ms > settings.now) {
            refused.push({ release_window_id: w, code: 'RETENTION_PURGE_NOT_EXPIRED', field: 'retention_expiry_utc', detail: `${latest.family} ${w} is kept until ${latest.retention_expiry_utc || '(no expiry)'}` });
            continue;
        }
        chosen.push(rows);
    }
    if (window !== undefined && series.size === 0)
        refused.push({ release_window_id: window, code: 'RETENTION_PURGE_NOT_EXPIRED', field: 'release_window_id', detail: `no revision of window ${window} in the index` });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoTopLevel */ .MS)(settings.workspace));
    const candidates = [];
    for (const rows of chosen) {
        const first = rows[0];
        const spec = families.find((f) => f.family.name === first.family);
        const tree = await repo.listTree(index.commit, `${spec.family.root}/${first.release_window_id}`);
        const files = tree.filter((f) => (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(spec.family, f.path).type === 'artifact').map((f) => ({ path: f.path, blob: f.oid }));
        candidates.push({ family: first.family, release_window_id: first.release_window_id, retention_expiry_utc: rows.find((r) => r.is_latest === 'true')?.retention_expiry_utc ?? '', files, archived_rows: rows });
    }
    return {
        commit: index.commit,
        candidates,
        refused,
        approvals_required: { count: 2, roles: [...policy.purge_roles], distinct_keys: true, distinct_signers: true, ci_roles_excluded: [...policy.ci_roles] }
    };
}


/***/ }),

/***/ 70997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57430);



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

/***/ 89360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ foldEvents)
/* harmony export */ });
/** Applies events (already in parent-before-child order) to a state; returns the same object. */
function foldEvents(state, events, orderOffset = 0) {
    for (const e of events) {
        const known = state[e.path];
        const origin = { commit: e.commit, time: e.time, order: e.order + orderOffset };
        if (!known) {
            if (e.status === 'A')
                state[e.path] = { blob: e.newOid, origin, rewrites: [] };
            else
                state[e.path] = { blob: e.oldOid || e.newOid, origin, rewrites: [rewrite(e)] };
            continue;
        }
        // With `-m`, a merge shows the same addition again against its other parent: same blob, no
        // news. Anything else (other bytes, a modification, a deletion) is a rewrite of published data.
        if (e.status === 'A' && e.newOid === known.blob)
            continue;
        if (known.rewrites.some((r) => r.commit === e.commit && r.status === e.status && r.newOid === e.newOid && r.oldOid === e.oldOid))
            continue;
        // Copy on write: histories loaded from the cache share one empty list.
        known.rewrites = [...known.rewrites, rewrite(e)];
    }
    return state;
}
function rewrite(e) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid };
}


/***/ }),

/***/ 34663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   kl: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export loadTrustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95138);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29021);








/** The chain's keyring, or null when no pin is configured (the caller falls back to policies/keyring.yaml). */
async function loadTrustedKeyring(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePin */ .Qw)(settings);
    if (pin === null)
        return null;
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
 * The keyring every signed family verifies under: the pinned trust root's when a pin is
 * configured, else the working-tree keyring policy (verify then reports TRUST_ROOT_UNPINNED).
 * One function for every lesson, so no family can trust the working tree while another is pinned.
 */
async function loadVerifierKeyring(settings) {
    const pinned = await loadTrustedKeyring(settings);
    if (pinned)
        return pinned;
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, settings.policies['keyring']);
    return (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKeyring */ .Or)(abs, (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(settings.workspace, abs));
}


/***/ }),

/***/ 29021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin)
/* harmony export */ });
/* unused harmony export TRUST_ROOT_ENV */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51561);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96581);





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
/** The commit the store is read at: the store branch's tip when one is named and exists, else HEAD. */
async function storeCommit(settings) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch;
    const commit = (branch ? await repo.tryResolveRef(`refs/heads/${branch}`) : null) ?? (await repo.headOid());
    return { top, commit };
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


/***/ })

};
