import { openRepository } from '../git/index.js'
import { NO_PROGRESS, type Progress } from '../report/progress.js'
import { openCache } from './cache.js'
import { finishCheck, groupOf } from './check.js'
import { repoFacts, shallowError, type HistoryScan, type RepoFacts } from './history.js'
import type { PacketInspector } from './inspect.js'
import type { Repository, TreeFile } from '../git/index.js'
import { blobsOf, finishFamily, inspectOne, startFamily, type FamilyRun, type VerifyResult } from './verify-family.js'
import { byRoot as splitByRoot, filesOf, listingPaths, planFamily } from './verify-plan.js'
import type { PacketFamily } from './family.js'

// `verify` proves the store from git history, every registered packet family in one pass: one
// native log scan over all family roots, one ls-tree, one cat-file batch for the packets (of any
// family) whose verdict is not known, then the pure checks of check.ts family by family. With
// valid caches every step is limited to what is new: the log from the cached tip, and only the
// groups (windows) that a new commit touched or whose tree id changed are listed and re-checked;
// every other group's result comes from its family's cache (verify-plan.ts). A shallow clone is
// refused before anything is read: its boundary commit would look like the origin of every file.

export type { VerifyResult } from './verify-family.js'

export interface VerifyOptions {
  dir: string
  /** one per packet family, in registry order */
  inspectors: readonly PacketInspector[]
  /** normalized window id; restricts the scan and the report */
  window?: string
  /** false: ignore and do not write the cache (an auditor's full proof) */
  cache?: boolean
  /** what repoFacts(dir) returned, when the caller already asked */
  repo?: RepoFacts
  /** false: `repo.head` is not the checked-out commit (a store branch), so the working tree is not compared */
  worktree?: boolean
  /** `git merge-base --is-ancestor`, when the caller shares its answers */
  isAncestor?: (ancestor: string, descendant: string) => Promise<boolean>
  /** reads started before the inspectors were built (startFullReads), for a run without cache */
  early?: EarlyReads
  /**
   * Only the windows (groups) this answers true for are checked (a shard of a matrix run,
   * shard.ts). git still reads whole roots; what is split is the reading of packets, their
   * inspection and the checks. The cache is neither read nor written: it holds whole stores.
   */
  only?: (group: string) => boolean
  /** progress of the packets inspected (the CLI on a terminal) */
  progress?: Progress
}

/** The full log scan and listing of a run without cache: they need the family roots, not the inspectors. */
export interface EarlyReads {
  roots: string[]
  scan: Promise<HistoryScan>
  listing: Promise<TreeFile[]>
}

/** Starts the reads a run from the first commit makes, so they run while the inspectors load. */
export function startFullReads(top: string, head: string, roots: readonly string[], window?: string): EarlyReads {
  const repo = openRepository(top)
  const specs = [...new Set(roots.map((r) => (window === undefined ? r : `${r}/${window}`)))]
  return { roots: specs, scan: awaitedLater(repo.scanHistory({ root: specs, until: head, since: null })), listing: awaitedLater(repo.listTree(head, specs)) }
}

const NOTHING: HistoryScan = { commits: [], events: [] }

/** One result per inspector, in the order given. */
export async function verifyFamilies(opts: VerifyOptions): Promise<VerifyResult[]> {
  const { top, shallow, stateDir, head } = opts.repo ?? (await repoFacts(opts.dir))
  if (shallow) throw shallowError()
  const repo = openRepository(top)
  const families = opts.inspectors.map((i) => i.family)
  const useCache = opts.cache !== false && opts.window === undefined && opts.only === undefined
  const specs = families.map((f) => (opts.window === undefined ? f.root : `${f.root}/${opts.window}`))
  // families may share a root (layout.ts ownerOf): git is asked about each folder once
  const gitSpecs = [...new Set(specs)]
  // Every split of paths by family drops the groups outside the shard.
  const only = opts.only
  const byRoot = only
    ? <T>(fams: readonly PacketFamily[], items: readonly T[], path: (t: T) => string, share?: (t: T) => boolean) =>
        splitByRoot(fams, items, path, share).map((part, i) => part.filter((t) => only(groupOf(fams[i], path(t)))))
    : splitByRoot
  const early = !useCache && opts.early && sameList(opts.early.roots, gitSpecs) ? opts.early : undefined
  if (head === null) {
    return families.map((family) => {
      const empty = finishCheck({ family, head: '', window: opts.window }, [], [])
      return { ...empty, family: family.name, root: family.root, headOid: null, stats: { commits_scanned: 0, packets: 0, packets_inspected: 0, cache: useCache ? 'cold' : 'off' } }
    })
  }

  // Every git process is started before the cache bodies are parsed: spawning from a small heap
  // is cheap, and the log scan, ls-tree and status then run while this process works.
  const folder = useCache ? awaitedLater(repo.listFolder(head, [...new Set(families.map((f) => f.root))])) : null
  const changing = opts.worktree === false ? Promise.resolve({ modified: [], untracked: [] }) : awaitedLater(repo.worktreeChanges(gitSpecs))
  const opened = useCache ? await Promise.all(families.map((f) => openCache(stateDir, f.name, f.root))) : families.map(() => null)
  // The caches are written together from one scan, so they name one tip; any other picture (a
  // family without a cache, tips that differ) is proven from the first commit, all in one log.
  const tips = new Set(opened.map((o) => o?.tip ?? ''))
  const tip = tips.size === 1 && !tips.has('') ? [...tips][0] : null
  const fullScan = (paths: string[]) => awaitedLater(repo.scanHistory({ root: paths, until: head, since: null }))
  let fromTip: string | null = null
  let scanning: Promise<HistoryScan>
  if (tip === head) {
    fromTip = head
    scanning = Promise.resolve(NOTHING)
  } else if (tip !== null) {
    // Both questions at once: the log from the tip is dropped if the tip is not an ancestor of HEAD.
    const fromCached = awaitedLater(repo.scanHistory({ root: gitSpecs, until: head, since: tip }))
    const ancestor = opts.isAncestor ?? ((a: string, d: string) => repo.isAncestor(a, d))
    if (await ancestor(tip, head)) {
      fromTip = tip
      scanning = fromCached
    } else scanning = fullScan(gitSpecs)
  } else scanning = early ? early.scan : fullScan(gitSpecs)
  const caches = opened.map((o) => (o ? o.parse() : null))
  // From the first commit, no plan depends on history: the files are listed, read and inspected
  // while the log scan (the longest read) runs, and the history is joined in at the checks.
  const fromStart = fromTip === null
  const scan = fromStart ? NOTHING : await scanning
  const changes = fromStart ? { modified: [], untracked: [] } : await changing

  const events = byRoot(families, scan.events, (e) => e.path)
  const modified = byRoot(families, changes.modified, (p) => p)
  const folders = byRoot(families, folder ? await folder : [], (e) => e.path, (e) => e.type === 'tree')
  const plans = opts.inspectors.map((inspector, i) =>
    planFamily({ inspector, pathspec: specs[i], cache: caches[i] ?? null, fromTip, events: events[i], modified: modified[i], folder: folders[i] })
  )
  // Families whose cache could not be built on: their history from the first commit, in one more log.
  const again = plans.filter((p) => p.full)
  const rescanning = again.length > 0 ? fullScan([...new Set(again.map((p) => p.pathspec))]) : null
  const paths = [...new Set(listingPaths(plans))]
  const listing = fromStart && early && sameList(paths, gitSpecs) ? early.listing : repo.listTree(head, paths)
  const listed = byRoot(families, await listing, (f) => f.path)
  const runs = plans.map((p, i) => startFamily(p, filesOf(p, listed[i])))
  await readAndInspect(repo, runs, opts.progress ?? NO_PROGRESS)
  const history = fromStart ? await scanning : scan
  const worktree = await changing
  const historyEvents = fromStart ? byRoot(families, history.events, (e) => e.path) : events
  const edited = fromStart ? byRoot(families, worktree.modified, (p) => p) : modified
  const untracked = byRoot(families, worktree.untracked, (p) => p)
  const rescan = rescanning ? await rescanning : null
  const rescanned = rescan ? byRoot(families, rescan.events, (e) => e.path) : null

  const results: VerifyResult[] = []
  for (const [i, run] of runs.entries()) {
    const own = run.plan.full && rescan && rescanned
    results.push(
      await finishFamily(run, {
        top,
        head,
        stateDir,
        window: opts.window,
        useCache,
        events: own ? rescanned[i] : historyEvents[i],
        commits: own ? rescan.commits.length : history.commits.length,
        worktree: { modified: edited[i], untracked: untracked[i] }
      })
    )
  }
  return results
}

/** One family on its own (what verifyFamilies does for a list of one). */
export async function verifyStore(opts: Omit<VerifyOptions, 'inspectors'> & { inspector: PacketInspector }): Promise<VerifyResult> {
  const [result] = await verifyFamilies({ ...opts, inspectors: [opts.inspector] })
  return result
}

/** Batches of packets read at once; enough for git to run ahead on the other core, few enough to spawn cheaply. */
const BATCHES = 6
const BATCH_MIN = 200

/**
 * Reads the packets to inspect in a few cat-file batches and inspects each batch as it arrives:
 * inspection no longer waits for the last blob, and git reads the next batch on the other core
 * while this one is inspected.
 */
async function readAndInspect(repo: Repository, runs: readonly FamilyRun[], progress: Progress): Promise<void> {
  const items = runs.flatMap((run) => run.todo.map((t) => ({ run, t })))
  const shown = progress.phase('verify: packets inspected', items.length)
  const size = Math.max(BATCH_MIN, Math.ceil(items.length / BATCHES))
  const parts: (typeof items)[] = []
  for (let s = 0; s < items.length; s += size) parts.push(items.slice(s, s + size))
  const read = (part: typeof items) => awaitedLater(repo.readBlobs(part.flatMap(({ t }) => blobsOf(t))))
  let next = parts.length > 0 ? read(parts[0]) : null
  for (const [k, part] of parts.entries()) {
    const blobs = await next!
    next = k + 1 < parts.length ? read(parts[k + 1]) : null
    for (const [j, { run, t }] of part.entries()) {
      if (j % 250 === 249) await new Promise<void>((r) => setImmediate(r))
      inspectOne(run, t, blobs)
    }
    shown.tick(part.length)
  }
  shown.done()
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Marks a promise as handled now (it is awaited later), so an early git failure is not an unhandled rejection. */
function awaitedLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined)
  return p
}
