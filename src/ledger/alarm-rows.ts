import type { CsvTable } from '../csv/read.js'
import type { Defect } from '../findings/defect.js'
import { checkId, printable } from '../util/ids.js'
import { CellChecks, brokenRows, columnsOf, memoCells, memoCheckId } from './cells.js'
import { finding } from './finding.js'
import type { LedgerPolicy } from './policy.js'
import { KeyIndex } from './keys.js'
import { AlarmList } from './alarm-list.js'

// Row-level reading of the alarms file (the ledger's and the evidence file's are in
// ledger-rows.ts and evidence-rows.ts): ids are checked and normalized, timestamps parsed, and
// every row that cannot take part in the join becomes a defect at its own line. Nothing here
// judges an acknowledgment; that is evaluate.ts's job. Cells are read by column index straight
// from the tables (csv/read.ts), so no per-row copy of the cells is made.

export interface AlarmsRead {
  /** the joinable alarms, in file order */
  alarms: AlarmList
  /** every release window named by a readable alarm row: the windows under evaluation */
  windows: Set<string>
  /** the key of every joinable alarm row (rows refused for their class too), numbered */
  keys: KeyIndex
  /** key number -> the line of its (first) alarm row */
  keyLines: number[]
  defects: Defect[]
  /**
   * The defects of rows that may be block alarms and were not joined (an unsafe or empty id, a
   * class that is not the page value, a structurally broken row): the gate cannot see their
   * acknowledgment, so each counts as an unacknowledged block alarm, which soft mode fails on.
   */
  unjoined: Set<Defect>
}

export function readAlarms(table: CsvTable, policy: LedgerPolicy): AlarmsRead {
  const f = policy.data.alarm_fields
  const col = columnsOf(table, f)
  const ic = policy.icRole
  const file = table.file
  const defects: Defect[] = brokenRows(table, ic)
  // A broken row's class cannot be read: it may be a block alarm.
  const unjoined = new Set<Defect>(defects)
  const windows = new Set<string>()
  const keys = new KeyIndex()
  const alarms = new AlarmList(table, keys)
  const keyLines: number[] = []
  const check = new CellChecks(file, defects)
  const windowCheck = memoCheckId()
  const roleCell = roleCells()
  const roleProblem = (problem: string | undefined, column: string, alarmId: string, windowId: string, line: number): void => {
    if (!problem) return
    defects.push(
      finding(problem === 'is empty' ? 'FIELD_MISSING' : 'ID_MALFORMED', {
        subject: alarmId,
        owner_role: ic,
        required_action: `Name the alarm's ${column} as a role id`,
        release_window_id: windowId,
        file,
        line,
        field: column,
        detail: `${column} ${problem}`
      })
    )
  }
  for (let r = 0; r < table.size; r++) {
    const line = table.line(r)
    const before = defects.length
    const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck)
    if (windowId) windows.add(windowId)
    const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic)
    if (!windowId || !alarmId) {
      if (policy.classOf(table.cell(r, col.alarm_class)) !== 'page') for (let i = before; i < defects.length; i++) unjoined.add(defects[i])
      continue
    }
    const dup = keys.get(alarmId, windowId)
    if (dup !== undefined) {
      defects.push(
        finding('ALARM_DUPLICATE', {
          subject: alarmId,
          owner_role: ic,
          required_action: 'List each alarm once per release window in the alarms file',
          release_window_id: windowId,
          file,
          line,
          detail: `also listed on line ${keyLines[dup]}`
        })
      )
      continue
    }
    const key = keys.add(alarmId, windowId)
    keyLines.push(line)

    const primary = roleCell(table.cell(r, col.primary_owner_role), true)
    const backup = roleCell(table.cell(r, col.backup_owner_role), false)
    const ownerOfRow = primary.id || ic
    roleProblem(primary.problem, f.primary_owner_role, alarmId, windowId, line)
    roleProblem(backup.problem, f.backup_owner_role, alarmId, windowId, line)

    const rawClass = table.cell(r, col.alarm_class)
    const cls = policy.classOf(rawClass)
    if (!cls) {
      const invalid = classInvalid(alarmId, windowId, file, line, f.alarm_class, rawClass, policy, ownerOfRow)
      defects.push(invalid)
      unjoined.add(invalid)
      continue
    }
    const raisedMs = check.timeAt(table, r, col.raised_utc, line, f.raised_utc, { subject: alarmId, windowId, role: ownerOfRow })
    alarms.push(r, key, cls, raisedMs, primary.id, backup.id)
  }
  return { alarms, windows, keys, keyLines, defects, unjoined }
}

interface RoleCell {
  id: string
  problem?: string
}
const NO_ROLE: RoleCell = { id: '' }
const EMPTY_ROLE: RoleCell = { id: '', problem: 'is empty' }

/** Role cells have few distinct values: each is read once, and its result shared. */
function roleCells(): (raw: string, required: boolean) => RoleCell {
  const role = memoCells((raw): RoleCell => {
    const r = checkId(raw)
    return r.ok ? { id: r.id } : { id: '', problem: `'${printable(raw)}' ${r.reason}` }
  })
  return (raw, required) => (raw.trim() === '' ? (required ? EMPTY_ROLE : NO_ROLE) : role(raw))
}

export function classInvalid(subject: string, windowId: string, file: string, line: number, column: string, raw: string, policy: LedgerPolicy, role: string): Defect {
  const { page, block } = policy.data.alarm_classes
  return finding('CLASS_INVALID', {
    subject,
    owner_role: role,
    required_action: `Set ${column} to '${page}' or '${block}'`,
    release_window_id: windowId,
    file,
    line,
    field: column,
    detail: `'${printable(raw)}' is not a class of the policy`
  })
}
