import { canonicalSha256 } from '../util/hash.js'

// The lineage graph as data: typed nodes and typed edges, the schema the builder writes and the
// validator reads (a supplied graph too). The node and edge types are the contract: nothing adds
// a type outside this file. Output is deterministic: nodes sorted by id, edges by (type, from, to),
// keys sorted by the canonical JSON every hash is taken over.

export const GRAPH_SCHEMA = 'release-evidence/lineage-graph/v1'

export const NODE_TYPES = ['packet_revision', 'release_window', 'policy_version', 'signer_identity', 'legal_hold_state'] as const
/**
 * The seed's five edge types, `signer_transition` (its step 5), and the three that tie a strategy
 * approval, an outcome review and a divergence record to the packet revision they are about
 * (lesson 120's A8 and step 12).
 */
export const EDGE_TYPES = ['supersedes', 'belongs_to_window', 'evaluated_under_policy', 'signed_by', 'hold_state_transition', 'signer_transition', 'approves', 'reviews', 'diverges_from'] as const

export type NodeType = (typeof NODE_TYPES)[number]
export type EdgeType = (typeof EDGE_TYPES)[number]

export interface PolicyClaim {
  kind: string
  sha256: string
  /** claimed: the revision names the hash; in-force: the family names none, the one in force at signing is meant */
  basis: 'claimed' | 'in-force'
}

export interface RevisionNode {
  id: string
  type: 'packet_revision'
  family: string
  /** the packet lineage the revision belongs to: family, window and series key */
  chain: string
  release_window_id: string
  series_key: string | null
  packet_id: string
  revision: number
  digest: string
  supersedes_digest: string | null
  signer_id: string
  key_id: string
  signer_role: string
  signed_at_utc: string
  path: string
  commit: string
  signature_verified: boolean
  /** the highest revision of its chain in the tree: the store's latest pointer */
  is_latest: boolean
}

export interface WindowNode {
  id: string
  type: 'release_window'
  release_window_id: string
  first_signed_utc: string
}

export interface PolicyInterval {
  from_utc: string
  until_utc: string | null
  commit: string
}

export interface PolicyNode {
  id: string
  type: 'policy_version'
  kind: string
  sha256: string
  path: string
  /** policy_version_id in the policy, null when it has none */
  policy_version_id: string | null
  introduced_commit: string
  effective_utc: string
  /** policy: effective_utc written in the policy; commit-time: none, so the introducing commit's time (unverified) */
  effective_source: 'policy' | 'commit-time'
  /** when this version was the one in force (it may return after a revert) */
  in_force: PolicyInterval[]
}

export interface SignerNode {
  id: string
  type: 'signer_identity'
  signer_id: string
}

export interface HoldNode {
  id: string
  type: 'legal_hold_state'
  hold_id: string
  release_window_id: string
  state: 'active' | 'released'
  reason: string
  owner: string
  at_utc: string
  signer_id: string
  path: string
  commit: string
  signature_verified: boolean
}

export type LineageNode = RevisionNode | WindowNode | PolicyNode | SignerNode | HoldNode

export interface TransitionContext {
  from_signer_id: string
  reason: string
  approved_by: string
  approved_at_utc: string
  /** the keyring commit that recorded it */
  commit: string
}

export interface LineageEdge {
  type: EdgeType
  from: string
  to: string
  /** when the edge came to be (a signing instant), where it has one */
  at_utc?: string
  /** evaluated_under_policy */
  basis?: 'claimed' | 'in-force'
  in_force?: boolean
  /** signed_by: the key that signed (a rotation keeps the signer, changes the key) */
  key_id?: string
  /** hold_state_transition: activate | release */
  transition?: 'activate' | 'release'
  reason?: string
  owner?: string
  /** signer_transition: the revision the new signer signed first, and what explains the change */
  revision?: string
  context?: TransitionContext | null
  /** approves: the decision */
  decision?: string
}

export interface LineageGraph {
  schema_version: string
  /** the commit the graph describes */
  store_commit: string
  /** sha256 of the retention index (lesson 115) at that commit, null without a retention policy */
  source_index_sha256: string | null
  nodes: LineageNode[]
  edges: LineageEdge[]
}

export const nodeId = {
  revision: (chain: string, revision: number) => `rev:${chain}:r${String(revision).padStart(3, '0')}`,
  window: (window: string) => `window:${window}`,
  policy: (kind: string, sha256: string) => `policy:${kind}:${sha256}`,
  signer: (signerId: string) => `signer:${signerId}`,
  hold: (window: string, holdId: string, state: 'active' | 'released') => `hold:${window}:${holdId}:${state}`
}

export function chainId(family: string, window: string, key: string | null): string {
  return key === null ? `${family}:${window}` : `${family}:${window}:${key}`
}

/** Casing and separators are not identity: `RW_2026 A` and `rw-2026-a` are one id (the seed's step 2). */
export function normalizeNodeId(id: string): string {
  return id
    .split(':')
    .map((part) =>
      part
        .trim()
        .toLowerCase()
        .replace(/[\s_.]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '')
    )
    .join(':')
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareEdges(a: LineageEdge, b: LineageEdge): number {
  return cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.at_utc ?? '', b.at_utc ?? '')
}

/** Nodes by id, edges by type, from, to: the order every writer and reader agrees on. */
export function sortGraph(g: LineageGraph): LineageGraph {
  return { ...g, nodes: [...g.nodes].sort((a, b) => cmp(a.id, b.id)), edges: [...g.edges].sort(compareEdges) }
}

/** The hash of what the graph says, without where it was built: two builds of the same lineage agree. */
export function graphSha256(g: Pick<LineageGraph, 'nodes' | 'edges'>): string {
  return canonicalSha256({ nodes: g.nodes, edges: g.edges })
}

/**
 * One window's part of a graph: its window node, its revisions and hold states, every edge that
 * starts at one of them, and the policy and signer nodes those edges reach (with the signer
 * transitions at the window's revisions).
 */
export function windowSubgraph(g: LineageGraph, window: string): LineageGraph {
  return windowSubgraphs(g).get(window) ?? sortGraph({ ...g, nodes: [], edges: [] })
}

/** Every window's part in one pass over the graph (a build of 1,000 windows reads it once, not 1,000 times). */
export function windowSubgraphs(g: LineageGraph): Map<string, LineageGraph> {
  const ownerOf = new Map<string, string>()
  const byId = new Map<string, LineageNode>()
  const parts = new Map<string, { own: LineageNode[]; edges: LineageEdge[]; last: string }>()
  const part = (w: string) => {
    let p = parts.get(w)
    if (!p) parts.set(w, (p = { own: [], edges: [], last: '' }))
    return p
  }
  for (const n of g.nodes) {
    byId.set(n.id, n)
    if (n.type !== 'packet_revision' && n.type !== 'legal_hold_state' && n.type !== 'release_window') continue
    ownerOf.set(n.id, n.release_window_id)
    const p = part(n.release_window_id)
    p.own.push(n)
    p.last = max(p.last, n.type === 'packet_revision' ? n.signed_at_utc : n.type === 'legal_hold_state' ? n.at_utc : '')
  }
  for (const e of g.edges) {
    const w = ownerOf.get(e.from) ?? (e.type === 'signer_transition' && e.revision !== undefined ? ownerOf.get(e.revision) : undefined)
    if (w !== undefined) part(w).edges.push(e)
  }
  const out = new Map<string, LineageGraph>()
  for (const [w, p] of parts) {
    const ids = new Set(p.own.map((n) => n.id))
    for (const e of p.edges) ids.add(e.from).add(e.to)
    // A policy version's end after the window's last event is later history, not the window's
    // lineage: shown open, so a policy change after the window leaves its snapshot unchanged.
    const last = p.last
    const clip = (n: LineageNode): LineageNode =>
      n.type === 'policy_version' ? { ...n, in_force: n.in_force.filter((i) => i.from_utc <= last || last === '').map((i) => (i.until_utc !== null && i.until_utc > last ? { ...i, until_utc: null } : i)) } : n
    const nodes = [...ids].flatMap((id) => {
      const n = byId.get(id)
      return n ? [clip(n)] : []
    })
    out.set(w, sortGraph({ ...g, nodes, edges: p.edges }))
  }
  return out
}

function max(a: string, b: string): string {
  return b > a ? b : a
}

/** The windows a graph has, sorted. */
export function windowsOf(g: LineageGraph): string[] {
  return g.nodes.flatMap((n) => (n.type === 'release_window' ? [n.release_window_id] : [])).sort()
}
