import type { CsvTable } from '../csv/read.js'
import { idOf } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import { columnsOf } from './cells.js'
import type { AckLedgerPolicyData, LedgerPolicy } from './policy.js'
import { Evidence } from './records.js'

/**
 * The evidence file indexed by normalized evidence_id (a closure reference may point into any
 * window: L5). Rows are read and checked once by scanEvidence (evidence-rows.ts); an Evidence
 * object is made each time a closure reference or the result's evidence list asks for the row,
 * and is not kept here. At 150,000 evidence rows, keeping an object for each cost more in
 * garbage collection than the checks themselves.
 */
export class EvidenceIndex {
  readonly #table: CsvTable
  readonly #policy: LedgerPolicy
  /** evidence_id -> row of its first readable row, in file order */
  readonly #rowOf: Map<string, number>
  /** evidence_id -> lines of later rows with the same id */
  readonly #duplicates: Map<string, number[]>
  #columns: Record<keyof AckLedgerPolicyData['evidence_fields'], number> | undefined

  constructor(table: CsvTable, policy: LedgerPolicy, rowOf: Map<string, number>, duplicates: Map<string, number[]>) {
    this.#table = table
    this.#policy = policy
    this.#rowOf = rowOf
    this.#duplicates = duplicates
  }

  get(evidenceId: string): Evidence | undefined {
    const row = this.#rowOf.get(evidenceId)
    return row === undefined ? undefined : this.#evidence(evidenceId, row)
  }

  /** Every indexed evidence row, in file order. */
  all(): Evidence[] {
    return Array.from(this.#rowOf, ([id, row]) => this.#evidence(id, row))
  }

  /** The row as an Evidence; its ids passed checkId when it was indexed, so they are re-derived here. */
  #evidence(evidenceId: string, row: number): Evidence {
    const t = this.#table
    const c = (this.#columns ??= columnsOf(t, this.#policy.data.evidence_fields))
    const recordedMs = t.utcMs(row, c.recorded_utc)
    const ev = new Evidence(
      evidenceId,
      idOf(t.cell(row, c.release_window_id)) ?? '',
      idOf(t.cell(row, c.alarm_id)) ?? '',
      t.cell(row, c.evidence_kind).trim().toLowerCase(),
      t.cell(row, c.uri),
      recordedMs,
      recordedMs === undefined ? '' : formatUtc(recordedMs),
      t.cell(row, c.recorded_by).trim(),
      { file: t.file, line: t.line(row) }
    )
    const duplicates = this.#duplicates.get(evidenceId)
    if (duplicates) ev.duplicateLines = duplicates
    return ev
  }
}
