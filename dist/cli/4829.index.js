export const id = 4829;
export const ids = [4829,4663,7044];
export const modules = {

/***/ 4078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertEventAllowed: () => (/* binding */ assertEventAllowed),
/* harmony export */   exportAndPublish: () => (/* binding */ exportAndPublish)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7799);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8750);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8483);
/* harmony import */ var _export_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8961);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(269);









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

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderClosureSummary: () => (/* binding */ renderClosureSummary),
/* harmony export */   reportClosure: () => (/* binding */ reportClosure),
/* harmony export */   runClosureStage: () => (/* binding */ runClosureStage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9692);
/* harmony import */ var _ledger_stage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5201);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(856);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4031);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8483);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4078);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5325);











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

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1899);









/** The TSA pinned by the chain's revision in force (its document was validated, so the PEM parses). */
function tsaOfChain(chain) {
    const tsa = chain.inForce?.doc?.tsa;
    if (!tsa)
        return null;
    return { pinned: (0,_timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePinnedTsa */ .i)(tsa.certificate, `${chain.inForce.paths.packet} /tsa/certificate`), requireToken: tsa.require_token === true };
}
/** The chain's keyring at the store's commit, walked from `pin`. */
async function trustedKeyring(settings, pin) {
    const { top, commit } = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .storeCommit */ .Jv)(settings);
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .readChain */ .U)(top, commit, pin, settings.now);
    return keyringOfChain(chain);
}
function keyringOfChain(chain) {
    const r = chain.inForce;
    if (!r?.doc || r.sha256 === null) {
        // No trusted revision: no key is trusted, so every signed revision fails (and verify says why).
        return { file: 'trust/root (no trusted revision from the pin)', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain, tsa: null };
    }
    const keyring = (0,_document_js__WEBPACK_IMPORTED_MODULE_5__/* .signerKeyring */ .i8)(r.doc, `${r.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(r.revision)})`, r.sha256);
    return { ...keyring, chain, tsa: tsaOfChain(chain) };
}
/**
 * The keyring every signed family is judged under: the pinned trust root's. One function for
 * every lesson, so no family can trust the working tree while another is pinned. `what` names
 * the command in the TRUST_ROOT_UNPINNED message.
 */
async function loadVerifierKeyring(settings, what = 'verify') {
    return trustedKeyring(settings, await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .requirePin */ .rC)(settings, what));
}
/**
 * The keyring a writer finds its own key in: the pinned chain's when a pin is configured (so it
 * signs only with a key the chain trusts), else the working-tree keyring policy. Never use it to
 * judge someone else's signature.
 */
async function loadSignerKeyring(settings) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePin */ .Qw)(settings);
    if (pin !== null)
        return { ...(await trustedKeyring(settings, pin)), pinned: true };
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, settings.policies['keyring']);
    return { ...(await (0,_signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKeyring */ .Or)(abs, (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(settings.workspace, abs))), pinned: false };
}


/***/ }),

/***/ 9021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ knownRepo),
/* harmony export */   GQ: () => (/* binding */ withKnownRepo),
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6581);





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


/***/ })

};
