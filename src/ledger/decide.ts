import type { Defect } from '../findings/defect.js'
import type { RolloutMode } from '../settings.js'
import type { AlarmOutcome } from './outcome.js'
import type { AlarmClass, AlarmEvaluation, Decision, Escalation, Readback, WindowDecision } from './types.js'

/**
 * Lesson 113 steps 9 and 10: per-window decisions, the readback, and what fails in each mode.
 *
 * - no-go: any blocking defect of the window (an unacknowledged or late block alarm, an invalid
 *   owner mapping, a malformed timestamp, missing closure evidence for a claimed resolution, an
 *   ambiguous key, ...), any escalation the policy marks no-go, or any unknown in the readback.
 *   A blocking defect that names no window (a row too broken to read) makes every window no-go.
 * - conditional-go: no blocking defect, and at least one late page acknowledgment was accepted
 *   under an SLA exception approved by the approver role.
 * - go: otherwise. Warnings (a page alarm still open inside its target, L6) do not hold a release.
 *
 * The decision always applies the full policy. The rollout mode only decides what fails the
 * step: observe never fails; soft fails on unacknowledged block alarms and malformed timestamps;
 * full fails on no-go.
 */

const RANK: Record<Decision, number> = {
  go: 0,
  'conditional-go': 1,
  'no-go': 2
}
export const worst = (a: Decision, b: Decision): Decision => (RANK[a] >= RANK[b] ? a : b)

/** The readback's risk order: block before page, blocking defects first, most overdue first, then id. */
export function compareRisk(a: AlarmOutcome, b: AlarmOutcome): number {
  const ida = a.alarm.alarm_id
  const idb = b.alarm.alarm_id
  return classRank(a) - classRank(b) || blockingRank(a) - blockingRank(b) || b.overdueMs - a.overdueMs || (ida < idb ? -1 : ida > idb ? 1 : 0)
}
const classRank = (o: AlarmOutcome): number => (o.alarm.alarm_class === 'block' ? 0 : 1)
const blockingRank = (o: AlarmOutcome): number => (o.blocking ? 0 : 1)

export function readbackOf(o: AlarmOutcome, e: AlarmEvaluation, duplicate: boolean): Readback {
  const entry = e.entry
  const unknowns: string[] = []
  const mappingOk = e.owner_mapping === 'primary' || e.owner_mapping === 'backup' || e.owner_mapping === 'incident_commander'
  if (!mappingOk) unknowns.push('owner')
  if (!entry || entry.acknowledged_by === '') unknowns.push('acknowledged by')
  if (!entry || entry.ack_timestamp_utc === '') unknowns.push('ack timestamp')
  if (e.ack_deadline_utc === '') unknowns.push('SLA deadline')
  let closure = ''
  if (entry) {
    if (e.resolved) closure = e.closure_evidence ? `${e.closure_evidence.evidence_id} ${e.closure_evidence.uri}` : 'resolved (policy requires no evidence)'
    else if (e.defect_codes.some((c) => c.startsWith('EVIDENCE_') || c === 'CLOSURE_STATE_INVALID')) unknowns.push('closure evidence')
    else if (entry.target_resolution_utc !== '') closure = `open until ${entry.target_resolution_utc}`
    else unknowns.push('resolution target')
  }
  if (duplicate || o.ambiguous) unknowns.push('duplicate keys')
  if (o.unorderable) unknowns.push('history order')
  return {
    alarm_id: e.alarm.alarm_id,
    release_window_id: e.alarm.release_window_id,
    alarm_class: e.alarm.alarm_class,
    owner_role: entry?.owner_role ?? '',
    acknowledged_by: entry?.acknowledged_by ?? '',
    ack_timestamp_utc: entry?.ack_timestamp_utc ?? '',
    sla_deadline_utc: e.ack_deadline_utc,
    closure_evidence: closure,
    duplicate_keys: duplicate || o.ambiguous,
    unknowns
  }
}

export function decideWindow(
  windowId: string,
  /** how many alarms the window has, and whether any page SLA exception was accepted */
  alarms: { alarms: number; exceptionAccepted: boolean },
  defects: Defect[],
  escalations: Escalation[],
  readback: Readback[]
): WindowDecision {
  const blocking = defects.filter((d) => d.severity === 'blocking')
  const reasons: string[] = []
  const byCode = new Map<string, Set<string>>()
  for (const d of blocking) {
    const s = byCode.get(d.defect_code) ?? new Set<string>()
    s.add(d.subject === '' ? `${d.file}${d.line === null ? '' : `:${d.line}`}` : d.subject)
    byCode.set(d.defect_code, s)
  }
  for (const [code, subjects] of [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    reasons.push(`${code}: ${list([...subjects].sort())}${windowId !== '' && blocking.some((d) => d.defect_code === code && d.release_window_id === '') ? ' (window unknown)' : ''}`)
  }
  const noGoEscalations = escalations.filter((e) => e.no_go)
  if (noGoEscalations.length > 0) {
    reasons.push(`escalated, no-go pending resolution: ${list(noGoEscalations.map((e) => `${e.alarm_id} ${e.state} -> ${e.route_to_role}`))}`)
  }
  for (const r of readback) {
    if (r.unknowns.length > 0) reasons.push(`readback unknown for ${r.alarm_id}: ${r.unknowns.join(', ')}`)
  }
  let decision: Decision = 'go'
  if (blocking.length > 0 || noGoEscalations.length > 0 || readback.some((r) => r.unknowns.length > 0)) decision = 'no-go'
  else if (alarms.exceptionAccepted) {
    decision = 'conditional-go'
    const accepted = defects.filter((d) => d.defect_code === 'SLA_EXCEPTION_ACCEPTED')
    reasons.push(`page SLA exceptions accepted with incident-commander approval: ${list(accepted.map((d) => d.subject))}`)
  } else {
    reasons.push('all block alarms validly acknowledged, no overdue block SLA, closure evidence present where resolved')
  }
  return {
    release_window_id: windowId,
    decision,
    reasons,
    alarms: alarms.alarms,
    blocking: blocking.length,
    warnings: defects.filter((d) => d.severity === 'warning').length
  }
}

function list(items: string[]): string {
  const shown = items.slice(0, 5).join(', ')
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown
}

/**
 * The defects that fail the step in this mode. In soft mode: malformed timestamps, block alarms
 * without an acknowledgment, and alarm rows that may be block alarms but could not be joined
 * (`unjoined`): an acknowledgment the gate cannot see is not one.
 */
export function blockingIn(mode: RolloutMode, defects: Defect[], classOf: (d: Defect) => AlarmClass | undefined, unjoined: ReadonlySet<Defect> = new Set()): Defect[] {
  if (mode === 'observe') return []
  const blocking = defects.filter((d) => d.severity === 'blocking')
  if (mode === 'full') return blocking
  return blocking.filter((d) => d.defect_code === 'TIMESTAMP_MALFORMED' || unjoined.has(d) || (d.defect_code === 'ACK_MISSING' && classOf(d) === 'block'))
}

export function failedIn(mode: RolloutMode, decision: Decision, blocking: Defect[]): boolean {
  if (mode === 'observe') return false
  if (mode === 'soft') return blocking.length > 0
  return decision === 'no-go'
}
