import { describe, expect, it } from 'vitest'
import { checkPacket } from '../../src/closure/check.js'
import { sealPacket } from '../../src/closure/digest.js'
import { buildPacket } from '../../src/closure/packet.js'
import { signPacket, verifyPacket } from '../../src/closure/sign.js'
import type { ClosurePacket } from '../../src/closure/types.js'
import { KEYS, NOW, testKeyring, testSigner } from '../signing/helpers.js'
import { closurePolicy, gate, POLICY_V1_TEXT, WINDOW } from './fixtures.js'

const policy = closurePolicy()
const keyring = testKeyring()

function packet(): ClosurePacket {
  return buildPacket({ gate: gate([{ id: 'a' }, { id: 'b', cls: 'page' }]), windowId: WINDOW, policy, signer: testSigner() }).packet
}

/** Edits a packet and re-seals its digest, as a buggy or hostile exporter would. */
function edited(edit: (p: ClosurePacket) => void, reseal = true): ClosurePacket {
  const p = structuredClone(packet())
  edit(p)
  if (!reseal) return p
  const { signature_digest: _d, ...body } = p
  return sealPacket(body)
}

const codes = (doc: unknown) => checkPacket(doc, policy).map((f) => `${f.code} ${f.field}`)

describe('reading a packet back against its contract', () => {
  it('a built packet has no findings', () => {
    expect(codes(packet())).toEqual([])
  })

  it.each<[string, (p: ClosurePacket) => void, boolean, string]>([
    ['C3 signature digest missing', (p) => delete (p as Partial<ClosurePacket>).signature_digest, false, 'PACKET_DIGEST_MISSING /signature_digest'],
    ['digest not matching the content', (p) => (p.rows[0].acknowledged_by = 'mallory'), false, 'PACKET_DIGEST_MISMATCH /signature_digest'],
    ['C5 non-UTC timestamp in a row', (p) => (p.rows[0].ack_timestamp_utc = '2026-11-23T11:03:00+02:00'), true, 'PACKET_TIMESTAMP_NOT_UTC /rows/0/ack_timestamp_utc'],
    ['C5 naive export time', (p) => (p.exported_at_utc = '2026-11-23T14:00:00'), true, 'PACKET_TIMESTAMP_NOT_UTC /exported_at_utc'],
    ['C5 non-UTC time inside an evidence ref', (p) => (p.rows[1].closure_evidence_refs.ci_artifacts[0].recorded_utc = '2026-11-23T10:30:00.000Z'), true, 'PACKET_TIMESTAMP_NOT_UTC /rows/1/closure_evidence_refs/ci_artifacts/0/recorded_utc'],
    ['C1 a row without refs of one kind', (p) => (p.rows[0].closure_evidence_refs.log_captures = []), true, 'CLOSURE_EVIDENCE_UNRESOLVED /rows/0/closure_evidence_refs/log_captures'],
    ['C2 lineage without final approver', (p) => (p.rows[0].approver_lineage.final_approver = ''), true, 'LINEAGE_INCOMPLETE /rows/0/approver_lineage/final_approver'],
    ['C2 IC override without the commander', (p) => (p.rows[0].approver_lineage.ack_path = 'incident_commander'), true, 'LINEAGE_INCOMPLETE /rows/0/approver_lineage/incident_commander'],
    ['rows out of order', (p) => p.rows.reverse(), true, 'PACKET_ROWS_UNSORTED /rows/1/alarm_id'],
    ['a required row field missing', (p) => delete (p.rows[0] as Partial<ClosurePacket['rows'][number]>).resolved_by, true, 'PACKET_FIELD_MISSING /rows/0/resolved_by'],
    ['r002 that supersedes nothing', (p) => (p.revision = 'r002'), true, 'PACKET_REVISION_INVALID /supersedes'],
    ['r001 that supersedes something', (p) => (p.supersedes = { revision: 'r000', signature_digest: 'f'.repeat(64) }), true, 'PACKET_REVISION_INVALID /supersedes'],
    ['a malformed revision label', (p) => (p.revision = 'r2'), true, 'PACKET_REVISION_INVALID /revision'],
    ['schema v2 without its incident window start', (p) => delete p.incident_window_start_utc, true, 'PACKET_FIELD_MISSING /incident_window_start_utc'],
    ['schema v2 with an incident window that ends before it starts', (p) => (p.incident_window_end_utc = '2026-01-01T00:00:00Z'), true, 'PACKET_FIELD_MISSING /incident_window_end_utc'],
    ['schema v2 with a non-UTC incident window bound', (p) => (p.incident_window_start_utc = '2026-11-23T09:00:00+01:00'), true, 'PACKET_TIMESTAMP_NOT_UTC /incident_window_start_utc']
  ])('%s', (_name, edit, reseal, finding) => {
    expect(codes(edited(edit, reseal))).toContain(finding)
  })

  it('schema v2 records the incident window; a v1 packet (no bounds) is still accepted, under the v2 policy too', () => {
    const p = packet()
    expect(p.schema.version).toBe(2)
    expect([p.incident_window_start_utc, p.incident_window_end_utc]).toEqual(['2026-11-23T09:00:00Z', '2026-11-23T11:00:00Z'])
    const v1 = buildPacket({ gate: gate([{ id: 'a' }, { id: 'b', cls: 'page' }]), windowId: WINDOW, policy: closurePolicy(POLICY_V1_TEXT), signer: testSigner() }).packet
    expect(v1.schema.version).toBe(1)
    expect('incident_window_start_utc' in v1 || 'incident_window_end_utc' in v1).toBe(false)
    expect(codes(v1)).toEqual([])
    // a v1 packet and a v2 one differ by exactly the bounds and the schema block
    const { incident_window_start_utc: _s, incident_window_end_utc: _e, schema: _v2, signature_digest: _d2, ...rest2 } = p
    const { schema: _v1, signature_digest: _d1, ...rest1 } = v1
    expect(rest2).toEqual(rest1)
  })

  it('reports findings for a non-object without throwing', () => {
    expect(codes([])).toEqual(['PACKET_FIELD_MISSING '])
    expect(codes({})).toContain('PACKET_DIGEST_MISSING /signature_digest')
  })
})

describe('verify before publish', () => {
  it('signPacket refuses (typed failure) a packet that a reader would reject, e.g. C5', () => {
    const bad = edited((p) => (p.rows[0].ack_timestamp_utc = '2026-11-23T11:03:00+02:00'))
    const r = signPacket(bad, testSigner(), keyring, policy, NOW)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.findings.map((f) => f.code)).toEqual(['PACKET_TIMESTAMP_NOT_UTC'])
  })

  it('signPacket refuses a packet whose signer the keyring does not trust at the verification instant', () => {
    const r = signPacket(packet(), testSigner(), testKeyring(KEYS.filter((k) => k.name === 'other')), policy, NOW)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.findings[0].code).toBe('KEY_UNKNOWN')
  })

  it('verifyPacket reports a signature failure and still reads the .json for the report', () => {
    const r = signPacket(packet(), testSigner(), keyring, policy, NOW)
    if (!r.ok) throw new Error('expected a signed packet')
    const tampered = r.files.json.replace('"acknowledged_by": "ada.oncall"', '"acknowledged_by": "mallory"')
    const v = verifyPacket(tampered, r.files.sig, keyring, policy, NOW)
    expect(v.ok).toBe(false)
    expect(v.findings.map((f) => f.code)).toEqual(['PAYLOAD_MISMATCH', 'PACKET_DIGEST_MISMATCH'])
    expect(v.facts.packetId).toBe(`cp-${WINDOW}`)
  })
})
