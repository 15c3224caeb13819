export const id = 1342;
export const ids = [1342];
export const modules = {

/***/ 11342:
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
// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(54565);
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
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(15027);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(46692);
;// CONCATENATED MODULE: ./src/store/window-reads.ts




class WindowReader {
    dir;
    family;
    folders;
    constructor(dir, family, 
    /** window folder (`{root}/{window}`) -> its files */
    folders) {
        this.dir = dir;
        this.family = family;
        this.folders = folders;
    }
    /** One listing of the family's folder (and its view owner's, when that is another) at `commit`. */
    static async open(dir, commit, family) {
        const roots = [...new Set([family.root, (0,view/* viewOwner */.TG)(family).root])];
        const files = commit === null ? [] : await (0,git/* openRepository */.h_)(dir).listTree(commit, roots);
        const folders = new Map();
        for (const f of files) {
            const root = roots.find((r) => f.path.startsWith(`${r}/`));
            const slash = root === undefined ? -1 : f.path.indexOf('/', root.length + 1);
            if (slash < 0)
                continue;
            const folder = f.path.slice(0, slash);
            const list = folders.get(folder);
            if (list)
                list.push(f);
            else
                folders.set(folder, [f]);
        }
        return new WindowReader(dir, family, folders);
    }
    filesOf(family, window) {
        return this.folders.get((0,layout/* windowDir */.Wg)(family, window)) ?? [];
    }
    /** Each series' latest revision and view folder, with one blob read for them all. */
    async read(series) {
        const windows = [...new Set(series.map((s) => s.window))];
        const latest = (0,publish/* latestFiles */.bN)(windows.flatMap((w) => this.filesOf(this.family, w)), this.family, series);
        const owner = (0,view/* viewOwner */.TG)(this.family);
        const folders = new Map();
        if (owner.view)
            for (const w of windows)
                folders.set(w, this.filesOf(owner, w));
        const wanted = [...(0,publish/* latestBlobIds */.XJ)(latest), ...[...folders.values()].flatMap((files) => (0,view/* viewBlobs */.YX)(owner, files))];
        const blobs = await (0,git/* openRepository */.h_)(this.dir).readBlobs(wanted);
        const previous = (0,publish/* withBlobs */.pz)(latest, blobs);
        const out = new Map();
        for (const s of series) {
            const files = folders.get(s.window);
            out.set((0,layout/* seriesId */.hG)(s), { previous: previous.get((0,layout/* seriesId */.hG)(s)) ?? null, ...(files ? { folder: { files, blobs } } : {}) });
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(82170);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/closure/digest.ts + 1 modules
var digest = __webpack_require__(16458);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(70269);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(90609);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/closure/types.ts
var types = __webpack_require__(72692);
;// CONCATENATED MODULE: ./src/closure/packet.ts







function buildPacket(input) {
    const { gate, policy, signer, previous } = input;
    const windowId = (0,ids.normalizeId)(input.windowId, 'release_window_id');
    const { evidence, alarmsByWindow } = gateIndex(gate);
    const rows = [];
    const defects = [];
    const leftOut = { unresolved: 0, invalid_ack: 0, timestamp_invalid: 0, evidence_unresolved: 0, lineage_incomplete: 0, total: 0 };
    const alarms = [...(alarmsByWindow.get(windowId) ?? [])].sort((a, b) => cmp(a.alarm.alarm_id, b.alarm.alarm_id));
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
        ...(policy.data.schema_version >= types/* INCIDENT_WINDOW_SINCE */.V ? incidentWindow(alarms, rows, signer.at) : {}),
        rows,
        left_out: leftOut
    });
    return { packet, defects: (0,defect/* sortDefects */.XJ)(defects), contentKey: (0,digest/* contentKey */.lO)(packet) };
}
/**
 * The incident window of a release window (schema v2): from the earliest alarm raised or
 * acknowledged to the latest resolution, acknowledgment or raise in the window. A window without
 * one readable time is pinned to the export instant, so both bounds are always canonical UTC.
 */
function incidentWindow(alarms, rows, exportedAt) {
    const times = [...alarms.map((a) => a.alarm.raised_utc), ...rows.flatMap((r) => [r.ack_timestamp_utc, r.resolved_timestamp_utc])].flatMap((t) => {
        const p = (0,time/* parseUtc */.y5)(t);
        return p.ok ? [p.ms] : [];
    });
    if (times.length === 0)
        times.push(exportedAt);
    return { incident_window_start_utc: (0,time/* formatUtc */.ay)(Math.min(...times)), incident_window_end_utc: (0,time/* formatUtc */.ay)(Math.max(...times)) };
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
// An export builds one packet per window from the same gate result: its evidence and alarms are
// grouped once per result, not once per window (10,000 windows x 100,000 alarms otherwise).
const gateIndexes = new WeakMap();
function gateIndex(gate) {
    let index = gateIndexes.get(gate);
    if (!index) {
        const alarmsByWindow = new Map();
        for (const a of gate.alarms) {
            const list = alarmsByWindow.get(a.alarm.release_window_id);
            if (list)
                list.push(a);
            else
                alarmsByWindow.set(a.alarm.release_window_id, [a]);
        }
        gateIndexes.set(gate, (index = { evidence: indexEvidence(gate.evidence), alarmsByWindow }));
    }
    return index;
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

// EXTERNAL MODULE: ./src/closure/sign.ts + 1 modules
var sign = __webpack_require__(10312);
// EXTERNAL MODULE: ./src/closure/summary.ts
var summary = __webpack_require__(35325);
// EXTERNAL MODULE: ./src/store/worktree.ts
var worktree = __webpack_require__(78688);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(18991);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(90870);
// EXTERNAL MODULE: ./src/timestamp/request.ts
var timestamp_request = __webpack_require__(54097);
// EXTERNAL MODULE: ./src/timestamp/verify.ts
var verify = __webpack_require__(91899);
;// CONCATENATED MODULE: ./src/timestamp/stamp.ts


/** Requests a token for `signature` from the configured TSA and verifies it; throws TimestampError. */
async function timestampSignature(signature, options) {
    const pinned = typeof options.pinned === 'string' ? (0,verify/* parsePinnedTsa */.i)(options.pinned) : options.pinned;
    const request = (0,timestamp_request/* buildTimestampRequest */.km)(signature);
    const reply = await (0,timestamp_request/* postTimestampRequest */.OL)(request, options);
    const verified = await (0,verify/* verifyTimestamp */.W)(reply, signature, pinned, { nonce: request.nonce });
    if (!verified.ok) {
        const reason = verified.code === 'TIMESTAMP_NOT_GRANTED' ? 'not-granted' : verified.code === 'TIMESTAMP_TOKEN_MALFORMED' ? 'reply-invalid' : 'token-rejected';
        const fix = reason === 'not-granted'
            ? 'check that the TSA accepts SHA-256 requests and that its service is up'
            : verified.code === 'TIMESTAMP_UNTRUSTED'
                ? 'pin the certificate of the TSA you configured (or the CA that issues its certificate)'
                : 'use a TSA that follows RFC 3161, or report the TSA';
        throw new timestamp_request/* TimestampError */.L6(reason, `${verified.code}: ${verified.message} (fix: ${fix})`);
    }
    return { reply, verified };
}

// EXTERNAL MODULE: ./src/trust/chain.ts
var chain = __webpack_require__(86599);
// EXTERNAL MODULE: ./src/trust/keyring.ts
var trust_keyring = __webpack_require__(34663);
// EXTERNAL MODULE: ./src/trust/pin.ts
var pin = __webpack_require__(29021);
;// CONCATENATED MODULE: ./src/trust/stamper.ts






/** The raw bytes a TSA stamps: the first signature of the envelope, base64-decoded (not its text). */
function stampedBytes(envelope) {
    const parsed = (0,dsse/* parseEnvelope */.mE)(envelope);
    if (!parsed.ok || parsed.envelope.signatures.length === 0)
        return undefined;
    return (0,dsse/* decodeBase64 */.y4)(parsed.envelope.signatures[0].sig);
}
/**
 * The stamper of `settings.signing.tsaUrl`, or null when none is configured. The TSA certificate
 * comes from the trust root: the chain in `keyring` when the writer has a pin, else the chain
 * committed on the store branch (the writer's own self-check; verify judges it from the pin).
 */
async function loadStamper(settings, keyring) {
    const url = settings.signing?.tsaUrl?.reveal();
    if (!url)
        return null;
    const tsa = await pinnedTsaFor(settings, keyring);
    if (!tsa) {
        throw new errors/* UserError */.yo({
            code: 'USAGE',
            message: "a TSA URL is configured (--tsa-url, the tsa-url input or $RELEASE_EVIDENCE_TSA_URL) but the store's trust root pins no TSA certificate, so no token could ever be checked; " +
                "pin the TSA's certificate in a new trust-root revision ('release-evidence trust draft --tsa-cert FILE', docs/trusted-time.md) or drop the TSA URL"
        });
    }
    return async (envelope) => {
        const bytes = stampedBytes(envelope);
        if (!bytes)
            throw new Error('stamper: the envelope has no readable signature');
        const { reply, verified } = await timestampSignature(bytes, { url, pinned: tsa.pinned });
        return { reply, verified };
    };
}
async function pinnedTsaFor(settings, keyring) {
    const trusted = keyring;
    if (trusted.chain)
        return trusted.tsa ?? null;
    const { top, commit } = await (0,pin/* storeCommit */.Jv)(settings);
    return (0,trust_keyring/* tsaOfChain */.He)(await (0,chain/* readChain */.U)(top, commit, null, settings.now));
}

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
        previous: args.previous,
        folder: args.folder,
        batch: args.batch,
        build: async (next, previous) => {
            const link = previous ? previousLink(previous) : undefined;
            built = buildPacket({ gate: args.gate, windowId: series.window, policy: args.trust.policy, signer: args.signer, previous: link });
            if (previous && link && contentKeyOf(previous) === built.contentKey) {
                // The published revision's signature is judged (the summary says 'verified') only under a pinned root.
                const judged = args.trust.keyring.pinned !== false;
                const v = previous.signature && judged ? (0,sign/* verifyPacket */.UH)(previous.packet, previous.signature, args.trust.keyring, args.trust.policy, args.now) : undefined;
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
            // The TSA countersigns the raw signature bytes; its reply is checked (nonce too) before it is stored.
            const token = args.stamp ? await args.stamp(signed.files.sig) : undefined;
            const log = (0,inspector/* renderVerifyLog */.d)({ paths, packet: built.packet, verification: signed.verification, trust: args.trust, now: args.now, timestamp: token?.verified });
            return {
                kind: 'signed',
                files: {
                    packet: Buffer.from(signed.files.json, 'utf8'),
                    signature: Buffer.from(signed.files.sig, 'utf8'),
                    log: Buffer.from(log, 'utf8'),
                    ...(token ? { timestamp: token.reply } : {}),
                    digest: built.packet.signature_digest
                }
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
/** Windows whose store files are read ahead together: one git process per chunk, bounded bytes. */
const READ_CHUNK = 256;
/** Exports every window the gate evaluated, one commit per written revision, chained. */
async function exportClosure(args) {
    const { settings, gate } = args;
    const top = await (0,store_history/* repoTopLevel */.MS)(settings.workspace);
    const trust = await (0,inspector.loadClosureTrust)(settings, { writer: true });
    const secret = await (0,keys/* readSigningSecret */.yG)({ ...args.secrets, keyFile: settings.signing?.keyFile });
    if (!secret) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_MISSING',
            message: `no signing key: pass --key-file FILE, set $${keys/* SIGNING_KEY_ENV */.on}, or set the Action's signing-key input (create a key with 'release-evidence keygen')`
        });
    }
    const signer = (0,signing_signer/* createSigner */.r)((0,keys/* parseSigningKey */.UG)(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId);
    const stamp = await loadStamper(settings, trust.keyring);
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
    // One listing of the store for every window's latest revision and folder (window-reads.ts).
    const series = ids.map((id) => (0,layout/* seriesFor */.FT)(family/* CLOSURE_FAMILY */.L, id));
    const reader = await WindowReader.open(top, parent, family/* CLOSURE_FAMILY */.L);
    // The commits land together at the end (one ref move, one index update): all or none.
    const batch = new write/* StoreBatch */.I({ dir: top, branch, parentOid: parent });
    const shown = (args.progress ?? progress/* NO_PROGRESS */.c).phase('export-closure: windows', ids.length);
    for (let at = 0; at < ids.length; at += READ_CHUNK) {
        const read = await reader.read(series.slice(at, at + READ_CHUNK));
        for (let i = at; i < Math.min(ids.length, at + READ_CHUNK); i++) {
            const known = read.get((0,layout/* seriesId */.hG)(series[i]));
            const r = await exportClosureWindow({ dir: top, branch, parentOid: parent, gate, windowId: ids[i], trust, signer, now: settings.now, committer, ...known, batch, stamp });
            if (r.commitOid)
                parent = r.commitOid;
            windows.push(r);
            shown.tick();
        }
    }
    await batch.land();
    shown.done();
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
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54565);
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
/* harmony export */   j: () => (/* binding */ startingPoint),
/* harmony export */   r: () => (/* binding */ alignLocalBranch)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54565);

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
async function startingPoint(args) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(args.dir);
    const local = await repo.tryResolveRef(`refs/heads/${args.branch}`);
    const tip = args.remoteTip;
    if (local === null || local === tip || args.discardable?.has(local))
        return { base: tip, carried: null };
    // The remote has no such branch: the local one is published as it is, history and all.
    if (tip === null)
        return { base: local, carried: local };
    if (await repo.isAncestor(local, tip))
        return { base: tip, carried: null };
    if (!(await repo.isAncestor(tip, local)))
        return { kind: 'diverged' };
    const foreign = (await repo.changedPaths(tip, local)).filter((p) => !args.storeRoots.some((r) => p.startsWith(`${r}/`)));
    if (foreign.length > 0)
        return { kind: 'foreign-commits', paths: foreign };
    return { base: local, carried: local };
}


/***/ }),

/***/ 21285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pw: () => (/* binding */ authHeaders),
  cu: () => (/* binding */ checkRemoteUrl),
  EO: () => (/* binding */ classifyTransportError),
  cZ: () => (/* binding */ configuredRemoteUrl),
  D_: () => (/* binding */ fetchBranch),
  BO: () => (/* reexport */ redactUrl),
  W_: () => (/* binding */ remoteTip),
  Gg: () => (/* binding */ resolveRemoteTarget),
  wR: () => (/* binding */ timeout)
});

// UNUSED EXPORTS: FULL_DEPTH, trackingRef

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

// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(54565);
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
    return (0,git/* remoteRefOid */.eG)({ url: target.url, headers: authHeaders(target.token), ...timeout(target) }, `refs/heads/${branch}`);
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
        ...timeout(target),
        remote: target.remote,
        branch,
        trackingRef: trackingRef(target, branch),
        ...(opts.fullDepth ? { depth: FULL_DEPTH } : {})
    });
}
function timeout(target) {
    return target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {};
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
    const t = s.timeoutMs !== undefined ? { timeoutMs: s.timeoutMs } : {};
    if (s.url !== null)
        return { url: checkRemoteUrl(s.url, 'remote-url'), remote: s.remote, token: s.token, ...t };
    const configured = await configuredRemoteUrl(dir, s.remote);
    if (configured === null) {
        throw new errors/* UserError */.yo({
            code: 'REPO_INVALID',
            message: `the clone has no URL for remote '${s.remote}'; set the 'remote-url' input (or --remote-url) to the repository's https URL`
        });
    }
    return { url: checkRemoteUrl(configured, `remote '${s.remote}'`), remote: s.remote, token: s.token, ...t };
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


/***/ })

};
