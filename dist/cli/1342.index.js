export const id = 1342;
export const ids = [1342];
export const modules = {

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ exportClosure)
});

// UNUSED EXPORTS: exportClosureWindow

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/publish/deepen.ts
var deepen = __webpack_require__(7386);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(997);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(6581);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(5027);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(6692);
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
var write = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/revision.ts
var util_revision = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/closure/digest.ts + 1 modules
var digest = __webpack_require__(6458);
// EXTERNAL MODULE: ./src/closure/family.ts
var family = __webpack_require__(269);
// EXTERNAL MODULE: ./src/closure/inspector.ts + 1 modules
var inspector = __webpack_require__(609);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(3365);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/closure/types.ts
var types = __webpack_require__(2692);
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
var sign = __webpack_require__(312);
// EXTERNAL MODULE: ./src/closure/summary.ts
var summary = __webpack_require__(5325);
// EXTERNAL MODULE: ./src/store/worktree.ts
var worktree = __webpack_require__(8688);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(8991);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(870);
// EXTERNAL MODULE: ./src/timestamp/request.ts
var timestamp_request = __webpack_require__(4097);
// EXTERNAL MODULE: ./src/timestamp/verify.ts
var verify = __webpack_require__(1899);
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
var chain = __webpack_require__(6599);
// EXTERNAL MODULE: ./src/trust/keyring.ts
var trust_keyring = __webpack_require__(4663);
// EXTERNAL MODULE: ./src/trust/pin.ts
var pin = __webpack_require__(9021);
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

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i$: () => (/* binding */ renderSummaryMarkdown),
/* harmony export */   qw: () => (/* binding */ renderSummaryText),
/* harmony export */   qz: () => (/* binding */ summarizePacket)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4598);


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

/***/ 6663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UG: () => (/* binding */ parseSigningKey),
/* harmony export */   on: () => (/* binding */ SIGNING_KEY_ENV),
/* harmony export */   yG: () => (/* binding */ readSigningSecret)
/* harmony export */ });
/* unused harmony exports SigningKey, secretsToMask */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _util_read_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9043);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(870);
/* harmony import */ var _ed25519_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7478);







// The private key is the one secret this tool handles. It arrives as text from exactly one place
// (key file, Action input, or RELEASE_EVIDENCE_SIGNING_KEY), is turned into a KeyObject at once,
// and is never echoed: error messages name the source, never the value, and the SigningKey
// object prints as a redacted placeholder if anything ever logs or serializes it.
//
// Key text format (both accepted, `#` comment lines and blank lines ignored):
//   1. base64 of the 32-byte RFC 8032 seed (what `release-evidence keygen` writes);
//   2. a PKCS8 PEM block, as written by `openssl genpkey -algorithm ed25519`.
const SIGNING_KEY_ENV = 'RELEASE_EVIDENCE_SIGNING_KEY';
class SigningKey {
    publicKey;
    keyId;
    source;
    #privateKey;
    constructor(privateKey, source) {
        this.#privateKey = privateKey;
        this.publicKey = (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .rawPublicKey */ .F7)(privateKey);
        this.keyId = (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .keyIdOf */ .yg)(this.publicKey);
        this.source = source;
    }
    sign(message) {
        return (0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .signBytes */ .b_)(message, this.#privateKey);
    }
    toJSON() {
        return { keyId: this.keyId, source: this.source, privateKey: '[redacted]' };
    }
    [node_util__WEBPACK_IMPORTED_MODULE_1__.inspect.custom]() {
        return `SigningKey { keyId: '${this.keyId}', source: '${this.source}', privateKey: [redacted] }`;
    }
}
/** Parses key text; `source` names where it came from in messages (never the value). */
function parseSigningKey(text, source) {
    const body = stripComments(text);
    if (body === '') {
        throw keyError(source, 'is empty');
    }
    if (body.includes('-----BEGIN')) {
        if (!/-----BEGIN PRIVATE KEY-----/.test(body)) {
            throw keyError(source, 'is a PEM block but not an unencrypted PKCS8 "PRIVATE KEY"');
        }
        let key;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createPrivateKey)({ key: body, format: 'pem' });
        }
        catch (err) {
            throw keyError(source, 'is not a readable PKCS8 PEM private key', err);
        }
        if (key.asymmetricKeyType !== 'ed25519') {
            throw keyError(source, `holds a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
        }
        return new SigningKey((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyFromSeed */ .we)((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .seedOf */ .n3)(key)), source);
    }
    const seed = (0,_dsse_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeBase64 */ .y4)(body.replace(/\s+/g, ''));
    if (!seed || seed.length !== _ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .SEED_BYTES */ .ER) {
        throw keyError(source, `is neither base64 of a ${_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .SEED_BYTES */ .ER}-byte Ed25519 seed nor a PKCS8 PEM private key`);
    }
    return new SigningKey((0,_ed25519_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyFromSeed */ .we)(seed), source);
}
function stripComments(text) {
    return text
        .split(/\r?\n/)
        .filter((l) => !/^\s*#/.test(l))
        .join('\n')
        .trim();
}
function keyError(source, what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo({
        code: 'KEY_INVALID',
        message: `the signing key from ${source} ${what}; create one with 'release-evidence keygen' (base64 seed) or 'openssl genpkey -algorithm ed25519' (PEM)`,
        cause
    });
}
/**
 * Finds the key text: an explicit key file wins, then the Action input, then the environment.
 * Returns undefined when none is set, so callers decide whether signing is required.
 */
async function readSigningSecret(from) {
    const keyFile = from.keyFile;
    if (keyFile !== undefined && keyFile !== '') {
        const source = `key file ${keyFile}`;
        const { text, mode } = await (0,_util_read_input_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R)(async () => ({ text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(keyFile, 'utf8'), mode: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(keyFile)).mode }), (code) => `cannot read the ${source} (${code}); pass the path 'release-evidence keygen' printed`);
        const warnings = process.platform !== 'win32' && (mode & 0o077) !== 0
            ? [`${source} is readable by group or others (mode ${(mode & 0o777).toString(8)}); run chmod 600 on it`]
            : [];
        return { text, source, warnings };
    }
    if (from.input !== undefined && from.input.trim() !== '')
        return { text: from.input, source: 'the signing-key input', warnings: [] };
    const env = from.env[SIGNING_KEY_ENV];
    if (env !== undefined && env.trim() !== '')
        return { text: env, source: `$${SIGNING_KEY_ENV}`, warnings: [] };
    return undefined;
}
/**
 * Every string a log line could leak the secret through: the whole text, the key body, and each
 * PEM line. The Action passes each to core.setSecret before it logs anything.
 */
function secretsToMask(text) {
    const out = new Set();
    const add = (s) => {
        const t = s.trim();
        if (t.length >= 8)
            out.add(t);
    };
    add(text);
    const body = stripComments(text);
    add(body);
    add(body.replace(/\s+/g, ''));
    for (const line of body.split(/\r?\n/))
        if (!line.startsWith('-----'))
            add(line);
    return [...out].sort();
}


/***/ }),

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

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseLoose)
/* harmony export */ });
// JSON from text a reader did not write (a packet file, an API response): parsed when it parses,
// undefined otherwise, so the caller reports what it expected instead of a SyntaxError.
/** JSON.parse of UTF-8 bytes or text; undefined when it is not JSON. A BOM is not stripped. */
function parseLoose(json) {
    try {
        return JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
