import { normalizeNodeId, type HoldNode, type LineageEdge, type LineageGraph, type PolicyNode, type RevisionNode, type WindowNode } from './graph.js'
import { inForceAt } from './validate.js'

// The seed's audit trace query pack (step 11), over a graph at any commit (--at):
//   T1 chain   the lineage chain of a packet id, oldest first
//   T2 policy  every policy version that governed a window, and the transitions during it
//   T3 signers signer changes across the last N windows
//   T4 holds   hold activations with no release edge

export interface ChainRow {
  node: string
  family: string
  release_window_id: string
  revision: string
  digest: string
  supersedes: string | null
  signer_id: string
  key_id: string
  signed_at_utc: string
  policies: { node: string; in_force: boolean }[]
  is_latest: boolean
  signature_verified: boolean
  commit: string
}

const rev = (n: number) => `r${String(n).padStart(3, '0')}`

function index(g: LineageGraph) {
  const nodes = new Map(g.nodes.map((n) => [n.id, n]))
  const from = new Map<string, LineageEdge[]>()
  for (const e of g.edges) {
    const list = from.get(e.from)
    if (list) list.push(e)
    else from.set(e.from, [e])
  }
  return { nodes, out: (id: string, type: LineageEdge['type']) => (from.get(id) ?? []).filter((e) => e.type === type) }
}

export function traceChain(g: LineageGraph, packetId: string): ChainRow[] {
  const want = normalizeNodeId(packetId)
  const { nodes, out } = index(g)
  const revs = g.nodes.filter((n): n is RevisionNode => n.type === 'packet_revision' && (normalizeNodeId(n.packet_id) === want || n.chain === want))
  revs.sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : a.revision - b.revision))
  return revs.map((r) => ({
    node: r.id,
    family: r.family,
    release_window_id: r.release_window_id,
    revision: rev(r.revision),
    digest: r.digest,
    supersedes: out(r.id, 'supersedes')[0]?.to ?? null,
    signer_id: r.signer_id,
    key_id: r.key_id,
    signed_at_utc: r.signed_at_utc,
    policies: out(r.id, 'evaluated_under_policy').map((e) => {
      const p = nodes.get(e.to)
      return { node: e.to, in_force: p?.type === 'policy_version' && inForceAt(p, r.signed_at_utc) }
    }),
    is_latest: r.is_latest,
    signature_verified: r.signature_verified,
    commit: r.commit
  }))
}

export interface PolicyRow {
  node: string
  kind: string
  sha256: string
  effective_utc: string
  effective_source: string
  introduced_commit: string
  /** revisions of the window evaluated under it */
  used_by: string[]
  /** it took effect after the window's first signing and before its last */
  changed_during_window: boolean
}

export function tracePolicy(g: LineageGraph, window: string): PolicyRow[] {
  const w = normalizeNodeId(window)
  const { out } = index(g)
  const revs = g.nodes.filter((n): n is RevisionNode => n.type === 'packet_revision' && n.release_window_id === w)
  const times = revs.map((r) => r.signed_at_utc).filter((t) => t !== '').sort()
  const [first, last] = [times[0] ?? '', times[times.length - 1] ?? '']
  const used = new Map<string, string[]>()
  for (const r of revs) for (const e of out(r.id, 'evaluated_under_policy')) used.set(e.to, [...(used.get(e.to) ?? []), r.id])
  const kinds = new Set(g.nodes.flatMap((n) => (n.type === 'policy_version' && used.has(n.id) ? [n.kind] : [])))
  const during = (p: PolicyNode) => p.in_force.some((i) => i.from_utc > first && i.from_utc <= last)
  return g.nodes
    .filter((n): n is PolicyNode => n.type === 'policy_version' && (used.has(n.id) || (kinds.has(n.kind) && during(n))))
    .map((p) => ({ node: p.id, kind: p.kind, sha256: p.sha256, effective_utc: p.effective_utc, effective_source: p.effective_source, introduced_commit: p.introduced_commit, used_by: (used.get(p.id) ?? []).sort(), changed_during_window: during(p) }))
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.effective_utc < b.effective_utc ? -1 : 1))
}

export interface SignerWindowRow {
  release_window_id: string
  signers: string[]
  transitions: { from: string; to: string; at_utc: string; revision: string; context: LineageEdge['context'] | null; explained: boolean }[]
}

/** Windows ordered by their first signing (the seed: consecutive windows by time), the last `n`. */
export function lastWindows(g: LineageGraph, last: number): string[] {
  const windows = g.nodes.filter((n): n is WindowNode => n.type === 'release_window').sort((a, b) => (a.first_signed_utc < b.first_signed_utc ? -1 : a.first_signed_utc > b.first_signed_utc ? 1 : a.release_window_id < b.release_window_id ? -1 : 1))
  return windows.slice(Math.max(0, windows.length - last)).map((w) => w.release_window_id)
}

export function traceSigners(g: LineageGraph, last: number): SignerWindowRow[] {
  return signerRows(g, lastWindows(g, last))
}

/** The signers and signer changes of each of these windows (each row depends on its window alone). */
export function signerRows(g: LineageGraph, windows: readonly string[]): SignerWindowRow[] {
  const { out } = index(g)
  const revs = g.nodes.filter((n): n is RevisionNode => n.type === 'packet_revision')
  return windows.map((w) => {
    const mine = revs.filter((r) => r.release_window_id === w)
    const ids = new Set(mine.map((r) => r.id))
    return {
      release_window_id: w,
      signers: [...new Set(mine.flatMap((r) => out(r.id, 'signed_by').map((e) => e.to.replace(/^signer:/, ''))))].sort(),
      transitions: g.edges
        .filter((e) => e.type === 'signer_transition' && e.revision !== undefined && ids.has(e.revision))
        .map((e) => ({ from: e.from.replace(/^signer:/, ''), to: e.to.replace(/^signer:/, ''), at_utc: e.at_utc ?? '', revision: e.revision ?? '', context: e.context ?? null, explained: !!e.context }))
    }
  })
}

export interface HoldRow {
  node: string
  release_window_id: string
  hold_id: string
  reason: string
  owner: string
  placed_at_utc: string
  signer_id: string
  commit: string
}

export function traceHolds(g: LineageGraph): HoldRow[] {
  const { out } = index(g)
  return g.nodes
    .filter((n): n is HoldNode => n.type === 'legal_hold_state' && n.state === 'active' && !out(n.id, 'hold_state_transition').some((e) => e.transition === 'release'))
    .map((h) => ({ node: h.id, release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, placed_at_utc: h.at_utc, signer_id: h.signer_id, commit: h.commit }))
}
