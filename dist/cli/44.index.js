export const id = 44;
export const ids = [44];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports ANNOTATION_MESSAGE_MAX, CHECK_TITLE_MAX, CHECK_MESSAGE_MAX, truncate, annotationText */
// Untrusted text (CSV cells, ids, policy values) is echoed into four places, each with its own
// grammar. One function per destination, so a call site says where the text is going:
//
// - workflow commands (annotations): @actions/core already escapes % \r \n in the message and
//   additionally : , in properties (file, title). We pass raw text and only bound its length;
//   escaping here as well would show `%25` to the reviewer.
// - log lines (core.info): core writes them verbatim, so a cell holding "\n::error::x" would start
//   a new line that the runner executes as a command. `logText` keeps the text on one line.
// - markdown (the job summary, closure summaries, review notes; GitHub-flavoured markdown with
//   inline HTML): `mdCell` / `mdText` encode every character that can open HTML, a link, code, a
//   table cell or a line break, and break @mentions and issue references.
// - CSV files: src/csv/write.ts prefixes formula starters; nothing to add here.
/** Runner v2.305+ truncates annotation messages at about 4096 characters; we cut first, visibly. */
const ANNOTATION_MESSAGE_MAX = 4000;
/** Checks API annotation limits: title 255 characters, message 64 KiB. */
const CHECK_TITLE_MAX = 255;
const CHECK_MESSAGE_MAX = (/* unused pure expression or super */ null && (64 * 1024 - 64));
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Never split a surrogate pair: a lone surrogate is invalid UTF-8 in the JSON we send.
    let cut = max - 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}
/** Text for an annotation message or title: bounded, otherwise verbatim (core escapes it). */
function annotationText(text, max = ANNOTATION_MESSAGE_MAX) {
    return truncate(text, max);
}
/**
 * Text for a log line: control characters shown as \xNN, so the line cannot be split, and a
 * leading `::` cannot be read as a workflow command even when the text opens the line.
 */
function logText(text) {
    // eslint-disable-next-line no-control-regex
    const oneLine = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return oneLine.startsWith('::') ? ` ${oneLine}` : oneLine;
}
const MD_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '*': '&#42;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;'
};
const MD_SPECIAL = /[&<>"'|`[\]\\*~#!]/g;
/**
 * Inline markdown text, the one escaper for untrusted text in markdown (job summaries, closure
 * summaries and handoff notes, review notes): every character that could start HTML, a link or
 * image, code, emphasis or a heading is an entity; line breaks become spaces and other control
 * characters are dropped, so a cell, list item or heading cannot end early. Entities render as
 * the original characters, and entities (unlike backslash escapes) mean the same inside a GFM
 * table cell as outside one.
 *
 * github.com also links text after markdown is rendered: `@name` pings a user or team, `#123`,
 * `owner/repo#123` and `GH-123` link an issue. An entity does not stop that (the linker reads the
 * decoded text), so a zero-width space (&#8203;) goes after such an `@` and `#` and `GH-`: the text
 * reads the same and links nothing. An `@` after a letter or digit (an e-mail address) mentions
 * no one and is left alone. Bare URLs may still autolink: an autolink shows its own target, so it
 * cannot disguise where it goes (link text in [ ] could, and is escaped).
 */
function mdText(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(MD_SPECIAL, (c) => MD_ENTITIES[c])
        // `_` emphasizes only at a word edge (GFM: never inside a word), so snake_case stays legible.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '&#95;')
        // Letters and digits pass through unchanged, so these lookarounds see the original neighbours.
        .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9_-])/g, '@&#8203;')
        .replace(/&#35;(?=\d)/g, '&#35;&#8203;')
        .replace(/(?<![A-Za-z0-9])(GH-)(?=\d)/gi, '$1&#8203;'));
}
/** A table cell: like mdText, bounded so one hostile cell cannot eat the summary's byte budget. */
function mdCell(text, max = 300) {
    if (text === null || text === undefined)
        return '';
    return mdText(truncate(String(text), max));
}
/** Inline code for trusted, generated values (paths we wrote, hashes); backticks cannot occur. */
function mdCode(text) {
    return `<code>${mdText(text)}</code>`;
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

/***/ 7566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   P0: () => (/* binding */ exportWindow)
/* harmony export */ });
/* unused harmony export commitMessage */
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8483);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6581);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2170);




/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const files = await (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .listTree */ .nT)(dir, commit, (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .windowDir */ .Wg)(family, series.window));
    const id = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(series);
    let latest = 0;
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type === 'artifact' && (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(p.ref) === id)
            latest = Math.max(latest, p.ref.revision);
    }
    if (latest === 0)
        return null;
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionPaths */ .s3)(family, { ...series, revision: latest });
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const packetOid = byPath.get(paths.packet);
    const sigOid = byPath.get(paths.signature);
    const blobs = await (0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .readBlobs */ .b4)(dir, [packetOid, sigOid].filter((o) => o !== undefined));
    return {
        revision: latest,
        paths,
        packet: (packetOid && blobs.get(packetOid)) || Buffer.alloc(0),
        signature: sigOid ? blobs.get(sigOid) : undefined
    };
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(revision);
    return [
        `${family.root}: ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionPaths */ .s3)(family, { ...series, revision: next });
    const { commitOid } = await (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .commitFiles */ .z)({
        dir: args.dir,
        branch: args.branch,
        parentOid: args.parentOid,
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log }
        ]
    });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ resolveOrNull),
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var isomorphic_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3667);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);





async function commitFiles(args) {
    const { dir, files } = args;
    const gitdir = args.gitdir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git');
    const ref = `refs/heads/${args.branch}`;
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: 'store: commit with no files' });
    for (const f of files)
        assertSafePath(f.path);
    const expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid;
    const checkedOut = args.gitdir === undefined && (await currentBranchRef(dir, gitdir)) === ref;
    if (checkedOut) {
        // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
        if (expected !== args.parentOid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${ref} is checked out; build on its tip or on an unchecked-out branch` });
        }
    }
    const pending = { files: new Map(), dirs: new Map() };
    for (const f of files) {
        const oid = await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeBlob */ .Ay.writeBlob({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, blob: f.bytes });
        const parts = f.path.split('/');
        let node = pending;
        for (const part of parts.slice(0, -1)) {
            let next = node.dirs.get(part);
            if (!next)
                node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            node = next;
        }
        const name = parts[parts.length - 1];
        if (node.files.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${f.path} given twice` });
        node.files.set(name, oid);
    }
    const parentTree = args.parentOid ? (await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].readCommit */ .Ay.readCommit({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, oid: args.parentOid })).commit.tree : null;
    const treeOid = await mergeTree(dir, gitdir, parentTree, pending, '');
    if (checkedOut)
        await assertWorktreeFree(dir, files);
    const who = { name: args.committer.name, email: args.committer.email, timestamp: args.committer.timestamp, timezoneOffset: 0 };
    const commitOid = await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeCommit */ .Ay.writeCommit({
        fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()),
        dir,
        gitdir,
        commit: {
            tree: treeOid,
            parent: args.parentOid ? [args.parentOid] : [],
            author: who,
            committer: who,
            message: args.message.endsWith('\n') ? args.message : `${args.message}\n`
        }
    });
    const current = await resolveOrNull(dir, gitdir, ref);
    if (current !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({
            code: 'REF_MOVED',
            message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${expected ?? '(unborn)'}; rebuild the export on the new tip`
        });
    }
    await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeRef */ .Ay.writeRef({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, ref, value: commitOid, force: true });
    if (checkedOut) {
        for (const f of files) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(abs), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(abs, f.bytes);
            await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].updateIndex */ .Ay.updateIndex({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, filepath: f.path, add: true });
        }
    }
    return { commitOid, treeOid, worktreeUpdated: checkedOut };
}
/** Rewrites only the trees along new paths; refuses to replace anything that exists. */
async function mergeTree(dir, gitdir, baseOid, pending, at) {
    const entries = new Map();
    if (baseOid) {
        const { tree } = await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].readTree */ .Ay.readTree({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, oid: baseOid });
        for (const e of tree)
            entries.set(e.path, e);
    }
    for (const [name, oid] of pending.files) {
        if (entries.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` });
        }
        entries.set(name, { mode: '100644', path: name, oid, type: 'blob' });
    }
    for (const [name, sub] of pending.dirs) {
        const existing = entries.get(name);
        if (existing && existing.type !== 'tree') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` });
        }
        const oid = await mergeTree(dir, gitdir, existing?.oid ?? null, sub, `${at}${name}/`);
        entries.set(name, { mode: '040000', path: name, oid, type: 'tree' });
    }
    return isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].writeTree */ .Ay.writeTree({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, tree: [...entries.values()] });
}
function assertSafePath(path) {
    const parts = path.split('/');
    if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` });
    }
}
async function currentBranchRef(dir, gitdir) {
    try {
        return (await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].currentBranch */ .Ay.currentBranch({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir, fullname: true })) ?? null;
    }
    catch {
        return null;
    }
}
async function resolveOrNull(dir, gitdir, ref) {
    try {
        return await isomorphic_git__WEBPACK_IMPORTED_MODULE_4__/* ["default"].resolveRef */ .Ay.resolveRef({ fs: (node_fs__WEBPACK_IMPORTED_MODULE_0___default()), dir, gitdir: gitdir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git'), ref });
    }
    catch (err) {
        if (err.code === 'NotFoundError')
            return null;
        throw err;
    }
}
/** An untracked file in the way would be silently replaced; identical bytes are fine. */
async function assertWorktreeFree(dir, files) {
    for (const f of files) {
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.path));
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT')
                continue;
            if (code === 'ENOTDIR')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${f.path}: a parent of this path is a file in the working tree; move it away` });
            throw err;
        }
        if (!Buffer.from(f.bytes).equals(existing)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
            });
        }
    }
}


/***/ })

};
