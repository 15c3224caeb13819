import type { Problem } from '../errors.js'
import type { CsvTable } from '../csv/read.js'
import type { Defect } from '../report/defect.js'
import { checkId, printable, type IdCheck } from '../util/ids.js'
import { formatUtc, parseUtc } from '../util/time.js'
import { finding } from './finding.js'
import type { LedgerPolicy } from './policy.js'
import { Alarm, Evidence, LedgerRecord, joinKey } from './records.js'

// Row-level reading of the three inputs: ids are checked and normalized, timestamps parsed,
// and every row that cannot take part in the join becomes a defect at its own line. Nothing here
// judges an acknowledgment; that is evaluate.ts's job. Cells are read by column index straight
// from the tables (csv/read.ts), so no per-row copy of the cells is made.

/** checkId with a memo, for columns with few distinct values (windows, roles) in large files. */
export function memoCheckId(): (raw: string) => IdCheck {
  const memo = new Map<string, IdCheck>()
  return (raw) => {
    let r = memo.get(raw)
    if (!r) {
      r = checkId(raw)
      if (memo.size < 10_000) memo.set(raw, r)
    }
    return r
  }
}

export function brokenRows(table: CsvTable, fallbackRole: string): Defect[] {
  return table.broken.map((p: Problem) =>
    finding('ROW_MALFORMED', {
      subject: '',
      owner_role: fallbackRole,
      required_action: p.fix ? `Repair the row: ${p.fix}` : 'Repair the row',
      release_window_id: '',
      file: p.file,
      line: p.line ?? null,
      detail: p.message
    })
  )
}

/** Where a cell is, for defects: file, line and column name. */
interface At {
  file: string
  line: number
  column: string
}

/** Checks an id cell; a bad one becomes ID_MALFORMED in `out` and the result is undefined. */
function idCell(raw: string, at: At, windowId: string, role: string, what: string, out: Defect[], check: (raw: string) => IdCheck = checkId): string | undefined {
  const r = check(raw)
  if (r.ok) return r.id
  out.push(
    finding('ID_MALFORMED', {
      subject: raw,
      owner_role: role,
      required_action: `Write a ${what} of letters, digits and - _ . : (the row was not joined)`,
      release_window_id: windowId,
      file: at.file,
      line: at.line,
      field: at.column,
      detail: `${what} '${printable(raw)}' ${r.reason}`
    })
  )
  return undefined
}

export interface TimeContext {
  subject: string
  windowId: string
  role: string
}

/** Parses a timestamp cell; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
export function timeCell(raw: string, at: At, ctx: TimeContext, out: Defect[], allowEmpty = false): { ms?: number; malformed: boolean } {
  if (allowEmpty && raw.trim() === '') return { malformed: false }
  const p = parseUtc(raw)
  if (p.ok) return { ms: p.ms, malformed: false }
  out.push(
    finding('TIMESTAMP_MALFORMED', {
      subject: ctx.subject,
      owner_role: ctx.role,
      required_action: `Write ${at.column} as RFC 3339 UTC, e.g. 2026-11-23T14:05:00Z`,
      release_window_id: ctx.windowId,
      file: at.file,
      line: at.line,
      field: at.column,
      detail: `${at.column}: ${p.reason}`
    })
  )
  return { malformed: true }
}

/** Column name -> index for the columns a reader uses, looked up once per table. */
function columnsOf<K extends string>(table: CsvTable, names: Record<K, string>): Record<K, number> {
  const out = {} as Record<K, number>
  for (const k of Object.keys(names) as K[]) out[k] = table.column(names[k])
  return out
}

export interface AlarmsRead {
  alarms: Alarm[]
  /** every release window named by a readable alarm row: the windows under evaluation */
  windows: Set<string>
  /** join keys of every joinable alarm row, including rows refused for their class */
  keys: Set<string>
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
  const firstLine = new Map<string, number>()
  const keys = new Set<string>()
  const windowCheck = memoCheckId()
  const roleCheck = memoCheckId()
  for (let r = 0; r < table.size; r++) {
    const line = table.line(r)
    const at = (column: string): At => ({ file, line, column })
    const windowId = idCell(table.cell(r, col.release_window_id), at(f.release_window_id), '', ic, 'release_window_id', defects, windowCheck)
    if (windowId) windows.add(windowId)
    const alarmId = idCell(table.cell(r, col.alarm_id), at(f.alarm_id), windowId ?? '', ic, 'alarm_id', defects)
    if (!windowId || !alarmId) continue
    const key = joinKey(alarmId, windowId)
    keys.add(key)
    const dup = firstLine.get(key)
    if (dup !== undefined) {
      defects.push(
        finding('ALARM_DUPLICATE', {
          subject: alarmId,
          owner_role: ic,
          required_action: 'List each alarm once per release window in the alarms file',
          release_window_id: windowId,
          file,
          line,
          detail: `also listed on line ${dup}`
        })
      )
      continue
    }
    firstLine.set(key, line)

    const primary = roleCell(table.cell(r, col.primary_owner_role), true, roleCheck)
    const backup = roleCell(table.cell(r, col.backup_owner_role), false, roleCheck)
    const ownerOfRow = primary.id || ic
    for (const [role, column] of [[primary, f.primary_owner_role], [backup, f.backup_owner_role]] as const) {
      if (role.problem) {
        defects.push(
          finding(role.problem === 'is empty' ? 'FIELD_MISSING' : 'ID_MALFORMED', {
            subject: alarmId,
            owner_role: ic,
            required_action: `Name the alarm's ${column} as a role id`,
            release_window_id: windowId,
            file,
            line,
            field: column,
            detail: `${column} ${role.problem}`
          })
        )
      }
    }

    const rawClass = table.cell(r, col.alarm_class)
    const cls = policy.classOf(rawClass)
    if (!cls) {
      defects.push(classInvalid(alarmId, windowId, file, line, f.alarm_class, rawClass, policy, ownerOfRow))
      continue
    }
    const raised = timeCell(table.cell(r, col.raised_utc), at(f.raised_utc), { subject: alarmId, windowId, role: ownerOfRow }, defects)
    const raisedUtc = raised.ms === undefined ? '' : formatUtc(raised.ms)
    alarms.push(new Alarm(table, r, alarmId, cls, windowId, raised.ms, raisedUtc, primary.id, backup.id))
  }
  return { alarms, windows, keys, defects }
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
  byKey: Map<string, LedgerRecord[]>
  defects: Defect[]
}

/** Reads ledger rows of the evaluated windows; rows of other windows are history, not checked. */
export function readLedger(table: CsvTable, policy: LedgerPolicy, windows: Set<string>): LedgerRead {
  const ic = policy.icRole
  const file = table.file
  const col = columnsOf(table, {
    alarm_id: 'alarm_id',
    release_window_id: 'release_window_id',
    owner_role: 'owner_role',
    ack_timestamp_utc: 'ack_timestamp_utc',
    target_resolution_utc: 'target_resolution_utc',
    last_updated_utc: 'last_updated_utc'
  })
  const defects: Defect[] = brokenRows(table, ic)
  const byKey = new Map<string, LedgerRecord[]>()
  const windowCheck = memoCheckId()
  const roleCheck = memoCheckId()
  for (let r = 0; r < table.size; r++) {
    const line = table.line(r)
    const at = (column: string): At => ({ file, line, column })
    const windowCell = table.cell(r, col.release_window_id)
    const win = windowCheck(windowCell)
    if (win.ok && !windows.has(win.id)) continue
    const windowId = idCell(windowCell, at('release_window_id'), '', ic, 'release_window_id', defects, windowCheck)
    const alarmId = idCell(table.cell(r, col.alarm_id), at('alarm_id'), windowId ?? '', ic, 'alarm_id', defects)
    if (!windowId || !alarmId) continue
    const role = roleCheck(table.cell(r, col.owner_role))
    const ctx = { subject: alarmId, windowId, role: role.ok ? role.id : ic }
    const ack = timeCell(table.cell(r, col.ack_timestamp_utc), at('ack_timestamp_utc'), ctx, defects)
    const target = timeCell(table.cell(r, col.target_resolution_utc), at('target_resolution_utc'), ctx, defects, true)
    const updated = timeCell(table.cell(r, col.last_updated_utc), at('last_updated_utc'), ctx, defects)
    const rec = new LedgerRecord(table, r, alarmId, windowId, ack.ms, target.ms, updated.ms)
    const key = joinKey(alarmId, windowId)
    const list = byKey.get(key)
    if (list) list.push(rec)
    else byKey.set(key, [rec])
  }
  return { byKey, defects }
}

export interface EvidenceRead {
  /** every readable evidence row by normalized evidence_id, whatever its window */
  byId: Map<string, Evidence>
  rows: Evidence[]
  defects: Defect[]
}

/** Indexes every evidence row (a ref may point into another window: L5); reports rows of evaluated windows. */
export function readEvidence(table: CsvTable, policy: LedgerPolicy, windows: Set<string>): EvidenceRead {
  const f = policy.data.evidence_fields
  const col = columnsOf(table, f)
  const ic = policy.icRole
  const file = table.file
  const all: Defect[] = brokenRows(table, ic)
  const byId = new Map<string, Evidence>()
  const rows: Evidence[] = []
  const windowCheck = memoCheckId()
  const own: Defect[] = []
  for (let r = 0; r < table.size; r++) {
    own.length = 0
    const line = table.line(r)
    const at = (column: string): At => ({ file, line, column })
    const windowId = idCell(table.cell(r, col.release_window_id), at(f.release_window_id), '', ic, 'release_window_id', own, windowCheck)
    const evidenceId = idCell(table.cell(r, col.evidence_id), at(f.evidence_id), windowId ?? '', ic, 'evidence_id', own)
    const alarmId = idCell(table.cell(r, col.alarm_id), at(f.alarm_id), windowId ?? '', ic, 'alarm_id', own)
    const subject = alarmId ?? ''
    const recorded = timeCell(table.cell(r, col.recorded_utc), at(f.recorded_utc), { subject, windowId: windowId ?? '', role: ic }, own)
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
      const prev = byId.get(evidenceId)
      if (prev) {
        ;(prev.duplicateLines ??= []).push(line)
        own.push(
          finding('EVIDENCE_DUPLICATE_ID', {
            subject,
            owner_role: ic,
            required_action: 'Give every evidence row its own evidence_id',
            release_window_id: windowId,
            file,
            line,
            field: f.evidence_id,
            detail: `evidence_id '${evidenceId}' is also on line ${prev.source.line}`
          })
        )
      } else {
        const recordedUtc = recorded.ms === undefined ? '' : formatUtc(recorded.ms)
        const ev = new Evidence(evidenceId, windowId, alarmId, kind.toLowerCase(), table.cell(r, col.uri), recorded.ms, recordedUtc, table.cell(r, col.recorded_by).trim(), { file, line })
        byId.set(evidenceId, ev)
        rows.push(ev)
      }
    }
    if (!windowId || windows.has(windowId)) for (const d of own) all.push(d)
  }
  return { byId, rows, defects: all }
}
