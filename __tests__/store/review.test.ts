import { afterAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs } from './git-fixture.js'
import { WINDOW, cli, demoKeyFile, edit, exportClosure, storeRepo, pinArgs } from './store-fixture.js'
import { sh } from './git-fixture.js'

afterAll(cleanupTempDirs)

describe('review: post-incident review of the latest packet read from the store', () => {
  it('reviews the latest revision with a reproducible sample and passes', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, demoKeyFile())).code).toBe(0)
    const a = await cli(dir, ['review', '--window', 'RW-2026-11-A', '--now', '2026-11-23T18:00:00Z', '--json', ...pinArgs(dir)])
    expect(a.stderr).toBe('')
    expect(a.code).toBe(0)
    const r = JSON.parse(a.stdout) as { file: string; revision: string; pass: boolean; sample: { alarm_id: string }[] }
    expect(r.file).toBe(`closure-packets/${WINDOW}/packet-r001.json`)
    expect(r.pass).toBe(true)
    expect(r.sample).toHaveLength(3)
    const b = await cli(dir, ['review', '--window', WINDOW, '--now', '2026-11-23T18:00:00Z', '--json', ...pinArgs(dir)])
    expect(JSON.parse(b.stdout)).toEqual(r)
    const text = await cli(dir, ['review', '--window', WINDOW, '--seed', '7', '--now', '2026-11-23T18:00:00Z', ...pinArgs(dir)])
    expect(text.stdout).toContain(`Reviewing closure-packets/${WINDOW}/packet-r001.json`)
  })

  it('fails the audit when a sampled evidence ref no longer matches the evidence input', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, demoKeyFile())).code).toBe(0)
    edit(dir, 'examples/evidence.csv', (t) => t.replace(/,ci-bot$/gm, ',someone-else'))
    sh(dir, ['commit', '-qam', 'evidence edited after export'])
    const r = await cli(dir, ['review', '--window', WINDOW, '--now', '2026-11-23T18:00:00Z', '--json', ...pinArgs(dir)])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).follow_ups.map((f: { code: string }) => f.code)).toContain('REVIEW_REF_CHANGED')
  })

  it('says so when the window has no packet (exit 2)', async () => {
    const dir = storeRepo()
    const r = await cli(dir, ['review', '--window', 'rw-none', '--now', '2026-11-23T18:00:00Z', ...pinArgs(dir)])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("no closure packet for window 'rw-none'")
  })
})
