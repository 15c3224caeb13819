export const id = 669;
export const ids = [669];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ toCsv)
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
    let out = `${header.map(quote).join(',')}\n`;
    for (const row of rows) {
        let line = '';
        for (let i = 0; i < row.length; i++)
            line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
        out += `${line}\n`;
    }
    return out;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    const header = [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .g)(header, sortDefects(defects).map((d) => [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail]));
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
}


/***/ }),

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* unused harmony export isShallow */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1'
};
function git(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotepath=off', '-c', 'color.ui=false', ...args], {
            cwd: opts.cwd,
            env: { ...process.env, ...GIT_ENV, ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 };
            if (result.code !== 0 && !opts.allowFail) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'GIT', message: `git ${args[0]} failed (${result.code}): ${result.stderr.trim()}` }));
            }
            else
                resolve(result);
        });
        // git may exit before reading stdin (e.g. ls-files --error-unmatch); that EPIPE is not a failure.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** True when the repository is a shallow clone: its history cannot prove where a file began. */
async function isShallow(dir) {
    try {
        await access(join(dir, '.git', 'shallow'));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ headOid),
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   bt: () => (/* binding */ listFolder),
/* harmony export */   nT: () => (/* binding */ listTree),
/* harmony export */   rV: () => (/* binding */ worktreeChanges),
/* harmony export */   sL: () => (/* binding */ scanHistory),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* unused harmony exports isShallowRepo, parseRawLog */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9395);



const ZERO = '0000000000000000000000000000000000000000';
async function isShallowRepo(dir) {
    const r = await git(['rev-parse', '--is-shallow-repository'], { cwd: dir });
    return r.stdout.toString('utf8').trim() === 'true';
}
function shallowError() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({
        code: 'HISTORY_SHALLOW',
        message: 'this is a shallow clone: its history is cut off, so it cannot prove where a packet file began or that it was never rewritten. ' +
            "Fetch the full history with 'git fetch --unshallow' (locally), or set 'fetch-depth: 0' on actions/checkout (in a workflow), then run verify again"
    });
}
/** The repository's top level; a directory that is not a git work tree is the user's error. */
async function repoTopLevel(dir) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--show-toplevel'], { cwd: dir, allowFail: true }).catch(() => null);
    if (!r || r.code !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` });
    }
    return r.stdout.toString('utf8').trim();
}
/** Top level, shallowness, the tool's private directory and HEAD, in one git process. */
async function repoFacts(dir) {
    // Without commits, rev-parse still prints the first three answers and exits 1 on HEAD.
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'release-evidence', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, allowFail: true }).catch(() => null);
    const lines = r && r.code <= 1 ? r.stdout.toString('utf8').split('\n') : [];
    if (lines.length < 3 || lines[0] === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` });
    }
    const top = lines[0];
    const head = r.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lines[3] ?? '') ? lines[3] : null;
    return { top, shallow: lines[1] === 'true', stateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir, lines[2]), head };
}
/** HEAD's commit id, or null for a repository without commits. */
async function headOid(dir) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, allowFail: true });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}
async function isAncestor(dir, ancestor, descendant) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir, allowFail: true });
    return r.code === 0;
}
/**
 * Every change under `root` in commits reachable from `until` and not from `since`.
 * --full-history keeps side branches a simplified log would prune (a rewrite that was merged
 * away is still a rewrite); -m diffs a merge against each parent, so an "evil merge" that edits a
 * published file shows up as a modification.
 */
async function scanHistory(dir, opts) {
    const range = opts.since ? `${opts.since}..${opts.until}` : opts.until;
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['log', '-z', '--raw', '--no-renames', '--no-abbrev', '-m', '--full-history', '--topo-order', '--reverse', '--format=%x01%H%x02%ct', range, '--', opts.root], { cwd: dir });
    return parseRawLog(r.stdout);
}
function parseRawLog(out) {
    const text = out.toString('utf8');
    const tokens = text.split('\0');
    const commits = [];
    const events = [];
    let commit = '';
    let time = 0;
    let order = -1;
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i].replace(/^\n/, '');
        if (tok === '')
            continue;
        if (tok.startsWith('\x01')) {
            const [oid, ct] = tok.slice(1).split('\x02');
            if (oid !== commit) {
                commit = oid;
                time = Number(ct);
                commits.push(commit);
                order = commits.length - 1;
            }
            continue;
        }
        if (tok.startsWith(':')) {
            // :old_mode new_mode old_oid new_oid status, then the path as the next token
            const [, , oldOid, newOid, status] = tok.slice(1).split(' ');
            const path = tokens[++i] ?? '';
            events.push({ commit, time, status: (status ?? '?').charAt(0), path, oldOid: oldOid === ZERO ? '' : oldOid, newOid: newOid === ZERO ? '' : newOid, order });
        }
    }
    return { commits, events };
}
/** Files under `roots` (folders or files, taken literally) in one commit's tree: one native ls-tree, no per-object reads. */
async function listTree(dir, commit, roots) {
    const paths = typeof roots === 'string' ? [roots] : roots;
    if (paths.length === 0)
        return [];
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], { cwd: dir });
    return parseTreeListing(r.stdout);
}
/** The entries directly inside the folder `root` (blobs and subtrees with their ids); [] when it does not exist. */
async function listFolder(dir, commit, root) {
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', `${root}/`], { cwd: dir });
    return parseTreeListing(r.stdout);
}
function parseTreeListing(out) {
    // "<mode> SP <type> SP <oid> TAB <path> NUL", parsed by position: 30,000 entries per full verify.
    const text = out.toString('utf8');
    const files = [];
    let pos = 0;
    while (pos < text.length) {
        const end = text.indexOf('\0', pos);
        const stop = end < 0 ? text.length : end;
        const sp1 = text.indexOf(' ', pos);
        const sp2 = text.indexOf(' ', sp1 + 1);
        const tab = text.indexOf('\t', sp2 + 1);
        if (sp1 > 0 && tab > 0 && tab < stop)
            files.push({ path: text.slice(tab + 1, stop), oid: text.slice(sp2 + 1, tab), mode: text.slice(pos, sp1), type: text.slice(sp1 + 1, sp2) });
        pos = stop + 1;
    }
    return files;
}
/** Reads many blobs in one `git cat-file --batch`; a missing object maps to undefined. */
async function readBlobs(dir, oids) {
    const unique = [...new Set(oids)];
    const map = new Map();
    if (unique.length === 0)
        return map;
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n` });
    const out = r.stdout;
    let pos = 0;
    while (pos < out.length) {
        const nl = out.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = out.toString('latin1', pos, nl);
        const [oid, type, sizeText] = header.split(' ');
        pos = nl + 1;
        if (type === 'missing' || sizeText === undefined)
            continue;
        const size = Number(sizeText);
        if (type === 'blob')
            map.set(oid, out.subarray(pos, pos + size));
        pos += size + 1;
    }
    return map;
}
/** Store paths changed in the index or working tree relative to HEAD, plus untracked ones, from one `git status`. */
async function worktreeChanges(dir, root) {
    // --no-optional-locks: verify never writes the repository, not even git's own stat cache.
    const r = await (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$)(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', root], { cwd: dir });
    const modified = [];
    const untracked = [];
    for (const rec of r.stdout.toString('utf8').split('\0')) {
        if (rec.length < 4)
            continue;
        const xy = rec.slice(0, 2);
        const path = rec.slice(3);
        if (xy === '??')
            untracked.push(path);
        else if (xy !== '!!')
            modified.push(path);
    }
    return { modified, untracked };
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ws: () => (/* binding */ artifactPath),
  GV: () => (/* binding */ parseStorePath),
  s3: () => (/* binding */ revisionPaths),
  FT: () => (/* binding */ seriesFor),
  hG: () => (/* binding */ seriesId),
  Wg: () => (/* binding */ windowDir)
});

// UNUSED EXPORTS: isCanonicalId

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/store/family.ts
// A packet family is one kind of signed, write-once evidence file kept in the repository: each
// lesson that keeps one declares it in its folder (closure packets: src/closure/family.ts). Everything in the store (layout, the write-once commit,
// the history scan, verify and its cache) is written against this description, so a new family is
// data plus a packet inspector, not new store code.
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
    return id.length <= ids.MAX_ID_LENGTH && CANONICAL_ID.test(id);
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
    if (family.allowed.includes(name))
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
    return { type: 'unknown', window };
}
/** Stable identity of a series, for maps: `window` or `window/key`. */
function seriesId(ref) {
    return ref.key === undefined ? ref.window : `${ref.window}/${ref.key}`;
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
