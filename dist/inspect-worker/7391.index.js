export const id = 7391;
export const ids = [7391];
export const modules = {

/***/ 7391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectorOfChain: () => (/* binding */ inspectorOfChain),
/* harmony export */   trustInspector: () => (/* binding */ trustInspector)
/* harmony export */ });
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(870);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5138);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2200);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9021);





// The trust family's inspector. A revision's verdict depends on every revision before it, so the
// chain is walked once (chain.ts) and each revision's facts are looked up; the fingerprint covers
// the pin and every revision's digest and verdict, so a cached verdict never outlives its chain.
const VERIFIER_VERSION = 'trust-root-verifier/1';
async function trustInspector(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_3__/* .requirePin */ .rC)(settings, 'verify');
    // The chain of the commit being verified (a store branch's tip, not the checked-out HEAD).
    const { top, commit } = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_3__/* .storeCommit */ .Jv)(settings);
    return inspectorOfChain(await (0,_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .readChain */ .U)(top, commit, pin, settings.now), settings.now);
}
function inspectorOfChain(chain, now) {
    const byPath = new Map(chain.revisions.map((r) => [r.paths.packet, r]));
    const summary = chain.revisions.map((r) => `${r.revision}:${r.sha256}:${r.findings.map((f) => f.code).join(',')}`).join(';');
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_FAMILY */ .UW,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${chain.pin ?? 'unpinned'}\0${summary}`),
        now,
        inspect: (input) => inspectRevision(input, byPath.get(input.path))
    };
}
function inspectRevision(input, r) {
    const parsed = input.signature ? (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEnvelope */ .mE)(input.signature) : undefined;
    const sha = parsed?.ok ? (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(parsed.payload) : null;
    if (!r || (input.signature !== undefined && sha !== r.sha256)) {
        // A working-tree copy that differs from the committed revision (the store reports the edit).
        return { packetId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_PACKET_ID */ .si, digest: sha, supersedes: null, windowId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_WINDOW */ .gi, revision: input.ref.revision, signerId: null, keyId: null, signedAt: null, findings: [{ code: 'TRUST_ROOT_INVALID', field: '', detail: `${input.path} is not the revision committed at the verified commit` }] };
    }
    return {
        packetId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_PACKET_ID */ .si,
        digest: r.sha256,
        supersedes: r.doc?.previous?.sha256 ?? null,
        windowId: _family_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUST_WINDOW */ .gi,
        revision: r.doc?.version ?? null,
        signerId: r.counted.length > 0 ? r.counted.join(',') : null,
        keyId: null,
        signedAt: r.signedAt,
        findings: r.findings
    };
}


/***/ })

};
