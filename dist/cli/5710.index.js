export const id = 5710;
export const ids = [5710];
export const modules = {

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   dP: () => (/* binding */ gitStream)
/* harmony export */ });
/* unused harmony exports PINNED_CONFIG, WITHHELD_ENV, childEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const PINNED_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_GRAFT_FILE: '/dev/null',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1'
};
/** `-c` options in front of every command. */
const PINNED_CONFIG = [
    'core.quotepath=off',
    'color.ui=false',
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'advice.graftFileDeprecated=false'
].flatMap((kv) => ['-c', kv]);
/** Environment variables a git child process must never carry. */
const WITHHELD_ENV = ['RELEASE_EVIDENCE_SIGNING_KEY'];
function withheld(name) {
    return WITHHELD_ENV.includes(name) || /^INPUT_/i.test(name);
}
/** The environment of a git child: this process's, without secrets and inputs, then the pins. */
function childEnv(extra = {}, base = process.env) {
    const env = {};
    for (const [name, value] of Object.entries({ ...base, ...PINNED_ENV, ...extra })) {
        if (value !== undefined && !withheld(name))
            env[name] = value;
    }
    return env;
}
/**
 * Like git(), but stdout goes to `onData` chunk by chunk as it arrives instead of being collected:
 * the caller works on what git has produced while git produces the rest. A throw from `onData`
 * stops git and rejects with that error.
 */
function gitStream(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...PINNED_CONFIG, ...args], { cwd: opts.cwd, env: childEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
        const err = [];
        let failed = null;
        child.stdout.on('data', (b) => {
            if (failed !== null)
                return;
            try {
                opts.onData(b);
            }
            catch (e) {
                failed = e instanceof Error ? e : new Error(String(e));
                child.kill();
            }
        });
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            if (failed !== null)
                return reject(failed);
            const stderr = Buffer.concat(err).toString('utf8');
            if ((code ?? 1) !== 0 && !opts.allowFail)
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd({ code: 'GIT', message: `git ${args[0]} failed (${code ?? 1}): ${stderr.trim()}` }));
            else
                resolve();
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
function git(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...PINNED_CONFIG, ...args], {
            cwd: opts.cwd,
            env: childEnv(opts.env),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 };
            if (result.code !== 0 && !opts.allowFail) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InternalError */ .Gd({ code: 'GIT', message: `git ${args[0]} failed (${result.code}): ${result.stderr.trim()}` }));
            }
            else
                resolve(result);
        });
        // git may exit before reading stdin (e.g. ls-files --error-unmatch); that EPIPE is not a failure.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}


/***/ }),

/***/ 9692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zY: () => (/* reexport */ initRepository),
  h_: () => (/* reexport */ openRepository),
  eG: () => (/* reexport */ remoteRefOid)
});

// UNUSED EXPORTS: Repository, parseRawLog

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
;// CONCATENATED MODULE: ./src/git/parse.ts
// Parsers for the machine-readable (-z, NUL-separated) output of the native history reads, so no
// path is ever unquoted or split wrongly.
const ZERO = '0000000000000000000000000000000000000000';
/** Parses `git log -z --raw --no-abbrev --format=%x01%H%x02%ct`. */
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
            const [, newMode, oldOid, newOid, status] = tok.slice(1).split(' ');
            const path = tokens[++i] ?? '';
            events.push({ commit, time, status: (status ?? '?').charAt(0), path, oldOid: oldOid === ZERO ? '' : oldOid, newOid: newOid === ZERO ? '' : newOid, newMode, order });
        }
    }
    return { commits, events };
}
/** Parses `git ls-tree -z`: "<mode> SP <type> SP <oid> TAB <path> NUL", by position (30,000 entries per full verify). */
function parseTreeListing(out) {
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
/** Parses `git cat-file --batch` output into blob id -> bytes; missing objects and non-blobs are left out. */
function parseBlobBatch(out) {
    const map = new Map();
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
/**
 * `git cat-file --batch` output parsed as it streams in: push() each chunk, and every record
 * completed by it is handed on (a missing object or a non-blob as undefined). A record split
 * across chunks waits for the rest; only that unfinished tail is ever copied.
 */
class BlobBatchReader {
    onBlob;
    rest = Buffer.alloc(0);
    constructor(onBlob) {
        this.onBlob = onBlob;
    }
    push(chunk) {
        const buf = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
        let pos = 0;
        while (pos < buf.length) {
            const nl = buf.indexOf(0x0a, pos);
            if (nl < 0)
                break;
            const [oid, type, sizeText] = buf.toString('latin1', pos, nl).split(' ');
            if (type === 'missing' || sizeText === undefined) {
                pos = nl + 1;
                this.onBlob(oid, undefined);
                continue;
            }
            const end = nl + 1 + Number(sizeText);
            if (end + 1 > buf.length)
                break;
            pos = end + 1;
            this.onBlob(oid, type === 'blob' ? buf.subarray(nl + 1, end) : undefined);
        }
        this.rest = pos >= buf.length ? Buffer.alloc(0) : buf.subarray(pos);
    }
}
/** Parses `git status --porcelain=v1 -z` into changed (index or working tree) and untracked paths. */
function parseStatus(out) {
    const modified = [];
    const untracked = [];
    for (const rec of out.toString('utf8').split('\0')) {
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

;// CONCATENATED MODULE: ./src/git/history.ts


// The native history reads behind Repository: one `git log --raw` over a folder and one
// `git cat-file --batch` for the blobs are 10-100x faster than walking objects with
// isomorphic-git (ecosystem notes §5). Output is NUL-separated (-z) wherever paths appear.
/**
 * Every change under `root` in commits reachable from `until` and not from `since`.
 * --full-history keeps side branches a simplified log would prune (a rewrite that was merged
 * away is still a rewrite); -m diffs a merge against each parent, so an "evil merge" that edits a
 * published file shows up as a modification.
 */
async function scanHistory(dir, opts) {
    const range = opts.since ? `${opts.since}..${opts.until}` : opts.until;
    const roots = typeof opts.root === 'string' ? [opts.root] : opts.root;
    if (roots.length === 0)
        return { commits: [], events: [] };
    const r = await (0,exec/* git */.$Y)(['log', '-z', '--raw', '--no-renames', '--no-abbrev', '-m', '--full-history', '--topo-order', '--reverse', '--format=%x01%H%x02%ct', range, '--', ...roots], { cwd: dir });
    return parseRawLog(r.stdout);
}
/** Files under `roots` (folders or files, taken literally) in one commit's tree: one native ls-tree, no per-object reads. */
async function listTree(dir, commit, roots) {
    const paths = typeof roots === 'string' ? [roots] : roots;
    if (paths.length === 0)
        return [];
    // A commit id names its tree for good, so one process asks git once: a lineage build lists the
    // same folders for its graph, the retention index and the strategy digests (a ref is not memoized).
    const key = OID.test(commit) ? JSON.stringify([dir, commit, paths]) : null;
    const had = key === null ? undefined : listed.get(key);
    if (had)
        return [...(await had)];
    const p = (0,exec/* git */.$Y)(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], { cwd: dir }).then((r) => parseTreeListing(r.stdout));
    if (key !== null) {
        if (listed.size >= 64)
            listed.clear();
        listed.set(key, p);
        p.catch(() => listed.delete(key));
    }
    return [...(await p)];
}
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const listed = new Map();
/** The entries directly inside the folder(s) `root` (blobs and subtrees with their ids); [] when none exists. */
async function listFolder(dir, commit, root) {
    const roots = typeof root === 'string' ? [root] : root;
    if (roots.length === 0)
        return [];
    const r = await (0,exec/* git */.$Y)(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...roots.map((p) => `${p}/`)], { cwd: dir });
    return parseTreeListing(r.stdout);
}
/** Reads many blobs in one `git cat-file --batch`; a missing object maps to undefined. */
async function readBlobs(dir, oids) {
    const unique = [...new Set(oids)];
    if (unique.length === 0)
        return new Map();
    const r = await (0,exec/* git */.$Y)(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n` });
    return parseBlobBatch(r.stdout);
}
/**
 * Reads blobs through one `git cat-file --batch`, handing each to `onBlob` as it arrives, in the
 * order asked (each id once; a missing object as undefined). git reads ahead while the caller
 * works on what has arrived.
 */
async function streamBlobs(dir, oids, onBlob) {
    const unique = [...new Set(oids)];
    if (unique.length === 0)
        return;
    const reader = new BlobBatchReader(onBlob);
    await (0,exec/* gitStream */.dP)(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n`, onData: (chunk) => reader.push(chunk) });
}
/** Paths changed in the index or working tree relative to HEAD, plus untracked ones, from one `git status`. */
async function worktreeChanges(dir, pathspec) {
    const specs = typeof pathspec === 'string' ? [pathspec] : pathspec;
    if (specs.length === 0)
        return { modified: [], untracked: [] };
    // --no-optional-locks: a read never writes the repository, not even git's own stat cache.
    const r = await (0,exec/* git */.$Y)(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...specs], { cwd: dir });
    return parseStatus(r.stdout);
}
// Line-level history of one file (the ledger's append-only check): counts first, patches only
// for the commits that removed lines.
const DIFF_FLAGS = ['-U0', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'];
async function firstParentNumstat(dir, pathspec) {
    const r = await (0,exec/* git */.$Y)(['log', '--first-parent', '--diff-merges=first-parent', '--numstat', '--text', '--no-renames', '--format=%x00%H', '--', pathspec], { cwd: dir });
    return r.stdout.toString('utf8');
}
async function worktreeNumstat(dir, pathspec) {
    const r = await (0,exec/* git */.$Y)(['diff', '--numstat', '--text', '--no-renames', 'HEAD', '--', pathspec], { cwd: dir });
    return r.stdout.toString('utf8');
}
async function commitPatches(dir, commits, pathspec) {
    const r = await (0,exec/* git */.$Y)(['show', '--diff-merges=first-parent', '-p', ...DIFF_FLAGS, '--format=%x00%H', ...commits, '--', pathspec], { cwd: dir });
    return r.stdout.toString('utf8');
}
async function worktreePatch(dir, pathspec) {
    const r = await (0,exec/* git */.$Y)(['diff', ...DIFF_FLAGS, 'HEAD', '--', pathspec], { cwd: dir });
    return r.stdout.toString('utf8');
}

;// CONCATENATED MODULE: ./src/git/trees.ts

/** The files (blobs, symlinks and submodules included, recursively) of each folder at its commit; [] when it is missing there. */
async function listFoldersAt(dir, folders) {
    const out = folders.map(() => []);
    if (folders.length === 0)
        return out;
    const top = await catBatch(dir, folders.map((f) => `${f.commit}:${f.path}`));
    const trees = new Map();
    // pending: subtrees to read, with every (result index, path prefix) that needs them
    let pending = new Map();
    const take = (index, prefix, entries) => {
        for (const e of entries) {
            const path = `${prefix}/${e.name}`;
            if (e.mode === '40000') {
                const wanted = pending.get(e.oid) ?? [];
                wanted.push({ index, prefix: path });
                pending.set(e.oid, wanted);
            }
            else
                out[index].push({ path, oid: e.oid, mode: e.mode.padStart(6, '0') });
        }
    };
    for (const [i, obj] of top.entries())
        if (obj?.type === 'tree')
            take(i, folders[i].path, parseTree(obj.body, hashLength(folders[i].commit)));
    while (pending.size > 0) {
        const ask = [...pending.keys()].filter((oid) => !trees.has(oid));
        const read = await catBatch(dir, ask);
        for (const [i, oid] of ask.entries()) {
            const obj = read[i];
            trees.set(oid, { entries: obj?.type === 'tree' ? parseTree(obj.body, oid.length / 2) : [] });
        }
        const now = pending;
        pending = new Map();
        for (const [oid, wanted] of now)
            for (const w of wanted)
                take(w.index, w.prefix, trees.get(oid).entries);
    }
    for (const files of out)
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return out;
}
/** A raw tree object: `<mode> <name>\0<hash bytes>` per entry. */
function parseTree(body, hashBytes) {
    const entries = [];
    let pos = 0;
    while (pos < body.length) {
        const sp = body.indexOf(0x20, pos);
        const nul = body.indexOf(0, sp + 1);
        if (sp < 0 || nul < 0 || nul + 1 + hashBytes > body.length)
            break;
        entries.push({ mode: body.toString('latin1', pos, sp), name: body.toString('utf8', sp + 1, nul), oid: body.toString('hex', nul + 1, nul + 1 + hashBytes) });
        pos = nul + 1 + hashBytes;
    }
    return entries;
}
/** A commit id names the repository's hash: 40 hex digits for SHA-1, 64 for SHA-256. */
function hashLength(commit) {
    return commit.length === 64 ? 32 : 20;
}
/** Objects in request order; null for a name git reports missing (or ambiguous). */
async function catBatch(dir, names) {
    if (names.length === 0)
        return [];
    const r = await (0,exec/* git */.$Y)(['cat-file', '--batch'], { cwd: dir, input: `${names.join('\n')}\n` });
    const out = [];
    const buf = r.stdout;
    let pos = 0;
    while (pos < buf.length && out.length < names.length) {
        const nl = buf.indexOf(0x0a, pos);
        if (nl < 0)
            break;
        const header = buf.toString('latin1', pos, nl).split(' ');
        pos = nl + 1;
        // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous" (a name may hold spaces: read from the end)
        const size = Number(header[header.length - 1]);
        const type = header[header.length - 2];
        if (header.length < 3 || !Number.isInteger(size) || type === undefined) {
            out.push(null);
            continue;
        }
        out.push({ type, body: buf.subarray(pos, pos + size) });
        pos += size + 1;
    }
    while (out.length < names.length)
        out.push(null);
    return out;
}

;// CONCATENATED MODULE: ./src/git/repository.ts






// The one way into a git repository (like actions/checkout's git command manager): every git
// question and every git write of the tool goes through a Repository. Native git (src/git/exec.ts,
// pinned environment) answers history and ref questions and moves refs with compare-and-swap;
// isomorphic-git (src/git/objects.ts) writes objects and the index; isomorphic-git also talks to
// remotes (src/git/transport.ts). Opening a repository starts no process: a directory that is not
// a repository shows up in the answers (topLevel() null, describe() null, ...).
// isomorphic-git (a large module) loads only when a repository writes objects or talks to a
// remote: the history reads the ledger gate and verify need start native git alone.
const objectsModule = () => Promise.all(/* import() */[__webpack_require__.e(3667), __webpack_require__.e(3644)]).then(__webpack_require__.bind(__webpack_require__, 3644));
const transportModule = () => Promise.all(/* import() */[__webpack_require__.e(3667), __webpack_require__.e(4965)]).then(__webpack_require__.bind(__webpack_require__, 4965));
/** The commit a remote's ref points at, or null (one ls-refs call). */
async function remoteRefOid(call, ref) {
    return (await transportModule()).remoteRefOid(call, ref);
}
function openRepository(dir, opts = {}) {
    return new Repository(dir, opts);
}
/** `git init` with the given initial branch; the repository is returned opened. */
async function initRepository(dir, opts) {
    await (0,exec/* git */.$Y)(['init', '-q', '-b', opts.branch], { cwd: dir });
    return openRepository(dir, opts);
}
class Repository {
    dir;
    env;
    constructor(dir, opts = {}) {
        this.dir = dir;
        const id = opts.identity;
        this.env = id && {
            GIT_AUTHOR_NAME: id.name,
            GIT_AUTHOR_EMAIL: id.email,
            GIT_COMMITTER_NAME: id.name,
            GIT_COMMITTER_EMAIL: id.email,
            GIT_AUTHOR_DATE: id.date,
            GIT_COMMITTER_DATE: id.date
        };
    }
    run(args, opts = {}) {
        return (0,exec/* git */.$Y)(args, { cwd: this.dir, ...(this.env ? { env: this.env } : {}), ...opts });
    }
    /** stdout as trimmed text, or null when git exits non-zero */
    async line(args) {
        const r = await this.run(args, { allowFail: true });
        return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
    }
    // ---- the repository itself ----------------------------------------------------------------
    /** The work tree's top level; null when the directory is not inside a work tree (or does not exist). */
    async topLevel() {
        const r = await this.run(['rev-parse', '--show-toplevel'], { allowFail: true }).catch(() => null);
        return r && r.code === 0 ? r.stdout.toString('utf8').trim() : null;
    }
    async isInsideWorkTree() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFail: true }).catch(() => undefined);
        return r !== undefined && r.code === 0 && r.stdout.toString().trim() === 'true';
    }
    /** Top level, shallowness, a path in the git directory and HEAD, from one git process; null outside a work tree. */
    async describe(gitPath) {
        // Without commits, rev-parse still prints the first three answers and exits 1 on HEAD.
        const r = await this.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', gitPath, '--verify', '--quiet', 'HEAD^{commit}'], { allowFail: true }).catch(() => null);
        const lines = r && r.code <= 1 ? r.stdout.toString('utf8').split('\n') : [];
        if (lines.length < 3 || lines[0] === '')
            return null;
        const head = r.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lines[3] ?? '') ? lines[3] : null;
        return { top: lines[0], shallow: lines[1] === 'true', gitPath: (0,external_node_path_.resolve)(this.dir, lines[2]), head };
    }
    /** True in a shallow clone: its history is cut off and cannot prove where a file began. */
    async isShallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.toString('utf8').trim() === 'true';
    }
    /** The commits listed in the git directory's `shallow` file: the clone has them but not their parents. */
    async shallowCommits() {
        const gitDir = (await this.run(['rev-parse', '--git-dir'])).stdout.toString('utf8').trim();
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(this.dir, gitDir, 'shallow'), 'utf8');
            return text.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l));
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw err;
        }
    }
    // ---- refs ---------------------------------------------------------------------------------
    /** The commit a ref (or any revision) names, or null when there is none. */
    tryResolveRef(ref) {
        return this.line(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    /** The commit a ref names; an InternalError when there is none. */
    async resolveRef(ref) {
        const oid = await this.tryResolveRef(ref);
        if (oid === null)
            throw new errors/* InternalError */.Gd({ code: 'GIT', message: `git: ${ref} does not name a commit` });
        return oid;
    }
    /** HEAD's commit id, or null for a repository without commits. */
    headOid() {
        return this.tryResolveRef('HEAD');
    }
    /** The checked-out branch's short name (an unborn one too); null when HEAD is detached. */
    async currentBranch() {
        const ref = await this.line(['symbolic-ref', '--quiet', 'HEAD']);
        return ref !== null && ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length ? ref.slice('refs/heads/'.length) : null;
    }
    /** True when `ancestor` is `descendant` or one of its ancestors. */
    async isAncestor(ancestor, descendant) {
        const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true });
        return r.code === 0;
    }
    /**
     * Compare-and-swap: points `ref` at `value` only if it is still at `expected` (null: only if it
     * does not exist). False when the ref was elsewhere (or git refused); nothing is changed then.
     */
    async updateRef(ref, value, expected, message) {
        const r = await this.run(['update-ref', '-m', message, ref, value, expected ?? ''], { allowFail: true });
        return r.code === 0;
    }
    /** Moves the checked-out branch to `target` with `git reset --keep`: false (nothing changed) when local changes would be lost. */
    async resetKeep(target) {
        const r = await this.run(['reset', '--quiet', '--keep', target], { allowFail: true });
        return r.code === 0;
    }
    // ---- history and content reads (native) ----------------------------------------------------
    /** Every change under `root` (one folder or several) in commits reachable from `until` and not from `since` (src/git/history.ts). */
    scanHistory(opts) {
        return scanHistory(this.dir, opts);
    }
    /** Files under `roots` (folders or files, taken literally) in one commit's tree. */
    listTree(commit, roots) {
        return listTree(this.dir, commit, roots);
    }
    /** The entries directly inside the folder `root` (or each of several); [] when none exists. */
    listFolder(commit, root) {
        return listFolder(this.dir, commit, root);
    }
    /** Several folders, each at its own commit, listed recursively through `git cat-file --batch` (one per depth). */
    listFoldersAt(folders) {
        return listFoldersAt(this.dir, folders);
    }
    /** Many blobs in one `git cat-file --batch`; a missing object is left out of the map. */
    readBlobs(oids) {
        return readBlobs(this.dir, oids);
    }
    /** Blobs through one `git cat-file --batch`, each handed to `onBlob` as it arrives (history.ts streamBlobs). */
    streamBlobs(oids, onBlob) {
        return streamBlobs(this.dir, oids, onBlob);
    }
    /** The bytes of `path` in `commit`; an InternalError when it is not there. */
    async readFileAt(commit, path) {
        return (await this.run(['cat-file', 'blob', `${commit}:${path}`])).stdout;
    }
    /** Paths under `pathspec` (one or several) changed in the index or working tree relative to HEAD, and untracked ones. */
    worktreeChanges(pathspec) {
        return worktreeChanges(this.dir, pathspec);
    }
    /** Paths that differ between two commits (`git diff --name-only from to`), in git's order. */
    async changedPaths(from, to) {
        const out = (await this.run(['diff', '--name-only', '-z', '--no-renames', from, to])).stdout.toString('utf8');
        return out.split('\0').filter((p) => p !== '');
    }
    /** True when the pathspec matches a file in the index. */
    async isTracked(pathspec) {
        const r = await this.run(['ls-files', '--error-unmatch', '--', pathspec], { allowFail: true });
        return r.code === 0;
    }
    /** `git log --numstat` of the first-parent chain for `pathspec`, each commit behind a `\0<oid>` line. */
    firstParentNumstat(pathspec) {
        return firstParentNumstat(this.dir, pathspec);
    }
    /** `git diff --numstat HEAD` for `pathspec`: uncommitted changes. */
    worktreeNumstat(pathspec) {
        return worktreeNumstat(this.dir, pathspec);
    }
    /** Zero-context patches of `commits` (each against its first parent) for `pathspec`, each behind a `\0<oid>` line. */
    commitPatches(commits, pathspec) {
        return commitPatches(this.dir, commits, pathspec);
    }
    /** The zero-context patch of uncommitted changes to `pathspec` against HEAD. */
    worktreePatch(pathspec) {
        return worktreePatch(this.dir, pathspec);
    }
    // ---- writes -------------------------------------------------------------------------------
    async writeBlob(bytes) {
        return (await objectsModule()).writeBlob(this.dir, bytes);
    }
    /** The tree id of a commit. */
    async commitTree(commit) {
        return (await objectsModule()).commitTree(this.dir, commit);
    }
    async readTree(tree) {
        return (await objectsModule()).readTree(this.dir, tree);
    }
    async writeTree(entries) {
        return (await objectsModule()).writeTree(this.dir, entries);
    }
    async writeCommit(commit) {
        return (await objectsModule()).writeCommit(this.dir, commit);
    }
    /** Stages a working-tree file as it is on disk. */
    async addToIndex(path) {
        await (await objectsModule()).addToIndex(this.dir, path);
    }
    /**
     * Records files already written to the working tree in the index under the blob ids they were
     * committed with (one native `update-index --index-info`, whatever the number of files), then
     * refreshes the index's stat data so native `git status` and `diff-files` see them clean. The
     * ids are taken as given, never re-hashed through the working tree's attributes, so the index
     * holds exactly what the commit holds. isomorphic-git rewrites the whole index file in
     * JavaScript for every file it stages: a store of 30,000 files paid 200 ms per file.
     */
    async stageBlobs(entries) {
        if (entries.length === 0)
            return;
        const input = entries.map((e) => `100644 ${e.oid}\t${e.path}\0`).join('');
        await this.run(['update-index', '-z', '--index-info'], { input });
        // best effort: a refresh only replaces stat data; the user's own unstaged edits make it exit 1
        await this.run(['update-index', '-q', '--refresh'], { allowFail: true });
    }
    /** Unstages a path whose working-tree file was removed. */
    async removeFromIndex(path) {
        await (await objectsModule()).removeFromIndex(this.dir, path);
    }
    /** Stages everything and commits it with native git as the identity the repository was opened with (no hooks, no signing). */
    async commitAll(message) {
        await this.run(['add', '-A']);
        await this.run(['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-m', message]);
        return this.resolveRef('HEAD');
    }
    // ---- config and remotes -------------------------------------------------------------------
    /** A value from the repository's own config file, or null. */
    async config(path) {
        return (await objectsModule()).repoConfig(this.dir, path);
    }
    async fetchBranch(args) {
        return (await transportModule()).fetchBranch(this.dir, args);
    }
    async push(args) {
        return (await transportModule()).pushRef(this.dir, args);
    }
}

;// CONCATENATED MODULE: ./src/git/index.ts
// The git boundary: every git read and write of the tool goes through a Repository. The raw
// process runner (./exec.ts) and isomorphic-git stay inside this folder.




/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: sha256HexOffThread

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}

;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
async function sha256HexOffThread(data) {
    return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
}


/***/ })

};
