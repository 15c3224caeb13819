import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'

// The store's view of the repository it lives in: which repository (the top level), whether its
// history can be trusted (not shallow), and where verify keeps its cache. Every git question goes
// through the Repository in src/git; what remains here is the store's wording when the answer is
// "not a repository" or "shallow".

export type { ChangeEvent, HistoryScan, TreeFile, TreeListing } from '../git/index.js'

export function shallowError(): UserError {
  return new UserError({
    code: 'HISTORY_SHALLOW',
    message:
      'this is a shallow clone: its history is cut off, so it cannot prove where a packet file began or that it was never rewritten. ' +
      "Fetch the full history with 'git fetch --unshallow' (locally), or set 'fetch-depth: 0' on actions/checkout (in a workflow), then run verify again"
  })
}

/** The repository's top level; a directory that is not a git work tree is the user's error. */
export async function repoTopLevel(dir: string): Promise<string> {
  const top = await openRepository(dir).topLevel()
  if (top === null) {
    throw new UserError({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` })
  }
  return top
}

export interface RepoFacts {
  top: string
  shallow: boolean
  /** absolute path of .git/release-evidence (per worktree), where verify keeps its cache */
  stateDir: string
  /** HEAD's commit id, null for a repository without commits */
  head: string | null
}

/** Top level, shallowness, the tool's private directory and HEAD, in one git process. */
export async function repoFacts(dir: string): Promise<RepoFacts> {
  const facts = await openRepository(dir).describe('release-evidence')
  if (facts === null) {
    throw new UserError({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` })
  }
  return { top: facts.top, shallow: facts.shallow, stateDir: facts.gitPath, head: facts.head }
}
