export const id = 291;
export const ids = [291,365];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ toCsv)
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
    let out = `${header.map(quote).join(',')}\n`;
    for (const row of rows) {
        let line = '';
        for (let i = 0; i < row.length; i++)
            line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`;
        out += `${line}\n`;
    }
    return out;
}


/***/ }),

/***/ 3365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    const header = [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail'];
    return (0,_csv_write_js__WEBPACK_IMPORTED_MODULE_0__/* .toCsv */ .g)(header, sortDefects(defects).map((d) => [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail]));
}
function countByCode(defects) {
    const m = new Map();
    for (const d of defects)
        m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1);
    return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));
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
    return truncate(text, max);
}
/**
 * Text for a log line: control characters shown as \xNN, so the line cannot be split, and a
 * leading `::` cannot be read as a workflow command even when the text opens the line.
 */
function logText(text) {
    // eslint-disable-next-line no-control-regex -- escapes the control characters that would split the log line
    const oneLine = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
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
 * characters are dropped, so a cell, list item or heading cannot end early. Entities render as
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
    return (text
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

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ outcomesAt)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9062);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2405);



// Reading the outcome reviews of a window for the panel (verify proves they were never rewritten).
/** The outcome reviews at HEAD of a window, verified, by packet series key (`{cluster}-rNNN`). */
async function outcomesAt(top, window, trust, now) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const head = await repo.headOid();
    const out = new Map();
    if (head === null)
        return out;
    const files = await repo.listTree(head, `${_family_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOME_FAMILY */ .WM.root}/${window}`);
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const jsons = files.filter((f) => f.path.endsWith('.json')).sort((a, b) => (a.path < b.path ? -1 : 1));
    const blobs = await repo.readBlobs(files.map((f) => f.oid));
    for (const f of jsons) {
        const sigOid = byPath.get(f.path.replace(/\.json$/, '.sig'));
        if (!sigOid)
            continue;
        const v = (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyDocument */ .kR)(_family_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTCOME_PAYLOAD_KIND */ .p8, blobs.get(f.oid), blobs.get(sigOid), trust.keyring, now);
        if (!v.ok)
            continue;
        const o = v.doc;
        out.set(`${o.exception_cluster_id}-${o.packet_revision}`, o);
    }
    return out;
}


/***/ }),

/***/ 6483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ seriesPasses),
/* harmony export */   Ur: () => (/* binding */ evidenceCompleteness),
/* harmony export */   bj: () => (/* binding */ statusJson)
/* harmony export */ });
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3029);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9935);


// What the strategy-approval panel shows (text: render.ts; --json: statusJson).
/** A series passes when its latest revision is approved and history has no blocking finding. */
function seriesPasses(s) {
    const latest = s.revisions.at(-1);
    return latest?.state === 'approved' && !s.findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_0__/* .isBlocking */ .Us) && !latest.findings.some(_packet_js__WEBPACK_IMPORTED_MODULE_0__/* .isBlocking */ .Us);
}
function statusJson(s, outcomes = new Map()) {
    return {
        strategy_packet_id: s.strategy_packet_id,
        exception_cluster_id: s.exception_cluster_id,
        passed: seriesPasses(s),
        revisions: s.revisions.map((r) => ({
            revision: r.revision,
            path: r.packet_path,
            state: r.state,
            published_utc: r.published_utc,
            approved_utc: r.approved_utc,
            packet_sha256: r.packet?.packet_sha256 ?? null,
            selected_lane_id: r.packet?.selected_lane_id ?? null,
            confidence_class: r.packet?.confidence_class ?? null,
            coverage_tier: r.packet?.coverage_tier ?? null,
            roster: r.roster,
            missing_classes: r.missing_classes,
            evidence: evidenceCompleteness(r.packet),
            outcome: outcomes.get(`${s.exception_cluster_id}-${r.revision}`) ?? null,
            findings: r.findings
        })),
        timeline: s.timeline,
        findings: s.findings
    };
}
function evidenceCompleteness(p) {
    const b = p?.evidence_bundle;
    const cited = _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .EVIDENCE_KINDS */ .At.filter((k) => b?.[k] && /^[0-9a-f]{64}$/.test(String(b[k].sha256)));
    return { cited, missing: _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .EVIDENCE_KINDS */ .At.filter((k) => !cited.includes(k)), closure_packet: Boolean(b?.closure_packet), ledger_gate: Boolean(b?.ledger_gate) };
}


/***/ }),

/***/ 7085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ renderStatus)
/* harmony export */ });
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6483);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3029);


// The strategy-approval panel (seed step 10) as text: one block per exception cluster.
function renderStatus(window, series, outcomes = new Map()) {
    if (series.length === 0)
        return `strategy-approval ${window}: no packet published\n`;
    const out = [];
    for (const s of series) {
        const latest = s.revisions.at(-1);
        const p = latest?.packet;
        out.push(`${s.strategy_packet_id ?? s.exception_cluster_id} ${latest?.revision ?? ''}: ${latest?.state ?? 'none'}${(0,_panel_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesPasses */ .Nu)(s) ? '' : ' (FAIL)'}`);
        if (p) {
            out.push(`  lane        ${p.selected_lane_id} / ${p.selected_mitigation_option_id}`);
            out.push(`  confidence  ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier}, fallback ${p.fallback_label}`);
            const e = (0,_panel_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceCompleteness */ .Ur)(p);
            out.push(`  evidence    ${e.cited.length}/${e.cited.length + e.missing.length} cited${e.missing.length ? ` (missing ${e.missing.join(', ')})` : ''}; closure packet ${e.closure_packet ? 'cited' : 'not cited'}; ledger gate ${e.ledger_gate ? 'cited' : 'not cited'}`);
        }
        if (latest) {
            out.push('  roster');
            for (const r of latest.roster) {
                const what = r.decision ? `${r.decision} (${r.recommendation}) ${r.signed_at_utc}${r.decision === 'approve' && !r.counted ? ' NOT COUNTED' : ''}` : r.required ? 'MISSING' : '-';
                out.push(`    ${r.signer_id.padEnd(28)} ${r.class.padEnd(26)} ${r.required ? 'required' : 'optional'}  ${what}`);
            }
            if (latest.missing_classes.length > 0)
                out.push(`  missing     ${latest.missing_classes.join(', ')}`);
        }
        for (const r of s.revisions) {
            const o = outcomes.get(`${s.exception_cluster_id}-${r.revision}`);
            if (o)
                out.push(`  outcome     ${r.revision}: ${o.actual_outcome_status}, ${o.actual_convergence_hours} h, ${o.observed_regression_events.length} regression event(s)${o.divergence ? `; DIVERGENCE ${o.divergence.strategy_divergence_incident_id}: ${o.divergence.required_policy_update_action}` : ''}`);
        }
        out.push('  timeline');
        for (const t of s.timeline)
            out.push(`    ${t.at_utc} ${t.revision} ${t.event} -> ${t.state}`);
        const findings = [...s.findings, ...(latest?.findings ?? [])];
        for (const f of findings)
            out.push(`  ${(0,_packet_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlocking */ .Us)(f) ? 'BLOCK' : 'warn '} ${f.code}: ${f.detail}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 4291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STRATEGY_DEFECTS_FILE: () => (/* binding */ STRATEGY_DEFECTS_FILE),
/* harmony export */   STRATEGY_REPORT_FILE: () => (/* binding */ STRATEGY_REPORT_FILE),
/* harmony export */   runStrategyStage: () => (/* binding */ runStrategyStage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3365);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1561);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4031);
/* harmony import */ var _store_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6581);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9077);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3719);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2405);
/* harmony import */ var _outcomes_read_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4665);
/* harmony import */ var _panel_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6483);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7085);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9176);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3167);















// The Action's `strategy` stage: the approval panel of every window in the store (what
// `strategy status` prints) in the job summary, each blocking finding of a latest revision as an
// annotated defect, and a failed step when a latest revision is not approved.
const STRATEGY_REPORT_FILE = 'strategy-status.json';
const STRATEGY_DEFECTS_FILE = 'strategy-defects.csv';
function defectOf(f, s, revision) {
    const info = _codes_js__WEBPACK_IMPORTED_MODULE_8__/* .STRATEGY_CODES */ .p[f.code];
    return {
        subject: `${s.strategy_packet_id ?? s.exception_cluster_id}@${revision}`,
        defect_code: f.code,
        severity: info?.severity ?? 'blocking',
        owner_role: 'strategy_owner',
        required_action: 'collect the missing decisions, or publish a corrected revision after a required signer rejects this one',
        release_window_id: s.release_window_id,
        file: f.file ?? s.revisions.find((r) => r.revision === revision)?.packet_path ?? '',
        line: null,
        field: f.field,
        detail: f.detail
    };
}
async function runStrategyStage(settings, ctx) {
    const top = await (0,_store_history_js__WEBPACK_IMPORTED_MODULE_6__/* .repoTopLevel */ .MS)(settings.workspace);
    const trust = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_14__/* .loadStrategyTrust */ .C)(settings);
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .openRepository */ .h_)(top);
    const head = await repo.headOid();
    const windows = head === null ? [] : (await repo.listFolder(head, _family_js__WEBPACK_IMPORTED_MODULE_9__/* .STRATEGY_FAMILY */ .bj.root)).filter((e) => e.type === 'tree').map((e) => e.path.slice(_family_js__WEBPACK_IMPORTED_MODULE_9__/* .STRATEGY_FAMILY */ .bj.root.length + 1)).filter(_store_layout_js__WEBPACK_IMPORTED_MODULE_7__/* .isCanonicalId */ ._I).sort();
    const panels = [];
    const json = [];
    const defects = [];
    let passed = true;
    for (const window of windows) {
        const series = (0,_state_js__WEBPACK_IMPORTED_MODULE_13__/* .finishStatus */ .Y)(await (0,_state_js__WEBPACK_IMPORTED_MODULE_13__/* .windowStatus */ .T)(top, window, trust, settings.now), trust);
        const outcomes = await (0,_outcomes_read_js__WEBPACK_IMPORTED_MODULE_10__/* .outcomesAt */ .h)(top, window, trust, settings.now);
        panels.push((0,_render_js__WEBPACK_IMPORTED_MODULE_12__/* .renderStatus */ .L)(window, series, outcomes));
        json.push({ release_window_id: window, series: series.map((s) => (0,_panel_js__WEBPACK_IMPORTED_MODULE_11__/* .statusJson */ .bj)(s, outcomes)) });
        for (const s of series) {
            passed &&= (0,_panel_js__WEBPACK_IMPORTED_MODULE_11__/* .seriesPasses */ .Nu)(s);
            const latest = s.revisions.at(-1);
            const rev = latest?.revision ?? '';
            for (const f of s.findings)
                defects.push(defectOf(f, s, rev));
            for (const f of latest?.findings ?? [])
                defects.push(defectOf(f, s, rev));
            if (latest?.state === 'rejected')
                defects.push(defectOf({ code: 'STRATEGY_REJECTED', field: 'signer_roster', detail: `${rev} was rejected by a required signer` }, s, rev));
        }
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(settings.outDir, { recursive: true });
    const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, STRATEGY_REPORT_FILE);
    const defectsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(settings.outDir, STRATEGY_DEFECTS_FILE);
    const sorted = (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .sortDefects */ .XJ)(defects);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportFile, `${JSON.stringify({ passed, windows: json }, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(defectsFile, (0,_findings_defect_js__WEBPACK_IMPORTED_MODULE_3__/* .defectsToCsv */ .c7)(sorted, 'subject'));
    const blocking = sorted.filter((d) => d.severity === 'blocking').length;
    const verdict = windows.length === 0 ? 'no packets' : passed ? '✅ approved' : '⛔ not approved';
    const report = {
        stage: 'strategy',
        subjectColumn: 'subject',
        defects: sorted,
        blocks: (d) => d.severity === 'blocking' && settings.mode !== 'observe',
        summaryHead: `## Strategy approval: ${verdict}\n\n${windows.length} window(s) with strategy-approval packets.\n\n${panels.length > 0 ? `<pre>\n${panels.map(_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC).join('\n')}</pre>\n\n` : ''}`,
        summaryTail: '',
        files: [reportFile, defectsFile],
        defectsFile
    };
    const fails = !passed && settings.mode !== 'observe';
    const outcome = fails ? { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.PolicyFailure, failure: `Strategy approval: ${blocking} blocking defect(s); a latest packet revision is not approved. See the job summary.` } : { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Pass };
    ctx.log.info(`Strategy approval: ${verdict} (${windows.length} windows, ${blocking} blocking defects)`);
    return { report, outputs: { 'strategy-approved': String(passed && windows.length > 0), 'strategy-report-file': reportFile }, outcome };
}


/***/ }),

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ windowStatus),
/* harmony export */   Y: () => (/* binding */ finishStatus)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1561);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8483);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6035);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3029);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2405);







/** Events under the window's folders of both families, oldest first, as first published. */
async function landedFiles(top, head, window) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const scans = await Promise.all([repo.scanHistory({ root: `${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj.root}/${window}`, until: head }), repo.scanHistory({ root: `${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNOFF_FAMILY */ .mj.root}/${window}`, until: head })]);
    const firsts = new Map();
    scans.forEach((s, scan) => {
        for (const e of s.events)
            if (e.status === 'A' && !firsts.has(e.path))
                firsts.set(e.path, { ...e, scan });
    });
    // Each scan is in parent-before-child order; merge the two by ancestry (time only for unrelated commits).
    const [one, two] = [0, 1].map((scan) => [...firsts.values()].filter((e) => e.scan === scan).sort((a, b) => a.order - b.order));
    const ordered = [];
    let i = 0;
    let j = 0;
    while (i < one.length || j < two.length) {
        const a = one[i];
        const b = two[j];
        if (!b)
            ordered.push(one[i++]);
        else if (!a)
            ordered.push(two[j++]);
        else if (a.commit === b.commit)
            ordered.push(one[i++]);
        else if (await repo.isAncestor(a.commit, b.commit))
            ordered.push(one[i++]);
        else if (await repo.isAncestor(b.commit, a.commit))
            ordered.push(two[j++]);
        else
            ordered.push(a.time <= b.time ? one[i++] : two[j++]);
    }
    return ordered.map((e) => ({ commit: e.commit, time: e.time, path: e.path, oid: e.newOid }));
}
/** Every series (exception cluster) of a window, with the state of each revision replayed from history. */
async function windowStatus(top, window, trust, now) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const head = await repo.headOid();
    if (head === null)
        return [];
    const landed = await landedFiles(top, head, window);
    const blobs = await repo.readBlobs(landed.map((l) => l.oid));
    const byPath = new Map(landed.map((l) => [l.path, l]));
    const bytes = (path) => {
        const l = byPath.get(path);
        return l ? blobs.get(l.oid) : undefined;
    };
    const series = new Map();
    const signoffs = new Map();
    const get = (cluster) => {
        let s = series.get(cluster);
        if (!s)
            series.set(cluster, (s = { release_window_id: window, exception_cluster_id: cluster, strategy_packet_id: null, revisions: [], timeline: [], findings: [] }));
        return s;
    };
    for (const l of landed) {
        if (l.path.startsWith(`${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj.root}/`)) {
            const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj, l.path);
            if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined)
                continue;
            const s = get(p.ref.key);
            const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .readPacket */ .di)(bytes(l.path), bytes(l.path.replace(/\.json$/, '.sig')), trust, now);
            const rev = (0,_util_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .formatRevision */ .T)(p.ref.revision);
            const at = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(l.time * 1000);
            if (read.packet && (read.packet.revision !== rev || read.packet.release_window_id !== window || read.packet.exception_cluster_id !== p.ref.key)) {
                read.findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'revision', detail: `the packet names ${read.packet.release_window_id}/${read.packet.exception_cluster_id} ${read.packet.revision}, not its path` });
                read.ok = false;
            }
            const before = s.revisions.at(-1);
            if (before && before.state === 'pending_signatures') {
                s.findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${rev} was published at ${at} while ${before.revision} was still pending_signatures; reject ${before.revision} first (a required signer's reject) or let it be approved`, file: l.path });
            }
            const state = read.ok ? 'pending_signatures' : 'incomplete_evidence';
            s.strategy_packet_id ??= read.packet?.strategy_packet_id ?? null;
            const roster = (read.packet?.signer_roster ?? []).map((r) => ({ ...r, decision: null, recommendation: null, signed_at_utc: null, counted: false }));
            s.revisions.push({ revision: rev, packet_path: l.path, commit: l.commit, published_utc: at, packet: read.packet, state, approved_utc: null, roster, missing_classes: [], findings: read.findings });
            s.timeline.push({ at_utc: at, commit: l.commit, revision: rev, event: read.ok ? 'published' : `published with blocking findings (${[...new Set(read.findings.filter(_packet_js__WEBPACK_IMPORTED_MODULE_4__/* .isBlocking */ .Us).map((f) => f.code))].join(', ')})`, state });
            continue;
        }
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNOFF_FAMILY */ .mj, l.path);
        if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined)
            continue;
        const m = /^(.+)-(r\d{3,})-([a-z0-9][a-z0-9-]*)$/.exec(p.ref.key);
        if (!m)
            continue;
        const [, cluster, rev, signerId] = m;
        const s = get(cluster);
        const r = s.revisions.find((x) => x.revision === rev);
        const at = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(l.time * 1000);
        const file = { name: l.path, json: bytes(l.path), sig: bytes(l.path.replace(/\.json$/, '.sig')) };
        if (!r || !r.packet) {
            s.findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${l.path} decides on ${rev}, which is not published before it`, file: l.path });
            continue;
        }
        const read = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .readSignoff */ .b3)(file, r.packet, trust, now);
        if (read.signoff && (0,_family_js__WEBPACK_IMPORTED_MODULE_5__/* .signoffKey */ .k5)(cluster, Number(rev.slice(1)), read.signoff.signer.signer_id) !== p.ref.key) {
            read.findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `${l.path} is signed by '${read.signoff.signer.signer_id}', not the signer its path names ('${signerId}')`, file: l.path });
        }
        applySignoff(s, r, read.signoff, read.findings, file, l, at, trust, now, signoffs);
    }
    return [...series.values()].sort((a, b) => (a.exception_cluster_id < b.exception_cluster_id ? -1 : 1));
}
function applySignoff(s, r, signoff, findings, file, l, at, trust, now, all) {
    const who = signoff?.signer.signer_id ?? '?';
    const entry = signoff ? r.roster.find((x) => x.signer_id === signoff.signer.signer_id) : undefined;
    if (entry && signoff && entry.decision === null) {
        entry.decision = signoff.decision;
        entry.recommendation = signoff.recommendation;
        entry.signed_at_utc = signoff.signer.signed_at_utc;
    }
    if (findings.length > 0 || !signoff) {
        r.findings.push(...findings);
        s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who}: decision not counted (${[...new Set(findings.map((f) => f.code))].join(', ')})`, state: r.state });
        return;
    }
    if (r.state !== 'pending_signatures') {
        s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} ${signoff.decision}s after the revision was ${r.state} (ignored)`, state: r.state });
        return;
    }
    if (signoff.decision === 'reject') {
        if (entry?.required) {
            r.state = 'rejected';
            s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}) rejects, recommends ${signoff.recommendation}`, state: r.state });
        }
        else
            s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}, not required) rejects: noted`, state: r.state });
        return;
    }
    const list = all.get(r.revision) ?? [];
    list.push({ landed: l, file });
    all.set(r.revision, list);
    const set = (0,_documents_js__WEBPACK_IMPORTED_MODULE_3__/* .countApprovals */ .wr)(list.map((x) => x.file), r.packet, trust, now);
    for (const x of r.roster)
        x.counted = set.valid.some((v) => v.signerId === x.signer_id);
    for (const inv of set.invalid)
        r.findings.push({ code: inv.code === 'SIGNATURE_DUPLICATE_KEY' ? 'STRATEGY_SIGNER_CONFLICT' : 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${inv.document}: ${inv.code}: ${inv.message}`, file: inv.document });
    r.missing_classes = set.roles.missing;
    s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}) approves, recommends ${signoff.recommendation}`, state: r.state });
    if (set.met) {
        r.state = 'approved';
        r.approved_utc = at;
        s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `coverage tier ${r.packet.coverage_tier} met by ${set.distinctSigners.map((d) => d.signerId).join(', ')}`, state: 'approved' });
        for (const older of s.revisions) {
            if (older !== r && older.state === 'approved') {
                older.state = 'superseded';
                s.timeline.push({ at_utc: at, commit: l.commit, revision: older.revision, event: `superseded by ${r.revision}`, state: 'superseded' });
            }
        }
    }
}
/** The roster's missing classes for a revision that is not approved (what `status` shows). */
function finishStatus(series, trust) {
    for (const s of series) {
        for (const r of s.revisions) {
            if (r.state !== 'pending_signatures' || !r.packet)
                continue;
            const tier = trust.policy.data.coverage_tiers[r.packet.coverage_tier];
            const covered = new Set(r.roster.filter((x) => x.counted).map((x) => x.class));
            r.missing_classes = (tier?.classes_required ?? []).filter((c) => !covered.has(c));
            const people = new Set(r.roster.filter((x) => x.counted).map((x) => x.signer_id)).size;
            const need = tier?.min_distinct_signers ?? 0;
            if (r.missing_classes.length > 0 || people < need) {
                r.findings.push({
                    code: 'STRATEGY_COVERAGE_UNMET',
                    field: 'signer_roster',
                    detail: `${r.revision} stays pending_signatures: ${r.missing_classes.length > 0 ? `no valid approval by ${r.missing_classes.join(', ')}` : ''}${r.missing_classes.length > 0 && people < need ? '; ' : ''}${people < need ? `${people} of ${need} distinct people approved` : ''} (tier ${r.packet.coverage_tier})`
                });
            }
        }
    }
    return series;
}


/***/ })

};
