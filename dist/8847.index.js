export const id = 8847;
export const ids = [8847,4310,9631];
export const modules = {

/***/ 58847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INDEX_COLUMNS: () => (/* binding */ INDEX_COLUMNS),
  deriveIndex: () => (/* binding */ deriveIndex),
  expiryFrom: () => (/* binding */ expiryFrom),
  incidentOf: () => (/* binding */ incidentOf),
  readHolds: () => (/* binding */ readHolds)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/git/index.ts + 5 modules
var git = __webpack_require__(54565);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/result-cache.ts
var result_cache = __webpack_require__(64803);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/state.ts
var store_state = __webpack_require__(89360);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(74976);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/retention/family.ts
var family = __webpack_require__(66096);
// EXTERNAL MODULE: ./src/retention/hold.ts
var hold = __webpack_require__(22777);
// EXTERNAL MODULE: ./src/retention/policy.ts
var retention_policy = __webpack_require__(24310);
// EXTERNAL MODULE: ./src/trust/family.ts
var trust_family = __webpack_require__(62200);
// EXTERNAL MODULE: ./src/retention/trust.ts
var retention_trust = __webpack_require__(42012);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
;// CONCATENATED MODULE: ./src/retention/index-cache.ts

// The retention index remembered between runs (src/store/result-cache.ts: HMAC'd, in
// .git/release-evidence/results/, never in the tree). `retention index`, the queries Q1-Q4,
// `retention check` and `purge plan` all derive the same index, so a second question at the same
// commit reads it instead of re-verifying every revision. It is used only for the exact commit
// it describes and under this fingerprint, which names everything else a row depends on: the
// index's and every family verifier's version (the inspectors' fingerprints carry their keyring,
// policy and verifier version), the pinned trust root and the keyring its chain gives, the
// retention policy's bytes and path (the committed versions of that path are read at the commit),
// the evaluation instant (purge eligibility, hold and signature judgments, last_verified_utc), and
// the working-tree edits under each family (a modified packet is mutable, R5). Any change is a
// miss and a full derivation, so the cache can make a run faster, never make it pass.
const INDEX_CACHE_KIND = 'retention-index';
const INDEX_VERSION = 'retention-index/1';
function indexFingerprint(args) {
    const { settings, trust } = args;
    return (0,hash/* sha256Hex */.fg)(JSON.stringify({
        version: INDEX_VERSION,
        families: args.inspectors.map((i) => [i.family.name, i.family.root, i.fingerprint]),
        trust_root: settings.trust?.root ?? null,
        keyring: trust.keyring.sha256,
        policy: [settings.policies['retention'], trust.policy.file, trust.policy.sha256],
        now: settings.now,
        modified: [...args.modified].map(([name, paths]) => [name, [...paths].sort()])
    }));
}

;// CONCATENATED MODULE: ./src/retention/derive.ts
















// The retention index: a deterministic view of the store at one commit. One row per revision of
// every registered packet family (the hold records themselves are not rows: they are the holds'
// state, applied to the rows of their window). Nothing here writes to the store.
//
// Expiry (one per series, i.e. per family and release window): the later of the incident window's
// end and the latest revision's signing time, plus the retention days; a window with any
// block-class row keeps the longer of retention_days_block_alarms and retention_days_default.
// Closure packets (schema v1) carry no incident window bounds, so they are derived from the rows:
// start = the earliest ack_timestamp_utc, end = the latest resolved_timestamp_utc, and the row
// says so (incident_window_source = derived-from-rows). A hold never changes the expiry.
const INDEX_COLUMNS = [
    'family',
    'packet_id',
    'packet_revision',
    'release_window_id',
    'incident_window_start_utc',
    'incident_window_end_utc',
    'incident_window_source',
    'signature_digest',
    'signature_verified',
    'retention_expiry_utc',
    'legal_hold_state',
    'hold_ids',
    'hold_reason',
    'hold_owner',
    'hold_placed_utc',
    'purge_eligible',
    'purge_action_id',
    'storage_class',
    'storage_uri',
    'is_latest',
    'last_verified_utc',
    'index_schema_version',
    'retention_policy_sha256'
];
async function deriveIndex(args) {
    const { settings } = args;
    const facts = await (0,store_history/* repoFacts */.yQ)(settings.workspace);
    if (facts.shallow)
        throw (0,store_history/* shallowError */.Jn)();
    const repo = (0,git/* openRepository */.h_)(facts.top);
    if (facts.head === null)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; export a closure packet first` });
    const commit = await resolveAt(repo, facts.head, args.at);
    const trust = await (0,retention_trust.loadRetentionTrust)(settings, { what: 'retention' });
    const atHead = commit === facts.head;
    const inspectors = await Promise.all(args.families.map((spec) => spec.inspector(settings)));
    // Holds are the index's own input; the trust root is what every judgment rests on, never evidence to expire or purge.
    const retained = inspectors.filter((i) => (0,family/* isRetained */.dE)(i.family) && i.family.name !== trust_family/* TRUST_FAMILY */.UW.name);
    // Working-tree edits make a row mutable (R5): read every run, never from the cache.
    // one `git status` for every family's folder (several families share one), shared out by folder
    const modified = atHead ? (await repo.worktreeChanges([...new Set(retained.map((i) => i.family.root))])).modified : [];
    const modifiedOf = new Map();
    for (const i of retained)
        modifiedOf.set(i.family.name, new Set(modified.filter((p) => p === i.family.root || p.startsWith(`${i.family.root}/`))));
    const fingerprint = indexFingerprint({ settings, trust, inspectors: retained, modified: modifiedOf });
    const cached = await (0,result_cache/* readResult */.Uv)(facts.stateDir, INDEX_CACHE_KIND, commit, fingerprint);
    if (cached !== null)
        return cached;
    const index = await computeIndex({ repo, top: facts.top, settings, commit, trust, inspectors: retained, modifiedOf });
    await (0,result_cache/* writeResult */.Zk)(facts.stateDir, INDEX_CACHE_KIND, commit, fingerprint, index);
    return index;
}
async function computeIndex(args) {
    const { repo, settings, commit, trust } = args;
    const policy = trust.policy.data;
    const now = settings.now;
    const nowUtc = (0,time/* formatUtc */.ay)(now);
    const defects = [];
    const { holds, byWindow } = await readHolds(repo, commit, trust, now, defects);
    // One history scan for everything: families' write-once state and the policy's versions, in one commit order.
    const scan = await repo.scanHistory({ root: '.', until: commit });
    const history = await policyHistory(repo, args.top, (0,external_node_path_.resolve)(settings.workspace, settings.policies['retention']), scan.events);
    const rows = [];
    for (const inspector of args.inspectors) {
        const family = inspector.family;
        const revisions = await readRevisions(repo, commit, family, (input) => inspector.inspect(input));
        const state = (0,store_state/* foldEvents */.v)({}, scan.events.filter((e) => e.path.startsWith(`${family.root}/`)));
        const modified = args.modifiedOf.get(family.name) ?? new Set();
        const series = new Map();
        for (const r of revisions) {
            const id = (0,layout/* seriesId */.hG)(r.ref);
            series.set(id, [...(series.get(id) ?? []), r]);
        }
        for (const list of [...series.values()]) {
            list.sort((a, b) => a.ref.revision - b.ref.revision);
            const latest = list[list.length - 1];
            const window = latest.ref.window;
            const expiryMs = expiryOf(list, policy);
            const origin = state[list[0].path]?.origin.order;
            // Every policy in force while the window was stored: the latest expiry any of them gave stands.
            const earlier = history.filter((_v, i) => origin === undefined || i === history.length - 1 || history[i + 1].order > origin).map((v) => expiryOf(list, v.policy));
            const stored = Math.max(...earlier.filter((e) => e !== null), -Infinity);
            if (expiryMs !== null && stored > expiryMs) {
                defects.push({
                    subject: latest.facts.packetId ?? (0,layout/* seriesId */.hG)(latest.ref),
                    defect_code: 'RETENTION_SHORTENED',
                    severity: 'blocking',
                    owner_role: 'compliance',
                    required_action: `restore the retention periods of ${trust.policy.file}; retention may be lengthened, never shortened for what is stored`,
                    release_window_id: window,
                    file: trust.policy.file,
                    line: null,
                    field: 'retention_days_default',
                    detail: `the expiry of ${family.name} ${(0,layout/* seriesId */.hG)(latest.ref)} moves from ${(0,time/* formatUtc */.ay)(stored)} (an earlier policy) to ${(0,time/* formatUtc */.ay)(expiryMs)}`
                });
            }
            const held = byWindow.get(window) ?? [];
            const active = held.filter((h) => h.state === 'active');
            const holdState = active.length > 0 ? 'active' : held.length > 0 ? 'released' : 'none';
            const shown = active.length > 0 ? active : held;
            for (const r of list) {
                const path = state[r.path];
                const sig = r.sigPath === null ? undefined : state[r.sigPath];
                const writeOnce = path !== undefined && path.rewrites.length === 0 && path.blob === r.oid && !modified.has(r.path) && (r.sigPath === null || (sig !== undefined && sig.rewrites.length === 0 && !modified.has(r.sigPath)));
                rows.push({
                    family: family.name,
                    packet_id: r.facts.packetId ?? '',
                    packet_revision: (0,revision/* formatRevision */.T)(r.ref.revision),
                    release_window_id: window,
                    incident_window_start_utc: r.incident.start ?? '',
                    incident_window_end_utc: r.incident.end ?? '',
                    incident_window_source: r.incident.source,
                    signature_digest: r.facts.digest ?? '',
                    signature_verified: String(r.sigPath !== null && r.facts.findings.length === 0),
                    retention_expiry_utc: expiryMs === null ? '' : (0,time/* formatUtc */.ay)(expiryMs),
                    legal_hold_state: holdState,
                    hold_ids: shown.map((h) => h.hold_id).join(';'),
                    hold_reason: shown.map((h) => h.reason).join(';'),
                    hold_owner: shown.map((h) => h.owner).join(';'),
                    hold_placed_utc: shown.map((h) => h.placed_at_utc).join(';'),
                    purge_eligible: String(expiryMs !== null && expiryMs <= now && holdState !== 'active'),
                    purge_action_id: '',
                    storage_class: writeOnce ? policy.immutable_storage_class : 'mutable',
                    storage_uri: path ? `git:${path.origin.commit}:${r.path}#blob=${r.oid}` : `worktree:${r.path}`,
                    is_latest: String(r === latest),
                    last_verified_utc: nowUtc,
                    index_schema_version: String(policy.schema_version),
                    retention_policy_sha256: trust.policy.sha256
                });
            }
        }
    }
    rows.sort((a, b) => cmp(a.family, b.family) || cmp(a.release_window_id, b.release_window_id) || cmp(a.packet_id, b.packet_id) || cmp(a.packet_revision, b.packet_revision));
    return { commit, generated_at_utc: nowUtc, policy_sha256: trust.policy.sha256, rows, holds, defects };
}
function expiryOf(list, policy) {
    return expiryFrom(list[list.length - 1].facts.signedAt, list.map((r) => r.incident), policy);
}
/** A series' expiry from its latest revision's signing instant and every revision's incident window (purge-authority.ts recomputes it from removed blobs). */
function expiryFrom(latestSignedAt, incidents, policy) {
    const times = [latestSignedAt, ...incidents.map((i) => i.end)].flatMap((t) => {
        if (t === null)
            return [];
        const p = (0,time/* parseUtc */.y5)(t);
        return p.ok ? [p.ms] : [];
    });
    if (latestSignedAt === null || times.length === 0)
        return null;
    const days = (0,retention_policy.retentionDays)(policy, incidents.some((i) => i.block));
    return Math.max(...times) + days * 86_400_000;
}
/** The incident window a packet covers: its own bounds when it has them, else derived from its rows. */
function incidentOf(doc) {
    const o = (typeof doc === 'object' && doc !== null ? doc : {});
    const rows = Array.isArray(o.rows) ? o.rows : [];
    const block = rows.some((r) => r?.alarm_class === 'block');
    if (typeof o.incident_window_start_utc === 'string' && typeof o.incident_window_end_utc === 'string') {
        return { start: o.incident_window_start_utc, end: o.incident_window_end_utc, block, source: 'packet' };
    }
    const starts = rows.map((r) => r?.ack_timestamp_utc).filter((t) => typeof t === 'string' && t !== '').sort();
    const ends = rows.map((r) => r?.resolved_timestamp_utc).filter((t) => typeof t === 'string' && t !== '').sort();
    if (starts.length === 0 && ends.length === 0)
        return { start: null, end: null, block, source: 'none' };
    return { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null, block, source: 'derived-from-rows' };
}
async function readRevisions(repo, commit, family, inspect) {
    const files = await repo.listTree(commit, family.root);
    const packets = [];
    const sigs = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type !== 'artifact')
            continue;
        const key = `${(0,layout/* seriesId */.hG)(p.ref)}@${p.ref.revision}`;
        if (p.kind === 'packet')
            packets.push({ ref: p.ref, path: f.path, oid: f.oid });
        else if (p.kind === 'signature')
            sigs.set(key, { path: f.path, oid: f.oid });
    }
    const blobs = await repo.readBlobs([...packets.map((p) => p.oid), ...[...sigs.values()].map((s) => s.oid)]);
    return packets.map((p) => {
        const sig = sigs.get(`${(0,layout/* seriesId */.hG)(p.ref)}@${p.ref.revision}`);
        const packet = blobs.get(p.oid) ?? Buffer.alloc(0);
        const signature = sig ? blobs.get(sig.oid) : undefined;
        return { ...p, sigPath: sig?.path ?? null, facts: inspect({ ref: p.ref, path: p.path, packet, signature }), incident: incidentOf((0,json/* parseLoose */.i)(packet)) };
    });
}
async function readHolds(repo, commit, trust, now, defects) {
    const files = await repo.listTree(commit, family/* HOLD_FAMILY */.d0.root);
    const byRev = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family/* HOLD_FAMILY */.d0, f.path);
        if (p.type !== 'artifact' || p.kind === 'log')
            continue;
        const k = `${(0,layout/* seriesId */.hG)(p.ref)}@${p.ref.revision}`;
        const e = byRev.get(k) ?? { ref: p.ref };
        if (p.kind === 'packet')
            Object.assign(e, { json: f.oid, path: f.path });
        else
            e.sig = f.oid;
        byRev.set(k, e);
    }
    const blobs = await repo.readBlobs([...byRev.values()].flatMap((e) => [e.json, e.sig].filter((x) => x !== undefined)));
    const verified = new Map();
    for (const e of [...byRev.values()].sort((a, b) => a.ref.revision - b.ref.revision)) {
        if (!e.json || !e.path)
            continue;
        const v = (0,hold.verifyHold)(blobs.get(e.json) ?? '', e.sig ? blobs.get(e.sig) : undefined, trust, now, e.ref);
        const id = (0,layout/* seriesId */.hG)(e.ref);
        if (!v.ok || e.sig === undefined) {
            for (const f of v.findings.length > 0 ? v.findings : [{ code: 'HOLD_RECORD_INVALID', field: '', detail: 'the hold record has no signature' }]) {
                defects.push({ subject: e.ref.key ?? id, defect_code: f.code, severity: 'blocking', owner_role: 'compliance', required_action: 'have a hold role sign a valid record; an invalid record is not counted as a hold (a release that fails leaves the hold active)', release_window_id: e.ref.window, file: e.path, line: null, field: f.field, detail: f.detail });
            }
            continue;
        }
        verified.set(id, [...(verified.get(id) ?? []), { record: v.record, path: e.path }]);
    }
    const holds = [];
    for (const list of verified.values()) {
        const place = list.find((x) => x.record.action === 'place');
        if (!place)
            continue;
        const release = list.find((x) => x.record.action === 'release');
        holds.push({
            hold_id: place.record.hold_id,
            release_window_id: place.record.release_window_id,
            state: release ? 'released' : 'active',
            reason: place.record.reason,
            owner: place.record.owner,
            case_id: place.record.case_id,
            placed_at_utc: place.record.placed_at_utc,
            placed_by: place.record.signer.signer_id,
            released_at_utc: release?.record.signer.signed_at_utc ?? null,
            released_by: release?.record.signer.signer_id ?? null,
            file: place.path
        });
    }
    holds.sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.placed_at_utc, b.placed_at_utc) || cmp(a.hold_id, b.hold_id));
    const byWindow = new Map();
    for (const h of holds)
        byWindow.set(h.release_window_id, [...(byWindow.get(h.release_window_id) ?? []), h]);
    return { holds, byWindow };
}
/** Every committed version of the retention policy file up to `commit`, oldest first, that parses. */
async function policyHistory(repo, top, policyAbs, all) {
    const rel = (0,external_node_path_.relative)(top, policyAbs).split('\\').join('/');
    if (rel.startsWith('..'))
        return [];
    const events = all.filter((e) => e.path === rel && e.newOid !== '');
    const blobs = await repo.readBlobs(events.map((e) => e.newOid));
    return events.flatMap((e) => {
        try {
            return [{ order: e.order, policy: (0,retention_policy.parseRetentionPolicy)(blobs.get(e.newOid)?.toString('utf8') ?? '', rel).data }];
        }
        catch {
            return [];
        }
    });
}
/** --at: a UTC time (the last commit at or before it) or a commit-ish. */
async function resolveAt(repo, head, at) {
    if (at === undefined || at === '')
        return head;
    if (/^\d{4}-\d{2}-\d{2}/.test(at)) {
        const t = (0,time/* parseUtc */.y5)(at);
        if (!t.ok)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `--at ${at}: ${t.reason}` });
        const scan = await repo.scanHistory({ root: '.', until: head });
        const times = new Map(scan.events.map((e) => [e.commit, e.time]));
        const before = scan.commits.filter((c) => (times.get(c) ?? Infinity) * 1000 <= t.ms);
        const last = before[before.length - 1];
        if (!last)
            throw new errors/* UserError */.yo({ code: 'USAGE', message: `--at ${at}: no commit on HEAD is that old` });
        return last;
    }
    const oid = await repo.tryResolveRef(at);
    if (oid === null)
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--at ${at}: not a commit or a UTC time` });
    return oid;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 22777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   holdIdFor: () => (/* binding */ holdIdFor),
/* harmony export */   holdInspector: () => (/* binding */ holdInspector),
/* harmony export */   placeRecord: () => (/* binding */ placeRecord),
/* harmony export */   releaseRecord: () => (/* binding */ releaseRecord),
/* harmony export */   renderHoldLog: () => (/* binding */ renderHoldLog),
/* harmony export */   sealHold: () => (/* binding */ sealHold),
/* harmony export */   signHold: () => (/* binding */ signHold),
/* harmony export */   verifyHold: () => (/* binding */ verifyHold)
/* harmony export */ });
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99062);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70997);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95138);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66096);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42012);








// A legal hold is a series of signed, write-once records: r001 places the hold, r002 releases it
// and names r001's signature digest (the hash chain the store checks). Each record is signed by a
// key whose keyring role is one of the retention policy's hold_roles; the CI key never is one.
// A hold without a reason or an owner is never written, and a stored one fails verify (R3).
/** Bumped when the hold verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'legal-hold-verifier/1';
function sealHold(body) {
    return { ...body, signature_digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(body) };
}
/** A stable id for a new hold: the same request by the same key at the same instant gives the same id. */
function holdIdFor(args) {
    return `h${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)([args.window, args.reason, args.owner, args.caseId ?? '', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(args.signer.at), args.signer.keyId].join('\0')).slice(0, 12)}`;
}
function placeRecord(args) {
    return sealHold({
        hold_id: args.holdId,
        release_window_id: args.window,
        revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRevision */ .T)(1),
        action: 'place',
        supersedes: null,
        reason: args.reason,
        owner: args.owner,
        case_id: args.caseId,
        placed_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(args.signer.at),
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(args.signer)
    });
}
function releaseRecord(placed, signer) {
    const { signature_digest: _digest, ...body } = placed;
    return sealHold({
        ...body,
        revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRevision */ .T)(2),
        action: 'release',
        supersedes: { revision: placed.revision, signature_digest: placed.signature_digest },
        signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(signer)
    });
}
function signHold(record, signer) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_4__/* .HOLD_KIND */ .hJ, record, signer);
}
function verifyHold(json, sig, trust, at, where) {
    const findings = [];
    let doc;
    let role = null;
    if (sig === undefined) {
        doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLoose */ .i)(json);
    }
    else {
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_4__/* .HOLD_KIND */ .hJ, json, sig, trust.keyring, at);
        if (v.ok) {
            doc = v.doc;
            role = v.key.role;
            if (!(0,_trust_js__WEBPACK_IMPORTED_MODULE_5__.mayHold)(trust, role)) {
                findings.push({ code: 'HOLD_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signed by '${v.key.signerId}' with role '${role}', which is not one of the retention policy's hold_roles (${trust.policy.data.hold_roles.join(', ')})` });
            }
        }
        else {
            findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}` });
            doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_7__/* .parseLoose */ .i)(json);
        }
    }
    const record = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined);
    if (record)
        findings.push(...checkHoldRecord(record, where));
    else
        findings.push({ code: 'HOLD_RECORD_INVALID', field: '', detail: 'the hold record is not a JSON object' });
    return { ok: findings.length === 0, record, signerRole: role, findings, facts: factsOf(record, findings) };
}
function checkHoldRecord(r, where) {
    const out = [];
    const bad = (field, detail) => out.push({ code: 'HOLD_RECORD_INVALID', field, detail });
    if (typeof r.reason !== 'string' || r.reason.trim() === '')
        out.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: '/reason', detail: 'the hold has no reason' });
    if (typeof r.owner !== 'string' || r.owner.trim() === '')
        out.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: '/owner', detail: 'the hold has no owner' });
    const rev = typeof r.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRevision */ .P)(r.revision) : null;
    if (rev === null)
        bad('/revision', 'revision is not r001, r002');
    else if (rev === 1 && r.action !== 'place')
        bad('/action', 'r001 of a hold must place it');
    else if (rev === 2 && r.action !== 'release')
        bad('/action', 'r002 of a hold must release it');
    else if (rev > 2)
        bad('/revision', 'a hold has two records at most: place (r001) and release (r002)');
    if (typeof r.placed_at_utc !== 'string' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .isCanonicalUtc */ .xy)(r.placed_at_utc))
        bad('/placed_at_utc', 'placed_at_utc is not canonical UTC');
    if (typeof r.hold_id !== 'string' || (where?.key !== undefined && r.hold_id !== where.key))
        bad('/hold_id', `hold_id ${JSON.stringify(r.hold_id)} is not the hold the file is stored under`);
    if (typeof r.signature_digest !== 'string' || r.signature_digest !== (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(withoutDigest(r)))
        bad('/signature_digest', 'signature_digest is not the sha256 of the record without it');
    return out;
}
function withoutDigest(r) {
    const { signature_digest: _omit, ...rest } = r;
    return rest;
}
function factsOf(r, findings) {
    const str = (v) => (typeof v === 'string' ? v : null);
    return {
        packetId: str(r?.hold_id),
        digest: str(r?.signature_digest),
        supersedes: str(r?.supersedes?.signature_digest),
        windowId: str(r?.release_window_id),
        revision: typeof r?.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRevision */ .P)(r.revision) : null,
        signerId: str(r?.signer?.signer_id),
        keyId: str(r?.signer?.key_id),
        signedAt: str(r?.signer?.signed_at_utc),
        findings
    };
}
/** What `verify` calls for every hold record in the store. */
function holdInspector(trust, now) {
    return {
        family: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .HOLD_FAMILY */ .d0,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
        now,
        inspect: (input) => verifyHold(input.packet, input.signature, trust, now, input.ref).facts
    };
}
/** The .log written beside each hold record: what was checked before it was committed. */
function renderHoldLog(record, v, now) {
    const lines = [
        ['hold_id', record.hold_id],
        ['release_window_id', record.release_window_id],
        ['revision', `${record.revision} (${record.action})`],
        ['signature_digest', `sha256:${record.signature_digest}`],
        ['signer', `${record.signer.signer_id} (role ${record.signer.role}, key id ${record.signer.key_id})`],
        ['signed_at_utc', record.signer.signed_at_utc],
        ['result', v.ok ? 'VERIFIED' : v.findings.map((f) => f.code).join('; ')],
        ['verified_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence legal-hold record verification', ...lines.map(([k, val]) => `${k.padEnd(width)}  ${val}`)].join('\n') + '\n';
}


/***/ }),

/***/ 24310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   parseRetentionPolicy: () => (/* binding */ parseRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64742);


async function loadRetentionPolicy(path, file = path) {
    return checkRetentionPolicy(await (0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicyFile */ .n)('retention', path, file));
}
function parseRetentionPolicy(text, file) {
    return checkRetentionPolicy((0,_policy_load_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .O)('retention', text, file));
}
function checkRetentionPolicy(policy) {
    const { data, file } = policy;
    const problems = [];
    const ci = new Set(data.ci_roles);
    for (const [field, roles] of [['hold_roles', data.hold_roles], ['purge_roles', data.purge_roles]]) {
        roles.forEach((r, i) => {
            if (ci.has(r))
                problems.push({ file, field: `/${field}/${i}`, message: `'${r}' is also a CI role`, fix: 'give holds and purge approvals to people, never to the pipeline key' });
        });
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'POLICY_INVALID', message: `${file}: invalid retention policy`, problems });
    return policy;
}
/** The days a window is kept: the longest period that applies to it. */
function retentionDays(policy, hasBlockRow) {
    return hasBlockRow ? Math.max(policy.retention_days_default, policy.retention_days_block_alarms) : policy.retention_days_default;
}
/** ISO 8601 duration (the schema's subset: weeks, days, hours, minutes, seconds) in ms. */
function durationMs(text) {
    const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
    if (!m)
        throw new RangeError(`'${text}' is not an ISO 8601 duration`);
    const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
    return ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000;
}


/***/ }),

/***/ 42012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRetentionPolicyOf: () => (/* binding */ loadRetentionPolicyOf),
/* harmony export */   loadRetentionTrust: () => (/* binding */ loadRetentionTrust),
/* harmony export */   mayApplyPurge: () => (/* binding */ mayApplyPurge),
/* harmony export */   mayApprovePurge: () => (/* binding */ mayApprovePurge),
/* harmony export */   mayHold: () => (/* binding */ mayHold)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _trust_keyring_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34663);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24964);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24310);





/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
async function loadRetentionTrust(settings, { policyOptional = false, writer = false, what = 'verify' } = {}) {
    const [keyring, loaded] = await Promise.all([writer ? (0,_trust_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSignerKeyring */ .q2)(settings) : (0,_trust_keyring_js__WEBPACK_IMPORTED_MODULE_2__/* .loadVerifierKeyring */ .kl)(settings, what), loadRetentionPolicyOf(settings, policyOptional)]);
    return { keyring, policy: loaded };
}
/** The retention policy alone, for what judges no signature (checking a supplied index file). */
async function loadRetentionPolicyOf(settings, policyOptional = false) {
    const ws = settings.workspace;
    const policyAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws, settings.policies['retention']);
    const file = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(ws, policyAbs);
    return policyOptional && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(policyAbs) ? noPolicy(file) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_4__.loadRetentionPolicy)(policyAbs, file);
}
/** No retention policy file: nobody may hold, nothing is purge-approvable. */
function noPolicy(file) {
    const data = {
        schema_version: 1,
        retention_days_default: 36500,
        retention_days_block_alarms: 36500,
        legal_hold_override: true,
        purge_requires_dual_approval: true,
        immutable_storage_class: 'git-write-once',
        index_refresh_interval: 'P1D',
        hold_roles: [],
        purge_roles: [],
        ci_roles: []
    };
    return { kind: 'retention', file: `${file} (missing)`, data, sha256: 'none' };
}
/** May a key of this role place or release a hold? */
function mayHold(trust, role) {
    return trust.policy.data.hold_roles.includes(role) && !trust.policy.data.ci_roles.includes(role);
}
/** May a key of this role approve a purge? A purge role that is not a CI role. */
function mayApprovePurge(trust, role) {
    return trust.policy.data.purge_roles.includes(role) && !trust.policy.data.ci_roles.includes(role);
}
/** May a key of this role sign a tombstone (carry out a purge two approvers signed)? A purge role, or the pipeline's. */
function mayApplyPurge(trust, role) {
    return trust.policy.data.purge_roles.includes(role) || trust.policy.data.ci_roles.includes(role);
}


/***/ })

};
