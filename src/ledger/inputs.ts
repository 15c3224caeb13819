import type { CsvTable } from '../csv/read.js'
import type { Defect } from '../report/defect.js'
import { printable, type IdCheck } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import { CellChecks, brokenRows, columnsOf, memoCheckId } from './cells.js'
import { EvidenceIndex } from './evidence-index.js'
import { finding } from './finding.js'
import { RowGroups } from './groups.js'
import type { LedgerPolicy } from './policy.js'
import { KeyIndex } from './keys.js'
import { Alarm, LedgerRows } from './records.js'

// Row-level reading of the three inputs: ids are checked and normalized, timestamps parsed,
// and every row that cannot take part in the join becomes a defect at its own line. Nothing here
// judges an acknowledgment; that is evaluate.ts's job. Cells are read by column index straight
// from the tables (csv/read.ts), so no per-row copy of the cells is made.

export interface AlarmsRead {
  alarms: Alarm[]
  /** every release window named by a readable alarm row: the windows under evaluation */
  windows: Set<string>
  /** the key of every joinable alarm row (rows refused for their class too), numbered */
  keys: KeyIndex
  /** key number -> the line of its (first) alarm row */
  keyLines: number[]
  defects: Defect[]
}

export function readAlarms(table: CsvTable, policy: LedgerPolicy): AlarmsRead {
  const f = policy.data.alarm_fields
  const col = columnsOf(table, f)
  const ic = policy.icRole
  const file = table.file
  const defects: Defect[] = brokenRows(table, ic)
  const windows = new Set<string>()
  const alarms: Alarm[] = []
  const keys = new KeyIndex()
  const keyLines: number[] = []
  const check = new CellChecks(file, defects)
  const windowCheck = memoCheckId()
  const roleCheck = memoCheckId()
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
    const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck)
    if (windowId) windows.add(windowId)
    const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic)
    if (!windowId || !alarmId) continue
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

    const primary = roleCell(table.cell(r, col.primary_owner_role), true, roleCheck)
    const backup = roleCell(table.cell(r, col.backup_owner_role), false, roleCheck)
    const ownerOfRow = primary.id || ic
    roleProblem(primary.problem, f.primary_owner_role, alarmId, windowId, line)
    roleProblem(backup.problem, f.backup_owner_role, alarmId, windowId, line)

    const rawClass = table.cell(r, col.alarm_class)
    const cls = policy.classOf(rawClass)
    if (!cls) {
      defects.push(classInvalid(alarmId, windowId, file, line, f.alarm_class, rawClass, policy, ownerOfRow))
      continue
    }
    const raisedMs = check.timeAt(table, r, col.raised_utc, line, f.raised_utc, { subject: alarmId, windowId, role: ownerOfRow })
    const raisedUtc = raisedMs === undefined ? '' : formatUtc(raisedMs)
    alarms.push(new Alarm(table, r, key, alarmId, cls, windowId, raisedMs, raisedUtc, primary.id, backup.id))
  }
  return { alarms, windows, keys, keyLines, defects }
}

const NO_ROLE = { id: '' }
const EMPTY_ROLE = { id: '', problem: 'is empty' }

function roleCell(raw: string, required: boolean, check: (raw: string) => IdCheck): { id: string; problem?: string } {
  if (raw.trim() === '') return required ? EMPTY_ROLE : NO_ROLE
  const r = check(raw)
  return r.ok ? { id: r.id } : { id: '', problem: `'${printable(raw)}' ${r.reason}` }
}

export function classInvalid(
  subject: string,
  windowId: string,
  file: string,
  line: number,
  column: string,
  raw: string,
  policy: LedgerPolicy,
  role: string
): Defect {
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

export interface LedgerRead {
  /** rows of evaluated windows, grouped by join key in file order */
  groups: RowGroups
  /** the table with its column indexes and the parsed timestamps of the grouped rows */
  rows: LedgerRows
  defects: Defect[]
}

/**
 * Checks the ledger rows of the evaluated windows (rows of other windows are history, not
 * checked) and groups the joinable ones by key. A row becomes a LedgerRecord only when its key is
 * folded, so the rows of a long history do not all stay alive in between.
 */
export function readLedger(table: CsvTable, policy: LedgerPolicy, windows: Set<string>, alarmKeys: KeyIndex): LedgerRead {
  const ic = policy.icRole
  const file = table.file
  const rows = new LedgerRows(table)
  const col = rows.columns
  const defects: Defect[] = brokenRows(table, ic)
  const groups = new RowGroups(table.size, alarmKeys)
  const check = new CellChecks(file, defects)
  const windowCheck = memoCheckId()
  const roleCheck = memoCheckId()
  for (let r = 0; r < table.size; r++) {
    const windowCell = table.cell(r, col.release_window_id)
    const win = windowCheck(windowCell)
    if (win.ok && !windows.has(win.id)) continue
    const line = table.line(r)
    const windowId = win.ok ? win.id : check.id(windowCell, line, 'release_window_id', 'release_window_id', '', ic, () => win)
    const alarmId = check.id(table.cell(r, col.alarm_id), line, 'alarm_id', 'alarm_id', windowId ?? '', ic)
    if (!windowId || !alarmId) continue
    const role = roleCheck(table.cell(r, col.owner_role))
    const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic }
    rows.ack[r] = check.timeAt(table, r, col.ack_timestamp_utc, line, 'ack_timestamp_utc', ctx) ?? NaN
    rows.target[r] = check.timeAt(table, r, col.target_resolution_utc, line, 'target_resolution_utc', ctx, true) ?? NaN
    rows.updated[r] = check.timeAt(table, r, col.last_updated_utc, line, 'last_updated_utc', ctx) ?? NaN
    groups.add(alarmId, windowId, r)
  }
  return { groups, rows, defects }
}

export interface EvidenceRead {
  index: EvidenceIndex
  defects: Defect[]
}

/** Indexes every evidence row (a ref may point into another window: L5); reports rows of evaluated windows. */
export function readEvidence(table: CsvTable, policy: LedgerPolicy, windows: Set<string>): EvidenceRead {
  const f = policy.data.evidence_fields
  const col = columnsOf(table, f)
  const ic = policy.icRole
  const file = table.file
  const all: Defect[] = brokenRows(table, ic)
  const rowOf = new Map<string, number>()
  const duplicates = new Map<string, number[]>()
  const windowCheck = memoCheckId()
  // a row's defects count only when it belongs to an evaluated window, known once its ids are read
  const own: Defect[] = []
  const check = new CellChecks(file, own)
  for (let r = 0; r < table.size; r++) {
    own.length = 0
    const line = table.line(r)
    const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck)
    const evidenceId = check.id(table.cell(r, col.evidence_id), line, f.evidence_id, 'evidence_id', windowId ?? '', ic)
    const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic)
    const subject = alarmId ?? ''
    check.timeAt(table, r, col.recorded_utc, line, f.recorded_utc, { subject, windowId: windowId ?? '', role: ic })
    const kind = table.cell(r, col.evidence_kind).trim()
    if (!policy.isEvidenceKind(kind)) {
      own.push(
        finding('EVIDENCE_KIND_INVALID', {
          subject,
          owner_role: ic,
          required_action: `Set ${f.evidence_kind} to one of ${policy.data.evidence_kinds.join(', ')}`,
          release_window_id: windowId ?? '',
          file,
          line,
          field: f.evidence_kind,
          detail: `'${printable(kind)}' is not an evidence kind of the policy`
        })
      )
    }
    if (evidenceId && windowId && alarmId) {
      const first = rowOf.get(evidenceId)
      if (first !== undefined) {
        const lines = duplicates.get(evidenceId)
        if (lines) lines.push(line)
        else duplicates.set(evidenceId, [line])
        own.push(
          finding('EVIDENCE_DUPLICATE_ID', {
            subject,
            owner_role: ic,
            required_action: 'Give every evidence row its own evidence_id',
            release_window_id: windowId,
            file,
            line,
            field: f.evidence_id,
            detail: `evidence_id '${evidenceId}' is also on line ${table.line(first)}`
          })
        )
      } else {
        rowOf.set(evidenceId, r)
      }
    }
    if (!windowId || windows.has(windowId)) for (const d of own) all.push(d)
  }
  return { index: new EvidenceIndex(table, policy, rowOf, duplicates), defects: all }
}
