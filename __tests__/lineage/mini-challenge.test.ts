import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LineageGraph, PolicyNode, RevisionNode } from '../../src/lineage/graph.js'
import { keyFileOf } from '../retention/fixture.js'
import { cleanupTempDirs, tempDir, writeFiles } from '../store/git-fixture.js'
import { cloneStore, commitAt, entryFor, git, inputsFor, keyringWith, laneB, miniStore, rotateTrust, T, W1, W2, type Mini } from './fixture.js'

// The seed's mini challenge on a real store (fixture.ts): three revisions across two windows, one
// policy change, one signer transition -> pass; a cycle put into the graph -> fail; fixed -> pass.
// Then the same store asked as of earlier moments (--at), since its policy and keyring change
// mid-history.

let s: Mini
let graph: LineageGraph

beforeAll(async () => {
  s = await miniStore()
  graph = JSON.parse((await s.run(['lineage', 'graph'])).stdout) as LineageGraph
}, 240_000)
afterAll(() => cleanupTempDirs())

const revisions = (g: LineageGraph) => g.nodes.filter((n): n is RevisionNode => n.type === 'packet_revision')
const edgesOf = (g: LineageGraph, type: string) => g.edges.filter((e) => e.type === type)

async function checkJson(m: Mini, argv: string[]): Promise<{ code: number; codes: string[] }> {
  const r = await m.run(['lineage', 'check', '--json', ...argv])
  return { code: r.code, codes: (JSON.parse(r.stdout) as { defects: { defect_code: string; severity: string }[] }).defects.filter((d) => d.severity === 'blocking').map((d) => d.defect_code) }
}

describe('the mini challenge', () => {
  it('W1 r001, r002 and W2 r001 with a policy change and a signer transition: pass', async () => {
    expect(revisions(graph).map((r) => `${r.family} ${r.release_window_id} r${r.revision} ${r.signer_id}`)).toEqual([
      `closure ${W1} r1 demo-release-lane`,
      `closure ${W1} r2 demo-release-lane`,
      `closure ${W2} r1 lane-b`
    ])
    const [w1r1, w1r2] = revisions(graph)
    expect(edgesOf(graph, 'supersedes')).toEqual([{ type: 'supersedes', from: w1r2.id, to: w1r1.id, at_utc: T.w1r2 }])
    // one policy change: two versions of the closure policy, each in force when its revision was signed
    const closurePolicies = graph.nodes.filter((n): n is PolicyNode => n.type === 'policy_version' && n.kind === 'closure-packet')
    expect(closurePolicies.map((p) => [p.introduced_commit === s.commits.policy, p.effective_source])).toEqual(expect.arrayContaining([[true, 'commit-time'], [false, 'commit-time']]))
    const claimed = (r: RevisionNode) => edgesOf(graph, 'evaluated_under_policy').find((e) => e.from === r.id && e.to.startsWith('policy:closure-packet:'))!
    expect(claimed(w1r1).to).not.toBe(claimed(w1r2).to)
    expect([claimed(w1r1).in_force, claimed(w1r2).in_force]).toEqual([true, true])
    // one signer transition, explained by the keyring commit that recorded it before lane-b signed
    expect(edgesOf(graph, 'signer_transition')).toEqual([
      expect.objectContaining({ from: 'signer:demo-release-lane', to: 'signer:lane-b', at_utc: T.w2r1, context: expect.objectContaining({ from_signer_id: 'demo-release-lane', approved_by: 'rita.release-authority', commit: s.commits.keyring }) })
    ])
    expect(await checkJson(s, [])).toEqual({ code: 0, codes: [] })
  })

  it('a cycle put into the supersede chain fails; the fixed graph passes', async () => {
    const dir = tempDir('re-lineage-cycle-')
    const [w1r1, w1r2] = revisions(graph)
    const broken = join(dir, 'cycle.json')
    writeFileSync(broken, JSON.stringify({ ...graph, edges: [...graph.edges, { type: 'supersedes', from: w1r1.id, to: w1r2.id }] }))
    const failed = await checkJson(s, ['--graph', broken])
    expect(failed.code).toBe(1)
    expect(failed.codes).toContain('LINEAGE_CYCLE')
    const text = await s.run(['lineage', 'check', '--graph', broken])
    expect(text.stdout).toMatch(/FAIL .*\n.*LINEAGE_CYCLE .*cycle through/)
    const fixed = join(dir, 'fixed.json')
    writeFileSync(fixed, JSON.stringify(graph))
    expect(await checkJson(s, ['--graph', fixed])).toEqual({ code: 0, codes: [] })
  })

  it('is deterministic: the same store and --at give byte-identical graphs, by commit or by time', async () => {
    const again = await s.run(['lineage', 'graph'])
    expect(again.stdout).toBe(`${JSON.stringify(graph, null, 2)}\n`)
    const byCommit = await s.run(['lineage', 'graph', '--at', s.commits.w1r2])
    const byTime = await s.run(['lineage', 'graph', '--at', T.w1r2])
    expect(byCommit.code).toBe(0)
    expect(byTime.stdout).toBe(byCommit.stdout)
  })

  it('a supplied graph with unknown types is a usage error naming the field (exit 2)', async () => {
    const file = join(tempDir('re-lineage-bad-'), 'bad.json')
    writeFileSync(file, JSON.stringify({ nodes: [{ id: 'x', type: 'mystery' }], edges: [] }))
    const r = await s.run(['lineage', 'check', '--graph', file])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('/nodes/0/type')
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
})

describe('as-of lineage: the store whose policy and keyring change mid-history', () => {
  it('T1 trace chain: the chain of W1 as of each moment', async () => {
    const id = revisions(graph)[0].packet_id
    const now = JSON.parse((await s.run(['trace', 'chain', '--packet-id', id.toUpperCase(), '--json'])).stdout) as { rows: { revision: string; supersedes: string | null; is_latest: boolean }[] }
    expect(now.rows.map((r) => [r.revision, r.supersedes !== null, r.is_latest])).toEqual([['r001', false, false], ['r002', true, true]])
    const before = JSON.parse((await s.run(['trace', 'chain', '--packet-id', id, '--json', '--at', s.commits.w1r1])).stdout) as { rows: { revision: string; is_latest: boolean }[] }
    expect(before.rows.map((r) => [r.revision, r.is_latest])).toEqual([['r001', true]])
  })

  it('T2 trace policy: before the change one closure policy governs W1, after it two, the new one changed during the window', async () => {
    const at = async (commit?: string) =>
      (JSON.parse((await s.run(['trace', 'policy', '--window', W1, '--json', ...(commit ? ['--at', commit] : [])])).stdout) as { rows: { kind: string; changed_during_window: boolean; introduced_commit: string }[] }).rows.filter((r) => r.kind === 'closure-packet')
    expect((await at(s.commits.w1r1)).map((r) => r.changed_during_window)).toEqual([false])
    const later = await at()
    expect(later).toHaveLength(2)
    expect(later.find((r) => r.introduced_commit === s.commits.policy)?.changed_during_window).toBe(true)
  })

  it('T3 trace signers: no transition before the keyring change, an explained one after', async () => {
    const at = async (commit?: string) => JSON.parse((await s.run(['trace', 'signers', '--last', '3', '--json', ...(commit ? ['--at', commit] : [])])).stdout) as { rows: { release_window_id: string; signers: string[]; transitions: { from: string; to: string; explained: boolean }[] }[] }
    const early = await at(s.commits.keyring)
    expect(early.rows.map((r) => [r.release_window_id, r.signers])).toEqual([[W1, ['demo-release-lane']]])
    const late = await at()
    expect(late.rows.map((r) => [r.release_window_id, r.signers, r.transitions.map((t) => `${t.from}->${t.to} ${t.explained}`)])).toEqual([
      [W1, ['demo-release-lane'], []],
      [W2, ['lane-b'], ['demo-release-lane->lane-b true']]
    ])
  })

  it('T4 trace holds --unresolved: the hold is open between placing and release, and not after', async () => {
    const at = async (commit?: string) => (JSON.parse((await s.run(['trace', 'holds', '--unresolved', '--json', ...(commit ? ['--at', commit] : [])])).stdout) as { rows: { release_window_id: string; reason: string; owner: string }[] }).rows
    expect(await at(s.commits.w1r2)).toEqual([])
    expect(await at(s.commits.w2r1)).toEqual([expect.objectContaining({ release_window_id: W1, reason: 'litigation: customer dispute 4471', owner: 'legal-team' })])
    expect(await at()).toEqual([])
  })

  it('a key rotation under the same signer id is not a signer change', async () => {
    const m = cloneStore(s)
    writeFiles(m.dir, { 'policies/keyring.yaml': keyringWith([laneB(true), entryFor('lane-b-2026-12', 'lane-b', 'release-lane')]), ...inputsFor(['A', 'B', 'C']) })
    commitAt(m.dir, 'keyring: a new key for lane-b; window c', '2026-11-28T09:00:00Z')
    await rotateTrust(m.dir, '2026-11-28T09:00:00Z')
    const r = await m.run(['export-closure', '--key-file', keyFileOf('lane-b-2026-12')], T.later)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    const g = JSON.parse((await m.run(['lineage', 'graph'])).stdout) as LineageGraph
    const keys = new Set(edgesOf(g, 'signed_by').filter((e) => e.to === 'signer:lane-b').map((e) => e.key_id))
    expect(keys.size).toBe(2)
    expect(edgesOf(g, 'signer_transition')).toHaveLength(1)
    expect(await checkJson(m, [])).toEqual({ code: 0, codes: [] })
    expect(git(m.dir, ['status', '--porcelain'])).toBe('')
  })
})

describe('audit --window', () => {
  it('answers the whole question on one page, each item with its commit and verification', async () => {
    const r = await s.run(['audit', '--window', W1, '--json'])
    expect(r.code, r.stderr).toBe(0)
    const a = JSON.parse(r.stdout) as {
      closure: { chain: { revision: string; commit: string; signature_verified: boolean }[]; gate_evidence: { rows_exported: number; left_out: { total: number } } }
      holds: { state: string; commit: string; verified: boolean }[]
      retention_expiry_utc: string
      policies: { kind: string }[]
      signers: { signers: string[] }
      defects: unknown[]
    }
    expect(a.closure.chain.map((c) => [c.revision, c.commit, c.signature_verified])).toEqual([['r001', s.commits.w1r1, true], ['r002', s.commits.w1r2, true]])
    expect(a.closure.gate_evidence.rows_exported).toBeGreaterThan(0)
    expect(a.closure.gate_evidence.left_out.total).toBe(0)
    expect(a.holds.map((h) => [h.state, h.commit, h.verified])).toEqual([['active', s.commits.hold, true], ['released', s.commits.release, true]])
    expect(a.retention_expiry_utc).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(a.policies.map((p) => p.kind)).toEqual(['ack-ledger', 'closure-packet', 'closure-packet'])
    expect(a.signers.signers).toEqual(['demo-release-lane'])
    expect(a.defects).toEqual([])
    const text = await s.run(['audit', '--window', W1])
    for (const heading of ['Ledger gate evidence', 'Closure revisions and their chain', 'Legal holds', 'Strategy approvals and outcome', 'Policies in force', 'Signers']) expect(text.stdout).toContain(heading)
  })
})
