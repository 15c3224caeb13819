export const id = 8156;
export const ids = [8156,2926];
export const modules = {

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ outcomesAt)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2926);

/** By packet series key (`{cluster}-rNNN`). */
async function outcomesAt(top, window, trust, now) {
    const read = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_0__.readStrategyRevisions)(top, undefined, { window, trust, now });
    const out = new Map();
    const latest = (list) => {
        const m = new Map();
        for (const x of list) {
            if (x.verified !== true || x.doc === null)
                continue;
            const before = m.get(x.series);
            if (!before || before.revision < x.revision)
                m.set(x.series, { doc: x.doc, path: x.path, revision: x.revision });
        }
        return m;
    };
    const divergences = latest(read.divergences);
    for (const [series, o] of latest(read.outcomes)) {
        const d = divergences.get(series);
        out.set(series, { review: o.doc, review_path: o.path, divergence: d?.doc ?? null, divergence_path: d?.path ?? null });
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
            outcome: outcomes.get(`${s.exception_cluster_id}-${r.revision}`)?.review ?? null,
            outcome_path: outcomes.get(`${s.exception_cluster_id}-${r.revision}`)?.review_path ?? null,
            divergence: outcomes.get(`${s.exception_cluster_id}-${r.revision}`)?.divergence ?? null,
            divergence_path: outcomes.get(`${s.exception_cluster_id}-${r.revision}`)?.divergence_path ?? null,
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

/***/ 2926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStrategyRevisions: () => (/* binding */ readStrategyRevisions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9692);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9077);
/* harmony import */ var _signing_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9062);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4705);
/* harmony import */ var _util_ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4598);
/* harmony import */ var _util_json_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4976);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6043);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2405);









const KINDS = [
    { kind: 'packet', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_FAMILY */ .bj, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_PAYLOAD_KIND */ .yA },
    { kind: 'approval', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_FAMILY */ .mj, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGNOFF_PAYLOAD_KIND */ .Py },
    { kind: 'outcome', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_FAMILY */ .WM, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .OUTCOME_PAYLOAD_KIND */ .p8 },
    { kind: 'divergence', family: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_FAMILY */ .uU, payload: _family_js__WEBPACK_IMPORTED_MODULE_7__/* .DIVERGENCE_PAYLOAD_KIND */ .V2 }
];
/**
 * Every strategy-approval file in the tree of `at` (a commit id or ref; default HEAD), in the order
 * history published them (then by path). `repo` is the repository's top folder.
 */
async function readStrategyRevisions(repo, at, opts = {}) {
    const git = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openRepository */ .h_)(repo);
    const commit = await git.tryResolveRef(at ?? 'HEAD');
    const out = { at: commit, packets: [], approvals: [], outcomes: [], divergences: [] };
    if (commit === null) {
        if (at !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo({ code: 'INPUT_INVALID', message: `'${at}' names no commit in ${repo}` });
        return out;
    }
    const root = opts.window === undefined ? _family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_ROOT */ .pY : `${_family_js__WEBPACK_IMPORTED_MODULE_7__/* .STRATEGY_ROOT */ .pY}/${(0,_util_ids_js__WEBPACK_IMPORTED_MODULE_5__.normalizeId)(opts.window, 'release_window_id')}`;
    // The history only dates the files listed: with none (a store without strategy approvals), the
    // full-history scan of a large store is skipped rather than run for nothing.
    const files = await git.listTree(commit, root);
    const scan = files.length === 0 ? { events: [] } : await git.scanHistory({ root, until: commit });
    const first = new Map();
    for (const e of scan.events)
        if (e.status === 'A' && !first.has(e.path))
            first.set(e.path, { commit: e.commit, time: e.time, order: e.order });
    const byPath = new Map(files.map((f) => [f.path, f.oid]));
    const blobs = await git.readBlobs(files.map((f) => f.oid));
    const bytesOf = (path) => {
        const oid = byPath.get(path);
        return oid === undefined ? undefined : blobs.get(oid);
    };
    const found = [];
    for (const f of files) {
        for (const k of KINDS) {
            const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStorePath */ .GV)(k.family, f.path);
            if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined)
                continue;
            const json = bytesOf(f.path) ?? Buffer.alloc(0);
            const paths = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionPaths */ .s3)(k.family, p.ref);
            const sig = bytesOf(paths.signature);
            let verified = null;
            if (opts.trust)
                verified = sig !== undefined && (0,_signing_document_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyDocument */ .kR)(k.payload, json, sig, opts.trust.keyring, opts.now ?? Date.now()).ok;
            const origin = first.get(f.path);
            const doc = (0,_util_json_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLoose */ .i)(json);
            found.push({
                kind: k.kind,
                path: f.path,
                signature_path: paths.signature,
                log_path: paths.log,
                release_window_id: p.ref.window,
                series: p.ref.key,
                revision: p.ref.revision,
                commit: origin?.commit ?? null,
                published_utc: origin ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_6__/* .formatUtc */ .ay)(origin.time * 1000) : null,
                sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(json),
                verified,
                doc: typeof doc === 'object' && doc !== null ? doc : null
            });
        }
    }
    const order = (x) => first.get(x.path)?.order ?? Number.MAX_SAFE_INTEGER;
    found.sort((a, b) => order(a) - order(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const x of found) {
        if (x.kind === 'packet')
            out.packets.push(x);
        else if (x.kind === 'approval')
            out.approvals.push(x);
        else if (x.kind === 'outcome')
            out.outcomes.push(x);
        else
            out.divergences.push(x);
    }
    return out;
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
            const x = outcomes.get(`${s.exception_cluster_id}-${r.revision}`);
            if (!x)
                continue;
            const o = x.review;
            out.push(`  outcome     ${r.revision}: ${o.actual_outcome_status}, ${o.actual_convergence_hours} h, ${o.observed_regression_events.length} regression event(s) (${x.review_path})`);
            const d = x.divergence;
            if (d)
                out.push(`  divergence  ${d.strategy_divergence_incident_id}: ${d.triggers.map((t) => t.trigger).join(', ')}; required action: ${d.required_policy_update_action} (${x.divergence_path ?? ''})`);
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

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ windowStatus),
/* harmony export */   Y: () => (/* binding */ finishStatus)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9692);
/* harmony import */ var _store_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6043);
/* harmony import */ var _util_revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8483);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6035);
/* harmony import */ var _packet_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3029);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2405);







/** The window's packets and decisions, oldest first (parent before child), as first published. */
async function landedFiles(top, head, window) {
    const repo = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openRepository */ .h_)(top);
    const scan = await repo.scanHistory({ root: `${_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj.root}/${window}`, until: head });
    const seen = new Set();
    const out = [];
    for (const e of scan.events) {
        if (e.status !== 'A' || seen.has(e.path))
            continue;
        seen.add(e.path);
        out.push({ commit: e.commit, time: e.time, path: e.path, oid: e.newOid });
    }
    return out;
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
        const p = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .STRATEGY_FAMILY */ .bj, l.path);
        if (p.type === 'artifact' && p.kind === 'packet' && p.ref.key !== undefined) {
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
        const d = (0,_store_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStorePath */ .GV)(_family_js__WEBPACK_IMPORTED_MODULE_5__/* .SIGNOFF_FAMILY */ .mj, l.path);
        if (d.type !== 'artifact' || d.kind !== 'packet' || d.ref.key === undefined)
            continue;
        const m = /^(.+)-(r\d{3,})-([a-z0-9][a-z0-9-]*)$/.exec(d.ref.key);
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
        if (read.signoff && (0,_family_js__WEBPACK_IMPORTED_MODULE_5__/* .signoffKey */ .k5)(cluster, Number(rev.slice(1)), read.signoff.signer.signer_id) !== d.ref.key) {
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


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseLoose)
/* harmony export */ });
// JSON from text a reader did not write (a packet file, an API response): parsed when it parses,
// undefined otherwise, so the caller reports what it expected instead of a SyntaxError.
/** JSON.parse of UTF-8 bytes or text; undefined when it is not JSON. A BOM is not stripped. */
function parseLoose(json) {
    try {
        return JSON.parse(typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
