import { resolve } from 'node:path'
import type { Defect } from '../findings/defect.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import type { PacketInspector } from '../store/inspect.js'
import { canonicalSha256 } from '../util/hash.js'
import { displayPath } from '../util/paths.js'
import { storeCommit, withKnownRepo } from '../trust/pin.js'
import { buildGraph } from './build.js'
import { SOURCE_FAMILIES } from './families.js'
import { readGraphFile } from './graph-file.js'
import type { LineageGraph } from './graph.js'
import { graphFingerprint, readCachedGraph, readCachedView, writeCachedGraph } from './graph-cache.js'
import { wholeView, type GraphView } from './graph-slices.js'
import { scanRemembered } from './history-memo.js'
import { openRepository } from '../git/index.js'
import { readSources, resolveAt, retentionPolicyPresent } from './sources.js'
import { rememberedFingerprint, rememberFingerprint, trustedInputsKey } from './trusted-inputs.js'
import { validateGraph } from './validate.js'
import { VerdictMemo } from './verdict-memo.js'

// Building the graph at a commit (with the hash of the retention index it sits on) and checking
// it, or checking a supplied graph. What the CLI commands and the stage call.

export interface Built {
  graph: LineageGraph
  /** the commit the graph describes, and HEAD */
  commit: string
  head: string
  top: string
  /** what the graph was built or read under (graph-cache.ts), for results derived beside it */
  fingerprint: string
  stateDir: string
}

/** What every build and warm read at --at starts from: the commit, where the chain is read, the key of the trusted inputs. */
async function prepare(settings: Settings, at: string | undefined, index: boolean, cache: boolean) {
  const { top, head, commit, stateDir } = await resolveAt(settings, at)
  // the chain is read at the commit verify proves or the store branch's tip when either is set, else HEAD
  const store = settings.trust?.commit !== undefined || settings.git?.storeBranch ? ((await storeCommit(settings)).commit ?? head) : head
  // every inspector and reader below shares these answers instead of asking git again
  const scoped = withKnownRepo(settings, { top, commit: store, head })
  const inputs = { store, head, index }
  const key = cache ? await trustedInputsKey(scoped, inputs) : null
  // warm: the fingerprint these exact trusted inputs gave before, without loading an inspector (trusted-inputs.ts)
  const remembered = key === null ? null : await rememberedFingerprint(stateDir, inputs, key, settings.now)
  return { top, head, commit, stateDir, scoped, inputs, key, remembered }
}

export async function buildAt(settings: Settings, at?: string, opts: { index?: boolean; cache?: boolean } = {}): Promise<Built> {
  const index = opts.index !== false
  const cache = opts.cache !== false
  return buildFrom(settings, await prepare(settings, at, index, cache), index, cache)
}

async function buildFrom(settings: Settings, p: Awaited<ReturnType<typeof prepare>>, index: boolean, cache: boolean): Promise<Built> {
  const { top, head, commit, stateDir, scoped, inputs, key, remembered } = p
  if (remembered !== null) {
    const cached = await readCachedGraph(stateDir, commit, remembered, index, settings.now)
    if (cached) return { graph: cached, commit, head, top, fingerprint: remembered, stateDir }
  }
  const inspectors = await Promise.all(SOURCE_FAMILIES.map((f) => f.inspector(scoped)))
  const fingerprint = graphFingerprint(settings, inspectors, index)
  if (key !== null) await rememberFingerprint(scoped, stateDir, inputs, key, fingerprint)
  // a warm query reads the graph it built before at this exact commit and fingerprint (graph-cache.ts)
  const cached = cache ? await readCachedGraph(stateDir, commit, fingerprint, index, settings.now) : null
  if (cached) return { graph: cached, commit, head, top, fingerprint, stateDir }
  // a build after one new revision judges that revision; the rest were judged before (verdict-memo.ts)
  const memo = cache ? await VerdictMemo.load(stateDir, settings.now) : undefined
  const sourceIndexSha256 = index ? await retentionIndexSha256(scoped, commit, memo ? inspectors.map((i) => memo.wrap(i)) : inspectors, cache ? { top, stateDir, memo } : undefined) : null
  const graph = buildGraph(await readSources({ settings: scoped, commit, sourceIndexSha256, inspectors, memo, historyIn: cache ? stateDir : undefined }))
  if (cache) await writeCachedGraph(stateDir, fingerprint, index, settings.now, graph)
  await memo?.save(stateDir)
  return { graph, commit, head, top, fingerprint, stateDir }
}

export interface Viewed extends Omit<Built, 'graph'> {
  view: GraphView
}

/**
 * The graph the queries read (no retention index hash) at --at, as a view: warm, only the parts a
 * query asks for are parsed (graph-slices.ts); cold, the graph is built (and stored in parts).
 */
export async function viewAt(settings: Settings, at?: string): Promise<Viewed> {
  const p = await prepare(settings, at, false, true)
  if (p.remembered !== null) {
    const view = await readCachedView(p.stateDir, p.commit, p.remembered, settings.now)
    if (view) return { view, commit: p.commit, head: p.head, top: p.top, fingerprint: p.remembered, stateDir: p.stateDir }
  }
  const { graph, ...built } = await buildFrom(settings, p, false, true)
  return { ...built, view: wholeView(graph) }
}

/**
 * The sha256 of the retention index (lesson 115) at the commit, over what does not depend on the
 * moment it is derived (last_verified_utc and purge_eligible do): the same store gives the same
 * hash whenever it is built. Null when the store has no retention policy.
 */
export async function retentionIndexSha256(settings: Settings, commit: string, inspectors?: readonly PacketInspector[], history?: { top: string; stateDir: string; memo?: VerdictMemo }): Promise<string | null> {
  if (!retentionPolicyPresent(settings)) return null
  const { deriveIndex } = await import('../retention/index-cache.js')
  // the inspectors the graph was built with (one per source family, same order), when the caller has them loaded
  const families: FamilySpec[] = SOURCE_FAMILIES.map((f, i) => ({ family: f.family, inspector: async (settings: Settings) => inspectors?.[i] ?? f.inspector(settings), optional: true }))
  // with a state directory, the history is extended from the one remembered there (history-memo.ts)
  const scan = history && ((roots: readonly string[], until: string) => scanRemembered(openRepository(history.top), history.stateDir, roots, until))
  const index = await deriveIndex({ settings, families, at: commit, scan, memo: history?.memo?.retained })
  const rows = index.rows.map(({ last_verified_utc: _l, purge_eligible: _p, ...stable }) => stable)
  return canonicalSha256({ commit: index.commit, policy_sha256: index.policy_sha256, rows, holds: index.holds })
}

export interface CheckResult {
  graph: LineageGraph
  /** the supplied graph file, or null when built from the store */
  file: string | null
  commit: string | null
  defects: Defect[]
  blocking: number
}

export async function runCheck(settings: Settings, opts: { graph?: string; at?: string }): Promise<CheckResult> {
  if (opts.graph !== undefined) {
    const abs = resolve(settings.workspace, opts.graph)
    const file = displayPath(settings.workspace, abs)
    const graph = await readGraphFile(abs, file)
    const defects = validateGraph(graph, file)
    return { graph, file, commit: graph.store_commit || null, defects, blocking: defects.filter((d) => d.severity === 'blocking').length }
  }
  const built = await buildAt(settings, opts.at)
  const defects = validateGraph(built.graph)
  return { graph: built.graph, file: null, commit: built.commit, defects, blocking: defects.filter((d) => d.severity === 'blocking').length }
}
