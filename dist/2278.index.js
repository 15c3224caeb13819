export const id = 2278;
export const ids = [2278,4964,2583];
export const modules = {

/***/ 37386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ fetchCompleteHistory),
/* harmony export */   H0: () => (/* binding */ syncStoreBranch),
/* harmony export */   kX: () => (/* binding */ assertCompleteHistory)
/* harmony export */ });
/* unused harmony exports localBranchTip, shallowBoundariesReachable, shallowHistoryError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54565);
/* harmony import */ var _local_branch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96357);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21285);




/**
 * Brings the store branch's history into the clone before the store reads it: one ls-refs, then
 * a fetch of that branch (to full depth when the clone is shallow). Throws UserError
 * HISTORY_SHALLOW when the history stays cut off.
 */
async function syncStoreBranch({ dir, target, branch }) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir);
    const shallowBefore = await repo.shallowCommits();
    let tip;
    try {
        tip = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .remoteTip */ .W_)(target, branch);
        if (tip !== null)
            await fetchCompleteHistory({ dir, target, branch, tip });
    }
    catch (err) {
        const failure = (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyTransportError */ .EO)(err);
        if (failure === null)
            throw err;
        return offlineSync(dir, target, branch, shallowBefore, failure, err);
    }
    const after = await repo.shallowCommits();
    const deepened = shallowBefore.length > after.length;
    if (tip === null)
        return { remoteTip: null, baseOid: await localBranchTip(dir, target, branch), deepened, local: 'absent-on-remote' };
    // The store builds on refs/heads/<branch>: bring it to the tip so the first export is already right.
    const local = await (0,_local_branch_js__WEBPACK_IMPORTED_MODULE_2__/* .alignLocalBranch */ .r)({ dir, branch, target: tip, moveCheckedOut: false });
    return { remoteTip: tip, baseOid: tip, deepened, local };
}
/**
 * Fetches the branch so that the whole history of `tip` is in the clone. A plain fetch comes
 * first: a dedicated store branch shares no commits with the shallow code branch, so it arrives
 * complete and the code branch stays shallow. Only when the history still runs into a shallow
 * boundary is it fetched at full depth, which upload-pack treats as --unshallow (every shallow
 * boundary of the clone is lifted, as measured against git http-backend 2.39).
 * Throws HISTORY_SHALLOW if a boundary remains; transport errors are thrown as they are.
 */
async function fetchCompleteHistory(args) {
    const { dir, target, branch, tip } = args;
    const local = await localBranchTip(dir, target, branch);
    const shallow = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).shallowCommits();
    // When the local copy already runs into a boundary, the plain fetch would be wasted.
    const deepNow = shallow.length > 0 && local !== null && (await shallowBoundariesReachable(dir, local, shallow)).length > 0;
    await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(dir, target, branch, { fullDepth: deepNow });
    let cut = await shallowBoundariesReachable(dir, tip);
    if (cut.length > 0 && !deepNow) {
        await (0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchBranch */ .D_)(dir, target, branch, { fullDepth: true });
        cut = await shallowBoundariesReachable(dir, tip);
    }
    if (cut.length > 0)
        throw shallowHistoryError(branch, `${cut.length} shallow boundary commit(s) remain after fetching ${(0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(target.url)} to full depth`);
}
/** Without the remote, the local branch may still answer history questions if nothing cuts it off. */
async function offlineSync(dir, target, branch, shallow, failure, cause) {
    const local = await localBranchTip(dir, target, branch);
    const cut = local === null ? [] : await shallowBoundariesReachable(dir, local, shallow);
    if (cut.length > 0 || (local === null && shallow.length > 0)) {
        throw shallowHistoryError(branch, `the remote ${(0,_remote_js__WEBPACK_IMPORTED_MODULE_3__/* .redactUrl */ .BO)(target.url)} could not be reached to deepen it (${failure.detail})`, cause);
    }
    return { remoteTip: null, baseOid: local, deepened: false, local: 'offline', offline: failure };
}
/** The local view of the branch: the local branch if it exists, else the tracking ref. */
async function localBranchTip(dir, target, branch) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir);
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/${target.remote}/${branch}`]) {
        const oid = await repo.tryResolveRef(ref);
        if (oid !== null)
            return oid;
    }
    return null;
}
/** The shallow boundary commits that `tip`'s history runs into (empty: the history is complete). */
async function shallowBoundariesReachable(dir, tip, known) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir);
    const shallow = known ?? (await repo.shallowCommits());
    const cut = [];
    for (const oid of shallow)
        if (await repo.isAncestor(oid, tip))
            cut.push(oid);
    return cut;
}
/** Throws HISTORY_SHALLOW unless the history of `tip` is complete in this clone. */
async function assertCompleteHistory(dir, branch, tip) {
    const cut = await shallowBoundariesReachable(dir, tip);
    if (cut.length > 0)
        throw shallowHistoryError(branch, `its history stops at shallow commit ${cut[0]}`);
}
function shallowHistoryError(branch, why, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
        code: 'HISTORY_SHALLOW',
        message: `the history of store branch '${branch}' is cut off in this clone (a shallow checkout), and ${why}; ` +
            'a cut-off history cannot prove when a packet was added or that it was never rewritten',
        problems: [
            {
                file: '.git/shallow',
                message: 'shallow clone',
                fix: "set 'fetch-depth: 0' on actions/checkout (or run 'git fetch --unshallow' locally), then run again"
            }
        ],
        cause
    });
}


/***/ }),

/***/ 96357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ startingPoint),
/* harmony export */   r: () => (/* binding */ alignLocalBranch)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54565);

async function alignLocalBranch(args) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(args.dir);
    const ref = `refs/heads/${args.branch}`;
    const local = await repo.tryResolveRef(ref);
    if (local === args.target)
        return 'up-to-date';
    if (local !== null && !args.discardable?.has(local) && !(await repo.isAncestor(local, args.target)))
        return 'diverged';
    if ((await repo.currentBranch()) === args.branch) {
        if (!args.moveCheckedOut)
            return 'left-checked-out';
        return (await repo.resetKeep(args.target)) ? 'advanced' : 'left-checked-out';
    }
    // Compare-and-swap on the ref: a concurrent local writer makes this fail instead of being overwritten.
    if (!(await repo.updateRef(ref, args.target, local, 'release-evidence: align with remote')))
        return 'diverged';
    return local === null ? 'created' : 'advanced';
}
async function startingPoint(args) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(args.dir);
    const local = await repo.tryResolveRef(`refs/heads/${args.branch}`);
    const tip = args.remoteTip;
    if (local === null || local === tip || args.discardable?.has(local))
        return { base: tip, carried: null };
    // The remote has no such branch: the local one is published as it is, history and all.
    if (tip === null)
        return { base: local, carried: local };
    if (await repo.isAncestor(local, tip))
        return { base: tip, carried: null };
    if (!(await repo.isAncestor(tip, local)))
        return { kind: 'diverged' };
    const foreign = (await repo.changedPaths(tip, local)).filter((p) => !args.storeRoots.some((r) => p.startsWith(`${r}/`)));
    if (foreign.length > 0)
        return { kind: 'foreign-commits', paths: foreign };
    return { base: local, carried: local };
}


/***/ }),

/***/ 21285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pw: () => (/* binding */ authHeaders),
  cu: () => (/* binding */ checkRemoteUrl),
  EO: () => (/* binding */ classifyTransportError),
  cZ: () => (/* binding */ configuredRemoteUrl),
  D_: () => (/* binding */ fetchBranch),
  BO: () => (/* reexport */ redactUrl),
  W_: () => (/* binding */ remoteTip),
  Gg: () => (/* binding */ resolveRemoteTarget),
  wR: () => (/* binding */ timeout)
});

// UNUSED EXPORTS: FULL_DEPTH, trackingRef

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/publish/redact.ts
// How a remote URL may be shown: in messages, annotations, the job summary and logs, a URL's
// credentials never appear, whatever its shape. This is the one place that decides what the
// userinfo of a URL is, and everything that displays a remote URL goes through it.
//
// The rule: everything before the LAST `@` of the authority is userinfo, and is dropped.
//   - URLs with a scheme (https://, http://, ssh://, git://, git+ssh://): the authority runs
//     from `//` to the first / \ ? or #. A password may itself hold an `@` (user:a@b@host), so
//     the last `@` counts. If what precedes the first / \ ? # is no host[:port] (user:pa/ss@host,
//     a password with a slash in it), that delimiter was inside the password, and the userinfo
//     runs to the last `@` of the URL.
//   - scp-like remotes (user@host:path, user:secret@host:path): everything up to the last `@`.
//     An `@` in such a remote's path would be over-redacted, which shows less, never a secret.
//   - local paths (/srv/x.git, ./x, ../x, ~/x) hold no credentials and are shown as they are.
const SCHEME = /^([a-z][a-z0-9+.-]*:\/\/)/i;
const AUTHORITY_END = /[/\\?#]/;
const HOST_PORT = /^(?:\[[0-9a-f:.]*\]|[^:[\]]*)(?::\d*)?$/i;
/** The URL as it may be shown: any userinfo removed. */
function redactUrl(url) {
    const scheme = SCHEME.exec(url);
    if (scheme) {
        const prefix = scheme[1];
        const rest = url.slice(prefix.length);
        const end = searchOr(rest, AUTHORITY_END, rest.length);
        const authority = rest.slice(0, end);
        const at = authority.lastIndexOf('@');
        if (at !== -1)
            return prefix + rest.slice(at + 1);
        if (HOST_PORT.test(authority))
            return url;
        // no host[:port] before the first delimiter: a password holding / \ ? or #
        const last = rest.lastIndexOf('@');
        return last === -1 ? url : prefix + rest.slice(last + 1);
    }
    if (/^(?:\/|\.\.?(?:\/|$)|~)/.test(url))
        return url;
    const at = url.lastIndexOf('@');
    return at === -1 ? url : url.slice(at + 1);
}
/** Free text (an error message) with every URL-like word in it passed through redactUrl. */
function redactText(text) {
    return text.replace(/[a-z][a-z0-9+.-]*:\/\/\S*|\S*@\S*/gi, (word) => {
        // keep quotes, brackets and the punctuation that ends a clause out of the URL
        const lead = /^[(['"]*/.exec(word)[0];
        const trail = /[)\],;'"]*$/.exec(word.slice(lead.length))[0];
        return lead + redactUrl(word.slice(lead.length, word.length - trail.length)) + trail;
    });
}
function searchOr(text, re, fallback) {
    const k = text.search(re);
    return k === -1 ? fallback : k;
}

// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(54565);
;// CONCATENATED MODULE: ./src/publish/remote.ts



/** The largest depth git's protocol accepts: native `git fetch --unshallow` sends the same. */
const FULL_DEPTH = 2147483647;
function authHeaders(token) {
    if (token === null)
        return {};
    // GITHUB_TOKEN and GitHub App installation tokens authenticate as user x-access-token.
    const basic = Buffer.from(`x-access-token:${token.reveal()}`, 'utf8').toString('base64');
    return { Authorization: `Basic ${basic}` };
}

/**
 * Checks that the URL is one the in-process client can push to (http/https only) and carries no
 * credentials; a token inside a URL ends up in logs, so it must come through github-token.
 */
function checkRemoteUrl(raw, where) {
    const url = raw.trim();
    // user@host:path, also with a password in the user part (user:secret@host:path)
    const scpLike = !url.includes('://') && /^[^/]*@[^/@:]+:/.test(url);
    if (scpLike || /^(ssh|git|file):\/\//i.test(url) || url.startsWith('/') || url.startsWith('.')) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${where}: remote '${redactUrl(url)}' is not an http(s) URL; release-evidence pushes over HTTPS only (ssh, git:// and local paths are not supported)`,
            problems: [{ file: where, message: 'unsupported remote transport', fix: `use the https URL of the repository, e.g. ${httpsSuggestion(redactUrl(url))}` }]
        });
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `${where}: remote '${redactUrl(url)}' is not a valid URL; use e.g. https://github.com/OWNER/REPO.git` });
    }
    // Plain http would carry the token in clear text; it is accepted only on the loopback interface
    // (a local mirror or a test server), never across a network.
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: `${where}: remote '${redactUrl(url)}' must use https (the token must not travel in clear text)` });
    }
    if (parsed.username !== '' || parsed.password !== '') {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${where}: remote URL carries credentials; remove them from the URL and pass the token as the github-token input (or RELEASE_EVIDENCE_TOKEN for the CLI)`
        });
    }
    return url;
}
/** An https URL for the same repository as `url`, which must already be redacted (redactUrl). */
function httpsSuggestion(url) {
    const m = /^(?:ssh:\/\/)?(?:[\w.-]+@)?([\w.-]+)[:/](.+?)(?:\.git)?$/.exec(url);
    return m ? `https://${m[1]}/${m[2]}.git` : 'https://github.com/OWNER/REPO.git';
}
/** The URL configured for a local remote name, or null. */
async function configuredRemoteUrl(dir, remote) {
    const value = await (0,git/* openRepository */.h_)(dir).config(`remote.${remote}.url`);
    return value !== null && value.trim() !== '' ? value.trim() : null;
}
/** The remote's tip of a branch (one ls-refs round trip), or null when the branch does not exist. */
async function remoteTip(target, branch) {
    return (0,git/* remoteRefOid */.eG)({ url: target.url, headers: authHeaders(target.token), ...timeout(target) }, `refs/heads/${branch}`);
}
/**
 * Fetches one branch into refs/remotes/<remote>/<branch>. `fullDepth` removes the shallow
 * boundary for this branch's history (the in-process client has no unshallow flag; a depth this large
 * is what native git sends for --unshallow).
 */
async function fetchBranch(dir, target, branch, opts) {
    return (0,git/* openRepository */.h_)(dir).fetchBranch({
        url: target.url,
        headers: authHeaders(target.token),
        ...timeout(target),
        remote: target.remote,
        branch,
        trackingRef: trackingRef(target, branch),
        ...(opts.fullDepth ? { depth: FULL_DEPTH } : {})
    });
}
function timeout(target) {
    return target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {};
}
function trackingRef(target, branch) {
    return `refs/remotes/${target.remote}/${branch}`;
}
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED']);
/** Maps what the in-process git client or the socket threw to a kind the user can act on; null if not transport. */
function classifyTransportError(err) {
    const e = err;
    if (e?.code === 'HttpError' && typeof e.data?.statusCode === 'number') {
        const status = e.data.statusCode;
        const detail = `HTTP ${status} ${e.data.statusMessage ?? ''}`.trim();
        if (status === 401)
            return { kind: 'unauthorized', status, detail };
        if (status === 403)
            return { kind: 'forbidden', status, detail };
        if (status === 404)
            return { kind: 'not-found', status, detail };
        if (status >= 500)
            return { kind: 'server-error', status, detail };
        return { kind: 'protocol', status, detail };
    }
    // The HTTP client raises its own timeout as a plain Error with no code: a remote that stopped
    // answering is unreachable (exit 1 with the fix), not an internal error.
    if (e?.code === undefined && /^Request timed out$|^socket hang up$/.test(e?.message ?? ''))
        return { kind: 'unreachable', detail: e.message };
    if (e?.code !== undefined && UNREACHABLE_CODES.has(e.code))
        return { kind: 'unreachable', detail: `${e.code}: ${redactText(e.message ?? '')}` };
    if (e?.code === 'SmartHttpError' || e?.code === 'ParseError' || e?.code === 'EmptyServerResponseError' || e?.code === 'UnknownTransportError') {
        return { kind: 'protocol', detail: `${e.code}: ${redactText((e.message ?? '').split('\n')[0])}` };
    }
    return null;
}
/** The remote to publish to: the explicit URL, else the URL the clone has for `remote`. */
async function resolveRemoteTarget(dir, s) {
    const t = s.timeoutMs !== undefined ? { timeoutMs: s.timeoutMs } : {};
    if (s.url !== null)
        return { url: checkRemoteUrl(s.url, 'remote-url'), remote: s.remote, token: s.token, ...t };
    const configured = await configuredRemoteUrl(dir, s.remote);
    if (configured === null) {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the clone has no URL for remote '${s.remote}'; set the 'remote-url' input (or --remote-url) to the repository's https URL`
        });
    }
    return { url: checkRemoteUrl(configured, `remote '${s.remote}'`), remote: s.remote, token: s.token, ...t };
}


/***/ }),

/***/ 98811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_DEFECTS_FILE: () => (/* binding */ VERIFY_DEFECTS_FILE),
/* harmony export */   VERIFY_REPORT_FILE: () => (/* binding */ VERIFY_REPORT_FILE),
/* harmony export */   renderVerifySummary: () => (/* binding */ renderVerifySummary),
/* harmony export */   reportVerify: () => (/* binding */ reportVerify),
/* harmony export */   runVerifyStage: () => (/* binding */ runVerifyStage),
/* harmony export */   storeRefOf: () => (/* binding */ storeRefOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73365);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54565);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14031);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7799);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96581);
/* harmony import */ var _verify_all_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(63558);










const VERIFY_DEFECTS_FILE = 'verify-defects.csv';
const VERIFY_REPORT_FILE = 'store-verify.json';
function renderVerifySummary(r) {
    const verdict = r.blocking === 0 ? '✅ VERIFIED' : '⛔ FAILED';
    const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0);
    const rows = r.windows.map((w) => `| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCell */ .cz)(w.release_window_id)} | ${w.revisions.length} | ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCell */ .cz)(w.latest ?? '')} | ${w.ok ? 'yes' : '**no**'} |`);
    const table = rows.length > 0 ? `| Window | Revisions | Latest | OK |\n| --- | --- | --- | --- |\n${rows.slice(0, 200).join('\n')}\n${rows.length > 200 ? `\n_${rows.length - 200} more windows in ${VERIFY_REPORT_FILE}._\n` : ''}\n` : '';
    return (`## Closure store verification: ${verdict}\n\n` +
        `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(`${r.root}/`)} at ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.headOid ?? '(no commits)')}: ${r.windows.length} windows, ${revisions} revisions, ${r.blocking} blocking defects ` +
        `(${r.stats.commits_scanned} commits scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packets inspected, cache ${r.stats.cache}).\n\n` +
        (r.verifiedTip ? `Verified tip: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.verifiedTip)}: pass it as the \`since\` input of the next run, so a rewrite of the store is caught.\n\n` : '') +
        table);
}
async function reportVerify(result, settings) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    const defectsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, VERIFY_DEFECTS_FILE);
    const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, VERIFY_REPORT_FILE);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(defectsFile, (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .defectsToCsv */ .c7)(result.defects, 'subject'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportFile, `${JSON.stringify(result, null, 2)}\n`);
    const report = {
        stage: 'verify',
        subjectColumn: 'subject',
        defects: result.defects,
        blocks: (d) => d.severity === 'blocking',
        summaryHead: renderVerifySummary(result),
        summaryTail: '',
        files: [defectsFile, reportFile],
        defectsFile
    };
    const outcome = result.blocking > 0
        ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure, failure: `Closure store verification failed: ${result.blocking} blocking defect${result.blocking === 1 ? '' : 's'}; see the job summary.` }
        : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass };
    return { result, report, outputs: { verified: String(result.blocking === 0), 'verify-defects-file': defectsFile, 'verified-tip': result.verifiedTip ?? '' }, outcome };
}
/**
 * With a `store-branch`, the store is that branch as the remote holds it (fetched whole first),
 * not whatever is checked out: a scheduled re-verify of `main` would otherwise pass over nothing.
 * Without a remote (a local run, no remote-url) it is the clone's own branch.
 */
async function storeRefOf(settings, log) {
    const branch = settings.git?.storeBranch;
    if (!branch || !settings.publish)
        return undefined;
    const top = await (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .repoTopLevel */ .MS)(settings.workspace);
    const publish = (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePublishSettings */ .fy)(settings.publish.target);
    if (publish.url === null && (await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .configuredRemoteUrl */ .cZ)(top, publish.remote)) === null) {
        log.warning(`The clone has no remote '${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(publish.remote)}' and no remote-url is set: verifying the local branch ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(branch)}, not a published copy.`);
        return { branch, oid: await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(top).tryResolveRef(`refs/heads/${branch}`), source: 'this clone (no remote configured)' };
    }
    const target = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRemoteTarget */ .Gg)(top, { ...publish, token: settings.publish.token });
    const tip = await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchStoreTip */ .T1)({ dir: top, target, branch });
    if (tip.unpublished)
        log.warning(`Verifying the local ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(branch)} at ${tip.oid}: it has revisions ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(tip.source)} does not have yet (not pushed).`);
    else if (tip.oid !== null)
        log.info(`Verifying store branch ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(branch)} at ${tip.oid}, as fetched from ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .logText */ .kc)(tip.source)}.`);
    return { branch, oid: tip.oid, source: tip.source };
}
async function runVerifyStage(settings, ctx) {
    const at = await storeRefOf(settings, ctx.log);
    const r = await reportVerify(await (0,_verify_all_js__WEBPACK_IMPORTED_MODULE_8__.verifyRegistered)(settings, ctx.families, { cache: true, ...(at ? { at } : {}) }), settings);
    ctx.log.info(`Store verification: ${r.result.blocking === 0 ? 'verified' : `${r.result.blocking} blocking defects`}`);
    return r;
}


/***/ }),

/***/ 46692:
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
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59077);



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

/***/ 13132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ judgeTimestamps),
  $: () => (/* binding */ prelistSignatures)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(54565);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(90870);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/timestamp/verify.ts
var verify = __webpack_require__(91899);
;// CONCATENATED MODULE: ./src/timestamp/time.ts

/**
 * The instant validity must be judged at, for one signature (its raw bytes, as stamped).
 * A token that is present but does not verify is a failure, never a quiet fallback to the claim.
 */
async function signatureTime(signatureBytes, token, pinnedTsa, signedAtClaim, { toleranceMs = 5 * 60_000 } = {}) {
    if (token === undefined)
        return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-token' };
    if (pinnedTsa === undefined)
        return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-pinned-tsa' };
    const verified = await (0,verify/* verifyTimestamp */.W)(token, signatureBytes, pinnedTsa);
    if (!verified.ok)
        return { ok: false, code: verified.code, message: verified.message, claimedAt: signedAtClaim };
    if (signedAtClaim > verified.genTime + toleranceMs) {
        return {
            ok: false,
            code: 'TIMESTAMP_CLAIM_AFTER_TSA',
            message: `the document says it was signed at ${new Date(signedAtClaim).toISOString()}, after the TSA stamped its signature at ${verified.genTimeText}`,
            claimedAt: signedAtClaim
        };
    }
    return { ok: true, source: 'tsa', at: verified.genTime, claimedAt: signedAtClaim, tsa: verified.tsa, token: verified };
}

// EXTERNAL MODULE: ./src/util/time.ts
var util_time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/trust/family.ts
var family = __webpack_require__(62200);
;// CONCATENATED MODULE: ./src/trust/timestamps.ts







// The listing judgeTimestamps needs, started early by verify (prelistSignatures) so that it runs
// while the families are checked instead of after them. Keyed by repository and commit id (a
// commit names its tree for good); used only when its roots cover every root asked for: lookups
// are by exact path, so a listing of wider folders answers them alike.
const prelisted = new Map();
/** Starts listing `roots` (every folder a signature may live in) at `commit`, for a later judgeTimestamps. */
function prelistSignatures(top, commit, roots) {
    if (prelisted.size >= 8)
        prelisted.clear();
    const files = (0,git/* openRepository */.h_)(top).listTree(commit, roots);
    files.catch(() => undefined);
    prelisted.set(`${top}\0${commit}`, { roots, files });
}
function listingFor(repo, top, commit, roots) {
    const pre = prelisted.get(`${top}\0${commit}`);
    const covered = pre !== undefined && roots.every((r) => pre.roots.some((p) => r === p || r.startsWith(`${p}/`)));
    return covered ? pre.files : repo.listTree(commit, roots);
}
async function judgeTimestamps(top, chain, keyring, windows, added) {
    const judgement = { verified: 0, tokens: 0 };
    const commit = chain.commit;
    if (commit === null)
        return { windows, judgement };
    const candidates = [];
    for (const w of windows) {
        for (const rev of w.revisions) {
            const sigPath = rev.files.signature;
            if (sigPath === null || sigPath.startsWith(`${family/* TRUST_FAMILY */.UW.root}/`))
                continue;
            candidates.push({ w, rev, sigPath, tsrPath: (0,layout/* timestampPath */.y2)(sigPath) });
        }
    }
    if (candidates.length === 0)
        return { windows, judgement };
    const repo = (0,git/* openRepository */.h_)(top);
    // One listing of the family roots holding signatures (a signature lives at {root}/{window}/{name}).
    const roots = [...new Set(candidates.map((c) => c.sigPath.split('/').slice(0, -2).join('/')))].filter((r) => r !== '');
    const listed = await listingFor(repo, top, commit, roots);
    const oids = new Map(listed.map((f) => [f.path, f.oid]));
    const withToken = candidates.filter((c) => oids.has(c.tsrPath));
    const failed = new Map();
    const fail = (c, d) => failed.set(subjectOf(c), [...(failed.get(subjectOf(c)) ?? []), d]);
    if (keyring.tsa?.requireToken)
        await requireTokens(repo, chain, candidates, oids, fail);
    if (withToken.length > 0) {
        judgement.tokens = withToken.length;
        const blobs = await repo.readBlobs(withToken.flatMap((c) => [oids.get(c.tsrPath), oids.get(c.sigPath)].filter((o) => o !== undefined)));
        for (const c of withToken) {
            const token = blobs.get(oids.get(c.tsrPath));
            if (!keyring.tsa) {
                added.push(defect('TIMESTAMP_UNPINNED', c, c.tsrPath, `${c.tsrPath} is a timestamp token, but the trust root in force pins no TSA certificate: it is not checked and proves nothing; the signer's claim (${c.rev.signed_at_utc ?? 'unknown'}) is used`));
                continue;
            }
            const sigOid = oids.get(c.sigPath);
            const envelope = sigOid ? blobs.get(sigOid) : undefined;
            const d = await judgeToken(c, token, envelope, keyring);
            if (d)
                fail(c, d);
            else
                judgement.verified++;
        }
    }
    if (failed.size === 0)
        return { windows, judgement };
    for (const ds of failed.values())
        added.push(...ds);
    const out = windows.map((w) => {
        if (!w.revisions.some((r) => failed.has(`${w.series}@${r.revision}`)))
            return w;
        return { ...w, ok: false, revisions: w.revisions.map((r) => (failed.has(`${w.series}@${r.revision}`) ? { ...r, ok: false } : r)) };
    });
    return { windows: out, judgement };
}
/** A token's verdict: null when it verifies and the stamped key was valid and unrevoked at genTime. */
async function judgeToken(c, token, envelope, keyring) {
    const parsed = envelope ? (0,dsse/* parseEnvelope */.mE)(envelope) : undefined;
    const first = parsed?.ok ? parsed.envelope.signatures[0] : undefined;
    const sigBytes = first ? (0,dsse/* decodeBase64 */.y4)(first.sig) : undefined;
    if (!parsed?.ok || !sigBytes)
        return null; // the unreadable envelope is the family's own finding
    const claimed = c.rev.signed_at_utc === null ? NaN : Date.parse(c.rev.signed_at_utc);
    const time = await signatureTime(sigBytes, token, keyring.tsa.pinned, Number.isFinite(claimed) ? claimed : Number.NEGATIVE_INFINITY);
    if (!time.ok)
        return defect(time.code, c, c.tsrPath, `${c.tsrPath}: ${time.message}; the token does not vouch for ${c.sigPath}, so its signature fails`);
    if (time.source !== 'tsa')
        return null;
    // The key that made the stamped signature: the one it verifies under, never the envelope's keyid hint.
    const message = (0,dsse/* pae */.Zg)(parsed.envelope.payloadType, parsed.payload);
    const key = keyring.keys.find((k) => verifies(k, message, sigBytes));
    if (!key)
        return null; // no trusted key made it: the family's KEY_UNKNOWN / SIGNATURE_INVALID
    const at = time.at;
    const revoked = keyring.revocations.find((r) => r.keyId === key.keyId && at >= r.at);
    if (revoked) {
        return defect('KEY_REVOKED', c, c.sigPath, `signed by the key of '${key.signerId}' (${key.keyId.slice(0, 16)}), revoked at ${(0,util_time/* formatUtc */.ay)(revoked.at)}${revoked.reason ? ` (${revoked.reason})` : ''}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after the revocation, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`);
    }
    if (at >= key.validUntil) {
        return defect('TIMESTAMP_KEY_EXPIRED', c, c.sigPath, `the key of '${key.signerId}' (${key.keyId.slice(0, 16)}) is valid until ${(0,util_time/* formatUtc */.ay)(key.validUntil)}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after it expired, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`);
    }
    return null;
}
function verifies(key, message, sig) {
    try {
        return (0,external_node_crypto_.verify)(null, message, key.key, sig);
    }
    catch {
        return false;
    }
}
/** TIMESTAMP_MISSING for signed revisions without a token, published under a revision that requires one. */
async function requireTokens(repo, chain, candidates, oids, fail) {
    // The commit that first published a trusted revision requiring tokens: what descends from it is under the rule.
    const since = chain.revisions.find((r) => r.trusted && r.doc?.tsa?.require_token === true && r.publishedIn !== undefined)?.publishedIn;
    if (since === undefined)
        return;
    for (const c of candidates) {
        if (oids.has(c.tsrPath) || !oids.has(c.sigPath) || c.rev.published_in === null)
            continue;
        if (!(await repo.isAncestor(since, c.rev.published_in)))
            continue;
        fail(c, defect('TIMESTAMP_MISSING', c, c.sigPath, `${c.sigPath} has no timestamp token (${c.tsrPath}); the trust root requires one for every signature published since ${since.slice(0, 12)}`));
    }
}
function subjectOf(c) {
    return `${c.w.series}@${c.rev.revision}`;
}
function defect(code, c, file, detail) {
    const blocking = code !== 'TIMESTAMP_UNPINNED';
    return {
        subject: subjectOf(c),
        defect_code: code,
        severity: blocking ? 'blocking' : 'warning',
        owner_role: 'repository-admin',
        required_action: blocking
            ? 're-sign the window with a key in force and export a new revision with a token from the pinned TSA; investigate who published this signature'
            : 'pin the TSA certificate in the trust root (trust draft --tsa-cert) so tokens are checked, or stop configuring a TSA URL',
        release_window_id: c.w.release_window_id,
        file,
        line: null,
        field: code === 'TIMESTAMP_MISSING' || code === 'TIMESTAMP_UNPINNED' ? 'timestamp' : 'signer',
        detail
    };
}


/***/ }),

/***/ 30493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTrustLine),
/* harmony export */   d: () => (/* binding */ applyTrust)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54565);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76043);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86599);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2349);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62200);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34663);
/* harmony import */ var _timestamps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13132);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29021);










function tsaSummary(chain) {
    const tsa = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .tsaOfChain */ .He)(chain);
    return tsa ? { subject: tsa.pinned.cert.subject.replace(/\n/g, ', '), sha256: tsa.pinned.sha256, require_token: tsa.requireToken } : null;
}
async function applyTrust(settings, result) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_8__/* .requirePin */ .rC)(settings, 'verify');
    const top = (0,_pin_js__WEBPACK_IMPORTED_MODULE_8__/* .knownRepo */ .Eh)(settings)?.top ?? (await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_1__/* .repoTopLevel */ .MS)(settings.workspace));
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .readChain */ .U)(top, result.headOid, pin, settings.now);
    const added = [];
    if (chain.rootProblem && !result.defects.some((d) => d.defect_code === chain.rootProblem.code)) {
        added.push(defect(chain.rootProblem.code, { subject: 'trust-root', window: 'root', file: chain.rootProblem.code === 'TRUST_ROOT_MISSING' ? '' : 'trust/root/root-r001.sig', field: '', detail: chain.rootProblem.detail }));
    }
    const revoked = await markRevoked(top, chain, result.windows, added);
    // Trusted time: tokens beside signatures, judged against the TSA the trust root pins (timestamps.ts).
    const stamped = [];
    const { windows, judgement } = await (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeTimestamps */ .j)(top, chain, (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .keyringOfChain */ .YZ)(chain), revoked, stamped);
    const known = new Set(added.map((d) => `${d.defect_code}\0${d.subject}`));
    added.push(...stamped.filter((d) => !known.has(`${d.defect_code}\0${d.subject}`)));
    const defects = [...result.defects, ...added];
    const summary = {
        pinned: true,
        pin,
        revision: chain.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(chain.inForce.revision) : null,
        keyring: chain.inForce ? `${chain.inForce.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(chain.inForce.revision)}, pinned)` : 'none: no trust-root revision verifies from the pin',
        timestamps: { tsa: tsaSummary(chain), tokens: judgement.tokens, verified: judgement.verified }
    };
    return { ...result, windows, defects, blocking: defects.filter((d) => d.severity === 'blocking').length, trust: summary };
}
async function markRevoked(top, chain, windows, added) {
    const keyring = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .keyringOfChain */ .YZ)(chain);
    if (keyring.revocations.length === 0)
        return windows;
    const revokedSigners = new Set(keyring.revocations.map((r) => r.signerId));
    // The commit that first published each revocation: the first trusted revision that carries it.
    const revokedIn = new Map();
    for (const r of chain.revisions) {
        if (!r.trusted || !r.doc || !r.publishedIn)
            continue;
        for (const k of r.doc.keys) {
            if (k.revoked_at_utc === undefined)
                continue;
            const key = keyring.keys.find((t) => t.publicKeyBase64 === k.public_key);
            if (key && !revokedIn.has(key.keyId))
                revokedIn.set(key.keyId, r.publishedIn);
        }
    }
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const out = [];
    for (const w of windows) {
        let changed = false;
        const revisions = [];
        for (const rev of w.revisions) {
            const path = rev.files.packet;
            if (rev.signer_id === null || !revokedSigners.has(rev.signer_id) || path === null || path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TRUST_FAMILY */ .UW.root}/`) || rev.published_in === null || chain.commit === null) {
                revisions.push(rev);
                continue;
            }
            const keyIds = await signingKeyIds(repo, chain.commit, path);
            let hit;
            for (const r of keyring.revocations) {
                if (!keyIds.includes(r.keyId))
                    continue;
                const publishedAt = rev.published_at_utc === null ? NaN : Date.parse(rev.published_at_utc);
                const byTime = publishedAt >= r.at;
                const since = revokedIn.get(r.keyId);
                const byHistory = since !== undefined && (await repo.isAncestor(since, rev.published_in));
                if (!byTime && !byHistory)
                    continue;
                const why = byTime ? `its publishing commit ${rev.published_in.slice(0, 12)} is dated ${rev.published_at_utc}` : `its publishing commit ${rev.published_in.slice(0, 12)} descends from ${since.slice(0, 12)}, which published the revocation`;
                hit = `signed by the key of '${r.signerId}' (${r.keyId.slice(0, 16)}), revoked at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(r.at)}${r.reason ? ` (${r.reason})` : ''}; ${why}, so it was published after the revocation whatever its signed_at_utc (${rev.signed_at_utc ?? 'unknown'}) says`;
                break;
            }
            if (hit === undefined) {
                revisions.push(rev);
                continue;
            }
            added.push(defect('KEY_REVOKED', { subject: `${w.series}@${rev.revision}`, window: w.release_window_id, file: path, field: 'signer', detail: hit }));
            revisions.push({ ...rev, ok: false });
            changed = true;
        }
        out.push(changed ? { ...w, revisions, ok: false } : w);
    }
    return out;
}
/** The key ids a stored document names as its signer(s), from its committed .json. */
async function signingKeyIds(repo, commit, path) {
    try {
        const doc = JSON.parse((await repo.readFileAt(commit, path)).toString('utf8'));
        const blocks = [doc.signer, ...(Array.isArray(doc.signers) ? doc.signers : [])];
        return blocks.flatMap((b) => (b && typeof b.key_id === 'string' ? [b.key_id] : []));
    }
    catch {
        return [];
    }
}
function defect(code, at) {
    const info = _codes_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_CODES */ .w[code];
    return {
        subject: at.subject,
        defect_code: code,
        severity: info.severity,
        owner_role: 'repository-admin',
        required_action: code === 'KEY_REVOKED' ? 're-sign the window with a key in force and export a new revision; investigate who published with the revoked key' : 'restore the trust root from a trusted copy; check the pin',
        release_window_id: at.window,
        file: at.file,
        line: null,
        field: at.field,
        detail: at.detail
    };
}
/** One line for verify's text report. */
function renderTrustLine(t) {
    if (!t)
        return undefined;
    const ts = t.timestamps;
    const time = ts.tsa
        ? `; trusted time: TSA ${ts.tsa.subject} (sha256:${ts.tsa.sha256.slice(0, 16)}...)${ts.tsa.require_token ? ', tokens required' : ''}, ${ts.verified} of ${ts.tokens} token(s) verified`
        : ts.tokens > 0
            ? `; trusted time: no TSA pinned, ${ts.tokens} token(s) not checked`
            : '';
    return `Trust root: pinned sha256:${t.pin.slice(0, 16)}..., in force ${t.revision ?? 'none'}; keyring ${t.keyring}${time}`;
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


/***/ })

};
