import type { CsvTable } from '../csv/read.js'
import { idOf } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import { columnsOf } from './cells.js'
import type { AckLedgerPolicyData, LedgerPolicy } from './policy.js'
import { Evidence } from './records.js'
import { windowOf, type RowWindows } from './row-windows.js'

/**
 * The evidence file indexed by normalized evidence_id (a closure reference may point into any
 * window: L5). Rows are read and checked once by scanEvidence (evidence-rows.ts), which keeps each
 * row's normalized window id and time, so the closure check compares by row without an object.
 * An Evidence object is made each time the result's lists ask for a row, and is not kept here:
 * at 150,000 evidence rows, an object for each cost more in garbage collection than the checks.
 */
/** What scanEvidence learns of the rows; structured-cloneable. */
export interface EvidenceScan extends RowWindows {
  /** normalized evidence_id -> row of its first readable row */
  rowOf: Map<string, number>
  /** evidence_id -> lines of later rows with the same id */
  duplicates: Map<string, number[]>
  /** row -> recorded_utc in epoch ms (NaN when malformed) */
  recorded: Float64Array
}

export class EvidenceIndex {
  readonly #table: CsvTable
  readonly #policy: LedgerPolicy
  readonly #scan: EvidenceScan
  #columns: Record<keyof AckLedgerPolicyData['evidence_fields'], number> | undefined

  constructor(table: CsvTable, policy: LedgerPolicy, scan: EvidenceScan) {
    this.#table = table
    this.#policy = policy
    this.#scan = scan
  }

  /** The row of the evidence_id's first readable row; undefined when there is none. */
  rowOf(evidenceId: string): number | undefined {
    return this.#scan.rowOf.get(evidenceId)
  }

  /** Lines of later rows with the same evidence_id: the id is then ambiguous. */
  duplicatesOf(evidenceId: string): number[] | undefined {
    return this.#scan.duplicates.get(evidenceId)
  }

  windowOf(row: number): string {
    return windowOf(this.#scan, row)
  }

  /** Normalized again when asked: a string kept for each of 150,000 rows cost more in garbage collection. */
  alarmOf(row: number): string {
    return idOf(this.#table.cell(row, this.#cols().alarm_id)) ?? ''
  }

  /** recorded_utc in epoch ms; undefined when malformed */
  recordedMs(row: number): number | undefined {
    const ms = this.#scan.recorded[row]
    return Number.isNaN(ms) ? undefined : ms
  }

  get(evidenceId: string): Evidence | undefined {
    const row = this.rowOf(evidenceId)
    return row === undefined ? undefined : this.evidence(evidenceId, row)
  }

  /** Every indexed evidence row, in file order. */
  all(): Evidence[] {
    return Array.from(this.#scan.rowOf, ([id, row]) => this.evidence(id, row))
  }

  #cols(): Record<keyof AckLedgerPolicyData['evidence_fields'], number> {
    return (this.#columns ??= columnsOf(this.#table, this.#policy.data.evidence_fields))
  }

  /** The row as an Evidence. */
  evidence(evidenceId: string, row: number): Evidence {
    const t = this.#table
    const c = this.#cols()
    const recordedMs = this.recordedMs(row)
    const ev = new Evidence(
      evidenceId,
      this.windowOf(row),
      this.alarmOf(row),
      t.cell(row, c.evidence_kind).trim().toLowerCase(),
      t.cell(row, c.uri),
      recordedMs,
      recordedMs === undefined ? '' : formatUtc(recordedMs),
      t.cell(row, c.recorded_by).trim(),
      { file: t.file, line: t.line(row) }
    )
    const duplicates = this.duplicatesOf(evidenceId)
    if (duplicates) ev.duplicateLines = duplicates
    return ev
  }
}
