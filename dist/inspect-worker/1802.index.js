export const id = 1802;
export const ids = [1802,4310];
export const modules = {

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRetentionPolicy: () => (/* binding */ checkRetentionPolicy),
/* harmony export */   durationMs: () => (/* binding */ durationMs),
/* harmony export */   loadRetentionPolicy: () => (/* binding */ loadRetentionPolicy),
/* harmony export */   retentionDays: () => (/* binding */ retentionDays),
/* harmony export */   retentionPolicyParser: () => (/* binding */ retentionPolicyParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

async function loadRetentionPolicy(path, file = path) {
    // the YAML parser and the schema validators load on first use: a warm index query needs neither
    const { loadPolicyFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return checkRetentionPolicy(await loadPolicyFile('retention', path, file));
}
/** A parser of retention policy texts (the committed versions of the policy file). */
async function retentionPolicyParser() {
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4742), __webpack_require__.e(3470)]).then(__webpack_require__.bind(__webpack_require__, 4742));
    return (text, file) => checkRetentionPolicy(parsePolicy('retention', text, file));
}
function checkRetentionPolicy(policy) {
    const { data, file } = policy;
    const problems = [];
    const ci = new Set(data.ci_roles);
    for (const [field, roles] of [['hold_roles', data.hold_roles], ['purge_roles', data.purge_roles]]) {
        roles.forEach((r, i) => {
            if (ci.has(r))
                problems.push({ file, field: `/${field}/${i}`, message: `'${r}' is also a CI role`, fix: 'give holds and purge approvals to people, never to the pipeline key' });
        });
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'POLICY_INVALID', message: `${file}: invalid retention policy`, problems });
    return policy;
}
/** The days a window is kept: the longest period that applies to it. */
function retentionDays(policy, hasBlockRow) {
    return hasBlockRow ? Math.max(policy.retention_days_default, policy.retention_days_block_alarms) : policy.retention_days_default;
}
/** ISO 8601 duration (the schema's subset: weeks, days, hours, minutes, seconds) in ms. */
function durationMs(text) {
    const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
    if (!m)
        throw new RangeError(`'${text}' is not an ISO 8601 duration`);
    const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0));
    return ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000;
}


/***/ }),

/***/ 1802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QUERIES: () => (/* binding */ QUERIES),
/* harmony export */   parseWithin: () => (/* binding */ parseWithin),
/* harmony export */   renderQueryText: () => (/* binding */ renderQueryText),
/* harmony export */   runQuery: () => (/* binding */ runQuery)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(790);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4310);




// The seed's query views (Q1-Q4) on a derived index:
//   holds     Q1 active legal holds by release window
//   expiring  Q2 series whose expiry falls within --within (default 30d) of now, or has passed
//   latest    Q3 the latest valid revision per release window (verified, write-once)
//   drift     Q4 revisions with signature or storage drift, or a stale verification
const QUERIES = ['holds', 'expiring', 'latest', 'drift'];
/** `30d`, `12h`, or an ISO 8601 duration (P30D). */
function parseWithin(text) {
    const short = /^(\d+)([dhw])$/.exec(text);
    if (short)
        return Number(short[1]) * { d: 86_400_000, h: 3_600_000, w: 7 * 86_400_000 }[short[2]];
    try {
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__.durationMs)(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'USAGE', message: `--within ${text}: use e.g. 30d, 12h, 2w or an ISO 8601 duration (P30D)` });
    }
}
function runQuery(index, query, opts) {
    const latest = index.rows.filter((r) => r.is_latest === 'true');
    const base = { query, commit: index.commit };
    switch (query) {
        case 'holds': {
            const columns = ['release_window_id', 'hold_id', 'reason', 'owner', 'case_id', 'placed_at_utc', 'placed_by', 'file'];
            const rows = index.holds.filter((h) => h.state === 'active').map((h) => ({ release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, case_id: h.case_id ?? '', placed_at_utc: h.placed_at_utc, placed_by: h.placed_by, file: h.file }));
            return { ...base, columns, rows };
        }
        case 'expiring': {
            const within = parseWithin(opts.within ?? '30d');
            const columns = ['family', 'release_window_id', 'packet_id', 'retention_expiry_utc', 'days_left', 'legal_hold_state', 'purge_eligible'];
            const rows = latest
                .flatMap((r) => {
                const e = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.retention_expiry_utc);
                if (!e.ok || e.ms > opts.now + within)
                    return [];
                return [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, retention_expiry_utc: r.retention_expiry_utc, days_left: String(Math.floor((e.ms - opts.now) / 86_400_000)), legal_hold_state: r.legal_hold_state, purge_eligible: r.purge_eligible }];
            })
                .sort((a, b) => (a.retention_expiry_utc < b.retention_expiry_utc ? -1 : a.retention_expiry_utc > b.retention_expiry_utc ? 1 : 0));
            return { ...base, columns, rows };
        }
        case 'latest': {
            const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'incident_window_start_utc', 'incident_window_end_utc', 'signature_digest', 'storage_uri', 'is_latest'];
            const valid = new Map();
            for (const r of index.rows) {
                if (r.signature_verified !== 'true' || r.storage_class === 'mutable')
                    continue;
                const k = `${r.family}\0${r.release_window_id}`;
                const seen = valid.get(k);
                if (!seen || seen.packet_revision < r.packet_revision)
                    valid.set(k, r);
            }
            const rows = [...valid.values()].map((r) => Object.fromEntries(columns.map((c) => [c, r[c]])));
            return { ...base, columns, rows };
        }
        case 'drift': {
            const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'drift', 'storage_uri'];
            const rows = index.rows.flatMap((r) => {
                const why = [];
                if (r.signature_verified !== 'true')
                    why.push('signature does not verify');
                if (r.storage_class === 'mutable')
                    why.push('not write-once (rewritten, edited or uncommitted)');
                const v = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseUtc */ .y5)(r.last_verified_utc);
                if (!v.ok || opts.now - v.ms > opts.refreshMs)
                    why.push(`last verified ${r.last_verified_utc || 'never'} (older than the refresh interval at ${(0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtc */ .ay)(opts.now)})`);
                return why.length === 0 ? [] : [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, packet_revision: r.packet_revision, drift: why.join('; '), storage_uri: r.storage_uri }];
            });
            return { ...base, columns, rows };
        }
    }
}
function renderQueryText(q) {
    const head = `retention query ${q.query} at ${q.commit}: ${q.rows.length} row${q.rows.length === 1 ? '' : 's'}\n`;
    const table = (0,_report_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderTable */ .b)(q.columns, q.rows.map((r) => q.columns.map((c) => r[c])));
    return q.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`;
}


/***/ })

};
