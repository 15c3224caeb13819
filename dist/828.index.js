export const id = 828;
export const ids = [828];
export const modules = {

/***/ 53828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ exportClosure)
});

// UNUSED EXPORTS: exportClosureWindow

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/publish/deepen.ts
var deepen = __webpack_require__(37386);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(51561);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(70997);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/publish.ts
var publish = __webpack_require__(77566);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/closure/digest.ts
var digest = __webpack_require__(82253);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(70269);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(90609);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
;// CONCATENATED MODULE: ./src/closure/packet.ts






function buildPacket(input) {
    const { gate, policy, signer, previous } = input;
    const windowId = (0,ids.normalizeId)(input.windowId, 'release_window_id');
    const evidence = indexEvidence(gate.evidence);
    const rows = [];
    const defects = [];
    const leftOut = { unresolved: 0, invalid_ack: 0, timestamp_invalid: 0, evidence_unresolved: 0, lineage_incomplete: 0, total: 0 };
    const alarms = gate.alarms.filter((a) => a.alarm.release_window_id === windowId).sort((a, b) => cmp(a.alarm.alarm_id, b.alarm.alarm_id));
    for (const ev of alarms) {
        if (!ev.resolved || !ev.entry) {
            leftOut.unresolved++;
            continue;
        }
        if (!ev.valid_ack) {
            leftOut.invalid_ack++;
            continue;
        }
        const built = buildRow(ev, evidence, input.policy, windowId);
        if (built.ok) {
            rows.push(built.row);
            continue;
        }
        defects.push(...built.defects);
        leftOut[bucketOf(built.defects[0].defect_code)]++;
    }
    leftOut.total = leftOut.unresolved + leftOut.invalid_ack + leftOut.timestamp_invalid + leftOut.evidence_unresolved + leftOut.lineage_incomplete;
    const revision = previous ? nextRevision(previous.revision) : (0,util_revision/* formatRevision */.T)(1);
    const packet = (0,digest/* sealPacket */.E3)({
        packet_id: `${policy.data.packet_id_prefix}-${windowId}`,
        release_window_id: windowId,
        revision,
        supersedes: previous ? { revision: previous.revision, signature_digest: previous.signature_digest } : null,
        schema: { version: policy.data.schema_version, sha256: policy.sha256 },
        ledger_policy_sha256: gate.policy.sha256,
        signer: (0,signing_signer/* signerBlock */._)(signer),
        exported_at_utc: (0,time/* formatUtc */.ay)(signer.at),
        rows,
        left_out: leftOut
    });
    return { packet, defects: (0,defect/* sortDefects */.XJ)(defects), contentKey: (0,digest/* contentKey */.lO)(packet) };
}
/** One packet per window the gate evaluated, windows in id order. */
function buildPackets(gate, policy, signer, previous = new Map()) {
    return [...new Set(gate.windows.map((w) => w.release_window_id))]
        .sort(cmp)
        .map((windowId) => buildPacket({ gate, windowId, policy, signer, previous: previous.get(windowId) }));
}
function nextRevision(label) {
    const n = (0,util_revision/* parseRevision */.P)(label);
    if (n === null)
        throw new RangeError(`previous revision '${label}' is not of the form r001`);
    return (0,util_revision/* formatRevision */.T)(n + 1);
}
function bucketOf(code) {
    if (code === 'CLOSURE_TIMESTAMP_INVALID')
        return 'timestamp_invalid';
    if (code === 'CLOSURE_EVIDENCE_UNRESOLVED')
        return 'evidence_unresolved';
    return 'lineage_incomplete';
}
function key(windowId, alarmId, kind) {
    return `${windowId}\u0000${alarmId}\u0000${kind}`;
}
function indexEvidence(rows) {
    const m = new Map();
    for (const r of rows) {
        const k = key(r.release_window_id, r.alarm_id, r.evidence_kind);
        const list = m.get(k);
        if (list)
            list.push(r);
        else
            m.set(k, [r]);
    }
    return m;
}
// Problems are collected per row (not first-failure) so one export shows everything to fix; the
// first problem's code decides which left_out bucket the row is counted in.
function buildRow(ev, evidence, policy, windowId) {
    const entry = ev.entry;
    const alarm = ev.alarm;
    const problems = [];
    const utc = (raw, field, source = entry.source) => {
        const p = (0,time/* parseUtc */.y5)(raw);
        if (p.ok)
            return (0,time/* formatUtc */.ay)(p.ms);
        problems.push({ code: 'CLOSURE_TIMESTAMP_INVALID', field, detail: `${field} ${p.reason}`, action: 'correct the timestamp to RFC 3339 with a zone, e.g. 2026-11-23T14:05:00Z', source });
        return '';
    };
    const ackUtc = utc(entry.ack_timestamp_utc, 'ack_timestamp_utc');
    const closure = ev.closure_evidence;
    if (!closure) {
        problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: 'closure_evidence_ref', detail: `closure_evidence_ref '${entry.closure_evidence_ref}' did not resolve to an evidence row`, action: 'record the closure evidence row and reference its evidence_id' });
    }
    const resolvedUtc = closure ? utc(closure.recorded_utc, 'resolved_timestamp_utc', closure.source) : '';
    const refs = {};
    for (const { kind, field } of policy.data.evidence_refs) {
        const found = (evidence.get(key(windowId, alarm.alarm_id, kind)) ?? [])
            .map((r) => ({ row: r, ref: { evidence_id: r.evidence_id.trim(), uri: r.uri.trim(), recorded_utc: utc(r.recorded_utc, `closure_evidence_refs/${field}`, r.source), recorded_by: r.recorded_by.trim() } }));
        const empty = found.filter((f) => f.ref.evidence_id === '' || f.ref.uri === '');
        for (const f of empty) {
            problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: `closure_evidence_refs/${field}`, detail: `${kind} evidence row has an empty ${f.ref.evidence_id === '' ? 'evidence_id' : 'uri'}`, action: `fill in the ${kind} row's evidence_id and uri`, source: f.row.source });
        }
        if (found.length === 0) {
            problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: `closure_evidence_refs/${field}`, detail: `no ${kind} evidence row for this alarm in window ${windowId}`, action: `add a ${kind} row (${describe(policy, kind)}) to the evidence input for this alarm` });
        }
        refs[field] = found.map((f) => f.ref).sort((a, b) => cmp(a.recorded_utc, b.recorded_utc) || cmp(a.evidence_id, b.evidence_id));
    }
    const lineage = buildLineage(ev, refs, policy);
    for (const missing of lineage.missing) {
        problems.push({ code: 'LINEAGE_INCOMPLETE', field: `approver_lineage/${missing.field}`, detail: missing.detail, action: missing.action });
    }
    const resolvedBy = closure?.recorded_by.trim() ?? '';
    if (closure && resolvedBy === '') {
        problems.push({ code: 'LINEAGE_INCOMPLETE', field: 'resolved_by', detail: `closure evidence ${closure.evidence_id} has no recorded_by`, action: 'record who resolved the alarm on the closure evidence row', source: closure.source });
    }
    if (problems.length > 0) {
        return {
            ok: false,
            defects: problems.map((p) => ({
                subject: alarm.alarm_id,
                defect_code: p.code,
                severity: 'blocking',
                owner_role: alarm.primary_owner_role,
                required_action: p.action,
                release_window_id: windowId,
                file: (p.source ?? entry.source).file,
                line: (p.source ?? entry.source).line,
                field: p.field,
                detail: p.detail
            }))
        };
    }
    return {
        ok: true,
        row: {
            alarm_id: alarm.alarm_id,
            alarm_class: alarm.alarm_class,
            closure_state: entry.closure_state,
            acknowledged_by: entry.acknowledged_by,
            ack_timestamp_utc: ackUtc,
            resolved_by: resolvedBy,
            resolved_timestamp_utc: resolvedUtc,
            closure_evidence_id: closure.evidence_id,
            closure_evidence_refs: refs,
            approver_lineage: lineage.lineage
        }
    };
}
function buildLineage(ev, refs, policy) {
    const entry = ev.entry;
    const missing = [];
    const path = ev.owner_mapping === 'primary' || ev.owner_mapping === 'backup' || ev.owner_mapping === 'incident_commander' ? ev.owner_mapping : undefined;
    if (!path)
        missing.push({ field: 'ack_path', detail: `the acknowledgment maps to no owner (${ev.owner_mapping})`, action: 'acknowledge as the owner, backup owner or incident commander' });
    const ownerRole = ev.alarm.primary_owner_role.trim();
    if (ownerRole === '')
        missing.push({ field: 'owner_role', detail: 'the alarm has no owner role', action: 'set primary_owner_role on the alarm row' });
    const backup = path === 'backup' ? ev.alarm.backup_owner_role.trim() : null;
    if (backup === '')
        missing.push({ field: 'backup_owner_role', detail: 'the backup acknowledged, but the alarm names no backup owner role', action: 'set backup_owner_role on the alarm row' });
    const ic = path === 'incident_commander' ? entry.acknowledged_by.trim() : null;
    if (ic === '')
        missing.push({ field: 'incident_commander', detail: 'incident-commander override without a named acknowledger', action: 'record who acknowledged under the override in acknowledged_by' });
    const approverKind = policy.data.lineage.final_approver_from;
    const approverField = policy.data.evidence_refs.find((r) => r.kind === approverKind).field;
    const notes = refs[approverField] ?? [];
    const finalApprover = notes.length > 0 ? notes[notes.length - 1].recorded_by : '';
    if (notes.length > 0 && finalApprover === '') {
        missing.push({ field: 'final_approver', detail: `the latest ${approverKind} row has no recorded_by`, action: `record the approver on the ${approverKind} row` });
    }
    else if (notes.length === 0) {
        missing.push({ field: 'final_approver', detail: `no ${approverKind} row names a final approver`, action: `add an ${approverKind} row recorded by the final approver` });
    }
    if (policy.data.lineage.final_approver_distinct_from_acknowledger && finalApprover !== '' && finalApprover === entry.acknowledged_by.trim()) {
        missing.push({ field: 'final_approver', detail: `final approver '${finalApprover}' also acknowledged the alarm`, action: 'have someone other than the acknowledger approve the closure (separation of duties)' });
    }
    return {
        lineage: { ack_path: path ?? 'primary', owner_role: ownerRole, backup_owner_role: backup, incident_commander: ic, final_approver: finalApprover },
        missing
    };
}
function describe(policy, kind) {
    return policy.data.evidence_refs.find((r) => r.kind === kind)?.description ?? kind;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/closure/sign.ts + 2 modules
var sign = __webpack_require__(81402);
// EXTERNAL MODULE: ./src/closure/summary.ts
var summary = __webpack_require__(35325);
// EXTERNAL MODULE: ./src/store/worktree.ts
var worktree = __webpack_require__(78688);
;// CONCATENATED MODULE: ./src/closure/export.ts



















/**
 * Plans, builds, signs, verifies and commits one window on top of `parentOid`. Safe to re-run on a
 * new tip after a rejected push: the revision is re-derived from that tip's tree.
 */
async function exportClosureWindow(args) {
    const series = (0,layout/* seriesFor */.FT)(family/* CLOSURE_FAMILY */.L, args.windowId);
    let built;
    let verification;
    let landed;
    const result = await (0,publish/* exportWindow */.P0)({
        dir: args.dir,
        branch: args.branch,
        parentOid: args.parentOid,
        family: family/* CLOSURE_FAMILY */.L,
        series,
        committer: args.committer,
        build: (next, previous) => {
            const link = previous ? previousLink(previous) : undefined;
            built = buildPacket({ gate: args.gate, windowId: series.window, policy: args.trust.policy, signer: args.signer, previous: link });
            if (previous && link && contentKeyOf(previous) === built.contentKey) {
                const v = previous.signature ? (0,sign/* verifyPacket */.UH)(previous.packet, previous.signature, args.trust.keyring, args.trust.policy, args.now) : undefined;
                landed = { packet: (0,json/* parseLoose */.i)(previous.packet), verification: v };
                return { kind: 'unchanged' };
            }
            if (previous)
                refuseBackwardTime(previous, args.now);
            if (built.packet.revision !== (0,util_revision/* formatRevision */.T)(next))
                throw new Error(`store: built ${built.packet.revision}, expected ${(0,util_revision/* formatRevision */.T)(next)}`);
            const signed = (0,sign/* signPacket */._O)(built.packet, args.signer, args.trust.keyring, args.trust.policy, args.now);
            verification = signed.verification;
            if (!signed.ok)
                return { kind: 'rejected', findings: signed.findings.map((f) => ({ code: f.code, field: f.field, detail: f.detail })) };
            const paths = (0,layout/* revisionPaths */.s3)(family/* CLOSURE_FAMILY */.L, { ...series, revision: next });
            const log = (0,inspector/* renderVerifyLog */.d)({ paths, packet: built.packet, verification: signed.verification, trust: args.trust, now: args.now });
            return {
                kind: 'signed',
                files: { packet: Buffer.from(signed.files.json, 'utf8'), signature: Buffer.from(signed.files.sig, 'utf8'), log: Buffer.from(log, 'utf8'), digest: built.packet.signature_digest }
            };
        }
    });
    const b = built;
    const shown = landed ?? { packet: b.packet, verification };
    return { ...result, packet: shown.packet, summary: (0,summary/* summarizePacket */.qz)(shown.packet, shown.verification), rowDefects: b.defects };
}
function previousLink(previous) {
    const facts = (0,sign/* factsOf */.xS)((0,json/* parseLoose */.i)(previous.packet));
    if (facts.digest === null || !/^[0-9a-f]{64}$/.test(facts.digest)) {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `${previous.paths.packet}: the latest published revision has no readable signature_digest, so a new revision cannot link to it; run 'release-evidence verify' and repair the store from history`
        });
    }
    return { revision: (0,util_revision/* formatRevision */.T)(previous.revision), signature_digest: facts.digest };
}
/** Time runs forward: a new revision is never signed before the revision it supersedes. */
function refuseBackwardTime(previous, now) {
    const signedAt = (0,sign/* factsOf */.xS)((0,json/* parseLoose */.i)(previous.packet)).signedAt;
    if (signedAt !== null && Date.parse(signedAt) > now) {
        throw new errors/* UserError */.yo({
            code: 'USAGE',
            message: `${previous.paths.packet} was signed at ${signedAt}, after the export instant ${(0,time/* formatUtc */.ay)(now)}: a revision cannot be signed before the one it supersedes; pass a --now at or after ${signedAt} (or fix the clock)`
        });
    }
}
function contentKeyOf(previous) {
    const doc = (0,json/* parseLoose */.i)(previous.packet);
    return typeof doc === 'object' && doc !== null ? (0,digest/* contentKey */.lO)(doc) : null;
}
/** Exports every window the gate evaluated, one commit per written revision, chained. */
async function exportClosure(args) {
    const { settings, gate } = args;
    const top = await (0,store_history/* repoTopLevel */.MS)(settings.workspace);
    const trust = await (0,inspector.loadClosureTrust)(settings);
    const secret = await (0,keys/* readSigningSecret */.yG)({ ...args.secrets, keyFile: settings.signing?.keyFile });
    if (!secret) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_MISSING',
            message: `no signing key: pass --key-file FILE, set $${keys/* SIGNING_KEY_ENV */.on}, or set the Action's signing-key input (create a key with 'release-evidence keygen')`
        });
    }
    const signer = (0,signing_signer/* createSigner */.r)((0,keys/* parseSigningKey */.UG)(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId);
    const branch = settings.git?.storeBranch || (await checkedOutBranch(top));
    const gitSettings = settings.git ?? src_settings/* DEFAULT_GIT */.P;
    const committer = { name: gitSettings.committerName, email: gitSettings.committerEmail, timestamp: Math.floor(settings.now / 1000) };
    let parent = await (0,git/* openRepository */.h_)(top).tryResolveRef(`refs/heads/${branch}`);
    // The next revision links to the latest one, and only the branch's whole history proves which
    // that is: a cut-off history is refused, as verify refuses it (the Action deepens first).
    if (parent)
        await (0,deepen/* assertCompleteHistory */.kX)(top, branch, parent);
    const windows = [];
    const ids = [...new Set(gate.windows.map((w) => w.release_window_id))].sort();
    // every window's folder before the first is written: a link in one must not leave the rest half-exported
    await (0,worktree/* assertNoSymlinkInPaths */.m)(top, ids.map((id) => (0,layout/* windowDir */.Wg)(family/* CLOSURE_FAMILY */.L, (0,layout/* seriesFor */.FT)(family/* CLOSURE_FAMILY */.L, id).window)));
    for (const windowId of ids) {
        const r = await exportClosureWindow({ dir: top, branch, parentOid: parent, gate, windowId, trust, signer, now: settings.now, committer });
        if (r.commitOid)
            parent = r.commitOid;
        windows.push(r);
    }
    const rowDefects = windows.some((w) => w.rowDefects.length > 0);
    return {
        branch,
        signer: { signerId: signer.signerId, keyId: signer.keyId, demo: signer.demo },
        windows,
        warnings: secret.warnings,
        failed: windows.some((w) => w.action === 'rejected') || (rowDefects && settings.mode !== 'observe')
    };
}
async function checkedOutBranch(top) {
    const name = await (0,git/* openRepository */.h_)(top).currentBranch();
    if (name === null) {
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the store to; check out a branch or pass --store-branch NAME' });
    }
    return name;
}


/***/ }),

/***/ 35325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i$: () => (/* binding */ renderSummaryMarkdown),
/* harmony export */   qw: () => (/* binding */ renderSummaryText),
/* harmony export */   qz: () => (/* binding */ summarizePacket)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84598);


function summarizePacket(packet, verification) {
    const block = packet.rows.filter((r) => r.alarm_class === 'block').length;
    const sig = verification?.signature;
    return {
        packet_id: packet.packet_id,
        release_window_id: packet.release_window_id,
        revision: packet.revision,
        supersedes: packet.supersedes?.revision ?? null,
        exported_at_utc: packet.exported_at_utc,
        schema_version: packet.schema.version,
        resolved_alarms: packet.rows.length,
        block_alarms_resolved: block,
        page_alarms_resolved: packet.rows.length - block,
        unresolved_or_invalid: packet.left_out.total,
        left_out: packet.left_out,
        signer: { signer_id: packet.signer.signer_id, role: packet.signer.role, key_id: packet.signer.key_id, demo: sig?.ok === true && sig.key.demo },
        signature: sig === undefined ? 'not checked' : sig.ok ? 'verified' : 'failed',
        signature_failure: sig !== undefined && !sig.ok ? sig.code : null,
        signature_digest: packet.signature_digest
    };
}
function leftOutDetail(l) {
    return `unresolved ${l.unresolved}, invalid ack ${l.invalid_ack}, evidence unresolved ${l.evidence_unresolved}, lineage incomplete ${l.lineage_incomplete}, timestamp invalid ${l.timestamp_invalid}`;
}
function signatureText(s) {
    if (s.signature === 'failed')
        return `FAILED (${s.signature_failure ?? 'unknown'})`;
    return s.signature;
}
function lines(s, show) {
    const demo = s.signer.demo ? ' [DEMO KEY: not a trusted signer]' : '';
    return [
        ['Release window', show(s.release_window_id)],
        ['Revision', `${show(s.revision)}${s.supersedes ? ` (supersedes ${show(s.supersedes)})` : ' (first)'}`],
        ['Resolved alarms', `${s.resolved_alarms} (block ${s.block_alarms_resolved}, page ${s.page_alarms_resolved})`],
        ['Unresolved/invalid rows', `${s.unresolved_or_invalid} (${leftOutDetail(s.left_out)})`],
        ['Signer', `${show(s.signer.signer_id)} (role ${show(s.signer.role)}, key ${show(s.signer.key_id.slice(0, 16))})${demo}`],
        ['Signature', show(signatureText(s))],
        ['Signature digest', show(s.signature_digest)],
        ['Exported', `${show(s.exported_at_utc)}, schema v${s.schema_version}`]
    ];
}
function renderSummaryText(s) {
    const rows = lines(s, (t) => (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(t, 200));
    const width = Math.max(...rows.map(([k]) => k.length));
    return [`Closure packet ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(s.packet_id)}`, ...rows.map(([k, v]) => `  ${`${k}:`.padEnd(width + 1)} ${v}`)].join('\n') + '\n';
}
function renderSummaryMarkdown(s) {
    const rows = lines(s, _report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC);
    return [`#### Closure packet ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(s.packet_id)}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n';
}


/***/ }),

/***/ 37386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ fetchCompleteHistory),
/* harmony export */   H0: () => (/* binding */ syncStoreBranch),
/* harmony export */   kX: () => (/* binding */ assertCompleteHistory)
/* harmony export */ });
/* unused harmony exports localBranchTip, shallowBoundariesReachable, shallowHistoryError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51561);
/* harmony import */ var _local_branch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96357);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21285);




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

/***/ 96357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ alignLocalBranch)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51561);

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


/***/ }),

/***/ 21285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pw: () => (/* binding */ authHeaders),
  cu: () => (/* binding */ checkRemoteUrl),
  EO: () => (/* binding */ classifyTransportError),
  D_: () => (/* binding */ fetchBranch),
  BO: () => (/* reexport */ redactUrl),
  W_: () => (/* binding */ remoteTip),
  Gg: () => (/* binding */ resolveRemoteTarget)
});

// UNUSED EXPORTS: FULL_DEPTH, configuredRemoteUrl, trackingRef

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
var git = __webpack_require__(51561);
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
    return (0,git/* remoteRefOid */.eG)({ url: target.url, headers: authHeaders(target.token) }, `refs/heads/${branch}`);
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
        remote: target.remote,
        branch,
        trackingRef: trackingRef(target, branch),
        ...(opts.fullDepth ? { depth: FULL_DEPTH } : {})
    });
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
    if (s.url !== null)
        return { url: checkRemoteUrl(s.url, 'remote-url'), remote: s.remote, token: s.token };
    const configured = await configuredRemoteUrl(dir, s.remote);
    if (configured === null) {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the clone has no URL for remote '${s.remote}'; set the 'remote-url' input (or --remote-url) to the repository's https URL`
        });
    }
    return { url: checkRemoteUrl(configured, `remote '${s.remote}'`), remote: s.remote, token: s.token };
}


/***/ }),

/***/ 70997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ signerBlock),
/* harmony export */   r: () => (/* binding */ createSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76043);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57430);



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
