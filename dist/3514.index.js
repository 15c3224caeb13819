export const id = 3514;
export const ids = [3514,4964,42,9628];
export const modules = {

/***/ 82951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ macKey),
/* harmony export */   G0: () => (/* binding */ serializeGroup),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   bp: () => (/* binding */ openCache),
/* harmony export */   nk: () => (/* binding */ factsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




// The verify cache makes re-verification proportional to what is new. It holds, per group (one
// top-level folder under the store root, i.e. one window; see check.ts groupOf), the tree id the
// group had at the cached tip, the group's check result, and what re-checking it needs (history
// state of its paths, packet verdicts), the latter in a file of its own named by its sha256. After
// one more commit, verify scans the log of that commit only, re-checks only the groups that commit
// touched or whose tree differs (reading their inputs files only), and takes every other group's
// result from the main file.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a group's result is reused only while the group's tree id at HEAD equals
//     the one it was computed for and no commit after the cached tip touched the group; a packet
//     verdict is keyed by the blob ids of the packet and its envelope. Tree and blob ids are
//     content hashes, so changed bytes anywhere in a window are a cache miss, never a stale pass.
//     Results and verdicts are used only under the verifier fingerprint they were made with
//     (keyring hash, closure policy hash, verifier version), so a changed keyring is a miss too;
//   - history changes: the cache is used only when the commit it was computed at is an ancestor
//     of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch starts from scratch;
//     every commit after the cached tip is scanned, and a group any of them touched is re-checked,
//     so a rewrite after the tip is found like any other, even one that a later commit reverted;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the main file carries an
//     HMAC-SHA256 under a random per-repository key (.git/release-evidence/cache.key, mode 0600)
//     and names each group's inputs file by the sha256 of its content, which is checked on read;
//     anything that fails the MAC or its hash, or does not parse, is ignored and rebuilt;
//   - time: nothing signed after the verification instant is kept, and a group or verdict whose
//     latest signing instant lies after the verification instant is re-checked.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).
const VERSION = 7;
function serializeGroup(root, name, tree, signedMax, result, inputs) {
    const windows = result.windows.map((w) => {
        const dir = `${root}/${w.release_window_id}/`;
        return [w.release_window_id, w.series, w.latest, w.ok ? 1 : 0, w.revisions.map((r) => revisionRow(r, dir))];
    });
    const paths = Object.entries(inputs.state).map(([path, h]) => {
        const row = [path, h.blob, h.origin.commit, h.origin.time, h.origin.order];
        if (h.rewrites.length > 0)
            row.push(h.rewrites);
        return row;
    });
    const facts = Object.entries(inputs.facts).map(([k, f]) => {
        const row = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt, f.demo === true ? 1 : 0];
        if (f.findings.length > 0)
            row.push(f.findings);
        return row;
    });
    const inputsBytes = Buffer.from(JSON.stringify([paths, facts]), 'utf8');
    const inputsHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(inputsBytes).digest('hex');
    return { line: `${name}\t${tree}\t${signedMax}\t${inputsHash}\t${JSON.stringify([windows, result.defects])}`, inputsHash, inputsBytes };
}
// A revision's files are stored by name inside the window's folder (where they always are);
// anything else keeps its full path behind a leading '/', which no git path has.
const fileName = (dir, path) => (path === null ? null : path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);
const filePath = (dir, name) => (name === null ? null : name.startsWith('/') ? name.slice(1) : `${dir}${name}`);
function revisionRow(r, dir) {
    const { packet, signature, log } = r.files;
    return [r.revision, r.packet_id, r.digest, r.supersedes, r.signer_id, r.signed_at_utc, fileName(dir, packet), fileName(dir, signature), fileName(dir, log), r.published_in, r.published_at_utc, r.ok ? 1 : 0];
}
// Lines stay bytes until a field is needed (a TAB byte never occurs inside a UTF-8 sequence), so
// unchanged groups are neither decoded in full nor re-encoded when the file is written again.
const TAB = 0x09;
function parseGroupLine(root, inputsDir, line) {
    const t1 = line.indexOf(TAB);
    const t2 = line.indexOf(TAB, t1 + 1);
    const t3 = line.indexOf(TAB, t2 + 1);
    const t4 = line.indexOf(TAB, t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0)
        return null;
    const signedMax = Number(line.toString('latin1', t2 + 1, t3));
    if (!Number.isFinite(signedMax))
        return null;
    const inputsHash = line.toString('latin1', t3 + 1, t4);
    if (!/^[0-9a-f]{64}$/.test(inputsHash))
        return null;
    return {
        name: line.toString('utf8', 0, t1),
        tree: line.toString('latin1', t1 + 1, t2),
        signedMax,
        line,
        inputsHash,
        result: () => {
            const [windows, defects] = JSON.parse(line.toString('utf8', t4 + 1));
            return { windows: windows.map((w) => windowReport(root, w)), defects };
        },
        inputs: () => {
            let bytes;
            try {
                bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputsDir, `${inputsHash}.json`));
            }
            catch {
                return null;
            }
            if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') !== inputsHash)
                return null;
            const [paths, facts] = JSON.parse(bytes.toString('utf8'));
            const state = {};
            const none = [];
            for (const [path, blob, commit, time, order, rewrites] of paths)
                state[path] = { blob, origin: { commit, time, order }, rewrites: rewrites ?? none };
            const out = {};
            const clean = [];
            for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo, findings] of facts) {
                out[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo: demo === 1, findings: findings ?? clean };
            }
            return { state, facts: out };
        }
    };
}
function windowReport(root, [release_window_id, series, latest, ok, rows]) {
    const dir = `${root}/${release_window_id}/`;
    const revisions = rows.map(([revision, packet_id, digest, supersedes, signer_id, signed_at_utc, packet, signature, log, published_in, published_at_utc, rok]) => ({
        revision,
        packet_id,
        digest,
        supersedes,
        signer_id,
        signed_at_utc,
        files: { packet: filePath(dir, packet), signature: filePath(dir, signature), log: filePath(dir, log) },
        published_in,
        published_at_utc,
        ok: rok === 1
    }));
    return { release_window_id, series, revisions, latest, ok: ok === 1 };
}
/** Verdicts are keyed by content: the blob ids of the packet and its envelope. */
function factsKey(packetOid, signatureOid) {
    return `${packetOid}:${signatureOid ?? '-'}`;
}
/** The per-repository MAC key of .git/release-evidence/ (created when asked), null when absent or damaged. */
async function macKey(dir, create) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cache.key');
    try {
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
    catch {
        if (!create)
            return null;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32), { mode: 0o600, flag: 'wx' });
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
}
/** The cache, or null when absent, unauthentic, unreadable or for another family/root. */
async function openCache(dir, family, root) {
    try {
        const key = await macKey(dir, false);
        if (!key)
            return null;
        // Read and authenticated as bytes: decoding 10 MB through a stream decoder, or hashing it as
        // a JS string, costs more than everything else a warm verify does.
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`));
        const nl = bytes.indexOf(0x0a);
        if (nl < 0)
            return null;
        const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
        const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
        if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
            return null;
        const nl2 = bytes.indexOf(0x0a, nl + 1);
        const nl3 = bytes.indexOf(0x0a, nl2 + 1);
        if (nl2 < 0 || nl3 < 0)
            return null;
        const tip = bytes.toString('latin1', nl + 1, nl2);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip))
            return null;
        return {
            tip,
            parse: () => {
                try {
                    const header = JSON.parse(bytes.toString('utf8', nl2 + 1, nl3));
                    if (header.v !== VERSION || header.family !== family || header.root !== root)
                        return null;
                    const groups = new Map();
                    for (let start = nl3 + 1; start < bytes.length;) {
                        let end = bytes.indexOf(0x0a, start);
                        if (end < 0)
                            end = bytes.length;
                        if (end > start) {
                            const g = parseGroupLine(root, inputsDir(dir, family), bytes.subarray(start, end));
                            if (!g)
                                return null;
                            groups.set(g.name, g);
                        }
                        start = end + 1;
                    }
                    return { family, root, fingerprint: header.fingerprint, commits: header.commits, tip, groups };
                }
                catch {
                    return null;
                }
            }
        };
    }
    catch {
        return null;
    }
}
function inputsDir(dir, family) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.inputs`);
}
/**
 * Writes the new inputs files, then the main file atomically (temp file + rename), then removes
 * inputs files nothing names any more. A failure to cache never fails verification.
 */
async function saveCache(dir, content) {
    try {
        const key = await macKey(dir, true);
        if (!key)
            return false;
        const { family, root, fingerprint, commits } = content.header;
        const inputs = inputsDir(dir, family);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(inputs, { recursive: true, mode: 0o700 });
        const fresh = content.groups.filter((g) => g.inputsBytes !== undefined);
        for (let i = 0; i < fresh.length; i += 64) {
            await Promise.all(fresh.slice(i, i + 64).map((g) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, `${g.inputsHash}.json`), g.inputsBytes, { mode: 0o600 })));
        }
        const newline = Buffer.from('\n');
        const chunks = [Buffer.from(`${content.tip}\n${JSON.stringify({ v: VERSION, family, root, fingerprint, commits })}\n`, 'utf8')];
        for (const g of content.groups)
            chunks.push(typeof g.line === 'string' ? Buffer.from(g.line, 'utf8') : g.line, newline);
        const hmac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key);
        for (const c of chunks)
            hmac.update(c);
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, Buffer.concat([Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), ...chunks]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
        const named = new Set(content.groups.map((g) => `${g.inputsHash}.json`));
        await Promise.all((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(inputs).filter((f) => !named.has(f)).map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, f)).catch(() => undefined)));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 96581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89692);


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

/***/ 59077:
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
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
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
    // Called for every path of a store (its listing and its whole history): no string is built, and
    // a root only one family has needs no parse, since the answer is that family either way.
    let best = -1;
    let bestLength = -1;
    let shared = false;
    for (let i = 0; i < families.length; i++) {
        const r = families[i].root;
        if (path.length <= r.length || path.charCodeAt(r.length) !== 0x2f || !path.startsWith(r))
            continue;
        if (r.length > bestLength) {
            best = i;
            bestLength = r.length;
            shared = false;
        }
        else if (r.length === bestLength)
            shared = true;
    }
    if (best < 0)
        return -1;
    if (!shared)
        return best;
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


/***/ }),

/***/ 78483:
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
