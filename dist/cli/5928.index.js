export const id = 5928;
export const ids = [5928,9628,9077];
export const modules = {

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);


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

/***/ 8629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WINDOW_TABLE_LIMIT: () => (/* binding */ WINDOW_TABLE_LIMIT),
/* harmony export */   renderDefects: () => (/* binding */ renderDefects),
/* harmony export */   renderVerifyText: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);
/* harmony import */ var _trust_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(493);


// Human views of verify results and of any defect list. The JSON views are the result objects themselves.
function renderDefects(defects) {
    return (0,_report_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .b)(['SEVERITY', 'WINDOW', 'SUBJECT', 'CODE', 'FILE', 'FIELD', 'DETAIL'], defects.map((d) => [d.severity, d.release_window_id, d.subject, d.defect_code, d.file, d.field, d.detail]), { maxCell: 140 });
}
/** Above this many windows the text view lists only the windows with problems (--all: every one). */
const WINDOW_TABLE_LIMIT = 20;
function renderVerifyText(r, opts = {}) {
    const out = [];
    const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0);
    const verdict = r.blocking === 0 ? 'PASS' : 'FAIL';
    out.push(`Store verification: ${verdict}: ${r.root}/ at ${r.headOid ?? '(no commits)'}`);
    out.push(`${r.windows.length} window(s), ${revisions} revision(s); ${r.stats.commits_scanned} commit(s) scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packet(s) inspected (cache ${r.stats.cache})`);
    const trust = (0,_trust_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTrustLine */ .b)(r.trust);
    if (trust)
        out.push(trust);
    out.push('Checked: signature (DSSE Ed25519, keyring), schema and required fields, signature_digest, supersedes chain, UTC timestamps, three files per revision, unique packet identity, no published file modified or deleted in any commit, HEAD descends from every verified tip');
    if (r.verifiedTip)
        out.push(`Verified tip: ${r.verifiedTip} (pin it next time: --since ${r.verifiedTip})`);
    // a store of 1,000 windows is a 1,000-row table: by default only what needs attention
    const shown = opts.all || r.windows.length <= WINDOW_TABLE_LIMIT ? r.windows : r.windows.filter((w) => !w.ok);
    if (shown.length < r.windows.length) {
        out.push('');
        out.push(`${r.windows.length - shown.length} of ${r.windows.length} window(s) ok, not listed (--all lists every window, --json has everything)`);
    }
    if (shown.length > 0) {
        out.push('');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .b)(['WINDOW', 'REVISIONS', 'LATEST', 'SIGNATURE DIGEST', 'SIGNER', 'PUBLISHED IN', 'STATUS'], shown.map((w) => {
            const last = w.revisions[w.revisions.length - 1];
            return [w.series, w.revisions.length, w.latest, last?.digest ? `sha256:${last.digest.slice(0, 16)}` : '-', last?.signer_id ?? '-', last?.published_in?.slice(0, 12) ?? '-', w.ok ? 'ok' : 'FAIL'];
        }), { align: ['left', 'right', 'left', 'left', 'left', 'left', 'left'] }));
    }
    if (r.defects.length > 0) {
        out.push('');
        out.push(`Defects (${r.blocking} blocking)`);
        out.push(renderDefects(r.defects));
    }
    return `${out.join('\n')}\n`;
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
