export const id = 4463;
export const ids = [4463,9328];
export const modules = {

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7430);



function signerBlock(signer) {
    return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUtc */ .ay)(signer.at) };
}
/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
function createSigner(key, keyring, at, signerId) {
    const entry = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .findKey */ .Tj)(keyring, key.keyId);
    if (!entry) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
        });
    }
    if (signerId !== undefined && signerId !== entry.signerId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: 'KEY_UNKNOWN',
            message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
        });
    }
    const valid = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .keyValidAt */ .je)(entry, at);
    if (!valid.ok) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
            code: valid.code,
            message: `${valid.message} (${keyring.file} ${entry.pointer}); rotate: run 'release-evidence keygen' and add the new key to the keyring`
        });
    }
    return {
        signerId: entry.signerId,
        role: entry.role,
        keyId: entry.keyId,
        demo: entry.demo,
        at,
        sign: (message) => key.sign(message)
    };
}


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P0: () => (/* binding */ exportWindow),
  XJ: () => (/* binding */ latestBlobIds),
  bN: () => (/* binding */ latestFiles),
  HA: () => (/* binding */ latestRevision),
  pz: () => (/* binding */ withBlobs)
});

// UNUSED EXPORTS: commitMessage, latestRevisions

// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(6692);
;// CONCATENATED MODULE: ./src/store/view-write.ts



async function viewFileFor(args) {
    const { window } = args;
    // a shared view (view-spec.ts families) is its owner's page, whichever of its families publishes
    const family = (0,view/* viewOwner */.TG)(args.family);
    const path = (0,view/* viewPath */.Rt)(family, window);
    if (!family.view || path === null)
        return null;
    const views = await family.view.load();
    const { files, blobs } = args.folder ?? (await readFolder(args.dir, args.parentOid, family, window));
    const replaces = files.some((f) => f.path === path);
    // the new revision's files are not objects yet: their bytes are passed under placeholder ids
    const added = [
        { path: args.paths.packet, oid: ':new-packet', mode: '100644' },
        { path: args.paths.signature, oid: ':new-signature', mode: '100644' },
        { path: args.paths.log, oid: ':new-log', mode: '100644' }
    ];
    const all = new Map(blobs);
    all.set(':new-packet', args.packet);
    const page = (0,view/* renderPage */.Cf)(family, views, views.version, (0,view/* viewInput */.k$)(family, window, [...files, ...added], all));
    if (page === null)
        throw new Error(`store: family ${family.name} has no renderer for its own view version ${views.version}`);
    return { file: { path, bytes: Buffer.from(page, 'utf8') }, replaces };
}
async function readFolder(dir, parentOid, family, window) {
    const repo = (0,git/* openRepository */.h_)(dir);
    const files = parentOid ? await repo.listTree(parentOid, (0,layout/* windowDir */.Wg)(family, window)) : [];
    return { files, blobs: await repo.readBlobs((0,view/* viewBlobs */.YX)(family, files)) };
}

// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/store/publish.ts





/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const files = await (0,git/* openRepository */.h_)(dir).listTree(commit, (0,layout/* windowDir */.Wg)(family, series.window));
    return (await latestOf(dir, files, family, [series])).get((0,layout/* seriesId */.hG)(series)) ?? null;
}
/**
 * The latest revision of each of many series, from one listing of the family's folder and one
 * blob read (an export of 10,000 windows spawned two git processes per window before).
 */
async function latestRevisions(dir, commit, family, series) {
    if (commit === null)
        return new Map(series.map((s) => [seriesId(s), null]));
    const files = await openRepository(dir).listTree(commit, family.root);
    return latestOf(dir, files, family, series);
}
async function latestOf(dir, files, family, series) {
    const latest = latestFiles(files, family, series);
    const blobs = await (0,git/* openRepository */.h_)(dir).readBlobs(latestBlobIds(latest));
    return withBlobs(latest, blobs);
}
/** The latest revision of each series in `files` (a listing that covers their folders); null when none. */
function latestFiles(files, family, series) {
    const wanted = new Map(series.map((s) => [(0,layout/* seriesId */.hG)(s), s]));
    const latest = new Map();
    const oids = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type !== 'artifact')
            continue;
        const id = (0,layout/* seriesId */.hG)(p.ref);
        if (!wanted.has(id))
            continue;
        oids.set(f.path, f.oid);
        latest.set(id, Math.max(latest.get(id) ?? 0, p.ref.revision));
    }
    const out = new Map();
    for (const [id, s] of wanted) {
        const revision = latest.get(id) ?? 0;
        if (revision === 0) {
            out.set(id, null);
            continue;
        }
        const paths = (0,layout/* revisionPaths */.s3)(family, { ...s, revision });
        out.set(id, { revision, paths, packetOid: oids.get(paths.packet), signatureOid: oids.get(paths.signature) });
    }
    return out;
}
function latestBlobIds(latest) {
    return [...latest.values()].flatMap((f) => (f ? [f.packetOid, f.signatureOid].filter((o) => o !== undefined) : []));
}
function withBlobs(latest, blobs) {
    const out = new Map();
    for (const [id, f] of latest) {
        out.set(id, f && {
            revision: f.revision,
            paths: f.paths,
            packet: (f.packetOid && blobs.get(f.packetOid)) || Buffer.alloc(0),
            signature: f.signatureOid ? blobs.get(f.signatureOid) : undefined
        });
    }
    return out;
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,util_revision/* formatRevision */.T)(revision);
    return [
        `${family.root}: ${(0,layout/* seriesId */.hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,util_revision/* formatRevision */.T)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = args.previous !== undefined ? args.previous : await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,layout/* revisionPaths */.s3)(family, { ...series, revision: next });
    const view = await viewFileFor({ dir: args.dir, parentOid: args.parentOid, family, window: series.window, paths, packet: outcome.files.packet, folder: args.folder });
    const commit = {
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log },
            ...(outcome.files.timestamp ? [{ path: (0,layout/* timestampPath */.y2)(paths.signature), bytes: outcome.files.timestamp }] : []),
            ...(view ? [view.file] : [])
        ],
        replace: view?.replaces ? [view.file.path] : []
    };
    if (args.batch && args.batch.head !== args.parentOid)
        throw new Error(`store: the batch is at ${args.batch.head}, not at ${args.parentOid}`);
    const { commitOid } = args.batch ? await args.batch.commit(commit) : await (0,write/* commitFiles */.z)({ dir: args.dir, branch: args.branch, parentOid: args.parentOid, ...commit });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
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


/***/ }),

/***/ 7134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ validationLog)
/* harmony export */ });
// The validation logs under strategy-approval/{window}/validation/: one per packet revision,
// decision, outcome review and divergence record, written in the same commit as the file it
// describes. Like closure's verify-rNNN.log they are informative: verify never reads them back,
// so an edited log cannot turn a failure into a pass (and editing one is still a write-once
// violation, found by verify).
function validationLog(what, lines) {
    const width = Math.max(...lines.map(([k]) => k.length));
    return [`release-evidence strategy ${what} validation`, ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 4463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outcomeCommand: () => (/* binding */ outcomeCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(997);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(5027);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/strategy/family.ts
var family = __webpack_require__(2405);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/strategy/outcome.ts



// Post-window outcome traceability (seed steps 11-12): the outcome of an approved revision and the
// divergence triggers it fires. Pure except for reading the cited forecast snapshot, whose bytes
// must still hash to what the packet cites.
const OUTCOME_STATUSES = ['met_projection', 'partial_match', 'diverged'];
/** The forecast's high band from the snapshot the packet cites, or null (missing, or its bytes changed). */
async function citedHighBand(workspace, packet) {
    const ref = packet.evidence_bundle.forecast_band_snapshot;
    if (!ref)
        return null;
    try {
        const bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, ref.uri));
        if ((0,hash/* sha256Hex */.fg)(bytes) !== ref.sha256)
            return null;
        const high = JSON.parse(bytes.toString('utf8')).bands?.high_hours;
        return typeof high === 'number' ? high : null;
    }
    catch {
        return null;
    }
}
function divergenceOf(args) {
    const d = args.policy.divergence ?? { convergence_overrun_hours: 0, low_risk_levels: ['low'], critical_severities: ['critical'] };
    const triggers = [];
    const actions = [];
    const critical = args.events.filter((e) => d.critical_severities.includes(e.severity));
    if (d.low_risk_levels.includes(args.packet.risk_overlay) && critical.length > 0) {
        triggers.push({ trigger: 'low_risk_lane_critical_regression', detail: `lane ${args.packet.selected_lane_id} was ranked ${args.packet.risk_overlay} risk and caused ${critical.map((e) => e.event_id).join(', ')}` });
        actions.push('recalibrate the risk overlay of the lane simulation (lesson 119)');
    }
    if (args.highBand !== null && args.convergenceHours > args.highBand + d.convergence_overrun_hours) {
        triggers.push({ trigger: 'convergence_beyond_high_band', detail: `${args.convergenceHours} h against a high band of ${args.highBand} h (+${d.convergence_overrun_hours} h allowed)` });
        actions.push('widen or recalibrate the SLA forecast bands (lesson 118)');
    }
    if (args.evidenceGaps.length > 0) {
        triggers.push({ trigger: 'approved_without_required_evidence', detail: args.evidenceGaps.join('; ') });
        actions.push('tighten required_evidence in the strategy-approval policy and re-approve');
    }
    if (triggers.length === 0)
        return null;
    return {
        strategy_divergence_incident_id: `SDI-${args.packet.release_window_id}-${args.packet.exception_cluster_id}-${args.packet.revision}`,
        affected_packet_id: args.packet.strategy_packet_id,
        affected_revision: args.packet.revision,
        triggers,
        required_policy_update_action: actions.join('; ')
    };
}
/** `--regression SEVERITY:EVENT_ID` values. */
function parseRegressions(values) {
    const out = [];
    for (const v of values) {
        const m = /^([a-z0-9_-]+):(\S+)$/i.exec(v);
        if (!m)
            return v;
        out.push({ severity: m[1].toLowerCase(), event_id: m[2] });
    }
    return out.sort((a, b) => (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0));
}

// EXTERNAL MODULE: ./src/strategy/logs.ts
var logs = __webpack_require__(7134);
// EXTERNAL MODULE: ./src/strategy/panel.ts
var panel = __webpack_require__(6483);
// EXTERNAL MODULE: ./src/strategy/run.ts
var run = __webpack_require__(9328);
// EXTERNAL MODULE: ./src/strategy/state.ts
var state = __webpack_require__(9176);
// EXTERNAL MODULE: ./src/strategy/types.ts
var types = __webpack_require__(7756);
;// CONCATENATED MODULE: ./src/strategy/outcome-command.ts
















// `strategy outcome`: the signed post-window outcome review of the latest approved revision
// (outcome-reviews/), and, when a trigger of the seed's step 12 fires, a signed divergence record
// of its own (divergences/) that cites the review. Two write-once commits; the packet and its
// decisions are never touched.
async function outcomeCommand(inv) {
    const ctx = await (0,run.context)(inv);
    const series = (0,layout/* seriesFor */.FT)(family/* STRATEGY_FAMILY */.bj, (0,run.required)(inv, 'window'), (0,run.required)(inv, 'cluster'));
    const status = (0,run.required)(inv, 'status');
    if (!OUTCOME_STATUSES.includes(status))
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--status is one of ${OUTCOME_STATUSES.join(', ')}, not '${status}'` });
    const hours = Number((0,run.required)(inv, 'convergence-hours'));
    if (!Number.isFinite(hours) || hours < 0)
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--convergence-hours is a number of hours, not '${(0,run.str)(inv, 'convergence-hours')}'` });
    const events = parseRegressions(inv.values['regression'] ?? []);
    if (typeof events === 'string')
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--regression ${events}: write SEVERITY:EVENT_ID, e.g. critical:INC-4411` });
    const signer = await (0,run.signerFor)(inv, ctx);
    const all = (0,state/* finishStatus */.Y)(ctx.parent ? await (0,state/* windowStatus */.T)(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust);
    const mine = all.find((s) => s.exception_cluster_id === series.key);
    const approved = mine?.revisions.filter((r) => r.state === 'approved').at(-1);
    if (!mine || !approved?.packet) {
        inv.io.stdout(`strategy outcome: refused, nothing written\n  BLOCK STRATEGY_OUTCOME_INVALID: ${series.window}/${series.key} has no approved revision to review\n`);
        return errors/* ExitCode */.yU.PolicyFailure;
    }
    const packet = approved.packet;
    const highBand = await citedHighBand(ctx.settings.workspace, packet);
    const divergence = divergenceOf({ packet, policy: ctx.trust.policy.data, convergenceHours: hours, events, highBand, evidenceGaps: evidenceGaps(mine, packet, ctx) });
    const key = (0,family/* revisionKey */.d7)(series.key, packet.revision);
    const doc = {
        schema: types/* OUTCOME_SCHEMA */.L0,
        strategy_packet_id: packet.strategy_packet_id,
        release_window_id: series.window,
        exception_cluster_id: series.key,
        packet_revision: packet.revision,
        packet_sha256: packet.packet_sha256,
        actual_outcome_status: status,
        actual_convergence_hours: hours,
        observed_regression_events: events,
        outcome_review_timestamp_utc: (0,time/* formatUtc */.ay)(ctx.settings.now),
        forecast_high_hours: highBand,
        strategy_divergence_incident_id: divergence?.strategy_divergence_incident_id ?? null,
        signer: (0,signing_signer/* signerBlock */._)(signer)
    };
    let reviewBytes = null;
    const r = await (0,publish/* exportWindow */.P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: family/* OUTCOME_FAMILY */.WM,
        series: { window: series.window, key },
        committer: ctx.committer,
        build: (next, previous) => {
            if (previous) {
                const before = (0,util_json/* parseLoose */.i)(previous.packet);
                const same = (o) => (0,hash/* canonicalSha256 */.o4)(o && [o.actual_outcome_status, o.actual_convergence_hours, o.observed_regression_events]);
                if (same(before) === same(doc)) {
                    reviewBytes = previous.packet;
                    return { kind: 'unchanged' };
                }
            }
            const full = { ...doc, supersedes: previous ? { revision: (0,revision/* formatRevision */.T)(previous.revision), sha256: (0,hash/* sha256Hex */.fg)(previous.packet) } : null };
            const signed = (0,signing_document/* signDocument */.Tt)(family/* OUTCOME_PAYLOAD_KIND */.p8, full, signer);
            reviewBytes = Buffer.from(signed.json);
            const paths = (0,layout/* revisionPaths */.s3)(family/* OUTCOME_FAMILY */.WM, { window: series.window, key, revision: next });
            const log = (0,logs/* validationLog */.e)('outcome review', [
                ['outcome_review', paths.packet],
                ['payload_type', family/* OUTCOME_FAMILY */.WM.payloadType],
                ['packet', `${approved.packet_path} sha256:${packet.packet_sha256} (approved ${approved.approved_utc ?? ''})`],
                ['status', `${status}, ${hours} h (forecast high band ${highBand ?? 'unreadable'} h), ${events.length} regression event(s)`],
                ['divergence', divergence ? `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.map((t) => t.trigger).join(', ')}` : 'none'],
                ['supersedes', full.supersedes ? `${full.supersedes.revision} sha256:${full.supersedes.sha256}` : 'none (first review)'],
                ['signer', `${signer.signerId} (key id ${signer.keyId})`],
                ['checks', 'packet revision approved in history; forecast snapshot bytes hash to the cited sha256; divergence triggers of the policy'],
                ['result', 'SIGNED'],
                ['signed_at_utc', (0,time/* formatUtc */.ay)(ctx.settings.now)]
            ]);
            return { kind: 'signed', files: { packet: reviewBytes, signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: (0,hash/* sha256Hex */.fg)(reviewBytes) } };
        }
    });
    const findings = [];
    let raised = null;
    if (divergence && r.action !== 'rejected' && reviewBytes) {
        const reviewPath = (0,layout/* revisionPaths */.s3)(family/* OUTCOME_FAMILY */.WM, { window: series.window, key, revision: r.revision }).packet;
        raised = await raiseDivergence(ctx, signer, { window: series.window, key }, r.commitOid ?? ctx.parent, packet, divergence, { outcome_review: reviewPath, sha256: (0,hash/* sha256Hex */.fg)(reviewBytes) });
        findings.push({ code: 'STRATEGY_DIVERGENCE', field: 'divergence', detail: `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.map((t) => `${t.trigger}: ${t.detail}`).join('; ')}; required action: ${divergence.required_policy_update_action}${raised.files ? ` (${raised.files.packet})` : ''}` });
    }
    const merged = { ...r, commitOid: raised?.commitOid ?? r.commitOid, findings: [...r.findings, ...(raised?.findings ?? []), ...findings] };
    return (0,run.report)(inv, merged, `strategy outcome ${packet.strategy_packet_id} ${packet.revision}`, { divergence, divergence_file: raised?.files?.packet ?? null });
}
/** Why an approval of this series lacked required evidence: the approved revision, or an approve on an incomplete revision. */
function evidenceGaps(s, approved, ctx) {
    const gaps = [];
    const cited = (0,panel/* evidenceCompleteness */.Ur)(approved).cited;
    const missing = ctx.trust.policy.data.required_evidence.filter((k) => !cited.includes(k));
    if (missing.length > 0)
        gaps.push(`the approved ${approved.revision} does not cite ${missing.join(', ')}`);
    for (const r of s.revisions) {
        if (r.state !== 'incomplete_evidence' || !r.findings.some((f) => f.code === 'STRATEGY_EVIDENCE_INCOMPLETE'))
            continue;
        for (const who of r.roster)
            if (who.decision === 'approve')
                gaps.push(`${who.signer_id} approved ${r.revision} while its evidence was incomplete`);
    }
    return gaps;
}
async function raiseDivergence(ctx, signer, series, parent, packet, record, raisedBy) {
    return (0,publish/* exportWindow */.P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: parent,
        family: family/* DIVERGENCE_FAMILY */.uU,
        series,
        committer: ctx.committer,
        build: (next, previous) => {
            const before = previous ? (0,util_json/* parseLoose */.i)(previous.packet) : null;
            if (before && (0,hash/* canonicalSha256 */.o4)([before.triggers, before.required_policy_update_action]) === (0,hash/* canonicalSha256 */.o4)([record.triggers, record.required_policy_update_action]))
                return { kind: 'unchanged' };
            const doc = {
                schema: types/* DIVERGENCE_SCHEMA */.zW,
                ...record,
                release_window_id: series.window,
                exception_cluster_id: packet.exception_cluster_id,
                affected_packet_sha256: packet.packet_sha256,
                raised_by: raisedBy,
                raised_at_utc: (0,time/* formatUtc */.ay)(ctx.settings.now),
                supersedes: previous ? { revision: (0,revision/* formatRevision */.T)(previous.revision), sha256: (0,hash/* sha256Hex */.fg)(previous.packet) } : null,
                signer: (0,signing_signer/* signerBlock */._)(signer)
            };
            const signed = (0,signing_document/* signDocument */.Tt)(family/* DIVERGENCE_PAYLOAD_KIND */.V2, doc, signer);
            const paths = (0,layout/* revisionPaths */.s3)(family/* DIVERGENCE_FAMILY */.uU, { ...series, revision: next });
            const log = (0,logs/* validationLog */.e)('divergence record', [
                ['divergence', paths.packet],
                ['payload_type', family/* DIVERGENCE_FAMILY */.uU.payloadType],
                ['incident', record.strategy_divergence_incident_id],
                ['affected_packet', `${record.affected_packet_id} ${record.affected_revision} sha256:${packet.packet_sha256}`],
                ...record.triggers.map((t) => ['trigger', `${t.trigger}: ${t.detail}`]),
                ['required_action', record.required_policy_update_action],
                ['raised_by', `${raisedBy.outcome_review} sha256:${raisedBy.sha256}`],
                ['signer', `${signer.signerId} (key id ${signer.keyId})`],
                ['result', 'SIGNED'],
                ['signed_at_utc', doc.raised_at_utc]
            ]);
            const json = Buffer.from(signed.json);
            return { kind: 'signed', files: { packet: json, signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: (0,hash/* sha256Hex */.fg)(json) } };
        }
    });
}


/***/ }),

/***/ 9328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand),
/* harmony export */   context: () => (/* binding */ context),
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   required: () => (/* binding */ required),
/* harmony export */   signCommand: () => (/* binding */ signCommand),
/* harmony export */   signerFor: () => (/* binding */ signerFor),
/* harmony export */   statusCommand: () => (/* binding */ statusCommand),
/* harmony export */   str: () => (/* binding */ str)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9692);
/* harmony import */ var _closure_family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(269);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9062);
/* harmony import */ var _signing_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6663);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(997);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8750);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9077);
/* harmony import */ var _store_publish_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5027);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4598);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2405);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(9935);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9176);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7085);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(7134);
/* harmony import */ var _outcomes_read_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(4665);
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(6483);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(3167);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(7756);

























const OPTION_OF = {
    ranking_snapshot: 'ranking',
    forecast_band_snapshot: 'forecast',
    dashboard_extract: 'dashboard',
    simulation_rules: 'simulation-rules',
    fail_matrix_run: 'fail-matrix-run'
};
function str(inv, name) {
    const v = inv.values[name];
    return typeof v === 'string' ? v : undefined;
}
function required(inv, name) {
    const v = str(inv, name);
    if (v === undefined || v === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `strategy ${inv.positionals[0]}: --${name} is required` });
    return v;
}
async function context(inv) {
    const settings = inv.settings([]);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_8__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStrategyTrust */ .C)(settings, { writer: true });
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(top);
    const branch = str(inv, 'store-branch') || (await repo.currentBranch());
    if (!branch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit to; check out a branch or pass --store-branch NAME' });
    const parent = await repo.tryResolveRef(`refs/heads/${branch}`);
    const committer = { name: str(inv, 'committer-name') ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_GIT */ .P.committerName, email: str(inv, 'committer-email') ?? _settings_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_GIT */ .P.committerEmail, timestamp: Math.floor(settings.now / 1000) };
    return { settings, top, trust, branch, parent, committer };
}
async function signerFor(inv, ctx) {
    const keyFile = str(inv, 'key-file');
    const secret = await (0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .readSigningSecret */ .yG)({ keyFile: keyFile === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(inv.cwd, keyFile), env: inv.env });
    if (!secret)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNING_KEY_ENV */ .on}` });
    for (const w of secret.warnings)
        inv.log.warning(w);
    return (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .createSigner */ .r)((0,_signing_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSigningKey */ .UG)(secret.text, secret.source), ctx.trust.keyring, ctx.settings.now, str(inv, 'signer-id'));
}
/** The window's latest closure packet at the parent commit: lesson 114's link in the chain. */
async function closureLink(top, parent, window) {
    const latest = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .latestRevision */ .HA)(top, parent, _closure_family_js__WEBPACK_IMPORTED_MODULE_3__/* .CLOSURE_FAMILY */ .L, { window });
    if (!latest)
        return null;
    const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(latest.packet);
    const digest = doc?.['signature_digest'];
    return typeof digest === 'string' ? { path: latest.paths.packet, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(latest.revision), signature_digest: digest } : null;
}
/** The ledger gate's decision for the window, from the configured ledger inputs; null when they are absent. */
async function gateLink(settings, window, log) {
    try {
        const { runLedgerGate } = await Promise.all(/* import() */[__webpack_require__.e(8486), __webpack_require__.e(1814)]).then(__webpack_require__.bind(__webpack_require__, 1814));
        const gate = await runLedgerGate(settings);
        const w = gate.windows.find((x) => (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.idOf)(x.release_window_id) === window);
        return w ? { decision: w.decision, ledger_policy_sha256: gate.policy.sha256 } : null;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) {
            log.info(`No ledger gate decision cited: ${err.headline}`);
            return null;
        }
        throw err;
    }
}
function report(inv, r, what, extra) {
    const blocking = r.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us);
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ action: r.action, revision: r.revision, commit: r.commitOid, files: r.files, findings: r.findings, ...extra }, null, 2)}\n`);
    else {
        if (r.action === 'written')
            inv.io.stdout(`${what}: wrote ${r.files.packet} (${r.commitOid})\n`);
        else if (r.action === 'unchanged')
            inv.io.stdout(`${what}: unchanged (${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(Math.max(r.revision, 1))}); nothing written\n`);
        else
            inv.io.stdout(`${what}: refused, nothing written\n`);
        for (const f of r.findings)
            inv.io.stdout(`  ${(0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us)(f) ? 'BLOCK' : 'warn '} ${f.code} ${f.field}: ${f.detail}\n`);
    }
    return r.action === 'rejected' || blocking.length > 0 ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass;
}
async function buildCommand(inv) {
    const ctx = await context(inv);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, required(inv, 'window'), required(inv, 'cluster'));
    const ws = ctx.settings.workspace;
    const rankingInput = await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, required(inv, 'ranking'), 'ranking');
    const ranking = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .parseRanking */ .g2)(rankingInput);
    const decision = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .parseDecision */ .cg)(await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, required(inv, 'decision-file'), 'decision-file'));
    const evidence = { ranking_snapshot: rankingInput };
    for (const kind of _policy_js__WEBPACK_IMPORTED_MODULE_15__/* .EVIDENCE_KINDS */ .At) {
        const path = kind === 'ranking_snapshot' ? undefined : str(inv, OPTION_OF[kind]);
        if (path)
            evidence[kind] = await (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .readJsonInput */ .nb)(ws, path, OPTION_OF[kind]);
    }
    const signer = await signerFor(inv, ctx);
    const [closure, gate] = [await closureLink(ctx.top, ctx.parent, series.window), await gateLink(ctx.settings, series.window, inv.log)];
    const status = ctx.parent ? (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(ctx.top, series.window, ctx.trust, ctx.settings.now), ctx.trust) : [];
    const current = status.find((s) => s.exception_cluster_id === series.key);
    let built;
    const r = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj,
        series,
        committer: ctx.committer,
        build: (next, previous) => {
            const prevDoc = previous ? (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(previous.packet) : null;
            const packet = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .buildPacket */ .Hs)({
                window: series.window,
                cluster: series.key,
                revision: next,
                supersedes: prevDoc ? { revision: prevDoc.revision, packet_sha256: prevDoc.packet_sha256 } : null,
                policy: ctx.trust.policy.data,
                policySha256: ctx.trust.policy.sha256,
                ranking,
                decision,
                evidence,
                closure,
                gate,
                builtAtUtc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(ctx.settings.now),
                signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .signerBlock */ ._)(signer)
            });
            built = packet;
            if (prevDoc && (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .contentKey */ .lO)(prevDoc) === (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .contentKey */ .lO)(packet)) {
                built = prevDoc;
                return { kind: 'unchanged' };
            }
            const findings = (0,_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .checkPacket */ .dH)(packet, { policy: ctx.trust.policy.data, ranking });
            const pending = current?.revisions.at(-1);
            if (pending && pending.state === 'pending_signatures') {
                findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${pending.revision} is still pending_signatures; a required signer rejects it (strategy sign --decision reject) before a new revision is published` });
            }
            if (findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_14__/* .isBlocking */ .Us))
                return { kind: 'rejected', findings };
            const signed = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_PAYLOAD_KIND */ .yA, packet, signer);
            const check = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_PAYLOAD_KIND */ .yA, signed.json, signed.sig, ctx.trust.keyring, ctx.settings.now);
            if (!check.ok)
                return { kind: 'rejected', findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: `${check.code}: ${check.message}` }] };
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, { ...series, revision: next });
            const log = packetLog(paths.packet, packet, findings, ctx.trust, ctx.settings.now);
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: packet.packet_sha256 } };
        }
    });
    return report(inv, r, `strategy packet ${built?.strategy_packet_id ?? ''}`, { strategy_packet_id: built?.strategy_packet_id, packet_sha256: built?.packet_sha256 });
}
function packetLog(path, p, findings, trust, now) {
    return (0,_logs_js__WEBPACK_IMPORTED_MODULE_23__/* .validationLog */ .e)('approval packet', [
        ['packet', path],
        ['payload_type', _family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj.payloadType],
        ['strategy_packet_id', p.strategy_packet_id],
        ['revision', `${p.revision}${p.supersedes ? ` (supersedes ${p.supersedes.revision} sha256:${p.supersedes.packet_sha256})` : ' (first)'}`],
        ['packet_sha256', p.packet_sha256],
        ['selected_lane', `${p.selected_lane_id} / ${p.selected_mitigation_option_id} (confidence ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier})`],
        ['publisher', `${p.signer.signer_id} (key id ${p.signer.key_id})`],
        ['keyring', `${trust.keyring.file} sha256:${trust.keyring.sha256}`],
        ['strategy_policy', `${trust.policy.file} sha256:${trust.policy.sha256}`],
        ['checks', 'schema completeness; roster (A2); lane in ranking (A3); evidence hashes (A4); packet_sha256 reproduces (A5); rationale (A6); no pending predecessor'],
        ['warnings', findings.length === 0 ? 'none' : findings.map((f) => `${f.code} ${f.field}`).join('; ')],
        ['result', 'VERIFIED (state: pending_signatures)'],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_12__/* .formatUtc */ .ay)(now)]
    ]);
}
async function signCommand(inv) {
    const ctx = await context(inv);
    const series = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .seriesFor */ .FT)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .STRATEGY_FAMILY */ .bj, required(inv, 'window'), required(inv, 'cluster'));
    const decision = required(inv, 'decision');
    const recommend = required(inv, 'recommend');
    if (decision !== 'approve' && decision !== 'reject')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--decision is approve or reject, not '${decision}'` });
    if (recommend !== 'go' && recommend !== 'hold')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--recommend is go or hold, not '${recommend}'` });
    const signer = await signerFor(inv, ctx);
    const policy = ctx.trust.policy.data;
    const refuse = (code, detail) => {
        if (inv.values.json)
            inv.io.stdout(`${JSON.stringify({ action: 'rejected', findings: [{ code, field: '', detail }] }, null, 2)}\n`);
        else
            inv.io.stdout(`strategy decision: refused, nothing written\n  BLOCK ${code}: ${detail}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
    };
    if (policy.ci_signer_ids.includes(signer.signerId))
        return refuse('STRATEGY_CI_KEY_APPROVAL', `'${signer.signerId}' is a CI signer: the pipeline key publishes packets and never approves`);
    const entry = (0,_policy_js__WEBPACK_IMPORTED_MODULE_15__/* .signerEntry */ .d2)(policy, signer.signerId);
    if (!entry)
        return refuse('STRATEGY_APPROVAL_INVALID', `'${signer.signerId}' is not a signer of ${ctx.trust.policy.file}`);
    const status = (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(ctx.parent ? await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust);
    const s = status.find((x) => x.exception_cluster_id === series.key);
    const wanted = str(inv, 'revision');
    const target = wanted ? s?.revisions.find((r) => r.revision === (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_22__/* .formatRevision */ .T)(Number(wanted.replace(/^r/, '')))) : s?.revisions.at(-1);
    if (!target || !target.packet)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'INPUT_MISSING', message: `no published packet ${wanted ?? ''} for ${series.window}/${series.key}; run 'strategy build' first` });
    if (decision === 'approve' && target.state === 'incomplete_evidence') {
        return refuse('STRATEGY_EVIDENCE_INCOMPLETE', `${target.revision} has blocking findings (${[...new Set(target.findings.map((f) => f.code))].join(', ')}); an approval of it would not count`);
    }
    const confirmed = new Set(inv.values['confirm']);
    const checklist = Object.fromEntries(policy.reviewer_checklist.map((item) => [item, confirmed.has('all') || confirmed.has(item)]));
    const unknown = [...confirmed].filter((c) => c !== 'all' && !policy.reviewer_checklist.includes(c));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `--confirm ${unknown.join(', ')}: not a reviewer_checklist item (${policy.reviewer_checklist.join(', ')})` });
    if (decision === 'approve' && Object.values(checklist).some((v) => !v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({ code: 'USAGE', message: `an approval confirms every checklist item: --confirm ${policy.reviewer_checklist.filter((i) => !checklist[i]).join(' --confirm ')} (or --confirm all)` });
    }
    const revision = Number(target.revision.slice(1));
    const doc = {
        schema: _types_js__WEBPACK_IMPORTED_MODULE_24__/* .SIGNOFF_SCHEMA */ .xi,
        strategy_packet_id: target.packet.strategy_packet_id,
        release_window_id: series.window,
        exception_cluster_id: series.key,
        packet_revision: target.revision,
        packet_sha256: target.packet.packet_sha256,
        decision,
        recommendation: recommend,
        signer_class: entry.class,
        authority_scope: entry.authority_scope,
        reviewer_checklist: checklist,
        note: str(inv, 'note') ?? '',
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_6__/* .signerBlock */ ._)(signer)
    };
    const key = (0,_family_js__WEBPACK_IMPORTED_MODULE_13__/* .signoffKey */ .k5)(series.key, revision, (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(signer.signerId, 'signer id'));
    const r = await (0,_store_publish_js__WEBPACK_IMPORTED_MODULE_10__/* .exportWindow */ .P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: _family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj,
        series: { window: series.window, key },
        committer: ctx.committer,
        build: (next, previous) => {
            if (previous) {
                const before = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_21__/* .parseLoose */ .i)(previous.packet);
                if (before?.decision === decision)
                    return { kind: 'unchanged' };
                return { kind: 'rejected', findings: [{ code: 'STRATEGY_TRANSITION_INVALID', field: 'decision', detail: `'${signer.signerId}' already decided '${before?.decision}' on ${target.revision}; a decision is final (a new packet revision asks again)` }] };
            }
            const signed = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_4__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_PAYLOAD_KIND */ .Py, doc, signer);
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionPaths */ .s3)(_family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj, { window: series.window, key, revision: next });
            const log = (0,_logs_js__WEBPACK_IMPORTED_MODULE_23__/* .validationLog */ .e)('decision', [
                ['decision', paths.packet],
                ['payload_type', _family_js__WEBPACK_IMPORTED_MODULE_13__/* .SIGNOFF_FAMILY */ .mj.payloadType],
                ['packet', `${target.packet_path} sha256:${doc.packet_sha256} (${target.state} at signing)`],
                ['signer', `${signer.signerId} (${entry.class}, ${entry.authority_scope}, key id ${signer.keyId})`],
                ['verdict', `${decision} (recommends ${recommend})`],
                ['checklist', policy.reviewer_checklist.map((item) => `${item}=${checklist[item] ? 'yes' : 'no'}`).join(', ')],
                ['checks', 'signer in the policy with its class and scope; not a CI key; packet published and not incomplete; checklist confirmed (approve)'],
                ['result', 'SIGNED'],
                ['signed_at_utc', doc.signer.signed_at_utc]
            ]);
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: signed.payloadSha256 } };
        }
    });
    return report(inv, r, `strategy decision ${signer.signerId} ${decision} ${target.revision}`, { signer_id: signer.signerId, decision, packet_sha256: doc.packet_sha256 });
}
async function statusCommand(inv) {
    const settings = inv.settings([]);
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_8__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_20__/* .loadStrategyTrust */ .C)(settings, { what: 'strategy status' });
    const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(required(inv, 'window'), 'release_window_id');
    const clusterRaw = str(inv, 'cluster');
    const cluster = clusterRaw === undefined ? undefined : (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_11__.normalizeId)(clusterRaw, 'exception cluster');
    const all = (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_16__/* .windowStatus */ .T)(top, window, trust, settings.now), trust).filter((s) => cluster === undefined || s.exception_cluster_id === cluster);
    const ok = all.length > 0 && all.every(_panel_js__WEBPACK_IMPORTED_MODULE_19__/* .seriesPasses */ .Nu);
    const outcomes = await (0,_outcomes_read_js__WEBPACK_IMPORTED_MODULE_18__/* .outcomesAt */ .h)(top, window, trust, settings.now);
    if (inv.values.json)
        inv.io.stdout(`${JSON.stringify({ release_window_id: window, passed: ok, series: all.map((s) => (0,_panel_js__WEBPACK_IMPORTED_MODULE_19__/* .statusJson */ .bj)(s, outcomes)) }, null, 2)}\n`);
    else
        inv.io.stdout((0,_render_js__WEBPACK_IMPORTED_MODULE_17__/* .renderStatus */ .L)(window, all, outcomes));
    return ok ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure;
}


/***/ })

};
