import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runLineageStage } from '../../src/lineage/stage.js'
import { FAMILIES } from '../../src/lessons.js'
import type { RolloutMode } from '../../src/settings.js'
import { settingsFor } from '../helpers/settings.js'
import { cleanupTempDirs } from '../store/git-fixture.js'
import { pinOf } from '../store/store-fixture.js'
import { git, miniStore, T, W2, type Mini } from './fixture.js'

// The Action's lineage stage on a real store whose signer changed without transition context:
// the seed's rollout (report-only reports, enforce fails on the enforced classes), the snapshot
// commit, the artifact files and the summary's Mermaid diagram.

let s: Mini
beforeAll(async () => {
  s = await miniStore({ transition: false, hold: false })
}, 240_000)
afterAll(() => cleanupTempDirs())

const log = { info: () => undefined, warning: () => undefined }
const settings = (mode: RolloutMode, keyFile?: string) => ({ ...settingsFor({ repo: s.dir, now: T.later, mode, 'trust-root': pinOf(s.dir) }, s.dir, ['lineage']), ...(keyFile ? { signing: { keyFile } } : {}) })

function setRollout(rollout: 'report-only' | 'enforce'): void {
  const p = join(s.dir, 'policies/lineage.yaml')
  writeFileSync(p, readFileSync(p, 'utf8').replace(/^rollout: .*$/m, `rollout: ${rollout}`))
}

describe('the lineage stage', () => {
  it('report-only: reports the unexplained signer change, passes, commits the snapshots and shows the diagram', async () => {
    const before = git(s.dir, ['rev-parse', 'HEAD']).trim()
    const r = await runLineageStage(settings('full', s.keys.demo), { log, families: FAMILIES, shared: new Map() })
    expect(r.outcome.exitCode).toBe(0)
    expect(r.report.defects.map((d) => d.defect_code)).toContain('LINEAGE_SIGNER_TRANSITION')
    expect(r.outputs['lineage-snapshots-written']).toBe('2')
    expect(r.outputs['lineage-blocking-defects']).toBe('0')
    expect(git(s.dir, ['rev-parse', 'HEAD~1']).trim()).toBe(before)
    // the store is clean; only the stage's report folder is new
    expect(git(s.dir, ['status', '--porcelain'])).toBe('?? .release-evidence/\n')
    expect(r.report.summaryHead).toContain('⚠️ DEFECTS (not enforced)')
    expect(r.report.summaryHead).toMatch(/```mermaid\nflowchart RL\n/)
    expect(r.report.summaryHead).toContain(`### ${W2}`)
    for (const f of r.report.files) expect(existsSync(f)).toBe(true)
    expect(JSON.parse(readFileSync(r.outputs['lineage-graph-file'], 'utf8'))).toMatchObject({ schema_version: 'release-evidence/lineage-graph/v1' })
  })

  it.each([
    ['full', 1],
    ['observe', 0]
  ] as const)('enforce, %s mode: exits %i; nothing new to snapshot', async (mode, code) => {
    setRollout('enforce')
    try {
      const r = await runLineageStage(settings(mode, s.keys.demo), { log, families: FAMILIES, shared: new Map() })
      expect(r.outcome.exitCode).toBe(code)
      expect(r.outputs['lineage-snapshots-written']).toBe('0')
      expect(r.outputs['lineage-blocking-defects']).toBe(code === 1 ? '1' : '0')
      if (code === 1) expect(r.outcome.failure).toContain('Lineage check failed')
    } finally {
      git(s.dir, ['checkout', '--', 'policies/lineage.yaml'])
    }
  })

  it('without a signing key it builds and checks but commits nothing', async () => {
    const before = git(s.dir, ['rev-parse', 'HEAD']).trim()
    const r = await runLineageStage(settings('full'), { log, families: FAMILIES, shared: new Map() })
    expect(r.outcome.exitCode).toBe(0)
    expect(r.outputs['lineage-snapshots-written']).toBe('0')
    expect(git(s.dir, ['rev-parse', 'HEAD']).trim()).toBe(before)
  })
})
