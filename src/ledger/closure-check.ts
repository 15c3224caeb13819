import type { Defect } from '../findings/defect.js'
import { idOf, printable } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import type { AlarmContext } from './alarm-context.js'
import { alarmFinding } from './finding.js'
import type { Alarm, Evidence, LedgerRecord } from './records.js'
import type { LedgerEntry } from './types.js'

// Lesson 113 step 6: no evidence, no closure. A resolved state must point at one evidence row of
// the same alarm and release window, recorded at or after the acknowledgment.

export interface Closure {
  open: boolean
  resolved: boolean
  /** the evidence row the resolution rests on (EvidenceIndex), when it does */
  evidenceRow?: number
  /** its evidence_id and recorded time */
  evidenceId?: string
  recordedMs?: number
}

const OPEN: Closure = Object.freeze({ open: true, resolved: false })
const NOT_RESOLVED: Closure = Object.freeze({ open: false, resolved: false })
const RESOLVED_WITHOUT_EVIDENCE: Closure = Object.freeze({
  open: false,
  resolved: true
})

/** How a defect names the evidence row it is about. */
const where = (ev: Evidence): string => `evidence ${ev.evidence_id} (${ev.source.file}:${ev.source.line})`

// The common case (a reference to one evidence row of the same alarm and window, recorded after
// the ack) is decided on the row's normalized ids and time; an Evidence object is made only to
// word a defect.

/** Step 6 (L4, L5): a resolved state needs an evidence row of this alarm and window, recorded at or after the ack. */
export function checkClosure(alarm: Alarm, row: LedgerRecord, entry: LedgerEntry, ctx: AlarmContext, out: Defect[]): Closure {
  const { policy } = ctx
  const state = entry.closure_state
  const role = entry.owner_role || policy.icRole
  if (policy.isOpenState(state)) return OPEN
  if (!policy.isResolvedState(state)) {
    const states = [...policy.data.closure_policy.open_states, ...policy.data.closure_policy.resolved_states]
    out.push(
      alarmFinding('CLOSURE_STATE_INVALID', alarm, ctx.ledgerFile, row.line, 'closure_state', {
        owner_role: role,
        required_action: `Set closure_state to one of ${states.join(', ')}`,
        detail: `'${printable(row.cell('closure_state'))}' is not a closure state of the policy`
      })
    )
    return OPEN
  }
  const ref = entry.closure_evidence_ref
  if (ref === '') {
    if (!policy.data.closure_policy.require_evidence_when_resolved) return RESOLVED_WITHOUT_EVIDENCE
    out.push(
      alarmFinding('EVIDENCE_MISSING', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
        owner_role: role,
        required_action: 'Record the closure evidence and set closure_evidence_ref to its evidence_id, or reopen the alarm',
        detail: 'closure_state is resolved but closure_evidence_ref is empty'
      })
    )
    return NOT_RESOLVED
  }
  const refId = idOf(ref)
  const index = ctx.evidence
  const evRow = refId === undefined ? undefined : index.rowOf(refId)
  const unresolved = (detail: string): Closure => {
    out.push(
      alarmFinding('EVIDENCE_UNRESOLVED', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
        owner_role: role,
        required_action: 'Point closure_evidence_ref at an evidence_id of the evidence file',
        detail
      })
    )
    return NOT_RESOLVED
  }
  if (evRow === undefined || refId === undefined) return unresolved(`closure_evidence_ref '${printable(ref)}' names no evidence row`)
  const ev = (): Evidence => index.evidence(refId, evRow)
  const duplicates = index.duplicatesOf(refId)
  if (duplicates) {
    const lines = [ev().source.line, ...duplicates]
    return unresolved(`evidence_id '${refId}' is on ${lines.length} evidence rows (lines ${lines.join(', ')})`)
  }
  const evWindow = index.windowOf(evRow)
  const evAlarm = index.alarmOf(evRow)
  const recordedMs = index.recordedMs(evRow)
  let ok = true
  if (evWindow !== alarm.release_window_id) {
    ok = false
    out.push(
      alarmFinding('EVIDENCE_WRONG_WINDOW', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
        owner_role: role,
        required_action: `Reference evidence recorded for window ${alarm.release_window_id}`,
        detail: `${where(ev())} belongs to window ${evWindow}`
      })
    )
  }
  if (evAlarm !== alarm.alarm_id) {
    ok = false
    out.push(
      alarmFinding('EVIDENCE_WRONG_ALARM', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
        owner_role: role,
        required_action: `Reference evidence recorded for alarm ${alarm.alarm_id}`,
        detail: `${where(ev())} belongs to alarm ${evAlarm}`
      })
    )
  }
  if (recordedMs === undefined || row.ackMs === undefined) {
    ok = false
  } else if (recordedMs < row.ackMs) {
    ok = false
    out.push(
      alarmFinding('EVIDENCE_BEFORE_ACK', alarm, ctx.ledgerFile, row.line, 'closure_evidence_ref', {
        owner_role: role,
        required_action: 'Reference evidence recorded after the acknowledgment (it must prove the response)',
        detail: `${where(ev())} was recorded ${formatUtc(recordedMs)}, before the ack at ${formatUtc(row.ackMs)}`
      })
    )
  }
  return ok
    ? {
        open: false,
        resolved: true,
        evidenceRow: evRow,
        evidenceId: refId,
        recordedMs
      }
    : { open: false, resolved: false }
}
