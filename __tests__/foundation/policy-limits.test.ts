import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { UserError } from '../../src/errors.js'
import { MAX_POLICY_BYTES } from '../../src/policy/document.js'
import { parseWithSchema } from '../../src/policy/schema.js'
import { loadKeyring, parseKeyring } from '../../src/signing/keyring.js'
import { captureIo, REPO } from '../ledger/helpers.js'

// A policy is a few kilobytes of settings. Parsing YAML costs far more than its size suggests (a
// 34 MB keyring took 59 s and 1.7 GB), and aliases can expand a small file into an enormous
// value (billion laughs). Both are the user's input to fix: exit 2 naming the file, never an
// internal error, and never minutes of work first.

const KEYRING = readFileSync(join(REPO, 'policies/keyring.yaml'), 'utf8')
const ENTRY = KEYRING.slice(KEYRING.indexOf('  - signer_id:'))

/** A keyring of `bytes` or a little more: the shipped one with its key listed again and again. */
function bigKeyring(bytes: number): string {
  const parts = [KEYRING]
  for (let size = KEYRING.length, i = 0; size < bytes; i++) {
    parts.push(ENTRY.replace('demo-release-lane', `lane-${i}`))
    size += parts[parts.length - 1].length
  }
  return parts.join('')
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'policy-limits-'))

const LAUGHS = [
  'version: 1',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'h: [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  ''
].join('\n')

function errorOf(f: () => unknown): unknown {
  try {
    f()
  } catch (err) {
    return err
  }
  throw new Error('expected an error')
}

describe('the policy size cap', () => {
  it('is 1 MiB', () => {
    expect(MAX_POLICY_BYTES).toBe(1024 * 1024)
  })

  it('refuses a keyring file over the cap before parsing it, naming the file, its size, the cap and the fix', async () => {
    const dir = tempDir()
    const path = join(dir, 'keyring.yaml')
    writeFileSync(path, bigKeyring(MAX_POLICY_BYTES + 1))
    const size = readFileSync(path).byteLength
    expect(size).toBeGreaterThan(MAX_POLICY_BYTES)
    const err = await loadKeyring(path, 'policies/keyring.yaml').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    expect((err as UserError).message).toBe(
      `policies/keyring.yaml: the keyring policy is ${size} bytes, over the limit of ${MAX_POLICY_BYTES} bytes (1 MiB) for a policy file; ` +
        'a policy holds settings, not data: check that the path names the policy and remove what does not belong in it'
    )
  })

  it('refuses a 34 MB keyring in well under a second, without reading it', async () => {
    const dir = tempDir()
    const path = join(dir, 'keyring.yaml')
    writeFileSync(path, bigKeyring(34 * 1024 * 1024))
    const started = performance.now()
    const err = await loadKeyring(path, 'policies/keyring.yaml').catch((e: unknown) => e)
    expect(performance.now() - started).toBeLessThan(1000)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    expect((err as UserError).message).toMatch(/^policies\/keyring\.yaml: the keyring policy is 3\d{7} bytes, over the limit/)
  })

  it('counts bytes, not characters, for text handed over directly', () => {
    const text = `${KEYRING}# ${'é'.repeat(MAX_POLICY_BYTES / 2)}\n`
    expect(text.length).toBeLessThan(MAX_POLICY_BYTES)
    const err = errorOf(() => parseKeyring(text, 'keyring.yaml'))
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(/^keyring\.yaml: the keyring policy is \d+ bytes, over the limit/)
  })

  it('still loads a policy just under the cap', async () => {
    const dir = tempDir()
    const path = join(dir, 'keyring.yaml')
    writeFileSync(path, `${KEYRING}${'#'.repeat(MAX_POLICY_BYTES - Buffer.byteLength(KEYRING) - 1)}\n`)
    expect(readFileSync(path).byteLength).toBe(MAX_POLICY_BYTES)
    expect((await loadKeyring(path, 'keyring.yaml')).keys.length).toBe(1)
  })
})

describe('YAML aliases', () => {
  const schema = { type: 'object' }

  it.each([
    ['an alias-expansion bomb (billion laughs)', LAUGHS, /aliases expand too far/],
    ['an alias to no anchor', 'version: 1\nkeys: *nope\n', /Unresolved alias/]
  ])('%s is an invalid policy naming the file', (_name, text, reason) => {
    const err = errorOf(() => parseWithSchema('example', schema, text, 'policies/example.yaml'))
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    expect((err as UserError).message).toMatch(/^policies\/example\.yaml: invalid example policy/)
    expect((err as UserError).problems).toEqual([{ file: 'policies/example.yaml', message: expect.stringMatching(reason), fix: expect.any(String) }])
  })

  it('a billion-laughs ack-ledger policy makes validate-ledger exit 2, not fail internally', async () => {
    const dir = tempDir()
    cpSync(join(REPO, 'examples'), join(dir, 'examples'), { recursive: true })
    cpSync(join(REPO, 'policies'), join(dir, 'policies'), { recursive: true })
    writeFileSync(join(dir, 'policies/ack-ledger.yaml'), LAUGHS)
    const io = captureIo()
    const code = await runCli(['validate-ledger', '--now', '2026-11-23T15:00:00Z'], { io, cwd: dir, env: {}, clock: () => 0 })
    expect(code).toBe(2)
    expect(io.err).toContain('POLICY_INVALID: policies/ack-ledger.yaml: invalid ack-ledger policy')
    expect(io.err).not.toMatch(/internal error|\n\s+at /)
  })
})
