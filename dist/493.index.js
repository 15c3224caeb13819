export const id = 493;
export const ids = [493,4663,7044];
export const modules = {

/***/ 34663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91899);









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

/***/ 29021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ knownRepo),
/* harmony export */   GQ: () => (/* binding */ withKnownRepo),
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89692);
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
// Answers shared by one run (verify) with every inspector it builds, keyed by the settings object
// it hands them: ten families each asking git for the top level and HEAD was twenty processes.
// A copy of the settings carries them, so no other run (and no later call) can see stale ones.
const known = new WeakMap();
/** A copy of `settings` whose storeCommit (and trust's reads) answer from `facts`. */
function withKnownRepo(settings, facts) {
    const scoped = { ...settings };
    known.set(scoped, facts);
    return scoped;
}
function knownRepo(settings) {
    return known.get(settings);
}
/**
 * The commit the store (and its trust/ chain) is read at: the commit verify proves when it set one
 * (settings.trust.commit: a fetched store branch tip is not the local ref, nor HEAD), else the
 * store branch's tip when one is named and exists, else HEAD.
 */
async function storeCommit(settings) {
    const k = known.get(settings);
    // A commit verify proves wins over any shared answer: it is what the trust chain is read at.
    if (settings.trust?.commit !== undefined)
        return { top: k?.top ?? (await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace)), commit: settings.trust.commit };
    if (k)
        return { top: k.top, commit: k.commit };
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(top);
    const branch = settings.git?.storeBranch;
    const commit = (branch ? await repo.tryResolveRef(`refs/heads/${branch}`) : null) ?? (await repo.headOid());
    return { top, commit };
}


/***/ }),

/***/ 13132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ judgeTimestamps),
  $: () => (/* binding */ prelistSignatures)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(90870);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/timestamp/verify.ts
var verify = __webpack_require__(91899);
;// CONCATENATED MODULE: ./src/timestamp/time.ts

/**
 * The instant validity must be judged at, for one signature (its raw bytes, as stamped).
 * A token that is present but does not verify is a failure, never a quiet fallback to the claim.
 */
async function signatureTime(signatureBytes, token, pinnedTsa, signedAtClaim, { toleranceMs = 5 * 60_000 } = {}) {
    if (token === undefined)
        return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-token' };
    if (pinnedTsa === undefined)
        return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-pinned-tsa' };
    const verified = await (0,verify/* verifyTimestamp */.W)(token, signatureBytes, pinnedTsa);
    if (!verified.ok)
        return { ok: false, code: verified.code, message: verified.message, claimedAt: signedAtClaim };
    if (signedAtClaim > verified.genTime + toleranceMs) {
        return {
            ok: false,
            code: 'TIMESTAMP_CLAIM_AFTER_TSA',
            message: `the document says it was signed at ${new Date(signedAtClaim).toISOString()}, after the TSA stamped its signature at ${verified.genTimeText}`,
            claimedAt: signedAtClaim
        };
    }
    return { ok: true, source: 'tsa', at: verified.genTime, claimedAt: signedAtClaim, tsa: verified.tsa, token: verified };
}

// EXTERNAL MODULE: ./src/util/time.ts
var util_time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/trust/family.ts
var family = __webpack_require__(62200);
;// CONCATENATED MODULE: ./src/trust/timestamps.ts







// The listing judgeTimestamps needs, started early by verify (prelistSignatures) so that it runs
// while the families are checked instead of after them. Keyed by repository and commit id (a
// commit names its tree for good); used only when its roots cover every root asked for: lookups
// are by exact path, so a listing of wider folders answers them alike.
const prelisted = new Map();
/** Starts listing `roots` (every folder a signature may live in) at `commit`, for a later judgeTimestamps. */
function prelistSignatures(top, commit, roots) {
    if (prelisted.size >= 8)
        prelisted.clear();
    const files = (0,git/* openRepository */.h_)(top).listTree(commit, roots);
    files.catch(() => undefined);
    prelisted.set(`${top}\0${commit}`, { roots, files });
}
function listingFor(repo, top, commit, roots) {
    const pre = prelisted.get(`${top}\0${commit}`);
    const covered = pre !== undefined && roots.every((r) => pre.roots.some((p) => r === p || r.startsWith(`${p}/`)));
    return covered ? pre.files : repo.listTree(commit, roots);
}
async function judgeTimestamps(top, chain, keyring, windows, added) {
    const judgement = { verified: 0, tokens: 0 };
    const commit = chain.commit;
    if (commit === null)
        return { windows, judgement };
    const candidates = [];
    for (const w of windows) {
        for (const rev of w.revisions) {
            const sigPath = rev.files.signature;
            if (sigPath === null || sigPath.startsWith(`${family/* TRUST_FAMILY */.UW.root}/`))
                continue;
            candidates.push({ w, rev, sigPath, tsrPath: (0,layout/* timestampPath */.y2)(sigPath) });
        }
    }
    if (candidates.length === 0)
        return { windows, judgement };
    const repo = (0,git/* openRepository */.h_)(top);
    // One listing of the family roots holding signatures (a signature lives at {root}/{window}/{name}).
    const roots = [...new Set(candidates.map((c) => c.sigPath.split('/').slice(0, -2).join('/')))].filter((r) => r !== '');
    const listed = await listingFor(repo, top, commit, roots);
    const oids = new Map(listed.map((f) => [f.path, f.oid]));
    const withToken = candidates.filter((c) => oids.has(c.tsrPath));
    const failed = new Map();
    const fail = (c, d) => failed.set(subjectOf(c), [...(failed.get(subjectOf(c)) ?? []), d]);
    if (keyring.tsa?.requireToken)
        await requireTokens(repo, chain, candidates, oids, fail);
    if (withToken.length > 0) {
        judgement.tokens = withToken.length;
        const blobs = await repo.readBlobs(withToken.flatMap((c) => [oids.get(c.tsrPath), oids.get(c.sigPath)].filter((o) => o !== undefined)));
        for (const c of withToken) {
            const token = blobs.get(oids.get(c.tsrPath));
            if (!keyring.tsa) {
                added.push(defect('TIMESTAMP_UNPINNED', c, c.tsrPath, `${c.tsrPath} is a timestamp token, but the trust root in force pins no TSA certificate: it is not checked and proves nothing; the signer's claim (${c.rev.signed_at_utc ?? 'unknown'}) is used`));
                continue;
            }
            const sigOid = oids.get(c.sigPath);
            const envelope = sigOid ? blobs.get(sigOid) : undefined;
            const d = await judgeToken(c, token, envelope, keyring);
            if (d)
                fail(c, d);
            else
                judgement.verified++;
        }
    }
    if (failed.size === 0)
        return { windows, judgement };
    for (const ds of failed.values())
        added.push(...ds);
    const out = windows.map((w) => {
        if (!w.revisions.some((r) => failed.has(`${w.series}@${r.revision}`)))
            return w;
        return { ...w, ok: false, revisions: w.revisions.map((r) => (failed.has(`${w.series}@${r.revision}`) ? { ...r, ok: false } : r)) };
    });
    return { windows: out, judgement };
}
/** A token's verdict: null when it verifies and the stamped key was valid and unrevoked at genTime. */
async function judgeToken(c, token, envelope, keyring) {
    const parsed = envelope ? (0,dsse/* parseEnvelope */.mE)(envelope) : undefined;
    const first = parsed?.ok ? parsed.envelope.signatures[0] : undefined;
    const sigBytes = first ? (0,dsse/* decodeBase64 */.y4)(first.sig) : undefined;
    if (!parsed?.ok || !sigBytes)
        return null; // the unreadable envelope is the family's own finding
    const claimed = c.rev.signed_at_utc === null ? NaN : Date.parse(c.rev.signed_at_utc);
    const time = await signatureTime(sigBytes, token, keyring.tsa.pinned, Number.isFinite(claimed) ? claimed : Number.NEGATIVE_INFINITY);
    if (!time.ok)
        return defect(time.code, c, c.tsrPath, `${c.tsrPath}: ${time.message}; the token does not vouch for ${c.sigPath}, so its signature fails`);
    if (time.source !== 'tsa')
        return null;
    // The key that made the stamped signature: the one it verifies under, never the envelope's keyid hint.
    const message = (0,dsse/* pae */.Zg)(parsed.envelope.payloadType, parsed.payload);
    const key = keyring.keys.find((k) => verifies(k, message, sigBytes));
    if (!key)
        return null; // no trusted key made it: the family's KEY_UNKNOWN / SIGNATURE_INVALID
    const at = time.at;
    const revoked = keyring.revocations.find((r) => r.keyId === key.keyId && at >= r.at);
    if (revoked) {
        return defect('KEY_REVOKED', c, c.sigPath, `signed by the key of '${key.signerId}' (${key.keyId.slice(0, 16)}), revoked at ${(0,util_time/* formatUtc */.ay)(revoked.at)}${revoked.reason ? ` (${revoked.reason})` : ''}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after the revocation, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`);
    }
    if (at >= key.validUntil) {
        return defect('TIMESTAMP_KEY_EXPIRED', c, c.sigPath, `the key of '${key.signerId}' (${key.keyId.slice(0, 16)}) is valid until ${(0,util_time/* formatUtc */.ay)(key.validUntil)}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after it expired, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`);
    }
    return null;
}
function verifies(key, message, sig) {
    try {
        return (0,external_node_crypto_.verify)(null, message, key.key, sig);
    }
    catch {
        return false;
    }
}
/** TIMESTAMP_MISSING for signed revisions without a token, published under a revision that requires one. */
async function requireTokens(repo, chain, candidates, oids, fail) {
    // The commit that first published a trusted revision requiring tokens: what descends from it is under the rule.
    const since = chain.revisions.find((r) => r.trusted && r.doc?.tsa?.require_token === true && r.publishedIn !== undefined)?.publishedIn;
    if (since === undefined)
        return;
    for (const c of candidates) {
        if (oids.has(c.tsrPath) || !oids.has(c.sigPath) || c.rev.published_in === null)
            continue;
        if (!(await repo.isAncestor(since, c.rev.published_in)))
            continue;
        fail(c, defect('TIMESTAMP_MISSING', c, c.sigPath, `${c.sigPath} has no timestamp token (${c.tsrPath}); the trust root requires one for every signature published since ${since.slice(0, 12)}`));
    }
}
function subjectOf(c) {
    return `${c.w.series}@${c.rev.revision}`;
}
function defect(code, c, file, detail) {
    const blocking = code !== 'TIMESTAMP_UNPINNED';
    return {
        subject: subjectOf(c),
        defect_code: code,
        severity: blocking ? 'blocking' : 'warning',
        owner_role: 'repository-admin',
        required_action: blocking
            ? 're-sign the window with a key in force and export a new revision with a token from the pinned TSA; investigate who published this signature'
            : 'pin the TSA certificate in the trust root (trust draft --tsa-cert) so tokens are checked, or stop configuring a TSA URL',
        release_window_id: c.w.release_window_id,
        file,
        line: null,
        field: code === 'TIMESTAMP_MISSING' || code === 'TIMESTAMP_UNPINNED' ? 'timestamp' : 'signer',
        detail
    };
}


/***/ }),

/***/ 30493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTrustLine),
/* harmony export */   d: () => (/* binding */ applyTrust)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76043);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86599);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2349);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62200);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34663);
/* harmony import */ var _timestamps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13132);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29021);










function tsaSummary(chain) {
    const tsa = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .tsaOfChain */ .He)(chain);
    return tsa ? { subject: tsa.pinned.cert.subject.replace(/\n/g, ', '), sha256: tsa.pinned.sha256, require_token: tsa.requireToken } : null;
}
async function applyTrust(settings, result) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_8__/* .requirePin */ .rC)(settings, 'verify');
    const top = (0,_pin_js__WEBPACK_IMPORTED_MODULE_8__/* .knownRepo */ .Eh)(settings)?.top ?? (await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_1__/* .repoTopLevel */ .MS)(settings.workspace));
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .readChain */ .U)(top, result.headOid, pin, settings.now);
    const added = [];
    if (chain.rootProblem && !result.defects.some((d) => d.defect_code === chain.rootProblem.code)) {
        added.push(defect(chain.rootProblem.code, { subject: 'trust-root', window: 'root', file: chain.rootProblem.code === 'TRUST_ROOT_MISSING' ? '' : 'trust/root/root-r001.sig', field: '', detail: chain.rootProblem.detail }));
    }
    const revoked = await markRevoked(top, chain, result.windows, added);
    // Trusted time: tokens beside signatures, judged against the TSA the trust root pins (timestamps.ts).
    const stamped = [];
    const { windows, judgement } = await (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeTimestamps */ .j)(top, chain, (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .keyringOfChain */ .YZ)(chain), revoked, stamped);
    const known = new Set(added.map((d) => `${d.defect_code}\0${d.subject}`));
    added.push(...stamped.filter((d) => !known.has(`${d.defect_code}\0${d.subject}`)));
    const defects = [...result.defects, ...added];
    const summary = {
        pinned: true,
        pin,
        revision: chain.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(chain.inForce.revision) : null,
        keyring: chain.inForce ? `${chain.inForce.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(chain.inForce.revision)}, pinned)` : 'none: no trust-root revision verifies from the pin',
        timestamps: { tsa: tsaSummary(chain), tokens: judgement.tokens, verified: judgement.verified }
    };
    return { ...result, windows, defects, blocking: defects.filter((d) => d.severity === 'blocking').length, trust: summary };
}
async function markRevoked(top, chain, windows, added) {
    const keyring = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .keyringOfChain */ .YZ)(chain);
    if (keyring.revocations.length === 0)
        return windows;
    const revokedSigners = new Set(keyring.revocations.map((r) => r.signerId));
    // The commit that first published each revocation: the first trusted revision that carries it.
    const revokedIn = new Map();
    for (const r of chain.revisions) {
        if (!r.trusted || !r.doc || !r.publishedIn)
            continue;
        for (const k of r.doc.keys) {
            if (k.revoked_at_utc === undefined)
                continue;
            const key = keyring.keys.find((t) => t.publicKeyBase64 === k.public_key);
            if (key && !revokedIn.has(key.keyId))
                revokedIn.set(key.keyId, r.publishedIn);
        }
    }
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const out = [];
    for (const w of windows) {
        let changed = false;
        const revisions = [];
        for (const rev of w.revisions) {
            const path = rev.files.packet;
            if (rev.signer_id === null || !revokedSigners.has(rev.signer_id) || path === null || path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TRUST_FAMILY */ .UW.root}/`) || rev.published_in === null || chain.commit === null) {
                revisions.push(rev);
                continue;
            }
            const keyIds = await signingKeyIds(repo, chain.commit, path);
            let hit;
            for (const r of keyring.revocations) {
                if (!keyIds.includes(r.keyId))
                    continue;
                const publishedAt = rev.published_at_utc === null ? NaN : Date.parse(rev.published_at_utc);
                const byTime = publishedAt >= r.at;
                const since = revokedIn.get(r.keyId);
                const byHistory = since !== undefined && (await repo.isAncestor(since, rev.published_in));
                if (!byTime && !byHistory)
                    continue;
                const why = byTime ? `its publishing commit ${rev.published_in.slice(0, 12)} is dated ${rev.published_at_utc}` : `its publishing commit ${rev.published_in.slice(0, 12)} descends from ${since.slice(0, 12)}, which published the revocation`;
                hit = `signed by the key of '${r.signerId}' (${r.keyId.slice(0, 16)}), revoked at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(r.at)}${r.reason ? ` (${r.reason})` : ''}; ${why}, so it was published after the revocation whatever its signed_at_utc (${rev.signed_at_utc ?? 'unknown'}) says`;
                break;
            }
            if (hit === undefined) {
                revisions.push(rev);
                continue;
            }
            added.push(defect('KEY_REVOKED', { subject: `${w.series}@${rev.revision}`, window: w.release_window_id, file: path, field: 'signer', detail: hit }));
            revisions.push({ ...rev, ok: false });
            changed = true;
        }
        out.push(changed ? { ...w, revisions, ok: false } : w);
    }
    return out;
}
/** The key ids a stored document names as its signer(s), from its committed .json. */
async function signingKeyIds(repo, commit, path) {
    try {
        const doc = JSON.parse((await repo.readFileAt(commit, path)).toString('utf8'));
        const blocks = [doc.signer, ...(Array.isArray(doc.signers) ? doc.signers : [])];
        return blocks.flatMap((b) => (b && typeof b.key_id === 'string' ? [b.key_id] : []));
    }
    catch {
        return [];
    }
}
function defect(code, at) {
    const info = _codes_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_CODES */ .w[code];
    return {
        subject: at.subject,
        defect_code: code,
        severity: info.severity,
        owner_role: 'repository-admin',
        required_action: code === 'KEY_REVOKED' ? 're-sign the window with a key in force and export a new revision; investigate who published with the revoked key' : 'restore the trust root from a trusted copy; check the pin',
        release_window_id: at.window,
        file: at.file,
        line: null,
        field: at.field,
        detail: at.detail
    };
}
/** One line for verify's text report. */
function renderTrustLine(t) {
    if (!t)
        return undefined;
    const ts = t.timestamps;
    const time = ts.tsa
        ? `; trusted time: TSA ${ts.tsa.subject} (sha256:${ts.tsa.sha256.slice(0, 16)}...)${ts.tsa.require_token ? ', tokens required' : ''}, ${ts.verified} of ${ts.tokens} token(s) verified`
        : ts.tokens > 0
            ? `; trusted time: no TSA pinned, ${ts.tokens} token(s) not checked`
            : '';
    return `Trust root: pinned sha256:${t.pin.slice(0, 16)}..., in force ${t.revision ?? 'none'}; keyring ${t.keyring}${time}`;
}


/***/ })

};
