import type { Defect } from '../findings/defect.js'
import { sortDefects } from '../findings/defect.js'
import { msOf } from './build.js'
import { LINEAGE_CODES, type LineageCode } from './codes.js'
import type { HoldNode, LineageEdge, LineageGraph, LineageNode, PolicyNode, RevisionNode } from './graph.js'

// The integrity validator (the seed's step 8), over any graph: one the builder made, or one
// supplied with --graph (the store's hash chains cannot hold a cycle, a duplicate ordinal or a
// non-terminal latest pointer, so those are tested on supplied graphs). It trusts no derived
// attribute it can recompute: whether a policy was in force is read from the policy nodes'
// intervals, not from the edge's in_force flag.
//   G1 every packet revision has one parent window edge      G4 a policy node exists for each revision, in force when signed
//   G2 the supersede chain has no cycle and is monotonic    G5 hold activations carry reason and owner
//   G3 signer changes carry transition context              G6 the latest pointer is the chain's terminal node

/** Families whose signer must be continuous (pipeline-signed packets; approvals and holds are signed by many people by design). */
export const CONTINUITY_FAMILIES = new Set(['closure', 'strategy-approval'])

export function validateGraph(g: LineageGraph, file = ''): Defect[] {
  const out: Defect[] = []
  const nodes = new Map<string, LineageNode>()
  const defect = (code: LineageCode, subject: string, window: string, field: string, detail: string, action: string) =>
    out.push({ subject, defect_code: code, severity: LINEAGE_CODES[code].severity, owner_role: 'release-manager', required_action: action, release_window_id: window, file, line: null, field, detail })

  for (const n of g.nodes) {
    if (nodes.has(n.id)) {
      defect('LINEAGE_REVISION_DUPLICATE', n.id, windowOf(n), '/nodes', `node id ${n.id} occurs twice once casing and separators are normalized`, 'normalize ids before the graph is built; one revision is one node')
      continue
    }
    nodes.set(n.id, n)
  }
  const revisions = [...nodes.values()].filter((n): n is RevisionNode => n.type === 'packet_revision')
  const holds = [...nodes.values()].filter((n): n is HoldNode => n.type === 'legal_hold_state')
  const from = new Map<string, LineageEdge[]>()
  const to = new Map<string, LineageEdge[]>()
  for (const e of g.edges) {
    // push, not spread: a policy node is the target of every revision's edge
    const f = from.get(e.from)
    if (f) f.push(e)
    else from.set(e.from, [e])
    const t = to.get(e.to)
    if (t) t.push(e)
    else to.set(e.to, [e])
    const dangling = [e.from, e.to].filter((id) => !nodes.has(id))
    if (dangling.length > 0 && e.type !== 'evaluated_under_policy' && e.type !== 'approves' && e.type !== 'reviews' && e.type !== 'diverges_from') {
      defect('LINEAGE_GRAPH_INVALID', e.from, '', '/edges', `${e.type} edge ${e.from} -> ${e.to} names ${dangling.join(' and ')}, which the graph does not have`, 'rebuild the graph with lineage build')
    }
  }
  const outOf = (id: string, type: LineageEdge['type']) => (from.get(id) ?? []).filter((e) => e.type === type)
  const into = (id: string, type: LineageEdge['type']) => (to.get(id) ?? []).filter((e) => e.type === type)

  // G1
  for (const n of [...revisions, ...holds]) {
    const parents = outOf(n.id, 'belongs_to_window').filter((e) => nodes.get(e.to)?.type === 'release_window')
    if (parents.length !== 1) defect('LINEAGE_WINDOW_EDGE', n.id, n.release_window_id, 'belongs_to_window', `${parents.length} window edges`, 'a revision belongs to exactly one release window')
  }

  // G2, G6 per chain
  const chains = new Map<string, RevisionNode[]>()
  for (const r of revisions) chains.set(r.chain, [...(chains.get(r.chain) ?? []), r])
  for (const [chain, list] of chains) {
    const w = list[0].release_window_id
    const ordinals = new Map<number, string[]>()
    for (const r of list) ordinals.set(r.revision, [...(ordinals.get(r.revision) ?? []), r.id])
    for (const [ord, ids] of ordinals) if (ids.length > 1) defect('LINEAGE_REVISION_DUPLICATE', ids[0], w, 'revision', `${chain} has ${ids.length} nodes with revision ${ord}: ${ids.join(', ')}`, 'each revision ordinal occurs once in a packet lineage')
    const inChain = new Set(list.map((r) => r.id))
    const cyclic = cycleNodes(list.map((r) => r.id), (id) => outOf(id, 'supersedes').map((e) => e.to).filter((t) => inChain.has(t)))
    if (cyclic.length > 0) defect('LINEAGE_CYCLE', cyclic[0], w, 'supersedes', `the supersede chain of ${chain} has a cycle through ${cyclic.join(', ')}`, 'a revision supersedes only an older revision; rebuild the chain from the signed revisions')
    for (const r of list) {
      const sup = outOf(r.id, 'supersedes')
      for (const e of sup) {
        const t = nodes.get(e.to)
        if (t?.type !== 'packet_revision' || t.chain !== chain) defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} supersedes ${e.to}, which is not a revision of ${chain}`, 'supersedes never leaves its packet lineage')
        else if (t.revision >= r.revision && cyclic.length === 0) defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} (r${r.revision}) supersedes the newer or equal ${t.id} (r${t.revision}): a backward edge`, 'a newer revision supersedes an older one, never the reverse')
      }
      if (sup.length > 1) defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} supersedes ${sup.length} revisions`, 'a revision supersedes exactly one predecessor')
      if (into(r.id, 'supersedes').length > 1) defect('LINEAGE_CHAIN_BROKEN', r.id, w, 'supersedes', `${r.id} is superseded by ${into(r.id, 'supersedes').length} revisions: the chain forks`, 'one revision supersedes another; export again from the latest')
    }
    const firsts = list.filter((r) => outOf(r.id, 'supersedes').length === 0)
    if (firsts.length !== 1 && cyclic.length === 0) defect('LINEAGE_CHAIN_BROKEN', list[0].id, w, 'supersedes', `${chain} has ${firsts.length} first revisions (${firsts.map((r) => r.id).join(', ') || 'none'})`, 'a packet lineage has exactly one first revision; every later one names its predecessor')
    const latest = list.filter((r) => r.is_latest)
    const terminals = list.filter((r) => into(r.id, 'supersedes').length === 0)
    if (latest.length !== 1) defect('LINEAGE_LATEST_NOT_TERMINAL', list[0].id, w, 'is_latest', `${chain} has ${latest.length} latest pointers`, 'exactly one revision of a packet lineage is its latest')
    else if (into(latest[0].id, 'supersedes').length > 0 || !terminals.includes(latest[0]) || latest[0].revision !== Math.max(...list.map((r) => r.revision))) {
      defect('LINEAGE_LATEST_NOT_TERMINAL', latest[0].id, w, 'is_latest', `the latest pointer of ${chain} is ${latest[0].id}, but ${into(latest[0].id, 'supersedes').map((e) => e.from).join(', ') || 'a newer revision'} supersedes it`, 'point latest at the terminal revision of the chain (pin both to the same source snapshot)')
    }
  }

  // G3: a signer change inside a continuity chain needs an explained transition; every transition edge needs valid context
  const explained = (fromSigner: string, toSigner: string, at: string) =>
    g.edges.some((e) => e.type === 'signer_transition' && e.from === `signer:${fromSigner}` && e.to === `signer:${toSigner}` && validContext(e, fromSigner, at))
  for (const [chain, list] of chains) {
    if (!CONTINUITY_FAMILIES.has(list[0].family)) continue
    const sorted = [...list].sort((a, b) => a.revision - b.revision)
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]]
      if (a.signer_id === b.signer_id || a.signer_id === '' || b.signer_id === '') continue
      if (!explained(a.signer_id, b.signer_id, b.signed_at_utc)) defect('LINEAGE_SIGNER_TRANSITION', b.id, b.release_window_id, 'signer_id', `${chain}: ${a.id} is signed by ${a.signer_id}, ${b.id} by ${b.signer_id}, with no transition context`, transitionFix(a.signer_id, b.signer_id))
    }
  }
  for (const e of g.edges) {
    if (e.type !== 'signer_transition') continue
    const fromSigner = e.from.replace(/^signer:/, '')
    if (validContext(e, fromSigner, e.at_utc ?? '')) continue
    const rev = e.revision ? nodes.get(e.revision) : undefined
    const toSigner = e.to.replace(/^signer:/, '')
    if (rev?.type === 'packet_revision' && sameChainReported(out, rev.id)) continue
    defect('LINEAGE_SIGNER_TRANSITION', e.revision ?? e.to, rev && 'release_window_id' in rev ? rev.release_window_id : '', 'context', `signer ${fromSigner} -> ${toSigner} at ${e.at_utc ?? '?'} has no valid transition context`, transitionFix(fromSigner, toSigner))
  }

  // G4
  for (const r of revisions) {
    const pol = outOf(r.id, 'evaluated_under_policy')
    if (pol.length === 0) defect('LINEAGE_POLICY_MISSING', r.id, r.release_window_id, 'evaluated_under_policy', `${r.id} has no policy edge`, 'every revision maps to the policy version it was evaluated under')
    for (const e of pol) {
      const p = nodes.get(e.to)
      if (p?.type !== 'policy_version') {
        defect('LINEAGE_POLICY_MISSING', r.id, r.release_window_id, 'evaluated_under_policy', `${r.id} was evaluated under ${e.to}, which no committed policy version has`, 'commit the policy before exporting under it; a packet made under an uncommitted policy has no policy node')
      } else if (!inForceAt(p, r.signed_at_utc)) {
        defect('LINEAGE_POLICY_NOT_IN_FORCE', r.id, r.release_window_id, 'evaluated_under_policy', `${r.id} signed at ${r.signed_at_utc} under ${p.kind} sha256:${p.sha256.slice(0, 12)}, in force ${p.in_force.map((i) => `${i.from_utc}..${i.until_utc ?? 'now'}`).join(', ') || 'never'}`, 'export again under the policy in force, or record the policy\'s effective_utc')
      }
    }
  }

  // G5
  for (const e of g.edges) {
    if (e.type !== 'hold_state_transition') continue
    const h = nodes.get(e.to)
    const w = h && 'release_window_id' in h ? h.release_window_id : ''
    if (e.transition === 'activate' && (!e.reason?.trim() || !e.owner?.trim())) {
      defect('LINEAGE_HOLD_INCOMPLETE', e.to, w, !e.reason?.trim() ? 'reason' : 'owner', `hold activation ${e.to} has no ${!e.reason?.trim() ? 'reason' : 'owner'}`, 'a hold is placed with a reason and an owner (hold place --reason --owner)')
    }
    if (e.transition === 'release' && nodes.get(e.from)?.type !== 'legal_hold_state') defect('LINEAGE_HOLD_INCOMPLETE', e.to, w, 'transition', `release ${e.to} follows no activation`, 'a hold is released only after it was placed')
  }
  for (const h of holds) {
    if (h.state === 'active' && into(h.id, 'hold_state_transition').length === 0) defect('LINEAGE_HOLD_INCOMPLETE', h.id, h.release_window_id, 'transition', `hold state ${h.id} has no activation edge`, 'every hold state is reached by a transition')
  }

  for (const r of revisions) if (!r.signature_verified) defect('LINEAGE_SIGNATURE_UNVERIFIED', r.id, r.release_window_id, 'signature_verified', `${r.path} did not verify`, 'run release-evidence verify for the reason')
  return sortDefects(out)
}

function validContext(e: LineageEdge, fromSigner: string, at: string): boolean {
  const c = e.context
  if (!c) return false
  return c.from_signer_id === fromSigner && c.reason.trim() !== '' && c.approved_by.trim() !== '' && msOf(c.approved_at_utc) <= msOf(at)
}

function sameChainReported(out: Defect[], id: string): boolean {
  return out.some((d) => d.defect_code === 'LINEAGE_SIGNER_TRANSITION' && d.subject === id)
}

function transitionFix(from: string, to: string): string {
  return `record the change in the keyring before it happens: on ${to}'s entry, transition: {from_signer_id: ${from}, reason, approved_by, approved_at_utc}`
}

export function inForceAt(p: PolicyNode, t: string): boolean {
  const ms = msOf(t)
  return p.in_force.some((i) => msOf(i.from_utc) <= ms && (i.until_utc === null || ms < msOf(i.until_utc)))
}

function windowOf(n: LineageNode): string {
  return 'release_window_id' in n ? n.release_window_id : ''
}

/** Nodes on a cycle of `next` (Tarjan's strongly connected components, iterative), sorted. */
export function cycleNodes(ids: readonly string[], next: (id: string) => string[]): string[] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const out: string[] = []
  let counter = 0
  for (const root of ids) {
    if (index.has(root)) continue
    const work: { id: string; it: number }[] = [{ id: root, it: 0 }]
    index.set(root, counter)
    low.set(root, counter++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const top = work[work.length - 1]
      const succ = next(top.id)
      if (top.it < succ.length) {
        const s = succ[top.it++]
        if (!index.has(s)) {
          index.set(s, counter)
          low.set(s, counter++)
          stack.push(s)
          onStack.add(s)
          work.push({ id: s, it: 0 })
        } else if (onStack.has(s)) low.set(top.id, Math.min(low.get(top.id)!, index.get(s)!))
        continue
      }
      work.pop()
      if (work.length > 0) low.set(work[work.length - 1].id, Math.min(low.get(work[work.length - 1].id)!, low.get(top.id)!))
      if (low.get(top.id) === index.get(top.id)) {
        const comp: string[] = []
        let x: string
        do {
          x = stack.pop()!
          onStack.delete(x)
          comp.push(x)
        } while (x !== top.id)
        if (comp.length > 1 || next(top.id).includes(top.id)) out.push(...comp)
      }
    }
  }
  return out.sort()
}
