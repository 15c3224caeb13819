import { execFileSync, spawnSync } from 'node:child_process'
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { payloadTypeFor, renderJson, signDocument, verifyDocument } from '../../src/signing/document.js'
import { pae, renderEnvelope } from '../../src/signing/dsse.js'
import { publicKeyFromRaw, rawPublicKey, seedOf, verifyBytes } from '../../src/signing/ed25519.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { checkRequirement, type ApprovalRequirement } from '../../src/signing/approval-requirement.js'
import { verifySignatureSet, type SignedPair } from '../../src/signing/signature-set.js'
import { createSigner, signerBlock, type Signer } from '../../src/signing/signer.js'
import { canonicalBytes } from '../../src/util/hash.js'
import { ms, NOW } from './helpers.js'

// Approvals of one subject by several people, with freshly generated Ed25519 keys (node:crypto),
// real signatures and a real keyring. Each row of a table reads as a rule of the signature set.

const KIND = 'purge-approval'
const SUBJECT = 'sha256:4f1c0a'
const EARLIER = ms('2026-03-01T00:00:00Z')

// name -> keyring entry; `ada2` is a second key of the same person as `ada`.
const PEOPLE = {
  ada: { signer_id: 'ada', role: 'compliance', until: '2027-01-01T00:00:00Z' },
  ada2: { signer_id: 'ada', role: 'compliance', until: '2027-01-01T00:00:00Z' },
  bo: { signer_id: 'bo', role: 'compliance', until: '2027-01-01T00:00:00Z' },
  cy: { signer_id: 'cy', role: 'release-authority', until: '2027-01-01T00:00:00Z' },
  ci: { signer_id: 'release-lane-ci', role: 'release-lane', until: '2027-01-01T00:00:00Z' },
  old: { signer_id: 'old', role: 'compliance', until: '2026-06-01T00:00:00Z' },
  // one person, two roles (two keys): covers the scarcer role when both are required
  al: { signer_id: 'al', role: 'release-authority', until: '2027-01-01T00:00:00Z' },
  al2: { signer_id: 'al', role: 'compliance', until: '2027-01-01T00:00:00Z' },
  zed: { signer_id: 'zed', role: 'compliance', until: '2027-01-01T00:00:00Z' }
} as const
type Name = keyof typeof PEOPLE

const privateKeys = Object.fromEntries(Object.keys(PEOPLE).map((n) => [n, generateKeyPairSync('ed25519').privateKey])) as Record<Name, KeyObject>
const keyring = parseKeyring(
  [
    'version: 1',
    'keys:',
    ...Object.entries(PEOPLE).flatMap(([n, p]) => [
      `  - signer_id: ${p.signer_id}`,
      `    public_key: ${rawPublicKey(privateKeys[n as Name]).toString('base64')}`,
      `    role: ${p.role}`,
      '    valid_from_utc: 2026-01-01T00:00:00Z',
      `    valid_until_utc: ${p.until}`
    ]),
    ''
  ].join('\n'),
  'policies/keyring.yaml'
)

/** The product's signer for `name`; `at` past the key's validity skips createSigner's refusal, as a forger would. */
function signer(name: Name, at = NOW): Signer {
  const key = parseSigningKey(seedOf(privateKeys[name]).toString('base64'), `test key ${name}`)
  return at < ms(PEOPLE[name].until) ? createSigner(key, keyring, at) : { ...createSigner(key, keyring, EARLIER), at }
}

function approval(name: Name, opts: { at?: number; subject?: string; file?: string; keyid?: Name } = {}): SignedPair {
  const s = signer(name, opts.at)
  const doc = { signer: signerBlock(s), subject_sha256: opts.subject ?? SUBJECT, decision: 'approve' }
  const files = signDocument(KIND, doc, s)
  const sig = opts.keyid ? files.sig.replace(s.keyId, signer(opts.keyid).keyId) : files.sig
  return { name: opts.file ?? `approvals/${name}.json`, json: files.json, sig }
}

/** One envelope, several signatures: the document lists every signer's block, all sign the same bytes. */
function jointApproval(names: Name[], file = 'approvals/joint.json') {
  const signers = names.map((n) => signer(n))
  const doc = { signers: signers.map(signerBlock), subject_sha256: SUBJECT, decision: 'approve' }
  const payload = canonicalBytes(doc)
  const type = payloadTypeFor(KIND)
  const signatures = signers.map((s) => ({ keyid: s.keyId, sig: Buffer.from(s.sign(pae(type, payload))).toString('base64') }))
  return { name: file, json: renderJson(doc), sig: renderEnvelope({ payloadType: type, payload: payload.toString('base64'), signatures }), type, payload }
}

const DUAL: ApprovalRequirement = { threshold: 2, roles_required: ['compliance', 'compliance'], roles_allowed: ['compliance'] }

function judge(documents: SignedPair[], requirement: ApprovalRequirement = DUAL) {
  return verifySignatureSet({ kind: KIND, documents, keyring, at: NOW, subject: SUBJECT, subjectOf: '/subject_sha256', requirement })
}

const keyOf = (name: Name) => signer(name).keyId

describe('counting approvals', () => {
  it.each<[string, () => SignedPair[], ApprovalRequirement, { met: boolean; keys: Name[]; signers: string[]; invalid: string[] }]>([
    ['two people, two keys: 2-of-2 met', () => [approval('ada'), approval('bo')], DUAL, { met: true, keys: ['ada', 'bo'], signers: ['ada', 'bo'], invalid: [] }],
    ['the same key twice counts once (the later one is a duplicate)', () => [approval('ada'), approval('ada', { at: NOW - 1000, file: 'approvals/ada-again.json' })], DUAL, { met: false, keys: ['ada'], signers: ['ada'], invalid: ['SIGNATURE_DUPLICATE_KEY'] }],
    ['one person with two keys: two keys, one person, not met', () => [approval('ada'), approval('ada2')], DUAL, { met: false, keys: ['ada', 'ada2'], signers: ['ada'], invalid: [] }],
    ['the threshold counts people: two keys of one person are not two approvals', () => [approval('ada'), approval('ada2')], { threshold: 2, roles_required: [] }, { met: false, keys: ['ada', 'ada2'], signers: ['ada'], invalid: [] }],
    ['a role the requirement does not allow does not count', () => [approval('ada'), approval('ci')], DUAL, { met: false, keys: ['ada'], signers: ['ada'], invalid: ['SIGNER_ROLE_NOT_ALLOWED'] }],
    ['a key expired at its own signing instant does not count; the valid signer does', () => [approval('old', { at: NOW }), approval('bo')], DUAL, { met: false, keys: ['bo'], signers: ['bo'], invalid: ['KEY_EXPIRED'] }],
    ['a key that signed while valid still counts after it expired', () => [approval('old', { at: EARLIER }), approval('bo')], DUAL, { met: true, keys: ['bo', 'old'], signers: ['bo', 'old'], invalid: [] }],
    ['an approval of another subject does not count', () => [approval('ada'), approval('bo', { subject: 'sha256:other' })], DUAL, { met: false, keys: ['ada'], signers: ['ada'], invalid: ['SUBJECT_MISMATCH'] }],
    ['one envelope with two signatures counts each signature', () => [jointApproval(['ada', 'bo'])], DUAL, { met: true, keys: ['ada', 'bo'], signers: ['ada', 'bo'], invalid: [] }],
    ['each signature of an envelope is checked at its own signer block\'s instant', () => [jointApproval(['ada', 'old'])], DUAL, { met: false, keys: ['ada'], signers: ['ada'], invalid: ['KEY_EXPIRED'] }],
    ['a signature in an envelope and a file by the same key count once', () => [jointApproval(['ada', 'bo']), approval('bo', { at: NOW - 1 })], DUAL, { met: true, keys: ['ada', 'bo'], signers: ['ada', 'bo'], invalid: ['SIGNATURE_DUPLICATE_KEY'] }],
    ['without roles_allowed any keyring role counts toward the threshold', () => [approval('ada'), approval('ci')], { threshold: 2, roles_required: [] }, { met: true, keys: ['ada', 'ci'], signers: ['ada', 'release-lane-ci'], invalid: [] }]
  ])('%s', (_, documents, requirement, want) => {
    const r = judge(documents(), requirement)
    expect(r.met).toBe(want.met)
    expect(r.distinctKeys).toEqual(want.keys.map(keyOf).sort())
    expect(r.distinctSigners.map((s) => s.signerId)).toEqual(want.signers)
    expect(r.invalid.map((i) => i.code)).toEqual(want.invalid)
    expect(r.valid.map((v) => v.keyId).sort()).toEqual(r.distinctKeys)
    for (const i of r.invalid) expect(i.fix).not.toBe('')
  })

  it('the duplicate that counts is the earliest signature, whatever order the files arrive in', () => {
    const docs = [approval('ada', { file: 'b.json' }), approval('ada', { at: NOW - 5000, file: 'a-late-name.json' })]
    for (const order of [docs, [...docs].reverse()]) {
      const r = judge(order)
      expect(r.valid.map((v) => v.document)).toEqual(['a-late-name.json'])
      expect(r.invalid).toMatchObject([{ document: 'b.json', code: 'SIGNATURE_DUPLICATE_KEY' }])
    }
  })

  it('a person with two keys is one entry holding both keys', () => {
    const r = judge([approval('ada'), approval('ada2')])
    expect(r.distinctSigners).toEqual([{ signerId: 'ada', roles: ['compliance'], keyIds: [keyOf('ada'), keyOf('ada2')].sort() }])
    expect(r.unmet).toMatchObject([{ code: 'APPROVAL_THRESHOLD_UNMET' }, { code: 'APPROVAL_ROLE_MISSING' }])
    expect(r.unmet[0]?.message).toContain('1 distinct signer(s) (2 distinct key(s))')
  })

  it('the result does not depend on the order of the documents', () => {
    const docs = [approval('ada'), approval('bo'), approval('ci'), approval('old', { at: NOW }), jointApproval(['cy', 'ada2'])]
    expect(judge([...docs].reverse())).toEqual(judge(docs))
  })
})

describe('keyid hints decide nothing (secure-systems-lab/dsse#51)', () => {
  // Decision: a signature belongs to the trusted key it verifies under. A keyid naming another
  // trusted key is ignored (reported as hintMatched: false): it cannot add that key's approval,
  // and rejecting the signature for it would let anyone who edits the unsigned keyid veto it.
  it('a hint naming another trusted key is counted under the key that made the signature', () => {
    const relabelled = approval('ada', { keyid: 'bo' })
    const { sig } = JSON.parse(String(relabelled.sig)).signatures[0] as { keyid: string; sig: string }
    expect(JSON.parse(String(relabelled.sig)).signatures[0].keyid).toBe(keyOf('bo'))
    const r = judge([relabelled])
    expect(r.valid).toMatchObject([{ signerId: 'ada', keyId: keyOf('ada'), hintMatched: false }])
    expect(r.distinctKeys).toEqual([keyOf('ada')])
    // the signature verifies under ada's key only, never under the key the hint names
    const message = pae(payloadTypeFor(KIND), Buffer.from(JSON.parse(String(relabelled.sig)).payload, 'base64'))
    expect(verifyBytes(message, Buffer.from(sig, 'base64'), publicKeyFromRaw(rawPublicKey(privateKeys.ada)))).toBe(true)
    expect(verifyBytes(message, Buffer.from(sig, 'base64'), publicKeyFromRaw(rawPublicKey(privateKeys.bo)))).toBe(false)
  })

  it("one person's two signatures labelled with two keyids are still one key", () => {
    const r = judge([approval('ada', { at: NOW - 1 }), approval('ada', { keyid: 'bo', file: 'approvals/bo.json' })])
    expect(r.distinctKeys).toEqual([keyOf('ada')])
    expect(r.invalid).toMatchObject([{ document: 'approvals/bo.json', code: 'SIGNATURE_DUPLICATE_KEY' }])
    expect(r.met).toBe(false)
  })

  it('verifyDocument agrees: a relabelled signature verifies under its real key', () => {
    const relabelled = approval('ada', { keyid: 'bo' })
    const v = verifyDocument(KIND, relabelled.json, relabelled.sig, keyring, NOW)
    expect(v.ok && v.key.signerId).toBe('ada')
  })
})

describe('roles', () => {
  it.each<[string, Name[], ApprovalRequirement, { covered: [string, string][]; missing: string[] }]>([
    ['a required role nobody holds is missing', ['ada', 'bo'], { threshold: 2, roles_required: ['compliance', 'release-authority'] }, { covered: [['compliance', 'ada']], missing: ['release-authority'] }],
    ['every required role covered by its own signer', ['ada', 'cy'], { threshold: 2, roles_required: ['compliance', 'release-authority'] }, { covered: [['compliance', 'ada'], ['release-authority', 'cy']], missing: [] }],
    ['one person cannot cover two required roles', ['al', 'al2'], { threshold: 1, roles_required: ['compliance', 'release-authority'] }, { covered: [['compliance', 'al']], missing: ['release-authority'] }],
    ['a two-role person covers the scarce role so both are covered', ['al', 'al2', 'zed'], { threshold: 2, roles_required: ['compliance', 'release-authority'] }, { covered: [['compliance', 'zed'], ['release-authority', 'al']], missing: [] }]
  ])('%s', (_, names, requirement, want) => {
    const r = judge(names.map((n) => approval(n)), requirement)
    expect(r.roles.covered.map((c) => [c.role, c.signerId])).toEqual(want.covered)
    expect(r.roles.missing).toEqual(want.missing)
    expect(r.unmet.filter((u) => u.code === 'APPROVAL_ROLE_MISSING')).toHaveLength(want.missing.length)
    expect(r.met).toBe(r.unmet.length === 0)
  })
})

describe('every invalid signature is reported, not only the first', () => {
  it('lists each failure with its own code, beside the one valid approval', () => {
    const tampered = approval('bo', { file: 'approvals/tampered.json' })
    const forgedJoint = jointApproval(['ada2', 'cy'], 'approvals/joint.json')
    const joint = JSON.parse(forgedJoint.sig)
    joint.signatures[1].sig = joint.signatures[0].sig // cy's slot holds ada2's signature: verifies under ada2, a duplicate
    const r = judge([
      approval('ada'),
      { ...tampered, json: String(tampered.json).replace('"approve"', '"reject"') },
      approval('ci'),
      approval('old', { at: NOW }),
      approval('zed', { subject: 'sha256:other' }),
      { name: 'approvals/not-an-envelope.json', json: '{}', sig: 'not json' },
      { ...forgedJoint, sig: JSON.stringify(joint) }
    ])
    expect(r.invalid.map((i) => [i.document, i.index, i.code])).toEqual([
      ['approvals/ci.json', 0, 'SIGNER_ROLE_NOT_ALLOWED'],
      ['approvals/joint.json', 1, 'SIGNATURE_DUPLICATE_KEY'],
      ['approvals/not-an-envelope.json', null, 'ENVELOPE_INVALID'],
      ['approvals/old.json', 0, 'KEY_EXPIRED'],
      ['approvals/tampered.json', 0, 'PAYLOAD_MISMATCH'],
      ['approvals/zed.json', 0, 'SUBJECT_MISMATCH']
    ])
    expect(r.valid.map((v) => v.signerId)).toEqual(['ada', 'ada'])
    expect(r.distinctSigners).toHaveLength(1)
    expect(r.met).toBe(false)
  })

  it('an envelope whose document does not name one of its signers rejects that signature only', () => {
    const joint = jointApproval(['ada', 'bo'])
    const doc = JSON.parse(joint.json)
    doc.signers = [doc.signers.find((b: { signer_id: string }) => b.signer_id === 'ada')]
    const payload = canonicalBytes(doc)
    const sigs = [signer('ada'), signer('bo')].map((s) => ({ keyid: s.keyId, sig: Buffer.from(s.sign(pae(joint.type, payload))).toString('base64') }))
    const r = judge([{ name: joint.name, json: renderJson(doc), sig: renderEnvelope({ payloadType: joint.type, payload: payload.toString('base64'), signatures: sigs }) }])
    expect(r.valid.map((v) => v.signerId)).toEqual(['ada'])
    expect(r.invalid).toMatchObject([{ index: 1, code: 'SIGNER_MISMATCH' }])
  })

  it('a document with both a signer block and a signers list is refused', () => {
    const joint = jointApproval(['ada', 'bo'])
    const doc = { ...JSON.parse(joint.json), signer: signerBlock(signer('ada')) }
    const payload = canonicalBytes(doc)
    const sigs = [signer('ada'), signer('bo')].map((s) => ({ keyid: s.keyId, sig: Buffer.from(s.sign(pae(joint.type, payload))).toString('base64') }))
    const r = judge([{ name: joint.name, json: renderJson(doc), sig: renderEnvelope({ payloadType: joint.type, payload: payload.toString('base64'), signatures: sigs }) }])
    expect(r.invalid.map((i) => i.code)).toEqual(['DOCUMENT_INVALID', 'DOCUMENT_INVALID'])
    expect(r.valid).toEqual([])
  })

  it('verifyDocument still takes exactly one signature', () => {
    const joint = jointApproval(['ada', 'bo'])
    expect(verifyDocument(KIND, joint.json, joint.sig, keyring, NOW)).toMatchObject({ ok: false, code: 'ENVELOPE_INVALID' })
  })
})

describe('the requirement is policy: a bad one is the author’s error, naming the field', () => {
  it.each<[string, ApprovalRequirement, string]>([
    ['threshold 0 would accept nothing signed', { threshold: 0, roles_required: [] }, '/threshold'],
    ['a negative threshold', { threshold: -1, roles_required: [] }, '/threshold'],
    ['a fractional threshold', { threshold: 1.5, roles_required: [] }, '/threshold'],
    ['a required role that is not allowed', { threshold: 1, roles_required: ['auditor'], roles_allowed: ['compliance'] }, '/roles_required/0'],
    ['roles that are not a list of names', { threshold: 1, roles_required: [''] }, '/roles_required']
  ])('%s', (_, requirement, field) => {
    const run = () => judge([approval('ada'), approval('bo')], requirement)
    expect(run).toThrow(UserError)
    expect(run).toThrow(expect.objectContaining({ code: 'POLICY_INVALID', problems: [expect.objectContaining({ field })] }))
  })

  it('names the policy file and pointer it was read from', () => {
    expect(() => checkRequirement({ threshold: 0, roles_required: [] }, { file: 'policies/retention.yaml', pointer: '/purge/approval' })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ file: 'policies/retention.yaml', field: '/purge/approval/threshold' })] })
    )
  })
})

describe('outsider check with OpenSSL', () => {
  it('openssl verifies each signature of a multi-signature envelope over the DSSE PAE bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sigset-'))
    const names: Name[] = ['ada', 'bo', 'cy']
    const joint = jointApproval(names)
    writeFileSync(join(dir, 'pae.bin'), pae(joint.type, joint.payload))
    const envelope = JSON.parse(joint.sig) as { signatures: { sig: string }[] }
    const verify = (signature: number, key: Name) => {
      writeFileSync(join(dir, `${key}.pem`), privateKeys[key].export({ format: 'pem', type: 'pkcs8' }))
      execFileSync('openssl', ['pkey', '-in', `${key}.pem`, '-pubout', '-out', `${key}.pub.pem`], { cwd: dir })
      writeFileSync(join(dir, `sig${signature}.bin`), Buffer.from(envelope.signatures[signature].sig, 'base64'))
      const r = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', `${key}.pub.pem`, '-rawin', '-in', 'pae.bin', '-sigfile', `sig${signature}.bin`], { cwd: dir, encoding: 'utf8' })
      return `${r.stdout}${r.stderr}`
    }
    names.forEach((name, i) => {
      expect(verify(i, name)).toContain('Signature Verified Successfully')
      expect(verify(i, names[(i + 1) % names.length])).toContain('Signature Verification Failure')
    })
    expect(judge([joint], { threshold: 3, roles_required: ['release-authority'] }).met).toBe(true)
  })
})
