export const id = 9020;
export const ids = [9020,209,2406];
export const modules = {

/***/ 209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EDGE_TYPES: () => (/* binding */ EDGE_TYPES),
/* harmony export */   GRAPH_SCHEMA: () => (/* binding */ GRAPH_SCHEMA),
/* harmony export */   NODE_TYPES: () => (/* binding */ NODE_TYPES),
/* harmony export */   chainId: () => (/* binding */ chainId),
/* harmony export */   compareEdges: () => (/* binding */ compareEdges),
/* harmony export */   graphSha256: () => (/* binding */ graphSha256),
/* harmony export */   nodeId: () => (/* binding */ nodeId),
/* harmony export */   normalizeNodeId: () => (/* binding */ normalizeNodeId),
/* harmony export */   sortGraph: () => (/* binding */ sortGraph),
/* harmony export */   windowSubgraph: () => (/* binding */ windowSubgraph),
/* harmony export */   windowSubgraphs: () => (/* binding */ windowSubgraphs),
/* harmony export */   windowsOf: () => (/* binding */ windowsOf)
/* harmony export */ });
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4705);

// The lineage graph as data: typed nodes and typed edges, the schema the builder writes and the
// validator reads (a supplied graph too). The node and edge types are the contract: nothing adds
// a type outside this file. Output is deterministic: nodes sorted by id, edges by (type, from, to),
// keys sorted by the canonical JSON every hash is taken over.
const GRAPH_SCHEMA = 'release-evidence/lineage-graph/v1';
const NODE_TYPES = ['packet_revision', 'release_window', 'policy_version', 'signer_identity', 'legal_hold_state'];
/**
 * The seed's five edge types, `signer_transition` (its step 5), and the three that tie a strategy
 * approval, an outcome review and a divergence record to the packet revision they are about
 * (lesson 120's A8 and step 12).
 */
const EDGE_TYPES = ['supersedes', 'belongs_to_window', 'evaluated_under_policy', 'signed_by', 'hold_state_transition', 'signer_transition', 'approves', 'reviews', 'diverges_from'];
const nodeId = {
    revision: (chain, revision) => `rev:${chain}:r${String(revision).padStart(3, '0')}`,
    window: (window) => `window:${window}`,
    policy: (kind, sha256) => `policy:${kind}:${sha256}`,
    signer: (signerId) => `signer:${signerId}`,
    hold: (window, holdId, state) => `hold:${window}:${holdId}:${state}`
};
function chainId(family, window, key) {
    return key === null ? `${family}:${window}` : `${family}:${window}:${key}`;
}
/** Casing and separators are not identity: `RW_2026 A` and `rw-2026-a` are one id (the seed's step 2). */
function normalizeNodeId(id) {
    return id
        .split(':')
        .map((part) => part
        .trim()
        .toLowerCase()
        .replace(/[\s_.]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, ''))
        .join(':');
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareEdges(a, b) {
    return cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.at_utc ?? '', b.at_utc ?? '');
}
/** Nodes by id, edges by type, from, to: the order every writer and reader agrees on. */
function sortGraph(g) {
    return { ...g, nodes: [...g.nodes].sort((a, b) => cmp(a.id, b.id)), edges: [...g.edges].sort(compareEdges) };
}
/** The hash of what the graph says, without where it was built: two builds of the same lineage agree. */
function graphSha256(g) {
    return (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalSha256 */ .o4)({ nodes: g.nodes, edges: g.edges });
}
/**
 * One window's part of a graph: its window node, its revisions and hold states, every edge that
 * starts at one of them, and the policy and signer nodes those edges reach (with the signer
 * transitions at the window's revisions).
 */
function windowSubgraph(g, window) {
    return windowSubgraphs(g).get(window) ?? sortGraph({ ...g, nodes: [], edges: [] });
}
/** Every window's part in one pass over the graph (a build of 1,000 windows reads it once, not 1,000 times). */
function windowSubgraphs(g) {
    const ownerOf = new Map();
    const byId = new Map();
    const parts = new Map();
    const part = (w) => {
        let p = parts.get(w);
        if (!p)
            parts.set(w, (p = { own: [], edges: [], last: '' }));
        return p;
    };
    for (const n of g.nodes) {
        byId.set(n.id, n);
        if (n.type !== 'packet_revision' && n.type !== 'legal_hold_state' && n.type !== 'release_window')
            continue;
        ownerOf.set(n.id, n.release_window_id);
        const p = part(n.release_window_id);
        p.own.push(n);
        p.last = max(p.last, n.type === 'packet_revision' ? n.signed_at_utc : n.type === 'legal_hold_state' ? n.at_utc : '');
    }
    for (const e of g.edges) {
        const w = ownerOf.get(e.from) ?? (e.type === 'signer_transition' && e.revision !== undefined ? ownerOf.get(e.revision) : undefined);
        if (w !== undefined)
            part(w).edges.push(e);
    }
    const out = new Map();
    for (const [w, p] of parts) {
        const ids = new Set(p.own.map((n) => n.id));
        for (const e of p.edges)
            ids.add(e.from).add(e.to);
        // A policy version's end after the window's last event is later history, not the window's
        // lineage: shown open, so a policy change after the window leaves its snapshot unchanged.
        const last = p.last;
        const clip = (n) => n.type === 'policy_version' ? { ...n, in_force: n.in_force.filter((i) => i.from_utc <= last || last === '').map((i) => (i.until_utc !== null && i.until_utc > last ? { ...i, until_utc: null } : i)) } : n;
        const nodes = [...ids].flatMap((id) => {
            const n = byId.get(id);
            return n ? [clip(n)] : [];
        });
        out.set(w, sortGraph({ ...g, nodes, edges: p.edges }));
    }
    return out;
}
function max(a, b) {
    return b > a ? b : a;
}
/** The windows a graph has, sorted. */
function windowsOf(g) {
    return g.nodes.flatMap((n) => (n.type === 'release_window' ? [n.release_window_id] : [])).sort();
}


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderLineageMermaid: () => (/* binding */ renderLineageMermaid)
/* harmony export */ });
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(209);

// One window's lineage as a Mermaid flowchart (GitHub renders Mermaid in Markdown): for the job
// summary and for the per-window README views. Labels are reduced to a safe alphabet, so nothing
// in a packet can break out of the diagram.
function renderLineageMermaid(graph, window) {
    const g = (0,_graph_js__WEBPACK_IMPORTED_MODULE_0__.windowSubgraph)(graph, window);
    const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
    const lines = ['flowchart RL'];
    for (const n of g.nodes)
        lines.push(`  ${ids.get(n.id)}${shape(n)}`);
    for (const e of g.edges) {
        const a = ids.get(e.from);
        const b = ids.get(e.to);
        if (a === undefined || b === undefined)
            continue;
        lines.push(`  ${a} -->|${safe(e.type === 'hold_state_transition' ? (e.transition ?? 'hold') : e.type)}| ${b}`);
    }
    return `${lines.join('\n')}\n`;
}
function shape(n) {
    switch (n.type) {
        case 'packet_revision':
            return `["${safe(`${n.family} ${n.series_key ?? ''} r${String(n.revision).padStart(3, '0')}${n.is_latest ? ' latest' : ''}`)}"]`;
        case 'release_window':
            return `[["${safe(`window ${n.release_window_id}`)}"]]`;
        case 'policy_version':
            return `{{"${safe(`${n.kind} ${n.sha256.slice(0, 8)}`)}"}}`;
        case 'signer_identity':
            return `(["${safe(n.signer_id)}"])`;
        case 'legal_hold_state':
            return `>"${safe(`hold ${n.hold_id} ${n.state}`)}"]`;
    }
}
function safe(text) {
    return text.replace(/[^A-Za-z0-9 ._-]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}


/***/ }),

/***/ 9020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LINEAGE_VIEWS: () => (/* binding */ LINEAGE_VIEWS)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(209);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2406);




// The page GitHub shows under lineage-graphs/{window}/: the latest snapshot's summary (where it was
// built, what the validator found), the window's graph as a Mermaid diagram (GitHub renders it),
// its defects, and the chain of snapshots with links. Rendered from the snapshots' own bytes
// (view version 1; see src/store/view.ts): verify rebuilds each snapshot from history and this
// page from the snapshots, so the diagram can never show an edge history does not have.
function renderV1(input) {
    const out = [`# Lineage graph: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(input.window)}`, '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .viewNotice */ .gX)('lineage-graph snapshots'), ''];
    const revisions = input.revisions;
    const latest = revisions[revisions.length - 1];
    if (!latest)
        return [...out, 'No snapshot is published in this folder.', ''].join('\n');
    const doc = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(latest.packet);
    out.push(`## Latest snapshot: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(latest.label)}`, '');
    if (doc === null)
        out.push(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(latest.files.packet)} is not a readable JSON object.`, '');
    else {
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFields */ .xY)(summary(doc, latest)), '', '### Diagram', '', ...diagram(doc, input.window), '');
        const defects = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'validation', 'defects');
        out.push('### Defects found by the validator (G1-G6)', '');
        out.push(defects.length === 0 ? 'None.' : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdTable */ .gJ)(['severity', 'code', 'subject'], defects.map((d) => [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'severity')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'code')), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'subject'))])), '');
    }
    out.push('## Snapshots', '', 'Newest first. A snapshot is written when the window\'s lineage changed; each names the signature digest of the one it supersedes.', '');
    out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdTable */ .gJ)(['revision', 'store commit', 'nodes', 'edges', 'validation', 'supersedes', 'signature digest', 'files'], [...revisions].reverse().map(chainRow)), '');
    return out.join('\n');
}
function validation(doc) {
    const blocking = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'validation', 'blocking');
    if (blocking === '')
        return 'unknown: the snapshot records no validation';
    return blocking === '0' ? '**pass** (G1-G6, no blocking defect)' : `**fail**: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(blocking)} blocking defect(s)`;
}
function summary(doc, r) {
    const sup = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'supersedes', 'revision');
    return [
        ['Validation', validation(doc)],
        ['Snapshot', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'packet_id'))],
        ['Store commit', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'store_commit'))],
        ['Graph', `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'graph', 'nodes').length} nodes, ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'graph', 'edges').length} edges (sha256 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'graph_sha256'))})`],
        ['Retention index', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'source_index_sha256') === '' ? 'none (no retention policy)' : `sha256 ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'source_index_sha256'))}`],
        ['Schema', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'schema_version'))],
        ['Signer', `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'signer_id'))} (key ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'key_id'))})`],
        ['Signed at', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signer', 'signed_at_utc'))],
        ['Supersedes', sup === '' ? 'nothing (first snapshot)' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(sup)} (signature digest ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'supersedes', 'signature_digest'))})`],
        ['Signature digest', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'signature_digest'))],
        ['Files', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFileLinks */ .nE)(r.files)]
    ];
}
/** The Mermaid block; a graph someone damaged renders as a sentence saying so, never as a throw. */
function diagram(doc, window) {
    try {
        const graph = {
            schema_version: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'schema_version') || _graph_js__WEBPACK_IMPORTED_MODULE_2__.GRAPH_SCHEMA,
            store_commit: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(doc, 'store_commit'),
            source_index_sha256: null,
            nodes: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'graph', 'nodes'),
            edges: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(doc, 'graph', 'edges')
        };
        return ['```mermaid', (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_3__.renderLineageMermaid)(graph, window).trimEnd(), '```'];
    }
    catch {
        return ['The snapshot\'s graph is not one this release can draw.'];
    }
}
function chainRow(r) {
    const d = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .parseObject */ .lj)(r.packet);
    const sup = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'supersedes', 'revision');
    return [
        (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(r.label),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'store_commit')),
        String((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(d, 'graph', 'nodes').length),
        String((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(d, 'graph', 'edges').length),
        validation(d),
        sup === '' ? 'first' : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCell */ .cz)(sup)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'supersedes', 'signature_digest'))}`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdDigest */ .aE)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(d, 'signature_digest')),
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdFileLinks */ .nE)(r.files)
    ];
}
const LINEAGE_VIEWS = { version: 1, renderers: { 1: renderV1 } };


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


/***/ })

};
