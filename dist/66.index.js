export const id = 66;
export const ids = [66];
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


/***/ })

};
