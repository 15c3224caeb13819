import { afterAll, describe, expect, it } from 'vitest'
import nacl from 'tweetnacl'
import { createSigner, signerBlock, type Signer } from '../../src/signing/signer.js'
import { payloadTypeFor, renderJson, signDocument, verifyDocument } from '../../src/signing/document.js'
import { pae, renderEnvelope } from '../../src/signing/dsse.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { UserError } from '../../src/errors.js'
import { canonicalBytes } from '../../src/util/hash.js'
import { crossChecks, KEYS, ms, NOW, publicOf, seedOf, testKeyring, testSigner } from './helpers.js'

const keyring = testKeyring()

function doc(signer: Signer, extra: Record<string, unknown> = {}) {
  return { signer: signerBlock(signer), release_window_id: 'rw-1', rows: [{ alarm_id: 'a-1', note: 'naïve | <b>' }], count: 3, ...extra }
}

function signed(kind = 'closure-packet', signer = testSigner()) {
  return signDocument(kind, doc(signer), signer)
}

const countAtStart = crossChecks.count
afterAll(() => {
  // every signature in this file went through the tweetnacl cross-check
  expect(crossChecks.count).toBeGreaterThan(countAtStart)
})

describe('signDocument / verifyDocument', () => {
  it('signs the canonical bytes and writes a sorted, indented .json with a trailing newline', () => {
    const signer = testSigner()
    const files = signDocument('closure-packet', doc(signer), signer)
    expect(files.payload.equals(canonicalBytes(doc(signer)))).toBe(true)
    expect(files.json).toBe(renderJson(doc(signer)))
    expect(files.json.endsWith('}\n')).toBe(true)
    expect(files.json.indexOf('"count"')).toBeLessThan(files.json.indexOf('"release_window_id"'))
    const env = JSON.parse(files.sig)
    expect(Object.keys(env)).toEqual(['payloadType', 'payload', 'signatures'])
    expect(env.payloadType).toBe('application/vnd.release-evidence.closure-packet+json')
    expect(env.signatures[0].keyid).toBe(signer.keyId)
  })

  it('verifies what it signed and returns the document from the payload', () => {
    const files = signed()
    const v = verifyDocument('closure-packet', files.json, files.sig, keyring, NOW)
    expect(v.ok).toBe(true)
    if (v.ok) {
      expect(v.key.signerId).toBe('release-lane-ci')
      expect(v.doc.release_window_id).toBe('rw-1')
      expect(v.signedAt).toBe(NOW)
    }
  })

  it('is deterministic: same document and instant give byte-identical files', () => {
    expect(signed()).toEqual(signed())
  })

  it('verifies a signature made by tweetnacl alone (the other direction of the cross-check)', () => {
    const signer = testSigner()
    const payload = canonicalBytes(doc(signer))
    const type = payloadTypeFor('closure-packet')
    const sig = nacl.sign.detached(pae(type, payload), nacl.sign.keyPair.fromSeed(seedOf('lane')).secretKey)
    const envelope = renderEnvelope({ payloadType: type, payload: payload.toString('base64'), signatures: [{ keyid: signer.keyId, sig: Buffer.from(sig).toString('base64') }] })
    expect(verifyDocument('closure-packet', renderJson(doc(signer)), envelope, keyring, NOW).ok).toBe(true)
  })
})

describe('verification failures carry stable codes', () => {
  const expectCode = (v: ReturnType<typeof verifyDocument>, code: string) => {
    expect(v.ok).toBe(false)
    if (!v.ok) {
      expect(v.code).toBe(code)
      expect(v.fix).not.toBe('')
    }
  }

  it('PAYLOAD_TYPE_MISMATCH: a closure-packet signature never passes as another kind', () => {
    const files = signed('closure-packet')
    expectCode(verifyDocument('index-row', files.json, files.sig, keyring, NOW), 'PAYLOAD_TYPE_MISMATCH')
    const other = signed('strategy-packet')
    expectCode(verifyDocument('closure-packet', other.json, other.sig, keyring, NOW), 'PAYLOAD_TYPE_MISMATCH')
  })

  it('PAYLOAD_TYPE_MISMATCH: relabelling the envelope breaks the signature, not just the label', () => {
    const files = signed('strategy-packet')
    const env = JSON.parse(files.sig)
    env.payloadType = payloadTypeFor('closure-packet')
    expectCode(verifyDocument('closure-packet', files.json, JSON.stringify(env), keyring, NOW), 'SIGNATURE_INVALID')
  })

  it('SIGNATURE_INVALID: signed by a key other than the one the envelope names (wrong key)', () => {
    const lane = testSigner('lane')
    const other = testSigner('other')
    // the document and envelope claim the lane key, but the bytes are signed by another key
    const forged = signDocument('closure-packet', doc(lane), { ...lane, sign: (message) => other.sign(message) })
    expectCode(verifyDocument('closure-packet', forged.json, forged.sig, keyring, NOW), 'SIGNATURE_INVALID')
  })

  it('KEY_UNKNOWN: the envelope key id is not in the keyring', () => {
    const files = signed()
    const ring = testKeyring(KEYS.filter((k) => k.name !== 'lane'))
    expectCode(verifyDocument('closure-packet', files.json, files.sig, ring, NOW), 'KEY_UNKNOWN')
  })

  it('KEY_EXPIRED / KEY_NOT_YET_VALID: the key must be valid at the signing instant the document records', () => {
    const expiredAt = ms('2026-03-01T00:00:00Z')
    const old = signDocument('closure-packet', doc(testSigner('expired', expiredAt)), testSigner('expired', expiredAt))
    // signed while valid: still verifies after expiry
    expect(verifyDocument('closure-packet', old.json, old.sig, keyring, NOW).ok).toBe(true)
    // the same key, claiming a signing instant after expiry (bypassing createSigner)
    const late = { ...testSigner('expired', expiredAt), at: NOW }
    const lateFiles = signDocument('closure-packet', doc(late), late)
    expectCode(verifyDocument('closure-packet', lateFiles.json, lateFiles.sig, keyring, NOW), 'KEY_EXPIRED')
    const early = { ...testSigner('future', ms('2027-06-01T00:00:00Z')), at: NOW }
    const earlyFiles = signDocument('closure-packet', doc(early), early)
    expectCode(verifyDocument('closure-packet', earlyFiles.json, earlyFiles.sig, keyring, ms('2027-06-01T00:00:00Z')), 'KEY_NOT_YET_VALID')
  })

  it('SIGNED_IN_FUTURE: a document signed after the verification instant', () => {
    const files = signed()
    expectCode(verifyDocument('closure-packet', files.json, files.sig, keyring, NOW - 1), 'SIGNED_IN_FUTURE')
  })

  it('PAYLOAD_MISMATCH: one field changed in the .json, naming the field', () => {
    const files = signed()
    const v = verifyDocument('closure-packet', files.json.replace('"count": 3', '"count": 4'), files.sig, keyring, NOW)
    expectCode(v, 'PAYLOAD_MISMATCH')
    if (!v.ok) expect(v.message).toContain('/count')
  })

  it('SIGNATURE_INVALID: the payload changed inside the envelope', () => {
    const files = signed()
    const env = JSON.parse(files.sig)
    env.payload = Buffer.from(Buffer.from(env.payload, 'base64').toString().replace('"count":3', '"count":4')).toString('base64')
    expectCode(verifyDocument('closure-packet', files.json, JSON.stringify(env), keyring, NOW), 'SIGNATURE_INVALID')
  })

  it('SIGNATURE_INVALID: one bit of the signature flipped', () => {
    const files = signed()
    const env = JSON.parse(files.sig)
    const sig = Buffer.from(env.signatures[0].sig, 'base64')
    sig[0] = sig[0] ^ 0x01
    env.signatures[0].sig = sig.toString('base64')
    expectCode(verifyDocument('closure-packet', files.json, JSON.stringify(env), keyring, NOW), 'SIGNATURE_INVALID')
  })

  it('JSON_RENDERING_MISMATCH: a duplicate key a JSON viewer would show first', () => {
    const files = signed()
    // JSON.parse keeps the last "count", so the content still equals the payload
    const sneaky = files.json.replace('{\n', '{\n  "count": 999,\n')
    expectCode(verifyDocument('closure-packet', sneaky, files.sig, keyring, NOW), 'JSON_RENDERING_MISMATCH')
  })

  it('refuses CRLF line endings: the bytes are compared exactly', () => {
    const files = signed()
    const r = verifyDocument('closure-packet', files.json.replace(/\n/g, '\r\n'), files.sig, keyring, NOW)
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.code).toBe('JSON_RENDERING_MISMATCH')
  })

  it('ENVELOPE_INVALID: two signatures, or not an envelope at all', () => {
    const files = signed()
    const env = JSON.parse(files.sig)
    env.signatures.push(env.signatures[0])
    expectCode(verifyDocument('closure-packet', files.json, JSON.stringify(env), keyring, NOW), 'ENVELOPE_INVALID')
    expectCode(verifyDocument('closure-packet', files.json, files.json, keyring, NOW), 'ENVELOPE_INVALID')
  })

  it('SIGNER_MISMATCH: the signed signer block names another signer than the keyring', () => {
    const signer = testSigner()
    expect(() => signDocument('closure-packet', { ...doc(signer), signer: { ...signerBlock(signer), signer_id: 'someone-else' } }, signer)).toThrow(/signer block/)
    const lying = { ...doc(signer), signer: { ...signerBlock(signer), signer_id: 'someone-else' } }
    // signDocument refuses such a document, so sign it by hand with the right key
    const payload = canonicalBytes(lying)
    const type = payloadTypeFor('closure-packet')
    const env = renderEnvelope({ payloadType: type, payload: payload.toString('base64'), signatures: [{ keyid: signer.keyId, sig: Buffer.from(signer.sign(pae(type, payload))).toString('base64') }] })
    expectCode(verifyDocument('closure-packet', renderJson(lying), env, keyring, NOW), 'SIGNER_MISMATCH')
  })
})

describe('binding a key to the keyring (createSigner)', () => {
  const key = (name: string) => parseSigningKey(seedOf(name).toString('base64'), `test key ${name}`)
  const code = (f: () => unknown) => {
    try {
      f()
    } catch (err) {
      expect(err).toBeInstanceOf(UserError)
      return (err as UserError).code
    }
    return 'no error'
  }

  it.each([
    ['unknown', 'KEY_UNKNOWN', NOW],
    ['expired', 'KEY_EXPIRED', NOW],
    ['future', 'KEY_NOT_YET_VALID', NOW]
  ])('refuses test key %s with %s', (name, expected, at) => {
    const ring = name === 'unknown' ? testKeyring(KEYS.filter((k) => k.name !== 'lane')) : keyring
    expect(code(() => createSigner(key(name === 'unknown' ? 'lane' : name), ring, at))).toBe(expected)
  })

  it('refuses a key that belongs to a different signer id than requested', () => {
    expect(code(() => createSigner(key('lane'), keyring, NOW, 'audit-bot'))).toBe('KEY_UNKNOWN')
  })

  it('valid_until is exclusive, valid_from inclusive', () => {
    expect(code(() => createSigner(key('lane'), keyring, ms('2027-01-01T00:00:00Z')))).toBe('KEY_EXPIRED')
    expect(createSigner(key('lane'), keyring, ms('2026-01-01T00:00:00Z')).signerId).toBe('release-lane-ci')
  })

  it('names the public key to add, never the private key', () => {
    const ring = testKeyring(KEYS.filter((k) => k.name !== 'lane'))
    const refuse = () => createSigner(key('lane'), ring, NOW)
    expect(refuse).toThrow(UserError)
    expect(refuse).toThrow(publicOf('lane').toString('base64'))
    expect(refuse).toThrow(expect.objectContaining({ message: expect.not.stringContaining(seedOf('lane').toString('base64')) }))
  })
})
