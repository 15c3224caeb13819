export const id = 1659;
export const ids = [1659,4663,7044];
export const modules = {

/***/ 85941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewWindow: () => (/* binding */ reviewWindow)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 22 modules
var ledger_gate = __webpack_require__(11814);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(15027);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(70269);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(90609);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(54705);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
;// CONCATENATED MODULE: ./src/closure/review.ts




const CHECK_CODES = {
    evidence_refs: ['CLOSURE_EVIDENCE_UNRESOLVED'],
    approver_lineage: ['LINEAGE_INCOMPLETE'],
    utc_timestamps: ['PACKET_TIMESTAMP_NOT_UTC'],
    revision_chain: ['PACKET_REVISION_INVALID', 'PACKET_DIGEST_MISSING', 'PACKET_DIGEST_MISMATCH'],
    packet_contract: ['PACKET_FIELD_MISSING', 'PACKET_ROWS_UNSORTED']
};
const REEXPORT = 'mark the packet non-compliant, fix the source rows and re-export a new revision';
function reviewPacket(input) {
    const { verification: v, policy } = input;
    const packet = v.packet;
    const rows = Array.isArray(packet?.rows) ? packet.rows : [];
    const seed = input.seed ?? (typeof packet?.signature_digest === 'string' ? packet.signature_digest : '');
    const follow = [];
    const checks = [];
    const packetId = typeof packet?.packet_id === 'string' ? packet.packet_id : '';
    const sig = v.signature;
    checks.push({ id: 'signature', ok: sig.ok, detail: sig.ok ? `verified: ${sig.key.signerId} (${sig.key.role})${sig.key.demo ? ', DEMO key' : ''}` : `${sig.code}: ${sig.message}` });
    if (!sig.ok)
        follow.push({ code: sig.code, subject: packetId, action: `${sig.fix}; until then the window's closure stays pending` });
    const version = packet?.schema?.version;
    const approved = typeof version === 'number' && policy.data.review.approved_schema_versions.includes(version);
    checks.push({ id: 'schema_version', ok: approved, detail: `schema v${String(version)}; approved: ${policy.data.review.approved_schema_versions.join(', ')}` });
    if (!approved)
        follow.push({ code: 'REVIEW_SCHEMA_UNAPPROVED', subject: packetId, action: `approve schema v${String(version)} in ${policy.file} review.approved_schema_versions, or re-export under an approved version` });
    const findings = v.findings.filter((f) => f.code !== (sig.ok ? '' : sig.code));
    for (const [id, codes] of Object.entries(CHECK_CODES)) {
        const hits = findings.filter((f) => codes.includes(f.code));
        checks.push({ id, ok: hits.length === 0, detail: hits.length === 0 ? 'ok' : `${hits.length} finding(s): ${hits.slice(0, 3).map(describeFinding).join('; ')}` });
        for (const f of hits)
            follow.push({ code: f.code, subject: f.field || packetId, action: REEXPORT });
    }
    const sample = sampleRows(rows, seed, input.sampleSize ?? policy.data.review.sample_size).map(({ row, rank }) => {
        const index = rows.indexOf(row);
        const refs = traceRefs(row, packet?.release_window_id ?? '', input.evidence, policy);
        for (const r of refs) {
            if (r.status !== 'traced')
                follow.push({ code: r.status === 'missing' ? 'REVIEW_REF_MISSING' : 'REVIEW_REF_CHANGED', subject: row.alarm_id, action: `${r.detail}; restore the evidence row or re-export the packet` });
        }
        const lineageComplete = !findings.some((f) => f.code === 'LINEAGE_INCOMPLETE' && f.field.startsWith(`/rows/${index}/`));
        return { alarm_id: row.alarm_id, rank, refs, lineage_complete: lineageComplete };
    });
    const untraced = sample.flatMap((s) => s.refs).filter((r) => r.status !== 'traced');
    checks.push({
        id: 'sample_trace',
        ok: untraced.length === 0,
        detail: sample.length === 0 ? 'no rows to sample' : `${sample.length} alarm(s) sampled, ${sample.reduce((n, s) => n + s.refs.length, 0) - untraced.length} ref(s) traced, ${untraced.length} not`
    });
    return {
        release_window_id: typeof packet?.release_window_id === 'string' ? packet.release_window_id : '',
        packet_id: packetId,
        revision: typeof packet?.revision === 'string' ? packet.revision : '',
        seed,
        seed_source: input.seed === undefined ? 'packet-digest' : 'explicit',
        checks,
        sample,
        pass: checks.every((c) => c.ok),
        follow_ups: follow
    };
}
/** The reproducible sample: rows ranked by sha256("<seed>:<alarm_id>"), lowest first. */
function sampleRows(rows, seed, size) {
    return rows
        .map((row) => ({ row, rank: (0,hash/* sha256Hex */.fg)(`${seed}:${row.alarm_id}`) }))
        .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
        .slice(0, Math.max(0, size));
}
function traceRefs(row, windowId, evidence, policy) {
    const out = [];
    const refs = (row.closure_evidence_refs ?? {});
    for (const { kind, field } of policy.data.evidence_refs) {
        for (const ref of refs[field] ?? []) {
            const candidates = evidence.filter((e) => e.evidence_id === ref.evidence_id);
            if (candidates.length === 0) {
                out.push({ field, kind, evidence_id: ref.evidence_id, status: 'missing', detail: `evidence row ${ref.evidence_id} (${kind}) is not in the evidence input` });
                continue;
            }
            const diffs = candidates.map((e) => differences(e, ref, row.alarm_id, windowId, kind));
            const best = diffs.find((d) => d.length === 0) ?? diffs[0];
            out.push({
                field,
                kind,
                evidence_id: ref.evidence_id,
                status: best.length === 0 ? 'traced' : 'changed',
                detail: best.length === 0 ? 'traced' : `evidence row ${ref.evidence_id} differs from the packet in ${best.join(', ')}`
            });
        }
    }
    return out;
}
function differences(e, ref, alarmId, windowId, kind) {
    const d = [];
    if (e.release_window_id !== windowId)
        d.push('release_window_id');
    if (e.alarm_id !== alarmId)
        d.push('alarm_id');
    if (e.evidence_kind !== kind)
        d.push('evidence_kind');
    if (e.uri.trim() !== ref.uri)
        d.push('uri');
    const t = (0,time/* parseUtc */.y5)(e.recorded_utc);
    if (!t.ok || (0,time/* formatUtc */.ay)(t.ms) !== ref.recorded_utc)
        d.push('recorded_utc');
    if (e.recorded_by.trim() !== ref.recorded_by)
        d.push('recorded_by');
    return d;
}
function describeFinding(f) {
    return `${f.code} at ${f.field || '/'}`;
}
function renderReviewText(r) {
    const out = [
        `Review of ${(0,ids.printable)(r.packet_id)} ${(0,ids.printable)(r.revision)} (window ${(0,ids.printable)(r.release_window_id)}): ${r.pass ? 'PASS' : 'FAIL'}`,
        ...r.checks.map((c) => `  [${c.ok ? 'x' : ' '}] ${c.id}: ${(0,ids.printable)(c.detail, 300)}`),
        `  sample (seed ${r.seed_source === 'explicit' ? (0,ids.printable)(r.seed, 80) : 'packet signature_digest'}):`,
        ...r.sample.flatMap((s) => [
            `    ${(0,ids.printable)(s.alarm_id)}: lineage ${s.lineage_complete ? 'complete' : 'INCOMPLETE'}`,
            ...s.refs.map((ref) => `      ${ref.field} ${(0,ids.printable)(ref.evidence_id)}: ${ref.status}${ref.status === 'traced' ? '' : ` (${(0,ids.printable)(ref.detail, 200)})`}`)
        ])
    ];
    if (r.follow_ups.length > 0)
        out.push('  follow-up actions:', ...r.follow_ups.map((f) => `    - ${f.code} ${(0,ids.printable)(f.subject)}: ${(0,ids.printable)(f.action, 300)}`));
    return `${out.join('\n')}\n`;
}
function renderReviewMarkdown(r) {
    const out = [
        `#### Review of ${mdText(r.packet_id)} ${mdText(r.revision)}: ${r.pass ? 'PASS' : 'FAIL'}`,
        '',
        ...r.checks.map((c) => `- [${c.ok ? 'x' : ' '}] ${c.id}: ${mdText(c.detail)}`),
        '',
        '| sampled alarm | lineage | refs traced |',
        '|---|---|---|',
        ...r.sample.map((s) => `| ${mdText(s.alarm_id)} | ${s.lineage_complete ? 'complete' : 'incomplete'} | ${s.refs.filter((x) => x.status === 'traced').length}/${s.refs.length} |`)
    ];
    if (r.follow_ups.length > 0)
        out.push('', '**Follow-up actions**', '', ...r.follow_ups.map((f) => `- ${f.code} ${mdText(f.subject)}: ${mdText(f.action)}`));
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/closure/sign.ts + 1 modules
var sign = __webpack_require__(10312);
;// CONCATENATED MODULE: ./src/closure/review-command.ts










// `review`: the latest revision of one window at HEAD, verified, sampled and traced (review.ts).
async function reviewWindow(settings, rawWindow, seed) {
    const series = (0,layout/* seriesFor */.FT)(family/* CLOSURE_FAMILY */.L, rawWindow);
    // The latest revision is only the latest in a whole history: a shallow clone is refused, as verify refuses it.
    const facts = await (0,store_history/* repoFacts */.yQ)(settings.workspace);
    if (facts.shallow)
        throw (0,store_history/* shallowError */.Jn)();
    const top = facts.top;
    const latest = await (0,publish/* latestRevision */.HA)(top, await (0,git/* openRepository */.h_)(top).headOid(), family/* CLOSURE_FAMILY */.L, series);
    if (!latest) {
        throw new errors/* UserError */.yo({ code: 'INPUT_MISSING', message: `no closure packet for window '${series.window}' at HEAD under ${family/* CLOSURE_FAMILY */.L.root}/; run export-closure first or check the window id` });
    }
    const trust = await (0,inspector.loadClosureTrust)(settings, { what: 'review' });
    const gate = await (0,ledger_gate.runLedgerGate)(settings);
    const verification = (0,sign/* verifyPacket */.UH)(latest.packet, latest.signature ?? Buffer.alloc(0), trust.keyring, trust.policy, settings.now);
    const review = reviewPacket({ verification, evidence: gate.evidence, policy: trust.policy, seed });
    return { file: latest.paths.packet, review, text: renderReviewText(review) };
}


/***/ }),

/***/ 15027:
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
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(46692);
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
var write = __webpack_require__(82170);
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

/***/ 34663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(91899);









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

/***/ 29021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ knownRepo),
/* harmony export */   GQ: () => (/* binding */ withKnownRepo),
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96581);





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
