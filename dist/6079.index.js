export const id = 6079;
export const ids = [6079];
export const modules = {

/***/ 86079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INDEX_COLUMNS: () => (/* binding */ INDEX_COLUMNS),
/* harmony export */   computeIndex: () => (/* binding */ computeIndex),
/* harmony export */   expiryFrom: () => (/* binding */ expiryFrom),
/* harmony export */   incidentOf: () => (/* binding */ incidentOf),
/* harmony export */   indexTexts: () => (/* binding */ indexTexts),
/* harmony export */   readHolds: () => (/* binding */ readHolds),
/* harmony export */   sortHolds: () => (/* binding */ sortHolds),
/* harmony export */   sortRows: () => (/* binding */ sortRows)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_write_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9043);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73365);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59077);
/* harmony import */ var _store_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89360);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(74976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66096);
/* harmony import */ var _hold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22777);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24310);











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
/**
 * The index of the store at `commit`. With `inWindow` (a shard of a CI matrix, see shard.ts) only
 * the windows it accepts are read and judged, and only their rows, holds and defects are kept: a
 * window's part of the index depends on nothing outside the window, so the shards' parts merge
 * into exactly the whole index (their rows, holds and defects sorted as here).
 */
async function computeIndex(args) {
    const { repo, settings, commit, trust } = args;
    const inWindow = args.inWindow ?? (() => true);
    const policy = trust.policy.data;
    const now = settings.now;
    const nowUtc = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(now);
    const defects = [];
    const { holds, byWindow } = await readHolds(repo, commit, trust, now, defects);
    // One history scan for everything: families' write-once state and the policy's versions, in one commit order.
    const scan = args.scan ? await args.scan(['.'], commit) : await repo.scanHistory({ root: '.', until: commit });
    const history = await policyHistory(repo, args.top, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, settings.policies['retention']), scan.events);
    const rows = [];
    for (const inspector of args.inspectors) {
        const family = inspector.family;
        const memo = args.memo && { get: (path, oid, sig) => args.memo.get(inspector, path, oid, sig), set: (path, oid, sig, j) => args.memo.set(inspector, path, oid, sig, j) };
        const revisions = await readRevisions(repo, commit, family, inWindow, (input) => inspector.inspect(input), memo);
        const state = (0,_store_state_js__WEBPACK_IMPORTED_MODULE_3__/* .foldEvents */ .v)({}, scan.events.filter((e) => e.path.startsWith(`${family.root}/`)));
        const modified = args.modifiedOf.get(family.name) ?? new Set();
        const series = new Map();
        for (const r of revisions) {
            const id = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(r.ref);
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
                    subject: latest.facts.packetId ?? (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(latest.ref),
                    defect_code: 'RETENTION_SHORTENED',
                    severity: 'blocking',
                    owner_role: 'compliance',
                    required_action: `restore the retention periods of ${trust.policy.file}; retention may be lengthened, never shortened for what is stored`,
                    release_window_id: window,
                    file: trust.policy.file,
                    line: null,
                    field: 'retention_days_default',
                    detail: `the expiry of ${family.name} ${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(latest.ref)} moves from ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(stored)} (an earlier policy) to ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(expiryMs)}`
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
                    packet_revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRevision */ .T)(r.ref.revision),
                    release_window_id: window,
                    incident_window_start_utc: r.incident.start ?? '',
                    incident_window_end_utc: r.incident.end ?? '',
                    incident_window_source: r.incident.source,
                    signature_digest: r.facts.digest ?? '',
                    signature_verified: String(r.sigPath !== null && r.facts.findings.length === 0),
                    retention_expiry_utc: expiryMs === null ? '' : (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(expiryMs),
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
    return {
        commit,
        generated_at_utc: nowUtc,
        policy_sha256: trust.policy.sha256,
        rows: sortRows(rows),
        holds: sortHolds(holds.filter((h) => inWindow(h.release_window_id))),
        defects: (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_1__/* .sortDefects */ .XJ)(defects.filter((d) => inWindow(d.release_window_id)))
    };
}
/** The index's row order (also the order of merged shards). */
function sortRows(rows) {
    return rows.sort((a, b) => cmp(a.family, b.family) || cmp(a.release_window_id, b.release_window_id) || cmp(a.packet_id, b.packet_id) || cmp(a.packet_revision, b.packet_revision));
}
/** The index's hold order (also the order of merged shards). */
function sortHolds(holds) {
    return holds.sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.placed_at_utc, b.placed_at_utc) || cmp(a.hold_id, b.hold_id));
}
/** The index's two files: retention-index.json (also what `--json` prints) and retention-index.csv. */
function indexTexts(index) {
    return { json: `${JSON.stringify(index, null, 2)}\n`, csv: (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_9__/* .toCsv */ .gD)(INDEX_COLUMNS, index.rows.map((r) => INDEX_COLUMNS.map((c) => r[c]))) };
}
function expiryOf(list, policy) {
    return expiryFrom(list[list.length - 1].facts.signedAt, list.map((r) => r.incident), policy);
}
/** A series' expiry from its latest revision's signing instant and every revision's incident window (purge-authority.ts recomputes it from removed blobs). */
function expiryFrom(latestSignedAt, incidents, policy) {
    const times = [latestSignedAt, ...incidents.map((i) => i.end)].flatMap((t) => {
        if (t === null)
            return [];
        const p = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseUtc */ .y5)(t);
        return p.ok ? [p.ms] : [];
    });
    if (latestSignedAt === null || times.length === 0)
        return null;
    const days = (0,_policy_js__WEBPACK_IMPORTED_MODULE_7__.retentionDays)(policy, incidents.some((i) => i.block));
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
async function readRevisions(repo, commit, family, inWindow, inspect, memo) {
    const files = await repo.listTree(commit, family.root);
    const packets = [];
    const sigs = new Map();
    for (const f of files) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(family, f.path);
        if (p.type !== 'artifact' || !inWindow(p.ref.window))
            continue;
        const key = `${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(p.ref)}@${p.ref.revision}`;
        if (p.kind === 'packet')
            packets.push({ ref: p.ref, path: f.path, oid: f.oid });
        else if (p.kind === 'signature')
            sigs.set(key, { path: f.path, oid: f.oid });
    }
    const sigOf = (p) => sigs.get(`${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(p.ref)}@${p.ref.revision}`);
    // a revision the caller judged before (same path, same blob ids) is not read again
    const known = packets.map((p) => memo?.get(p.path, p.oid, sigOf(p)?.oid));
    const unread = packets.filter((_, i) => known[i] === undefined);
    const blobs = await repo.readBlobs(unread.flatMap((p) => [p.oid, ...(sigOf(p) ? [sigOf(p).oid] : [])]));
    return packets.map((p, i) => {
        const sig = sigOf(p);
        let judged = known[i];
        if (judged === undefined) {
            const packet = blobs.get(p.oid) ?? Buffer.alloc(0);
            const signature = sig ? blobs.get(sig.oid) : undefined;
            judged = { facts: inspect({ ref: p.ref, path: p.path, packet, signature }), incident: incidentOf((0,_util_json_js__WEBPACK_IMPORTED_MODULE_10__/* .parseLoose */ .i)(packet)) };
            memo?.set(p.path, p.oid, sig?.oid, judged);
        }
        return { ...p, sigPath: sig?.path ?? null, facts: judged.facts, incident: judged.incident };
    });
}
async function readHolds(repo, commit, trust, now, defects) {
    const files = await repo.listTree(commit, _family_js__WEBPACK_IMPORTED_MODULE_5__/* .HOLD_FAMILY */ .d0.root);
    const byRev = new Map();
    for (const f of files) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .HOLD_FAMILY */ .d0, f.path);
        if (p.type !== 'artifact' || p.kind === 'log')
            continue;
        const k = `${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(p.ref)}@${p.ref.revision}`;
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
        const v = (0,_hold_js__WEBPACK_IMPORTED_MODULE_6__.verifyHold)(blobs.get(e.json) ?? '', e.sig ? blobs.get(e.sig) : undefined, trust, now, e.ref);
        const id = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .seriesId */ .hG)(e.ref);
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
    sortHolds(holds);
    const byWindow = new Map();
    for (const h of holds)
        byWindow.set(h.release_window_id, [...(byWindow.get(h.release_window_id) ?? []), h]);
    return { holds, byWindow };
}
/** Every committed version of the retention policy file up to `commit`, oldest first, that parses. */
async function policyHistory(repo, top, policyAbs, all) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(top, policyAbs).split('\\').join('/');
    if (rel.startsWith('..'))
        return [];
    const events = all.filter((e) => e.path === rel && e.newOid !== '');
    const [blobs, parseRetentionPolicy] = await Promise.all([repo.readBlobs(events.map((e) => e.newOid)), (0,_policy_js__WEBPACK_IMPORTED_MODULE_7__.retentionPolicyParser)()]);
    return events.flatMap((e) => {
        try {
            return [{ order: e.order, policy: parseRetentionPolicy(blobs.get(e.newOid)?.toString('utf8') ?? '', rel).data }];
        }
        catch {
            return [];
        }
    });
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
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54705);
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

/***/ 49581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ modeOnly),
/* harmony export */   fA: () => (/* binding */ badMode),
/* harmony export */   rS: () => (/* binding */ modeDefect)
/* harmony export */ });
/* unused harmony exports FILE_MODE, modeDetail */
// Every store file is a regular, non-executable file (mode 100644). A symlink (120000) can point
// a reader or a later write outside the repository, an executable bit (100755) makes evidence
// something to run, a submodule (160000) is another repository's commit in place of a file.
// History says which mode each commit gave a path (`git log --raw`); a commit that gave a store
// path any other mode is a blocking STORE_FILE_MODE, reported for that commit even when a later
// commit set it back, as every write-once violation stays reported.
const FILE_MODE = '100644';
const KIND = { '100755': 'an executable file', '120000': 'a symbolic link', '160000': 'a submodule (gitlink)', '040000': 'a folder' };
/** The mode a change gave its path when it is not 100644 (deletions have none). */
function badMode(e) {
    if (e.status === 'D' || e.newMode === undefined || e.newMode === '' || /^0+$/.test(e.newMode))
        return null;
    return e.newMode === FILE_MODE ? null : e.newMode;
}
/** A change of mode alone (same bytes): not a rewrite of the content. */
function modeOnly(e) {
    return (e.status === 'M' || e.status === 'T') && e.oldOid !== '' && e.oldOid === e.newOid;
}
function modeDetail(path, r) {
    const mode = r.mode ?? '';
    return `commit ${r.commit} ${r.status === 'A' ? 'added' : 'changed'} ${path} as ${KIND[mode] ?? `mode ${mode}`} (mode ${mode}); every store file must be a regular file, mode ${FILE_MODE}`;
}
/** Builds the defect with the store's own defect constructor (check.ts). */
function modeDefect(make, path, r) {
    return make(modeDetail(path, r));
}


/***/ }),

/***/ 89360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ foldEvents)
/* harmony export */ });
/* harmony import */ var _modes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49581);

/** Applies events (already in parent-before-child order) to a state; returns the same object. */
function foldEvents(state, events, orderOffset = 0) {
    for (const e of events) {
        const known = state[e.path];
        const origin = { commit: e.commit, time: e.time, order: e.order + orderOffset };
        const mode = (0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .badMode */ .fA)(e);
        if (!known) {
            const marks = mode === null ? [] : [modeRecord(e, mode)];
            if (e.status === 'A')
                state[e.path] = { blob: e.newOid, origin, rewrites: marks };
            else
                state[e.path] = { blob: e.oldOid || e.newOid, origin, rewrites: (0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOnly */ .Ev)(e) ? marks : [rewrite(e), ...marks] };
            continue;
        }
        if (mode !== null && !known.rewrites.some((r) => r.commit === e.commit && r.mode === mode))
            known.rewrites = [...known.rewrites, modeRecord(e, mode)];
        // A mode change alone is not a content rewrite (a bad mode is recorded above; setting it back is the fix).
        if ((0,_modes_js__WEBPACK_IMPORTED_MODULE_0__/* .modeOnly */ .Ev)(e))
            continue;
        // With `-m`, a merge shows the same addition again against its other parent: same blob, no
        // news. Anything else (other bytes, a modification, a deletion) is a rewrite of published data,
        // and so are the same bytes added back after a deletion: a purged packet put back is not its
        // first publication (the purge is final on the branch), whatever a tombstone authorized.
        if (e.status === 'A' && e.newOid === known.blob && !deletedLast(known))
            continue;
        if (known.rewrites.some((r) => r.commit === e.commit && r.status === e.status && r.newOid === e.newOid && r.oldOid === e.oldOid))
            continue;
        // Copy on write: histories loaded from the cache share one empty list.
        known.rewrites = [...known.rewrites, rewrite(e)];
    }
    return state;
}
/** True when the last content change of a path removed it. */
function deletedLast(h) {
    for (let i = h.rewrites.length - 1; i >= 0; i--)
        if (h.rewrites[i].mode === undefined)
            return h.rewrites[i].status === 'D';
    return false;
}
/** The record a bad mode leaves in a path's history (kept with its rewrites, and in the cache). */
function modeRecord(e, mode) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid, mode };
}
function rewrite(e) {
    return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid };
}


/***/ })

};
