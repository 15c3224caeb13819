import { openRepository } from '../git/index.js'
import { NO_PROGRESS, type Progress } from '../report/progress.js'
import { openCache, type OpenedCache } from './cache.js'
import { finishCheck, groupOf } from './check.js'
import { repoFacts, shallowError, type HistoryScan, type RepoFacts } from './history.js'
import type { PacketInspector } from './inspect.js'
import type { Repository, TreeFile, TreeListing } from '../git/index.js'
import { blobsOf, finishFamily, recordFacts, startFamily, type FamilyRun, type VerifyResult } from './verify-family.js'
import { inspectAt, type InspectWorker, type WorkItem } from './inspect-pool.js'
import type { RevisionFacts } from './inspect.js'
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
  /** reads started before the inspectors were built (startReads), for a run with cache */
  started?: StartedReads
  /** a second thread for inspection (inspect-pool.ts), used when there are many packets; closed by the caller */
  inspectWorker?: InspectWorker
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

  const started = opts.started && opts.started.key === readsKey(families, gitSpecs, useCache, opts.worktree !== false) ? opts.started.reads : null
  const { folder, changing, opened, fromTip, scanning } = await (started ?? openReads({ repo, families, gitSpecs, head, stateDir, useCache, worktree: opts.worktree !== false, isAncestor: opts.isAncestor, early }))
  const fullScan = (paths: string[]) => awaitedLater(repo.scanHistory({ root: paths, until: head, since: null }))
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
  await readAndInspect(repo, runs, opts.progress ?? NO_PROGRESS, opts.inspectWorker)
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

interface OpenedReads {
  folder: Promise<TreeListing[]> | null
  changing: Promise<{ modified: string[]; untracked: string[] }>
  opened: (OpenedCache | null)[]
  fromTip: string | null
  scanning: Promise<HistoryScan>
}

/** The git reads a run starts before it needs the inspectors: what they are for (families, roots, modes) and the reads. */
export interface StartedReads {
  key: string
  reads: Promise<OpenedReads>
}

function readsKey(families: readonly PacketFamily[], gitSpecs: readonly string[], useCache: boolean, worktree: boolean): string {
  return JSON.stringify([families.map((f) => [f.name, f.root]), gitSpecs, useCache, worktree])
}

/**
 * Starts a cached run's reads (the folder listing, the working-tree status, the caches, the log
 * from their tip) from the families alone, so they run while the inspectors load their trust.
 * verifyFamilies uses them only when they were started for the same families and modes.
 */
export function startReads(facts: RepoFacts, families: readonly PacketFamily[], isAncestor?: (a: string, d: string) => Promise<boolean>): StartedReads | undefined {
  if (facts.head === null || facts.shallow) return undefined
  const gitSpecs = [...new Set(families.map((f) => f.root))]
  const reads = openReads({ repo: openRepository(facts.top), families, gitSpecs, head: facts.head, stateDir: facts.stateDir, useCache: true, worktree: true, isAncestor })
  return { key: readsKey(families, gitSpecs, true, true), reads: awaitedLater(reads) }
}

async function openReads(a: {
  repo: Repository
  families: readonly PacketFamily[]
  gitSpecs: string[]
  head: string
  stateDir: string
  useCache: boolean
  worktree: boolean
  isAncestor?: (a: string, d: string) => Promise<boolean>
  early?: EarlyReads
}): Promise<OpenedReads> {
  const { repo, families, gitSpecs, head, stateDir, useCache } = a
  // Every git process is started before the cache bodies are parsed: spawning from a small heap
  // is cheap, and the log scan, ls-tree and status then run while this process works.
  const folder = useCache ? awaitedLater(repo.listFolder(head, [...new Set(families.map((f) => f.root))])) : null
  const changing = a.worktree ? awaitedLater(repo.worktreeChanges(gitSpecs)) : Promise.resolve({ modified: [], untracked: [] })
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
    const ancestor = a.isAncestor ?? ((x: string, d: string) => repo.isAncestor(x, d))
    if (await ancestor(tip, head)) {
      fromTip = tip
      scanning = fromCached
    } else scanning = fullScan(gitSpecs)
  } else scanning = a.early ? a.early.scan : fullScan(gitSpecs)
  return { folder, changing, opened, fromTip, scanning }
}

/** One family on its own (what verifyFamilies does for a list of one). */
export async function verifyStore(opts: Omit<VerifyOptions, 'inspectors'> & { inspector: PacketInspector }): Promise<VerifyResult> {
  const [result] = await verifyFamilies({ ...opts, inspectors: [opts.inspector] })
  return result
}

/** Below this many packets a worker does not pay for itself (it builds its own inspectors first). */
const POOL_MIN = 500
/** Packets per message to the worker, and how many it may hold before this thread inspects them itself. */
const POOL_BATCH = 16
const POOL_AHEAD = 64

/**
 * Reads the packets to inspect through one streaming `git cat-file --batch` and inspects each
 * packet as soon as its blobs have arrived: git reads ahead on the other core while this process
 * inspects, and nothing waits for the last blob. With an inspect worker (a full verify), packets
 * go to it while it has room and are inspected here otherwise, so both threads work. The facts are
 * recorded in the order of the list at the end, whoever computed them: results do not depend on
 * timing. A blob is dropped once the last packet that needs it has been inspected or handed on.
 */
async function readAndInspect(repo: Repository, runs: readonly FamilyRun[], progress: Progress, worker?: InspectWorker): Promise<void> {
  const items = runs.flatMap((run) => run.todo.map((t) => ({ run, t, blobs: blobsOf(t) })))
  const shown = progress.phase('verify: packets inspected', items.length)
  const lastUse = new Map<string, number>()
  for (const [k, item] of items.entries()) for (const oid of item.blobs) lastUse.set(oid, k)
  const used = runs.filter((r) => r.todo.length > 0)
  const pool = worker && items.length >= POOL_MIN ? worker.pool(used.map((r) => r.plan.inspector)) : undefined
  const familyOf = new Map(used.map((r, i) => [r, i]))
  const results: (RevisionFacts | null)[] = new Array<RevisionFacts | null>(items.length).fill(null)
  const arrived = new Map<string, Buffer>()
  const seen = new Set<string>()
  const answered: Promise<void>[] = []
  let batch: { k: number; work: WorkItem }[] = []
  const inspectHere = (k: number, w: WorkItem) => {
    results[k] = inspectAt(items[k].run.plan.inspector, w.path, w.packet, w.signature)
  }
  const flush = () => {
    if (batch.length === 0 || !pool) return
    const mine = batch
    batch = []
    answered.push(
      pool
        .submit(mine.map((b) => b.work))
        .then((facts) => {
          for (const [j, { k, work }] of mine.entries()) {
            if (facts === null) inspectHere(k, work)
            else results[k] = facts[j]
          }
          shown.tick(mine.length)
        })
    )
  }
  let next = 0
  const inspectReady = (all: boolean) => {
    while (next < items.length && (all || items[next].blobs.every((oid) => seen.has(oid)))) {
      const { run, t, blobs } = items[next]
      const work: WorkItem = { family: familyOf.get(run)!, path: t.packet.path, packet: arrived.get(t.packet.oid) ?? Buffer.alloc(0), signature: t.signature ? arrived.get(t.signature.oid) : undefined }
      if (pool && pool.ready() && pool.outstanding() + batch.length < POOL_AHEAD) {
        batch.push({ k: next, work })
        if (batch.length >= POOL_BATCH) flush()
      } else {
        inspectHere(next, work)
        shown.tick(1)
      }
      for (const oid of blobs) if (lastUse.get(oid) === next) arrived.delete(oid)
      next++
    }
  }
  try {
    await repo.streamBlobs(
      items.flatMap((i) => i.blobs),
      (oid, body) => {
        seen.add(oid)
        if (body !== undefined) arrived.set(oid, body)
        inspectReady(false)
      }
    )
    inspectReady(true)
    flush()
    await Promise.all(answered)
  } finally {
    pool?.close()
  }
  for (const [k, { run, t }] of items.entries()) {
    const facts = results[k]
    if (facts !== null) recordFacts(run, t, facts)
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
