import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { keyValidAt, parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { keyringYaml, KEYS, ms, publicOf } from './helpers.js'

const problemsOf = (text: string) => {
  try {
    parseKeyring(text, 'policies/keyring.yaml')
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    return (err as UserError).problems.map((p) => `${p.field} ${p.message}`)
  }
  return []
}

describe('keyring policy', () => {
  it('derives key ids from the public keys and reads validity as UTC', () => {
    const ring = parseKeyring(keyringYaml(), 'policies/keyring.yaml')
    expect(ring.keys.map((k) => k.signerId)).toEqual(KEYS.map((k) => k.signer_id))
    expect(ring.keys[0].validFrom).toBe(ms('2026-01-01T00:00:00Z'))
    expect(keyValidAt(ring.keys[0], ms('2026-12-31T23:59:59Z')).ok).toBe(true)
  })

  it('the committed policies/keyring.yaml lists the demo key, flagged as demo, matching examples/keys', () => {
    const root = new URL('../../', import.meta.url)
    const ring = parseKeyring(readFileSync(fileURLToPath(new URL('policies/keyring.yaml', root)), 'utf8'), 'policies/keyring.yaml')
    const demoKey = parseSigningKey(readFileSync(fileURLToPath(new URL('examples/keys/DEMO-ONLY-signing-key.txt', root)), 'utf8'), 'demo key')
    const entry = ring.keys.find((k) => k.keyId === demoKey.keyId)
    expect(entry?.signerId).toBe('demo-release-lane')
    expect(entry?.demo).toBe(true)
  })

  it.each([
    ['an unknown key', (t: string) => t.replace('    role: auditor', '    role: auditor\n    roles: x'), '/keys/1/roles unknown key'],
    ['a short public key', (t: string) => t.replace(publicOf('other').toString('base64'), 'AAAA'), '/keys/1/public_key must match pattern'],
    ['a naive timestamp', (t: string) => t.replace('valid_from_utc: 2025-01-01T00:00:00Z', 'valid_from_utc: 2025-01-01T00:00:00'), '/keys/2/valid_from_utc must match format'],
    ['an empty interval', (t: string) => t.replace('valid_until_utc: 2026-06-01T00:00:00Z', 'valid_until_utc: 2025-01-01T00:00:00Z'), '/keys/2/valid_until_utc is not after valid_from_utc'],
    ['a repeated key', (t: string) => t.replace(publicOf('other').toString('base64'), publicOf('lane').toString('base64')), '/keys/1/public_key repeats the key of /keys/0']
  ])('rejects %s, naming the field', (_n, edit, problem) => {
    expect(problemsOf(edit(keyringYaml()))).toContainEqual(expect.stringContaining(problem))
  })
})
