export const id = 9932;
export const ids = [9932,4663,7044];
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

/***/ 9638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSnapshots: () => (/* binding */ buildSnapshots)
});

// UNUSED EXPORTS: latestSnapshots

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var src_git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/signing/keys.ts
var keys = __webpack_require__(6663);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(997);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/write.ts
var write = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/trust/keyring.ts
var keyring = __webpack_require__(4663);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/lineage/family.ts
var family = __webpack_require__(8389);
// EXTERNAL MODULE: ./src/lineage/graph.ts
var graph = __webpack_require__(209);
// EXTERNAL MODULE: ./src/store/view.ts
var store_view = __webpack_require__(6692);
;// CONCATENATED MODULE: ./src/lineage/page-write.ts



async function snapshotPages(top, parent, written) {
    const view = family.LINEAGE_FAMILY.view;
    if (!view || written.length === 0)
        return { files: [], replace: [] };
    const views = await view.load();
    const repo = (0,src_git/* openRepository */.h_)(top);
    const wanted = new Set(written.map((w) => w.window));
    const byWindow = new Map();
    for (const f of await repo.listTree(parent, family.LINEAGE_FAMILY.root)) {
        const window = f.path.split('/')[1];
        if (!wanted.has(window))
            continue;
        const list = byWindow.get(window);
        if (list)
            list.push(f);
        else
            byWindow.set(window, [f]);
    }
    const blobs = await repo.readBlobs((0,store_view/* viewBlobs */.YX)(family.LINEAGE_FAMILY, [...byWindow.values()].flat()));
    const files = [];
    const replace = [];
    for (const w of written) {
        const path = (0,store_view/* viewPath */.Rt)(family.LINEAGE_FAMILY, w.window);
        const before = byWindow.get(w.window) ?? [];
        if (before.some((f) => f.path === path))
            replace.push(path);
        // the new snapshot's files are not objects yet: its bytes go in under a placeholder id
        const placeholder = `:new-${w.window}`;
        const added = [
            { path: w.paths.packet, oid: placeholder, mode: '100644' },
            { path: w.paths.signature, oid: ':new-signature', mode: '100644' },
            { path: w.paths.log, oid: ':new-log', mode: '100644' }
        ];
        const page = (0,store_view/* renderPage */.Cf)(family.LINEAGE_FAMILY, views, views.version, (0,store_view/* viewInput */.k$)(family.LINEAGE_FAMILY, w.window, [...before, ...added], new Map([...blobs, [placeholder, w.packet]])));
        if (page === null)
            throw new Error(`lineage: no renderer for the view's own version ${views.version}`);
        files.push({ path, bytes: Buffer.from(page, 'utf8') });
    }
    return { files, replace };
}

// EXTERNAL MODULE: ./src/lineage/run.ts + 5 modules
var run = __webpack_require__(7736);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/lineage/snapshot.ts



function snapshotPacketId(window) {
    return `lineage-${window}`;
}
/** `graphSha256`: the sub-graph's hash when the caller has it already. */
function sealSnapshot(args) {
    const body = {
        schema_version: args.sub.schema_version,
        packet_id: snapshotPacketId(args.window),
        release_window_id: args.window,
        revision: (0,revision/* formatRevision */.T)(args.revision),
        supersedes: args.previous ? { revision: args.previous.revision, signature_digest: args.previous.signature_digest } : null,
        store_commit: args.sub.store_commit,
        source_index_sha256: args.sub.source_index_sha256,
        graph_sha256: args.graphSha256 ?? (0,graph.graphSha256)(args.sub),
        graph: { nodes: args.sub.nodes, edges: args.sub.edges },
        validation: { blocking: args.defects.filter((d) => d.severity === 'blocking').length, defects: args.defects.map((d) => ({ code: d.defect_code, subject: d.subject, severity: d.severity })) },
        signer: args.signer
    };
    return { ...body, signature_digest: (0,hash/* canonicalSha256 */.o4)(body) };
}
function renderValidateLog(s, now) {
    const lines = [
        ['release_window_id', s.release_window_id],
        ['revision', `${s.revision}${s.supersedes ? ` (supersedes ${s.supersedes.revision} sha256:${s.supersedes.signature_digest})` : ' (first)'}`],
        ['store_commit', s.store_commit],
        ['source_index_sha256', s.source_index_sha256 ?? 'none (no retention policy)'],
        ['graph_sha256', s.graph_sha256],
        ['nodes', String(s.graph.nodes.length)],
        ['edges', String(s.graph.edges.length)],
        ['result', s.validation.blocking === 0 ? 'PASS (G1-G6)' : `FAIL: ${s.validation.blocking} blocking`],
        ...s.validation.defects.map((d) => ['defect', `${d.severity} ${d.code} ${d.subject}`]),
        ['signer', `${s.signer.signer_id} (key id ${s.signer.key_id})`],
        ['validated_at_utc', now]
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    return ['release-evidence lineage graph validation (informative: verify rebuilds the graph, it never reads this log)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/lineage/validate.ts
var validate = __webpack_require__(8627);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/store/result-cache.ts
var result_cache = __webpack_require__(4803);
;// CONCATENATED MODULE: ./src/lineage/window-hashes.ts



// Whether a window's lineage changed is decided by the canonical sha256 of its part of the graph
// (graphSha256: RFC 8785 in JavaScript), which at 1,000 windows costs more than the rest of a
// build after one new revision. A window's part is a deterministic value, so the sha256 of its
// plain JSON text identifies it as well: equal text is an equal value, hence an equal canonical
// hash. Canonical hashes are remembered by that text hash (store/result-cache.ts: HMAC'd, in the
// verifier's git directory); different text is only a miss, computed again, never a wrong answer.
// Beside them, what a build reads of each window's latest snapshot (its revision, digests and
// blocking count), by the snapshot's blob id: the build need not read and parse 1,000 snapshots
// to learn that 999 of them are unchanged.
const KIND = 'lineage-window-hashes';
const VERSION = 'lineage-window-hashes/1';
class WindowHashes {
    known;
    heads;
    used = new Map();
    headsUsed = new Map();
    fresh = 0;
    constructor(known, heads) {
        this.known = known;
        this.heads = heads;
    }
    static async load(stateDir) {
        const stored = await (0,result_cache/* readResult */.Uv)(stateDir, KIND, VERSION, VERSION);
        const known = new Map();
        const heads = new Map();
        if (stored !== null && typeof stored === 'object') {
            if (Array.isArray(stored.hashes))
                for (const e of stored.hashes)
                    if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string')
                        known.set(e[0], e[1]);
            if (Array.isArray(stored.heads))
                for (const e of stored.heads)
                    if (Array.isArray(e) && typeof e[0] === 'string' && isHead(e[1]))
                        heads.set(e[0], e[1]);
        }
        return new WindowHashes(known, heads);
    }
    /** The head of the snapshot stored as blob `oid`, when a build read it before. */
    head(oid) {
        const h = this.heads.get(oid);
        if (h !== undefined)
            this.headsUsed.set(oid, h);
        return h;
    }
    rememberHead(oid, head) {
        this.headsUsed.set(oid, head);
        this.fresh++;
    }
    /** graphSha256 of a window's part, from memory when its JSON text was hashed before. */
    sha256(sub) {
        const text = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify({ nodes: sub.nodes, edges: sub.edges })).digest('hex');
        let canonical = this.known.get(text);
        if (canonical === undefined) {
            canonical = (0,graph.graphSha256)(sub);
            this.fresh++;
        }
        this.used.set(text, canonical);
        return canonical;
    }
    /** Keeps the hashes this build used (the next build sees nearly the same windows). */
    async save(stateDir) {
        if (this.fresh === 0 && this.used.size === this.known.size && this.headsUsed.size === this.heads.size)
            return;
        await (0,result_cache/* writeResult */.Zk)(stateDir, KIND, VERSION, VERSION, { hashes: [...this.used], heads: [...this.headsUsed] });
    }
}
/** The head of a parsed snapshot file (a damaged one gives fields no build can match). */
function headOf(doc) {
    const o = (typeof doc === 'object' && doc !== null ? doc : {});
    const v = (typeof o.validation === 'object' && o.validation !== null ? o.validation : {});
    const s = (x) => (typeof x === 'string' ? x : '');
    return { revision: s(o.revision), signature_digest: s(o.signature_digest), graph_sha256: s(o.graph_sha256), blocking: typeof v.blocking === 'number' ? v.blocking : 0 };
}
function isHead(h) {
    const o = h;
    return typeof o === 'object' && o !== null && typeof o.revision === 'string' && typeof o.signature_digest === 'string' && typeof o.graph_sha256 === 'string' && typeof o.blocking === 'number';
}

;// CONCATENATED MODULE: ./src/lineage/snapshot-write.ts


















async function buildSnapshots(settings, secrets) {
    const secret = await (0,keys/* readSigningSecret */.yG)({ ...secrets, keyFile: settings.signing?.keyFile });
    if (!secret)
        throw new errors/* UserError */.yo({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${keys/* SIGNING_KEY_ENV */.on} (the pipeline's key: snapshots are signed like closure packets)` });
    const signer = (0,signing_signer/* createSigner */.r)((0,keys/* parseSigningKey */.UG)(secret.text, secret.source), await (0,keyring.loadVerifierKeyring)(settings), settings.now, settings.signing?.signerId);
    const built = await (0,run.buildAt)(settings, undefined);
    const repo = (0,src_git/* openRepository */.h_)(built.top);
    const branch = settings.git?.storeBranch || (await repo.currentBranch());
    if (!branch)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the lineage snapshot to; check out a branch or pass --store-branch NAME' });
    const tip = await repo.tryResolveRef(`refs/heads/${branch}`);
    if (tip !== built.commit)
        throw new errors/* UserError */.yo({ code: 'REPO_INVALID', message: `the graph was built at ${built.commit}, but ${branch} is at ${tip ?? '(unborn)'}; build on the store branch's checked-out tip` });
    const hashes = await WindowHashes.load(built.stateDir);
    const latest = await latestSnapshots(built.top, built.commit, hashes);
    const files = [];
    const fresh = [];
    const windows = [];
    const subs = (0,graph.windowSubgraphs)(built.graph);
    for (const window of (0,graph.windowsOf)(built.graph)) {
        const sub = subs.get(window);
        const prev = latest.get(window) ?? null;
        const sha256 = hashes.sha256(sub);
        if (prev && prev.doc.graph_sha256 === sha256) {
            windows.push({ release_window_id: window, revision: prev.doc.revision, action: 'unchanged', blocking: prev.doc.blocking, path: null });
            continue;
        }
        const revision = (prev?.revision ?? 0) + 1;
        const defects = (0,validate/* validateGraph */.dC)(sub);
        const snap = sealSnapshot({ window, revision, previous: prev?.doc ?? null, sub, defects, signer: (0,signing_signer/* signerBlock */._)(signer), graphSha256: sha256 });
        const signed = (0,signing_document/* signDocument */.Tt)(family/* LINEAGE_KIND */.Jm, snap, signer);
        const paths = (0,layout/* revisionPaths */.s3)(family.LINEAGE_FAMILY, { window, revision });
        fresh.push({ window, paths, packet: Buffer.from(signed.json) });
        files.push({ path: paths.packet, bytes: Buffer.from(signed.json) }, { path: paths.signature, bytes: Buffer.from(signed.sig) }, { path: paths.log, bytes: Buffer.from(renderValidateLog(snap, (0,time/* formatUtc */.ay)(settings.now))) });
        windows.push({ release_window_id: window, revision: snap.revision, action: 'written', blocking: snap.validation.blocking, path: paths.packet });
    }
    await hashes.save(built.stateDir);
    if (files.length === 0)
        return { commit: built.commit, written: null, windows, graph: built.graph };
    const git = settings.git ?? src_settings/* DEFAULT_GIT */.P;
    const written = windows.filter((w) => w.action === 'written');
    // each written window's page, in the same commit as its snapshot (a derived file: it replaces the old page)
    const pages = await snapshotPages(built.top, built.commit, fresh);
    const { commitOid } = await (0,write/* commitFiles */.z)({
        dir: built.top,
        branch,
        parentOid: built.commit,
        files: [...files, ...pages.files],
        replace: pages.replace,
        committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) },
        message: [`${family.LINEAGE_FAMILY.root}: ${written.length} window(s) at ${built.commit.slice(0, 12)}`, '', `store_commit: ${built.commit}`, ...written.map((w) => `${w.release_window_id} ${w.revision}`), '', 'Written once by release-evidence; published files are never modified.'].join('\n')
    });
    return { commit: built.commit, written: commitOid, windows, graph: built.graph };
}
/** The head of every window's latest snapshot in a commit's tree (as written: verify judges them). */
async function latestSnapshots(top, commit, memo) {
    const repo = (0,src_git/* openRepository */.h_)(top);
    const files = await repo.listTree(commit, family.LINEAGE_FAMILY.root);
    const latest = new Map();
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family.LINEAGE_FAMILY, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet')
            continue;
        const id = (0,layout/* seriesId */.hG)(p.ref);
        if ((latest.get(id)?.revision ?? 0) < p.ref.revision)
            latest.set(id, { revision: p.ref.revision, oid: f.oid });
    }
    const blobs = await repo.readBlobs([...latest.values()].filter((l) => memo.head(l.oid) === undefined).map((l) => l.oid));
    const out = new Map();
    for (const [window, l] of latest) {
        let head = memo.head(l.oid);
        if (head === undefined)
            memo.rememberHead(l.oid, (head = headOf((0,json/* parseLoose */.i)(blobs.get(l.oid) ?? ''))));
        out.set(window, { revision: l.revision, doc: head });
    }
    return out;
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

/***/ 4663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ tsaOfChain),
/* harmony export */   YZ: () => (/* binding */ keyringOfChain),
/* harmony export */   loadSignerKeyring: () => (/* binding */ loadSignerKeyring),
/* harmony export */   loadVerifierKeyring: () => (/* binding */ loadVerifierKeyring)
/* harmony export */ });
/* unused harmony export trustedKeyring */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signing_keyring_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7430);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4705);
/* harmony import */ var _util_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4964);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8483);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6599);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4189);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9021);
/* harmony import */ var _timestamp_verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1899);









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

/***/ 9021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ knownRepo),
/* harmony export */   GQ: () => (/* binding */ withKnownRepo),
/* harmony export */   Jv: () => (/* binding */ storeCommit),
/* harmony export */   Qw: () => (/* binding */ resolvePin),
/* harmony export */   rC: () => (/* binding */ requirePin)
/* harmony export */ });
/* unused harmony exports TRUST_ROOT_ENV, unpinnedError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6581);





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
