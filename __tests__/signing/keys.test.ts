import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { parseSigningKey, readSigningSecret, secretsToMask, SIGNING_KEY_ENV } from '../../src/signing/keys.js'
import { describeNewKey } from '../../src/signing/keygen.js'
import { publicOf, seedOf } from './helpers.js'

const seed = seedOf('lane')
const b64 = seed.toString('base64')

describe('signing key text', () => {
  it('reads base64 of the 32-byte seed, with # comment lines (the keygen format)', () => {
    const text = describeNewKey(seed, 'release-lane-ci', 'release-lane', 0, 1).keyFileText
    const key = parseSigningKey(text, 'key file k')
    expect(key.publicKey.equals(publicOf('lane'))).toBe(true)
  })

  it('reads a PKCS8 PEM key written by openssl genpkey', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'))
    const pem = join(dir, 'k.pem')
    execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', pem])
    const pub = execFileSync('openssl', ['pkey', '-in', pem, '-pubout', '-outform', 'DER'])
    const key = parseSigningKey(execFileSync('cat', [pem]).toString(), 'key file k.pem')
    expect(key.publicKey.equals(pub.subarray(12))).toBe(true)
  })

  it.each([
    ['empty', '# only a comment\n', 'is empty'],
    ['31 bytes', Buffer.alloc(31, 7).toString('base64'), 'neither base64'],
    ['hex, not base64', seed.toString('hex'), 'neither base64'],
    ['an RSA public PEM', '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----', 'not an unencrypted PKCS8']
  ])('rejects %s with KEY_INVALID, naming the source but not the value', (_n, text, why) => {
    try {
      parseSigningKey(text, '$RELEASE_EVIDENCE_SIGNING_KEY')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(UserError)
      expect((err as UserError).code).toBe('KEY_INVALID')
      expect((err as Error).message).toContain(why)
      expect((err as Error).message).toContain('$RELEASE_EVIDENCE_SIGNING_KEY')
      const body = text.replace(/^#.*$/gm, '').trim()
      if (body.length >= 8) expect((err as Error).message).not.toContain(body)
    }
  })

  it('never prints the private key through inspect, JSON or string interpolation', () => {
    const key = parseSigningKey(b64, 'test')
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- stringifying the key is what the test checks
    for (const shown of [inspect(key), JSON.stringify(key), `${String(key)}`, inspect({ nested: key }, { depth: 5 })]) {
      expect(shown).not.toContain(b64)
      expect(shown).not.toContain(seed.toString('hex'))
    }
    expect(inspect(key)).toContain('[redacted]')
  })

  it('secretsToMask covers the whole text, the key body and each PEM line', () => {
    const text = `# comment\n${b64}\n`
    expect(secretsToMask(text)).toEqual(expect.arrayContaining([b64, text.trim()]))
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n'
    expect(secretsToMask(pem)).toContain('MC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
  })
})

describe('where the secret comes from', () => {
  it('prefers an explicit key file, then the Action input, then the environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'))
    const file = join(dir, 'lane.key')
    writeFileSync(file, b64, { mode: 0o600 })
    const env = { [SIGNING_KEY_ENV]: 'from-env' }
    expect((await readSigningSecret({ keyFile: file, input: 'from-input', env }))?.source).toBe(`key file ${file}`)
    expect((await readSigningSecret({ input: 'from-input', env }))?.source).toBe('the signing-key input')
    expect((await readSigningSecret({ input: '  ', env }))?.source).toBe(`$${SIGNING_KEY_ENV}`)
    expect(await readSigningSecret({ env: {} })).toBeUndefined()
  })

  it('warns about a key file that group or others can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'))
    const file = join(dir, 'lane.key')
    writeFileSync(file, b64)
    chmodSync(file, 0o644)
    expect((await readSigningSecret({ keyFile: file, env: {} }))?.warnings[0]).toMatch(/chmod 600/)
    chmodSync(file, 0o600)
    expect((await readSigningSecret({ keyFile: file, env: {} }))?.warnings).toEqual([])
  })

  it('a missing key file is INPUT_MISSING', async () => {
    await expect(readSigningSecret({ keyFile: '/nonexistent/lane.key', env: {} })).rejects.toMatchObject({ code: 'INPUT_MISSING' })
  })
})
