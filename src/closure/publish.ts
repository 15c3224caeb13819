import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Log } from '../lesson.js'
import type { Progress } from '../report/progress.js'
import type { GateResult } from '../ledger/types.js'
import {
  alignLocalBranch,
  assertPublishAllowed,
  assessPublishEvent,
  publishStore,
  resolvePublishSettings,
  resolveRemoteTarget,
  syncStoreBranch,
  type BuiltExport,
  type PublishEvent,
  type PublishOutcome,
  PublishFailedError
} from '../publish/index.js'
import { logText } from '../report/escape.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { repoTopLevel } from '../store/history.js'
import { formatRevision } from '../util/revision.js'
import { exportClosure, type ExportClosureResult } from './export.js'

// Export and publish, one engine function for the Action's closure stage and `export-closure
// --push`, in the order src/publish/index.ts prescribes: refuse unsafe events,
// bring the store branch's full history in, export on the remote tip, push as a compare-and-swap,
// and on a lost race rebuild the export on the new tip (src/publish/race.ts). The store always
// builds on the local branch (src/store/export.ts), so before each build the local branch is
// brought to the tip it must build on with the publish module's alignLocalBranch: a fast-forward,
// or, for a commit this run made and lost the race with, a reset that drops it (the rebuild
// recreates its files on the new tip).

export interface ClosureExport {
  result: ExportClosureResult
  /** set when the run pushed (or found its content already on the remote) */
  publish?: PublishOutcome
  /** the push could not land: the signed files stay committed locally and go to the artifact */
  publishError?: PublishFailedError
}

/** Step 1: a fork's pull request or pull_request_target never commits evidence (unless allowed). */
export function assertEventAllowed(settings: Settings): void {
  const p = settings.publish
  if (!p?.event) return
  const env = { GITHUB_EVENT_NAME: p.event.name || undefined, GITHUB_REPOSITORY: p.event.repository || undefined }
  assertPublishAllowed(assessPublishEvent({ env, event: p.event.payload, allowUnsafe: p.allowUnsafePrCommit }))
}

/** Points the local store branch at `base` before the store builds on it (never losing a commit). */
async function alignBranch(top: string, branch: string, base: string | null, ours: ReadonlySet<string>): Promise<void> {
  if (base === null) return
  const update = await alignLocalBranch({ dir: top, branch, target: base, discardable: ours, moveCheckedOut: true })
  if (update === 'diverged') {
    throw new UserError({
      code: 'REPO_INVALID',
      message: `the checked-out branch '${branch}' has commits the remote does not have, so the closure packets cannot be built on the remote tip; push or drop them, or set the 'store-branch' input to a dedicated branch (e.g. release-evidence)`
    })
  }
  if (update === 'left-checked-out') {
    throw new UserError({
      code: 'REPO_INVALID',
      message: `the checked-out branch '${branch}' could not be moved to the remote tip ${base.slice(0, 12)} because local changes would be overwritten; commit or discard them, or set the 'store-branch' input to a dedicated branch`
    })
  }
}

function builtExport(r: ExportClosureResult, baseOid: string | null): BuiltExport {
  const written = r.windows.filter((w) => w.action === 'written')
  return {
    commitOid: written.at(-1)?.commitOid ?? null,
    baseOid,
    files: written.flatMap((w) => (w.files ? [w.files.packet, w.files.signature, w.files.log] : [])),
    revision: written.map((w) => `${w.series.window}/${formatRevision(w.revision)}`).join(', ')
  }
}

function describeEvent(e: PublishEvent): string {
  switch (e.kind) {
    case 'rebuilt':
      return `rebuilt on ${e.tip ?? '(new branch)'}: ${e.commitOid ?? 'nothing to write'}`
    case 'raced':
      return `another run pushed first (remote at ${e.remoteTip ?? '(deleted)'}); retrying in ${e.waitMs} ms`
    case 'pushed':
      return `pushed ${e.commitOid} (attempt ${e.attempt})`
    case 'unchanged':
      return 'the remote already holds this content; nothing to push'
  }
}

export interface ExportAndPublishArgs {
  settings: Settings
  gate: GateResult
  /** $RELEASE_EVIDENCE_SIGNING_KEY and friends, for a key given by neither --key-file nor an input */
  env: Readonly<Record<string, string | undefined>>
  log: Log
  /** progress of the windows exported (the CLI on a terminal) */
  progress?: Progress
}

/** Exports (and, with `publish.push`, publishes) the closure packets; a failed push is returned, not thrown. */
export async function exportAndPublish({ settings, gate, env, log, progress }: ExportAndPublishArgs): Promise<ClosureExport> {
  assertEventAllowed(settings)
  const secrets = { input: settings.signing?.key?.reveal(), env }
  const push = settings.publish
  if (!push?.push) return { result: await exportClosure({ settings, gate, secrets, progress }) }

  const top = await repoTopLevel(settings.workspace)
  const branch = settings.git?.storeBranch || (await openRepository(top).currentBranch())
  if (!branch) {
    throw new UserError({ code: 'REPO_INVALID', message: "HEAD is detached (as on pull_request checkouts), so there is no branch to push the store to; set the 'store-branch' input (--store-branch)" })
  }
  const publish = resolvePublishSettings(push.target)
  const target = await resolveRemoteTarget(top, { ...publish, token: push.token })
  const sync = await syncStoreBranch({ dir: top, target, branch })
  if (sync.deepened) log.info(`Fetched the full history of ${logText(branch)} (the clone was shallow).`)
  if (sync.offline) log.warning(`The remote could not be reached (${logText(sync.offline.detail)}); building on the local ${logText(branch)}.`)

  const ours = new Set<string>()
  const pinned: Settings = { ...settings, git: { ...(settings.git ?? DEFAULT_GIT), storeBranch: branch } }
  let result: ExportClosureResult
  const build = async (base: string | null): Promise<BuiltExport> => {
    await alignBranch(top, branch, base, ours)
    const parent = await openRepository(top).tryResolveRef(`refs/heads/${branch}`)
    result = await exportClosure({ settings: pinned, gate, secrets, progress })
    for (const w of result.windows) if (w.commitOid) ours.add(w.commitOid)
    return builtExport(result, parent)
  }
  const candidate = await build(sync.baseOid)
  try {
    const outcome = await publishStore({
      dir: top,
      target,
      branch,
      candidate,
      rebuildOnTip: build,
      maxAttempts: publish.maxAttempts,
      onEvent: (e) => log.info(`Publish: ${logText(describeEvent(e))}`)
    })
    return { result: result!, publish: outcome }
  } catch (err) {
    if (err instanceof PublishFailedError) return { result: result!, publishError: err }
    throw err
  }
}
