import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shardOfGroup } from '../../src/store/shard.js'
import { cleanupTempDirs, sh } from '../store/git-fixture.js'
import { keyFileOf, threeWindowStore, T40, type Store } from './fixture.js'

// `retention index --shard I/N --out FILE` in each job of a CI matrix, then `retention merge`:
// the merged index is byte for byte the index one job derives, and the merge refuses any set of
// shard files that is not every shard of one run over this commit (exit 2, naming the file).

const NOW = '2027-01-03T16:00:00Z'
const WINDOWS = ['rw-2026-11-a', 'rw-2026-11-b', 'rw-2026-11-c']
let s: Store
let work: string
let whole: { csv: string; json: string }

beforeAll(async () => {
  s = await threeWindowStore()
  // a hold on one window: its part of the index (hold columns, the holds list) travels with its shard
  const held = await s.run(['hold', 'place', '--window', 'rw-2026-11-b', '--reason', 'litigation LIT-12', '--owner', 'legal-team', '--key-file', keyFileOf('legal')], T40)
  expect(held.code, held.stderr).toBe(0)
  work = mkdtempSync(join(tmpdir(), 're-retention-shards-'))
  const r = await s.run(['retention', 'index', '--no-cache', '--out-dir', join(work, 'whole')], NOW)
  expect(r.code, r.stderr).toBe(0)
  whole = { csv: readFileSync(join(work, 'whole', 'retention-index.csv'), 'utf8'), json: readFileSync(join(work, 'whole', 'retention-index.json'), 'utf8') }
}, 180_000)
afterAll(() => cleanupTempDirs())

async function shards(n: number, tag: string, now = NOW): Promise<string[]> {
  const files: string[] = []
  for (let i = 1; i <= n; i++) {
    const file = join(work, `${tag}-${i}-of-${n}.json`)
    const r = await s.run(['retention', 'index', '--shard', `${i}/${n}`, '--out', file, '--out-dir', join(work, `${tag}-out-${i}`)], now)
    expect(r.code, r.stderr).toBe(0)
    files.push(file)
  }
  return files
}

async function merge(files: string[], tag: string) {
  const out = join(work, `${tag}-merged`)
  const r = await s.run(['retention', 'merge', ...files, '--out-dir', out], NOW)
  return { ...r, dir: out }
}

describe('retention index across a CI matrix', () => {
  it.each([1, 2, 3, 5])('%i shard(s) merge into exactly the index one job derives', async (n) => {
    const files = await shards(n, `ok${n}`)
    const parts = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as { shard: { windows: string[] }; index: { rows: { release_window_id: string }[] } })
    // each window is in exactly one shard, the one its hash names, and only its rows travel with it
    expect(parts.flatMap((p) => p.shard.windows).sort()).toEqual(WINDOWS)
    parts.forEach((p, i) => {
      for (const w of p.shard.windows) expect(shardOfGroup(w, n)).toBe(i + 1)
      for (const row of p.index.rows) expect(p.shard.windows).toContain(row.release_window_id)
    })
    const m = await merge(files, `ok${n}`)
    expect(m.code, m.stderr).toBe(0)
    expect(readFileSync(join(m.dir, 'retention-index.csv'), 'utf8')).toBe(whole.csv)
    expect(readFileSync(join(m.dir, 'retention-index.json'), 'utf8')).toBe(whole.json)
    expect(whole.csv).toContain('litigation LIT-12')
  }, 180_000)

  it('the merged index passes the validator like the derived one', async () => {
    const files = await shards(2, 'check')
    const m = await merge(files, 'check')
    expect(m.code).toBe(0)
    const c = await s.run(['retention', 'check', '--index', join(m.dir, 'retention-index.json'), '--json'], NOW)
    const d = await s.run(['retention', 'check', '--index', join(work, 'whole', 'retention-index.json'), '--json'], NOW)
    expect(c.code).toBe(d.code)
    const shown = (out: string) => {
      const { source: _source, ...rest } = JSON.parse(out) as Record<string, unknown>
      return rest
    }
    expect(shown(c.stdout)).toEqual(shown(d.stdout))
  }, 180_000)

  type Tamper = (files: string[]) => string[]
  const edit = (file: string, change: (doc: { shard: Record<string, unknown>; index: { rows: Record<string, string>[] } }) => void): void => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { shard: Record<string, unknown>; index: { rows: Record<string, string>[] } }
    change(doc)
    writeFileSync(file, JSON.stringify(doc))
  }
  it.each<[string, Tamper, RegExp]>([
    ['a shard missing', (f) => f.slice(1), /shard\(s\) 1 of 3 are missing/],
    ['a shard given twice', (f) => [...f, f[1]], /shard 2 is also/],
    [
      'a shard that says it covered fewer windows',
      (f) => {
        const covering = f.find((file) => (JSON.parse(readFileSync(file, 'utf8')) as { shard: { windows: string[] } }).shard.windows.length > 0)!
        edit(covering, (d) => void (d.shard.windows = []))
        return f
      },
      /shard\.windows: covers 0 window/
    ],
    [
      "a row moved into another shard's file",
      (f) => {
        const rows = (JSON.parse(whole.json) as { rows: Record<string, string>[] }).rows
        const stray = rows.find((r) => shardOfGroup(r.release_window_id, 3) !== 1)!
        edit(f[0], (d) => void d.index.rows.push(stray))
        return f
      },
      /entr\(ies\) of windows outside shard/
    ],
    [
      'a shard run at another instant',
      (f) => {
        edit(f[2], (d) => void (d.shard.now = '2030-01-01T00:00:00Z'))
        return f
      },
      /shard\.now: is 2030-01-01T00:00:00Z/
    ],
    [
      'a shard judged under another pin',
      (f) => {
        edit(f[1], (d) => void (d.shard.pin = 'a'.repeat(64)))
        return f
      },
      /shard\.pin: is a{64}, not/
    ],
    [
      'not a shard file at all',
      (f) => {
        writeFileSync(f[0], readFileSync(join(work, 'whole', 'retention-index.json')))
        return f
      },
      /is not a shard file of retention index --shard[\s\S]*shard: expected an object/
    ]
  ])('refuses %s (exit 2, naming the file and field)', async (name, tamper, message) => {
    const files = await shards(3, name.replace(/\W+/g, '-'))
    const m = await merge(tamper(files), name.replace(/\W+/g, '-'))
    expect(m.code).toBe(2)
    expect(m.stderr).toMatch(message)
    expect(m.stderr).not.toMatch(/\n\s+at /)
  }, 180_000)

  it('refuses shards of an older commit once the store has moved on', async () => {
    const files = await shards(2, 'old')
    sh(s.dir, ['commit', '-q', '--allow-empty', '-m', 'the store moves on'])
    const m = await merge(files, 'old')
    expect(m.code).toBe(2)
    expect(m.stderr).toMatch(/shard\.commit: is [0-9a-f]{40}, not [0-9a-f]{40}/)
    // merged over the commit the shards ran at, it is whole again
    const at = JSON.parse(readFileSync(files[0], 'utf8')) as { shard: { commit: string } }
    const r = await s.run(['retention', 'merge', ...files, '--at', at.shard.commit, '--out-dir', join(work, 'old-at')], NOW)
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(work, 'old-at', 'retention-index.csv'), 'utf8')).toBe(whole.csv)
  }, 180_000)

  it.each([
    [['retention', 'index', '--shard', '1/2'], /--shard I\/N and --out FILE go together/],
    [['retention', 'check', '--shard', '1/2', '--out', 'x.json'], /--shard I\/N and --out FILE go together/],
    [['retention', 'index', '--shard', '3/2', '--out', 'x.json'], /--shard '3\/2' is not i\/n/],
    [['retention', 'merge'], /no shard file given/]
  ])('%j is a usage error', async (argv, message) => {
    const r = await s.run(argv, NOW)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })
})
