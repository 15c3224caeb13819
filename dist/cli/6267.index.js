export const id = 6267;
export const ids = [6267];
export const modules = {

/***/ 6267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context),
/* harmony export */   placeHold: () => (/* binding */ placeHold),
/* harmony export */   releaseHold: () => (/* binding */ releaseHold)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8750);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6663);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(997);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9077);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5027);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4598);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6096);
/* harmony import */ var _hold_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2777);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2012);












/** The signer, trust and branch a hold or purge record is written with. */
async function context(settings, secrets, whose = "a signer whose role is one of the retention policy's hold_roles") {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_11__.loadRetentionTrust)(settings, { writer: true });
    const secret = await (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .readSigningSecret */ .yG)({ ...secrets, keyFile: settings.signing?.keyFile });
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${_signing_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGNING_KEY_ENV */ .on} (the key of ${whose})` });
    const signer = (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_4__/* .createSigner */ .r)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSigningKey */ .UG)(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch || (await repo.currentBranch());
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the record to; check out a branch or pass --store-branch NAME' });
    const parent = await repo.tryResolveRef(`refs/heads/${branch}`);
    const git = settings.git ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P;
    return { top, branch, parent, trust, signer, committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) } };
}
function roleFinding(ctx) {
    if ((0,_trust_js__WEBPACK_IMPORTED_MODULE_11__.mayHold)(ctx.trust, ctx.signer.role))
        return [];
    return [{ code: 'HOLD_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}'; only ${ctx.trust.policy.data.hold_roles.join(', ')} may place or release a hold` }];
}
async function placeHold(settings, req, secrets) {
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_8__.normalizeId)(req.window, 'release_window_id');
    const reason = (req.reason ?? '').trim();
    const owner = (req.owner ?? '').trim();
    const none = { action: 'place', written: false, holdId: null, window, commitOid: null, files: [], findings: [] };
    const missing = [];
    if (reason === '')
        missing.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: 'reason', detail: 'a hold needs a reason (--reason)' });
    if (owner === '')
        missing.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: 'owner', detail: 'a hold needs an owner (--owner)' });
    if (missing.length > 0)
        return { ...none, findings: missing };
    const ctx = await context(settings, secrets);
    const refused = roleFinding(ctx);
    if (refused.length > 0)
        return { ...none, findings: refused };
    const caseId = req.caseId?.trim() ? req.caseId.trim() : null;
    const holdId = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.holdIdFor)({ window, reason, owner, caseId, signer: ctx.signer });
    const record = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.placeRecord)({ holdId, window, reason, owner, caseId, signer: ctx.signer });
    return write(ctx, record, { ...none, holdId });
}
async function releaseHold(settings, rawHoldId, secrets) {
    const holdId = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_8__.normalizeId)(rawHoldId, 'hold id');
    const ctx = await context(settings, secrets);
    const none = { action: 'release', written: false, holdId, window: null, commitOid: null, files: [], findings: [] };
    const window = ctx.parent ? await windowOfHold(ctx.top, ctx.parent, holdId) : null;
    if (window === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `no hold '${holdId}' in ${_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0.root}/ on ${ctx.branch}; list holds with 'release-evidence retention query holds'` });
    const refused = roleFinding(ctx);
    if (refused.length > 0)
        return { ...none, window, findings: refused };
    const latest = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .latestRevision */ .HA)(ctx.top, ctx.parent, _family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, window, holdId));
    if (!latest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `no hold '${holdId}'` });
    if (latest.revision !== 1)
        return { ...none, window, findings: [{ code: 'HOLD_RECORD_INVALID', field: 'hold_id', detail: `hold '${holdId}' is already released (${latest.paths.packet})` }] };
    const placed = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.verifyHold)(latest.packet, latest.signature, ctx.trust, ctx.signer.at, { window, key: holdId, revision: 1 });
    if (!placed.ok)
        return { ...none, window, findings: placed.findings };
    return write(ctx, (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.releaseRecord)(placed.record, ctx.signer), { ...none, window });
}
async function windowOfHold(top, commit, holdId) {
    for (const f of await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top).listTree(commit, _family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0.root)) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, f.path);
        if (p.type === 'artifact' && p.ref.key === holdId)
            return p.ref.window;
    }
    return null;
}
async function write(ctx, record, base) {
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0, record.release_window_id, record.hold_id);
    const result = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_7__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_9__/* .HOLD_FAMILY */ .d0,
        series,
        committer: ctx.committer,
        build: (next) => {
            if (record.revision !== `r${String(next).padStart(3, '0')}`)
                return { kind: 'rejected', findings: [{ code: 'HOLD_RECORD_INVALID', field: '/revision', detail: `the hold's next record would be r${String(next).padStart(3, '0')}, not ${record.revision}` }] };
            const files = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.signHold)(record, ctx.signer);
            const v = (0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.verifyHold)(files.json, files.sig, ctx.trust, ctx.signer.at, { window: series.window, key: series.key, revision: next });
            if (!v.ok)
                return { kind: 'rejected', findings: v.findings };
            return { kind: 'signed', files: { packet: Buffer.from(files.json), signature: Buffer.from(files.sig), log: Buffer.from((0,_hold_js__WEBPACK_IMPORTED_MODULE_10__.renderHoldLog)(record, v, ctx.signer.at)), digest: record.signature_digest } };
        }
    });
    return {
        ...base,
        window: series.window,
        written: result.action === 'written',
        commitOid: result.commitOid,
        files: result.files ? [result.files.packet, result.files.signature, result.files.log] : [],
        findings: result.findings
    };
}


/***/ }),

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

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P0: () => (/* binding */ exportWindow),
  XJ: () => (/* binding */ latestBlobIds),
  bN: () => (/* binding */ latestFiles),
  HA: () => (/* binding */ latestRevision),
  pz: () => (/* binding */ withBlobs)
});

// UNUSED EXPORTS: commitMessage, latestRevisions

// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(6692);
;// CONCATENATED MODULE: ./src/store/view-write.ts



async function viewFileFor(args) {
    const { window } = args;
    // a shared view (view-spec.ts families) is its owner's page, whichever of its families publishes
    const family = (0,view/* viewOwner */.TG)(args.family);
    const path = (0,view/* viewPath */.Rt)(family, window);
    if (!family.view || path === null)
        return null;
    const views = await family.view.load();
    const { files, blobs } = args.folder ?? (await readFolder(args.dir, args.parentOid, family, window));
    const replaces = files.some((f) => f.path === path);
    // the new revision's files are not objects yet: their bytes are passed under placeholder ids
    const added = [
        { path: args.paths.packet, oid: ':new-packet', mode: '100644' },
        { path: args.paths.signature, oid: ':new-signature', mode: '100644' },
        { path: args.paths.log, oid: ':new-log', mode: '100644' }
    ];
    const all = new Map(blobs);
    all.set(':new-packet', args.packet);
    const page = (0,view/* renderPage */.Cf)(family, views, views.version, (0,view/* viewInput */.k$)(family, window, [...files, ...added], all));
    if (page === null)
        throw new Error(`store: family ${family.name} has no renderer for its own view version ${views.version}`);
    return { file: { path, bytes: Buffer.from(page, 'utf8') }, replaces };
}
async function readFolder(dir, parentOid, family, window) {
    const repo = (0,git/* openRepository */.h_)(dir);
    const files = parentOid ? await repo.listTree(parentOid, (0,layout/* windowDir */.Wg)(family, window)) : [];
    return { files, blobs: await repo.readBlobs((0,view/* viewBlobs */.YX)(family, files)) };
}

// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/store/publish.ts





/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const files = await (0,git/* openRepository */.h_)(dir).listTree(commit, (0,layout/* windowDir */.Wg)(family, series.window));
    return (await latestOf(dir, files, family, [series])).get((0,layout/* seriesId */.hG)(series)) ?? null;
}
/**
 * The latest revision of each of many series, from one listing of the family's folder and one
 * blob read (an export of 10,000 windows spawned two git processes per window before).
 */
async function latestRevisions(dir, commit, family, series) {
    if (commit === null)
        return new Map(series.map((s) => [seriesId(s), null]));
    const files = await openRepository(dir).listTree(commit, family.root);
    return latestOf(dir, files, family, series);
}
async function latestOf(dir, files, family, series) {
    const latest = latestFiles(files, family, series);
    const blobs = await (0,git/* openRepository */.h_)(dir).readBlobs(latestBlobIds(latest));
    return withBlobs(latest, blobs);
}
/** The latest revision of each series in `files` (a listing that covers their folders); null when none. */
function latestFiles(files, family, series) {
    const wanted = new Map(series.map((s) => [(0,layout/* seriesId */.hG)(s), s]));
    const latest = new Map();
    const oids = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type !== 'artifact')
            continue;
        const id = (0,layout/* seriesId */.hG)(p.ref);
        if (!wanted.has(id))
            continue;
        oids.set(f.path, f.oid);
        latest.set(id, Math.max(latest.get(id) ?? 0, p.ref.revision));
    }
    const out = new Map();
    for (const [id, s] of wanted) {
        const revision = latest.get(id) ?? 0;
        if (revision === 0) {
            out.set(id, null);
            continue;
        }
        const paths = (0,layout/* revisionPaths */.s3)(family, { ...s, revision });
        out.set(id, { revision, paths, packetOid: oids.get(paths.packet), signatureOid: oids.get(paths.signature) });
    }
    return out;
}
function latestBlobIds(latest) {
    return [...latest.values()].flatMap((f) => (f ? [f.packetOid, f.signatureOid].filter((o) => o !== undefined) : []));
}
function withBlobs(latest, blobs) {
    const out = new Map();
    for (const [id, f] of latest) {
        out.set(id, f && {
            revision: f.revision,
            paths: f.paths,
            packet: (f.packetOid && blobs.get(f.packetOid)) || Buffer.alloc(0),
            signature: f.signatureOid ? blobs.get(f.signatureOid) : undefined
        });
    }
    return out;
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,util_revision/* formatRevision */.T)(revision);
    return [
        `${family.root}: ${(0,layout/* seriesId */.hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,util_revision/* formatRevision */.T)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = args.previous !== undefined ? args.previous : await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,layout/* revisionPaths */.s3)(family, { ...series, revision: next });
    const view = await viewFileFor({ dir: args.dir, parentOid: args.parentOid, family, window: series.window, paths, packet: outcome.files.packet, folder: args.folder });
    const commit = {
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log },
            ...(outcome.files.timestamp ? [{ path: (0,layout/* timestampPath */.y2)(paths.signature), bytes: outcome.files.timestamp }] : []),
            ...(view ? [view.file] : [])
        ],
        replace: view?.replaces ? [view.file.path] : []
    };
    if (args.batch && args.batch.head !== args.parentOid)
        throw new Error(`store: the batch is at ${args.batch.head}, not at ${args.parentOid}`);
    const { commitOid } = args.batch ? await args.batch.commit(commit) : await (0,write/* commitFiles */.z)({ dir: args.dir, branch: args.branch, parentOid: args.parentOid, ...commit });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
}


/***/ }),

/***/ 6692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ viewWindow),
/* harmony export */   Cf: () => (/* binding */ renderPage),
/* harmony export */   Rt: () => (/* binding */ viewPath),
/* harmony export */   TG: () => (/* binding */ viewOwner),
/* harmony export */   YX: () => (/* binding */ viewBlobs),
/* harmony export */   k$: () => (/* binding */ viewInput),
/* harmony export */   x8: () => (/* binding */ viewVersionOf)
/* harmony export */ });
/* unused harmony export viewHeader */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9077);



// A family's window view: one derived page per window folder (README.md, which GitHub shows under
// the folder listing), rendered from the signed files in that folder and nothing else. The store
// writes it with every revision it publishes (view-write.ts) and verify re-renders it at every
// commit that changed it (view-check.ts), so the page can never say more than the signed files do.
//
// A rendering is a contract: the page's first line names the view version it was made with, and
// verify re-renders with that version. Changing what a view prints means adding a version and
// keeping the old one, or every page written before the change would fail verify.
function viewPath(family, window) {
    return family.view ? `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDir */ .Wg)(family, window)}/${family.view.file}` : null;
}
/** The window whose view `path` is, or null when it is not a view file. */
function viewWindow(family, path) {
    if (!family.view)
        return null;
    const prefix = `${family.root}/`;
    const suffix = `/${family.view.file}`;
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return null;
    const window = path.slice(prefix.length, path.length - suffix.length);
    return (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .isCanonicalId */ ._I)(window) ? window : null;
}
const HEADER = /^<!-- release-evidence view ([a-z0-9-]+) v(\d{1,6}):/;
/**
 * The page's first line: which family and view version made it, and that it is not to be edited.
 * The family name is in it so a page copied into another family's folder does not re-render.
 */
function viewHeader(family, version) {
    return `<!-- release-evidence view ${family.name} v${version}: generated from the signed files in this folder; do not edit (release-evidence verify re-renders it and fails on any difference) -->\n`;
}
/** The view version a page names on its first line, or null when it names none. */
function viewVersionOf(page) {
    const m = HEADER.exec(page.subarray(0, 200).toString('utf8'));
    return m ? { family: m[1], version: Number(m[2]) } : null;
}
/** The family whose name a page carries and whose verify checks it: the first of a shared view's families. */
function viewOwner(family) {
    return family.view?.families?.()[0] ?? family;
}
/** The families whose revisions a page shows: the owner, then the families that share its folder. */
function viewFamilies(family) {
    return family.view?.families?.() ?? [family];
}
/** The whole page of `version` for a window, header included; null when this release has no such version. */
function renderPage(family, views, version, input) {
    const render = Object.hasOwn(views.renderers, version) ? views.renderers[version] : undefined;
    return render ? viewHeader(family, version) + render(input) : null;
}
/**
 * What a renderer is given for a window, from the files of its folder at one commit (`files`: every
 * file under `{root}/{window}/`) and their bytes (`blobs`, by blob id; a missing blob reads as empty).
 */
function viewInput(family, window, files, blobs) {
    const [own, ...others] = viewFamilies(family);
    const input = { family: { name: own.name, root: own.root }, window, revisions: revisionsOf(own, window, files, blobs) };
    return others.length === 0 ? input : { ...input, related: others.map((f) => ({ family: f.name, revisions: revisionsOf(f, window, files, blobs) })) };
}
function revisionsOf(family, window, files, blobs) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const dir = `${(0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .windowDir */ .Wg)(family, window)}/`;
    const rel = (path) => path.slice(dir.length);
    const revisions = [];
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.window !== window)
            continue;
        const other = (kind) => (byPath.has((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactPath */ .Ws)(family, p.ref, kind)) ? rel((0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactPath */ .Ws)(family, p.ref, kind)) : null);
        revisions.push({
            ...(p.ref.key !== undefined ? { key: p.ref.key } : {}),
            revision: p.ref.revision,
            label: (0,_family_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRevision */ .T)(p.ref.revision),
            files: { packet: rel(f.path), signature: other('signature'), log: other('log') },
            packet: blobs.get(f.oid) ?? Buffer.alloc(0),
            order: (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesId */ .hG)(p.ref)
        });
    }
    revisions.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.revision - b.revision));
    return revisions.map(({ order: _order, ...r }) => r);
}
/** The packet blobs a window's view needs, from a listing of its folder. */
function viewBlobs(family, files) {
    const families = viewFamilies(family);
    return files.filter((f) => families.some((fam) => {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStorePath */ .GV)(fam, f.path);
        return p.type === 'artifact' && p.kind === 'packet';
    })).map((f) => f.oid);
}


/***/ })

};
