import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import { alignLocalBranch, type LocalBranchUpdate } from './local-branch.js'
import { classifyTransportError, fetchBranch, redactUrl, remoteTip, type RemoteTarget, type TransportFailure } from './remote.js'

// actions/checkout fetches one commit by default, and in a depth-1 clone history tools do not
// fail: `git log -- file` names the boundary commit as the one that added every file (ecosystem
// notes §5). A store that trusted that answer would certify lineage it never saw. So before any
// history question the store branch is fetched to its root; if that cannot happen the run stops
// with HISTORY_SHALLOW (exit 2) rather than answer from a cut-off history.
//
// "Complete" is asked of the store branch only: with a dedicated store branch, the checked-out
// code branch may stay shallow (its boundary commit is not reachable from the store tip), and
// deepening it would fetch the whole code history for nothing.

export interface StoreSync {
  /** the remote's tip of the store branch after the fetch; null when the branch does not exist there */
  remoteTip: string | null
  /** the commit the local export should be built on: the remote tip, or the local branch when offline */
  baseOid: string | null
  /** true when a shallow boundary was removed by this sync */
  deepened: boolean
  /** what happened to the local branch (moved to the remote tip unless checked out or diverged) */
  local: LocalBranchUpdate | 'offline' | 'absent-on-remote'
  /** set when the remote could not be reached but the local history of the branch is complete */
  offline?: TransportFailure
}

export interface SyncArgs {
  dir: string
  target: RemoteTarget
  branch: string
}

/**
 * Brings the store branch's history into the clone before the store reads it: one ls-refs, then
 * a fetch of that branch (to full depth when the clone is shallow). Throws UserError
 * HISTORY_SHALLOW when the history stays cut off.
 */
export async function syncStoreBranch({ dir, target, branch }: SyncArgs): Promise<StoreSync> {
  const repo = openRepository(dir)
  const shallowBefore = await repo.shallowCommits()
  let tip: string | null
  try {
    tip = await remoteTip(target, branch)
    if (tip !== null) await fetchCompleteHistory({ dir, target, branch, tip })
  } catch (err) {
    const failure = classifyTransportError(err)
    if (failure === null) throw err
    return offlineSync(dir, target, branch, shallowBefore, failure, err)
  }
  const after = await repo.shallowCommits()
  const deepened = shallowBefore.length > after.length
  if (tip === null) return { remoteTip: null, baseOid: await localBranchTip(dir, target, branch), deepened, local: 'absent-on-remote' }
  // The store builds on refs/heads/<branch>: bring it to the tip so the first export is already right.
  const local = await alignLocalBranch({ dir, branch, target: tip, moveCheckedOut: false })
  return { remoteTip: tip, baseOid: tip, deepened, local }
}

/**
 * Fetches the branch so that the whole history of `tip` is in the clone. A plain fetch comes
 * first: a dedicated store branch shares no commits with the shallow code branch, so it arrives
 * complete and the code branch stays shallow. Only when the history still runs into a shallow
 * boundary is it fetched at full depth, which upload-pack treats as --unshallow (every shallow
 * boundary of the clone is lifted, as measured against git http-backend 2.39).
 * Throws HISTORY_SHALLOW if a boundary remains; transport errors are thrown as they are.
 */
export async function fetchCompleteHistory(args: { dir: string; target: RemoteTarget; branch: string; tip: string }): Promise<void> {
  const { dir, target, branch, tip } = args
  const local = await localBranchTip(dir, target, branch)
  const shallow = await openRepository(dir).shallowCommits()
  // When the local copy already runs into a boundary, the plain fetch would be wasted.
  const deepNow = shallow.length > 0 && local !== null && (await shallowBoundariesReachable(dir, local, shallow)).length > 0
  await fetchBranch(dir, target, branch, { fullDepth: deepNow })
  let cut = await shallowBoundariesReachable(dir, tip)
  if (cut.length > 0 && !deepNow) {
    await fetchBranch(dir, target, branch, { fullDepth: true })
    cut = await shallowBoundariesReachable(dir, tip)
  }
  if (cut.length > 0) throw shallowHistoryError(branch, `${cut.length} shallow boundary commit(s) remain after fetching ${redactUrl(target.url)} to full depth`)
}

/** Without the remote, the local branch may still answer history questions if nothing cuts it off. */
async function offlineSync(dir: string, target: RemoteTarget, branch: string, shallow: string[], failure: TransportFailure, cause: unknown): Promise<StoreSync> {
  const local = await localBranchTip(dir, target, branch)
  const cut = local === null ? [] : await shallowBoundariesReachable(dir, local, shallow)
  if (cut.length > 0 || (local === null && shallow.length > 0)) {
    throw shallowHistoryError(branch, `the remote ${redactUrl(target.url)} could not be reached to deepen it (${failure.detail})`, cause)
  }
  return { remoteTip: null, baseOid: local, deepened: false, local: 'offline', offline: failure }
}

/** The local view of the branch: the local branch if it exists, else the tracking ref. */
export async function localBranchTip(dir: string, target: RemoteTarget, branch: string): Promise<string | null> {
  const repo = openRepository(dir)
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/${target.remote}/${branch}`]) {
    const oid = await repo.tryResolveRef(ref)
    if (oid !== null) return oid
  }
  return null
}

/** The shallow boundary commits that `tip`'s history runs into (empty: the history is complete). */
export async function shallowBoundariesReachable(dir: string, tip: string, known?: string[]): Promise<string[]> {
  const repo = openRepository(dir)
  const shallow = known ?? (await repo.shallowCommits())
  const cut: string[] = []
  for (const oid of shallow) if (await repo.isAncestor(oid, tip)) cut.push(oid)
  return cut
}

/** Throws HISTORY_SHALLOW unless the history of `tip` is complete in this clone. */
export async function assertCompleteHistory(dir: string, branch: string, tip: string): Promise<void> {
  const cut = await shallowBoundariesReachable(dir, tip)
  if (cut.length > 0) throw shallowHistoryError(branch, `its history stops at shallow commit ${cut[0]}`)
}

export function shallowHistoryError(branch: string, why: string, cause?: unknown): UserError {
  return new UserError({
    code: 'HISTORY_SHALLOW',
    message:
      `the history of store branch '${branch}' is cut off in this clone (a shallow checkout), and ${why}; ` +
      'a cut-off history cannot prove when a packet was added or that it was never rewritten',
    problems: [
      {
        file: '.git/shallow',
        message: 'shallow clone',
        fix: "set 'fetch-depth: 0' on actions/checkout (or run 'git fetch --unshallow' locally), then run again"
      }
    ],
    cause
  })
}
