import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Log } from '../lesson.js'
import type { Progress } from '../report/progress.js'
import type { GateResult } from '../ledger/types.js'
import {
  alignLocalBranch,
  assertPublishAllowed,
  configuredRemoteUrl,
  startingPoint,
  type TokenLike,
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
import { CLOSURE_FAMILY } from './family.js'

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

/**
 * Picks where the export starts (the remote tip, or the local branch ahead of it with unpushed
 * store commits: the retry after a failed push) and points the local branch there, never losing
 * a commit. Returns the local tip carried along, if any.
 */
async function prepareBranch(top: string, branch: string, remoteTip: string | null, ours: Set<string>, pushing = true): Promise<string | null> {
  const start = await startingPoint({ dir: top, branch, remoteTip, storeRoots: [CLOSURE_FAMILY.root], discardable: ours })
  const checkedOut = (await openRepository(top).currentBranch()) === branch
  const which = checkedOut ? `the checked-out branch '${branch}'` : `the local store branch '${branch}'`
  // Not pushing, a local branch ahead of the remote with other commits is simply where the
  // packets are built: it already descends from the published chain, and nothing is pushed.
  if ('kind' in start && start.kind === 'foreign-commits' && !pushing) return null
  if ('kind' in start) {
    const fix = checkedOut ? "; or set the 'store-branch' input to a dedicated branch (e.g. release-evidence)" : ''
    throw new UserError({
      code: 'REPO_INVALID',
      message:
        start.kind === 'diverged'
          ? `${which} and the remote's have diverged: each has commits the other lacks (${remoteTip?.slice(0, 12) ?? ''} on the remote), so the closure packets can be built on neither without dropping a commit. Fix: compare them (git log ${branch}...${remoteTip?.slice(0, 12) ?? ''}), then reset the local branch to the remote's or delete it${fix}`
          : `${which} has commits the remote does not have that change files outside ${CLOSURE_FAMILY.root}/ (${start.paths.slice(0, 3).join(', ')}${start.paths.length > 3 ? ', ...' : ''}); they are not store commits, so they are not pushed with the closure packets. Fix: push or drop them${fix}`
    })
  }
  // Carried commits may be dropped like our own when the remote moves under them: the rebuild re-exports their windows.
  if (start.carried !== null && remoteTip !== null) ours.add(start.carried)
  if (start.base === null) return null
  const update = await alignLocalBranch({ dir: top, branch, target: start.base, discardable: ours, moveCheckedOut: true })
  if (update === 'left-checked-out' || update === 'diverged') {
    throw new UserError({
      code: 'REPO_INVALID',
      message: `${which} could not be moved to ${start.base.slice(0, 12)} because local changes would be overwritten; commit or discard them${checkedOut ? ", or set the 'store-branch' input to a dedicated branch" : ''}`
    })
  }
  return start.carried
}

/** `carried`: the local tip the export started from when it was ahead of the remote (pushed even if nothing new is written). */
function builtExport(r: ExportClosureResult, baseOid: string | null, carried: string | null): BuiltExport {
  const written = r.windows.filter((w) => w.action === 'written')
  return {
    commitOid: written.at(-1)?.commitOid ?? carried,
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

/**
 * The remote's tip of the store branch for a run that does not push: fetched when the clone has
 * a remote (its history whole), else the clone's tracking ref; null when there is none.
 */
async function remoteView(top: string, publish: ReturnType<typeof resolvePublishSettings>, token: TokenLike | null, branch: string, log: Log): Promise<string | null> {
  const tracking = `refs/remotes/${publish.remote}/${branch}`
  if (publish.url === null && (await configuredRemoteUrl(top, publish.remote)) === null) return openRepository(top).tryResolveRef(tracking)
  let target: Awaited<ReturnType<typeof resolveRemoteTarget>>
  try {
    target = await resolveRemoteTarget(top, { ...publish, token })
  } catch (err) {
    // Not pushing: a remote release-evidence cannot fetch from (a local path, ssh) is no reason to
    // refuse the export; it builds on what was last fetched, and says so.
    if (!(err instanceof UserError) || err.code !== 'INPUT_INVALID') throw err
    log.warning(`The remote ${logText(publish.remote)} is not one release-evidence fetches from (https only); building on the local ${logText(branch)}.`)
    return null
  }
  const sync = await syncStoreBranch({ dir: top, target, branch })
  if (sync.deepened) log.info(`Fetched the full history of ${logText(branch)} (the clone was shallow).`)
  if (!sync.offline) return sync.remoteTip
  log.warning(`The remote could not be reached (${logText(sync.offline.detail)}); building on the last fetched ${logText(branch)}.`)
  return openRepository(top).tryResolveRef(tracking)
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
  if (!push) return { result: await exportClosure({ settings, gate, secrets, progress }) }

  const top = await repoTopLevel(settings.workspace)
  const branch = settings.git?.storeBranch || (await openRepository(top).currentBranch())
  if (!branch) {
    if (!push.push) return { result: await exportClosure({ settings, gate, secrets, progress }) }
    throw new UserError({ code: 'REPO_INVALID', message: "HEAD is detached (as on pull_request checkouts), so there is no branch to push the store to; set the 'store-branch' input (--store-branch)" })
  }
  const publish = resolvePublishSettings(push.target)
  const pinned: Settings = { ...settings, git: { ...(settings.git ?? DEFAULT_GIT), storeBranch: branch } }
  const ours = new Set<string>()

  if (!push.push) {
    // Not pushing, but still building on the published chain: r002 on the remote's r001, never an orphan r001.
    const remote = await remoteView(top, publish, push.token, branch, log)
    await prepareBranch(top, branch, remote, ours, false)
    return { result: await exportClosure({ settings: pinned, gate, secrets, progress }) }
  }

  const target = await resolveRemoteTarget(top, { ...publish, token: push.token })
  const sync = await syncStoreBranch({ dir: top, target, branch })
  if (sync.deepened) log.info(`Fetched the full history of ${logText(branch)} (the clone was shallow).`)
  if (sync.offline) log.warning(`The remote could not be reached (${logText(sync.offline.detail)}); building on the local ${logText(branch)}.`)

  let result: ExportClosureResult
  const build = async (base: string | null): Promise<BuiltExport> => {
    const carried = await prepareBranch(top, branch, base, ours)
    if (carried !== null && carried !== base) log.info(`The local ${logText(branch)} is ahead of the remote at ${carried}: its unpublished revisions are pushed with this export.`)
    result = await exportClosure({ settings: pinned, gate, secrets, progress })
    for (const w of result.windows) if (w.commitOid) ours.add(w.commitOid)
    return builtExport(result, base, carried !== base ? carried : null)
  }
  const candidate = await build(sync.offline ? sync.baseOid : sync.remoteTip)
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
