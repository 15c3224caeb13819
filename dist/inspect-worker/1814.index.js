export const id = 1814;
export const ids = [1814];
export const modules = {

/***/ 1814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadLedgerInputs: () => (/* binding */ loadLedgerInputs),
  runLedgerGate: () => (/* binding */ runLedgerGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/paths.ts
var util_paths = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(4598);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/ledger/codes.ts
var codes = __webpack_require__(9151);
;// CONCATENATED MODULE: ./src/ledger/finding.ts


function finding(code, a) {
    const severity = a.severity ?? (code === 'ROW_MALFORMED' ? 'blocking' : codes/* LEDGER_CODES */.v[code].severity);
    return {
        subject: (0,ids.printable)(a.subject, 100),
        defect_code: code,
        severity,
        owner_role: a.owner_role,
        required_action: a.required_action,
        release_window_id: a.release_window_id,
        file: a.file,
        line: a.line,
        field: a.field ?? '',
        detail: (0,ids.printable)(a.detail ?? '', 400)
    };
}
/** Minutes as people say them: 8, 0.5, 90. */
function minutes(ms) {
    const m = ms / 60_000;
    return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '');
}
/**
 * finding() about an alarm's key at one row and column: the shape of every per-alarm check
 * (evaluate.ts, closure-check.ts). Its arguments are passed as they are, not spread into a new
 * object, which at tens of thousands of defects a run was a measurable cost.
 */
function alarmFinding(code, key, file, line, field, a) {
    return finding(code, {
        subject: key.alarm_id,
        release_window_id: key.release_window_id,
        owner_role: a.owner_role,
        required_action: a.required_action,
        file,
        line,
        field,
        detail: a.detail,
        severity: a.severity
    });
}

;// CONCATENATED MODULE: ./src/ledger/cells.ts



/** The checks for one table's cells; defects go to `out`. */
class CellChecks {
    file;
    out;
    constructor(file, out) {
        this.file = file;
        this.out = out;
    }
    /** An id cell, normalized; a refused one becomes ID_MALFORMED and the result is undefined. */
    id(raw, line, column, what, windowId, role, check) {
        if (!check) {
            const id = (0,ids.idOf)(raw);
            if (id !== undefined)
                return id;
        }
        const r = (check ?? ids.checkId)(raw);
        if (r.ok)
            return r.id;
        this.out.push(finding('ID_MALFORMED', {
            // the refused id as the reader must see it: control and invisible characters escaped
            subject: (0,ids.printable)(raw, 200),
            owner_role: role,
            required_action: `${capitalized((0,ids.idFix)(raw, r, `write a ${what} of letters, digits and - _ . :`))} (the row was not joined)`,
            release_window_id: windowId,
            file: this.file,
            line,
            field: column,
            detail: `${what} '${(0,ids.printable)(raw)}' ${r.reason}`
        }));
        return undefined;
    }
    /** time() for row r's cell in column c, read in place when it is canonical (CsvTable.utcMs). */
    timeAt(table, r, c, line, column, ctx, allowEmpty = false) {
        return table.utcMs(r, c) ?? this.time(table.cell(r, c), line, column, ctx, allowEmpty);
    }
    /** A timestamp cell as epoch ms; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
    time(raw, line, column, ctx, allowEmpty = false) {
        const ms = (0,time/* utcMs */.bp)(raw);
        if (ms !== undefined || (allowEmpty && raw.trim() === ''))
            return ms;
        const p = (0,time/* parseUtc */.y5)(raw);
        this.out.push(finding('TIMESTAMP_MALFORMED', {
            subject: ctx.subject,
            owner_role: ctx.role,
            required_action: `Write ${column} as RFC 3339 UTC, e.g. 2026-11-23T14:05:00Z`,
            release_window_id: ctx.windowId,
            file: this.file,
            line,
            field: column,
            detail: `${column}: ${p.ok ? '' : p.reason}`
        }));
        return undefined;
    }
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A cell function with a memo, for columns with few distinct values (windows, roles) in large files. */
function memoCells(compute) {
    const memo = new Map();
    return (raw) => {
        let r = memo.get(raw);
        if (r === undefined) {
            r = compute(raw);
            if (memo.size < 10_000)
                memo.set(raw, r);
        }
        return r;
    };
}
/** checkId with a memo (memoCells). */
function memoCheckId() {
    return memoCells(ids.checkId);
}
/** Column name -> index for the columns a reader uses, looked up once per table. */
function columnsOf(table, names) {
    const out = {};
    for (const k of Object.keys(names))
        out[k] = table.column(names[k]);
    return out;
}
/** The table's structurally broken rows as ROW_MALFORMED defects. */
function brokenRows(table, fallbackRole) {
    return table.broken.map((p) => finding('ROW_MALFORMED', {
        subject: '',
        owner_role: fallbackRole,
        required_action: p.fix ? `Repair the row: ${p.fix}` : 'Repair the row',
        release_window_id: '',
        file: p.file,
        line: p.line ?? null,
        detail: p.message
    }));
}

;// CONCATENATED MODULE: ./src/ledger/keys.ts
/**
 * A map keyed by a ledger key: an alarm_id within a release_window_id (both normalized).
 *
 * A Map of Maps rather than one Map of joined `window + alarm` strings: at 100,000 alarms and
 * 187,000 ledger rows, building a joined string for every lookup, and hashing each fresh string,
 * was a good part of the gate's time. Window ids are few and shared; each alarm id string is
 * hashed once. Entries come back grouped by window, in the order first set.
 */
class KeyMap {
    #windows = new Map();
    get(alarmId, windowId) {
        return this.#windows.get(windowId)?.get(alarmId);
    }
    has(alarmId, windowId) {
        return this.#windows.get(windowId)?.has(alarmId) ?? false;
    }
    set(alarmId, windowId, value) {
        let alarms = this.#windows.get(windowId);
        if (!alarms) {
            alarms = new Map();
            this.#windows.set(windowId, alarms);
        }
        alarms.set(alarmId, value);
    }
    *entries() {
        for (const [windowId, alarms] of this.#windows)
            for (const [alarmId, value] of alarms)
                yield [alarmId, windowId, value];
    }
}
/**
 * The keys of the alarms file, numbered 0, 1, 2, ... in the order first added. The join works
 * on these numbers: a ledger row looks its key up once, and from then on its alarm's rows, prior
 * defects and verdict are found by number, in arrays, with no further hashing of id strings.
 */
class KeyIndex {
    #numbers = new KeyMap();
    #alarmIds = [];
    #windowIds = [];
    get size() {
        return this.#alarmIds.length;
    }
    /** The key's number; undefined when it was never added. */
    get(alarmId, windowId) {
        return this.#numbers.get(alarmId, windowId);
    }
    has(alarmId, windowId) {
        return this.#numbers.has(alarmId, windowId);
    }
    /** Adds a key not yet in the index and returns its number. */
    add(alarmId, windowId) {
        const n = this.#alarmIds.length;
        this.#numbers.set(alarmId, windowId, n);
        this.#alarmIds.push(alarmId);
        this.#windowIds.push(windowId);
        return n;
    }
    alarmId(n) {
        return this.#alarmIds[n];
    }
    windowId(n) {
        return this.#windowIds[n];
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/load.ts + 2 modules
var load = __webpack_require__(4742);
;// CONCATENATED MODULE: ./src/ledger/policy.ts



/** The ledger columns the gate reads by name; the policy's required_fields must list them all. */
const LEDGER_FIELDS = [
    'alarm_id',
    'alarm_state',
    'release_window_id',
    'owner_role',
    'acknowledged_by',
    'ack_timestamp_utc',
    'response_sla_minutes',
    'target_resolution_utc',
    'closure_state',
    'closure_evidence_ref',
    'last_updated_utc'
];
/** Ledger columns the gate reads when present: an accepted SLA exception, a signed-off ack-time correction. */
const OPTIONAL_LEDGER_FIELDS = ['sla_exception_ref', 'exception_approved_by', 'ack_correction_ref', 'ack_correction_approved_by'];
async function loadLedgerPolicy(absPath, displayFile) {
    return toLedgerPolicy(await (0,load.loadPolicyFile)('ack-ledger', absPath, displayFile));
}
function parseLedgerPolicy(text, file) {
    return toLedgerPolicy(parsePolicy('ack-ledger', text, file));
}
const fold = (s) => s.trim().toLowerCase();
// The lookups below run for every ledger row; a cell that is already folded (the usual case)
// is found as it is, without the two strings fold() makes.
const lookup = (m, v) => m.get(v) ?? m.get(fold(v));
const member = (s, v) => s.has(v) || s.has(fold(v));
/** The engine's view of an ack-ledger policy already parsed and schema-checked (a worker gets it as data). */
function toLedgerPolicy(loaded) {
    const { data, file } = loaded;
    const problems = [];
    LEDGER_FIELDS.forEach((f) => {
        if (!data.required_fields.includes(f)) {
            problems.push({
                file,
                field: '/required_fields',
                message: `must list '${f}' (the gate reads it)`,
                fix: `add '- ${f}'`
            });
        }
    });
    if (fold(data.alarm_classes.page) === fold(data.alarm_classes.block)) {
        problems.push({
            file,
            field: '/alarm_classes/block',
            message: 'must differ from /alarm_classes/page'
        });
    }
    const resolved = new Set(data.closure_policy.resolved_states.map(fold));
    data.closure_policy.open_states.forEach((s, i) => {
        if (resolved.has(fold(s))) {
            problems.push({
                file,
                field: `/closure_policy/open_states/${i}`,
                message: `'${s}' is also a resolved state`
            });
        }
    });
    const roleId = (raw, pointer) => {
        const r = (0,ids.checkId)(raw);
        if (r.ok)
            return r.id;
        problems.push({
            file,
            field: pointer,
            message: `role '${raw}' ${r.reason}`
        });
        return '';
    };
    const icRole = roleId(data.ownership.incident_commander_role, '/ownership/incident_commander_role');
    const exceptionApproverRole = roleId(data.sla_exceptions.approver_role, '/sla_exceptions/approver_role');
    const correctionApproverRole = data.ack_corrections ? roleId(data.ack_corrections.approver_role, '/ack_corrections/approver_role') : '';
    if (problems.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'POLICY_INVALID',
            message: `${file}: invalid ack-ledger policy`,
            problems
        });
    }
    const classes = new Map([
        [fold(data.alarm_classes.page), 'page'],
        [fold(data.alarm_classes.block), 'block']
    ]);
    const open = new Set(data.closure_policy.open_states.map(fold));
    const kinds = new Set(data.evidence_kinds.map(fold));
    const interpreted = new Set([...LEDGER_FIELDS, ...(data.optional_fields ?? [])]);
    return {
        file,
        sha256: loaded.sha256,
        data,
        classOf: (v) => lookup(classes, v),
        ackSlaMinutes: (cls) => (cls === 'page' ? data.sla_policy.page_ack_minutes : data.sla_policy.block_ack_minutes),
        icRole,
        exceptionApproverRole,
        correctionApproverRole,
        isResolvedState: (v) => member(resolved, v),
        isOpenState: (v) => member(open, v),
        isEvidenceKind: (v) => member(kinds, v),
        extraRequiredFields: data.required_fields.filter((f) => !interpreted.has(f))
    };
}

;// CONCATENATED MODULE: ./src/ledger/records.ts




// The gate's internal row records. Each keeps its table and row index rather than a copy of its
// cells: at 100,000 alarms a per-row object of every column cost more memory and garbage
// collection than the whole evaluation, and only a few cells are read more than once. The
// contract's `raw` maps are built on first read, which in practice is never at scale.
/** An alarm row that can take part in the join: ids normalized, class known. */
class Alarm {
    key;
    alarm_id;
    alarm_class;
    release_window_id;
    raisedMs;
    primary_owner_role;
    backup_owner_role;
    #table;
    #row;
    constructor(table, row, 
    /** the alarm's key number (KeyIndex): the join finds its ledger rows and defects by it */
    key, alarm_id, alarm_class, release_window_id, 
    /** epoch ms, undefined when raised_utc is malformed */
    raisedMs, primary_owner_role, backup_owner_role) {
        this.key = key;
        this.alarm_id = alarm_id;
        this.alarm_class = alarm_class;
        this.release_window_id = release_window_id;
        this.raisedMs = raisedMs;
        this.primary_owner_role = primary_owner_role;
        this.backup_owner_role = backup_owner_role;
        this.#table = table;
        this.#row = row;
    }
    // Getters rather than fields for what is rarely read: every field of the 100,000 alarms (and
    // entries) of a large run outlives several garbage collections, and each is copied each time.
    get source() {
        return { file: this.#table.file, line: this.#table.line(this.#row) };
    }
    get raised_utc() {
        return utcText(this.raisedMs);
    }
    /** every column of the CSV row, as written */
    get raw() {
        return this.#table.values(this.#row);
    }
}
const LEDGER_COLUMNS = Object.fromEntries([...LEDGER_FIELDS, ...OPTIONAL_LEDGER_FIELDS].map((c) => [c, c]));
/** The ledger columns' indexes in the table (-1 when absent), resolved once per table. */
function ledgerColumns(table) {
    return columnsOf(table, LEDGER_COLUMNS);
}
/**
 * The ledger table with what scanLedgerRows learnt of its rows: column indexes resolved once,
 * and each row's three timestamps parsed once (NaN: empty or malformed), so a record neither
 * looks up a column by name nor parses a time again.
 */
class LedgerRows {
    table;
    columns;
    ack;
    target;
    updated;
    /** times: the rows' parsed timestamps (scanLedgerRows) */
    constructor(table, times) {
        this.table = table;
        this.columns = ledgerColumns(table);
        this.ack = times.ack;
        this.target = times.target;
        this.updated = times.updated;
    }
    /** Row r as a record of the key (alarm_id, release_window_id). */
    record(r, alarmId, windowId) {
        return new LedgerRecord(this, r, alarmId, windowId);
    }
}
const ms = (v) => (Number.isNaN(v) ? undefined : v);
/** One ledger row of an evaluated window; its cells are read from the table on demand. */
class LedgerRecord {
    row;
    alarm_id;
    release_window_id;
    table;
    line;
    /** epoch ms; undefined when the cell is malformed (scanLedgerRows reported it) or, for the target, empty */
    ackMs;
    targetMs;
    updatedMs;
    #columns;
    constructor(rows, row, alarm_id, release_window_id) {
        this.row = row;
        this.alarm_id = alarm_id;
        this.release_window_id = release_window_id;
        this.table = rows.table;
        this.#columns = rows.columns;
        this.line = rows.table.line(row);
        this.ackMs = ms(rows.ack[row]);
        this.targetMs = ms(rows.target[row]);
        this.updatedMs = ms(rows.updated[row]);
    }
    /** The cell in the named column as written; '' when the ledger has no such column. */
    cell(column) {
        return this.table.cell(this.row, this.#columns[column]);
    }
    /** The cell at a column index (table.column()), for columns only the policy names. */
    cellAt(column) {
        return this.table.cell(this.row, column);
    }
    /** Every cell in header order: two rows with equal cells are the same row. */
    cells() {
        return this.table.cells(this.row);
    }
}
/**
 * A key's latest state, as the contract's LedgerEntry. What the checks read is made when the
 * entry is; the rest (timestamps as text, the acknowledger, the location, the raw row) is made
 * when read, since at 100,000 alarms most entries are judged and dropped without being shown.
 */
class Entry {
    #record;
    alarm_id;
    release_window_id;
    alarm_state;
    owner_role;
    /** null when the cell is not a whole number (reported as SLA_MISMATCH) */
    response_sla_minutes;
    closure_state;
    closure_evidence_ref;
    history_rows;
    sla_exception_ref;
    exception_approved_by;
    /** alarmState: the ledger's class for the row, or the alarm's when the ledger's is not a class */
    constructor(record, alarmState, historyRows) {
        this.#record = record;
        this.alarm_id = record.alarm_id;
        this.release_window_id = record.release_window_id;
        this.alarm_state = alarmState;
        this.owner_role = (0,ids.idOf)(record.cell('owner_role')) ?? '';
        const sla = record.cell('response_sla_minutes').trim();
        this.response_sla_minutes = /^\d{1,9}$/.test(sla) ? Number(sla) : null;
        this.closure_state = record.cell('closure_state').trim().toLowerCase();
        this.closure_evidence_ref = record.cell('closure_evidence_ref').trim();
        this.history_rows = historyRows;
        this.sla_exception_ref = record.cell('sla_exception_ref').trim();
        this.exception_approved_by = record.cell('exception_approved_by').trim();
    }
    get acknowledged_by() {
        return this.#record.cell('acknowledged_by').trim();
    }
    get ack_timestamp_utc() {
        return utcText(this.#record.ackMs);
    }
    get target_resolution_utc() {
        return utcText(this.#record.targetMs);
    }
    get last_updated_utc() {
        return utcText(this.#record.updatedMs);
    }
    get source() {
        return { file: this.#record.table.file, line: this.#record.line };
    }
    get raw() {
        return this.#record.table.values(this.#record.row);
    }
}
const utcText = (ms) => (ms === undefined ? '' : (0,time/* formatUtc */.ay)(ms));
/**
 * An evidence row, handed out as the contract's EvidenceRow as it is (the result lists every
 * evidence row, so a stripped copy of each would double them).
 */
class Evidence {
    evidence_id;
    release_window_id;
    alarm_id;
    evidence_kind;
    uri;
    recordedMs;
    recorded_utc;
    recorded_by;
    source;
    /** lines of later rows with the same evidence_id: the id is then ambiguous */
    duplicateLines;
    constructor(evidence_id, release_window_id, alarm_id, 
    /** ci_artifact | validator_row | log_capture | approval_note (policy data) */
    evidence_kind, uri, 
    /** epoch ms, undefined when recorded_utc is malformed */
    recordedMs, recorded_utc, recorded_by, source) {
        this.evidence_id = evidence_id;
        this.release_window_id = release_window_id;
        this.alarm_id = alarm_id;
        this.evidence_kind = evidence_kind;
        this.uri = uri;
        this.recordedMs = recordedMs;
        this.recorded_utc = recorded_utc;
        this.recorded_by = recorded_by;
        this.source = source;
    }
}

;// CONCATENATED MODULE: ./src/ledger/alarm-list.ts

/**
 * The joinable alarm rows, kept as columns of numbers and made into Alarm objects only when one
 * is read. The gate reads each alarm once to judge it (and again only for the readback or the
 * closure stage's list), while an object kept for each was about 140 bytes of the heap per alarm
 * for the whole run: 140 MB at 1,000,000 alarms. Ids come from the key index, which holds them
 * anyway; roles, few and shared, are numbered.
 */
class AlarmList {
    table;
    keys;
    #size = 0;
    #rows;
    #keys;
    #classes;
    #raised;
    #primary;
    #backup;
    #roles = [];
    #roleNumbers = new Map();
    /** room for one alarm per row of the table, the most it can have */
    constructor(table, keys) {
        this.table = table;
        this.keys = keys;
        const n = table.size;
        this.#rows = new Int32Array(n);
        this.#keys = new Int32Array(n);
        this.#classes = new Uint8Array(n);
        this.#raised = new Float64Array(n);
        this.#primary = new Int32Array(n);
        this.#backup = new Int32Array(n);
    }
    get size() {
        return this.#size;
    }
    push(row, key, cls, raisedMs, primary, backup) {
        const i = this.#size++;
        this.#rows[i] = row;
        this.#keys[i] = key;
        this.#classes[i] = cls === 'block' ? 1 : 0;
        this.#raised[i] = raisedMs ?? NaN;
        this.#primary[i] = this.#role(primary);
        this.#backup[i] = this.#role(backup);
    }
    /** Alarm i (0 .. size - 1), made anew: equal in every field to the one pushed. */
    at(i) {
        const key = this.#keys[i];
        const raised = this.#raised[i];
        return new Alarm(this.table, this.#rows[i], key, this.keys.alarmId(key), this.#classes[i] === 1 ? 'block' : 'page', this.keys.windowId(key), Number.isNaN(raised) ? undefined : raised, this.#roles[this.#primary[i]], this.#roles[this.#backup[i]]);
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.#size; i++)
            yield this.at(i);
    }
    #role(id) {
        let n = this.#roleNumbers.get(id);
        if (n === undefined) {
            n = this.#roles.push(id) - 1;
            this.#roleNumbers.set(id, n);
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./src/ledger/alarm-rows.ts





function readAlarms(table, policy) {
    const f = policy.data.alarm_fields;
    const col = columnsOf(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const defects = brokenRows(table, ic);
    // A broken row's class cannot be read: it may be a block alarm.
    const unjoined = new Set(defects);
    const windows = new Set();
    const keys = new KeyIndex();
    const alarms = new AlarmList(table, keys);
    const keyLines = [];
    const check = new CellChecks(file, defects);
    const windowCheck = memoCheckId();
    const roleCell = roleCells();
    const roleProblem = (problem, column, alarmId, windowId, line) => {
        if (!problem)
            return;
        defects.push(finding(problem === 'is empty' ? 'FIELD_MISSING' : 'ID_MALFORMED', {
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
        const before = defects.length;
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        if (windowId)
            windows.add(windowId);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        if (!windowId || !alarmId) {
            if (policy.classOf(table.cell(r, col.alarm_class)) !== 'page')
                for (let i = before; i < defects.length; i++)
                    unjoined.add(defects[i]);
            continue;
        }
        const dup = keys.get(alarmId, windowId);
        if (dup !== undefined) {
            defects.push(finding('ALARM_DUPLICATE', {
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
            const invalid = classInvalid(alarmId, windowId, file, line, f.alarm_class, rawClass, policy, ownerOfRow);
            defects.push(invalid);
            unjoined.add(invalid);
            continue;
        }
        const raisedMs = check.timeAt(table, r, col.raised_utc, line, f.raised_utc, { subject: alarmId, windowId, role: ownerOfRow });
        alarms.push(r, key, cls, raisedMs, primary.id, backup.id);
    }
    return { alarms, windows, keys, keyLines, defects, unjoined };
}
const NO_ROLE = { id: '' };
const EMPTY_ROLE = { id: '', problem: 'is empty' };
/** Role cells have few distinct values: each is read once, and its result shared. */
function roleCells() {
    const role = memoCells((raw) => {
        const r = (0,ids.checkId)(raw);
        return r.ok ? { id: r.id } : { id: '', problem: `'${(0,ids.printable)(raw)}' ${r.reason}` };
    });
    return (raw, required) => (raw.trim() === '' ? (required ? EMPTY_ROLE : NO_ROLE) : role(raw));
}
function classInvalid(subject, windowId, file, line, column, raw, policy, role) {
    const { page, block } = policy.data.alarm_classes;
    return finding('CLASS_INVALID', {
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
const RANK = {
    go: 0,
    'conditional-go': 1,
    'no-go': 2
};
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
function decideWindow(windowId, 
/** how many alarms the window has, and whether any page SLA exception was accepted */
alarms, defects, escalations, readback) {
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
    else if (alarms.exceptionAccepted) {
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
        alarms: alarms.alarms,
        blocking: blocking.length,
        warnings: defects.filter((d) => d.severity === 'warning').length
    };
}
function list(items) {
    const shown = items.slice(0, 5).join(', ');
    return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
/**
 * The defects that fail the step in this mode. In soft mode: malformed timestamps, block alarms
 * without an acknowledgment, and alarm rows that may be block alarms but could not be joined
 * (`unjoined`): an acknowledgment the gate cannot see is not one.
 */
function blockingIn(mode, defects, classOf, unjoined = new Set()) {
    if (mode === 'observe')
        return [];
    const blocking = defects.filter((d) => d.severity === 'blocking');
    if (mode === 'full')
        return blocking;
    return blocking.filter((d) => d.defect_code === 'TIMESTAMP_MALFORMED' || unjoined.has(d) || (d.defect_code === 'ACK_MISSING' && classOf(d) === 'block'));
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
const RESOLVED_WITHOUT_EVIDENCE = Object.freeze({
    open: false,
    resolved: true
});
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
        out.push(alarmFinding('CLOSURE_STATE_INVALID', alarm, ctx.ledgerFile, row.line, 'closure_state', {
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
        out.push(alarmFinding('EVIDENCE_MISSING', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
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
        out.push(alarmFinding('EVIDENCE_UNRESOLVED', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
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
        out.push(alarmFinding('EVIDENCE_WRONG_WINDOW', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: `Reference evidence recorded for window ${alarm.release_window_id}`,
            detail: `${where(ev())} belongs to window ${evWindow}`
        }));
    }
    if (evAlarm !== alarm.alarm_id) {
        ok = false;
        out.push(alarmFinding('EVIDENCE_WRONG_ALARM', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
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
        out.push(alarmFinding('EVIDENCE_BEFORE_ACK', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
            owner_role: role,
            required_action: 'Reference evidence recorded after the acknowledgment (it must prove the response)',
            detail: `${where(ev())} was recorded ${(0,time/* formatUtc */.ay)(recordedMs)}, before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    return ok
        ? {
            open: false,
            resolved: true,
            evidenceRow: evRow,
            evidenceId: refId,
            recordedMs
        }
        : { open: false, resolved: false };
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
    out.push(alarmFinding('OWNER_INVALID', alarm, ctx.ledgerFile, row.line, 'owner_role', {
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
        defects.push(alarmFinding('ACK_MISSING', alarm, alarm.source.file, alarm.source.line, '', {
            owner_role: alarm.primary_owner_role || policy.icRole,
            required_action: `Acknowledge in the ledger as ${ownersText(alarm, policy)}${deadline === undefined ? '' : ` (SLA deadline ${(0,time/* formatUtc */.ay)(deadline)})`}`,
            detail: `no ledger row for ${alarm.alarm_class} alarm ${alarm.alarm_id} in window ${alarm.release_window_id}${late ? `; SLA passed ${minutes(now - deadline)} min ago` : ''}`
        }));
        if (late) {
            overdueMs = now - deadline;
            addEscalation(escalations, alarm, policy, 'ack_late', `no acknowledgment ${minutes(overdueMs)} min after the ${(0,time/* formatUtc */.ay)(deadline)} deadline`);
        }
        return outcomeOf({
            alarm,
            state,
            prior,
            defects,
            escalations,
            deadline,
            overdueMs,
            exceptionAccepted,
            full
        }, ctx, undefined, 'none');
    }
    // L7 / L8: the key has rows but no determinable state; the fold already said why.
    if (!state.latest)
        return outcomeOf({
            alarm,
            state,
            prior,
            defects,
            escalations,
            deadline,
            overdueMs,
            exceptionAccepted,
            full
        }, ctx, undefined, 'none');
    const row = state.latest;
    // alarm_state must agree with the alarms file (which wins).
    const ledgerClass = policy.classOf(row.cell('alarm_state'));
    const entry = new Entry(row, ledgerClass ?? alarm.alarm_class, state.rowCount);
    const ownerRole = entry.owner_role;
    if (!ledgerClass) {
        const { page, block } = policy.data.alarm_classes;
        defects.push(alarmFinding('CLASS_INVALID', alarm, file, row.line, 'alarm_state', {
            owner_role: ownerRole || policy.icRole,
            required_action: `Set alarm_state to '${page}' or '${block}'`,
            detail: `'${(0,ids.printable)(row.cell('alarm_state'))}' is not a class of the policy`
        }));
    }
    else if (ledgerClass !== alarm.alarm_class) {
        defects.push(alarmFinding('CLASS_MISMATCH', alarm, file, row.line, 'alarm_state', {
            owner_role: ownerRole || policy.icRole,
            required_action: `Record alarm_state as '${policy.data.alarm_classes[alarm.alarm_class]}' like the alarms file`,
            detail: `ledger says ${ledgerClass}, alarms file (line ${alarm.source.line}) says ${alarm.alarm_class}; judged as ${alarm.alarm_class}`
        }));
    }
    // Required values.
    for (const { name: field, column } of ctx.mustBeFilled) {
        if (row.cellAt(column).trim() === '') {
            defects.push(alarmFinding('FIELD_MISSING', alarm, file, row.line, field, {
                owner_role: ownerRole || policy.icRole,
                required_action: `Fill ${field} on the ledger row`,
                detail: `${field} is empty`
            }));
        }
    }
    // response_sla_minutes must state the policy's SLA for the class.
    const policySla = policy.ackSlaMinutes(alarm.alarm_class);
    if (entry.response_sla_minutes !== policySla) {
        defects.push(alarmFinding('SLA_MISMATCH', alarm, file, row.line, 'response_sla_minutes', {
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
            defects.push(alarmFinding('ACK_BEFORE_RAISED', alarm, file, row.line, 'ack_timestamp_utc', {
                owner_role: ownerRole || policy.icRole,
                required_action: 'Check the time zones of ack_timestamp_utc and raised_utc; record the true acknowledgment time',
                detail: `acknowledged ${(0,time/* formatUtc */.ay)(row.ackMs)}, ${minutes(alarm.raisedMs - row.ackMs)} min before it was raised at ${(0,time/* formatUtc */.ay)(alarm.raisedMs)}`
            }));
        }
        else if (row.ackMs > deadline) {
            const lateMs = row.ackMs - deadline;
            overdueMs = Math.max(overdueMs, lateMs);
            const lateText = `acknowledged ${(0,time/* formatUtc */.ay)(row.ackMs)}, ${minutes(lateMs)} min after the ${policySla}-min ${alarm.alarm_class} SLA (deadline ${(0,time/* formatUtc */.ay)(deadline)})`;
            const refusal = exceptionRefusal(alarm, entry, policy);
            if (refusal === undefined) {
                exceptionAccepted = true;
                defects.push(alarmFinding('SLA_EXCEPTION_ACCEPTED', alarm, file, row.line, 'sla_exception_ref', {
                    owner_role: policy.exceptionApproverRole,
                    required_action: `Carry exception ${entry.sla_exception_ref} into the release notes (conditional go)`,
                    detail: `${lateText}; exception approved by ${entry.exception_approved_by}`
                }));
            }
            else {
                defects.push(alarmFinding('ACK_LATE', alarm, file, row.line, 'ack_timestamp_utc', {
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
        defects.push(alarmFinding('TARGET_MISSING', alarm, file, row.line, 'target_resolution_utc', {
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc to when the alarm will be resolved',
            detail: 'target_resolution_utc is empty'
        }));
    }
    else if (row.targetMs !== undefined && row.ackMs !== undefined && row.targetMs < row.ackMs) {
        defects.push(alarmFinding('TARGET_BEFORE_ACK', alarm, file, row.line, 'target_resolution_utc', {
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
            defects.push(alarmFinding('RESOLUTION_LATE', alarm, file, row.line, 'target_resolution_utc', {
                severity: severity,
                owner_role: ownerRole || policy.icRole,
                required_action: `Resolve and record closure evidence, or re-plan with a new ledger row (escalated to ${policy.data.escalation[alarm.alarm_class].resolution_late.route_to.replace('_', ' ')})`,
                detail: `open ${minutes(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`
            }));
            addEscalation(escalations, alarm, policy, 'resolution_late', `open ${minutes(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`);
        }
        else if (isValidMapping(mapping) && !anyBlocking(prior) && !anyBlocking(defects)) {
            defects.push(alarmFinding('UNRESOLVED_IN_SLA', alarm, file, row.line, 'closure_state', {
                owner_role: ownerRole,
                required_action: `Page ${ownerRole}: resolve by ${(0,time/* formatUtc */.ay)(row.targetMs)} and record closure evidence`,
                detail: `acknowledged and open; ${minutes(row.targetMs - now)} min left to target`
            }));
        }
    }
    return outcomeOf({
        alarm,
        state,
        prior,
        defects,
        escalations,
        deadline,
        overdueMs,
        exceptionAccepted,
        full
    }, ctx, entry, mapping, closure);
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
            return {
                rowCount,
                firstLine,
                ambiguous: true,
                unorderable: true,
                duplicate: false
            };
    if (rowCount === 1)
        return {
            latest: rows[0],
            rowCount,
            firstLine,
            ambiguous: false,
            unorderable: false,
            duplicate: false
        };
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
                defects.push(finding('LEDGER_RETRY_DUPLICATE', {
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
                defects.push(finding('LEDGER_DUPLICATE_KEY', {
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
        return {
            rowCount,
            firstLine,
            ambiguous: true,
            unorderable: false,
            duplicate
        };
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
    if (firstAck && latest.ackMs !== undefined && firstAck.ackMs !== latest.ackMs)
        defects.push(ackMoved(ordered, firstAck, latest, file, policy));
    return {
        latest,
        rowCount,
        firstLine,
        ambiguous: false,
        unorderable: false,
        duplicate
    };
}
/** The defect for a latest row whose ack time is not the first recorded one. */
function ackMoved(ordered, firstAck, latest, file, policy) {
    const first = (0,time/* formatUtc */.ay)(firstAck.ackMs);
    const now = (0,time/* formatUtc */.ay)(latest.ackMs);
    const moved = `line ${firstAck.line} acknowledged at ${first}, line ${latest.line} says ${now}`;
    if (latest.ackMs > firstAck.ackMs) {
        return finding('ACK_TIMESTAMP_CHANGED', {
            subject: latest.alarm_id,
            owner_role: roleOf(latest, policy),
            required_action: 'Keep the first acknowledgment time; record corrections with a reason in the incident notes',
            release_window_id: latest.release_window_id,
            file,
            line: latest.line,
            field: 'ack_timestamp_utc',
            detail: moved
        });
    }
    // The row that first stated the earlier time made the correction; a later restatement may sign it off too.
    let made = latest;
    for (const r of ordered) {
        // rows before firstAck carry no ack time, so the first match comes after it
        if (r.ackMs === latest.ackMs) {
            made = r;
            break;
        }
    }
    const approver = policy.correctionApproverRole;
    const refusal = correctionRefusal(made, approver);
    if (refusal === undefined || (made !== latest && correctionRefusal(latest, approver) === undefined)) {
        const signed = refusal === undefined ? made : latest;
        return finding('ACK_TIMESTAMP_CHANGED', {
            subject: latest.alarm_id,
            owner_role: approver,
            required_action: `Carry correction ${(0,ids.printable)(signed.cell('ack_correction_ref').trim())} into the release notes`,
            release_window_id: latest.release_window_id,
            file,
            line: signed.line,
            field: 'ack_timestamp_utc',
            detail: `${moved}: moved earlier, signed off by ${approver} on line ${signed.line}`
        });
    }
    return finding('ACK_BACKDATED', {
        subject: latest.alarm_id,
        owner_role: approver || policy.icRole,
        required_action: approver
            ? `Append a row restoring ack_timestamp_utc ${first}, or have ${approver} sign off on the correction in the row that makes it (ack_correction_ref and ack_correction_approved_by)`
            : `Append a row restoring ack_timestamp_utc ${first}: the policy accepts no correction that moves an acknowledgment earlier (no ack_corrections section)`,
        release_window_id: latest.release_window_id,
        file,
        line: made.line,
        field: 'ack_timestamp_utc',
        detail: `${moved}: moved ${fold_minutes(firstAck.ackMs - latest.ackMs)} earlier without sign-off (${refusal})`
    });
}
/** undefined when the row carries the approver's sign-off on its correction; otherwise why not. */
function correctionRefusal(r, approver) {
    if (approver === '')
        return 'the policy names no ack_corrections approver';
    const ref = r.cell('ack_correction_ref').trim();
    const by = r.cell('ack_correction_approved_by').trim();
    if (ref === '' && by === '')
        return 'no ack_correction_ref or ack_correction_approved_by on the row';
    if (ref === '')
        return 'ack_correction_ref is empty';
    const c = (0,ids.checkId)(by);
    if (by === '')
        return `correction ${(0,ids.printable)(ref)} has no approval (ack_correction_approved_by is empty)`;
    if (!c.ok || c.id !== approver)
        return `correction approved by '${(0,ids.printable)(by)}', but only ${approver} may approve`;
    return undefined;
}
function fold_minutes(ms) {
    const m = ms / 60_000;
    return Number.isInteger(m) ? `${m} min` : `${Math.round(ms / 1000)} s`;
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

;// CONCATENATED MODULE: ./src/ledger/row-windows.ts
/** Fills a RowWindows row by row. */
class RowWindowsBuilder {
    scan;
    #numbers = new Map();
    constructor(rows, broken) {
        this.scan = {
            window: new Int32Array(rows).fill(-1),
            windowIds: [],
            broken,
            defects: [],
            defectRows: []
        };
    }
    /** Row r's window; undefined (refused) leaves it -1. */
    setWindow(r, windowId) {
        if (!windowId)
            return;
        let w = this.#numbers.get(windowId);
        if (w === undefined) {
            w = this.scan.windowIds.push(windowId) - 1;
            this.#numbers.set(windowId, w);
        }
        this.scan.window[r] = w;
    }
    /** Tags the defects found since `before` (a length of scan.defects) with row r. */
    tagDefects(r, before) {
        for (let i = before; i < this.scan.defects.length; i++)
            this.scan.defectRows.push(r);
    }
}
/** The window id of row r; '' when it was refused. */
function windowOf(scan, r) {
    const w = scan.window[r];
    return w < 0 ? '' : scan.windowIds[w];
}
/** Per distinct window of the scan (windowIds' order): is it evaluated? */
function evaluatedWindows(scan, windows) {
    return scan.windowIds.map((w) => windows.has(w));
}
/**
 * The defects that count: every broken row, and the defects of rows of an evaluated window or
 * whose window id was refused (nobody can tell which window such a row was meant for).
 */
function countingDefects(scan, evaluated) {
    const out = scan.broken.slice();
    for (let i = 0; i < scan.defects.length; i++) {
        const w = scan.window[scan.defectRows[i]];
        if (w < 0 || evaluated[w])
            out.push(scan.defects[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ledger/evidence-index.ts





class EvidenceIndex {
    #table;
    #policy;
    #scan;
    #columns;
    constructor(table, policy, scan) {
        this.#table = table;
        this.#policy = policy;
        this.#scan = scan;
    }
    /** The row of the evidence_id's first readable row; undefined when there is none. */
    rowOf(evidenceId) {
        return this.#scan.rowOf.get(evidenceId);
    }
    /** Lines of later rows with the same evidence_id: the id is then ambiguous. */
    duplicatesOf(evidenceId) {
        return this.#scan.duplicates.get(evidenceId);
    }
    windowOf(row) {
        return windowOf(this.#scan, row);
    }
    /** Normalized again when asked: a string kept for each of 150,000 rows cost more in garbage collection. */
    alarmOf(row) {
        return (0,ids.idOf)(this.#table.cell(row, this.#cols().alarm_id)) ?? '';
    }
    /** recorded_utc in epoch ms; undefined when malformed */
    recordedMs(row) {
        const ms = this.#scan.recorded[row];
        return Number.isNaN(ms) ? undefined : ms;
    }
    get(evidenceId) {
        const row = this.rowOf(evidenceId);
        return row === undefined ? undefined : this.evidence(evidenceId, row);
    }
    /** Every indexed evidence row, in file order. */
    all() {
        return Array.from(this.#scan.rowOf, ([id, row]) => this.evidence(id, row));
    }
    #cols() {
        return (this.#columns ??= columnsOf(this.#table, this.#policy.data.evidence_fields));
    }
    /** The row as an Evidence. */
    evidence(evidenceId, row) {
        const t = this.#table;
        const c = this.#cols();
        const recordedMs = this.recordedMs(row);
        const ev = new Evidence(evidenceId, this.windowOf(row), this.alarmOf(row), t.cell(row, c.evidence_kind).trim().toLowerCase(), t.cell(row, c.uri), recordedMs, recordedMs === undefined ? '' : (0,time/* formatUtc */.ay)(recordedMs), t.cell(row, c.recorded_by).trim(), { file: t.file, line: t.line(row) });
        const duplicates = this.duplicatesOf(evidenceId);
        if (duplicates)
            ev.duplicateLines = duplicates;
        return ev;
    }
}

;// CONCATENATED MODULE: ./src/ledger/evidence-rows.ts





// The evidence file in two steps, like the ledger (ledger-rows.ts): scanEvidence indexes and
// checks every row without knowing which windows are evaluated, so it can run in a worker;
// evidenceFor keeps the defects of the evaluated windows. Every row is indexed, whatever its
// window: a closure reference may point into another window, and that is L5's defect.
function evidence_rows_scanEvidence(table, policy) {
    const f = policy.data.evidence_fields;
    const col = columnsOf(table, f);
    const ic = policy.icRole;
    const file = table.file;
    const n = table.size;
    const rows = new RowWindowsBuilder(n, brokenRows(table, ic));
    const scan = Object.assign(rows.scan, {
        rowOf: new Map(),
        duplicates: new Map(),
        recorded: new Float64Array(n).fill(NaN)
    });
    const { rowOf, duplicates, defects } = scan;
    const windowCheck = memoCheckId();
    const check = new CellChecks(file, defects);
    for (let r = 0; r < table.size; r++) {
        const before = defects.length;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck);
        const evidenceId = check.id(table.cell(r, col.evidence_id), line, f.evidence_id, 'evidence_id', windowId ?? '', ic);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic);
        const subject = alarmId ?? '';
        rows.setWindow(r, windowId);
        scan.recorded[r] =
            check.timeAt(table, r, col.recorded_utc, line, f.recorded_utc, {
                subject,
                windowId: windowId ?? '',
                role: ic
            }) ?? NaN;
        const kind = table.cell(r, col.evidence_kind).trim();
        if (!policy.isEvidenceKind(kind)) {
            defects.push(finding('EVIDENCE_KIND_INVALID', {
                subject,
                owner_role: ic,
                required_action: `Set ${f.evidence_kind} to one of ${policy.data.evidence_kinds.join(', ')}`,
                release_window_id: windowId ?? '',
                file,
                line,
                field: f.evidence_kind,
                detail: `'${(0,ids.printable)(kind)}' is not an evidence kind of the policy`
            }));
        }
        if (evidenceId && windowId && alarmId) {
            const first = rowOf.get(evidenceId);
            if (first !== undefined) {
                const lines = duplicates.get(evidenceId);
                if (lines)
                    lines.push(line);
                else
                    duplicates.set(evidenceId, [line]);
                defects.push(finding('EVIDENCE_DUPLICATE_ID', {
                    subject,
                    owner_role: ic,
                    required_action: 'Give every evidence row its own evidence_id',
                    release_window_id: windowId,
                    file,
                    line,
                    field: f.evidence_id,
                    detail: `evidence_id '${evidenceId}' is also on line ${table.line(first)}`
                }));
            }
            else {
                rowOf.set(evidenceId, r);
            }
        }
        rows.tagDefects(r, before);
    }
    return scan;
}
/** The evidence index, and the defects of rows of evaluated windows (or of no readable window). */
function evidenceFor(table, policy, scan, windows) {
    return {
        index: new EvidenceIndex(table, policy, scan),
        defects: countingDefects(scan, evaluatedWindows(scan, windows))
    };
}

;// CONCATENATED MODULE: ./src/ledger/groups.ts

const groups_NONE = -1;
/**
 * Ledger row indexes grouped by key, rows in the order added.
 *
 * A group is numbered like the alarm key it joins (KeyIndex), so the evaluation takes an alarm's
 * rows by number; keys that no alarm row has (orphans) are numbered after them. Each row only
 * links to the previous row of its group, in one Int32Array, and a group becomes an array just
 * when it is taken: a Map of arrays cost about a hundred bytes per key at 100,000 keys, all of it
 * kept alive (and copied by the garbage collector) until the fold.
 */
class RowGroups {
    #alarmKeys;
    /** keys with ledger rows but no alarm row, numbered from #alarmKeys.size */
    #others = new KeyIndex();
    /** group -> the last row added to it, or NONE */
    #last;
    /** alarm key -> 1 once its alarm has taken its rows */
    #taken;
    /** row -> the row added before it to the same group, NONE for a group's first row */
    #previous;
    /** rows: how many rows (0 .. rows - 1) may be added; alarmKeys: the alarm keys, not changed here */
    constructor(rows, alarmKeys) {
        this.#alarmKeys = alarmKeys;
        this.#previous = new Int32Array(rows);
        this.#last = new Int32Array(alarmKeys.size + 16).fill(groups_NONE);
        this.#taken = new Uint8Array(alarmKeys.size);
    }
    /** The key's group number, made when the key has none yet. */
    groupOf(alarmId, windowId) {
        let g = this.#alarmKeys.get(alarmId, windowId);
        if (g === undefined) {
            const other = this.#others.get(alarmId, windowId);
            g = this.#alarmKeys.size + (other ?? this.#others.add(alarmId, windowId));
            if (g >= this.#last.length) {
                const grown = new Int32Array(this.#last.length * 2).fill(groups_NONE);
                grown.set(this.#last);
                this.#last = grown;
            }
        }
        return g;
    }
    /** Adds the row to group g (groupOf), after the rows added before it. */
    addTo(g, row) {
        this.#previous[row] = this.#last[g];
        this.#last[g] = row;
    }
    /** The rows of alarm key `key` (a KeyIndex number); undefined when it has none. */
    rowsOf(key) {
        const last = this.#last[key];
        return last === groups_NONE ? undefined : this.#rows(last);
    }
    /** Leaves alarm key `key`'s group out of entries() from now on: its alarm has judged it. */
    markTaken(key) {
        this.#taken[key] = 1;
    }
    /** Every group not taken, with its key and rows. */
    *entries() {
        const base = this.#alarmKeys.size;
        const groups = base + this.#others.size;
        for (let g = 0; g < groups; g++) {
            const last = this.#last[g];
            if (last === groups_NONE || (g < base && this.#taken[g] === 1))
                continue;
            const keys = g < base ? this.#alarmKeys : this.#others;
            const n = g < base ? g : g - base;
            yield [keys.alarmId(n), keys.windowId(n), this.#rows(last)];
        }
    }
    #rows(last) {
        const rows = [];
        for (let r = last; r !== groups_NONE; r = this.#previous[r])
            rows.push(r);
        return rows.reverse();
    }
}

;// CONCATENATED MODULE: ./src/ledger/ledger-rows.ts




function ledger_rows_scanLedgerRows(table, policy) {
    const ic = policy.icRole;
    const n = table.size;
    const col = ledgerColumns(table);
    const rows = new RowWindowsBuilder(n, brokenRows(table, ic));
    const scan = Object.assign(rows.scan, {
        alarmId: new Int32Array(n).fill(-1),
        alarmIdList: [],
        ack: new Float64Array(n).fill(NaN),
        target: new Float64Array(n).fill(NaN),
        updated: new Float64Array(n).fill(NaN)
    });
    const check = new CellChecks(table.file, scan.defects);
    const windowCheck = memoCheckId();
    const roleCheck = memoCheckId();
    const idNumbers = new Map();
    for (let r = 0; r < n; r++) {
        const before = scan.defects.length;
        const line = table.line(r);
        const windowId = check.id(table.cell(r, col.release_window_id), line, 'release_window_id', 'release_window_id', '', ic, windowCheck);
        const alarmId = check.id(table.cell(r, col.alarm_id), line, 'alarm_id', 'alarm_id', windowId ?? '', ic);
        rows.setWindow(r, windowId);
        if (windowId && alarmId) {
            let k = idNumbers.get(alarmId);
            if (k === undefined) {
                k = scan.alarmIdList.push(alarmId) - 1;
                idNumbers.set(alarmId, k);
            }
            scan.alarmId[r] = k;
            const role = roleCheck(table.cell(r, col.owner_role));
            const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic };
            scan.ack[r] = check.timeAt(table, r, col.ack_timestamp_utc, line, 'ack_timestamp_utc', ctx) ?? NaN;
            scan.target[r] = check.timeAt(table, r, col.target_resolution_utc, line, 'target_resolution_utc', ctx, true) ?? NaN;
            scan.updated[r] = check.timeAt(table, r, col.last_updated_utc, line, 'last_updated_utc', ctx) ?? NaN;
        }
        rows.tagDefects(r, before);
    }
    return scan;
}
/**
 * The rows of the evaluated windows, grouped by key; rows of other windows are history and are
 * neither checked nor joined. A row becomes a LedgerRecord only when its key is folded, so the
 * rows of a long history do not all stay alive in between.
 */
function groupLedger(table, scan, windows, alarmKeys) {
    const evaluated = evaluatedWindows(scan, windows);
    const defects = countingDefects(scan, evaluated);
    const groups = new RowGroups(table.size, alarmKeys);
    // An alarm id's rows are nearly always of one window: its group is looked up by string once
    // and then found by number (-1: not looked up yet).
    const lastWindow = new Int32Array(scan.alarmIdList.length).fill(-1);
    const lastGroup = new Int32Array(scan.alarmIdList.length);
    for (let r = 0; r < table.size; r++) {
        const w = scan.window[r];
        const a = scan.alarmId[r];
        if (w < 0 || a < 0 || !evaluated[w])
            continue;
        if (lastWindow[a] !== w) {
            lastWindow[a] = w;
            lastGroup[a] = groups.groupOf(scan.alarmIdList[a], scan.windowIds[w]);
        }
        groups.addTo(lastGroup[a], r);
    }
    return { groups, rows: new LedgerRows(table, scan), defects };
}

// EXTERNAL MODULE: ./src/csv/scan.ts
var scan = __webpack_require__(4263);
;// CONCATENATED MODULE: ./src/ledger/rewrites.ts



function historyDefects(report, ctx) {
    const ic = ctx.policy.icRole;
    const base = {
        subject: '',
        owner_role: ic,
        release_window_id: '',
        file: ctx.file,
        line: null
    };
    if (report.status === 'not-a-repo') {
        return [
            finding('LEDGER_HISTORY_UNCHECKED', {
                ...base,
                severity: 'info',
                required_action: 'Keep the ledger in git so in-place rewrites can be detected',
                detail: 'not inside a git repository; append-only history not checked'
            })
        ];
    }
    if (report.status === 'untracked') {
        return [
            finding('LEDGER_HISTORY_UNCHECKED', {
                ...base,
                severity: 'info',
                required_action: 'Commit the ledger so later rewrites can be detected',
                detail: 'the ledger file has no committed history yet'
            })
        ];
    }
    if (report.status === 'shallow') {
        return [
            finding('LEDGER_HISTORY_UNCHECKED', {
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
        return finding('LEDGER_HISTORY_REWRITTEN', {
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
    const evidence = evidenceFor(inputs.evidence, policy, inputs.scans?.evidence ?? evidence_rows_scanEvidence(inputs.evidence, policy), windows);
    const ledger = groupLedger(inputs.ledger, inputs.scans?.ledger ?? ledger_rows_scanLedgerRows(inputs.ledger, policy), windows, alarmsRead.keys);
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
    const ctx = {
        policy,
        now,
        ledgerFile,
        evidence: evidence.index,
        mustBeFilled: ['acknowledged_by', ...policy.extraRequiredFields].map((name) => ({ name, column: inputs.ledger.column(name) }))
    };
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
    const evaluationOf = (alarm) => judge(alarm, undefined, true).evaluation;
    // What each window's decision needs of its alarms' outcomes, gathered as they are judged: an
    // outcome is dropped once counted, since at 1,000,000 alarms keeping every one was 100 MB.
    const tallies = new Map();
    const judgedEscalations = [];
    let passed = 0;
    for (const alarm of alarmsRead.alarms) {
        ledger.groups.markTaken(alarm.key);
        const { outcome } = judge(alarm, defects, false);
        for (const d of outcome.defects)
            defects.push(d);
        for (const e of outcome.escalations)
            judgedEscalations.push(e);
        if (!outcome.blocking)
            passed++;
        const w = alarm.release_window_id;
        let tally = tallies.get(w);
        if (!tally) {
            tally = { alarms: 0, exceptionAccepted: false, top: [] };
            tallies.set(w, tally);
        }
        tally.alarms++;
        if (outcome.exceptionAccepted)
            tally.exceptionAccepted = true;
        offerRiskiest(tally.top, outcome, READBACK_SIZE);
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
    const escalations = judgedEscalations.sort(compareEscalations);
    const duplicateAlarm = keysOf(sorted.filter((d) => d.defect_code === 'ALARM_DUPLICATE'));
    const globalBlocking = sorted.filter((d) => d.release_window_id === '' && d.severity === 'blocking');
    const defectsBy = groupBy(sorted, (d) => d.release_window_id);
    const escalationsBy = groupBy(escalations, (e) => e.release_window_id);
    const windowDecisions = [];
    const readback = [];
    for (const w of [...windows].sort()) {
        const tally = tallies.get(w) ?? NO_ALARMS;
        const rb = tally.top.map((o) => readbackOf(o, evaluationOf(o.alarm), o.duplicate || duplicateAlarm.has(o.alarm.alarm_id, w)));
        readback.push(...rb);
        const wDefects = [...(defectsBy.get(w) ?? []), ...globalBlocking];
        windowDecisions.push(decideWindow(w, tally, wDefects, escalationsBy.get(w) ?? [], rb));
    }
    let decision = globalBlocking.length > 0 ? 'no-go' : 'go';
    for (const wd of windowDecisions)
        decision = worst(decision, wd.decision);
    // Only soft mode asks for a defect's alarm class, so the 100,000-entry index is built on demand.
    let classByKey;
    const classOf = (d) => {
        if (!classByKey) {
            classByKey = new KeyMap();
            for (const a of alarmsRead.alarms)
                classByKey.set(a.alarm_id, a.release_window_id, a.alarm_class);
        }
        return classByKey.get(d.subject, d.release_window_id);
    };
    const blocking = blockingIn(mode, sorted, classOf, alarmsRead.unjoined);
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
            passed
        },
        inputs: [...inputs.files]
    };
    return withLists(result, alarmsRead.alarms, evaluationOf, evidence.index);
}
/**
 * Adds the result's alarm evaluations and evidence list, each made on first read: the closure
 * stage reads them, the gate's own reports never do, and at 100,000 alarms and 150,000 evidence
 * rows making them up front was most of the gate's memory and garbage-collection time. Defined
 * out here so the getters keep only what they need alive, not every local of evaluateLedger.
 */
function withLists(result, judged, evaluationOf, index) {
    let alarms;
    let rows;
    const alarmList = () => (alarms ??= Array.from(judged, (a) => evaluationOf(a)).sort((a, b) => cmp(a.alarm.release_window_id, b.alarm.release_window_id) || cmp(a.alarm.alarm_id, b.alarm.alarm_id)));
    const evidenceList = () => (rows ??= index.all().sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.evidence_id, b.evidence_id)));
    return Object.defineProperties(result, {
        alarms: { get: alarmList, enumerable: true },
        evidence: { get: evidenceList, enumerable: true }
    });
}
const NO_ALARMS = { alarms: 0, exceptionAccepted: false, top: [] };
/** Keeps `top` the n riskiest outcomes offered, in compareRisk order (earlier ones win ties). */
function offerRiskiest(top, o, n) {
    if (top.length === n && compareRisk(o, top[n - 1]) >= 0)
        return;
    let i = top.length === n ? n - 1 : top.length;
    while (i > 0 && compareRisk(o, top[i - 1]) < 0) {
        top[i] = top[i - 1];
        i--;
    }
    top[i] = o;
}
/** The keys (subject, window) of some defects. */
function keysOf(defects) {
    const keys = new KeyMap();
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
        out.push(finding('LEDGER_ORPHAN', {
            subject: alarmId,
            owner_role: policy.icRole,
            required_action: elsewhere ? `Check release_window_id: alarm ${alarmId} is active in window ${elsewhere.sort().join(', ')}` : 'Check alarm_id: no active alarm of this window has it',
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

// EXTERNAL MODULE: ./src/git/index.ts + 4 modules
var git = __webpack_require__(9692);
;// CONCATENATED MODULE: ./src/ledger/git-history.ts


async function scanLedgerHistory(absPath) {
    const cwd = (0,external_node_path_.dirname)(absPath);
    const spec = `:(literal)${(0,external_node_path_.basename)(absPath)}`;
    const none = (status) => ({
        status,
        commits: 0,
        rewrites: []
    });
    const repo = (0,git/* openRepository */.h_)(cwd);
    if (!(await repo.isInsideWorkTree()))
        return none('not-a-repo');
    if (await repo.isShallow())
        return none('shallow');
    const tracked = await repo.isTracked(spec);
    const head = await repo.headOid();
    if (!tracked || head === null)
        return none('untracked');
    // Line counts first: an append-only history (the usual case) removes nothing, and then no patch
    // is read at all. Reading every commit's patch of a 100,000-row ledger cost a second of the run
    // and 100 MB; now only the commits that removed lines are read.
    const { commits, removing } = parseNumstat(await repo.firstParentNumstat(spec));
    const changed = await repo.worktreeNumstat(spec);
    const rewrites = [];
    if (removing.length > 0)
        rewrites.push(...parseRemovals(await repo.commitPatches(removing, spec)).rewrites);
    if (parseNumstat(`\u0000\n${changed}`).removing.length > 0) {
        rewrites.push(...parseRemovals(`\u0000\n${await repo.worktreePatch(spec)}`).rewrites);
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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/csv/read.ts
var read = __webpack_require__(5186);
// EXTERNAL MODULE: ./src/util/hash.ts + 1 modules
var hash = __webpack_require__(4705);
;// CONCATENATED MODULE: ./src/ledger/row-scan.ts






/** Reads and scans one file in this thread; S is the job's kind of scan. */
async function scanFile(job, policy) {
    const { table, sha256 } = await readHashed(job);
    const scan = job.kind === 'ledger' ? ledger_rows_scanLedgerRows(table, policy) : evidence_rows_scanEvidence(table, policy);
    return { table, sha256, scan: scan };
}
/**
 * Reads and hashes one file in this thread; the bytes are dropped once hashed and decoded, before
 * the scan (readCsvText says why). node:crypto's createHash, on this thread: measured 11 ms for
 * 19 MB, where WebCrypto's digest spent 55 ms of this thread copying before it even went to the
 * thread pool.
 */
async function readHashed(job) {
    const { text, sha256 } = await (0,read/* readCsvText */.uo)(job.path, job.file);
    const table = (0,read/* parseCsvText */.Tk)(text, {
        file: job.file,
        requiredColumns: job.requiredColumns
    });
    return { table, sha256 };
}
/** The worker's read: its bytes are kept, to be transferred with the table. */
async function readWithBytes(job) {
    const { table, bytes } = await readCsvFile(job.path, {
        file: job.file,
        requiredColumns: job.requiredColumns
    });
    return { table, bytes, sha256: sha256Hex(bytes) };
}
/** The worker's side: one job as a message and the buffers to transfer with it. */
async function scanJobMessage(job, policy) {
    try {
        const { table, bytes, sha256 } = await readWithBytes(job);
        const scan = job.kind === 'ledger' ? scanLedgerRows(table, policy) : scanEvidence(table, policy);
        // a small file's Buffer can be a view into Node's shared pool, which must not be transferred
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
        const parts = table.parts();
        // the scan's typed arrays (windows, times) go with the table's, each its own buffer
        const arrays = Object.values(scan).filter((v) => ArrayBuffer.isView(v));
        return {
            message: {
                kind: job.kind,
                ok: true,
                bytes: own,
                sha256,
                table: parts,
                scan
            },
            transfer: [own.buffer, ...transferablesOf(parts), ...arrays.map((a) => a.buffer)]
        };
    }
    catch (err) {
        if (err instanceof UserError)
            return {
                message: {
                    kind: job.kind,
                    ok: false,
                    user: {
                        code: err.code,
                        headline: err.headline,
                        problems: err.problems
                    }
                },
                transfer: []
            };
        return {
            message: {
                kind: job.kind,
                ok: false,
                internal: err instanceof Error ? (err.stack ?? err.message) : String(err)
            },
            transfer: []
        };
    }
}
/** The receiving side: the table made whole again, or the worker's error thrown here. */
function receiveScan(message) {
    if (!message.ok) {
        if (message.user)
            throw new errors/* UserError */.yo({
                code: message.user.code,
                message: message.user.headline,
                problems: message.user.problems
            });
        throw new errors/* InternalError */.Gd({
            code: 'INTERNAL',
            message: `reading the ${message.kind} file failed in the read worker: ${message.internal}`
        });
    }
    const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
    return {
        table: read/* CsvTable */.dy.fromParts(message.table, (0,read/* decodeCsv */.Zu)(bytes)),
        sha256: message.sha256,
        scan: message.scan
    };
}
/**
 * Scans one file in the worker started from `workerUrl`, or in this thread when there is none.
 * A worker that cannot run (a thread limit, a damaged bundle) costs time, not the result: the
 * file is then read here. A user's mistake in the file is reported as it is.
 */
async function scanFileAside(job, policy, workerUrl) {
    if (workerUrl) {
        try {
            return (await scanInWorker(workerUrl, [job], policy).get(job.kind));
        }
        catch (err) {
            if (err instanceof errors/* UserError */.yo)
                throw err;
        }
    }
    return scanFile(job, policy);
}
/**
 * Scans the jobs' files in a worker thread started from `workerUrl` (the bundled
 * read-worker). A file's error settles its promise when it arrives, a file's table once the worker
 * has exited (see below); a worker that dies rejects every promise still pending.
 */
function scanInWorker(workerUrl, jobs, policy) {
    const data = {
        jobs,
        policy: {
            kind: 'ack-ledger',
            file: policy.file,
            data: policy.data,
            sha256: policy.sha256
        }
    };
    const worker = new external_node_worker_threads_.Worker(workerUrl, { workerData: data });
    // the gate's own work decides when the process ends, never a worker left behind by an error
    worker.unref();
    const pending = new Map();
    const results = new Map();
    for (const job of jobs) {
        const p = new Promise((resolve, reject) => pending.set(job.kind, { resolve, reject }));
        p.catch(() => undefined); // handled by whoever awaits it; never an unhandled rejection
        results.set(job.kind, p);
    }
    const failAll = (err) => {
        for (const { reject } of pending.values())
            reject(err);
        pending.clear();
    };
    const settle = (message) => {
        const waiting = pending.get(message.kind);
        if (!waiting)
            return;
        pending.delete(message.kind);
        try {
            waiting.resolve(receiveScan(message));
        }
        catch (err) {
            waiting.reject(err);
        }
    };
    // A file's text is decoded here once the worker has exited: until then the worker's own copy of
    // the text (as large as the file) is still alive, and at 1,000,000 alarms holding both at once
    // was 260 MB of the run's peak. The worker exits as soon as it has posted its last file.
    const arrived = [];
    worker.on('message', (message) => {
        if (!message.ok)
            return settle(message);
        arrived.push(message);
        // its exit is now what settles the promise: the process must wait for it (it is imminent)
        worker.ref();
    });
    worker.on('error', (err) => failAll(new errors/* InternalError */.Gd({
        code: 'INTERNAL',
        message: `the read worker failed: ${err.message}`,
        cause: err
    })));
    worker.on('exit', (code) => {
        for (const message of arrived.splice(0))
            settle(message);
        if (pending.size > 0)
            failAll(new errors/* InternalError */.Gd({
                code: 'INTERNAL',
                message: `the read worker exited (${code}) before reading every file`
            }));
    });
    return results;
}

;// CONCATENATED MODULE: ./src/ledger/gate.ts








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
    const policy = await loadLedgerPolicy(policyAbs, (0,util_paths/* displayPath */.G)(ws, policyAbs));
    const d = policy.data;
    const paths = {
        alarms: abs(settings.inputs.alarms),
        ledger: abs(settings.inputs.ledger),
        evidence: abs(settings.inputs.evidence)
    };
    const job = (kind, path, requiredColumns) => ({ kind, path, file: (0,util_paths/* displayPath */.G)(ws, path), requiredColumns });
    const ledgerJob = job('ledger', paths.ledger, d.required_fields);
    const evidenceJob = job('evidence', paths.evidence, Object.values(d.evidence_fields));
    // git runs in its own process, and the ledger (the largest file) is read in a worker thread
    // (row-scan.ts) while this thread reads the alarms' and the evidence file's rows: measured on
    // 2 cores, that split finishes reading first. Without a worker, all three are read here in turn.
    const scan = scanLedgerHistory(paths.ledger);
    scan.catch(() => undefined);
    const worker = settings.readWorker !== undefined && (await sizeOf(paths.ledger)) >= WORKER_MIN_BYTES ? settings.readWorker : undefined;
    const ledgerRead = scanFileAside(ledgerJob, policy, worker);
    ledgerRead.catch(() => undefined); // awaited below, after the alarms: errors are reported in file order
    // hashed as read and not kept (an async function's locals live until it returns)
    const { table: alarms, sha256: alarmsDigest } = await readAlarmsFile(paths.alarms, (0,util_paths/* displayPath */.G)(ws, paths.alarms), Object.values(d.alarm_fields));
    const evidenceRead = scanFile(evidenceJob, policy);
    evidenceRead.catch(() => undefined);
    const alarmsRead = readAlarms(alarms, policy);
    const ledger = await ledgerRead;
    const evidence = await evidenceRead;
    const history = await scan;
    // Only a rewrite needs the current lines (to tell a restored row from a lost one).
    // The table's text is the file's bytes decoded as UTF-8 (decodeCsv), so the bytes need not be kept.
    const ledgerLines = history.rewrites.length === 0 ? new Set() : new Set(ledger.table.text.split('\n').map((l) => l.replace(/\r$/, '')));
    return {
        policy,
        inputs: {
            alarms,
            ledger: ledger.table,
            evidence: evidence.table,
            history,
            ledgerLines,
            files: [
                { file: alarms.file, sha256: alarmsDigest },
                { file: ledger.table.file, sha256: ledger.sha256 },
                { file: evidence.table.file, sha256: evidence.sha256 }
            ],
            scans: {
                alarms: alarmsRead,
                ledger: ledger.scan,
                evidence: evidence.scan
            }
        }
    };
}
async function readAlarmsFile(path, file, requiredColumns) {
    const { table, sha256 } = await readHashed({ path, file, requiredColumns });
    return { table, sha256 };
}
/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
async function runLedgerGate(settings) {
    const { policy, inputs } = await loadLedgerInputs(settings);
    return evaluateLedger(inputs, policy, settings.now, settings.mode);
}


/***/ })

};
