import { describe, expect, it } from 'vitest'
import { buildGraph, policyNodes } from '../../src/lineage/build.js'
import type { PolicyEvent, SourceRevision, Sources } from '../../src/lineage/source-types.js'
import { validateGraph } from '../../src/lineage/validate.js'

// The builder's pure rules on hand-written sources (the real stores are in the other files of
// this folder): policy intervals, approval edges, rotation versus signer change.

const ev = (over: Partial<PolicyEvent>): PolicyEvent => ({ kind: 'strategy-approval', path: 'policies/strategy-approval.yaml', sha256: 'a'.repeat(64), commit: 'c1', order: 0, commitMs: Date.parse('2026-11-01T00:00:00Z'), effectiveUtc: null, policyVersionId: null, ...over })

function rev(over: Partial<SourceRevision> & { window: string; key?: string; revision: number; signer: string; keyId?: string; at: string; digest: string; supersedes?: string }): SourceRevision {
  return {
    family: over.family ?? 'strategy-approval',
    ref: { window: over.window, ...(over.key ? { key: over.key } : {}), revision: over.revision },
    path: `x/${over.window}/${over.revision}.json`,
    commit: `commit-${over.digest}`,
    facts: { packetId: `sap-${over.key ?? ''}`, digest: over.digest, supersedes: over.supersedes ?? null, windowId: over.window, revision: over.revision, signerId: over.signer, keyId: over.keyId ?? `k-${over.signer}`, signedAt: over.at, findings: [] },
    role: 'release-lane',
    hasSignature: true,
    continuity: over.continuity ?? true,
    extracted: over.extracted ?? { policies: [{ kind: 'strategy-approval', sha256: 'a'.repeat(64), basis: 'claimed' }] }
  }
}

describe('policy nodes', () => {
  it('one node per hash; effective_utc wins over the commit time; a reverted version is in force again', () => {
    const nodes = policyNodes([
      ev({ sha256: 'a'.repeat(64), order: 0 }),
      ev({ sha256: 'b'.repeat(64), order: 1, commit: 'c2', commitMs: Date.parse('2026-11-10T00:00:00Z'), effectiveUtc: '2026-11-12T00:00:00Z', policyVersionId: 'v2' }),
      ev({ sha256: 'a'.repeat(64), order: 2, commit: 'c3', commitMs: Date.parse('2026-11-20T00:00:00Z') })
    ])
    expect(nodes.map((n) => [n.sha256[0], n.effective_source, n.policy_version_id, n.in_force.map((i) => `${i.from_utc}..${i.until_utc ?? ''}`)])).toEqual([
      ['a', 'commit-time', null, ['2026-11-01T00:00:00Z..2026-11-12T00:00:00Z', '2026-11-20T00:00:00Z..']],
      ['b', 'policy', 'v2', ['2026-11-12T00:00:00Z..2026-11-20T00:00:00Z']]
    ])
  })
})

describe('the builder', () => {
  const base: Sources = { commit: 'head', sourceIndexSha256: null, policyEvents: [ev({})], transitions: [], revisions: [] }

  it('links an approval to the packet revision it approves, and never counts approvers as signer changes', () => {
    const packet = rev({ window: 'w1', key: 'c1', revision: 1, signer: 'ci', at: '2026-11-15T00:00:00Z', digest: 'd1' })
    const approval = rev({
      family: 'strategy-signoff',
      window: 'w1',
      key: 'c1-r001-ann',
      revision: 1,
      signer: 'ann',
      at: '2026-11-15T01:00:00Z',
      digest: 'd2',
      continuity: false,
      extracted: { policies: [{ kind: 'strategy-approval', sha256: null, basis: 'in-force' }], subject: { edge: 'approves', family: 'strategy-approval', window: 'w1', key: 'c1', revision: 1, decision: 'approve' } }
    })
    const g = buildGraph({ ...base, revisions: [packet, approval] })
    expect(g.edges.filter((e) => e.type === 'approves')).toEqual([{ type: 'approves', from: 'rev:strategy-signoff:w1:c1-r001-ann:r001', to: 'rev:strategy-approval:w1:c1:r001', at_utc: '2026-11-15T01:00:00Z', decision: 'approve' }])
    expect(g.edges.filter((e) => e.type === 'signer_transition')).toEqual([])
    expect(g.edges.find((e) => e.type === 'evaluated_under_policy' && e.from.includes('signoff'))).toMatchObject({ basis: 'in-force', in_force: true })
    expect(validateGraph(g).filter((d) => d.severity === 'blocking')).toEqual([])
  })

  it('a new key under the same signer is a rotation; a new signer without context is reported', () => {
    const r1 = rev({ window: 'w1', key: 'c1', revision: 1, signer: 'ci', at: '2026-11-15T00:00:00Z', digest: 'd1' })
    const r2 = rev({ window: 'w1', key: 'c1', revision: 2, signer: 'ci', keyId: 'k-new', at: '2026-11-16T00:00:00Z', digest: 'd2', supersedes: 'd1' })
    const r3 = rev({ window: 'w1', key: 'c1', revision: 3, signer: 'other', at: '2026-11-17T00:00:00Z', digest: 'd3', supersedes: 'd2' })
    const rotated = buildGraph({ ...base, revisions: [r1, r2] })
    expect(rotated.edges.filter((e) => e.type === 'signer_transition')).toEqual([])
    expect(new Set(rotated.edges.filter((e) => e.type === 'signed_by').map((e) => e.key_id))).toEqual(new Set(['k-ci', 'k-new']))
    const changed = buildGraph({ ...base, revisions: [r1, r2, r3] })
    expect(changed.edges.filter((e) => e.type === 'signer_transition')).toEqual([expect.objectContaining({ from: 'signer:ci', to: 'signer:other', context: null })])
    expect(validateGraph(changed).map((d) => d.defect_code)).toEqual(['LINEAGE_SIGNER_TRANSITION'])
    const explained = buildGraph({ ...base, revisions: [r1, r2, r3], transitions: [{ signer_id: 'other', from_signer_id: 'ci', reason: 'handover', approved_by: 'rita', approved_at_utc: '2026-11-16T12:00:00Z', commit: 'k1', commitMs: Date.parse('2026-11-16T12:00:00Z') }] })
    expect(validateGraph(explained)).toEqual([])
  })
})
