export const id = 7670;
export const ids = [7670,4964,2583];
export const modules = {

/***/ 74895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderExportText: () => (/* binding */ renderExportText)
/* harmony export */ });
/* harmony import */ var _store_render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18629);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84598);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78483);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35325);




// The terminal view of an export: what was written, what was not and why. The JSON view is the
// result object itself.
function actionLine(w) {
    const id = (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(w.series.window);
    if (w.action === 'written') {
        const sup = w.revision > 1 ? `, supersedes ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision - 1)}` : '';
        return `${id}: wrote ${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision)}${sup} in commit ${w.commitOid} (signature_digest sha256:${w.digest})`;
    }
    if (w.action === 'unchanged') {
        return `${id}: unchanged, nothing written (${(0,_util_revision_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRevision */ .T)(w.revision)} already holds this content)`;
    }
    const codes = [...new Set(w.findings.map((f) => f.code))].join(', ');
    return `${id}: NOT WRITTEN: the signed packet failed verification before publish (${codes}); the window's closure stays pending`;
}
function renderExportText(r) {
    const out = [];
    const written = r.windows.filter((w) => w.action === 'written').length;
    const unchanged = r.windows.filter((w) => w.action === 'unchanged').length;
    const rejected = r.windows.filter((w) => w.action === 'rejected').length;
    out.push(`Closure packets: ${written} written, ${unchanged} unchanged, ${rejected} rejected on branch ${r.branch}`);
    out.push(`signer ${r.signer.signerId} (key ${r.signer.keyId.slice(0, 16)})${r.signer.demo ? ' [DEMO KEY: the private key is public; never trust these signatures]' : ''}`);
    for (const w of r.warnings)
        out.push(`warning: ${w}`);
    out.push('');
    for (const w of r.windows)
        out.push(actionLine(w));
    for (const w of r.windows) {
        out.push('');
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummaryText */ .qw)(w.summary).trimEnd());
        for (const f of w.findings)
            out.push(`  ! ${f.code}${f.field ? ` ${f.field}` : ''}: ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(f.detail, 300)}`);
    }
    const rowDefects = r.windows.flatMap((w) => w.rowDefects);
    if (rowDefects.length > 0) {
        out.push('');
        out.push(`Closure rows left out of packets (${rowDefects.length}); fix the evidence and re-export:`);
        out.push((0,_store_render_js__WEBPACK_IMPORTED_MODULE_0__.renderDefects)(rowDefects));
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 35325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i$: () => (/* binding */ renderSummaryMarkdown),
/* harmony export */   qw: () => (/* binding */ renderSummaryText),
/* harmony export */   qz: () => (/* binding */ summarizePacket)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84598);


function summarizePacket(packet, verification) {
    const block = packet.rows.filter((r) => r.alarm_class === 'block').length;
    const sig = verification?.signature;
    return {
        packet_id: packet.packet_id,
        release_window_id: packet.release_window_id,
        revision: packet.revision,
        supersedes: packet.supersedes?.revision ?? null,
        exported_at_utc: packet.exported_at_utc,
        schema_version: packet.schema.version,
        resolved_alarms: packet.rows.length,
        block_alarms_resolved: block,
        page_alarms_resolved: packet.rows.length - block,
        unresolved_or_invalid: packet.left_out.total,
        left_out: packet.left_out,
        signer: { signer_id: packet.signer.signer_id, role: packet.signer.role, key_id: packet.signer.key_id, demo: sig?.ok === true && sig.key.demo },
        signature: sig === undefined ? 'not checked' : sig.ok ? 'verified' : 'failed',
        signature_failure: sig !== undefined && !sig.ok ? sig.code : null,
        signature_digest: packet.signature_digest
    };
}
function leftOutDetail(l) {
    return `unresolved ${l.unresolved}, invalid ack ${l.invalid_ack}, evidence unresolved ${l.evidence_unresolved}, lineage incomplete ${l.lineage_incomplete}, timestamp invalid ${l.timestamp_invalid}`;
}
function signatureText(s) {
    if (s.signature === 'failed')
        return `FAILED (${s.signature_failure ?? 'unknown'})`;
    return s.signature;
}
function lines(s, show) {
    const demo = s.signer.demo ? ' [DEMO KEY: not a trusted signer]' : '';
    return [
        ['Release window', show(s.release_window_id)],
        ['Revision', `${show(s.revision)}${s.supersedes ? ` (supersedes ${show(s.supersedes)})` : ' (first)'}`],
        ['Resolved alarms', `${s.resolved_alarms} (block ${s.block_alarms_resolved}, page ${s.page_alarms_resolved})`],
        ['Unresolved/invalid rows', `${s.unresolved_or_invalid} (${leftOutDetail(s.left_out)})`],
        ['Signer', `${show(s.signer.signer_id)} (role ${show(s.signer.role)}, key ${show(s.signer.key_id.slice(0, 16))})${demo}`],
        ['Signature', show(signatureText(s))],
        ['Signature digest', show(s.signature_digest)],
        ['Exported', `${show(s.exported_at_utc)}, schema v${s.schema_version}`]
    ];
}
function renderSummaryText(s) {
    const rows = lines(s, (t) => (0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(t, 200));
    const width = Math.max(...rows.map(([k]) => k.length));
    return [`Closure packet ${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_1__.printable)(s.packet_id)}`, ...rows.map(([k, v]) => `  ${`${k}:`.padEnd(width + 1)} ${v}`)].join('\n') + '\n';
}
function renderSummaryMarkdown(s) {
    const rows = lines(s, _report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC);
    return [`#### Closure packet ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(s.packet_id)}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n';
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
