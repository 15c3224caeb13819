import { createHash } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPacket, buildPackets, nextRevision } from '../../src/closure/packet.js'
import { contentKey, signatureDigest } from '../../src/closure/digest.js'
import { signPacket, verifyPacket } from '../../src/closure/sign.js'
import { canonicalSha256 } from '../../src/util/hash.js'
import { crossChecks, ms, NOW, testKeyring, testSigner } from '../signing/helpers.js'
import { closurePolicy, evidenceRow, gate, POLICY_TEXT, POLICY_V1_TEXT, WINDOW, type AlarmSpec } from './fixtures.js'

const policy = closurePolicy()
const keyring = testKeyring()

const MIXED: AlarmSpec[] = [
  { id: 'alm-3', cls: 'page' },
  { id: 'alm-1' },
  { id: 'alm-2', resolved: false },
  { id: 'alm-4', valid_ack: false },
  { id: 'alm-5', without: ['validator_row'] },
  { id: 'alm-6', approver: '' },
  { id: 'alm-0', mapping: 'backup', ack_at: '2026-11-23T11:03:00+02:00' },
  { id: 'alm-9', window: 'rw-other' }
]

function build(specs = MIXED, previous?: { revision: string; signature_digest: string }, at = NOW) {
  return buildPacket({ gate: gate(specs), windowId: WINDOW, policy, signer: testSigner('lane', at), previous })
}

const start = crossChecks.count
afterAll(() => expect(crossChecks.count).toBeGreaterThan(start))

describe('closure packet assembly', () => {
  it('exports only resolved alarms with a valid ack, of this window, sorted by alarm_id', () => {
    const { packet } = build()
    expect(packet.rows.map((r) => r.alarm_id)).toEqual(['alm-0', 'alm-1', 'alm-3'])
    expect(packet.release_window_id).toBe(WINDOW)
    expect(packet.packet_id).toBe(`cp-${WINDOW}`)
  })

  it('counts what it left out, each alarm once, by reason', () => {
    expect(build().packet.left_out).toEqual({ unresolved: 1, invalid_ack: 1, evidence_unresolved: 1, lineage_incomplete: 1, timestamp_invalid: 0, total: 4 })
  })

  it('normalizes timestamps to canonical UTC', () => {
    const row = build().packet.rows.find((r) => r.alarm_id === 'alm-0')!
    expect(row.ack_timestamp_utc).toBe('2026-11-23T09:03:00Z')
    expect(row.resolved_timestamp_utc).toBe('2026-11-23T11:00:00Z')
  })

  it('links every policy evidence kind under its field, with ids that trace to evidence rows', () => {
    const row = build().packet.rows[1]
    expect(Object.keys(row.closure_evidence_refs).sort()).toEqual(['approval_notes', 'ci_artifacts', 'log_captures', 'validator_rows'])
    expect(row.closure_evidence_refs.ci_artifacts).toEqual([{ evidence_id: 'ev-alm-1-ci-artifact', uri: 'ci://builds/1234/alm-1.tar.gz', recorded_utc: '2026-11-23T10:30:00Z', recorded_by: 'sam.sre' }])
    // the closure proof is a log_capture row too, listed in time order after the first
    expect(row.closure_evidence_refs.log_captures.map((r) => r.evidence_id)).toEqual(['ev-alm-1-log-capture', 'ev-alm-1-closure'])
    expect(row.closure_evidence_id).toBe('ev-alm-1-closure')
    expect(row.resolved_by).toBe('sam.sre')
  })

  it.each([
    ['primary', {}, { ack_path: 'primary', owner_role: 'payments-oncall', backup_owner_role: null, incident_commander: null, final_approver: 'erin.approver' }],
    ['backup', { mapping: 'backup' as const }, { ack_path: 'backup', owner_role: 'payments-oncall', backup_owner_role: 'platform-oncall', incident_commander: null, final_approver: 'erin.approver' }],
    ['incident commander', { mapping: 'incident_commander' as const, ack_by: 'ivy.ic' }, { ack_path: 'incident_commander', owner_role: 'payments-oncall', backup_owner_role: null, incident_commander: 'ivy.ic', final_approver: 'erin.approver' }]
  ])('records approver lineage for a %s acknowledgment', (_n, spec, lineage) => {
    const { packet, defects } = build([{ id: 'a', ...spec }])
    expect(defects).toEqual([])
    expect(packet.rows[0].approver_lineage).toEqual(lineage)
  })

  it('the final approver is the latest approval note', () => {
    const g = gate([{ id: 'a' }], [evidenceRow('a', 'approval_note', { evidence_id: 'ev-late-note', recorded_utc: '2026-11-23T12:00:00Z', recorded_by: 'fay.director' })])
    const { packet } = buildPacket({ gate: g, windowId: WINDOW, policy, signer: testSigner() })
    expect(packet.rows[0].approver_lineage.final_approver).toBe('fay.director')
  })
})

describe('rejected rows are defects (C1, C2)', () => {
  it('C1: a missing evidence kind rejects the row with CLOSURE_EVIDENCE_UNRESOLVED', () => {
    const { packet, defects } = build([{ id: 'a', without: ['ci_artifact'] }])
    expect(packet.rows).toEqual([])
    expect(defects).toEqual([
      expect.objectContaining({ subject: 'a', defect_code: 'CLOSURE_EVIDENCE_UNRESOLVED', severity: 'blocking', field: 'closure_evidence_refs/ci_artifacts', owner_role: 'payments-oncall', file: 'examples/ack-ledger.csv' })
    ])
  })

  it('C1: an evidence row with an empty uri rejects the row, pointing at that evidence row', () => {
    const g = gate([{ id: 'a' }])
    const ci = g.evidence.find((e) => e.evidence_kind === 'ci_artifact')!
    ci.uri = ' '
    const { defects } = buildPacket({ gate: g, windowId: WINDOW, policy, signer: testSigner() })
    expect(defects).toEqual([expect.objectContaining({ defect_code: 'CLOSURE_EVIDENCE_UNRESOLVED', file: ci.source.file, line: ci.source.line, detail: 'ci_artifact evidence row has an empty uri' })])
  })

  it.each([
    ['no final approver', { approver: '' }, 'approver_lineage/final_approver'],
    ['backup acknowledged but no backup role', { mapping: 'backup' as const, backup: '' }, 'approver_lineage/backup_owner_role'],
    ['no owner role', { owner: '' }, 'approver_lineage/owner_role'],
    ['no resolver', { closed_by: '' }, 'resolved_by'],
    ['no approval note at all', { without: ['approval_note'] }, 'approver_lineage/final_approver']
  ])('C2: %s is LINEAGE_INCOMPLETE', (_n, spec, field) => {
    const { packet, defects } = build([{ id: 'a', ...spec }])
    expect(packet.rows).toEqual([])
    expect(defects.map((d) => [d.defect_code, d.field])).toContainEqual(['LINEAGE_INCOMPLETE', field])
  })

  it('separation of duties, when the policy asks for it', () => {
    const strict = closurePolicy(POLICY_TEXT.replace('final_approver_distinct_from_acknowledger: false', 'final_approver_distinct_from_acknowledger: true'))
    const g = gate([{ id: 'a', ack_by: 'erin.approver' }])
    const { defects } = buildPacket({ gate: g, windowId: WINDOW, policy: strict, signer: testSigner() })
    expect(defects.map((d) => d.detail)).toEqual(["final approver 'erin.approver' also acknowledged the alarm"])
  })

  it('a timestamp that cannot be normalized rejects the row with CLOSURE_TIMESTAMP_INVALID', () => {
    const { packet, defects } = build([{ id: 'a', ack_at: '2026-11-23 09:03' }])
    expect(packet.left_out.timestamp_invalid).toBe(1)
    expect(defects[0].defect_code).toBe('CLOSURE_TIMESTAMP_INVALID')
  })
})

describe('determinism, digests and revisions', () => {
  it('same GateResult and now give byte-identical .json and .sig', () => {
    const a = signPacket(build().packet, testSigner(), keyring, policy, NOW)
    const b = signPacket(build().packet, testSigner(), keyring, policy, NOW)
    expect(a.ok && b.ok).toBe(true)
    if (a.ok && b.ok) {
      expect(a.files.json).toBe(b.files.json)
      expect(a.files.sig).toBe(b.files.sig)
    }
  })

  it('the order of the gate result does not change the packet', () => {
    const g = gate(MIXED)
    const shuffled = { ...g, alarms: [...g.alarms].reverse(), evidence: [...g.evidence].reverse() }
    const a = buildPacket({ gate: g, windowId: WINDOW, policy, signer: testSigner() })
    const b = buildPacket({ gate: shuffled, windowId: WINDOW, policy, signer: testSigner() })
    expect(canonicalSha256(a.packet)).toBe(canonicalSha256(b.packet))
  })

  it('signature_digest is sha256 of the canonical packet without it (schema v1: the bytes of every packet before the bump)', () => {
    const { packet } = buildPacket({ gate: gate([{ id: 'alm-1' }]), windowId: WINDOW, policy: closurePolicy(POLICY_V1_TEXT), signer: testSigner('lane', NOW) })
    const { signature_digest, ...body } = packet
    // The RFC 8785 bytes of the body, written out (keys sorted by code unit, no whitespace), and
    // their sha256 as `printf %s "$canonical" | openssl dgst -sha256` prints it: neither comes
    // from the code under test.
    const canonical = [
      '{"exported_at_utc":"2026-11-23T14:00:00Z","ledger_policy_sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",',
      '"left_out":{"evidence_unresolved":0,"invalid_ack":0,"lineage_incomplete":0,"timestamp_invalid":0,"total":0,"unresolved":0},',
      '"packet_id":"cp-rw-2026-11-23","release_window_id":"rw-2026-11-23","revision":"r001","rows":[{"ack_timestamp_utc":"2026-11-23T09:03:00Z",',
      '"acknowledged_by":"ada.oncall","alarm_class":"block","alarm_id":"alm-1","approver_lineage":{"ack_path":"primary",',
      '"backup_owner_role":null,"final_approver":"erin.approver","incident_commander":null,"owner_role":"payments-oncall"},',
      '"closure_evidence_id":"ev-alm-1-closure","closure_evidence_refs":{"approval_notes":[{"evidence_id":"ev-alm-1-approval-note",',
      '"recorded_by":"erin.approver","recorded_utc":"2026-11-23T10:30:00Z","uri":"approval_note://alm-1"}],"ci_artifacts":[{"evidence_id":"ev-alm-1-ci-artifact",',
      '"recorded_by":"sam.sre","recorded_utc":"2026-11-23T10:30:00Z","uri":"ci://builds/1234/alm-1.tar.gz"}],"log_captures":[{"evidence_id":"ev-alm-1-log-capture",',
      '"recorded_by":"sam.sre","recorded_utc":"2026-11-23T10:30:00Z","uri":"log_capture://alm-1"},{"evidence_id":"ev-alm-1-closure",',
      '"recorded_by":"sam.sre","recorded_utc":"2026-11-23T11:00:00Z","uri":"log_capture://alm-1"}],"validator_rows":[{"evidence_id":"ev-alm-1-validator-row",',
      '"recorded_by":"sam.sre","recorded_utc":"2026-11-23T10:30:00Z","uri":"validator_row://alm-1"}]},"closure_state":"resolved",',
      '"resolved_by":"sam.sre","resolved_timestamp_utc":"2026-11-23T11:00:00Z"}],"schema":{"sha256":"f7a36ae728875b6786521441ae20a7d127abb0f55958cbadf7df551e604b1cbf",',
      '"version":1},"signer":{"key_id":"2343f7d0c76f424523d25957b68e4f9b21760707b7cc1fcc872823b97d42c964","role":"release-lane",',
      '"signed_at_utc":"2026-11-23T14:00:00Z","signer_id":"release-lane-ci"},"supersedes":null}'
    ].join('')
    expect(JSON.parse(canonical)).toEqual(body)
    const digest = '369390562761327b00ed19bb1cfd0553f580ad5cc5c6b5c042b75443ba2a151f'
    expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(digest)
    expect(signature_digest).toBe(digest)
    expect(signatureDigest(packet)).toBe(digest)
  })

  it('signature_digest is sha256 of the canonical packet without it (schema v2: the same bytes plus the incident window bounds)', () => {
    const { packet } = build([{ id: 'alm-1' }])
    const { signature_digest, ...body } = packet
    // The RFC 8785 bytes of the body, written out (keys sorted by code unit, no whitespace), and
    // their sha256 as `printf %s "$canonical" | openssl dgst -sha256` prints it: neither comes
    // from the code under test.
    const canonical = [
      '{"exported_at_utc":"2026-11-23T14:00:00Z","incident_window_end_utc":"2026-11-23T11:00:00Z","incident_window_start_utc":"2026-11-23T09:00:00Z',
      '","ledger_policy_sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","left_out":{"evidence_unresolved":0,"invalid_ack',
      '":0,"lineage_incomplete":0,"timestamp_invalid":0,"total":0,"unresolved":0},"packet_id":"cp-rw-2026-11-23","release_window_id":"rw-2026-11-23',
      '","revision":"r001","rows":[{"ack_timestamp_utc":"2026-11-23T09:03:00Z","acknowledged_by":"ada.oncall","alarm_class":"block","alarm_id":"alm',
      '-1","approver_lineage":{"ack_path":"primary","backup_owner_role":null,"final_approver":"erin.approver","incident_commander":null,"owner_role',
      '":"payments-oncall"},"closure_evidence_id":"ev-alm-1-closure","closure_evidence_refs":{"approval_notes":[{"evidence_id":"ev-alm-1-approval-n',
      'ote","recorded_by":"erin.approver","recorded_utc":"2026-11-23T10:30:00Z","uri":"approval_note://alm-1"}],"ci_artifacts":[{"evidence_id":"ev-',
      'alm-1-ci-artifact","recorded_by":"sam.sre","recorded_utc":"2026-11-23T10:30:00Z","uri":"ci://builds/1234/alm-1.tar.gz"}],"log_captures":[{"e',
      'vidence_id":"ev-alm-1-log-capture","recorded_by":"sam.sre","recorded_utc":"2026-11-23T10:30:00Z","uri":"log_capture://alm-1"},{"evidence_id"',
      ':"ev-alm-1-closure","recorded_by":"sam.sre","recorded_utc":"2026-11-23T11:00:00Z","uri":"log_capture://alm-1"}],"validator_rows":[{"evidence',
      '_id":"ev-alm-1-validator-row","recorded_by":"sam.sre","recorded_utc":"2026-11-23T10:30:00Z","uri":"validator_row://alm-1"}]},"closure_state"',
      ':"resolved","resolved_by":"sam.sre","resolved_timestamp_utc":"2026-11-23T11:00:00Z"}],"schema":{"sha256":"f2c6ac5b5ccecd6d0073500258cb6619f5',
      'eac6e3c336f59870280821c599ec15","version":2},"signer":{"key_id":"2343f7d0c76f424523d25957b68e4f9b21760707b7cc1fcc872823b97d42c964","role":"r',
      'elease-lane","signed_at_utc":"2026-11-23T14:00:00Z","signer_id":"release-lane-ci"},"supersedes":null}'
    ].join('')
    expect(JSON.parse(canonical)).toEqual(body)
    const digest = 'b27701e4bf85c18627eb31aa6ccd43c892e815fde8f316a23e5587710152c5b1'
    expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(digest)
    expect(signature_digest).toBe(digest)
    expect(signatureDigest(packet)).toBe(digest)
  })

  it('records the schema version and the policy hash', () => {
    expect(build().packet.schema).toEqual({ version: 2, sha256: policy.sha256 })
  })

  it('contentKey ignores the export event (time, revision, signer) but not the content', () => {
    const first = build(MIXED, undefined, NOW)
    const later = build(MIXED, { revision: 'r001', signature_digest: first.packet.signature_digest }, ms('2026-11-24T08:00:00Z'))
    expect(later.packet.exported_at_utc).not.toBe(first.packet.exported_at_utc)
    expect(later.contentKey).toBe(first.contentKey)
    expect(contentKey(later.packet)).toBe(first.contentKey)
    const changed = build([...MIXED, { id: 'alm-7' }])
    expect(changed.contentKey).not.toBe(first.contentKey)
  })

  it('each revision names its predecessor and digest: a hash chain', () => {
    const r1 = build().packet
    const r2 = build(MIXED, { revision: r1.revision, signature_digest: r1.signature_digest }).packet
    expect(r1.revision).toBe('r001')
    expect(r1.supersedes).toBeNull()
    expect(r2.revision).toBe('r002')
    expect(r2.supersedes).toEqual({ revision: 'r001', signature_digest: r1.signature_digest })
    expect(r2.signature_digest).not.toBe(r1.signature_digest)
    expect(nextRevision('r999')).toBe('r1000')
    expect(() => nextRevision('r1')).toThrow(RangeError)
  })

  it('builds one packet per window, in window order', () => {
    const packets = buildPackets(gate(MIXED), policy, testSigner())
    expect(packets.map((p) => p.packet.release_window_id)).toEqual([WINDOW, 'rw-other'])
    expect(packets[1].packet.rows.map((r) => r.alarm_id)).toEqual(['alm-9'])
  })

  it('a signed packet verifies as a reader would verify it', () => {
    const signed = signPacket(build().packet, testSigner(), keyring, policy, NOW)
    expect(signed.ok).toBe(true)
    if (signed.ok) {
      const v = verifyPacket(signed.files.json, signed.files.sig, keyring, policy, NOW)
      expect(v.findings).toEqual([])
      expect(v.facts).toMatchObject({ packetId: `cp-${WINDOW}`, revision: 1, supersedes: null, signerId: 'release-lane-ci' })
    }
  })
})
