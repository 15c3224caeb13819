import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import { relative } from 'node:path'
import type { Defect } from '../findings/defect.js'
import type { StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import type { ActionSettings } from './settings.js'
import { emitAnnotations, planAnnotations, STEP_ANNOTATION_LIMITS, type AnnotationLevel, type AnnotationPlan } from '../report/annotations.js'
import { artifactName, uploadFiles, type ArtifactLoader, type UploadResult } from '../report/artifacts.js'
import { CHECK_ANNOTATION_CAP, publishCheckRun, type CheckConclusion, type CheckRunRequest, type CheckRunResult } from '../report/checks.js'
import { logText, mdCode, mdText } from '../report/escape.js'
import { blobLinker, byteLength, fitSections, renderDefectTable, SUMMARY_BUDGET_BYTES, type LocationLink } from '../report/summary.js'
import { countByCode } from '../findings/defect.js'

// What one step reports, whichever stages ran: every stage hands in its defects, its summary
// blocks, its outputs and its files; finish() turns them into annotations within GitHub's limits,
// a check run when those limits are exceeded, one artifact, one job summary under 1 MiB and the
// step outputs. Nothing here decides pass or fail; stages do.

export type { StageReport } from '../report/stage.js'

export interface FinishDeps {
  fetch: typeof globalThis.fetch
  loadArtifactClient: ArtifactLoader
  /** timing of the check run's retries (tests shrink the seconds of a retry-after) */
  checks?: Pick<CheckRunRequest, 'retryAfterBaseMs' | 'retries'>
}

export interface FinishResult {
  plan: AnnotationPlan
  checkRun?: CheckRunResult
  upload?: UploadResult
  summaryBytes: number
  cutRows: number
}

export const CHECK_RUN_NAME = 'release-evidence'

export class StepReport {
  readonly stages: StageReport[] = []
  readonly outputs = new Map<string, string>()
  /** notices this report printed itself (check run refused, upload skipped): they count against the 10 */
  private noticesUsed = 0
  /** warnings printed beside the defects' (an unprotected store branch, a failed upload): they count too */
  private warningsUsed = 0

  constructor(
    private readonly settings: Settings,
    private readonly action: ActionSettings | undefined
  ) {}

  add(stage: StageReport): void {
    this.stages.push(stage)
  }

  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
  }

  private rel(path: string): string {
    const r = relative(this.settings.workspace, path)
    return r.startsWith('..') ? path : r
  }

  /**
   * `limits`: the per-step annotation limits to plan with (fewer errors when a failure message
   * follows). `failure`: the markdown saying why the step could not evaluate, when a later stage
   * threw; it leads the job summary and counts against the same budget as everything else.
   */
  async finish(conclusion: CheckConclusion, deps: FinishDeps, limits: Readonly<Record<AnnotationLevel, number>> = STEP_ANNOTATION_LIMITS, failure = ''): Promise<FinishResult> {
    const action = this.action
    const defects = this.stages.flatMap((s) => s.defects)
    const blocking = new Set(this.stages.flatMap((s) => s.defects.filter(s.blocks)))
    const blocks = (d: Defect) => blocking.has(d)
    const defectFiles = this.stages.flatMap((s) => (s.defectsFile ? [this.rel(s.defectsFile)] : []))
    const plan0 = planAnnotations(defects, { blocks, elsewhere: [], limits })

    let checkRun: CheckRunResult | undefined
    if (plan0.overflow && action?.checkRun) checkRun = await this.publishCheck(plan0, conclusion, deps)

    let upload: UploadResult | undefined
    if (action?.uploadArtifacts) {
      upload = await uploadFiles({
        name: artifactName('release-evidence', action.runner.job, action.runner.artifactLeg ?? ''),
        files: this.stages.flatMap((s) => s.files),
        available: action.runner.artifactsAvailable,
        load: deps.loadArtifactClient
      })
      this.reportUpload(upload)
    }

    const summary = this.renderSummary(checkRun, upload, failure)
    const elsewhere: string[] = []
    if (summary.cutRows === 0 && defects.length > 0) elsewhere.push('the job summary')
    elsewhere.push(...defectFiles)
    if (upload?.status === 'uploaded') elsewhere.push(`artifact ${upload.name}`)
    if (checkRun?.status === 'created') elsewhere.push(`check run "${CHECK_RUN_NAME}"${checkRun.omitted > 0 ? ` (the ${checkRun.annotations} most severe)` : ''}${checkRun.url ? ` (${checkRun.url})` : ''}`)
    const plan = planAnnotations(defects, { blocks, elsewhere, limits: { ...limits, notice: Math.max(1, limits.notice - this.noticesUsed), warning: Math.max(1, limits.warning - this.warningsUsed) } })
    emitAnnotations(plan, core)

    await this.writeSummary(summary.markdown)
    for (const [name, value] of this.outputs) core.setOutput(name, value)
    return { plan, ...(checkRun ? { checkRun } : {}), ...(upload ? { upload } : {}), summaryBytes: byteLength(summary.markdown), cutRows: summary.cutRows }
  }

  private async publishCheck(plan: AnnotationPlan, conclusion: CheckConclusion, deps: FinishDeps): Promise<CheckRunResult | undefined> {
    const runner = this.action!.runner
    const token = this.action!.githubToken
    if (!token || !runner.repository || !runner.headSha) {
      this.notice(`Check run skipped: ${!token ? 'no github-token input' : 'GITHUB_REPOSITORY / GITHUB_SHA are not set'}; the job summary and the defects file list every defect.`)
      return undefined
    }
    const located = plan.all.filter((a) => a.file)
    const counts = [...countByCode(this.stages.flatMap((s) => s.defects))].map(([code, n]) => `| ${mdCode(code)} | ${n} |`).join('\n')
    const unlocated = plan.all.length - located.length
    const restAt = [...this.stages.flatMap((s) => (s.defectsFile ? [mdCode(this.rel(s.defectsFile))] : [])), 'the job summary']
    const summary =
      `${plan.all.length} defects; GitHub shows at most 10 annotations of each level per step, so the located defects are annotated here (at most ${CHECK_ANNOTATION_CAP}, the most severe first).\n\n` +
      `| Code | Count |\n| --- | --- |\n${counts}\n` +
      (unlocated > 0 ? `\n${unlocated} defects are not about a file line and appear only in the job summary and the defects file.\n` : '')
    const result = await publishCheckRun({
      apiUrl: runner.apiUrl,
      repository: runner.repository,
      token: token.reveal(),
      headSha: runner.headSha,
      name: CHECK_RUN_NAME,
      conclusion,
      title: conclusion === 'failure' ? `${plan.all.length} defects, blocking` : `${plan.all.length} defects`,
      summary,
      annotations: located,
      restAt,
      log: (t) => core.info(logText(t)),
      ...(deps.checks ?? {})
    })
    if (result.status === 'created') {
      core.info(
        result.omitted > 0
          ? `Check run ${CHECK_RUN_NAME} carries the ${result.annotations} most severe of ${located.length} located annotations (${result.requests} requests); the other ${result.omitted} are in the defects file: ${logText(result.url)}`
          : `Check run ${CHECK_RUN_NAME} carries all ${result.annotations} located annotations (${result.requests} requests): ${logText(result.url)}`
      )
    } else if (result.status === 'forbidden') {
      this.notice(
        `Check run not created (${logText(result.message)}): the token cannot write checks, as on pull requests from forks or without "permissions: checks: write". Every defect is still in the job summary and the defects file.`
      )
    } else {
      this.warn(`Check run incomplete (${logText(result.message)}); ${result.annotations} annotations were sent. Every defect is still in the job summary and the defects file.`)
    }
    return result
  }

  /** A warning of the step's own, counted against the step's 10 so that none is dropped. */
  warn(message: string): void {
    this.warningsUsed++
    core.warning(message)
  }

  private notice(message: string): void {
    this.noticesUsed++
    core.notice(message)
  }

  private reportUpload(upload: UploadResult): void {
    if (upload.status === 'skipped') this.notice(`Artifact upload skipped: ${upload.reason}. The report files are in ${logText(this.rel(this.settings.outDir))}.`)
    else if (upload.status === 'failed') this.warn(`Artifact upload failed (${logText(upload.message)}); the report files are in ${logText(this.rel(this.settings.outDir))}.`)
    else core.info(`Uploaded artifact ${upload.name} (${upload.files.length} files${upload.id !== undefined ? `, id ${upload.id}` : ''}).`)
  }

  /** Where a defect's location links: that line of the file at the commit checked, on a runner. */
  private linker(): LocationLink | undefined {
    const r = this.action?.runner
    return r ? blobLinker(r.serverUrl, r.repository, r.sha) : undefined
  }

  /**
   * One budget for the step's whole job summary: the failure (when a stage threw), every stage's
   * blocks and defect table, and the footer. The defect tables share what the fixed parts leave;
   * fitSections is the backstop should the fixed parts themselves not fit.
   */
  private renderSummary(checkRun: CheckRunResult | undefined, upload: UploadResult | undefined, failure: string): { markdown: string; cutRows: number } {
    const footer = this.renderFooter(checkRun, upload)
    const link = this.linker()
    const fixed = this.stages.reduce((n, s) => n + byteLength(s.summaryHead) + byteLength(s.summaryTail), byteLength(footer) + byteLength(failure))
    let room = SUMMARY_BUDGET_BYTES - fixed
    let cutRows = 0
    const parts: string[] = []
    this.stages.forEach((s, i) => {
      // Each remaining table may use an equal share of what is left; what it does not use passes on.
      const share = Math.floor(Math.max(0, room) / (this.stages.length - i))
      const fullListAt = [...(s.defectsFile ? [this.rel(s.defectsFile)] : []), ...(upload?.status === 'uploaded' ? [`artifact ${upload.name}`] : [])]
      const table = renderDefectTable(s.defects, { subjectColumn: s.subjectColumn, maxBytes: share, blocks: s.blocks, fullListAt, ...(link ? { link } : {}) })
      room -= byteLength(table.markdown)
      cutRows += table.cut
      parts.push(s.summaryHead, table.markdown, s.summaryTail)
    })
    return { markdown: fitSections([failure, ...parts, footer], SUMMARY_BUDGET_BYTES).markdown, cutRows }
  }

  private renderFooter(checkRun: CheckRunResult | undefined, upload: UploadResult | undefined): string {
    const lines: string[] = []
    if (checkRun?.status === 'created') {
      const what = checkRun.omitted > 0 ? `the ${checkRun.annotations} most severe located annotations (${checkRun.omitted} more are in the defects file)` : `all ${checkRun.annotations} located annotations`
      lines.push(`- Check run ${mdCode(CHECK_RUN_NAME)} carries ${what}${checkRun.url ? `: ${mdText(checkRun.url)}` : ''}.`)
    }
    else if (checkRun) lines.push(`- Check run not available: ${mdText(checkRun.message)}.`)
    if (upload?.status === 'uploaded') lines.push(`- Artifact ${mdCode(upload.name)}: ${upload.files.length} files.`)
    else if (upload?.status === 'skipped') lines.push(`- Artifact upload skipped: ${mdText(upload.reason)}.`)
    else if (upload) lines.push(`- Artifact upload failed: ${mdText(upload.message)}.`)
    return lines.length > 0 ? `### Reports\n\n${lines.join('\n')}\n` : ''
  }

  private async writeSummary(markdown: string): Promise<void> {
    const path = this.action?.runner.stepSummary
    if (!path) {
      core.info('No job summary written: GITHUB_STEP_SUMMARY is not set (not on a runner).')
      return
    }
    // Appended, as @actions/core does: earlier output of this step stays. A failure to write is a
    // warning: were it thrown, its error annotations would come on top of the ones just printed.
    try {
      await appendFile(path, markdown)
    } catch (e) {
      this.warn(`No job summary written: ${logText((e as Error).message)}`)
    }
  }
}
