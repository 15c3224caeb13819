export const id = 3558;
export const ids = [3558,7853];
export const modules = {

/***/ 82951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ macKey),
/* harmony export */   G0: () => (/* binding */ serializeGroup),
/* harmony export */   Io: () => (/* binding */ saveCache),
/* harmony export */   bp: () => (/* binding */ openCache),
/* harmony export */   nk: () => (/* binding */ factsKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
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

/***/ 62073:
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

/***/ 90828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cE: () => (/* binding */ inspectAt),
/* harmony export */   ru: () => (/* binding */ startInspectWorker)
/* harmony export */ });
/* unused harmony export serveInspections */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _trust_pin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29021);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59077);



/** One inspection of one packet, the same in either thread: null when the path is not a revision's packet. */
function inspectAt(inspector, path, packet, signature) {
    const p = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(inspector.family, path);
    if (p.type !== 'artifact')
        return null;
    return inspector.inspect({ ref: p.ref, path, packet, signature });
}
const fingerprintOf = (i) => `${i.family.name}\0${i.fingerprint}\0${i.now}`;
/**
 * Starts the worker at `url` for `settings` (the ones the inspectors are built from: they must
 * know the repository, withKnownRepo), or undefined without a worker. It holds the process open
 * only while it has packets to answer.
 */
function startInspectWorker(url, settings) {
    const known = (0,_trust_pin_js__WEBPACK_IMPORTED_MODULE_1__/* .knownRepo */ .Eh)(settings);
    if (!url || !known)
        return undefined;
    // Secrets and URLs never cross: the verifier needs no signing key, and URLs do not clone.
    const { signing: _s, publish: _p, readWorker: _r, inspectWorker: _i, ...plain } = settings;
    const data = { settings: plain, known };
    let worker;
    try {
        worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(url, { workerData: data });
    }
    catch {
        return undefined;
    }
    worker.unref();
    let fingerprints;
    let broken = false;
    let told = () => undefined;
    const told$ = new Promise((r) => (told = r));
    let next = 0;
    let inFlight = 0;
    const waiting = new Map();
    const fail = () => {
        broken = true;
        told();
        for (const w of waiting.values())
            w.done(null);
        waiting.clear();
        inFlight = 0;
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    worker.on('message', (m) => {
        if (m.type === 'ready') {
            fingerprints = m.fingerprints;
            told();
        }
        else {
            const w = waiting.get(m.id);
            if (!w)
                return;
            waiting.delete(m.id);
            inFlight -= w.n;
            if (inFlight === 0)
                worker.unref();
            w.done(m.facts);
        }
    });
    const close = () => {
        broken = true;
        worker.removeAllListeners('exit');
        void worker.terminate();
    };
    return {
        close,
        pool(inspectors) {
            const expected = inspectors.map(fingerprintOf);
            worker.postMessage({ type: 'init', families: inspectors.map((i) => i.family.name) });
            const ready = () => !broken && fingerprints !== undefined && fingerprints !== null && fingerprints.length === expected.length && fingerprints.every((f, i) => f === expected[i]);
            return {
                ready,
                settled: () => told$.then(ready),
                outstanding: () => inFlight,
                submit(items) {
                    if (broken)
                        return Promise.resolve(null);
                    const total = items.reduce((n, it) => n + it.packet.length + (it.signature?.length ?? 0), 0);
                    // A fresh buffer, transferred: a blob is a view into a large read chunk, which would be cloned whole.
                    const bytes = new Uint8Array(total);
                    let at = 0;
                    const put = (b) => {
                        bytes.set(b, at);
                        at += b.length;
                        return [at - b.length, b.length];
                    };
                    const batch = {
                        type: 'batch',
                        id: next++,
                        bytes: bytes.buffer,
                        items: items.map((it) => ({ family: it.family, path: it.path, packet: put(it.packet), signature: it.signature ? put(it.signature) : null }))
                    };
                    if (inFlight === 0)
                        worker.ref();
                    inFlight += items.length;
                    return new Promise((resolve) => {
                        waiting.set(batch.id, { n: items.length, done: resolve });
                        worker.postMessage(batch, [batch.bytes]);
                    });
                },
                close
            };
        }
    };
}
/** The worker's side: on init builds the inspectors asked for and says which, then answers batches in order. */
function serveInspections(registry, data, port) {
    const proving = withKnownRepo(data.settings, data.known);
    let inspectors = Promise.resolve(null);
    port.on('message', (m) => {
        if (m.type === 'init') {
            const specs = m.families.map((name) => registry.find((f) => f.family.name === name));
            inspectors = specs.every((s) => s !== undefined) ? Promise.all(specs.map((s) => s.inspector(proving))).catch(() => null) : Promise.resolve(null);
            void inspectors.then((built) => port.postMessage({ type: 'ready', fingerprints: built ? built.map(fingerprintOf) : null }));
            return;
        }
        // Batches come only after ready, so the inspectors are built; answered in arrival order.
        void inspectors.then((built) => {
            let facts;
            try {
                const view = (span) => Buffer.from(m.bytes, span[0], span[1]);
                facts = built ? m.items.map((it) => inspectAt(built[it.family], it.path, view(it.packet), it.signature ? view(it.signature) : undefined)) : null;
            }
            catch {
                facts = null;
            }
            port.postMessage({ type: 'facts', id: m.id, facts });
        });
    });
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

/***/ 77853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SHARDS: () => (/* binding */ MAX_SHARDS),
/* harmony export */   SHARD_ASSIGNMENT: () => (/* binding */ SHARD_ASSIGNMENT),
/* harmony export */   assigned: () => (/* binding */ assigned),
/* harmony export */   groupsAt: () => (/* binding */ groupsAt),
/* harmony export */   inShard: () => (/* binding */ inShard),
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   shardOfGroup: () => (/* binding */ shardOfGroup)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


// `verify --shard i/n`: the store split by window across the jobs of a CI matrix. A window (the
// folder under a family root, check.ts groupOf) belongs to one shard by a stable hash of its
// name, so every shard computes the same split on its own, whatever windows exist at the commit:
// a window deleted from HEAD, known only from history, is still judged by exactly one shard. The
// root's own files (group '') belong to shard 1. Each shard records what it ran over; the merge
// (shard-merge.ts) checks those records before it believes any verdict.
/** How windows are assigned; a merge refuses records made under another assignment. */
const SHARD_ASSIGNMENT = 'sha256-mod-v1';
/** At most this many shards: more jobs than this is a typo, not a plan. */
const MAX_SHARDS = 256;
/** Parses `--shard i/n` (1 <= i <= n); a usage error names the fix. */
function parseShard(text) {
    const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo({
            code: 'USAGE',
            message: `--shard '${text.slice(0, 40)}' is not i/n with 1 <= i <= n <= ${MAX_SHARDS}; in a matrix job pass e.g. --shard \${{ matrix.shard }}/3 with shard: [1, 2, 3]`
        });
    }
    return { index, count };
}
/** The 1-based shard a window (group name) belongs to among `count`. */
function shardOfGroup(group, count) {
    if (group === '' || count === 1)
        return 1;
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(group, 'utf8').digest();
    return (h.readUInt32BE(0) % count) + 1;
}
/** True for the groups the shard judges. */
function inShard(spec) {
    return (group) => shardOfGroup(group, spec.count) === spec.index;
}
/** The window folders at `commit` under each distinct family root, sorted (one ls-tree). */
async function groupsAt(repo, commit, families) {
    const roots = [...new Set(families.map((f) => f.root))].sort();
    const byRoot = new Map(roots.map((r) => [r, []]));
    if (commit !== null) {
        for (const e of await repo.listFolder(commit, roots)) {
            if (e.type !== 'tree')
                continue;
            const slash = e.path.lastIndexOf('/');
            byRoot.get(e.path.slice(0, slash))?.push(e.path.slice(slash + 1));
        }
    }
    return roots.map((root) => ({ root, groups: byRoot.get(root).sort() }));
}
/** The part of `all` one shard is assigned. */
function assigned(all, spec) {
    const mine = inShard(spec);
    return all.map((r) => ({ root: r.root, groups: r.groups.filter(mine) }));
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


/***/ }),

/***/ 63558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyRegistered: () => (/* binding */ verifyRegistered)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var src_git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/trust/pin.ts
var trust_pin = __webpack_require__(29021);
// EXTERNAL MODULE: ./src/trust/timestamps.ts + 1 modules
var timestamps = __webpack_require__(13132);
// EXTERNAL MODULE: ./src/trust/verify.ts
var verify = __webpack_require__(30493);
// EXTERNAL MODULE: ./src/store/codes.ts
var codes = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/deletions.ts
var deletions = __webpack_require__(62073);
// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: ./src/store/shard.ts
var store_shard = __webpack_require__(77853);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/store/cache.ts
var cache = __webpack_require__(82951);
;// CONCATENATED MODULE: ./src/store/tips.ts





// Rewrites are named, not forgiven. A verifier that has seen a tip verify remembers it, per
// branch, in its own git directory (.git/release-evidence/verified-tips, HMAC-SHA256 under the
// cache's key): a later HEAD of that branch that does not descend from it is a blocking
// STORE_HISTORY_REWRITTEN naming every published path the rewrite dropped (the old tip is still
// in the object database; `git ls-tree` of it says what was there). `verify --since <commit>`
// pins a checkpoint the same way for a verifier without memory (a fresh CI checkout: the Action
// prints the tip it verified as `verified-tip`, for the next run to pin).
//
// The file is not a cache: it is never rebuilt from the repository. Absent, this is the first
// run. Present but not authentic (edited, copied in, or its key is gone), it proves nothing and
// verify fails closed until an operator who has checked the branch removes it.
const FILE = 'verified-tips';
async function readTips(dir) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)((0,external_node_path_.join)(dir, FILE));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { state: 'absent' };
        return { state: 'unauthentic' };
    }
    const key = await (0,cache/* macKey */.FP)(dir, false);
    const nl = bytes.indexOf(0x0a);
    if (!key || nl < 0)
        return { state: 'unauthentic' };
    const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex');
    const expected = (0,external_node_crypto_.createHmac)('sha256', key).update(bytes.subarray(nl + 1)).digest();
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
        return { state: 'unauthentic' };
    try {
        const body = JSON.parse(bytes.toString('utf8', nl + 1));
        return body.v === 1 && typeof body.tips === 'object' && body.tips !== null ? { state: 'ok', tips: body.tips } : { state: 'unauthentic' };
    }
    catch {
        return { state: 'unauthentic' };
    }
}
/** Records `tip` as the verified tip of `branch`; a failure to write is not a verification failure. */
async function rememberTip(dir, branch, tip) {
    try {
        const read = await readTips(dir);
        if (read.state === 'unauthentic')
            return;
        const tips = read.state === 'ok' ? { ...read.tips } : {};
        if (tips[branch] === tip)
            return;
        tips[branch] = tip;
        const key = await (0,cache/* macKey */.FP)(dir, true);
        if (!key)
            return;
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        const body = Buffer.from(JSON.stringify({ v: 1, tips }), 'utf8');
        const file = (0,external_node_path_.join)(dir, FILE);
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, Buffer.concat([Buffer.from(`${(0,external_node_crypto_.createHmac)('sha256', key).update(body).digest('hex')}\n`, 'latin1'), body]), { mode: 0o600 });
        await (0,promises_.rename)(tmp, file);
    }
    catch {
        // the next run checks against the previous remembered tip, which this one descended from
    }
}
/** The branch verified (the checked-out one unless given; null: detached or unborn, nothing is remembered) and the history defects. */
async function guardHistory(input) {
    const { repo, head } = input;
    const defects = [];
    if (input.since !== undefined) {
        const since = await repo.tryResolveRef(input.since);
        if (since === null) {
            defects.push(rewritten('', input.since, `--since ${input.since} names no commit in this repository: it was never fetched, or history was rewritten and the commit collected; fetch it or check the checkpoint`));
        }
        else
            defects.push(...(await descends(input, since, `the --since checkpoint ${since}`)));
    }
    const branch = head === null ? null : (input.branch ?? (await repo.currentBranch()));
    if (branch !== null) {
        const read = await readTips(input.stateDir);
        if (read.state === 'unauthentic') {
            const file = (0,external_node_path_.join)(input.stateDir, FILE);
            defects.push(rewritten('', file, `${file} fails its MAC: the verified tips cannot be trusted, so a rewrite cannot be ruled out; check the branch against your last verified tip, then remove the file`));
        }
        else if (read.state === 'ok' && read.tips[branch] !== undefined && read.tips[branch] !== head) {
            defects.push(...(await descends(input, read.tips[branch], `the tip of ${branch} verified before (${read.tips[branch]})`)));
        }
    }
    return { branch, defects };
}
/** Nothing when HEAD descends from `tip`; otherwise one defect per published path that vanished (or one for the tip). */
async function descends(input, tip, what) {
    const { head, repo } = input;
    if (head !== null && (await input.isAncestor(tip, head)))
        return [];
    const roots = input.families.map((f) => f.root);
    const before = await repo.listTree(tip, roots).catch(() => null);
    const now = new Set(head === null ? [] : (await repo.listTree(head, roots)).map((f) => f.path));
    const at = `HEAD ${head ?? '(no commits)'} does not descend from ${what}`;
    if (before === null)
        return [rewritten('', tip, `${at}, and that commit is no longer in the object database`)];
    const vanished = before.filter((f) => !now.has(f.path));
    if (vanished.length === 0)
        return [rewritten('', tip, `${at}; no published path vanished, but history was rewritten`)];
    return vanished.map((f) => rewritten(windowOf(input.families, f.path), f.path, `${f.path} was published at ${tip} and is gone: ${at}`));
}
function windowOf(families, path) {
    const family = families.find((f) => path.startsWith(`${f.root}/`));
    const rest = family ? path.slice(family.root.length + 1) : '';
    return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '';
}
function rewritten(window, file, detail) {
    const info = codes/* STORE_CODES */.Z.STORE_HISTORY_REWRITTEN;
    return {
        subject: file,
        defect_code: 'STORE_HISTORY_REWRITTEN',
        severity: info.severity,
        owner_role: info.owner_role,
        required_action: info.required_action,
        release_window_id: window,
        file,
        line: null,
        field: 'commit',
        detail
    };
}

// EXTERNAL MODULE: ./src/store/inspect-pool.ts
var inspect_pool = __webpack_require__(90828);
// EXTERNAL MODULE: ./src/store/verify.ts + 4 modules
var store_verify = __webpack_require__(90152);
;// CONCATENATED MODULE: ./src/store/verify-all.ts














async function verifyRegistered(given, families, opts) {
    // Not a repository is reported before a missing keyring: it is the more basic mistake.
    const facts = await (0,store_history/* repoFacts */.yQ)(given.workspace);
    // What storeCommit would ask git (pin.ts), answered once for every inspector built below.
    const branch = given.git?.storeBranch;
    const commit = (branch ? await (0,src_git/* openRepository */.h_)(facts.top).tryResolveRef(`refs/heads/${branch}`) : null) ?? facts.head;
    const settings = (0,trust_pin/* withKnownRepo */.GQ)(given, { top: facts.top, commit, head: facts.head });
    const at = opts.at;
    // A dedicated store branch may be complete while the checked-out code branch stays shallow
    // (they share no commits): what counts is whether the proven commit's history is cut off.
    const cut = at ? at.oid !== null && facts.shallow && (await cutOff(facts.top, at.oid)) : facts.shallow;
    const repo = at ? { ...facts, head: at.oid, shallow: cut } : facts;
    const since = settings.verify?.since;
    if (since !== undefined && !/^[0-9a-f]{4,64}$/i.test(since)) {
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--since '${since.slice(0, 80)}' is not a commit id; pass the hex id of a verified tip (the verified-tip output of an earlier run)` });
    }
    // Nothing is judged without a pinned trust root: the working-tree keyring is never read (exit 2).
    const pin = await (0,trust_pin/* requirePin */.rC)(settings, 'verify');
    const shard = opts.shard;
    // A shard runs the checks about the store as a whole only as shard 1: once per matrix run.
    const storeWide = shard === undefined || shard.index === 1;
    const noCache = opts.cache === false || shard !== undefined;
    // Without the cache, the log scan and listing need only the family roots: they start before the
    // inspectors load their keyrings and policies (a second of reading), not after.
    const early = noCache && repo.head !== null && !repo.shallow ? (0,store_verify/* startFullReads */.zi)(repo.top, repo.head, families.map((f) => f.family.root), opts.window) : undefined;
    // Every inspector judges under the trust/ chain of the commit proven here, never another ref's.
    const proving = (0,trust_pin/* withKnownRepo */.GQ)({ ...given, trust: { ...given.trust, commit: repo.head } }, { top: facts.top, commit: repo.head, head: facts.head });
    // A run without cache inspects every packet: a second thread starts loading now (inspect-pool.ts).
    const worker = noCache && opts.window === undefined && repo.head !== null && !repo.shallow ? (0,inspect_pool/* startInspectWorker */.ru)(given.inspectWorker, proving) : undefined;
    const git = (0,src_git/* openRepository */.h_)(repo.top);
    const answers = new Map();
    const isAncestor = (a, d) => {
        let p = answers.get(`${a} ${d}`);
        if (!p)
            answers.set(`${a} ${d}`, (p = git.isAncestor(a, d)));
        return p;
    };
    // With the cache, the reads that need only the family roots (status, folder listing, the log
    // from the cached tip) likewise run while the inspectors load; a run on a store branch decides
    // about the working tree first, so it starts them later, as before.
    const started = !noCache && !at && opts.window === undefined ? (0,store_verify/* startReads */.yC)(repo, families.map((f) => f.family), isAncestor) : undefined;
    // The listing the timestamp check (trust/timestamps.ts) needs after the checks starts now too;
    // without the cache it is the listing verify itself reads (one git process for both).
    if (repo.head !== null && !repo.shallow && opts.window === undefined)
        (0,timestamps/* prelistSignatures */.$)(repo.top, repo.head, early?.roots ?? [...new Set(families.map((f) => f.family.root))]);
    const inspectors = await Promise.all(families.map((f) => f.inspector(proving)));
    // The working tree is compared only when it is a checkout of the commit being proven.
    const worktree = !at || (at.oid !== null && at.oid === facts.head && (await git.currentBranch()) === at.branch);
    const authorities = Promise.all(families.map((f) => (f.deletionAuthority ? f.deletionAuthority(settings, families) : Promise.resolve(undefined))));
    const [verified, guard] = await Promise.all([
        (0,store_verify/* verifyFamilies */.u2)({ dir: settings.workspace, repo, inspectors, window: opts.window, cache: noCache ? false : opts.cache, isAncestor, worktree, early, started, only: shard && (0,store_shard.inShard)(shard), progress: opts.progress, inspectWorker: worker }).finally(() => worker?.close()),
        storeWide
            ? guardHistory({ repo: git, stateDir: repo.stateDir, head: repo.head, families: inspectors.map((i) => i.family), since, isAncestor, ...(at ? { branch: at.branch } : {}) })
            : { defects: [], branch: null }
    ]);
    // A deletion stays blocking unless a family's records authorize it (a purge's tombstone).
    const results = await (0,deletions/* judgeDeletions */.t)(git, repo.head, verified, await authorities);
    const store = [...guard.defects, ...(storeWide && at && at.oid === null ? [missingBranch(at)] : [])];
    // A shard sees only its windows, so emptiness is judged by the merge over all of them.
    if (settings.verify?.allowEmpty !== true && opts.window === undefined && shard === undefined) {
        // A family a store may lack (the trust root before migration) is not an empty store.
        for (const [i, r] of results.entries())
            if (r.windows.length === 0 && !families[i].optional)
                store.push(emptyDefect(r));
    }
    const combined = combine(results.map((r) => settle(r, settings.verify?.allowDemoKey === true)), inspectors.map((i) => i.family), opts.window, store);
    // The trust root's own findings (a revoked signer, a root that does not verify from the pin) count too.
    const trusted = await (0,verify/* applyTrust */.d)(proving, combined);
    if (shard) {
        // A shard's pass is a part of a verdict: no verified tip until the merge has every part.
        const covered = (0,store_shard.assigned)(await (0,store_shard.groupsAt)(git, repo.head, inspectors.map((i) => i.family)), shard);
        const options = { since: since ?? null, allow_empty: settings.verify?.allowEmpty === true, allow_demo_key: settings.verify?.allowDemoKey === true, store_branch: at?.branch ?? branch ?? null, now: new Date(settings.now).toISOString() };
        return { ...trusted, verifiedTip: null, shard: { assignment: store_shard.SHARD_ASSIGNMENT, index: shard.index, count: shard.count, commit: repo.head, pin, options, store_wide: storeWide, covered } };
    }
    const result = { ...trusted, verifiedTip: trusted.blocking === 0 ? trusted.headOid : null };
    if (result.verifiedTip !== null && opts.window === undefined && guard.branch !== null)
        await rememberTip(repo.stateDir, guard.branch, result.verifiedTip);
    return result;
}
async function cutOff(top, oid) {
    const git = (0,src_git/* openRepository */.h_)(top);
    for (const boundary of await git.shallowCommits())
        if (await git.isAncestor(boundary, oid))
            return true;
    return false;
}
/** No store branch where one was named: nothing to prove, and never a pass (allow-empty does not cover it). */
function missingBranch(at) {
    const info = codes/* STORE_CODES */.Z.STORE_BRANCH_MISSING;
    return {
        subject: at.branch,
        defect_code: 'STORE_BRANCH_MISSING',
        severity: info.severity,
        owner_role: info.owner_role,
        required_action: info.required_action,
        release_window_id: '',
        file: at.branch,
        line: null,
        field: 'store-branch',
        detail: `store branch '${at.branch}' does not exist in ${at.source}: there is no store to verify there`
    };
}
/** The demo key is allowed for a demo store (--allow-demo-key): its KEY_DEMO findings are dropped. */
function settle(r, allowDemoKey) {
    return allowDemoKey ? { ...r, defects: r.defects.filter((d) => d.defect_code !== 'KEY_DEMO') } : r;
}
function withOk(windows, defects) {
    const blocking = defects.filter((d) => d.severity === 'blocking');
    const subjects = new Set(blocking.map((d) => d.subject));
    const byWindow = new Map();
    for (const d of blocking)
        byWindow.set(d.release_window_id, [...(byWindow.get(d.release_window_id) ?? []), d]);
    const out = windows.map((w) => {
        // A defect about a revision names its series (`series@rNNN`); one about a path names the window.
        const mine = (byWindow.get(w.release_window_id) ?? []).filter((d) => !d.subject.includes('@') || d.subject.startsWith(`${w.series}@`));
        const revisions = w.revisions.map((rev) => ({ ...rev, ok: !subjects.has(`${w.series}@${rev.revision}`) }));
        return { ...w, revisions, ok: mine.length === 0 };
    });
    const sorted = (0,defect/* sortDefects */.XJ)(defects);
    return { windows: out, defects: sorted, blocking: blocking.length };
}
function emptyDefect(r) {
    const info = codes/* STORE_CODES */.Z.STORE_EMPTY;
    const detail = r.headOid === null ? 'the repository has no commits' : `nothing is published under ${r.root}/ at ${r.headOid}`;
    return { subject: `${r.root}/`, defect_code: 'STORE_EMPTY', severity: info.severity, owner_role: info.owner_role, required_action: info.required_action, release_window_id: '', file: `${r.root}/`, line: null, field: '', detail: `${detail} (family ${r.family}); pass --allow-empty if that is expected` };
}
function verdictOf(r) {
    return { family: r.family, root: r.root, windows: r.windows.length, revisions: r.windows.reduce((n, w) => n + w.revisions.length, 0), blocking: r.blocking };
}
function combine(results, families, window, store) {
    const [first] = results;
    // One window asked for: it is empty only when no family has it.
    const found = window !== undefined && results.some((r) => r.windows.length > 0);
    // A store-wide defect (a vanished path) goes to the family that owns its path, once even when families share a root.
    const owners = store.map((d) => (0,layout/* ownerOf */.bf)(families, d.file));
    const own = results.map((r, i) => {
        const defects = [...r.defects.filter((d) => !(found && d.defect_code === 'STORE_WINDOW_EMPTY')), ...store.filter((_d, j) => owners[j] === i)];
        return { ...r, ...withOk(r.windows, defects) };
    });
    const verdicts = own.map(verdictOf);
    const defects = (0,defect/* sortDefects */.XJ)([...own.flatMap((r) => r.defects), ...store.filter((_d, j) => owners[j] < 0)]);
    const blocking = defects.filter((d) => d.severity === 'blocking').length;
    const headOid = first?.headOid ?? null;
    return {
        family: own.map((r) => r.family).join(','),
        root: own.map((r) => r.root).join(','),
        head: first?.head ?? '',
        headOid,
        windows: own.flatMap((r) => r.windows),
        defects,
        blocking,
        stats: {
            commits_scanned: Math.max(0, ...own.map((r) => r.stats.commits_scanned)),
            packets: own.reduce((n, r) => n + r.stats.packets, 0),
            packets_inspected: own.reduce((n, r) => n + r.stats.packets_inspected, 0),
            cache: first?.stats.cache ?? 'off'
        },
        families: verdicts,
        verifiedTip: blocking === 0 ? headOid : null
    };
}


/***/ }),

/***/ 90152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zi: () => (/* binding */ startFullReads),
  yC: () => (/* binding */ startReads),
  u2: () => (/* binding */ verifyFamilies)
});

// UNUSED EXPORTS: verifyStore

// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(89692);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(18991);
// EXTERNAL MODULE: ./src/store/cache.ts
var cache = __webpack_require__(82951);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(78483);
// EXTERNAL MODULE: ./src/store/codes.ts
var codes = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(59077);
// EXTERNAL MODULE: ./src/store/modes.ts
var modes = __webpack_require__(49581);
;// CONCATENATED MODULE: ./src/store/check.ts






function checkStore(input) {
    const content = checkContent(input);
    const present = new Set(input.files.map((f) => f.path));
    const defects = [...content.defects, ...worktreeDefects(input.family, input.head, input.worktree, present, input.window)];
    return finishCheck(input, content.windows, defects);
}
/**
 * The checks that depend only on committed content and history: files at HEAD, what history says
 * about every path, and packet facts. Every rule looks at one group (a top-level folder under the
 * root, see groupOf) at a time, so results of groups checked separately concatenate: the verify
 * cache keeps them per group and re-checks only groups that changed.
 */
function checkContent(input) {
    const { family } = input;
    const defects = [];
    const series = new Map();
    const inScope = (window) => input.window === undefined || window === input.window;
    for (const f of input.files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type === 'allowed' || p.type === 'timestamp')
            continue;
        if (p.type === 'unknown') {
            if (inScope(p.window))
                defects.push(storeDefect('STORE_UNEXPECTED_FILE', { window: p.window ?? '', subject: f.path, file: f.path, detail: `${f.path} is not part of the layout` }));
            continue;
        }
        const id = (0,layout/* seriesId */.hG)(p.ref);
        let s = series.get(id);
        if (!s)
            series.set(id, (s = { ref: { window: p.ref.window, key: p.ref.key }, revisions: new Map() }));
        let rev = s.revisions.get(p.ref.revision);
        if (!rev)
            s.revisions.set(p.ref.revision, (rev = {}));
        rev[p.kind] = f;
    }
    // Write-once: every path ever published, whether or not it is still there.
    const present = new Set(input.files.map((f) => f.path));
    for (const [path, h] of Object.entries(input.state)) {
        if (h.rewrites.length === 0 && present.has(path))
            continue;
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        const window = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' || p.type === 'timestamp' ? p.window : undefined;
        for (const r of h.rewrites)
            if (r.mode !== undefined && inScope(window))
                defects.push((0,modes/* modeDefect */.rS)((detail) => storeDefect('STORE_FILE_MODE', { window: window ?? '', subject: path, file: path, field: 'mode', detail }), path, r));
        if (!inScope(window) || p.type === 'allowed')
            continue;
        for (const r of h.rewrites) {
            if (r.mode !== undefined)
                continue;
            const code = r.status === 'D' ? 'STORE_FILE_DELETED' : 'STORE_FILE_REWRITTEN';
            const what = r.status === 'D' ? 'deleted' : r.status === 'A' ? 're-added with different bytes' : 'modified';
            const putBack = r.status === 'A' && r.newOid === h.blob;
            defects.push(storeDefect(code, {
                window: window ?? '',
                subject: path,
                file: path,
                field: 'commit',
                detail: putBack
                    ? `commit ${r.commit} put ${path} back after its deletion (the bytes first published in ${h.origin.commit}): a deleted or purged file does not return to the branch`
                    : `commit ${r.commit} ${what} ${path}${h.origin.commit !== r.commit ? `, first published in ${h.origin.commit}` : ''}${r.newOid ? ` (blob ${check_short(r.oldOid)} -> ${check_short(r.newOid)})` : ''}`
            }));
        }
        // Normally unreachable (a deletion is a D event above); kept for histories git log cannot explain.
        if (!present.has(path) && !h.rewrites.some((r) => r.status === 'D')) {
            defects.push(storeDefect('STORE_FILE_DELETED', { window: window ?? '', subject: path, file: path, detail: `${path} was published in ${h.origin.commit} and is missing at HEAD` }));
        }
    }
    const windows = [];
    for (const s of series.values()) {
        if (inScope(s.ref.window))
            windows.push(checkSeries(input, s, defects));
    }
    return { windows, defects };
}
/** Working-tree copies that differ from HEAD (`present`: the paths committed at HEAD) and untracked files. */
function worktreeDefects(family, head, worktree, present, window) {
    const defects = [];
    const inScope = (w) => window === undefined || w === window;
    for (const path of worktree.modified) {
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        const w = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' || p.type === 'timestamp' ? p.window : undefined;
        if (!inScope(w) || !present.has(path))
            continue;
        defects.push(storeDefect('STORE_WORKTREE_MODIFIED', { window: w ?? '', subject: path, file: path, detail: `the working-tree copy of ${path} differs from commit ${head}` }));
        const wt = worktree.facts.get(path);
        if (wt && p.type === 'artifact')
            for (const f of wt.findings)
                defects.push(findingDefect(f, p.ref, path, ' (working-tree copy)'));
    }
    for (const path of worktree.untracked) {
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        const w = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' || p.type === 'timestamp' ? p.window : undefined;
        if (inScope(w))
            defects.push(storeDefect('STORE_UNCOMMITTED', { window: w ?? '', subject: path, file: path, detail: `${path} is untracked` }));
    }
    return defects;
}
/** Windows in series order, defects sorted, the empty-window finding when one window was asked for. */
function finishCheck(at, windows, defects) {
    const sortedWindows = [...windows].sort((a, b) => cmp(a.series, b.series));
    const all = [...defects];
    if (at.window !== undefined && sortedWindows.length === 0) {
        all.push(storeDefect('STORE_WINDOW_EMPTY', { window: at.window, subject: at.window, file: `${at.family.root}/${at.window}`, detail: `no revision of ${at.window} is published at HEAD` }));
    }
    const sorted = (0,defect/* sortDefects */.XJ)(all);
    return { head: at.head, windows: sortedWindows, defects: sorted, blocking: sorted.filter((d) => d.severity === 'blocking').length };
}
/**
 * The part of the store a path belongs to: its first folder under the root (a window, or a
 * misnamed folder), or '' for files directly under the root. Every check of checkContent stays
 * inside one group.
 */
function groupOf(family, path) {
    const start = family.root.length + 1;
    if (!path.startsWith(family.root) || path.charCodeAt(start - 1) !== 47)
        return '';
    const slash = path.indexOf('/', start);
    return slash < 0 ? '' : path.slice(start, slash);
}
function checkSeries(input, s, defects) {
    const { family } = input;
    const numbers = [...s.revisions.keys()].sort((a, b) => a - b);
    const reports = [];
    const before = defects.length;
    const seen = { identities: new Map(), digests: new Map(), firstId: undefined };
    let prev;
    for (let i = 0; i < numbers.length; i++) {
        const n = numbers[i];
        const ref = { ...s.ref, revision: n };
        const label = (0,revision/* formatRevision */.T)(n);
        const subject = `${(0,layout/* seriesId */.hG)(s.ref)}@${label}`;
        const files = s.revisions.get(n);
        const pathOf = (kind) => files[kind]?.path ?? (0,layout/* artifactPath */.Ws)(family, ref, kind);
        const paths = { packet: pathOf('packet') };
        const mark = defects.length;
        const expected = i === 0 ? 1 : numbers[i - 1] + 1;
        if (n !== expected) {
            defects.push(storeDefect('STORE_REVISION_GAP', { window: s.ref.window, subject, file: paths.packet, detail: `${label} follows ${expected === 1 ? 'nothing' : (0,revision/* formatRevision */.T)(expected - 1)}; ${(0,revision/* formatRevision */.T)(expected)} is missing` }));
        }
        for (const kind of ['packet', 'signature', 'log']) {
            if (!files[kind])
                defects.push(storeDefect('STORE_ARTIFACT_MISSING', { window: s.ref.window, subject, file: pathOf(kind), field: kind, detail: `${pathOf(kind)} is missing at HEAD` }));
        }
        const facts = files.packet ? input.facts.get(files.packet.path) : undefined;
        const origin = files.packet ? input.state[files.packet.path]?.origin : undefined;
        if (facts) {
            for (const f of facts.findings)
                defects.push(findingDefect(f, ref, paths.packet, ''));
            if (facts.windowId !== null && facts.windowId !== s.ref.window) {
                defects.push(storeDefect('STORE_LOCATION_MISMATCH', { window: s.ref.window, subject, file: paths.packet, field: 'release_window_id', detail: `the packet names window '${facts.windowId}' but is stored under ${s.ref.window}` }));
            }
            if (facts.revision !== null && facts.revision !== n) {
                defects.push(storeDefect('STORE_LOCATION_MISMATCH', { window: s.ref.window, subject, file: paths.packet, field: 'packet_revision', detail: `the packet says ${(0,revision/* formatRevision */.T)(facts.revision)} but is stored as ${label}` }));
            }
            checkIdentity(s.ref.window, subject, label, paths.packet, facts, seen, defects);
            checkLink(s.ref.window, subject, paths.packet, facts, n === 1 ? undefined : prev?.label === (0,revision/* formatRevision */.T)(n - 1) ? prev : null, defects);
        }
        if (origin && prev?.origin && origin.order < prev.origin.order) {
            defects.push(storeDefect('STORE_REVISION_ORDER', { window: s.ref.window, subject, file: paths.packet, detail: `${label} was committed in ${origin.commit}, before ${prev.label} (${prev.origin.commit})` }));
        }
        if (facts?.demo === true) {
            defects.push(storeDefect('KEY_DEMO', { window: s.ref.window, subject, file: paths.packet, field: 'signer.key_id', detail: `${label} is signed with the demo key ${facts.keyId ?? ''} (the keyring marks it demo: true)` }));
        }
        checkTime(s.ref.window, subject, label, paths.packet, { facts, origin }, prev, defects);
        const blocking = defects.slice(mark).some((d) => d.severity === 'blocking');
        reports.push({
            revision: label,
            packet_id: facts?.packetId ?? null,
            digest: facts?.digest ?? null,
            supersedes: facts?.supersedes ?? null,
            signer_id: facts?.signerId ?? null,
            signed_at_utc: facts?.signedAt ?? null,
            files: { packet: files.packet?.path ?? null, signature: files.signature?.path ?? null, log: files.log?.path ?? null },
            published_in: origin?.commit ?? null,
            published_at_utc: origin ? (0,time/* formatUtc */.ay)(origin.time * 1000) : null,
            ok: !blocking
        });
        prev = { label, facts, origin };
    }
    const windowBlocking = defects.slice(before).some((d) => d.severity === 'blocking');
    return {
        release_window_id: s.ref.window,
        series: (0,layout/* seriesId */.hG)(s.ref),
        revisions: reports,
        latest: reports.length > 0 ? reports[reports.length - 1].revision : null,
        ok: !windowBlocking
    };
}
/** C6: the identity (packet_id + revision) and the digest of each file are unique in the window. */
function checkIdentity(window, subject, label, file, facts, seen, defects) {
    if (facts.packetId !== null) {
        if (!seen.firstId)
            seen.firstId = { id: facts.packetId, label };
        else if (facts.packetId !== seen.firstId.id) {
            defects.push(storeDefect('STORE_PACKET_ID_MISMATCH', { window, subject, file, field: 'packet_id', detail: `packet_id '${facts.packetId}' differs from '${seen.firstId.id}' of ${seen.firstId.label}` }));
        }
        if (facts.revision !== null) {
            const identity = `${facts.packetId}@${(0,revision/* formatRevision */.T)(facts.revision)}`;
            const other = seen.identities.get(identity);
            if (other)
                defects.push(storeDefect('STORE_DUPLICATE_PACKET_ID', { window, subject, file, field: 'packet_id', detail: `${label} carries packet ${identity}, already published as ${other}` }));
            else
                seen.identities.set(identity, label);
        }
    }
    if (facts.digest !== null) {
        const other = seen.digests.get(facts.digest);
        if (other)
            defects.push(storeDefect('STORE_DUPLICATE_PACKET_ID', { window, subject, file, field: 'signature_digest', detail: `${label} has the signature digest of ${other} (${check_short(facts.digest)})` }));
        else
            seen.digests.set(facts.digest, label);
    }
}
/** r001 names no predecessor; rN names exactly the digest of r(N-1). A missing predecessor is a gap, reported once. */
function checkLink(window, subject, file, facts, prev, defects) {
    if (prev === undefined) {
        if (facts.supersedes !== null) {
            defects.push(storeDefect('STORE_CHAIN_BROKEN', { window, subject, file, field: 'supersedes', detail: `the first revision names a predecessor (${check_short(facts.supersedes)})` }));
        }
        return;
    }
    if (prev === null || !prev.facts || prev.facts.digest === null)
        return;
    if (facts.supersedes !== prev.facts.digest) {
        const named = facts.supersedes === null ? 'names no predecessor' : `names ${check_short(facts.supersedes)}`;
        defects.push(storeDefect('STORE_CHAIN_BROKEN', { window, subject, file, field: 'supersedes', detail: `${named}, but ${prev.label}'s digest is ${check_short(prev.facts.digest)}` }));
    }
}
/** Time runs forward: a revision is neither signed nor committed before its predecessor. */
function checkTime(window, subject, label, file, cur, prev, defects) {
    if (!prev)
        return;
    const signed = cur.facts?.signedAt ? Date.parse(cur.facts.signedAt) : NaN;
    const prevSigned = prev.facts?.signedAt ? Date.parse(prev.facts.signedAt) : NaN;
    if (signed < prevSigned) {
        defects.push(storeDefect('STORE_TIME_REVERSED', { window, subject, file, field: 'signer.signed_at_utc', detail: `${label} is signed at ${cur.facts.signedAt}, before ${prev.label} (${prev.facts.signedAt}) which it supersedes` }));
    }
    if (cur.origin && prev.origin && cur.origin.time < prev.origin.time) {
        defects.push(storeDefect('STORE_TIME_REVERSED', {
            window,
            subject,
            file,
            field: 'commit',
            detail: `${label} was committed in ${cur.origin.commit} dated ${(0,time/* formatUtc */.ay)(cur.origin.time * 1000)}, before ${prev.label}'s commit ${prev.origin.commit} (${(0,time/* formatUtc */.ay)(prev.origin.time * 1000)})`
        }));
    }
}
function findingDefect(f, ref, packetPath, suffix) {
    return {
        subject: `${(0,layout/* seriesId */.hG)(ref)}@${(0,revision/* formatRevision */.T)(ref.revision)}`,
        defect_code: f.code,
        severity: 'blocking',
        owner_role: 'release-signer',
        required_action: 're-export the window so a correctly signed revision supersedes this one',
        release_window_id: ref.window,
        file: f.file ?? packetPath,
        line: null,
        field: f.field,
        detail: `${f.detail}${suffix}`
    };
}
function storeDefect(code, at) {
    const info = codes/* STORE_CODES */.Z[code];
    return {
        subject: at.subject,
        defect_code: code,
        severity: info.severity,
        owner_role: info.owner_role,
        required_action: info.required_action,
        release_window_id: at.window,
        file: at.file,
        line: null,
        field: at.field ?? '',
        detail: at.detail
    };
}
function check_short(oid) {
    return oid.length > 16 ? oid.slice(0, 16) : oid;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/store/history.ts
var store_history = __webpack_require__(96581);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/store/inspect-pool.ts
var inspect_pool = __webpack_require__(90828);
// EXTERNAL MODULE: ./src/store/state.ts
var state = __webpack_require__(89360);
// EXTERNAL MODULE: ./src/store/view.ts
var view = __webpack_require__(46692);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/store/view-codes.ts
var view_codes = __webpack_require__(32075);
;// CONCATENATED MODULE: ./src/store/view-check.ts





/** Defects of each group's page, by group name (only groups with a finding are in the map). */
async function checkViews(args) {
    const { family } = args;
    const out = new Map();
    // a shared page is checked once, by its owner; its group at HEAD lists only the owner's files,
    // so the folder is listed whole at every point (the other families' revisions are on the page)
    if (!family.view || (0,view/* viewOwner */.TG)(family).name !== family.name)
        return out;
    const shared = family.view.families !== undefined;
    const repo = (0,git/* openRepository */.h_)(args.top);
    const historical = [];
    const atHead = [];
    const missing = [];
    for (const [window, g] of args.groups) {
        const path = window === '' || (args.window !== undefined && window !== args.window) ? null : safeViewPath(family, window);
        if (path === null)
            continue;
        // a page written by HEAD itself is checked against the listing verify already has
        for (const v of versionsOf(g.state[path]))
            historical.push({ window, commit: v.commit, files: v.commit === args.head ? g.files : [], blob: v.blob });
        const page = g.files.find((f) => f.path === path);
        if (page)
            atHead.push({ window, commit: args.head, files: g.files, blob: page.oid, deletedBy: lastDeletion(g.state[path]) });
        else if (g.files.some((f) => (0,view/* viewBlobs */.YX)(family, [f]).length > 0))
            missing.push(window);
    }
    if (historical.length + atHead.length + missing.length === 0)
        return out;
    const older = shared ? [...historical, ...atHead] : historical.filter((p) => p.commit !== args.head);
    const listed = await repo.listFoldersAt(older.map((p) => ({ commit: p.commit, path: (0,layout/* windowDir */.Wg)(family, p.window) })));
    for (const [i, p] of older.entries())
        p.files = listed[i];
    const points = [...historical, ...atHead];
    const blobs = await repo.readBlobs(points.flatMap((p) => [p.blob, ...(0,view/* viewBlobs */.YX)(family, p.files)]));
    const views = await family.view.load();
    const add = (window, d) => out.set(window, [...(out.get(window) ?? []), d]);
    // The page each commit wrote: its own rendering at that commit.
    const verdict = new Map();
    for (const p of historical) {
        const diff = compare(family, views, p, blobs);
        verdict.set(p.blob, (verdict.get(p.blob) ?? true) && diff === null);
        if (diff !== null)
            add(p.window, viewDefect('STORE_VIEW_MISMATCH', family, p.window, diff.line, `commit ${p.commit} wrote ${(0,view/* viewPath */.Rt)(family, p.window)}, which is not the rendering of the signed files in its folder at that commit: ${diff.detail}`));
    }
    // The page at HEAD: written for an older folder (stale), or never a rendering (not reported twice).
    for (const p of atHead) {
        const diff = compare(family, views, p, blobs);
        if (diff === null)
            continue;
        const known = verdict.get(p.blob);
        // Put back after a deletion with the bytes of an earlier version (history folds such a re-add
        // into the first one, so no commit counts as having written it): no writer made this page.
        if (p.deletedBy !== undefined)
            add(p.window, viewDefect('STORE_VIEW_MISMATCH', family, p.window, diff.line, `${(0,view/* viewPath */.Rt)(family, p.window)} was deleted by commit ${p.deletedBy} and is back at ${p.commit} with the bytes of an earlier version, which is not the rendering of the signed files in its folder: ${diff.detail}`));
        else if (known === true)
            add(p.window, viewDefect('STORE_VIEW_STALE', family, p.window, diff.line, `${(0,view/* viewPath */.Rt)(family, p.window)} at ${p.commit} describes the folder as it was when the page was written; a later commit changed the folder without rewriting it (${diff.detail})`));
        else if (known === undefined)
            add(p.window, viewDefect('STORE_VIEW_MISMATCH', family, p.window, diff.line, `${(0,view/* viewPath */.Rt)(family, p.window)} at ${p.commit} is not the rendering of the signed files in its folder: ${diff.detail}`));
    }
    for (const window of missing) {
        add(window, viewDefect('STORE_VIEW_MISSING', family, window, null, `${(0,layout/* windowDir */.Wg)(family, window)}/ has revisions but no ${family.view.file} at ${args.head}`));
    }
    return out;
}
function safeViewPath(family, window) {
    try {
        return (0,view/* viewPath */.Rt)(family, window);
    }
    catch {
        return null; // a misnamed folder: the layout reports it
    }
}
/**
 * Every blob the page had, with the commit that wrote it: the first addition and each later
 * change (a deletion writes no page). A path first seen as deleted has no first version.
 */
function versionsOf(h) {
    if (!h)
        return [];
    const out = [];
    const first = h.rewrites[0];
    if (!(first && first.commit === h.origin.commit && first.status === 'D'))
        out.push({ commit: h.origin.commit, blob: h.blob });
    for (const r of h.rewrites)
        if (r.status !== 'D' && r.newOid !== '')
            out.push({ commit: r.commit, blob: r.newOid });
    const seen = new Set();
    return out.filter((v) => {
        const key = `${v.commit} ${v.blob}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The commit of the page's last recorded change when that change deleted it. */
function lastDeletion(h) {
    const last = h?.rewrites.filter((r) => r.mode === undefined).at(-1);
    return last?.status === 'D' ? last.commit : undefined;
}
/** null when the page is exactly its rendering; else where it first differs. */
function compare(family, views, p, blobs) {
    const page = blobs.get(p.blob) ?? Buffer.alloc(0);
    const named = (0,view/* viewVersionOf */.x8)(page);
    if (named === null)
        return { line: 1, detail: 'its first line names no view version (a generated page starts with the release-evidence view header)' };
    if (named.family !== family.name)
        return { line: 1, detail: `it is a page of family '${(0,ids.printable)(named.family, 40)}', not of ${family.name}` };
    const expected = (0,view/* renderPage */.Cf)(family, views, named.version, (0,view/* viewInput */.k$)(family, p.window, p.files, blobs));
    if (expected === null)
        return { line: 1, detail: `it names view version ${named.version}, which this release of release-evidence never wrote` };
    const want = Buffer.from(expected, 'utf8');
    if (want.equals(page))
        return null;
    const got = page.toString('utf8').split('\n');
    const lines = expected.split('\n');
    let i = 0;
    while (i < got.length && i < lines.length && got[i] === lines[i])
        i++;
    const shown = (s) => (s === undefined ? '(end of page)' : `'${(0,ids.printable)(s, 80)}'`);
    return { line: i + 1, detail: `line ${i + 1} reads ${shown(got[i])} where the rendering has ${shown(lines[i])}` };
}
function viewDefect(code, family, window, line, detail) {
    const info = view_codes/* VIEW_CODES */.H[code];
    const file = (0,view/* viewPath */.Rt)(family, window) ?? '';
    return {
        subject: file,
        defect_code: code,
        severity: info.severity,
        owner_role: info.owner_role,
        required_action: info.required_action,
        release_window_id: window,
        file,
        line,
        field: code === 'STORE_VIEW_MISSING' ? '' : 'commit',
        detail
    };
}

;// CONCATENATED MODULE: ./src/store/verify-family.ts









// One family's verdict from the shared reads of a verify run (verify.ts): which packets need
// inspecting (their verdict is not known by content), then the pure checks of check.ts group by
// group, the working tree, and the family's cache file written back.
/** Stored as a group's tree id when its result must not be reused (something in it was signed after `now`). */
const NOT_REUSABLE = '!';
/** Packet verdicts known by content are taken; the rest are to be inspected (in one shared batch). */
function startFamily(plan, files) {
    const { family } = plan;
    const now = plan.inspector.now;
    const byPath = new Map(files.map((f) => [f.path, f]));
    const run = { plan, files, facts: new Map(), keep: new Map(), todo: [] };
    for (const f of files) {
        const p = (0,layout/* parseStorePath */.GV)(family, f.path);
        if (p.type !== 'artifact' || p.kind !== 'packet')
            continue;
        const signature = byPath.get((0,layout/* artifactPath */.Ws)(family, p.ref, 'signature'));
        const key = (0,cache/* factsKey */.nk)(f.oid, signature?.oid);
        const hit = plan.verdicts.get(key);
        if (hit && !signedAfter(hit, now)) {
            run.facts.set(f.path, hit);
            run.keep.set(f.path, { key, facts: hit });
        }
        else
            run.todo.push({ packet: f, signature, key });
    }
    return run;
}
/** The blob ids the packets to inspect need. */
function blobsToRead(run) {
    return run.todo.flatMap(blobsOf);
}
/** Inspects the packets to inspect from the shared batch of blobs. */
async function inspectPackets(run, blobs) {
    for (const [i, t] of run.todo.entries()) {
        if (i % 250 === 249)
            await new Promise((r) => setImmediate(r));
        inspectOne(run, t, blobs);
    }
}
/** The blob ids one packet to inspect needs. */
function blobsOf(t) {
    return t.signature ? [t.packet.oid, t.signature.oid] : [t.packet.oid];
}
/** Inspects one packet of `run.todo` from blobs read for it. */
function inspectOne(run, t, blobs) {
    const packet = blobs.get(t.packet.oid) ?? Buffer.alloc(0);
    const result = inspectAt(run.plan.inspector, t.packet.path, packet, t.signature ? blobs.get(t.signature.oid) : undefined);
    if (result !== null)
        recordFacts(run, t, result);
}
/** Records one packet's verdict (in the order of `run.todo`, whichever thread made it). */
function recordFacts(run, t, result) {
    run.facts.set(t.packet.path, result);
    // A verdict made before its own signing instant would be stale once time passes it: not kept.
    if (!signedAfter(result, run.plan.inspector.now))
        run.keep.set(t.packet.path, { key: t.key, facts: result });
}
/** Each group to check is checked on its own (check.ts: no rule crosses groups); the rest comes from the cache. */
async function finishFamily(run, at) {
    const { plan } = run;
    const { family, inspector, base } = plan;
    (0,state/* foldEvents */.v)(plan.state, at.events, base?.commits ?? 0);
    const parts = new Map();
    const part = (path) => {
        const name = groupOf(family, path);
        let p = parts.get(name);
        if (!p)
            parts.set(name, (p = { files: [], state: {} }));
        return p;
    };
    for (const f of run.files)
        part(f.path).files.push(f);
    for (const [path, h] of Object.entries(plan.state))
        part(path).state[path] = h;
    const windows = [];
    const defects = [];
    const serialized = [];
    const views = await checkViews({ top: at.top, head: at.head, family, groups: parts, window: at.window });
    for (const [name, p] of parts) {
        const result = checkContent({ family, files: p.files, state: p.state, facts: run.facts, window: at.window });
        // A window page's findings join its group's result, so the cache keeps them with it. A window
        // that already fails on its signed files is not also reported for its page: the page is
        // rendered from those files, so it differs from them whenever they were tampered with. (A demo
        // key is no tampering, and --allow-demo-key drops its finding later. Nor is a deletion: a purge
        // may authorize it later, and then the page is all that is left to judge.)
        if (!result.defects.some((d) => d.severity === 'blocking' && d.defect_code !== 'KEY_DEMO' && d.defect_code !== 'STORE_FILE_DELETED'))
            result.defects.push(...(views.get(name) ?? []));
        windows.push(...result.windows);
        defects.push(...result.defects);
        if (at.useCache)
            serialized.push(serializeEntry(family, name, p, result, run.keep, plan.trees.get(name) ?? '', inspector.now));
    }
    for (const g of plan.clean.values()) {
        const result = g.result();
        windows.push(...result.windows);
        defects.push(...result.defects);
        serialized.push({ line: g.line, inputsHash: g.inputsHash });
    }
    // Every group with a working-tree edit was listed, so `present` answers for each of them.
    const present = new Set(run.files.map((f) => f.path));
    const worktreeFacts = await inspectWorktree(at.top, inspector, at.worktree.modified);
    defects.push(...worktreeDefects(family, at.head, { ...at.worktree, facts: worktreeFacts }, present, at.window));
    const result = finishCheck({ family, head: at.head, window: at.window }, windows, defects);
    // With nothing new since the cached tip, the file already says all of this.
    if (at.useCache && (base === null || base.tip !== at.head || run.todo.length > 0 || !plan.trusted)) {
        const header = { family: family.name, root: family.root, fingerprint: inspector.fingerprint, commits: (base?.commits ?? 0) + at.commits };
        await (0,cache/* saveCache */.Io)(at.stateDir, { tip: at.head, header, groups: serialized });
    }
    const packets = result.windows.reduce((n, w) => n + w.revisions.filter((r) => r.files.packet !== null).length, 0);
    return {
        ...result,
        family: family.name,
        root: family.root,
        headOid: at.head,
        stats: { commits_scanned: at.commits, packets, packets_inspected: run.todo.length, cache: !at.useCache ? 'off' : base ? 'warm' : 'cold' }
    };
}
/**
 * A checked group as the next run needs it. Of the history state, packet origins (published_in,
 * revision order) and every recorded rewrite are kept; envelopes and logs without rewrites are
 * left out: with `-m`, any later conflicting change to them shows up as a modification against
 * some parent, which is a rewrite whether or not the path is remembered. A window page's history
 * is kept whole: view-check.ts re-renders every version of it when the group is checked again.
 */
function serializeEntry(family, name, p, result, keep, tree, now) {
    const state = {};
    for (const [path, h] of Object.entries(p.state)) {
        const parsed = (0,layout/* parseStorePath */.GV)(family, path);
        if (h.rewrites.length > 0 || (parsed.type === 'artifact' && parsed.kind === 'packet') || (0,view/* viewWindow */.CG)(family, path) !== null)
            state[path] = h;
    }
    const verdicts = {};
    for (const f of p.files) {
        const k = keep.get(f.path);
        if (k)
            verdicts[k.key] = k.facts;
    }
    let signedMax = 0;
    for (const w of result.windows)
        for (const r of w.revisions)
            if (r.signed_at_utc !== null)
                signedMax = Math.max(signedMax, Date.parse(r.signed_at_utc) || 0);
    // The root's own files are always re-checked (a handful); a group holding something signed after
    // `now` carries a time-dependent finding and is re-checked next time too.
    const reusable = name !== '' && signedMax <= now;
    return (0,cache/* serializeGroup */.G0)(family.root, name, reusable ? tree : NOT_REUSABLE, signedMax, result, { state, facts: verdicts });
}
function signedAfter(facts, now) {
    return facts.signedAt !== null && Date.parse(facts.signedAt) > now;
}
/** A locally edited packet or envelope is inspected as it now is, so the report can say why it fails. */
async function inspectWorktree(top, inspector, modified) {
    const out = new Map();
    const family = inspector.family;
    for (const path of modified) {
        const p = (0,layout/* parseStorePath */.GV)(family, path);
        if (p.type !== 'artifact' || p.kind === 'log')
            continue;
        const paths = (0,layout/* revisionPaths */.s3)(family, p.ref);
        const packet = await (0,promises_.readFile)((0,external_node_path_.join)(top, paths.packet)).catch(() => undefined);
        if (!packet)
            continue;
        const signature = await (0,promises_.readFile)((0,external_node_path_.join)(top, paths.signature)).catch(() => undefined);
        out.set(path, inspector.inspect({ ref: p.ref, path: paths.packet, packet, signature }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/store/verify-plan.ts


// One family's share of a verify run, before anything of it is checked: what its cache lets the
// run take as it was (clean groups), what must be checked again (dirty groups, with the history
// state and packet verdicts the cache kept for them), and what to list at HEAD for that. Pure:
// the git reads are shared by all families and made by verify.ts.
/** Above this many groups to re-check, one ls-tree of the whole root beats a long pathspec list. */
const LIST_ALL_ABOVE = 256;
function planFamily(input) {
    const { inspector, cache } = input;
    const family = inspector.family;
    const trees = new Map();
    const rootFiles = [];
    for (const e of input.folder) {
        const name = e.path.slice(family.root.length + 1);
        if (e.type === 'tree')
            trees.set(name, e.oid);
        else
            rootFiles.push(e);
    }
    // Group results and history are reusable from an ancestor tip only; verdicts are keyed by
    // content and reusable whenever the fingerprint matches.
    const trusted = cache !== null && cache.fingerprint === inspector.fingerprint;
    const plan = {
        inspector,
        family,
        pathspec: input.pathspec,
        base: cache && input.fromTip !== null ? cache : null,
        trusted,
        trees,
        clean: new Map(),
        state: {},
        verdicts: new Map(),
        listing: { kind: 'all', pathspec: input.pathspec },
        // Authentic but unreadable (another format version): the history must be scanned in full.
        full: input.fromTip !== null && !(cache && input.fromTip !== null)
    };
    const takeVerdicts = (inputs) => {
        if (trusted && inputs)
            for (const [k, f] of Object.entries(inputs.facts))
                plan.verdicts.set(k, f);
    };
    const base = plan.base;
    if (!base) {
        if (cache && trusted)
            for (const g of cache.groups.values())
                takeVerdicts(g.inputs());
        return plan;
    }
    // Dirty: touched by a commit after the tip (even if a later one undid it), a tree that is not
    // the one the result was computed for, edited in the working tree, or not reusable at all.
    const dirty = new Set(['']);
    for (const e of input.events)
        dirty.add(groupOf(family, e.path));
    for (const path of input.modified)
        dirty.add(groupOf(family, path));
    for (const name of new Set([...trees.keys(), ...base.groups.keys()])) {
        const g = base.groups.get(name);
        if (!g || !trusted || g.tree !== (trees.get(name) ?? '') || g.signedMax > inspector.now)
            dirty.add(name);
    }
    let complete = true;
    for (const [name, g] of base.groups) {
        if (!dirty.has(name)) {
            plan.clean.set(name, g);
            continue;
        }
        const inputs = g.inputs();
        if (!inputs)
            complete = false;
        else
            Object.assign(plan.state, inputs.state);
        takeVerdicts(inputs);
    }
    if (!complete) {
        // A group's history is gone (its inputs file was removed or damaged): prove everything again.
        plan.base = null;
        plan.clean.clear();
        plan.state = {};
        plan.full = true;
        return plan;
    }
    const listed = [...dirty].filter((n) => trees.has(n));
    plan.listing =
        listed.length > LIST_ALL_ABOVE ? { kind: 'filter', root: family.root, groups: dirty } : { kind: 'groups', paths: listed.map((n) => `${family.root}/${n}`), rootFiles };
    return plan;
}
/** The pathspecs one `ls-tree -r` at HEAD needs for every plan. */
function listingPaths(plans) {
    return plans.flatMap((p) => (p.listing.kind === 'all' ? [p.listing.pathspec] : p.listing.kind === 'filter' ? [p.listing.root] : p.listing.paths));
}
/** A plan's share of the shared ls-tree: only the files it asked for (`listed`: the files under its root). */
function filesOf(plan, listed) {
    const l = plan.listing;
    if (l.kind === 'all')
        return listed.filter((f) => f.path === l.pathspec || f.path.startsWith(`${l.pathspec}/`));
    if (l.kind === 'filter')
        return listed.filter((f) => l.groups.has(groupOf(plan.family, f.path)));
    const wanted = new Set(l.paths);
    return [...l.rootFiles, ...listed.filter((f) => wanted.has(`${plan.family.root}/${groupOf(plan.family, f.path)}`))];
}
/**
 * Splits paths (events, files, edits) by the family that owns them (layout.ts ownerOf: the
 * longest root wins; families sharing a root split it by their names). With `shareFolders`, a
 * folder entry (a window's tree) goes to every family of its root: each needs the tree ids of its
 * groups, which are the same folders.
 */
function verify_plan_byRoot(families, items, path, shareFolders) {
    const out = families.map(() => []);
    for (const item of items) {
        const p = path(item);
        const owner = (0,layout/* ownerOf */.bf)(families, p);
        if (owner < 0)
            continue;
        if (shareFolders?.(item)) {
            const root = families[owner].root;
            for (const [i, f] of families.entries())
                if (f.root === root)
                    out[i].push(item);
        }
        else
            out[owner].push(item);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/store/verify.ts








/** Starts the reads a run from the first commit makes, so they run while the inspectors load. */
function startFullReads(top, head, roots, window) {
    const repo = (0,git/* openRepository */.h_)(top);
    const specs = [...new Set(roots.map((r) => (window === undefined ? r : `${r}/${window}`)))];
    return { roots: specs, scan: awaitedLater(repo.scanHistory({ root: specs, until: head, since: null })), listing: awaitedLater(repo.listTree(head, specs)) };
}
const NOTHING = { commits: [], events: [] };
/** One result per inspector, in the order given. */
async function verifyFamilies(opts) {
    const { top, shallow, stateDir, head } = opts.repo ?? (await (0,store_history/* repoFacts */.yQ)(opts.dir));
    if (shallow)
        throw (0,store_history/* shallowError */.Jn)();
    const repo = (0,git/* openRepository */.h_)(top);
    const families = opts.inspectors.map((i) => i.family);
    const useCache = opts.cache !== false && opts.window === undefined && opts.only === undefined;
    const specs = families.map((f) => (opts.window === undefined ? f.root : `${f.root}/${opts.window}`));
    // families may share a root (layout.ts ownerOf): git is asked about each folder once
    const gitSpecs = [...new Set(specs)];
    // Every split of paths by family drops the groups outside the shard.
    const only = opts.only;
    const byRoot = only
        ? (fams, items, path, share) => verify_plan_byRoot(fams, items, path, share).map((part, i) => part.filter((t) => only(groupOf(fams[i], path(t)))))
        : verify_plan_byRoot;
    const early = !useCache && opts.early && sameList(opts.early.roots, gitSpecs) ? opts.early : undefined;
    if (head === null) {
        return families.map((family) => {
            const empty = finishCheck({ family, head: '', window: opts.window }, [], []);
            return { ...empty, family: family.name, root: family.root, headOid: null, stats: { commits_scanned: 0, packets: 0, packets_inspected: 0, cache: useCache ? 'cold' : 'off' } };
        });
    }
    const started = opts.started && opts.started.key === readsKey(families, gitSpecs, useCache, opts.worktree !== false) ? opts.started.reads : null;
    const { folder, changing, opened, fromTip, scanning } = await (started ?? openReads({ repo, families, gitSpecs, head, stateDir, useCache, worktree: opts.worktree !== false, isAncestor: opts.isAncestor, early }));
    const fullScan = (paths) => awaitedLater(repo.scanHistory({ root: paths, until: head, since: null }));
    const caches = opened.map((o) => (o ? o.parse() : null));
    // From the first commit, no plan depends on history: the files are listed, read and inspected
    // while the log scan (the longest read) runs, and the history is joined in at the checks.
    const fromStart = fromTip === null;
    const scan = fromStart ? NOTHING : await scanning;
    const changes = fromStart ? { modified: [], untracked: [] } : await changing;
    const events = byRoot(families, scan.events, (e) => e.path);
    const modified = byRoot(families, changes.modified, (p) => p);
    const folders = byRoot(families, folder ? await folder : [], (e) => e.path, (e) => e.type === 'tree');
    const plans = opts.inspectors.map((inspector, i) => planFamily({ inspector, pathspec: specs[i], cache: caches[i] ?? null, fromTip, events: events[i], modified: modified[i], folder: folders[i] }));
    // Families whose cache could not be built on: their history from the first commit, in one more log.
    const again = plans.filter((p) => p.full);
    const rescanning = again.length > 0 ? fullScan([...new Set(again.map((p) => p.pathspec))]) : null;
    const paths = [...new Set(listingPaths(plans))];
    const listing = fromStart && early && sameList(paths, gitSpecs) ? early.listing : repo.listTree(head, paths);
    const listed = byRoot(families, await listing, (f) => f.path);
    const runs = plans.map((p, i) => startFamily(p, filesOf(p, listed[i])));
    await readAndInspect(repo, runs, opts.progress ?? progress/* NO_PROGRESS */.c, opts.inspectWorker);
    const history = fromStart ? await scanning : scan;
    const worktree = await changing;
    const historyEvents = fromStart ? byRoot(families, history.events, (e) => e.path) : events;
    const edited = fromStart ? byRoot(families, worktree.modified, (p) => p) : modified;
    const untracked = byRoot(families, worktree.untracked, (p) => p);
    const rescan = rescanning ? await rescanning : null;
    const rescanned = rescan ? byRoot(families, rescan.events, (e) => e.path) : null;
    const results = [];
    for (const [i, run] of runs.entries()) {
        const own = run.plan.full && rescan && rescanned;
        results.push(await finishFamily(run, {
            top,
            head,
            stateDir,
            window: opts.window,
            useCache,
            events: own ? rescanned[i] : historyEvents[i],
            commits: own ? rescan.commits.length : history.commits.length,
            worktree: { modified: edited[i], untracked: untracked[i] }
        }));
    }
    return results;
}
function readsKey(families, gitSpecs, useCache, worktree) {
    return JSON.stringify([families.map((f) => [f.name, f.root]), gitSpecs, useCache, worktree]);
}
/**
 * Starts a cached run's reads (the folder listing, the working-tree status, the caches, the log
 * from their tip) from the families alone, so they run while the inspectors load their trust.
 * verifyFamilies uses them only when they were started for the same families and modes.
 */
function startReads(facts, families, isAncestor) {
    if (facts.head === null || facts.shallow)
        return undefined;
    const gitSpecs = [...new Set(families.map((f) => f.root))];
    const reads = openReads({ repo: (0,git/* openRepository */.h_)(facts.top), families, gitSpecs, head: facts.head, stateDir: facts.stateDir, useCache: true, worktree: true, isAncestor });
    return { key: readsKey(families, gitSpecs, true, true), reads: awaitedLater(reads) };
}
async function openReads(a) {
    const { repo, families, gitSpecs, head, stateDir, useCache } = a;
    // Every git process is started before the cache bodies are parsed: spawning from a small heap
    // is cheap, and the log scan, ls-tree and status then run while this process works.
    const folder = useCache ? awaitedLater(repo.listFolder(head, [...new Set(families.map((f) => f.root))])) : null;
    const changing = a.worktree ? awaitedLater(repo.worktreeChanges(gitSpecs)) : Promise.resolve({ modified: [], untracked: [] });
    const opened = useCache ? await Promise.all(families.map((f) => (0,cache/* openCache */.bp)(stateDir, f.name, f.root))) : families.map(() => null);
    // The caches are written together from one scan, so they name one tip; any other picture (a
    // family without a cache, tips that differ) is proven from the first commit, all in one log.
    const tips = new Set(opened.map((o) => o?.tip ?? ''));
    const tip = tips.size === 1 && !tips.has('') ? [...tips][0] : null;
    const fullScan = (paths) => awaitedLater(repo.scanHistory({ root: paths, until: head, since: null }));
    let fromTip = null;
    let scanning;
    if (tip === head) {
        fromTip = head;
        scanning = Promise.resolve(NOTHING);
    }
    else if (tip !== null) {
        // Both questions at once: the log from the tip is dropped if the tip is not an ancestor of HEAD.
        const fromCached = awaitedLater(repo.scanHistory({ root: gitSpecs, until: head, since: tip }));
        const ancestor = a.isAncestor ?? ((x, d) => repo.isAncestor(x, d));
        if (await ancestor(tip, head)) {
            fromTip = tip;
            scanning = fromCached;
        }
        else
            scanning = fullScan(gitSpecs);
    }
    else
        scanning = a.early ? a.early.scan : fullScan(gitSpecs);
    return { folder, changing, opened, fromTip, scanning };
}
/** One family on its own (what verifyFamilies does for a list of one). */
async function verifyStore(opts) {
    const [result] = await verifyFamilies({ ...opts, inspectors: [opts.inspector] });
    return result;
}
/** Below this many packets a worker does not pay for itself (it builds its own inspectors first). */
const POOL_MIN = 500;
/** Packets per message to the worker, and how many it may hold before this thread inspects them itself. */
const POOL_BATCH = 16;
const POOL_AHEAD = 64;
/**
 * Reads the packets to inspect through one streaming `git cat-file --batch` and inspects each
 * packet as soon as its blobs have arrived: git reads ahead on the other core while this process
 * inspects, and nothing waits for the last blob. With an inspect worker (a full verify), packets
 * go to it while it has room and are inspected here otherwise, so both threads work. The facts are
 * recorded in the order of the list at the end, whoever computed them: results do not depend on
 * timing. A blob is dropped once the last packet that needs it has been inspected or handed on.
 */
async function readAndInspect(repo, runs, progress, worker) {
    const items = runs.flatMap((run) => run.todo.map((t) => ({ run, t, blobs: blobsOf(t) })));
    const shown = progress.phase('verify: packets inspected', items.length);
    const lastUse = new Map();
    for (const [k, item] of items.entries())
        for (const oid of item.blobs)
            lastUse.set(oid, k);
    const used = runs.filter((r) => r.todo.length > 0);
    const pool = worker && items.length >= POOL_MIN ? worker.pool(used.map((r) => r.plan.inspector)) : undefined;
    const familyOf = new Map(used.map((r, i) => [r, i]));
    const results = new Array(items.length).fill(null);
    const arrived = new Map();
    const seen = new Set();
    const answered = [];
    let batch = [];
    const inspectHere = (k, w) => {
        results[k] = (0,inspect_pool/* inspectAt */.cE)(items[k].run.plan.inspector, w.path, w.packet, w.signature);
    };
    const flush = () => {
        if (batch.length === 0 || !pool)
            return;
        const mine = batch;
        batch = [];
        answered.push(pool
            .submit(mine.map((b) => b.work))
            .then((facts) => {
            for (const [j, { k, work }] of mine.entries()) {
                if (facts === null)
                    inspectHere(k, work);
                else
                    results[k] = facts[j];
            }
            shown.tick(mine.length);
        }));
    };
    let next = 0;
    const inspectReady = (all) => {
        while (next < items.length && (all || items[next].blobs.every((oid) => seen.has(oid)))) {
            const { run, t, blobs } = items[next];
            const work = { family: familyOf.get(run), path: t.packet.path, packet: arrived.get(t.packet.oid) ?? Buffer.alloc(0), signature: t.signature ? arrived.get(t.signature.oid) : undefined };
            if (pool && pool.ready() && pool.outstanding() + batch.length < POOL_AHEAD) {
                batch.push({ k: next, work });
                if (batch.length >= POOL_BATCH)
                    flush();
            }
            else {
                inspectHere(next, work);
                shown.tick(1);
            }
            for (const oid of blobs)
                if (lastUse.get(oid) === next)
                    arrived.delete(oid);
            next++;
        }
    };
    try {
        await repo.streamBlobs(items.flatMap((i) => i.blobs), (oid, body) => {
            seen.add(oid);
            if (body !== undefined)
                arrived.set(oid, body);
            inspectReady(false);
        });
        inspectReady(true);
        flush();
        await Promise.all(answered);
    }
    finally {
        pool?.close();
    }
    for (const [k, { run, t }] of items.entries()) {
        const facts = results[k];
        if (facts !== null)
            recordFacts(run, t, facts);
    }
    shown.done();
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Marks a promise as handled now (it is awaited later), so an early git failure is not an unhandled rejection. */
function awaitedLater(p) {
    p.catch(() => undefined);
    return p;
}


/***/ })

};
