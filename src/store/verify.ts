import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { factsKey, openCache, saveCache } from './cache.js'
import { checkStore, type CheckResult } from './check.js'
import { headOid, isAncestor, listTree, readBlobs, repoFacts, scanHistory, shallowError, worktreeChanges, type HistoryScan, type TreeFile } from './history.js'
import type { PacketInspector, RevisionFacts } from './inspect.js'
import { artifactPath, parseStorePath, revisionPaths } from './layout.js'
import { foldEvents, type PathState } from './state.js'

// `verify` proves the store from git history: one native log scan (from the cached tip when the
// cache is valid), one ls-tree of HEAD, one cat-file batch for the blobs whose verdict is not
// cached, then the pure checks of check.ts. A shallow clone is refused before anything is read:
// its boundary commit would look like the origin of every file.

const REFRESH_COMMITS = 64
const REFRESH_PACKETS = 256

export interface VerifyOptions {
  dir: string
  inspector: PacketInspector
  /** normalized window id; restricts the scan and the report */
  window?: string
  /** false: ignore and do not write the cache (an auditor's full proof) */
  cache?: boolean
}

export interface VerifyResult extends CheckResult {
  family: string
  root: string
  /** null when the repository has no commits */
  headOid: string | null
  stats: { commits_scanned: number; packets: number; packets_inspected: number; cache: 'off' | 'cold' | 'warm' }
}

export async function verifyStore(opts: VerifyOptions): Promise<VerifyResult> {
  const { inspector } = opts
  const family = inspector.family
  const { top, shallow, stateDir } = await repoFacts(opts.dir)
  if (shallow) throw shallowError()
  const head = await headOid(top)
  const useCache = opts.cache !== false && opts.window === undefined
  const pathspec = opts.window === undefined ? family.root : `${family.root}/${opts.window}`
  if (head === null) {
    const empty = checkStore({ family, head: '', files: [], state: {}, facts: new Map(), worktree: { modified: [], untracked: [], facts: new Map() }, window: opts.window })
    return { ...empty, family: family.name, root: family.root, headOid: null, stats: { commits_scanned: 0, packets: 0, packets_inspected: 0, cache: useCache ? 'cold' : 'off' } }
  }

  // Every git process is started before the cache body is parsed: spawning from a small heap is
  // cheap, and the log scan, ls-tree and working-tree diff then run while this process works.
  const listing = awaitedLater(listTree(top, head, pathspec))
  const changing = awaitedLater(worktreeChanges(top, pathspec))
  const opened = useCache ? await openCache(stateDir, family.name, family.root) : null
  const fromTip = opened && (opened.tip === head || (await isAncestor(top, opened.tip, head))) ? opened.tip : null
  let scanning: Promise<HistoryScan> = fromTip === head ? Promise.resolve({ commits: [], events: [] }) : awaitedLater(scanHistory(top, { root: pathspec, until: head, since: fromTip }))
  // Verdicts are keyed by content, so they are reused even when the history state is not.
  const cached = opened ? opened.parse() : null
  const base = cached && fromTip !== null ? cached : null
  if (fromTip !== null && !base) {
    // Authentic but unreadable (another format version): the history must be scanned in full.
    scanning = awaitedLater(scanHistory(top, { root: pathspec, until: head, since: null }))
  }
  const files = await listing

  // Packet verdicts: cached by content, inspected in one batch otherwise.
  const byPath = new Map(files.map((f) => [f.path, f]))
  const facts = new Map<string, RevisionFacts>()
  const keep: Record<string, RevisionFacts> = {}
  const todo: { packet: TreeFile; signature?: TreeFile; key: string }[] = []
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type !== 'artifact' || p.kind !== 'packet') continue
    const signature = byPath.get(artifactPath(family, p.ref, 'signature'))
    const key = factsKey(inspector.fingerprint, f.oid, signature?.oid)
    const hit = cached?.facts[key]
    if (hit && !signedAfter(hit, inspector.now)) {
      facts.set(f.path, hit)
      keep[key] = hit
    } else todo.push({ packet: f, signature, key })
  }
  if (todo.length > 0) {
    const blobs = await readBlobs(top, todo.flatMap((t) => (t.signature ? [t.packet.oid, t.signature.oid] : [t.packet.oid])))
    for (const [i, t] of todo.entries()) {
      if (i % 250 === 249) await new Promise<void>((r) => setImmediate(r))
      const p = parseStorePath(family, t.packet.path)
      if (p.type !== 'artifact') continue
      const packet = blobs.get(t.packet.oid) ?? Buffer.alloc(0)
      const result = inspector.inspect({ ref: p.ref, path: t.packet.path, packet, signature: t.signature ? blobs.get(t.signature.oid) : undefined })
      facts.set(t.packet.path, result)
      keep[t.key] = result
    }
  }

  const scan = await scanning
  const state: PathState = foldEvents(base ? base.state : {}, scan.events, base?.commits ?? 0)
  const changes = await changing
  const worktreeFacts = await inspectWorktree(top, inspector, changes.modified)

  const result = checkStore({ family, head, files, state, facts, worktree: { ...changes, facts: worktreeFacts }, window: opts.window })
  // Rewriting the cache costs about as much as reading it, so a warm verify leaves it alone until
  // enough is new: the next run scans from the older tip, which is still proportional to what is
  // new (at most REFRESH_COMMITS commits and REFRESH_PACKETS packets).
  const refresh = base === null || scan.commits.length >= REFRESH_COMMITS || todo.length >= REFRESH_PACKETS
  if (useCache && refresh) {
    await saveCache(stateDir, { family: family.name, root: family.root, tip: head, commits: (base?.commits ?? 0) + scan.commits.length, state: cachedState(family, state), facts: keep })
  }
  return {
    ...result,
    family: family.name,
    root: family.root,
    headOid: head,
    stats: { commits_scanned: scan.commits.length, packets: facts.size, packets_inspected: todo.length, cache: !useCache ? 'off' : base ? 'warm' : 'cold' }
  }
}

/**
 * What the next run needs from the history state: packet origins (published_in, revision order)
 * and every recorded rewrite. Envelopes and logs without rewrites are left out: with `-m`, any
 * later conflicting change to them shows up as a modification against some parent, which is a
 * rewrite whether or not the path is remembered.
 */
function cachedState(family: VerifyOptions['inspector']['family'], state: PathState): PathState {
  const out: PathState = {}
  for (const [path, h] of Object.entries(state)) {
    if (h.rewrites.length > 0) out[path] = h
    else {
      const p = parseStorePath(family, path)
      if (p.type === 'artifact' && p.kind === 'packet') out[path] = h
    }
  }
  return out
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
