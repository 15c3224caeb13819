import { normalizeNodeId, type LineageEdge, type LineageGraph, type LineageNode } from './graph.js'

// A graph cut into what one query reads (graph-cache.ts stores it so): a query about one window
// of 1,000 parses that window's part and the small shared one, not 15 MB.
//
//   shared   every node no window owns (policy versions, signer identities) and every window node
//            (T3 orders all windows by their first signing), and any edge no window owns
//   w:<id>   a window's revisions and hold states, every edge that starts at one of them or at its
//            window node, and the signer transitions at its revisions (windowSubgraphs' rule)
//   index    which windows a packet id or chain id names (T1), which windows hold hold states
//            (T4), and for each window the others its edges reach or come from (audit)
//
// Every node and edge keeps its place in the whole graph, and a graph assembled from parts lists
// them in that order, so a query over the parts it needs sees what it would see in the whole
// graph, in the same order: the same answer, byte for byte (__tests__/lineage/slices.test.ts).

export type Placed<T> = [number, T]

export interface Part {
  nodes: Placed<LineageNode>[]
  edges: Placed<LineageEdge>[]
}

export interface SliceIndex {
  /** normalized packet ids and chain ids -> the windows with such a revision */
  keys: Record<string, string[]>
  /** windows with at least one hold state */
  holds: string[]
  /** window -> the other windows its part points into or is pointed at from */
  related: Record<string, string[]>
}

export type GraphMeta = Pick<LineageGraph, 'schema_version' | 'store_commit' | 'source_index_sha256'>

export interface Sliced {
  meta: GraphMeta
  shared: Part
  windows: Map<string, Part>
  index: SliceIndex
}

const emptyPart = (): Part => ({ nodes: [], edges: [] })

function ownerOfNode(n: LineageNode): string | undefined {
  return n.type === 'packet_revision' || n.type === 'legal_hold_state' ? n.release_window_id : undefined
}

export function sliceGraph(g: LineageGraph): Sliced {
  const owner = new Map<string, string>()
  const shared = emptyPart()
  const windows = new Map<string, Part>()
  const part = (w: string) => {
    let p = windows.get(w)
    if (!p) windows.set(w, (p = emptyPart()))
    return p
  }
  const keys = new Map<string, Set<string>>()
  const key = (k: string, w: string) => {
    const s = keys.get(k)
    if (s) s.add(w)
    else keys.set(k, new Set([w]))
  }
  const holds = new Set<string>()
  g.nodes.forEach((n, i) => {
    // a window node is shared (T3 reads them all), yet the edges that start at it are its window's
    if (n.type === 'release_window') owner.set(n.id, n.release_window_id)
    const w = ownerOfNode(n)
    if (w === undefined) return void shared.nodes.push([i, n])
    owner.set(n.id, w)
    part(w).nodes.push([i, n])
    if (n.type === 'packet_revision') {
      key(normalizeNodeId(n.packet_id), w)
      key(n.chain, w)
    } else holds.add(w)
  })
  const related = new Map<string, Set<string>>()
  const relate = (a: string, b: string | undefined) => {
    if (b === undefined || a === b) return
    for (const [x, y] of [
      [a, b],
      [b, a]
    ]) {
      const s = related.get(x)
      if (s) s.add(y)
      else related.set(x, new Set([y]))
    }
  }
  g.edges.forEach((e, i) => {
    const w = owner.get(e.from) ?? (e.type === 'signer_transition' && e.revision !== undefined ? owner.get(e.revision) : undefined)
    if (w === undefined) return void shared.edges.push([i, e])
    part(w).edges.push([i, e])
    relate(w, owner.get(e.to))
    if (e.revision !== undefined) relate(w, owner.get(e.revision))
  })
  const sorted = (s: Iterable<string>) => [...s].sort()
  return {
    meta: { schema_version: g.schema_version, store_commit: g.store_commit, source_index_sha256: g.source_index_sha256 },
    shared,
    windows,
    index: {
      keys: Object.fromEntries(sorted(keys.keys()).map((k) => [k, sorted(keys.get(k)!)])),
      holds: sorted(holds),
      related: Object.fromEntries(sorted(related.keys()).map((k) => [k, sorted(related.get(k)!)]))
    }
  }
}

/** The graph of the shared part and these parts, each node and edge once, in its place in the whole graph. */
export function assemble(meta: GraphMeta, parts: readonly Part[]): LineageGraph {
  const nodes = parts.flatMap((p) => p.nodes).sort((a, b) => a[0] - b[0])
  const edges = parts.flatMap((p) => p.edges).sort((a, b) => a[0] - b[0])
  const once = <T>(xs: Placed<T>[]) => xs.filter((x, i) => i === 0 || xs[i - 1][0] !== x[0]).map((x) => x[1])
  return { ...meta, nodes: once(nodes), edges: once(edges) }
}

/**
 * What a query reads of a graph: the whole graph when it was just built, or the parts it needs
 * when read from the cache (graph-cache.ts). Every graph returned holds the shared part.
 */
export interface GraphView {
  /** the revisions a packet id or chain id names (T1) */
  chain(id: string): LineageGraph
  /** these windows (T2, T3) */
  windows(ids: readonly string[]): LineageGraph
  /** every hold state (T4) */
  holds(): LineageGraph
  /** a window, its closure chain and every window its part points to or comes from (audit) */
  audit(window: string): LineageGraph
}

/** A view of a graph in memory: every question gets the whole graph. */
export function wholeView(g: LineageGraph): GraphView {
  return { chain: () => g, windows: () => g, holds: () => g, audit: () => g }
}

/** A view of the parts of a sliced graph; `part` returns a window's part (undefined when it has none). */
export function partsView(meta: GraphMeta, shared: Part, index: SliceIndex, part: (window: string) => Part | undefined): GraphView {
  const windows = (ids: Iterable<string>) => assemble(meta, [shared, ...[...new Set(ids)].flatMap((w) => part(w) ?? [])])
  const keyed = (id: string) => (Object.hasOwn(index.keys, id) ? index.keys[id] : [])
  const related = (ids: readonly string[]) => ids.flatMap((w) => [w, ...(Object.hasOwn(index.related, w) ? index.related[w] : [])])
  return {
    chain: (id) => windows(keyed(normalizeNodeId(id))),
    windows: (ids) => windows(ids),
    holds: () => windows(index.holds),
    audit: (window) => windows(related([window, ...keyed(normalizeNodeId(`closure:${window}`))]))
  }
}
