import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { incidentOf } from '../../src/retention/derive.js'
import { sh, cleanupTempDirs, commitAll, writeFiles, head } from '../store/git-fixture.js'
import { DAY, T0, T40, keyFileOf, threeWindowStore, RETENTION_POLICY, type Store } from './fixture.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ms = (t: string) => Date.parse(t)
const iso = (n: number) => new Date(n).toISOString().replace(/\.000Z$/, 'Z')

let s: Store
beforeAll(async () => {
  s = await threeWindowStore()
}, 60_000)
afterAll(() => cleanupTempDirs())

async function index(now = T40, extra: string[] = []) {
  const r = await s.run(['retention', 'index', '--json', ...extra], now)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as { commit: string; rows: Record<string, string>[]; holds: Record<string, unknown>[]; defects: Record<string, string>[] }
}

describe('retention index', () => {
  it('has one row per closure revision, with the seed columns, a git blob URI and the expiry rule', async () => {
    const x = await index()
    expect(x.commit).toBe(head(s.dir))
    expect(x.rows.map((r) => [r.family, r.release_window_id, r.packet_revision, r.is_latest])).toEqual([
      ['closure', 'rw-2026-11-a', 'r001', 'true'],
      ['closure', 'rw-2026-11-b', 'r001', 'true'],
      ['closure', 'rw-2026-11-c', 'r001', 'true']
    ])
    for (const r of x.rows) {
      expect(r.signature_verified).toBe('true')
      expect(r.signature_digest).toMatch(/^[0-9a-f]{64}$/)
      expect(r.storage_class).toBe('git-write-once')
      const m = /^git:([0-9a-f]{40}):(closure-packets\/[^#]+\.json)#blob=([0-9a-f]{40})$/.exec(r.storage_uri)!
      expect(m).not.toBeNull()
      // the URI names the commit that added the exact blob
      expect(sh(s.dir, ['rev-parse', `${m[1]}:${m[2]}`]).trim()).toBe(m[3])
      // schema v2 packets record their incident window; the index takes it as recorded
      expect(r.incident_window_source).toBe('packet')
      const packet = JSON.parse(sh(s.dir, ['cat-file', 'blob', m[3]])) as Record<string, unknown>
      expect([r.incident_window_start_utc, r.incident_window_end_utc]).toEqual([packet.incident_window_start_utc, packet.incident_window_end_utc])
      // a schema v1 packet (no bounds) gets them derived from its rows, and says so
      const { incident_window_start_utc: _s, incident_window_end_utc: _e, ...v1 } = packet
      expect(incidentOf(v1)).toMatchObject({ source: 'derived-from-rows' })
      expect(r.legal_hold_state).toBe('none')
      expect(r.last_verified_utc).toBe(T40)
      expect(r.index_schema_version).toBe('1')
      expect(r.retention_policy_sha256).toMatch(/^[0-9a-f]{64}$/)
    }
    // block-class rows: 60 days after the latest revision's signing time (later than the incident's end)
    const byWindow = Object.fromEntries(x.rows.map((r) => [r.release_window_id, r]))
    expect(byWindow['rw-2026-11-b'].retention_expiry_utc).toBe(iso(ms(T0) + 60 * DAY))
    expect(byWindow['rw-2026-11-a'].retention_expiry_utc).toBe(iso(ms(T40) + 60 * DAY))
    expect(byWindow['rw-2026-11-b'].incident_window_end_utc < T0).toBe(true)
  })

  it('writes the same rows as CSV (formula-escaped) and JSON to the out dir, deterministically', async () => {
    const a = await index()
    const csv1 = readFileSync(join(s.dir, '.release-evidence/retention-index.csv'), 'utf8')
    const b = await index()
    expect(b).toEqual(a)
    expect(readFileSync(join(s.dir, '.release-evidence/retention-index.csv'), 'utf8')).toBe(csv1)
    expect(csv1.split('\n')[0]).toContain('packet_id,packet_revision,release_window_id,incident_window_start_utc')
    expect(csv1.trimEnd().split('\n')).toHaveLength(4)
  })

  it.each([
    ['a commit', () => sh(s.dir, ['rev-list', '--max-parents=0', 'HEAD']).trim(), 0],
    ['a time before window a was exported', () => '2026-12-01T00:00:00Z', 2],
    ['HEAD', () => 'HEAD', 3]
  ])('--at %s describes the store at that commit', async (_what, at, rows) => {
    const x = await index(T40, ['--at', at()])
    expect(x.rows).toHaveLength(rows)
  })

  it.each([
    [['retention', 'index'], /rw-2026-11-a\s+closure\s+r001\s+true\s+true/],
    [['retention', 'check'], /All rows pass V1-V6/],
    [['retention', 'query', 'latest'], /rw-2026-11-c\s+\S+\s+r001/]
  ])('%j prints text ending in a newline', async (argv, pattern) => {
    const r = await s.run(argv)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(pattern)
    expect(r.stdout.endsWith('\n')).toBe(true)
  })

  it('marks an expired, unheld window purge-eligible, and never deletes anything', async () => {
    const before = sh(s.dir, ['ls-files'])
    const x = await index(iso(ms(T0) + 61 * DAY))
    const e = Object.fromEntries(x.rows.map((r) => [r.release_window_id, r.purge_eligible]))
    expect(e).toEqual({ 'rw-2026-11-a': 'false', 'rw-2026-11-b': 'true', 'rw-2026-11-c': 'true' })
    expect(sh(s.dir, ['ls-files'])).toBe(before)
  })
})

describe('a policy change may lengthen retention, never shorten it', () => {
  it('lengthening passes; shortening what is stored is RETENTION_SHORTENED (blocking)', async () => {
    writeFiles(s.dir, { 'policies/retention.yaml': RETENTION_POLICY.replace('retention_days_block_alarms: 60', 'retention_days_block_alarms: 90') })
    commitAll(s.dir, 'longer retention')
    expect((await index()).defects).toEqual([])
    let c = await s.run(['retention', 'check'])
    expect(c.code).toBe(0)

    writeFiles(s.dir, { 'policies/retention.yaml': RETENTION_POLICY.replace('retention_days_block_alarms: 60', 'retention_days_block_alarms: 45') })
    commitAll(s.dir, 'shorter retention')
    const x = await index()
    expect(x.defects.map((d) => [d.defect_code, d.release_window_id])).toEqual([
      ['RETENTION_SHORTENED', 'rw-2026-11-a'],
      ['RETENTION_SHORTENED', 'rw-2026-11-b'],
      ['RETENTION_SHORTENED', 'rw-2026-11-c']
    ])
    expect(x.defects[0].detail).toContain(`moves from ${iso(ms(T40) + 90 * DAY)}`)
    c = await s.run(['retention', 'check'])
    expect(c.code).toBe(1)
    expect(c.stdout).toContain('RETENTION_SHORTENED')
    // observe mode reports and passes
    expect((await s.run(['retention', 'check', '--mode', 'observe'])).code).toBe(0)
    // restoring the longer period clears it
    writeFiles(s.dir, { 'policies/retention.yaml': RETENTION_POLICY.replace('retention_days_block_alarms: 60', 'retention_days_block_alarms: 90') })
    commitAll(s.dir, 'restore')
    expect((await s.run(['retention', 'check'])).code).toBe(0)
  })

  it('keyFileOf gives real keys (sanity)', () => {
    expect(readFileSync(keyFileOf('legal'), 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/)
  })
})
