export const id = 2812;
export const ids = [2812];
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


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STRATEGY_VIEWS: () => (/* binding */ STRATEGY_VIEWS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _family_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4192);




// The page GitHub shows under strategy-approval/{window}/, shared by the four families that keep
// their files there (family.ts): per exception cluster, the latest packet's summary, the decisions
// signed on it, its outcome reviews and divergence records, and the chain of packet revisions,
// each with links to its files. Rendered from the documents' own bytes only: whether the decisions
// make a revision approved under the policy is for `strategy status` and verify to say, so the
// page lists the decisions and does not judge them (view version 1; see src/store/view.ts).
function renderV1(input) {
    const out = [`# Strategy approval: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(input.window)}`, '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .viewNotice */ .gX)('strategy-approval packets, decisions, outcome reviews and divergence records'), ''];
    const related = (name) => input.related?.find((r) => r.family === name)?.revisions ?? [];
    const decisions = related(_family_names_js__WEBPACK_IMPORTED_MODULE_3__/* .STRATEGY_FAMILY_NAMES */ .a.signoff);
    const outcomes = related(_family_names_js__WEBPACK_IMPORTED_MODULE_3__/* .STRATEGY_FAMILY_NAMES */ .a.outcome);
    const divergences = related(_family_names_js__WEBPACK_IMPORTED_MODULE_3__/* .STRATEGY_FAMILY_NAMES */ .a.divergence);
    const clusters = [...new Set(input.revisions.map((r) => r.key ?? ''))];
    if (clusters.length === 0)
        return [...out, 'No strategy-approval packet is published in this folder.', ''].join('\n');
    for (const cluster of clusters) {
        const chain = input.revisions.filter((r) => (r.key ?? '') === cluster);
        const latest = chain[chain.length - 1];
        const doc = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)(latest.packet);
        // a decision's series is {cluster}-rNNN-{signer}; a review's and a divergence's {cluster}-rNNN
        const about = (r, rev) => r.key === `${cluster}-${rev}` || (r.key ?? '').startsWith(`${cluster}-${rev}-`);
        out.push(`## Cluster ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cluster)}: latest revision ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(latest.label)}`, '');
        if (doc === null)
            out.push(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(latest.files.packet)} is not a readable JSON object.`, '');
        else
            out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFields */ .xY)(summary(doc, latest, decisions.filter((d) => about(d, latest.label)))), '');
        out.push(`### Decisions signed on ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(latest.label)}`, '');
        const mine = decisions.filter((d) => about(d, latest.label));
        out.push(mine.length === 0 ? 'None yet.' : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(['signer', 'class', 'decision', 'recommendation', 'signed at', 'files'], mine.map(decisionRow)), '');
        const reviews = outcomes.filter((o) => chain.some((c) => about(o, c.label)));
        const raised = divergences.filter((d) => chain.some((c) => about(d, c.label)));
        if (reviews.length + raised.length > 0) {
            out.push('### Outcome', '');
            if (reviews.length > 0)
                out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(['review', 'of revision', 'status', 'convergence (h)', 'regression events', 'reviewed at', 'files'], reviews.map(reviewRow)), '');
            if (raised.length > 0)
                out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(['divergence', 'of revision', 'triggers', 'required policy update', 'raised at', 'files'], raised.map(divergenceRow)), '');
        }
        out.push(`### Revisions of ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cluster)}`, '', 'Newest first. Each revision names the sha256 of the packet it supersedes.', '');
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdTable */ .gJ)(['revision', 'signed at', 'signer', 'lane', 'supersedes', 'packet sha256', 'files'], [...chain].reverse().map(chainRow)), '');
    }
    return out.join('\n');
}
function summary(doc, r, decisions) {
    const roster = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(doc, 'signer_roster');
    const required = roster.filter((e) => typeof e === 'object' && e !== null && e.required === true).length;
    const sup = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'supersedes', 'revision');
    return [
        ['Decisions', `${decisions.length} signed on this revision (${counts(decisions)}); the roster names ${roster.length} signer(s), ${required} required`],
        ['Packet', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'strategy_packet_id'))],
        ['Lane', `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'selected_lane_id'))} / ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'selected_mitigation_option_id'))}`],
        ['Confidence', `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'confidence_class'))}, risk ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'risk_overlay'))}, tier ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'coverage_tier'))}, fallback ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'fallback_label'))}`],
        ['Signer', signer(doc)],
        ['Signed at', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'signer', 'signed_at_utc'))],
        ['Policy', `sha256 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'policy_sha256'))}`],
        ['Supersedes', sup === '' ? 'nothing (first revision)' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)(sup)} (packet sha256 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'supersedes', 'packet_sha256'))})`],
        ['Packet sha256', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDigest */ .aE)(sha256(r.packet))],
        ['Files', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFileLinks */ .nE)(r.files)]
    ];
}
function counts(decisions) {
    const by = new Map();
    for (const d of decisions) {
        const what = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)(d.packet), 'decision') || 'unreadable';
        by.set(what, (by.get(what) ?? 0) + 1);
    }
    return by.size === 0 ? 'none' : [...by].sort().map(([k, n]) => `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)(k)} ${n}`).join(', ');
}
function signer(doc) {
    const id = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'signer', 'signer_id');
    if (id === '')
        return '';
    return `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)(id)} (role ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'signer', 'role'))}, key ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(doc, 'signer', 'key_id'))})`;
}
function decisionRow(r) {
    const d = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)(r.packet);
    return [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'signer', 'signer_id')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'signer_class')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'decision')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'recommendation')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'signer', 'signed_at_utc')), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFileLinks */ .nE)(r.files)];
}
function reviewRow(r) {
    const d = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)(r.packet);
    return [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(r.label), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'packet_revision')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'actual_outcome_status')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'actual_convergence_hours')), String((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(d, 'observed_regression_events').length), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'outcome_review_timestamp_utc')), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFileLinks */ .nE)(r.files)];
}
function divergenceRow(r) {
    const d = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)(r.packet);
    const triggers = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(d, 'triggers').map((t) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(t, 'trigger'))).join(', ');
    return [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'strategy_divergence_incident_id')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'affected_revision')), triggers, (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'required_policy_update_action'), 200), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'raised_at_utc')), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFileLinks */ .nE)(r.files)];
}
function chainRow(r) {
    const d = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)(r.packet);
    const sup = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'supersedes', 'revision');
    return [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(r.label), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'signer', 'signed_at_utc')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'signer', 'signer_id')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'selected_lane_id')), sup === '' ? 'first' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)(sup)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(d, 'supersedes', 'packet_sha256'))}`, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdDigest */ .aE)(sha256(r.packet)), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mdFileLinks */ .nE)(r.files)];
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
const STRATEGY_VIEWS = { version: 1, renderers: { 1: renderV1 } };


/***/ })

};
