export const id = 1936;
export const ids = [1936,4663];
export const modules = {

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrust: () => (/* binding */ runTrust)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9692);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8381);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8750);
/* harmony import */ var _signing_dsse_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(870);
/* harmony import */ var _signing_ed25519_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7478);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7430);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6663);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6581);
/* harmony import */ var _store_write_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2170);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1899);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4705);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6043);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4189);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4663);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4241);




















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
    return { top, branch, tip, chain: await (0,_chain_js__WEBPACK_IMPORTED_MODULE_14__/* .readChain */ .U)(top, tip, null, now) };
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
        const raw = eq > 0 ? (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_18__/* .decodeBase64 */ .y4)(spec.slice(eq + 1)) : undefined;
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
    return (0,_revision_js__WEBPACK_IMPORTED_MODULE_17__/* .entriesOf */ .Mc)(await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_7__/* .loadKeyring */ .Or)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, path), path));
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
        const hits = keys.filter((k) => k.signer_id === id || (0,_signing_ed25519_js__WEBPACK_IMPORTED_MODULE_6__/* .keyIdOf */ .yg)((0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_18__/* .decodeBase64 */ .y4)(k.public_key) ?? Buffer.alloc(0)) === id);
        if (hits.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `--revoke ${id}: no signer key with that signer id or key id in the draft's keyring` });
        for (const k of hits)
            if (k.revoked_at_utc === undefined)
                Object.assign(k, { revoked_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_13__/* .formatUtc */ .ay)(revokeAt), ...(str(v.reason) ? { revocation_reason: str(v.reason) } : {}) });
    }
    const given = [...rootFromFiles, ...publicRootKeys(list(v['root-public-key']))];
    const rootKeys = given.length > 0 ? given : (prevDoc?.root.keys ?? []);
    if (rootKeys.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: 'trust: revision 1 needs root keys: --root-key NAME=FILE or --root-public-key NAME=B64 (two offline keys: see docs/trust-root.md)' });
    const threshold = given.length > 0 ? thresholdOf(v, rootKeys.length, Math.min(2, rootKeys.length)) : thresholdOf(v, rootKeys.length, prevDoc.root.threshold);
    const tsa = await tsaOf(inv, v, prevDoc?.tsa);
    const { doc, problems } = (0,_revision_js__WEBPACK_IMPORTED_MODULE_17__/* .assembleRevision */ .m)({ prev, keys, rootKeys, threshold, now, tsa });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: the drafted revision is not valid`, problems: problems.map((p) => ({ file: (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .rootPaths */ .R7)(doc.version).packet, message: p })) });
    return doc;
}
/** The TSA pin of the draft: --tsa-cert FILE (or none), --require-timestamp true|false, else the revision in force's. */
async function tsaOf(inv, v, previous) {
    const file = str(v['tsa-cert']);
    let tsa = previous ? { ...previous } : undefined;
    if (file === 'none')
        tsa = undefined;
    else if (file !== undefined) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, file);
        const pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch((err) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_UNREADABLE', message: `--tsa-cert ${file}: cannot read it (${err.code}); give the PEM of the TSA's certificate or of the CA that issues it`, cause: err });
        });
        // parsed now, so a wrong file is named here rather than as a schema problem
        (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_11__/* .parsePinnedTsa */ .i)(pem, `--tsa-cert ${file}`);
        const block = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem)[0];
        tsa = { certificate: `${block.replace(/\r\n/g, '\n')}\n`, ...(tsa?.require_token ? { require_token: true } : {}) };
    }
    const require = str(v['require-timestamp']);
    if (require !== undefined) {
        if (require !== 'true' && require !== 'false')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `--require-timestamp ${require}: use true or false` });
        if (!tsa)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: '--require-timestamp: the draft pins no TSA certificate; add --tsa-cert FILE' });
        tsa = require === 'true' ? { ...tsa, require_token: true } : { certificate: tsa.certificate };
    }
    return tsa;
}
function signatureOf(doc, key) {
    const sig = (0,_revision_js__WEBPACK_IMPORTED_MODULE_17__/* .rootSignature */ .v7)(doc, key);
    if (!sig)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'KEY_UNKNOWN', message: `the key from ${key.source} (key id ${key.keyId}) is not one of the root keys this revision lists as signers` });
    return sig;
}
async function migrate(inv, v, now) {
    const store = await openStore(inv, v, now);
    if (store.chain.revisions.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust migrate: ${store.branch} already has a trust root (${(0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .rootPaths */ .R7)(1).packet}); rotate with 'trust draft', 'trust sign', 'trust publish'` });
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
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(inv.cwd, str(v.out) ?? `trust-draft-${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(doc.version)}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(out, (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .renderRootJson */ .R5)(doc), { flag: 'wx' }).catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust draft: cannot write ${out} (${err.code}); a draft is never overwritten`, cause: err });
    });
    const signers = doc.signers.map((s) => s.signer_id).join(', ');
    inv.io.stdout(inv.values.json
        ? `${JSON.stringify({ draft: out, version: doc.version, payload_sha256: (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .payloadOf */ .Md)(doc).sha256, signers: doc.signers }, null, 2)}\n`
        : `Wrote ${out}: trust-root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(doc.version)}, payload sha256 ${(0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .payloadOf */ .Md)(doc).sha256}\nSign it with: release-evidence trust sign ${out} --key-file ROOT_KEY (root keys listed: ${signers})\nThen: release-evidence trust publish ${out}\n`);
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
    const checked = (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .checkRootDoc */ .TG)(value, path);
    if (!checked.doc || checked.problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${path} is not a valid trust-root revision`, problems: checked.problems.map((p) => ({ file: path, message: p })) });
    if ((0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .renderRootJson */ .R5)(checked.doc) !== json)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${path} is not the tool's rendering of its content (edited after drafting?); draft it again` });
    const sigText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(sigPath, 'utf8').catch(() => undefined);
    let sigs = [];
    if (sigText !== undefined) {
        const env = (0,_signing_dsse_js__WEBPACK_IMPORTED_MODULE_18__/* .parseEnvelope */ .mE)(sigText);
        if (!env.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `trust: ${sigPath} ${env.reason}` });
        if (!env.payload.equals((0,_util_hash_js__WEBPACK_IMPORTED_MODULE_12__/* .canonicalBytes */ .Mr)(checked.doc)))
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(d.sigPath, (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .renderRootEnvelope */ .R6)((0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .payloadOf */ .Md)(d.doc).payload, sigs));
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
    const { sha256 } = (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .payloadOf */ .Md)(doc);
    const files = new Map();
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(store.top);
    for (const r of store.chain.revisions) {
        files.set(r.revision, { json: await repo.readFileAt(store.tip, r.paths.packet), sig: await repo.readFileAt(store.tip, r.paths.signature) });
    }
    if (files.has(doc.version))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'USAGE', message: `trust publish: ${(0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .rootPaths */ .R7)(doc.version).packet} is already published; draft the next revision` });
    const prepared = (0,_revision_js__WEBPACK_IMPORTED_MODULE_17__/* .prepareRevision */ .TH)(files, doc, sigs, now);
    const mine = prepared.revision;
    if (!mine.trusted) {
        const text = mine.findings.map((f) => `  ${f.code}: ${f.detail}`).join('\n');
        inv.io.stdout(inv.values.json ? `${JSON.stringify({ published: false, findings: mine.findings }, null, 2)}\n` : `Not published: ${(0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .rootPaths */ .R7)(doc.version).packet} does not verify against the chain:\n${text}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure;
    }
    const paths = (0,_document_js__WEBPACK_IMPORTED_MODULE_15__/* .rootPaths */ .R7)(doc.version);
    const result = await (0,_store_write_js__WEBPACK_IMPORTED_MODULE_10__/* .commitFiles */ .z)({
        dir: store.top,
        branch: store.branch,
        parentOid: store.tip,
        files: prepared.files,
        message: `trust-root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(doc.version)}: ${doc.version === 1 ? 'the root of trust' : 'rotation'} (${mine.counted.join(', ')})`,
        committer: { name: _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_GIT */ .P.committerName, email: _settings_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_GIT */ .P.committerEmail, timestamp: Math.floor(now / 1000) }
    });
    const pin = prepared.pin;
    if (inv.values.json) {
        inv.io.stdout(`${JSON.stringify({ published: true, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(doc.version), commit: result.commitOid, payload_sha256: sha256, pin, files: paths }, null, 2)}\n`);
    }
    else {
        inv.io.stdout([
            `Published trust-root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(doc.version)} in ${result.commitOid} on ${store.branch} (signed by ${mine.counted.join(', ')})`,
            `Pin (sha256 of revision 1's payload): ${pin}`,
            `Verify with: release-evidence verify --trust-root ${pin}   (Action input trust-root: ${pin})`,
            ''
        ].join('\n'));
    }
    return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass;
}
async function show(inv, v, now) {
    const store = await openStore(inv, v, now);
    const c = store.chain;
    const rows = c.revisions.map((r) => ({
        revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(r.revision),
        payload_sha256: r.sha256,
        trusted: r.trusted,
        signed_by: r.counted,
        published_in: r.publishedIn ?? null,
        findings: r.findings.map((f) => `${f.code}: ${f.detail}`)
    }));
    const pin = c.revisions[0]?.sha256 ?? null;
    const pinned = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_16__/* .tsaOfChain */ .He)(c);
    const tsa = pinned ? { subject: pinned.pinned.cert.subject.replace(/\n/g, ', '), sha256: pinned.pinned.sha256, require_token: pinned.requireToken } : null;
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ branch: store.branch, commit: store.tip, pin, in_force: c.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(c.inForce.revision) : null, tsa, revisions: rows }, null, 2)}\n`);
    else {
        const out = [`Trust root on ${store.branch} at ${store.tip ?? '(no commits)'}: ${rows.length} revision(s), in force ${c.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_19__/* .formatRevision */ .T)(c.inForce.revision) : 'none'}`];
        for (const r of rows)
            out.push(`  ${r.revision}  sha256:${r.payload_sha256 ?? '-'}  ${r.trusted ? 'ok' : 'FAIL'}  ${r.signed_by.join(', ')}${r.findings.map((f) => `\n      ${f}`).join('')}`);
        out.push(tsa ? `Trusted time: TSA certificate ${tsa.subject} sha256:${tsa.sha256}${tsa.require_token ? ' (tokens required)' : ''}` : 'Trusted time: no TSA certificate pinned');
        if (pin)
            out.push(`Revision 1's sha256 (check it against the pin you keep outside the repository): ${pin}`);
        inv.io.stdout(`${out.join('\n')}\n`);
    }
    return c.revisions.every((r) => r.trusted) ? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure;
}


/***/ }),

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1899);









/** The TSA pinned by the chain's revision in force (its document was validated, so the PEM parses). */
function tsaOfChain(chain) {
    const tsa = chain.inForce?.doc?.tsa;
    if (!tsa)
        return null;
    return { pinned: (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePinnedTsa */ .i)(tsa.certificate, `${chain.inForce.paths.packet} /tsa/certificate`), requireToken: tsa.require_token === true };
}
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
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain, tsa: null };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain, tsa: tsaOfChain(chain) };
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
