import type { Defect } from '../findings/defect.js'
import { formatUtc } from '../util/time.js'
import type { Closure } from './closure-check.js'
import type { AlarmContext } from './alarm-context.js'
import type { KeyState } from './fold.js'
import { isValidMapping } from './ownership.js'
import type { Alarm } from './records.js'
import type { AlarmEvaluation, Escalation, LedgerEntry, OwnerMapping } from './types.js'

// What judging one alarm produces (evaluate.ts): the compact outcome the gate keeps for every
// alarm, and the full evaluation, made only where it is read.

/**
 * What the gate keeps of every judged alarm: enough to decide its window. The full evaluation
 * (its ledger entry, owner mapping, closure evidence) is made only where it is read, because
 * 100,000 of them outliving the run was most of the gate's garbage-collection time.
 */
export interface AlarmOutcome {
  alarm: Alarm
  defects: Defect[]
  escalations: Escalation[]
  /** how far past its deadlines the alarm is (ms, >= 0): the readback's risk order */
  overdueMs: number
  /** a page SLA exception was accepted: the window can be at best conditional-go */
  exceptionAccepted: boolean
  /** the key's latest state is ambiguous (a conflicting duplicate at the latest instant) */
  ambiguous: boolean
  /** the key's history cannot be ordered (a malformed last_updated_utc) */
  unorderable: boolean
  /** the key's history has a conflicting duplicate anywhere (the readback's duplicate keys) */
  duplicate: boolean
  /** any blocking defect for this alarm's key, from any check (set once all checks have run) */
  blocking: boolean
}

export interface Judgement {
  outcome: AlarmOutcome
  /** made only when asked for (evaluateAlarm's `full`) */
  evaluation?: AlarmEvaluation
}

export function anyBlocking(defects: readonly Defect[]): boolean {
  for (const d of defects) if (d.severity === 'blocking') return true
  return false
}

export interface Judged {
  alarm: Alarm
  state: KeyState | undefined
  prior: readonly Defect[]
  defects: Defect[]
  escalations: Escalation[]
  deadline: number | undefined
  overdueMs: number
  exceptionAccepted: boolean
  /** make the full evaluation too */
  full: boolean
}

// Shared by every outcome without defects (most of them), rather than an empty array each.
const NONE: never[] = Object.freeze([]) as never[]

export function outcomeOf(j: Judged, ctx: AlarmContext, entry: LedgerEntry | undefined, mapping: OwnerMapping, closure?: Closure): Judgement {
  const { prior, state } = j
  const defects = j.defects.length === 0 ? NONE : j.defects
  const blocking = anyBlocking(prior) || anyBlocking(defects)
  const outcome: AlarmOutcome = {
    alarm: j.alarm,
    defects,
    escalations: j.escalations.length === 0 ? NONE : j.escalations,
    overdueMs: j.overdueMs,
    exceptionAccepted: j.exceptionAccepted,
    ambiguous: (state?.ambiguous ?? false) && !(state?.unorderable ?? false),
    unorderable: state?.unorderable ?? false,
    duplicate: state?.duplicate ?? false,
    blocking
  }
  if (!j.full) return { outcome }
  let codes: string[] = NONE
  if (prior.length + defects.length > 0) {
    const seen = new Set<string>()
    for (const d of prior) seen.add(d.defect_code)
    for (const d of defects) seen.add(d.defect_code)
    codes = [...seen].sort()
  }
  const evidence = closure?.evidenceRow === undefined ? undefined : ctx.evidence.evidence(closure.evidenceId as string, closure.evidenceRow)
  return {
    outcome,
    evaluation: {
      alarm: j.alarm,
      entry,
      owner_mapping: mapping,
      ack_deadline_utc: j.deadline === undefined ? '' : formatUtc(j.deadline),
      defect_codes: codes,
      resolved: closure?.resolved ?? false,
      valid_ack: entry !== undefined && isValidMapping(mapping) && !blocking,
      closure_evidence: evidence
    }
  }
}
