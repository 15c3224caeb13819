import { describe, expect, it } from 'vitest'
import { nodeId, sortGraph, windowSubgraph, type LineageEdge, type LineageGraph, type LineageNode } from '../../src/lineage/graph.js'
import { partsView, sliceGraph, wholeView, type GraphView, type Part } from '../../src/lineage/graph-slices.js'
import { lastWindows, signerRows, traceChain, traceHolds, tracePolicy, traceSigners } from '../../src/lineage/query.js'
import { validateGraph } from '../../src/lineage/validate.js'

// The graph cut into parts (graph-slices.ts) answers every query exactly as the whole graph does.
// The graph here has what a cut could lose: an approval in one window of a strategy packet in
// another, two chains with one packet id, a signer transition, holds in two windows (one
// released), policy versions that changed during a window, and a window with no revision.

const rev = (family: string, window: string, n: number, o: Partial<Extract<LineageNode, { type: 'packet_revision' }>> = {}): LineageNode => ({
  id: nodeId.revision(`${family}:${window}`, n),
  type: 'packet_revision',
  family,
  chain: `${family}:${window}`,
  release_window_id: window,
  series_key: null,
  packet_id: `${family === 'closure' ? 'cp' : 'sa'}-${window}`,
  revision: n,
  digest: `d-${family}-${window}-${n}`,
  supersedes_digest: n > 1 ? `d-${family}-${window}-${n - 1}` : null,
  signer_id: 'lane-a',
  key_id: 'k1',
  signer_role: 'release-lane',
  signed_at_utc: `2026-11-2${n}T10:00:00Z`,
  path: `${family}/${window}/packet-r00${n}.json`,
  commit: 'c'.repeat(40),
  signature_verified: n !== 2,
  is_latest: n === 2,
  ...o
})

function graph(): LineageGraph {
  const policy = (sha: string, from: string, until: string | null): LineageNode => ({ id: nodeId.policy('closure-packet', sha), type: 'policy_version', kind: 'closure-packet', sha256: sha, path: 'policies/closure-packet.yaml', policy_version_id: null, introduced_commit: 'p'.repeat(40), effective_utc: from, effective_source: 'policy', in_force: [{ from_utc: from, until_utc: until, commit: 'p'.repeat(40) }] })
  const nodes: LineageNode[] = [
    policy('aa', '2026-11-01T00:00:00Z', '2026-11-22T12:00:00Z'),
    policy('bb', '2026-11-22T12:00:00Z', null),
    { id: 'signer:lane-a', type: 'signer_identity', signer_id: 'lane-a' },
    { id: 'signer:lane-b', type: 'signer_identity', signer_id: 'lane-b' },
    rev('closure', 'w1', 1),
    rev('closure', 'w1', 2, { signer_id: 'lane-b' }),
    rev('closure', 'w2', 1, { packet_id: 'cp-w1' }),
    rev('closure', 'w2', 2),
    rev('strategy-approval', 'w3', 1),
    rev('strategy-signoff', 'w2', 1, { packet_id: 'so-w3', signer_id: 'lane-b' }),
    { id: nodeId.hold('w1', 'h1', 'active'), type: 'legal_hold_state', hold_id: 'h1', release_window_id: 'w1', state: 'active', reason: 'audit', owner: 'legal', at_utc: '2026-11-23T00:00:00Z', signer_id: 'lee', path: 'h', commit: 'h'.repeat(40), signature_verified: true },
    { id: nodeId.hold('w3', 'h2', 'active'), type: 'legal_hold_state', hold_id: 'h2', release_window_id: 'w3', state: 'active', reason: 'case', owner: 'legal', at_utc: '2026-11-23T00:00:00Z', signer_id: 'lee', path: 'h', commit: 'h'.repeat(40), signature_verified: true },
    { id: nodeId.hold('w3', 'h2', 'released'), type: 'legal_hold_state', hold_id: 'h2', release_window_id: 'w3', state: 'released', reason: 'case', owner: 'legal', at_utc: '2026-11-24T00:00:00Z', signer_id: 'lee', path: 'h', commit: 'h'.repeat(40), signature_verified: true },
    ...['w1', 'w2', 'w3', 'w4'].map((w, i): LineageNode => ({ id: nodeId.window(w), type: 'release_window', release_window_id: w, first_signed_utc: w === 'w4' ? '' : `2026-11-2${i + 1}T10:00:00Z` }))
  ]
  const edges: LineageEdge[] = []
  for (const n of nodes) {
    if (n.type !== 'packet_revision') continue
    edges.push({ type: 'belongs_to_window', from: n.id, to: nodeId.window(n.release_window_id) })
    edges.push({ type: 'signed_by', from: n.id, to: `signer:${n.signer_id}`, key_id: n.key_id, at_utc: n.signed_at_utc })
    edges.push({ type: 'evaluated_under_policy', from: n.id, to: nodeId.policy('closure-packet', n.revision === 1 ? 'aa' : 'bb'), basis: 'in-force', in_force: true, at_utc: n.signed_at_utc })
    if (n.revision > 1) edges.push({ type: 'supersedes', from: n.id, to: nodeId.revision(n.chain, n.revision - 1), at_utc: n.signed_at_utc })
  }
  edges.push({ type: 'approves', from: nodeId.revision('strategy-signoff:w2', 1), to: nodeId.revision('strategy-approval:w3', 1), at_utc: '2026-11-21T10:00:00Z', decision: 'approve' })
  edges.push({ type: 'signer_transition', from: 'signer:lane-a', to: 'signer:lane-b', at_utc: '2026-11-22T10:00:00Z', revision: nodeId.revision('closure:w1', 2), context: null })
  edges.push({ type: 'hold_state_transition', from: nodeId.window('w1'), to: nodeId.hold('w1', 'h1', 'active'), transition: 'activate', at_utc: '2026-11-23T00:00:00Z', reason: 'audit', owner: 'legal' })
  edges.push({ type: 'hold_state_transition', from: nodeId.window('w3'), to: nodeId.hold('w3', 'h2', 'active'), transition: 'activate', at_utc: '2026-11-23T00:00:00Z', reason: 'case', owner: 'legal' })
  edges.push({ type: 'hold_state_transition', from: nodeId.hold('w3', 'h2', 'active'), to: nodeId.hold('w3', 'h2', 'released'), transition: 'release', at_utc: '2026-11-24T00:00:00Z' })
  return sortGraph({ schema_version: 'test', store_commit: 'c'.repeat(40), source_index_sha256: null, nodes, edges })
}

/** The parts as the cache stores them: through JSON, each parsed only when asked for. */
function storedView(g: LineageGraph): { view: GraphView; read: string[] } {
  const s = JSON.parse(JSON.stringify({ ...sliceGraph(g), windows: [...sliceGraph(g).windows] })) as { meta: LineageGraph; shared: Part; index: ReturnType<typeof sliceGraph>['index']; windows: [string, Part][] }
  const parts = new Map(s.windows)
  const read: string[] = []
  return { read, view: partsView(s.meta, s.shared, s.index, (w) => (read.push(w), parts.get(w))) }
}

const g = graph()
const audit = (x: LineageGraph, w: string) => {
  const sub = windowSubgraph(x, w)
  // what runAudit reads besides: the approvals, reviews and divergences pointing into the window's revisions, with their source
  const into = x.edges.filter((e) => x.nodes.some((n) => n.id === e.to && n.type === 'packet_revision' && n.release_window_id === w)).map((e) => [e, x.nodes.find((n) => n.id === e.from)])
  return { sub, into, chain: traceChain(x, `closure:${w}`), policies: tracePolicy(x, w), signers: signerRows(x, [w]), defects: validateGraph(sub) }
}
const queries: [string, (v: GraphView) => unknown][] = [
  ...['cp-w1', 'CP_W1', 'cp-w2', 'so-w3', 'closure:w2', 'sa-w3', 'nothing', '__proto__'].map((id): [string, (v: GraphView) => unknown] => [`T1 chain ${id}`, (v) => traceChain(v.chain(id), id)]),
  ...['w1', 'w2', 'w3', 'w4', 'w9'].map((w): [string, (v: GraphView) => unknown] => [`T2 policy ${w}`, (v) => tracePolicy(v.windows([w]), w)]),
  ...[1, 2, 3, 10].map((n): [string, (v: GraphView) => unknown] => [`T3 signers --last ${n}`, (v) => traceSigners(v.windows(lastWindows(v.windows([]), n)), n)]),
  ['T4 holds', (v) => traceHolds(v.holds())],
  ...['w1', 'w2', 'w3', 'w4', 'w9'].map((w): [string, (v: GraphView) => unknown] => [`audit ${w}`, (v) => audit(v.audit(w), w)])
]

describe('a graph cut into parts (graph-slices.ts)', () => {
  it.each(queries)('%s: the parts answer as the whole graph does, byte for byte', (_name, q) => {
    expect(JSON.stringify(q(storedView(g).view))).toBe(JSON.stringify(q(wholeView(g))))
  })

  it('the whole graph is the sum of its parts, in its order', () => {
    const s = sliceGraph(g)
    const { view } = storedView(g)
    expect(view.windows([...s.windows.keys()])).toEqual(g)
  })

  it.each([
    ['T2 policy w1', (v: GraphView) => v.windows(['w1']), ['w1']],
    ['T4 holds', (v: GraphView) => v.holds(), ['w1', 'w3']],
    ['audit w2 (its approval points into w3)', (v: GraphView) => v.audit('w2'), ['w2', 'w3']],
    ['T1 cp-w1 (two windows share the id)', (v: GraphView) => v.chain('cp-w1'), ['w1', 'w2']]
  ] as const)('%s parses only the parts it needs', (_name, q, parts) => {
    const { view, read } = storedView(g)
    q(view)
    expect([...new Set(read)].sort()).toEqual(parts)
  })
})
