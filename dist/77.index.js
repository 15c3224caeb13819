export const id = 77;
export const ids = [77];
export const modules = {

/***/ 29395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* unused harmony export isShallow */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




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

/***/ 96077:
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/csv/scan.ts
// A strict RFC 4180 scanner that knows where every record starts.
//
// Why not csv-parse alone: measured on this 2-core machine, csv-parse needs 0.67 s per 100k-row,
// 12-column file without `info` and 1.1 s with it (we need per-record offsets for line numbers),
// and the ledger gate reads three such files inside a 3 s budget. This scanner does one pass over
// the decoded text (about 10x faster) and is tested differentially against csv-parse on valid
// input (__tests__/foundation/csv-scan.test.ts), so the library stays the oracle for the format.
//
// Rules: fields split on `,`; records end at LF or CRLF; a field that starts with `"` is quoted,
// `""` inside it is a quote, and it may span lines; blank lines are skipped. A quote inside an
// unquoted field, text after a closing quote, or a quote never closed is a broken record.
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
function scanCsv(text) {
    const out = [];
    const n = text.length;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let nextQuote = -1;
    while (i < n) {
        // skip blank lines between records
        const c0 = text.charCodeAt(i);
        if (c0 === LF) {
            line++;
            i++;
            continue;
        }
        if (c0 === CR && text.charCodeAt(i + 1) === LF) {
            line++;
            i += 2;
            continue;
        }
        // Fast path: a record without any quote is exactly one physical line split on commas.
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        if (nextQuote < i)
            nextQuote = indexOr(text, '"', i, n);
        if (nextQuote >= end) {
            const stop = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
            out.push({ fields: text.slice(i, stop).split(','), line });
            i = end + 1;
            line++;
            continue;
        }
        const start = line;
        const fields = [];
        let error;
        for (;;) {
            if (text.charCodeAt(i) === QUOTE) {
                // quoted field
                let value = '';
                let from = i + 1;
                for (;;) {
                    const q = text.indexOf('"', from);
                    if (q === -1) {
                        return [...out, { fields, line: start, error: 'unterminated quoted field' }];
                    }
                    line += countLf(text, from, q);
                    if (text.charCodeAt(q + 1) === QUOTE) {
                        value += text.slice(from, q + 1);
                        from = q + 2;
                        continue;
                    }
                    value += text.slice(from, q);
                    i = q + 1;
                    break;
                }
                fields.push(value);
                const c = text.charCodeAt(i);
                if (c !== COMMA && c !== LF && c !== CR && i < n) {
                    error ??= 'text after a closing quote';
                    // resync at the end of this physical line
                    const nl = text.indexOf('\n', i);
                    i = nl === -1 ? n : nl;
                    if (text.charCodeAt(i - 1) === CR)
                        i--;
                }
            }
            else {
                // unquoted field: up to the next comma or line end
                let j = i;
                while (j < n) {
                    const c = text.charCodeAt(j);
                    if (c === COMMA || c === LF)
                        break;
                    if (c === CR && text.charCodeAt(j + 1) === LF)
                        break;
                    if (c === QUOTE)
                        error ??= 'a quote inside an unquoted field (quote the whole field and double the quote)';
                    j++;
                }
                fields.push(text.slice(i, j));
                i = j;
            }
            const c = text.charCodeAt(i);
            if (c === COMMA) {
                i++;
                continue;
            }
            if (c === CR)
                i++;
            if (text.charCodeAt(i) === LF) {
                i++;
                line++;
            }
            break;
        }
        out.push(error ? { fields, line: start, error } : { fields, line: start });
    }
    return out;
}
function countLf(text, from, to) {
    let count = 0;
    let k = text.indexOf('\n', from);
    while (k !== -1 && k < to) {
        count++;
        k = text.indexOf('\n', k + 1);
    }
    return count;
}
function indexOr(text, needle, from, fallback) {
    const k = text.indexOf(needle, from);
    return k === -1 ? fallback : k;
}

;// CONCATENATED MODULE: ./src/csv/read.ts



async function readCsvFile(path, opts) {
    let data;
    try {
        data = await readFile(path);
    }
    catch (err) {
        const code = err.code;
        throw new UserError({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: code === 'ENOENT'
                ? `${opts.file}: file not found; check the path input or create the file`
                : `${opts.file}: cannot read (${code ?? 'error'})`,
            cause: err
        });
    }
    return parseCsv(data, opts);
}
async function parseCsv(data, opts) {
    const { file } = opts;
    const records = scanCsv(data.toString('utf8'));
    if (records.length === 0) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_EMPTY',
            message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
        });
    }
    const [head, ...body] = records;
    if (head.error) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_INVALID',
            message: `${file}:${head.line}: cannot read the header: ${head.error}`,
            problems: [{ file, line: head.line, message: head.error }]
        });
    }
    const header = head.fields.map((h) => h.trim());
    const headerLine = head.line;
    const seen = new Set();
    for (const h of header) {
        if (seen.has(h)) {
            throw new errors/* UserError */.yo({
                code: 'INPUT_INVALID',
                message: `${file}:${headerLine}: column '${h}' appears twice in the header; remove the duplicate`
            });
        }
        seen.add(h);
    }
    const missing = opts.requiredColumns.filter((c) => !seen.has(c));
    if (missing.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'INPUT_COLUMN_MISSING',
            message: `${file}:${headerLine}: missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the header`,
            problems: missing.map((c) => ({ file, line: headerLine, field: c, message: 'required column is missing' }))
        });
    }
    const rows = [];
    const broken = [];
    const width = header.length;
    for (const r of body) {
        if (r.error) {
            broken.push(r.error === 'unterminated quoted field'
                ? {
                    file,
                    line: r.line,
                    message: 'unterminated quoted field: the quote opened in this row is never closed, so this and every later line were not read',
                    fix: 'close the quote or double any quote inside the field ("")'
                }
                : { file, line: r.line, message: r.error, fix: 'quote the field and double any quote inside it ("")' });
            continue;
        }
        if (r.fields.length !== width) {
            broken.push({
                file,
                line: r.line,
                message: `row has ${r.fields.length} field${r.fields.length === 1 ? '' : 's'}, the header has ${width}`,
                fix: 'quote any field that contains a comma, or add the missing fields'
            });
            continue;
        }
        const values = {};
        for (let i = 0; i < width; i++)
            values[header[i]] = r.fields[i];
        rows.push({ line: r.line, values });
    }
    return { file, header, headerLine, rows, broken, bytes: data };
}

// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
// EXTERNAL MODULE: ./src/report/defect.ts
var defect = __webpack_require__(37077);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(76043);
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
    const cls = (o) => (o.evaluation.alarm.alarm_class === 'block' ? 0 : 1);
    const blocking = (o) => (o.blocking ? 0 : 1);
    const ida = a.evaluation.alarm.alarm_id;
    const idb = b.evaluation.alarm.alarm_id;
    return cls(a) - cls(b) || blocking(a) - blocking(b) || b.overdueMs - a.overdueMs || (ida < idb ? -1 : ida > idb ? 1 : 0);
}
function readbackOf(o, duplicate) {
    const e = o.evaluation;
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
        else if (o.evaluation.defect_codes.some((c) => c.startsWith('EVIDENCE_') || c === 'CLOSURE_STATE_INVALID'))
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

// EXTERNAL MODULE: ./src/util/ids.ts
var ids = __webpack_require__(84598);
// EXTERNAL MODULE: ./src/ledger/codes.ts
var codes = __webpack_require__(29151);
;// CONCATENATED MODULE: ./src/ledger/finding.ts


function finding(code, a) {
    const severity = a.severity ?? (code === 'ROW_MALFORMED' ? 'blocking' : codes/* LEDGER_CODES */.v[code].severity);
    return {
        subject: (0,ids/* printable */.g$)(a.subject, 100),
        defect_code: code,
        severity,
        owner_role: a.owner_role,
        required_action: a.required_action,
        release_window_id: a.release_window_id,
        file: a.file,
        line: a.line,
        field: a.field ?? '',
        detail: (0,ids/* printable */.g$)(a.detail ?? '', 400)
    };
}
/** Minutes as people say them: 8, 0.5, 90. */
function minutes(ms) {
    const m = ms / 60_000;
    return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '');
}

;// CONCATENATED MODULE: ./src/ledger/evaluate.ts



/**
 * Judges one alarm. `prior` holds the defects already found for its key by the row readers,
 * the history fold and the git scan: they count towards the alarm's verdict but are not
 * returned again.
 */
function evaluateAlarm(alarm, state, ctx, prior = []) {
    const { policy, now } = ctx;
    const defects = [];
    const escalations = [];
    const slaMs = policy.ackSlaMinutes(alarm.alarm_class) * 60_000;
    const deadline = alarm.raisedMs === undefined ? undefined : alarm.raisedMs + slaMs;
    let overdueMs = 0;
    let exceptionAccepted = false;
    const at = (line, field = '') => ({ file: ctx.ledgerFile, line, field });
    const base = { subject: alarm.alarm_id, release_window_id: alarm.release_window_id };
    const escalate = (s, detail) => {
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
    };
    const hasBlocking = () => prior.some((d) => d.severity === 'blocking') || defects.some((d) => d.severity === 'blocking');
    const result = (entry, mapping, closure, resolved = false) => {
        const codes = prior.length + defects.length === 0 ? [] : [...new Set([...prior, ...defects].map((d) => d.defect_code))].sort();
        const blocking = hasBlocking();
        return {
            evaluation: {
                alarm: stripAlarm(alarm),
                entry,
                owner_mapping: mapping,
                ack_deadline_utc: deadline === undefined ? '' : (0,time/* formatUtc */.ay)(deadline),
                defect_codes: codes,
                resolved,
                valid_ack: entry !== undefined && isValidMapping(mapping) && !blocking,
                closure_evidence: closure ? stripEvidence(closure) : undefined
            },
            defects,
            escalations,
            overdueMs,
            exceptionAccepted,
            ambiguous: (state?.ambiguous ?? false) && !(state?.unorderable ?? false),
            unorderable: state?.unorderable ?? false,
            blocking
        };
    };
    // L1: no row at all for this key.
    if (!state) {
        const late = deadline !== undefined && now > deadline;
        defects.push(finding('ACK_MISSING', {
            ...base,
            owner_role: alarm.primary_owner_role || policy.icRole,
            required_action: `Acknowledge in the ledger as ${ownersText(alarm, policy)}${deadline === undefined ? '' : ` (SLA deadline ${(0,time/* formatUtc */.ay)(deadline)})`}`,
            ...at(alarm.source.line),
            file: alarm.source.file,
            detail: `no ledger row for ${alarm.alarm_class} alarm ${alarm.alarm_id} in window ${alarm.release_window_id}${late ? `; SLA passed ${minutes(now - deadline)} min ago` : ''}`
        }));
        if (late) {
            overdueMs = now - deadline;
            escalate('ack_late', `no acknowledgment ${minutes(overdueMs)} min after the ${(0,time/* formatUtc */.ay)(deadline)} deadline`);
        }
        return result(undefined, 'none');
    }
    // L7 / L8: the key has rows but no determinable state; the fold already said why.
    if (!state.latest)
        return result(undefined, 'none');
    const row = state.latest;
    const v = row.values;
    const entry = toEntry(row, state, alarm, ctx);
    const ownerRole = entry.owner_role;
    // alarm_state must agree with the alarms file (which wins).
    const ledgerClass = policy.classOf(v.alarm_state ?? '');
    if (!ledgerClass) {
        const { page, block } = policy.data.alarm_classes;
        defects.push(finding('CLASS_INVALID', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: `Set alarm_state to '${page}' or '${block}'`,
            ...at(row.line, 'alarm_state'),
            detail: `'${(0,ids/* printable */.g$)(v.alarm_state ?? '')}' is not a class of the policy`
        }));
    }
    else if (ledgerClass !== alarm.alarm_class) {
        defects.push(finding('CLASS_MISMATCH', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: `Record alarm_state as '${policy.data.alarm_classes[alarm.alarm_class]}' like the alarms file`,
            ...at(row.line, 'alarm_state'),
            detail: `ledger says ${ledgerClass}, alarms file (line ${alarm.source.line}) says ${alarm.alarm_class}; judged as ${alarm.alarm_class}`
        }));
    }
    // Required values.
    for (const field of ['acknowledged_by', ...policy.extraRequiredFields]) {
        if ((v[field] ?? '').trim() === '') {
            defects.push(finding('FIELD_MISSING', {
                ...base,
                owner_role: ownerRole || policy.icRole,
                required_action: `Fill ${field} on the ledger row`,
                ...at(row.line, field),
                detail: `${field} is empty`
            }));
        }
    }
    // response_sla_minutes must state the policy's SLA for the class.
    const policySla = policy.ackSlaMinutes(alarm.alarm_class);
    if (entry.response_sla_minutes !== policySla) {
        defects.push(finding('SLA_MISMATCH', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: `Record response_sla_minutes as ${policySla} (the policy's ${alarm.alarm_class} SLA)`,
            ...at(row.line, 'response_sla_minutes'),
            detail: `ledger says '${(0,ids/* printable */.g$)(v.response_sla_minutes ?? '')}', policy says ${policySla}; ${policySla} is used`
        }));
    }
    // Closure (step 6) comes before ownership: an override that closed the alarm inside its window stays valid.
    const closure = checkClosure(alarm, row, entry, ctx, defects);
    // L3: who acknowledged.
    const mapping = mapOwner(alarm, row, entry, closure.evidence, ctx, defects);
    if (!isValidMapping(mapping))
        escalate('unowned', ownerRole ? `role '${ownerRole}' may not own this alarm` : 'no owner role recorded');
    // L2: ack within the class SLA, measured from the raise time; exactly at the limit passes.
    if (row.ackMs !== undefined && alarm.raisedMs !== undefined && deadline !== undefined) {
        if (row.ackMs < alarm.raisedMs) {
            defects.push(finding('ACK_BEFORE_RAISED', {
                ...base,
                owner_role: ownerRole || policy.icRole,
                required_action: 'Check the time zones of ack_timestamp_utc and raised_utc; record the true acknowledgment time',
                ...at(row.line, 'ack_timestamp_utc'),
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
                defects.push(finding('SLA_EXCEPTION_ACCEPTED', {
                    ...base,
                    owner_role: policy.exceptionApproverRole,
                    required_action: `Carry exception ${entry.sla_exception_ref} into the release notes (conditional go)`,
                    ...at(row.line, 'sla_exception_ref'),
                    detail: `${lateText}; exception approved by ${entry.exception_approved_by}`
                }));
            }
            else {
                defects.push(finding('ACK_LATE', {
                    ...base,
                    owner_role: alarm.alarm_class === 'block' ? policy.icRole : ownerRole || policy.icRole,
                    required_action: alarm.alarm_class === 'block'
                        ? 'Take over the response: a late block acknowledgment holds this window at no-go (block alarms take no SLA exception)'
                        : `Get an SLA exception approved by ${policy.exceptionApproverRole} (sla_exception_ref + exception_approved_by) or hold the release`,
                    ...at(row.line, 'ack_timestamp_utc'),
                    detail: refusal === '' ? lateText : `${lateText}; ${refusal}`
                }));
            }
            escalate('ack_late', lateText);
        }
    }
    // target_resolution_utc present and not before the ack.
    if ((v.target_resolution_utc ?? '').trim() === '') {
        defects.push(finding('TARGET_MISSING', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc to when the alarm will be resolved',
            ...at(row.line, 'target_resolution_utc'),
            detail: 'target_resolution_utc is empty'
        }));
    }
    else if (row.targetMs !== undefined && row.ackMs !== undefined && row.targetMs < row.ackMs) {
        defects.push(finding('TARGET_BEFORE_ACK', {
            ...base,
            owner_role: ownerRole || policy.icRole,
            required_action: 'Set target_resolution_utc at or after the acknowledgment',
            ...at(row.line, 'target_resolution_utc'),
            detail: `target ${(0,time/* formatUtc */.ay)(row.targetMs)} is before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    // Live state (step 5) and L6 for alarms still open.
    if (closure.open && row.targetMs !== undefined) {
        if (now > row.targetMs) {
            const lateMs = now - row.targetMs;
            overdueMs = Math.max(overdueMs, lateMs);
            const severity = alarm.alarm_class === 'block' ? 'blocking' : 'warning';
            defects.push(finding('RESOLUTION_LATE', {
                ...base,
                severity,
                owner_role: ownerRole || policy.icRole,
                required_action: `Resolve and record closure evidence, or re-plan with a new ledger row (escalated to ${policy.data.escalation[alarm.alarm_class].resolution_late.route_to.replace('_', ' ')})`,
                ...at(row.line, 'target_resolution_utc'),
                detail: `open ${minutes(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`
            }));
            escalate('resolution_late', `open ${minutes(lateMs)} min past target ${(0,time/* formatUtc */.ay)(row.targetMs)}`);
        }
        else if (isValidMapping(mapping) && !hasBlocking()) {
            defects.push(finding('UNRESOLVED_IN_SLA', {
                ...base,
                owner_role: ownerRole,
                required_action: `Page ${ownerRole}: resolve by ${(0,time/* formatUtc */.ay)(row.targetMs)} and record closure evidence`,
                ...at(row.line, 'closure_state'),
                detail: `acknowledged and open; ${minutes(row.targetMs - now)} min left to target`
            }));
        }
    }
    return result(entry, mapping, closure.evidence, closure.resolved);
}
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
function toEntry(row, state, alarm, ctx) {
    const { policy } = ctx;
    const v = row.values;
    const role = (0,ids/* checkId */.ij)(v.owner_role ?? '');
    const sla = (v.response_sla_minutes ?? '').trim();
    return {
        alarm_id: row.alarm_id,
        release_window_id: row.release_window_id,
        alarm_state: policy.classOf(v.alarm_state ?? '') ?? alarm.alarm_class,
        owner_role: role.ok ? role.id : '',
        acknowledged_by: (v.acknowledged_by ?? '').trim(),
        ack_timestamp_utc: row.ackMs === undefined ? '' : (0,time/* formatUtc */.ay)(row.ackMs),
        response_sla_minutes: /^\d{1,9}$/.test(sla) ? Number(sla) : null,
        target_resolution_utc: row.targetMs === undefined ? '' : (0,time/* formatUtc */.ay)(row.targetMs),
        closure_state: (v.closure_state ?? '').trim().toLowerCase(),
        closure_evidence_ref: (v.closure_evidence_ref ?? '').trim(),
        last_updated_utc: row.updatedMs === undefined ? '' : (0,time/* formatUtc */.ay)(row.updatedMs),
        source: { file: ctx.ledgerFile, line: row.line },
        history_rows: state.rows.length,
        sla_exception_ref: (v.sla_exception_ref ?? '').trim(),
        exception_approved_by: (v.exception_approved_by ?? '').trim(),
        raw: v
    };
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
        return `sla_exception_ref ${(0,ids/* printable */.g$)(ref)} has no approval (exception_approved_by is empty)`;
    const approver = (0,ids/* checkId */.ij)(by);
    if (!approver.ok || approver.id !== policy.exceptionApproverRole) {
        return `exception approved by '${(0,ids/* printable */.g$)(by)}', but only ${policy.exceptionApproverRole} may approve`;
    }
    return undefined;
}
/** Step 6 (L4, L5): a resolved state needs an evidence row of this alarm and window, recorded at or after the ack. */
function checkClosure(alarm, row, entry, ctx, out) {
    const { policy } = ctx;
    const state = entry.closure_state;
    const role = entry.owner_role || policy.icRole;
    const base = { subject: alarm.alarm_id, release_window_id: alarm.release_window_id, owner_role: role, file: ctx.ledgerFile, line: row.line };
    if (policy.isOpenState(state))
        return { open: true, resolved: false };
    if (!policy.isResolvedState(state)) {
        const states = [...policy.data.closure_policy.open_states, ...policy.data.closure_policy.resolved_states];
        out.push(finding('CLOSURE_STATE_INVALID', {
            ...base,
            required_action: `Set closure_state to one of ${states.join(', ')}`,
            field: 'closure_state',
            detail: `'${(0,ids/* printable */.g$)(row.values.closure_state ?? '')}' is not a closure state of the policy`
        }));
        return { open: true, resolved: false };
    }
    const ref = entry.closure_evidence_ref;
    if (ref === '') {
        if (!policy.data.closure_policy.require_evidence_when_resolved)
            return { open: false, resolved: true };
        out.push(finding('EVIDENCE_MISSING', {
            ...base,
            required_action: 'Record the closure evidence and set closure_evidence_ref to its evidence_id, or reopen the alarm',
            field: 'closure_evidence_ref',
            detail: 'closure_state is resolved but closure_evidence_ref is empty'
        }));
        return { open: false, resolved: false };
    }
    const refId = (0,ids/* checkId */.ij)(ref);
    const ev = refId.ok ? ctx.evidence.get(refId.id) : undefined;
    const unresolved = (detail) => {
        out.push(finding('EVIDENCE_UNRESOLVED', {
            ...base,
            required_action: 'Point closure_evidence_ref at an evidence_id of the evidence file',
            field: 'closure_evidence_ref',
            detail
        }));
        return { open: false, resolved: false };
    };
    if (!ev)
        return unresolved(`closure_evidence_ref '${(0,ids/* printable */.g$)(ref)}' names no evidence row`);
    if (ev.lines.length > 1)
        return unresolved(`evidence_id '${ev.evidence_id}' is on ${ev.lines.length} evidence rows (lines ${ev.lines.join(', ')})`);
    const where = `evidence ${ev.evidence_id} (${ev.source.file}:${ev.source.line})`;
    let ok = true;
    if (ev.release_window_id !== alarm.release_window_id) {
        ok = false;
        out.push(finding('EVIDENCE_WRONG_WINDOW', {
            ...base,
            required_action: `Reference evidence recorded for window ${alarm.release_window_id}`,
            field: 'closure_evidence_ref',
            detail: `${where} belongs to window ${ev.release_window_id}`
        }));
    }
    if (ev.alarm_id !== alarm.alarm_id) {
        ok = false;
        out.push(finding('EVIDENCE_WRONG_ALARM', {
            ...base,
            required_action: `Reference evidence recorded for alarm ${alarm.alarm_id}`,
            field: 'closure_evidence_ref',
            detail: `${where} belongs to alarm ${ev.alarm_id}`
        }));
    }
    if (ev.recordedMs === undefined || row.ackMs === undefined) {
        ok = false;
    }
    else if (ev.recordedMs < row.ackMs) {
        ok = false;
        out.push(finding('EVIDENCE_BEFORE_ACK', {
            ...base,
            required_action: 'Reference evidence recorded after the acknowledgment (it must prove the response)',
            field: 'closure_evidence_ref',
            detail: `${where} was recorded ${(0,time/* formatUtc */.ay)(ev.recordedMs)}, before the ack at ${(0,time/* formatUtc */.ay)(row.ackMs)}`
        }));
    }
    return { open: false, resolved: ok, evidence: ok ? ev : undefined };
}
/** L3: primary, backup, or an incident-commander override inside its time limit. */
function mapOwner(alarm, row, entry, closure, ctx, out) {
    const { policy, now } = ctx;
    const o = policy.data.ownership;
    const role = entry.owner_role;
    const invalid = (detail, action) => {
        out.push(finding('OWNER_INVALID', {
            subject: alarm.alarm_id,
            owner_role: alarm.primary_owner_role || policy.icRole,
            required_action: action,
            release_window_id: alarm.release_window_id,
            file: ctx.ledgerFile,
            line: row.line,
            field: 'owner_role',
            detail
        }));
        return 'invalid';
    };
    const fix = `Acknowledge as ${ownersText(alarm, policy)}`;
    if (role === '') {
        const raw = row.values.owner_role ?? '';
        return invalid(raw.trim() === '' ? 'no owner role recorded (unowned)' : `owner_role '${(0,ids/* printable */.g$)(raw)}' is not a role id`, fix);
    }
    if (o.allow_primary_owner && role === alarm.primary_owner_role)
        return 'primary';
    if (o.allow_backup_owner && alarm.backup_owner_role !== '' && role === alarm.backup_owner_role)
        return 'backup';
    if (role === policy.icRole && o.allow_incident_commander_override) {
        if (row.ackMs === undefined)
            return invalid('incident-commander override without a valid ack time cannot be timed', fix);
        const until = row.ackMs + o.override_window_minutes * 60_000;
        if (now <= until)
            return 'incident_commander';
        if (closure && closure.recordedMs !== undefined && closure.recordedMs <= until)
            return 'incident_commander';
        return invalid(`incident-commander override expired at ${(0,time/* formatUtc */.ay)(until)} (${o.override_window_minutes} min after the ack) with the alarm still open`, `Hand the alarm back to ${[alarm.primary_owner_role, alarm.backup_owner_role].filter(Boolean).join(' or ')} with a new ledger row, or close it with evidence`);
    }
    return invalid(`role '${role}' is not this alarm's primary (${alarm.primary_owner_role || 'none'}) or backup (${alarm.backup_owner_role || 'none'}) owner${role === policy.icRole ? ', and the policy disallows incident-commander overrides' : ''}`, fix);
}
function stripAlarm(a) {
    return {
        alarm_id: a.alarm_id,
        alarm_class: a.alarm_class,
        release_window_id: a.release_window_id,
        raised_utc: a.raised_utc,
        primary_owner_role: a.primary_owner_role,
        backup_owner_role: a.backup_owner_role,
        source: a.source,
        raw: a.raw
    };
}
function stripEvidence(e) {
    return {
        evidence_id: e.evidence_id,
        release_window_id: e.release_window_id,
        alarm_id: e.alarm_id,
        evidence_kind: e.evidence_kind,
        uri: e.uri,
        recorded_utc: e.recorded_utc,
        recorded_by: e.recorded_by,
        source: e.source
    };
}

;// CONCATENATED MODULE: ./src/ledger/fold.ts



function foldKey(rows, file, policy, defects) {
    const role = (r) => {
        const c = (0,ids/* checkId */.ij)(r.values.owner_role ?? '');
        return c.ok ? c.id : policy.icRole;
    };
    if (rows.some((r) => r.updatedMs === undefined)) {
        return { rows, ambiguous: true, unorderable: true, duplicate: false };
    }
    const ordered = rows.length === 1 ? rows : [...rows].sort((a, b) => a.updatedMs - b.updatedMs || a.line - b.line);
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
            const sig = signature(r.values);
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
        return { rows, ambiguous: true, unorderable: false, duplicate };
    // The latest instant's first row: a retried copy of it is not a newer state.
    const lastMs = ordered[ordered.length - 1].updatedMs;
    const latest = ordered.find((r) => r.updatedMs === lastMs);
    const firstAck = ordered.find((r) => r.ackMs !== undefined);
    if (firstAck && latest.ackMs !== undefined && firstAck.ackMs !== latest.ackMs) {
        defects.push(finding('ACK_TIMESTAMP_CHANGED', {
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
    return { latest, rows, ambiguous: false, unorderable: false, duplicate };
}
function signature(values) {
    return Object.keys(values)
        .map((k) => values[k])
        .join('\u0000');
}

;// CONCATENATED MODULE: ./src/ledger/inputs.ts



const joinKey = (alarmId, windowId) => `${windowId}\u0000${alarmId}`;
/** checkId with a memo, for columns with few distinct values (windows, roles) in large files. */
function memoCheckId() {
    const memo = new Map();
    return (raw) => {
        let r = memo.get(raw);
        if (!r) {
            r = (0,ids/* checkId */.ij)(raw);
            if (memo.size < 10_000)
                memo.set(raw, r);
        }
        return r;
    };
}
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
function idCell(row, column, file, windowId, role, what, check = ids/* checkId */.ij) {
    const raw = row.values[column] ?? '';
    const r = check(raw);
    if (r.ok)
        return { id: r.id };
    return {
        defect: finding('ID_MALFORMED', {
            subject: raw,
            owner_role: role,
            required_action: `Write a ${what} of letters, digits and - _ . : (the row was not joined)`,
            release_window_id: windowId,
            file,
            line: row.line,
            field: column,
            detail: `${what} '${(0,ids/* printable */.g$)(raw)}' ${r.reason}`
        })
    };
}
/** Parses a timestamp cell; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
function timeCell(row, column, ctx, out) {
    const raw = row.values[column] ?? '';
    if (raw.trim() === '' && ctx.allowEmpty)
        return { malformed: false };
    const p = (0,time/* parseUtc */.y5)(raw);
    if (p.ok)
        return { ms: p.ms, malformed: false };
    out.push(finding('TIMESTAMP_MALFORMED', {
        subject: ctx.subject,
        owner_role: ctx.role,
        required_action: `Write ${column} as RFC 3339 UTC, e.g. 2026-11-23T14:05:00Z`,
        release_window_id: ctx.windowId,
        file: ctx.file,
        line: row.line,
        field: column,
        detail: `${column}: ${p.reason}`
    }));
    return { malformed: true };
}
function readAlarms(table, policy) {
    const f = policy.data.alarm_fields;
    const ic = policy.icRole;
    const defects = brokenRows(table, ic);
    const windows = new Set();
    const alarms = [];
    const firstLine = new Map();
    const keys = new Set();
    const windowCheck = memoCheckId();
    const roleCheck = memoCheckId();
    for (const row of table.rows) {
        const win = idCell(row, f.release_window_id, table.file, '', ic, 'release_window_id', windowCheck);
        if (win.defect)
            defects.push(win.defect);
        const windowId = win.id ?? '';
        if (win.id)
            windows.add(win.id);
        const aid = idCell(row, f.alarm_id, table.file, windowId, ic, 'alarm_id');
        if (aid.defect)
            defects.push(aid.defect);
        if (!win.id || !aid.id)
            continue;
        const alarmId = aid.id;
        const key = joinKey(alarmId, windowId);
        keys.add(key);
        const dup = firstLine.get(key);
        if (dup !== undefined) {
            defects.push(finding('ALARM_DUPLICATE', {
                subject: alarmId,
                owner_role: ic,
                required_action: 'List each alarm once per release window in the alarms file',
                release_window_id: windowId,
                file: table.file,
                line: row.line,
                detail: `also listed on line ${dup}`
            }));
            continue;
        }
        firstLine.set(key, row.line);
        const primary = roleCell(row, f.primary_owner_role, true, roleCheck);
        const backup = roleCell(row, f.backup_owner_role, false, roleCheck);
        const ownerOfRow = primary.id || ic;
        for (const [r, column] of [[primary, f.primary_owner_role], [backup, f.backup_owner_role]]) {
            if (r.problem) {
                defects.push(finding(r.problem === 'is empty' ? 'FIELD_MISSING' : 'ID_MALFORMED', {
                    subject: alarmId,
                    owner_role: ic,
                    required_action: `Name the alarm's ${column} as a role id`,
                    release_window_id: windowId,
                    file: table.file,
                    line: row.line,
                    field: column,
                    detail: `${column} ${r.problem}`
                }));
            }
        }
        const rawClass = row.values[f.alarm_class] ?? '';
        const cls = policy.classOf(rawClass);
        if (!cls) {
            defects.push(classInvalid(alarmId, windowId, table.file, row.line, f.alarm_class, rawClass, policy, ownerOfRow));
            continue;
        }
        const raised = timeCell(row, f.raised_utc, { file: table.file, subject: alarmId, windowId, role: ownerOfRow }, defects);
        alarms.push({
            alarm_id: alarmId,
            alarm_class: cls,
            release_window_id: windowId,
            raised_utc: raised.ms === undefined ? '' : (0,time/* formatUtc */.ay)(raised.ms),
            primary_owner_role: primary.id,
            backup_owner_role: backup.id,
            source: { file: table.file, line: row.line },
            raw: row.values,
            raisedMs: raised.ms,
            key
        });
    }
    return { alarms, windows, keys, defects };
}
function roleCell(row, column, required, check) {
    const raw = row.values[column] ?? '';
    if (raw.trim() === '')
        return required ? { id: '', problem: 'is empty' } : { id: '' };
    const r = check(raw);
    return r.ok ? { id: r.id } : { id: '', problem: `'${(0,ids/* printable */.g$)(raw)}' ${r.reason}` };
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
        detail: `'${(0,ids/* printable */.g$)(raw)}' is not a class of the policy`
    });
}
/** Reads ledger rows of the evaluated windows; rows of other windows are history, not checked. */
function readLedger(table, policy, windows) {
    const ic = policy.icRole;
    const defects = brokenRows(table, ic);
    const byKey = new Map();
    const windowCheck = memoCheckId();
    const roleCheck = memoCheckId();
    for (const row of table.rows) {
        const win = idCell(row, 'release_window_id', table.file, '', ic, 'release_window_id', windowCheck);
        if (win.id && !windows.has(win.id))
            continue;
        if (win.defect)
            defects.push(win.defect);
        const windowId = win.id ?? '';
        const aid = idCell(row, 'alarm_id', table.file, windowId, ic, 'alarm_id');
        if (aid.defect)
            defects.push(aid.defect);
        if (!win.id || !aid.id)
            continue;
        const role = roleCheck(row.values.owner_role ?? '');
        const ctx = { file: table.file, subject: aid.id, windowId, role: role.ok ? role.id : ic };
        const ack = timeCell(row, 'ack_timestamp_utc', ctx, defects);
        const target = timeCell(row, 'target_resolution_utc', { ...ctx, allowEmpty: true }, defects);
        const updated = timeCell(row, 'last_updated_utc', ctx, defects);
        const rec = {
            key: joinKey(aid.id, windowId),
            alarm_id: aid.id,
            release_window_id: windowId,
            line: row.line,
            values: row.values,
            ackMs: ack.ms,
            targetMs: target.ms,
            updatedMs: updated.ms
        };
        const list = byKey.get(rec.key);
        if (list)
            list.push(rec);
        else
            byKey.set(rec.key, [rec]);
    }
    return { byKey, defects };
}
/** Indexes every evidence row (a ref may point into another window: L5); reports rows of evaluated windows. */
function readEvidence(table, policy, windows) {
    const f = policy.data.evidence_fields;
    const ic = policy.icRole;
    const all = brokenRows(table, ic);
    const byId = new Map();
    const rows = [];
    const windowCheck = memoCheckId();
    for (const row of table.rows) {
        const own = [];
        const win = idCell(row, f.release_window_id, table.file, '', ic, 'release_window_id', windowCheck);
        if (win.defect)
            own.push(win.defect);
        const windowId = win.id ?? '';
        const eid = idCell(row, f.evidence_id, table.file, windowId, ic, 'evidence_id');
        if (eid.defect)
            own.push(eid.defect);
        const aid = idCell(row, f.alarm_id, table.file, windowId, ic, 'alarm_id');
        if (aid.defect)
            own.push(aid.defect);
        const subject = aid.id ?? '';
        const recorded = timeCell(row, f.recorded_utc, { file: table.file, subject, windowId, role: ic }, own);
        const kind = (row.values[f.evidence_kind] ?? '').trim();
        if (!policy.isEvidenceKind(kind)) {
            own.push(finding('EVIDENCE_KIND_INVALID', {
                subject,
                owner_role: ic,
                required_action: `Set ${f.evidence_kind} to one of ${policy.data.evidence_kinds.join(', ')}`,
                release_window_id: windowId,
                file: table.file,
                line: row.line,
                field: f.evidence_kind,
                detail: `'${(0,ids/* printable */.g$)(kind)}' is not an evidence kind of the policy`
            }));
        }
        if (eid.id && win.id && aid.id) {
            const prev = byId.get(eid.id);
            if (prev) {
                prev.lines.push(row.line);
                own.push(finding('EVIDENCE_DUPLICATE_ID', {
                    subject,
                    owner_role: ic,
                    required_action: 'Give every evidence row its own evidence_id',
                    release_window_id: windowId,
                    file: table.file,
                    line: row.line,
                    field: f.evidence_id,
                    detail: `evidence_id '${eid.id}' is also on line ${prev.lines[0]}`
                }));
            }
            else {
                const ev = {
                    evidence_id: eid.id,
                    release_window_id: win.id,
                    alarm_id: aid.id,
                    evidence_kind: kind.toLowerCase(),
                    uri: row.values[f.uri] ?? '',
                    recorded_utc: recorded.ms === undefined ? '' : (0,time/* formatUtc */.ay)(recorded.ms),
                    recorded_by: (row.values[f.recorded_by] ?? '').trim(),
                    source: { file: table.file, line: row.line },
                    recordedMs: recorded.ms,
                    lines: [row.line]
                };
                byId.set(eid.id, ev);
                rows.push(ev);
            }
        }
        if (!win.id || windows.has(win.id))
            all.push(...own);
    }
    return { byId, rows, defects: all };
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
;// CONCATENATED MODULE: ./src/ledger/rewrites.ts




function historyDefects(report, ctx) {
    const ic = ctx.policy.icRole;
    const base = { subject: '', owner_role: ic, release_window_id: '', file: ctx.file, line: null };
    if (report.status === 'not-a-repo') {
        return [finding('LEDGER_HISTORY_UNCHECKED', { ...base, severity: 'info', required_action: 'Keep the ledger in git so in-place rewrites can be detected', detail: 'not inside a git repository; append-only history not checked' })];
    }
    if (report.status === 'untracked') {
        return [finding('LEDGER_HISTORY_UNCHECKED', { ...base, severity: 'info', required_action: 'Commit the ledger so later rewrites can be detected', detail: 'the ledger file has no committed history yet' })];
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
        const a = cells[ia] === undefined ? undefined : (0,ids/* checkId */.ij)(cells[ia]);
        const w = cells[iw] === undefined ? undefined : (0,ids/* checkId */.ij)(cells[iw]);
        const role = cells[ir] === undefined ? undefined : (0,ids/* checkId */.ij)(cells[ir]);
        const alarmId = a?.ok ? a.id : '';
        const windowId = w?.ok ? w.id : '';
        const restored = ctx.currentLines.has(r.text);
        const active = !isHeader && alarmId !== '' && windowId !== '' && ctx.alarmKeys.has(joinKey(alarmId, windowId));
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
function cellsOf(text) {
    try {
        const rows = (0,sync/* parse */.qg)(text, { relax_quotes: true, relax_column_count: true });
        return rows[0] ?? [];
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/ledger/evaluate-ledger.ts








const READBACK_SIZE = 3;
/** The whole gate as a pure function of its inputs, the policy, the instant and the mode. */
function evaluateLedger(inputs, policy, now, mode) {
    const defects = [];
    const alarmsRead = readAlarms(inputs.alarms, policy);
    defects.push(...alarmsRead.defects);
    const { windows } = alarmsRead;
    const evidence = readEvidence(inputs.evidence, policy, windows);
    defects.push(...evidence.defects);
    const ledger = readLedger(inputs.ledger, policy, windows);
    defects.push(...ledger.defects);
    const states = new Map();
    for (const [key, rows] of ledger.byKey)
        states.set(key, foldKey(rows, inputs.ledger.file, policy, defects));
    defects.push(...orphans(states, alarmsRead.keys, inputs.ledger.file, policy));
    defects.push(...historyDefects(inputs.history, {
        file: inputs.ledger.file,
        header: inputs.ledger.header,
        currentLines: inputs.ledgerLines,
        alarmKeys: alarmsRead.keys,
        policy
    }));
    // Row, fold and history defects count towards their alarm's verdict.
    const priorByKey = new Map();
    for (const d of defects) {
        const k = joinKey(d.subject, d.release_window_id);
        const list = priorByKey.get(k);
        if (list)
            list.push(d);
        else
            priorByKey.set(k, [d]);
    }
    const ctx = { policy, now, ledgerFile: inputs.ledger.file, evidence: evidence.byId };
    const outcomes = alarmsRead.alarms.map((a) => evaluateAlarm(a, states.get(a.key), ctx, priorByKey.get(a.key)));
    for (const o of outcomes)
        for (const d of o.defects)
            defects.push(d);
    const blockingKeys = new Set(defects.filter((d) => d.severity === 'blocking').map((d) => joinKey(d.subject, d.release_window_id)));
    const sorted = (0,defect/* sortDefects */.XJ)(defects);
    const escalations = outcomes.flatMap((o) => o.escalations).sort(compareEscalations);
    const duplicateAlarm = new Set(sorted.filter((d) => d.defect_code === 'ALARM_DUPLICATE').map((d) => joinKey(d.subject, d.release_window_id)));
    const globalBlocking = sorted.filter((d) => d.release_window_id === '' && d.severity === 'blocking');
    const outcomesBy = groupBy(outcomes, (o) => o.evaluation.alarm.release_window_id);
    const defectsBy = groupBy(sorted, (d) => d.release_window_id);
    const escalationsBy = groupBy(escalations, (e) => e.release_window_id);
    for (const o of outcomes)
        o.blocking = blockingKeys.has(joinKey(o.evaluation.alarm.alarm_id, o.evaluation.alarm.release_window_id));
    const windowDecisions = [];
    const readback = [];
    for (const w of [...windows].sort()) {
        const own = outcomesBy.get(w) ?? [];
        const top = [...own].sort(compareRisk).slice(0, READBACK_SIZE);
        const rb = top.map((o) => readbackOf(o, (states.get(joinKey(o.evaluation.alarm.alarm_id, w))?.duplicate ?? false) || duplicateAlarm.has(joinKey(o.evaluation.alarm.alarm_id, w))));
        readback.push(...rb);
        const wDefects = [...(defectsBy.get(w) ?? []), ...globalBlocking];
        windowDecisions.push(decideWindow(w, own, wDefects, escalationsBy.get(w) ?? [], rb));
    }
    let decision = globalBlocking.length > 0 ? 'no-go' : 'go';
    for (const wd of windowDecisions)
        decision = worst(decision, wd.decision);
    const classByKey = new Map(alarmsRead.alarms.map((a) => [a.key, a.alarm_class]));
    const blocking = blockingIn(mode, sorted, (d) => classByKey.get(joinKey(d.subject, d.release_window_id)));
    const ledgerRows = inputs.ledger.rows.length + inputs.ledger.broken.length;
    return {
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
        alarms: outcomes
            .map((o) => o.evaluation)
            .sort((a, b) => cmp(a.alarm.release_window_id, b.alarm.release_window_id) || cmp(a.alarm.alarm_id, b.alarm.alarm_id)),
        evidence: evidence.rows
            .map((e) => stripEvidence(e))
            .sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.alarm_id, b.alarm_id) || cmp(a.evidence_id, b.evidence_id)),
        counts: {
            alarms: inputs.alarms.rows.length + inputs.alarms.broken.length,
            ledger_rows: ledgerRows,
            evidence_rows: inputs.evidence.rows.length + inputs.evidence.broken.length,
            passed: alarmsRead.alarms.filter((a) => !blockingKeys.has(a.key)).length
        },
        inputs: [...inputs.files]
    };
}
function orphans(states, alarmKeys, file, policy) {
    const lonely = [...states].filter(([key]) => !alarmKeys.has(key));
    if (lonely.length === 0)
        return [];
    const activeIn = new Map();
    for (const k of alarmKeys) {
        const [w, a] = k.split('\u0000');
        const list = activeIn.get(a);
        if (list)
            list.push(w);
        else
            activeIn.set(a, [w]);
    }
    const out = [];
    for (const [, st] of lonely) {
        const r = st.rows[0];
        const elsewhere = activeIn.get(r.alarm_id);
        out.push(finding('LEDGER_ORPHAN', {
            subject: r.alarm_id,
            owner_role: policy.icRole,
            required_action: elsewhere
                ? `Check release_window_id: alarm ${r.alarm_id} is active in window ${elsewhere.sort().join(', ')}`
                : 'Check alarm_id: no active alarm of this window has it',
            release_window_id: r.release_window_id,
            file,
            line: r.line,
            field: elsewhere ? 'release_window_id' : 'alarm_id',
            detail: `${st.rows.length} ledger row(s) for ${r.alarm_id} in window ${r.release_window_id} match no active alarm`
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
var exec = __webpack_require__(29395);
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
    const diffFlags = ['-U0', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames'];
    const log = await (0,exec/* git */.$)(['log', '--first-parent', '--diff-merges=first-parent', '-p', ...diffFlags, '--format=%x00%H', '--', spec], { cwd });
    const work = await (0,exec/* git */.$)(['diff', ...diffFlags, 'HEAD', '--', spec], { cwd });
    const committed = parseRemovals(log.stdout.toString('utf8'));
    const uncommitted = parseRemovals(`\u0000\n${work.stdout.toString('utf8')}`);
    return {
        status: 'checked',
        commits: committed.commits,
        rewrites: [...committed.rewrites, ...uncommitted.rewrites]
    };
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
        const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(raw);
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

// EXTERNAL MODULE: ./src/policy/load.ts + 4 modules
var load = __webpack_require__(74522);
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
async function loadLedgerPolicy(absPath, displayFile) {
    return toLedgerPolicy(await (0,load/* loadPolicyFile */.n$)('ack-ledger', absPath, displayFile));
}
function parseLedgerPolicy(text, file) {
    return toLedgerPolicy(parsePolicy('ack-ledger', text, file));
}
const fold = (s) => s.trim().toLowerCase();
function toLedgerPolicy(loaded) {
    const { data, file } = loaded;
    const problems = [];
    LEDGER_FIELDS.forEach((f) => {
        if (!data.required_fields.includes(f)) {
            problems.push({ file, field: '/required_fields', message: `must list '${f}' (the gate reads it)`, fix: `add '- ${f}'` });
        }
    });
    if (fold(data.alarm_classes.page) === fold(data.alarm_classes.block)) {
        problems.push({ file, field: '/alarm_classes/block', message: 'must differ from /alarm_classes/page' });
    }
    const resolved = new Set(data.closure_policy.resolved_states.map(fold));
    data.closure_policy.open_states.forEach((s, i) => {
        if (resolved.has(fold(s))) {
            problems.push({ file, field: `/closure_policy/open_states/${i}`, message: `'${s}' is also a resolved state` });
        }
    });
    const roleId = (raw, pointer) => {
        const r = (0,ids/* checkId */.ij)(raw);
        if (r.ok)
            return r.id;
        problems.push({ file, field: pointer, message: `role '${raw}' ${r.reason}` });
        return '';
    };
    const icRole = roleId(data.ownership.incident_commander_role, '/ownership/incident_commander_role');
    const exceptionApproverRole = roleId(data.sla_exceptions.approver_role, '/sla_exceptions/approver_role');
    if (problems.length > 0) {
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${file}: invalid ack-ledger policy`, problems });
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
        classOf: (v) => classes.get(fold(v)),
        ackSlaMinutes: (cls) => (cls === 'page' ? data.sla_policy.page_ack_minutes : data.sla_policy.block_ack_minutes),
        icRole,
        exceptionApproverRole,
        isResolvedState: (v) => resolved.has(fold(v)),
        isOpenState: (v) => open.has(fold(v)),
        isEvidenceKind: (v) => kinds.has(fold(v)),
        extraRequiredFields: data.required_fields.filter((f) => !interpreted.has(f))
    };
}

;// CONCATENATED MODULE: ./src/ledger/gate.ts








/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace, abs) {
    const rel = (0,external_node_path_.relative)(workspace, abs);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return abs;
    return rel.split(external_node_path_.sep).join('/');
}
async function readInput(abs, file, requiredColumns) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(abs);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: code === 'ENOENT' ? `${file}: file not found; check the path input or create the file` : `${file}: cannot read (${code ?? 'error'})`,
            cause: err
        });
    }
    return { table: await parseCsv(bytes, { file, requiredColumns }), bytes };
}
async function loadLedgerInputs(settings) {
    const ws = settings.workspace;
    const abs = (p) => (0,external_node_path_.resolve)(ws, p);
    const policyAbs = abs(settings.policies.ackLedger);
    const policy = await loadLedgerPolicy(policyAbs, displayPath(ws, policyAbs));
    const d = policy.data;
    const paths = { alarms: abs(settings.inputs.alarms), ledger: abs(settings.inputs.ledger), evidence: abs(settings.inputs.evidence) };
    // git runs in its own process while the CSVs parse; the CSVs parse one after another, because
    // parsing is CPU-bound here and interleaving three parsers only raises peak memory.
    const scan = scanLedgerHistory(paths.ledger);
    scan.catch(() => undefined);
    const alarms = await readInput(paths.alarms, displayPath(ws, paths.alarms), Object.values(d.alarm_fields));
    const ledger = await readInput(paths.ledger, displayPath(ws, paths.ledger), d.required_fields);
    const evidence = await readInput(paths.evidence, displayPath(ws, paths.evidence), Object.values(d.evidence_fields));
    const history = await scan;
    // Only a rewrite needs the current lines (to tell a restored row from a lost one).
    const ledgerLines = history.rewrites.length === 0 ? new Set() : new Set(ledger.bytes.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')));
    return {
        policy,
        inputs: {
            alarms: alarms.table,
            ledger: ledger.table,
            evidence: evidence.table,
            history,
            ledgerLines,
            files: [alarms, ledger, evidence].map((x) => ({ file: x.table.file, sha256: (0,hash/* sha256Hex */.fg)(x.bytes) }))
        }
    };
}
/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
async function runLedgerGate(settings) {
    const { policy, inputs } = await loadLedgerInputs(settings);
    return evaluateLedger(inputs, policy, settings.now, settings.mode);
}


/***/ }),

/***/ 74522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n$: () => (/* binding */ loadPolicyFile)
});

// UNUSED EXPORTS: parsePolicy, parseWithSchema

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(95138);
;// CONCATENATED MODULE: ./src/policy/schemas/ack-ledger.schema.json
const ack_ledger_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/ack-ledger.schema.json","title":"Acknowledgment-ledger policy (lesson 113)","description":"Columns, alarm classes, SLAs, owner roles, closure states, SLA exceptions and escalation routes for the ledger gate. Every section is required and unknown keys are errors, so a typo can never silently switch a rule off.","type":"object","additionalProperties":false,"required":["version","required_fields","alarm_fields","alarm_classes","evidence_fields","evidence_kinds","sla_policy","ownership","closure_policy","sla_exceptions","escalation"],"properties":{"version":{"type":"integer","const":1},"required_fields":{"description":"Ack-ledger columns. Must include the eleven the gate reads; extra entries must be filled on every row.","type":"array","items":{"$ref":"#/definitions/column"},"minItems":1,"uniqueItems":true},"optional_fields":{"description":"Optional ack-ledger columns for accepted SLA exceptions.","type":"array","items":{"type":"string","enum":["sla_exception_ref","exception_approved_by"]},"uniqueItems":true},"alarm_fields":{"type":"object","additionalProperties":false,"required":["alarm_id","alarm_class","release_window_id","raised_utc","primary_owner_role","backup_owner_role"],"properties":{"alarm_id":{"$ref":"#/definitions/column"},"alarm_class":{"$ref":"#/definitions/column"},"release_window_id":{"$ref":"#/definitions/column"},"raised_utc":{"$ref":"#/definitions/column"},"primary_owner_role":{"$ref":"#/definitions/column"},"backup_owner_role":{"$ref":"#/definitions/column"}}},"alarm_classes":{"type":"object","additionalProperties":false,"required":["page","block"],"properties":{"page":{"$ref":"#/definitions/token"},"block":{"$ref":"#/definitions/token"}}},"evidence_fields":{"type":"object","additionalProperties":false,"required":["evidence_id","release_window_id","alarm_id","evidence_kind","uri","recorded_utc","recorded_by"],"properties":{"evidence_id":{"$ref":"#/definitions/column"},"release_window_id":{"$ref":"#/definitions/column"},"alarm_id":{"$ref":"#/definitions/column"},"evidence_kind":{"$ref":"#/definitions/column"},"uri":{"$ref":"#/definitions/column"},"recorded_utc":{"$ref":"#/definitions/column"},"recorded_by":{"$ref":"#/definitions/column"}}},"evidence_kinds":{"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true},"sla_policy":{"type":"object","additionalProperties":false,"required":["page_ack_minutes","block_ack_minutes"],"properties":{"page_ack_minutes":{"$ref":"#/definitions/minutes"},"block_ack_minutes":{"$ref":"#/definitions/minutes"}}},"ownership":{"type":"object","additionalProperties":false,"required":["allow_primary_owner","allow_backup_owner","allow_incident_commander_override","incident_commander_role","override_window_minutes"],"properties":{"allow_primary_owner":{"type":"boolean"},"allow_backup_owner":{"type":"boolean"},"allow_incident_commander_override":{"type":"boolean"},"incident_commander_role":{"$ref":"#/definitions/token"},"override_window_minutes":{"$ref":"#/definitions/minutes"}}},"closure_policy":{"type":"object","additionalProperties":false,"required":["require_evidence_when_resolved","resolved_states","open_states"],"properties":{"require_evidence_when_resolved":{"type":"boolean"},"resolved_states":{"$ref":"#/definitions/tokens"},"open_states":{"$ref":"#/definitions/tokens"}}},"sla_exceptions":{"type":"object","additionalProperties":false,"required":["allowed_classes","approver_role"],"properties":{"allowed_classes":{"type":"array","items":{"type":"string","enum":["page","block"]},"uniqueItems":true},"approver_role":{"$ref":"#/definitions/token"}}},"escalation":{"type":"object","additionalProperties":false,"required":["page","block"],"properties":{"page":{"$ref":"#/definitions/ladder"},"block":{"$ref":"#/definitions/ladder"}}}},"definitions":{"column":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[^\\\\s,\\"]+$"},"token":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"},"tokens":{"type":"array","items":{"$ref":"#/definitions/token"},"minItems":1,"uniqueItems":true},"minutes":{"type":"integer","minimum":1,"maximum":525600},"route":{"type":"object","additionalProperties":false,"required":["route_to","no_go"],"properties":{"route_to":{"type":"string","enum":["primary_owner","backup_owner","incident_commander"]},"no_go":{"type":"boolean"}}},"ladder":{"type":"object","additionalProperties":false,"required":["ack_late","resolution_late","unowned"],"properties":{"ack_late":{"$ref":"#/definitions/route"},"resolution_late":{"$ref":"#/definitions/route"},"unowned":{"$ref":"#/definitions/route"}}}}}');
;// CONCATENATED MODULE: ./src/policy/schemas/closure-packet.schema.json
const closure_packet_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/closure-packet.schema.json","title":"Closure-packet policy: what a signed closure packet must contain (lesson 114)","type":"object","additionalProperties":false,"required":["schema_version","packet_id_prefix","required_packet_fields","required_row_fields","evidence_refs","lineage","review"],"properties":{"schema_version":{"description":"recorded in every packet; bump it when the packet contract changes","type":"integer","minimum":1},"packet_id_prefix":{"description":"packet_id = <prefix>-<release_window_id>, stable across revisions","type":"string","pattern":"^[a-z][a-z0-9]{0,15}$"},"required_packet_fields":{"type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["packet_id","release_window_id","revision","supersedes","schema","ledger_policy_sha256","signer","rows","left_out","signature_digest","exported_at_utc"]}},"required_row_fields":{"type":"array","uniqueItems":true,"minItems":1,"items":{"enum":["alarm_id","alarm_class","closure_state","acknowledged_by","ack_timestamp_utc","resolved_by","resolved_timestamp_utc","closure_evidence_id","closure_evidence_refs","approver_lineage"]}},"evidence_refs":{"description":"each closure row must link at least one evidence row of every kind listed, under the given field name","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["kind","field"],"properties":{"kind":{"description":"an evidence_kind value in the evidence CSV","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"field":{"description":"the key under closure_evidence_refs in each row","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"description":{"type":"string"}}}},"lineage":{"type":"object","additionalProperties":false,"required":["final_approver_from"],"properties":{"final_approver_from":{"description":"the evidence kind whose recorded_by is the final approver (the latest such row)","type":"string","pattern":"^[a-z][a-z0-9_]{0,39}$"},"final_approver_distinct_from_acknowledger":{"description":"separation of duties: the final approver may not be the person who acknowledged","type":"boolean"}}},"review":{"type":"object","additionalProperties":false,"required":["sample_size","approved_schema_versions"],"properties":{"sample_size":{"description":"alarms sampled per packet in post-incident review","type":"integer","minimum":1,"maximum":50},"approved_schema_versions":{"description":"packet schema versions a reviewer accepts","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1}}}}}}');
;// CONCATENATED MODULE: ./src/policy/schemas/keyring.schema.json
const keyring_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-evidence.dev/schemas/keyring.schema.json","title":"Keyring: the Ed25519 public keys trusted to sign release-evidence documents","type":"object","additionalProperties":false,"required":["version","keys"],"properties":{"version":{"const":1},"keys":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["signer_id","public_key","role","valid_from_utc","valid_until_utc"],"properties":{"signer_id":{"description":"who signs: a service account or lane, lowercase letters, digits and dashes","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"public_key":{"description":"base64 of the raw 32-byte Ed25519 public key (as printed by release-evidence keygen)","type":"string","pattern":"^[A-Za-z0-9+/]{43}=$"},"role":{"description":"the signer\'s governance role, e.g. release-lane","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,99}$"},"valid_from_utc":{"type":"string","format":"date-time"},"valid_until_utc":{"description":"exclusive: a signature made at this instant or later fails","type":"string","format":"date-time"},"demo":{"description":"true for a published demo key: documents it signs are marked as demo-signed","type":"boolean"},"note":{"type":"string"}}}}}}');
;// CONCATENATED MODULE: ./src/policy/schemas.ts



// The registry of policy kinds. A later stage adds its kind here and its schema beside it.
const POLICY_SCHEMAS = {
    'ack-ledger': ack_ledger_schema_namespaceObject,
    'closure-packet': closure_packet_schema_namespaceObject,
    keyring: keyring_schema_namespaceObject
};

;// CONCATENATED MODULE: ./src/policy/load.ts







// ajv-formats is CJS; under ESM interop its callable is sometimes the default's default.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
let load_ajv;
const compiled = new Map();
// Compiled lazily and once per schema: compiling costs tens of ms, which an Action that only
// verifies should not pay at start-up.
function validatorFor(schema) {
    let v = compiled.get(schema);
    if (!v) {
        load_ajv ??= addFormats(new ajv.Ajv({ allErrors: true, strict: true }));
        v = load_ajv.compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
async function loadPolicyFile(kind, path, file = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo({
            code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
            message: `${file}: cannot read the ${kind} policy (${code ?? 'error'}); pass its path or restore it from policies/`,
            cause: err
        });
    }
    return parsePolicy(kind, text, file);
}
function parsePolicy(kind, text, file) {
    return parseWithSchema(kind, POLICY_SCHEMAS[kind], text, file);
}
/** Parses YAML text and validates it against any JSON Schema (policies, and later index files). */
function parseWithSchema(kind, schema, text, file) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { version: '1.2', uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        throw new errors/* UserError */.yo({
            code: 'POLICY_INVALID',
            message: `${file}: not valid YAML`,
            problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0] }))
        });
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    const validate = validatorFor(schema);
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map((e) => toProblem(file, e));
        throw new errors/* UserError */.yo({ code: 'POLICY_INVALID', message: `${file}: invalid ${kind} policy`, problems });
    }
    return { kind, file, data: data, sha256: (0,hash/* canonicalSha256 */.o4)(data) };
}
function toProblem(file, e) {
    const path = e.instancePath === '' ? '/' : e.instancePath;
    if (e.keyword === 'additionalProperties') {
        const key = e.params.additionalProperty;
        return { file, field: `${e.instancePath}/${key}`, message: 'unknown key', fix: 'remove it or check its spelling' };
    }
    if (e.keyword === 'required') {
        const key = e.params.missingProperty;
        return { file, field: `${e.instancePath}/${key}`, message: 'required key is missing' };
    }
    if (e.keyword === 'enum') {
        const allowed = e.params.allowedValues;
        return { file, field: path, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` };
    }
    return { file, field: path, message: e.message ?? e.keyword };
}


/***/ })

};
