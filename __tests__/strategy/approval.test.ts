import { describe, expect, it } from 'vitest'
import { sh } from '../store/git-fixture.js'
import { build, sign, status, pinnedRepo, WINDOW, CLUSTER } from './helpers.js'

describe('strategy build, sign and status in a real repository', () => {
  it('mini challenge: one signer missing fails and stays pending; the signer signs and it passes', async () => {
    const { dir, keys } = await pinnedRepo()
    const b = await build(dir, keys, '2026-12-03T10:00:00Z')
    expect(b.err + b.out).toContain('wrote strategy-approval/rw-2026-12-08/packets/SAP-ec-payments-timeouts-r001.json')
    expect(b.code).toBe(0)
    expect((await sign(dir, keys, 'owner', '2026-12-03T11:00:00Z')).code).toBe(0)
    expect((await sign(dir, keys, 'authority', '2026-12-03T12:00:00Z')).code).toBe(0)
    const pending = await status(dir, '2026-12-03T12:30:00Z')
    expect(pending.code).toBe(1)
    const p = JSON.parse(pending.out)
    expect(p.series[0].revisions[0].state).toBe('pending_signatures')
    expect(p.series[0].revisions[0].missing_classes).toEqual(['risk_governance_reviewer'])
    expect((await sign(dir, keys, 'reviewer', '2026-12-03T13:00:00Z')).code).toBe(0)
    const done = await status(dir, '2026-12-03T13:30:00Z')
    expect(done.code).toBe(0)
    const d = JSON.parse(done.out)
    expect(d.series[0].revisions[0].state).toBe('approved')
    expect(d.series[0].revisions[0].approved_utc).toBe('2026-12-03T13:00:00Z')
    expect(d.series[0].timeline.map((t: { state: string }) => t.state)).toEqual(['pending_signatures', 'pending_signatures', 'pending_signatures', 'pending_signatures', 'approved'])
    const text = await status(dir, '2026-12-03T13:30:00Z', false)
    expect(text.out).toContain(`sap-${WINDOW}-${CLUSTER} r001: approved`)
    expect(sh(dir, ['status', '--porcelain'])).toBe('')
  })

  it('is deterministic: the same steps give the same commits', async () => {
    const heads: string[] = []
    for (let i = 0; i < 2; i++) {
      const { dir, keys } = await pinnedRepo()
      await build(dir, keys, '2026-12-03T10:00:00Z')
      await sign(dir, keys, 'owner', '2026-12-03T11:00:00Z')
      heads.push(sh(dir, ['rev-parse', 'HEAD']).trim())
    }
    expect(heads[0]).toBe(heads[1])
  })
})

describe('order from ancestry', () => {
  it('a packet and its decisions committed within the same second replay in commit order', async () => {
    const { dir, keys } = await pinnedRepo()
    const at = '2026-12-03T10:00:00Z'
    await build(dir, keys, at)
    for (const who of ['reviewer', 'owner', 'authority'] as const) expect((await sign(dir, keys, who, at)).code).toBe(0)
    const s = await status(dir, at)
    expect(s.code, s.out).toBe(0)
    expect(JSON.parse(s.out).series[0].timeline.map((t: { event: string }) => t.event.split(' ')[0])).toEqual(['published', 'chen-risk-reviewer', 'ana-strategy-owner', 'ben-release-authority', 'coverage'])
  })
})
