import { isBlocking } from './packet.js'
import { EVIDENCE_KINDS } from './policy.js'
import type { SeriesStatus } from './state.js'
import type { RevisionOutcome } from './outcomes-read.js'
import type { StrategyPacket } from './types.js'

// What the strategy-approval panel shows (text: render.ts; --json: statusJson).

/** A series passes when its latest revision is approved and history has no blocking finding. */
export function seriesPasses(s: SeriesStatus): boolean {
  const latest = s.revisions.at(-1)
  return latest?.state === 'approved' && !s.findings.some(isBlocking) && !latest.findings.some(isBlocking)
}

export function statusJson(s: SeriesStatus, outcomes: ReadonlyMap<string, RevisionOutcome> = new Map()) {
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
  }
}

export function evidenceCompleteness(p: StrategyPacket | null): { cited: string[]; missing: string[]; closure_packet: boolean; ledger_gate: boolean } {
  const b = p?.evidence_bundle
  const cited = EVIDENCE_KINDS.filter((k) => b?.[k] && /^[0-9a-f]{64}$/.test(String(b[k].sha256)))
  return { cited, missing: EVIDENCE_KINDS.filter((k) => !cited.includes(k)), closure_packet: Boolean(b?.closure_packet), ledger_gate: Boolean(b?.ledger_gate) }
}

