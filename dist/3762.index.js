export const id = 3762;
export const ids = [3762];
export const modules = {

/***/ 13762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outcomeCommand: () => (/* binding */ outcomeCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(64533);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(94615);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(65404);
// EXTERNAL MODULE: ./src/store/publish.ts + 1 modules
var publish = __webpack_require__(35175);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(45325);
// EXTERNAL MODULE: ./src/util/json.ts
var util_json = __webpack_require__(49799);
// EXTERNAL MODULE: ./src/util/revision.ts
var revision = __webpack_require__(42408);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(20132);
// EXTERNAL MODULE: ./src/strategy/family.ts
var family = __webpack_require__(86102);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/strategy/outcome.ts



// Post-window outcome traceability (seed steps 11-12): the outcome of an approved revision and the
// divergence triggers it fires. Pure except for reading the cited forecast snapshot, whose bytes
// must still hash to what the packet cites.
const OUTCOME_STATUSES = ['met_projection', 'partial_match', 'diverged'];
/** The forecast's high band from the snapshot the packet cites, or null (missing, or its bytes changed). */
async function citedHighBand(workspace, packet) {
    const ref = packet.evidence_bundle.forecast_band_snapshot;
    if (!ref)
        return null;
    try {
        const bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, ref.uri));
        if ((0,hash/* sha256Hex */.fg)(bytes) !== ref.sha256)
            return null;
        const high = JSON.parse(bytes.toString('utf8')).bands?.high_hours;
        return typeof high === 'number' ? high : null;
    }
    catch {
        return null;
    }
}
function divergenceOf(args) {
    const d = args.policy.divergence ?? { convergence_overrun_hours: 0, low_risk_levels: ['low'], critical_severities: ['critical'] };
    const triggers = [];
    const actions = [];
    const critical = args.events.filter((e) => d.critical_severities.includes(e.severity));
    if (d.low_risk_levels.includes(args.packet.risk_overlay) && critical.length > 0) {
        triggers.push({ trigger: 'low_risk_lane_critical_regression', detail: `lane ${args.packet.selected_lane_id} was ranked ${args.packet.risk_overlay} risk and caused ${critical.map((e) => e.event_id).join(', ')}` });
        actions.push('recalibrate the risk overlay of the lane simulation (lesson 119)');
    }
    if (args.highBand !== null && args.convergenceHours > args.highBand + d.convergence_overrun_hours) {
        triggers.push({ trigger: 'convergence_beyond_high_band', detail: `${args.convergenceHours} h against a high band of ${args.highBand} h (+${d.convergence_overrun_hours} h allowed)` });
        actions.push('widen or recalibrate the SLA forecast bands (lesson 118)');
    }
    if (args.evidenceGaps.length > 0) {
        triggers.push({ trigger: 'approved_without_required_evidence', detail: args.evidenceGaps.join('; ') });
        actions.push('tighten required_evidence in the strategy-approval policy and re-approve');
    }
    if (triggers.length === 0)
        return null;
    return {
        strategy_divergence_incident_id: `SDI-${args.packet.release_window_id}-${args.packet.exception_cluster_id}-${args.packet.revision}`,
        affected_packet_id: args.packet.strategy_packet_id,
        affected_revision: args.packet.revision,
        triggers,
        required_policy_update_action: actions.join('; ')
    };
}
/** `--regression SEVERITY:EVENT_ID` values. */
function parseRegressions(values) {
    const out = [];
    for (const v of values) {
        const m = /^([a-z0-9_-]+):(\S+)$/i.exec(v);
        if (!m)
            return v;
        out.push({ severity: m[1].toLowerCase(), event_id: m[2] });
    }
    return out.sort((a, b) => (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0));
}

// EXTERNAL MODULE: ./src/strategy/logs.ts
var logs = __webpack_require__(63165);
// EXTERNAL MODULE: ./src/strategy/panel.ts
var panel = __webpack_require__(61878);
// EXTERNAL MODULE: ./src/strategy/run.ts
var run = __webpack_require__(26673);
// EXTERNAL MODULE: ./src/strategy/state.ts
var state = __webpack_require__(4105);
// EXTERNAL MODULE: ./src/strategy/types.ts
var types = __webpack_require__(23253);
;// CONCATENATED MODULE: ./src/strategy/outcome-command.ts
















// `strategy outcome`: the signed post-window outcome review of the latest approved revision
// (outcome-reviews/), and, when a trigger of the seed's step 12 fires, a signed divergence record
// of its own (divergences/) that cites the review. Two write-once commits; the packet and its
// decisions are never touched.
async function outcomeCommand(inv) {
    const ctx = await (0,run.context)(inv);
    const series = (0,layout/* seriesFor */.FT)(family/* STRATEGY_FAMILY */.bj, (0,run.required)(inv, 'window'), (0,run.required)(inv, 'cluster'));
    const status = (0,run.required)(inv, 'status');
    if (!OUTCOME_STATUSES.includes(status))
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--status is one of ${OUTCOME_STATUSES.join(', ')}, not '${status}'` });
    const hours = Number((0,run.required)(inv, 'convergence-hours'));
    if (!Number.isFinite(hours) || hours < 0)
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--convergence-hours is a number of hours, not '${(0,run.str)(inv, 'convergence-hours')}'` });
    const events = parseRegressions(inv.values['regression'] ?? []);
    if (typeof events === 'string')
        throw new errors/* UserError */.yo({ code: 'USAGE', message: `--regression ${events}: write SEVERITY:EVENT_ID, e.g. critical:INC-4411` });
    const signer = await (0,run.signerFor)(inv, ctx);
    const all = (0,state/* finishStatus */.Y)(ctx.parent ? await (0,state/* windowStatus */.T)(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust);
    const mine = all.find((s) => s.exception_cluster_id === series.key);
    const approved = mine?.revisions.filter((r) => r.state === 'approved').at(-1);
    if (!mine || !approved?.packet) {
        inv.io.stdout(`strategy outcome: refused, nothing written\n  BLOCK STRATEGY_OUTCOME_INVALID: ${series.window}/${series.key} has no approved revision to review\n`);
        return errors/* ExitCode */.yU.PolicyFailure;
    }
    const packet = approved.packet;
    const highBand = await citedHighBand(ctx.settings.workspace, packet);
    const divergence = divergenceOf({ packet, policy: ctx.trust.policy.data, convergenceHours: hours, events, highBand, evidenceGaps: evidenceGaps(mine, packet, ctx) });
    const key = (0,family/* revisionKey */.d7)(series.key, packet.revision);
    const doc = {
        schema: types/* OUTCOME_SCHEMA */.L0,
        strategy_packet_id: packet.strategy_packet_id,
        release_window_id: series.window,
        exception_cluster_id: series.key,
        packet_revision: packet.revision,
        packet_sha256: packet.packet_sha256,
        actual_outcome_status: status,
        actual_convergence_hours: hours,
        observed_regression_events: events,
        outcome_review_timestamp_utc: (0,time/* formatUtc */.ay)(ctx.settings.now),
        forecast_high_hours: highBand,
        strategy_divergence_incident_id: divergence?.strategy_divergence_incident_id ?? null,
        signer: (0,signing_signer/* signerBlock */._)(signer)
    };
    let reviewBytes = null;
    const r = await (0,publish/* exportWindow */.P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: family/* OUTCOME_FAMILY */.WM,
        series: { window: series.window, key },
        committer: ctx.committer,
        build: (next, previous) => {
            if (previous) {
                const before = (0,util_json/* parseLoose */.i)(previous.packet);
                const same = (o) => (0,hash/* canonicalSha256 */.o4)(o && [o.actual_outcome_status, o.actual_convergence_hours, o.observed_regression_events]);
                if (same(before) === same(doc)) {
                    reviewBytes = previous.packet;
                    return { kind: 'unchanged' };
                }
            }
            const full = { ...doc, supersedes: previous ? { revision: (0,revision/* formatRevision */.T)(previous.revision), sha256: (0,hash/* sha256Hex */.fg)(previous.packet) } : null };
            const signed = (0,signing_document/* signDocument */.Tt)(family/* OUTCOME_PAYLOAD_KIND */.p8, full, signer);
            reviewBytes = Buffer.from(signed.json);
            const paths = (0,layout/* revisionPaths */.s3)(family/* OUTCOME_FAMILY */.WM, { window: series.window, key, revision: next });
            const log = (0,logs/* validationLog */.e)('outcome review', [
                ['outcome_review', paths.packet],
                ['payload_type', family/* OUTCOME_FAMILY */.WM.payloadType],
                ['packet', `${approved.packet_path} sha256:${packet.packet_sha256} (approved ${approved.approved_utc ?? ''})`],
                ['status', `${status}, ${hours} h (forecast high band ${highBand ?? 'unreadable'} h), ${events.length} regression event(s)`],
                ['divergence', divergence ? `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.map((t) => t.trigger).join(', ')}` : 'none'],
                ['supersedes', full.supersedes ? `${full.supersedes.revision} sha256:${full.supersedes.sha256}` : 'none (first review)'],
                ['signer', `${signer.signerId} (key id ${signer.keyId})`],
                ['checks', 'packet revision approved in history; forecast snapshot bytes hash to the cited sha256; divergence triggers of the policy'],
                ['result', 'SIGNED'],
                ['signed_at_utc', (0,time/* formatUtc */.ay)(ctx.settings.now)]
            ]);
            return { kind: 'signed', files: { packet: reviewBytes, signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: (0,hash/* sha256Hex */.fg)(reviewBytes) } };
        }
    });
    const findings = [];
    let raised = null;
    if (divergence && r.action !== 'rejected' && reviewBytes) {
        const reviewPath = (0,layout/* revisionPaths */.s3)(family/* OUTCOME_FAMILY */.WM, { window: series.window, key, revision: r.revision }).packet;
        raised = await raiseDivergence(ctx, signer, { window: series.window, key }, r.commitOid ?? ctx.parent, packet, divergence, { outcome_review: reviewPath, sha256: (0,hash/* sha256Hex */.fg)(reviewBytes) });
        findings.push({ code: 'STRATEGY_DIVERGENCE', field: 'divergence', detail: `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.map((t) => `${t.trigger}: ${t.detail}`).join('; ')}; required action: ${divergence.required_policy_update_action}${raised.files ? ` (${raised.files.packet})` : ''}` });
    }
    const merged = { ...r, commitOid: raised?.commitOid ?? r.commitOid, findings: [...r.findings, ...(raised?.findings ?? []), ...findings] };
    return (0,run.report)(inv, merged, `strategy outcome ${packet.strategy_packet_id} ${packet.revision}`, { divergence, divergence_file: raised?.files?.packet ?? null });
}
/** Why an approval of this series lacked required evidence: the approved revision, or an approve on an incomplete revision. */
function evidenceGaps(s, approved, ctx) {
    const gaps = [];
    const cited = (0,panel/* evidenceCompleteness */.Ur)(approved).cited;
    const missing = ctx.trust.policy.data.required_evidence.filter((k) => !cited.includes(k));
    if (missing.length > 0)
        gaps.push(`the approved ${approved.revision} does not cite ${missing.join(', ')}`);
    for (const r of s.revisions) {
        if (r.state !== 'incomplete_evidence' || !r.findings.some((f) => f.code === 'STRATEGY_EVIDENCE_INCOMPLETE'))
            continue;
        for (const who of r.roster)
            if (who.decision === 'approve')
                gaps.push(`${who.signer_id} approved ${r.revision} while its evidence was incomplete`);
    }
    return gaps;
}
async function raiseDivergence(ctx, signer, series, parent, packet, record, raisedBy) {
    return (0,publish/* exportWindow */.P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: parent,
        family: family/* DIVERGENCE_FAMILY */.uU,
        series,
        committer: ctx.committer,
        build: (next, previous) => {
            const before = previous ? (0,util_json/* parseLoose */.i)(previous.packet) : null;
            if (before && (0,hash/* canonicalSha256 */.o4)([before.triggers, before.required_policy_update_action]) === (0,hash/* canonicalSha256 */.o4)([record.triggers, record.required_policy_update_action]))
                return { kind: 'unchanged' };
            const doc = {
                schema: types/* DIVERGENCE_SCHEMA */.zW,
                ...record,
                release_window_id: series.window,
                exception_cluster_id: packet.exception_cluster_id,
                affected_packet_sha256: packet.packet_sha256,
                raised_by: raisedBy,
                raised_at_utc: (0,time/* formatUtc */.ay)(ctx.settings.now),
                supersedes: previous ? { revision: (0,revision/* formatRevision */.T)(previous.revision), sha256: (0,hash/* sha256Hex */.fg)(previous.packet) } : null,
                signer: (0,signing_signer/* signerBlock */._)(signer)
            };
            const signed = (0,signing_document/* signDocument */.Tt)(family/* DIVERGENCE_PAYLOAD_KIND */.V2, doc, signer);
            const paths = (0,layout/* revisionPaths */.s3)(family/* DIVERGENCE_FAMILY */.uU, { ...series, revision: next });
            const log = (0,logs/* validationLog */.e)('divergence record', [
                ['divergence', paths.packet],
                ['payload_type', family/* DIVERGENCE_FAMILY */.uU.payloadType],
                ['incident', record.strategy_divergence_incident_id],
                ['affected_packet', `${record.affected_packet_id} ${record.affected_revision} sha256:${packet.packet_sha256}`],
                ...record.triggers.map((t) => ['trigger', `${t.trigger}: ${t.detail}`]),
                ['required_action', record.required_policy_update_action],
                ['raised_by', `${raisedBy.outcome_review} sha256:${raisedBy.sha256}`],
                ['signer', `${signer.signerId} (key id ${signer.keyId})`],
                ['result', 'SIGNED'],
                ['signed_at_utc', doc.raised_at_utc]
            ]);
            const json = Buffer.from(signed.json);
            return { kind: 'signed', files: { packet: json, signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: (0,hash/* sha256Hex */.fg)(json) } };
        }
    });
}


/***/ })

};
