import type { CsvTable } from '../csv/read.js'
import { idOf } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import { columnsOf } from './cells.js'
import { LEDGER_FIELDS, OPTIONAL_LEDGER_FIELDS, type LedgerField, type OptionalLedgerField } from './policy.js'
import type { AlarmClass, AlarmRow, EvidenceRow, LedgerEntry, SourceRef } from './types.js'

// The gate's internal row records. Each keeps its table and row index rather than a copy of its
// cells: at 100,000 alarms a per-row object of every column cost more memory and garbage
// collection than the whole evaluation, and only a few cells are read more than once. The
// contract's `raw` maps are built on first read, which in practice is never at scale.

/** An alarm row that can take part in the join: ids normalized, class known. */
export class Alarm implements AlarmRow {
  readonly #table: CsvTable
  readonly #row: number

  constructor(
    table: CsvTable,
    row: number,
    /** the alarm's key number (KeyIndex): the join finds its ledger rows and defects by it */
    readonly key: number,
    readonly alarm_id: string,
    readonly alarm_class: AlarmClass,
    readonly release_window_id: string,
    /** epoch ms, undefined when raised_utc is malformed */
    readonly raisedMs: number | undefined,
    readonly primary_owner_role: string,
    readonly backup_owner_role: string
  ) {
    this.#table = table
    this.#row = row
  }

  // Getters rather than fields for what is rarely read: every field of the 100,000 alarms (and
  // entries) of a large run outlives several garbage collections, and each is copied each time.
  get source(): SourceRef {
    return { file: this.#table.file, line: this.#table.line(this.#row) }
  }

  get raised_utc(): string {
    return utcText(this.raisedMs)
  }

  /** every column of the CSV row, as written */
  get raw(): Record<string, string> {
    return this.#table.values(this.#row)
  }
}

/** The ledger columns the gate reads by name. */
export type LedgerColumn = LedgerField | OptionalLedgerField
const LEDGER_COLUMNS = Object.fromEntries([...LEDGER_FIELDS, ...OPTIONAL_LEDGER_FIELDS].map((c) => [c, c])) as Record<LedgerColumn, string>

/** The ledger columns' indexes in the table (-1 when absent), resolved once per table. */
export function ledgerColumns(table: CsvTable): Record<LedgerColumn, number> {
  return columnsOf(table, LEDGER_COLUMNS)
}

/**
 * The ledger table with what scanLedgerRows learnt of its rows: column indexes resolved once,
 * and each row's three timestamps parsed once (NaN: empty or malformed), so a record neither
 * looks up a column by name nor parses a time again.
 */
export class LedgerRows {
  readonly columns: Readonly<Record<LedgerColumn, number>>
  readonly ack: Float64Array
  readonly target: Float64Array
  readonly updated: Float64Array

  /** times: the rows' parsed timestamps (scanLedgerRows) */
  constructor(
    readonly table: CsvTable,
    times: { ack: Float64Array; target: Float64Array; updated: Float64Array }
  ) {
    this.columns = ledgerColumns(table)
    this.ack = times.ack
    this.target = times.target
    this.updated = times.updated
  }

  /** Row r as a record of the key (alarm_id, release_window_id). */
  record(r: number, alarmId: string, windowId: string): LedgerRecord {
    return new LedgerRecord(this, r, alarmId, windowId)
  }
}

const ms = (v: number): number | undefined => (Number.isNaN(v) ? undefined : v)

/** One ledger row of an evaluated window; its cells are read from the table on demand. */
export class LedgerRecord {
  readonly table: CsvTable
  readonly line: number
  /** epoch ms; undefined when the cell is malformed (scanLedgerRows reported it) or, for the target, empty */
  readonly ackMs: number | undefined
  readonly targetMs: number | undefined
  readonly updatedMs: number | undefined
  readonly #columns: Readonly<Record<LedgerColumn, number>>

  constructor(
    rows: LedgerRows,
    readonly row: number,
    readonly alarm_id: string,
    readonly release_window_id: string
  ) {
    this.table = rows.table
    this.#columns = rows.columns
    this.line = rows.table.line(row)
    this.ackMs = ms(rows.ack[row])
    this.targetMs = ms(rows.target[row])
    this.updatedMs = ms(rows.updated[row])
  }

  /** The cell in the named column as written; '' when the ledger has no such column. */
  cell(column: LedgerColumn): string {
    return this.table.cell(this.row, this.#columns[column])
  }

  /** The cell at a column index (table.column()), for columns only the policy names. */
  cellAt(column: number): string {
    return this.table.cell(this.row, column)
  }

  /** Every cell in header order: two rows with equal cells are the same row. */
  cells(): string[] {
    return this.table.cells(this.row)
  }
}

/**
 * A key's latest state, as the contract's LedgerEntry. What the checks read is made when the
 * entry is; the rest (timestamps as text, the acknowledger, the location, the raw row) is made
 * when read, since at 100,000 alarms most entries are judged and dropped without being shown.
 */
export class Entry implements LedgerEntry {
  readonly #record: LedgerRecord
  readonly alarm_id: string
  readonly release_window_id: string
  readonly alarm_state: AlarmClass
  readonly owner_role: string
  /** null when the cell is not a whole number (reported as SLA_MISMATCH) */
  readonly response_sla_minutes: number | null
  readonly closure_state: string
  readonly closure_evidence_ref: string
  readonly history_rows: number
  readonly sla_exception_ref: string
  readonly exception_approved_by: string

  /** alarmState: the ledger's class for the row, or the alarm's when the ledger's is not a class */
  constructor(record: LedgerRecord, alarmState: AlarmClass, historyRows: number) {
    this.#record = record
    this.alarm_id = record.alarm_id
    this.release_window_id = record.release_window_id
    this.alarm_state = alarmState
    this.owner_role = idOf(record.cell('owner_role')) ?? ''
    const sla = record.cell('response_sla_minutes').trim()
    this.response_sla_minutes = /^\d{1,9}$/.test(sla) ? Number(sla) : null
    this.closure_state = record.cell('closure_state').trim().toLowerCase()
    this.closure_evidence_ref = record.cell('closure_evidence_ref').trim()
    this.history_rows = historyRows
    this.sla_exception_ref = record.cell('sla_exception_ref').trim()
    this.exception_approved_by = record.cell('exception_approved_by').trim()
  }

  get acknowledged_by(): string {
    return this.#record.cell('acknowledged_by').trim()
  }

  get ack_timestamp_utc(): string {
    return utcText(this.#record.ackMs)
  }

  get target_resolution_utc(): string {
    return utcText(this.#record.targetMs)
  }

  get last_updated_utc(): string {
    return utcText(this.#record.updatedMs)
  }

  get source(): SourceRef {
    return { file: this.#record.table.file, line: this.#record.line }
  }

  get raw(): Record<string, string> {
    return this.#record.table.values(this.#record.row)
  }
}

const utcText = (ms: number | undefined): string => (ms === undefined ? '' : formatUtc(ms))

/**
 * An evidence row, handed out as the contract's EvidenceRow as it is (the result lists every
 * evidence row, so a stripped copy of each would double them).
 */
export class Evidence implements EvidenceRow {
  /** lines of later rows with the same evidence_id: the id is then ambiguous */
  duplicateLines?: number[]

  constructor(
    readonly evidence_id: string,
    readonly release_window_id: string,
    readonly alarm_id: string,
    /** ci_artifact | validator_row | log_capture | approval_note (policy data) */
    readonly evidence_kind: string,
    readonly uri: string,
    /** epoch ms, undefined when recorded_utc is malformed */
    readonly recordedMs: number | undefined,
    readonly recorded_utc: string,
    readonly recorded_by: string,
    readonly source: SourceRef
  ) {}
}
