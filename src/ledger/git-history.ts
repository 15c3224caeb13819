import { basename, dirname } from 'node:path'
import { openRepository } from '../git/index.js'

/**
 * Append-only check over the ledger file's git history.
 *
 * An append-only ledger only ever gains lines. So every commit that touched the file (on the
 * first-parent chain, each diffed against its first parent, which also covers what merges
 * brought in) plus uncommitted changes against HEAD is read as one `git log -p -U0` stream, and
 * any removed line is a row that was rewritten or deleted in place. A removed line that the same
 * commit adds back verbatim (reordering, a trailing newline fixed) is not a rewrite.
 *
 * When the history cannot prove anything the report says so instead of guessing: a shallow
 * clone's oldest commit looks as if it created the file, so shallow clones are not scanned.
 */
export type HistoryStatus = 'checked' | 'not-a-repo' | 'shallow' | 'untracked'

export interface HistoryRewrite {
  /** full commit id, or '' for uncommitted changes in the working tree */
  commit: string
  /** the line's number in the version before that commit */
  line: number
  /** the removed line, without its line ending */
  text: string
}

export interface HistoryReport {
  status: HistoryStatus
  /** commits that touched the file */
  commits: number
  rewrites: HistoryRewrite[]
}

export async function scanLedgerHistory(absPath: string): Promise<HistoryReport> {
  const cwd = dirname(absPath)
  const spec = `:(literal)${basename(absPath)}`
  const none = (status: HistoryStatus): HistoryReport => ({
    status,
    commits: 0,
    rewrites: []
  })

  const repo = openRepository(cwd)
  if (!(await repo.isInsideWorkTree())) return none('not-a-repo')
  if (await repo.isShallow()) return none('shallow')
  const tracked = await repo.isTracked(spec)
  const head = await repo.headOid()
  if (!tracked || head === null) return none('untracked')

  // Line counts first: an append-only history (the usual case) removes nothing, and then no patch
  // is read at all. Reading every commit's patch of a 100,000-row ledger cost a second of the run
  // and 100 MB; now only the commits that removed lines are read.
  const { commits, removing } = parseNumstat(await repo.firstParentNumstat(spec))
  const changed = await repo.worktreeNumstat(spec)
  const rewrites: HistoryRewrite[] = []
  if (removing.length > 0) rewrites.push(...parseRemovals(await repo.commitPatches(removing, spec)).rewrites)
  if (parseNumstat(`\u0000\n${changed}`).removing.length > 0) {
    rewrites.push(...parseRemovals(`\u0000\n${await repo.worktreePatch(spec)}`).rewrites)
  }
  return { status: 'checked', commits, rewrites }
}

/** Parses `git log --numstat --format=%x00%H` (or numstat behind a `\0` line): commits, and those that removed lines. */
export function parseNumstat(text: string): {
  commits: number
  removing: string[]
} {
  let commits = 0
  let commit = ''
  const removing: string[] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('\u0000')) {
      commit = line.slice(1).trim()
      if (commit !== '') commits++
      continue
    }
    // added <TAB> removed <TAB> path; '-' counts for a binary change, which --text rules out
    const removed = line.split('\t')[1]
    if (removed !== undefined && removed !== '0' && (removing.length === 0 || removing[removing.length - 1] !== commit)) removing.push(commit)
  }
  return { commits, removing }
}

/** Parses `git log -p -U0 --format=%x00%H` (or a diff behind a `\0` line) into removed lines. */
export function parseRemovals(text: string): {
  commits: number
  rewrites: HistoryRewrite[]
} {
  const rewrites: HistoryRewrite[] = []
  let commits = 0
  let commit = ''
  let removed: HistoryRewrite[] = []
  let added = new Set<string>()
  let oldLine = 0
  let inHunk = false
  const flush = (): void => {
    for (const r of removed) if (r.text.trim() !== '' && !added.has(r.text)) rewrites.push(r)
    removed = []
    added = new Set()
  }
  for (const raw of text.split('\n')) {
    if (raw.startsWith('\u0000')) {
      flush()
      commit = raw.slice(1).trim()
      if (commit !== '') commits++
      inHunk = false
      continue
    }
    if (raw.startsWith('diff --git ')) {
      inHunk = false
      continue
    }
    const hunk = raw.startsWith('@@') ? /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(raw) : null
    if (hunk) {
      oldLine = Number(hunk[1])
      inHunk = true
      continue
    }
    if (!inHunk) continue
    const line = raw.replace(/\r$/, '')
    if (line.startsWith('-')) removed.push({ commit, line: oldLine++, text: line.slice(1) })
    else if (line.startsWith('+')) added.add(line.slice(1))
  }
  flush()
  return { commits, rewrites }
}
