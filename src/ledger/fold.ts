import type { Defect } from '../findings/defect.js'
import { checkId } from '../util/ids.js'
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
 * - When the latest row's ack time differs from an earlier row's, `ACK_TIMESTAMP_CHANGED` warns:
 *   an acknowledgment is a fact, and moving it is how a late ack is made to look on time.
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
  for (const r of rows) if (r.updatedMs === undefined) return { rowCount, firstLine, ambiguous: true, unorderable: true, duplicate: false }
  if (rowCount === 1) return { latest: rows[0], rowCount, firstLine, ambiguous: false, unorderable: false, duplicate: false }
  const role = (r: LedgerRecord): string => roleOf(r, policy)
  const ordered = inUpdateOrder(rows) ? rows : [...rows].sort(byUpdate)
  let duplicate = false
  let latestAmbiguous = false
  for (let i = 0; i < ordered.length; ) {
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
  if (latestAmbiguous) return { rowCount, firstLine, ambiguous: true, unorderable: false, duplicate }
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
  if (firstAck && latest.ackMs !== undefined && firstAck.ackMs !== latest.ackMs) {
    defects.push(
      finding('ACK_TIMESTAMP_CHANGED', {
        subject: latest.alarm_id,
        owner_role: role(latest),
        required_action: 'Keep the first acknowledgment time; record corrections with a reason in the incident notes',
        release_window_id: latest.release_window_id,
        file,
        line: latest.line,
        field: 'ack_timestamp_utc',
        detail: `line ${firstAck.line} acknowledged at ${formatUtc(firstAck.ackMs as number)}, line ${latest.line} says ${formatUtc(latest.ackMs)}`
      })
    )
  }
  return { latest, rowCount, firstLine, ambiguous: false, unorderable: false, duplicate }
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
