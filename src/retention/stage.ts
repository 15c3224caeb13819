import { join } from 'node:path'
import { ExitCode } from '../errors.js'
import type { StageContext, StageResult } from '../lesson.js'
import { mdCell, mdCode } from '../report/escape.js'
import type { StageOutcome, StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import { failsIn } from './check.js'
import { runQuery } from './query.js'
import { CHECK_CSV, INDEX_CSV, INDEX_JSON, runCheck } from './run.js'

// The Action's retention stage (after closure): derive the index, run the validator, publish the
// index and the defects as files, and a summary block with the active holds and the expiries of
// the next 30 days. Fails on blocking defects by mode: observe never, soft on storage and hold
// precedence, full on every blocking defect.

export async function runRetentionStage(settings: Settings, ctx: StageContext): Promise<StageResult> {
  const r = await runCheck(settings, ctx.families, {})
  const index = r.index!
  const holds = runQuery(index, 'holds', { now: settings.now, refreshMs: 0 }).rows
  const expiring = runQuery(index, 'expiring', { now: settings.now, within: '30d', refreshMs: 0 }).rows
  const candidates = r.defects.filter((d) => d.defect_code === 'RETENTION_PURGE_CANDIDATE').length
  const blocking = r.defects.filter((d) => d.severity === 'blocking' && failsIn(settings.mode, [d])).length
  const table = (head: string[], rows: string[][]) => (rows.length === 0 ? '_none_\n' : `| ${head.join(' | ')} |\n| ${head.map(() => '---').join(' | ')} |\n${rows.slice(0, 100).map((row) => `| ${row.map((c) => mdCell(c)).join(' | ')} |`).join('\n')}\n`)
  const summaryHead =
    `## Retention and legal hold: ${r.failed ? '⛔ FAILED' : '✅ PASS'}\n\n` +
    `Index at ${mdCode(index.commit)}: ${index.rows.length} revisions, ${holds.length} active holds, ${candidates} purge candidates (approval required; nothing is deleted), ${r.blocking} blocking defects (mode ${settings.mode}).\n\n` +
    `### Active holds\n\n${table(['Window', 'Hold', 'Reason', 'Owner', 'Placed'], holds.map((h) => [h.release_window_id, h.hold_id, h.reason, h.owner, h.placed_at_utc]))}\n` +
    `### Expiring within 30 days\n\n${table(['Window', 'Family', 'Expiry', 'Hold'], expiring.map((e) => [e.release_window_id, e.family, e.retention_expiry_utc, e.legal_hold_state]))}`
  const files = [join(settings.outDir, INDEX_CSV), join(settings.outDir, INDEX_JSON), join(settings.outDir, CHECK_CSV)]
  const report: StageReport = {
    stage: 'retention',
    subjectColumn: 'subject',
    defects: r.defects,
    blocks: (d) => d.severity === 'blocking' && failsIn(settings.mode, [d]),
    summaryHead,
    summaryTail: '',
    files,
    defectsFile: files[2]
  }
  const outcome: StageOutcome = r.failed ? { exitCode: ExitCode.PolicyFailure, failure: `Retention check failed: ${blocking} blocking defect${blocking === 1 ? '' : 's'}; see the job summary.` } : { exitCode: ExitCode.Pass }
  ctx.log.info(`Retention: ${index.rows.length} revisions, ${holds.length} active holds, ${candidates} purge candidates, ${blocking} blocking`)
  return {
    report,
    outputs: { 'retention-index-file': files[0], 'active-holds': String(holds.length), 'purge-candidates': String(candidates), 'retention-blocking-defects': String(blocking) },
    outcome
  }
}
