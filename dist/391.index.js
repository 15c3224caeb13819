export const id = 391;
export const ids = [391];
export const modules = {

/***/ 57391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectorOfChain: () => (/* binding */ inspectorOfChain),
/* harmony export */   trustInspector: () => (/* binding */ trustInspector)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51561);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90870);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96581);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95138);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86599);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62200);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29021);







// The trust family's inspector. A revision's verdict depends on every revision before it, so the
// chain is walked once (chain.ts) and each revision's facts are looked up; the fingerprint covers
// the pin and every revision's digest and verdict, so a cached verdict never outlives its chain.
const VERIFIER_VERSION = 'trust-root-verifier/1';
async function trustInspector(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_5__/* .resolvePin */ .Qw)(settings);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_1__/* .repoTopLevel */ .MS)(settings.workspace);
    const head = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top).headOid();
    return inspectorOfChain(await (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .readChain */ .U)(top, head, pin, settings.now), settings.now);
}
function inspectorOfChain(chain, now) {
    const byPath = new Map(chain.revisions.map((r) => [r.paths.packet, r]));
    const summary = chain.revisions.map((r) => `${r.revision}:${r.sha256}:${r.findings.map((f) => f.code).join(',')}`).join(';');
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_FAMILY */ .UW,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${chain.pin ?? 'unpinned'}\0${summary}`),
        now,
        inspect: (input) => inspectRevision(input, byPath.get(input.path))
    };
}
function inspectRevision(input, r) {
    const parsed = input.signature ? (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .parseEnvelope */ .mE)(input.signature) : undefined;
    const sha = parsed?.ok ? (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(parsed.payload) : null;
    if (!r || (input.signature !== undefined && sha !== r.sha256)) {
        // A working-tree copy that differs from the committed revision (the store reports the edit).
        return { packetId: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_PACKET_ID */ .si, digest: sha, supersedes: null, windowId: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_WINDOW */ .gi, revision: input.ref.revision, signerId: null, keyId: null, signedAt: null, findings: [{ code: 'TRUST_ROOT_INVALID', field: '', detail: `${input.path} is not the revision committed at HEAD` }] };
    }
    return {
        packetId: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_PACKET_ID */ .si,
        digest: r.sha256,
        supersedes: r.doc?.previous?.sha256 ?? null,
        windowId: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_WINDOW */ .gi,
        revision: r.doc?.version ?? null,
        signerId: r.counted.length > 0 ? r.counted.join(',') : null,
        keyId: null,
        signedAt: r.signedAt,
        findings: r.findings
    };
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


/***/ })

};
