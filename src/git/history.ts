import { BlobBatchReader, parseBlobBatch, parseRawLog, parseStatus, parseTreeListing, type HistoryScan, type TreeFile, type TreeListing } from './parse.js'
import { git, gitStream } from './exec.js'

// The native history reads behind Repository: one `git log --raw` over a folder and one
// `git cat-file --batch` for the blobs are 10-100x faster than walking objects with
// isomorphic-git (ecosystem notes §5). Output is NUL-separated (-z) wherever paths appear.

/**
 * Every change under `root` in commits reachable from `until` and not from `since`.
 * --full-history keeps side branches a simplified log would prune (a rewrite that was merged
 * away is still a rewrite); -m diffs a merge against each parent, so an "evil merge" that edits a
 * published file shows up as a modification.
 */
export async function scanHistory(dir: string, opts: { root: string | readonly string[]; until: string; since?: string | null }): Promise<HistoryScan> {
  const range = opts.since ? `${opts.since}..${opts.until}` : opts.until
  const roots = typeof opts.root === 'string' ? [opts.root] : opts.root
  if (roots.length === 0) return { commits: [], events: [] }
  const r = await git(['log', '-z', '--raw', '--no-renames', '--no-abbrev', '-m', '--full-history', '--topo-order', '--reverse', '--format=%x01%H%x02%ct', range, '--', ...roots], { cwd: dir })
  return parseRawLog(r.stdout)
}

/** Files under `roots` (folders or files, taken literally) in one commit's tree: one native ls-tree, no per-object reads. */
export async function listTree(dir: string, commit: string, roots: string | readonly string[]): Promise<TreeFile[]> {
  const paths = typeof roots === 'string' ? [roots] : roots
  if (paths.length === 0) return []
  // A commit id names its tree for good, so one process asks git once: a lineage build lists the
  // same folders for its graph, the retention index and the strategy digests (a ref is not memoized).
  const key = OID.test(commit) ? JSON.stringify([dir, commit, paths]) : null
  const had = key === null ? undefined : listed.get(key)
  if (had) return [...(await had)]
  const p = git(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], { cwd: dir }).then((r) => parseTreeListing(r.stdout))
  if (key !== null) {
    if (listed.size >= 64) listed.clear()
    listed.set(key, p)
    p.catch(() => listed.delete(key))
  }
  return [...(await p)]
}

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const listed = new Map<string, Promise<TreeFile[]>>()

/** The entries directly inside the folder(s) `root` (blobs and subtrees with their ids); [] when none exists. */
export async function listFolder(dir: string, commit: string, root: string | readonly string[]): Promise<TreeListing[]> {
  const roots = typeof root === 'string' ? [root] : root
  if (roots.length === 0) return []
  const r = await git(['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...roots.map((p) => `${p}/`)], { cwd: dir })
  return parseTreeListing(r.stdout)
}

/** Reads many blobs in one `git cat-file --batch`; a missing object maps to undefined. */
export async function readBlobs(dir: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(oids)]
  if (unique.length === 0) return new Map()
  const r = await git(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n` })
  return parseBlobBatch(r.stdout)
}

/**
 * Reads blobs through one `git cat-file --batch`, handing each to `onBlob` as it arrives, in the
 * order asked (each id once; a missing object as undefined). git reads ahead while the caller
 * works on what has arrived.
 */
export async function streamBlobs(dir: string, oids: readonly string[], onBlob: (oid: string, body: Buffer | undefined) => void): Promise<void> {
  const unique = [...new Set(oids)]
  if (unique.length === 0) return
  const reader = new BlobBatchReader(onBlob)
  await gitStream(['cat-file', '--batch'], { cwd: dir, input: `${unique.join('\n')}\n`, onData: (chunk) => reader.push(chunk) })
}

/** Paths changed in the index or working tree relative to HEAD, plus untracked ones, from one `git status`. */
export async function worktreeChanges(dir: string, pathspec: string | readonly string[]): Promise<{ modified: string[]; untracked: string[] }> {
  const specs = typeof pathspec === 'string' ? [pathspec] : pathspec
  if (specs.length === 0) return { modified: [], untracked: [] }
  // --no-optional-locks: a read never writes the repository, not even git's own stat cache.
  const r = await git(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...specs], { cwd: dir })
  return parseStatus(r.stdout)
}

// Line-level history of one file (the ledger's append-only check): counts first, patches only
// for the commits that removed lines.

const DIFF_FLAGS = ['-U0', '--text', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames']

export async function firstParentNumstat(dir: string, pathspec: string): Promise<string> {
  const r = await git(['log', '--first-parent', '--diff-merges=first-parent', '--numstat', '--text', '--no-renames', '--format=%x00%H', '--', pathspec], { cwd: dir })
  return r.stdout.toString('utf8')
}

export async function worktreeNumstat(dir: string, pathspec: string): Promise<string> {
  const r = await git(['diff', '--numstat', '--text', '--no-renames', 'HEAD', '--', pathspec], { cwd: dir })
  return r.stdout.toString('utf8')
}

export async function commitPatches(dir: string, commits: readonly string[], pathspec: string): Promise<string> {
  const r = await git(['show', '--diff-merges=first-parent', '-p', ...DIFF_FLAGS, '--format=%x00%H', ...commits, '--', pathspec], { cwd: dir })
  return r.stdout.toString('utf8')
}

export async function worktreePatch(dir: string, pathspec: string): Promise<string> {
  const r = await git(['diff', ...DIFF_FLAGS, 'HEAD', '--', pathspec], { cwd: dir })
  return r.stdout.toString('utf8')
}
