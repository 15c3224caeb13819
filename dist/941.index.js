export const id = 941;
export const ids = [941];
export const modules = {

/***/ 85941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewWindow: () => (/* binding */ reviewWindow)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 21 modules
var ledger_gate = __webpack_require__(10193);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(51561);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/publish.ts
var publish = __webpack_require__(77566);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(70269);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(90609);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
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

// EXTERNAL MODULE: ./src/closure/sign.ts + 2 modules
var sign = __webpack_require__(81402);
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
    const trust = await (0,inspector.loadClosureTrust)(settings);
    const gate = await (0,ledger_gate.runLedgerGate)(settings);
    const verification = (0,sign/* verifyPacket */.UH)(latest.packet, latest.signature ?? Buffer.alloc(0), trust.keyring, trust.policy, settings.now);
    const review = reviewPacket({ verification, evidence: gate.evidence, policy: trust.policy, seed });
    return { file: latest.paths.packet, review, text: renderReviewText(review) };
}


/***/ }),

/***/ 77566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   P0: () => (/* binding */ exportWindow)
/* harmony export */ });
/* unused harmony export commitMessage */
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51561);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78483);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59077);
/* harmony import */ var _write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82170);




/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
async function latestRevision(dir, commit, family, series) {
    if (commit === null)
        return null;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(dir);
    const files = await repo.listTree(commit, (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .windowDir */ .Wg)(family, series.window));
    const id = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(series);
    let latest = 0;
    for (const f of files) {
        const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type === 'artifact' && (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(p.ref) === id)
            latest = Math.max(latest, p.ref.revision);
    }
    if (latest === 0)
        return null;
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionPaths */ .s3)(family, { ...series, revision: latest });
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const packetOid = byPath.get(paths.packet);
    const sigOid = byPath.get(paths.signature);
    const blobs = await repo.readBlobs([packetOid, sigOid].filter((o) => o !== undefined));
    return {
        revision: latest,
        paths,
        packet: (packetOid && blobs.get(packetOid)) || Buffer.alloc(0),
        signature: sigOid ? blobs.get(sigOid) : undefined
    };
}
function commitMessage(family, series, revision, digest, previous) {
    const label = (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(revision);
    return [
        `${family.root}: ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(series)} ${label} sha256:${digest.slice(0, 12)}`,
        '',
        `release_window_id: ${series.window}`,
        ...(series.key !== undefined ? [`series: ${series.key}`] : []),
        `revision: ${label}`,
        `signature_digest: sha256:${digest}`,
        `supersedes: ${previous ? (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(previous.revision) : 'none'}`,
        '',
        `Written once by release-evidence; published files are never modified.`
    ].join('\n');
}
async function exportWindow(args) {
    const { family, series } = args;
    const previous = await latestRevision(args.dir, args.parentOid, family, series);
    const next = (previous?.revision ?? 0) + 1;
    const outcome = await args.build(next, previous);
    const base = { series, commitOid: null, files: null, digest: null, findings: [] };
    if (outcome.kind === 'unchanged')
        return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' };
    if (outcome.kind === 'rejected')
        return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings };
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionPaths */ .s3)(family, { ...series, revision: next });
    const { commitOid } = await (0,_write_js__WEBPACK_IMPORTED_MODULE_2__/* .commitFiles */ .z)({
        dir: args.dir,
        branch: args.branch,
        parentOid: args.parentOid,
        committer: args.committer,
        message: commitMessage(family, series, next, outcome.files.digest, previous),
        files: [
            { path: paths.packet, bytes: outcome.files.packet },
            { path: paths.signature, bytes: outcome.files.signature },
            { path: paths.log, bytes: outcome.files.log }
        ]
    });
    return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest };
}


/***/ }),

/***/ 78688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ assertNoSymlinkInPaths)
/* harmony export */ });
/* unused harmony export assertNoSymlinkInPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84598);




// The store writes into the working tree of a checked-out branch, through mkdir and writeFile,
// which follow symbolic links. A link anywhere between the repository root and a file
// (closure-packets/ itself, a window folder, the file), left untracked by an earlier step of the
// job, would carry the write outside the repository. So every component below the root is
// checked with lstat before anything is written; what does not exist yet is created later as a
// real folder. The root itself (and what lies above it) is the checkout's own business.
/** Throws a UserError (REPO_INVALID) when a component of `path` (repo-relative, `/`-separated) below `root` is a symbolic link. */
async function assertNoSymlinkInPath(root, path) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const rel = parts.slice(0, i).join('/');
        let stat;
        try {
            stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel));
        }
        catch (err) {
            const code = err.code;
            // nothing there (or a file where a folder should be, reported by the write itself)
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return;
            throw err;
        }
        if (stat.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)).catch(() => '?');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${rel}: is a symbolic link (to ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_3__.printable)(target)}) in the working tree; the store writes only real files and folders inside the repository, ` +
                    `so it wrote nothing: remove it (rm ${rel}) and run again`
            });
        }
        if (!stat.isDirectory())
            return;
    }
}
/** assertNoSymlinkInPath for each path, in order. */
async function assertNoSymlinkInPaths(root, paths) {
    for (const path of paths)
        await assertNoSymlinkInPath(root, path);
}


/***/ }),

/***/ 82170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ commitFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _worktree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78688);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51561);





async function commitFiles(args) {
    const { dir, files } = args;
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(dir);
    const ref = `refs/heads/${args.branch}`;
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: 'store: commit with no files' });
    for (const f of files)
        assertSafePath(f.path);
    const expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid;
    const checkedOut = (await repo.currentBranch()) === args.branch;
    if (checkedOut) {
        // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
        if (expected !== args.parentOid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${ref} is checked out; build on its tip or on an unchecked-out branch` });
        }
    }
    // before any object is written: a link in the working tree would carry the write elsewhere
    if (checkedOut)
        await (0,_worktree_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNoSymlinkInPaths */ .m)(dir, files.map((f) => f.path));
    const pending = { files: new Map(), dirs: new Map() };
    for (const f of files) {
        const oid = await repo.writeBlob(f.bytes);
        const parts = f.path.split('/');
        let node = pending;
        for (const part of parts.slice(0, -1)) {
            let next = node.dirs.get(part);
            if (!next)
                node.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            node = next;
        }
        const name = parts[parts.length - 1];
        if (node.files.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: ${f.path} given twice` });
        node.files.set(name, oid);
    }
    const parentTree = args.parentOid ? await repo.commitTree(args.parentOid) : null;
    const treeOid = await mergeTree(repo, parentTree, pending, '');
    if (checkedOut)
        await assertWorktreeFree(dir, files);
    const who = { name: args.committer.name, email: args.committer.email, timestamp: args.committer.timestamp, timezoneOffset: 0 };
    const commitOid = await repo.writeCommit({
        tree: treeOid,
        parent: args.parentOid ? [args.parentOid] : [],
        author: who,
        committer: who,
        message: args.message.endsWith('\n') ? args.message : `${args.message}\n`
    });
    if (!(await repo.updateRef(ref, commitOid, expected, `release-evidence: ${args.message.split('\n')[0]}`))) {
        const current = await repo.tryResolveRef(ref);
        if (current === expected)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'GIT', message: `store: could not move ${ref} to ${commitOid} (is another git process holding its lock?)` });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({
            code: 'REF_MOVED',
            message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${expected ?? '(unborn)'}; rebuild the export on the new tip`
        });
    }
    if (checkedOut) {
        for (const f of files) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(abs, f.bytes);
            await repo.addToIndex(f.path);
        }
    }
    return { commitOid, treeOid, worktreeUpdated: checkedOut };
}
/** Rewrites only the trees along new paths; refuses to replace anything that exists. */
async function mergeTree(repo, baseOid, pending, at) {
    const entries = new Map();
    if (baseOid) {
        for (const e of await repo.readTree(baseOid))
            entries.set(e.path, e);
    }
    for (const [name, oid] of pending.files) {
        if (entries.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` });
        }
        entries.set(name, { mode: '100644', path: name, oid, type: 'blob' });
    }
    for (const [name, sub] of pending.dirs) {
        const existing = entries.get(name);
        if (existing && existing.type !== 'tree') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` });
        }
        const oid = await mergeTree(repo, existing?.oid ?? null, sub, `${at}${name}/`);
        entries.set(name, { mode: '040000', path: name, oid, type: 'tree' });
    }
    return repo.writeTree([...entries.values()]);
}
function assertSafePath(path) {
    const parts = path.split('/');
    // eslint-disable-next-line no-control-regex -- a control character makes a path unsafe
    if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InternalError */ .Gd({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` });
    }
}
/** An untracked file in the way would be silently replaced; identical bytes are fine. */
async function assertWorktreeFree(dir, files) {
    for (const f of files) {
        let existing;
        try {
            existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f.path));
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT')
                continue;
            if (code === 'ENOTDIR')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${f.path}: a parent of this path is a file in the working tree; move it away` });
            throw err;
        }
        if (!Buffer.from(f.bytes).equals(existing)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo({
                code: 'REPO_INVALID',
                message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
            });
        }
    }
}


/***/ })

};
