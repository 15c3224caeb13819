import type { CsvTable } from '../csv/read.js'
import type { Defect } from '../findings/defect.js'
import { CellChecks, brokenRows, memoCheckId } from './cells.js'
import { RowGroups } from './groups.js'
import type { KeyIndex } from './keys.js'
import type { LedgerPolicy } from './policy.js'
import { LedgerRows, ledgerColumns } from './records.js'
import { RowWindowsBuilder, countingDefects, evaluatedWindows, type RowWindows } from './row-windows.js'

// The ledger file in two steps. scanLedgerRows reads every row on its own: ids checked and
// normalized, timestamps parsed, row defects found. It needs nothing from the other files, and
// its result is plain data, so the gate runs it in a worker while the alarms are read
// (read-worker.ts). groupLedger then keeps the rows of the evaluated windows and groups them by
// join key.

/** What scanLedgerRows learns of every row; structured-cloneable. */
export interface LedgerRowScan extends RowWindows {
  /**
   * row -> the number of its normalized alarm id in alarmIdList; -1 when refused (or when the
   * window id is). Numbers, not a string per row: at 1,870,000 rows a string each was about
   * 75 MB, and every one of them was copied again when the read worker posted its scan.
   */
  alarmId: Int32Array
  /** the distinct normalized alarm ids, in order of first appearance */
  alarmIdList: string[]
  /** row -> epoch ms (NaN: empty, malformed, or not read because an id was refused) */
  ack: Float64Array
  target: Float64Array
  updated: Float64Array
}

export function scanLedgerRows(table: CsvTable, policy: LedgerPolicy): LedgerRowScan {
  const ic = policy.icRole
  const n = table.size
  const col = ledgerColumns(table)
  const rows = new RowWindowsBuilder(n, brokenRows(table, ic))
  const scan: LedgerRowScan = Object.assign(rows.scan, {
    alarmId: new Int32Array(n).fill(-1),
    alarmIdList: [] as string[],
    ack: new Float64Array(n).fill(NaN),
    target: new Float64Array(n).fill(NaN),
    updated: new Float64Array(n).fill(NaN)
  })
  const check = new CellChecks(table.file, scan.defects)
  const windowCheck = memoCheckId()
  const roleCheck = memoCheckId()
  const idNumbers = new Map<string, number>()
  for (let r = 0; r < n; r++) {
    const before = scan.defects.length
    const line = table.line(r)
    const windowId = check.id(table.cell(r, col.release_window_id), line, 'release_window_id', 'release_window_id', '', ic, windowCheck)
    const alarmId = check.id(table.cell(r, col.alarm_id), line, 'alarm_id', 'alarm_id', windowId ?? '', ic)
    rows.setWindow(r, windowId)
    if (windowId && alarmId) {
      let k = idNumbers.get(alarmId)
      if (k === undefined) {
        k = scan.alarmIdList.push(alarmId) - 1
        idNumbers.set(alarmId, k)
      }
      scan.alarmId[r] = k
      const role = roleCheck(table.cell(r, col.owner_role))
      const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic }
      scan.ack[r] = check.timeAt(table, r, col.ack_timestamp_utc, line, 'ack_timestamp_utc', ctx) ?? NaN
      scan.target[r] = check.timeAt(table, r, col.target_resolution_utc, line, 'target_resolution_utc', ctx, true) ?? NaN
      scan.updated[r] = check.timeAt(table, r, col.last_updated_utc, line, 'last_updated_utc', ctx) ?? NaN
    }
    rows.tagDefects(r, before)
  }
  return scan
}

export interface LedgerRead {
  /** rows of evaluated windows, grouped by join key in file order */
  groups: RowGroups
  /** the table with its column indexes and the parsed timestamps of the rows */
  rows: LedgerRows
  defects: Defect[]
}

/**
 * The rows of the evaluated windows, grouped by key; rows of other windows are history and are
 * neither checked nor joined. A row becomes a LedgerRecord only when its key is folded, so the
 * rows of a long history do not all stay alive in between.
 */
export function groupLedger(table: CsvTable, scan: LedgerRowScan, windows: Set<string>, alarmKeys: KeyIndex): LedgerRead {
  const evaluated = evaluatedWindows(scan, windows)
  const defects = countingDefects(scan, evaluated)
  const groups = new RowGroups(table.size, alarmKeys)
  // An alarm id's rows are nearly always of one window: its group is looked up by string once
  // and then found by number (-1: not looked up yet).
  const lastWindow = new Int32Array(scan.alarmIdList.length).fill(-1)
  const lastGroup = new Int32Array(scan.alarmIdList.length)
  for (let r = 0; r < table.size; r++) {
    const w = scan.window[r]
    const a = scan.alarmId[r]
    if (w < 0 || a < 0 || !evaluated[w]) continue
    if (lastWindow[a] !== w) {
      lastWindow[a] = w
      lastGroup[a] = groups.groupOf(scan.alarmIdList[a], scan.windowIds[w])
    }
    groups.addTo(lastGroup[a], r)
  }
  return { groups, rows: new LedgerRows(table, scan), defects }
}
