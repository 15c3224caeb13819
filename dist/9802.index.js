export const id = 9802;
export const ids = [9802];
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


/***/ })

};
