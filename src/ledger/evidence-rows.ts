import type { CsvTable } from '../csv/read.js'
import type { Defect } from '../findings/defect.js'
import { printable } from '../util/ids.js'
import { CellChecks, brokenRows, columnsOf, memoCheckId } from './cells.js'
import { EvidenceIndex, type EvidenceScan } from './evidence-index.js'
export type { EvidenceScan } from './evidence-index.js'
import { finding } from './finding.js'
import { RowWindowsBuilder, countingDefects, evaluatedWindows } from './row-windows.js'
import type { LedgerPolicy } from './policy.js'

// The evidence file in two steps, like the ledger (ledger-rows.ts): scanEvidence indexes and
// checks every row without knowing which windows are evaluated, so it can run in a worker;
// evidenceFor keeps the defects of the evaluated windows. Every row is indexed, whatever its
// window: a closure reference may point into another window, and that is L5's defect.

export function scanEvidence(table: CsvTable, policy: LedgerPolicy): EvidenceScan {
  const f = policy.data.evidence_fields
  const col = columnsOf(table, f)
  const ic = policy.icRole
  const file = table.file
  const n = table.size
  const rows = new RowWindowsBuilder(n, brokenRows(table, ic))
  const scan: EvidenceScan = Object.assign(rows.scan, {
    rowOf: new Map<string, number>(),
    duplicates: new Map<string, number[]>(),
    recorded: new Float64Array(n).fill(NaN)
  })
  const { rowOf, duplicates, defects } = scan
  const windowCheck = memoCheckId()
  const check = new CellChecks(file, defects)
  for (let r = 0; r < table.size; r++) {
    const before = defects.length
    const line = table.line(r)
    const windowId = check.id(table.cell(r, col.release_window_id), line, f.release_window_id, 'release_window_id', '', ic, windowCheck)
    const evidenceId = check.id(table.cell(r, col.evidence_id), line, f.evidence_id, 'evidence_id', windowId ?? '', ic)
    const alarmId = check.id(table.cell(r, col.alarm_id), line, f.alarm_id, 'alarm_id', windowId ?? '', ic)
    const subject = alarmId ?? ''
    rows.setWindow(r, windowId)
    scan.recorded[r] =
      check.timeAt(table, r, col.recorded_utc, line, f.recorded_utc, {
        subject,
        windowId: windowId ?? '',
        role: ic
      }) ?? NaN
    const kind = table.cell(r, col.evidence_kind).trim()
    if (!policy.isEvidenceKind(kind)) {
      defects.push(
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
        defects.push(
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
    rows.tagDefects(r, before)
  }
  return scan
}

export interface EvidenceRead {
  index: EvidenceIndex
  defects: Defect[]
}

/** The evidence index, and the defects of rows of evaluated windows (or of no readable window). */
export function evidenceFor(table: CsvTable, policy: LedgerPolicy, scan: EvidenceScan, windows: Set<string>): EvidenceRead {
  return {
    index: new EvidenceIndex(table, policy, scan),
    defects: countingDefects(scan, evaluatedWindows(scan, windows))
  }
}
