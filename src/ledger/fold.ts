import type { Defect } from '../findings/defect.js'
import { checkId, printable } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import { finding } from './finding.js'
import type { LedgerRecord } from './records.js'
import type { LedgerPolicy } from './policy.js'

/**
 * Folds one key's append-only history into its latest state.
 *
 * - A key is `alarm_id + release_window_id`, both normalized (case and separators do not count).
 * - The history is ordered by `last_updated_utc`, not by file position, so a late-appended
 *   backfill row cannot become the state by accident. The latest row is the state.
 * - Rows of one key with the same `last_updated_utc` are a retry duplicate when every cell is
 *   identical (a warning, counted once) and ambiguous when any cell differs
 *   (`LEDGER_DUPLICATE_KEY`, blocking, L7): two writers disagreed at the same instant and the
 *   ledger cannot say which one is true.
 * - A row whose last_updated_utc is malformed cannot be placed in the history, so its key has
 *   no state until it is fixed (the row's `TIMESTAMP_MALFORMED` defect says why). Other
 *   malformed timestamps leave the row in place; the checks that need them are skipped.
 * - When the latest row's ack time differs from the first recorded one, `ACK_TIMESTAMP_CHANGED`
 *   warns: an acknowledgment is a fact. Moving it earlier is how a late ack is made to look on
 *   time, so that is `ACK_BACKDATED` (blocking) unless the row that made the move carries the
 *   sign-off of the policy's `ack_corrections.approver_role` (ack_correction_ref and
 *   ack_correction_approved_by).
 */
export interface KeyState {
  /** the row that is the state; undefined when the history is ambiguous or unorderable */
  latest?: LedgerRecord
  /** rows in this key's history (>= 1) */
  rowCount: number
  /** the line of the key's first row in the file */
  firstLine: number
  /** the latest state cannot be determined (duplicate at the latest instant, unorderable row) */
  ambiguous: boolean
  /** a row's last_updated_utc is malformed, so the history cannot be ordered */
  unorderable: boolean
  /** any conflicting duplicate anywhere in the history */
  duplicate: boolean
}

/** rows: the key's rows in file order (at least one). Only the latest row is kept in the state. */
export function foldKey(rows: LedgerRecord[], file: string, policy: LedgerPolicy, defects: Defect[]): KeyState {
  // Runs once per alarm: written without closures or spreads, which were a measurable part of
  // the gate at 100,000 alarms.
  const rowCount = rows.length
  const firstLine = rows[0].line
  for (const r of rows)
    if (r.updatedMs === undefined)
      return {
        rowCount,
        firstLine,
        ambiguous: true,
        unorderable: true,
        duplicate: false
      }
  if (rowCount === 1)
    return {
      latest: rows[0],
      rowCount,
      firstLine,
      ambiguous: false,
      unorderable: false,
      duplicate: false
    }
  const role = (r: LedgerRecord): string => roleOf(r, policy)
  const ordered = inUpdateOrder(rows) ? rows : [...rows].sort(byUpdate)
  let duplicate = false
  let latestAmbiguous = false
  for (let i = 0; i < ordered.length;) {
    let j = i + 1
    while (j < ordered.length && ordered[j].updatedMs === ordered[i].updatedMs) j++
    if (j - i === 1) {
      i = j
      continue
    }
    const group = ordered.slice(i, j)
    const seen = new Map<string, number>()
    for (const r of group) {
      const sig = r.cells().join('\u0000')
      const earlier = seen.get(sig)
      if (earlier !== undefined) {
        defects.push(
          finding('LEDGER_RETRY_DUPLICATE', {
            subject: r.alarm_id,
            owner_role: role(r),
            required_action: 'Drop the repeated row or give the writer an idempotency key',
            release_window_id: r.release_window_id,
            file,
            line: r.line,
            detail: `identical to line ${earlier}`
          })
        )
      } else if (seen.size > 0) {
        duplicate = true
        if (j === ordered.length) latestAmbiguous = true
        defects.push(
          finding('LEDGER_DUPLICATE_KEY', {
            subject: r.alarm_id,
            owner_role: role(r),
            required_action: `Append one row with a later last_updated_utc that states the true ${r.alarm_id} state`,
            release_window_id: r.release_window_id,
            file,
            line: r.line,
            field: 'last_updated_utc',
            detail: `differs from line ${[...seen.values()][0]} with the same key and last_updated_utc ${formatUtc(r.updatedMs as number)}`
          })
        )
        seen.set(sig, r.line)
      } else {
        seen.set(sig, r.line)
      }
    }
    i = j
  }
  if (latestAmbiguous)
    return {
      rowCount,
      firstLine,
      ambiguous: true,
      unorderable: false,
      duplicate
    }
  // The latest instant's first row: a retried copy of it is not a newer state.
  let first = ordered.length - 1
  while (first > 0 && ordered[first - 1].updatedMs === ordered[first].updatedMs) first--
  const latest = ordered[first]
  let firstAck: LedgerRecord | undefined
  for (const r of ordered) {
    if (r.ackMs !== undefined) {
      firstAck = r
      break
    }
  }
  if (firstAck && latest.ackMs !== undefined && firstAck.ackMs !== latest.ackMs) defects.push(ackMoved(ordered, firstAck, latest, file, policy))
  return {
    latest,
    rowCount,
    firstLine,
    ambiguous: false,
    unorderable: false,
    duplicate
  }
}

/** The defect for a latest row whose ack time is not the first recorded one. */
function ackMoved(ordered: LedgerRecord[], firstAck: LedgerRecord, latest: LedgerRecord, file: string, policy: LedgerPolicy): Defect {
  const first = formatUtc(firstAck.ackMs as number)
  const now = formatUtc(latest.ackMs as number)
  const moved = `line ${firstAck.line} acknowledged at ${first}, line ${latest.line} says ${now}`
  if ((latest.ackMs as number) > (firstAck.ackMs as number)) {
    return finding('ACK_TIMESTAMP_CHANGED', {
      subject: latest.alarm_id,
      owner_role: roleOf(latest, policy),
      required_action: 'Keep the first acknowledgment time; record corrections with a reason in the incident notes',
      release_window_id: latest.release_window_id,
      file,
      line: latest.line,
      field: 'ack_timestamp_utc',
      detail: moved
    })
  }
  // The row that first stated the earlier time made the correction; a later restatement may sign it off too.
  let made = latest
  for (const r of ordered) {
    // rows before firstAck carry no ack time, so the first match comes after it
    if (r.ackMs === latest.ackMs) {
      made = r
      break
    }
  }
  const approver = policy.correctionApproverRole
  const refusal = correctionRefusal(made, approver)
  if (refusal === undefined || (made !== latest && correctionRefusal(latest, approver) === undefined)) {
    const signed = refusal === undefined ? made : latest
    return finding('ACK_TIMESTAMP_CHANGED', {
      subject: latest.alarm_id,
      owner_role: approver,
      required_action: `Carry correction ${printable(signed.cell('ack_correction_ref').trim())} into the release notes`,
      release_window_id: latest.release_window_id,
      file,
      line: signed.line,
      field: 'ack_timestamp_utc',
      detail: `${moved}: moved earlier, signed off by ${approver} on line ${signed.line}`
    })
  }
  return finding('ACK_BACKDATED', {
    subject: latest.alarm_id,
    owner_role: approver || policy.icRole,
    required_action: approver
      ? `Append a row restoring ack_timestamp_utc ${first}, or have ${approver} sign off on the correction in the row that makes it (ack_correction_ref and ack_correction_approved_by)`
      : `Append a row restoring ack_timestamp_utc ${first}: the policy accepts no correction that moves an acknowledgment earlier (no ack_corrections section)`,
    release_window_id: latest.release_window_id,
    file,
    line: made.line,
    field: 'ack_timestamp_utc',
    detail: `${moved}: moved ${minutes((firstAck.ackMs as number) - (latest.ackMs as number))} earlier without sign-off (${refusal})`
  })
}

/** undefined when the row carries the approver's sign-off on its correction; otherwise why not. */
function correctionRefusal(r: LedgerRecord, approver: string): string | undefined {
  if (approver === '') return 'the policy names no ack_corrections approver'
  const ref = r.cell('ack_correction_ref').trim()
  const by = r.cell('ack_correction_approved_by').trim()
  if (ref === '' && by === '') return 'no ack_correction_ref or ack_correction_approved_by on the row'
  if (ref === '') return 'ack_correction_ref is empty'
  const c = checkId(by)
  if (by === '') return `correction ${printable(ref)} has no approval (ack_correction_approved_by is empty)`
  if (!c.ok || c.id !== approver) return `correction approved by '${printable(by)}', but only ${approver} may approve`
  return undefined
}

function minutes(ms: number): string {
  const m = ms / 60_000
  return Number.isInteger(m) ? `${m} min` : `${Math.round(ms / 1000)} s`
}

function roleOf(r: LedgerRecord, policy: LedgerPolicy): string {
  const c = checkId(r.cell('owner_role'))
  return c.ok ? c.id : policy.icRole
}

const byUpdate = (a: LedgerRecord, b: LedgerRecord): number => (a.updatedMs as number) - (b.updatedMs as number) || a.line - b.line

/** Appended in time order is the usual case, and then there is nothing to sort. */
function inUpdateOrder(rows: LedgerRecord[]): boolean {
  for (let i = 1; i < rows.length; i++) if (byUpdate(rows[i - 1], rows[i]) > 0) return false
  return true
}
