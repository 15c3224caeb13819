// Ed25519 sign and verify throughput: node:crypto (what the product uses) against tweetnacl (what
// the test suite cross-checks with), over the DSSE pre-authentication encoding of a realistic
// closure packet. Also the whole per-packet path: RFC 8785 canonicalization + sha256 digest + sign
// + verify. Plain node, no build needed; the 20 lines of DER wrapping mirror src/signing/ed25519.ts.
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'
import canonicalize from 'canonicalize'
import nacl from 'tweetnacl'

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
const seed = createHash('sha256').update('bench seed').digest()
const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
const rawPublic = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length)
const publicKey = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, rawPublic]), format: 'der', type: 'spki' })
const pair = nacl.sign.keyPair.fromSeed(seed)

const TYPE = 'application/vnd.release-evidence.closure-packet+json'
const pae = (payload) => Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(TYPE)} ${TYPE} ${payload.length} `), payload])

function packet(rows) {
  const ref = (id, kind) => [{ evidence_id: `ev-${id}-${kind}`, uri: `${kind}://builds/8841/${id}`, recorded_utc: '2026-11-23T10:30:00Z', recorded_by: 'sam.sre' }]
  return {
    packet_id: 'cp-rw-2026-11-23',
    release_window_id: 'rw-2026-11-23',
    revision: 'r002',
    supersedes: { revision: 'r001', signature_digest: 'e'.repeat(64) },
    schema: { version: 1, sha256: 'a'.repeat(64) },
    ledger_policy_sha256: 'b'.repeat(64),
    signer: { signer_id: 'release-lane-ci', key_id: 'c'.repeat(64), role: 'release-lane', signed_at_utc: '2026-11-23T14:00:00Z' },
    exported_at_utc: '2026-11-23T14:00:00Z',
    left_out: { unresolved: 3, invalid_ack: 1, timestamp_invalid: 0, evidence_unresolved: 1, lineage_incomplete: 0, total: 5 },
    rows: Array.from({ length: rows }, (_, i) => {
      const id = `alm-${String(i).padStart(5, '0')}`
      return {
        alarm_id: id,
        alarm_class: i % 3 === 0 ? 'block' : 'page',
        closure_state: 'resolved',
        acknowledged_by: 'ada.oncall',
        ack_timestamp_utc: '2026-11-23T09:03:00Z',
        resolved_by: 'sam.sre',
        resolved_timestamp_utc: '2026-11-23T11:00:00Z',
        closure_evidence_id: `ev-${id}-closure`,
        closure_evidence_refs: { ci_artifacts: ref(id, 'ci'), validator_rows: ref(id, 'val'), log_captures: ref(id, 'log'), approval_notes: ref(id, 'note') },
        approver_lineage: { ack_path: 'primary', owner_role: 'payments-oncall', backup_owner_role: null, incident_commander: null, final_approver: 'erin.approver' }
      }
    })
  }
}

function rate(label, fn, minMs = 1000) {
  for (let i = 0; i < 20; i++) fn()
  let n = 0
  const start = process.hrtime.bigint()
  let elapsed = 0
  while (elapsed < minMs) {
    for (let i = 0; i < 10; i++) fn()
    n += 10
    elapsed = Number(process.hrtime.bigint() - start) / 1e6
  }
  const perSec = (n / elapsed) * 1000
  console.log(`${label.padEnd(58)} ${perSec.toFixed(0).padStart(8)} ops/s  ${((elapsed / n) * 1000).toFixed(1).padStart(9)} us/op`)
  return perSec
}

const small = pae(Buffer.from(canonicalize(packet(3))))
const large = pae(Buffer.from(canonicalize(packet(200))))
console.log(`node ${process.version}; message: PAE of a 3-row packet (${small.length} B) and a 200-row packet (${large.length} B)`)

const sigNode = sign(null, small, privateKey)
const sigNacl = nacl.sign.detached(small, pair.secretKey)
if (!sigNode.equals(Buffer.from(sigNacl))) throw new Error('node:crypto and tweetnacl disagree')

rate('node:crypto sign   (3 rows, reused KeyObject)', () => sign(null, small, privateKey))
rate('node:crypto verify (3 rows, reused KeyObject)', () => verify(null, small, publicKey, sigNode))
rate('node:crypto verify (3 rows, key re-imported each time)', () => verify(null, small, createPublicKey({ key: Buffer.concat([SPKI_PREFIX, rawPublic]), format: 'der', type: 'spki' }), sigNode))
rate('tweetnacl   sign   (3 rows)', () => nacl.sign.detached(small, pair.secretKey), 1500)
rate('tweetnacl   verify (3 rows)', () => nacl.sign.detached.verify(small, sigNacl, pair.publicKey), 1500)
const sigLarge = sign(null, large, privateKey)
rate('node:crypto sign   (200 rows)', () => sign(null, large, privateKey))
rate('node:crypto verify (200 rows)', () => verify(null, large, publicKey, sigLarge))
rate('tweetnacl   sign   (200 rows)', () => nacl.sign.detached(large, pair.secretKey), 1500)

const doc = packet(200)
rate('whole packet: JCS + sha256 digest + sign + verify (200 rows)', () => {
  const { signature_digest: _d, ...body } = doc
  const digest = createHash('sha256').update(canonicalize(body)).digest('hex')
  const payload = Buffer.from(canonicalize({ ...doc, signature_digest: digest }))
  const m = pae(payload)
  verify(null, m, publicKey, sign(null, m, privateKey))
})
