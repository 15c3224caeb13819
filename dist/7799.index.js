export const id = 7799;
export const ids = [7799];
export const modules = {

/***/ 37582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ fetchHttp),
/* harmony export */   I3: () => (/* binding */ DEFAULT_NETWORK_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony export NetworkTimeoutError */
// isomorphic-git's HTTP client for Node (isomorphic-git/http/node) is built on simple-get, which
// calls url.parse(): Node 24 prints a DEP0169 deprecation warning on every run that talks to a
// remote. This is the same plugin on Node's own fetch (undici), with what the git conversation
// needs on top: a network timeout, and socket errors carried with their code (ECONNREFUSED, ...)
// so src/publish can tell "unreachable" from a bug.
/** The default network timeout: no byte from the remote for this long ends the request. */
const DEFAULT_NETWORK_TIMEOUT_MS = 60_000;
/** A request that got no answer in time: classified as an unreachable remote (src/publish/remote.ts). */
class NetworkTimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(url, ms) {
        super(`no answer from ${new URL(url).host} within ${ms / 1000} s (network-timeout)`);
        this.name = 'NetworkTimeoutError';
    }
}
async function collect(body) {
    if (body === undefined)
        return undefined;
    const parts = [];
    for await (const chunk of body)
        parts.push(chunk);
    return Buffer.concat(parts);
}
/**
 * An isomorphic-git `http` plugin on fetch. The timeout is an idle timeout: it restarts with every
 * chunk received, so a large fetch that keeps streaming is never cut, and a remote that accepts the
 * connection but never answers (or stalls mid-pack) ends with NetworkTimeoutError.
 */
function fetchHttp(timeoutMs = DEFAULT_NETWORK_TIMEOUT_MS) {
    return {
        async request({ url, method = 'GET', headers = {}, body }) {
            const controller = new AbortController();
            let timedOut = false;
            let timer;
            const arm = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    timedOut = true;
                    controller.abort();
                }, timeoutMs);
            };
            const fail = (err) => {
                clearTimeout(timer);
                if (timedOut)
                    throw new NetworkTimeoutError(url, timeoutMs);
                // undici wraps socket errors as TypeError('fetch failed') with the system error as cause.
                const cause = err.cause;
                if (typeof cause?.code === 'string')
                    throw Object.assign(new Error(typeof cause.message === 'string' ? cause.message : cause.code), { code: cause.code });
                throw err;
            };
            arm();
            let res;
            try {
                const payload = await collect(body);
                res = await fetch(url, { method, headers, ...(payload !== undefined ? { body: payload } : {}), signal: controller.signal });
            }
            catch (err) {
                return fail(err);
            }
            arm();
            const reader = res.body?.getReader();
            const chunks = {
                [Symbol.asyncIterator]() {
                    return this;
                },
                async next() {
                    if (!reader)
                        return { done: true, value: undefined };
                    try {
                        const r = await reader.read();
                        if (r.done)
                            clearTimeout(timer);
                        else
                            arm();
                        return r.done ? { done: true, value: undefined } : { done: false, value: r.value };
                    }
                    catch (err) {
                        return fail(err);
                    }
                },
                async return() {
                    clearTimeout(timer);
                    await reader?.cancel().catch(() => undefined);
                    return { done: true, value: undefined };
                }
            };
            return {
                url: res.url || url,
                method,
                statusCode: res.status,
                statusMessage: res.statusText,
                headers: Object.fromEntries(res.headers.entries()),
                body: chunks
            };
        }
    };
}


/***/ }),

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BG: () => (/* reexport */ PublishFailedError),
  rD: () => (/* reexport */ local_branch/* alignLocalBranch */.r),
  Sb: () => (/* reexport */ assertPublishAllowed),
  AS: () => (/* reexport */ assessPublishEvent),
  cZ: () => (/* reexport */ publish_remote/* configuredRemoteUrl */.cZ),
  T1: () => (/* reexport */ fetchStoreTip),
  RO: () => (/* reexport */ publishStore),
  fy: () => (/* reexport */ resolvePublishSettings),
  Gg: () => (/* reexport */ publish_remote/* resolveRemoteTarget */.Gg),
  jb: () => (/* reexport */ local_branch/* startingPoint */.j),
  H0: () => (/* reexport */ deepen/* syncStoreBranch */.H0)
});

// UNUSED EXPORTS: DEFAULT_MAX_ATTEMPTS, DEFAULT_PUBLISH, assertCompleteHistory, authHeaders, fetchCompleteHistory, readEventPayload, redactUrl, retryDelayMs, shallowBoundariesReachable

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/publish/remote.ts + 1 modules
var publish_remote = __webpack_require__(21285);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
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
    const lines = [`PUBLISH_FAILED: could not publish the signed files to ${d.url} (branch '${d.branch}'): ${FIXES[d.reason](d)}.`];
    for (const m of d.serverMessages ?? [])
        lines.push(`  remote: ${(0,ids.printable)(m, 300)}`);
    if (d.commitOid !== null) {
        lines.push(`The signed files are not lost: they are committed locally on '${d.branch}' (commit ${d.commitOid}, ${d.files.length} file(s)); on a runner they are also uploaded as a workflow artifact. ` +
            'Running again in this clone after the fix pushes that commit as it is; a fresh checkout (a re-run of the job) signs the same windows again on the remote tip.');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/publish/local-branch.ts
var local_branch = __webpack_require__(96357);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(89692);
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
            ...(0,publish_remote/* timeout */.wR)(args.target),
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

// EXTERNAL MODULE: ./src/git/http.ts
var http = __webpack_require__(37582);
;// CONCATENATED MODULE: ./src/publish/config.ts





const DEFAULT_PUBLISH = { remote: 'origin', url: null, maxAttempts: DEFAULT_MAX_ATTEMPTS, timeoutMs: http/* DEFAULT_NETWORK_TIMEOUT_MS */.I3 };
const MAX_NETWORK_TIMEOUT_S = 3600;
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
    let timeoutMs = DEFAULT_PUBLISH.timeoutMs;
    const rawTimeout = (inputs.networkTimeout ?? '').trim();
    if (rawTimeout !== '') {
        const n = /^\d{1,4}$/.test(rawTimeout) ? Number(rawTimeout) : Number.NaN;
        if (!(n >= 1 && n <= MAX_NETWORK_TIMEOUT_S)) {
            bad('network-timeout', `'${(0,ids.printable)(rawTimeout)}' is not a whole number of seconds from 1 to ${MAX_NETWORK_TIMEOUT_S}`, `use e.g. ${http/* DEFAULT_NETWORK_TIMEOUT_MS */.I3 / 1000}`);
        }
        else
            timeoutMs = n * 1000;
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'INPUT_INVALID', message: 'invalid publish settings', problems });
    return { remote, url, maxAttempts, timeoutMs };
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
                // not a file: the event is the workflow run's, so the problem is never an annotation on a path
                file: 'the workflow event',
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

;// CONCATENATED MODULE: ./src/publish/store-tip.ts




/** Fetches the store branch's whole history and names the commit to prove. Throws REMOTE_UNREACHABLE (exit 2). */
async function fetchStoreTip(args) {
    const { dir, target, branch } = args;
    const source = `the remote ${target.remote} (${(0,publish_remote/* redactUrl */.BO)(target.url)})`;
    let tip;
    try {
        tip = await (0,publish_remote/* remoteTip */.W_)(target, branch);
        if (tip !== null)
            await (0,deepen/* fetchCompleteHistory */.AD)({ dir, target, branch, tip });
    }
    catch (err) {
        const failure = (0,publish_remote/* classifyTransportError */.EO)(err);
        if (failure === null)
            throw err;
        throw new errors/* UserError */.yo({
            code: 'REMOTE_UNREACHABLE',
            message: `the store branch '${branch}' could not be fetched from ${source}: ${failure.detail}; without the remote's copy the published store cannot be proven. Fix: check the remote URL, the token (github-token) and the runner's network, then re-run`,
            cause: err
        });
    }
    const local = await (0,git/* openRepository */.h_)(dir).tryResolveRef(`refs/heads/${branch}`);
    const ahead = local !== null && local !== tip && (tip === null || (await (0,git/* openRepository */.h_)(dir).isAncestor(tip, local)));
    if (ahead)
        return { branch, oid: local, remoteTip: tip, unpublished: true, source };
    if (tip === null)
        return { branch, oid: null, remoteTip: null, unpublished: false, source };
    return { branch, oid: tip, remoteTip: tip, unpublished: false, source };
}

;// CONCATENATED MODULE: ./src/publish/index.ts
// The publish stage's public surface. Order of use in a run:
//   1. assertPublishAllowed(assessPublishEvent({env, event: await readEventPayload(env), allowUnsafe}))
//   2. target = await resolveRemoteTarget(dir, {...(settings.publish ?? DEFAULT_PUBLISH), token: settings.action?.githubToken ?? null})
//   3. sync = await syncStoreBranch({dir, target, branch})   -- before the store asks any history question
//   4. the store exports on sync.baseOid and commits locally   -- the candidate
//   5. outcome = await publishStore({dir, target, branch, candidate, rebuildOnTip})
//      PublishFailedError (PUBLISH_FAILED, exit 1) carries .files to upload as an artifact.










/***/ })

};
