import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ExitCode } from '../errors.js'
import { defectsToCsv, sortDefects, type Defect } from '../findings/defect.js'
import { openRepository } from '../git/index.js'
import type { StageContext, StageResult } from '../lesson.js'
import { mdText } from '../report/escape.js'
import type { StageOutcome, StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import { repoTopLevel } from '../store/history.js'
import { isCanonicalId } from '../store/layout.js'
import type { Finding } from '../store/inspect.js'
import { STRATEGY_CODES } from './codes.js'
import { STRATEGY_FAMILY } from './family.js'
import { outcomesAt } from './outcomes-read.js'
import { seriesPasses, statusJson } from './panel.js'
import { renderStatus } from './render.js'
import { finishStatus, windowStatus, type SeriesStatus } from './state.js'
import { loadStrategyTrust } from './trust.js'

// The Action's `strategy` stage: the approval panel of every window in the store (what
// `strategy status` prints) in the job summary, each blocking finding of a latest revision as an
// annotated defect, and a failed step when a latest revision is not approved.

export const STRATEGY_REPORT_FILE = 'strategy-status.json'
export const STRATEGY_DEFECTS_FILE = 'strategy-defects.csv'

function defectOf(f: Finding, s: SeriesStatus, revision: string): Defect {
  const info = (STRATEGY_CODES as Record<string, { severity: Defect['severity'] } | undefined>)[f.code]
  return {
    subject: `${s.strategy_packet_id ?? s.exception_cluster_id}@${revision}`,
    defect_code: f.code,
    severity: info?.severity ?? 'blocking',
    owner_role: 'strategy_owner',
    required_action: 'collect the missing decisions, or publish a corrected revision after a required signer rejects this one',
    release_window_id: s.release_window_id,
    file: f.file ?? s.revisions.find((r) => r.revision === revision)?.packet_path ?? '',
    line: null,
    field: f.field,
    detail: f.detail
  }
}

export async function runStrategyStage(settings: Settings, ctx: StageContext): Promise<StageResult> {
  const top = await repoTopLevel(settings.workspace)
  const trust = await loadStrategyTrust(settings, { what: 'the strategy stage' })
  const repo = openRepository(top)
  const head = await repo.headOid()
  const windows = head === null ? [] : (await repo.listFolder(head, STRATEGY_FAMILY.root)).filter((e) => e.type === 'tree').map((e) => e.path.slice(STRATEGY_FAMILY.root.length + 1)).filter(isCanonicalId).sort()
  const panels: string[] = []
  const json: unknown[] = []
  const defects: Defect[] = []
  let passed = true
  for (const window of windows) {
    const series = finishStatus(await windowStatus(top, window, trust, settings.now), trust)
    const outcomes = await outcomesAt(top, window, trust, settings.now)
    panels.push(renderStatus(window, series, outcomes))
    json.push({ release_window_id: window, series: series.map((s) => statusJson(s, outcomes)) })
    for (const s of series) {
      passed &&= seriesPasses(s)
      const latest = s.revisions.at(-1)
      const rev = latest?.revision ?? ''
      for (const f of s.findings) defects.push(defectOf(f, s, rev))
      for (const f of latest?.findings ?? []) defects.push(defectOf(f, s, rev))
      if (latest?.state === 'rejected') defects.push(defectOf({ code: 'STRATEGY_REJECTED', field: 'signer_roster', detail: `${rev} was rejected by a required signer` }, s, rev))
    }
  }
  await mkdir(settings.outDir, { recursive: true })
  const reportFile = join(settings.outDir, STRATEGY_REPORT_FILE)
  const defectsFile = join(settings.outDir, STRATEGY_DEFECTS_FILE)
  const sorted = sortDefects(defects)
  await writeFile(reportFile, `${JSON.stringify({ passed, windows: json }, null, 2)}\n`)
  await writeFile(defectsFile, defectsToCsv(sorted, 'subject'))
  const blocking = sorted.filter((d) => d.severity === 'blocking').length
  const verdict = windows.length === 0 ? 'no packets' : passed ? '✅ approved' : '⛔ not approved'
  const report: StageReport = {
    stage: 'strategy',
    subjectColumn: 'subject',
    defects: sorted,
    blocks: (d) => d.severity === 'blocking' && settings.mode !== 'observe',
    summaryHead: `## Strategy approval: ${verdict}\n\n${windows.length} window(s) with strategy-approval packets.\n\n${panels.length > 0 ? `<pre>\n${panels.map(mdText).join('\n')}</pre>\n\n` : ''}`,
    summaryTail: '',
    files: [reportFile, defectsFile],
    defectsFile
  }
  const fails = !passed && settings.mode !== 'observe'
  const outcome: StageOutcome = fails ? { exitCode: ExitCode.PolicyFailure, failure: `Strategy approval: ${blocking} blocking defect(s); a latest packet revision is not approved. See the job summary.` } : { exitCode: ExitCode.Pass }
  ctx.log.info(`Strategy approval: ${verdict} (${windows.length} windows, ${blocking} blocking defects)`)
  return { report, outputs: { 'strategy-approved': String(passed && windows.length > 0), 'strategy-report-file': reportFile }, outcome }
}
