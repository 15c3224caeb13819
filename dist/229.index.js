export const id = 229;
export const ids = [229,4964,7853,9628,5928];
export const modules = {

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

/***/ 13642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge),
  writeResult: () => (/* binding */ writeResult)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/trust/pin.ts
var trust_pin = __webpack_require__(29021);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/render.ts
var render = __webpack_require__(18629);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/store/codes.ts
var codes = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/store/shard.ts
var shard = __webpack_require__(77853);
;// CONCATENATED MODULE: ./src/store/shard-merge.ts



async function mergeShards(input) {
    const { shards, families } = input;
    const problems = [];
    const flag = (code, file, field, detail) => problems.push(shardDefect(code, file, field, detail));
    const [first] = shards;
    const ref = first.result.shard;
    const count = ref.count;
    const byIndex = new Map();
    for (const { name, result } of shards) {
        const s = result.shard;
        const assignment = s.assignment;
        if (assignment !== shard.SHARD_ASSIGNMENT)
            flag('STORE_SHARD_MISMATCH', name, 'shard.assignment', `assigned windows by '${assignment}', this release-evidence by '${shard.SHARD_ASSIGNMENT}': run one version in every job`);
        if (s.index > s.count)
            flag('STORE_SHARD_MISMATCH', name, 'shard.index', `is shard ${s.index}/${s.count}: no such shard`);
        if (s.count !== count)
            flag('STORE_SHARD_MISMATCH', name, 'shard.count', `is shard ${s.index}/${s.count}, but ${first.name} is ${ref.index}/${count}: one matrix run has one shard count`);
        if (s.commit !== input.commit)
            flag('STORE_SHARD_MISMATCH', name, 'shard.commit', `verified store commit ${s.commit ?? '(none)'}, but this checkout's store commit is ${input.commit ?? '(none)'}: shards and merge must run on one commit`);
        if (s.pin !== input.pin)
            flag('STORE_SHARD_MISMATCH', name, 'shard.pin', `judged under trust-root pin ${s.pin.slice(0, 16)}…, the merge is pinned to ${input.pin.slice(0, 16)}…`);
        const differs = ['since', 'allow_empty', 'allow_demo_key', 'store_branch', 'now'].filter((k) => s.options[k] !== ref.options[k]);
        if (differs.length > 0)
            flag('STORE_SHARD_MISMATCH', name, 'shard.options', `ran with other verdict options than ${first.name}: ${differs.join(', ')}`);
        if (s.store_wide !== (s.index === 1))
            flag('STORE_SHARD_COVERAGE', name, 'shard.store_wide', s.index === 1 ? 'shard 1 did not run the store-wide checks' : `shard ${s.index} claims the store-wide checks, which only shard 1 runs`);
        const other = byIndex.get(s.index);
        if (other !== undefined)
            flag('STORE_SHARD_DUPLICATE', name, 'shard.index', `is shard ${s.index}/${s.count}, as ${other} is`);
        else
            byIndex.set(s.index, name);
        const names = result.families.map((f) => f.family).join(',');
        const registered = families.map((f) => f.family.name).join(',');
        if (names !== registered)
            flag('STORE_SHARD_MISMATCH', name, 'families', `judged the families ${names}, this release-evidence registers ${registered}`);
    }
    for (let i = 1; i <= count; i++)
        if (!byIndex.has(i))
            flag('STORE_SHARD_MISSING', '', 'shard.index', `no result for shard ${i}/${count}: its windows were not judged`);
    // Coverage against the merge's own listing of the commit (only when there is one commit to list).
    if (input.commit !== null && shards.every((s) => s.result.shard.commit === input.commit)) {
        const all = await (0,shard.groupsAt)(input.repo, input.commit, families.map((f) => f.family));
        for (const { name, result } of shards) {
            const s = result.shard;
            if (s.index > count)
                continue;
            const want = (0,shard.assigned)(all, { index: s.index, count });
            if (!sameGroups(want, s.covered))
                flag('STORE_SHARD_COVERAGE', name, 'shard.covered', `does not list the windows shard ${s.index}/${count} is assigned at ${input.commit}: ${describeGap(want, s.covered)}`);
            const foreign = result.windows.filter((w) => (0,shard.shardOfGroup)(w.release_window_id, count) !== s.index);
            if (foreign.length > 0)
                flag('STORE_SHARD_COVERAGE', name, 'windows', `reports window(s) of another shard: ${foreign.slice(0, 5).map((w) => w.series).join(', ')}`);
        }
    }
    const windows = shards.flatMap((s) => s.result.windows);
    const verdicts = families.map((f) => sumFamily(f.family.name, f.family.root, shards.map((s) => s.result)));
    const store = [];
    if (!ref.options.allow_empty) {
        for (const [i, f] of families.entries())
            if (!f.optional && verdicts[i].windows === 0)
                store.push(emptyDefect(f.family.root, f.family.name, input.commit));
    }
    const defects = (0,defect/* sortDefects */.XJ)([...unionOf(shards.map((s) => s.result.defects)), ...store, ...problems]);
    const blocking = defects.filter((d) => d.severity === 'blocking').length;
    const consistent = problems.length === 0;
    const head = shards.find((s) => s.result.shard.index === 1)?.result ?? first.result;
    return {
        family: families.map((f) => f.family.name).join(','),
        root: families.map((f) => f.family.root).join(','),
        head: head.head,
        headOid: input.commit,
        windows: markWindows(windows, defects),
        defects,
        blocking,
        stats: {
            commits_scanned: Math.max(0, ...shards.map((s) => s.result.stats.commits_scanned)),
            packets: shards.reduce((n, s) => n + s.result.stats.packets, 0),
            packets_inspected: shards.reduce((n, s) => n + s.result.stats.packets_inspected, 0),
            cache: 'off'
        },
        families: verdicts,
        ...(head.trust ? { trust: head.trust } : {}),
        verifiedTip: blocking === 0 && consistent ? input.commit : null,
        merge: { shards: count, files: shards.map((s) => s.name), commit: input.commit, pin: input.pin, consistent }
    };
}
function shardDefect(code, file, field, detail) {
    const info = codes/* STORE_CODES */.Z[code];
    return { subject: file === '' ? 'shards' : file, defect_code: code, severity: info.severity, owner_role: info.owner_role, required_action: info.required_action, release_window_id: '', file, line: null, field, detail };
}
/**
 * The shards' defects as one list. A store-wide finding every shard makes alike (the trust root's
 * own, a deletion authority's) is counted once: each distinct defect appears as often as the
 * shard that lists it most often lists it, so no shard's finding is ever dropped.
 */
function unionOf(lists) {
    const most = new Map();
    for (const list of lists) {
        const here = new Map();
        for (const d of list) {
            const k = JSON.stringify([d.defect_code, d.severity, d.release_window_id, d.subject, d.file, d.line, d.field, d.detail]);
            const e = here.get(k);
            if (e)
                e.n++;
            else
                here.set(k, { d, n: 1 });
        }
        for (const [k, e] of here)
            if ((most.get(k)?.n ?? 0) < e.n)
                most.set(k, e);
    }
    return [...most.values()].flatMap(({ d, n }) => Array.from({ length: n }, () => d));
}
/** A window fails when any blocking defect names it, including a store-wide one shard 1 found. */
function markWindows(windows, defects) {
    const byWindow = new Map();
    for (const d of defects)
        if (d.severity === 'blocking')
            byWindow.set(d.release_window_id, [...(byWindow.get(d.release_window_id) ?? []), d]);
    return windows.map((w) => {
        const mine = (byWindow.get(w.release_window_id) ?? []).filter((d) => !d.subject.includes('@') || d.subject.startsWith(`${w.series}@`));
        return mine.length > 0 && w.ok ? { ...w, ok: false } : w;
    });
}
function sumFamily(family, root, results) {
    const parts = results.flatMap((r) => r.families.filter((f) => f.family === family));
    return { family, root, windows: parts.reduce((n, f) => n + f.windows, 0), revisions: parts.reduce((n, f) => n + f.revisions, 0), blocking: parts.reduce((n, f) => n + f.blocking, 0) };
}
function emptyDefect(root, family, commit) {
    const info = codes/* STORE_CODES */.Z.STORE_EMPTY;
    const detail = commit === null ? 'the repository has no commits' : `nothing is published under ${root}/ at ${commit}`;
    return { subject: `${root}/`, defect_code: 'STORE_EMPTY', severity: info.severity, owner_role: info.owner_role, required_action: info.required_action, release_window_id: '', file: `${root}/`, line: null, field: '', detail: `${detail} (family ${family}, in no shard); pass --allow-empty to every shard if that is expected` };
}
function sameGroups(a, b) {
    const key = (l) => JSON.stringify([...l].sort((x, y) => (x.root < y.root ? -1 : 1)).map((r) => [r.root, [...r.groups].sort()]));
    return key(a) === key(b);
}
function describeGap(want, got) {
    const flat = (l) => new Set(l.flatMap((r) => r.groups.map((g) => `${r.root}/${g}`)));
    const w = flat(want);
    const g = flat(got);
    const missing = [...w].filter((x) => !g.has(x));
    const extra = [...g].filter((x) => !w.has(x));
    const list = (xs) => `${xs.slice(0, 5).join(', ')}${xs.length > 5 ? ` and ${xs.length - 5} more` : ''}`;
    return [missing.length > 0 ? `missing ${list(missing)}` : '', extra.length > 0 ? `not its own ${list(extra)}` : ''].filter(Boolean).join('; ') || 'the roots differ';
}

;// CONCATENATED MODULE: ./src/store/shard-read.ts

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
function parseShardResult(file) {
    let doc;
    try {
        doc = JSON.parse(file.text);
    }
    catch (err) {
        throw invalid(file, [{ file: file.name, message: `not JSON (${err.message})`, fix: 'pass the file written by verify --shard i/n --json --out FILE' }]);
    }
    const r = isObject(doc) ? doc : {};
    const s = isObject(r.shard) ? r.shard : {};
    const o = isObject(s.options) ? s.options : {};
    const checks = [
        ['shard', isObject(r.shard), 'an object (the file is a whole-store result: was --shard given?)'],
        ['shard.assignment', typeof s.assignment === 'string', 'a string'],
        ['shard.index', isInt(s.index) && s.index >= 1, 'an integer >= 1'],
        ['shard.count', isInt(s.count) && s.count >= 1, 'an integer >= 1'],
        ['shard.commit', s.commit === null || (typeof s.commit === 'string' && /^[0-9a-f]{40,64}$/.test(s.commit)), 'a commit id or null'],
        ['shard.pin', typeof s.pin === 'string' && /^[0-9a-f]{64}$/.test(s.pin), 'a sha256 (64 hex digits)'],
        ['shard.options', isObject(s.options) && (o.since === null || typeof o.since === 'string') && typeof o.allow_empty === 'boolean' && typeof o.allow_demo_key === 'boolean' && typeof o.now === 'string', 'the verdict options'],
        ['shard.store_wide', typeof s.store_wide === 'boolean', 'true or false'],
        ['shard.covered', Array.isArray(s.covered) && s.covered.every((c) => isObject(c) && typeof c.root === 'string' && isStrings(c.groups)), 'a list of {root, groups}'],
        ['windows', Array.isArray(r.windows) && r.windows.every((w) => isObject(w) && typeof w.release_window_id === 'string' && typeof w.series === 'string' && typeof w.ok === 'boolean' && Array.isArray(w.revisions)), 'a list of window reports'],
        ['defects', Array.isArray(r.defects) && r.defects.every((d) => isObject(d) && typeof d.defect_code === 'string' && typeof d.severity === 'string' && typeof d.release_window_id === 'string' && typeof d.subject === 'string'), 'a list of defects'],
        ['blocking', isInt(r.blocking), 'a count'],
        ['families', Array.isArray(r.families) && r.families.every((f) => isObject(f) && typeof f.family === 'string' && isInt(f.windows) && isInt(f.revisions) && isInt(f.blocking)), 'a list of family verdicts'],
        ['stats', isObject(r.stats) && isInt(r.stats.commits_scanned) && isInt(r.stats.packets) && isInt(r.stats.packets_inspected), 'the run statistics']
    ];
    const problems = checks.filter(([, ok]) => !ok).map(([field, , expected]) => ({ file: file.name, field, message: `expected ${expected}`, fix: 'pass the unedited file written by verify --shard i/n --json --out FILE' }));
    if (problems.length > 0)
        throw invalid(file, problems);
    // The count of blocking defects is recomputed: a file's own total is never believed.
    const result = doc;
    const blocking = result.defects.filter((d) => d.severity === 'blocking').length;
    if (blocking !== result.blocking) {
        throw invalid(file, [{ file: file.name, field: 'blocking', message: `says ${result.blocking} but the file lists ${blocking} blocking defect(s)`, fix: 'the file was edited; re-run the shard' }]);
    }
    return result;
}
function invalid(file, problems) {
    return new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `verify merge: ${file.name} is not a shard result of verify --shard`, problems });
}

;// CONCATENATED MODULE: ./src/store/merge-command.ts









// `verify merge FILE...` and `--out FILE`: the face of a matrix run's last job. The merge reads
// no keyring and inspects no packet; it needs the pin and a checkout of the store commit (to list
// the windows there itself), and it judges the shard files it is given (shard-merge.ts).
async function runMerge(inv, settings, files) {
    if (files.length === 0)
        throw new errors/* UserError */.yo({ code: 'USAGE', message: "verify merge: no shard result given; pass every file written by 'verify --shard I/N --json --out FILE', e.g. verify merge shards/*.json" });
    // The pin first: without it no verdict is believed (exit 2, as for verify itself).
    const pin = await (0,trust_pin/* requirePin */.rC)(settings, 'verify merge');
    const phase = inv.io.progress?.phase('verify merge: shard results', files.length);
    const read = await Promise.all(files.map(async (name) => {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.resolve)(inv.cwd, name), 'utf8');
        }
        catch (err) {
            throw new errors/* UserError */.yo({ code: 'INPUT_UNREADABLE', message: `verify merge: cannot read ${name} (${err.code ?? 'error'}); pass the shard result files the matrix jobs uploaded`, cause: err });
        }
        phase?.tick();
        return { name, result: parseShardResult({ name, text }) };
    }));
    const facts = await (0,store_history/* repoFacts */.yQ)(settings.workspace);
    const commit = await storeCommit(facts.top, facts.head, settings.git?.storeBranch);
    const merged = await mergeShards({ shards: read, families: inv.families, repo: (0,git/* openRepository */.h_)(facts.top), pin, commit });
    phase?.done();
    if (inv.values.out !== undefined)
        await writeResult(inv.cwd, String(inv.values.out), merged);
    const head = `Merged ${merged.merge.shards} shard(s) (${read.length} file(s)): ${merged.merge.consistent ? 'consistent' : 'INCONSISTENT'}\n`;
    inv.io.stdout(inv.values.json ? `${JSON.stringify(merged, null, 2)}\n` : head + (0,render.renderVerifyText)(merged, { all: inv.values.all === true }));
    return merged.blocking === 0 ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.PolicyFailure;
}
/** The commit a verify in this checkout would prove: the store branch when one is named, else HEAD. */
async function storeCommit(top, head, branch) {
    if (!branch)
        return head;
    return (0,git/* openRepository */.h_)(top).tryResolveRef(`refs/heads/${branch}`);
}
/** Writes a verify result as JSON (a shard's artifact, or the merged verdict). */
async function writeResult(cwd, file, result) {
    try {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(cwd, file), `${JSON.stringify(result, null, 2)}\n`);
    }
    catch (err) {
        throw new errors/* UserError */.yo({ code: 'INPUT_UNREADABLE', message: `--out ${file}: cannot write the result (${err.code ?? 'error'}); give a writable path outside the store folders`, cause: err });
    }
}


/***/ }),

/***/ 18629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WINDOW_TABLE_LIMIT: () => (/* binding */ WINDOW_TABLE_LIMIT),
/* harmony export */   renderDefects: () => (/* binding */ renderDefects),
/* harmony export */   renderVerifyText: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);
/* harmony import */ var _trust_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30493);


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

/***/ 77853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SHARDS: () => (/* binding */ MAX_SHARDS),
/* harmony export */   SHARD_ASSIGNMENT: () => (/* binding */ SHARD_ASSIGNMENT),
/* harmony export */   assigned: () => (/* binding */ assigned),
/* harmony export */   groupsAt: () => (/* binding */ groupsAt),
/* harmony export */   inShard: () => (/* binding */ inShard),
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   shardOfGroup: () => (/* binding */ shardOfGroup)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// `verify --shard i/n`: the store split by window across the jobs of a CI matrix. A window (the
// folder under a family root, check.ts groupOf) belongs to one shard by a stable hash of its
// name, so every shard computes the same split on its own, whatever windows exist at the commit:
// a window deleted from HEAD, known only from history, is still judged by exactly one shard. The
// root's own files (group '') belong to shard 1. Each shard records what it ran over; the merge
// (shard-merge.ts) checks those records before it believes any verdict.
/** How windows are assigned; a merge refuses records made under another assignment. */
const SHARD_ASSIGNMENT = 'sha256-mod-v1';
/** At most this many shards: more jobs than this is a typo, not a plan. */
const MAX_SHARDS = 256;
/** Parses `--shard i/n` (1 <= i <= n); a usage error names the fix. */
function parseShard(text) {
    const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({
            code: 'USAGE',
            message: `--shard '${text.slice(0, 40)}' is not i/n with 1 <= i <= n <= ${MAX_SHARDS}; in a matrix job pass e.g. --shard \${{ matrix.shard }}/3 with shard: [1, 2, 3]`
        });
    }
    return { index, count };
}
/** The 1-based shard a window (group name) belongs to among `count`. */
function shardOfGroup(group, count) {
    if (group === '' || count === 1)
        return 1;
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(group, 'utf8').digest();
    return (h.readUInt32BE(0) % count) + 1;
}
/** True for the groups the shard judges. */
function inShard(spec) {
    return (group) => shardOfGroup(group, spec.count) === spec.index;
}
/** The window folders at `commit` under each distinct family root, sorted (one ls-tree). */
async function groupsAt(repo, commit, families) {
    const roots = [...new Set(families.map((f) => f.root))].sort();
    const byRoot = new Map(roots.map((r) => [r, []]));
    if (commit !== null) {
        for (const e of await repo.listFolder(commit, roots)) {
            if (e.type !== 'tree')
                continue;
            const slash = e.path.lastIndexOf('/');
            byRoot.get(e.path.slice(0, slash))?.push(e.path.slice(slash + 1));
        }
    }
    return roots.map((root) => ({ root, groups: byRoot.get(root).sort() }));
}
/** The part of `all` one shard is assigned. */
function assigned(all, spec) {
    const mine = inShard(spec);
    return all.map((r) => ({ root: r.root, groups: r.groups.filter(mine) }));
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
