export const id = 107;
export const ids = [107,744];
export const modules = {

/***/ 52744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertEventAllowed: () => (/* binding */ assertEventAllowed),
  exportAndPublish: () => (/* binding */ exportAndPublish)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(51561);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/publish/remote.ts + 1 modules
var publish_remote = __webpack_require__(21285);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/publish/deepen.ts
var deepen = __webpack_require__(37386);
;// CONCATENATED MODULE: ./src/publish/failure.ts


class PublishFailedError extends errors/* PolicyFailure */.X2 {
    details;
    constructor(details, cause) {
        super({ code: 'PUBLISH_FAILED', message: publishFailureMessage(details), cause });
        this.details = details;
    }
    get files() {
        return this.details.files;
    }
}
const FIXES = {
    unauthorized: () => "the token was refused (HTTP 401). Fix: pass a valid token as the 'github-token' input (the default '${{ github.token }}' works for the same repository); an expired or revoked PAT, or a token for another host, is refused",
    forbidden: (d) => `the token may not push to '${d.branch}' (HTTP 403). Fix: give the job 'permissions: contents: write' (GITHUB_TOKEN is read-only by default in many organisations and always read-only on pull requests from forks), or pass a token that can push`,
    'not-found': () => "the repository was not found (HTTP 404; GitHub also answers 404 when the token cannot see a private repository). Fix: check the 'remote-url' input or the checkout's origin, and that the token has access to this repository",
    unreachable: (d) => `the remote could not be reached (${d.detail}). Fix: check the remote URL and the runner's network access to it, then re-run the job`,
    'server-error': (d) => `the remote failed (${d.detail}). Fix: re-run the job; if it persists, check the git host's status`,
    protocol: (d) => `the remote did not answer as a git smart-HTTP server (${d.detail}). Fix: check that the remote URL points at the repository itself (https://HOST/OWNER/REPO.git)`,
    rejected: (d) => `the remote refused to update '${d.branch}' (${d.detail}); the branch is probably protected or a server hook declined the push. ` +
        "Fix: point the 'store-branch' input at a dedicated branch that the workflow may push to (e.g. release-evidence), or let this workflow's token bypass the branch's protection rules",
    'race-exhausted': (d) => `other runs kept updating '${d.branch}' first: the export was rebuilt on the new tip and pushed ${d.attempts} times without landing. ` +
        "Fix: raise the 'max-attempts' input, or serialize the runs that publish evidence with a workflow 'concurrency' group (cancel-in-progress: false)"
};
function publishFailureMessage(d) {
    const lines = [`could not publish the signed files to ${d.url} (branch '${d.branch}'): ${FIXES[d.reason](d)}.`];
    for (const m of d.serverMessages ?? [])
        lines.push(`  remote: ${(0,ids.printable)(m, 300)}`);
    if (d.commitOid !== null) {
        lines.push(`The signed files are not lost: they are committed locally (commit ${d.commitOid}, ${d.files.length} file(s)); on a runner they are also uploaded as a workflow artifact. Re-running after the fix publishes them.`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/publish/local-branch.ts
var local_branch = __webpack_require__(96357);
;// CONCATENATED MODULE: ./src/publish/push.ts



// One compare-and-swap push: "set refs/heads/<branch> to <commit> if it is still <expected>".
// Nothing is ever forced. Losing a race is detected by comparing object ids, never by matching
// a message string (retry logic keyed on "non-fast-forward" text is a known way to never retry):
//   - before sending, the tip the server advertises is compared with the tip we built on
//     (onPrePush); a mismatch cancels the push before the client walks any history;
//   - if the server refuses the update anyway (another push landed between its advertisement
//     and our pack, so its ref lock fails), the tip is read again: moved means we raced,
//     unchanged means the server itself said no (a hook, a branch protection rule).
const ZERO_OID = '0000000000000000000000000000000000000000';
const MAX_SERVER_LINES = 20;
/** Pushes one commit as a fast-forward of `expectedTip`. Transport failures are thrown as-is. */
async function pushCommit(args) {
    const remoteRef = `refs/heads/${args.branch}`;
    const serverMessages = [];
    let advertised;
    try {
        await (0,git/* openRepository */.h_)(args.dir).push({
            url: args.target.url,
            headers: (0,publish_remote/* authHeaders */.Pw)(args.target.token),
            remote: args.target.remote,
            commitOid: args.commitOid,
            remoteRef,
            onMessage: (line) => {
                // Server output is untrusted text that ends up in our logs: escape and cap it.
                const text = (0,ids.printable)(line.trim(), 300);
                if (text !== '' && serverMessages.length < MAX_SERVER_LINES)
                    serverMessages.push(text);
            },
            onPrePush: (seen) => {
                advertised = seen.oid === ZERO_OID ? null : seen.oid;
                return advertised === args.expectedTip;
            }
        });
        return { kind: 'pushed', commitOid: args.commitOid };
    }
    catch (err) {
        const code = err.code;
        if (code === 'UserCanceledError' && advertised !== undefined)
            return { kind: 'raced', remoteTip: advertised };
        if (code === 'PushRejectedError' || code === 'GitPushError') {
            const now = await (0,publish_remote/* remoteTip */.W_)(args.target, args.branch);
            if (now !== args.expectedTip)
                return { kind: 'raced', remoteTip: now };
            return { kind: 'rejected', refError: refErrorOf(err, remoteRef), serverMessages };
        }
        throw err;
    }
}
function refErrorOf(err, remoteRef) {
    const e = err;
    if (e.code === 'PushRejectedError')
        return e.data?.reason ?? 'rejected';
    const text = e.data?.result?.refs?.[remoteRef]?.error;
    return (0,ids.printable)(text && text !== '' ? text : 'rejected', 200);
}

;// CONCATENATED MODULE: ./src/publish/race.ts







const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * Delay before retry number `attempt` (1-based): exponential with a ceiling, plus a jitter below
 * `baseMs` derived from `seed` (the commit being pushed), so runs that collided do not collide
 * again in lockstep, yet the same inputs always wait the same times.
 */
function retryDelayMs(attempt, seed, opts = {}) {
    const base = opts.baseMs ?? 1000;
    const max = opts.maxMs ?? 16_000;
    const exponential = Math.min(max, base * 2 ** (attempt - 1));
    const jitter = base === 0 ? 0 : Number.parseInt((0,hash/* sha256Hex */.fg)(`${seed}:${attempt}`).slice(0, 8), 16) % base;
    return exponential + jitter;
}
async function publishStore(args) {
    const maxAttempts = args.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const sleep = args.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const events = [];
    const emit = (e) => {
        events.push(e);
        args.onEvent?.(e);
    };
    let current = args.candidate;
    let attempts = 0;
    // Export commits this run built; one replaced by a rebuild may be dropped from the local branch.
    const built = new Set();
    if (current.commitOid !== null)
        built.add(current.commitOid);
    const fail = (reason, detail, extra = {}, cause) => new PublishFailedError({ reason, branch: args.branch, url: (0,publish_remote/* redactUrl */.BO)(args.target.url), detail, attempts, commitOid: current.commitOid, files: current.files, ...extra }, cause);
    // Transport failures become PUBLISH_FAILED with the files to keep; anything else is a bug and propagates.
    const guard = async (op) => {
        try {
            return await op();
        }
        catch (err) {
            const t = (0,publish_remote/* classifyTransportError */.EO)(err);
            if (t === null)
                throw err;
            throw fail(t.kind, t.detail, {}, err);
        }
    };
    const done = async (status, remoteTip) => {
        const local = remoteTip === null ? 'not-moved' : await (0,local_branch/* alignLocalBranch */.r)({ dir: args.dir, branch: args.branch, target: remoteTip, discardable: built, moveCheckedOut: true });
        return { status, branch: args.branch, remoteTip, export: current, attempts, events, local };
    };
    for (;;) {
        const tip = await guard(() => (0,publish_remote/* remoteTip */.W_)(args.target, args.branch));
        if (current.commitOid !== null && current.commitOid === tip)
            return done('already-published', tip);
        // A branch the remote does not have yet is created from the export as built locally (its
        // parent chain goes with it); otherwise the export must sit directly on the remote tip.
        const onTip = current.baseOid === tip || (tip === null && current.commitOid !== null);
        if (!onTip) {
            // The store is about to ask which revisions exist on the tip: that needs its whole history.
            if (tip !== null)
                await guard(() => (0,deepen/* fetchCompleteHistory */.AD)({ dir: args.dir, target: args.target, branch: args.branch, tip }));
            current = await args.rebuildOnTip(tip);
            if (current.commitOid !== null)
                built.add(current.commitOid);
            emit({ kind: 'rebuilt', attempt: attempts + 1, tip, commitOid: current.commitOid, revision: current.revision });
        }
        if (current.commitOid === null) {
            emit({ kind: 'unchanged', attempt: attempts, tip });
            return done('unchanged', tip);
        }
        attempts++;
        const commitOid = current.commitOid;
        const outcome = await guard(() => pushCommit({ dir: args.dir, target: args.target, branch: args.branch, commitOid, expectedTip: tip }));
        if (outcome.kind === 'pushed') {
            emit({ kind: 'pushed', attempt: attempts, commitOid });
            return done('pushed', commitOid);
        }
        if (outcome.kind === 'rejected') {
            throw fail('rejected', outcome.refError, { serverMessages: outcome.serverMessages });
        }
        if (attempts >= maxAttempts) {
            emit({ kind: 'raced', attempt: attempts, expectedTip: tip, remoteTip: outcome.remoteTip, waitMs: 0 });
            throw fail('race-exhausted', `the tip moved to ${outcome.remoteTip ?? '(deleted)'}`);
        }
        const waitMs = retryDelayMs(attempts, commitOid, args.backoff);
        emit({ kind: 'raced', attempt: attempts, expectedTip: tip, remoteTip: outcome.remoteTip, waitMs });
        await sleep(waitMs);
    }
}

;// CONCATENATED MODULE: ./src/publish/config.ts




const DEFAULT_PUBLISH = { remote: 'origin', url: null, maxAttempts: DEFAULT_MAX_ATTEMPTS };
const MAX_ATTEMPTS_LIMIT = 20;
function resolvePublishSettings(inputs, file = 'action inputs') {
    const problems = [];
    const bad = (field, message, fix) => {
        problems.push({ file, field, message, fix });
    };
    const remote = (inputs.remote ?? '').trim() || DEFAULT_PUBLISH.remote;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote))
        bad('remote', `'${(0,ids.printable)(remote)}' is not a remote name`, "use the name of a configured remote, e.g. 'origin'");
    let url = null;
    const rawUrl = (inputs.remoteUrl ?? '').trim();
    if (rawUrl !== '') {
        try {
            url = (0,publish_remote/* checkRemoteUrl */.cu)(rawUrl, 'remote-url');
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.yo))
                throw err;
            bad('remote-url', err.message.split('\n')[0].replace(/^remote-url: /, ''), 'use the https URL of the repository, e.g. https://github.com/OWNER/REPO.git');
        }
    }
    let maxAttempts = DEFAULT_PUBLISH.maxAttempts;
    const rawAttempts = (inputs.maxAttempts ?? '').trim();
    if (rawAttempts !== '') {
        const n = /^\d{1,3}$/.test(rawAttempts) ? Number(rawAttempts) : Number.NaN;
        if (!(n >= 1 && n <= MAX_ATTEMPTS_LIMIT)) {
            bad('max-attempts', `'${(0,ids.printable)(rawAttempts)}' is not a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`, `use e.g. ${DEFAULT_MAX_ATTEMPTS}`);
        }
        else
            maxAttempts = n;
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: 'invalid publish settings', problems });
    return { remote, url, maxAttempts };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/publish/unsafe-event.ts



const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
function fullName(repo) {
    const name = repo?.full_name;
    return typeof name === 'string' && name !== '' ? name : null;
}
function get(obj, ...path) {
    let cur = obj;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * Decides whether this run may commit and push evidence. `event` is the parsed GITHUB_EVENT_PATH
 * payload, or null when it was absent or unreadable (then PR-type events fail closed).
 */
function assessPublishEvent(input) {
    const { env, event, allowUnsafe } = input;
    const eventName = env.GITHUB_EVENT_NAME?.trim() || null;
    if (eventName === null)
        return { allowed: true, reason: 'not-a-workflow-run', eventName, detail: 'GITHUB_EVENT_NAME is not set (not a workflow run)' };
    const unsafe = assessUnsafe(eventName, env, event);
    if (unsafe === null) {
        const detail = PR_EVENTS.has(eventName) ? 'the pull request comes from this repository' : `event '${eventName}' runs trusted code`;
        return { allowed: true, reason: PR_EVENTS.has(eventName) ? 'same-repository-pr' : 'trusted-event', eventName, detail };
    }
    if (allowUnsafe)
        return { allowed: true, reason: 'allowed-by-input', eventName, detail: `${unsafe.detail}; allowed by allow-unsafe-pr-commit` };
    return { allowed: false, eventName, ...unsafe };
}
function assessUnsafe(eventName, env, event) {
    const repository = env.GITHUB_REPOSITORY?.trim() || null;
    if (eventName === 'pull_request_target') {
        return { reason: 'pull-request-target', detail: "event 'pull_request_target' runs with this repository's write token on behalf of a pull request" };
    }
    if (PR_EVENTS.has(eventName)) {
        if (event === null || typeof event !== 'object' || get(event, 'pull_request') === undefined) {
            return { reason: 'unreadable-event', detail: `event '${eventName}' but the event payload (GITHUB_EVENT_PATH) could not be read, so the pull request's origin is unknown` };
        }
        const head = fullName(get(event, 'pull_request', 'head', 'repo'));
        const base = fullName(get(event, 'pull_request', 'base', 'repo')) ?? repository;
        // A deleted fork leaves head.repo null: unknown origin is treated as a fork.
        if (head === null || base === null || !same(head, base) || get(event, 'pull_request', 'head', 'repo', 'fork') === true) {
            return { reason: 'fork-pull-request', detail: `the pull request comes from '${(0,ids.printable)(head ?? '(deleted repository)')}', not from '${(0,ids.printable)(base ?? '(unknown)')}'` };
        }
        return null;
    }
    if (eventName === 'workflow_run') {
        if (event === null || typeof event !== 'object') {
            return { reason: 'unreadable-event', detail: "event 'workflow_run' but the event payload (GITHUB_EVENT_PATH) could not be read" };
        }
        const head = fullName(get(event, 'workflow_run', 'head_repository'));
        const base = fullName(get(event, 'repository')) ?? repository;
        const triggeredBy = get(event, 'workflow_run', 'event');
        if (head !== null && base !== null && !same(head, base)) {
            // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an untrusted payload value, shown as String() renders it
            return { reason: 'fork-workflow-run', detail: `the triggering run (${(0,ids.printable)(String(triggeredBy ?? 'unknown event'))}) comes from '${(0,ids.printable)(head)}', not from '${(0,ids.printable)(base)}'` };
        }
        return null;
    }
    return null;
}
/** Throws UserError UNSAFE_EVENT (exit 2) with the fix when the verdict refuses publishing. */
function assertPublishAllowed(verdict) {
    if (verdict.allowed)
        return;
    throw new errors/* UserError */.yo({
        code: 'UNSAFE_EVENT',
        message: `refusing to commit or push evidence: ${verdict.detail}`,
        problems: [
            {
                file: 'workflow',
                field: 'on',
                message: `event '${verdict.eventName}' (${verdict.reason})`,
                fix: "run the publishing job on push, workflow_dispatch or schedule (or on pull_request from this repository); set 'allow-unsafe-pr-commit: true' only if the job never runs code or inputs from the pull request"
            }
        ]
    });
}
/** Reads and parses GITHUB_EVENT_PATH; null when unset, missing or not JSON (callers fail closed). */
async function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return null;
    try {
        return JSON.parse(await readFile(path, 'utf8'));
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/publish/index.ts
// The publish stage's public surface. Order of use in a run:
//   1. assertPublishAllowed(assessPublishEvent({env, event: await readEventPayload(env), allowUnsafe}))
//   2. target = await resolveRemoteTarget(dir, {...(settings.publish ?? DEFAULT_PUBLISH), token: settings.action?.githubToken ?? null})
//   3. sync = await syncStoreBranch({dir, target, branch})   -- before the store asks any history question
//   4. the store exports on sync.baseOid and commits locally   -- the candidate
//   5. outcome = await publishStore({dir, target, branch, candidate, rebuildOnTip})
//      PublishFailedError (PUBLISH_FAILED, exit 1) carries .files to upload as an artifact.








// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/closure/export.ts + 1 modules
var closure_export = __webpack_require__(53828);
;// CONCATENATED MODULE: ./src/closure/publish.ts








/** Step 1: a fork's pull request or pull_request_target never commits evidence (unless allowed). */
function assertEventAllowed(settings) {
    const p = settings.publish;
    if (!p?.event)
        return;
    const env = { GITHUB_EVENT_NAME: p.event.name || undefined, GITHUB_REPOSITORY: p.event.repository || undefined };
    assertPublishAllowed(assessPublishEvent({ env, event: p.event.payload, allowUnsafe: p.allowUnsafePrCommit }));
}
/** Points the local store branch at `base` before the store builds on it (never losing a commit). */
async function alignBranch(top, branch, base, ours) {
    if (base === null)
        return;
    const update = await (0,local_branch/* alignLocalBranch */.r)({ dir: top, branch, target: base, discardable: ours, moveCheckedOut: true });
    if (update === 'diverged') {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the checked-out branch '${branch}' has commits the remote does not have, so the closure packets cannot be built on the remote tip; push or drop them, or set the 'store-branch' input to a dedicated branch (e.g. release-evidence)`
        });
    }
    if (update === 'left-checked-out') {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the checked-out branch '${branch}' could not be moved to the remote tip ${base.slice(0, 12)} because local changes would be overwritten; commit or discard them, or set the 'store-branch' input to a dedicated branch`
        });
    }
}
function builtExport(r, baseOid) {
    const written = r.windows.filter((w) => w.action === 'written');
    return {
        commitOid: written.at(-1)?.commitOid ?? null,
        baseOid,
        files: written.flatMap((w) => (w.files ? [w.files.packet, w.files.signature, w.files.log] : [])),
        revision: written.map((w) => `${w.series.window}/${(0,revision/* formatRevision */.T)(w.revision)}`).join(', ')
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
/** Exports (and, with `publish.push`, publishes) the closure packets; a failed push is returned, not thrown. */
async function exportAndPublish({ settings, gate, env, log }) {
    assertEventAllowed(settings);
    const secrets = { input: settings.signing?.key?.reveal(), env };
    const push = settings.publish;
    if (!push?.push)
        return { result: await (0,closure_export/* exportClosure */.a)({ settings, gate, secrets }) };
    const top = await (0,store_history/* repoTopLevel */.MS)(settings.workspace);
    const branch = settings.git?.storeBranch || (await (0,git/* openRepository */.h_)(top).currentBranch());
    if (!branch) {
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: "HEAD is detached (as on pull_request checkouts), so there is no branch to push the store to; set the 'store-branch' input (--store-branch)" });
    }
    const publish = resolvePublishSettings(push.target);
    const target = await (0,publish_remote/* resolveRemoteTarget */.Gg)(top, { ...publish, token: push.token });
    const sync = await (0,deepen/* syncStoreBranch */.H0)({ dir: top, target, branch });
    if (sync.deepened)
        log.info(`Fetched the full history of ${(0,report_escape/* logText */.kc)(branch)} (the clone was shallow).`);
    if (sync.offline)
        log.warning(`The remote could not be reached (${(0,report_escape/* logText */.kc)(sync.offline.detail)}); building on the local ${(0,report_escape/* logText */.kc)(branch)}.`);
    const ours = new Set();
    const pinned = { ...settings, git: { ...(settings.git ?? src_settings/* DEFAULT_GIT */.P), storeBranch: branch } };
    let result;
    const build = async (base) => {
        await alignBranch(top, branch, base, ours);
        const parent = await (0,git/* openRepository */.h_)(top).tryResolveRef(`refs/heads/${branch}`);
        result = await (0,closure_export/* exportClosure */.a)({ settings: pinned, gate, secrets });
        for (const w of result.windows)
            if (w.commitOid)
                ours.add(w.commitOid);
        return builtExport(result, parent);
    };
    const candidate = await build(sync.baseOid);
    try {
        const outcome = await publishStore({
            dir: top,
            target,
            branch,
            candidate,
            rebuildOnTip: build,
            maxAttempts: publish.maxAttempts,
            onEvent: (e) => log.info(`Publish: ${(0,report_escape/* logText */.kc)(describeEvent(e))}`)
        });
        return { result: result, publish: outcome };
    }
    catch (err) {
        if (err instanceof PublishFailedError)
            return { result: result, publishError: err };
        throw err;
    }
}


/***/ }),

/***/ 82107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderClosureSummary: () => (/* binding */ renderClosureSummary),
/* harmony export */   reportClosure: () => (/* binding */ reportClosure),
/* harmony export */   runClosureStage: () => (/* binding */ runClosureStage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51561);
/* harmony import */ var _ledger_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59443);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(856);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14031);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(96581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78483);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52744);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35325);











/** Defects for a window whose signed packet failed verification and was not written. */
function rejectedDefects(w) {
    return w.findings.map((f) => ({
        subject: w.packet.packet_id,
        defect_code: f.code,
        severity: 'blocking',
        owner_role: 'release-eng',
        required_action: 'Fix the packet defect and re-export; the window closure stays pending until a verified revision is written',
        release_window_id: w.series.window,
        file: '',
        line: null,
        field: f.field,
        detail: f.detail
    }));
}
function actionLine(w) {
    const id = (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdText */ .bC)(w.series.window);
    const rev = w.revision > 0 ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(w.revision) : '';
    if (w.action === 'written')
        return `- ${id}: wrote ${rev} in commit ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdCode */ .xs)(w.commitOid ?? '')}`;
    if (w.action === 'unchanged')
        return `- ${id}: unchanged (${w.revision > 0 ? `${rev} already holds this content` : 'nothing to export'})`;
    return `- ${id}: **not written**: the signed packet failed verification before publish; the closure stays pending`;
}
function renderClosureSummary(result) {
    const written = result.windows.filter((w) => w.action === 'written').length;
    const rejected = result.windows.filter((w) => w.action === 'rejected').length;
    const demo = result.signer.demo ? ' **DEMO KEY: its private key is public; never trust these signatures.**' : '';
    const out = [
        `## Closure packets: ${written} written, ${result.windows.length - written - rejected} unchanged, ${rejected} rejected\n\n`,
        `Branch ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdCode */ .xs)(result.branch)}; signer ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdText */ .bC)(result.signer.signerId)} (key ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdCode */ .xs)(result.signer.keyId.slice(0, 16))}).${demo}\n\n`,
        ...result.warnings.map((w) => `> ⚠️ ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdText */ .bC)(w)}\n\n`),
        result.windows.map(actionLine).join('\n'),
        '\n\n'
    ];
    // The reviewer summary block per packet (lesson 114 step 9), rendered by the closure module.
    for (const w of result.windows)
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .renderSummaryMarkdown */ .i$)(w.summary), '\n');
    return out.join('');
}
/** Copies each written revision's files from its commit into outDir, exactly as committed. */
async function materialize(top, windows, outDir) {
    const files = [];
    for (const w of windows) {
        if (w.action !== 'written' || !w.commitOid || !w.files)
            continue;
        for (const path of [w.files.packet, w.files.signature, w.files.log]) {
            const blob = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h_)(top).readFileAt(w.commitOid, path);
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dest), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(dest, blob);
            files.push(dest);
        }
    }
    return files;
}
function renderPublish(x) {
    if (x.publishError)
        return `### Push failed\n\n${x.publishError.message.split('\n').map((l) => `> ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdText */ .bC)(l)}`).join('\n>\n')}\n\n`;
    if (!x.publish)
        return '';
    const p = x.publish;
    const what = p.status === 'pushed' ? `pushed ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdCode */ .xs)(p.remoteTip ?? '')}` : p.status === 'unchanged' ? 'nothing to push: the remote already holds this content' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdCode */ .xs)(p.remoteTip ?? '')} was already published`;
    const raced = p.events.filter((e) => e.kind === 'raced').length;
    return `Store branch ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .mdCode */ .xs)(p.branch)}: ${what}${raced > 0 ? ` after ${raced} lost race${raced === 1 ? '' : 's'} (rebuilt on the new tip each time)` : ''}.\n\n`;
}
async function reportClosure(x, settings) {
    const { result } = x;
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_7__/* .repoTopLevel */ .MS)(settings.workspace);
    const files = await materialize(top, result.windows, settings.outDir);
    const written = result.windows.filter((w) => w.action === 'written');
    const rowDefects = result.windows.flatMap((w) => w.rowDefects);
    const rejectedPackets = result.windows.flatMap(rejectedDefects);
    const defects = [...rowDefects, ...rejectedPackets];
    const report = {
        stage: 'closure',
        subjectColumn: 'subject',
        defects,
        // as export-closure decides: a rejected packet always fails, a left-out row outside observe mode
        blocks: (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_5__/* .blockingPredicate */ .$_)([...(settings.mode === 'observe' ? [] : rowDefects), ...rejectedPackets]),
        summaryHead: renderClosureSummary(result) + renderPublish(x),
        summaryTail: '',
        files
    };
    const last = written.at(-1);
    const outputs = {
        'packet-paths': written.map((w) => w.files.packet).join('\n'),
        'commit-sha': last?.commitOid ?? '',
        revisions: written.map((w) => `${w.series.window}/${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_10__/* .formatRevision */ .T)(w.revision)}`).join(' '),
        'store-branch': result.branch,
        pushed: String(x.publish !== undefined && x.publish.status !== 'unchanged' && written.length > 0)
    };
    const rejected = result.windows.filter((w) => w.action === 'rejected').length;
    const outcome = x.publishError
        ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure, failure: x.publishError.message }
        : result.failed
            ? {
                exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure,
                failure: `Closure packets: ${rejected > 0 ? `${rejected} packet${rejected === 1 ? '' : 's'} failed verification and ${rejected === 1 ? 'was' : 'were'} not written` : `${defects.length} closure row${defects.length === 1 ? '' : 's'} left out of packets`}; see the job summary.`
            }
            : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass };
    return { result, ...(x.publish ? { publish: x.publish } : {}), ...(x.publishError ? { publishError: x.publishError } : {}), report, outputs, outcome };
}
async function runClosureStage(settings, ctx) {
    // Packets are built from the gate's result; without the ledger stage the gate runs silently.
    const gate = await (0,_ledger_stage_js__WEBPACK_IMPORTED_MODULE_4__.gateFor)(settings, ctx);
    (0,_publish_js__WEBPACK_IMPORTED_MODULE_8__.assertEventAllowed)(settings);
    if (!settings.signing?.key && !settings.signing?.keyFile) {
        // before any network or git work: the one input this stage cannot do without
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
            code: 'INPUT_MISSING',
            message: "no signing key: set the 'signing-key' input from a secret, e.g. signing-key: ${{ secrets.RELEASE_EVIDENCE_SIGNING_KEY }} (create a key with 'release-evidence keygen')"
        });
    }
    const r = await reportClosure(await (0,_publish_js__WEBPACK_IMPORTED_MODULE_8__.exportAndPublish)({ settings, gate, env: {}, log: ctx.log }), settings);
    const counts = r.result.windows.map((w) => `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .logText */ .kc)(w.series.window)} ${w.action}`).join(', ');
    ctx.log.info(`Closure packets on ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .logText */ .kc)(r.result.branch)}: ${counts || 'no windows'}`);
    return r;
}


/***/ }),

/***/ 95286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ESCALATION_COLUMNS: () => (/* binding */ ESCALATION_COLUMNS),
/* harmony export */   escalationsToCsv: () => (/* binding */ escalationsToCsv),
/* harmony export */   resultSummary: () => (/* binding */ resultSummary),
/* harmony export */   writeLedgerReports: () => (/* binding */ writeLedgerReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9043);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73365);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95138);





// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_4__/* .toCsv */ .g)(ESCALATION_COLUMNS, result.escalations.map((e) => [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail]));
}
/**
 * The result without its bulky per-row parts: the headline, windows, counts, readback and
 * digests. `--json` adds the defect and escalation lists; ledger-gate.json names the CSVs that
 * hold them by digest instead, so it stays small at any ledger size.
 */
function resultSummary(result, lists = true) {
    return {
        decision: result.decision,
        mode: result.mode,
        failed: result.failed,
        now_utc: result.now_utc,
        policy: result.policy,
        inputs: result.inputs,
        counts: { ...result.counts, defects: result.defects.length, blocking_in_mode: result.blocking.length, escalations: result.escalations.length },
        windows: result.windows,
        defect_counts: Object.fromEntries((0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_2__/* .countByCode */ .o3)(result.defects)),
        readback: result.readback,
        ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
    };
}
/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
async function writeLedgerReports(result, outDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
    // encoded once: the same bytes are hashed (on the thread pool) and written
    const defectsCsv = Buffer.from((0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_2__/* .defectsToCsv */ .c7)(result.defects, 'alarm_id'));
    const escalationsCsv = Buffer.from(escalationsToCsv(result));
    const paths = { defects: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'defects.csv'), escalations: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'escalations.csv'), summary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, 'ledger-gate.json') };
    const [defectsSha, escalationsSha] = await Promise.all([
        (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256HexOffThread */ .U7)(defectsCsv),
        (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256HexOffThread */ .U7)(escalationsCsv),
        atomicWrite(paths.defects, defectsCsv),
        atomicWrite(paths.escalations, escalationsCsv)
    ]);
    const summary = { ...resultSummary(result, false), reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha } };
    await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return paths;
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    return path;
}


/***/ }),

/***/ 59443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateFor: () => (/* binding */ gateFor),
  reportGate: () => (/* binding */ reportGate),
  runLedgerStage: () => (/* binding */ runLedgerStage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 21 modules
var ledger_gate = __webpack_require__(10193);
// EXTERNAL MODULE: ./src/ledger/reports.ts
var reports = __webpack_require__(95286);
// EXTERNAL MODULE: ./src/findings/codes.ts
var codes = __webpack_require__(97388);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/ledger/codes.ts
var ledger_codes = __webpack_require__(29151);
;// CONCATENATED MODULE: ./src/ledger/summary.ts






// The gate's part of the job summary: the decision and the readback lead, because they are what a
// reviewer reads first; the defect table that follows is the report's (src/report/summary.ts).
const MEANINGS = { ...codes/* INPUT_CODES */.i, ...ledger_codes/* LEDGER_CODES */.v };
const DECISION_LABEL = {
    go: '✅ GO',
    'conditional-go': '🟡 CONDITIONAL GO',
    'no-go': '⛔ NO-GO'
};
/** Decision, windows, counts by code, the step-9 readback and escalations: everything but defects. */
function renderGateSummary(gate) {
    const out = [];
    const observe = gate.mode === 'observe' ? ' (observe mode: report only, the step passes)' : '';
    const outcome = gate.failed ? 'the step fails' : 'the step passes';
    out.push(`## Acknowledgment ledger gate: ${DECISION_LABEL[gate.decision]}\n\n`);
    out.push(`Mode **${gate.mode}**${observe}; evaluated at ${(0,report_escape/* mdCode */.xs)(gate.now_utc)}; ` +
        `${gate.counts.alarms} alarms, ${gate.counts.ledger_rows} ledger rows, ${gate.counts.evidence_rows} evidence rows; ` +
        `${gate.counts.passed} alarms passed; ${gate.defects.length} defects, ${gate.blocking.length} blocking in this mode (${outcome}).\n\n`);
    out.push(`Policy ${(0,report_escape/* mdCode */.xs)(gate.policy.file)} sha256 ${(0,report_escape/* mdCode */.xs)(gate.policy.sha256)}\n\n`);
    if (gate.windows.length > 0) {
        out.push('### Release windows\n\n');
        out.push((0,summary/* table */.tp)(['Window', 'Decision', 'Alarms', 'Blocking', 'Warnings', 'Reasons'], gate.windows.map((w) => [(0,report_escape/* mdCell */.cz)(w.release_window_id), DECISION_LABEL[w.decision], String(w.alarms), String(w.blocking), String(w.warnings), (0,report_escape/* mdCell */.cz)(w.reasons.join('; '), 500)]), summary/* SECTION_ROW_CAP */.cf, 'windows'));
        out.push('\n');
    }
    if (gate.defects.length > 0) {
        out.push('### Defects by code\n\n');
        const blockingByCode = (0,defect/* countByCode */.o3)(gate.defects.filter((0,annotations/* blockingPredicate */.$_)(gate.blocking)));
        out.push((0,summary/* table */.tp)(['Code', 'Count', 'Blocking now', 'Meaning'], [...(0,defect/* countByCode */.o3)(gate.defects)].map(([code, n]) => [(0,report_escape/* mdCode */.xs)(code), String(n), String(blockingByCode.get(code) ?? 0), (0,report_escape/* mdCell */.cz)(MEANINGS[code]?.meaning ?? '')]), summary/* SECTION_ROW_CAP */.cf, 'codes'));
        out.push('\n');
    }
    out.push(renderReadback(gate));
    if (gate.escalations.length > 0) {
        out.push('### Escalations\n\n');
        out.push((0,summary/* table */.tp)(['Alarm', 'Window', 'Class', 'State', 'Route to', 'Role', 'No-go', 'Detail'], gate.escalations.map((e) => [(0,report_escape/* mdCell */.cz)(e.alarm_id), (0,report_escape/* mdCell */.cz)(e.release_window_id), e.alarm_class, (0,report_escape/* mdCell */.cz)(e.state), (0,report_escape/* mdCell */.cz)(e.route_to), (0,report_escape/* mdCell */.cz)(e.route_to_role), e.no_go ? 'yes' : 'no', (0,report_escape/* mdCell */.cz)(e.detail)]), summary/* SECTION_ROW_CAP */.cf, 'escalations'));
        out.push('\n');
    }
    return out.join('');
}
/** Lesson 113 step 9: the top three highest-risk alarms, read aloud before sign-off. */
function renderReadback(gate) {
    const items = gate.readback.slice(0, 3);
    if (items.length === 0)
        return '### Readback\n\nNo active alarms to read back.\n\n';
    const rows = items.map((r) => [
        (0,report_escape/* mdCell */.cz)(r.alarm_id),
        (0,report_escape/* mdCell */.cz)(r.release_window_id),
        r.alarm_class,
        (0,report_escape/* mdCell */.cz)(r.owner_role) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.acknowledged_by) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.ack_timestamp_utc) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.sla_deadline_utc) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.closure_evidence) || '_none_',
        r.duplicate_keys ? '⚠️ yes' : 'no',
        r.unknowns.length > 0 ? `⚠️ ${(0,report_escape/* mdCell */.cz)(r.unknowns.join('; '))}` : 'none'
    ]);
    const unknown = items.some((r) => r.unknowns.length > 0);
    const note = unknown ? '\n**An item above is unknown: the readback marks the window no-go until it is fixed.**\n' : '';
    return `### Readback: top ${items.length} highest-risk alarm${items.length === 1 ? '' : 's'}\n\n${(0,summary/* table */.tp)(['Alarm', 'Window', 'Class', 'Owner role', 'Acknowledged by', 'Ack at (UTC)', 'SLA deadline (UTC)', 'Closure evidence', 'Duplicate keys', 'Unknowns'], rows)}${note}\n`;
}

;// CONCATENATED MODULE: ./src/ledger/stage.ts





// The ledger stage (lesson 113 step 8): run the gate, write the defect CSV, and hand the report its
// defects, summary and outputs. The decision comes from the gate; this file only says how it
// reaches the reviewer. The gate is left in the stage context for the stages after it.
const GATE = 'ledger.gate';
/** The gate this run already computed, or a silent run of it (the closure stage builds on it). */
async function gateFor(settings, ctx) {
    const known = ctx.shared.get(GATE);
    if (known)
        return known;
    const gate = await (0,ledger_gate.runLedgerGate)(settings);
    ctx.shared.set(GATE, gate);
    return gate;
}
/** Turns a gate result into the step's report, outputs and exit code; writes the gate's reports. */
async function reportGate(gate, settings) {
    const written = await (0,reports.writeLedgerReports)(gate, settings.outDir);
    const defectsFile = written.defects;
    const report = {
        stage: 'ledger',
        subjectColumn: 'alarm_id',
        defects: gate.defects,
        blocks: (0,annotations/* blockingPredicate */.$_)(gate.blocking),
        summaryHead: renderGateSummary(gate),
        summaryTail: '',
        files: [written.defects, written.escalations, written.summary],
        defectsFile
    };
    const outputs = { decision: gate.decision, 'blocking-defects': String(gate.blocking.length), 'defects-file': defectsFile };
    const outcome = gate.failed
        ? { exitCode: errors/* ExitCode */.yU.PolicyFailure, failure: `Ledger gate: ${gate.decision} with ${gate.blocking.length} blocking defect${gate.blocking.length === 1 ? '' : 's'} in ${gate.mode} mode; see the job summary.` }
        : { exitCode: errors/* ExitCode */.yU.Pass };
    return { gate, report, outputs, outcome };
}
async function runLedgerStage(settings, ctx) {
    const gate = await gateFor(settings, ctx);
    ctx.log.info(`Ledger gate: ${gate.decision} (${gate.mode} mode), ${gate.defects.length} defects, ${gate.blocking.length} blocking`);
    return reportGate(gate, settings);
}


/***/ })

};
