export const id = 9943;
export const ids = [9943];
export const modules = {

/***/ 9943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_ROOT_AT: () => (/* binding */ DEMO_ROOT_AT),
/* harmony export */   DEMO_ROOT_KEYS: () => (/* binding */ DEMO_ROOT_KEYS),
/* harmony export */   demoRootKey: () => (/* binding */ demoRootKey),
/* harmony export */   demoTrustRoot: () => (/* binding */ demoTrustRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8750);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7430);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6663);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6581);
/* harmony import */ var _store_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2170);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4705);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6043);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4241);










// The demo's trust root (`release-evidence demo`): today's keyring migrated into revision 1,
// signed by two root keys, committed to the demo repository and pinned, so the demo verifies the
// way a real store must (verify never reads the working-tree keyring). Deterministic: the root
// keys come from fixed public strings and the revision from a fixed instant, so every run
// commits the same bytes and prints the same pin. Those root keys protect nothing: anyone can
// derive them, as anyone can read the demo signing key.
/** When the demo's root is created: after the inputs commit, before the first export. */
const DEMO_ROOT_AT = '2026-11-23T12:00:00Z';
const DEMO_ROOT_KEYS = ['demo-root-a', 'demo-root-b'];
/** A demo root key: its seed is sha256 of a fixed, published string. */
function demoRootKey(name) {
    const seed = Buffer.from((0,_util_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256Hex */ .fg)(`release-evidence DEMO-ONLY trust-root key ${name}`), 'hex');
    return (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSigningKey */ .UG)(seed.toString('base64'), `${name} (demo root key, derived from a public string)`);
}
/** Migrates the demo repository's keyring into a pinned trust root; returns the pin. */
async function demoTrustRoot(settings, say) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoTopLevel */ .MS)(settings.workspace);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch || (await repo.currentBranch()) || 'main';
    const at = Date.parse(DEMO_ROOT_AT);
    const keyringFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(top, settings.policies['keyring']);
    const keyring = await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_3__/* .loadKeyring */ .Or)(keyringFile, settings.policies['keyring']);
    const root = (0,_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .firstRevision */ .GY)({ keyring, roots: DEMO_ROOT_KEYS.map((name) => ({ name, key: demoRootKey(name) })), now: at });
    const git = settings.git ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P;
    const commit = await (0,_store_write_js__WEBPACK_IMPORTED_MODULE_6__/* .commitFiles */ .z)({
        dir: top,
        branch,
        parentOid: await repo.tryResolveRef(`refs/heads/${branch}`),
        files: root.files,
        message: `trust-root r001: the root of trust (${root.revision.counted.join(', ')})`,
        committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(at / 1000) }
    });
    const pin = root.pin;
    say('== Trust root: the keyring as a signed revision 1, pinned (verify never reads policies/keyring.yaml) ==');
    say(`  trust migrate: ${settings.policies['keyring']} -> trust/root/root-r001.json, signed 2 of 2 by ${DEMO_ROOT_KEYS.join(', ')} (DEMO root keys), ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_8__/* .formatUtc */ .ay)(at)}`);
    say(`  commit ${commit.commitOid}`);
    say(`  pin (sha256 of revision 1's payload): ${pin}`);
    say('  every step below that judges a signature walks the chain from this pin (--trust-root)\n');
    return pin;
}


/***/ }),

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ firstRevision),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   TH: () => (/* binding */ prepareRevision),
/* harmony export */   m: () => (/* binding */ assembleRevision),
/* harmony export */   v7: () => (/* binding */ rootSignature)
/* harmony export */ });
/* unused harmony export rootKeyOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6043);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4189);





// The pure steps of a trust-root revision, shared by the ceremony (`trust migrate|draft|publish`),
// the demo and the tests: assemble the document, sign it with root keys, and check it as the next
// link of a chain before its three files are committed. No I/O: the callers read and commit.
/** A keyring's entries as trust-root signer keys. */
function entriesOf(keyring) {
    return keyring.keys.map((k) => ({
        signer_id: k.signerId,
        public_key: k.publicKeyBase64,
        role: k.role,
        valid_from_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(k.validFrom),
        valid_until_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(k.validUntil),
        ...(k.demo ? { demo: true } : {})
    }));
}
function rootKeyOf(name, key) {
    return { name, key_id: key.keyId, public_key: key.publicKey.toString('base64') };
}
/**
 * The revision after `prev` (revision 1 when null): signer blocks for every root key of the
 * previous and of this revision, all dated `now`. Returns the document and its problems (none:
 * well formed).
 */
function assembleRevision(args) {
    const { prev, keys, rootKeys, threshold } = args;
    const signedAt = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(args.now);
    const signerKeys = new Map();
    for (const k of [...(prev?.doc?.root.keys ?? []), ...rootKeys])
        signerKeys.set(k.key_id, k);
    const doc = {
        version: (prev?.revision ?? 0) + 1,
        previous: prev && prev.sha256 ? { version: prev.revision, sha256: prev.sha256 } : null,
        created_at_utc: signedAt,
        root: { threshold, keys: rootKeys },
        ...(args.tsa ? { tsa: args.tsa } : {}),
        keys,
        signers: [...signerKeys.values()].map((k) => ({ signer_id: k.name, key_id: k.key_id, role: _document_js__WEBPACK_IMPORTED_MODULE_3__/* .ROOT_ROLE */ .K1, signed_at_utc: signedAt }))
    };
    return { doc, problems: (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRootDoc */ .TG)(JSON.parse(JSON.stringify(doc)), (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .rootPaths */ .R7)(doc.version).packet).problems };
}
/** One root key's signature over the revision (the key must be one the revision lists as a signer). */
function rootSignature(doc, key) {
    if (!doc.signers.some((s) => s.key_id === key.keyId))
        return null;
    return { keyid: key.keyId, sig: key.sign((0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .rootPae */ .zT)((0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .payloadOf */ .Md)(doc).payload)).toString('base64') };
}
/**
 * Checks `doc` signed by `sigs` as the next link after the committed revisions `committed`, at
 * instant `now`, and renders its .json, .sig and .log.
 */
function prepareRevision(committed, doc, sigs, now) {
    const { payload } = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .payloadOf */ .Md)(doc);
    const json = Buffer.from((0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRootJson */ .R5)(doc));
    const sig = Buffer.from((0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .renderRootEnvelope */ .R6)(payload, sigs));
    const files = new Map(committed);
    files.set(doc.version, { json, sig });
    const chain = (0,_chain_js__WEBPACK_IMPORTED_MODULE_2__/* .walkChain */ .n)(files, null, now);
    const revision = chain.revisions.find((r) => r.revision === doc.version);
    const paths = (0,_document_js__WEBPACK_IMPORTED_MODULE_3__/* .rootPaths */ .R7)(doc.version);
    const log = Buffer.from(renderRootLog(revision, chain, now));
    return {
        revision,
        chain,
        pin: chain.revisions[0]?.sha256 ?? null,
        files: [
            { path: paths.packet, bytes: json },
            { path: paths.signature, bytes: sig },
            { path: paths.log, bytes: log }
        ]
    };
}
/**
 * Revision 1 from a keyring, signed by every root key given (threshold: all of them unless
 * `threshold`). What `trust migrate` commits; the demo and the tests use it to build a root.
 */
function firstRevision(args) {
    const rootKeys = args.roots.map((r) => rootKeyOf(r.name, r.key));
    const { doc, problems } = assembleRevision({ prev: null, keys: entriesOf(args.keyring), rootKeys, threshold: args.threshold ?? rootKeys.length, now: args.now, tsa: args.tsa });
    if (problems.length > 0)
        throw new Error(`trust: revision 1 is not valid: ${problems.join('; ')}`);
    const sigs = args.roots.map((r) => rootSignature(doc, r.key));
    return { ...prepareRevision(new Map(), doc, sigs, args.now), doc };
}
function renderRootLog(r, chain, now) {
    const doc = r.doc;
    if (!doc)
        return '';
    const lines = [
        ['revision', `${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRevision */ .T)(r.revision)}${doc.previous ? ` (previous ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRevision */ .T)(doc.previous.version)} sha256:${doc.previous.sha256})` : ' (root of trust)'}`],
        ['payload_sha256', r.sha256 ?? ''],
        ['pin', chain.revisions[0]?.sha256 ?? ''],
        ['root', `${doc.root.threshold} of ${doc.root.keys.map((k) => `${k.name} ${k.key_id.slice(0, 16)}`).join(', ')}`],
        ['signed_by', r.counted.join(', ')],
        ['signer_keys', `${doc.keys.length} (${doc.keys.filter((k) => k.revoked_at_utc !== undefined).length} revoked)`],
        ['tsa', doc.tsa ? `pinned certificate sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(pemDer(doc.tsa.certificate)).digest('hex')}${doc.tsa.require_token ? ', tokens required' : ''}` : 'none pinned'],
        ['checks', 'version consecutive; previous links the prior payload; threshold of the previous and of this root, by distinct keys; Ed25519 over DSSE PAE; .json equals signed payload'],
        ['result', r.trusted ? 'VERIFIED' : 'FAILED'],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence trust-root verification (informative only: verify proves each revision from its .json and .sig)', ...lines.map(([k, val]) => `${k.padEnd(width)}  ${val}`)].join('\n') + '\n';
}
/** The DER inside a one-certificate PEM (the document check has made sure there is exactly one). */
function pemDer(pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, ''), 'base64');
}


/***/ })

};
