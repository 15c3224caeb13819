import * as core from '@actions/core'
import { UserError } from '../../errors.js'
import { openRepository } from '../../git/index.js'
import type { GateResult } from '../../ledger/types.js'
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
} from '../../publish/index.js'
import { logText } from '../../report/escape.js'
import { DEFAULT_GIT, type Settings } from '../../settings.js'
import { exportClosure, type ExportClosureResult } from '../../store/export.js'
import { repoTopLevel } from '../../store/history.js'

// The closure stage's git side, in the order src/publish/index.ts prescribes: refuse unsafe events,
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
  const action = settings.action
  if (!action) return
  const r = action.runner
  const env = { GITHUB_EVENT_NAME: r.eventName || undefined, GITHUB_REPOSITORY: r.repository || undefined }
  assertPublishAllowed(assessPublishEvent({ env, event: r.event, allowUnsafe: action.allowUnsafePrCommit }))
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
    revision: written.map((w) => `${w.series.window}/r${String(w.revision).padStart(3, '0')}`).join(', ')
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

/** Exports (and, with `push`, publishes) the closure packets; a failed push is returned, not thrown. */
export async function exportAndPublish(settings: Settings, gate: GateResult): Promise<ClosureExport> {
  assertEventAllowed(settings)
  const action = settings.action
  if (action && !action.signingKey && !settings.signing?.keyFile) {
    // before any network or git work: the one input this stage cannot do without
    throw new UserError({
      code: 'INPUT_MISSING',
      message: "no signing key: set the 'signing-key' input from a secret, e.g. signing-key: ${{ secrets.RELEASE_EVIDENCE_SIGNING_KEY }} (create a key with 'release-evidence keygen')"
    })
  }
  const secrets = { input: action?.signingKey?.reveal(), env: {} }
  if (!action?.push) return { result: await exportClosure({ settings, gate, secrets }) }

  const top = await repoTopLevel(settings.workspace)
  const branch = settings.git?.storeBranch || (await openRepository(top).currentBranch())
  if (!branch) {
    throw new UserError({ code: 'REPO_INVALID', message: "HEAD is detached (as on pull_request checkouts), so there is no branch to push the store to; set the 'store-branch' input" })
  }
  const publish = settings.publish ?? resolvePublishSettings(action.publish)
  const target = await resolveRemoteTarget(top, { ...publish, token: action.githubToken })
  const sync = await syncStoreBranch({ dir: top, target, branch })
  if (sync.deepened) core.info(`Fetched the full history of ${logText(branch)} (the clone was shallow).`)
  if (sync.offline) core.warning(`The remote could not be reached (${logText(sync.offline.detail)}); building on the local ${logText(branch)}.`)

  const ours = new Set<string>()
  const pinned: Settings = { ...settings, git: { ...(settings.git ?? DEFAULT_GIT), storeBranch: branch } }
  let result: ExportClosureResult
  const build = async (base: string | null): Promise<BuiltExport> => {
    await alignBranch(top, branch, base, ours)
    const parent = await openRepository(top).tryResolveRef(`refs/heads/${branch}`)
    result = await exportClosure({ settings: pinned, gate, secrets })
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
      onEvent: (e) => core.info(`Publish: ${logText(describeEvent(e))}`)
    })
    return { result: result!, publish: outcome }
  } catch (err) {
    if (err instanceof PublishFailedError) return { result: result!, publishError: err }
    throw err
  }
}
