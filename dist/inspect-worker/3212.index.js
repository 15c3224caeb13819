export const id = 3212;
export const ids = [3212,3259,5449,4484];
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

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ signerRows),
/* harmony export */   Ev: () => (/* binding */ traceHolds),
/* harmony export */   J4: () => (/* binding */ traceSigners),
/* harmony export */   Sf: () => (/* binding */ lastWindows),
/* harmony export */   o7: () => (/* binding */ tracePolicy),
/* harmony export */   xx: () => (/* binding */ traceChain)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(209);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);


const rev = (n) => `r${String(n).padStart(3, '0')}`;
function index(g) {
    const nodes = new Map(g.nodes.map((n) => [n.id, n]));
    const from = new Map();
    for (const e of g.edges) {
        const list = from.get(e.from);
        if (list)
            list.push(e);
        else
            from.set(e.from, [e]);
    }
    return { nodes, out: (id, type) => (from.get(id) ?? []).filter((e) => e.type === type) };
}
function traceChain(g, packetId) {
    const want = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.normalizeNodeId)(packetId);
    const { nodes, out } = index(g);
    const revs = g.nodes.filter((n) => n.type === 'packet_revision' && ((0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.normalizeNodeId)(n.packet_id) === want || n.chain === want));
    revs.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : a.revision - b.revision));
    return revs.map((r) => ({
        node: r.id,
        family: r.family,
        release_window_id: r.release_window_id,
        revision: rev(r.revision),
        digest: r.digest,
        supersedes: out(r.id, 'supersedes')[0]?.to ?? null,
        signer_id: r.signer_id,
        key_id: r.key_id,
        signed_at_utc: r.signed_at_utc,
        policies: out(r.id, 'evaluated_under_policy').map((e) => {
            const p = nodes.get(e.to);
            return { node: e.to, in_force: p?.type === 'policy_version' && (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .inForceAt */ .Md)(p, r.signed_at_utc) };
        }),
        is_latest: r.is_latest,
        signature_verified: r.signature_verified,
        commit: r.commit
    }));
}
function tracePolicy(g, window) {
    const w = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.normalizeNodeId)(window);
    const { out } = index(g);
    const revs = g.nodes.filter((n) => n.type === 'packet_revision' && n.release_window_id === w);
    const times = revs.map((r) => r.signed_at_utc).filter((t) => t !== '').sort();
    const [first, last] = [times[0] ?? '', times[times.length - 1] ?? ''];
    const used = new Map();
    for (const r of revs)
        for (const e of out(r.id, 'evaluated_under_policy'))
            used.set(e.to, [...(used.get(e.to) ?? []), r.id]);
    const kinds = new Set(g.nodes.flatMap((n) => (n.type === 'policy_version' && used.has(n.id) ? [n.kind] : [])));
    const during = (p) => p.in_force.some((i) => i.from_utc > first && i.from_utc <= last);
    return g.nodes
        .filter((n) => n.type === 'policy_version' && (used.has(n.id) || (kinds.has(n.kind) && during(n))))
        .map((p) => ({ node: p.id, kind: p.kind, sha256: p.sha256, effective_utc: p.effective_utc, effective_source: p.effective_source, introduced_commit: p.introduced_commit, used_by: (used.get(p.id) ?? []).sort(), changed_during_window: during(p) }))
        .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.effective_utc < b.effective_utc ? -1 : 1));
}
/** Windows ordered by their first signing (the seed: consecutive windows by time), the last `n`. */
function lastWindows(g, last) {
    const windows = g.nodes.filter((n) => n.type === 'release_window').sort((a, b) => (a.first_signed_utc < b.first_signed_utc ? -1 : a.first_signed_utc > b.first_signed_utc ? 1 : a.release_window_id < b.release_window_id ? -1 : 1));
    return windows.slice(Math.max(0, windows.length - last)).map((w) => w.release_window_id);
}
function traceSigners(g, last) {
    return signerRows(g, lastWindows(g, last));
}
/** The signers and signer changes of each of these windows (each row depends on its window alone). */
function signerRows(g, windows) {
    const { out } = index(g);
    const revs = g.nodes.filter((n) => n.type === 'packet_revision');
    return windows.map((w) => {
        const mine = revs.filter((r) => r.release_window_id === w);
        const ids = new Set(mine.map((r) => r.id));
        return {
            release_window_id: w,
            signers: [...new Set(mine.flatMap((r) => out(r.id, 'signed_by').map((e) => e.to.replace(/^signer:/, ''))))].sort(),
            transitions: g.edges
                .filter((e) => e.type === 'signer_transition' && e.revision !== undefined && ids.has(e.revision))
                .map((e) => ({ from: e.from.replace(/^signer:/, ''), to: e.to.replace(/^signer:/, ''), at_utc: e.at_utc ?? '', revision: e.revision ?? '', context: e.context ?? null, explained: !!e.context }))
        };
    });
}
function traceHolds(g) {
    const { out } = index(g);
    return g.nodes
        .filter((n) => n.type === 'legal_hold_state' && n.state === 'active' && !out(n.id, 'hold_state_transition').some((e) => e.transition === 'release'))
        .map((h) => ({ node: h.id, release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, placed_at_utc: h.at_utc, signer_id: h.signer_id, commit: h.commit }));
}


/***/ }),

/***/ 6796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTrace: () => (/* binding */ runTrace)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4598);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(209);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8825);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7736);





async function runTrace(settings, what, o) {
    if (what !== 'chain' && what !== 'policy' && what !== 'signers' && what !== 'holds')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `trace: say chain, policy, signers or holds; run 'release-evidence trace --help'` });
    if (what === 'chain' && !o.packetId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: 'trace chain: --packet-id is required' });
    if (what === 'policy' && !o.window)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: 'trace policy: --window is required' });
    const last = o.last === undefined ? 3 : Number(o.last);
    if (!Number.isInteger(last) || last < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `trace signers: --last ${o.last} is not a positive whole number` });
    const { view, commit } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__.viewAt)(settings, o.at);
    const head = `trace ${what} at ${commit}`;
    if (what === 'chain') {
        const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .traceChain */ .xx)(view.chain(o.packetId), o.packetId);
        return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no revision has that packet id'] : rows.map((r) => `  ${r.node} ${r.signed_at_utc} by ${r.signer_id} (key ${r.key_id.slice(0, 12)}) sha256:${r.digest.slice(0, 12)}${r.supersedes ? ` supersedes ${r.supersedes}` : ' first'}${r.is_latest ? ' LATEST' : ''}${r.signature_verified ? '' : ' UNVERIFIED'}; policies ${r.policies.map((p) => `${p.node.split(':').slice(1, 2).join('')}${p.in_force ? '' : ' (NOT IN FORCE)'}`).join(', ')}`))].join('\n') + '\n' };
    }
    if (what === 'policy') {
        const window = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.normalizeId)(o.window, 'release_window_id');
        const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .tracePolicy */ .o7)(view.windows([(0,_graph_js__WEBPACK_IMPORTED_MODULE_2__.normalizeNodeId)(window)]), window);
        return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no policy governed that window'] : rows.map((r) => `  ${r.kind} sha256:${r.sha256.slice(0, 12)} effective ${r.effective_utc} (${r.effective_source}, commit ${r.introduced_commit.slice(0, 12)})${r.changed_during_window ? ' CHANGED DURING THE WINDOW' : ''}; used by ${r.used_by.length} revision(s)`))].join('\n') + '\n' };
    }
    if (what === 'signers') {
        const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .traceSigners */ .J4)(view.windows((0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .lastWindows */ .Sf)(view.windows([]), last)), last);
        return { query: what, commit, rows, text: [head, ...rows.flatMap((r) => [`  ${r.release_window_id}: ${r.signers.join(', ') || 'no signer'}`, ...r.transitions.map((t) => `    ${t.from} -> ${t.to} at ${t.at_utc}: ${t.context ? `${t.context.reason} (approved by ${t.context.approved_by} ${t.context.approved_at_utc})` : 'NO TRANSITION CONTEXT'}`)])].join('\n') + '\n' };
    }
    const rows = (0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .traceHolds */ .Ev)(view.holds());
    return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no unresolved hold'] : rows.map((r) => `  ${r.release_window_id} hold ${r.hold_id} since ${r.placed_at_utc}: ${r.reason} (owner ${r.owner})`))].join('\n') + '\n' };
}


/***/ }),

/***/ 2951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ macKey),
/* harmony export */   G0: () => (/* binding */ serializeGroup),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   bp: () => (/* binding */ openCache),
/* harmony export */   nk: () => (/* binding */ factsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




// The verify cache makes re-verification proportional to what is new. It holds, per group (one
// top-level folder under the store root, i.e. one window; see check.ts groupOf), the tree id the
// group had at the cached tip, the group's check result, and what re-checking it needs (history
// state of its paths, packet verdicts), the latter in a file of its own named by its sha256. After
// one more commit, verify scans the log of that commit only, re-checks only the groups that commit
// touched or whose tree differs (reading their inputs files only), and takes every other group's
// result from the main file.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a group's result is reused only while the group's tree id at HEAD equals
//     the one it was computed for and no commit after the cached tip touched the group; a packet
//     verdict is keyed by the blob ids of the packet and its envelope. Tree and blob ids are
//     content hashes, so changed bytes anywhere in a window are a cache miss, never a stale pass.
//     Results and verdicts are used only under the verifier fingerprint they were made with
//     (keyring hash, closure policy hash, verifier version), so a changed keyring is a miss too;
//   - history changes: the cache is used only when the commit it was computed at is an ancestor
//     of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch starts from scratch;
//     every commit after the cached tip is scanned, and a group any of them touched is re-checked,
//     so a rewrite after the tip is found like any other, even one that a later commit reverted;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the main file carries an
//     HMAC-SHA256 under a random per-repository key (.git/release-evidence/cache.key, mode 0600)
//     and names each group's inputs file by the sha256 of its content, which is checked on read;
//     anything that fails the MAC or its hash, or does not parse, is ignored and rebuilt;
//   - time: nothing signed after the verification instant is kept, and a group or verdict whose
//     latest signing instant lies after the verification instant is re-checked.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).
const VERSION = 7;
function serializeGroup(root, name, tree, signedMax, result, inputs) {
    const windows = result.windows.map((w) => {
        const dir = `${root}/${w.release_window_id}/`;
        return [w.release_window_id, w.series, w.latest, w.ok ? 1 : 0, w.revisions.map((r) => revisionRow(r, dir))];
    });
    const paths = Object.entries(inputs.state).map(([path, h]) => {
        const row = [path, h.blob, h.origin.commit, h.origin.time, h.origin.order];
        if (h.rewrites.length > 0)
            row.push(h.rewrites);
        return row;
    });
    const facts = Object.entries(inputs.facts).map(([k, f]) => {
        const row = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt, f.demo === true ? 1 : 0];
        if (f.findings.length > 0)
            row.push(f.findings);
        return row;
    });
    const inputsBytes = Buffer.from(JSON.stringify([paths, facts]), 'utf8');
    const inputsHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(inputsBytes).digest('hex');
    return { line: `${name}\t${tree}\t${signedMax}\t${inputsHash}\t${JSON.stringify([windows, result.defects])}`, inputsHash, inputsBytes };
}
// A revision's files are stored by name inside the window's folder (where they always are);
// anything else keeps its full path behind a leading '/', which no git path has.
const fileName = (dir, path) => (path === null ? null : path.startsWith(dir) ? path.slice(dir.length) : `/${path}`);
const filePath = (dir, name) => (name === null ? null : name.startsWith('/') ? name.slice(1) : `${dir}${name}`);
function revisionRow(r, dir) {
    const { packet, signature, log } = r.files;
    return [r.revision, r.packet_id, r.digest, r.supersedes, r.signer_id, r.signed_at_utc, fileName(dir, packet), fileName(dir, signature), fileName(dir, log), r.published_in, r.published_at_utc, r.ok ? 1 : 0];
}
// Lines stay bytes until a field is needed (a TAB byte never occurs inside a UTF-8 sequence), so
// unchanged groups are neither decoded in full nor re-encoded when the file is written again.
const TAB = 0x09;
function parseGroupLine(root, inputsDir, line) {
    const t1 = line.indexOf(TAB);
    const t2 = line.indexOf(TAB, t1 + 1);
    const t3 = line.indexOf(TAB, t2 + 1);
    const t4 = line.indexOf(TAB, t3 + 1);
    if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0)
        return null;
    const signedMax = Number(line.toString('latin1', t2 + 1, t3));
    if (!Number.isFinite(signedMax))
        return null;
    const inputsHash = line.toString('latin1', t3 + 1, t4);
    if (!/^[0-9a-f]{64}$/.test(inputsHash))
        return null;
    return {
        name: line.toString('utf8', 0, t1),
        tree: line.toString('latin1', t1 + 1, t2),
        signedMax,
        line,
        inputsHash,
        result: () => {
            const [windows, defects] = JSON.parse(line.toString('utf8', t4 + 1));
            return { windows: windows.map((w) => windowReport(root, w)), defects };
        },
        inputs: () => {
            let bytes;
            try {
                bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputsDir, `${inputsHash}.json`));
            }
            catch {
                return null;
            }
            if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') !== inputsHash)
                return null;
            const [paths, facts] = JSON.parse(bytes.toString('utf8'));
            const state = {};
            const none = [];
            for (const [path, blob, commit, time, order, rewrites] of paths)
                state[path] = { blob, origin: { commit, time, order }, rewrites: rewrites ?? none };
            const out = {};
            const clean = [];
            for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo, findings] of facts) {
                out[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo: demo === 1, findings: findings ?? clean };
            }
            return { state, facts: out };
        }
    };
}
function windowReport(root, [release_window_id, series, latest, ok, rows]) {
    const dir = `${root}/${release_window_id}/`;
    const revisions = rows.map(([revision, packet_id, digest, supersedes, signer_id, signed_at_utc, packet, signature, log, published_in, published_at_utc, rok]) => ({
        revision,
        packet_id,
        digest,
        supersedes,
        signer_id,
        signed_at_utc,
        files: { packet: filePath(dir, packet), signature: filePath(dir, signature), log: filePath(dir, log) },
        published_in,
        published_at_utc,
        ok: rok === 1
    }));
    return { release_window_id, series, revisions, latest, ok: ok === 1 };
}
/** Verdicts are keyed by content: the blob ids of the packet and its envelope. */
function factsKey(packetOid, signatureOid) {
    return `${packetOid}:${signatureOid ?? '-'}`;
}
/** The per-repository MAC key of .git/release-evidence/ (created when asked), null when absent or damaged. */
async function macKey(dir, create) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cache.key');
    try {
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
    catch {
        if (!create)
            return null;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true, mode: 0o700 });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32), { mode: 0o600, flag: 'wx' });
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const key = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
        return key.length === 32 ? key : null;
    }
}
/** The cache, or null when absent, unauthentic, unreadable or for another family/root. */
async function openCache(dir, family, root) {
    try {
        const key = await macKey(dir, false);
        if (!key)
            return null;
        // Read and authenticated as bytes: decoding 10 MB through a stream decoder, or hashing it as
        // a JS string, costs more than everything else a warm verify does.
        const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`));
        const nl = bytes.indexOf(0x0a);
        if (nl < 0)
            return null;
        const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
        const expected = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
        if (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))
            return null;
        const nl2 = bytes.indexOf(0x0a, nl + 1);
        const nl3 = bytes.indexOf(0x0a, nl2 + 1);
        if (nl2 < 0 || nl3 < 0)
            return null;
        const tip = bytes.toString('latin1', nl + 1, nl2);
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip))
            return null;
        return {
            tip,
            parse: () => {
                try {
                    const header = JSON.parse(bytes.toString('utf8', nl2 + 1, nl3));
                    if (header.v !== VERSION || header.family !== family || header.root !== root)
                        return null;
                    const groups = new Map();
                    for (let start = nl3 + 1; start < bytes.length;) {
                        let end = bytes.indexOf(0x0a, start);
                        if (end < 0)
                            end = bytes.length;
                        if (end > start) {
                            const g = parseGroupLine(root, inputsDir(dir, family), bytes.subarray(start, end));
                            if (!g)
                                return null;
                            groups.set(g.name, g);
                        }
                        start = end + 1;
                    }
                    return { family, root, fingerprint: header.fingerprint, commits: header.commits, tip, groups };
                }
                catch {
                    return null;
                }
            }
        };
    }
    catch {
        return null;
    }
}
function inputsDir(dir, family) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.inputs`);
}
/**
 * Writes the new inputs files, then the main file atomically (temp file + rename), then removes
 * inputs files nothing names any more. A failure to cache never fails verification.
 */
async function saveCache(dir, content) {
    try {
        const key = await macKey(dir, true);
        if (!key)
            return false;
        const { family, root, fingerprint, commits } = content.header;
        const inputs = inputsDir(dir, family);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(inputs, { recursive: true, mode: 0o700 });
        const fresh = content.groups.filter((g) => g.inputsBytes !== undefined);
        for (let i = 0; i < fresh.length; i += 64) {
            await Promise.all(fresh.slice(i, i + 64).map((g) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, `${g.inputsHash}.json`), g.inputsBytes, { mode: 0o600 })));
        }
        const newline = Buffer.from('\n');
        const chunks = [Buffer.from(`${content.tip}\n${JSON.stringify({ v: VERSION, family, root, fingerprint, commits })}\n`, 'utf8')];
        for (const g of content.groups)
            chunks.push(typeof g.line === 'string' ? Buffer.from(g.line, 'utf8') : g.line, newline);
        const hmac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key);
        for (const c of chunks)
            hmac.update(c);
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `verify-${family}.cache`);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, Buffer.concat([Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), ...chunks]), { mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, file);
        const named = new Set(content.groups.map((g) => `${g.inputsHash}.json`));
        await Promise.all((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(inputs).filter((f) => !named.has(f)).map((f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(inputs, f)).catch(() => undefined)));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mr: () => (/* binding */ canonicalBytes),
  o4: () => (/* binding */ canonicalSha256),
  fg: () => (/* binding */ sha256Hex)
});

// UNUSED EXPORTS: sha256HexOffThread

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}

;// CONCATENATED MODULE: ./src/util/hash.ts


function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
async function sha256HexOffThread(data) {
    return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex');
}
/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
function canonicalBytes(value) {
    const text = canonicalize(value);
    if (text === undefined)
        throw new Error('value cannot be canonicalized');
    return Buffer.from(text, 'utf8');
}
function canonicalSha256(value) {
    return sha256Hex(canonicalBytes(value));
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


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return abs;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}


/***/ })

};
