import { git } from '../git/exec.js'

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
  const ref = `refs/heads/${args.branch}`
  const local = await revParse(args.dir, ref)
  if (local === args.target) return 'up-to-date'
  if (local !== null && !args.discardable?.has(local) && !(await isAncestor(args.dir, local, args.target))) return 'diverged'

  if (await isCheckedOut(args.dir, ref)) {
    if (!args.moveCheckedOut) return 'left-checked-out'
    const r = await git(['reset', '--quiet', '--keep', args.target], { cwd: args.dir, allowFail: true })
    return r.code === 0 ? 'advanced' : 'left-checked-out'
  }
  // Compare-and-swap on the ref: a concurrent local writer makes this fail instead of being overwritten.
  const r = await git(['update-ref', '-m', 'release-evidence: align with remote', ref, args.target, local ?? ''], { cwd: args.dir, allowFail: true })
  if (r.code !== 0) return 'diverged'
  return local === null ? 'created' : 'advanced'
}

async function revParse(dir: string, ref: string): Promise<string | null> {
  const r = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: dir, allowFail: true })
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null
}

async function isAncestor(dir: string, ancestor: string, descendant: string): Promise<boolean> {
  const r = await git(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir, allowFail: true })
  return r.code === 0
}

async function isCheckedOut(dir: string, ref: string): Promise<boolean> {
  const r = await git(['symbolic-ref', '--quiet', 'HEAD'], { cwd: dir, allowFail: true })
  return r.code === 0 && r.stdout.toString('utf8').trim() === ref
}
