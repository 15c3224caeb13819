export const id = 544;
export const ids = [544];
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
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11342);
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

/***/ 18991:
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


/***/ })

};
