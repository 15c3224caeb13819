import { describe, expect, it } from 'vitest'
import nacl from 'tweetnacl'
import { keyIdOf, privateKeyFromSeed, publicKeyFromRaw, rawPublicKey, seedOf, signBytes, verifyBytes } from '../../src/signing/ed25519.js'
import { crossChecked, crossChecks, seedOf as testSeed } from './helpers.js'

// RFC 8032 section 7.1, TEST 1 (empty message).
const TEST1 = {
  secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'
}

describe('Ed25519 through node:crypto', () => {
  it('reproduces RFC 8032 7.1 TEST 1: public key and signature', () => {
    const key = privateKeyFromSeed(Buffer.from(TEST1.secret, 'hex'))
    expect(rawPublicKey(key).toString('hex')).toBe(TEST1.public)
    const sig = signBytes(new Uint8Array(0), key)
    expect(sig.toString('hex')).toBe(TEST1.signature)
    expect(verifyBytes(new Uint8Array(0), sig, publicKeyFromRaw(Buffer.from(TEST1.public, 'hex')))).toBe(true)
  })

  it('agrees with tweetnacl on the RFC vector', () => {
    const pair = nacl.sign.keyPair.fromSeed(Buffer.from(TEST1.secret, 'hex'))
    expect(Buffer.from(pair.publicKey).toString('hex')).toBe(TEST1.public)
    expect(Buffer.from(nacl.sign.detached(new Uint8Array(0), pair.secretKey)).toString('hex')).toBe(TEST1.signature)
  })

  it.each(['a', 'b', 'c', 'd'])('makes byte-identical signatures to tweetnacl, each verifying the other (seed %s)', (name) => {
    const seed = testSeed(name)
    const signer = crossChecked(
      { signerId: 'x', role: 'x', keyId: 'x', demo: false, at: 0, sign: (m) => signBytes(m, privateKeyFromSeed(seed)) },
      seed
    )
    const before = crossChecks.count
    const message = Buffer.from(`{"release_window_id":"rw-${name}","rows":[]}`)
    expect(signer.sign(message)).toHaveLength(64)
    expect(crossChecks.count).toBe(before + 1)
  })

  it('returns false, never throws, for a short, altered or foreign signature', () => {
    const signerFor = (name: string) => {
      const key = privateKeyFromSeed(testSeed(name))
      return crossChecked({ signerId: name, role: 'x', keyId: 'x', demo: false, at: 0, sign: (m) => signBytes(m, key) }, testSeed(name))
    }
    const pub = publicKeyFromRaw(rawPublicKey(privateKeyFromSeed(testSeed('a'))))
    const msg = Buffer.from('packet')
    const sig = Buffer.from(signerFor('a').sign(msg))
    expect(verifyBytes(msg, sig, pub)).toBe(true)
    expect(verifyBytes(msg, sig.subarray(0, 63), pub)).toBe(false)
    const flipped = Buffer.from(sig)
    flipped[10] = flipped[10] ^ 1
    expect(verifyBytes(msg, flipped, pub)).toBe(false)
    expect(verifyBytes(msg, signerFor('b').sign(msg), pub)).toBe(false)
  })

  it('recovers the seed from a PKCS8 key and derives the key id from the raw public key', () => {
    const seed = testSeed('a')
    const key = privateKeyFromSeed(seed)
    expect(seedOf(key).equals(seed)).toBe(true)
    expect(keyIdOf(rawPublicKey(key))).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses seeds and public keys of the wrong length', () => {
    expect(() => privateKeyFromSeed(Buffer.alloc(31))).toThrow(RangeError)
    expect(() => publicKeyFromRaw(Buffer.alloc(33))).toThrow(RangeError)
  })
})
