export const id = 6082;
export const ids = [6082,4964,9802];
export const modules = {

/***/ 49802:
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/csv/write.ts
var write = __webpack_require__(9043);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
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

/***/ 59443:
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
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/ledger/gate.ts + 22 modules
var ledger_gate = __webpack_require__(11814);
// EXTERNAL MODULE: ./src/ledger/reports.ts + 1 modules
var reports = __webpack_require__(49802);
// EXTERNAL MODULE: ./src/findings/codes.ts
var codes = __webpack_require__(97388);
// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(73365);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/ledger/codes.ts
var ledger_codes = __webpack_require__(29151);
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
        out.push((0,summary/* table */.tp)(['Window', 'Decision', 'Alarms', 'Blocking', 'Warnings'], windows.map((w) => [(0,report_escape/* mdCell */.cz)(w.release_window_id), DECISION_LABEL[w.decision], String(w.alarms), String(w.blocking), String(w.warnings)]), summary/* SECTION_ROW_CAP */.cf, 'windows (ledger-gate.json lists them all)'));
        out.push('\n');
        out.push(renderWindows(gate, windows));
    }
    else {
        out.push('### Readback\n\nNo active alarms to read back.\n\n');
    }
    if (gate.defects.length > 0) {
        out.push('### Defects by code\n\n');
        const blockingByCode = (0,defect/* countByCode */.o3)(gate.defects.filter((0,annotations/* blockingPredicate */.$_)(gate.blocking)));
        out.push((0,summary/* table */.tp)(['Code', 'Count', 'Blocking now', 'Meaning'], [...(0,defect/* countByCode */.o3)(gate.defects)].map(([code, n]) => [(0,report_escape/* mdCode */.xs)(code), String(n), String(blockingByCode.get(code) ?? 0), (0,report_escape/* mdCell */.cz)(MEANINGS[code]?.meaning ?? '')]), summary/* SECTION_ROW_CAP */.cf, 'codes'));
        out.push('\n');
    }
    if (gate.escalations.length > 0) {
        out.push('### Escalations\n\n');
        out.push((0,summary/* table */.tp)(['Alarm', 'Window', 'Class', 'State', 'Route to', 'Role', 'No-go', 'Detail'], gate.escalations.map((e) => [
            (0,report_escape/* mdCell */.cz)(e.alarm_id),
            (0,report_escape/* mdCell */.cz)(e.release_window_id),
            e.alarm_class,
            (0,report_escape/* mdCell */.cz)(e.state),
            (0,report_escape/* mdCell */.cz)(e.route_to),
            (0,report_escape/* mdCell */.cz)(e.route_to_role),
            e.no_go ? 'yes' : 'no',
            (0,report_escape/* mdCell */.cz)(e.detail)
        ]), summary/* SECTION_ROW_CAP */.cf, 'escalations'));
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
    return `#### Readback: top ${items.length} highest-risk alarm${items.length === 1 ? '' : 's'}\n\n${(0,summary/* table */.tp)(['Alarm', 'Class', 'Owner role', 'Acknowledged by', 'Ack at (UTC)', 'SLA deadline (UTC)', 'Closure evidence', 'Duplicate keys', 'Unknowns'], rows)}${note}\n`;
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

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
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
