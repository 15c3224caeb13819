export const id = 354;
export const ids = [354];
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

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MY: () => (/* binding */ csvHeader),
/* harmony export */   gD: () => (/* binding */ toCsv),
/* harmony export */   zT: () => (/* binding */ csvLine)
/* harmony export */ });
/* unused harmony export escapeFormula */
// Every CSV we write may be opened in a spreadsheet, and its cells came from users' CSVs. A cell
// that starts with = + - @ (or a tab/CR that some apps strip first) is prefixed with a quote so
// it reads as text, never as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
function escapeFormula(cell) {
    return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
// RFC 4180 quoting, written out rather than delegated to csv-stringify: the rule is one line, and
// at 35,000 report rows the library's per-cell option handling cost about a third of a second.
// It is exactly the rule csv-stringify applied with record_delimiter '\n', which quotes a field
// with a comma, a quote or a LF (not a lone CR), so reports stay byte-identical;
// __tests__/foundation/csv.test.ts checks it against csv-stringify, which stays the oracle.
const NEEDS_QUOTES = /[",\n]/;
function quote(cell) {
    return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
// Most cells need neither: one test finds the few that need either rule.
const NEEDS_WORK = /^[=+\-@\t\r]|[",\n]/;
/** One cell as written: formula-escaped, then quoted. */
function cellText(c) {
    const text = c === null || c === undefined ? '' : String(c);
    return NEEDS_WORK.test(text) ? quote(escapeFormula(text)) : text;
}
/** Deterministic CSV: LF endings, header first, every cell formula-escaped. */
function toCsv(header, rows) {
    let out = csvHeader(header);
    for (const row of rows)
        out += csvLine(row);
    return out;
}
/** toCsv's first line. */
function csvHeader(header) {
    return `${header.map(quote).join(',')}\n`;
}
/** One row of toCsv, with its line ending: a writer that streams a large table writes these in turn. */
function csvLine(row) {
    let line = '';
    for (let i = 0; i < row.length; i++)
        line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
    return `${line}\n`;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qv: () => (/* binding */ defectCsvRow),
/* harmony export */   TL: () => (/* binding */ defectCsvHeader),
/* harmony export */   XJ: () => (/* binding */ sortDefects),
/* harmony export */   c7: () => (/* binding */ defectsToCsv),
/* harmony export */   o3: () => (/* binding */ countByCode)
/* harmony export */ });
/* unused harmony exports SEVERITY_RANK, compareDefects */
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1424);

const SEVERITY_RANK = { blocking: 0, warning: 1, info: 2 };
/** Deterministic order: severity, window, subject, code, file, line, field, detail. */
function compareDefects(a, b) {
    return (SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        cmp(a.release_window_id, b.release_window_id) ||
        cmp(a.subject, b.subject) ||
        cmp(a.defect_code, b.defect_code) ||
        cmp(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.field, b.field) ||
        cmp(a.detail, b.detail));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A sorted copy; a list that is already in order (the gate's result) is only checked. */
function sortDefects(defects) {
    for (let i = 1; i < defects.length; i++)
        if (compareDefects(defects[i - 1], defects[i]) > 0)
            return [...defects].sort(compareDefects);
    return [...defects];
}
/** The seed's deterministic columns first (with the stage's subject column name), then location. */
function defectsToCsv(defects, subjectColumn = 'alarm_id') {
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .gD)(defectCsvHeader(subjectColumn), sortDefects(defects).map(defectCsvRow));
}
/** defectsToCsv's header, for a writer that streams the rows (csv/write-file.ts). */
function defectCsvHeader(subjectColumn) {
    return [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
}
/** One defect as a defectsToCsv row. */
function defectCsvRow(d) {
    return [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail];
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
}


/***/ })

};
