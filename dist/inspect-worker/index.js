import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CLOSURE_FAMILY),
/* harmony export */   w: () => (/* binding */ CLOSURE_VERIFIER_VERSION)
/* harmony export */ });
/* harmony import */ var _store_view_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8338);

// Closure packets as a store family: closure-packets/{window}/packet-rNNN.json, .sig, verify-rNNN.log,
// and the window's README.md (src/closure/view.ts).
/** Bumped when the closure verifier's rules change, so cached verdicts are recomputed. */
const CLOSURE_VERIFIER_VERSION = 'closure-verifier/1';
const CLOSURE_FAMILY = {
    name: 'closure',
    root: 'closure-packets',
    payloadType: 'application/vnd.release-evidence.closure-packet+json',
    names: { packet: 'packet-{rev}.json', signature: 'packet-{rev}.sig', log: 'verify-{rev}.log' },
    keyed: false,
    allowed: ['.gitkeep', 'README.md'],
    view: (0,_store_view_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeView */ .c)(async () => (await __nccwpck_require__.e(/* import() */ 852).then(__nccwpck_require__.bind(__nccwpck_require__, 852))).CLOSURE_VIEWS)
};


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   X2: () => (/* binding */ PolicyFailure),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export BaseError */
// Two kinds of failure, as in sigstore-js and codeql-action: a UserError is the user's to fix
// (bad input, bad policy, wrong usage) and always carries a message that names the fix; an
// InternalError is ours and carries its cause. Codes are stable API; messages may improve.
const ExitCode = {
    /** go, conditional-go, observe mode, or verification passed */
    Pass: 0,
    /** no-go, verification failed, or a publish that could not land */
    PolicyFailure: 1,
    /** cannot evaluate: usage, unreadable input, invalid policy */
    CannotEvaluate: 2
};
class BaseError extends Error {
    code;
    cause;
    constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = new.target.name;
    }
}
function formatProblem(p) {
    const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
    const field = p.field ? ` ${p.field}:` : '';
    const fix = p.fix ? ` (fix: ${p.fix})` : '';
    return `${where}:${field} ${p.message}${fix}`;
}
/** The user's mistake: exit 2, a message and no stack trace. */
class UserError extends BaseError {
    problems;
    /** the message without the listed problems: with code and problems, all it takes to make the error again */
    headline;
    constructor(args) {
        const list = args.problems ?? [];
        const shown = list.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
        const more = list.length > 20 ? [`  ... and ${list.length - 20} more`] : [];
        super({ code: args.code, message: [args.message, ...shown, ...more].join('\n'), cause: args.cause });
        this.problems = list;
        this.headline = args.message;
    }
    get exitCode() {
        return ExitCode.CannotEvaluate;
    }
}
/** The evidence fails policy: exit 1. Not a crash and not the user's syntax error. */
class PolicyFailure extends BaseError {
    get exitCode() {
        return ExitCode.PolicyFailure;
    }
}
class InternalError extends BaseError {
}
/** Exit code for anything thrown; unknown throwables are internal failures (exit 2, never 0). */
function exitCodeFor(err) {
    if (err instanceof UserError || err instanceof PolicyFailure)
        return err.exitCode;
    return ExitCode.CannotEvaluate;
}
/** One line for a user error, message plus cause for ours; never a silent pass. */
function describeError(err) {
    if (err instanceof UserError || err instanceof PolicyFailure)
        return `${err.code}: ${err.message}`;
    if (err instanceof Error) {
        const cause = err.cause instanceof Error ? ` (cause: ${err.cause.message})` : '';
        return `internal error: ${err.message}${cause}`;
    }
    return `internal error: ${String(err)}`;
}


/***/ }),

/***/ 7388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ INPUT_CODES)
/* harmony export */ });
/** Codes of the CSV reader, shared by every lesson that reads a CSV. */
const INPUT_CODES = {
    ROW_MALFORMED: {
        stage: 'input',
        severity: 'blocking',
        meaning: 'A CSV row is structurally broken (wrong column count, unterminated quote); it was not read.'
    }
};


/***/ }),

/***/ 3125:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $Y: () => (/* binding */ git),
  dP: () => (/* binding */ gitStream)
});

// UNUSED EXPORTS: PINNED_CONFIG, WITHHELD_ENV, childEnv

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/git/exec.ts


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
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...PINNED_CONFIG, ...args], { cwd: opts.cwd, env: childEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
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
        child.on('error', (e) => reject(new errors/* InternalError */.Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            if (failed !== null)
                return reject(failed);
            const stderr = Buffer.concat(err).toString('utf8');
            if ((code ?? 1) !== 0 && !opts.allowFail)
                reject(new errors/* InternalError */.Gd({ code: 'GIT', message: `git ${args[0]} failed (${code ?? 1}): ${stderr.trim()}` }));
            else
                resolve();
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
function git(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...PINNED_CONFIG, ...args], {
            cwd: opts.cwd,
            env: childEnv(opts.env),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new errors/* InternalError */.Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 };
            if (result.code !== 0 && !opts.allowFail) {
                reject(new errors/* InternalError */.Gd({ code: 'GIT', message: `git ${args[0]} failed (${result.code}): ${result.stderr.trim()}` }));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zY: () => (/* reexport */ initRepository),
  h_: () => (/* reexport */ openRepository),
  eG: () => (/* reexport */ remoteRefOid)
});

// UNUSED EXPORTS: Repository, parseRawLog

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/git/exec.ts + 1 modules
var exec = __nccwpck_require__(3125);
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
const objectsModule = () => Promise.all(/* import() */[__nccwpck_require__.e(3667), __nccwpck_require__.e(3644)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3644));
const transportModule = () => Promise.all(/* import() */[__nccwpck_require__.e(3667), __nccwpck_require__.e(4965)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4965));
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

/***/ 9151:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ LEDGER_CODES)
/* harmony export */ });
// The ledger gate's defect codes: short, stable, and documented in the README's code table.
// Severity here is the code's worst case; where it depends on the alarm class, `meaning` says so.
const LEDGER_CODES = {
    ACK_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An active page or block alarm has no acknowledgment row in the ledger (L1).'
    },
    ACK_LATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The acknowledgment came after the class SLA, measured from the raise time; exactly at the limit passes (L2).'
    },
    ACK_BEFORE_RAISED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The acknowledgment is timestamped before the alarm was raised: a clock or time-zone error.'
    },
    ACK_TIMESTAMP_CHANGED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "A later ledger row moved the key's acknowledgment time later, or earlier with the sign-off of the policy's ack_corrections approver; the latest row is used."
    },
    ACK_BACKDATED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "A later ledger row moved the key's acknowledgment time earlier than first recorded without the sign-off of the policy's ack_corrections approver: how a late acknowledgment is made to look on time."
    },
    OWNER_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "The acknowledging role is not the alarm's primary or backup owner, nor an incident-commander override inside its time limit (L3)."
    },
    FIELD_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'A required ledger field is empty.'
    },
    ID_MALFORMED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An alarm, release-window or evidence id is empty or unsafe; the row was not joined.'
    },
    TIMESTAMP_MALFORMED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'A timestamp is not RFC 3339 with Z or an offset, or is not a real instant (L8).'
    },
    TARGET_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'target_resolution_utc is empty.'
    },
    TARGET_BEFORE_ACK: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'target_resolution_utc is before the acknowledgment.'
    },
    SLA_MISMATCH: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "response_sla_minutes differs from the policy's SLA for the alarm class; the policy's value is used."
    },
    CLASS_MISMATCH: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "The ledger's alarm_state differs from the class in the alarms file; the alarms file is used."
    },
    CLASS_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An alarm class or alarm_state value is not one of the classes the policy names.'
    },
    CLOSURE_STATE_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'closure_state is neither a resolved nor an open state of the policy.'
    },
    EVIDENCE_MISSING: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The alarm is marked resolved without a closure_evidence_ref (L4).'
    },
    EVIDENCE_UNRESOLVED: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'closure_evidence_ref names no row of the evidence file.'
    },
    EVIDENCE_WRONG_WINDOW: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence belongs to another release window (L5).'
    },
    EVIDENCE_WRONG_ALARM: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence belongs to another alarm.'
    },
    EVIDENCE_BEFORE_ACK: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The closure evidence was recorded before the acknowledgment.'
    },
    EVIDENCE_DUPLICATE_ID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Two evidence rows share an evidence_id, so a reference to it is ambiguous.'
    },
    EVIDENCE_KIND_INVALID: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'An evidence row has a kind the policy does not list.'
    },
    UNRESOLVED_IN_SLA: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'Validly acknowledged and still open before its resolution target: routed to the owner, not a no-go (L6).'
    },
    RESOLUTION_LATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Still open after target_resolution_utc: blocking for block alarms (overdue block SLA), a warning for page alarms.'
    },
    SLA_EXCEPTION_ACCEPTED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A late page acknowledgment carries an SLA exception approved by the approver role: conditional go.'
    },
    ALARM_DUPLICATE: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'The alarms file lists one alarm_id + release_window_id twice, so the join is ambiguous.'
    },
    LEDGER_DUPLICATE_KEY: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: 'Two different ledger rows of one key share last_updated_utc, so the latest state is ambiguous (L7).'
    },
    LEDGER_RETRY_DUPLICATE: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A ledger row repeats an earlier row of its key exactly (a retried write); it is counted once.'
    },
    LEDGER_ORPHAN: {
        stage: 'ledger',
        severity: 'warning',
        meaning: 'A ledger key of an evaluated release window matches no active alarm.'
    },
    LEDGER_HISTORY_REWRITTEN: {
        stage: 'ledger',
        severity: 'blocking',
        meaning: "A committed ledger row was later changed or deleted in place: blocking when it is an active alarm's row, a warning otherwise or once the original row is restored."
    },
    LEDGER_HISTORY_UNCHECKED: {
        stage: 'ledger',
        severity: 'warning',
        meaning: "The ledger's git history could not be checked (shallow clone: a warning; not a git repository or not committed yet: info)."
    }
};


/***/ }),

/***/ 8111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Builds a command with its option types checked against its own option table. */
function defineCommand(spec) {
    return spec;
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ LINEAGE_CODES),
/* harmony export */   W: () => (/* binding */ ENFORCEMENT_CLASSES)
/* harmony export */ });
// Lineage defect codes (lesson 116). G1-G6 are the seed's integrity checks (step 8); the fail
// matrix L1-L8 maps onto them (L1 cycle, L2 policy, L3 signer, L4 duplicate ordinal, L5 hold,
// L6 latest pointer). The rollout classes (cycle, missing_policy, signer_transition) are the ones
// the lineage policy can make fail the lane.
const LINEAGE_CODES = {
    LINEAGE_WINDOW_EDGE: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A packet revision or hold state does not have exactly one belongs_to_window edge to a release window node (G1).'
    },
    LINEAGE_CYCLE: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'The supersede chain has a cycle (G2, L1): a cycle is never a warning.'
    },
    LINEAGE_REVISION_DUPLICATE: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'Two nodes of one packet lineage have the same revision ordinal, or the same id once casing and separators are normalized (L4).'
    },
    LINEAGE_CHAIN_BROKEN: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A packet lineage is not monotonic: not exactly one first revision, a supersedes edge to a newer or a foreign revision, or a revision superseded twice (step 4).'
    },
    LINEAGE_SIGNER_TRANSITION: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: "The signer changed between revisions without transition context (from, reason, approver, time) recorded in the keyring before the change (G3, L3); a new key under the same signer id is a rotation, not a change."
    },
    LINEAGE_POLICY_MISSING: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A packet revision has no policy node: it names a policy hash that no committed version of the policy has, or no policy was in force when it was signed (G4, L2).'
    },
    LINEAGE_POLICY_NOT_IN_FORCE: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A packet revision was signed under a policy version that was not the one in force at its signing instant (G4).'
    },
    LINEAGE_HOLD_INCOMPLETE: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A hold activation has no reason or no owner, or a release has no activation before it (G5, L5).'
    },
    LINEAGE_LATEST_NOT_TERMINAL: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: "A packet lineage's latest pointer is not its chain's terminal node, or it has no single latest pointer (G6, L6)."
    },
    LINEAGE_GRAPH_INVALID: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'An edge of the graph names a node the graph does not have.'
    },
    LINEAGE_SIGNATURE_UNVERIFIED: {
        stage: 'lineage',
        severity: 'warning',
        meaning: "A revision in the graph did not verify under its family's verifier (verify reports why); the graph keeps it so the lineage shows it."
    },
    LINEAGE_SNAPSHOT_INVALID: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A lineage-graph snapshot does not verify: its envelope, its digest, or its graph hash is wrong.'
    },
    LINEAGE_REBUILD_MISMATCH: {
        stage: 'lineage',
        severity: 'blocking',
        meaning: 'A lineage-graph snapshot is not what the builder makes at the commit it names: rebuilt there, the graph differs (a snapshot cannot lie about history).'
    }
};
/** The rollout classes the lineage policy can enforce, and the codes in each. */
const ENFORCEMENT_CLASSES = {
    cycle: ['LINEAGE_CYCLE', 'LINEAGE_REVISION_DUPLICATE', 'LINEAGE_CHAIN_BROKEN', 'LINEAGE_LATEST_NOT_TERMINAL'],
    missing_policy: ['LINEAGE_POLICY_MISSING', 'LINEAGE_POLICY_NOT_IN_FORCE'],
    signer_transition: ['LINEAGE_SIGNER_TRANSITION'],
    window: ['LINEAGE_WINDOW_EDGE', 'LINEAGE_GRAPH_INVALID'],
    hold: ['LINEAGE_HOLD_INCOMPLETE']
};


/***/ }),

/***/ 8389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ LINEAGE_KIND),
/* harmony export */   LINEAGE_FAMILY: () => (/* binding */ LINEAGE_FAMILY),
/* harmony export */   TT: () => (/* binding */ LINEAGE_BUILDER_VERSION),
/* harmony export */   yB: () => (/* binding */ LINEAGE_VERIFIER_VERSION)
/* harmony export */ });
/* harmony import */ var _store_view_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8338);

// Lineage-graph snapshots as a store family: lineage-graphs/{window}/graph-rNNN.json, its .sig and
// the validator's validate-rNNN.log, and the window's README.md with its Mermaid diagram
// (src/lineage/view.ts). The graph has its own revision counter per window; a
// revision is written only when the window's lineage changed.
const LINEAGE_KIND = 'lineage-graph';
/** Bumped when the snapshot verifier's rules change, so cached verdicts are recomputed. */
const LINEAGE_VERIFIER_VERSION = 'lineage-graph-verifier/1';
/** Bumped when the graph builder changes what it builds (a snapshot is checked against a rebuild). */
const LINEAGE_BUILDER_VERSION = 'lineage-graph-builder/1';
const LINEAGE_FAMILY = {
    name: 'lineage-graph',
    root: 'lineage-graphs',
    payloadType: 'application/vnd.release-evidence.lineage-graph+json',
    names: { packet: 'graph-{rev}.json', signature: 'graph-{rev}.sig', log: 'validate-{rev}.log' },
    keyed: false,
    allowed: ['.gitkeep', 'README.md'],
    view: (0,_store_view_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeView */ .c)(async () => (await __nccwpck_require__.e(/* import() */ 9020).then(__nccwpck_require__.bind(__nccwpck_require__, 9020))).LINEAGE_VIEWS)
};


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow)
/* harmony export */ });
/* unused harmony exports commonOptions, commonUsage, DEFAULT_OUT_DIR, settingsFromOptions, parseMode, parseStages */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8750);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6043);




/** The common evaluation options, in --help order: repo, now, mode, stages, inputs, policies, out-dir. */
function commonOptions(catalog) {
    const options = {
        repo: { type: 'string', short: 'C' },
        now: { type: 'string' },
        mode: { type: 'string' },
        stages: { type: 'string' },
        'trust-root': { type: 'string' }
    };
    for (const i of catalog.inputs)
        options[i.option] = { type: 'string' };
    for (const p of catalog.policies)
        options[p.option] = { type: 'string' };
    options['out-dir'] = { type: 'string' };
    options['json'] = { type: 'boolean' };
    options['help'] = { type: 'boolean', short: 'h' };
    return options;
}
function commonUsage(catalog) {
    const rows = [
        ['-C, --repo DIR', 'repository root (default: current directory)'],
        ['    --now TIME', 'evaluation instant, RFC 3339 (default: the clock)'],
        ['    --mode MODE', 'rollout mode: observe | soft | full (default: full)'],
        ['    --trust-root PIN', 'sha256 of trust-root revision 1, or a file outside the repo holding it (default: $RELEASE_EVIDENCE_TRUST_ROOT; none: the working-tree keyring, with a warning)'],
        ...catalog.inputs.map((i) => [`    --${i.option} FILE`, `${i.help} (default: ${i.default})`]),
        ...catalog.policies.map((p) => [`    --${p.option} F`, `(default: ${p.default})`]),
        ['    --out-dir DIR', 'where reports are written (default: .release-evidence under the repo)'],
        ['    --json', 'machine-readable output'],
        ['-h, --help', 'this help']
    ];
    const width = Math.max(...rows.map(([o]) => o.length)) + 2;
    return ['Common options:', ...rows.map(([o, h]) => `  ${o.padEnd(width)}${h}`)].join('\n');
}
/** Where reports go when --out-dir / the out-dir input is not given, under the repository. */
const DEFAULT_OUT_DIR = '.release-evidence';
const text = (v) => (typeof v === 'string' ? v : undefined);
/** Builds Settings from option values; what the values leave out takes the registry's defaults. */
function settingsFromOptions(values, base, catalog, defaultStages) {
    const workspace = resolve(base.cwd, text(values['repo']) ?? '.');
    const stages = text(values['stages']);
    const mode = text(values['mode']);
    const trustRoot = text(values['trust-root'])?.trim();
    return {
        workspace,
        stages: stages ? parseStages(stages, catalog.stages) : [...defaultStages],
        mode: parseMode(mode ?? 'full'),
        now: parseNow(text(values['now']), base.clock),
        inputs: Object.fromEntries(catalog.inputs.map((i) => [i.key, text(values[i.option]) ?? i.default])),
        policies: Object.fromEntries(catalog.policies.map((p) => [p.kind, text(values[p.option]) ?? p.default])),
        outDir: resolve(workspace, text(values['out-dir']) ?? DEFAULT_OUT_DIR),
        ...(trustRoot ? { trust: { root: /^(?:sha256:)?[0-9a-fA-F]{64}$/.test(trustRoot) ? trustRoot : resolve(base.cwd, trustRoot) } } : {}),
        ...(base.readWorker ? { readWorker: base.readWorker } : {}),
        ...(base.inspectWorker ? { inspectWorker: base.inspectWorker } : {})
    };
}
function parseMode(raw) {
    const m = raw.trim().toLowerCase();
    if (!ROLLOUT_MODES.includes(m)) {
        throw new UserError({ code: 'USAGE', message: `mode '${raw}' is not one of ${ROLLOUT_MODES.join(', ')}` });
    }
    return m;
}
/** The named stages in registry order, whatever order they were given in. */
function parseStages(raw, known) {
    const names = raw
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
    const bad = names.filter((n) => !known.includes(n));
    if (bad.length > 0 || names.length === 0) {
        throw new UserError({ code: 'USAGE', message: `stages '${raw}': use a comma-separated list of ${known.join(', ')}` });
    }
    return known.filter((s) => names.includes(s));
}
function parseNow(raw, clock) {
    try {
        return (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveNow */ .Nq)(raw, clock);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `${err.message}; pass e.g. --now 2026-11-23T14:00:00Z`, cause: err });
    }
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTable)
/* harmony export */ });
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4598);

function renderTable(header, rows, opts = {}) {
    const maxCell = opts.maxCell ?? 60;
    const gap = ' '.repeat(opts.gap ?? 2);
    const text = (c) => {
        const s = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.printable)((c === null || c === undefined ? '' : String(c)).replace(/[\r\n\t]+/g, ' '), Number.MAX_SAFE_INTEGER);
        return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
    };
    const cells = [header.map(text), ...rows.map((r) => header.map((_, i) => text(r[i])))];
    const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
    const line = (r) => r
        .map((c, i) => (opts.align?.[i] === 'right' ? c.padStart(widths[i]) : i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join(gap)
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join(gap);
    return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}


/***/ }),

/***/ 8538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ holdCommand),
/* harmony export */   purgeCommand: () => (/* binding */ purgeCommand),
/* harmony export */   q: () => (/* binding */ retentionCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _lesson_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8111);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8750);




// The retention lesson's commands: `retention index|check` (derive and validate the retention
// index) and `hold place|release` (signed, write-once legal-hold records). Modules load when run.
const retentionCommand = (0,_lesson_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'retention',
    summary: 'Derive the retention and legal-hold index of the store, or validate an index (V1-V6)',
    usage: `Usage: release-evidence retention index [--at COMMIT|TIME] [--json] [--no-cache] [--shard I/N --out FILE] [options]
       release-evidence retention merge FILE... [--at COMMIT|TIME] [--json] [options]
       release-evidence retention check [--index FILE] [--at COMMIT|TIME] [--json] [--no-cache] [options]
       release-evidence retention query holds|expiring|latest|drift [--within 30d] [--at X] [--json] [--no-cache]

index  derives the retention index from the store at a commit (HEAD, or --at a commit-ish, or
       --at a UTC time: the last commit at or before it): one row per revision of every packet
       family, with its retention expiry (policy: --retention-policy), legal-hold state, storage
       URI (git:<commit>:<path>#blob=<oid>) and latest pointer. Writes retention-index.csv and
       retention-index.json to the out dir. Nothing is written to the store.
check  runs the validator (V1-V6) on the derived index, or on --index FILE (CSV or JSON), and
       writes retention-defects.csv to the out dir. Expired, unheld revisions are reported as
       purge candidates (a warning); nothing is ever deleted.
query  the audit views on the derived index: holds (active legal holds by window), expiring
       (expiry within --within, default 30d, or passed), latest (the latest valid revision per
       window), drift (signature or storage drift, stale verification).
merge  the whole index from the files of 'retention index --shard I/N --out FILE' run in the
       jobs of a CI matrix (each derives the windows a stable hash of their id assigns it): every
       shard 1..N once, over this checkout's commit (or --at), this merge's pin, one policy and
       one --now, each covering exactly its windows; else exit 2. Writes retention-index.csv and
       retention-index.json to the out dir, as index does (byte for byte the same).
The derived index is remembered in .git/release-evidence/ (MAC-protected, never in the tree) for
the exact commit, pin, policy bytes, instant (--now) and working-tree state it was made under;
any change derives it again. --no-cache derives it from scratch and remembers nothing.

Options:
      --at COMMIT|TIME    the commit to describe (default: HEAD)
      --index FILE        check this index instead of deriving one
      --within D          query expiring: how far ahead (30d, 12h, 2w or P30D; default 30d)
      --no-cache          derive the index from scratch; do not read or write the index cache
      --shard I/N         index: derive only shard I of N (a matrix job; never cached); needs --out
      --out FILE          index --shard: write the shard's part of the index to FILE (for merge)

Exit codes: 0 pass (warnings allowed; always in observe mode), 1 a blocking retention defect
(soft mode: storage, hold precedence, hold records and shortened retention only), 2 cannot
evaluate.`,
    options: { at: { type: 'string' }, index: { type: 'string' }, within: { type: 'string' }, 'no-cache': { type: 'boolean' }, shard: { type: 'string' }, out: { type: 'string' } },
    common: true,
    positionals: Number.MAX_SAFE_INTEGER,
    async run(inv) {
        const what = inv.positionals[0];
        const settings = inv.settings(['retention']);
        const cache = inv.values['no-cache'] !== true;
        if (what !== 'query' && what !== 'merge' && inv.positionals.length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `retention ${what}: unexpected argument '${inv.positionals[1]}'` });
        if (what !== 'query' && inv.values.within !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: 'retention: --within is for query expiring' });
        if (what === 'query' && inv.positionals.length > 2)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `retention query: unexpected argument '${inv.positionals[2]}'` });
        if ((inv.values.shard !== undefined) !== (inv.values.out !== undefined) || (inv.values.shard !== undefined && what !== 'index')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: 'retention: --shard I/N and --out FILE go together, with retention index (a matrix job); then retention merge FILE... joins the shards' });
        }
        if (what === 'merge') {
            const { runIndexMerge, renderIndexText } = await Promise.all(/* import() */[__nccwpck_require__.e(8486), __nccwpck_require__.e(8883), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8883));
            const r = await runIndexMerge(settings, inv.families, inv.positionals.slice(1), inv.values.at);
            inv.io.stdout(inv.values.json ? r.json : renderIndexText(r.index));
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
        }
        if (what === 'index' && inv.values.shard !== undefined) {
            const [{ parseShard }, { runIndexShard }] = await Promise.all([__nccwpck_require__.e(/* import() */ 7853).then(__nccwpck_require__.bind(__nccwpck_require__, 7853)), Promise.all(/* import() */[__nccwpck_require__.e(8486), __nccwpck_require__.e(8883), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8883))]);
            const spec = parseShard(inv.values.shard);
            const phase = inv.io.progress?.phase(`retention index: shard ${spec.index}/${spec.count}`);
            const r = await runIndexShard(settings, inv.families, spec, String(inv.values.out), inv.values.at);
            phase?.done();
            inv.io.stdout(inv.values.json ? `${JSON.stringify(r, null, 2)}\n` : `Retention index shard ${spec.index}/${spec.count} at ${r.index.commit}: ${r.shard.windows.length} window(s), ${r.index.rows.length} revision(s); wrote ${String(inv.values.out)}\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
        }
        if (what === 'index') {
            if (inv.values.index !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: 'retention index: --index is for retention check' });
            const { runIndex, renderIndexText } = await Promise.all(/* import() */[__nccwpck_require__.e(8486), __nccwpck_require__.e(8883), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8883));
            const phase = inv.io.progress?.phase('retention index');
            // not destructured: `index` is a getter that parses 10,000 rows, which --json never needs
            const r = await runIndex(settings, inv.families, inv.values.at, cache);
            phase?.done();
            inv.io.stdout(inv.values.json ? r.json : renderIndexText(r.index));
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
        }
        if (what === 'check') {
            const { runCheck, renderCheckText } = await Promise.all(/* import() */[__nccwpck_require__.e(8486), __nccwpck_require__.e(8883), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8883));
            const r = await runCheck(settings, inv.families, { index: inv.values.index, at: inv.values.at, cache });
            const { index: _index, ...shown } = r;
            inv.io.stdout(inv.values.json ? `${JSON.stringify(shown, null, 2)}\n` : renderCheckText(r));
            return r.failed ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
        }
        if (what === 'query') {
            const [{ QUERIES, runQuery, renderQueryText }, { deriveIndexAndPolicy }, { durationMs }] = await Promise.all([__nccwpck_require__.e(/* import() */ 1802).then(__nccwpck_require__.bind(__nccwpck_require__, 1802)), __nccwpck_require__.e(/* import() */ 8097).then(__nccwpck_require__.bind(__nccwpck_require__, 8097)), __nccwpck_require__.e(/* import() */ 4310).then(__nccwpck_require__.bind(__nccwpck_require__, 4310))]);
            const name = inv.positionals[1];
            if (name === undefined || !QUERIES.includes(name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `retention query: say ${QUERIES.join(', ')}` });
            if (inv.values.within !== undefined && name !== 'expiring')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: 'retention query: --within is for expiring' });
            // the policy the index was derived under: the same file, loaded and checked once
            const { index, policy } = await deriveIndexAndPolicy({ settings, families: inv.families, at: inv.values.at, cache });
            const refreshMs = durationMs(policy.index_refresh_interval);
            const q = runQuery(index, name, { now: settings.now, within: inv.values.within, refreshMs });
            inv.io.stdout(inv.values.json ? `${JSON.stringify(q, null, 2)}\n` : renderQueryText(q));
            return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `retention: say index, check, query or merge; run 'release-evidence retention --help'` });
    }
});
const holdCommand = (0,_lesson_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'hold',
    summary: 'Place or release a legal hold on a release window (a signed, write-once record)',
    usage: `Usage: release-evidence hold place --window W --reason TEXT --owner WHO [--case ID] [options]
       release-evidence hold release --hold-id ID [options]

place    signs and commits retention-holds/{window}/hold-{id}-r001.json (.sig, .log): the window's
         revisions cannot be purged while any of its holds is active. A hold without a reason or
         an owner is refused (R3) and nothing is written.
release  signs and commits the hold's r002, hash-chained to r001.
Both need the key of a signer whose keyring role is one of the retention policy's hold_roles;
the release lane's CI key never is one. A hold never changes a retention expiry.

Options:
      --window W            the release window to hold
      --reason TEXT         why (required)
      --owner WHO           who answers for the hold (required)
      --case ID             the legal case or matter
      --hold-id ID          the hold to release (printed by hold place)
      --key-file FILE       private key; default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerName})
      --committer-email E   (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerEmail})

Exit codes: 0 written, 1 refused (no reason or owner, a key whose role may not hold, already
released), 2 cannot evaluate.`,
    options: {
        window: { type: 'string' },
        reason: { type: 'string' },
        owner: { type: 'string' },
        case: { type: 'string' },
        'hold-id': { type: 'string' },
        'key-file': { type: 'string' },
        'signer-id': { type: 'string' },
        'store-branch': { type: 'string' },
        'committer-name': { type: 'string' },
        'committer-email': { type: 'string' }
    },
    common: true,
    positionals: 1,
    async run(inv) {
        const v = inv.values;
        const what = inv.positionals[0];
        if (what !== 'place' && what !== 'release')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `hold: say place or release; run 'release-evidence hold --help'` });
        const settings = {
            ...inv.settings(['retention']),
            signing: { signerId: v['signer-id'], keyFile: v['key-file'] === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inv.cwd, v['key-file']) },
            git: { storeBranch: v['store-branch'], committerName: v['committer-name'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerName, committerEmail: v['committer-email'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerEmail }
        };
        const { placeHold, releaseHold } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(1745), __nccwpck_require__.e(3556), __nccwpck_require__.e(7032)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6267));
        let r;
        if (what === 'place') {
            if (v.window === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: 'hold place: --window is required' });
            r = await placeHold(settings, { window: v.window, reason: v.reason, owner: v.owner, caseId: v.case }, { env: inv.env });
        }
        else {
            if (v['hold-id'] === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: 'hold release: --hold-id is required' });
            r = await releaseHold(settings, v['hold-id'], { env: inv.env });
        }
        if (v.json)
            inv.io.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else if (r.written)
            inv.io.stdout(`Hold ${r.holdId} ${what === 'place' ? 'placed on' : 'released from'} ${r.window}: ${r.files[0]} (commit ${r.commitOid})\n`);
        else
            inv.io.stdout(`Hold ${what} refused; nothing written:\n${r.findings.map((f) => `  ${f.code} ${f.field}: ${f.detail}`).join('\n')}\n`);
        return r.written ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
    }
});
const purgeCommand = (0,_lesson_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    name: 'purge',
    summary: 'Plan, approve (two people) and apply a purge of expired, unheld windows: one commit adds a signed tombstone and removes the files',
    usage: `Usage: release-evidence purge plan [--window W] [--at COMMIT|TIME] [--json] [options]
       release-evidence purge approve --window W [--family F] --key-file KEY [options]
       release-evidence purge apply --window W [--family F] --key-file KEY [options]

plan     lists the purge candidates: every series (family, release window) whose retention expiry
         has passed and that has no active legal hold, with the files a purge would remove (path
         and blob id), the index rows it must archive first, and the approvals it needs. Hold
         precedence is checked first: a held window is never a candidate. Writes nothing.
approve  signs and commits one approval of the window's purge (its exact files and blob ids) by
         a signer whose role is one of the retention policy's purge_roles, never a CI role:
         retention-purge-approvals/{window}/approval-{purge_id}-{signer}-r001.json (.sig, .log).
         One approval per person; a second one by the same signer is refused.
apply    once two approvals by distinct keys and distinct signers count, makes ONE commit that
         adds the signed tombstone retention-tombstones/{window}/tombstone-{purge_id}-r001.json
         (targets with blob ids and sha256, the archived index rows, the approvals) and removes
         every target. Signed by a purge role or the pipeline key.
A held window (RETENTION_PURGE_HELD) or one not yet expired (RETENTION_PURGE_NOT_EXPIRED) is
refused with exit 1 and nothing is written or deleted. A purge removes files from the branch,
not from git history or clones.

Options:
      --window W            the release window
      --family F            the family to purge, when several have the window (default: the only one)
      --at COMMIT|TIME      plan: the commit to describe (default: HEAD)
      --key-file FILE       private key; default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerName})
      --committer-email E   (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerEmail})

Exit codes: 0 planned or written, 1 refused (held, not expired, not enough approvals, a key
that may not approve), 2 cannot evaluate.`,
    options: {
        window: { type: 'string' },
        family: { type: 'string' },
        at: { type: 'string' },
        'key-file': { type: 'string' },
        'signer-id': { type: 'string' },
        'store-branch': { type: 'string' },
        'committer-name': { type: 'string' },
        'committer-email': { type: 'string' }
    },
    common: true,
    positionals: 1,
    async run(inv) {
        const what = inv.positionals[0];
        const v = inv.values;
        if (what === 'approve' || what === 'apply') {
            if (v.window === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `purge ${what}: --window is required` });
            if (v.at !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `purge ${what}: --at is for purge plan; approvals and the purge are made on the branch tip` });
            const settings = {
                ...inv.settings(['retention']),
                signing: { signerId: v['signer-id'], keyFile: v['key-file'] === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inv.cwd, v['key-file']) },
                git: { storeBranch: v['store-branch'], committerName: v['committer-name'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerName, committerEmail: v['committer-email'] ?? _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GIT */ .P.committerEmail }
            };
            const { approvePurge, applyPurge } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(1745), __nccwpck_require__.e(3556), __nccwpck_require__.e(6079), __nccwpck_require__.e(375), __nccwpck_require__.e(8501), __nccwpck_require__.e(8204)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8204));
            const r = await (what === 'approve' ? approvePurge : applyPurge)(settings, inv.families, { window: v.window, family: v.family }, { env: inv.env });
            if (v.json)
                inv.io.stdout(`${JSON.stringify(r, null, 2)}\n`);
            else if (r.written && what === 'approve')
                inv.io.stdout(`Purge ${r.purgeId} of ${r.family} ${r.window} approved: ${r.files[0]} (commit ${r.commitOid})\n`);
            else if (r.written)
                inv.io.stdout(`Purge ${r.purgeId} applied: ${r.removed.length} files of ${r.family} ${r.window} removed from the branch, tombstone ${r.files[0]} (commit ${r.commitOid}). They remain in git history and clones.\n`);
            else
                inv.io.stdout(`Purge ${what} refused; nothing written or deleted:\n${r.findings.map((f) => `  ${f.code} ${f.field}: ${f.detail}`).join('\n')}\n`);
            return r.written ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
        }
        if (what !== 'plan')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `purge: say plan, approve or apply; run 'release-evidence purge --help'` });
        for (const o of ['family', 'key-file', 'signer-id', 'store-branch', 'committer-name', 'committer-email']) {
            if (v[o] !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `purge plan: --${o} is for approve and apply` });
        }
        const { planPurge } = await Promise.all(/* import() */[__nccwpck_require__.e(8501), __nccwpck_require__.e(1102)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8501));
        const plan = await planPurge(inv.settings(['retention']), inv.families, { window: v.window, at: v.at });
        if (v.json)
            inv.io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
        else {
            const lines = [`Purge plan at ${plan.commit} (nothing is written or deleted):`];
            for (const c of plan.candidates)
                lines.push(`  candidate ${c.family} ${c.release_window_id}: expired ${c.retention_expiry_utc}, ${c.files.length} files, ${c.archived_rows.length} index rows to archive`);
            for (const r of plan.refused)
                lines.push(`  refused ${r.release_window_id}: ${r.code} ${r.detail}`);
            if (plan.candidates.length === 0 && plan.refused.length === 0)
                lines.push('  no candidates');
            lines.push(`Approvals required: ${plan.approvals_required.count}, distinct keys and signers, roles ${plan.approvals_required.roles.join(', ')} (never ${plan.approvals_required.ci_roles_excluded.join(', ')})`);
            inv.io.stdout(`${lines.join('\n')}\n`);
        }
        return v.window !== undefined && plan.refused.length > 0 ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
    }
});


/***/ }),

/***/ 6096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X8: () => (/* binding */ TOMBSTONE_KIND),
/* harmony export */   Xx: () => (/* binding */ TOMBSTONE_FAMILY),
/* harmony export */   d0: () => (/* binding */ HOLD_FAMILY),
/* harmony export */   dE: () => (/* binding */ isRetained),
/* harmony export */   dO: () => (/* binding */ APPROVAL_KIND),
/* harmony export */   hJ: () => (/* binding */ HOLD_KIND),
/* harmony export */   pZ: () => (/* binding */ APPROVAL_FAMILY)
/* harmony export */ });
/* harmony import */ var _store_view_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8338);

// Legal-hold records as a keyed store family: one series per hold,
// retention-holds/{window}/hold-{hold_id}-r001.json (place) and -r002.json (release), each with
// its .sig and .log, and the window's README.md (src/retention/view.ts). The git history of these files is the tamper-evident log of hold mutations.
const HOLD_KIND = 'legal-hold';
const HOLD_FAMILY = {
    name: 'legal-hold',
    root: 'retention-holds',
    payloadType: 'application/vnd.release-evidence.legal-hold+json',
    names: { packet: 'hold-{key}-{rev}.json', signature: 'hold-{key}-{rev}.sig', log: 'hold-{key}-{rev}.log' },
    keyed: true,
    allowed: ['.gitkeep', 'README.md'],
    view: (0,_store_view_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .readmeView */ .c)(async () => (await __nccwpck_require__.e(/* import() */ 2585).then(__nccwpck_require__.bind(__nccwpck_require__, 2585))).HOLD_VIEWS)
};
// A purge is two more keyed families. Approvals: one series per (purge, approver), a single
// revision, retention-purge-approvals/{window}/approval-{purge_id}-{signer tag}-r001.json.
// Tombstones: one per purge, retention-tombstones/{window}/tombstone-{purge_id}-r001.json, added in
// the same commit that removes the purged files (the only deletion verify accepts).
const APPROVAL_KIND = 'purge-approval';
const TOMBSTONE_KIND = 'purge-tombstone';
const APPROVAL_FAMILY = {
    name: 'purge-approval',
    root: 'retention-purge-approvals',
    payloadType: 'application/vnd.release-evidence.purge-approval+json',
    names: { packet: 'approval-{key}-{rev}.json', signature: 'approval-{key}-{rev}.sig', log: 'approval-{key}-{rev}.log' },
    keyed: true,
    allowed: ['.gitkeep', 'README.md']
};
const TOMBSTONE_FAMILY = {
    name: 'purge-tombstone',
    root: 'retention-tombstones',
    payloadType: 'application/vnd.release-evidence.purge-tombstone+json',
    names: { packet: 'tombstone-{key}-{rev}.json', signature: 'tombstone-{key}-{rev}.sig', log: 'tombstone-{key}-{rev}.log' },
    keyed: true,
    allowed: ['.gitkeep', 'README.md']
};
/**
 * Families whose revisions have no retention expiry and can never be purged: the retention
 * records themselves (the audit trail of holds and purges) and the trust root.
 */
const NOT_RETAINED = new Set([HOLD_FAMILY.name, APPROVAL_FAMILY.name, TOMBSTONE_FAMILY.name, 'trust-root']);
function isRetained(family) {
    return !NOT_RETAINED.has(family.name);
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DEFAULT_GIT)
/* harmony export */ });
/* unused harmony export ROLLOUT_MODES */
const ROLLOUT_MODES = (/* unused pure expression or super */ null && (['observe', 'soft', 'full']));
const DEFAULT_GIT = {
    committerName: 'release-evidence',
    committerEmail: 'release-evidence@users.noreply.github.com'
};


/***/ }),

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ SEED_BYTES),
/* harmony export */   F7: () => (/* binding */ rawPublicKey),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   Zz: () => (/* binding */ publicKeyFromRaw),
/* harmony export */   b_: () => (/* binding */ signBytes),
/* harmony export */   be: () => (/* binding */ generateSeed),
/* harmony export */   kf: () => (/* binding */ PUBLIC_KEY_BYTES),
/* harmony export */   n3: () => (/* binding */ seedOf),
/* harmony export */   we: () => (/* binding */ privateKeyFromSeed),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* unused harmony exports PKCS8_PREFIX, SPKI_PREFIX, SIGNATURE_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// Ed25519 through node:crypto (about 150x faster than tweetnacl, byte-identical output). Keys
// travel as raw RFC 8032 bytes (a 32-byte seed, a 32-byte public key) because that is what a
// keyring line and an OpenSSL one-liner can both hold; node:crypto wants DER, so the raw bytes are
// wrapped in the fixed PKCS8 / SPKI prefixes for the Ed25519 OID 1.3.101.112.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SEED_BYTES = 32;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
function privateKeyFromSeed(seed) {
    if (seed.length !== SEED_BYTES)
        throw new RangeError(`an Ed25519 seed is ${SEED_BYTES} bytes, got ${seed.length}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}
function publicKeyFromRaw(raw) {
    if (raw.length !== PUBLIC_KEY_BYTES)
        throw new RangeError(`an Ed25519 public key is ${PUBLIC_KEY_BYTES} bytes, got ${raw.length}`);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}
/** The raw 32-byte public key of a private or public Ed25519 KeyObject. */
function rawPublicKey(key) {
    const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
    const der = pub.export({ format: 'der', type: 'spki' });
    return Buffer.from(der.subarray(SPKI_PREFIX.length));
}
/** The raw 32-byte seed inside an Ed25519 PKCS8 private key (as `openssl genpkey` writes it). */
function seedOf(key) {
    if (key.type !== 'private' || key.asymmetricKeyType !== 'ed25519')
        throw new TypeError('not an Ed25519 private key');
    const der = key.export({ format: 'der', type: 'pkcs8' });
    if (der.length !== PKCS8_PREFIX.length + SEED_BYTES || !der.subarray(0, PKCS8_PREFIX.length).equals(PKCS8_PREFIX)) {
        throw new TypeError('unexpected PKCS8 layout for an Ed25519 key');
    }
    return Buffer.from(der.subarray(PKCS8_PREFIX.length));
}
function signBytes(message, privateKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, privateKey);
}
/** False for any bad signature, wrong length or wrong key type: verification never throws. */
function verifyBytes(message, signature, publicKey) {
    if (signature.length !== SIGNATURE_BYTES)
        return false;
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, message, publicKey, signature);
    }
    catch {
        return false;
    }
}
/** The key id used in envelopes and keyrings: sha256 of the raw public key, lowercase hex. */
function keyIdOf(rawPublic) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(rawPublic).digest('hex');
}
/** A fresh random seed; only `keygen` calls this, the engine never needs randomness. */
function generateSeed() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(SEED_BYTES);
}


/***/ }),

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ STORE_CODES)
/* harmony export */ });
const blocking = (meaning, owner_role, required_action) => ({
    stage: 'store',
    severity: 'blocking',
    meaning,
    owner_role,
    required_action
});
const STORE_CODES = {
    STORE_FILE_REWRITTEN: blocking('A commit changed the bytes of a published packet file, or put a deleted or purged one back (even byte for byte): write-once violated. [immutability policy]', 'repository-admin', 'restore the published bytes from history and publish the change as the next revision'),
    STORE_FILE_MODE: blocking('A commit gave a file under a store root a mode other than 100644: a symbolic link (120000), an executable (100755) or a submodule (160000). Reported for that commit even when a later one set it back.', 'repository-admin', 'commit the file as a regular file (git update-index --chmod=-x, or replace the link by the published bytes); store files are never links or executables'),
    STORE_FILE_DELETED: blocking('A commit deleted a published packet file, or it is missing at HEAD. [C7, immutability policy]', 'repository-admin', 'restore the file from the commit that published it; revisions are never removed'),
    STORE_ARTIFACT_MISSING: blocking('A revision lacks one of its three files (packet .json, .sig envelope, verify .log). [C7]', 'release-signer', 're-run export-closure so the revision is published with all three files'),
    STORE_REVISION_GAP: blocking('Revision numbers of a window are not consecutive from r001.', 'release-signer', 'publish the missing revisions or restore them from history'),
    STORE_REVISION_ORDER: blocking('A revision was committed before the revision it supersedes.', 'repository-admin', 'revisions must land in order; investigate the history of the window'),
    STORE_CHAIN_BROKEN: blocking("A revision's supersedes link is not the signature digest of the previous revision (or r001 claims a predecessor).", 'release-signer', 'export the change again so the new revision links to the latest published digest'),
    STORE_DUPLICATE_PACKET_ID: blocking('Two files of one release window carry the same packet identity (packet_id and revision, or the same signature digest): a replayed or copied packet. [C6]', 'repository-admin', 'find out who published the copy; changes are published only through export-closure'),
    STORE_PACKET_ID_MISMATCH: blocking("A revision's packet_id differs from the window's first revision: one window holds one packet lineage.", 'release-signer', 'export revisions of the window under the packet_id of r001'),
    STORE_LOCATION_MISMATCH: blocking('The packet names a different release window or revision than the path it is stored under.', 'repository-admin', 'a packet was copied or moved; restore the original file'),
    STORE_WORKTREE_MODIFIED: blocking('The working-tree copy of a published file differs from what was committed.', 'repository-admin', "discard the local edit ('git checkout -- <file>'); published files are never edited"),
    STORE_HISTORY_REWRITTEN: blocking('HEAD does not descend from a tip verify saw before (remembered in .git/release-evidence/) or from the --since commit: history was reset or rewritten, and every published path it dropped is named.', 'repository-admin', 'restore the branch to a commit that descends from the verified tip (the dropped revisions are still in the object database); never reset or force-push the store'),
    STORE_EMPTY: blocking('A registered packet family has nothing published at HEAD (or the repository has no commits): there is nothing to prove.', 'release-manager', 'verify the repository and branch that hold the store, or pass --allow-empty (allow-empty: true) where an empty store is expected'),
    STORE_BRANCH_MISSING: blocking('The store branch verify was given (store-branch) does not exist on the remote, nor locally: there is no store there to prove.', 'release-manager', "check the 'store-branch' input against the branch the closure stage publishes to, and that the close workflow has pushed at least once"),
    STORE_SHARD_MISSING: blocking('verify merge was not given the result of every shard of a matrix run (--shard i/n for each i from 1 to n): the windows of the missing shard were never judged.', 'release-manager', 'pass every shard result file to verify merge (download all the matrix jobs\' artifacts); re-run the failed or cancelled shard job'),
    STORE_SHARD_DUPLICATE: blocking('verify merge was given two results for the same shard index: one of them is not from this run, or the matrix lists an index twice.', 'release-manager', "give each matrix job its own --shard i/n and name each result after it (verify-shard-i.json); merge one run's artifacts only"),
    STORE_SHARD_MISMATCH: blocking('Shard results disagree about what they proved: another store commit, trust-root pin, shard count, assignment or verdict option (--since, --allow-empty, --allow-demo-key, --now), or a commit other than the merge job\'s own store commit.', 'release-manager', 'run every shard and the merge on one commit (the same actions/checkout ref), with the same pin and options; never merge artifacts of another run'),
    STORE_SHARD_COVERAGE: blocking('A shard result does not cover exactly the windows its shard is assigned at the store commit (as the merge lists them), reports a window of another shard, or shard 1 did not run the store-wide checks.', 'release-manager', 'run the same release-evidence version in every shard and the merge; a result file edited or produced elsewhere is not evidence, re-run the shard'),
    STORE_TIME_REVERSED: blocking('Time runs backwards in a window: a revision is signed before the revision it supersedes, or was committed with a date before the commit that published its predecessor.', 'repository-admin', 'find out who back-dated the revision or its commit; publish through export-closure on a correct clock'),
    KEY_DEMO: blocking('A revision is signed with a key the keyring marks as a published demo key (demo: true): anyone can sign with it.', 'release-signer', 'sign with a production key from the keyring; pass --allow-demo-key (allow-demo-key: true) only for a demo store'),
    STORE_WINDOW_EMPTY: blocking('The requested release window has no published packet.', 'release-manager', 'run export-closure for the window, or check the window id'),
    STORE_UNEXPECTED_FILE: {
        stage: 'store',
        severity: 'warning',
        meaning: 'A file under the store folder does not follow the layout {window}/packet-rNNN.json|.sig, verify-rNNN.log.',
        owner_role: 'repository-admin',
        required_action: 'move the file out of the store folder'
    },
    STORE_UNCOMMITTED: {
        stage: 'store',
        severity: 'warning',
        meaning: 'An untracked file sits in the store folder; it is not published and proves nothing.',
        owner_role: 'repository-admin',
        required_action: 'remove it, or publish through export-closure'
    }
};


/***/ }),

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9692);


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

/***/ 828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R3: () => (/* binding */ serveInspections),
/* harmony export */   cE: () => (/* binding */ inspectAt),
/* harmony export */   ru: () => (/* binding */ startInspectWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trust_pin_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9021);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9077);



/** One inspection of one packet, the same in either thread: null when the path is not a revision's packet. */
function inspectAt(inspector, path, packet, signature) {
    const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(inspector.family, path);
    if (p.type !== 'artifact')
        return null;
    return inspector.inspect({ ref: p.ref, path, packet, signature });
}
const fingerprintOf = (i) => `${i.family.name}\0${i.fingerprint}\0${i.now}`;
/**
 * Starts the worker at `url` for `settings` (the ones the inspectors are built from: they must
 * know the repository, withKnownRepo), or undefined without a worker. It holds the process open
 * only while it has packets to answer.
 */
function startInspectWorker(url, settings) {
    const known = (0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_1__/* .knownRepo */ .Eh)(settings);
    if (!url || !known)
        return undefined;
    // Secrets and URLs never cross: the verifier needs no signing key, and URLs do not clone.
    const { signing: _s, publish: _p, readWorker: _r, inspectWorker: _i, ...plain } = settings;
    const data = { settings: plain, known };
    let worker;
    try {
        worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(url, { workerData: data });
    }
    catch {
        return undefined;
    }
    worker.unref();
    let fingerprints;
    let broken = false;
    let told = () => undefined;
    const told$ = new Promise((r) => (told = r));
    let next = 0;
    let inFlight = 0;
    const waiting = new Map();
    const fail = () => {
        broken = true;
        told();
        for (const w of waiting.values())
            w.done(null);
        waiting.clear();
        inFlight = 0;
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.on('message', (m) => {
        if (m.type === 'ready') {
            fingerprints = m.fingerprints;
            told();
        }
        else {
            const w = waiting.get(m.id);
            if (!w)
                return;
            waiting.delete(m.id);
            inFlight -= w.n;
            if (inFlight === 0)
                worker.unref();
            w.done(m.facts);
        }
    });
    const close = () => {
        broken = true;
        worker.removeAllListeners('exit');
        void worker.terminate();
    };
    return {
        close,
        pool(inspectors) {
            const expected = inspectors.map(fingerprintOf);
            worker.postMessage({ type: 'init', families: inspectors.map((i) => i.family.name) });
            const ready = () => !broken && fingerprints !== undefined && fingerprints !== null && fingerprints.length === expected.length && fingerprints.every((f, i) => f === expected[i]);
            return {
                ready,
                settled: () => told$.then(ready),
                outstanding: () => inFlight,
                submit(items) {
                    if (broken)
                        return Promise.resolve(null);
                    const total = items.reduce((n, it) => n + it.packet.length + (it.signature?.length ?? 0), 0);
                    // A fresh buffer, transferred: a blob is a view into a large read chunk, which would be cloned whole.
                    const bytes = new Uint8Array(total);
                    let at = 0;
                    const put = (b) => {
                        bytes.set(b, at);
                        at += b.length;
                        return [at - b.length, b.length];
                    };
                    const batch = {
                        type: 'batch',
                        id: next++,
                        bytes: bytes.buffer,
                        items: items.map((it) => ({ family: it.family, path: it.path, packet: put(it.packet), signature: it.signature ? put(it.signature) : null }))
                    };
                    if (inFlight === 0)
                        worker.ref();
                    inFlight += items.length;
                    return new Promise((resolve) => {
                        waiting.set(batch.id, { n: items.length, done: resolve });
                        worker.postMessage(batch, [batch.bytes]);
                    });
                },
                close
            };
        }
    };
}
/** The worker's side: on init builds the inspectors asked for and says which, then answers batches in order. */
function serveInspections(registry, data, port) {
    const proving = (0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_1__/* .withKnownRepo */ .GQ)(data.settings, data.known);
    let inspectors = Promise.resolve(null);
    port.on('message', (m) => {
        if (m.type === 'init') {
            const specs = m.families.map((name) => registry.find((f) => f.family.name === name));
            inspectors = specs.every((s) => s !== undefined) ? Promise.all(specs.map((s) => s.inspector(proving))).catch(() => null) : Promise.resolve(null);
            void inspectors.then((built) => port.postMessage({ type: 'ready', fingerprints: built ? built.map(fingerprintOf) : null }));
            return;
        }
        // Batches come only after ready, so the inspectors are built; answered in arrival order.
        void inspectors.then((built) => {
            let facts;
            try {
                const view = (span) => Buffer.from(m.bytes, span[0], span[1]);
                facts = built ? m.items.map((it) => inspectAt(built[it.family], it.path, view(it.packet), it.signature ? view(it.signature) : undefined)) : null;
            }
            catch {
                facts = null;
            }
            port.postMessage({ type: 'facts', id: m.id, facts });
        });
    });
}


/***/ }),

/***/ 9077:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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
var ids = __nccwpck_require__(4598);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __nccwpck_require__(8483);
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

/***/ 2075:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ VIEW_CODES)
/* harmony export */ });
// Defects of a family's window pages (README.md under each window folder, view.ts). A page is
// derived: it is checked against the rendering of the signed files at every commit that wrote it,
// so a hand-edited page is blocking like any forged file, while a page that lags behind (a revision
// published without it) or is missing (a store written before pages existed) only informs.
const VIEW_CODES = {
    STORE_VIEW_MISMATCH: {
        stage: 'store',
        severity: 'blocking',
        meaning: "A commit wrote a window's README.md that is not exactly the rendering of the signed files in that folder at that commit: the page says something they do not (edited by hand, or copied from elsewhere).",
        owner_role: 'repository-admin',
        required_action: 'the page is generated, never edited: find out who wrote it, and drop that commit before anyone relies on the page (export rewrites the page with each revision)'
    },
    STORE_VIEW_STALE: {
        stage: 'store',
        severity: 'warning',
        meaning: "A window's README.md was the rendering of its folder when written, but a later commit published a revision without rewriting it: GitHub shows an outdated page.",
        owner_role: 'release-signer',
        required_action: 'publish revisions only through release-evidence (it rewrites the page); the next revision of the window brings the page up to date'
    },
    STORE_VIEW_MISSING: {
        stage: 'store',
        severity: 'info',
        meaning: 'A window folder has revisions but no README.md page (a store written before pages existed, or a deleted page).',
        owner_role: 'release-signer',
        required_action: 'nothing is wrong with the evidence; the next revision of the window writes its page'
    }
};


/***/ }),

/***/ 8338:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ readmeView)
/* harmony export */ });
// The contract between the store and a family's window view (see view.ts): what a renderer is
// given and what a family declares. Type imports only, so the family description can name it.
/** A README.md view of the family's window folders: the one-line hook a family declares. */
function readmeView(load, families) {
    return families ? { file: 'README.md', load, families } : { file: 'README.md', load };
}


/***/ }),

/***/ 3719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ STRATEGY_CODES)
/* harmony export */ });
// Strategy-approval defect codes (lesson 120). A1-A6 are the seed's fail matrix
// (__tests__/matrices/strategy-approval-fail-matrix.csv); the rest guard the signatures and the
// state machine read from git history.
const STRATEGY_CODES = {
    STRATEGY_COVERAGE_UNMET: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'The packet revision lacks a valid approval from a signer class its coverage tier requires, or fewer distinct people approved than the tier needs (A1); its state stays pending_signatures.'
    },
    STRATEGY_SIGNER_CONFLICT: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'One signer id is listed under two signer classes in the policy or the packet roster, or a pipeline (CI) signer is listed as an approver (A2).'
    },
    STRATEGY_LANE_NOT_IN_RANKING: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'The selected lane (or its mitigation option) is not a lane of the cited ranking snapshot, so the decision cannot be replayed (A3).'
    },
    STRATEGY_EVIDENCE_INCOMPLETE: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'incomplete_evidence: the evidence bundle lacks an entry the policy requires or an entry without a sha256 and URI (A4); approvals of the revision do not count.'
    },
    STRATEGY_HASH_MISMATCH: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'packet_sha256 does not reproduce from the packet content (A5).'
    },
    STRATEGY_RATIONALE_INCOMPLETE: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'A decision_rationale field is empty, or a rejected lane of the top-two comparison has no reason (A6).'
    },
    STRATEGY_PACKET_INVALID: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'A strategy-approval packet or approval is unreadable, lacks a required field, names another window or cluster than its path, or its signature does not verify.'
    },
    STRATEGY_APPROVAL_INVALID: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'An approval does not count: its signature fails, it approves another packet hash, its signer is not in the signer-traceability policy, or its checklist is incomplete.'
    },
    STRATEGY_CI_KEY_APPROVAL: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'A pipeline (CI) key signed an approval; the CI key publishes packets and never approves.'
    },
    STRATEGY_TRANSITION_INVALID: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'History shows a state transition the approval state machine forbids, e.g. a new revision published while its predecessor is still pending_signatures, or an approval after a rejection.'
    },
    STRATEGY_REJECTED: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'A required signer rejected the latest packet revision; the lane is not approved until a new revision is.'
    },
    STRATEGY_OUTCOME_INVALID: {
        stage: 'strategy',
        severity: 'blocking',
        meaning: 'An outcome review cannot be recorded or does not verify: no approved revision to review, a bad signature, or a review stored under another packet revision.'
    },
    STRATEGY_DIVERGENCE: {
        stage: 'strategy',
        severity: 'warning',
        meaning: 'The post-window outcome diverged from the approval: a low-risk lane caused a critical regression, convergence exceeded the forecast high band by more than the policy allows, or the approval lacked required evidence. A divergence record names the required policy update.'
    },
    STRATEGY_CHAIN_UNLINKED: {
        stage: 'strategy',
        severity: 'warning',
        meaning: 'The packet cites no closure packet or no ledger gate decision for its window, so gate -> closure -> approval is not one chain.'
    }
};


/***/ }),

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   strategyCommand: () => (/* binding */ strategyCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _lesson_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8111);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8750);



// `release-evidence strategy build|sign|status`: lesson 120's one command. Its modules load when it runs.
const strategyCommand = (0,_lesson_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    name: 'strategy',
    summary: 'Strategy-approval packets: build, sign a decision, record the outcome, show the state from history',
    usage: `Usage: release-evidence strategy build|sign|outcome|status --window W [options]

  build   --window W --cluster C --ranking F --decision-file F [--forecast F --dashboard F
          --simulation-rules F --fail-matrix-run F] --key-file F
          Builds the strategy-approval packet of one exception cluster from its inputs
          (formats: docs/strategy-inputs.md), checks it (A2-A6), signs it with the pipeline
          key and commits it write-once:
            strategy-approval/{window}/packets/SAP-{cluster}-rNNN.json, .sig
            strategy-approval/{window}/validation/SAP-{cluster}-rNNN.log
          Unchanged content writes nothing; changed content is the next revision, refused
          while the previous one is still pending_signatures.
  sign    --window W --cluster C --decision approve|reject --recommend go|hold --key-file F
          [--revision N] [--confirm ITEM ...] [--note TEXT]
          Signs one signer's decision on a packet revision (default: the latest) and commits it
          write-once: strategy-approval/{window}/approvals/SAP-{cluster}-rNNN-{signer}-r001.json,
          .sig and validation/approvals/SAP-{cluster}-rNNN-{signer}-r001.log
          An approval must confirm every reviewer_checklist item of the policy (--confirm all).
  outcome --window W --cluster C --status met_projection|partial_match|diverged
          --convergence-hours N [--regression SEVERITY:EVENT_ID ...] --key-file F
          Records the post-window outcome of the latest approved revision as a signed review
          (strategy-approval/{window}/outcome-reviews/SAP-{cluster}-rNNN-outcome-r001.json, .sig)
          and, when a divergence trigger fires, a signed divergence record of its own
          (strategy-approval/{window}/divergences/SDI-{cluster}-rNNN-r001.json, .sig); each has
          its log under validation/. The packet is never touched.
  status  --window W [--cluster C] [--json]
          The approval panel: packet id and revision, lane and confidence class, the roster
          (signed / missing), evidence completeness and the state timeline, all read from
          git history.

Signing and git options:
      --key-file FILE       private key (base64 seed or PKCS8 PEM); default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_GIT */ .P.committerName})
      --committer-email E   (default: ${_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_GIT */ .P.committerEmail})

Exit codes: 0 written, unchanged, or (status) every packet's latest revision approved; 1 a
packet or decision refused (nothing written), or a latest revision not approved
(pending_signatures, rejected, incomplete_evidence) or a blocking history finding; 2 cannot
evaluate.`,
    options: {
        window: { type: 'string' },
        cluster: { type: 'string' },
        ranking: { type: 'string' },
        decision: { type: 'string' },
        'decision-file': { type: 'string' },
        forecast: { type: 'string' },
        dashboard: { type: 'string' },
        'simulation-rules': { type: 'string' },
        'fail-matrix-run': { type: 'string' },
        recommend: { type: 'string' },
        status: { type: 'string' },
        'convergence-hours': { type: 'string' },
        regression: { type: 'string', multiple: true },
        revision: { type: 'string' },
        confirm: { type: 'string', multiple: true },
        note: { type: 'string' },
        'key-file': { type: 'string' },
        'signer-id': { type: 'string' },
        'store-branch': { type: 'string' },
        'committer-name': { type: 'string' },
        'committer-email': { type: 'string' }
    },
    common: true,
    positionals: 1,
    async run(inv) {
        const action = inv.positionals[0];
        if (action !== 'build' && action !== 'sign' && action !== 'outcome' && action !== 'status') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `strategy: say what to do: build, sign, outcome or status${action ? ` (not '${action}')` : ''}` });
        }
        const run = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(7525), __nccwpck_require__.e(8156), __nccwpck_require__.e(9328)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9328));
        const code = action === 'build' ? await run.buildCommand(inv) : action === 'sign' ? await run.signCommand(inv) : action === 'outcome' ? await (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(7525), __nccwpck_require__.e(8156), __nccwpck_require__.e(4463)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4463))).outcomeCommand(inv) : await run.statusCommand(inv);
        return code;
    }
});


/***/ }),

/***/ 4192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ STRATEGY_FAMILY_NAMES)
/* harmony export */ });
// The names of lesson 120's four families, apart from their descriptions (family.ts) so the shared
// window page (view.ts), which family.ts loads lazily, can name them without importing it back.
const STRATEGY_FAMILY_NAMES = {
    packet: 'strategy-approval',
    signoff: 'strategy-signoff',
    outcome: 'strategy-outcome',
    divergence: 'strategy-divergence'
};


/***/ }),

/***/ 2405:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Py: () => (/* binding */ SIGNOFF_PAYLOAD_KIND),
/* harmony export */   V2: () => (/* binding */ DIVERGENCE_PAYLOAD_KIND),
/* harmony export */   WM: () => (/* binding */ OUTCOME_FAMILY),
/* harmony export */   bj: () => (/* binding */ STRATEGY_FAMILY),
/* harmony export */   d7: () => (/* binding */ revisionKey),
/* harmony export */   eW: () => (/* binding */ STRATEGY_VERIFIER_VERSION),
/* harmony export */   k5: () => (/* binding */ signoffKey),
/* harmony export */   mj: () => (/* binding */ SIGNOFF_FAMILY),
/* harmony export */   p8: () => (/* binding */ OUTCOME_PAYLOAD_KIND),
/* harmony export */   pY: () => (/* binding */ STRATEGY_ROOT),
/* harmony export */   uU: () => (/* binding */ DIVERGENCE_FAMILY),
/* harmony export */   yA: () => (/* binding */ STRATEGY_PAYLOAD_KIND)
/* harmony export */ });
/* unused harmony export STRATEGY_FAMILIES */
/* harmony import */ var _store_view_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8338);
/* harmony import */ var _family_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4192);


// Lesson 120 keeps four keyed families side by side under one root, the layout of the issue and
// the seed's step 13 (the store lets families share a root when their names are disjoint:
// src/store/layout.ts ownerOf):
//   strategy-approval/{window}/packets/SAP-{cluster}-rNNN.json|.sig                 the packet, signed by the pipeline
//   strategy-approval/{window}/validation/SAP-{cluster}-rNNN.log                    what was checked before publishing
//   strategy-approval/{window}/approvals/SAP-{cluster}-rNNN-{signer}-r001.json|.sig one signer's decision
//   strategy-approval/{window}/outcome-reviews/SAP-{cluster}-rNNN-outcome-r001.json|.sig  the post-window outcome review
//   strategy-approval/{window}/divergences/SDI-{cluster}-rNNN-r001.json|.sig       a divergence record
//   strategy-approval/{window}/validation/{approvals,outcome-reviews,divergences}/...log  their validation logs
// A decision's series is keyed by packet revision and signer, so a signer's decision is a file of
// its own that nobody rewrites; its own revision is r001 (a decision is final).
const STRATEGY_ROOT = 'strategy-approval';
/** Bumped when any of the four verifiers' rules change, so cached verdicts are recomputed. */
const STRATEGY_VERIFIER_VERSION = 'strategy-verifier/1';
const STRATEGY_PAYLOAD_KIND = 'strategy-approval';
const SIGNOFF_PAYLOAD_KIND = 'strategy-signoff';
const OUTCOME_PAYLOAD_KIND = 'strategy-outcome';
const DIVERGENCE_PAYLOAD_KIND = 'strategy-divergence';
const ALLOWED = ['.gitkeep', 'README.md'];
// One README.md per window folder, shared by the four families (src/strategy/view.ts): the packet
// family owns it, and a revision of any of them rewrites it.
const VIEW = (0,_store_view_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .readmeView */ .c)(async () => (await __nccwpck_require__.e(/* import() */ 2812).then(__nccwpck_require__.bind(__nccwpck_require__, 2812))).STRATEGY_VIEWS, () => STRATEGY_FAMILIES);
const STRATEGY_FAMILY = {
    name: _family_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_FAMILY_NAMES */ .a.packet,
    root: STRATEGY_ROOT,
    payloadType: 'application/vnd.release-evidence.strategy-approval+json',
    names: { packet: 'packets/SAP-{key}-{rev}.json', signature: 'packets/SAP-{key}-{rev}.sig', log: 'validation/SAP-{key}-{rev}.log' },
    keyed: true,
    allowed: ALLOWED,
    view: VIEW
};
/** Decisions (approve/reject): approvals/SAP-{cluster}-rNNN-{signer}-r001.json|.sig. */
const SIGNOFF_FAMILY = {
    name: _family_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_FAMILY_NAMES */ .a.signoff,
    root: STRATEGY_ROOT,
    payloadType: 'application/vnd.release-evidence.strategy-signoff+json',
    names: { packet: 'approvals/SAP-{key}-{rev}.json', signature: 'approvals/SAP-{key}-{rev}.sig', log: 'validation/approvals/SAP-{key}-{rev}.log' },
    keyed: true,
    allowed: ALLOWED,
    view: VIEW
};
/** Outcome reviews: outcome-reviews/SAP-{cluster}-rNNN-outcome-r001.json|.sig (a correction is r002). */
const OUTCOME_FAMILY = {
    name: _family_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_FAMILY_NAMES */ .a.outcome,
    root: STRATEGY_ROOT,
    payloadType: 'application/vnd.release-evidence.strategy-outcome+json',
    names: { packet: 'outcome-reviews/SAP-{key}-outcome-{rev}.json', signature: 'outcome-reviews/SAP-{key}-outcome-{rev}.sig', log: 'validation/outcome-reviews/SAP-{key}-outcome-{rev}.log' },
    keyed: true,
    allowed: ALLOWED,
    view: VIEW
};
/** Divergence records: divergences/SDI-{cluster}-rNNN-r001.json|.sig (a re-review that changes the triggers is r002). */
const DIVERGENCE_FAMILY = {
    name: _family_names_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGY_FAMILY_NAMES */ .a.divergence,
    root: STRATEGY_ROOT,
    payloadType: 'application/vnd.release-evidence.strategy-divergence+json',
    names: { packet: 'divergences/SDI-{key}-{rev}.json', signature: 'divergences/SDI-{key}-{rev}.sig', log: 'validation/divergences/SDI-{key}-{rev}.log' },
    keyed: true,
    allowed: ALLOWED,
    view: VIEW
};
const STRATEGY_FAMILIES = [STRATEGY_FAMILY, SIGNOFF_FAMILY, OUTCOME_FAMILY, DIVERGENCE_FAMILY];
/** The signoff series key: `{cluster}-rNNN-{signer}`. */
function signoffKey(cluster, revision, signerId) {
    return `${cluster}-r${String(revision).padStart(3, '0')}-${signerId}`;
}
/** The series key of a packet revision's outcome reviews and divergence records: `{cluster}-rNNN`. */
function revisionKey(cluster, revision) {
    return `${cluster}-${revision}`;
}


/***/ }),

/***/ 2349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ TRUST_CODES)
});

;// CONCATENATED MODULE: ./src/timestamp/codes.ts
// Why a timestamp token (RFC 3161) does not vouch for a signature. A token that fails any check
// proves nothing; a reader then has only the signer's own claim of when it signed.
const TIMESTAMP_CODES = {
    TIMESTAMP_TOKEN_MALFORMED: 'The .tsr file is not a DER TimeStampResp or timestamp token (CMS SignedData over a TSTInfo with one signer).',
    TIMESTAMP_NOT_GRANTED: 'The time-stamping authority refused the request: the response status is not granted and carries no token.',
    TIMESTAMP_IMPRINT_MISMATCH: 'The token does not stamp this signature: its message imprint is not SHA-256 of the signature bytes.',
    TIMESTAMP_NONCE_MISMATCH: "The token does not echo the request's nonce (a replayed or substituted reply).",
    TIMESTAMP_SIGNATURE_INVALID: "The token's CMS signature, message digest or signing-certificate attribute does not verify under the certificate it names.",
    TIMESTAMP_UNTRUSTED: 'The certificate that signed the token does not chain to the pinned TSA certificate.',
    TIMESTAMP_TSA_CERT_INVALID: "The signing certificate is not a TSA certificate valid at the token's time (RFC 3161 2.3: exactly one extended key usage, id-kp-timeStamping, marked critical).",
    TIMESTAMP_CLAIM_AFTER_TSA: "The document's own signing instant is later than the time the TSA saw its signature."
};
const TIMESTAMP_CODE_INFO = Object.fromEntries(Object.entries(TIMESTAMP_CODES).map(([code, meaning]) => [code, { stage: 'signing', severity: 'blocking', meaning }]));

;// CONCATENATED MODULE: ./src/trust/codes.ts

// Why the trust root (the signed keyring chain under trust/) does not give verify a keyring, and
// why a revision signed by a revoked key fails. TRUST_ROOT_UNPINNED is not a defect but the reason
// verify (and whatever else judges a signature) cannot evaluate at all: exit 2, no verdict.
const blocking = (meaning) => ({ stage: 'trust', severity: 'blocking', meaning });
// Trusted time (docs/trusted-time.md): verify judges the .tsr beside each signature against the
// TSA certificate the trust root pins, so the token codes are the trust root's.
const TIMESTAMP_DEFECTS = Object.fromEntries(Object.entries(TIMESTAMP_CODES).map(([code, meaning]) => [code, blocking(meaning)]));
const TRUST_CODES = {
    TRUST_ROOT_UNPINNED: {
        stage: 'trust',
        severity: 'blocking',
        meaning: "Cannot evaluate (exit 2): no --trust-root pin (nor $RELEASE_EVIDENCE_TRUST_ROOT, the trust-root input, or a pin file outside the checkout) was given, and the working-tree keyring is never trusted. Pin revision 1 of the trust root, or create one with 'trust migrate'."
    },
    TRUST_ROOT_MISSING: blocking('A trust-root pin was given but the verified commit has no trust/root/root-r001.json (with its .sig): the store has no root of trust.'),
    TRUST_ROOT_PIN_MISMATCH: blocking('The sha256 of revision 1\'s canonical payload is not the pinned value: the trust root was replaced.'),
    TRUST_ROOT_INVALID: blocking('A trust-root revision is not a valid document (schema, derived key ids, duplicate keys, renamed root key, a revocation withdrawn) or its envelope is unreadable.'),
    TRUST_ROOT_VERSION_INVALID: blocking('A trust-root revision\'s version or previous link is not exactly the next one after the previous revision (rollback, skip or fork).'),
    TRUST_ROOT_THRESHOLD_UNMET: blocking("A trust-root revision is not signed by a threshold of distinct root keys of the previous revision and a threshold of its own root keys (revision 1: its own)."),
    TRUST_ROOT_UNTRUSTED: blocking('A trust-root revision follows one that does not verify, so nothing it says is trusted.'),
    KEY_REVOKED: blocking("The revision was first published (commit time, or a commit that already contained the revocation) after its signer key was revoked in the trust root, or its timestamp token's genTime is at or after the revocation, whatever signed_at_utc it claims."),
    ...TIMESTAMP_DEFECTS,
    TIMESTAMP_KEY_EXPIRED: blocking("The signature's timestamp token (genTime, from the pinned TSA) is at or after the signer key's valid_until_utc: the key signed after it expired, whatever signed_at_utc it claims."),
    TIMESTAMP_MISSING: blocking('The trust root in force requires trusted time (tsa.require_token) and this signed revision, published under it, has no timestamp token (.tsr) beside its signature.'),
    TIMESTAMP_UNPINNED: {
        stage: 'trust',
        severity: 'warning',
        meaning: 'A timestamp token (.tsr) is stored beside a signature but the trust root pins no TSA certificate: the token is not checked and proves nothing; the signer\'s claim is used.'
    }
};


/***/ }),

/***/ 2200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UW: () => (/* binding */ TRUST_FAMILY),
/* harmony export */   gi: () => (/* binding */ TRUST_WINDOW),
/* harmony export */   si: () => (/* binding */ TRUST_PACKET_ID),
/* harmony export */   wp: () => (/* binding */ TRUST_KIND)
/* harmony export */ });
// The trust root as a packet family: one series (window `root`) under trust/, so the store proves
// it write-once (no revision rewritten or deleted, consecutive revisions, each linking the digest
// of the previous one) like any other family.
const TRUST_KIND = 'trust-root';
const TRUST_WINDOW = 'root';
/** the packet_id every revision reports, so the store's one-lineage-per-window rule holds */
const TRUST_PACKET_ID = 'trust-root';
const TRUST_FAMILY = {
    name: 'trust-root',
    root: 'trust',
    payloadType: 'application/vnd.release-evidence.trust-root+json',
    names: { packet: 'root-{rev}.json', signature: 'root-{rev}.sig', log: 'root-{rev}.log' },
    keyed: false,
    allowed: ['README.md']
};


/***/ }),

/***/ 9021:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ knownRepo),
/* harmony export */   GQ: () => (/* binding */ withKnownRepo),
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6581);





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

/***/ 4598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   INVISIBLE_CHARS: () => (/* binding */ INVISIBLE_CHARS),
/* harmony export */   MAX_ID_LENGTH: () => (/* binding */ MAX_ID_LENGTH),
/* harmony export */   checkId: () => (/* binding */ checkId),
/* harmony export */   idFix: () => (/* binding */ idFix),
/* harmony export */   idOf: () => (/* binding */ idOf),
/* harmony export */   isWindowsDeviceName: () => (/* binding */ isWindowsDeviceName),
/* harmony export */   normalizeId: () => (/* binding */ normalizeId),
/* harmony export */   printable: () => (/* binding */ printable),
/* harmony export */   showInvisible: () => (/* binding */ showInvisible)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

// Ids arrive from CSV cells and inputs and end up in paths, commit messages and joins. They are
// checked in their raw form first (so `../x` is refused rather than normalized into something
// harmless-looking), then folded: casing and separators (space, _, ., :, -) are not identity.
const MAX_ID_LENGTH = 100;
function checkId(raw) {
    const plain = plainId(raw);
    if (plain !== undefined)
        return { ok: true, id: plain };
    const text = raw.trim();
    if (text === '')
        return { ok: false, reason: 'is empty' };
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(raw))
        return { ok: false, reason: 'contains a control character' };
    if (text.includes('/') || text.includes('\\'))
        return { ok: false, reason: 'contains a path separator' };
    if (text.includes('..'))
        return { ok: false, reason: "contains '..'" };
    if (text.length > MAX_ID_LENGTH)
        return { ok: false, reason: `is longer than ${MAX_ID_LENGTH} characters` };
    const id = fold(text);
    if (id === '')
        return { ok: false, reason: 'has no letters or digits' };
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
        return { ok: false, reason: 'may contain only letters, digits and the separators - _ . : space' };
    }
    if (DEVICES.has(id) || DEVICES.has(deviceBase(text)))
        return { ok: false, reason: DEVICE_REASON };
    return { ok: true, id };
}
function fold(text) {
    return text
        .toLowerCase()
        .replace(/[\s_.:-]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
// Windows opens a device, not a file, for these names in any directory, whatever their case and
// whatever follows a dot (nul.txt), and it drops trailing dots and spaces first (`CON. `). Ids
// become directories (closure-packets/<window>/), so a window named CON could be written on
// Linux and never checked out on Windows. COM0 and LPT0 are on Microsoft's list too.
const DEVICES = new Set(['con', 'prn', 'aux', 'nul', ...[...'0123456789'].flatMap((d) => [`com${d}`, `lpt${d}`])]);
const DEVICE_REASON = 'is a reserved Windows device name (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9), which no Windows checkout can hold as a directory';
/** The part of a name Windows compares with its device names: before any dot or colon, without trailing spaces. */
function deviceBase(text) {
    const name = text.trim().toLowerCase();
    const dot = name.search(/[.:]/);
    return (dot === -1 ? name : name.slice(0, dot)).trimEnd();
}
/** True when `raw`, as written or once folded into an id, names a Windows device (CON, nul.txt, `Com1. `). */
function isWindowsDeviceName(raw) {
    return DEVICES.has(deviceBase(raw)) || DEVICES.has(fold(raw.trim()));
}
/** What to do about an id that checkId refused, in the user's terms; `otherwise` for all but device names. */
function idFix(raw, check, otherwise = `use letters, digits and - _ . (at most ${MAX_ID_LENGTH} characters)`) {
    if (!check.ok && check.reason === DEVICE_REASON) {
        const id = fold(raw.trim());
        return `choose another id, e.g. '${id}-1' or 'rw-${id}'`;
    }
    return otherwise;
}
/**
 * The fast path for ids that are already nearly canonical (ALM-000123, rw-2026-11-a): ASCII
 * letters and digits joined by single hyphens, at most MAX_ID_LENGTH long. For those the checks
 * and folds below reduce to lower-casing, so they skip the regular expressions that were a
 * measurable cost at 100,000-row inputs. Anything else returns undefined and takes the full path.
 */
function plainId(raw) {
    const n = raw.length;
    if (n === 0 || n > MAX_ID_LENGTH)
        return undefined;
    let upper = false;
    let prevHyphen = true; // a leading hyphen is not plain
    for (let i = 0; i < n; i++) {
        const c = raw.charCodeAt(i);
        if (c === 45) {
            if (prevHyphen)
                return undefined;
            prevHyphen = true;
            continue;
        }
        prevHyphen = false;
        if (c >= 97 && c <= 122)
            continue;
        if (c >= 48 && c <= 57)
            continue;
        if (c >= 65 && c <= 90) {
            upper = true;
            continue;
        }
        return undefined;
    }
    if (prevHyphen)
        return undefined; // a trailing hyphen is not plain
    const id = upper ? raw.toLowerCase() : raw;
    // a device name (con, com1) takes the full path, which refuses it
    return (n === 3 || n === 4) && DEVICES.has(id) ? undefined : id;
}
/** checkId for callers that only need the id: the normalized id, or undefined when it is refused. */
function idOf(raw) {
    const plain = plainId(raw);
    if (plain !== undefined)
        return plain;
    const r = checkId(raw);
    return r.ok ? r.id : undefined;
}
/** Normalizes an id or throws a UserError naming what it was and how to fix it. */
function normalizeId(raw, what) {
    const r = checkId(raw);
    if (!r.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'ID_INVALID',
            message: `${what} '${printable(raw)}' ${r.reason}; ${idFix(raw, r)}`
        });
    }
    return r.id;
}
/**
 * Makes untrusted text safe to quote in a message: control characters shown as \xNN, and
 * zero-width and bidirectional formatting characters as \uNNNN, so `B\u200b-1` cannot pass
 * for `B-1` and a right-to-left override cannot reorder what the reader sees.
 */
function printable(text, max = 120) {
    // tested first: most text has none, and a replace builds a new string anyway
    const shown = UNSEEN.test(text) ? showUnseen(text) : text;
    return shown.length > max ? `${shown.slice(0, max)}...` : shown;
}
/**
 * Zero-width and bidirectional formatting characters: the soft hyphen, the Arabic letter mark,
 * the Mongolian vowel separator, zero-width space/non-joiner/joiner, LRM/RLM, the embeddings and
 * overrides (U+202A-E), word joiner and invisible operators (U+2060-4), the isolates (U+2066-9)
 * and the zero-width no-break space (U+FEFF).
 */
const INVISIBLE_CHARS = '\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff';
const INVISIBLES = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
/** Only the invisible characters shown as \uNNNN (for destinations that handle control characters themselves). */
function showInvisible(text) {
    return text.replace(INVISIBLES, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function showUnseen(text) {
    return text.replace(UNSEENS, (c) => {
        const n = c.charCodeAt(0);
        return n < 0x80 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
    });
}
// Control characters and the invisible ones above.
const UNSEEN = new RegExp(`[\\u0000-\\u001f\\u007f${INVISIBLE_CHARS}]`);
const UNSEENS = new RegExp(UNSEEN.source, 'g');


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ resolveNow),
/* harmony export */   _E: () => (/* binding */ canonicalAt),
/* harmony export */   ay: () => (/* binding */ formatUtc),
/* harmony export */   bp: () => (/* binding */ utcMs),
/* harmony export */   xy: () => (/* binding */ isCanonicalUtc),
/* harmony export */   y5: () => (/* binding */ parseUtc)
/* harmony export */ });
// One canonical UTC parser and formatter for every stage (lesson 113's pro tip). Timestamps are
// RFC 3339 with `Z` or an explicit offset; a naive or impossible timestamp is malformed, never
// guessed at, because SLA arithmetic on a guessed zone is silently wrong.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;
function parseUtc(raw) {
    const text = raw.trim();
    const fast = parseCanonical(text);
    if (fast !== undefined)
        return { ok: true, ms: fast };
    if (text === '')
        return { ok: false, reason: 'empty' };
    const m = RFC3339.exec(text);
    if (!m) {
        if (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) {
            return { ok: false, reason: `'${raw}' has no time zone; add Z or an offset such as +00:00` };
        }
        return { ok: false, reason: `'${raw}' is not an RFC 3339 timestamp (expected e.g. 2026-11-23T14:05:00Z)` };
    }
    const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const hour = Number(h);
    const minute = Number(mi);
    const second = Number(s);
    if (month < 1 || month > 12)
        return { ok: false, reason: `'${raw}' has month ${mo}` };
    if (day < 1 || day > daysInMonth(year, month))
        return { ok: false, reason: `'${raw}' is not a calendar date` };
    if (hour > 23 || minute > 59 || second > 59)
        return { ok: false, reason: `'${raw}' is not a valid time of day` };
    let offsetMin = 0;
    if (sign) {
        const ohn = Number(oh);
        const omn = Number(om);
        if (ohn > 23 || omn > 59)
            return { ok: false, reason: `'${raw}' has an impossible offset` };
        offsetMin = (sign === '-' ? -1 : 1) * (ohn * 60 + omn);
    }
    const millis = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
    const ms = daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis - offsetMin * 60_000;
    return { ok: true, ms };
}
/** parseUtc for callers that only need the instant: epoch ms, or undefined for anything malformed. */
function utcMs(raw) {
    const fast = parseCanonical(raw);
    if (fast !== undefined)
        return fast;
    const p = parseUtc(raw);
    return p.ok ? p.ms : undefined;
}
// Arithmetic rather than Date.UTC, which reads years 0-99 as 1900-1999.
function daysInMonth(year, month) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return MONTH_DAYS[month - 1] + (month === 2 && leap ? 1 : 0);
}
// The fast path. Almost every timestamp the gate reads is already canonical
// (2026-11-23T14:05:00Z), and at 100,000 alarms the regex, the Number() calls and the Date
// objects of the general path were a measurable part of the run. This reads exactly that shape
// with arithmetic and leaves everything else (and every value it would reject) to the general
// path, which stays the one place that words a rejection.
const D0 = 48; // '0'
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Epoch ms of a valid `YYYY-MM-DDTHH:MM:SSZ`; undefined for anything else. */
function parseCanonical(t) {
    return t.length === 20 ? canonicalAt(t, 0) : undefined;
}
/**
 * parseCanonical for the 20 characters of `text` from `at`, so a CSV cell can be read where it
 * stands in the file's text: the gate reads about a million timestamps, and a string for each
 * was most of what reading them cost. The caller checks that the cell is 20 characters long.
 */
function canonicalAt(t, at) {
    if (t.charCodeAt(at + 4) !== 45 || t.charCodeAt(at + 7) !== 45 || t.charCodeAt(at + 10) !== 84)
        return undefined;
    if (t.charCodeAt(at + 13) !== 58 || t.charCodeAt(at + 16) !== 58 || t.charCodeAt(at + 19) !== 90)
        return undefined;
    const year = two(t, at) * 100 + two(t, at + 2);
    const month = two(t, at + 5);
    const day = two(t, at + 8);
    const hour = two(t, at + 11);
    const minute = two(t, at + 14);
    const second = two(t, at + 17);
    // two() is NaN for a non-digit, and every comparison with NaN is false: hence the negations.
    if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59))
        return undefined;
    if (day > daysInMonth(year, month))
        return undefined;
    return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000;
}
/** The two-digit number at i, NaN unless both characters are ASCII digits. */
function two(t, i) {
    const a = t.charCodeAt(i) - D0;
    const b = t.charCodeAt(i + 1) - D0;
    return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
// Formatting allocates a Date and two strings, and the gate formats the same instants over and
// over (deadlines, acks and targets fall on whole minutes). Remembering recent results makes
// repeats free and shares one string per instant; the bound keeps a long run from growing it.
const FORMATTED = new Map();
const FORMATTED_MAX = 50_000;
/** The one output form: 2026-11-23T14:05:00Z, with milliseconds only when they are not zero. */
function formatUtc(ms) {
    let text = FORMATTED.get(ms);
    if (text === undefined) {
        const iso = new Date(ms).toISOString();
        text = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
        if (FORMATTED.size >= FORMATTED_MAX)
            FORMATTED.clear();
        FORMATTED.set(ms, text);
    }
    return text;
}
/** True when text is already in the canonical UTC form (used by packet checks, C5). */
function isCanonicalUtc(text) {
    const p = parseUtc(text);
    return p.ok && formatUtc(p.ms) === text;
}
/** Parses the injected `now`; the clock is read only when nothing was injected. */
function resolveNow(raw, clock = Date.now) {
    if (raw === undefined || raw.trim() === '')
        return clock();
    const p = parseUtc(raw);
    if (!p.ok)
        throw new Error(`now: ${p.reason}`);
    return p.ms;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/closure/codes.ts
// Closure-stage defect codes (lesson 114). Build codes reject a row from a packet; packet codes
// are found when a written packet is read back; review codes come from post-incident review.
const CLOSURE_CODES = {
    CLOSURE_EVIDENCE_UNRESOLVED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A resolved alarm lacks a resolvable evidence row of a kind the closure policy requires (C1); the row is left out of the packet.'
    },
    LINEAGE_INCOMPLETE: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'Approver lineage is incomplete: owner role, backup role (if the backup acknowledged), incident commander (if overridden), resolver or final approver missing (C2).'
    },
    CLOSURE_TIMESTAMP_INVALID: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A timestamp a closure row needs cannot be normalized to UTC; the row is left out of the packet.'
    },
    PACKET_FIELD_MISSING: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A written packet lacks a field the closure policy requires, or the field has the wrong type.'
    },
    PACKET_DIGEST_MISSING: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A written packet has no signature_digest (C3).'
    },
    PACKET_DIGEST_MISMATCH: {
        stage: 'closure',
        severity: 'blocking',
        meaning: "A written packet's signature_digest is not the sha256 of its canonical bytes without that field."
    },
    PACKET_TIMESTAMP_NOT_UTC: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A *_utc field in a written packet is not canonical UTC (C5).'
    },
    PACKET_ROWS_UNSORTED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'Packet rows are not sorted by alarm_id or repeat an alarm_id.'
    },
    PACKET_REVISION_INVALID: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'The revision is not r001, r002, ... or its supersedes link does not match (r001 supersedes nothing; later revisions name their predecessor).'
    },
    REVIEW_SCHEMA_UNAPPROVED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: "The packet's schema version is not in the closure policy's approved_schema_versions."
    },
    REVIEW_REF_MISSING: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A sampled evidence ref names an evidence row that is no longer in the evidence input.'
    },
    REVIEW_REF_CHANGED: {
        stage: 'closure',
        severity: 'blocking',
        meaning: 'A sampled evidence ref no longer matches its evidence row (window, alarm, kind, uri, time or recorder changed).'
    }
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/lesson.ts
var lesson = __nccwpck_require__(8111);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __nccwpck_require__(8750);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/util/secret.ts

// A secret input (signing key, token) travels inside Settings, so anything that logs, serializes
// or interpolates Settings must not print it. The value is reachable only through reveal(), which
// makes every use greppable.
class Secret {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    toString() {
        return '[secret]';
    }
    toJSON() {
        return '[secret]';
    }
    [external_node_util_.inspect.custom]() {
        return '[secret]';
    }
}
/** An input's value as a Secret; empty or whitespace-only means "none" (null), never an empty password. */
function secretFrom(raw) {
    return raw === undefined || raw === null || raw.trim() === '' ? null : new Secret(raw);
}

;// CONCATENATED MODULE: ./src/closure/commands.ts





// The closure lesson's commands: export-closure (the Action's `closure` stage, with --push the same
// export-and-publish), review and demo. Their modules load when they run.
/** The token a CLI push sends, from the environment (the Action passes its github-token input). */
const PUSH_TOKEN_ENV = 'RELEASE_EVIDENCE_TOKEN';
/** The TSA URL from the environment (it may carry credentials, which argv would show to `ps`). */
const TSA_URL_ENV = 'RELEASE_EVIDENCE_TSA_URL';
const exportClosureCommand = (0,lesson/* defineCommand */.N)({
    name: 'export-closure',
    summary: 'Build, sign, verify and commit one closure packet revision per changed release window',
    usage: `Usage: release-evidence export-closure [options]

Runs the acknowledgment-ledger gate, builds one closure packet per release window from the
resolved alarms with a valid acknowledgment, signs it (DSSE, Ed25519), verifies it as a reader
would, and only then commits it to the write-once store:
  closure-packets/{release_window_id}/packet-rNNN.json, packet-rNNN.sig, verify-rNNN.log
One commit per written revision. Unchanged content writes nothing; changed content becomes the
next revision, linked to the previous one by its signature digest. Published files are never
rewritten.

Signing options:
      --key-file FILE       private key (base64 seed or PKCS8 PEM); default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --tsa-url URL         RFC 3161 TSA that stamps each signature (.tsr beside the .sig); the trust
                            root must pin its certificate (default: $RELEASE_EVIDENCE_TSA_URL; none)
Git options:
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${src_settings/* DEFAULT_GIT */.P.committerName})
      --committer-email E   (default: ${src_settings/* DEFAULT_GIT */.P.committerEmail})
Publish options (as the Action's closure stage):
      --push                push the store branch; a lost race rebuilds on the new tip
      --remote NAME         the clone's remote to push to (default: origin)
      --remote-url URL      https URL to push to instead of the remote's
      --network-timeout S   seconds the remote may stay silent in one request before it counts as unreachable (default: 60)
      --max-attempts N      pushes to try when other runs land first (default: 5)
                            the token, if the remote needs one, comes from $${PUSH_TOKEN_ENV}

Exit codes: 0 every window exported or unchanged and the gate passed; 1 no-go, a closure row
left out (C1, C2), a packet that failed verification (not written) or a push that could not
land; 2 cannot evaluate.`,
    options: {
        'key-file': { type: 'string' },
        'signer-id': { type: 'string' },
        'tsa-url': { type: 'string' },
        'store-branch': { type: 'string' },
        'committer-name': { type: 'string' },
        'committer-email': { type: 'string' },
        push: { type: 'boolean' },
        remote: { type: 'string' },
        'remote-url': { type: 'string' },
        'max-attempts': { type: 'string' },
        'network-timeout': { type: 'string' }
    },
    common: true,
    async run(inv) {
        const [{ runLedgerGate }, { exportAndPublish }, { renderExportText }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(8486), __nccwpck_require__.e(1814), __nccwpck_require__.e(2561)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1814)), Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(609), __nccwpck_require__.e(5149), __nccwpck_require__.e(1342), __nccwpck_require__.e(7799), __nccwpck_require__.e(354)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4078)), Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(4895)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4895))]);
        const v = inv.values;
        const token = inv.env[PUSH_TOKEN_ENV];
        const settings = {
            ...inv.settings(['ledger', 'closure']),
            signing: {
                signerId: v['signer-id'],
                keyFile: v['key-file'] === undefined ? undefined : (0,external_node_path_.resolve)(inv.cwd, v['key-file']),
                tsaUrl: secretFrom(v['tsa-url'] ?? inv.env[TSA_URL_ENV])
            },
            git: {
                storeBranch: v['store-branch'],
                committerName: v['committer-name'] ?? src_settings/* DEFAULT_GIT */.P.committerName,
                committerEmail: v['committer-email'] ?? src_settings/* DEFAULT_GIT */.P.committerEmail
            },
            publish: {
                push: v.push === true,
                target: { remote: v.remote, remoteUrl: v['remote-url'], maxAttempts: v['max-attempts'], networkTimeout: v['network-timeout'] },
                token: token ? new Secret(token) : null,
                allowUnsafePrCommit: false,
                event: null
            }
        };
        const gatePhase = inv.io.progress?.phase('export-closure: ledger gate');
        const gate = await runLedgerGate(settings);
        gatePhase?.done();
        const x = await exportAndPublish({ settings, gate, env: inv.env, log: inv.log, progress: inv.io.progress });
        const result = x.result;
        const failed = gate.failed || result.failed || x.publishError !== undefined;
        if (inv.values.json) {
            const publish = x.publish ? { publish: x.publish } : x.publishError ? { publish_error: x.publishError.message } : {};
            inv.io.stdout(`${JSON.stringify({ gate: { decision: gate.decision, failed: gate.failed, windows: gate.windows }, ...result, ...publish, failed }, null, 2)}\n`);
        }
        else {
            inv.io.stdout(`Ledger gate: ${gate.decision.toUpperCase()}${gate.failed ? ' (failing)' : ''}; ${gate.windows.map((w) => `${w.release_window_id} ${w.decision}`).join(', ') || 'no windows'}\n\n`);
            inv.io.stdout(renderExportText(result));
            if (x.publish)
                inv.io.stdout(`\nPushed ${x.publish.branch}: ${x.publish.status}${x.publish.remoteTip ? ` at ${x.publish.remoteTip}` : ''}\n`);
            if (x.publishError)
                inv.io.stdout(`\nPush failed: ${x.publishError.message}\n`);
        }
        return failed ? errors/* ExitCode */.yU.PolicyFailure : errors/* ExitCode */.yU.Pass;
    }
});
const reviewCommand = (0,lesson/* defineCommand */.N)({
    name: 'review',
    summary: "Post-incident review of a window's latest signed closure packet (checklist + traced sample)",
    usage: `Usage: release-evidence review --window W [--seed N] [options]

Reads the latest revision of the window from the store at HEAD, verifies its signature and
schema version, samples alarms reproducibly (seed: the packet's signature digest unless --seed is
given), traces their evidence refs against the evidence input, checks approver lineage, and marks
the audit pass or fail with follow-up actions.

Exit codes: 0 audit pass, 1 audit fail, 2 cannot evaluate (no such window, bad input).`,
    options: { window: { type: 'string' }, seed: { type: 'string' } },
    common: true,
    async run(inv) {
        if (inv.values.window === undefined)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: "review: --window is required; run 'release-evidence review --help'" });
        const { reviewWindow } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(8486), __nccwpck_require__.e(1814), __nccwpck_require__.e(609), __nccwpck_require__.e(6591)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5941));
        const settings = inv.settings(['closure']);
        const r = await reviewWindow(settings, inv.values.window, inv.values.seed);
        if (inv.values.json)
            inv.io.stdout(`${JSON.stringify({ file: r.file, ...r.review }, null, 2)}\n`);
        else
            inv.io.stdout(`Reviewing ${r.file}\n\n${r.text}`);
        return r.review.pass ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.PolicyFailure;
    }
});
const demoCommand = (0,lesson/* defineCommand */.N)({
    name: 'demo',
    summary: 'Run the gate, export and sign closure packets, and verify them, on the examples in a temp repo',
    usage: `Usage: release-evidence demo [--from DIR] [--now TIME]

Copies examples/ and policies/ (from DIR, default: the current directory, i.e. a checkout of
release-evidence) into a fresh temporary git repository, runs the acknowledgment-ledger gate,
exports and signs one closure packet per release window with the DEMO key (its private key is
public: demo signatures prove nothing), verifies the store from git history, and prints where
the repository is so you can look around.

The examples include a no-go window on purpose. Exit codes: 0 the demo ran as designed (each
window's decision is printed), 1 a step did not do what the demo expects, 2 cannot run.`,
    options: { from: { type: 'string' }, now: { type: 'string' } },
    common: false,
    async run(inv) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(8486), __nccwpck_require__.e(1814), __nccwpck_require__.e(609), __nccwpck_require__.e(5149), __nccwpck_require__.e(3558), __nccwpck_require__.e(1342), __nccwpck_require__.e(4370)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4370))).runDemo(inv);
    }
});

// EXTERNAL MODULE: ./src/closure/family.ts
var family = __nccwpck_require__(269);
;// CONCATENATED MODULE: ./src/closure/outputs.ts
// The closure stage's step outputs; action.yml documents each (a test keeps them equal).
const CLOSURE_OUTPUTS = {
    'packet-paths': 'Newline-separated repo-relative paths of the packet files written by this run (closure stage).',
    'commit-sha': 'The last store commit written by this run; empty when nothing changed (closure stage).',
    revisions: 'Space-separated `window/rNNN` of the revisions written by this run (closure stage).',
    'store-branch': 'The branch the closure stage committed to (closure stage).',
    pushed: '`true` when this run pushed new closure packets to the store branch (closure stage).'
};

;// CONCATENATED MODULE: ./src/closure/index.ts




// Lesson 114: one signed closure packet per release window, committed write-once under
// closure-packets/{window}/ and verified from git history.
const closure = {
    name: 'closure',
    lesson: 114,
    title: 'Signed closure packets',
    codes: CLOSURE_CODES,
    inputs: [],
    policies: [{ kind: 'closure-packet', option: 'closure-policy', default: 'policies/closure-packet.yaml', help: 'closure-packet policy' }],
    families: [
        {
            family: family/* CLOSURE_FAMILY */.L,
            verifierVersion: family/* CLOSURE_VERIFIER_VERSION */.w,
            inspector: async (settings) => {
                const { closureInspector, loadClosureTrust } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(609), __nccwpck_require__.e(3259)]).then(__nccwpck_require__.bind(__nccwpck_require__, 609));
                return closureInspector(await loadClosureTrust(settings), settings.now);
            }
        }
    ],
    stage: {
        name: 'closure',
        outputs: CLOSURE_OUTPUTS,
        reads: { inputs: ['alarms', 'ledger', 'evidence'], policies: ['ack-ledger', 'closure-packet', 'keyring'] },
        run: async (settings, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(8486), __nccwpck_require__.e(1814), __nccwpck_require__.e(609), __nccwpck_require__.e(5149), __nccwpck_require__.e(1342), __nccwpck_require__.e(7799), __nccwpck_require__.e(5201), __nccwpck_require__.e(2107)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2107))).runClosureStage(settings, ctx)
    },
    commands: [exportClosureCommand, reviewCommand, demoCommand]
};

// EXTERNAL MODULE: ./src/ledger/codes.ts
var codes = __nccwpck_require__(9151);
;// CONCATENATED MODULE: ./src/ledger/commands.ts



// The ledger lesson's command. Its modules load when it runs: the CLI's start stays cheap.
const validateLedgerCommand = (0,lesson/* defineCommand */.N)({
    name: 'validate-ledger',
    summary: 'Check the acknowledgment ledger against active alarms: go / conditional-go / no-go per release window',
    usage: `Usage: release-evidence validate-ledger [options]

Joins active page/block alarms to the append-only acknowledgment ledger, checks acknowledgment
SLAs, owner roles, resolution targets and closure evidence under the ack-ledger policy, and
decides go / conditional-go / no-go per release window. Writes defects.csv, escalations.csv and
ledger-gate.json to the output directory.

Exit codes: 0 go or conditional-go (or observe mode), 1 no-go in this mode, 2 cannot evaluate.`,
    options: {},
    common: true,
    async run(inv) {
        const [{ runLedgerGate }, { renderGateText }, { resultSummary, writeCannotEvaluate, writeLedgerReports }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(8486), __nccwpck_require__.e(1814), __nccwpck_require__.e(2561)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1814)), __nccwpck_require__.e(/* import() */ 2917).then(__nccwpck_require__.bind(__nccwpck_require__, 2917)), __nccwpck_require__.e(/* import() */ 9802).then(__nccwpck_require__.bind(__nccwpck_require__, 9802))]);
        const settings = inv.settings(['ledger']);
        const phase = inv.io.progress?.phase('validate-ledger: ledger gate');
        const result = await runLedgerGate(settings).catch(async (err) => {
            await writeCannotEvaluate(settings.outDir, err, settings.now);
            throw err;
        });
        phase?.done();
        const paths = await writeLedgerReports(result, settings.outDir);
        if (inv.values.json) {
            inv.io.stdout(`${JSON.stringify(resultSummary(result), null, 2)}\n`);
        }
        else {
            const rel = (p) => (0,external_node_path_.relative)(inv.cwd, p) || p;
            inv.io.stdout(renderGateText(result, {
                defects: rel(paths.defects),
                escalations: rel(paths.escalations),
                summary: rel(paths.summary)
            }));
        }
        return result.failed ? errors/* ExitCode */.yU.PolicyFailure : errors/* ExitCode */.yU.Pass;
    }
});

;// CONCATENATED MODULE: ./src/ledger/outputs.ts
// The ledger stage's step outputs; action.yml documents each (a test keeps them equal).
const LEDGER_OUTPUTS = {
    decision: "Ledger gate decision over all release windows - `go`, `conditional-go` or `no-go` (ledger stage).",
    "blocking-defects": "Number of defects that block in the current mode (ledger stage).",
    "defects-file": "Absolute path of defects.csv, every ledger defect with the seed's columns first (ledger stage).",
};

;// CONCATENATED MODULE: ./src/ledger/index.ts



// Lesson 113: the acknowledgment-ledger gate. Reads the active alarms, the append-only ledger and
// the evidence rows; decides go / conditional-go / no-go per release window.
const ledger = {
    name: 'ledger',
    lesson: 113,
    title: 'Acknowledgment-ledger gate',
    codes: codes/* LEDGER_CODES */.v,
    inputs: [
        {
            key: 'alarms',
            option: 'alarms',
            default: 'examples/alarms.csv',
            help: 'alarms CSV'
        },
        {
            key: 'ledger',
            option: 'ledger',
            default: 'examples/ack-ledger.csv',
            help: 'acknowledgment ledger CSV'
        },
        {
            key: 'evidence',
            option: 'evidence',
            default: 'examples/evidence.csv',
            help: 'evidence CSV'
        }
    ],
    policies: [
        {
            kind: 'ack-ledger',
            option: 'ledger-policy',
            default: 'policies/ack-ledger.yaml',
            help: 'acknowledgment-ledger policy'
        }
    ],
    families: [],
    stage: {
        name: 'ledger',
        outputs: LEDGER_OUTPUTS,
        reads: {
            inputs: ['alarms', 'ledger', 'evidence'],
            policies: ['ack-ledger']
        },
        run: async (settings, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(8486), __nccwpck_require__.e(1814), __nccwpck_require__.e(5201), __nccwpck_require__.e(4319)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5201))).runLedgerStage(settings, ctx)
    },
    commands: [validateLedgerCommand]
};

// EXTERNAL MODULE: ./src/lineage/codes.ts
var lineage_codes = __nccwpck_require__(407);
// EXTERNAL MODULE: ./src/lineage/family.ts
var lineage_family = __nccwpck_require__(8389);
;// CONCATENATED MODULE: ./src/lineage/outputs.ts
// The lineage stage's step outputs (action.yml declares the same names).
const LINEAGE_OUTPUTS = {
    'lineage-graph-file': 'Absolute path of lineage-graph.json, the lineage graph of the store at the commit the stage built it (lineage stage).',
    'lineage-snapshots-written': 'Number of windows whose lineage-graph snapshot was written by this run; 0 when the lineage is unchanged (lineage stage).',
    'lineage-blocking-defects': 'Number of lineage integrity defects (G1-G6) that fail the lane under the lineage policy and mode (lineage stage).'
};

;// CONCATENATED MODULE: ./src/lineage/commands.ts




// The lineage lesson's commands: `lineage graph|check|build|verify`, `trace chain|policy|signers|holds`
// and `audit --window`. Modules load when a command runs.
const AT = `      --at COMMIT|TIME    the moment to describe: a commit-ish, or a UTC time (the last commit
                          at or before it); default HEAD`;
const lineageCommand = (0,lesson/* defineCommand */.N)({
    name: 'lineage',
    summary: 'The lineage graph: build it from git history, check it (G1-G6), keep signed snapshots, verify them by rebuilding',
    usage: `Usage: release-evidence lineage graph [--window W] [--mermaid] [--at X] [--json] [options]
       release-evidence lineage check [--graph FILE] [--at X] [--json] [options]
       release-evidence lineage build [--key-file F] [options]
       release-evidence lineage verify [--json] [options]

graph   the lineage graph of the store at a commit: every revision of closure packets,
        strategy-approval packets, approvals and outcome reviews, and legal-hold records, with
        the policy versions (from the git history of policies/), signers and hold transitions
        they link to. --window: one window's part; --mermaid: as a Mermaid diagram.
check   runs the integrity validator (G1-G6) on the graph built at --at, or on --graph FILE
        (a graph or a snapshot; ids are normalized first). Exit 1 on a blocking defect.
build   writes lineage-graphs/{window}/graph-rNNN.json (+ .sig, validate-rNNN.log) for every
        window whose lineage changed since its last snapshot, signed with the pipeline key,
        one commit; an unchanged lineage writes nothing.
verify  rebuilds every snapshot at the commit it names and fails (LINEAGE_REBUILD_MISMATCH) when
        the rebuilt graph differs.

Options:
${AT}
      --graph FILE          check this graph instead of building one
      --window W            graph: one window
      --mermaid             graph: print the window's Mermaid diagram (needs --window)
      --key-file FILE       build: private key; default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        build: the keyring signer the key must belong to
      --store-branch NAME   build: branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${src_settings/* DEFAULT_GIT */.P.committerName})
      --committer-email E   (default: ${src_settings/* DEFAULT_GIT */.P.committerEmail})

Exit codes: 0 pass, 1 a blocking lineage defect (check) or a snapshot that does not verify,
2 cannot evaluate.`,
    options: {
        at: { type: 'string' },
        graph: { type: 'string' },
        window: { type: 'string' },
        mermaid: { type: 'boolean' },
        'key-file': { type: 'string' },
        'signer-id': { type: 'string' },
        'store-branch': { type: 'string' },
        'committer-name': { type: 'string' },
        'committer-email': { type: 'string' }
    },
    common: true,
    positionals: 1,
    async run(inv) {
        const what = inv.positionals[0];
        const v = inv.values;
        const settings = inv.settings(['lineage']);
        if (what === 'graph') {
            const [{ buildAt }, { windowSubgraph }, { renderLineageMermaid }, { normalizeId }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2163), __nccwpck_require__.e(7736), __nccwpck_require__.e(5449)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7736)), __nccwpck_require__.e(/* import() */ 209).then(__nccwpck_require__.bind(__nccwpck_require__, 209)), __nccwpck_require__.e(/* import() */ 2406).then(__nccwpck_require__.bind(__nccwpck_require__, 2406)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4598))]);
            const { graph } = await buildAt(settings, v.at);
            const window = v.window === undefined ? undefined : normalizeId(v.window, 'release_window_id');
            if (v.mermaid) {
                if (window === undefined)
                    throw new errors/* UserError */.yo({ code: 'USAGE', message: 'lineage graph --mermaid: say which window (--window W)' });
                inv.io.stdout(renderLineageMermaid(graph, window));
            }
            else
                inv.io.stdout(`${JSON.stringify(window === undefined ? graph : windowSubgraph(graph, window), null, 2)}\n`);
            return errors/* ExitCode */.yU.Pass;
        }
        if (what === 'check') {
            const { runCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2163), __nccwpck_require__.e(7736), __nccwpck_require__.e(5449)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7736));
            const r = await runCheck(settings, { graph: v.graph, at: v.at });
            if (v.json)
                inv.io.stdout(`${JSON.stringify({ file: r.file, commit: r.commit, nodes: r.graph.nodes.length, edges: r.graph.edges.length, blocking: r.blocking, defects: r.defects }, null, 2)}\n`);
            else {
                const lines = [`Lineage check of ${r.file ?? `the store at ${r.commit}`}: ${r.graph.nodes.length} nodes, ${r.graph.edges.length} edges; ${r.blocking === 0 ? 'PASS' : `FAIL (${r.blocking} blocking)`}`];
                for (const d of r.defects)
                    lines.push(`  ${d.severity} ${d.defect_code} ${d.subject}: ${d.detail}`);
                inv.io.stdout(`${lines.join('\n')}\n`);
            }
            return r.blocking > 0 ? errors/* ExitCode */.yU.PolicyFailure : errors/* ExitCode */.yU.Pass;
        }
        if (what === 'build') {
            const { buildSnapshots } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(2163), __nccwpck_require__.e(7736), __nccwpck_require__.e(9932)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9638));
            const phase = inv.io.progress?.phase('lineage build: snapshots');
            const r = await buildSnapshots({
                ...settings,
                signing: { signerId: v['signer-id'], keyFile: v['key-file'] === undefined ? undefined : (0,external_node_path_.resolve)(inv.cwd, v['key-file']) },
                git: { storeBranch: v['store-branch'], committerName: v['committer-name'] ?? src_settings/* DEFAULT_GIT */.P.committerName, committerEmail: v['committer-email'] ?? src_settings/* DEFAULT_GIT */.P.committerEmail }
            }, { env: inv.env });
            phase?.done();
            const { graph: _graph, ...shown } = r;
            if (v.json)
                inv.io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
            else
                inv.io.stdout(`Lineage snapshots at ${r.commit}: ${r.written ? `commit ${r.written}` : 'nothing changed, nothing written'}\n${r.windows.map((w) => `  ${w.release_window_id} ${w.revision} ${w.action}${w.blocking > 0 ? ` (${w.blocking} blocking)` : ''}`).join('\n')}\n`);
            return errors/* ExitCode */.yU.Pass;
        }
        if (what === 'verify') {
            const { verifyRegistered } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(3558), __nccwpck_require__.e(1508)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3558));
            const { LINEAGE_FAMILY } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8389));
            const r = await verifyRegistered(settings, inv.families.filter((f) => f.family.name === LINEAGE_FAMILY.name), { cache: false });
            const defects = r.defects.filter((d) => d.severity === 'blocking');
            if (v.json)
                inv.io.stdout(`${JSON.stringify({ blocking: defects.length, defects }, null, 2)}\n`);
            else
                inv.io.stdout(`Lineage snapshots: ${defects.length === 0 ? 'every snapshot rebuilds to what it says' : `${defects.length} blocking`}\n${defects.map((d) => `  ${d.defect_code} ${d.release_window_id}: ${d.detail}`).join('\n')}\n`);
            return defects.length > 0 ? errors/* ExitCode */.yU.PolicyFailure : errors/* ExitCode */.yU.Pass;
        }
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `lineage: say graph, check, build or verify; run 'release-evidence lineage --help'` });
    }
});
const traceCommand = (0,lesson/* defineCommand */.N)({
    name: 'trace',
    summary: 'Audit trace queries on the lineage graph at any moment (T1-T4)',
    usage: `Usage: release-evidence trace chain --packet-id ID [--at X] [--json] [options]
       release-evidence trace policy --window W [--at X] [--json] [options]
       release-evidence trace signers [--last 3] [--at X] [--json] [options]
       release-evidence trace holds --unresolved [--at X] [--json] [options]

chain    T1: the lineage chain of a packet id (or a chain id), oldest first: digest, supersedes,
         signer and key, signing time, the policies it was evaluated under (in force or not)
policy   T2: the policy versions that governed a window, and those that took effect during it
signers  T3: the signers of the last N windows (by first signing) and the signer transitions,
         with their context
holds    T4: hold activations with no release edge (--unresolved is the only selection)

Options:
${AT}
      --packet-id ID      chain: the packet id
      --window W          policy: the release window
      --last N            signers: how many windows (default 3)
      --unresolved        holds: active holds with no release (the default and only view)

Exit codes: 0 answered, 2 cannot evaluate.`,
    options: { at: { type: 'string' }, 'packet-id': { type: 'string' }, window: { type: 'string' }, last: { type: 'string' }, unresolved: { type: 'boolean' } },
    common: true,
    positionals: 1,
    async run(inv) {
        const what = inv.positionals[0];
        const v = inv.values;
        const { runTrace } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2163), __nccwpck_require__.e(7736), __nccwpck_require__.e(3212)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6796));
        const r = await runTrace(inv.settings(['lineage']), what, { at: v.at, packetId: v['packet-id'], window: v.window, last: v.last });
        inv.io.stdout(v.json ? `${JSON.stringify(r, null, 2)}\n` : r.text);
        return errors/* ExitCode */.yU.Pass;
    }
});
const auditCommand = (0,lesson/* defineCommand */.N)({
    name: 'audit',
    summary: "One page answering an auditor's question about a window: gate evidence, closure chain, holds and expiry, strategy approvals and outcome, policies and signers",
    usage: `Usage: release-evidence audit --window W [--at X] [--json] [options]

Everything the store says about one release window, on one page, each item with the commit that
published it and whether it verifies: the closure revisions and their chain (with what the
ledger gate left out), legal holds and the retention expiry, strategy-approval packets with their
approvals and outcome reviews, and the policies and signers in force. Read from git history at
--at (default HEAD); nothing is written.

Options:
      --window W          the release window (required)
${AT}

Exit codes: 0 answered, 2 cannot evaluate.`,
    options: { window: { type: 'string' }, at: { type: 'string' } },
    common: true,
    async run(inv) {
        if (inv.values.window === undefined)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: 'audit: --window is required' });
        const { runAudit, renderAudit } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2163), __nccwpck_require__.e(7736), __nccwpck_require__.e(369)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9762));
        const a = await runAudit(inv.settings(['lineage']), inv.values.window, inv.values.at);
        inv.io.stdout(inv.values.json ? `${JSON.stringify(a, null, 2)}\n` : renderAudit(a));
        return errors/* ExitCode */.yU.Pass;
    }
});

;// CONCATENATED MODULE: ./src/lineage/index.ts




// Lesson 116: the lineage graph. Every revision of the store's packet families, the policy
// versions and signers they were made under and the legal-hold transitions, linked from the
// store's own git history at any commit; validated (G1-G6), queried (T1-T4, audit), and kept as
// signed, write-once, reproducible snapshots under lineage-graphs/.
const lineage = {
    name: 'lineage',
    lesson: 116,
    title: 'Lineage graph',
    codes: lineage_codes/* LINEAGE_CODES */.P,
    inputs: [],
    policies: [{ kind: 'lineage', option: 'lineage-policy', default: 'policies/lineage.yaml', help: 'lineage graph rollout policy (report-only or enforce)' }],
    families: [
        {
            family: lineage_family.LINEAGE_FAMILY,
            // snapshots come with the lineage stage; a store without them verifies as before
            optional: true,
            // a snapshot is judged against a rebuild, so the builder's version is the verifier's too
            verifierVersion: `${lineage_family/* LINEAGE_VERIFIER_VERSION */.yB}+${lineage_family/* LINEAGE_BUILDER_VERSION */.TT}`,
            inspector: async (settings) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(2163), __nccwpck_require__.e(4777)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4107))).lineageInspector(settings)
        }
    ],
    stage: {
        name: 'lineage',
        outputs: LINEAGE_OUTPUTS,
        reads: { inputs: [], policies: ['lineage', 'keyring'] },
        run: async (settings, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(2163), __nccwpck_require__.e(7736), __nccwpck_require__.e(8136)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8278))).runLineageStage(settings, ctx)
    },
    commands: [lineageCommand, traceCommand, auditCommand]
};

// EXTERNAL MODULE: ./src/findings/codes.ts
var findings_codes = __nccwpck_require__(7388);
// EXTERNAL MODULE: ./src/report/table.ts
var table = __nccwpck_require__(790);
;// CONCATENATED MODULE: ./src/report/codes-command.ts



// `release-evidence codes` answers "what does this code mean" from the registry itself (passed in
// by the face: src/lessons.ts merges every lesson's codes). docs/reference/codes.md is generated
// from it.
/** Registry order: codes grouped by the stage that emits them, in the order stages first appear. */
function rows(codes) {
    const order = [];
    for (const info of Object.values(codes))
        if (!order.includes(info.stage))
            order.push(info.stage);
    return Object.entries(codes)
        .map(([code, info]) => [code, info.stage, info.severity, info.meaning])
        .sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function codesMarkdown(codes) {
    const esc = (s) => s.replace(/\|/g, '\\|');
    return [
        '| code | stage | severity | meaning |',
        '|---|---|---|---|',
        ...rows(codes).map(([code, stage, severity, meaning]) => `| \`${code}\` | ${stage} | ${severity} | ${esc(meaning)} |`)
    ].join('\n');
}
const codesCommand = (0,lesson/* defineCommand */.N)({
    name: 'codes',
    summary: 'list every defect code with its stage, severity and meaning',
    usage: `Usage: release-evidence codes [--markdown | --json] [CODE]

Prints the defect-code registry, or one code's entry.`,
    options: { markdown: { type: 'boolean' }, json: { type: 'boolean' } },
    common: false,
    positionals: 1,
    // eslint-disable-next-line @typescript-eslint/require-await -- CommandSpec.run returns a promise; nothing here waits
    async run({ values, positionals, codes, ...ctx }) {
        if (positionals.length > 0) {
            const code = positionals[0].toUpperCase();
            const info = codes[code];
            if (!info) {
                ctx.io.stderr(`release-evidence codes: unknown code '${code}'; run 'release-evidence codes' for the list\n`);
                return errors/* ExitCode */.yU.CannotEvaluate;
            }
            ctx.io.stdout(`${code} (${info.stage}, ${info.severity}): ${info.meaning}\n`);
            return errors/* ExitCode */.yU.Pass;
        }
        if (values.json)
            ctx.io.stdout(`${JSON.stringify(Object.fromEntries(rows(codes).map(([code, stage, severity, meaning]) => [code, { stage, severity, meaning }])), null, 2)}\n`);
        else if (values.markdown)
            ctx.io.stdout(`${codesMarkdown(codes)}\n`);
        else
            ctx.io.stdout(`${(0,table/* renderTable */.b)(['code', 'stage', 'severity', 'meaning'], rows(codes), { maxCell: 200 })}\n`);
        return errors/* ExitCode */.yU.Pass;
    }
});

;// CONCATENATED MODULE: ./src/report/index.ts


// Reporting as a registry entry: the CSV reader's codes and `release-evidence codes`.
const report = {
    name: 'report',
    lesson: null,
    title: 'Defect codes',
    codes: findings_codes/* INPUT_CODES */.i,
    inputs: [],
    policies: [],
    families: [],
    commands: [codesCommand]
};

;// CONCATENATED MODULE: ./src/retention/codes.ts
// Retention-stage defect codes (lesson 115). R1-R8 are the seed's fail matrix, each the finding of
// one validator check (V1-V6) on a retention index row; the others come from deriving the index
// (a policy that shortens retention) and from legal-hold records.
const RETENTION_CODES = {
    RETENTION_EXPIRY_MISSING: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'An index row has no retention_expiry_utc, or it is not canonical UTC (R1, V2).'
    },
    RETENTION_HOLD_PURGE_CONFLICT: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A row under an active legal hold is marked purge-eligible: a hold always overrides expiry (R2, V4).'
    },
    RETENTION_HOLD_INCOMPLETE: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A legal hold (an index row or a hold record) lacks its reason or its owner (R3, V3).'
    },
    RETENTION_SIGNATURE_UNVERIFIED: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'An index row says its revision\'s signature did not verify (R4, V1).'
    },
    RETENTION_STORAGE_MUTABLE: {
        stage: 'retention',
        severity: 'blocking',
        meaning: "A revision is not in the policy's immutable storage class: not committed, rewritten in history, edited in the working tree, or its storage_uri is not a git blob URI (R5, V5)."
    },
    RETENTION_LATEST_DUPLICATE: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'More than one index row of one series (family, release window) is marked latest (R6, V6).'
    },
    RETENTION_LATEST_MISSING: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'No index row of a series (family, release window) is marked latest (V6).'
    },
    RETENTION_PURGE_CANDIDATE: {
        stage: 'retention',
        severity: 'warning',
        meaning: 'The retention expiry has passed and no hold is active: the window is queued for an approval-required purge; nothing is deleted (R7).'
    },
    RETENTION_ROW_INVALID: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'An index row has a malformed column (hold state, boolean, revision) or the index lacks a required column.'
    },
    RETENTION_SHORTENED: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'The retention policy moves an already-stored expiry earlier; retention may be lengthened, never shortened.'
    },
    RETENTION_INDEX_STALE: {
        stage: 'retention',
        severity: 'warning',
        meaning: "An index row's last_verified_utc is older than the policy's index_refresh_interval."
    },
    HOLD_SIGNER_UNAUTHORIZED: {
        stage: 'retention',
        severity: 'blocking',
        meaning: "A legal-hold record is signed by a key whose keyring role is not one of the retention policy's hold_roles (or is a CI role)."
    },
    HOLD_RECORD_INVALID: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A legal-hold record is malformed: wrong action for its revision (r001 places, r002 releases), a changed hold id or window, or a bad timestamp.'
    },
    RETENTION_PURGE_HELD: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A purge was asked for a window under an active legal hold: the hold wins and nothing is planned or deleted.'
    },
    RETENTION_PURGE_NOT_EXPIRED: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A purge was asked for a window whose retention expiry has not passed; nothing is planned or deleted.'
    },
    PURGE_SIGNER_UNAUTHORIZED: {
        stage: 'retention',
        severity: 'blocking',
        meaning: "A purge approval is signed by a key whose role is not one of the retention policy's purge_roles (or is a CI role), or a tombstone by a key that is neither a purge nor a CI role."
    },
    PURGE_RECORD_INVALID: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A purge approval or tombstone is malformed: its purge id, targets hash, window, revision or digest does not match what it records, or the approver already approved this purge.'
    },
    PURGE_APPROVALS_INSUFFICIENT: {
        stage: 'retention',
        severity: 'blocking',
        meaning: 'A purge lacks two valid approvals by distinct keys and distinct signers with a purge role, each signed before the tombstone and its commit (one approver twice, the CI key, or an approval signed later does not count).'
    },
    PURGE_TOMBSTONE_MISMATCH: {
        stage: 'retention',
        severity: 'blocking',
        meaning: "A tombstone's targets were not removed, with the blobs it names, in the very commit that added it, or it names a family that can never be purged."
    },
    PURGE_APPLIED: {
        stage: 'retention',
        severity: 'info',
        meaning: 'Files were removed by a purge that verify accepts: a signed tombstone in the same commit, two approvals before it, expiry passed, no hold (the files stay in git history and clones).'
    }
};

// EXTERNAL MODULE: ./src/retention/commands.ts
var commands = __nccwpck_require__(8538);
// EXTERNAL MODULE: ./src/retention/family.ts
var retention_family = __nccwpck_require__(6096);
;// CONCATENATED MODULE: ./src/retention/outputs.ts
// The retention stage's step outputs (action.yml declares the same names).
const RETENTION_OUTPUTS = {
    'retention-index-file': 'Absolute path of retention-index.csv, one row per stored revision with its expiry, hold state and storage URI (retention stage).',
    'active-holds': 'Number of active legal holds in the store (retention stage).',
    'purge-candidates': 'Number of expired, unheld revisions queued for an approval-required purge; nothing is deleted (retention stage).',
    'retention-blocking-defects': 'Number of retention defects that block in the current mode (retention stage).'
};

;// CONCATENATED MODULE: ./src/retention/index.ts




// Lesson 115: retention expiry and legal hold for every signed revision in the store. The index is
// derived from the store at a commit; holds, purge approvals and purge tombstones are signed
// write-once records, packet families that `verify` checks like any other. The tombstone family
// is also the store's deletion authority: the only deletion verify accepts is a purge's.
const retention = {
    name: 'retention',
    lesson: 115,
    title: 'Retention and legal hold',
    codes: RETENTION_CODES,
    inputs: [],
    policies: [{ kind: 'retention', option: 'retention-policy', default: 'policies/retention.yaml', help: 'retention and legal-hold policy' }],
    families: [
        {
            family: retention_family/* HOLD_FAMILY */.d0,
            // a store without legal holds is the common case, and verify does not need the retention policy then
            optional: true,
            inspector: async (settings) => {
                const [{ holdInspector }, { loadRetentionTrust }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(3556), __nccwpck_require__.e(7081)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2777)), __nccwpck_require__.e(/* import() */ 9631).then(__nccwpck_require__.bind(__nccwpck_require__, 2012))]);
                return holdInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now);
            }
        },
        {
            family: retention_family/* APPROVAL_FAMILY */.pZ,
            optional: true,
            inspector: async (settings) => {
                const [{ approvalInspector }, { loadRetentionTrust }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7084)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6995)), __nccwpck_require__.e(/* import() */ 9631).then(__nccwpck_require__.bind(__nccwpck_require__, 2012))]);
                return approvalInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now);
            }
        },
        {
            family: retention_family/* TOMBSTONE_FAMILY */.Xx,
            optional: true,
            inspector: async (settings) => {
                const [{ tombstoneInspector }, { loadRetentionTrust }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7084)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6995)), __nccwpck_require__.e(/* import() */ 9631).then(__nccwpck_require__.bind(__nccwpck_require__, 2012))]);
                return tombstoneInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now);
            },
            // loaded only when verify has a deletion or a tombstone to judge
            deletionAuthority: (settings, families) => Promise.resolve({ judge: async (input) => (await (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(3556), __nccwpck_require__.e(6079), __nccwpck_require__.e(375), __nccwpck_require__.e(4484)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4641))).purgeAuthority(settings, families)).judge(input) })
        }
    ],
    stage: {
        name: 'retention',
        outputs: RETENTION_OUTPUTS,
        reads: { inputs: [], policies: ['retention', 'keyring'], families: true },
        run: async (settings, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(8486), __nccwpck_require__.e(8883), __nccwpck_require__.e(4941)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6372))).runRetentionStage(settings, ctx)
    },
    commands: [commands/* retentionCommand */.q, commands/* holdCommand */.V, commands.purgeCommand]
};

;// CONCATENATED MODULE: ./src/signing/codes.ts
// Why a signed document failed verification. Every kind (closure packets, index rows, lineage
// graphs, strategy packets) reports the same codes, so one runbook entry covers them all.
const VERIFY_CODES = {
    ENVELOPE_INVALID: 'The .sig file is not a DSSE envelope of base64 Ed25519 signatures (a single signed document carries exactly one).',
    PAYLOAD_TYPE_MISMATCH: 'The envelope was signed for another document kind (DSSE payloadType differs).',
    KEY_UNKNOWN: "The signature verifies under no keyring key, and the envelope's key id names none.",
    KEY_EXPIRED: 'The signing instant is at or after the key\'s valid_until_utc.',
    KEY_NOT_YET_VALID: "The signing instant is before the key's valid_from_utc.",
    SIGNATURE_INVALID: 'The Ed25519 signature does not verify over the DSSE pre-authentication encoding under the key the envelope or the document names.',
    DOCUMENT_INVALID: 'The signed payload or the .json file is not canonical JSON of an object with a signer block.',
    SIGNER_MISMATCH: "The document's signer block names a different key or signer than the envelope and keyring.",
    SIGNED_IN_FUTURE: 'The document claims a signing instant later than the verification instant.',
    PAYLOAD_MISMATCH: 'The .json file does not have the same content as the signed payload.',
    JSON_RENDERING_MISMATCH: 'The .json file has the signed content but not the exact bytes the tool wrote (reformatted or duplicate keys).'
};
// Why a set of signatures over one subject (dual approval, signer rosters) does not count a
// signature, or does not meet its requirement. A signature that fails a VERIFY_CODES check is
// reported with that code; these are the checks only a set has.
const SIGNATURE_SET_CODES = {
    SUBJECT_MISMATCH: 'A signed document in the set approves a different subject (or names none); its signatures do not count.',
    SIGNER_ROLE_NOT_ALLOWED: "The signer's keyring role is not one the requirement allows; the signature does not count.",
    SIGNATURE_DUPLICATE_KEY: 'One public key signed the subject more than once; it counts once, the earliest signature.',
    APPROVAL_THRESHOLD_UNMET: 'Fewer distinct signers (people, not keys) approved the subject than the requirement\'s threshold.',
    APPROVAL_ROLE_MISSING: 'A role the requirement names has no distinct signer of that role among the counted approvals.'
};
/** A duplicate changes no outcome (the key still counts once); everything else blocks. */
const WARNINGS = new Set(['SIGNATURE_DUPLICATE_KEY']);
const SIGNING_CODES = Object.fromEntries(Object.entries({ ...VERIFY_CODES, ...SIGNATURE_SET_CODES }).map(([code, meaning]) => [
    code,
    { stage: 'closure', severity: WARNINGS.has(code) ? 'warning' : 'blocking', meaning }
]));

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/options.ts
var options = __nccwpck_require__(8381);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __nccwpck_require__(4598);
// EXTERNAL MODULE: ./src/signing/ed25519.ts
var ed25519 = __nccwpck_require__(7478);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __nccwpck_require__(6043);
;// CONCATENATED MODULE: ./src/signing/keygen.ts


function describeNewKey(seed, signerId, role, validFrom, validUntil) {
    const publicKey = (0,ed25519/* rawPublicKey */.F7)((0,ed25519/* privateKeyFromSeed */.we)(seed));
    const publicKeyBase64 = publicKey.toString('base64');
    const keyFileText = [
        '# release-evidence Ed25519 signing key. PRIVATE: do not commit, share or log this file.',
        `# signer_id: ${signerId}`,
        `# public_key: ${publicKeyBase64}`,
        '# format: base64 of the 32-byte RFC 8032 seed (a PKCS8 PEM key is accepted too)',
        '# use: release-evidence ... --key-file <this file>, or the RELEASE_EVIDENCE_SIGNING_KEY secret',
        seed.toString('base64'),
        ''
    ].join('\n');
    return {
        keyFileText,
        publicKeyBase64,
        keyId: (0,ed25519/* keyIdOf */.yg)(publicKey),
        entry: { signer_id: signerId, public_key: publicKeyBase64, role, valid_from_utc: (0,time/* formatUtc */.ay)(validFrom), valid_until_utc: (0,time/* formatUtc */.ay)(validUntil) }
    };
}
/** The YAML list item to paste under `keys:` in policies/keyring.yaml. */
function keyringEntryYaml(e) {
    return [
        `  - signer_id: ${e.signer_id}`,
        `    public_key: ${e.public_key}`,
        `    role: ${e.role}`,
        `    valid_from_utc: ${e.valid_from_utc}`,
        `    valid_until_utc: ${e.valid_until_utc}`,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/signing/keygen-command.ts








const DAY_MS = 86_400_000;
const keygenCommand = (0,lesson/* defineCommand */.N)({
    name: 'keygen',
    summary: 'Create an Ed25519 signing key pair and print its keyring entry',
    usage: `Usage: release-evidence keygen [--signer-id ID] [--role ROLE] [--out-dir DIR] [--valid-days N]

Writes a new private signing key to DIR/<signer-id>.key (mode 0600, never overwritten) and prints
the public key and the entry to add under keys: in policies/keyring.yaml. The private key is never
printed. Store the file's content as the RELEASE_EVIDENCE_SIGNING_KEY secret (or pass --key-file).

Options:
      --signer-id ID    who signs (default: release-lane)
      --role ROLE       the signer's role in the keyring (default: release-lane)
      --out-dir DIR     where to write the key (default: $HOME/.config/release-evidence/keys)
      --valid-days N    keyring validity from now (default: 365)
      --now TIME        valid_from_utc, RFC 3339 (default: the clock)
      --json            print the public key and entry as JSON
  -h, --help            this help`,
    options: {
        'signer-id': { type: 'string' },
        role: { type: 'string' },
        'out-dir': { type: 'string' },
        'valid-days': { type: 'string' },
        now: { type: 'string' },
        json: { type: 'boolean' }
    },
    common: false,
    async run({ values, ...ctx }) {
        const signerId = (0,ids.normalizeId)(values['signer-id'] ?? 'release-lane', 'signer id');
        const role = (0,ids.normalizeId)(values.role ?? 'release-lane', 'role');
        const days = Number(values['valid-days'] ?? '365');
        if (!Number.isInteger(days) || days < 1 || days > 3660)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `keygen: --valid-days '${values['valid-days']}' must be a whole number of days from 1 to 3660` });
        const now = (0,options/* parseNow */.A7)(values.now, ctx.clock);
        const home = ctx.env.HOME ?? ctx.env.USERPROFILE;
        if (values['out-dir'] === undefined && !home)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: 'keygen: no HOME directory; pass --out-dir DIR' });
        const dir = values['out-dir'] !== undefined ? (0,external_node_path_.resolve)(ctx.cwd, values['out-dir']) : (0,external_node_path_.join)(home, '.config', 'release-evidence', 'keys');
        const key = describeNewKey((0,ed25519/* generateSeed */.be)(), signerId, role, now, now + days * DAY_MS);
        const path = (0,external_node_path_.join)(dir, `${signerId}.key`);
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            // 'wx' = O_CREAT|O_EXCL: never overwrite a key, and never follow a planted symlink.
            const handle = await (0,promises_.open)(path, 'wx', 0o600);
            try {
                await handle.writeFile(key.keyFileText, 'utf8');
            }
            finally {
                await handle.close();
            }
            await (0,promises_.chmod)(path, 0o600);
        }
        catch (err) {
            if (err.code === 'EEXIST') {
                throw new errors/* UserError */.yo({ code: 'USAGE', message: `keygen: ${path} already exists; a key is never overwritten; choose another --signer-id or --out-dir`, cause: err });
            }
            throw err;
        }
        const shown = (0,external_node_path_.relative)(ctx.cwd, path) || path;
        if (values.json) {
            ctx.io.stdout(`${JSON.stringify({ key_file: shown, key_id: key.keyId, keyring_entry: key.entry }, null, 2)}\n`);
        }
        else {
            ctx.io.stdout([
                `Wrote private key ${shown} (mode 0600). Keep it secret: store its content as the`,
                'RELEASE_EVIDENCE_SIGNING_KEY secret, or pass --key-file. It is not shown here.',
                '',
                `Public key: ${key.publicKeyBase64}`,
                `Key id:     ${key.keyId}`,
                '',
                'Add this entry under keys: in policies/keyring.yaml:',
                '',
                keyringEntryYaml(key.entry)
            ].join('\n'));
        }
        return errors/* ExitCode */.yU.Pass;
    }
});

;// CONCATENATED MODULE: ./src/signing/index.ts


// Signing as a registry entry: the keyring policy every signed family verifies under, its codes,
// and `keygen`.
const signing = {
    name: 'signing',
    lesson: null,
    title: 'Signing and the keyring',
    codes: SIGNING_CODES,
    inputs: [],
    policies: [{ kind: 'keyring', option: 'keyring', default: 'policies/keyring.yaml', help: 'trusted signer keys' }],
    families: [],
    commands: [keygenCommand]
};

// EXTERNAL MODULE: ./src/store/codes.ts
var store_codes = __nccwpck_require__(8703);
;// CONCATENATED MODULE: ./src/store/commands.ts


// The store's command: verify every registered packet family from git history.
const verifyCommand = (0,lesson/* defineCommand */.N)({
    name: 'verify',
    summary: 'Prove the store from git history: signatures, chain, write-once, completeness, for every packet family',
    usage: `Usage: release-evidence verify [--window W] [--since COMMIT] [--json] [--all] [--no-cache] [--allow-empty] [--allow-demo-key] [--shard I/N --out FILE] [options]
       release-evidence verify merge FILE... [--json] [--all] [--out FILE] [options]

Proves the store from the repository's history with native git: every revision's DSSE Ed25519
signature under the keyring, schema and required fields, signature_digest, the supersedes chain,
canonical UTC timestamps, the three files of every revision, one packet identity per file, and
that no commit ever modified or deleted a published file, for every registered packet family.
Needs the full history: a shallow clone is refused (run 'git fetch --unshallow', or use
fetch-depth: 0 in actions/checkout).

Re-verification is incremental: verdicts are cached under .git/release-evidence/ (never
committed), keyed by blob ids and the keyring/policy hashes, and MAC-protected. --no-cache
ignores the cache (an outside auditor's full proof).

History is never forgiven: a verifier remembers the tip it verified (per branch, in
.git/release-evidence/verified-tips, MAC-protected), and a later HEAD that does not descend from
it is STORE_HISTORY_REWRITTEN, naming every published path that vanished. --since pins such a
checkpoint explicitly (e.g. the verified-tip of the previous scheduled run).

Split across the jobs of a CI matrix: each job runs 'verify --shard I/N --json --out FILE' and
judges only its share of the windows (a stable hash of each window id; store-wide checks in
shard 1); a last job runs 'verify merge FILE...' over every shard's file. The merge exits 1
unless every shard 1..N is there exactly once, all over this checkout's store commit and the
merge's own pin, each covering exactly its windows, and every shard passed. See docs/store.md.

Options:
      --window W          only this release window
      --since COMMIT      HEAD must descend from this commit (hex id), else STORE_HISTORY_REWRITTEN
      --no-cache          verify everything from scratch; do not read or write the cache
      --allow-empty       an empty store passes (default: STORE_EMPTY)
      --allow-demo-key    revisions signed with the demo key are a warning (default: KEY_DEMO)
      --all               list every window (default above 20 windows: only those with problems)
      --shard I/N         judge only shard I of N (a matrix job); never reads or writes the cache
      --out FILE          also write the JSON result to FILE (a shard's result for verify merge)

Exit codes: 0 verified, 1 a defect was found (merge: also a missing, duplicate or inconsistent
shard), 2 cannot verify (shallow clone, not a repository, bad keyring or policy, a file that is
not a shard result).`,
    options: { window: { type: 'string' }, since: { type: 'string' }, 'no-cache': { type: 'boolean' }, 'allow-empty': { type: 'boolean' }, 'allow-demo-key': { type: 'boolean' }, all: { type: 'boolean' }, shard: { type: 'string' }, out: { type: 'string' } },
    common: true,
    positionals: Number.MAX_SAFE_INTEGER,
    async run(inv) {
        // Usage first: a mistyped option costs no module load.
        const base = inv.settings(['verify']);
        const [sub, ...files] = inv.positionals;
        if (sub === 'merge')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(3642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3642))).runMerge(inv, base, files);
        if (sub !== undefined)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `verify: unexpected argument '${sub.slice(0, 80)}'; the one subcommand is 'verify merge FILE...'; run 'release-evidence verify --help'` });
        const shard = inv.values.shard === undefined ? undefined : (await __nccwpck_require__.e(/* import() */ 7853).then(__nccwpck_require__.bind(__nccwpck_require__, 7853))).parseShard(inv.values.shard);
        if (shard && inv.values.window !== undefined)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: 'verify: --shard and --window do not combine; a shard judges its share of every window' });
        const [{ normalizeId }, { verifyRegistered }, { renderVerifyText }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4598)), Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(3558), __nccwpck_require__.e(1508)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3558)), Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(8629)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8629))]);
        const settings = { ...base, verify: { since: inv.values.since, allowEmpty: inv.values['allow-empty'] === true, allowDemoKey: inv.values['allow-demo-key'] === true } };
        const window = inv.values.window === undefined ? undefined : normalizeId(inv.values.window, '--window');
        const phase = inv.io.progress?.phase(shard ? `verify: shard ${shard.index}/${shard.count}` : 'verify: store');
        const result = await verifyRegistered(settings, inv.families, { window, cache: inv.values['no-cache'] !== true, shard, progress: inv.io.progress });
        phase?.done();
        if (inv.values.out !== undefined)
            await (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(3642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3642))).writeResult(inv.cwd, inv.values.out, result);
        inv.io.stdout(inv.values.json ? `${JSON.stringify(result, null, 2)}\n` : renderVerifyText(result, { all: inv.values.all === true }));
        return result.blocking === 0 ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.PolicyFailure;
    }
});

;// CONCATENATED MODULE: ./src/store/outputs.ts
// The verify stage's step outputs; action.yml documents each (a test keeps them equal).
const VERIFY_OUTPUTS = {
    verified: '`true` when the closure store verified without a blocking defect (verify stage).',
    'verify-defects-file': 'Absolute path of verify-defects.csv (verify stage).',
    'verified-tip': 'The commit the store verified at, empty when it did not verify: pass it as `since` to the next run (verify stage).'
};

// EXTERNAL MODULE: ./src/store/view-codes.ts
var view_codes = __nccwpck_require__(2075);
;// CONCATENATED MODULE: ./src/store/index.ts




// The store as a registry entry: it owns no family, but verifies every registered one (the
// `verify` command and the Action's verify stage, which runs after every lesson's stage).
const store = {
    name: 'store',
    lesson: null,
    title: 'Write-once store',
    codes: { ...store_codes/* STORE_CODES */.Z, ...view_codes/* VIEW_CODES */.H },
    inputs: [],
    policies: [],
    families: [],
    stage: {
        name: 'verify',
        outputs: VERIFY_OUTPUTS,
        reads: { inputs: [], policies: ['keyring'], families: true },
        run: async (settings, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(5149), __nccwpck_require__.e(3558), __nccwpck_require__.e(7799), __nccwpck_require__.e(5869)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8811))).runVerifyStage(settings, ctx)
    },
    commands: [verifyCommand]
};

// EXTERNAL MODULE: ./src/strategy/codes.ts
var strategy_codes = __nccwpck_require__(3719);
// EXTERNAL MODULE: ./src/strategy/commands.ts
var strategy_commands = __nccwpck_require__(7643);
// EXTERNAL MODULE: ./src/strategy/family.ts
var strategy_family = __nccwpck_require__(2405);
;// CONCATENATED MODULE: ./src/strategy/outputs.ts
// The strategy stage's step outputs; action.yml documents each (a test keeps them equal).
const STRATEGY_OUTPUTS = {
    'strategy-approved': '`true` when the latest revision of every strategy-approval packet in the store is approved (strategy stage).',
    'strategy-report-file': 'Absolute path of strategy-status.json, the approval panel of every window and cluster (strategy stage).'
};

;// CONCATENATED MODULE: ./src/strategy/index.ts




// Lesson 120: strategy-approval packets. Under strategy-approval/{window}/: one signed packet per
// mitigation-lane decision (packets/), one signed decision per signer (approvals/), the signed
// outcome review (outcome-reviews/) and divergence records (divergences/), each with its
// validation log (validation/); the approval state is read from git history. The packet family
// comes first: it is the one that reports a file none of the four names (store/layout.ts ownerOf).
const strategy = {
    name: 'strategy',
    lesson: 120,
    title: 'Strategy-approval packets',
    codes: strategy_codes/* STRATEGY_CODES */.p,
    inputs: [],
    policies: [{ kind: 'strategy-approval', option: 'strategy-policy', default: 'policies/strategy-approval.yaml', help: 'strategy-approval signer-traceability policy' }],
    families: [
        {
            family: strategy_family/* STRATEGY_FAMILY */.bj,
            optional: true,
            verifierVersion: strategy_family/* STRATEGY_VERIFIER_VERSION */.eW,
            inspector: async (settings) => {
                const { packetInspector, loadOptionalTrust } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(7525), __nccwpck_require__.e(5095)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2180));
                return packetInspector(await loadOptionalTrust(settings), settings.now);
            }
        },
        {
            family: strategy_family/* SIGNOFF_FAMILY */.mj,
            optional: true,
            verifierVersion: strategy_family/* STRATEGY_VERIFIER_VERSION */.eW,
            inspector: async (settings) => {
                const { signoffInspector, loadOptionalTrust, packetDigests } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(7525), __nccwpck_require__.e(5095)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2180));
                const trust = await loadOptionalTrust(settings);
                return signoffInspector(trust, settings.now, await packetDigests(settings, trust));
            }
        },
        {
            family: strategy_family/* OUTCOME_FAMILY */.WM,
            optional: true,
            verifierVersion: strategy_family/* STRATEGY_VERIFIER_VERSION */.eW,
            inspector: async (settings) => {
                const { outcomeInspector, loadOptionalTrust } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(7525), __nccwpck_require__.e(5095)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2180));
                return outcomeInspector(await loadOptionalTrust(settings), settings.now);
            }
        },
        {
            family: strategy_family/* DIVERGENCE_FAMILY */.uU,
            optional: true,
            verifierVersion: strategy_family/* STRATEGY_VERIFIER_VERSION */.eW,
            inspector: async (settings) => {
                const { divergenceInspector, loadOptionalTrust } = await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(7525), __nccwpck_require__.e(5095)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2180));
                return divergenceInspector(await loadOptionalTrust(settings), settings.now);
            }
        }
    ],
    stage: {
        name: 'strategy',
        outputs: STRATEGY_OUTPUTS,
        reads: { inputs: [], policies: ['strategy-approval', 'keyring'] },
        run: async (settings, ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(7525), __nccwpck_require__.e(8156), __nccwpck_require__.e(4254)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4291))).runStrategyStage(settings, ctx)
    },
    commands: [strategy_commands.strategyCommand]
};

// EXTERNAL MODULE: ./src/trust/codes.ts + 1 modules
var trust_codes = __nccwpck_require__(2349);
;// CONCATENATED MODULE: ./src/trust/commands.ts

// `release-evidence trust SUBCOMMAND`: the trust root's ceremony. The work is in ./ceremony.ts,
// imported when the command runs.
const trustCommand = (0,lesson/* defineCommand */.N)({
    name: 'trust',
    summary: 'Create, rotate, sign and publish the trust root (the signed keyring chain under trust/)',
    usage: `Usage: release-evidence trust SUBCOMMAND [FILE] [options]

The keyring as a signed, write-once chain in the store: trust/root/root-rNNN.json (+ .sig, .log).
Revision 1 is pinned by its sha256 (verify --trust-root); every later revision must be signed by
a threshold of the previous revision's root keys and a threshold of its own. See docs/trust-root.md.

Subcommands:
  migrate             today's keyring file -> revision 1, signed by every --root-key, committed
                      to the store branch; prints the pin (one command)
  draft               write the next revision, unsigned, to --out (revision 1 when there is none):
                      the keyring from --keyring (or the revision in force), root keys from
                      --root-key/--root-public-key (or the revision in force), --revoke ...
  sign FILE           add the signature of --key-file (a root key) to FILE's envelope (FILE.sig);
                      needs no repository: run it on the offline machine that holds the key
  publish FILE        verify FILE against the chain (thresholds, version, link) and commit it
  show                the chain at the store branch: revisions, digests, verdicts, the pin

Options:
      --keyring F                 keyring YAML to take signer keys from (migrate default: policies/keyring.yaml)
      --root-key NAME=FILE        a root key's private key file (migrate, draft: its public key); repeatable
      --root-public-key NAME=B64  a root key held elsewhere, by its public key (draft); repeatable
      --threshold N               distinct root keys needed (default: all root keys given, at most 2 for draft)
      --revoke ID                 revoke a signer key (its signer id or key id) in the draft; repeatable
      --revoked-at TIME           the revocation instant (default: --now)
      --reason TEXT               why the keys are revoked
      --tsa-cert FILE|none        pin this RFC 3161 TSA certificate (PEM: the TSA's or its CA's) in the
                                  draft, or drop the pin (default: the revision in force's; docs/trusted-time.md)
      --require-timestamp BOOL    true: every signature published under the revision needs a token
      --key-file FILE             the root key that signs (sign)
      --out FILE                  where draft writes (default: trust-draft-rNNN.json)
      --store-branch NAME         the store branch (default: the checked-out branch)
  -C, --repo DIR                  repository root (default: current directory)
      --now TIME                  the instant written and verified at, RFC 3339 (default: the clock)
      --json                      machine-readable output
  -h, --help                      this help

Exit codes: 0 done, 1 the revision does not verify against the chain, 2 usage or input error.`,
    options: {
        keyring: { type: 'string' },
        'root-key': { type: 'string', multiple: true },
        'root-public-key': { type: 'string', multiple: true },
        threshold: { type: 'string' },
        revoke: { type: 'string', multiple: true },
        'revoked-at': { type: 'string' },
        reason: { type: 'string' },
        'tsa-cert': { type: 'string' },
        'require-timestamp': { type: 'string' },
        'key-file': { type: 'string' },
        out: { type: 'string' },
        'store-branch': { type: 'string' },
        repo: { type: 'string', short: 'C' },
        now: { type: 'string' },
        json: { type: 'boolean' }
    },
    common: false,
    positionals: 2,
    async run(inv) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(1745), __nccwpck_require__.e(1936)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1936))).runTrust(inv);
    }
});

// EXTERNAL MODULE: ./src/trust/family.ts
var trust_family = __nccwpck_require__(2200);
;// CONCATENATED MODULE: ./src/trust/index.ts



// The trust root as a registry entry (machinery, no lesson): its family (trust/root/root-rNNN.*,
// proven write-once by the store and walked from the pin by its inspector), its codes and the
// `trust` command (init/migrate, rotate, sign, publish, show).
const trust = {
    name: 'trust',
    lesson: null,
    title: 'Trust root: the signed, pinned keyring',
    codes: trust_codes/* TRUST_CODES */.w,
    inputs: [],
    policies: [],
    families: [{ family: trust_family/* TRUST_FAMILY */.UW, optional: true, inspector: async (settings) => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(9432), __nccwpck_require__.e(4742), __nccwpck_require__.e(9062), __nccwpck_require__.e(7717), __nccwpck_require__.e(7391)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7391))).trustInspector(settings) }],
    commands: [trustCommand]
};

;// CONCATENATED MODULE: ./src/lessons.ts









// The one list. A lesson is a folder that exports a descriptor (src/lesson.ts); adding it here
// gives it its CLI commands, its Action stage, its policy kinds, its codes and, for a lesson that
// keeps a packet family, its place in `verify`. Only the faces (src/cli, src/main.ts, src/action)
// import this module; lessons and machinery never do.
/** The lessons, in the order their stages run. */
const LESSONS = [ledger, closure, strategy, retention, lineage];
/** Shared machinery with commands, codes or a stage of its own; store's verify stage runs last. */
const MACHINERY = [report, signing, trust, store];
const ALL = [...LESSONS, ...MACHINERY];
const STAGES = ALL.flatMap((l) => (l.stage ? [l.stage] : []));
const STAGE_NAMES = STAGES.map((s) => s.name);
/** CLI commands in help order: the lessons' first, then the machinery's. */
const COMMANDS = ALL.flatMap((l) => l.commands);
const FAMILIES = ALL.flatMap((l) => l.families);
const INPUTS = uniqueBy(ALL.flatMap((l) => l.inputs), (i) => i.key);
/** Policy options in --help order: the machinery's keyring after the lessons' own. */
const POLICIES = uniqueBy(ALL.flatMap((l) => l.policies), (p) => p.kind);
/** Every defect code, by code; the CSV reader's first. A code registered twice is a build error (a test). */
const DEFECT_CODES = Object.assign({}, report.codes, ...ALL.filter((l) => l !== report).map((l) => l.codes));
const CATALOG = { stages: STAGE_NAMES, inputs: INPUTS, policies: POLICIES };
/**
 * The policy kinds a stage reads, with verify's: the policies of every lesson that keeps a family
 * a store must have (an optional family, such as legal holds, loads its policy only if it is there).
 */
function stagePolicies(stage) {
    const kinds = new Set(stage.reads.policies);
    if (stage.reads.families)
        for (const l of ALL)
            if (l.families.some((f) => !f.optional))
                for (const p of l.policies)
                    kinds.add(p.kind);
    return POLICIES.map((p) => p.kind).filter((k) => kinds.has(k));
}
/** Registry entries with a clash (two codes, commands, stages, inputs or options of one name). */
function registryClashes(lessons = ALL) {
    const clashes = [];
    const seen = (what, names) => {
        const counts = new Map();
        for (const n of names)
            counts.set(n, (counts.get(n) ?? 0) + 1);
        for (const [n, c] of counts)
            if (c > 1)
                clashes.push(`${what} '${n}' is registered ${c} times`);
    };
    seen('code', lessons.flatMap((l) => Object.keys(l.codes)));
    seen('command', lessons.flatMap((l) => l.commands.map((c) => c.name)));
    seen('stage', lessons.flatMap((l) => (l.stage ? [l.stage.name] : [])));
    seen('option', [...lessons.flatMap((l) => l.inputs.map((i) => i.option)), ...lessons.flatMap((l) => l.policies.map((p) => p.option))]);
    seen('family', lessons.flatMap((l) => l.families.map((f) => f.family.name)));
    seen('output', lessons.flatMap((l) => Object.keys(l.stage?.outputs ?? {})));
    return clashes;
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((t) => !seen.has(key(t)) && (seen.add(key(t)), true));
}

// EXTERNAL MODULE: ./src/store/inspect-pool.ts
var inspect_pool = __nccwpck_require__(828);
;// CONCATENATED MODULE: ./src/cli/inspect-worker.ts



// The inspect worker's entry (bundled on its own as dist/inspect-worker/index.js): a second thread
// for a full verify's packet inspection (src/store/inspect-pool.ts). It is an entry point like the
// CLI, so it reads the family registry the way the faces do.
if (external_node_worker_threads_.parentPort)
    (0,inspect_pool/* serveInspections */.R3)(FAMILIES, external_node_worker_threads_.workerData, external_node_worker_threads_.parentPort);

