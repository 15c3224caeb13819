import { openRepository } from '../git/index.js'

// Keeping the clone's own branch in step with what the remote holds, without ever losing a
// commit: the local store branch is moved only when the move discards nothing (it is absent, or
// an ancestor of the new tip, or one of our own export commits that a rebuilt export replaced).
// A checked-out branch is moved with `git reset --keep`, which refuses rather than overwrite a
// local modification; refusal leaves everything as it was.

export type LocalBranchUpdate =
  | 'up-to-date'
  | 'created'
  | 'advanced'
  /** checked out and not moved (the caller asked to leave checked-out branches alone, or reset --keep refused) */
  | 'left-checked-out'
  /** has commits the target lacks that are not ours to discard */
  | 'diverged'

export interface AlignArgs {
  dir: string
  branch: string
  target: string
  /** commits this run built and may drop (an export that lost a race and was rebuilt) */
  discardable?: ReadonlySet<string>
  /** move a checked-out branch too (after a push); before the export it is left alone */
  moveCheckedOut: boolean
}

export async function alignLocalBranch(args: AlignArgs): Promise<LocalBranchUpdate> {
  const repo = openRepository(args.dir)
  const ref = `refs/heads/${args.branch}`
  const local = await repo.tryResolveRef(ref)
  if (local === args.target) return 'up-to-date'
  if (local !== null && !args.discardable?.has(local) && !(await repo.isAncestor(local, args.target))) return 'diverged'

  if ((await repo.currentBranch()) === args.branch) {
    if (!args.moveCheckedOut) return 'left-checked-out'
    return (await repo.resetKeep(args.target)) ? 'advanced' : 'left-checked-out'
  }
  // Compare-and-swap on the ref: a concurrent local writer makes this fail instead of being overwritten.
  if (!(await repo.updateRef(ref, args.target, local, 'release-evidence: align with remote'))) return 'diverged'
  return local === null ? 'created' : 'advanced'
}

/**
 * Where an export starts, given the remote's tip of the branch: the tip itself, or the local
 * branch when it is ahead of the tip with store commits only. Ahead is the normal state after a
 * push that failed (401, a network error): its signed revisions are committed here and the
 * re-run pushes them, with whatever it adds on top. Commits that touch anything outside the
 * store are never pushed along; a branch that diverged is never rebased. Both stop with a
 * message that says which of the two it is.
 */
export interface StartingPoint {
  /** the commit the export builds on (null: nothing anywhere, an unborn branch) */
  base: string | null
  /** the local tip carried along when it is ahead of `remoteTip` (its commits are pushed with the export) */
  carried: string | null
}

export type StartProblem = { kind: 'foreign-commits'; paths: string[] } | { kind: 'diverged' }

export async function startingPoint(args: {
  dir: string
  branch: string
  /** the remote's tip (null: the remote has no such branch) */
  remoteTip: string | null
  /** folders the store writes (e.g. closure-packets): carried commits may touch nothing else */
  storeRoots: readonly string[]
  /** commits this run built: dropped, never carried, when the remote moved under them */
  discardable?: ReadonlySet<string>
}): Promise<StartingPoint | StartProblem> {
  const repo = openRepository(args.dir)
  const local = await repo.tryResolveRef(`refs/heads/${args.branch}`)
  const tip = args.remoteTip
  if (local === null || local === tip || args.discardable?.has(local)) return { base: tip, carried: null }
  // The remote has no such branch: the local one is published as it is, history and all.
  if (tip === null) return { base: local, carried: local }
  if (await repo.isAncestor(local, tip)) return { base: tip, carried: null }
  if (!(await repo.isAncestor(tip, local))) return { kind: 'diverged' }
  const foreign = (await repo.changedPaths(tip, local)).filter((p) => !args.storeRoots.some((r) => p.startsWith(`${r}/`)))
  if (foreign.length > 0) return { kind: 'foreign-commits', paths: foreign }
  return { base: local, carried: local }
}
