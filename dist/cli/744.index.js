export const id = 744;
export const ids = [744];
export const modules = {

/***/ 2744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assertEventAllowed: () => (/* binding */ assertEventAllowed),
  exportAndPublish: () => (/* binding */ exportAndPublish)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(1561);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/publish/remote.ts + 1 modules
var publish_remote = __webpack_require__(1285);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
// EXTERNAL MODULE: ./src/publish/deepen.ts
var deepen = __webpack_require__(7386);
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
var local_branch = __webpack_require__(6357);
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
var external_node_fs_promises_ = __webpack_require__(1455);
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
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/closure/export.ts + 1 modules
var closure_export = __webpack_require__(3828);
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


/***/ })

};
