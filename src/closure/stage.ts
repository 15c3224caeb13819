import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import type { Defect } from '../findings/defect.js'
import { openRepository } from '../git/index.js'
import type { StageContext, StageResult } from '../lesson.js'
import { gateFor } from '../ledger/stage.js'
import type { PublishFailedError, PublishOutcome } from '../publish/index.js'
import { blockingPredicate } from '../report/annotations.js'
import { logText, mdCode, mdText } from '../report/escape.js'
import type { StageOutcome, StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import { repoTopLevel } from '../store/history.js'
import { formatRevision } from '../util/revision.js'
import type { ClosureWindowExport, ExportClosureResult } from './export.js'
import { assertEventAllowed, exportAndPublish, type ClosureExport } from './publish.js'
import { renderSummaryMarkdown } from './summary.js'

// The closure stage (lesson 114 step 8): export one signed, verified revision per changed window
// into the store (export.ts), then show one reviewer summary block per
// packet (src/closure/summary.ts) and hand the new files to the artifact upload. The files are
// copied out of the commits, so the artifact holds exactly the bytes that were published.

export interface ClosureStageResult extends StageResult {
  result: ExportClosureResult
  publish?: PublishOutcome
  publishError?: PublishFailedError
}

/** Defects for a window whose signed packet failed verification and was not written. */
function rejectedDefects(w: ClosureWindowExport): Defect[] {
  return w.findings.map((f) => ({
    subject: w.packet.packet_id,
    defect_code: f.code,
    severity: 'blocking',
    owner_role: 'release-eng',
    required_action: 'Fix the packet defect and re-export; the window closure stays pending until a verified revision is written',
    release_window_id: w.series.window,
    file: '',
    line: null,
    field: f.field,
    detail: f.detail
  }))
}

function actionLine(w: ClosureWindowExport): string {
  const id = mdText(w.series.window)
  const rev = w.revision > 0 ? formatRevision(w.revision) : ''
  if (w.action === 'written') return `- ${id}: wrote ${rev} in commit ${mdCode(w.commitOid ?? '')}`
  if (w.action === 'unchanged') return `- ${id}: unchanged (${w.revision > 0 ? `${rev} already holds this content` : 'nothing to export'})`
  return `- ${id}: **not written**: the signed packet failed verification before publish; the closure stays pending`
}

export function renderClosureSummary(result: ExportClosureResult): string {
  const written = result.windows.filter((w) => w.action === 'written').length
  const rejected = result.windows.filter((w) => w.action === 'rejected').length
  const demo = result.signer.demo ? ' **DEMO KEY: its private key is public; never trust these signatures.**' : ''
  const out = [
    `## Closure packets: ${written} written, ${result.windows.length - written - rejected} unchanged, ${rejected} rejected\n\n`,
    `Branch ${mdCode(result.branch)}; signer ${mdText(result.signer.signerId)} (key ${mdCode(result.signer.keyId.slice(0, 16))}).${demo}\n\n`,
    ...result.warnings.map((w) => `> ⚠️ ${mdText(w)}\n\n`),
    result.windows.map(actionLine).join('\n'),
    '\n\n'
  ]
  // The reviewer summary block per packet (lesson 114 step 9), rendered by the closure module.
  for (const w of result.windows) out.push(renderSummaryMarkdown(w.summary), '\n')
  return out.join('')
}

/** Copies each written revision's files from its commit into outDir, exactly as committed. */
async function materialize(top: string, windows: readonly ClosureWindowExport[], outDir: string): Promise<string[]> {
  const files: string[] = []
  for (const w of windows) {
    if (w.action !== 'written' || !w.commitOid || !w.files) continue
    for (const path of [w.files.packet, w.files.signature, w.files.log]) {
      const blob = await openRepository(top).readFileAt(w.commitOid, path)
      const dest = join(outDir, path)
      await mkdir(dirname(dest), { recursive: true })
      await writeFile(dest, blob)
      files.push(dest)
    }
  }
  return files
}

function renderPublish(x: ClosureExport): string {
  if (x.publishError) return `### Push failed\n\n${x.publishError.message.split('\n').map((l) => `> ${mdText(l)}`).join('\n>\n')}\n\n`
  if (!x.publish) return ''
  const p = x.publish
  const what = p.status === 'pushed' ? `pushed ${mdCode(p.remoteTip ?? '')}` : p.status === 'unchanged' ? 'nothing to push: the remote already holds this content' : `${mdCode(p.remoteTip ?? '')} was already published`
  const raced = p.events.filter((e) => e.kind === 'raced').length
  return `Store branch ${mdCode(p.branch)}: ${what}${raced > 0 ? ` after ${raced} lost race${raced === 1 ? '' : 's'} (rebuilt on the new tip each time)` : ''}.\n\n`
}

export async function reportClosure(x: ClosureExport, settings: Settings): Promise<ClosureStageResult> {
  const { result } = x
  const top = await repoTopLevel(settings.workspace)
  const files = await materialize(top, result.windows, settings.outDir)
  const written = result.windows.filter((w) => w.action === 'written')
  const rowDefects = result.windows.flatMap((w) => w.rowDefects)
  const rejectedPackets = result.windows.flatMap(rejectedDefects)
  const defects = [...rowDefects, ...rejectedPackets]
  const report: StageReport = {
    stage: 'closure',
    subjectColumn: 'subject',
    defects,
    // as export-closure decides: a rejected packet always fails, a left-out row outside observe mode
    blocks: blockingPredicate([...(settings.mode === 'observe' ? [] : rowDefects), ...rejectedPackets]),
    summaryHead: renderClosureSummary(result) + renderPublish(x),
    summaryTail: '',
    files
  }
  const last = written.at(-1)
  const outputs = {
    'packet-paths': written.map((w) => w.files!.packet).join('\n'),
    'commit-sha': last?.commitOid ?? '',
    revisions: written.map((w) => `${w.series.window}/${formatRevision(w.revision)}`).join(' '),
    'store-branch': result.branch,
    pushed: String(x.publish !== undefined && x.publish.status !== 'unchanged' && written.length > 0)
  }
  const rejected = result.windows.filter((w) => w.action === 'rejected').length
  const outcome: StageOutcome = x.publishError
    ? { exitCode: ExitCode.PolicyFailure, failure: x.publishError.message }
    : result.failed
    ? {
        exitCode: ExitCode.PolicyFailure,
        failure: `Closure packets: ${rejected > 0 ? `${rejected} packet${rejected === 1 ? '' : 's'} failed verification and ${rejected === 1 ? 'was' : 'were'} not written` : `${defects.length} closure row${defects.length === 1 ? '' : 's'} left out of packets`}; see the job summary.`
      }
    : { exitCode: ExitCode.Pass }
  return { result, ...(x.publish ? { publish: x.publish } : {}), ...(x.publishError ? { publishError: x.publishError } : {}), report, outputs, outcome }
}

export async function runClosureStage(settings: Settings, ctx: StageContext): Promise<ClosureStageResult> {
  // Packets are built from the gate's result; without the ledger stage the gate runs silently.
  const gate = await gateFor(settings, ctx)
  assertEventAllowed(settings)
  if (!settings.signing?.key && !settings.signing?.keyFile) {
    // before any network or git work: the one input this stage cannot do without
    throw new UserError({
      code: 'INPUT_MISSING',
      message: "no signing key: set the 'signing-key' input from a secret, e.g. signing-key: ${{ secrets.RELEASE_EVIDENCE_SIGNING_KEY }} (create a key with 'release-evidence keygen')"
    })
  }
  const r = await reportClosure(await exportAndPublish({ settings, gate, env: {}, log: ctx.log }), settings)
  const counts = r.result.windows.map((w) => `${logText(w.series.window)} ${w.action}`).join(', ')
  ctx.log.info(`Closure packets on ${logText(r.result.branch)}: ${counts || 'no windows'}`)
  return r
}
