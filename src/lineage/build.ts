import { formatUtc, parseUtc } from '../util/time.js'
import {
  chainId,
  GRAPH_SCHEMA,
  nodeId,
  sortGraph,
  type HoldNode,
  type LineageEdge,
  type LineageGraph,
  type LineageNode,
  type PolicyInterval,
  type PolicyNode,
  type RevisionNode,
  type TransitionContext
} from './graph.js'
import type { PolicyEvent, SourceRevision, Sources, TransitionRecord } from './source-types.js'

// The builder (the seed's step 3): sources read from the store at one commit in, one graph out.
// Pure and deterministic: revisions grouped by chain (family, window, series key), supersedes
// edges from each revision to the one whose digest it names, policy nodes from the git history
// of the policies, signer transitions where a continuity family changes signer, hold states and
// their transitions from the hold records.

export function buildGraph(src: Sources): LineageGraph {
  const nodes = new Map<string, LineageNode>()
  const edges: LineageEdge[] = []
  const add = (n: LineageNode) => void (nodes.has(n.id) ? undefined : nodes.set(n.id, n))

  const policies = policyNodes(src.policyEvents)
  for (const p of policies) add(p)
  const inForce = (kind: string, t: string): PolicyNode | undefined => {
    const ms = msOf(t)
    return policies.find((p) => p.kind === kind && p.in_force.some((i) => msOf(i.from_utc) <= ms && (i.until_utc === null || ms < msOf(i.until_utc))))
  }

  const packets = src.revisions.filter((r) => r.extracted.hold === undefined)
  const chains = new Map<string, SourceRevision[]>()
  for (const r of packets) {
    const c = chainId(r.family, r.ref.window, r.ref.key ?? null)
    const list = chains.get(c)
    if (list) list.push(r)
    else chains.set(c, [r])
  }
  const windows = new Map<string, string>()
  const seen = (window: string, at: string) => {
    const before = windows.get(window)
    if (before === undefined || (at !== '' && (before === '' || at < before))) windows.set(window, at)
  }

  for (const [chain, list] of chains) {
    list.sort((a, b) => a.ref.revision - b.ref.revision)
    const latest = list[list.length - 1].ref.revision
    const byDigest = new Map(list.flatMap((r) => (r.facts.digest ? [[r.facts.digest, r] as const] : [])))
    for (const r of list) {
      const id = nodeId.revision(chain, r.ref.revision)
      const signedAt = r.facts.signedAt ?? ''
      const node: RevisionNode = {
        id,
        type: 'packet_revision',
        family: r.family,
        chain,
        release_window_id: r.ref.window,
        series_key: r.ref.key ?? null,
        packet_id: r.facts.packetId ?? '',
        revision: r.ref.revision,
        digest: r.facts.digest ?? '',
        supersedes_digest: r.facts.supersedes,
        signer_id: r.facts.signerId ?? '',
        key_id: r.facts.keyId ?? '',
        signer_role: r.role,
        signed_at_utc: signedAt,
        path: r.path,
        commit: r.commit,
        signature_verified: r.hasSignature && r.facts.findings.length === 0,
        is_latest: r.ref.revision === latest
      }
      add(node)
      seen(r.ref.window, signedAt)
      edges.push({ type: 'belongs_to_window', from: id, to: nodeId.window(r.ref.window) })
      if (r.facts.signerId) edges.push({ type: 'signed_by', from: id, to: nodeId.signer(r.facts.signerId), key_id: r.facts.keyId ?? '', at_utc: signedAt })
      if (r.facts.supersedes) {
        const prev = byDigest.get(r.facts.supersedes)
        if (prev) edges.push({ type: 'supersedes', from: id, to: nodeId.revision(chain, prev.ref.revision), at_utc: signedAt })
      }
      edges.push(...policyEdges(id, r, inForce))
      const s = r.extracted.subject
      if (s && s.key !== null && s.revision > 0) {
        edges.push({ type: s.edge, from: id, to: nodeId.revision(chainId(s.family, s.window, s.key), s.revision), at_utc: signedAt, ...(s.decision !== undefined ? { decision: s.decision } : {}) })
      }
    }
  }

  for (const r of src.revisions) {
    const h = r.extracted.hold
    if (!h) continue
    const state = h.action === 'release' ? 'released' : 'active'
    const id = nodeId.hold(r.ref.window, r.ref.key ?? h.hold_id, state)
    const at = r.facts.signedAt ?? ''
    const node: HoldNode = {
      id,
      type: 'legal_hold_state',
      hold_id: r.ref.key ?? h.hold_id,
      release_window_id: r.ref.window,
      state,
      reason: h.reason,
      owner: h.owner,
      at_utc: at,
      signer_id: r.facts.signerId ?? '',
      path: r.path,
      commit: r.commit,
      signature_verified: r.hasSignature && r.facts.findings.length === 0
    }
    add(node)
    seen(r.ref.window, '')
    edges.push({ type: 'belongs_to_window', from: id, to: nodeId.window(r.ref.window) })
    if (r.facts.signerId) edges.push({ type: 'signed_by', from: id, to: nodeId.signer(r.facts.signerId), key_id: r.facts.keyId ?? '', at_utc: at })
    edges.push(...policyEdges(id, r, inForce))
    if (state === 'active') edges.push({ type: 'hold_state_transition', from: nodeId.window(r.ref.window), to: id, transition: 'activate', at_utc: at, reason: h.reason, owner: h.owner })
    else edges.push({ type: 'hold_state_transition', from: nodeId.hold(r.ref.window, node.hold_id, 'active'), to: id, transition: 'release', at_utc: at })
  }

  for (const [window, first] of windows) add({ id: nodeId.window(window), type: 'release_window', release_window_id: window, first_signed_utc: first })
  for (const r of src.revisions) if (r.facts.signerId) add({ id: nodeId.signer(r.facts.signerId), type: 'signer_identity', signer_id: r.facts.signerId })
  edges.push(...signerTransitions(src.revisions, src.transitions))

  // policy nodes nobody was evaluated under stay: an auditor asks which versions existed, not only which were used
  return sortGraph({ schema_version: GRAPH_SCHEMA, store_commit: src.commit, source_index_sha256: src.sourceIndexSha256, nodes: [...nodes.values()], edges: dedupe(edges) })
}

function policyEdges(id: string, r: SourceRevision, inForce: (kind: string, t: string) => PolicyNode | undefined): LineageEdge[] {
  const signedAt = r.facts.signedAt ?? ''
  return r.extracted.policies.map((p) => {
    if (p.sha256 !== null) {
      const target = nodeId.policy(p.kind, p.sha256 === '' ? 'none' : p.sha256)
      const current = inForce(p.kind, signedAt)
      return { type: 'evaluated_under_policy', from: id, to: target, basis: 'claimed', in_force: current?.id === target, at_utc: signedAt }
    }
    const current = inForce(p.kind, signedAt)
    return { type: 'evaluated_under_policy', from: id, to: current?.id ?? nodeId.policy(p.kind, 'none'), basis: 'in-force', in_force: current !== undefined, at_utc: signedAt }
  })
}

/** One node per (kind, canonical hash); its intervals in force from each event's effective time to the next. */
export function policyNodes(events: readonly PolicyEvent[]): PolicyNode[] {
  const byPath = new Map<string, PolicyEvent[]>()
  for (const e of events) {
    const list = byPath.get(e.path)
    if (list) list.push(e)
    else byPath.set(e.path, [e])
  }
  const nodes = new Map<string, PolicyNode>()
  for (const list of byPath.values()) {
    const timed = list.map((e) => ({ e, from: e.effectiveUtc !== null && msOf(e.effectiveUtc) !== Infinity ? msOf(e.effectiveUtc) : e.commitMs })).sort((a, b) => a.from - b.from || a.e.order - b.e.order)
    timed.forEach(({ e, from }, i) => {
      if (e.sha256 === null) return
      const next = timed[i + 1]
      const interval: PolicyInterval = { from_utc: formatUtc(from), until_utc: next ? formatUtc(next.from) : null, commit: e.commit }
      const id = nodeId.policy(e.kind, e.sha256)
      const n = nodes.get(id)
      if (n) {
        n.in_force.push(interval)
        return
      }
      nodes.set(id, {
        id,
        type: 'policy_version',
        kind: e.kind,
        sha256: e.sha256,
        path: e.path,
        policy_version_id: e.policyVersionId,
        introduced_commit: e.commit,
        effective_utc: formatUtc(from),
        effective_source: e.effectiveUtc !== null && msOf(e.effectiveUtc) !== Infinity ? 'policy' : 'commit-time',
        in_force: [interval]
      })
    })
  }
  for (const n of nodes.values()) n.in_force = n.in_force.filter((i) => i.until_utc === null || i.until_utc > i.from_utc)
  return [...nodes.values()]
}

/**
 * Signer continuity: in each continuity family, revisions in signing order; where the signer id
 * changes, a signer_transition edge with the keyring's transition record that explains it (or
 * null, which the validator reports). A new key under the same signer id is a rotation: no edge.
 */
function signerTransitions(revisions: readonly SourceRevision[], records: readonly TransitionRecord[]): LineageEdge[] {
  const out: LineageEdge[] = []
  const byFamily = new Map<string, SourceRevision[]>()
  for (const r of revisions) {
    if (!r.continuity || !r.facts.signerId || !r.facts.signedAt) continue
    const list = byFamily.get(r.family)
    if (list) list.push(r)
    else byFamily.set(r.family, [r])
  }
  for (const list of byFamily.values()) {
    list.sort((a, b) => cmp(a.facts.signedAt!, b.facts.signedAt!) || cmp(a.ref.window, b.ref.window) || cmp(a.ref.key ?? '', b.ref.key ?? '') || a.ref.revision - b.ref.revision)
    for (let i = 1; i < list.length; i++) {
      const [prev, cur] = [list[i - 1], list[i]]
      if (prev.facts.signerId === cur.facts.signerId) continue
      const at = cur.facts.signedAt!
      out.push({
        type: 'signer_transition',
        from: nodeId.signer(prev.facts.signerId!),
        to: nodeId.signer(cur.facts.signerId!),
        at_utc: at,
        revision: nodeId.revision(chainId(cur.family, cur.ref.window, cur.ref.key ?? null), cur.ref.revision),
        context: contextFor(records, prev.facts.signerId!, cur.facts.signerId!, at)
      })
    }
  }
  return out
}

/** The latest keyring transition record for from -> to, committed and approved before the change. */
function contextFor(records: readonly TransitionRecord[], from: string, to: string, at: string): TransitionContext | null {
  const ms = msOf(at)
  const fit = records.filter((t) => t.signer_id === to && t.from_signer_id === from && t.commitMs <= ms && msOf(t.approved_at_utc) <= ms).sort((a, b) => a.commitMs - b.commitMs)
  const t = fit[fit.length - 1]
  return t ? { from_signer_id: t.from_signer_id, reason: t.reason, approved_by: t.approved_by, approved_at_utc: t.approved_at_utc, commit: t.commit } : null
}

function dedupe(edges: LineageEdge[]): LineageEdge[] {
  const seen = new Set<string>()
  return edges.filter((e) => {
    const k = JSON.stringify([e.type, e.from, e.to, e.at_utc ?? '', e.revision ?? ''])
    return !seen.has(k) && (seen.add(k), true)
  })
}

export function msOf(t: string): number {
  const p = parseUtc(t)
  return p.ok ? p.ms : Infinity
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
