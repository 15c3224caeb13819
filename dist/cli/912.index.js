export const id = 912;
export const ids = [912];
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

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* unused harmony export isShallow */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1'
};
function git(args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotepath=off', '-c', 'color.ui=false', ...args], {
            cwd: opts.cwd,
            env: { ...process.env, ...GIT_ENV, ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })));
        child.on('close', (code) => {
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 };
            if (result.code !== 0 && !opts.allowFail) {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InternalError */ .Gd({ code: 'GIT', message: `git ${args[0]} failed (${result.code}): ${result.stderr.trim()}` }));
            }
            else
                resolve(result);
        });
        // git may exit before reading stdin (e.g. ls-files --error-unmatch); that EPIPE is not a failure.
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** True when the repository is a shallow clone: its history cannot prove where a file began. */
async function isShallow(dir) {
    try {
        await access(join(dir, '.git', 'shallow'));
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 5912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  displayPath: () => (/* binding */ displayPath),
  loadLedgerInputs: () => (/* binding */ loadLedgerInputs),
  runLedgerGate: () => (/* binding */ runLedgerGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/csv/read.ts + 1 modules
var read = __webpack_require__(2644);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/ledger/cells.ts
var cells = __webpack_require__(9288);
// EXTERNAL MODULE: ./src/ledger/finding.ts
var finding = __webpack_require__(7400);
// EXTERNAL MODULE: ./src/ledger/keys.ts
var ledger_keys = __webpack_require__(4849);
// EXTERNAL MODULE: ./src/ledger/records.ts
var records = __webpack_require__(9791);
;// CONCATENATED MODULE: ./src/ledger/alarm-rows.ts





function readAlarms(table, policy) {
    const f = policy.data.alarm_fields;
    const col = (0,cells/* columnsOf */.PL)(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const defects = (0,cells/* brokenRows */.vp)(table, ic);
    const windows = new Set();
    const alarms = [];
    const keys = new ledger_keys/* KeyIndex */.u();
    const keyLines = [];
    const check = new cells/* CellChecks */.yA(file, defects);
    const windowCheck = (0,cells/* memoCheckId */.M$)();
    const roleCell = roleCells();
    const roleProblem = (problem, column, alarmId, windowId, line) => {
        if (!problem)
            return;
        defects.push((0,finding/* finding */.gk)(problem === 'is empty' ? 'FIELD_MISSING' : 'ID_MALFORMED', {
            subject: alarmId,
            owner_role: ic,
            required_action: `Name the alarm's ${column} as a role id`,
            release_window_id: windowId,
            file,
            line,
            field: column,
            detail: `${column} ${problem}`
        }));
    };
    for (let r = 0; r < table.size; r++) {
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        if (windowId)
            windows.add(windowId);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        if (!windowId || !alarmId)
            continue;
        const dup = keys.get(alarmId, windowId);
        if (dup !== undefined) {
            defects.push((0,finding/* finding */.gk)('ALARM_DUPLICATE', {
                subject: alarmId,
                owner_role: ic,
                required_action: 'List each alarm once per release window in the alarms file',
                release_window_id: windowId,
                file,
                line,
                detail: `also listed on line ${keyLines[dup]}`
            }));
            continue;
        }
        const key = keys.add(alarmId, windowId);
        keyLines.push(line);
        const primary = roleCell(table.cell(r, col.primary_owner_role), true);
        const backup = roleCell(table.cell(r, col.backup_owner_role), false);
        const ownerOfRow = primary.id || ic;
        roleProblem(primary.problem, f.primary_owner_role, alarmId, windowId, line);
        roleProblem(backup.problem, f.backup_owner_role, alarmId, windowId, line);
        const rawClass = table.cell(r, col.alarm_class);
        const cls = policy.classOf(rawClass);
        if (!cls) {
            defects.push(classInvalid(alarmId, windowId, file, line, f.alarm_class, rawClass, policy, ownerOfRow));
            continue;
        }
        const raisedMs = check.timeAt(table, r, col.raised_utc, line, f.raised_utc, { subject: alarmId, windowId, role: ownerOfRow });
        alarms.push(new records/* Alarm */.QE(table, r, key, alarmId, cls, windowId, raisedMs, primary.id, backup.id));
    }
    return { alarms, windows, keys, keyLines, defects };
}
const NO_ROLE = { id: '' };
const EMPTY_ROLE = { id: '', problem: 'is empty' };
/** Role cells have few distinct values: each is read once, and its result shared. */
function roleCells() {
    const role = (0,cells/* memoCells */.sF)((raw) => {
        const r = (0,ids.checkId)(raw);
        return r.ok ? { id: r.id } : { id: '', problem: `'${(0,ids.printable)(raw)}' ${r.reason}` };
    });
    return (raw, required) => (raw.trim() === '' ? (required ? EMPTY_ROLE : NO_ROLE) : role(raw));
}
function classInvalid(subject, windowId, file, line, column, raw, policy, role) {
    const { page, block } = policy.data.alarm_classes;
    return (0,finding/* finding */.gk)('CLASS_INVALID', {
        subject,
        owner_role: role,
        required_action: `Set ${column} to '${page}' or '${block}'`,
        release_window_id: windowId,
        file,
        line,
        field: column,
        detail: `'${(0,ids.printable)(raw)}' is not a class of the policy`
    });
}

// EXTERNAL MODULE: ./src/findings/defect.ts
var defect = __webpack_require__(3365);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/ledger/decide.ts
/**
 * Lesson 113 steps 9 and 10: per-window decisions, the readback, and what fails in each mode.
 *
 * - no-go: any blocking defect of the window (an unacknowledged or late block alarm, an invalid
 *   owner mapping, a malformed timestamp, missing closure evidence for a claimed resolution, an
 *   ambiguous key, ...), any escalation the policy marks no-go, or any unknown in the readback.
 *   A blocking defect that names no window (a row too broken to read) makes every window no-go.
 * - conditional-go: no blocking defect, and at least one late page acknowledgment was accepted
 *   under an SLA exception approved by the approver role.
 * - go: otherwise. Warnings (a page alarm still open inside its target, L6) do not hold a release.
 *
 * The decision always applies the full policy. The rollout mode only decides what fails the
 * step: observe never fails; soft fails on unacknowledged block alarms and malformed timestamps;
 * full fails on no-go.
 */
const RANK = { go: 0, 'conditional-go': 1, 'no-go': 2 };
const worst = (a, b) => (RANK[a] >= RANK[b] ? a : b);
/** The readback's risk order: block before page, blocking defects first, most overdue first, then id. */
function compareRisk(a, b) {
    const ida = a.alarm.alarm_id;
    const idb = b.alarm.alarm_id;
    return classRank(a) - classRank(b) || blockingRank(a) - blockingRank(b) || b.overdueMs - a.overdueMs || (ida < idb ? -1 : ida > idb ? 1 : 0);
}
const classRank = (o) => (o.alarm.alarm_class === 'block' ? 0 : 1);
const blockingRank = (o) => (o.blocking ? 0 : 1);
function readbackOf(o, e, duplicate) {
    const entry = e.entry;
    const unknowns = [];
    const mappingOk = e.owner_mapping === 'primary' || e.owner_mapping === 'backup' || e.owner_mapping === 'incident_commander';
    if (!mappingOk)
        unknowns.push('owner');
    if (!entry || entry.acknowledged_by === '')
        unknowns.push('acknowledged by');
    if (!entry || entry.ack_timestamp_utc === '')
        unknowns.push('ack timestamp');
    if (e.ack_deadline_utc === '')
        unknowns.push('SLA deadline');
    let closure = '';
    if (entry) {
        if (e.resolved)
            closure = e.closure_evidence ? `${e.closure_evidence.evidence_id} ${e.closure_evidence.uri}` : 'resolved (policy requires no evidence)';
        else if (e.defect_codes.some((c) => c.startsWith('EVIDENCE_') || c === 'CLOSURE_STATE_INVALID'))
            unknowns.push('closure evidence');
        else if (entry.target_resolution_utc !== '')
            closure = `open until ${entry.target_resolution_utc}`;
        else
            unknowns.push('resolution target');
    }
    if (duplicate || o.ambiguous)
        unknowns.push('duplicate keys');
    if (o.unorderable)
        unknowns.push('history order');
    return {
        alarm_id: e.alarm.alarm_id,
        release_window_id: e.alarm.release_window_id,
        alarm_class: e.alarm.alarm_class,
        owner_role: entry?.owner_role ?? '',
        acknowledged_by: entry?.acknowledged_by ?? '',
        ack_timestamp_utc: entry?.ack_timestamp_utc ?? '',
        sla_deadline_utc: e.ack_deadline_utc,
        closure_evidence: closure,
        duplicate_keys: duplicate || o.ambiguous,
        unknowns
    };
}
function decideWindow(windowId, outcomes, defects, escalations, readback) {
    const blocking = defects.filter((d) => d.severity === 'blocking');
    const reasons = [];
    const byCode = new Map();
    for (const d of blocking) {
        const s = byCode.get(d.defect_code) ?? new Set();
        s.add(d.subject === '' ? `${d.file}${d.line === null ? '' : `:${d.line}`}` : d.subject);
        byCode.set(d.defect_code, s);
    }
    for (const [code, subjects] of [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
        reasons.push(`${code}: ${list([...subjects].sort())}${windowId !== '' && blocking.some((d) => d.defect_code === code && d.release_window_id === '') ? ' (window unknown)' : ''}`);
    }
    const noGoEscalations = escalations.filter((e) => e.no_go);
    if (noGoEscalations.length > 0) {
        reasons.push(`escalated, no-go pending resolution: ${list(noGoEscalations.map((e) => `${e.alarm_id} ${e.state} -> ${e.route_to_role}`))}`);
    }
    for (const r of readback) {
        if (r.unknowns.length > 0)
            reasons.push(`readback unknown for ${r.alarm_id}: ${r.unknowns.join(', ')}`);
    }
    let decision = 'go';
    if (blocking.length > 0 || noGoEscalations.length > 0 || readback.some((r) => r.unknowns.length > 0))
        decision = 'no-go';
    else if (outcomes.some((o) => o.exceptionAccepted)) {
        decision = 'conditional-go';
        const accepted = defects.filter((d) => d.defect_code === 'SLA_EXCEPTION_ACCEPTED');
        reasons.push(`page SLA exceptions accepted with incident-commander approval: ${list(accepted.map((d) => d.subject))}`);
    }
    else {
        reasons.push('all block alarms validly acknowledged, no overdue block SLA, closure evidence present where resolved');
    }
    return {
        release_window_id: windowId,
        decision,
        reasons,
        alarms: outcomes.length,
        blocking: blocking.length,
        warnings: defects.filter((d) => d.severity === 'warning').length
    };
}
function list(items) {
    const shown = items.slice(0, 5).join(', ');
    return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
/** The defects that fail the step in this mode. */
function blockingIn(mode, defects, classOf) {
    if (mode === 'observe')
        return [];
    const blocking = defects.filter((d) => d.severity === 'blocking');
    if (mode === 'full')
        return blocking;
    return blocking.filter((d) => d.defect_code === 'TIMESTAMP_MALFORMED' || (d.defect_code === 'ACK_MISSING' && classOf(d) === 'block'));
}
function failedIn(mode, decision, blocking) {
    if (mode === 'observe')
        return false;
    if (mode === 'soft')
        return blocking.length > 0;
    return decision === 'no-go';
}

;// CONCATENATED MODULE: ./src/ledger/closure-check.ts



const OPEN = Object.freeze({ open: true, resolved: false });
const NOT_RESOLVED = Object.freeze({ open: false, resolved: false });
const RESOLVED_WITHOUT_EVIDENCE = Object.freeze({ open: false, resolved: true });
/** How a defect names the evidence row it is about. */
const where = (ev) => `evidence ${ev.evidence_id} (${ev.source.file}:${ev.source.line})`;
// The common case (a reference to one evidence row of the same alarm and window, recorded after
// the ack) is decided on the row's normalized ids and time; an Evidence object is made only to
// word a defect.
/** Step 6 (L4, L5): a resolved state needs an evidence row of this alarm and window, recorded at or after the ack. */
function checkClosure(alarm, row, entry, ctx, out) {
    const { policy } = ctx;
    const state = entry.closure_state;
    const role = entry.owner_role || policy.icRole;
    if (policy.isOpenState(state))
        return OPEN;
    if (!policy.isResolvedState(state)) {
        const states = [...policy.data.closure_policy.open_states, ...policy.data.closure_policy.resolved_states];
        out.push((0,finding/* alarmFinding */.Nt)('CLOSURE_STATE_INVALID', alarm, ctx.ledgerFile, row.line, 'closure_state', {
            owner_role: role,
            required_action: `Set closure_state to one of ${states.join(', ')}`,
            detail: `'${(0,ids.printable)(row.cell('closure_state'))}' is not a closure state of the policy`
        }));
        return OPEN;
    }
    const ref = entry.closure_evidence_ref;
    if (ref === '') {
        if (!policy.data.closure_policy.require_evidence_when_resolved)
            return RESOLVED_WITHOUT_EVIDENCE;
        out.push((0,finding/* alarmFinding */.Nt)('EVIDENCE_MISSING', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: 'Record the closure evidence and set closure_evidence_ref to its evidence_id, or reopen the alarm',
            detail: 'closure_state is resolved but closure_evidence_ref is empty'
        }));
        return NOT_RESOLVED;
    }
    const refId = (0,ids.idOf)(ref);
    const index = ctx.evidence;
    const evRow = refId === undefined ? undefined : index.rowOf(refId);
    const unresolved = (detail) => {
        out.push((0,finding/* alarmFinding */.Nt)('EVIDENCE_UNRESOLVED', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: 'Point closure_evidence_ref at an evidence_id of the evidence file',
            detail
        }));
        return NOT_RESOLVED;
    };
    if (evRow === undefined || refId === undefined)
        return unresolved(`closure_evidence_ref '${(0,ids.printable)(ref)}' names no evidence row`);
    const ev = () => index.evidence(refId, evRow);
    const duplicates = index.duplicatesOf(refId);
    if (duplicates) {
        const lines = [ev().source.line, ...duplicates];
        return unresolved(`evidence_id '${refId}' is on ${lines.length} evidence rows (lines ${lines.join(', ')})`);
    }
    const evWindow = index.windowOf(evRow);
    const evAlarm = index.alarmOf(evRow);
    const recordedMs = index.recordedMs(evRow);
    let ok = true;
    if (evWindow !== alarm.release_window_id) {
        ok = false;
        out.push((0,finding/* alarmFinding */.Nt)('EVIDENCE_WRONG_WINDOW', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: `Reference evidence recorded for window ${alarm.release_window_id}`,
            detail: `${where(ev())} belongs to window ${evWindow}`
        }));
    }
    if (evAlarm !== alarm.alarm_id) {
        ok = false;
        out.push((0,finding/* alarmFinding */.Nt)('EVIDENCE_WRONG_ALARM', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: `Reference evidence recorded for alarm ${alarm.alarm_id}`,
            detail: `${where(ev())} belongs to alarm ${evAlarm}`
        }));
    }
    if (recordedMs === undefined || row.ackMs === undefined) {
        ok = false;
    }
    else if (recordedMs < row.ackMs) {
        ok = false;
        out.push((0,finding/* alarmFinding */.Nt)('EVIDENCE_BEFORE_ACK', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: 'Reference evidence recorded after the acknowledgment (it must prove the response)',
            detail: `${where(ev())} was recorded ${(0,time/* formatUtc */.ay)(recordedMs)}, before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    return ok ? { open: false, resolved: true, evidenceRow: evRow, evidenceId: refId, recordedMs } : { open: false, resolved: false };
}

;// CONCATENATED MODULE: ./src/ledger/ownership.ts



// Who may acknowledge an alarm (L3) and who may approve a late page acknowledgment: the
// alarm's own primary and backup roles, and the policy's incident-commander role, whose
// override is time-limited.
function isValidMapping(m) {
    return m === 'primary' || m === 'backup' || m === 'incident_commander';
}
function ownersText(alarm, policy) {
    const o = policy.data.ownership;
    const names = [
        o.allow_primary_owner && alarm.primary_owner_role ? alarm.primary_owner_role : '',
        o.allow_backup_owner && alarm.backup_owner_role ? alarm.backup_owner_role : '',
        o.allow_incident_commander_override ? `${policy.icRole} (override)` : ''
    ].filter(Boolean);
    return names.length === 0 ? 'an owner role the policy allows' : names.join(' or ');
}
/** L3: primary, backup, or an incident-commander override inside its time limit. */
function mapOwner(alarm, row, entry, closedAtMs, ctx, out) {
    const { policy, now } = ctx;
    const o = policy.data.ownership;
    const role = entry.owner_role;
    // the common, valid cases first, before anything is made for a defect
    if (role !== '' && o.allow_primary_owner && role === alarm.primary_owner_role)
        return 'primary';
    if (role !== '' && o.allow_backup_owner && alarm.backup_owner_role !== '' && role === alarm.backup_owner_role)
        return 'backup';
    const invalid = (detail, action) => ownerInvalid(alarm, row, ctx, out, detail, action);
    const fix = () => `Acknowledge as ${ownersText(alarm, policy)}`;
    if (role === '') {
        const raw = row.cell('owner_role');
        return invalid(raw.trim() === '' ? 'no owner role recorded (unowned)' : `owner_role '${(0,ids.printable)(raw)}' is not a role id`, fix());
    }
    if (role === policy.icRole && o.allow_incident_commander_override) {
        if (row.ackMs === undefined)
            return invalid('incident-commander override without a valid ack time cannot be timed', fix());
        const until = row.ackMs + o.override_window_minutes * 60_000;
        if (now <= until)
            return 'incident_commander';
        if (closedAtMs !== undefined && closedAtMs <= until)
            return 'incident_commander';
        return invalid(`incident-commander override expired at ${(0,time/* formatUtc */.ay)(until)} (${o.override_window_minutes} min after the ack) with the alarm still open`, `Hand the alarm back to ${[alarm.primary_owner_role, alarm.backup_owner_role].filter(Boolean).join(' or ')} with a new ledger row, or close it with evidence`);
    }
    return invalid(`role '${role}' is not this alarm's primary (${alarm.primary_owner_role || 'none'}) or backup (${alarm.backup_owner_role || 'none'}) owner${role === policy.icRole ? ', and the policy disallows incident-commander overrides' : ''}`, fix());
}
function ownerInvalid(alarm, row, ctx, out, detail, action) {
    out.push((0,finding/* alarmFinding */.Nt)('OWNER_INVALID', alarm, ctx.ledgerFile, row.line, 'owner_role', {
        owner_role: alarm.primary_owner_role || ctx.policy.icRole,
        required_action: action,
        detail
    }));
    return 'invalid';
}
/** undefined: accepted; '': no exception recorded; otherwise why the recorded one is refused. */
function exceptionRefusal(alarm, entry, policy) {
    const ref = entry.sla_exception_ref;
    const by = entry.exception_approved_by;
    if (ref === '' && by === '')
        return '';
    const allowed = policy.data.sla_exceptions.allowed_classes;
    if (!allowed.includes(alarm.alarm_class))
        return `SLA exceptions are not accepted for ${alarm.alarm_class} alarms (policy allows: ${allowed.join(', ') || 'none'})`;
    if (ref === '')
        return 'exception_approved_by is set but sla_exception_ref is empty';
    if (by === '')
        return `sla_exception_ref ${(0,ids.printable)(ref)} has no approval (exception_approved_by is empty)`;
    const approver = (0,ids.checkId)(by);
    if (!approver.ok || approver.id !== policy.exceptionApproverRole) {
        return `exception approved by '${(0,ids.printable)(by)}', but only ${policy.exceptionApproverRole} may approve`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/ledger/outcome.ts


function anyBlocking(defects) {
    for (const d of defects)
        if (d.severity === 'blocking')
            return true;
    return false;
}
// Shared by every outcome without defects (most of them), rather than an empty array each.
const NONE = Object.freeze([]);
function outcomeOf(j, ctx, entry, mapping, closure) {
    const { prior, state } = j;
    const defects = j.defects.length === 0 ? NONE : j.defects;
    const blocking = anyBlocking(prior) || anyBlocking(defects);
    const outcome = {
        alarm: j.alarm,
        defects,
        escalations: j.escalations.length === 0 ? NONE : j.escalations,
        overdueMs: j.overdueMs,
        exceptionAccepted: j.exceptionAccepted,
        ambiguous: (state?.ambiguous ?? false) && !(state?.unorderable ?? false),
        unorderable: state?.unorderable ?? false,
        duplicate: state?.duplicate ?? false,
        blocking
    };
    if (!j.full)
        return { outcome };
    let codes = NONE;
    if (prior.length + defects.length > 0) {
        const seen = new Set();
        for (const d of prior)
            seen.add(d.defect_code);
        for (const d of defects)
            seen.add(d.defect_code);
        codes = [...seen].sort();
    }
    const evidence = closure?.evidenceRow === undefined ? undefined : ctx.evidence.evidence(closure.evidenceId, closure.evidenceRow);
    return {
        outcome,
        evaluation: {
            alarm: j.alarm,
            entry,
            owner_mapping: mapping,
            ack_deadline_utc: j.deadline === undefined ? '' : (0,time/* formatUtc */.ay)(j.deadline),
            defect_codes: codes,
            resolved: closure?.resolved ?? false,
            valid_ack: entry !== undefined && isValidMapping(mapping) && !blocking,
            closure_evidence: evidence
        }
    };
}

;// CONCATENATED MODULE: ./src/ledger/evaluate.ts







// The per-alarm checks of lesson 113 (steps 3, 5 and 6) against one injected instant. Each
// check adds defects; the alarm's verdict is simply "no blocking defect". Class-dependent
// severities (RESOLUTION_LATE) are decided here, rollout modes later (decide.ts).
/**
 * Judges one alarm. `prior` holds the defects already found for its key by the row readers,
 * the history fold and the git scan: they count towards the alarm's verdict but are not
 * returned again.
 */
function evaluateAlarm(alarm, state, ctx, prior = [], full = true) {
    const { policy, now } = ctx;
    const defects = [];
    const escalations = [];
    const slaMs = policy.ackSlaMinutes(alarm.alarm_class) * 60_000;
    const deadline = alarm.raisedMs === undefined ? undefined : alarm.raisedMs + slaMs;
    let overdueMs = 0;
    let exceptionAccepted = false;
    // Helpers are module functions, not closures: this runs once per alarm, 100,000 times a run,
    // and a closure over these locals is an allocation each time.
    const file = ctx.ledgerFile;
    // L1: no row at all for this key.
    if (!state) {
        const late = deadline !== undefined && now > deadline;
        defects.push((0,finding/* alarmFinding */.Nt)('ACK_MISSING', alarm, alarm.source.file, alarm.source.line, '', {
            owner_role: alarm.primary_owner_role || policy.icRole,
            required_action: `Acknowledge in the ledger as ${ownersText(alarm, policy)}${deadline === undefined ? '' : ` (SLA deadline ${(0,time/* formatUtc */.ay)(deadline)})`}`,
            detail: `no ledger row for ${alarm.alarm_class} alarm ${alarm.alarm_id} in window ${alarm.release_window_id}${late ? `; SLA passed ${(0,finding/* minutes */.Gx)(now - deadline)} min ago` : ''}`
        }));
        if (late) {
            overdueMs = now - deadline;
            addEscalation(escalations, alarm, policy, 'ack_late', `no acknowledgment ${(0,finding/* minutes */.Gx)(overdueMs)} min after the ${(0,time/* formatUtc */.ay)(deadline)} deadline`);
        }
        return outcomeOf({ alarm, state, prior, defects, escalations, deadline, overdueMs, exceptionAccepted, full }, ctx, undefined, 'none');
    }
    // L7 / L8: the key has rows but no determinable state; the fold already said why.
    if (!state.latest)
        return outcomeOf({ alarm, state, prior, defects, escalations, deadline, overdueMs, exceptionAccepted, full }, ctx, undefined, 'none');
    const row = state.latest;
    // alarm_state must agree with the alarms file (which wins).
    const ledgerClass = policy.classOf(row.cell('alarm_state'));
    const entry = new records/* Entry */.HK(row, ledgerClass ?? alarm.alarm_class, state.rowCount);
    const ownerRole = entry.owner_role;
    if (!ledgerClass) {
        const { page, block } = policy.data.alarm_classes;
        defects.push((0,finding/* alarmFinding */.Nt)('CLASS_INVALID', alarm, file, row.line, 'alarm_state', {
            owner_role: ownerRole || policy.icRole,
            required_action: `Set alarm_state to '${page}' or '${block}'`,
            detail: `'${(0,ids.printable)(row.cell('alarm_state'))}' is not a class of the policy`
        }));
    }
    else if (ledgerClass !== alarm.alarm_class) {
        defects.push((0,finding/* alarmFinding */.Nt)('CLASS_MISMATCH', alarm, file, row.line, 'alarm_state', {
            owner_role: ownerRole || policy.icRole,
            required_action: `Record alarm_state as '${policy.data.alarm_classes[alarm.alarm_class]}' like the alarms file`,
            detail: `ledger says ${ledgerClass}, alarms file (line ${alarm.source.line}) says ${alarm.alarm_class}; judged as ${alarm.alarm_class}`
        }));
    }
    // Required values.
    for (const { name: field, column } of ctx.mustBeFilled) {
        if (row.cellAt(column).trim() === '') {
            defects.push((0,finding/* alarmFinding */.Nt)('FIELD_MISSING', alarm, file, row.line, field, {
                owner_role: ownerRole || policy.icRole,
                required_action: `Fill ${field} on the ledger row`,
                detail: `${field} is empty`
            }));
        }
    }
    // response_sla_minutes must state the policy's SLA for the class.
    const policySla = policy.ackSlaMinutes(alarm.alarm_class);
    if (entry.response_sla_minutes !== policySla) {
        defects.push((0,finding/* alarmFinding */.Nt)('SLA_MISMATCH', alarm, file, row.line, 'response_sla_minutes', {
            owner_role: ownerRole || policy.icRole,
            required_action: `Record response_sla_minutes as ${policySla} (the policy's ${alarm.alarm_class} SLA)`,
            detail: `ledger says '${(0,ids.printable)(row.cell('response_sla_minutes'))}', policy says ${policySla}; ${policySla} is used`
        }));
    }
    // Closure (step 6) comes before ownership: an override that closed the alarm inside its window stays valid.
    const closure = checkClosure(alarm, row, entry, ctx, defects);
    // L3: who acknowledged.
    const mapping = mapOwner(alarm, row, entry, closure.recordedMs, ctx, defects);
    if (!isValidMapping(mapping))
        addEscalation(escalations, alarm, policy, 'unowned', ownerRole ? `role '${ownerRole}' may not own this alarm` : 'no owner role recorded');
    // L2: ack within the class SLA, measured from the raise time; exactly at the limit passes.
    if (row.ackMs !== undefined && alarm.raisedMs !== undefined && deadline !== undefined) {
        if (row.ackMs < alarm.raisedMs) {
            defects.push((0,finding/* alarmFinding */.Nt)('ACK_BEFORE_RAISED', alarm, file, row.line, 'ack_timestamp_utc', {
                owner_role: ownerRole || policy.icRole,
                required_action: 'Check the time zones of ack_timestamp_utc and raised_utc; record the true acknowledgment time',
                detail: `acknowledged ${(0,time/* formatUtc */.ay)(row.ackMs)}, ${(0,finding/* minutes */.Gx)(alarm.raisedMs - row.ackMs)} min before it was raised at ${(0,time/* formatUtc */.ay)(alarm.raisedMs)}`
            }));
        }
        else if (row.ackMs > deadline) {
            const lateMs = row.ackMs - deadline;
            overdueMs = Math.max(overdueMs, lateMs);
            const lateText = `acknowledged ${(0,time/* formatUtc */.ay)(row.ackMs)}, ${(0,finding/* minutes */.Gx)(lateMs)} min after the ${policySla}-min ${alarm.alarm_class} SLA (deadline ${(0,time/* formatUtc */.ay)(deadline)})`;
            const refusal = exceptionRefusal(alarm, entry, policy);
            if (refusal === undefined) {
                exceptionAccepted = true;
                defects.push((0,finding/* alarmFinding */.Nt)('SLA_EXCEPTION_ACCEPTED', alarm, file, row.line, 'sla_exception_ref', {
                    owner_role: policy.exceptionApproverRole,
                    required_action: `Carry exception ${entry.sla_exception_ref} into the release notes (conditional go)`,
                    detail: `${lateText}; exception approved by ${entry.exception_approved_by}`
                }));
            }
            else {
                defects.push((0,finding/* alarmFinding */.Nt)('ACK_LATE', alarm, file, row.line, 'ack_timestamp_utc', {
                    owner_role: alarm.alarm_class === 'block' ? policy.icRole : ownerRole || policy.icRole,
                    required_action: alarm.alarm_class === 'block'
                        ? 'Take over the response: a late block acknowledgment holds this window at no-go (block alarms take no SLA exception)'
                        : `Get an SLA exception approved by ${policy.exceptionApproverRole} (sla_exception_ref + exception_approved_by) or hold the release`,
                    detail: refusal === '' ? lateText : `${lateText}; ${refusal}`
                }));
            }
            addEscalation(escalations, alarm, policy, 'ack_late', lateText);
        }
    }
    // target_resolution_utc present and not before the ack.
    if (row.cell('target_resolution_utc').trim() === '') {
        defects.push((0,finding/* alarmFinding */.Nt)('TARGET_MISSING', alarm, file, row.line, 'target_resolution_utc', {
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc to when the alarm will be resolved',
            detail: 'target_resolution_utc is empty'
        }));
    }
    else if (row.targetMs !== undefined && row.ackMs !== undefined && row.targetMs < row.ackMs) {
        defects.push((0,finding/* alarmFinding */.Nt)('TARGET_BEFORE_ACK', alarm, file, row.line, 'target_resolution_utc', {
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc at or after the acknowledgment',
            detail: `target ${(0,time/* formatUtc */.ay)(row.targetMs)} is before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    // Live state (step 5) and L6 for alarms still open.
    if (closure.open && row.targetMs !== undefined) {
        if (now > row.targetMs) {
            const lateMs = now - row.targetMs;
            overdueMs = Math.max(overdueMs, lateMs);
            const severity = alarm.alarm_class === 'block' ? 'blocking' : 'warning';
            defects.push((0,finding/* alarmFinding */.Nt)('RESOLUTION_LATE', alarm, file, row.line, 'target_resolution_utc', {
                severity: severity,
                owner_role: ownerRole || policy.icRole,
                required_action: `Resolve and record closure evidence, or re-plan with a new ledger row (escalated to ${policy.data.escalation[alarm.alarm_class].resolution_late.route_to.replace('_', ' ')})`,
                detail: `open ${(0,finding/* minutes */.Gx)(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`
            }));
            addEscalation(escalations, alarm, policy, 'resolution_late', `open ${(0,finding/* minutes */.Gx)(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`);
        }
        else if (isValidMapping(mapping) && !anyBlocking(prior) && !anyBlocking(defects)) {
            defects.push((0,finding/* alarmFinding */.Nt)('UNRESOLVED_IN_SLA', alarm, file, row.line, 'closure_state', {
                owner_role: ownerRole,
                required_action: `Page ${ownerRole}: resolve by ${(0,time/* formatUtc */.ay)(row.targetMs)} and record closure evidence`,
                detail: `acknowledged and open; ${(0,finding/* minutes */.Gx)(row.targetMs - now)} min left to target`
            }));
        }
    }
    return outcomeOf({ alarm, state, prior, defects, escalations, deadline, overdueMs, exceptionAccepted, full }, ctx, entry, mapping, closure);
}
function addEscalation(escalations, alarm, policy, s, detail) {
    const route = policy.data.escalation[alarm.alarm_class][s];
    let role = route.route_to === 'primary_owner' ? alarm.primary_owner_role : route.route_to === 'backup_owner' ? alarm.backup_owner_role : policy.icRole;
    let note = '';
    if (role === '') {
        role = policy.icRole;
        note = `; the alarm names no ${route.route_to.replace('_', ' ')}, so the incident commander takes it`;
    }
    escalations.push({
        alarm_id: alarm.alarm_id,
        release_window_id: alarm.release_window_id,
        alarm_class: alarm.alarm_class,
        state: s,
        route_to: route.route_to,
        route_to_role: role,
        no_go: route.no_go,
        detail: `${detail}${note}`
    });
}

;// CONCATENATED MODULE: ./src/ledger/fold.ts



/** rows: the key's rows in file order (at least one). Only the latest row is kept in the state. */
function foldKey(rows, file, policy, defects) {
    // Runs once per alarm: written without closures or spreads, which were a measurable part of
    // the gate at 100,000 alarms.
    const rowCount = rows.length;
    const firstLine = rows[0].line;
    for (const r of rows)
        if (r.updatedMs === undefined)
            return { rowCount, firstLine, ambiguous: true, unorderable: true, duplicate: false };
    if (rowCount === 1)
        return { latest: rows[0], rowCount, firstLine, ambiguous: false, unorderable: false, duplicate: false };
    const role = (r) => roleOf(r, policy);
    const ordered = inUpdateOrder(rows) ? rows : [...rows].sort(byUpdate);
    let duplicate = false;
    let latestAmbiguous = false;
    for (let i = 0; i < ordered.length;) {
        let j = i + 1;
        while (j < ordered.length && ordered[j].updatedMs === ordered[i].updatedMs)
            j++;
        if (j - i === 1) {
            i = j;
            continue;
        }
        const group = ordered.slice(i, j);
        const seen = new Map();
        for (const r of group) {
            const sig = r.cells().join('\u0000');
            const earlier = seen.get(sig);
            if (earlier !== undefined) {
                defects.push((0,finding/* finding */.gk)('LEDGER_RETRY_DUPLICATE', {
                    subject: r.alarm_id,
                    owner_role: role(r),
                    required_action: 'Drop the repeated row or give the writer an idempotency key',
                    release_window_id: r.release_window_id,
                    file,
                    line: r.line,
                    detail: `identical to line ${earlier}`
                }));
            }
            else if (seen.size > 0) {
                duplicate = true;
                if (j === ordered.length)
                    latestAmbiguous = true;
                defects.push((0,finding/* finding */.gk)('LEDGER_DUPLICATE_KEY', {
                    subject: r.alarm_id,
                    owner_role: role(r),
                    required_action: `Append one row with a later last_updated_utc that states the true ${r.alarm_id} state`,
                    release_window_id: r.release_window_id,
                    file,
                    line: r.line,
                    field: 'last_updated_utc',
                    detail: `differs from line ${[...seen.values()][0]} with the same key and last_updated_utc ${(0,time/* formatUtc */.ay)(r.updatedMs)}`
                }));
                seen.set(sig, r.line);
            }
            else {
                seen.set(sig, r.line);
            }
        }
        i = j;
    }
    if (latestAmbiguous)
        return { rowCount, firstLine, ambiguous: true, unorderable: false, duplicate };
    // The latest instant's first row: a retried copy of it is not a newer state.
    let first = ordered.length - 1;
    while (first > 0 && ordered[first - 1].updatedMs === ordered[first].updatedMs)
        first--;
    const latest = ordered[first];
    let firstAck;
    for (const r of ordered) {
        if (r.ackMs !== undefined) {
            firstAck = r;
            break;
        }
    }
    if (firstAck && latest.ackMs !== undefined && firstAck.ackMs !== latest.ackMs) {
        defects.push((0,finding/* finding */.gk)('ACK_TIMESTAMP_CHANGED', {
            subject: latest.alarm_id,
            owner_role: role(latest),
            required_action: 'Keep the first acknowledgment time; record corrections with a reason in the incident notes',
            release_window_id: latest.release_window_id,
            file,
            line: latest.line,
            field: 'ack_timestamp_utc',
            detail: `line ${firstAck.line} acknowledged at ${(0,time/* formatUtc */.ay)(firstAck.ackMs)}, line ${latest.line} says ${(0,time/* formatUtc */.ay)(latest.ackMs)}`
        }));
    }
    return { latest, rowCount, firstLine, ambiguous: false, unorderable: false, duplicate };
}
function roleOf(r, policy) {
    const c = (0,ids.checkId)(r.cell('owner_role'));
    return c.ok ? c.id : policy.icRole;
}
const byUpdate = (a, b) => a.updatedMs - b.updatedMs || a.line - b.line;
/** Appended in time order is the usual case, and then there is nothing to sort. */
function inUpdateOrder(rows) {
    for (let i = 1; i < rows.length; i++)
        if (byUpdate(rows[i - 1], rows[i]) > 0)
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/ledger/evidence-rows.ts + 1 modules
var evidence_rows = __webpack_require__(5885);
// EXTERNAL MODULE: ./src/ledger/ledger-rows.ts + 1 modules
var ledger_rows = __webpack_require__(3380);
// EXTERNAL MODULE: ./src/csv/scan.ts
var scan = __webpack_require__(4263);
;// CONCATENATED MODULE: ./src/ledger/rewrites.ts



function historyDefects(report, ctx) {
    const ic = ctx.policy.icRole;
    const base = { subject: '', owner_role: ic, release_window_id: '', file: ctx.file, line: null };
    if (report.status === 'not-a-repo') {
        return [(0,finding/* finding */.gk)('LEDGER_HISTORY_UNCHECKED', { ...base, severity: 'info', required_action: 'Keep the ledger in git so in-place rewrites can be detected', detail: 'not inside a git repository; append-only history not checked' })];
    }
    if (report.status === 'untracked') {
        return [(0,finding/* finding */.gk)('LEDGER_HISTORY_UNCHECKED', { ...base, severity: 'info', required_action: 'Commit the ledger so later rewrites can be detected', detail: 'the ledger file has no committed history yet' })];
    }
    if (report.status === 'shallow') {
        return [
            (0,finding/* finding */.gk)('LEDGER_HISTORY_UNCHECKED', {
                ...base,
                required_action: 'Fetch full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
                detail: 'shallow clone: the ledger history cannot be checked for rewrites, so it was not'
            })
        ];
    }
    const col = (name) => ctx.header.indexOf(name);
    const [ia, iw, ir] = [col('alarm_id'), col('release_window_id'), col('owner_role')];
    return report.rewrites.map((r) => {
        const cells = cellsOf(r.text);
        const isHeader = cells.length > 0 && cells.every((c, i) => c.trim() === (ctx.header[i] ?? '').trim());
        const a = cells[ia] === undefined ? undefined : (0,ids.checkId)(cells[ia]);
        const w = cells[iw] === undefined ? undefined : (0,ids.checkId)(cells[iw]);
        const role = cells[ir] === undefined ? undefined : (0,ids.checkId)(cells[ir]);
        const alarmId = a?.ok ? a.id : '';
        const windowId = w?.ok ? w.id : '';
        const restored = ctx.currentLines.has(r.text);
        const active = !isHeader && alarmId !== '' && windowId !== '' && ctx.alarmKeys.has(alarmId, windowId);
        const where = r.commit === '' ? 'uncommitted changes' : `commit ${r.commit.slice(0, 12)}`;
        const what = isHeader ? 'the header' : `line ${r.line}`;
        return (0,finding/* finding */.gk)('LEDGER_HISTORY_REWRITTEN', {
            subject: isHeader ? '' : alarmId,
            owner_role: role?.ok ? role.id : ic,
            severity: active && !restored ? 'blocking' : 'warning',
            required_action: restored
                ? 'None: the original row is back; append corrections as new rows next time'
                : `Restore the original row (git show ${r.commit === '' ? 'HEAD' : `${r.commit.slice(0, 12)}^`}:<ledger>) and append the correction as a new row`,
            release_window_id: windowId,
            file: ctx.file,
            line: null,
            detail: `${where} changed or removed ${what} of the previous version${restored ? ' (the original row is back in the file)' : ''}: ${r.text.slice(0, 160)}`
        });
    });
}
/** The cells of one removed diff line; a line that is not a whole record yields none. */
function cellsOf(text) {
    const table = (0,scan/* scanCsv */.C2)(text);
    return table.length === 1 && !table[0].error ? table[0].fields : [];
}

;// CONCATENATED MODULE: ./src/ledger/evaluate-ledger.ts











const READBACK_SIZE = 3;
/** The whole gate as a pure function of its inputs, the policy, the instant and the mode. */
function evaluateLedger(inputs, policy, now, mode) {
    const alarmsRead = inputs.scans?.alarms ?? readAlarms(inputs.alarms, policy);
    const { windows } = alarmsRead;
    const evidence = (0,evidence_rows/* evidenceFor */.h)(inputs.evidence, policy, inputs.scans?.evidence ?? (0,evidence_rows/* scanEvidence */.T)(inputs.evidence, policy), windows);
    const ledger = (0,ledger_rows/* groupLedger */.N)(inputs.ledger, inputs.scans?.ledger ?? (0,ledger_rows/* scanLedgerRows */.G)(inputs.ledger, policy), windows, alarmsRead.keys);
    // concat, not push(...): a spread of 100,000 defects would overflow the call stack
    const defects = alarmsRead.defects.concat(evidence.defects, ledger.defects, historyDefects(inputs.history, {
        file: inputs.ledger.file,
        header: inputs.ledger.header,
        currentLines: inputs.ledgerLines,
        alarmKeys: alarmsRead.keys,
        policy
    }));
    // Row and history defects count towards their alarm's verdict, and so do the defects of the
    // fold of its key's history. Each key is folded just before its alarm is judged, so a history's
    // rows live only that long (at 187,000 ledger rows, keeping them all cost memory and GC time).
    const priorByKey = [];
    for (const d of defects) {
        const key = alarmsRead.keys.get(d.subject, d.release_window_id);
        if (key !== undefined)
            (priorByKey[key] ??= []).push(d);
    }
    const ledgerFile = inputs.ledger.file;
    const fold = (alarmId, windowId, rows, out) => foldKey(rows.map((r) => ledger.rows.record(r, alarmId, windowId)), ledgerFile, policy, out);
    const ctx = { policy, now, ledgerFile, evidence: evidence.index, mustBeFilled: ['acknowledged_by', ...policy.extraRequiredFields].map((name) => ({ name, column: inputs.ledger.column(name) })) };
    // Judging is a pure function of the alarm, its key's rows and its prior defects, so an alarm's
    // full evaluation is made again where one is read (the readback, the closure stage's list)
    // rather than kept for all of them.
    const judge = (alarm, foldDefects, full) => {
        const rows = ledger.groups.rowsOf(alarm.key);
        let prior = priorByKey[alarm.key];
        let state;
        if (rows) {
            const folded = [];
            state = fold(alarm.alarm_id, alarm.release_window_id, rows, folded);
            if (folded.length > 0) {
                if (foldDefects)
                    for (const d of folded)
                        foldDefects.push(d);
                prior = (prior ?? []).concat(folded);
            }
        }
        return evaluateAlarm(alarm, state, ctx, prior, full);
    };
    const evaluationOf = (o) => judge(o.alarm, undefined, true).evaluation;
    const outcomes = [];
    for (const alarm of alarmsRead.alarms) {
        ledger.groups.markTaken(alarm.key);
        const { outcome } = judge(alarm, defects, false);
        for (const d of outcome.defects)
            defects.push(d);
        outcomes.push(outcome);
    }
    // Keys no alarm took: orphans, and keys of alarm rows refused for their class.
    const lonely = [];
    for (const [alarmId, windowId, rows] of ledger.groups.entries()) {
        const state = fold(alarmId, windowId, rows, defects);
        if (!alarmsRead.keys.has(alarmId, windowId))
            lonely.push({ alarmId, windowId, state });
    }
    for (const d of orphans(lonely, alarmsRead.keys, ledgerFile, policy))
        defects.push(d);
    const sorted = (0,defect/* sortDefects */.XJ)(defects);
    const escalations = outcomes.flatMap((o) => o.escalations).sort(compareEscalations);
    const duplicateAlarm = keysOf(sorted.filter((d) => d.defect_code === 'ALARM_DUPLICATE'));
    const globalBlocking = sorted.filter((d) => d.release_window_id === '' && d.severity === 'blocking');
    const outcomesBy = groupBy(outcomes, (o) => o.alarm.release_window_id);
    const defectsBy = groupBy(sorted, (d) => d.release_window_id);
    const escalationsBy = groupBy(escalations, (e) => e.release_window_id);
    const windowDecisions = [];
    const readback = [];
    for (const w of [...windows].sort()) {
        const own = outcomesBy.get(w) ?? [];
        const top = riskiest(own, READBACK_SIZE);
        const rb = top.map((o) => readbackOf(o, evaluationOf(o), o.duplicate || duplicateAlarm.has(o.alarm.alarm_id, w)));
        readback.push(...rb);
        const wDefects = [...(defectsBy.get(w) ?? []), ...globalBlocking];
        windowDecisions.push(decideWindow(w, own, wDefects, escalationsBy.get(w) ?? [], rb));
    }
    let decision = globalBlocking.length > 0 ? 'no-go' : 'go';
    for (const wd of windowDecisions)
        decision = worst(decision, wd.decision);
    // Only soft mode asks for a defect's alarm class, so the 100,000-entry index is built on demand.
    let classByKey;
    const classOf = (d) => {
        if (!classByKey) {
            classByKey = new ledger_keys/* KeyMap */.Q();
            for (const a of alarmsRead.alarms)
                classByKey.set(a.alarm_id, a.release_window_id, a.alarm_class);
        }
        return classByKey.get(d.subject, d.release_window_id);
    };
    const blocking = blockingIn(mode, sorted, classOf);
    const ledgerRows = inputs.ledger.size + inputs.ledger.broken.length;
    const result = {
        decision,
        mode,
        failed: failedIn(mode, decision, blocking),
        now_utc: (0,time/* formatUtc */.ay)(now),
        policy: { file: policy.file, sha256: policy.sha256 },
        windows: windowDecisions,
        defects: sorted,
        blocking,
        escalations,
        readback,
        counts: {
            alarms: inputs.alarms.size + inputs.alarms.broken.length,
            ledger_rows: ledgerRows,
            evidence_rows: inputs.evidence.size + inputs.evidence.broken.length,
            passed: outcomes.filter((o) => !o.blocking).length
        },
        inputs: [...inputs.files]
    };
    return withLists(result, outcomes, evaluationOf, evidence.index);
}
/**
 * Adds the result's alarm evaluations and evidence list, each made on first read: the closure
 * stage reads them, the gate's own reports never do, and at 100,000 alarms and 150,000 evidence
 * rows making them up front was most of the gate's memory and garbage-collection time. Defined
 * out here so the getters keep only what they need alive, not every local of evaluateLedger.
 */
function withLists(result, outcomes, evaluationOf, index) {
    let alarms;
    let rows;
    const alarmList = () => (alarms ??= outcomes.map(evaluationOf).sort((a, b) => cmp(a.alarm.release_window_id, b.alarm.release_window_id) || cmp(a.alarm.alarm_id, b.alarm.alarm_id)));
    const evidenceList = () => (rows ??= index.all().sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.evidence_id, b.evidence_id)));
    return Object.defineProperties(result, {
        alarms: { get: alarmList, enumerable: true },
        evidence: { get: evidenceList, enumerable: true }
    });
}
/** The n riskiest outcomes in compareRisk order: a selection, since a window can have thousands. */
function riskiest(outcomes, n) {
    const top = [];
    for (const o of outcomes) {
        if (top.length === n && compareRisk(o, top[n - 1]) >= 0)
            continue;
        let i = top.length === n ? n - 1 : top.length;
        while (i > 0 && compareRisk(o, top[i - 1]) < 0) {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = o;
    }
    return top;
}
/** The keys (subject, window) of some defects. */
function keysOf(defects) {
    const keys = new ledger_keys/* KeyMap */.Q();
    for (const d of defects)
        keys.set(d.subject, d.release_window_id, true);
    return keys;
}
function orphans(lonely, alarmKeys, file, policy) {
    if (lonely.length === 0)
        return [];
    const activeIn = new Map();
    for (let k = 0; k < alarmKeys.size; k++) {
        const alarmId = alarmKeys.alarmId(k);
        const windowId = alarmKeys.windowId(k);
        const list = activeIn.get(alarmId);
        if (list)
            list.push(windowId);
        else
            activeIn.set(alarmId, [windowId]);
    }
    const out = [];
    for (const { alarmId, windowId, state: st } of lonely) {
        const elsewhere = activeIn.get(alarmId);
        out.push((0,finding/* finding */.gk)('LEDGER_ORPHAN', {
            subject: alarmId,
            owner_role: policy.icRole,
            required_action: elsewhere
                ? `Check release_window_id: alarm ${alarmId} is active in window ${elsewhere.sort().join(', ')}`
                : 'Check alarm_id: no active alarm of this window has it',
            release_window_id: windowId,
            file,
            line: st.firstLine,
            field: elsewhere ? 'release_window_id' : 'alarm_id',
            detail: `${st.rowCount} ledger row(s) for ${alarmId} in window ${windowId} match no active alarm`
        }));
    }
    return out;
}
function compareEscalations(a, b) {
    return cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.state, b.state);
}
function groupBy(items, key) {
    const m = new Map();
    for (const t of items) {
        const k = key(t);
        const list = m.get(k);
        if (list)
            list.push(t);
        else
            m.set(k, [t]);
    }
    return m;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/git/exec.ts
var exec = __webpack_require__(9395);
;// CONCATENATED MODULE: ./src/ledger/git-history.ts


async function scanLedgerHistory(absPath) {
    const cwd = (0,external_node_path_.dirname)(absPath);
    const spec = `:(literal)${(0,external_node_path_.basename)(absPath)}`;
    const none = (status) => ({ status, commits: 0, rewrites: [] });
    const inside = await (0,exec/* git */.$)(['rev-parse', '--is-inside-work-tree'], { cwd, allowFail: true }).catch(() => undefined);
    if (!inside || inside.code !== 0 || inside.stdout.toString().trim() !== 'true')
        return none('not-a-repo');
    const shallow = await (0,exec/* git */.$)(['rev-parse', '--is-shallow-repository'], { cwd });
    if (shallow.stdout.toString().trim() === 'true')
        return none('shallow');
    const tracked = await (0,exec/* git */.$)(['ls-files', '--error-unmatch', '--', spec], { cwd, allowFail: true });
    const head = await (0,exec/* git */.$)(['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd, allowFail: true });
    if (tracked.code !== 0 || head.code !== 0)
        return none('untracked');
    // Line counts first: an append-only history (the usual case) removes nothing, and then no patch
    // is read at all. Reading every commit's patch of a 100,000-row ledger cost a second of the run
    // and 100 MB; now only the commits that removed lines are read.
    const diffFlags = ['-U0', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'];
    const counted = await (0,exec/* git */.$)(['log', '--first-parent', '--diff-merges=first-parent', '--numstat', '--text', '--no-renames', '--format=%x00%H', '--', spec], { cwd });
    const { commits, removing } = parseNumstat(counted.stdout.toString('utf8'));
    const changed = await (0,exec/* git */.$)(['diff', '--numstat', '--text', '--no-renames', 'HEAD', '--', spec], { cwd });
    const rewrites = [];
    if (removing.length > 0) {
        const shown = await (0,exec/* git */.$)(['show', '--diff-merges=first-parent', '-p', ...diffFlags, '--format=%x00%H', ...removing, '--', spec], { cwd });
        rewrites.push(...parseRemovals(shown.stdout.toString('utf8')).rewrites);
    }
    if (parseNumstat(`\u0000\n${changed.stdout.toString('utf8')}`).removing.length > 0) {
        const work = await (0,exec/* git */.$)(['diff', ...diffFlags, 'HEAD', '--', spec], { cwd });
        rewrites.push(...parseRemovals(`\u0000\n${work.stdout.toString('utf8')}`).rewrites);
    }
    return { status: 'checked', commits, rewrites };
}
/** Parses `git log --numstat --format=%x00%H` (or numstat behind a `\0` line): commits, and those that removed lines. */
function parseNumstat(text) {
    let commits = 0;
    let commit = '';
    const removing = [];
    for (const line of text.split('\n')) {
        if (line.startsWith('\u0000')) {
            commit = line.slice(1).trim();
            if (commit !== '')
                commits++;
            continue;
        }
        // added <TAB> removed <TAB> path; '-' counts for a binary change, which --text rules out
        const removed = line.split('\t')[1];
        if (removed !== undefined && removed !== '0' && (removing.length === 0 || removing[removing.length - 1] !== commit))
            removing.push(commit);
    }
    return { commits, removing };
}
/** Parses `git log -p -U0 --format=%x00%H` (or a diff behind a `\0` line) into removed lines. */
function parseRemovals(text) {
    const rewrites = [];
    let commits = 0;
    let commit = '';
    let removed = [];
    let added = new Set();
    let oldLine = 0;
    let inHunk = false;
    const flush = () => {
        for (const r of removed)
            if (r.text.trim() !== '' && !added.has(r.text))
                rewrites.push(r);
        removed = [];
        added = new Set();
    };
    for (const raw of text.split('\n')) {
        if (raw.startsWith('\u0000')) {
            flush();
            commit = raw.slice(1).trim();
            if (commit !== '')
                commits++;
            inHunk = false;
            continue;
        }
        if (raw.startsWith('diff --git ')) {
            inHunk = false;
            continue;
        }
        const hunk = raw.startsWith('@@') ? /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(raw) : null;
        if (hunk) {
            oldLine = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('-'))
            removed.push({ commit, line: oldLine++, text: line.slice(1) });
        else if (line.startsWith('+'))
            added.add(line.slice(1));
    }
    flush();
    return { commits, rewrites };
}

// EXTERNAL MODULE: ./src/ledger/policy.ts
var ledger_policy = __webpack_require__(1143);
// EXTERNAL MODULE: ./src/ledger/row-scan.ts + 2 modules
var row_scan = __webpack_require__(6005);
;// CONCATENATED MODULE: ./src/ledger/gate.ts









/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,external_node_path_.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return abs;
    return rel.split(external_node_path_.sep).join('/');
}
// Starting a worker costs about 0.1 s, more than a small ledger takes to read in this thread.
const WORKER_MIN_BYTES = 4 << 20;
async function sizeOf(path) {
    try {
        return (await (0,promises_.stat)(path)).size;
    }
    catch {
        return 0; // read in this thread, which reports the problem
    }
}
async function loadLedgerInputs(settings) {
    const ws = settings.workspace;
    const abs = (p) => (0,external_node_path_.resolve)(ws, p);
    const policyAbs = abs(settings.policies['ack-ledger']);
    const policy = await (0,ledger_policy/* loadLedgerPolicy */.sw)(policyAbs, displayPath(ws, policyAbs));
    const d = policy.data;
    const paths = { alarms: abs(settings.inputs.alarms), ledger: abs(settings.inputs.ledger), evidence: abs(settings.inputs.evidence) };
    const job = (kind, path, requiredColumns) => ({ kind, path, file: displayPath(ws, path), requiredColumns });
    const ledgerJob = job('ledger', paths.ledger, d.required_fields);
    const evidenceJob = job('evidence', paths.evidence, Object.values(d.evidence_fields));
    // git runs in its own process, and the ledger (the largest file) is read in a worker thread
    // (row-scan.ts) while this thread reads the alarms' and the evidence file's rows: measured on
    // 2 cores, that split finishes reading first. Without a worker, all three are read here in turn.
    const scan = scanLedgerHistory(paths.ledger);
    scan.catch(() => undefined);
    const worker = settings.readWorker !== undefined && (await sizeOf(paths.ledger)) >= WORKER_MIN_BYTES ? settings.readWorker : undefined;
    const ledgerRead = (0,row_scan/* scanFileAside */.a7)(ledgerJob, policy, worker);
    ledgerRead.catch(() => undefined); // awaited below, after the alarms: errors are reported in file order
    const { table: alarms, bytes: alarmBytes } = await (0,read/* readCsvFile */.FU)(paths.alarms, { file: displayPath(ws, paths.alarms), requiredColumns: Object.values(d.alarm_fields) });
    const evidenceRead = (0,row_scan/* scanFile */.WN)(evidenceJob, policy);
    evidenceRead.catch(() => undefined);
    const alarmsDigest = (0,hash/* sha256HexOffThread */.U7)(alarmBytes);
    const alarmsRead = readAlarms(alarms, policy);
    const ledger = await ledgerRead;
    const evidence = await evidenceRead;
    const history = await scan;
    // Only a rewrite needs the current lines (to tell a restored row from a lost one).
    const ledgerLines = history.rewrites.length === 0 ? new Set() : new Set(ledger.bytes.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')));
    return {
        policy,
        inputs: {
            alarms,
            ledger: ledger.table,
            evidence: evidence.table,
            history,
            ledgerLines,
            files: [
                { file: alarms.file, sha256: await alarmsDigest },
                { file: ledger.table.file, sha256: ledger.sha256 },
                { file: evidence.table.file, sha256: evidence.sha256 }
            ],
            scans: { alarms: alarmsRead, ledger: ledger.scan, evidence: evidence.scan }
        }
    };
}
/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
async function runLedgerGate(settings) {
    const { policy, inputs } = await loadLedgerInputs(settings);
    return evaluateLedger(inputs, policy, settings.now, settings.mode);
}


/***/ })

};
