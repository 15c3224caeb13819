import type { Defect, Severity } from '../findings/defect.js'
import { printable } from '../util/ids.js'
import { LEDGER_CODES, type LedgerCode } from './codes.js'

// One way to make a ledger defect, so every row carries the same columns and every piece of
// user text in it is made printable before it can reach a terminal, an annotation or a CSV.

export interface FindingArgs {
  subject: string
  owner_role: string
  required_action: string
  release_window_id: string
  file: string
  line: number | null
  field?: string
  detail?: string
  /** overrides the code's registered severity (class-dependent codes) */
  severity?: Severity
}

export function finding(code: LedgerCode | 'ROW_MALFORMED', a: FindingArgs): Defect {
  const severity: Severity = a.severity ?? (code === 'ROW_MALFORMED' ? 'blocking' : LEDGER_CODES[code].severity)
  return {
    subject: printable(a.subject, 100),
    defect_code: code,
    severity,
    owner_role: a.owner_role,
    required_action: a.required_action,
    release_window_id: a.release_window_id,
    file: a.file,
    line: a.line,
    field: a.field ?? '',
    detail: printable(a.detail ?? '', 400)
  }
}

/** Minutes as people say them: 8, 0.5, 90. */
export function minutes(ms: number): string {
  const m = ms / 60_000
  return Number.isInteger(m) ? String(m) : m.toFixed(2).replace(/0+$/, '')
}

/** What a per-alarm finding says beyond where it is. */
export interface AlarmFindingArgs {
  owner_role: string
  required_action: string
  detail?: string
  severity?: Severity
}

/**
 * finding() about an alarm's key at one row and column: the shape of every per-alarm check
 * (evaluate.ts, closure-check.ts). Its arguments are passed as they are, not spread into a new
 * object, which at tens of thousands of defects a run was a measurable cost.
 */
export function alarmFinding(code: LedgerCode, key: { alarm_id: string; release_window_id: string }, file: string, line: number, field: string, a: AlarmFindingArgs): Defect {
  return finding(code, {
    subject: key.alarm_id,
    release_window_id: key.release_window_id,
    owner_role: a.owner_role,
    required_action: a.required_action,
    file,
    line,
    field,
    detail: a.detail,
    severity: a.severity
  })
}
