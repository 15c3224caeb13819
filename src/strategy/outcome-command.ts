import { ExitCode, UserError } from '../errors.js'
import { signDocument } from '../signing/document.js'
import { signerBlock, type Signer } from '../signing/signer.js'
import type { Finding } from '../store/inspect.js'
import { revisionPaths, seriesFor } from '../store/layout.js'
import { exportWindow, type ExportWindowResult } from '../store/publish.js'
import { canonicalSha256, sha256Hex } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc } from '../util/time.js'
import { DIVERGENCE_FAMILY, DIVERGENCE_PAYLOAD_KIND, OUTCOME_FAMILY, OUTCOME_PAYLOAD_KIND, STRATEGY_FAMILY, revisionKey } from './family.js'
import { citedHighBand, divergenceOf, OUTCOME_STATUSES, parseRegressions } from './outcome.js'
import { validationLog } from './logs.js'
import { evidenceCompleteness } from './panel.js'
import { context, report, required, signerFor, str, type Context, type Inv } from './run.js'
import { finishStatus, windowStatus, type SeriesStatus } from './state.js'
import { DIVERGENCE_SCHEMA, OUTCOME_SCHEMA, type DivergenceDocument, type DivergenceRecord, type OutcomeReview, type OutcomeStatus, type StrategyPacket } from './types.js'

// `strategy outcome`: the signed post-window outcome review of the latest approved revision
// (outcome-reviews/), and, when a trigger of the seed's step 12 fires, a signed divergence record
// of its own (divergences/) that cites the review. Two write-once commits; the packet and its
// decisions are never touched.

export async function outcomeCommand(inv: Inv): Promise<ExitCode> {
  const ctx = await context(inv)
  const series = seriesFor(STRATEGY_FAMILY, required(inv, 'window'), required(inv, 'cluster'))
  const status = required(inv, 'status') as OutcomeStatus
  if (!OUTCOME_STATUSES.includes(status)) throw new UserError({ code: 'USAGE', message: `--status is one of ${OUTCOME_STATUSES.join(', ')}, not '${status}'` })
  const hours = Number(required(inv, 'convergence-hours'))
  if (!Number.isFinite(hours) || hours < 0) throw new UserError({ code: 'USAGE', message: `--convergence-hours is a number of hours, not '${str(inv, 'convergence-hours')}'` })
  const events = parseRegressions(((inv.values as Record<string, unknown>)['regression'] as string[] | undefined) ?? [])
  if (typeof events === 'string') throw new UserError({ code: 'USAGE', message: `--regression ${events}: write SEVERITY:EVENT_ID, e.g. critical:INC-4411` })
  const signer = await signerFor(inv, ctx)

  const all = finishStatus(ctx.parent ? await windowStatus(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust)
  const mine = all.find((s) => s.exception_cluster_id === series.key)
  const approved = mine?.revisions.filter((r) => r.state === 'approved').at(-1)
  if (!mine || !approved?.packet) {
    inv.io.stdout(`strategy outcome: refused, nothing written\n  BLOCK STRATEGY_OUTCOME_INVALID: ${series.window}/${series.key} has no approved revision to review\n`)
    return ExitCode.PolicyFailure
  }
  const packet = approved.packet
  const highBand = await citedHighBand(ctx.settings.workspace, packet)
  const divergence = divergenceOf({ packet, policy: ctx.trust.policy.data, convergenceHours: hours, events, highBand, evidenceGaps: evidenceGaps(mine, packet, ctx) })
  const key = revisionKey(series.key!, packet.revision)
  const doc: Omit<OutcomeReview, 'supersedes'> = {
    schema: OUTCOME_SCHEMA,
    strategy_packet_id: packet.strategy_packet_id,
    release_window_id: series.window,
    exception_cluster_id: series.key!,
    packet_revision: packet.revision,
    packet_sha256: packet.packet_sha256,
    actual_outcome_status: status,
    actual_convergence_hours: hours,
    observed_regression_events: events,
    outcome_review_timestamp_utc: formatUtc(ctx.settings.now),
    forecast_high_hours: highBand,
    strategy_divergence_incident_id: divergence?.strategy_divergence_incident_id ?? null,
    signer: signerBlock(signer)
  }
  let reviewBytes: Buffer | null = null
  const r = await exportWindow({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: ctx.parent,
    family: OUTCOME_FAMILY,
    series: { window: series.window, key },
    committer: ctx.committer,
    build: (next, previous) => {
      if (previous) {
        const before = parseLoose(previous.packet) as OutcomeReview | null
        const same = (o: Pick<OutcomeReview, 'actual_outcome_status' | 'actual_convergence_hours' | 'observed_regression_events'> | null) =>
          canonicalSha256(o && [o.actual_outcome_status, o.actual_convergence_hours, o.observed_regression_events])
        if (same(before) === same(doc)) {
          reviewBytes = previous.packet
          return { kind: 'unchanged' }
        }
      }
      const full: OutcomeReview = { ...doc, supersedes: previous ? { revision: formatRevision(previous.revision), sha256: sha256Hex(previous.packet) } : null }
      const signed = signDocument(OUTCOME_PAYLOAD_KIND, full, signer)
      reviewBytes = Buffer.from(signed.json)
      const paths = revisionPaths(OUTCOME_FAMILY, { window: series.window, key, revision: next })
      const log = validationLog('outcome review', [
        ['outcome_review', paths.packet],
        ['payload_type', OUTCOME_FAMILY.payloadType],
        ['packet', `${approved.packet_path} sha256:${packet.packet_sha256} (approved ${approved.approved_utc ?? ''})`],
        ['status', `${status}, ${hours} h (forecast high band ${highBand ?? 'unreadable'} h), ${events.length} regression event(s)`],
        ['divergence', divergence ? `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.map((t) => t.trigger).join(', ')}` : 'none'],
        ['supersedes', full.supersedes ? `${full.supersedes.revision} sha256:${full.supersedes.sha256}` : 'none (first review)'],
        ['signer', `${signer.signerId} (key id ${signer.keyId})`],
        ['checks', 'packet revision approved in history; forecast snapshot bytes hash to the cited sha256; divergence triggers of the policy'],
        ['result', 'SIGNED'],
        ['signed_at_utc', formatUtc(ctx.settings.now)]
      ])
      return { kind: 'signed', files: { packet: reviewBytes, signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: sha256Hex(reviewBytes) } }
    }
  })
  const findings: Finding[] = []
  let raised: ExportWindowResult | null = null
  if (divergence && r.action !== 'rejected' && reviewBytes) {
    const reviewPath = revisionPaths(OUTCOME_FAMILY, { window: series.window, key, revision: r.revision }).packet
    raised = await raiseDivergence(ctx, signer, { window: series.window, key }, r.commitOid ?? ctx.parent, packet, divergence, { outcome_review: reviewPath, sha256: sha256Hex(reviewBytes) })
    findings.push({ code: 'STRATEGY_DIVERGENCE', field: 'divergence', detail: `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.map((t) => `${t.trigger}: ${t.detail}`).join('; ')}; required action: ${divergence.required_policy_update_action}${raised.files ? ` (${raised.files.packet})` : ''}` })
  }
  const merged = { ...r, commitOid: raised?.commitOid ?? r.commitOid, findings: [...r.findings, ...(raised?.findings ?? []), ...findings] }
  return report(inv, merged, `strategy outcome ${packet.strategy_packet_id} ${packet.revision}`, { divergence, divergence_file: raised?.files?.packet ?? null })
}

/** Why an approval of this series lacked required evidence: the approved revision, or an approve on an incomplete revision. */
function evidenceGaps(s: SeriesStatus, approved: StrategyPacket, ctx: Context): string[] {
  const gaps: string[] = []
  const cited = evidenceCompleteness(approved).cited
  const missing = ctx.trust.policy.data.required_evidence.filter((k) => !cited.includes(k))
  if (missing.length > 0) gaps.push(`the approved ${approved.revision} does not cite ${missing.join(', ')}`)
  for (const r of s.revisions) {
    if (r.state !== 'incomplete_evidence' || !r.findings.some((f) => f.code === 'STRATEGY_EVIDENCE_INCOMPLETE')) continue
    for (const who of r.roster) if (who.decision === 'approve') gaps.push(`${who.signer_id} approved ${r.revision} while its evidence was incomplete`)
  }
  return gaps
}

async function raiseDivergence(
  ctx: Context,
  signer: Signer,
  series: { window: string; key: string },
  parent: string | null,
  packet: StrategyPacket,
  record: DivergenceRecord,
  raisedBy: DivergenceDocument['raised_by']
): Promise<ExportWindowResult> {
  return exportWindow({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: parent,
    family: DIVERGENCE_FAMILY,
    series,
    committer: ctx.committer,
    build: (next, previous) => {
      const before = previous ? (parseLoose(previous.packet) as DivergenceDocument | null) : null
      if (before && canonicalSha256([before.triggers, before.required_policy_update_action]) === canonicalSha256([record.triggers, record.required_policy_update_action])) return { kind: 'unchanged' }
      const doc: DivergenceDocument = {
        schema: DIVERGENCE_SCHEMA,
        ...record,
        release_window_id: series.window,
        exception_cluster_id: packet.exception_cluster_id,
        affected_packet_sha256: packet.packet_sha256,
        raised_by: raisedBy,
        raised_at_utc: formatUtc(ctx.settings.now),
        supersedes: previous ? { revision: formatRevision(previous.revision), sha256: sha256Hex(previous.packet) } : null,
        signer: signerBlock(signer)
      }
      const signed = signDocument(DIVERGENCE_PAYLOAD_KIND, doc, signer)
      const paths = revisionPaths(DIVERGENCE_FAMILY, { ...series, revision: next })
      const log = validationLog('divergence record', [
        ['divergence', paths.packet],
        ['payload_type', DIVERGENCE_FAMILY.payloadType],
        ['incident', record.strategy_divergence_incident_id],
        ['affected_packet', `${record.affected_packet_id} ${record.affected_revision} sha256:${packet.packet_sha256}`],
        ...record.triggers.map((t): [string, string] => ['trigger', `${t.trigger}: ${t.detail}`]),
        ['required_action', record.required_policy_update_action],
        ['raised_by', `${raisedBy.outcome_review} sha256:${raisedBy.sha256}`],
        ['signer', `${signer.signerId} (key id ${signer.keyId})`],
        ['result', 'SIGNED'],
        ['signed_at_utc', doc.raised_at_utc]
      ])
      const json = Buffer.from(signed.json)
      return { kind: 'signed', files: { packet: json, signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: sha256Hex(json) } }
    }
  })
}
