export const id = 6886;
export const ids = [6886,2122,4663,7044,4650];
export const modules = {

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4565);


function shallowError() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
        code: 'HISTORY_SHALLOW',
        message: 'this is a shallow clone: its history is cut off, so it cannot prove where a packet file began or that it was never rewritten. ' +
            "Fetch the full history with 'git fetch --unshallow' (locally), or set 'fetch-depth: 0' on actions/checkout (in a workflow), then run verify again"
    });
}
/** The repository's top level; a directory that is not a git work tree is the user's error. */
async function repoTopLevel(dir) {
    const top = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).topLevel();
    if (top === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` });
    }
    return top;
}
/** Top level, shallowness, the tool's private directory and HEAD, in one git process. */
async function repoFacts(dir) {
    const facts = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).describe('release-evidence');
    if (facts === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` });
    }
    return { top: facts.top, shallow: facts.shallow, stateDir: facts.gitPath, head: facts.head };
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ws: () => (/* binding */ artifactPath),
  _I: () => (/* binding */ isCanonicalId),
  bf: () => (/* binding */ ownerOf),
  GV: () => (/* binding */ parseStorePath),
  s3: () => (/* binding */ revisionPaths),
  FT: () => (/* binding */ seriesFor),
  hG: () => (/* binding */ seriesId),
  y2: () => (/* binding */ timestampPath),
  Wg: () => (/* binding */ windowDir)
});

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/store/family.ts
const ARTIFACT_KINDS = ['packet', 'signature', 'log'];


;// CONCATENATED MODULE: ./src/store/layout.ts


/** Normalizes user-supplied ids for a series; throws UserError ID_INVALID (exit 2) on bad ids. */
function seriesFor(family, rawWindow, rawKey) {
    const window = (0,ids.normalizeId)(rawWindow, 'release_window_id');
    if (!family.keyed)
        return { window };
    if (rawKey === undefined)
        throw new TypeError(`family ${family.name} needs a series key`);
    return { window, key: (0,ids.normalizeId)(rawKey, 'series key') };
}
const CANONICAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * True when `id` is already in normalized form (what a path segment written by us looks like):
 * exactly the fixed points of normalizeId, checked without normalizing (this runs per stored path).
 */
function isCanonicalId(id) {
    return id.length <= ids.MAX_ID_LENGTH && CANONICAL_ID.test(id) && !((id.length === 3 || id.length === 4) && (0,ids.isWindowsDeviceName)(id));
}
function assertCanonical(ref) {
    // Internal guard: callers normalize first (seriesFor); a raw id here is a programming error.
    if (!isCanonicalId(ref.window) || (ref.key !== undefined && !isCanonicalId(ref.key))) {
        throw new Error(`store: non-normalized id in path (${JSON.stringify(ref)})`);
    }
}
function windowDir(family, window) {
    assertCanonical({ window });
    return `${family.root}/${window}`;
}
function artifactPath(family, ref, kind) {
    assertCanonical(ref);
    const name = family.names[kind].replaceAll('{rev}', (0,util_revision/* formatRevision */.T)(ref.revision)).replaceAll('{key}', ref.key ?? '');
    return `${family.root}/${ref.window}/${name}`;
}
function revisionPaths(family, ref) {
    return {
        packet: artifactPath(family, ref, 'packet'),
        signature: artifactPath(family, ref, 'signature'),
        log: artifactPath(family, ref, 'log')
    };
}
const SIG_SUFFIX = '.sig';
const TOKEN_SUFFIX = '.tsr';
/** Where the timestamp token of a signature lives: `packet-r001.sig` -> `packet-r001.tsr`. */
function timestampPath(signaturePath) {
    return signaturePath.endsWith(SIG_SUFFIX) ? `${signaturePath.slice(0, -SIG_SUFFIX.length)}${TOKEN_SUFFIX}` : `${signaturePath}${TOKEN_SUFFIX}`;
}
const ID = '([a-z0-9][a-z0-9-]*)';
const matchers = new WeakMap();
function matchersFor(family) {
    let list = matchers.get(family);
    if (!list) {
        list = ARTIFACT_KINDS.map((kind) => {
            const escaped = family.names[kind].replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            const body = escaped.replace('{key}', ID).replace('{rev}', '(r\\d{3,})');
            return { kind, re: new RegExp(`^${body}$`) };
        });
        matchers.set(family, list);
    }
    return list;
}
const parsedPaths = new WeakMap();
/** Classifies a repo-relative path under the family root (paths outside the root: 'unknown'). */
function parseStorePath(family, path) {
    // verify classifies every stored path more than once per run (30,000 paths for 10,000 revisions)
    let memo = parsedPaths.get(family);
    if (!memo)
        parsedPaths.set(family, (memo = new Map()));
    let parsed = memo.get(path);
    if (!parsed) {
        if (memo.size > 200_000)
            memo.clear();
        memo.set(path, (parsed = classify(family, path)));
    }
    return parsed;
}
function classify(family, path) {
    const prefix = `${family.root}/`;
    if (!path.startsWith(prefix))
        return { type: 'unknown' };
    const rest = path.slice(prefix.length);
    if (family.allowed.includes(rest))
        return { type: 'allowed' };
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return { type: 'unknown' };
    const window = rest.slice(0, slash);
    if (!isCanonicalId(window))
        return { type: 'unknown' };
    const name = rest.slice(slash + 1);
    // the window's derived page: allowed by the layout, checked against its rendering by verify (view-check.ts)
    if (family.allowed.includes(name) || name === family.view?.file)
        return { type: 'allowed' };
    for (const { kind, re } of matchersFor(family)) {
        const m = re.exec(name);
        if (!m)
            continue;
        const key = family.keyed ? m[1] : undefined;
        const revision = (0,util_revision/* parseRevision */.P)(family.keyed ? m[2] : m[1]);
        if (revision === null || (key !== undefined && !isCanonicalId(key)))
            continue;
        return { type: 'artifact', kind, ref: key === undefined ? { window, revision } : { window, key, revision } };
    }
    if (name.endsWith(TOKEN_SUFFIX)) {
        const sig = classify(family, `${prefix}${window}/${name.slice(0, -TOKEN_SUFFIX.length)}${SIG_SUFFIX}`);
        if (sig.type === 'artifact' && sig.kind === 'signature')
            return { type: 'timestamp', ref: sig.ref, window };
    }
    return { type: 'unknown', window };
}
/**
 * The family a path belongs to, as an index into `families` (-1: under no family's root).
 * Several families may share one root when their names are disjoint (lesson 120 keeps packets,
 * approvals, outcome reviews and divergence records side by side under `strategy-approval/{window}/`):
 * of the families with the longest matching root, the one whose layout names the path owns it;
 * a path none of them names belongs to the first of them, which reports it as unexpected. So every
 * path is checked by exactly one family and reported at most once.
 */
function ownerOf(families, path) {
    let best = -1;
    let bestLength = -1;
    for (const [i, f] of families.entries()) {
        if (f.root.length > bestLength && path.startsWith(`${f.root}/`)) {
            best = i;
            bestLength = f.root.length;
        }
    }
    if (best < 0)
        return -1;
    const root = families[best].root;
    for (const [i, f] of families.entries()) {
        if (f.root === root && parseStorePath(f, path).type === 'artifact')
            return i;
    }
    return best;
}
/** Stable identity of a series, for maps: `window` or `window/key`. */
function seriesId(ref) {
    return ref.key === undefined ? ref.window : `${ref.window}/${ref.key}`;
}


/***/ }),

/***/ 2180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   divergenceInspector: () => (/* binding */ divergenceInspector),
/* harmony export */   inspectDivergence: () => (/* binding */ inspectDivergence),
/* harmony export */   inspectOutcome: () => (/* binding */ inspectOutcome),
/* harmony export */   inspectPacket: () => (/* binding */ inspectPacket),
/* harmony export */   inspectSignoff: () => (/* binding */ inspectSignoff),
/* harmony export */   loadOptionalTrust: () => (/* binding */ loadOptionalTrust),
/* harmony export */   outcomeInspector: () => (/* binding */ outcomeInspector),
/* harmony export */   packetDigests: () => (/* binding */ packetDigests),
/* harmony export */   packetInspector: () => (/* binding */ packetInspector),
/* harmony export */   signoffInspector: () => (/* binding */ signoffInspector)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9062);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5138);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8483);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6581);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6043);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6035);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9935);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3167);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7756);














// Lesson 120's four families as `verify` sees them: every packet, decision, outcome review and
// divergence record is checked
// on its own bytes (signature, schema, hash, signer class); the store adds write-once, chains and
// layout. Whether the decisions add up to an approval is history's question: `strategy status`.
const VERIFIER_VERSION = 'strategy-verifier/1';
/** The trust of lesson 120, or null when the repository has no strategy policy (nothing to trust). */
async function loadOptionalTrust(settings) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(settings.workspace, settings.policies['strategy-approval']));
    }
    catch {
        return null;
    }
    return (0,_trust_js__WEBPACK_IMPORTED_MODULE_10__/* .loadStrategyTrust */ .C)(settings);
}
const NO_POLICY = { code: 'STRATEGY_PACKET_INVALID', field: '', detail: 'there is no strategy-approval policy to verify this file against; add policies/strategy-approval.yaml (--strategy-policy)' };
function packetInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_FAMILY */ .bj,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0packet\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectPacket(input, trust, now)
    };
}
/** The packets a decision may name, read once per verify run (a decision is checked against its packet). */
async function packetDigests(settings, trust) {
    const out = new Map();
    if (!trust)
        return out;
    const { readStrategyRevisions } = await __webpack_require__.e(/* import() */ 2926).then(__webpack_require__.bind(__webpack_require__, 2926));
    const read = await readStrategyRevisions(await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_4__/* .repoTopLevel */ .MS)(settings.workspace), undefined, { trust, now: settings.now });
    for (const p of read.packets) {
        if (p.verified === true && typeof p.doc?.packet_sha256 === 'string')
            out.set(`${p.release_window_id}/${p.series}/${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .formatRevision */ .T)(p.revision)}`, p.doc.packet_sha256);
    }
    return out;
}
function signoffInspector(trust, now, packets = new Map()) {
    const digests = [...packets].map(([k, v]) => `${k}=${v}`).sort().join(',');
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_FAMILY */ .mj,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0signoff\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}\0${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(digests)}`),
        now,
        inspect: (input) => inspectSignoff(input, trust, now, packets)
    };
}
function looseFacts(json) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(json);
    const ok = typeof d === 'object' && d !== null;
    return {
        packetId: ok && typeof d.strategy_packet_id === 'string' ? d.strategy_packet_id : null,
        digest: ok && typeof d.packet_sha256 === 'string' ? d.packet_sha256 : null,
        supersedes: ok && d.supersedes && typeof d.supersedes.packet_sha256 === 'string' ? d.supersedes.packet_sha256 : null,
        windowId: ok && typeof d.release_window_id === 'string' ? d.release_window_id : null,
        revision: ok && typeof d.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .parseRevision */ .P)(d.revision) : null,
        signerId: ok && typeof d.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: ok && typeof d.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: ok && typeof d.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null
    };
}
function inspectPacket(input, trust, now) {
    const facts = looseFacts(input.packet);
    if (input.signature === undefined)
        return { ...facts, findings: [] };
    if (!trust)
        return { ...facts, findings: [NO_POLICY] };
    const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_6__/* .readPacket */ .di)(input.packet, input.signature, trust, now);
    const findings = read.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_8__/* .isBlocking */ .Us);
    if (read.packet && read.packet.exception_cluster_id !== input.ref.key)
        findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'exception_cluster_id', detail: `the packet names cluster '${read.packet.exception_cluster_id}' but is stored as ${input.ref.key}` });
    return { ...facts, demo: read.demo === true, findings };
}
function inspectSignoff(input, trust, now, packets = new Map()) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_packet_id === 'string' && typeof d.signer?.signer_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/${d.signer.signer_id}` : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_PAYLOAD_KIND */ .Py, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const s = v.doc;
    const findings = [];
    const policy = trust.policy.data;
    if (policy.ci_signer_ids.includes(v.key.signerId))
        findings.push({ code: 'STRATEGY_CI_KEY_APPROVAL', field: 'signer', detail: `the CI key of '${v.key.signerId}' signed a decision` });
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .signerEntry */ .d2)(policy, v.key.signerId);
    if (!entry && !policy.ci_signer_ids.includes(v.key.signerId))
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `'${v.key.signerId}' is not a signer of ${trust.policy.file}` });
    if (entry && (s.signer_class !== entry.class || s.authority_scope !== entry.authority_scope))
        findings.push({ code: 'STRATEGY_SIGNER_CONFLICT', field: 'signer_class', detail: `'${entry.signer_id}' signed as ${s.signer_class}; the policy has ${entry.class}` });
    if (s.schema !== _types_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_SCHEMA */ .xi)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(s.schema)}` });
    const rev = typeof s.packet_revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_11__/* .parseRevision */ .P)(s.packet_revision) : null;
    if (rev === null || (0,_family_js__WEBPACK_IMPORTED_MODULE_7__/* .signoffKey */ .k5)(String(s.exception_cluster_id), rev, v.key.signerId) !== input.ref.key) {
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `a decision by '${v.key.signerId}' on ${String(s.exception_cluster_id)} ${String(s.packet_revision)} stored as ${input.ref.key}` });
    }
    const named = packets.get(`${input.ref.window}/${String(s.exception_cluster_id)}/${String(s.packet_revision)}`);
    if (named === undefined)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'packet_revision', detail: `decides on ${String(s.exception_cluster_id)} ${String(s.packet_revision)}, which is not a published packet that verifies` });
    else if (s.packet_sha256 !== named)
        findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'packet_sha256', detail: `approves packet sha256:${String(s.packet_sha256).slice(0, 12)}, but ${String(s.packet_revision)} is sha256:${named.slice(0, 12)}` });
    return { ...base, demo: v.key.demo, findings };
}
function outcomeInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_FAMILY */ .WM,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0outcome\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectOutcome(input, trust, now)
    };
}
function inspectOutcome(input, trust, now) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_packet_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/outcome` : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_PAYLOAD_KIND */ .p8, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const o = v.doc;
    const findings = [];
    if (o.schema !== _types_js__WEBPACK_IMPORTED_MODULE_13__/* .OUTCOME_SCHEMA */ .L0)
        findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(o.schema)}` });
    if ((0,_family_js__WEBPACK_IMPORTED_MODULE_7__/* .revisionKey */ .d7)(String(o.exception_cluster_id), String(o.packet_revision)) !== input.ref.key)
        findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'packet_revision', detail: `a review of ${String(o.exception_cluster_id)} ${String(o.packet_revision)} stored as ${input.ref.key}` });
    return { ...base, demo: v.key.demo, findings };
}
function divergenceInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_FAMILY */ .uU,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0divergence\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
        now,
        inspect: (input) => inspectDivergence(input, trust, now)
    };
}
/** A divergence record on its own bytes: signature, schema, the fields of the seed, and the series its path names. */
function inspectDivergence(input, trust, now) {
    const d = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_12__/* .parseLoose */ .i)(input.packet);
    const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null;
    const base = {
        packetId: typeof d?.strategy_divergence_incident_id === 'string' ? d.strategy_divergence_incident_id : null,
        digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(input.packet),
        supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
        windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
        revision: input.ref.revision,
        signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
        keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
        signedAt: signedAt !== null && (0,_util_time_js__WEBPACK_IMPORTED_MODULE_5__/* .utcMs */ .bp)(signedAt) !== undefined ? signedAt : null
    };
    if (input.signature === undefined)
        return { ...base, findings: [] };
    if (!trust)
        return { ...base, findings: [NO_POLICY] };
    const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_PAYLOAD_KIND */ .V2, input.packet, input.signature, trust.keyring, now);
    if (!v.ok)
        return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] };
    const o = v.doc;
    const findings = [];
    const bad = (field, detail) => findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field, detail });
    if (o.schema !== _types_js__WEBPACK_IMPORTED_MODULE_13__/* .DIVERGENCE_SCHEMA */ .zW)
        bad('schema', `schema is ${JSON.stringify(o.schema)}`);
    for (const f of ['strategy_divergence_incident_id', 'affected_packet_id', 'required_policy_update_action'])
        if (typeof o[f] !== 'string' || o[f] === '')
            bad(f, `${f} is missing`);
    if (!Array.isArray(o.triggers) || o.triggers.length === 0)
        bad('triggers', 'a divergence record names at least one trigger');
    if ((0,_family_js__WEBPACK_IMPORTED_MODULE_7__/* .revisionKey */ .d7)(String(o.exception_cluster_id), String(o.affected_revision)) !== input.ref.key)
        bad('affected_revision', `a record on ${String(o.exception_cluster_id)} ${String(o.affected_revision)} stored as ${input.ref.key}`);
    return { ...base, demo: v.key.demo, findings };
}


/***/ }),

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   kl: () => (/* binding */ loadVerifierKeyring),
/* harmony export */   q2: () => (/* binding */ loadSignerKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5138);
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

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseLoose)
/* harmony export */ });
// JSON from text a reader did not write (a packet file, an API response): parsed when it parses,
// undefined otherwise, so the caller reports what it expected instead of a SyntaxError.
/** JSON.parse of UTF-8 bytes or text; undefined when it is not JSON. A BOM is not stripped. */
function parseLoose(json) {
    try {
        return JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseRevision),
/* harmony export */   T: () => (/* binding */ formatRevision)
/* harmony export */ });
// Revision labels: r001 ... r999, then r1000. Three digits minimum so names sort within the first
// thousand; a non-canonical label (r1, r0001, r000) is not a revision. Shared by the packet
// contract and the store layout, so the two can never disagree on a revision's name.
function formatRevision(n) {
    if (!Number.isSafeInteger(n) || n < 1)
        throw new RangeError(`revision must be a positive integer, got ${n}`);
    return `r${String(n).padStart(3, '0')}`;
}
function parseRevision(label) {
    const m = /^r(\d{3,})$/.exec(label);
    if (!m)
        return null;
    const n = Number(m[1]);
    if (!Number.isSafeInteger(n) || n < 1 || formatRevision(n) !== label)
        return null;
    return n;
}


/***/ })

};
