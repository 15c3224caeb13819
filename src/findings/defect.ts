import { toCsv } from '../csv/write.js'

// One defect model for every stage. A defect is a finding about the user's evidence (not a crash):
// what it is about, a stable code, how bad, who must act and what they must do, and where it came
// from so annotations can point at the exact file and line.

export type Severity = 'blocking' | 'warning' | 'info'

export interface Defect {
  /** the thing the defect is about: alarm_id (ledger), packet id (closure), ... */
  subject: string
  defect_code: string
  severity: Severity
  owner_role: string
  required_action: string
  release_window_id: string
  /** repo-relative source file, '' when the defect is not about a file */
  file: string
  /** 1-based source line, null when not line-specific */
  line: number | null
  /** column or JSON pointer */
  field: string
  detail: string
}

export const SEVERITY_RANK: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 }

/** Deterministic order: severity, window, subject, code, file, line, field, detail. */
export function compareDefects(a: Defect, b: Defect): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.release_window_id, b.release_window_id) ||
    cmp(a.subject, b.subject) ||
    cmp(a.defect_code, b.defect_code) ||
    cmp(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.field, b.field) ||
    cmp(a.detail, b.detail)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A sorted copy; a list that is already in order (the gate's result) is only checked. */
export function sortDefects(defects: readonly Defect[]): Defect[] {
  for (let i = 1; i < defects.length; i++) if (compareDefects(defects[i - 1], defects[i]) > 0) return [...defects].sort(compareDefects)
  return [...defects]
}

/** The seed's deterministic columns first (with the stage's subject column name), then location. */
export function defectsToCsv(defects: readonly Defect[], subjectColumn = 'alarm_id'): string {
  return toCsv(defectCsvHeader(subjectColumn), sortDefects(defects).map(defectCsvRow))
}

/** defectsToCsv's header, for a writer that streams the rows (csv/write-file.ts). */
export function defectCsvHeader(subjectColumn: string): string[] {
  return [subjectColumn, 'defect_code', 'severity', 'owner_role', 'required_action', 'release_window_id', 'file', 'line', 'field', 'detail']
}

/** One defect as a defectsToCsv row. */
export function defectCsvRow(d: Defect): (string | number | null)[] {
  return [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action, d.release_window_id, d.file, d.line, d.field, d.detail]
}

export function countByCode(defects: readonly Defect[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const d of defects) m.set(d.defect_code, (m.get(d.defect_code) ?? 0) + 1)
  return new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)))
}
