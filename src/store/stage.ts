import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ExitCode } from '../errors.js'
import { defectsToCsv } from '../findings/defect.js'
import { openRepository } from '../git/index.js'
import type { Log, StageContext, StageResult } from '../lesson.js'
import { mdCell, mdCode } from '../report/escape.js'
import type { StageOutcome, StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import { configuredRemoteUrl, fetchStoreTip, resolvePublishSettings, resolveRemoteTarget } from '../publish/index.js'
import { logText } from '../report/escape.js'
import { repoTopLevel } from './history.js'
import { verifyRegistered, type StoreRef, type StoreVerifyResult } from './verify-all.js'

// The verify stage (scheduled re-verification, lesson 114 step 10): prove the store from git
// history exactly as `release-evidence verify` does, and report its defects like any stage.

export interface VerifyStageResult extends StageResult {
  result: StoreVerifyResult
}

export const VERIFY_DEFECTS_FILE = 'verify-defects.csv'
export const VERIFY_REPORT_FILE = 'store-verify.json'

export function renderVerifySummary(r: StoreVerifyResult): string {
  const verdict = r.blocking === 0 ? '✅ VERIFIED' : '⛔ FAILED'
  const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0)
  const rows = r.windows.map((w) => `| ${mdCell(w.release_window_id)} | ${w.revisions.length} | ${mdCell(w.latest ?? '')} | ${w.ok ? 'yes' : '**no**'} |`)
  const table = rows.length > 0 ? `| Window | Revisions | Latest | OK |\n| --- | --- | --- | --- |\n${rows.slice(0, 200).join('\n')}\n${rows.length > 200 ? `\n_${rows.length - 200} more windows in ${VERIFY_REPORT_FILE}._\n` : ''}\n` : ''
  return (
    `## Closure store verification: ${verdict}\n\n` +
    `${mdCode(`${r.root}/`)} at ${mdCode(r.headOid ?? '(no commits)')}: ${r.windows.length} windows, ${revisions} revisions, ${r.blocking} blocking defects ` +
    `(${r.stats.commits_scanned} commits scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packets inspected, cache ${r.stats.cache}).\n\n` +
    (r.verifiedTip ? `Verified tip: ${mdCode(r.verifiedTip)}: pass it as the \`since\` input of the next run, so a rewrite of the store is caught.\n\n` : '') +
    table
  )
}

export async function reportVerify(result: StoreVerifyResult, settings: Settings): Promise<VerifyStageResult> {
  await mkdir(settings.outDir, { recursive: true })
  const defectsFile = join(settings.outDir, VERIFY_DEFECTS_FILE)
  const reportFile = join(settings.outDir, VERIFY_REPORT_FILE)
  await writeFile(defectsFile, defectsToCsv(result.defects, 'subject'))
  await writeFile(reportFile, `${JSON.stringify(result, null, 2)}\n`)
  const report: StageReport = {
    stage: 'verify',
    subjectColumn: 'subject',
    defects: result.defects,
    blocks: (d) => d.severity === 'blocking',
    summaryHead: renderVerifySummary(result),
    summaryTail: '',
    files: [defectsFile, reportFile],
    defectsFile
  }
  const outcome: StageOutcome =
    result.blocking > 0
      ? { exitCode: ExitCode.PolicyFailure, failure: `Closure store verification failed: ${result.blocking} blocking defect${result.blocking === 1 ? '' : 's'}; see the job summary.` }
      : { exitCode: ExitCode.Pass }
  return { result, report, outputs: { verified: String(result.blocking === 0), 'verify-defects-file': defectsFile, 'verified-tip': result.verifiedTip ?? '' }, outcome }
}

/**
 * With a `store-branch`, the store is that branch as the remote holds it (fetched whole first),
 * not whatever is checked out: a scheduled re-verify of `main` would otherwise pass over nothing.
 * Without a remote (a local run, no remote-url) it is the clone's own branch.
 */
export async function storeRefOf(settings: Settings, log: Log): Promise<StoreRef | undefined> {
  const branch = settings.git?.storeBranch
  if (!branch || !settings.publish) return undefined
  const top = await repoTopLevel(settings.workspace)
  const publish = resolvePublishSettings(settings.publish.target)
  if (publish.url === null && (await configuredRemoteUrl(top, publish.remote)) === null) {
    log.warning(`The clone has no remote '${logText(publish.remote)}' and no remote-url is set: verifying the local branch ${logText(branch)}, not a published copy.`)
    return { branch, oid: await openRepository(top).tryResolveRef(`refs/heads/${branch}`), source: 'this clone (no remote configured)' }
  }
  const target = await resolveRemoteTarget(top, { ...publish, token: settings.publish.token })
  const tip = await fetchStoreTip({ dir: top, target, branch })
  if (tip.unpublished) log.warning(`Verifying the local ${logText(branch)} at ${tip.oid}: it has revisions ${logText(tip.source)} does not have yet (not pushed).`)
  else if (tip.oid !== null) log.info(`Verifying store branch ${logText(branch)} at ${tip.oid}, as fetched from ${logText(tip.source)}.`)
  return { branch, oid: tip.oid, source: tip.source }
}

export async function runVerifyStage(settings: Settings, ctx: StageContext): Promise<VerifyStageResult> {
  const at = await storeRefOf(settings, ctx.log)
  const r = await reportVerify(await verifyRegistered(settings, ctx.families, { cache: true, ...(at ? { at } : {}) }), settings)
  ctx.log.info(`Store verification: ${r.result.blocking === 0 ? 'verified' : `${r.result.blocking} blocking defects`}`)
  return r
}
