export const id = 4895;
export const ids = [4895,4484,8629,4663,7044];
export const modules = {

/***/ 4895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderExportText: () => (/* binding */ renderExportText)
/* harmony export */ });
/* harmony import */ var _store_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8629);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4598);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8483);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5325);




// The terminal view of an export: what was written, what was not and why. The JSON view is the
// result object itself.
function actionLine(w) {
    const id = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(w.series.window);
    if (w.action === 'written') {
        const sup = w.revision > 1 ? `, supersedes ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision - 1)}` : '';
        return `${id}: wrote ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision)}${sup} in commit ${w.commitOid} (signature_digest sha256:${w.digest})`;
    }
    if (w.action === 'unchanged') {
        return `${id}: unchanged, nothing written (${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision)} already holds this content)`;
    }
    const codes = [...new Set(w.findings.map((f) => f.code))].join(', ');
    return `${id}: NOT WRITTEN: the signed packet failed verification before publish (${codes}); the window's closure stays pending`;
}
function renderExportText(r) {
    const out = [];
    const written = r.windows.filter((w) => w.action === 'written').length;
    const unchanged = r.windows.filter((w) => w.action === 'unchanged').length;
    const rejected = r.windows.filter((w) => w.action === 'rejected').length;
    out.push(`Closure packets: ${written} written, ${unchanged} unchanged, ${rejected} rejected on branch ${r.branch}`);
    out.push(`signer ${r.signer.signerId} (key ${r.signer.keyId.slice(0, 16)})${r.signer.demo ? ' [DEMO KEY: the private key is public; never trust these signatures]' : ''}`);
    for (const w of r.warnings)
        out.push(`warning: ${w}`);
    out.push('');
    for (const w of r.windows)
        out.push(actionLine(w));
    for (const w of r.windows) {
        out.push('');
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummaryText */ .qw)(w.summary).trimEnd());
        for (const f of w.findings)
            out.push(`  ! ${f.code}${f.field ? ` ${f.field}` : ''}: ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(f.detail, 300)}`);
    }
    const rowDefects = r.windows.flatMap((w) => w.rowDefects);
    if (rowDefects.length > 0) {
        out.push('');
        out.push(`Closure rows left out of packets (${rowDefects.length}); fix the evidence and re-export:`);
        out.push((0,_store_render_js__WEBPACK_IMPORTED_MODULE_0__.renderDefects)(rowDefects));
    }
    return `${out.join('\n')}\n`;
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

/***/ 8629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WINDOW_TABLE_LIMIT: () => (/* binding */ WINDOW_TABLE_LIMIT),
/* harmony export */   renderDefects: () => (/* binding */ renderDefects),
/* harmony export */   renderVerifyText: () => (/* binding */ renderVerifyText)
/* harmony export */ });
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(790);
/* harmony import */ var _trust_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(493);


// Human views of verify results and of any defect list. The JSON views are the result objects themselves.
function renderDefects(defects) {
    return (0,_report_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .b)(['SEVERITY', 'WINDOW', 'SUBJECT', 'CODE', 'FILE', 'FIELD', 'DETAIL'], defects.map((d) => [d.severity, d.release_window_id, d.subject, d.defect_code, d.file, d.field, d.detail]), { maxCell: 140 });
}
/** Above this many windows the text view lists only the windows with problems (--all: every one). */
const WINDOW_TABLE_LIMIT = 20;
function renderVerifyText(r, opts = {}) {
    const out = [];
    const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0);
    const verdict = r.blocking === 0 ? 'PASS' : 'FAIL';
    out.push(`Store verification: ${verdict}: ${r.root}/ at ${r.headOid ?? '(no commits)'}`);
    out.push(`${r.windows.length} window(s), ${revisions} revision(s); ${r.stats.commits_scanned} commit(s) scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packet(s) inspected (cache ${r.stats.cache})`);
    const trust = (0,_trust_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTrustLine */ .b)(r.trust);
    if (trust)
        out.push(trust);
    out.push('Checked: signature (DSSE Ed25519, keyring), schema and required fields, signature_digest, supersedes chain, UTC timestamps, three files per revision, unique packet identity, no published file modified or deleted in any commit, HEAD descends from every verified tip');
    if (r.verifiedTip)
        out.push(`Verified tip: ${r.verifiedTip} (pin it next time: --since ${r.verifiedTip})`);
    // a store of 1,000 windows is a 1,000-row table: by default only what needs attention
    const shown = opts.all || r.windows.length <= WINDOW_TABLE_LIMIT ? r.windows : r.windows.filter((w) => !w.ok);
    if (shown.length < r.windows.length) {
        out.push('');
        out.push(`${r.windows.length - shown.length} of ${r.windows.length} window(s) ok, not listed (--all lists every window, --json has everything)`);
    }
    if (shown.length > 0) {
        out.push('');
        out.push((0,_report_table_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTable */ .b)(['WINDOW', 'REVISIONS', 'LATEST', 'SIGNATURE DIGEST', 'SIGNER', 'PUBLISHED IN', 'STATUS'], shown.map((w) => {
            const last = w.revisions[w.revisions.length - 1];
            return [w.series, w.revisions.length, w.latest, last?.digest ? `sha256:${last.digest.slice(0, 16)}` : '-', last?.signer_id ?? '-', last?.published_in?.slice(0, 12) ?? '-', w.ok ? 'ok' : 'FAIL'];
        }), { align: ['left', 'right', 'left', 'left', 'left', 'left', 'left'] }));
    }
    if (r.defects.length > 0) {
        out.push('');
        out.push(`Defects (${r.blocking} blocking)`);
        out.push(renderDefects(r.defects));
    }
    return `${out.join('\n')}\n`;
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

/***/ 3132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ judgeTimestamps),
  $: () => (/* binding */ prelistSignatures)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/signing/dsse.ts
var dsse = __webpack_require__(870);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/timestamp/verify.ts
var verify = __webpack_require__(1899);
;// CONCATENATED MODULE: ./src/timestamp/time.ts

/**
 * The instant validity must be judged at, for one signature (its raw bytes, as stamped).
 * A token that is present but does not verify is a failure, never a quiet fallback to the claim.
 */
async function signatureTime(signatureBytes, token, pinnedTsa, signedAtClaim, { toleranceMs = 5 * 60_000 } = {}) {
    if (token === undefined)
        return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-token' };
    if (pinnedTsa === undefined)
        return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-pinned-tsa' };
    const verified = await (0,verify/* verifyTimestamp */.W)(token, signatureBytes, pinnedTsa);
    if (!verified.ok)
        return { ok: false, code: verified.code, message: verified.message, claimedAt: signedAtClaim };
    if (signedAtClaim > verified.genTime + toleranceMs) {
        return {
            ok: false,
            code: 'TIMESTAMP_CLAIM_AFTER_TSA',
            message: `the document says it was signed at ${new Date(signedAtClaim).toISOString()}, after the TSA stamped its signature at ${verified.genTimeText}`,
            claimedAt: signedAtClaim
        };
    }
    return { ok: true, source: 'tsa', at: verified.genTime, claimedAt: signedAtClaim, tsa: verified.tsa, token: verified };
}

// EXTERNAL MODULE: ./src/util/time.ts
var util_time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/trust/family.ts
var family = __webpack_require__(2200);
;// CONCATENATED MODULE: ./src/trust/timestamps.ts







// The listing judgeTimestamps needs, started early by verify (prelistSignatures) so that it runs
// while the families are checked instead of after them. Keyed by repository and commit id (a
// commit names its tree for good); used only when its roots cover every root asked for: lookups
// are by exact path, so a listing of wider folders answers them alike.
const prelisted = new Map();
/** Starts listing `roots` (every folder a signature may live in) at `commit`, for a later judgeTimestamps. */
function prelistSignatures(top, commit, roots) {
    if (prelisted.size >= 8)
        prelisted.clear();
    const files = (0,git/* openRepository */.h_)(top).listTree(commit, roots);
    files.catch(() => undefined);
    prelisted.set(`${top}\0${commit}`, { roots, files });
}
function listingFor(repo, top, commit, roots) {
    const pre = prelisted.get(`${top}\0${commit}`);
    const covered = pre !== undefined && roots.every((r) => pre.roots.some((p) => r === p || r.startsWith(`${p}/`)));
    return covered ? pre.files : repo.listTree(commit, roots);
}
async function judgeTimestamps(top, chain, keyring, windows, added) {
    const judgement = { verified: 0, tokens: 0 };
    const commit = chain.commit;
    if (commit === null)
        return { windows, judgement };
    const candidates = [];
    for (const w of windows) {
        for (const rev of w.revisions) {
            const sigPath = rev.files.signature;
            if (sigPath === null || sigPath.startsWith(`${family/* TRUST_FAMILY */.UW.root}/`))
                continue;
            candidates.push({ w, rev, sigPath, tsrPath: (0,layout/* timestampPath */.y2)(sigPath) });
        }
    }
    if (candidates.length === 0)
        return { windows, judgement };
    const repo = (0,git/* openRepository */.h_)(top);
    // One listing of the family roots holding signatures (a signature lives at {root}/{window}/{name}).
    const roots = [...new Set(candidates.map((c) => c.sigPath.split('/').slice(0, -2).join('/')))].filter((r) => r !== '');
    const listed = await listingFor(repo, top, commit, roots);
    const oids = new Map(listed.map((f) => [f.path, f.oid]));
    const withToken = candidates.filter((c) => oids.has(c.tsrPath));
    const failed = new Map();
    const fail = (c, d) => failed.set(subjectOf(c), [...(failed.get(subjectOf(c)) ?? []), d]);
    if (keyring.tsa?.requireToken)
        await requireTokens(repo, chain, candidates, oids, fail);
    if (withToken.length > 0) {
        judgement.tokens = withToken.length;
        const blobs = await repo.readBlobs(withToken.flatMap((c) => [oids.get(c.tsrPath), oids.get(c.sigPath)].filter((o) => o !== undefined)));
        for (const c of withToken) {
            const token = blobs.get(oids.get(c.tsrPath));
            if (!keyring.tsa) {
                added.push(defect('TIMESTAMP_UNPINNED', c, c.tsrPath, `${c.tsrPath} is a timestamp token, but the trust root in force pins no TSA certificate: it is not checked and proves nothing; the signer's claim (${c.rev.signed_at_utc ?? 'unknown'}) is used`));
                continue;
            }
            const sigOid = oids.get(c.sigPath);
            const envelope = sigOid ? blobs.get(sigOid) : undefined;
            const d = await judgeToken(c, token, envelope, keyring);
            if (d)
                fail(c, d);
            else
                judgement.verified++;
        }
    }
    if (failed.size === 0)
        return { windows, judgement };
    for (const ds of failed.values())
        added.push(...ds);
    const out = windows.map((w) => {
        if (!w.revisions.some((r) => failed.has(`${w.series}@${r.revision}`)))
            return w;
        return { ...w, ok: false, revisions: w.revisions.map((r) => (failed.has(`${w.series}@${r.revision}`) ? { ...r, ok: false } : r)) };
    });
    return { windows: out, judgement };
}
/** A token's verdict: null when it verifies and the stamped key was valid and unrevoked at genTime. */
async function judgeToken(c, token, envelope, keyring) {
    const parsed = envelope ? (0,dsse/* parseEnvelope */.mE)(envelope) : undefined;
    const first = parsed?.ok ? parsed.envelope.signatures[0] : undefined;
    const sigBytes = first ? (0,dsse/* decodeBase64 */.y4)(first.sig) : undefined;
    if (!parsed?.ok || !sigBytes)
        return null; // the unreadable envelope is the family's own finding
    const claimed = c.rev.signed_at_utc === null ? NaN : Date.parse(c.rev.signed_at_utc);
    const time = await signatureTime(sigBytes, token, keyring.tsa.pinned, Number.isFinite(claimed) ? claimed : Number.NEGATIVE_INFINITY);
    if (!time.ok)
        return defect(time.code, c, c.tsrPath, `${c.tsrPath}: ${time.message}; the token does not vouch for ${c.sigPath}, so its signature fails`);
    if (time.source !== 'tsa')
        return null;
    // The key that made the stamped signature: the one it verifies under, never the envelope's keyid hint.
    const message = (0,dsse/* pae */.Zg)(parsed.envelope.payloadType, parsed.payload);
    const key = keyring.keys.find((k) => verifies(k, message, sigBytes));
    if (!key)
        return null; // no trusted key made it: the family's KEY_UNKNOWN / SIGNATURE_INVALID
    const at = time.at;
    const revoked = keyring.revocations.find((r) => r.keyId === key.keyId && at >= r.at);
    if (revoked) {
        return defect('KEY_REVOKED', c, c.sigPath, `signed by the key of '${key.signerId}' (${key.keyId.slice(0, 16)}), revoked at ${(0,util_time/* formatUtc */.ay)(revoked.at)}${revoked.reason ? ` (${revoked.reason})` : ''}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after the revocation, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`);
    }
    if (at >= key.validUntil) {
        return defect('TIMESTAMP_KEY_EXPIRED', c, c.sigPath, `the key of '${key.signerId}' (${key.keyId.slice(0, 16)}) is valid until ${(0,util_time/* formatUtc */.ay)(key.validUntil)}; the TSA stamped the signature at ${time.token.genTimeText} (${c.tsrPath}), after it expired, whatever its signed_at_utc (${c.rev.signed_at_utc ?? 'unknown'}) says`);
    }
    return null;
}
function verifies(key, message, sig) {
    try {
        return (0,external_node_crypto_.verify)(null, message, key.key, sig);
    }
    catch {
        return false;
    }
}
/** TIMESTAMP_MISSING for signed revisions without a token, published under a revision that requires one. */
async function requireTokens(repo, chain, candidates, oids, fail) {
    // The commit that first published a trusted revision requiring tokens: what descends from it is under the rule.
    const since = chain.revisions.find((r) => r.trusted && r.doc?.tsa?.require_token === true && r.publishedIn !== undefined)?.publishedIn;
    if (since === undefined)
        return;
    for (const c of candidates) {
        if (oids.has(c.tsrPath) || !oids.has(c.sigPath) || c.rev.published_in === null)
            continue;
        if (!(await repo.isAncestor(since, c.rev.published_in)))
            continue;
        fail(c, defect('TIMESTAMP_MISSING', c, c.sigPath, `${c.sigPath} has no timestamp token (${c.tsrPath}); the trust root requires one for every signature published since ${since.slice(0, 12)}`));
    }
}
function subjectOf(c) {
    return `${c.w.series}@${c.rev.revision}`;
}
function defect(code, c, file, detail) {
    const blocking = code !== 'TIMESTAMP_UNPINNED';
    return {
        subject: subjectOf(c),
        defect_code: code,
        severity: blocking ? 'blocking' : 'warning',
        owner_role: 'repository-admin',
        required_action: blocking
            ? 're-sign the window with a key in force and export a new revision with a token from the pinned TSA; investigate who published this signature'
            : 'pin the TSA certificate in the trust root (trust draft --tsa-cert) so tokens are checked, or stop configuring a TSA URL',
        release_window_id: c.w.release_window_id,
        file,
        line: null,
        field: code === 'TIMESTAMP_MISSING' || code === 'TIMESTAMP_UNPINNED' ? 'timestamp' : 'signer',
        detail
    };
}


/***/ }),

/***/ 493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTrustLine),
/* harmony export */   d: () => (/* binding */ applyTrust)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9692);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6581);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8483);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6599);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2349);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2200);
/* harmony import */ var _keyring_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4663);
/* harmony import */ var _timestamps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3132);
/* harmony import */ var _pin_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9021);










function tsaSummary(chain) {
    const tsa = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .tsaOfChain */ .He)(chain);
    return tsa ? { subject: tsa.pinned.cert.subject.replace(/\n/g, ', '), sha256: tsa.pinned.sha256, require_token: tsa.requireToken } : null;
}
async function applyTrust(settings, result) {
    const pin = await (0,_pin_js__WEBPACK_IMPORTED_MODULE_8__/* .requirePin */ .rC)(settings, 'verify');
    const top = (0,_pin_js__WEBPACK_IMPORTED_MODULE_8__/* .knownRepo */ .Eh)(settings)?.top ?? (await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_1__/* .repoTopLevel */ .MS)(settings.workspace));
    const chain = await (0,_chain_js__WEBPACK_IMPORTED_MODULE_3__/* .readChain */ .U)(top, result.headOid, pin, settings.now);
    const added = [];
    if (chain.rootProblem && !result.defects.some((d) => d.defect_code === chain.rootProblem.code)) {
        added.push(defect(chain.rootProblem.code, { subject: 'trust-root', window: 'root', file: chain.rootProblem.code === 'TRUST_ROOT_MISSING' ? '' : 'trust/root/root-r001.sig', field: '', detail: chain.rootProblem.detail }));
    }
    const revoked = await markRevoked(top, chain, result.windows, added);
    // Trusted time: tokens beside signatures, judged against the TSA the trust root pins (timestamps.ts).
    const stamped = [];
    const { windows, judgement } = await (0,_timestamps_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeTimestamps */ .j)(top, chain, (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .keyringOfChain */ .YZ)(chain), revoked, stamped);
    const known = new Set(added.map((d) => `${d.defect_code}\0${d.subject}`));
    added.push(...stamped.filter((d) => !known.has(`${d.defect_code}\0${d.subject}`)));
    const defects = [...result.defects, ...added];
    const summary = {
        pinned: true,
        pin,
        revision: chain.inForce ? (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(chain.inForce.revision) : null,
        keyring: chain.inForce ? `${chain.inForce.paths.packet} (trust root ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRevision */ .T)(chain.inForce.revision)}, pinned)` : 'none: no trust-root revision verifies from the pin',
        timestamps: { tsa: tsaSummary(chain), tokens: judgement.tokens, verified: judgement.verified }
    };
    return { ...result, windows, defects, blocking: defects.filter((d) => d.severity === 'blocking').length, trust: summary };
}
async function markRevoked(top, chain, windows, added) {
    const keyring = (0,_keyring_js__WEBPACK_IMPORTED_MODULE_6__/* .keyringOfChain */ .YZ)(chain);
    if (keyring.revocations.length === 0)
        return windows;
    const revokedSigners = new Set(keyring.revocations.map((r) => r.signerId));
    // The commit that first published each revocation: the first trusted revision that carries it.
    const revokedIn = new Map();
    for (const r of chain.revisions) {
        if (!r.trusted || !r.doc || !r.publishedIn)
            continue;
        for (const k of r.doc.keys) {
            if (k.revoked_at_utc === undefined)
                continue;
            const key = keyring.keys.find((t) => t.publicKeyBase64 === k.public_key);
            if (key && !revokedIn.has(key.keyId))
                revokedIn.set(key.keyId, r.publishedIn);
        }
    }
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const out = [];
    for (const w of windows) {
        let changed = false;
        const revisions = [];
        for (const rev of w.revisions) {
            const path = rev.files.packet;
            if (rev.signer_id === null || !revokedSigners.has(rev.signer_id) || path === null || path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .TRUST_FAMILY */ .UW.root}/`) || rev.published_in === null || chain.commit === null) {
                revisions.push(rev);
                continue;
            }
            const keyIds = await signingKeyIds(repo, chain.commit, path);
            let hit;
            for (const r of keyring.revocations) {
                if (!keyIds.includes(r.keyId))
                    continue;
                const publishedAt = rev.published_at_utc === null ? NaN : Date.parse(rev.published_at_utc);
                const byTime = publishedAt >= r.at;
                const since = revokedIn.get(r.keyId);
                const byHistory = since !== undefined && (await repo.isAncestor(since, rev.published_in));
                if (!byTime && !byHistory)
                    continue;
                const why = byTime ? `its publishing commit ${rev.published_in.slice(0, 12)} is dated ${rev.published_at_utc}` : `its publishing commit ${rev.published_in.slice(0, 12)} descends from ${since.slice(0, 12)}, which published the revocation`;
                hit = `signed by the key of '${r.signerId}' (${r.keyId.slice(0, 16)}), revoked at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(r.at)}${r.reason ? ` (${r.reason})` : ''}; ${why}, so it was published after the revocation whatever its signed_at_utc (${rev.signed_at_utc ?? 'unknown'}) says`;
                break;
            }
            if (hit === undefined) {
                revisions.push(rev);
                continue;
            }
            added.push(defect('KEY_REVOKED', { subject: `${w.series}@${rev.revision}`, window: w.release_window_id, file: path, field: 'signer', detail: hit }));
            revisions.push({ ...rev, ok: false });
            changed = true;
        }
        out.push(changed ? { ...w, revisions, ok: false } : w);
    }
    return out;
}
/** The key ids a stored document names as its signer(s), from its committed .json. */
async function signingKeyIds(repo, commit, path) {
    try {
        const doc = JSON.parse((await repo.readFileAt(commit, path)).toString('utf8'));
        const blocks = [doc.signer, ...(Array.isArray(doc.signers) ? doc.signers : [])];
        return blocks.flatMap((b) => (b && typeof b.key_id === 'string' ? [b.key_id] : []));
    }
    catch {
        return [];
    }
}
function defect(code, at) {
    const info = _codes_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUST_CODES */ .w[code];
    return {
        subject: at.subject,
        defect_code: code,
        severity: info.severity,
        owner_role: 'repository-admin',
        required_action: code === 'KEY_REVOKED' ? 're-sign the window with a key in force and export a new revision; investigate who published with the revoked key' : 'restore the trust root from a trusted copy; check the pin',
        release_window_id: at.window,
        file: at.file,
        line: null,
        field: at.field,
        detail: at.detail
    };
}
/** One line for verify's text report. */
function renderTrustLine(t) {
    if (!t)
        return undefined;
    const ts = t.timestamps;
    const time = ts.tsa
        ? `; trusted time: TSA ${ts.tsa.subject} (sha256:${ts.tsa.sha256.slice(0, 16)}...)${ts.tsa.require_token ? ', tokens required' : ''}, ${ts.verified} of ${ts.tokens} token(s) verified`
        : ts.tokens > 0
            ? `; trusted time: no TSA pinned, ${ts.tokens} token(s) not checked`
            : '';
    return `Trust root: pinned sha256:${t.pin.slice(0, 16)}..., in force ${t.revision ?? 'none'}; keyring ${t.keyring}${time}`;
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
