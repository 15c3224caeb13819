import type { Settings } from '../settings.js'
import type { PacketInspector } from '../store/inspect.js'
import { readPartedResult, readResult, writePartedResult, writeResult } from '../store/result-cache.js'
import { sha256Hex } from '../util/hash.js'
import { LINEAGE_BUILDER_VERSION as BUILDER_VERSION } from './family.js'
import { GRAPH_SCHEMA, type LineageGraph } from './graph.js'
import { assemble, partsView, sliceGraph, type GraphMeta, type GraphView, type Part, type SliceIndex } from './graph-slices.js'

// The graph at a commit, remembered in the verifier's own git directory (store/result-cache.ts:
// HMAC'd under the per-repository key, never in the tree), so a warm `trace`, `audit` or `lineage
// graph` reads one file instead of rescanning history and re-checking every signature.
//
// A graph is reused only for the exact commit it describes and the exact fingerprint below, which
// names everything besides the commit that the graph depends on: this builder's version and
// schema, the pinned trust root, every source inspector's fingerprint (each covers its verifier
// version, the keyring and policies it loaded from the pinned chain), the configured policy paths
// and whether the retention index was hashed. A changed pin, chain tip, keyring or policy is a
// miss. The evaluation instant is handled as the verify cache handles it: verdicts do not depend
// on it once every revision was signed at or before it, so a graph holding a revision signed after
// `now` is neither stored nor reused.
//
// The graph the queries read (trace, audit: built without the retention index) is stored in parts
// (graph-slices.ts, result-cache.ts: one file, one HMAC over all of it), so a warm query about one
// window parses that window's part instead of the 15 MB of 1,000 windows.

export function graphFingerprint(settings: Settings, inspectors: readonly PacketInspector[], index: boolean): string {
  return sha256Hex(JSON.stringify([BUILDER_VERSION, GRAPH_SCHEMA, settings.trust?.root ?? '', inspectors.map((i) => [i.family.name, i.fingerprint]), Object.entries(settings.policies).sort(), index]))
}

function kindOf(index: boolean): string {
  return index ? 'lineage-graph-indexed' : 'lineage-graph'
}

/** The latest signing instant the graph holds, in ms (0 when none). */
function signedMax(g: LineageGraph): number {
  let max = 0
  for (const n of g.nodes) {
    const t = n.type === 'packet_revision' ? n.signed_at_utc : n.type === 'legal_hold_state' ? n.at_utc : ''
    const ms = t === '' ? 0 : Date.parse(t)
    if (Number.isFinite(ms) && ms > max) max = ms
  }
  return max
}

export async function readCachedGraph(stateDir: string, commit: string, fingerprint: string, index: boolean, now: number): Promise<LineageGraph | null> {
  if (!index) {
    const parted = await readSlices(stateDir, commit, fingerprint, now)
    return parted === null ? null : assemble(parted.meta, [parted.shared, ...parted.windows.map((w) => parted.part(w)!)])
  }
  const g = await readResult<LineageGraph>(stateDir, kindOf(index), commit, fingerprint)
  if (g === null || !Array.isArray(g.nodes) || !Array.isArray(g.edges) || g.store_commit !== commit) return null
  return signedMax(g) <= now ? g : null
}

/** The stored query graph as a view that parses only the parts a query asks for, or null. */
export async function readCachedView(stateDir: string, commit: string, fingerprint: string, now: number): Promise<GraphView | null> {
  const parted = await readSlices(stateDir, commit, fingerprint, now)
  return parted === null ? null : partsView(parted.meta, parted.shared, parted.index, parted.part)
}

interface SlicedMeta {
  graph: GraphMeta
  signed_max: number
}

const WINDOW = 'w:'

async function readSlices(stateDir: string, commit: string, fingerprint: string, now: number) {
  const r = await readPartedResult<SlicedMeta>(stateDir, kindOf(false), commit, fingerprint)
  if (r === null || typeof r.meta !== 'object' || r.meta === null || r.meta.graph?.store_commit !== commit || !(typeof r.meta.signed_max === 'number' && r.meta.signed_max <= now)) return null
  const shared = r.part<Part>('shared')
  const index = r.part<SliceIndex>('index')
  if (shared === undefined || index === undefined) return null
  const windows = r.names.filter((n) => n.startsWith(WINDOW)).map((n) => n.slice(WINDOW.length))
  return { meta: r.meta.graph, shared, index, windows, part: (w: string) => r.part<Part>(`${WINDOW}${w}`) }
}

export async function writeCachedGraph(stateDir: string, fingerprint: string, index: boolean, now: number, g: LineageGraph): Promise<void> {
  const max = signedMax(g)
  if (max > now) return
  if (index) {
    await writeResult(stateDir, kindOf(index), g.store_commit, fingerprint, g)
    return
  }
  const s = sliceGraph(g)
  const parts = new Map<string, unknown>([
    ['shared', s.shared],
    ['index', s.index]
  ])
  for (const [w, p] of s.windows) parts.set(`${WINDOW}${w}`, p)
  await writePartedResult(stateDir, kindOf(index), g.store_commit, fingerprint, { graph: s.meta, signed_max: max } satisfies SlicedMeta, parts)
}
