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
