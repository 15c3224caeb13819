export const id = 5319;
export const ids = [5319,8284];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* unused harmony exports ANNOTATION_MESSAGE_MAX, CHECK_TITLE_MAX, CHECK_MESSAGE_MAX, truncate, annotationText */
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4598);
// Untrusted text (CSV cells, ids, policy values) is echoed into four places, each with its own
// grammar. One function per destination, so a call site says where the text is going:
//
// - workflow commands (annotations): @actions/core already escapes % \r \n in the message and
//   additionally : , in properties (file, title). We pass raw text and only bound its length;
//   escaping here as well would show `%25` to the reviewer.
// - log lines (core.info): core writes them verbatim, so a cell holding "\n::error::x" would start
//   a new line that the runner executes as a command. `logText` keeps the text on one line.
// - markdown (the job summary, closure summaries, review notes; GitHub-flavoured markdown with
//   inline HTML): `mdCell` / `mdText` encode every character that can open HTML, a link, code, a
//   table cell or a line break, and break @mentions and issue references.
// - CSV files: src/csv/write.ts prefixes formula starters; nothing to add here.
//
// In every one of them, zero-width and bidirectional formatting characters are shown as \uNNNN
// (src/util/ids.ts showInvisible): `B\u200b-1` must not read as `B-1`, nor an override reorder a line.

/** Runner v2.305+ truncates annotation messages at about 4096 characters; we cut first, visibly. */
const ANNOTATION_MESSAGE_MAX = 4000;
/** Checks API annotation limits: title 255 characters, message 64 KiB. */
const CHECK_TITLE_MAX = 255;
const CHECK_MESSAGE_MAX = (/* unused pure expression or super */ null && (64 * 1024 - 64));
function truncate(text, max) {
    if (text.length <= max)
        return text;
    // Never split a surrogate pair: a lone surrogate is invalid UTF-8 in the JSON we send.
    let cut = max - 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}
/** Text for an annotation message or title: bounded, otherwise verbatim (core escapes it). */
function annotationText(text, max = ANNOTATION_MESSAGE_MAX) {
    return truncate(showInvisible(text), max);
}
/**
 * Text for a log line: control characters shown as \xNN, so the line cannot be split, and a
 * leading `::` cannot be read as a workflow command even when the text opens the line.
 */
function logText(text) {
    // eslint-disable-next-line no-control-regex -- escapes the control characters that would split the log line
    const oneLine = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return oneLine.startsWith('::') ? ` ${oneLine}` : oneLine;
}
const MD_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    '*': '&#42;',
    '~': '&#126;',
    '#': '&#35;',
    '!': '&#33;'
};
const MD_SPECIAL = /[&<>"'|`[\]\\*~#!]/g;
/**
 * Inline markdown text, the one escaper for untrusted text in markdown (job summaries, closure
 * summaries and handoff notes, review notes): every character that could start HTML, a link or
 * image, code, emphasis or a heading is an entity; line breaks become spaces and other control
 * characters are dropped, so a cell, list item or heading cannot end early; zero-width and
 * bidirectional characters are shown as \uNNNN. Entities render as
 * the original characters, and entities (unlike backslash escapes) mean the same inside a GFM
 * table cell as outside one.
 *
 * github.com also links text after markdown is rendered: `@name` pings a user or team, `#123`,
 * `owner/repo#123` and `GH-123` link an issue. An entity does not stop that (the linker reads the
 * decoded text), so a zero-width space (&#8203;) goes after such an `@` and `#` and `GH-`: the text
 * reads the same and links nothing. An `@` after a letter or digit (an e-mail address) mentions
 * no one and is left alone. Bare URLs may still autolink: an autolink shows its own target, so it
 * cannot disguise where it goes (link text in [ ] could, and is escaped).
 */
function mdText(text) {
    return ((0,_util_ids_js__WEBPACK_IMPORTED_MODULE_0__.showInvisible)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex -- strips the control characters Markdown cannot show
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(MD_SPECIAL, (c) => MD_ENTITIES[c])
        // `_` emphasizes only at a word edge (GFM: never inside a word), so snake_case stays legible.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '&#95;')
        // Letters and digits pass through unchanged, so these lookarounds see the original neighbours.
        .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9_-])/g, '@&#8203;')
        .replace(/&#35;(?=\d)/g, '&#35;&#8203;')
        .replace(/(?<![A-Za-z0-9])(GH-)(?=\d)/gi, '$1&#8203;'));
}
/** A table cell: like mdText, bounded so one hostile cell cannot eat the summary's byte budget. */
function mdCell(text, max = 300) {
    if (text === null || text === undefined)
        return '';
    return mdText(truncate(String(text), max));
}
/** Inline code for trusted, generated values (paths we wrote, hashes); backticks cannot occur. */
function mdCode(text) {
    return `<code>${mdText(text)}</code>`;
}


/***/ }),

/***/ 1802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QUERIES: () => (/* binding */ QUERIES),
/* harmony export */   parseWithin: () => (/* binding */ parseWithin),
/* harmony export */   renderQueryText: () => (/* binding */ renderQueryText),
/* harmony export */   runQuery: () => (/* binding */ runQuery)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(790);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4310);




// The seed's query views (Q1-Q4) on a derived index:
//   holds     Q1 active legal holds by release window
//   expiring  Q2 series whose expiry falls within --within (default 30d) of now, or has passed
//   latest    Q3 the latest valid revision per release window (verified, write-once)
//   drift     Q4 revisions with signature or storage drift, or a stale verification
const QUERIES = ['holds', 'expiring', 'latest', 'drift'];
/** `30d`, `12h`, or an ISO 8601 duration (P30D). */
function parseWithin(text) {
    const short = /^(\d+)([dhw])$/.exec(text);
    if (short)
        return Number(short[1]) * { d: 86_400_000, h: 3_600_000, w: 7 * 86_400_000 }[short[2]];
    try {
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.durationMs)(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `--within ${text}: use e.g. 30d, 12h, 2w or an ISO 8601 duration (P30D)` });
    }
}
function runQuery(index, query, opts) {
    const latest = index.rows.filter((r) => r.is_latest === 'true');
    const base = { query, commit: index.commit };
    switch (query) {
        case 'holds': {
            const columns = ['release_window_id', 'hold_id', 'reason', 'owner', 'case_id', 'placed_at_utc', 'placed_by', 'file'];
            const rows = index.holds.filter((h) => h.state === 'active').map((h) => ({ release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, case_id: h.case_id ?? '', placed_at_utc: h.placed_at_utc, placed_by: h.placed_by, file: h.file }));
            return { ...base, columns, rows };
        }
        case 'expiring': {
            const within = parseWithin(opts.within ?? '30d');
            const columns = ['family', 'release_window_id', 'packet_id', 'retention_expiry_utc', 'days_left', 'legal_hold_state', 'purge_eligible'];
            const rows = latest
                .flatMap((r) => {
                const e = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.retention_expiry_utc);
                if (!e.ok || e.ms > opts.now + within)
                    return [];
                return [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, retention_expiry_utc: r.retention_expiry_utc, days_left: String(Math.floor((e.ms - opts.now) / 86_400_000)), legal_hold_state: r.legal_hold_state, purge_eligible: r.purge_eligible }];
            })
                .sort((a, b) => (a.retention_expiry_utc < b.retention_expiry_utc ? -1 : a.retention_expiry_utc > b.retention_expiry_utc ? 1 : 0));
            return { ...base, columns, rows };
        }
        case 'latest': {
            const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'incident_window_start_utc', 'incident_window_end_utc', 'signature_digest', 'storage_uri', 'is_latest'];
            const valid = new Map();
            for (const r of index.rows) {
                if (r.signature_verified !== 'true' || r.storage_class === 'mutable')
                    continue;
                const k = `${r.family}\0${r.release_window_id}`;
                const seen = valid.get(k);
                if (!seen || seen.packet_revision < r.packet_revision)
                    valid.set(k, r);
            }
            const rows = [...valid.values()].map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
            return { ...base, columns, rows };
        }
        case 'drift': {
            const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'drift', 'storage_uri'];
            const rows = index.rows.flatMap((r) => {
                const why = [];
                if (r.signature_verified !== 'true')
                    why.push('signature does not verify');
                if (r.storage_class === 'mutable')
                    why.push('not write-once (rewritten, edited or uncommitted)');
                const v = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.last_verified_utc);
                if (!v.ok || opts.now - v.ms > opts.refreshMs)
                    why.push(`last verified ${r.last_verified_utc || 'never'} (older than the refresh interval at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(opts.now)})`);
                return why.length === 0 ? [] : [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, packet_revision: r.packet_revision, drift: why.join('; '), storage_uri: r.storage_uri }];
            });
            return { ...base, columns, rows };
        }
    }
}
function renderQueryText(q) {
    const head = `retention query ${q.query} at ${q.commit}: ${q.rows.length} row${q.rows.length === 1 ? '' : 's'}\n`;
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(q.columns, q.rows.map((r) => q.columns.map((c) => r[c])));
    return q.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}


/***/ }),

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRetentionStage: () => (/* binding */ runRetentionStage)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(702);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1802);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8883);






// The Action's retention stage (after closure): derive the index, run the validator, publish the
// index and the defects as files, and a summary block with the active holds and the expiries of
// the next 30 days. Fails on blocking defects by mode: observe never, soft on storage and hold
// precedence, full on every blocking defect.
async function runRetentionStage(settings, ctx) {
    const r = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__.runCheck)(settings, ctx.families, {});
    const index = r.index;
    const holds = (0,_query_js__WEBPACK_IMPORTED_MODULE_4__.runQuery)(index, 'holds', { now: settings.now, refreshMs: 0 }).rows;
    const expiring = (0,_query_js__WEBPACK_IMPORTED_MODULE_4__.runQuery)(index, 'expiring', { now: settings.now, within: '30d', refreshMs: 0 }).rows;
    const candidates = r.defects.filter((d) => d.defect_code === 'RETENTION_PURGE_CANDIDATE').length;
    const blocking = r.defects.filter((d) => d.severity === 'blocking' && (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .failsIn */ .p)(settings.mode, [d])).length;
    const table = (head, rows) => (rows.length === 0 ? '_none_\n' : `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.slice(0, 100).map((row) => `| ${row.map((c) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCell */ .cz)(c)).join(' | ')} |`).join('\n')}\n`);
    const summaryHead = `## Retention and legal hold: ${r.failed ? '⛔ FAILED' : '✅ PASS'}\n\n` +
        `Index at ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(index.commit)}: ${index.rows.length} revisions, ${holds.length} active holds, ${candidates} purge candidates (approval required; nothing is deleted), ${r.blocking} blocking defects (mode ${settings.mode}).\n\n` +
        `### Active holds\n\n${table(['Window', 'Hold', 'Reason', 'Owner', 'Placed'], holds.map((h) => [h.release_window_id, h.hold_id, h.reason, h.owner, h.placed_at_utc]))}\n` +
        `### Expiring within 30 days\n\n${table(['Window', 'Family', 'Expiry', 'Hold'], expiring.map((e) => [e.release_window_id, e.family, e.retention_expiry_utc, e.legal_hold_state]))}`;
    const files = [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outDir, _run_js__WEBPACK_IMPORTED_MODULE_5__.INDEX_CSV), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outDir, _run_js__WEBPACK_IMPORTED_MODULE_5__.INDEX_JSON), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings.outDir, _run_js__WEBPACK_IMPORTED_MODULE_5__.CHECK_CSV)];
    const report = {
        stage: 'retention',
        subjectColumn: 'subject',
        defects: r.defects,
        blocks: (d) => d.severity === 'blocking' && (0,_check_js__WEBPACK_IMPORTED_MODULE_3__/* .failsIn */ .p)(settings.mode, [d]),
        summaryHead,
        summaryTail: '',
        files,
        defectsFile: files[2]
    };
    const outcome = r.failed ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.PolicyFailure, failure: `Retention check failed: ${blocking} blocking defect${blocking === 1 ? '' : 's'}; see the job summary.` } : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass };
    ctx.log.info(`Retention: ${index.rows.length} revisions, ${holds.length} active holds, ${candidates} purge candidates, ${blocking} blocking`);
    return {
        report,
        outputs: { 'retention-index-file': files[0], 'active-holds': String(holds.length), 'purge-candidates': String(candidates), 'retention-blocking-defects': String(blocking) },
        outcome
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

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   yQ: () => (/* binding */ repoFacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);


function shallowError() {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({
        code: 'HISTORY_SHALLOW',
        message: 'this is a shallow clone: its history is cut off, so it cannot prove where a packet file began or that it was never rewritten. ' +
            "Fetch the full history with 'git fetch --unshallow' (locally), or set 'fetch-depth: 0' on actions/checkout (in a workflow), then run verify again"
    });
}
/** The repository's top level; a directory that is not a git work tree is the user's error. */
async function repoTopLevel(dir) {
    const top = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).topLevel();
    if (top === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` });
    }
    return top;
}
/** Top level, shallowness, the tool's private directory and HEAD, in one git process. */
async function repoFacts(dir) {
    const facts = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(dir).describe('release-evidence');
    if (facts === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` });
    }
    return { top: facts.top, shallow: facts.shallow, stateDir: facts.gitPath, head: facts.head };
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
