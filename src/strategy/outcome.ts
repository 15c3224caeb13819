import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { sha256Hex } from '../util/hash.js'
import type { StrategyPolicy } from './policy.js'
import type { DivergenceRecord, OutcomeStatus, RegressionEvent, StrategyPacket } from './types.js'

// Post-window outcome traceability (seed steps 11-12): the outcome of an approved revision and the
// divergence triggers it fires. Pure except for reading the cited forecast snapshot, whose bytes
// must still hash to what the packet cites.

export const OUTCOME_STATUSES: readonly OutcomeStatus[] = ['met_projection', 'partial_match', 'diverged']

/** The forecast's high band from the snapshot the packet cites, or null (missing, or its bytes changed). */
export async function citedHighBand(workspace: string, packet: StrategyPacket): Promise<number | null> {
  const ref = packet.evidence_bundle.forecast_band_snapshot
  if (!ref) return null
  try {
    const bytes = await readFile(resolve(workspace, ref.uri))
    if (sha256Hex(bytes) !== ref.sha256) return null
    const high = (JSON.parse(bytes.toString('utf8')) as { bands?: { high_hours?: unknown } }).bands?.high_hours
    return typeof high === 'number' ? high : null
  } catch {
    return null
  }
}

export function divergenceOf(args: {
  packet: StrategyPacket
  policy: StrategyPolicy
  convergenceHours: number
  events: RegressionEvent[]
  highBand: number | null
  /** why an approval lacked required evidence (empty: every approval had it) */
  evidenceGaps: string[]
}): DivergenceRecord | null {
  const d = args.policy.divergence ?? { convergence_overrun_hours: 0, low_risk_levels: ['low'], critical_severities: ['critical'] }
  const triggers: DivergenceRecord['triggers'] = []
  const actions: string[] = []
  const critical = args.events.filter((e) => d.critical_severities.includes(e.severity))
  if ((d.low_risk_levels as string[]).includes(args.packet.risk_overlay) && critical.length > 0) {
    triggers.push({ trigger: 'low_risk_lane_critical_regression', detail: `lane ${args.packet.selected_lane_id} was ranked ${args.packet.risk_overlay} risk and caused ${critical.map((e) => e.event_id).join(', ')}` })
    actions.push('recalibrate the risk overlay of the lane simulation (lesson 119)')
  }
  if (args.highBand !== null && args.convergenceHours > args.highBand + d.convergence_overrun_hours) {
    triggers.push({ trigger: 'convergence_beyond_high_band', detail: `${args.convergenceHours} h against a high band of ${args.highBand} h (+${d.convergence_overrun_hours} h allowed)` })
    actions.push('widen or recalibrate the SLA forecast bands (lesson 118)')
  }
  if (args.evidenceGaps.length > 0) {
    triggers.push({ trigger: 'approved_without_required_evidence', detail: args.evidenceGaps.join('; ') })
    actions.push('tighten required_evidence in the strategy-approval policy and re-approve')
  }
  if (triggers.length === 0) return null
  return {
    strategy_divergence_incident_id: `SDI-${args.packet.release_window_id}-${args.packet.exception_cluster_id}-${args.packet.revision}`,
    affected_packet_id: args.packet.strategy_packet_id,
    affected_revision: args.packet.revision,
    triggers,
    required_policy_update_action: actions.join('; ')
  }
}

/** `--regression SEVERITY:EVENT_ID` values. */
export function parseRegressions(values: readonly string[]): RegressionEvent[] | string {
  const out: RegressionEvent[] = []
  for (const v of values) {
    const m = /^([a-z0-9_-]+):(\S+)$/i.exec(v)
    if (!m) return v
    out.push({ severity: m[1].toLowerCase(), event_id: m[2] })
  }
  return out.sort((a, b) => (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0))
}
