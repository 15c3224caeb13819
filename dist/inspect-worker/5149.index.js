export const id = 5149;
export const ids = [5149];
export const modules = {

/***/ 7386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ fetchCompleteHistory),
/* harmony export */   H0: () => (/* binding */ syncStoreBranch),
/* harmony export */   kX: () => (/* binding */ assertCompleteHistory)
/* harmony export */ });
/* unused harmony exports localBranchTip, shallowBoundariesReachable, shallowHistoryError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _local_branch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6357);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1285);




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

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ startingPoint),
/* harmony export */   r: () => (/* binding */ alignLocalBranch)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9692);

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

/***/ 1285:
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
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports ANNOTATION_MESSAGE_MAX, CHECK_TITLE_MAX, CHECK_MESSAGE_MAX, truncate, annotationText */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4598);
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
//
// In every one of them, zero-width and bidirectional formatting characters are shown as \uNNNN
// (src/util/ids.ts showInvisible): `B\u200b-1` must not read as `B-1`, nor an override reorder a line.

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
    return truncate(showInvisible(text), max);
}
/**
 * Text for a log line: control characters shown as \xNN, so the line cannot be split, and a
 * leading `::` cannot be read as a workflow command even when the text opens the line.
 */
function logText(text) {
    // eslint-disable-next-line no-control-regex -- escapes the control characters that would split the log line
    const oneLine = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
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
 * characters are dropped, so a cell, list item or heading cannot end early; zero-width and
 * bidirectional characters are shown as \uNNNN. Entities render as
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
    return ((0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- strips the control characters Markdown cannot show
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

/***/ 8991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ NO_PROGRESS)
/* harmony export */ });
/* unused harmony export createProgress */
// Progress of long work (verify of a large store, an export of many windows, the gate on a large
// ledger) on stderr, so a person at a terminal sees it move. On a terminal one line is redrawn in
// place (at most every `intervalMs`); elsewhere (a CI log, a pipe) a phase prints one line when it
// ends and nothing else, so logs stay short. The CLI injects it through its Io; tests inject the
// writer, the terminal flag and the clock.
const NOOP_PHASE = { tick: () => undefined, done: () => undefined };
/** Progress that shows nothing (the Action, tests, any caller that did not ask for it). */
const NO_PROGRESS = { phase: () => NOOP_PHASE };
function createProgress(opts) {
    const now = opts.now ?? (() => Date.now());
    const interval = opts.intervalMs ?? 100;
    return {
        phase(name, total) {
            const started = now();
            let count = 0;
            let drawn = -Infinity;
            let finished = false;
            // A phase without items (the gate, a whole verify) says it is done, not "0".
            const status = () => (total === undefined ? (count === 0 ? 'done' : `${count}`) : `${count}/${total}${total > 0 ? ` (${Math.floor((count / total) * 100)}%)` : ''}`);
            const seconds = () => `${((now() - started) / 1000).toFixed(1)} s`;
            return {
                tick(n = 1) {
                    count += n;
                    if (!opts.tty || finished)
                        return;
                    const t = now();
                    if (t - drawn < interval)
                        return;
                    drawn = t;
                    opts.write(`\r${name}: ${status()}\x1b[K`);
                },
                done() {
                    if (finished)
                        return;
                    finished = true;
                    opts.write(`${opts.tty ? '\r' : ''}${name}: ${status()} in ${seconds()}${opts.tty ? '\x1b[K' : ''}\n`);
                }
            };
        }
    };
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


/***/ })

};
