import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, sh, tempDir } from '../store/git-fixture.js'
import { cli, demoKeyFile, edit, exportClosure, storeRepo, verify, WINDOW } from '../store/store-fixture.js'

// The attacks against a real repository: a store with a pinned trust root, then someone
// with push access (and, for the second, a revoked key) forging what verify would accept.

interface Verified {
  code: number
  codes: string[]
  trust: { pinned: boolean; revision: string | null }
}

async function verifyJson(dir: string, extra: string[]): Promise<Verified> {
  const run = await verify(dir, ['--json', ...extra])
  const r = JSON.parse(run.stdout) as { defects: { defect_code: string }[]; trust: Verified['trust'] }
  return { code: run.code, codes: [...new Set(r.defects.map((d) => d.defect_code))].sort(), trust: r.trust }
}

async function rootKeys(): Promise<{ a: string; b: string; dir: string }> {
  const dir = tempDir('re-root-keys-')
  for (const name of ['root-a', 'root-b']) {
    const r = await cli(dir, ['keygen', '--signer-id', name, '--role', 'root', '--out-dir', dir, '--now', '2026-11-23T10:00:00Z'])
    expect(r.code).toBe(0)
  }
  return { a: join(dir, 'root-a.key'), b: join(dir, 'root-b.key'), dir }
}

/** A repository whose trust root (revision 1: today's keyring, two root keys, 2 of 2) is committed, with one exported packet. */
async function pinnedStore(): Promise<{ dir: string; pin: string; keys: { a: string; b: string; dir: string }; key: string }> {
  const dir = storeRepo({}, { trustRoot: false })
  const keys = await rootKeys()
  const m = await cli(dir, ['trust', 'migrate', '--root-key', `root-a=${keys.a}`, '--root-key', `root-b=${keys.b}`, '--now', '2026-11-23T15:00:00Z', '--json'])
  expect(m.code, m.stderr).toBe(0)
  const pin = (JSON.parse(m.stdout) as { pin: string }).pin
  expect(pin).toMatch(/^[0-9a-f]{64}$/)
  const key = demoKeyFile()
  const e = await exportClosure(dir, key, ['--trust-root', pin])
  expect(e.code, e.stderr + e.stdout).toBe(0)
  return { dir, pin, keys, key }
}

beforeAll(() => undefined)
afterAll(() => cleanupTempDirs())

describe('a store someone with push access cannot forge', () => {
  it('verifies the honest store from the pinned chain, and refuses to judge anything without a pin (exit 2)', async () => {
    const { dir, pin } = await pinnedStore()
    const pinned = await verifyJson(dir, ['--trust-root', pin])
    expect(pinned).toEqual({ code: 0, codes: [], trust: expect.objectContaining({ pinned: true, revision: 'r001' }) })
    // no pin: cannot evaluate, says how to pin and how to create a root, and prints no verdict
    for (const extra of [[], ['--json']]) {
      const unpinned = await cli(dir, ['verify', '--allow-demo-key', '--now', '2026-11-23T16:00:00Z', ...extra])
      expect(unpinned.code).toBe(2)
      expect(unpinned.stdout).toBe('')
      for (const part of ['TRUST_ROOT_UNPINNED', '--trust-root <sha256>', '$RELEASE_EVIDENCE_TRUST_ROOT', 'trust-root input', 'outside the checkout', 'trust migrate']) expect(unpinned.stderr).toContain(part)
    }
    // every other command that judges a signature refuses too; the writer signs without a pin
    const review = await cli(dir, ['review', '--window', WINDOW, '--now', '2026-11-23T18:00:00Z'])
    expect(review.code).toBe(2)
    expect(review.stderr).toContain('release-evidence review: TRUST_ROOT_UNPINNED')
    const index = await cli(dir, ['retention', 'index', '--now', '2026-11-23T18:00:00Z'])
    expect(index.code).toBe(2)
    expect(index.stderr).toContain('TRUST_ROOT_UNPINNED')
    // the pin also comes from the environment
    const env = await cli(dir, ['verify', '--allow-demo-key', '--now', '2026-11-23T16:00:00Z'], { RELEASE_EVIDENCE_TRUST_ROOT: pin })
    expect(env.code).toBe(0)
    expect(env.stdout).toContain(`Trust root: pinned sha256:${pin.slice(0, 16)}`)
  })

  it('never reads the working-tree keyring: a forged one (committed or not) changes nothing, a deleted one is not missed', async () => {
    const { dir, pin } = await pinnedStore()
    const before = await verifyJson(dir, ['--trust-root', pin])
    expect(before.code).toBe(0)
    // not even parsed: a keyring that is not YAML at all, uncommitted ...
    writeFileSync(join(dir, 'policies/keyring.yaml'), 'keys: [ {{{ not yaml\n')
    expect(await verifyJson(dir, ['--trust-root', pin])).toEqual(before)
    // ... committed with the attacker's key in place of the release lane's ...
    const attackerKeys = tempDir('re-attacker-')
    expect((await cli(attackerKeys, ['keygen', '--signer-id', 'demo-release-lane', '--out-dir', attackerKeys, '--now', '2026-11-23T10:00:00Z'])).code).toBe(0)
    const pub = /# public_key: (\S+)/.exec(readFileSync(join(attackerKeys, 'demo-release-lane.key'), 'utf8'))![1]
    sh(dir, ['checkout', '-q', '--', 'policies/keyring.yaml'])
    edit(dir, 'policies/keyring.yaml', (t) => t.replace('/sRp003el3h4LpZXWhmF0R9kOXx5GMSBehvWIGsYyYQ=', pub))
    sh(dir, ['commit', '-qam', 'keyring: forged'])
    const forged = await verifyJson(dir, ['--trust-root', pin])
    expect(forged.code).toBe(0)
    expect(forged.trust).toMatchObject({ keyring: expect.stringContaining('trust/root/root-r001.json') })
    // ... or deleted: verify reads the chain from git, not the file
    rmSync(join(dir, 'policies/keyring.yaml'))
    expect((await verifyJson(dir, ['--trust-root', pin])).code).toBe(0)
  })

  it.each([
    ['keeps the trust root and re-exports with a key added to the working-tree keyring', 'keep-root'],
    ['also replaces the trust root with one of their own', 'own-root']
  ])('the forged-keyring rewrite: the attacker %s; verify --trust-root fails, also --no-cache on a fresh clone', async (_what, variant) => {
    const { dir, pin } = await pinnedStore()
    // The attacker resets the store branch to before the packets (or before everything) ...
    const log = sh(dir, ['log', '--format=%H %s', '--reverse']).trim().split('\n')
    const target = variant === 'keep-root' ? log.find((l) => l.includes('trust-root r001'))! : log[0]
    sh(dir, ['reset', '-q', '--hard', target.split(' ')[0]])
    // ... adds their own key to policies/keyring.yaml and exports again with it.
    const attackerKeys = tempDir('re-attacker-')
    expect((await cli(attackerKeys, ['keygen', '--signer-id', 'demo-release-lane', '--out-dir', attackerKeys, '--now', '2026-11-23T10:00:00Z'])).code).toBe(0)
    const attackerKey = join(attackerKeys, 'demo-release-lane.key')
    const pub = /# public_key: (\S+)/.exec(readFileSync(attackerKey, 'utf8'))![1]
    edit(dir, 'policies/keyring.yaml', (t) => t.replace('/sRp003el3h4LpZXWhmF0R9kOXx5GMSBehvWIGsYyYQ=', pub))
    sh(dir, ['commit', '-qam', 'keyring: rotate release lane key'])
    if (variant === 'own-root') {
      const own = await rootKeys()
      expect((await cli(dir, ['trust', 'migrate', '--root-key', `root-a=${own.a}`, '--root-key', `root-b=${own.b}`, '--now', '2026-11-23T15:00:00Z'])).code).toBe(0)
    }
    const forged = await exportClosure(dir, attackerKey)
    expect(forged.code, forged.stderr).toBe(0)
    // Without the pin the forgery passed (what the issue reports); now verify refuses to judge ...
    const unpinned = await cli(dir, ['verify', '--json', '--allow-demo-key', '--now', '2026-11-23T16:00:00Z'])
    expect(unpinned.code).toBe(2)
    expect(unpinned.stderr).toContain('TRUST_ROOT_UNPINNED')
    // ... with the pin it fails, here and on a fresh clone without the cache.
    const expected = variant === 'keep-root' ? ['KEY_UNKNOWN'] : ['KEY_UNKNOWN', 'TRUST_ROOT_PIN_MISMATCH']
    const pinned = await verifyJson(dir, ['--trust-root', pin])
    expect(pinned.code).toBe(1)
    expect(pinned.codes).toEqual(expect.arrayContaining(expected))
    const clone = tempDir('re-clone-')
    sh(clone, ['clone', '-q', dir, 'c'])
    const fresh = await verifyJson(join(clone, 'c'), ['--no-cache', '--trust-root', pin])
    expect(fresh.code).toBe(1)
    expect(fresh.codes).toEqual(expect.arrayContaining(expected))
    // and export refuses the attacker's key when pinned
    const refused = await exportClosure(dir, attackerKey, ['--trust-root', pin])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('KEY_UNKNOWN')
  })

  it('the backdated signature by a revoked key: KEY_REVOKED whatever signed_at_utc says', async () => {
    const { dir, pin, keys, key } = await pinnedStore()
    // The root keys revoke the release-lane key at 17:00 (rotation r002, signed by both).
    const drafts = tempDir('re-drafts-')
    const draft = join(drafts, 'r002.json')
    const d = await cli(dir, ['trust', 'draft', '--revoke', 'demo-release-lane', '--revoked-at', '2026-11-23T17:00:00Z', '--reason', 'key leaked', '--out', draft, '--now', '2026-11-23T17:00:00Z'])
    expect(d.code, d.stderr).toBe(0)
    for (const k of [keys.a, keys.b]) expect((await cli(drafts, ['trust', 'sign', draft, '--key-file', k])).code).toBe(0)
    const p = await cli(dir, ['trust', 'publish', draft, '--now', '2026-11-23T17:00:00Z'])
    expect(p.code, p.stderr + p.stdout).toBe(0)
    expect((await verifyJson(dir, ['--trust-root', pin, '--now', '2026-11-23T17:30:00Z'])).codes).toEqual([])
    // The holder of the revoked key signs a new revision and claims 16:30, before the revocation.
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    const late = await cli(dir, ['export-closure', '--now', '2026-11-23T16:30:00Z', '--key-file', key, '--trust-root', pin])
    expect(late.code, late.stderr).toBe(0)
    const r = await verify(dir, ['--json', '--trust-root', pin, '--now', '2026-11-23T18:00:00Z'])
    const report = JSON.parse(r.stdout) as { defects: { defect_code: string; subject: string; detail: string }[] }
    expect(r.code).toBe(1)
    expect(report.defects.map((x) => [x.defect_code, x.subject])).toEqual([['KEY_REVOKED', `${WINDOW}@r002`]])
    expect(report.defects[0].detail).toContain('key leaked')
    // a key revoked outright signs nothing new either
    const after = await cli(dir, ['export-closure', '--now', '2026-11-23T18:00:00Z', '--key-file', key, '--trust-root', pin])
    expect(after.code).toBe(2)
  })
})
