export const id = 463;
export const ids = [463];
export const modules = {

/***/ 4463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  outcomeCommand: () => (/* binding */ outcomeCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/signing/document.ts
var signing_document = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/signing/signer.ts
var signing_signer = __webpack_require__(997);
// EXTERNAL MODULE: ./src/store/layout.ts + 1 modules
var layout = __webpack_require__(9077);
// EXTERNAL MODULE: ./src/store/publish.ts
var publish = __webpack_require__(7566);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __webpack_require__(4976);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
// EXTERNAL MODULE: ./src/strategy/family.ts
var family = __webpack_require__(2405);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        triggers.push(`low_risk_lane_critical_regression: lane ${args.packet.selected_lane_id} was ranked ${args.packet.risk_overlay} risk and caused ${critical.map((e) => e.event_id).join(', ')}`);
        actions.push('recalibrate the risk overlay of the lane simulation (lesson 119)');
    }
    if (args.highBand !== null && args.convergenceHours > args.highBand + d.convergence_overrun_hours) {
        triggers.push(`convergence_beyond_high_band: ${args.convergenceHours} h against a high band of ${args.highBand} h (+${d.convergence_overrun_hours} h allowed)`);
        actions.push('widen or recalibrate the SLA forecast bands (lesson 118)');
    }
    if (!args.evidenceComplete) {
        triggers.push('approved_without_required_evidence: the approved revision does not cite every required evidence input');
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

// EXTERNAL MODULE: ./src/strategy/panel.ts
var panel = __webpack_require__(6483);
// EXTERNAL MODULE: ./src/strategy/run.ts
var run = __webpack_require__(9328);
// EXTERNAL MODULE: ./src/strategy/state.ts
var state = __webpack_require__(9176);
// EXTERNAL MODULE: ./src/strategy/types.ts
var types = __webpack_require__(7756);
;// CONCATENATED MODULE: ./src/strategy/outcome-command.ts














// `strategy outcome`: the signed post-window outcome review of the latest approved revision, with
// its divergence record. Written once beside the packet's family, never into the packet.
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
    const approved = all.find((s) => s.exception_cluster_id === series.key)?.revisions.filter((r) => r.state === 'approved').at(-1);
    if (!approved?.packet) {
        inv.io.stdout(`strategy outcome: refused, nothing written\n  BLOCK STRATEGY_OUTCOME_INVALID: ${series.window}/${series.key} has no approved revision to review\n`);
        return errors/* ExitCode */.yU.PolicyFailure;
    }
    const packet = approved.packet;
    const highBand = await citedHighBand(ctx.settings.workspace, packet);
    const e = (0,panel/* evidenceCompleteness */.Ur)(packet);
    const divergence = divergenceOf({ packet, policy: ctx.trust.policy.data, convergenceHours: hours, events, highBand, evidenceComplete: ctx.trust.policy.data.required_evidence.every((k) => e.cited.includes(k)) });
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
        divergence,
        signer: (0,signing_signer/* signerBlock */._)(signer)
    };
    const key = `${series.key}-${packet.revision}`;
    const r = await (0,publish/* exportWindow */.P0)({
        dir: ctx.top,
        branch: ctx.branch,
        parentOid: ctx.parent,
        family: family/* OUTCOME_FAMILY */.WM,
        series: { window: series.window, key },
        committer: ctx.committer,
        build: (next, previous) => {
            if (previous) {
                const before = (0,json/* parseLoose */.i)(previous.packet);
                const same = (o) => (0,hash/* canonicalSha256 */.o4)(o && [o.actual_outcome_status, o.actual_convergence_hours, o.observed_regression_events]);
                if (same(before) === same(doc))
                    return { kind: 'unchanged' };
            }
            const signed = (0,signing_document/* signDocument */.Tt)(family/* OUTCOME_PAYLOAD_KIND */.p8, { ...doc, supersedes: previous ? { revision: `r${String(previous.revision).padStart(3, '0')}`, sha256: digestOf(previous.packet) } : null }, signer);
            const paths = (0,layout/* revisionPaths */.s3)(family/* OUTCOME_FAMILY */.WM, { window: series.window, key, revision: next });
            const log = `release-evidence strategy outcome review\noutcome      ${paths.packet}\npacket       ${approved.packet_path} sha256:${packet.packet_sha256}\nstatus       ${status}, ${hours} h, ${events.length} regression event(s)\ndivergence   ${divergence ? `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.join(' | ')}` : 'none'}\nsigner       ${signer.signerId} (key id ${signer.keyId})\n`;
            return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: signed.payloadSha256 } };
        }
    });
    const findings = divergence ? [{ code: 'STRATEGY_DIVERGENCE', field: 'divergence', detail: `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.join('; ')}; required action: ${divergence.required_policy_update_action}` }] : [];
    return (0,run.report)(inv, { ...r, findings: [...r.findings, ...findings] }, `strategy outcome ${packet.strategy_packet_id} ${packet.revision}`, { divergence });
}
function digestOf(bytes) {
    return (0,hash/* sha256Hex */.fg)(bytes);
}


/***/ })

};
