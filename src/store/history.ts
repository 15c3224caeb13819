import { resolve } from 'node:path'
import { UserError } from '../errors.js'
import { git } from '../git/exec.js'

// History reads go through native git: one `git log --raw` over the store folder and one
// `git cat-file --batch` for the blobs are 10-100x faster than walking objects with
// isomorphic-git (ecosystem notes §5). Output is NUL-separated (-z) so no path is ever unquoted
// or split wrongly.

export interface ChangeEvent {
  commit: string
  /** commit time, epoch seconds (committer date) */
  time: number
  /** A added, M modified, D deleted, T type changed (relative to one parent) */
  status: string
  path: string
  oldOid: string
  newOid: string
  /** position of the commit in parent-before-child order (0 = oldest) */
  order: number
}

export interface HistoryScan {
  /** commits that touched the store, in parent-before-child order */
  commits: string[]
  events: ChangeEvent[]
}

const ZERO = '0000000000000000000000000000000000000000'

export async function isShallowRepo(dir: string): Promise<boolean> {
  const r = await git(['rev-parse', '--is-shallow-repository'], { cwd: dir })
  return r.stdout.toString('utf8').trim() === 'true'
}

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
  const r = await git(['rev-parse', '--show-toplevel'], { cwd: dir, allowFail: true }).catch(() => null)
  if (!r || r.code !== 0) {
    throw new UserError({ code: 'REPO_INVALID', message: `${dir} is not inside a git repository; run in the repository that holds the store (or pass --repo)` })
  }
  return r.stdout.toString('utf8').trim()
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
  // Without commits, rev-parse still prints the first three answers and exits 1 on HEAD.
  const r = await git(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'release-evidence', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, allowFail: true }).catch(() => null)
  const lines = r && r.code <= 1 ? r.stdout.toString('utf8').split('\n') : []
  if (lines.length < 3 || lines[0] === '') {
    throw new UserError({ code: 'REPO_INVALID', message: `${dir} is not inside a git work tree; run in the repository that holds the store (or pass --repo)` })
  }
  const top = lines[0]!
  const head = r!.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lines[3] ?? '') ? lines[3]! : null
  return { top, shallow: lines[1] === 'true', stateDir: resolve(dir, lines[2]!), head }
}

/** HEAD's commit id, or null for a repository without commits. */
export async function headOid(dir: string): Promise<string | null> {
  const r = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, allowFail: true })
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null
}

export async function isAncestor(dir: string, ancestor: string, descendant: string): Promise<boolean> {
  const r = await git(['merge-base', '--is-ancestor', ancestor, descendant], { cwd: dir, allowFail: true })
  return r.code === 0
}

/**
 * Every change under `root` in commits reachable from `until` and not from `since`.
 * --full-history keeps side branches a simplified log would prune (a rewrite that was merged
 * away is still a rewrite); -m diffs a merge against each parent, so an "evil merge" that edits a
 * published file shows up as a modification.
 */
export async function scanHistory(dir: string, opts: { root: string; until: string; since?: string | null }): Promise<HistoryScan> {
  const range = opts.since ? `${opts.since}..${opts.until}` : opts.until
  const r = await git(
    ['log', '-z', '--raw', '--no-renames', '--no-abbrev', '-m', '--full-history', '--topo-order', '--reverse', '--format=%x01%H%x02%ct', range, '--', opts.root],
    { cwd: dir }
  )
  return parseRawLog(r.stdout)
}

export function parseRawLog(out: Buffer): HistoryScan {
  const text = out.toString('utf8')
  const tokens = text.split('\0')
  const commits: string[] = []
  const events: ChangeEvent[] = []
  let commit = ''
  let time = 0
  let order = -1
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!.replace(/^\n/, '')
    if (tok === '') continue
    if (tok.startsWith('\x01')) {
      const [oid, ct] = tok.slice(1).split('\x02')
      if (oid !== commit) {
        commit = oid!
        time = Number(ct)
        commits.push(commit)
        order = commits.length - 1
      }
      continue
    }
    if (tok.startsWith(':')) {
      // :old_mode new_mode old_oid new_oid status, then the path as the next token
      const [, , oldOid, newOid, status] = tok.slice(1).split(' ')
      const path = tokens[++i] ?? ''
      events.push({ commit, time, status: (status ?? '?').charAt(0), path, oldOid: oldOid === ZERO ? '' : oldOid!, newOid: newOid === ZERO ? '' : newOid!, order })
    }
  }
  return { commits, events }
}

export interface TreeFile {
  path: string
  oid: string
  mode: string
}

/** Files under `roots` (folders or files, taken literally) in one commit's tree: one native ls-tree, no per-object reads. */
export async function listTree(dir: string, commit: string, roots: string | readonly string[]): Promise<TreeFile[]> {
  const paths = typeof roots === 'string' ? [roots] : roots
  if (paths.length === 0) return []
  const r = await git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], { cwd: dir })
  return parseTreeListing(r.stdout)
}

/** The entries directly inside the folder `root` (blobs and subtrees with their ids); [] when it does not exist. */
export async function listFolder(dir: string, commit: string, root: string): Promise<(TreeFile & { type: string })[]> {
  const r = await git(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', `${root}/`], { cwd: dir })
  return parseTreeListing(r.stdout)
}

function parseTreeListing(out: Buffer): (TreeFile & { type: string })[] {
  // "<mode> SP <type> SP <oid> TAB <path> NUL", parsed by position: 30,000 entries per full verify.
  const text = out.toString('utf8')
  const files: (TreeFile & { type: string })[] = []
  let pos = 0
  while (pos < text.length) {
    const end = text.indexOf('\0', pos)
    const stop = end < 0 ? text.length : end
    const sp1 = text.indexOf(' ', pos)
    const sp2 = text.indexOf(' ', sp1 + 1)
    const tab = text.indexOf('\t', sp2 + 1)
    if (sp1 > 0 && tab > 0 && tab < stop) files.push({ path: text.slice(tab + 1, stop), oid: text.slice(sp2 + 1, tab), mode: text.slice(pos, sp1), type: text.slice(sp1 + 1, sp2) })
    pos = stop + 1
  }
  return files
}

/** Reads many blobs in one `git cat-file --batch`; a missing object maps to undefined. */
export async function readBlobs(dir: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(oids)]
  const map = new Map<string, Buffer>()
  if (unique.length === 0) return map
  const r = await git(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n` })
  const out = r.stdout
  let pos = 0
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos)
    if (nl < 0) break
    const header = out.toString('latin1', pos, nl)
    const [oid, type, sizeText] = header.split(' ')
    pos = nl + 1
    if (type === 'missing' || sizeText === undefined) continue
    const size = Number(sizeText)
    if (type === 'blob') map.set(oid!, out.subarray(pos, pos + size))
    pos += size + 1
  }
  return map
}

/** Store paths changed in the index or working tree relative to HEAD, plus untracked ones, from one `git status`. */
export async function worktreeChanges(dir: string, root: string): Promise<{ modified: string[]; untracked: string[] }> {
  // --no-optional-locks: verify never writes the repository, not even git's own stat cache.
  const r = await git(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', root], { cwd: dir })
  const modified: string[] = []
  const untracked: string[] = []
  for (const rec of r.stdout.toString('utf8').split('\0')) {
    if (rec.length < 4) continue
    const xy = rec.slice(0, 2)
    const path = rec.slice(3)
    if (xy === '??') untracked.push(path)
    else if (xy !== '!!') modified.push(path)
  }
  return { modified, untracked }
}
