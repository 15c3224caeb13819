import { createHash } from 'node:crypto'
import nacl from 'tweetnacl'
import { publicKeyFromRaw, verifyBytes } from '../../src/signing/ed25519.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { parseKeyring, type Keyring } from '../../src/signing/keyring.js'
import { createSigner, type Signer } from '../../src/signing/signer.js'
import { parseUtc } from '../../src/util/time.js'

// Test keys and the tweetnacl cross-check. Every signer a test uses comes from testSigner(), which
// wraps the product's node:crypto signer: each signature it makes is recomputed by tweetnacl
// (must be byte-identical), verified by tweetnacl, and tweetnacl's signature is verified by the
// product. So every signature the suite makes is checked by an independent implementation.

export const crossChecks = { count: 0 }

export function seedOf(name: string): Buffer {
  return createHash('sha256').update(`release-evidence test seed ${name}`).digest()
}

export function publicOf(name: string): Buffer {
  return Buffer.from(nacl.sign.keyPair.fromSeed(seedOf(name)).publicKey)
}

export const ms = (t: string): number => {
  const p = parseUtc(t)
  if (!p.ok) throw new Error(p.reason)
  return p.ms
}

/** Now for most tests: inside every "valid" key's interval. */
export const NOW = ms('2026-11-23T14:00:00Z')

export interface TestKey {
  name: string
  signer_id: string
  role: string
  from: string
  until: string
  demo?: boolean
}

export const KEYS: TestKey[] = [
  { name: 'lane', signer_id: 'release-lane-ci', role: 'release-lane', from: '2026-01-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
  { name: 'other', signer_id: 'audit-bot', role: 'auditor', from: '2026-01-01T00:00:00Z', until: '2027-01-01T00:00:00Z' },
  { name: 'expired', signer_id: 'old-lane', role: 'release-lane', from: '2025-01-01T00:00:00Z', until: '2026-06-01T00:00:00Z' },
  { name: 'future', signer_id: 'next-lane', role: 'release-lane', from: '2027-01-01T00:00:00Z', until: '2028-01-01T00:00:00Z' }
]

export function keyringYaml(keys: TestKey[] = KEYS): string {
  return [
    'version: 1',
    'keys:',
    ...keys.flatMap((k) => [
      `  - signer_id: ${k.signer_id}`,
      `    public_key: ${publicOf(k.name).toString('base64')}`,
      `    role: ${k.role}`,
      `    valid_from_utc: ${k.from}`,
      `    valid_until_utc: ${k.until}`,
      ...(k.demo ? ['    demo: true'] : [])
    ]),
    ''
  ].join('\n')
}

export function testKeyring(keys: TestKey[] = KEYS): Keyring {
  return parseKeyring(keyringYaml(keys), 'policies/keyring.yaml')
}

/** The product's signer for test key `name`, bound at `at`, cross-checked by tweetnacl. */
export function testSigner(name = 'lane', at = NOW, keyring = testKeyring()): Signer {
  const key = parseSigningKey(seedOf(name).toString('base64'), `test key ${name}`)
  return crossChecked(createSigner(key, keyring, at), seedOf(name))
}

export function crossChecked(signer: Signer, seed: Uint8Array): Signer {
  const pair = nacl.sign.keyPair.fromSeed(seed)
  return {
    ...signer,
    sign(message: Uint8Array): Uint8Array {
      const ours = Buffer.from(signer.sign(message))
      const theirs = Buffer.from(nacl.sign.detached(message, pair.secretKey))
      if (!ours.equals(theirs)) throw new Error('node:crypto and tweetnacl produced different Ed25519 signatures')
      if (!nacl.sign.detached.verify(message, ours, pair.publicKey)) throw new Error('tweetnacl rejects the node:crypto signature')
      if (!verifyBytes(message, theirs, publicKeyFromRaw(pair.publicKey))) throw new Error('node:crypto rejects the tweetnacl signature')
      crossChecks.count++
      return ours
    }
  }
}
