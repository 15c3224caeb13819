export const id = 797;
export const ids = [797,4964];
export const modules = {

/***/ 34078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertEventAllowed: () => (/* binding */ assertEventAllowed),
/* harmony export */   exportAndPublish: () => (/* binding */ exportAndPublish)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54565);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7799);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14031);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58750);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57326);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70269);









/** Step 1: a fork's pull request or pull_request_target never commits evidence (unless allowed). */
function assertEventAllowed(settings) {
    const p = settings.publish;
    if (!p?.event)
        return;
    const env = { GITHUB_EVENT_NAME: p.event.name || undefined, GITHUB_REPOSITORY: p.event.repository || undefined };
    (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertPublishAllowed */ .Sb)((0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assessPublishEvent */ .AS)({ env, event: p.event.payload, allowUnsafe: p.allowUnsafePrCommit }));
}
/**
 * Picks where the export starts (the remote tip, or the local branch ahead of it with unpushed
 * store commits: the retry after a failed push) and points the local branch there, never losing
 * a commit. Returns the local tip carried along, if any.
 */
async function prepareBranch(top, branch, remoteTip, ours, pushing = true) {
    const start = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .startingPoint */ .jb)({ dir: top, branch, remoteTip, storeRoots: [_family_js__WEBPACK_IMPORTED_MODULE_7__/* .CLOSURE_FAMILY */ .L.root], discardable: ours });
    const checkedOut = (await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top).currentBranch()) === branch;
    const which = checkedOut ? `the checked-out branch '${branch}'` : `the local store branch '${branch}'`;
    // Not pushing, a local branch ahead of the remote with other commits is simply where the
    // packets are built: it already descends from the published chain, and nothing is pushed.
    if ('kind' in start && start.kind === 'foreign-commits' && !pushing)
        return null;
    if ('kind' in start) {
        const fix = checkedOut ? "; or set the 'store-branch' input to a dedicated branch (e.g. release-evidence)" : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'REPO_INVALID',
            message: start.kind === 'diverged'
                ? `${which} and the remote's have diverged: each has commits the other lacks (${remoteTip?.slice(0, 12) ?? ''} on the remote), so the closure packets can be built on neither without dropping a commit. Fix: compare them (git log ${branch}...${remoteTip?.slice(0, 12) ?? ''}), then reset the local branch to the remote's or delete it${fix}`
                : `${which} has commits the remote does not have that change files outside ${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .CLOSURE_FAMILY */ .L.root}/ (${start.paths.slice(0, 3).join(', ')}${start.paths.length > 3 ? ', ...' : ''}); they are not store commits, so they are not pushed with the closure packets. Fix: push or drop them${fix}`
        });
    }
    // Carried commits may be dropped like our own when the remote moves under them: the rebuild re-exports their windows.
    if (start.carried !== null && remoteTip !== null)
        ours.add(start.carried);
    if (start.base === null)
        return null;
    const update = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .alignLocalBranch */ .rD)({ dir: top, branch, target: start.base, discardable: ours, moveCheckedOut: true });
    if (update === 'left-checked-out' || update === 'diverged') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'REPO_INVALID',
            message: `${which} could not be moved to ${start.base.slice(0, 12)} because local changes would be overwritten; commit or discard them${checkedOut ? ", or set the 'store-branch' input to a dedicated branch" : ''}`
        });
    }
    return start.carried;
}
/** `carried`: the local tip the export started from when it was ahead of the remote (pushed even if nothing new is written). */
function builtExport(r, baseOid, carried) {
    const written = r.windows.filter((w) => w.action === 'written');
    return {
        commitOid: written.at(-1)?.commitOid ?? carried,
        baseOid,
        files: written.flatMap((w) => (w.files ? [w.files.packet, w.files.signature, w.files.log] : [])),
        revision: written.map((w) => `${w.series.window}/${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(w.revision)}`).join(', ')
    };
}
function describeEvent(e) {
    switch (e.kind) {
        case 'rebuilt':
            return `rebuilt on ${e.tip ?? '(new branch)'}: ${e.commitOid ?? 'nothing to write'}`;
        case 'raced':
            return `another run pushed first (remote at ${e.remoteTip ?? '(deleted)'}); retrying in ${e.waitMs} ms`;
        case 'pushed':
            return `pushed ${e.commitOid} (attempt ${e.attempt})`;
        case 'unchanged':
            return 'the remote already holds this content; nothing to push';
    }
}
/**
 * The remote's tip of the store branch for a run that does not push: fetched when the clone has
 * a remote (its history whole), else the clone's tracking ref; null when there is none.
 */
async function remoteView(top, publish, token, branch, log) {
    const tracking = `refs/remotes/${publish.remote}/${branch}`;
    if (publish.url === null && (await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .configuredRemoteUrl */ .cZ)(top, publish.remote)) === null)
        return (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top).tryResolveRef(tracking);
    let target;
    try {
        target = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRemoteTarget */ .Gg)(top, { ...publish, token });
    }
    catch (err) {
        // Not pushing: a remote release-evidence cannot fetch from (a local path, ssh) is no reason to
        // refuse the export; it builds on what was last fetched, and says so.
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) || err.code !== 'INPUT_INVALID')
            throw err;
        log.warning(`The remote ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(publish.remote)} is not one release-evidence fetches from (https only); building on the local ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(branch)}.`);
        return null;
    }
    const sync = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .syncStoreBranch */ .H0)({ dir: top, target, branch });
    if (sync.deepened)
        log.info(`Fetched the full history of ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(branch)} (the clone was shallow).`);
    if (!sync.offline)
        return sync.remoteTip;
    log.warning(`The remote could not be reached (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(sync.offline.detail)}); building on the last fetched ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(branch)}.`);
    return (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top).tryResolveRef(tracking);
}
/** Exports (and, with `publish.push`, publishes) the closure packets; a failed push is returned, not thrown. */
async function exportAndPublish({ settings, gate, env, log, progress }) {
    assertEventAllowed(settings);
    const secrets = { input: settings.signing?.key?.reveal(), env };
    const push = settings.publish;
    if (!push)
        return { result: await (0,_export_js__WEBPACK_IMPORTED_MODULE_6__/* .exportClosure */ .a)({ settings, gate, secrets, progress }) };
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_5__/* .repoTopLevel */ .MS)(settings.workspace);
    const branch = settings.git?.storeBranch || (await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(top).currentBranch());
    if (!branch) {
        if (!push.push)
            return { result: await (0,_export_js__WEBPACK_IMPORTED_MODULE_6__/* .exportClosure */ .a)({ settings, gate, secrets, progress }) };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: "HEAD is detached (as on pull_request checkouts), so there is no branch to push the store to; set the 'store-branch' input (--store-branch)" });
    }
    const publish = (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePublishSettings */ .fy)(push.target);
    const pinned = { ...settings, git: { ...(settings.git ?? _settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_GIT */ .P), storeBranch: branch } };
    const ours = new Set();
    if (!push.push) {
        // Not pushing, but still building on the published chain: r002 on the remote's r001, never an orphan r001.
        const remote = await remoteView(top, publish, push.token, branch, log);
        await prepareBranch(top, branch, remote, ours, false);
        return { result: await (0,_export_js__WEBPACK_IMPORTED_MODULE_6__/* .exportClosure */ .a)({ settings: pinned, gate, secrets, progress }) };
    }
    const target = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRemoteTarget */ .Gg)(top, { ...publish, token: push.token });
    const sync = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .syncStoreBranch */ .H0)({ dir: top, target, branch });
    if (sync.deepened)
        log.info(`Fetched the full history of ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(branch)} (the clone was shallow).`);
    if (sync.offline)
        log.warning(`The remote could not be reached (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(sync.offline.detail)}); building on the local ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(branch)}.`);
    let result;
    const build = async (base) => {
        const carried = await prepareBranch(top, branch, base, ours);
        if (carried !== null && carried !== base)
            log.info(`The local ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(branch)} is ahead of the remote at ${carried}: its unpublished revisions are pushed with this export.`);
        result = await (0,_export_js__WEBPACK_IMPORTED_MODULE_6__/* .exportClosure */ .a)({ settings: pinned, gate, secrets, progress });
        for (const w of result.windows)
            if (w.commitOid)
                ours.add(w.commitOid);
        return builtExport(result, base, carried !== base ? carried : null);
    };
    const candidate = await build(sync.offline ? sync.baseOid : sync.remoteTip);
    try {
        const outcome = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .publishStore */ .RO)({
            dir: top,
            target,
            branch,
            candidate,
            rebuildOnTip: build,
            maxAttempts: publish.maxAttempts,
            onEvent: (e) => log.info(`Publish: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .logText */ .kc)(describeEvent(e))}`)
        });
        return { result: result, publish: outcome };
    }
    catch (err) {
        if (err instanceof _publish_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishFailedError */ .BG)
            return { result: result, publishError: err };
        throw err;
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
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54565);


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
