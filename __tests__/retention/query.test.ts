import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, head, sh, writeFiles } from '../store/git-fixture.js'
import { DAY, T0, T40, keyFileOf, threeWindowStore, type Store } from './fixture.js'

// Q1-Q4 on a real store: windows b and c expire at T0 + 60 days, a at T40 + 60 days; b is held.

const iso = (n: number) => new Date(n).toISOString().replace('.000Z', 'Z')
const NOW = '2027-01-05T00:00:00Z'
let s: Store
let holdId: string
let beforeHold: string
beforeAll(async () => {
  s = await threeWindowStore()
  beforeHold = head(s.dir)
  const r = await s.run(['hold', 'place', '--window', 'rw-2026-11-b', '--reason', 'litigation LIT-9', '--owner', 'legal-team', '--case', 'LIT-9', '--key-file', keyFileOf('legal'), '--json'], '2027-01-03T00:00:00Z')
  holdId = (JSON.parse(r.stdout) as { holdId: string }).holdId
}, 60_000)
afterAll(() => cleanupTempDirs())

async function query(argv: string[], now = NOW) {
  const r = await s.run(['retention', 'query', ...argv, '--json'], now)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as { query: string; commit: string; rows: Record<string, string>[] }
}

describe('retention query', () => {
  it('holds (Q1): active holds by window; --at before the hold shows none', async () => {
    expect((await query(['holds'])).rows).toEqual([
      { release_window_id: 'rw-2026-11-b', hold_id: holdId, reason: 'litigation LIT-9', owner: 'legal-team', case_id: 'LIT-9', placed_at_utc: '2027-01-03T00:00:00Z', placed_by: 'lee-legal', file: `retention-holds/rw-2026-11-b/hold-${holdId}-r001.json` }
    ])
    expect((await query(['holds', '--at', beforeHold])).rows).toEqual([])
  })

  it.each([
    ['30d', NOW, ['rw-2026-11-b', 'rw-2026-11-c']],
    ['P7D', NOW, []],
    ['2w', iso(Date.parse(T0) + 50 * DAY), ['rw-2026-11-b', 'rw-2026-11-c']],
    ['30d', iso(Date.parse(T40) + 45 * DAY), ['rw-2026-11-b', 'rw-2026-11-c', 'rw-2026-11-a']]
  ])('expiring --within %s at %s (Q2)', async (within, now, windows) => {
    const q = await query(['expiring', '--within', within], now)
    expect(q.rows.map((r) => r.release_window_id)).toEqual(windows)
  })

  it('latest (Q3): the latest valid revision per window, with its blob URI', async () => {
    const q = await query(['latest'])
    expect(q.rows.map((r) => [r.release_window_id, r.packet_revision])).toEqual([
      ['rw-2026-11-a', 'r001'],
      ['rw-2026-11-b', 'r001'],
      ['rw-2026-11-c', 'r001']
    ])
    expect(q.rows.every((r) => r.storage_uri.startsWith('git:'))).toBe(true)
  })

  it('drift (Q4): a packet edited in the working tree, and a stale verification', async () => {
    expect((await query(['drift'])).rows).toEqual([])
    const path = sh(s.dir, ['ls-files', 'closure-packets/rw-2026-11-c']).split('\n').find((p) => p.endsWith('.json'))!
    writeFiles(s.dir, { [path]: '{"edited": true}\n' })
    try {
      const q = await query(['drift'])
      expect(q.rows.map((r) => [r.release_window_id, r.drift])).toEqual([['rw-2026-11-c', 'not write-once (rewritten, edited or uncommitted)']])
      // the index, and so check, sees the same: R5
      const c = await s.run(['retention', 'check'], NOW)
      expect(c.code).toBe(1)
      expect(c.stdout).toContain('RETENTION_STORAGE_MUTABLE')
    } finally {
      sh(s.dir, ['checkout', '--', path])
    }
  })

  it.each([
    [['query'], 'retention query: say holds, expiring, latest, drift'],
    [['query', 'everything'], 'retention query: say holds'],
    [['query', 'holds', '--within', '3d'], '--within is for expiring'],
    [['index', '--within', '3d'], '--within is for query expiring'],
    [['purge'], 'say index, check, query or merge']
  ])('%j is a usage error', async (argv, message) => {
    const r = await s.run(['retention', ...argv])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
  })
})
