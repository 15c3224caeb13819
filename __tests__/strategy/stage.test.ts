import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CATALOG } from '../../src/lessons.js'
import { settingsFromOptions } from '../../src/options.js'
import { runStrategyStage } from '../../src/strategy/stage.js'
import { build, sign, pinnedRepo } from './helpers.js'

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`

async function stage(dir: string, now: string, pin: string, mode = 'full') {
  const settings = settingsFromOptions({ now, mode, 'trust-root': pin }, { cwd: dir, clock: () => 0 }, CATALOG, ['strategy'])
  const lines: string[] = []
  const r = await runStrategyStage(settings, { log: { info: (t) => void lines.push(t), warning: (t) => void lines.push(t) }, families: [], shared: new Map() })
  return { ...r, lines }
}

describe("the Action's strategy stage", () => {
  it('fails while a signer is missing, with the panel in the summary and the defect annotated; passes once all signed', async () => {
    const { dir, keys, pin } = await pinnedRepo()
    await build(dir, keys, T(10))
    await sign(dir, keys, 'owner', T(11))
    await sign(dir, keys, 'authority', T(12))
    const pending = await stage(dir, T(13), pin)
    expect(pending.outcome.exitCode).toBe(1)
    expect(pending.outputs['strategy-approved']).toBe('false')
    expect(pending.report.defects.map((d) => d.defect_code)).toContain('STRATEGY_COVERAGE_UNMET')
    expect(pending.report.summaryHead).toContain('Strategy approval: ⛔ not approved')
    expect(pending.report.summaryHead).toContain('MISSING')
    expect((await stage(dir, T(13), pin, 'observe')).outcome.exitCode).toBe(0)
    await sign(dir, keys, 'reviewer', T(14))
    const done = await stage(dir, T(15), pin)
    expect(done.outcome.exitCode).toBe(0)
    expect(done.outputs['strategy-approved']).toBe('true')
    expect(JSON.parse(readFileSync(done.outputs['strategy-report-file'], 'utf8')).passed).toBe(true)
  })

  it('reports a rejection as STRATEGY_REJECTED', async () => {
    const { dir, keys, pin } = await pinnedRepo()
    await build(dir, keys, T(10))
    await sign(dir, keys, 'authority', T(11), 'reject')
    const r = await stage(dir, T(12), pin)
    expect(r.outcome.exitCode).toBe(1)
    expect(r.report.defects.map((d) => d.defect_code)).toContain('STRATEGY_REJECTED')
  })
})
