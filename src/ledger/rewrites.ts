import { scanCsv } from '../csv/scan.js'
import type { Defect } from '../findings/defect.js'
import { checkId } from '../util/ids.js'
import { finding } from './finding.js'
import type { HistoryReport } from './git-history.js'
import type { LedgerPolicy } from './policy.js'

// Turns the git scan (git-history.ts) into defects. A rewrite is blocking when the row belonged
// to an alarm under evaluation and the original row is not back in the file: that alarm's
// acknowledgment trail was edited after the fact. Rewrites of other rows, and rewrites whose
// original row was restored verbatim, stay visible as warnings, because history is permanent and
// an old, repaired edit must not block every future release.

export interface RewriteContext {
  file: string
  header: string[]
  /** the current file's lines (line endings removed) */
  currentLines: Set<string>
  /** the keys of the alarms under evaluation */
  alarmKeys: { has(alarmId: string, windowId: string): boolean }
  policy: LedgerPolicy
}

export function historyDefects(report: HistoryReport, ctx: RewriteContext): Defect[] {
  const ic = ctx.policy.icRole
  const base = {
    subject: '',
    owner_role: ic,
    release_window_id: '',
    file: ctx.file,
    line: null
  }
  if (report.status === 'not-a-repo') {
    return [
      finding('LEDGER_HISTORY_UNCHECKED', {
        ...base,
        severity: 'info',
        required_action: 'Keep the ledger in git so in-place rewrites can be detected',
        detail: 'not inside a git repository; append-only history not checked'
      })
    ]
  }
  if (report.status === 'untracked') {
    return [
      finding('LEDGER_HISTORY_UNCHECKED', {
        ...base,
        severity: 'info',
        required_action: 'Commit the ledger so later rewrites can be detected',
        detail: 'the ledger file has no committed history yet'
      })
    ]
  }
  if (report.status === 'shallow') {
    return [
      finding('LEDGER_HISTORY_UNCHECKED', {
        ...base,
        required_action: 'Fetch full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
        detail: 'shallow clone: the ledger history cannot be checked for rewrites, so it was not'
      })
    ]
  }
  const col = (name: string): number => ctx.header.indexOf(name)
  const [ia, iw, ir] = [col('alarm_id'), col('release_window_id'), col('owner_role')]
  return report.rewrites.map((r) => {
    const cells = cellsOf(r.text)
    const isHeader = cells.length > 0 && cells.every((c, i) => c.trim() === (ctx.header[i] ?? '').trim())
    const a = cells[ia] === undefined ? undefined : checkId(cells[ia])
    const w = cells[iw] === undefined ? undefined : checkId(cells[iw])
    const role = cells[ir] === undefined ? undefined : checkId(cells[ir])
    const alarmId = a?.ok ? a.id : ''
    const windowId = w?.ok ? w.id : ''
    const restored = ctx.currentLines.has(r.text)
    const active = !isHeader && alarmId !== '' && windowId !== '' && ctx.alarmKeys.has(alarmId, windowId)
    const where = r.commit === '' ? 'uncommitted changes' : `commit ${r.commit.slice(0, 12)}`
    const what = isHeader ? 'the header' : `line ${r.line}`
    return finding('LEDGER_HISTORY_REWRITTEN', {
      subject: isHeader ? '' : alarmId,
      owner_role: role?.ok ? role.id : ic,
      severity: active && !restored ? 'blocking' : 'warning',
      required_action: restored
        ? 'None: the original row is back; append corrections as new rows next time'
        : `Restore the original row (git show ${r.commit === '' ? 'HEAD' : `${r.commit.slice(0, 12)}^`}:<ledger>) and append the correction as a new row`,
      release_window_id: windowId,
      file: ctx.file,
      line: null,
      detail: `${where} changed or removed ${what} of the previous version${restored ? ' (the original row is back in the file)' : ''}: ${r.text.slice(0, 160)}`
    })
  })
}

/** The cells of one removed diff line; a line that is not a whole record yields none. */
function cellsOf(text: string): string[] {
  const table = scanCsv(text)
  return table.length === 1 && !table[0].error ? table[0].fields : []
}
