import { ExitCode, UserError } from '../errors.js'
import { signDocument } from '../signing/document.js'
import { signerBlock } from '../signing/signer.js'
import type { Finding } from '../store/inspect.js'
import { revisionPaths, seriesFor } from '../store/layout.js'
import { exportWindow } from '../store/publish.js'
import { canonicalSha256, sha256Hex } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { formatUtc } from '../util/time.js'
import { OUTCOME_FAMILY, OUTCOME_PAYLOAD_KIND, STRATEGY_FAMILY } from './family.js'
import { citedHighBand, divergenceOf, OUTCOME_STATUSES, parseRegressions } from './outcome.js'
import { evidenceCompleteness } from './panel.js'
import { context, report, required, signerFor, str, type Inv } from './run.js'
import { finishStatus, windowStatus } from './state.js'
import { OUTCOME_SCHEMA, type OutcomeReview, type OutcomeStatus } from './types.js'

// `strategy outcome`: the signed post-window outcome review of the latest approved revision, with
// its divergence record. Written once beside the packet's family, never into the packet.

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
  const approved = all.find((s) => s.exception_cluster_id === series.key)?.revisions.filter((r) => r.state === 'approved').at(-1)
  if (!approved?.packet) {
    inv.io.stdout(`strategy outcome: refused, nothing written\n  BLOCK STRATEGY_OUTCOME_INVALID: ${series.window}/${series.key} has no approved revision to review\n`)
    return ExitCode.PolicyFailure
  }
  const packet = approved.packet
  const highBand = await citedHighBand(ctx.settings.workspace, packet)
  const e = evidenceCompleteness(packet)
  const divergence = divergenceOf({ packet, policy: ctx.trust.policy.data, convergenceHours: hours, events, highBand, evidenceComplete: ctx.trust.policy.data.required_evidence.every((k) => e.cited.includes(k)) })
  const doc: OutcomeReview = {
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
    divergence,
    signer: signerBlock(signer)
  }
  const key = `${series.key}-${packet.revision}`
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
        const same = (o: OutcomeReview | null) => canonicalSha256(o && [o.actual_outcome_status, o.actual_convergence_hours, o.observed_regression_events])
        if (same(before) === same(doc)) return { kind: 'unchanged' }
      }
      const signed = signDocument(OUTCOME_PAYLOAD_KIND, { ...doc, supersedes: previous ? { revision: `r${String(previous.revision).padStart(3, '0')}`, sha256: digestOf(previous.packet) } : null } as never, signer)
      const paths = revisionPaths(OUTCOME_FAMILY, { window: series.window, key, revision: next })
      const log = `release-evidence strategy outcome review\noutcome      ${paths.packet}\npacket       ${approved.packet_path} sha256:${packet.packet_sha256}\nstatus       ${status}, ${hours} h, ${events.length} regression event(s)\ndivergence   ${divergence ? `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.join(' | ')}` : 'none'}\nsigner       ${signer.signerId} (key id ${signer.keyId})\n`
      return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: signed.payloadSha256 } }
    }
  })
  const findings: Finding[] = divergence ? [{ code: 'STRATEGY_DIVERGENCE', field: 'divergence', detail: `${divergence.strategy_divergence_incident_id}: ${divergence.triggers.join('; ')}; required action: ${divergence.required_policy_update_action}` }] : []
  return report(inv, { ...r, findings: [...r.findings, ...findings] }, `strategy outcome ${packet.strategy_packet_id} ${packet.revision}`, { divergence })
}

function digestOf(bytes: Buffer): string {
  return sha256Hex(bytes)
}

