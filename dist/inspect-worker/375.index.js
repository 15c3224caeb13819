export const id = 375;
export const ids = [375,4310,1170,2012];
export const modules = {

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


/***/ }),

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays),
/* harmony export */   retentionPolicyParser: () => (/* binding */ retentionPolicyParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

async function loadRetentionPolicy(path, file = path) {
    // the YAML parser and the schema validators load on first use: a warm index query needs neither
    const { loadPolicyFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return checkRetentionPolicy(await loadPolicyFile('retention', path, file));
}
/** A parser of retention policy texts (the committed versions of the policy file). */
async function retentionPolicyParser() {
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return (text, file) => checkRetentionPolicy(parsePolicy('retention', text, file));
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

/***/ 4641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   countApprovals: () => (/* binding */ countApprovals),
/* harmony export */   holdConflicts: () => (/* binding */ holdConflicts),
/* harmony export */   purgeAuthority: () => (/* binding */ purgeAuthority)
/* harmony export */ });
/* harmony import */ var _signing_signature_set_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(244);
/* harmony import */ var _store_deletions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2073);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4976);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _derive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6079);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6096);
/* harmony import */ var _purge_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6995);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2012);









// Which deletions a purge authorizes (the store's deletion-authority hook, src/store/deletions.ts).
// A deletion of `path` in commit C is accepted only when a tombstone at HEAD
//   - verifies on its own (signature, a purge or CI role, well-formed: purge-record.ts),
//   - was added by C itself, and C removed every target it lists, each with the blob it names,
//   - targets a family that can be purged (never holds, purge records or the trust root),
//   - relies on approvals present in C's tree that, counted by verifySignatureSet, come from two
//     distinct keys and two distinct signers with a purge role (never a CI role), each signed for
//     the tombstone's exact targets and no later than the tombstone and C's commit time,
//   - was made after the expiry, recomputed here from the removed packets and the policy,
//   - and no verified legal hold on the window was active when an approval was signed, when the
//     tombstone was signed, or at C's commit time.
// Everything else stays STORE_FILE_DELETED, and a tombstone that fails says why.
const DUAL = 2;
async function purgeAuthority(settings, families) {
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.loadRetentionTrust)(settings, { policyOptional: true });
    return { judge: (input) => judge(input, trust, families, settings.now) };
}
async function judge(input, trust, families, now) {
    const { repo, head } = input;
    const defects = [];
    const authorized = new Set();
    const files = await repo.listTree(head, _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TOMBSTONE_FAMILY */ .Xx.root);
    if (files.length === 0)
        return { authorized, defects };
    const byRev = new Map();
    for (const f of files) {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_4__/* .TOMBSTONE_FAMILY */ .Xx, f.path);
        if (p.type !== 'artifact' || p.kind === 'log')
            continue;
        const k = `${(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .seriesId */ .hG)(p.ref)}@${p.ref.revision}`;
        const e = byRev.get(k) ?? { ref: p.ref };
        if (p.kind === 'packet')
            Object.assign(e, { json: f.oid, path: f.path });
        else
            e.sig = f.oid;
        byRev.set(k, e);
    }
    const blobs = await repo.readBlobs([...byRev.values()].flatMap((e) => [e.json, e.sig].filter((x) => x !== undefined)));
    const origins = new Map((await repo.scanHistory({ root: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .TOMBSTONE_FAMILY */ .Xx.root, until: head })).events.filter((e) => e.status === 'A').map((e) => [e.path, e]));
    const { holds } = await (0,_derive_js__WEBPACK_IMPORTED_MODULE_3__.readHolds)(repo, head, trust, now, []);
    const tombs = [];
    for (const e of byRev.values()) {
        if (!e.json || !e.sig || !e.path || !e.ref)
            continue;
        // The tombstone's own findings are its family's (verify reports them); an invalid one authorizes nothing.
        const v = (0,_purge_record_js__WEBPACK_IMPORTED_MODULE_5__.verifyTombstone)(blobs.get(e.json) ?? '', blobs.get(e.sig), trust, now, e.ref);
        const origin = origins.get(e.path);
        if (!v.ok || v.signedAt === null || !origin)
            continue;
        tombs.push({ path: e.path, record: v.record, signedAt: v.signedAt, commit: origin.commit, time: origin.time });
    }
    // What history says the tombstones' targets went through (whatever the caller's scope was).
    const targets = [...new Set(tombs.flatMap((t) => t.record.targets.map((x) => x.path)))].sort();
    const removals = targets.length === 0 ? [] : (await repo.scanHistory({ root: targets, until: head })).events.filter((x) => x.status === 'D').map((x) => ({ path: x.path, commit: x.commit, time: x.time, oldOid: x.oldOid }));
    for (const tomb of tombs) {
        const refused = await check(repo, tomb, removals, trust, families, holds);
        if (refused.length > 0) {
            for (const [code, field, detail] of refused)
                defects.push(defect(tomb, code, 'blocking', field, detail));
            continue;
        }
        for (const t of tomb.record.targets)
            authorized.add((0,_store_deletions_js__WEBPACK_IMPORTED_MODULE_7__/* .deletionKey */ .C)(t.path, tomb.commit));
        const approvers = tomb.record.approvals.map((a) => a.signer_id).join(', ');
        defects.push(defect(tomb, 'PURGE_APPLIED', 'info', '', `commit ${tomb.commit} removed ${tomb.record.targets.length} files of ${tomb.record.family} ${tomb.record.release_window_id} (expired ${tomb.record.retention_expiry_utc}), approved by ${approvers}; they remain in git history and in every clone`));
    }
    return { authorized, defects };
}
async function check(repo, tomb, deletions, trust, families, holds) {
    const r = tomb.record;
    const spec = families.find((f) => f.family.name === r.family && f.family.root === r.family_root);
    if (!spec || !(0,_family_js__WEBPACK_IMPORTED_MODULE_4__/* .isRetained */ .dE)(spec.family))
        return [['PURGE_TOMBSTONE_MISMATCH', '/family', `family '${r.family}' (${r.family_root}/) is not one a purge may remove from`]];
    // The targets were removed by the tombstone's own commit, with the blobs it names.
    const removedHere = new Map(deletions.filter((d) => d.commit === tomb.commit).map((d) => [d.path, d.oldOid]));
    const missing = r.targets.filter((t) => removedHere.get(t.path) !== t.blob);
    if (missing.length > 0)
        return [['PURGE_TOMBSTONE_MISMATCH', '/targets', `commit ${tomb.commit} added the tombstone but did not remove ${missing.map((t) => `${t.path} (blob ${t.blob.slice(0, 12)})`).join(', ')}`]];
    const out = [];
    const until = Math.min(tomb.signedAt, tomb.time * 1000);
    const approvals = await countApprovals(repo, tomb.commit, r.approvals, r.targets_sha256, until, trust);
    if (!approvals.met)
        out.push(['PURGE_APPROVALS_INSUFFICIENT', '/approvals', approvals.why]);
    const instants = [...approvals.instants, tomb.signedAt, tomb.time * 1000];
    for (const detail of holdConflicts(holds, r.release_window_id, instants))
        out.push(['RETENTION_PURGE_HELD', '/release_window_id', detail]);
    // The expiry, recomputed from the removed packets under the policy; the tombstone's own claim cannot shorten it.
    const packets = r.targets.filter((t) => {
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(spec.family, t.path);
        return p.type === 'artifact' && p.kind === 'packet';
    });
    const docs = await repo.readBlobs(packets.map((t) => t.blob));
    const revisions = packets.map((t) => (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(docs.get(t.blob) ?? ''));
    const signed = revisions.map((d) => (typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null)).filter((x) => x !== null).sort();
    const computed = (0,_derive_js__WEBPACK_IMPORTED_MODULE_3__.expiryFrom)(signed[signed.length - 1] ?? null, revisions.map((d) => (0,_derive_js__WEBPACK_IMPORTED_MODULE_3__.incidentOf)(d)), trust.policy.data);
    const claimed = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.retention_expiry_utc);
    const expiry = Math.max(computed ?? Infinity, claimed.ok ? claimed.ms : Infinity);
    const earliest = Math.min(...instants);
    if (expiry > earliest)
        out.push(['RETENTION_PURGE_NOT_EXPIRED', '/retention_expiry_utc', `the revisions are kept until ${Number.isFinite(expiry) ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(expiry) : '(no expiry)'}, after the purge was approved or made (${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(earliest)})`]);
    return out;
}
/**
 * The approvals of a purge as verifySignatureSet counts them: present in `commit` with the blob
 * named, signed for `subject` (targets_sha256) no later than `until`, by two distinct keys and two
 * distinct signers whose role is a purge role and not a CI role.
 */
async function countApprovals(repo, commit, listedRefs, subject, until, trust) {
    const sigPath = (p) => p.replace(/\.json$/, '.sig');
    // An approval listed twice is one approval (verifySignatureSet counts each document once).
    const twice = listedRefs.filter((a, i) => listedRefs.findIndex((b) => b.path === a.path) !== i);
    const refs = listedRefs.filter((a, i) => listedRefs.findIndex((b) => b.path === a.path) === i);
    const listed = refs.length === 0 ? [] : await repo.listTree(commit, refs.flatMap((a) => [a.path, sigPath(a.path)]));
    const byPath = new Map(listed.map((f) => [f.path, f.oid]));
    const pairs = refs.filter((a) => byPath.has(a.path) && (a.blob === undefined || byPath.get(a.path) === a.blob) && byPath.has(sigPath(a.path)));
    const bytes = await repo.readBlobs(pairs.flatMap((a) => [byPath.get(a.path), byPath.get(sigPath(a.path))]));
    const set = (0,_signing_signature_set_js__WEBPACK_IMPORTED_MODULE_0__/* .verifySignatureSet */ .C)({
        kind: _family_js__WEBPACK_IMPORTED_MODULE_4__/* .APPROVAL_KIND */ .dO,
        documents: pairs.map((a) => ({ name: a.path, json: bytes.get(byPath.get(a.path)) ?? '', sig: bytes.get(byPath.get(sigPath(a.path))) ?? '' })),
        keyring: trust.keyring,
        at: until,
        subject,
        subjectOf: '/targets_sha256',
        requirement: { threshold: DUAL, roles_required: [], roles_allowed: trust.policy.data.purge_roles.filter((role) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.mayApprovePurge)(trust, role)) },
        requirementSource: { file: trust.policy.file, pointer: '/purge_roles' }
    });
    const why = [
        ...twice.map((a) => `${a.path}: listed twice`),
        ...refs.filter((a) => !pairs.includes(a)).map((a) => `${a.path}: not in commit ${commit} (with its .sig and the blob named)`),
        ...set.invalid.map((i) => `${i.document}: ${i.code === 'SIGNED_IN_FUTURE' ? `signed after ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(until)} (the tombstone or its commit)` : `${i.code} ${i.message}`}`),
        ...set.unmet.map((u) => u.message)
    ].join('; ');
    return {
        met: set.met,
        why,
        instants: set.valid.map((s) => Date.parse(s.signedAtUtc)),
        counted: set.valid.map((s) => ({ path: s.document, signerId: s.signerId, keyId: s.keyId, signedAtUtc: s.signedAtUtc }))
    };
}
/** The holds on `window` active at any of `instants` (placed at or before it, not yet released). */
function holdConflicts(holds, window, instants) {
    const out = [];
    for (const h of holds.filter((x) => x.release_window_id === window)) {
        const placed = Date.parse(h.placed_at_utc);
        const released = h.released_at_utc === null ? Infinity : Date.parse(h.released_at_utc);
        const hit = instants.find((t) => placed <= t && t < released);
        if (hit !== undefined)
            out.push(`legal hold ${h.hold_id} (${h.reason}, owner ${h.owner}) was active at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(hit)}`);
    }
    return out;
}
function defect(t, code, severity, field, detail) {
    return {
        subject: t.record.purge_id,
        defect_code: code,
        severity,
        owner_role: 'compliance',
        required_action: severity === 'info' ? 'none: recorded for auditors' : 'restore the removed files from history (git revert the purge commit); a purge needs two approvals before it, expiry passed and no hold',
        release_window_id: t.record.release_window_id,
        file: t.path,
        line: null,
        field,
        detail
    };
}


/***/ }),

/***/ 6995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   approvalInspector: () => (/* binding */ approvalInspector),
/* harmony export */   approvalKey: () => (/* binding */ approvalKey),
/* harmony export */   approvalRecord: () => (/* binding */ approvalRecord),
/* harmony export */   purgeIdOf: () => (/* binding */ purgeIdOf),
/* harmony export */   renderPurgeLog: () => (/* binding */ renderPurgeLog),
/* harmony export */   signApproval: () => (/* binding */ signApproval),
/* harmony export */   signTombstone: () => (/* binding */ signTombstone),
/* harmony export */   subjectSha256: () => (/* binding */ subjectSha256),
/* harmony export */   tombstoneInspector: () => (/* binding */ tombstoneInspector),
/* harmony export */   tombstoneRecord: () => (/* binding */ tombstoneRecord),
/* harmony export */   verifyApproval: () => (/* binding */ verifyApproval),
/* harmony export */   verifyTombstone: () => (/* binding */ verifyTombstone)
/* harmony export */ });
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9062);
/* harmony import */ var _signing_signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(997);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9077);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4976);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6096);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2012);









// The two signed records of a purge. An approval names exactly what it approves (the subject: a
// family's window, every file with its blob id, the expiry), so it cannot be reused for other
// files; its purge_id is derived from that subject, so two approvers who read the same plan
// approve the same purge. The tombstone is what the purge commit adds: the targets with their
// blob ids and sha256, the index rows archived before removal, and the approvals it relies on.
// This module checks one record on its own (what `verify` asks of every stored revision); the
// checks across records and history (two distinct approvers before the tombstone, no hold, expiry
// passed, the targets removed in the tombstone's own commit) are purge-authority.ts.
/** Bumped when these rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'purge-records/1';
function subjectSha256(s) {
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)({ family: s.family, release_window_id: s.release_window_id, targets: s.targets.map((t) => ({ path: t.path, blob: t.blob })), retention_expiry_utc: s.retention_expiry_utc });
}
function purgeIdOf(targetsSha256) {
    return `p${targetsSha256.slice(0, 12)}`;
}
/** One approval series per approver and purge: a second approval by the same signer id is refused as r002. */
function approvalKey(purgeId, signerId) {
    return `${purgeId}-${(0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(signerId).slice(0, 8)}`;
}
function seal(body) {
    return { ...body, signature_digest: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(body) };
}
function approvalRecord(subject, signer) {
    const targets_sha256 = subjectSha256(subject);
    return seal({ ...subject, purge_id: purgeIdOf(targets_sha256), revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(1), targets_sha256, signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(signer) });
}
function tombstoneRecord(args, signer) {
    return seal({ ...args, revision: (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(1), purged_at_utc: (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(signer.at), signer: (0,_signing_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .signerBlock */ ._)(signer) });
}
function signApproval(r, signer) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_KIND */ .dO, r, signer);
}
function signTombstone(r, signer) {
    return (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .signDocument */ .Tt)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TOMBSTONE_KIND */ .X8, r, signer);
}
function verifyApproval(json, sig, trust, at, where) {
    return verifyRecord(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_KIND */ .dO, json, sig, trust, at, where, (role) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.mayApprovePurge)(trust, role), (r, out) => {
        if (typeof r.purge_id === 'string' && where?.key !== undefined && typeof r.signer?.signer_id === 'string' && where.key !== approvalKey(r.purge_id, r.signer.signer_id)) {
            out.push(invalid('/purge_id', `the approval is stored as ${where.key}, not as ${approvalKey(r.purge_id, r.signer.signer_id)} (its purge and signer)`));
        }
    });
}
function verifyTombstone(json, sig, trust, at, where) {
    return verifyRecord(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TOMBSTONE_KIND */ .X8, json, sig, trust, at, where, (role) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_6__.mayApplyPurge)(trust, role), (r, out) => {
        if (where?.key !== undefined && r.purge_id !== where.key)
            out.push(invalid('/purge_id', `the tombstone is stored as ${where.key}, not as its purge ${String(r.purge_id)}`));
        const prefix = `${String(r.family_root)}/${String(r.release_window_id)}/`;
        if (!Array.isArray(r.targets) || r.targets.length === 0)
            out.push(invalid('/targets', 'the tombstone lists no target'));
        else if (r.targets.some((t) => typeof t?.path !== 'string' || !t.path.startsWith(prefix) || typeof t.sha256 !== 'string'))
            out.push(invalid('/targets', `every target must be a file under ${prefix} with its sha256`));
        if (!Array.isArray(r.approvals) || r.approvals.some((a) => typeof a?.path !== 'string' || !a.path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_FAMILY */ .pZ.root}/`)))
            out.push(invalid('/approvals', `the approvals must be files under ${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_FAMILY */ .pZ.root}/`));
        if (!Array.isArray(r.archived_rows))
            out.push(invalid('/archived_rows', 'the tombstone has no archived index rows'));
    });
}
function invalid(field, detail) {
    return { code: 'PURGE_RECORD_INVALID', field, detail };
}
function verifyRecord(kind, json, sig, trust, at, where, mayRole, own) {
    const findings = [];
    let doc;
    let signedAt = null;
    let demo = false;
    if (sig === undefined)
        doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(json);
    else {
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyDocument */ .kR)(kind, json, sig, trust.keyring, at);
        if (v.ok) {
            doc = v.doc;
            signedAt = v.signedAt;
            demo = v.key.demo;
            if (!mayRole(v.key.role)) {
                findings.push({ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signed by '${v.key.signerId}' with role '${v.key.role}'; ${kind === _family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_KIND */ .dO ? `an approval needs one of the purge_roles (${trust.policy.data.purge_roles.join(', ')}), never a CI role` : 'a tombstone needs a purge role or a CI role'}` });
            }
        }
        else {
            findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}` });
            doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(json);
        }
    }
    const r = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined);
    if (!r)
        findings.push(invalid('', 'the record is not a JSON object'));
    else {
        const { signature_digest: digest, ...body } = r;
        if (digest !== (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalSha256 */ .o4)(body))
            findings.push(invalid('/signature_digest', 'signature_digest is not the sha256 of the record without it'));
        if (r.revision !== (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRevision */ .T)(1))
            findings.push(invalid('/revision', 'a purge record has one revision, r001'));
        if (typeof r.release_window_id !== 'string' || !(0,_store_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .isCanonicalId */ ._I)(r.release_window_id) || (where && r.release_window_id !== where.window))
            findings.push(invalid('/release_window_id', `the record names window ${JSON.stringify(r.release_window_id)}${where ? `, stored under ${where.window}` : ''}`));
        const subject = { family: r.family, release_window_id: r.release_window_id, targets: r.targets, retention_expiry_utc: r.retention_expiry_utc };
        const sha = Array.isArray(subject.targets) ? subjectSha256(subject) : '';
        if (r.targets_sha256 !== sha || r.purge_id !== purgeIdOf(sha))
            findings.push(invalid('/targets_sha256', 'targets_sha256 or purge_id is not derived from the family, window, targets and expiry'));
        if (typeof r.retention_expiry_utc !== 'string' || !(0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isCanonicalUtc */ .xy)(r.retention_expiry_utc))
            findings.push(invalid('/retention_expiry_utc', 'retention_expiry_utc is not canonical UTC'));
        own(r, findings);
    }
    return { ok: findings.length === 0, record: r, signedAt, findings, facts: { ...factsOf(r, findings), demo } };
}
function factsOf(r, findings) {
    const str = (v) => (typeof v === 'string' ? v : null);
    return {
        packetId: str(r?.purge_id),
        digest: str(r?.signature_digest),
        supersedes: null,
        windowId: str(r?.release_window_id),
        revision: typeof r?.revision === 'string' ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRevision */ .P)(r.revision) : null,
        signerId: str(r?.signer?.signer_id),
        keyId: str(r?.signer?.key_id),
        signedAt: str(r?.signer?.signed_at_utc),
        findings
    };
}
function inspector(family, trust, now, verify) {
    return {
        family,
        fingerprint: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(`${VERIFIER_VERSION}\0${family.name}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
        now,
        inspect: (input) => verify(input.packet, input.signature, trust, now, input.ref).facts
    };
}
function approvalInspector(trust, now) {
    return inspector(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .APPROVAL_FAMILY */ .pZ, trust, now, verifyApproval);
}
function tombstoneInspector(trust, now) {
    return inspector(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TOMBSTONE_FAMILY */ .Xx, trust, now, verifyTombstone);
}
/** The .log beside each purge record (informative: verify never reads it). */
function renderPurgeLog(what, r, now) {
    const lines = [
        ['record', what],
        ['purge_id', r.purge_id],
        ['family', r.family],
        ['release_window_id', r.release_window_id],
        ['targets', `${r.targets.length} files, targets_sha256 ${r.targets_sha256}`],
        ['retention_expiry_utc', r.retention_expiry_utc],
        ['signer', `${r.signer.signer_id} (role ${r.signer.role}, key id ${r.signer.key_id})`],
        ['signed_at_utc', r.signer.signed_at_utc],
        ['signature_digest', `sha256:${r.signature_digest}`],
        ['written_at_utc', (0,_util_time_js__WEBPACK_IMPORTED_MODULE_4__/* .formatUtc */ .ay)(now)]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence purge record (informative only: verify proves it from its .json and .sig)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}


/***/ }),

/***/ 2012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRetentionPolicyOf: () => (/* binding */ loadRetentionPolicyOf),
/* harmony export */   loadRetentionTrust: () => (/* binding */ loadRetentionTrust),
/* harmony export */   mayApplyPurge: () => (/* binding */ mayApplyPurge),
/* harmony export */   mayApprovePurge: () => (/* binding */ mayApprovePurge),
/* harmony export */   mayHold: () => (/* binding */ mayHold)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4964);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4310);




/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
async function loadRetentionTrust(settings, { policyOptional = false, writer = false, what = 'verify' } = {}) {
    // loaded here, not with this module: a warm index query reads the policy and never a keyring
    const { loadSignerKeyring, loadVerifierKeyring } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9432), __webpack_require__.e(4742), __webpack_require__.e(9062), __webpack_require__.e(7717), __webpack_require__.e(7044)]).then(__webpack_require__.bind(__webpack_require__, 4663));
    const [keyring, loaded] = await Promise.all([writer ? loadSignerKeyring(settings) : loadVerifierKeyring(settings, what), loadRetentionPolicyOf(settings, policyOptional)]);
    return { keyring, policy: loaded };
}
/** The retention policy alone, for what judges no signature (checking a supplied index file). */
async function loadRetentionPolicyOf(settings, policyOptional = false) {
    const ws = settings.workspace;
    const policyAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ws, settings.policies['retention']);
    const file = (0,_util_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(ws, policyAbs);
    return policyOptional && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(policyAbs) ? noPolicy(file) : (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.loadRetentionPolicy)(policyAbs, file);
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


/***/ }),

/***/ 244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ verifySignatureSet)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/signing/approval-requirement.ts


/** A policy author's requirement, refused with the field to fix (a threshold of 0 would accept anything). */
function checkRequirement(value, source = { file: 'approval requirement' }) {
    const problems = [];
    const at = (field) => `${source.pointer ?? ''}/${field}`;
    const roleList = (list, field) => {
        const ok = Array.isArray(list) && list.every((r) => typeof r === 'string' && r !== '');
        if (!ok)
            problems.push({ file: source.file, field: at(field), message: 'is not a list of role names', fix: 'list keyring roles, e.g. [compliance, release-authority]' });
        return ok;
    };
    if (!Number.isInteger(value.threshold) || value.threshold < 1) {
        problems.push({ file: source.file, field: at('threshold'), message: `is ${(0,ids.printable)(String(value.threshold), 40)}, not a whole number of at least 1`, fix: 'set how many distinct people must approve; 0 would accept no approvals at all' });
    }
    if (roleList(value.roles_required, 'roles_required') && value.roles_allowed !== undefined && roleList(value.roles_allowed, 'roles_allowed')) {
        value.roles_required.forEach((role, i) => {
            if (!value.roles_allowed?.includes(role)) {
                problems.push({ file: source.file, field: at(`roles_required/${i}`), message: `'${(0,ids.printable)(role, 80)}' is not in roles_allowed, so it could never be covered`, fix: 'add the role to roles_allowed or drop it from roles_required' });
            }
        });
    }
    if (problems.length > 0)
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${source.file}: invalid approval requirement`, problems });
    return value;
}
/**
 * What the counted approvals leave unmet: the threshold counts people, and every required role
 * needs a signer of its own.
 */
function judgeApprovals(requirement, signers, keys, subject) {
    const roles = coverRoles(requirement.roles_required, signers);
    const unmet = [];
    if (signers.length < requirement.threshold) {
        unmet.push({
            code: 'APPROVAL_THRESHOLD_UNMET',
            message: `${signers.length} distinct signer(s) (${keys} distinct key(s)) approved ${(0,ids.printable)(subject, 80)}; ${requirement.threshold} required`,
            fix: 'collect approvals from more people in allowed roles; a second key of the same person does not count'
        });
    }
    for (const role of roles.missing) {
        unmet.push({
            code: 'APPROVAL_ROLE_MISSING',
            message: `no distinct signer in role '${(0,ids.printable)(role, 80)}' approved ${(0,ids.printable)(subject, 80)}`,
            fix: `a signer whose role is '${(0,ids.printable)(role, 80)}', and who covers no other required role, must sign an approval`
        });
    }
    return { roles, unmet };
}
/**
 * Gives each required role its own signer, as many as possible (a bipartite matching by
 * augmenting paths): greedy assignment could spend the only signer of a scarce role on a common one.
 */
function coverRoles(required, signers) {
    const slotOf = new Map(); // signer index -> the required slot it covers
    const assign = (slot, seen) => signers.some((s, i) => {
        if (seen.has(i) || !s.roles.includes(required[slot]))
            return false;
        seen.add(i);
        const held = slotOf.get(i);
        if (held !== undefined && !assign(held, seen))
            return false;
        slotOf.set(i, slot);
        return true;
    });
    required.forEach((_, slot) => assign(slot, new Set()));
    const signerOf = new Map([...slotOf].map(([signer, slot]) => [slot, signers[signer].signerId]));
    return {
        covered: required.flatMap((role, slot) => {
            const signerId = signerOf.get(slot);
            return signerId === undefined ? [] : [{ role, signerId }];
        }),
        missing: required.filter((_, slot) => !signerOf.has(slot))
    };
}

// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
;// CONCATENATED MODULE: ./src/signing/signature-set.ts





/** Verifies every document and signature, counts approvals, and judges them against the requirement. */
function verifySignatureSet(input) {
    const requirement = checkRequirement(input.requirement, input.requirementSource);
    const allowed = requirement.roles_allowed;
    const roleOf = input.roleOf ?? ((key) => key.role);
    const invalid = [];
    const candidates = [];
    const names = new Set();
    for (const d of input.documents) {
        if (names.has(d.name))
            throw new errors/* InternalError */.Gd({ code: 'INTERNAL', message: `signature set for ${input.subject}: document ${d.name} passed twice` });
        names.add(d.name);
        const checked = (0,signing_document/* checkSignedPair */.B9)(input.kind, d.json, d.sig, input.keyring, input.at, { several: true });
        if (!checked.ok) {
            const { code, message, fix } = checked.failure;
            invalid.push({ document: d.name, index: null, keyid: null, code, message, fix });
            continue;
        }
        const wrongSubject = checked.doc && subjectProblem(checked.doc, input);
        for (const s of checked.signatures) {
            const reject = (code, message, fix) => invalid.push({ document: d.name, index: s.index, keyid: s.keyid, code, message, fix });
            if (!s.ok) {
                reject(s.code, s.message, s.fix);
                continue;
            }
            const role = roleOf(s.key);
            if (wrongSubject)
                reject('SUBJECT_MISMATCH', wrongSubject, 'an approval counts only for the subject it signs; sign an approval of this subject');
            else if (allowed && !allowed.includes(role)) {
                reject('SIGNER_ROLE_NOT_ALLOWED', `'${s.key.signerId}' signs as '${(0,ids.printable)(role, 80)}', not one of ${allowed.join(', ')}`, `only approvals by ${allowed.join(', ')} count; ask a signer in one of those roles`);
            }
            else
                candidates.push({ document: d.name, index: s.index, key: s.key, role, signedAt: s.signedAt, hintMatched: s.hintMatched });
        }
    }
    // The earliest signature of a key is the one that counts, whatever order the files came in.
    candidates.sort((a, b) => a.signedAt - b.signedAt || compare(a.document, b.document) || a.index - b.index);
    const byKey = new Map();
    for (const c of candidates) {
        const first = byKey.get(c.key.keyId);
        if (!first)
            byKey.set(c.key.keyId, c);
        else {
            invalid.push({
                document: c.document,
                index: c.index,
                keyid: c.key.keyId,
                code: 'SIGNATURE_DUPLICATE_KEY',
                message: `the key of '${c.key.signerId}' (${c.key.keyId}) already counted for ${first.document} signature ${first.index + 1}`,
                fix: 'nothing to do: one key counts once; a second approval needs a second person'
            });
        }
    }
    const counted = [...byKey.values()].sort((a, b) => compare(a.key.signerId, b.key.signerId) || compare(a.key.keyId, b.key.keyId));
    const distinctSigners = signersOf(counted);
    const { roles, unmet } = judgeApprovals(requirement, distinctSigners, counted.length, input.subject);
    return {
        kind: input.kind,
        subject: input.subject,
        valid: counted.map((c) => ({ document: c.document, index: c.index, signerId: c.key.signerId, role: c.role, keyId: c.key.keyId, signedAtUtc: (0,time/* formatUtc */.ay)(c.signedAt), demo: c.key.demo, hintMatched: c.hintMatched })),
        invalid: invalid.sort((a, b) => compare(a.document, b.document) || (a.index ?? -1) - (b.index ?? -1) || compare(a.code, b.code)),
        distinctKeys: counted.map((c) => c.key.keyId).sort(compare),
        distinctSigners,
        roles,
        unmet,
        met: unmet.length === 0
    };
}
function subjectProblem(doc, input) {
    const where = typeof input.subjectOf === 'string' ? ` at ${input.subjectOf}` : '';
    const named = typeof input.subjectOf === 'string' ? atPointer(doc, input.subjectOf) : input.subjectOf(doc);
    if (typeof named !== 'string')
        return `the document names no subject${where}`;
    return named === input.subject ? undefined : `the document approves '${(0,ids.printable)(named, 80)}'${where}, not '${(0,ids.printable)(input.subject, 80)}'`;
}
/** RFC 6901: '' is the whole document, '/a/0' a path; own properties only. */
function atPointer(doc, pointer) {
    if (pointer === '')
        return doc;
    let node = doc;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token))
            return undefined;
        node = node[token];
    }
    return node;
}
function signersOf(counted) {
    const bySigner = new Map();
    for (const c of counted) {
        const s = bySigner.get(c.key.signerId) ?? { signerId: c.key.signerId, roles: [], keyIds: [] };
        if (!s.roles.includes(c.role))
            s.roles.push(c.role);
        s.keyIds.push(c.key.keyId);
        bySigner.set(s.signerId, s);
    }
    return [...bySigner.values()].map((s) => ({ ...s, roles: s.roles.sort(compare), keyIds: s.keyIds.sort(compare) })).sort((a, b) => compare(a.signerId, b.signerId));
}
/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ deletionKey),
/* harmony export */   t: () => (/* binding */ judgeDeletions)
/* harmony export */ });
function deletionKey(path, commit) {
    return `${path}\0${commit}`;
}
/**
 * Drops the STORE_FILE_DELETED defects of paths whose every deletion an authority accepted, and
 * adds the authorities' findings to the result of the family that declared each. `authorities`
 * is one entry per result (undefined for families without one). Runs git only when a result
 * reports a deletion or an authority family has records at HEAD.
 */
async function judgeDeletions(repo, head, results, authorities) {
    const deleted = new Set(results.flatMap((r) => r.defects.filter((d) => d.defect_code === 'STORE_FILE_DELETED').map((d) => d.file)));
    const active = authorities.map((a, i) => (a && (deleted.size > 0 || results[i].windows.length > 0) ? a : undefined));
    if (head === null || active.every((a) => a === undefined))
        return results;
    const events = deleted.size === 0 ? [] : (await repo.scanHistory({ root: [...deleted].sort(), until: head })).events;
    const deletions = events.filter((e) => e.status === 'D' && deleted.has(e.path)).map((e) => ({ path: e.path, commit: e.commit, time: e.time, oldOid: e.oldOid }));
    const authorized = new Set();
    const found = results.map(() => []);
    for (const [i, a] of active.entries()) {
        if (!a)
            continue;
        const j = await a.judge({ repo, head, deletions });
        for (const k of j.authorized)
            authorized.add(k);
        found[i].push(...j.defects);
    }
    // A path is cleared only when every deletion of it was accepted (a re-added and deleted again file needs a second purge).
    const cleared = new Set([...deleted].filter((p) => deletions.some((d) => d.path === p) && deletions.filter((d) => d.path === p).every((d) => authorized.has(deletionKey(d.path, d.commit)))));
    return results.map((r, i) => {
        const defects = [...r.defects.filter((d) => !(d.defect_code === 'STORE_FILE_DELETED' && cleared.has(d.file))), ...found[i]];
        return { ...r, defects, blocking: defects.filter((d) => d.severity === 'blocking').length };
    });
}


/***/ }),

/***/ 9043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

// Reading a file the user named (a CSV, a policy, a key file) fails in the user's terms: the
// file is not there (INPUT_MISSING) or cannot be read (INPUT_UNREADABLE). The caller words the
// message, naming the file and the fix; `code` is the errno code (ENOENT, EACCES, ...) or 'error'.
async function readInput(read, message) {
    try {
        return await read();
    }
    catch (err) {
        // a reader's own verdict on the file (too large, say) is already in the user's terms
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw err;
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE', message: message(code ?? 'error'), cause: err });
    }
}


/***/ })

};
