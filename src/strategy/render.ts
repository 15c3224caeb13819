import type { SeriesStatus } from './state.js'
import { evidenceCompleteness, seriesPasses } from './panel.js'
import { isBlocking } from './packet.js'
import type { RevisionOutcome } from './outcomes-read.js'

// The strategy-approval panel (seed step 10) as text: one block per exception cluster.

export function renderStatus(window: string, series: SeriesStatus[], outcomes: ReadonlyMap<string, RevisionOutcome> = new Map()): string {
  if (series.length === 0) return `strategy-approval ${window}: no packet published\n`
  const out: string[] = []
  for (const s of series) {
    const latest = s.revisions.at(-1)
    const p = latest?.packet
    out.push(`${s.strategy_packet_id ?? s.exception_cluster_id} ${latest?.revision ?? ''}: ${latest?.state ?? 'none'}${seriesPasses(s) ? '' : ' (FAIL)'}`)
    if (p) {
      out.push(`  lane        ${p.selected_lane_id} / ${p.selected_mitigation_option_id}`)
      out.push(`  confidence  ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier}, fallback ${p.fallback_label}`)
      const e = evidenceCompleteness(p)
      out.push(`  evidence    ${e.cited.length}/${e.cited.length + e.missing.length} cited${e.missing.length ? ` (missing ${e.missing.join(', ')})` : ''}; closure packet ${e.closure_packet ? 'cited' : 'not cited'}; ledger gate ${e.ledger_gate ? 'cited' : 'not cited'}`)
    }
    if (latest) {
      out.push('  roster')
      for (const r of latest.roster) {
        const what = r.decision ? `${r.decision} (${r.recommendation}) ${r.signed_at_utc}${r.decision === 'approve' && !r.counted ? ' NOT COUNTED' : ''}` : r.required ? 'MISSING' : '-'
        out.push(`    ${r.signer_id.padEnd(28)} ${r.class.padEnd(26)} ${r.required ? 'required' : 'optional'}  ${what}`)
      }
      if (latest.missing_classes.length > 0) out.push(`  missing     ${latest.missing_classes.join(', ')}`)
    }
    for (const r of s.revisions) {
      const x = outcomes.get(`${s.exception_cluster_id}-${r.revision}`)
      if (!x) continue
      const o = x.review
      out.push(`  outcome     ${r.revision}: ${o.actual_outcome_status}, ${o.actual_convergence_hours} h, ${o.observed_regression_events.length} regression event(s) (${x.review_path})`)
      const d = x.divergence
      if (d) out.push(`  divergence  ${d.strategy_divergence_incident_id}: ${d.triggers.map((t) => t.trigger).join(', ')}; required action: ${d.required_policy_update_action} (${x.divergence_path ?? ''})`)
    }
    out.push('  timeline')
    for (const t of s.timeline) out.push(`    ${t.at_utc} ${t.revision} ${t.event} -> ${t.state}`)
    const findings = [...s.findings, ...(latest?.findings ?? [])]
    for (const f of findings) out.push(`  ${isBlocking(f) ? 'BLOCK' : 'warn '} ${f.code}: ${f.detail}`)
  }
  return `${out.join('\n')}\n`
}
