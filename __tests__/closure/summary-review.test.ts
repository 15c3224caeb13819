import { describe, expect, it } from 'vitest'
import { buildPacket } from '../../src/closure/packet.js'
import { reviewPacket, renderReviewMarkdown, renderReviewText, sampleRows } from '../../src/closure/review.js'
import { signPacket, verifyPacket } from '../../src/closure/sign.js'
import { renderSummaryMarkdown, renderSummaryText, summarizePacket } from '../../src/closure/summary.js'
import type { EvidenceRow, GateResult } from '../../src/ledger/types.js'
import { sha256Hex } from '../../src/util/hash.js'
import { KEYS, NOW, testKeyring, testSigner } from '../signing/helpers.js'
import { closurePolicy, gate, WINDOW, type AlarmSpec } from './fixtures.js'

const policy = closurePolicy()
const keyring = testKeyring()

const SPECS: AlarmSpec[] = [
  { id: 'alm-01' },
  { id: 'alm-02', cls: 'page' },
  { id: 'alm-03', mapping: 'backup' },
  { id: 'alm-04', cls: 'page', mapping: 'incident_commander', ack_by: 'ivy.ic' },
  { id: 'alm-05' },
  { id: 'alm-06', resolved: false },
  { id: 'alm-07', valid_ack: false }
]

function exported(g: GateResult = gate(SPECS), ring = keyring) {
  const signer = testSigner('lane', NOW, ring)
  const { packet } = buildPacket({ gate: g, windowId: WINDOW, policy, signer })
  const signed = signPacket(packet, signer, ring, policy, NOW)
  if (!signed.ok) throw new Error('signing failed')
  return { g, packet, files: signed.files, verification: verifyPacket(signed.files.json, signed.files.sig, ring, policy, NOW) }
}

describe('reviewer summary block (step 9)', () => {
  it('totals, block alarms, left-out count, signer and revision', () => {
    const { packet, verification } = exported()
    const s = summarizePacket(packet, verification)
    expect(s).toMatchObject({
      revision: 'r001',
      supersedes: null,
      resolved_alarms: 5,
      block_alarms_resolved: 3,
      page_alarms_resolved: 2,
      unresolved_or_invalid: 2,
      signer: { signer_id: 'release-lane-ci', role: 'release-lane', demo: false },
      signature: 'verified',
      signature_failure: null
    })
    expect(renderSummaryText(s)).toContain('Resolved alarms:         5 (block 3, page 2)')
    expect(renderSummaryMarkdown(s)).toContain('| Unresolved/invalid rows | 2 (unresolved 1, invalid ack 1,')
  })

  it('flags a demo-key signature and a failed signature', () => {
    const demoRing = testKeyring(KEYS.map((k) => (k.name === 'lane' ? { ...k, demo: true } : k)))
    const { packet, verification } = exported(gate(SPECS), demoRing)
    expect(renderSummaryText(summarizePacket(packet, verification))).toContain('[DEMO KEY: not a trusted signer]')
    const failed = verifyPacket(exported().files.json, exported().files.sig, testKeyring(KEYS.filter((k) => k.name !== 'lane')), policy, NOW)
    expect(summarizePacket(packet, failed)).toMatchObject({ signature: 'failed', signature_failure: 'KEY_UNKNOWN' })
  })

  it('escapes untrusted text in markdown (src/report/escape.ts mdText): | # @ newlines', () => {
    const { packet, verification } = exported()
    const s = summarizePacket({ ...packet, signer: { ...packet.signer, signer_id: 'x|y\n# heading @octocat #12' } }, verification)
    const md = renderSummaryMarkdown(s)
    expect(md).toContain('| Signer | x&#124;y &#35; heading @&#8203;octocat &#35;&#8203;12 (role release-lane, key ')
    expect(md.split('\n').filter((l) => l.startsWith('| Signer'))).toHaveLength(1)
  })
})

describe('post-incident review (step 10)', () => {
  it('passes a verified packet whose sampled refs all trace to evidence rows', () => {
    const { g, verification } = exported()
    const r = reviewPacket({ verification, evidence: g.evidence, policy })
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
    expect(r.pass).toBe(true)
    expect(r.sample).toHaveLength(3)
    expect(r.sample.every((s) => s.lineage_complete && s.refs.every((x) => x.status === 'traced'))).toBe(true)
    expect(r.follow_ups).toEqual([])
    expect(renderReviewText(r)).toContain(': PASS')
  })

  it('samples reproducibly: seeded by the packet digest, or by an explicit seed', () => {
    const { g, packet, verification } = exported()
    const a = reviewPacket({ verification, evidence: g.evidence, policy })
    const b = reviewPacket({ verification, evidence: g.evidence, policy })
    expect(a.sample.map((s) => s.alarm_id)).toEqual(b.sample.map((s) => s.alarm_id))
    expect(a.seed).toBe(packet.signature_digest)
    // anyone can recompute the draw with sha256sum
    const expected = packet.rows.map((r) => [sha256Hex(`${packet.signature_digest}:${r.alarm_id}`), r.alarm_id] as const).sort().slice(0, 3).map(([, id]) => id)
    expect(a.sample.map((s) => s.alarm_id)).toEqual(expected)
    const seeds = ['1', '2', '3', '4', '5', '6'].map((seed) => reviewPacket({ verification, evidence: g.evidence, policy, seed }).sample.map((s) => s.alarm_id).join(','))
    expect(new Set(seeds).size).toBeGreaterThan(1)
    expect(reviewPacket({ verification, evidence: g.evidence, policy, seed: '7' }).seed_source).toBe('explicit')
  })

  it('sampleRows takes everything when the packet is smaller than the sample', () => {
    expect(sampleRows([{ alarm_id: 'a' }], 's', 3)).toHaveLength(1)
  })

  it('fails with follow-ups when evidence rows went missing or changed after export', () => {
    const { g, packet, verification } = exported()
    const sampled = reviewPacket({ verification, evidence: g.evidence, policy }).sample.map((s) => s.alarm_id)
    const evidence: EvidenceRow[] = g.evidence
      .filter((e) => !(e.alarm_id === sampled[0] && e.evidence_kind === 'ci_artifact'))
      .map((e) => (e.alarm_id === sampled[1] && e.evidence_kind === 'validator_row' ? { ...e, uri: 'validator://rewritten' } : e))
    const r = reviewPacket({ verification, evidence, policy })
    expect(r.pass).toBe(false)
    expect(r.checks.find((c) => c.id === 'sample_trace')!.ok).toBe(false)
    expect(r.follow_ups.map((f) => [f.code, f.subject])).toEqual([
      ['REVIEW_REF_MISSING', sampled[0]],
      ['REVIEW_REF_CHANGED', sampled[1]]
    ])
    expect(r.follow_ups[1].action).toContain('differs from the packet in uri')
    expect(packet.rows.length).toBe(5)
  })

  it('fails on a signature failure and an unapproved schema version, saying what to do', () => {
    const { g, files } = exported()
    const tampered = verifyPacket(files.json.replace('"alarm_class": "page"', '"alarm_class": "block"'), files.sig, keyring, policy, NOW)
    const strict = closurePolicy().data
    const r = reviewPacket({ verification: tampered, evidence: g.evidence, policy: { ...closurePolicy(), data: { ...strict, review: { ...strict.review, approved_schema_versions: [1] } } } })
    expect(r.pass).toBe(false)
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['signature', 'schema_version', 'revision_chain'])
    expect(r.follow_ups.map((f) => f.code)).toEqual(['PAYLOAD_MISMATCH', 'REVIEW_SCHEMA_UNAPPROVED', 'PACKET_DIGEST_MISMATCH'])
    expect(renderReviewMarkdown(r)).toContain('- [ ] signature: PAYLOAD_MISMATCH: ')
  })
})
