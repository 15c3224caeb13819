export const id = 5201;
export const ids = [5201];
export const modules = {

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ESCALATION_COLUMNS: () => (/* binding */ ESCALATION_COLUMNS),
  REPORT_FILES: () => (/* binding */ REPORT_FILES),
  escalationsToCsv: () => (/* binding */ escalationsToCsv),
  resultSummary: () => (/* binding */ resultSummary),
  writeCannotEvaluate: () => (/* binding */ writeCannotEvaluate),
  writeLedgerReports: () => (/* binding */ writeLedgerReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/csv/write.ts
var write = __webpack_require__(1424);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/csv/write-file.ts



// A large report written as toCsv would write it, without ever holding all of it: at 1,000,000
// alarms defects.csv is about 65 MB, and building it as one string (then its bytes) beside the
// gate's result was the run's peak memory. Lines are gathered into chunks of about a megabyte,
// each hashed and written in turn, so the file's digest comes with it.
const CHUNK_CHARS = 1 << 20;
/**
 * Writes header + rows as CSV to `path` (a temp file, renamed into place once whole) and returns
 * the sha256 of the bytes written: the same bytes, and so the same digest, as toCsv's text.
 */
async function writeCsvFile(path, header, rows) {
    const tmp = `${path}.${process.pid}.tmp`;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const file = await (0,promises_.open)(tmp, 'w');
    try {
        const flush = async (text) => {
            const bytes = Buffer.from(text);
            hash.update(bytes);
            await file.write(bytes);
        };
        let chunk = (0,write/* csvHeader */.MY)(header);
        for (const row of rows) {
            chunk += (0,write/* csvLine */.zT)(row);
            if (chunk.length >= CHUNK_CHARS) {
                await flush(chunk);
                chunk = '';
            }
        }
        if (chunk.length > 0)
            await flush(chunk);
        await file.close();
    }
    catch (err) {
        await file.close().catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    await (0,promises_.rename)(tmp, path);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(3365);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/ledger/reports.ts







// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.
const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'];
function escalationsToCsv(result) {
    return (0,write/* toCsv */.gD)(ESCALATION_COLUMNS, result.escalations.map(escalationRow));
}
function escalationRow(e) {
    return [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail];
}
/**
 * The result without its bulky per-row parts: the headline, windows, counts, readback and
 * digests. `--json` adds the defect and escalation lists; ledger-gate.json names the CSVs that
 * hold them by digest instead, so it stays small at any ledger size.
 */
function resultSummary(result, lists = true) {
    return {
        decision: result.decision,
        mode: result.mode,
        failed: result.failed,
        now_utc: result.now_utc,
        policy: result.policy,
        inputs: result.inputs,
        counts: {
            ...result.counts,
            defects: result.defects.length,
            blocking_in_mode: result.blocking.length,
            escalations: result.escalations.length
        },
        windows: result.windows,
        defect_counts: Object.fromEntries((0,defect/* countByCode */.o3)(result.defects)),
        readback: result.readback,
        ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
    };
}
const REPORT_FILES = {
    defects: 'defects.csv',
    escalations: 'escalations.csv',
    summary: 'ledger-gate.json'
};
/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
async function writeLedgerReports(result, outDir) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const paths = {
        defects: (0,external_node_path_.join)(outDir, REPORT_FILES.defects),
        escalations: (0,external_node_path_.join)(outDir, REPORT_FILES.escalations),
        summary: (0,external_node_path_.join)(outDir, REPORT_FILES.summary)
    };
    // streamed, one row at a time, and hashed as written (csv/write-file.ts)
    const [defectsSha, escalationsSha] = await Promise.all([
        writeCsvFile(paths.defects, (0,defect/* defectCsvHeader */.TL)('alarm_id'), mapped((0,defect/* sortDefects */.XJ)(result.defects), defect/* defectCsvRow */.Qv)),
        writeCsvFile(paths.escalations, ESCALATION_COLUMNS, mapped(result.escalations, escalationRow))
    ]);
    const summary = {
        ...resultSummary(result, false),
        reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha }
    };
    await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
    return paths;
}
/**
 * A run that cannot evaluate must not leave an earlier run's verdict in the output directory
 * looking like this one's: the two CSVs are removed and ledger-gate.json is replaced by a report
 * that says the run could not evaluate, and why. Best effort: the error that stopped the run is
 * what the caller reports, so a directory that cannot be written changes nothing about it.
 */
async function writeCannotEvaluate(outDir, err, now) {
    const error = err instanceof errors/* UserError */.yo
        ? {
            code: err.code,
            message: err.headline,
            problems: err.problems.slice(0, 200)
        }
        : { code: 'INTERNAL', message: (0,errors/* describeError */.Uc)(err), problems: [] };
    const report = {
        decision: null,
        status: 'cannot-evaluate',
        exit_code: (0,errors/* exitCodeFor */.Rr)(err),
        now_utc: (0,time/* formatUtc */.ay)(now),
        error,
        note: 'The gate could not evaluate its inputs: no decision was made. defects.csv and escalations.csv of any earlier run were removed.'
    };
    try {
        await (0,promises_.mkdir)(outDir, { recursive: true });
        await Promise.all([(0,promises_.rm)((0,external_node_path_.join)(outDir, REPORT_FILES.defects), { force: true }), (0,promises_.rm)((0,external_node_path_.join)(outDir, REPORT_FILES.escalations), { force: true })]);
        await atomicWrite((0,external_node_path_.join)(outDir, REPORT_FILES.summary), `${JSON.stringify(report, null, 2)}\n`);
    }
    catch {
        // the run already fails with exit 2 for `err`; see above
    }
}
function* mapped(items, f) {
    for (const t of items)
        yield f(t);
}
async function atomicWrite(path, data) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, path);
    return path;
}


/***/ }),

/***/ 5201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateFor: () => (/* binding */ gateFor),
  reportGate: () => (/* binding */ reportGate),
  runLedgerStage: () => (/* binding */ runLedgerStage)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 22 modules
var ledger_gate = __webpack_require__(1814);
// EXTERNAL MODULE: ./src/ledger/reports.ts + 1 modules
var reports = __webpack_require__(9802);
// EXTERNAL MODULE: ./src/findings/codes.ts
var codes = __webpack_require__(7388);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(3365);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/summary.ts


// The job summary is what a reviewer reads first, so it leads with the decision and the readback
// and ends with the full defect table. GitHub refuses a step summary over 1 MiB (the upload fails
// with an error annotation and nothing is shown), so the only elastic part, the defect table, is
// cut to the bytes left over and says how many rows it cut and where they all are.
/** GitHub's per-step limit ("supports content up to a size of 1024k"). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What we allow ourselves: the limit less a margin for the runner's own framing. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;
/** Tables other than the defect table are capped by rows; their full data is in the outputs. */
const SECTION_ROW_CAP = 100;
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
function row(cells) {
    return `| ${cells.join(' | ')} |\n`;
}
function table(header, rows, cap = SECTION_ROW_CAP, what = 'rows') {
    const head = row(header) + row(header.map(() => '---'));
    const body = rows.slice(0, cap).map(row).join('');
    const more = rows.length > cap ? `\n_${rows.length - cap} more ${what} not shown._\n` : '';
    return `${head}${body}${more}`;
}
const CUT_NOTE_RESERVE = 600;
/** Every defect, most severe first, as long as the byte budget lasts; then a note counting the rest. */
function renderDefectTable(defects, opts) {
    const sorted = sortDefects([...defects]);
    const title = `### Defects (${sorted.length})\n\n`;
    if (sorted.length === 0)
        return { markdown: `${title}None.\n\n`, shown: 0, cut: 0 };
    const head = title +
        row([mdText(opts.subjectColumn), 'Code', 'Severity', 'Window', 'Location', 'Owner role', 'Required action', 'Detail']) +
        row(['---', '---', '---', '---', '---', '---', '---', '---']);
    let used = byteLength(head) + CUT_NOTE_RESERVE;
    const lines = [];
    for (const d of sorted) {
        const severity = opts.blocks(d) ? `**${d.severity}**` : d.severity;
        const line = row([mdCell(d.subject), mdCode(d.defect_code), severity, mdCell(d.release_window_id), locationCell(d, opts.link), mdCell(d.owner_role), mdCell(d.required_action), mdCell(d.detail)]);
        const size = byteLength(line);
        if (used + size > opts.maxBytes)
            break;
        used += size;
        lines.push(line);
    }
    const cut = sorted.length - lines.length;
    const where = opts.fullListAt.length > 0 ? ` Every defect is in ${opts.fullListAt.map(mdText).join(', ')}.` : '';
    const note = cut > 0 ? `\n> **${cut} of ${sorted.length} defects not shown here**: a job summary is limited to 1 MiB.${where}\n` : '';
    return { markdown: `${head}${lines.join('')}${note}\n`, shown: lines.length, cut };
}
function locationCell(d, link) {
    if (!d.file)
        return '';
    const text = mdCell(`${d.file}${d.line !== null ? `:${d.line}` : ''}`);
    const url = link?.(d.file, d.line);
    return url ? `[${text}](${url})` : text;
}
const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const COMMIT = /^[0-9a-f]{40}$/;
/**
 * Links a repository-relative location to that line of the file at a commit:
 * `{server}/{repo}/blob/{sha}/{path}#L{line}`. Undefined (plain text) when the server, repository or
 * commit is unknown or not well-formed, and for a path outside the repository; every path segment
 * is percent-encoded, parentheses too, so the link's destination cannot end early.
 */
function blobLinker(server, repository, sha) {
    const base = server.replace(/\/+$/, '');
    if (!SERVER.test(base) || !REPOSITORY.test(repository) || !COMMIT.test(sha))
        return undefined;
    return (file, line) => {
        const segments = file.split('/');
        if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..'))
            return undefined;
        const path = segments.map((s) => encodeURIComponent(s).replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
        return `${base}/${repository}/blob/${sha}/${path}${line !== null && line > 0 ? `#L${line}` : ''}`;
    };
}
/**
 * Fits sections, most important first, into a byte budget: a section past what is left is cut at
 * a line boundary (a table stays well formed, rows being lines) with a note; later sections get
 * what the earlier ones leave. The last resort behind every section's own caps.
 */
function fitSections(sections, budget) {
    const note = '\n_Cut here: a job summary is limited to 1 MiB; the report files hold everything._\n\n';
    const noteBytes = byteLength(note);
    let room = budget;
    let cut = 0;
    const out = [];
    for (const s of sections) {
        const size = byteLength(s);
        if (size <= room) {
            out.push(s);
            room -= size;
            continue;
        }
        cut++;
        if (room <= noteBytes)
            continue;
        const bytes = Buffer.from(s, 'utf8').subarray(0, room - noteBytes);
        const end = bytes.lastIndexOf(0x0a);
        const kept = end < 0 ? '' : bytes.subarray(0, end + 1).toString('utf8');
        out.push(kept + note);
        room -= byteLength(kept) + noteBytes;
    }
    return { markdown: out.join(''), cut };
}
/** Joins sections and fits the defect table into what the fixed sections leave of the budget. */
function composeSummary(fixedBefore, defects, fixedAfter, opts, budget = SUMMARY_BUDGET_BYTES) {
    const room = budget - byteLength(fixedBefore) - byteLength(fixedAfter);
    const t = renderDefectTable(defects, { ...opts, maxBytes: Math.max(0, room) });
    return { markdown: `${fixedBefore}${t.markdown}${fixedAfter}`, table: t };
}

// EXTERNAL MODULE: ./src/ledger/codes.ts
var ledger_codes = __webpack_require__(9151);
;// CONCATENATED MODULE: ./src/ledger/summary.ts






// The gate's part of the job summary: the decision and the readback lead, because they are what a
// reviewer reads first; the defect table that follows is the report's (src/report/summary.ts).
const MEANINGS = {
    ...codes/* INPUT_CODES */.i,
    ...ledger_codes/* LEDGER_CODES */.v
};
const DECISION_LABEL = {
    go: '✅ GO',
    'conditional-go': '🟡 CONDITIONAL GO',
    'no-go': '⛔ NO-GO'
};
/** Decision, windows (no-go first, each with its reasons and step-9 readback), counts by code and escalations: everything but defects. */
function renderGateSummary(gate) {
    const out = [];
    const observe = gate.mode === 'observe' ? ' (observe mode: report only, the step passes)' : '';
    const outcome = gate.failed ? 'the step fails' : 'the step passes';
    out.push(`## Acknowledgment ledger gate: ${DECISION_LABEL[gate.decision]}\n\n`);
    out.push(`Mode **${gate.mode}**${observe}; evaluated at ${(0,report_escape/* mdCode */.xs)(gate.now_utc)}; ` +
        `${gate.counts.alarms} alarms, ${gate.counts.ledger_rows} ledger rows, ${gate.counts.evidence_rows} evidence rows; ` +
        `${gate.counts.passed} alarms passed; ${gate.defects.length} defects, ${gate.blocking.length} blocking in this mode (${outcome}).\n\n`);
    out.push(`Policy ${(0,report_escape/* mdCode */.xs)(gate.policy.file)} sha256 ${(0,report_escape/* mdCode */.xs)(gate.policy.sha256)}\n\n`);
    if (gate.windows.length > 0) {
        const windows = byDecision(gate.windows);
        out.push('### Release windows\n\n');
        out.push(table(['Window', 'Decision', 'Alarms', 'Blocking', 'Warnings'], windows.map((w) => [(0,report_escape/* mdCell */.cz)(w.release_window_id), DECISION_LABEL[w.decision], String(w.alarms), String(w.blocking), String(w.warnings)]), SECTION_ROW_CAP, 'windows (ledger-gate.json lists them all)'));
        out.push('\n');
        out.push(renderWindows(gate, windows));
    }
    else {
        out.push('### Readback\n\nNo active alarms to read back.\n\n');
    }
    if (gate.defects.length > 0) {
        out.push('### Defects by code\n\n');
        const blockingByCode = (0,defect/* countByCode */.o3)(gate.defects.filter((0,annotations/* blockingPredicate */.$_)(gate.blocking)));
        out.push(table(['Code', 'Count', 'Blocking now', 'Meaning'], [...(0,defect/* countByCode */.o3)(gate.defects)].map(([code, n]) => [(0,report_escape/* mdCode */.xs)(code), String(n), String(blockingByCode.get(code) ?? 0), (0,report_escape/* mdCell */.cz)(MEANINGS[code]?.meaning ?? '')]), SECTION_ROW_CAP, 'codes'));
        out.push('\n');
    }
    if (gate.escalations.length > 0) {
        out.push('### Escalations\n\n');
        out.push(table(['Alarm', 'Window', 'Class', 'State', 'Route to', 'Role', 'No-go', 'Detail'], gate.escalations.map((e) => [
            (0,report_escape/* mdCell */.cz)(e.alarm_id),
            (0,report_escape/* mdCell */.cz)(e.release_window_id),
            e.alarm_class,
            (0,report_escape/* mdCell */.cz)(e.state),
            (0,report_escape/* mdCell */.cz)(e.route_to),
            (0,report_escape/* mdCell */.cz)(e.route_to_role),
            e.no_go ? 'yes' : 'no',
            (0,report_escape/* mdCell */.cz)(e.detail)
        ]), SECTION_ROW_CAP, 'escalations'));
        out.push('\n');
    }
    return out.join('');
}
/** No-go windows first, then conditional-go, then go; by id within each. */
function byDecision(windows) {
    return [...windows].sort((a, b) => RANK[a.decision] - RANK[b.decision] || (a.release_window_id < b.release_window_id ? -1 : a.release_window_id > b.release_window_id ? 1 : 0));
}
const RANK = {
    'no-go': 0,
    'conditional-go': 1,
    go: 2
};
/** Windows given a section of their own; the rest are in the windows table and ledger-gate.json. */
const WINDOW_SECTIONS = 20;
const REASONS_SHOWN = 10;
/** One section per window, no-go first: why it got its decision, then its readback (step 9). */
function renderWindows(gate, windows = byDecision(gate.windows)) {
    const readback = new Map();
    for (const r of gate.readback) {
        const list = readback.get(r.release_window_id);
        if (list)
            list.push(r);
        else
            readback.set(r.release_window_id, [r]);
    }
    const shown = windows.slice(0, WINDOW_SECTIONS);
    const more = windows.length - shown.length;
    return (shown.map((w) => renderWindow(w, readback.get(w.release_window_id) ?? [])).join('') +
        (more > 0
            ? `_${more} more window${more === 1 ? '' : 's'} (${windows.slice(WINDOW_SECTIONS).filter((w) => w.decision === 'no-go').length} no-go): their reasons and readback are in ledger-gate.json._\n\n`
            : ''));
}
function renderWindow(w, readback) {
    const reasons = w.reasons.slice(0, REASONS_SHOWN).map((r) => `- ${(0,report_escape/* mdCell */.cz)(r, 500)}\n`);
    const left = w.reasons.length - reasons.length;
    if (left > 0)
        reasons.push(`- _${left} more in ledger-gate.json_\n`);
    return `### Window ${(0,report_escape/* mdText */.bC)(w.release_window_id)}: ${DECISION_LABEL[w.decision]}\n\n${reasons.join('')}\n${renderReadback(readback)}`;
}
/** Lesson 113 step 9: a window's top three highest-risk alarms, read aloud before sign-off. */
function renderReadback(items) {
    if (items.length === 0)
        return '#### Readback\n\nNo active alarms to read back.\n\n';
    const rows = items.map((r) => [
        (0,report_escape/* mdCell */.cz)(r.alarm_id),
        r.alarm_class,
        (0,report_escape/* mdCell */.cz)(r.owner_role) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.acknowledged_by) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.ack_timestamp_utc) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.sla_deadline_utc) || '_unknown_',
        (0,report_escape/* mdCell */.cz)(r.closure_evidence) || '_none_',
        r.duplicate_keys ? '⚠️ yes' : 'no',
        r.unknowns.length > 0 ? `⚠️ ${(0,report_escape/* mdCell */.cz)(r.unknowns.join('; '))}` : 'none'
    ]);
    const unknown = items.some((r) => r.unknowns.length > 0);
    const note = unknown ? '\n**An item above is unknown: the readback marks the window no-go until it is fixed.**\n' : '';
    return `#### Readback: top ${items.length} highest-risk alarm${items.length === 1 ? '' : 's'}\n\n${table(['Alarm', 'Class', 'Owner role', 'Acknowledged by', 'Ack at (UTC)', 'SLA deadline (UTC)', 'Closure evidence', 'Duplicate keys', 'Unknowns'], rows)}${note}\n`;
}

;// CONCATENATED MODULE: ./src/ledger/stage.ts





// The ledger stage (lesson 113 step 8): run the gate, write the defect CSV, and hand the report its
// defects, summary and outputs. The decision comes from the gate; this file only says how it
// reaches the reviewer. The gate is left in the stage context for the stages after it.
const GATE = 'ledger.gate';
/** The gate this run already computed, or a silent run of it (the closure stage builds on it). */
async function gateFor(settings, ctx) {
    const known = ctx.shared.get(GATE);
    if (known)
        return known;
    const gate = await (0,ledger_gate.runLedgerGate)(settings);
    ctx.shared.set(GATE, gate);
    return gate;
}
/** Turns a gate result into the step's report, outputs and exit code; writes the gate's reports. */
async function reportGate(gate, settings) {
    const written = await (0,reports.writeLedgerReports)(gate, settings.outDir);
    const defectsFile = written.defects;
    const report = {
        stage: 'ledger',
        subjectColumn: 'alarm_id',
        defects: gate.defects,
        blocks: (0,annotations/* blockingPredicate */.$_)(gate.blocking),
        summaryHead: renderGateSummary(gate),
        summaryTail: '',
        files: [written.defects, written.escalations, written.summary],
        defectsFile
    };
    const outputs = {
        decision: gate.decision,
        'blocking-defects': String(gate.blocking.length),
        'defects-file': defectsFile
    };
    const outcome = gate.failed
        ? {
            exitCode: errors/* ExitCode */.yU.PolicyFailure,
            failure: `Ledger gate: ${gate.decision} with ${gate.blocking.length} blocking defect${gate.blocking.length === 1 ? '' : 's'} in ${gate.mode} mode; see the job summary.`
        }
        : { exitCode: errors/* ExitCode */.yU.Pass };
    return { gate, report, outputs, outcome };
}
async function runLedgerStage(settings, ctx) {
    const gate = await gateFor(settings, ctx).catch(async (err) => {
        await (0,reports.writeCannotEvaluate)(settings.outDir, err, settings.now);
        throw err;
    });
    ctx.log.info(`Ledger gate: ${gate.decision} (${gate.mode} mode), ${gate.defects.length} defects, ${gate.blocking.length} blocking`);
    return reportGate(gate, settings);
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ blockingPredicate)
/* harmony export */ });
/* unused harmony exports STEP_ANNOTATION_LIMITS, levelFor, defectKey, defectAnnotation, planAnnotations, emitAnnotations, emit */
/* harmony import */ var _findings_defect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3365);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);


/** Per-step display limits of the runner (actions/toolkit docs/problem-matchers.md). */
const STEP_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * The annotation level a defect gets: `error` exactly for the defects that fail the step in this
 * rollout mode, so the red marks match the exit code; other blocking or warning defects are
 * warnings; info defects are notices.
 */
function levelFor(defect, blocks) {
    if (blocks(defect))
        return 'error';
    return defect.severity === 'info' ? 'notice' : 'warning';
}
/**
 * A predicate for "this defect fails the step", from the list a stage says blocks. Compared by
 * content, not identity, so a stage may hand back copies.
 */
function blockingPredicate(blocking) {
    const keys = new Set(blocking.map(defectKey));
    return (d) => keys.has(defectKey(d));
}
function defectKey(d) {
    return JSON.stringify([d.defect_code, d.severity, d.release_window_id, d.subject, d.file, d.line, d.field, d.detail]);
}
function defectAnnotation(defect, level) {
    const window = defect.release_window_id ? ` [${defect.release_window_id}]` : '';
    const field = defect.field ? ` (${defect.field})` : '';
    const owner = defect.owner_role ? ` Owner: ${defect.owner_role}.` : '';
    const action = defect.required_action ? ` Required action: ${sentence(defect.required_action)}` : '';
    const a = {
        level,
        title: annotationText(`${defect.defect_code} ${defect.subject}${window}`.replace(/\s+/g, ' ').trim(), 200),
        message: annotationText(`${sentence(`${defect.detail}${field}`)}${action}${owner}`)
    };
    if (defect.file)
        a.file = defect.file;
    if (defect.file && defect.line !== null && defect.line > 0)
        a.line = defect.line;
    return a;
}
function sentence(text) {
    const t = text.trim();
    return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}
/** Orders every defect by level then defect order, and picks what the step can display. */
function planAnnotations(defects, opts) {
    const limits = opts.limits ?? STEP_ANNOTATION_LIMITS;
    const all = sortDefects([...defects])
        .map((d) => defectAnnotation(d, levelFor(d, opts.blocks)))
        .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    const total = { error: 0, warning: 0, notice: 0 };
    for (const a of all)
        total[a.level] += 1;
    const fits = (level, room) => Math.min(total[level], room);
    const errors = fits('error', limits.error);
    const warnings = fits('warning', limits.warning);
    const needOverflow = total.error > errors || total.warning > warnings || total.notice > limits.notice;
    // The overflow notice is itself a notice: it takes one of the ten.
    const notices = fits('notice', needOverflow ? limits.notice - 1 : limits.notice);
    const take = { error: errors, warning: warnings, notice: notices };
    const omitted = {
        error: total.error - errors,
        warning: total.warning - warnings,
        notice: total.notice - notices
    };
    const seen = { error: 0, warning: 0, notice: 0 };
    const shown = all.filter((a) => seen[a.level]++ < take[a.level]);
    const plan = { all, shown, omitted };
    const hidden = omitted.error + omitted.warning + omitted.notice;
    if (hidden > 0)
        plan.overflow = overflowNotice(all.length, hidden, omitted, opts.elsewhere);
    return plan;
}
function overflowNotice(totalCount, hidden, omitted, elsewhere) {
    const parts = ['error', 'warning', 'notice'].filter((l) => omitted[l] > 0).map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`);
    const where = elsewhere.length > 0 ? ` All ${totalCount} are listed in ${joinList(elsewhere)}.` : '';
    return {
        level: 'notice',
        title: `${hidden} more defect${hidden === 1 ? '' : 's'} not annotated`,
        message: `${hidden} of ${totalCount} defects are not shown as annotations (${parts.join(', ')}): GitHub displays at most 10 errors, 10 warnings and 10 notices per step.${where}`
    };
}
function joinList(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** Prints the plan as workflow commands; @actions/core escapes message and properties. */
function emitAnnotations(plan, sink) {
    for (const a of plan.shown)
        emit(a, sink);
    if (plan.overflow)
        emit(plan.overflow, sink);
}
/** Prints one annotation (e.g. a located problem of a UserError). */
function emit(a, sink) {
    // A title ending in a space (an empty subject) renders as a dangling gap: never send one.
    const props = { title: a.title.trim() };
    if (a.file)
        props.file = a.file;
    if (a.line !== undefined)
        props.startLine = a.line;
    sink[a.level](a.message, props);
}


/***/ })

};
