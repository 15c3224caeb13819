import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Defect } from '../findings/defect.js'
import { factsKey, openCache, saveCache, serializeGroup, type GroupEntry, type GroupInputs, type SerializedGroup } from './cache.js'
import { checkContent, finishCheck, groupOf, worktreeDefects, type CheckResult, type ContentResult, type WindowReport } from './check.js'
import type { PacketFamily } from './family.js'
import { openRepository } from '../git/index.js'
import { repoFacts, shallowError, type HistoryScan, type RepoFacts, type TreeFile } from './history.js'
import type { PacketInspector, RevisionFacts } from './inspect.js'
import { artifactPath, parseStorePath, revisionPaths } from './layout.js'
import { foldEvents, type PathState } from './state.js'

// `verify` proves the store from git history: one native log scan, one ls-tree, one cat-file
// batch for the packets whose verdict is not known, then the pure checks of check.ts. With a valid
// cache every step is limited to what is new: the log from the cached tip, and only the groups
// (windows) that a new commit touched or whose tree id changed are listed and re-checked; every
// other group's result comes from the cache. A shallow clone is refused before anything is read:
// its boundary commit would look like the origin of every file.

/** Above this many groups to re-check, one ls-tree of the whole root beats a long pathspec list. */
const LIST_ALL_ABOVE = 256
/** Stored as a group's tree id when its result must not be reused (something in it was signed after `now`). */
const NOT_REUSABLE = '!'

export interface VerifyOptions {
  dir: string
  inspector: PacketInspector
  /** normalized window id; restricts the scan and the report */
  window?: string
  /** false: ignore and do not write the cache (an auditor's full proof) */
  cache?: boolean
  /** what repoFacts(dir) returned, when the caller already asked */
  repo?: RepoFacts
}

export interface VerifyResult extends CheckResult {
  family: string
  root: string
  /** null when the repository has no commits */
  headOid: string | null
  stats: { commits_scanned: number; packets: number; packets_inspected: number; cache: 'off' | 'cold' | 'warm' }
}

/** One group's share of the files at HEAD and of the history state. */
interface Part {
  files: TreeFile[]
  state: PathState
}

type Kept = Map<string, { key: string; facts: RevisionFacts }>

export async function verifyStore(opts: VerifyOptions): Promise<VerifyResult> {
  const { inspector } = opts
  const family = inspector.family
  const { top, shallow, stateDir, head } = opts.repo ?? (await repoFacts(opts.dir))
  if (shallow) throw shallowError()
  const repo = openRepository(top)
  const useCache = opts.cache !== false && opts.window === undefined
  const pathspec = opts.window === undefined ? family.root : `${family.root}/${opts.window}`
  if (head === null) {
    const empty = finishCheck({ family, head: '', window: opts.window }, [], [])
    return { ...empty, family: family.name, root: family.root, headOid: null, stats: { commits_scanned: 0, packets: 0, packets_inspected: 0, cache: useCache ? 'cold' : 'off' } }
  }

  // Every git process is started before the cache body is parsed: spawning from a small heap is
  // cheap, and the log scan, ls-tree and status then run while this process works.
  const folder = useCache ? awaitedLater(repo.listFolder(head, family.root)) : null
  const changing = awaitedLater(repo.worktreeChanges(pathspec))
  const opened = useCache ? await openCache(stateDir, family.name, family.root) : null
  const fullScan = () => awaitedLater(repo.scanHistory({ root: pathspec, until: head, since: null }))
  let fromTip: string | null = null
  let scanning: Promise<HistoryScan>
  if (opened?.tip === head) {
    fromTip = head
    scanning = Promise.resolve({ commits: [], events: [] })
  } else if (opened) {
    // Both questions at once: the log from the tip is dropped if the tip is not an ancestor of HEAD.
    const fromCached = awaitedLater(repo.scanHistory({ root: pathspec, until: head, since: opened.tip }))
    if (await repo.isAncestor(opened.tip, head)) {
      fromTip = opened.tip
      scanning = fromCached
    } else scanning = fullScan()
  } else scanning = fullScan()
  const cache = opened ? opened.parse() : null
  // Group results and history are reusable from an ancestor tip only; verdicts are keyed by
  // content and reusable whenever the fingerprint matches.
  let base = cache && fromTip !== null ? cache : null
  const trusted = cache !== null && cache.fingerprint === inspector.fingerprint
  if (fromTip !== null && !base) {
    // Authentic but unreadable (another format version): the history must be scanned in full.
    scanning = fullScan()
  }
  let scan = await scanning
  const changes = await changing

  // The groups to check now, with what the cache knows about them; the others are taken as they were.
  const trees = new Map<string, string>()
  const rootFiles: TreeFile[] = []
  for (const e of folder ? await folder : []) {
    const name = e.path.slice(family.root.length + 1)
    if (e.type === 'tree') trees.set(name, e.oid)
    else rootFiles.push(e)
  }
  const clean = new Map<string, GroupEntry>()
  const state: PathState = {}
  const verdicts = new Map<string, RevisionFacts>()
  const takeVerdicts = (inputs: GroupInputs | null) => {
    if (trusted && inputs) for (const [k, f] of Object.entries(inputs.facts)) verdicts.set(k, f)
  }
  let files: TreeFile[] | null = null
  if (base) {
    // Dirty: touched by a commit after the tip (even if a later one undid it), a tree that is not
    // the one the result was computed for, edited in the working tree, or not reusable at all.
    const dirty = new Set([''])
    for (const e of scan.events) dirty.add(groupOf(family, e.path))
    for (const path of changes.modified) dirty.add(groupOf(family, path))
    for (const name of new Set([...trees.keys(), ...base.groups.keys()])) {
      const g = base.groups.get(name)
      if (!g || !trusted || g.tree !== (trees.get(name) ?? '') || g.signedMax > inspector.now) dirty.add(name)
    }
    let complete = true
    for (const [name, g] of base.groups) {
      if (!dirty.has(name)) {
        clean.set(name, g)
        continue
      }
      const inputs = g.inputs()
      if (!inputs) complete = false
      else Object.assign(state, inputs.state)
      takeVerdicts(inputs)
    }
    if (complete) {
      const listed = [...dirty].filter((n) => trees.has(n))
      files =
        listed.length > LIST_ALL_ABOVE
          ? (await repo.listTree(head, family.root)).filter((f) => dirty.has(groupOf(family, f.path)))
          : [...rootFiles, ...(await repo.listTree(head, listed.map((n) => `${family.root}/${n}`)))]
    } else {
      // A group's history is gone (its inputs file was removed or damaged): prove everything again.
      base = null
      clean.clear()
      for (const path of Object.keys(state)) delete state[path]
      scan = await fullScan()
    }
  } else if (cache && trusted) {
    for (const g of cache.groups.values()) takeVerdicts(g.inputs())
  }
  files ??= await repo.listTree(head, pathspec)
  foldEvents(state, scan.events, base?.commits ?? 0)

  // Packet verdicts: known by content, inspected in one batch otherwise.
  const byPath = new Map(files.map((f) => [f.path, f]))
  const facts = new Map<string, RevisionFacts>()
  const keep: Kept = new Map()
  const todo: { packet: TreeFile; signature?: TreeFile; key: string }[] = []
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type !== 'artifact' || p.kind !== 'packet') continue
    const signature = byPath.get(artifactPath(family, p.ref, 'signature'))
    const key = factsKey(f.oid, signature?.oid)
    const hit = verdicts.get(key)
    if (hit && !signedAfter(hit, inspector.now)) {
      facts.set(f.path, hit)
      keep.set(f.path, { key, facts: hit })
    } else todo.push({ packet: f, signature, key })
  }
  if (todo.length > 0) {
    const blobs = await repo.readBlobs(todo.flatMap((t) => (t.signature ? [t.packet.oid, t.signature.oid] : [t.packet.oid])))
    for (const [i, t] of todo.entries()) {
      if (i % 250 === 249) await new Promise<void>((r) => setImmediate(r))
      const p = parseStorePath(family, t.packet.path)
      if (p.type !== 'artifact') continue
      const packet = blobs.get(t.packet.oid) ?? Buffer.alloc(0)
      const result = inspector.inspect({ ref: p.ref, path: t.packet.path, packet, signature: t.signature ? blobs.get(t.signature.oid) : undefined })
      facts.set(t.packet.path, result)
      // A verdict made before its own signing instant would be stale once time passes it: not kept.
      if (!signedAfter(result, inspector.now)) keep.set(t.packet.path, { key: t.key, facts: result })
    }
  }

  // Each group to check is checked on its own (check.ts: no rule crosses groups).
  const parts = new Map<string, Part>()
  const part = (path: string): Part => {
    const name = groupOf(family, path)
    let p = parts.get(name)
    if (!p) parts.set(name, (p = { files: [], state: {} }))
    return p
  }
  for (const f of files) part(f.path).files.push(f)
  for (const [path, h] of Object.entries(state)) part(path).state[path] = h
  const windows: WindowReport[] = []
  const defects: Defect[] = []
  const serialized: SerializedGroup[] = []
  for (const [name, p] of parts) {
    const result = checkContent({ family, files: p.files, state: p.state, facts, window: opts.window })
    windows.push(...result.windows)
    defects.push(...result.defects)
    if (useCache) serialized.push(serializeEntry(family, name, p, result, keep, trees.get(name) ?? '', inspector.now))
  }
  for (const g of clean.values()) {
    const result = g.result()
    windows.push(...result.windows)
    defects.push(...result.defects)
    serialized.push({ line: g.line, inputsHash: g.inputsHash })
  }

  // Every group with a working-tree edit was listed above, so `present` answers for each of them.
  const present = new Set(files.map((f) => f.path))
  const worktreeFacts = await inspectWorktree(top, inspector, changes.modified)
  defects.push(...worktreeDefects(family, head, { ...changes, facts: worktreeFacts }, present, opts.window))
  const result = finishCheck({ family, head, window: opts.window }, windows, defects)

  // With nothing new since the cached tip, the file already says all of this.
  if (useCache && (base === null || base.tip !== head || todo.length > 0 || !trusted)) {
    const header = { family: family.name, root: family.root, fingerprint: inspector.fingerprint, commits: (base?.commits ?? 0) + scan.commits.length }
    await saveCache(stateDir, { tip: head, header, groups: serialized })
  }
  const packets = result.windows.reduce((n, w) => n + w.revisions.filter((r) => r.files.packet !== null).length, 0)
  return {
    ...result,
    family: family.name,
    root: family.root,
    headOid: head,
    stats: { commits_scanned: scan.commits.length, packets, packets_inspected: todo.length, cache: !useCache ? 'off' : base ? 'warm' : 'cold' }
  }
}

/**
 * A checked group as the next run needs it. Of the history state, packet origins (published_in,
 * revision order) and every recorded rewrite are kept; envelopes and logs without rewrites are
 * left out: with `-m`, any later conflicting change to them shows up as a modification against
 * some parent, which is a rewrite whether or not the path is remembered.
 */
function serializeEntry(family: PacketFamily, name: string, p: Part, result: ContentResult, keep: Kept, tree: string, now: number): SerializedGroup {
  const state: PathState = {}
  for (const [path, h] of Object.entries(p.state)) {
    const parsed = parseStorePath(family, path)
    if (h.rewrites.length > 0 || (parsed.type === 'artifact' && parsed.kind === 'packet')) state[path] = h
  }
  const verdicts: Record<string, RevisionFacts> = {}
  for (const f of p.files) {
    const k = keep.get(f.path)
    if (k) verdicts[k.key] = k.facts
  }
  let signedMax = 0
  for (const w of result.windows) for (const r of w.revisions) if (r.signed_at_utc !== null) signedMax = Math.max(signedMax, Date.parse(r.signed_at_utc) || 0)
  // The root's own files are always re-checked (a handful); a group holding something signed after
  // `now` carries a time-dependent finding and is re-checked next time too.
  const reusable = name !== '' && signedMax <= now
  return serializeGroup(family.root, name, reusable ? tree : NOT_REUSABLE, signedMax, result, { state, facts: verdicts })
}

/** Marks a promise as handled now (it is awaited later), so an early git failure is not an unhandled rejection. */
function awaitedLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined)
  return p
}

function signedAfter(facts: RevisionFacts, now: number): boolean {
  return facts.signedAt !== null && Date.parse(facts.signedAt) > now
}

/** A locally edited packet or envelope is inspected as it now is, so the report can say why it fails. */
async function inspectWorktree(top: string, inspector: PacketInspector, modified: string[]): Promise<Map<string, RevisionFacts>> {
  const out = new Map<string, RevisionFacts>()
  const family = inspector.family
  for (const path of modified) {
    const p = parseStorePath(family, path)
    if (p.type !== 'artifact' || p.kind === 'log') continue
    const paths = revisionPaths(family, p.ref)
    const packet = await readFile(join(top, paths.packet)).catch(() => undefined)
    if (!packet) continue
    const signature = await readFile(join(top, paths.signature)).catch(() => undefined)
    out.set(path, inspector.inspect({ ref: p.ref, path: paths.packet, packet, signature }))
  }
  return out
}
