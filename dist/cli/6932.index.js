export const id = 6932;
export const ids = [6932];
export const modules = {

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

/***/ 9581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ modeOnly),
/* harmony export */   fA: () => (/* binding */ badMode),
/* harmony export */   rS: () => (/* binding */ modeDefect)
/* harmony export */ });
/* unused harmony exports FILE_MODE, modeDetail */
// Every store file is a regular, non-executable file (mode 100644). A symlink (120000) can point
// a reader or a later write outside the repository, an executable bit (100755) makes evidence
// something to run, a submodule (160000) is another repository's commit in place of a file.
// History says which mode each commit gave a path (`git log --raw`); a commit that gave a store
// path any other mode is a blocking STORE_FILE_MODE, reported for that commit even when a later
// commit set it back, as every write-once violation stays reported.
const FILE_MODE = '100644';
const KIND = { '100755': 'an executable file', '120000': 'a symbolic link', '160000': 'a submodule (gitlink)', '040000': 'a folder' };
/** The mode a change gave its path when it is not 100644 (deletions have none). */
function badMode(e) {
    if (e.status === 'D' || e.newMode === undefined || e.newMode === '' || /^0+$/.test(e.newMode))
        return null;
    return e.newMode === FILE_MODE ? null : e.newMode;
}
/** A change of mode alone (same bytes): not a rewrite of the content. */
function modeOnly(e) {
    return (e.status === 'M' || e.status === 'T') && e.oldOid !== '' && e.oldOid === e.newOid;
}
function modeDetail(path, r) {
    const mode = r.mode ?? '';
    return `commit ${r.commit} ${r.status === 'A' ? 'added' : 'changed'} ${path} as ${KIND[mode] ?? `mode ${mode}`} (mode ${mode}); every store file must be a regular file, mode ${FILE_MODE}`;
}
/** Builds the defect with the store's own defect constructor (check.ts). */
function modeDefect(make, path, r) {
    return make(modeDetail(path, r));
}


/***/ }),

/***/ 9360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ foldEvents)
/* harmony export */ });
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9581);

/** Applies events (already in parent-before-child order) to a state; returns the same object. */
function foldEvents(state, events, orderOffset = 0) {
    for (const e of events) {
        const known = state[e.path];
        const origin = { commit: e.commit, time: e.time, order: e.order + orderOffset };
        const mode = (0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .badMode */ .fA)(e);
        if (!known) {
            const marks = mode === null ? [] : [modeRecord(e, mode)];
            if (e.status === 'A')
                state[e.path] = { blob: e.newOid, origin, rewrites: marks };
            else
                state[e.path] = { blob: e.oldOid || e.newOid, origin, rewrites: (0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOnly */ .Ev)(e) ? marks : [rewrite(e), ...marks] };
            continue;
        }
        if (mode !== null && !known.rewrites.some((r) => r.commit === e.commit && r.mode === mode))
            known.rewrites = [...known.rewrites, modeRecord(e, mode)];
        // A mode change alone is not a content rewrite (a bad mode is recorded above; setting it back is the fix).
        if ((0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOnly */ .Ev)(e))
            continue;
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
/** The record a bad mode leaves in a path's history (kept with its rewrites, and in the cache). */
function modeRecord(e, mode) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid, mode };
}
function rewrite(e) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid };
}


/***/ })

};
