export const id = 852;
export const ids = [852];
export const modules = {

/***/ 852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLOSURE_VIEWS: () => (/* binding */ CLOSURE_VIEWS)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);


// The page GitHub shows under closure-packets/{window}/: the latest packet's summary and status,
// the alarms it closes, and the chain of revisions with links to their files. Rendered only from
// the packets' own bytes (view version 1; a change to this rendering is a new version, see
// src/store/view.ts).
/** Rows of the latest packet shown on the page; the packet itself holds them all. */
const MAX_ROWS = 200;
function renderV1(input) {
    const out = [`# Closure packet: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(input.window)}`, '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .viewNotice */ .gX)('closure packets'), ''];
    const revisions = input.revisions;
    const latest = revisions[revisions.length - 1];
    if (!latest)
        return [...out, 'No revision is published in this folder.', ''].join('\n');
    const doc = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(latest.packet);
    out.push(`## Latest revision: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(latest.label)}`, '');
    if (doc === null)
        out.push(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(latest.files.packet)} is not a readable JSON object.`, '');
    else
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFields */ .xY)(summary(doc, latest)), '', ...alarms(doc, latest), '');
    out.push('## Revisions', '', 'Newest first. Each revision names the signature digest of the revision it supersedes.', '');
    out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdTable */ .gJ)(['revision', 'signed at', 'signer', 'alarms closed', 'left out', 'supersedes', 'signature digest', 'files'], [...revisions].reverse().map((r) => chainRow(r))), '');
    return out.join('\n');
}
function status(doc) {
    const leftOut = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'left_out', 'total');
    const rows = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'rows').length;
    if (leftOut === '')
        return 'unknown: the packet does not count the alarms it leaves out';
    if (leftOut === '0')
        return `**complete**: ${rows} alarms closed with a valid acknowledgment, none left out`;
    return `**incomplete**: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(leftOut)} alarms of the window left out, ${rows} closed`;
}
function summary(doc, r) {
    const rows = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'rows');
    const block = rows.filter((row) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'alarm_class') === 'block').length;
    const left = (k) => `${k.replace(/_/g, ' ')} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'left_out', k))}`;
    const sup = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'supersedes', 'revision');
    return [
        ['Status', status(doc)],
        ['Packet', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'packet_id'))],
        ['Alarms closed', `${rows.length} (block ${block}, page ${rows.length - block})`],
        ['Left out', `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'left_out', 'total'))} (${['unresolved', 'invalid_ack', 'evidence_unresolved', 'lineage_incomplete', 'timestamp_invalid'].map(left).join(', ')})`],
        ['Signer', signer(doc)],
        ['Signed at', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'signed_at_utc'))],
        ['Exported at', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'exported_at_utc'))],
        ['Schema', `v${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'schema', 'version'))} (policy sha256 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'schema', 'sha256'))})`],
        ['Ledger policy', `sha256 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'ledger_policy_sha256'))}`],
        ['Supersedes', sup === '' ? 'nothing (first revision)' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(sup)} (signature digest ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'supersedes', 'signature_digest'))})`],
        ['Signature digest', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signature_digest'))],
        ['Files', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFileLinks */ .nE)(r.files)]
    ];
}
function signer(doc) {
    const id = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'signer_id');
    if (id === '')
        return '';
    return `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(id)} (role ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'role'))}, key ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'key_id'))})`;
}
function alarms(doc, r) {
    const rows = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'rows');
    const out = [`### Alarms closed in ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.label)}`, ''];
    if (rows.length === 0)
        return [...out, 'None.'];
    const shown = rows.slice(0, MAX_ROWS).map((row) => [
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'alarm_id')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'alarm_class')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'closure_state')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'acknowledged_by')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'approver_lineage', 'ack_path')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'resolved_by')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'resolved_timestamp_utc')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'approver_lineage', 'final_approver')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(row, 'closure_evidence_id'))
    ]);
    out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdTable */ .gJ)(['alarm', 'class', 'closure state', 'acknowledged by', 'ack path', 'resolved by', 'resolved at', 'final approver', 'closure evidence'], shown));
    if (rows.length > MAX_ROWS)
        out.push('', `… and ${rows.length - MAX_ROWS} more rows in the packet.`);
    return out;
}
function chainRow(r) {
    const doc = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(r.packet);
    if (doc === null)
        return [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.label), 'unreadable', '', '', '', '', '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFileLinks */ .nE)(r.files)];
    const sup = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'supersedes', 'revision');
    return [
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.label),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'signed_at_utc')),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'signer_id')),
        String((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'rows').length),
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'left_out', 'total')),
        sup === '' ? '' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(sup)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'supersedes', 'signature_digest'))}`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signature_digest')),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFileLinks */ .nE)(r.files)
    ];
}
const CLOSURE_VIEWS = { version: 1, renderers: { 1: renderV1 } };


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

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   aE: () => (/* binding */ mdDigest),
/* harmony export */   gJ: () => (/* binding */ mdTable),
/* harmony export */   gX: () => (/* binding */ viewNotice),
/* harmony export */   lj: () => (/* binding */ parseObject),
/* harmony export */   nE: () => (/* binding */ mdFileLinks),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   xY: () => (/* binding */ mdFields)
/* harmony export */ });
/* unused harmony export mdLink */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

// Building blocks of the store's window pages (README.md under each window folder): tables whose
// cells are escaped text, relative links to files the tool itself named, and field reads that
// never throw on a document someone damaged. Every untrusted string goes through mdText/mdCell.
/** A GFM table; `rows` cells are markdown already escaped by the caller (mdCell, mdCode, mdLink). */
function mdTable(header, rows) {
    const line = (cells) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A two-column table of field and value (the value is markdown already). */
function mdFields(rows) {
    return mdTable(['field', 'value'], rows.map(([k, v]) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(k), v]));
}
const SAFE_TARGET = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/**
 * A relative link to a file next to the page (GitHub resolves it against the page's folder). The
 * target is a path the store composed from normalized ids; anything else is shown as text.
 */
function mdLink(label, target) {
    return SAFE_TARGET.test(target) && !target.split('/').includes('..') ? `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(label)}](${target})` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(label);
}
/** A sha256 digest, short: the first 16 hex digits in code. */
function mdDigest(digest) {
    if (digest === null || digest === '')
        return '';
    return /^[0-9a-f]{16,64}$/.test(digest) ? `\`${digest.slice(0, 16)}…\`` : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(digest, 80);
}
/** A field of a parsed document, as a string; '' when missing or not a string or number. */
function field(doc, ...path) {
    let at = doc;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, key))
            return '';
        at = at[key];
    }
    return typeof at === 'string' ? at : typeof at === 'number' && Number.isFinite(at) ? String(at) : '';
}
/** A field that should be a list: the list, or [] */
function list(doc, ...path) {
    let at = doc;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, key))
            return [];
        at = at[key];
    }
    return Array.isArray(at) ? at : [];
}
const parsed = new WeakMap();
/**
 * A JSON object, or null when the bytes are not one (a damaged file still renders, as unreadable).
 * Remembered per buffer: verify renders a window at every commit that wrote its page, from the
 * same packet buffers. Callers never modify the result.
 */
function parseObject(bytes) {
    let v = parsed.get(bytes);
    if (v === undefined)
        parsed.set(bytes, (v = parseUncached(bytes)));
    return v;
}
function parseUncached(bytes) {
    try {
        const v = JSON.parse(bytes.toString('utf8'));
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
    }
    catch {
        return null;
    }
}
/** Links to a revision's files (names relative to the page's folder; an absent file is left out). */
function mdFileLinks(files) {
    return [files.packet, files.signature, files.log]
        .filter((f) => f !== null)
        .map((f) => mdLink(f.slice(f.lastIndexOf('/') + 1), f))
        .join(' · ');
}
/** The paragraph under every window page's title: what the page is, and what it is not. */
function viewNotice(what) {
    return (`This page is generated from the signed ${what} in this folder and rewritten with every revision. ` +
        'It shows what they say and nothing more: whether their signatures hold is for `release-evidence verify` to say, ' +
        'and verify fails when this page is not exactly their rendering.');
}


/***/ })

};
