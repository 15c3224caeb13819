import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { FAMILIES } from '../../src/lessons.js'
import { runRetentionStage } from '../../src/retention/stage.js'
import { settingsFor } from '../helpers/settings.js'
import { pinOf } from '../store/store-fixture.js'
import { cleanupTempDirs } from '../store/git-fixture.js'
import { DAY, T0, keyFileOf, threeWindowStore, type Store } from './fixture.js'

// The Action's retention stage on a real store: outputs, summary, files, and the rollout modes.

const AT = new Date(Date.parse(T0) + 61 * DAY).toISOString().replace('.000Z', 'Z')
let s: Store
beforeAll(async () => {
  s = await threeWindowStore()
  const r = await s.run(['hold', 'place', '--window', 'rw-2026-11-b', '--reason', 'litigation', '--owner', 'legal-team', '--key-file', keyFileOf('legal')], '2027-01-03T00:00:00Z')
  expect(r.code).toBe(0)
}, 60_000)
afterAll(() => cleanupTempDirs())

const log = { info: () => undefined, warning: () => undefined }

describe('the retention stage', () => {
  it('publishes the index, holds and purge candidates, and passes with only warnings', async () => {
    const settings = settingsFor({ repo: s.dir, now: AT, 'trust-root': pinOf(s.dir) }, s.dir, ['retention'])
    const r = await runRetentionStage(settings, { log, families: FAMILIES, shared: new Map() })
    expect(r.outcome.exitCode).toBe(0)
    expect(r.outputs).toEqual({ 'retention-index-file': `${settings.outDir}/retention-index.csv`, 'active-holds': '1', 'purge-candidates': '1', 'retention-blocking-defects': '0' })
    expect(r.report.summaryHead).toContain('### Active holds')
    expect(r.report.summaryHead).toContain('| rw-2026-11-b |')
    for (const f of r.report.files) expect(existsSync(f)).toBe(true)
  })

  it.each([
    ['observe', 0],
    ['soft', 1],
    ['full', 1]
  ] as const)('a mutable (worktree-edited) packet in %s mode exits %i', async (mode, code) => {
    const { writeFiles, sh } = await import('../store/git-fixture.js')
    const path = sh(s.dir, ['ls-files', 'closure-packets/rw-2026-11-a']).split('\n').find((p) => p.endsWith('.json'))!
    writeFiles(s.dir, { [path]: '{}\n' })
    try {
      const settings = settingsFor({ repo: s.dir, now: AT, mode, 'trust-root': pinOf(s.dir) }, s.dir, ['retention'])
      const r = await runRetentionStage(settings, { log, families: FAMILIES, shared: new Map() })
      expect(r.outcome.exitCode).toBe(code)
      expect(r.report.defects.map((d) => d.defect_code)).toContain('RETENTION_STORAGE_MUTABLE')
    } finally {
      sh(s.dir, ['checkout', '--', path])
    }
  })
})
