import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readNewestResult, writeResult } from '../../src/store/result-cache.js'
import { cleanupTempDirs, sh } from '../store/git-fixture.js'
import { RETENTION_POLICY, threeWindowStore, type Store } from './fixture.js'

// The retention index cache (src/retention/index-cache.ts) may only make a run faster. Each case
// plants a POISONED index that the cache authenticates (written with the repository's own MAC key
// under the tip and fingerprint of a real run), then changes one input: the poison must not come
// back, and the answer must be the one a fresh derivation gives. The first case is the control:
// with nothing changed, the planted result IS what the next run reads, so the others prove their
// guard and not a cache that is never read.

interface Index {
  commit: string
  rows: { release_window_id: string; signature_verified: string; retention_expiry_utc: string; storage_class: string; storage_uri: string }[]
}

/** What the cache keeps beside the index's JSON and CSV texts (its parts): the retention policy it was derived under and the working-tree edits it saw. */
interface Cached {
  policy: unknown
  modified: unknown
}

const POISON = 'POISON'
let s: Store
let stateDir: string
beforeAll(async () => {
  s = await threeWindowStore()
  stateDir = join(s.dir, '.git', 'release-evidence')
}, 120_000)
afterAll(() => cleanupTempDirs())

async function index(extra: string[] = [], now?: string): Promise<{ code: number; index: Index | null; stderr: string }> {
  const r = await s.run(['retention', 'index', '--json', ...extra], now)
  return { code: r.code, index: r.code === 0 ? (JSON.parse(r.stdout) as Index) : null, stderr: r.stderr }
}

/** Replaces the stored result with a poisoned copy under the same tip and fingerprint (a valid MAC). */
async function plant(): Promise<void> {
  const stored = await readNewestResult<Cached>(stateDir, 'retention-index')
  expect(stored?.parts).toBeDefined()
  const index = JSON.parse(stored!.parts!['json'].toString('utf8')) as Index
  for (const r of index.rows) r.signature_verified = POISON
  const parts = { json: `${JSON.stringify(index, null, 2)}\n`, csv: stored!.parts!['csv'] }
  expect(await writeResult(stateDir, 'retention-index', stored!.tip, stored!.fingerprint, stored!.value, parts)).toBe(true)
}

const poisoned = (i: Index | null) => (i?.rows ?? []).some((r) => r.signature_verified === POISON)

describe('retention index cache', () => {
  it('a second run at the same commit reads the stored index (the control)', async () => {
    const first = await index()
    expect(first.code).toBe(0)
    const again = await index()
    expect(again.index).toEqual(first.index)
    await plant()
    expect(poisoned((await index()).index)).toBe(true)
    // the queries read the same entry: a poisoned row no longer verifies, so Q4 reports all of them
    const drift = await s.run(['retention', 'query', 'drift', '--json'])
    expect((JSON.parse(drift.stdout) as { rows: { drift: string }[] }).rows.filter((r) => r.drift.includes('signature does not verify'))).toHaveLength(first.index!.rows.length)
  }, 120_000)

  it('--no-cache derives from scratch, and neither reads nor writes the cache', async () => {
    sh(s.dir, ['checkout', '-q', '--', '.'])
    expect((await index()).code).toBe(0)
    await plant()
    const file = join(stateDir, 'results', 'retention-index.cache')
    const planted = readFileSync(file)
    for (const argv of [['retention', 'index', '--json', '--no-cache'], ['retention', 'query', 'latest', '--json', '--no-cache'], ['retention', 'check', '--json', '--no-cache']]) {
      const r = await s.run(argv)
      expect(r.stdout).not.toContain(POISON)
      expect(r.code).toBe(0)
    }
    const fresh = await index(['--no-cache'])
    expect(fresh.index!.rows.every((r) => r.signature_verified === 'true')).toBe(true)
    expect(readFileSync(file).equals(planted)).toBe(true)
    // Q3 lists the latest verified revision of each window: under the poison it would list none
    const latest = await s.run(['retention', 'query', 'latest', '--json', '--no-cache'])
    expect((JSON.parse(latest.stdout) as { rows: unknown[] }).rows).toHaveLength(3)
  }, 120_000)

  it.each([
    [
      'a tampered cache file (one byte changed, the MAC fails)',
      () => {
        const file = join(stateDir, 'results', 'retention-index.cache')
        const bytes = readFileSync(file)
        const at = bytes.indexOf(POISON)
        bytes[at] = 'Q'.charCodeAt(0)
        writeFileSync(file, bytes)
        return []
      }
    ],
    [
      'a changed retention policy',
      () => {
        writeFileSync(join(s.dir, 'policies/retention.yaml'), RETENTION_POLICY.replace(/retention_days_default: (\d+)/, (_m, d: string) => `retention_days_default: ${Number(d) + 1}`))
        return []
      }
    ],
    [
      'a changed tip',
      () => {
        sh(s.dir, ['commit', '-q', '--allow-empty', '-m', 'one more commit'])
        return []
      }
    ],
    [
      'another policy file the verifiers read (the closure policy, one comment more)',
      () => {
        const file = join(s.dir, 'policies/closure-packet.yaml')
        writeFileSync(file, `${readFileSync(file, 'utf8')}# reviewed\n`)
        return []
      }
    ],
    [
      'a packet edited in the working tree (mutable, R5)',
      () => {
        const file = join(s.dir, 'closure-packets/rw-2026-11-b/packet-r001.json')
        writeFileSync(file, `${readFileSync(file, 'utf8')} `)
        return ['mutable=closure-packets/rw-2026-11-b/packet-r001.json']
      }
    ],
    ['another evaluation instant', () => ['now=2027-06-01T00:00:00Z']],
    ['another trust root pin', () => ['--trust-root', 'a'.repeat(64)]]
  ])('%s: recomputed, never the stored result', async (_name, change) => {
    sh(s.dir, ['checkout', '-q', '--', '.'])
    const before = await index()
    expect(before.code).toBe(0)
    await plant()
    const given = change()
    const now = given.find((a) => a.startsWith('now='))?.slice(4)
    const mutable = given.find((a) => a.startsWith('mutable='))?.slice(8)
    const extra = given.filter((a) => !a.startsWith('now=') && !a.startsWith('mutable='))
    const after = await index(extra, now)
    expect(poisoned(after.index)).toBe(false)
    expect(after.code).toBe(0)
    // under a pin no key of this store chains to, no revision verifies (never the stored verdicts)
    const pinChanged = extra.includes('--trust-root')
    expect(after.index!.rows.every((r) => r.signature_verified === String(!pinChanged))).toBe(true)
    // an edited packet is no longer write-once; every other row still is
    expect(after.index!.rows.filter((r) => r.storage_class === 'mutable').map((r) => r.storage_uri.replace(/^git:[0-9a-f]+:/, '').replace(/#.*/, ''))).toEqual(mutable ? [mutable] : [])
    // and the answer is a fresh derivation's: the same run with no cache file at all
    writeFileSync(join(stateDir, 'results', 'retention-index.cache'), '')
    expect((await index(extra, now)).index).toEqual(after.index)
  }, 120_000)
})
