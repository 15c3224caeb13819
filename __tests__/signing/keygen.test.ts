import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { createSigner } from '../../src/signing/signer.js'
import { ms } from './helpers.js'

async function keygen(args: string[], cwd = mkdtempSync(join(tmpdir(), 'keygen-'))) {
  let out = ''
  let err = ''
  const code = await runCli(['keygen', ...args], { io: { stdout: (t) => (out += t), stderr: (t) => (err += t) }, cwd, env: { HOME: cwd }, clock: () => ms('2026-11-23T14:00:00Z') })
  return { code, out, err, cwd }
}

describe('release-evidence keygen', () => {
  it('writes a 0600 key file, prints the public key and a keyring entry, never the secret', async () => {
    const { code, out, cwd } = await keygen(['--signer-id', 'Payments Release Lane', '--out-dir', 'keys', '--now', '2026-11-23T14:00:00Z', '--valid-days', '30'])
    expect(code).toBe(0)
    const file = join(cwd, 'keys', 'payments-release-lane.key')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(join(cwd, 'keys')).mode & 0o077).toBe(0)
    const text = readFileSync(file, 'utf8')
    const secret = text.split('\n').find((l) => l !== '' && !l.startsWith('#'))!
    expect(secret).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(out).not.toContain(secret)

    const key = parseSigningKey(text, 'generated key')
    expect(out).toContain(`Public key: ${key.publicKey.toString('base64')}`)
    expect(out).toContain(`Key id:     ${key.keyId}`)
    // the printed entry, pasted into a keyring, makes the new key a valid signer
    const entry = out.slice(out.indexOf('  - signer_id:'))
    expect(entry).toContain('valid_until_utc: 2026-12-23T14:00:00Z')
    const ring = parseKeyring(`version: 1\nkeys:\n${entry}`, 'policies/keyring.yaml')
    expect(createSigner(key, ring, ms('2026-11-24T00:00:00Z')).signerId).toBe('payments-release-lane')
  })

  it('defaults to $HOME/.config/release-evidence/keys and prints JSON on request', async () => {
    const { code, out, cwd } = await keygen(['--json'])
    expect(code).toBe(0)
    const parsed = JSON.parse(out)
    expect(parsed.key_file).toBe(join('.config', 'release-evidence', 'keys', 'release-lane.key'))
    expect(parsed.keyring_entry).toMatchObject({ signer_id: 'release-lane', role: 'release-lane', valid_from_utc: '2026-11-23T14:00:00Z', valid_until_utc: '2027-11-23T14:00:00Z' })
    expect(statSync(join(cwd, parsed.key_file)).mode & 0o777).toBe(0o600)
  })

  it('never overwrites an existing key (exit 2)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'keygen-'))
    writeFileSync(join(cwd, 'release-lane.key'), 'precious\n')
    const r = await keygen(['--out-dir', '.'], cwd)
    expect(r.code).toBe(2)
    expect(r.err).toContain('already exists')
    expect(readFileSync(join(cwd, 'release-lane.key'), 'utf8')).toBe('precious\n')
  })

  it.each([
    [['--signer-id', '../etc'], 'ID_INVALID'],
    [['--valid-days', '0'], 'USAGE'],
    [['--bogus'], 'USAGE'],
    [['extra'], 'USAGE']
  ])('refuses %j with %s (exit 2)', async (args, code) => {
    const r = await keygen(args)
    expect(r.code).toBe(2)
    expect(r.err).toContain(code)
  })
})
