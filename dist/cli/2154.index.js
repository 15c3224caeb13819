export const id = 2154;
export const ids = [2154,7853,9077];
export const modules = {

/***/ 8290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeIndexShards: () => (/* binding */ mergeIndexShards),
/* harmony export */   parseIndexShard: () => (/* binding */ parseIndexShard),
/* harmony export */   shardRecord: () => (/* binding */ shardRecord),
/* harmony export */   windowFilter: () => (/* binding */ windowFilter),
/* harmony export */   windowsAt: () => (/* binding */ windowsAt)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3365);
/* harmony import */ var _store_shard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7853);
/* harmony import */ var _trust_family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2200);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6079);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6096);






/** The windows at `commit`: the folders under every retained family's root and the holds' root, sorted. */
async function windowsAt(repo, commit, families) {
    const roots = families.map((s) => s.family).filter((f) => ((0,_family_js__WEBPACK_IMPORTED_MODULE_5__/* .isRetained */ .dE)(f) && f.name !== _trust_family_js__WEBPACK_IMPORTED_MODULE_3__/* .TRUST_FAMILY */ .UW.name) || f.name === _family_js__WEBPACK_IMPORTED_MODULE_5__/* .HOLD_FAMILY */ .d0.name);
    const groups = await (0,_store_shard_js__WEBPACK_IMPORTED_MODULE_2__.groupsAt)(repo, commit, roots);
    return [...new Set(groups.flatMap((g) => g.groups))].sort();
}
/** The test a shard applies to a window id ('' is store-wide: shard 1). */
function windowFilter(spec) {
    return (window) => (0,_store_shard_js__WEBPACK_IMPORTED_MODULE_2__.shardOfGroup)(window, spec.count) === spec.index;
}
function shardRecord(args) {
    const mine = windowFilter(args.spec);
    return {
        assignment: _store_shard_js__WEBPACK_IMPORTED_MODULE_2__.SHARD_ASSIGNMENT,
        index: args.spec.index,
        count: args.spec.count,
        commit: args.index.commit,
        pin: args.pin,
        now: args.now,
        policy_sha256: args.index.policy_sha256,
        windows: args.windows.filter(mine)
    };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isStrings = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const hasWindows = (v) => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.release_window_id === 'string');
/** A shard file as the merge reads it (a job artifact: untrusted), its shape checked field by field. */
function parseIndexShard(name, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw notAShard(name, [{ file: name, message: `not JSON (${err.message})`, fix: 'pass the file written by retention index --shard I/N --out FILE' }]);
    }
    const r = isObject(doc) ? doc : {};
    const s = isObject(r.shard) ? r.shard : {};
    const i = isObject(r.index) ? r.index : {};
    const checks = [
        ['shard', isObject(r.shard), 'an object (was --shard given?)'],
        ['shard.assignment', s.assignment === _store_shard_js__WEBPACK_IMPORTED_MODULE_2__.SHARD_ASSIGNMENT, `'${_store_shard_js__WEBPACK_IMPORTED_MODULE_2__.SHARD_ASSIGNMENT}'`],
        ['shard.index', isCount(s.index), 'an integer >= 1'],
        ['shard.count', isCount(s.count), 'an integer >= 1'],
        ['shard.commit', typeof s.commit === 'string' && /^[0-9a-f]{40,64}$/.test(s.commit), 'a commit id'],
        ['shard.pin', typeof s.pin === 'string' && /^[0-9a-f]{64}$/.test(s.pin), 'a sha256 (64 hex digits)'],
        ['shard.now', typeof s.now === 'string', 'a UTC time'],
        ['shard.policy_sha256', typeof s.policy_sha256 === 'string', 'a sha256'],
        ['shard.windows', isStrings(s.windows), 'a list of window ids'],
        ['index', isObject(r.index), 'the shard part of a retention index'],
        ['index.commit', i.commit === s.commit, 'the shard commit'],
        ['index.policy_sha256', i.policy_sha256 === s.policy_sha256, 'the shard policy_sha256'],
        ['index.rows', hasWindows(i.rows), 'a list of index rows'],
        ['index.holds', hasWindows(i.holds), 'a list of holds'],
        ['index.defects', hasWindows(i.defects) && i.defects.every((d) => typeof d.defect_code === 'string' && typeof d.severity === 'string' && typeof d.subject === 'string'), 'a list of defects']
    ];
    const problems = checks.filter(([, ok]) => !ok).map(([field, , expected]) => ({ file: name, field, message: `expected ${expected}`, fix: 'pass the unedited file written by retention index --shard I/N --out FILE' }));
    if (problems.length > 0)
        throw notAShard(name, problems);
    return doc;
}
/**
 * The whole index from every shard's part, or exit 2 naming each inconsistency. `windows` are the
 * windows at `commit` as the merge listed them itself; `pin` is the merge's own.
 */
function mergeIndexShards(shards, expected) {
    const problems = [];
    const first = shards[0].shard.shard;
    const count = first.count;
    for (const { name, shard } of shards) {
        const s = shard.shard;
        for (const [field, got, want] of [
            ['shard.count', s.count, count],
            ['shard.commit', s.commit, expected.commit],
            ['shard.pin', s.pin, expected.pin],
            ['shard.now', s.now, first.now],
            ['shard.policy_sha256', s.policy_sha256, first.policy_sha256]
        ]) {
            if (got !== want)
                problems.push({ file: name, field, message: `is ${String(got)}, not ${String(want)}`, fix: 'run every shard over the same store commit, pin, retention policy and --now as this merge' });
        }
        if (s.index > count)
            problems.push({ file: name, field: 'shard.index', message: `${s.index} is more than the ${count} shards`, fix: 'pass the files of one matrix run' });
        const mine = windowFilter(s);
        const wanted = expected.windows.filter(mine);
        if (JSON.stringify(s.windows) !== JSON.stringify(wanted)) {
            problems.push({ file: name, field: 'shard.windows', message: `covers ${s.windows.length} window(s), but shard ${s.index}/${count} of this commit has ${wanted.length}`, fix: 're-run the shard over this commit; a shard must cover exactly its windows' });
        }
        const strays = [...shard.index.rows, ...shard.index.holds, ...shard.index.defects].filter((x) => !mine(x.release_window_id));
        if (strays.length > 0)
            problems.push({ file: name, field: 'index', message: `lists ${strays.length} entr(ies) of windows outside shard ${s.index}/${count}, e.g. '${strays[0].release_window_id}'`, fix: 'the file was edited; re-run the shard' });
    }
    const seen = new Map();
    for (const { name, shard } of shards) {
        const other = seen.get(shard.shard.index);
        if (other !== undefined)
            problems.push({ file: name, field: 'shard.index', message: `shard ${shard.shard.index} is also ${other}`, fix: 'pass each shard once' });
        seen.set(shard.shard.index, name);
    }
    const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !seen.has(k));
    if (missing.length > 0)
        problems.push({ file: shards[0].name, field: 'shard.count', message: `shard(s) ${missing.join(', ')} of ${count} are missing`, fix: 'pass the file of every shard of the matrix run' });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: 'retention merge: the shard files do not make one whole index', problems });
    const parts = shards.map((s) => s.shard.index);
    return {
        commit: expected.commit,
        generated_at_utc: first.now,
        policy_sha256: first.policy_sha256,
        rows: (0,_derive_js__WEBPACK_IMPORTED_MODULE_4__.sortRows)(parts.flatMap((p) => p.rows)),
        holds: (0,_derive_js__WEBPACK_IMPORTED_MODULE_4__.sortHolds)(parts.flatMap((p) => p.holds)),
        defects: (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDefects */ .XJ)(parts.flatMap((p) => p.defects))
    };
}
function notAShard(name, problems) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `retention merge: ${name} is not a shard file of retention index --shard`, problems });
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

/***/ 7853:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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
