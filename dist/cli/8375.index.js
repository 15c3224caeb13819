export const id = 8375;
export const ids = [8375,9628,9077];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ csvHeader),
/* harmony export */   gD: () => (/* binding */ toCsv),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony export escapeFormula */
// Every CSV we write may be opened in a spreadsheet, and its cells came from users' CSVs. A cell
// that starts with = + - @ (or a tab/CR that some apps strip first) is prefixed with a quote so
// it reads as text, never as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
function escapeFormula(cell) {
    return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
// RFC 4180 quoting, written out rather than delegated to csv-stringify: the rule is one line, and
// at 35,000 report rows the library's per-cell option handling cost about a third of a second.
// It is exactly the rule csv-stringify applied with record_delimiter '\n', which quotes a field
// with a comma, a quote or a LF (not a lone CR), so reports stay byte-identical;
// __tests__/foundation/csv.test.ts checks it against csv-stringify, which stays the oracle.
const NEEDS_QUOTES = /[",\n]/;
function quote(cell) {
    return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
// Most cells need neither: one test finds the few that need either rule.
const NEEDS_WORK = /^[=+\-@\t\r]|[",\n]/;
/** One cell as written: formula-escaped, then quoted. */
function cellText(c) {
    const text = c === null || c === undefined ? '' : String(c);
    return NEEDS_WORK.test(text) ? quote(escapeFormula(text)) : text;
}
/** Deterministic CSV: LF endings, header first, every cell formula-escaped. */
function toCsv(header, rows) {
    let out = csvHeader(header);
    for (const row of rows)
        out += csvLine(row);
    return out;
}
/** toCsv's first line. */
function csvHeader(header) {
    return `${header.map(quote).join(',')}\n`;
}
/** One row of toCsv, with its line ending: a writer that streams a large table writes these in turn. */
function csvLine(row) {
    let line = '';
    for (let i = 0; i < row.length; i++)
        line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
    return `${line}\n`;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qv: () => (/* binding */ defectCsvRow),
/* harmony export */   TL: () => (/* binding */ defectCsvHeader),
/* harmony export */   XJ: () => (/* binding */ sortDefects),
/* harmony export */   c7: () => (/* binding */ defectsToCsv),
/* harmony export */   o3: () => (/* binding */ countByCode)
/* harmony export */ });
/* unused harmony exports SEVERITY_RANK, compareDefects */
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1424);

const SEVERITY_RANK = { blocking: 0, warning: 1, info: 2 };
/** Deterministic order: severity, window, subject, code, file, line, field, detail. */
function compareDefects(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        cmp(a.release_window_id, b.release_window_id) ||
        cmp(a.subject, b.subject) ||
        cmp(a.defect_code, b.defect_code) ||
        cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.field, b.field) ||
        cmp(a.detail, b.detail));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A sorted copy; a list that is already in order (the gate's result) is only checked. */
function sortDefects(defects) {
    for (let i = 1; i < defects.length; i++)
        if (compareDefects(defects[i - 1], defects[i]) > 0)
            return [...defects].sort(compareDefects);
    return [...defects];
}
/** The seed's deterministic columns first (with the stage's subject column name), then location. */
function defectsToCsv(defects, subjectColumn = 'alarm_id') {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .gD)(defectCsvHeader(subjectColumn), sortDefects(defects).map(defectCsvRow));
}
/** defectsToCsv's header, for a writer that streams the rows (csv/write-file.ts). */
function defectCsvHeader(subjectColumn) {
    return [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
}
/** One defect as a defectsToCsv row. */
function defectCsvRow(d) {
    return [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail];
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
}


/***/ }),

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
