import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/repo-files.js'
import { describe, expect, it } from 'vitest'
import { build, cli, sign, status, strategyRepo, CLUSTER, WINDOW, type Who } from './helpers.js'
import { sh } from '../store/git-fixture.js'

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`
const outcome = (dir: string, keys: Record<Who, string>, args: string[], now = '2026-12-05T10:00:00Z') =>
  cli(dir, ['strategy', 'outcome', '--window', WINDOW, '--cluster', CLUSTER, '--key-file', keys.owner, '--now', now, ...args])

async function approved() {
  const { dir, keys } = strategyRepo()
  await build(dir, keys, T(10))
  for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(11 + i))
  return { dir, keys }
}

describe('strategy outcome', () => {
  it('refuses a cluster without an approved revision', async () => {
    const { dir, keys } = strategyRepo()
    await build(dir, keys, T(10))
    const r = await outcome(dir, keys, ['--status', 'met_projection', '--convergence-hours', '20'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('STRATEGY_OUTCOME_INVALID')
  })

  it.each([
    ['met the projection', ['--status', 'met_projection', '--convergence-hours', '20'], null],
    ['converged beyond the high band (36 h) by more than 6 h', ['--status', 'diverged', '--convergence-hours', '43'], 'convergence_beyond_high_band'],
    ['within the band plus the allowed overrun', ['--status', 'partial_match', '--convergence-hours', '42'], null]
  ] as const)('%s', async (_name, args, trigger) => {
    const { dir, keys } = await approved()
    const packetBefore = sh(dir, ['rev-parse', `HEAD:strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`])
    const r = await outcome(dir, keys, [...args, '--json'])
    const json = JSON.parse(r.out)
    expect(json.action).toBe('written')
    if (trigger === null) {
      expect(r.code).toBe(0)
      expect(json.divergence).toBeNull()
    } else {
      expect(r.code).toBe(0) // a divergence is an escalation (warning), the review is recorded
      expect(json.divergence.strategy_divergence_incident_id).toBe(`SDI-${WINDOW}-${CLUSTER}-r001`)
      expect(json.divergence.affected_packet_id).toBe(`sap-${WINDOW}-${CLUSTER}`)
      expect(json.divergence.triggers.join()).toContain(trigger)
      expect(json.findings.map((f: { code: string }) => f.code)).toContain('STRATEGY_DIVERGENCE')
    }
    // the packet is never touched; the outcome is where the packet said it would be
    expect(sh(dir, ['rev-parse', `HEAD:strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`])).toBe(packetBefore)
    expect(sh(dir, ['ls-files', `strategy-approval/${WINDOW}/outcome-reviews`]).trim().split('\n')).toContain(`strategy-approval/${WINDOW}/outcome-reviews/SAP-${CLUSTER}-r001-outcome-r001.json`)
    const s = JSON.parse((await status(dir, '2026-12-05T11:00:00Z')).out)
    expect(s.series[0].revisions[0].outcome.actual_outcome_status).toBe(args[1])
    expect((await cli(dir, ['verify', '--now', '2026-12-05T11:00:00Z', '--no-cache', '--allow-empty'])).code).toBe(0)
  })

  it('a low-risk lane with a critical regression raises a divergence record', async () => {
    const ranking = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/strategy/ranking-snapshot.json'), 'utf8'))
    ranking.lanes[0].risk_overlay = 'low'
    const { dir, keys } = strategyRepo({ 'examples/strategy/ranking-snapshot.json': JSON.stringify(ranking, null, 2) })
    await build(dir, keys, T(10))
    for (const [i, who] of (['owner', 'authority'] as const).entries()) await sign(dir, keys, who, T(11 + i))
    expect(JSON.parse((await status(dir, T(14))).out).series[0].revisions[0].state).toBe('approved') // low tier: owner + authority
    const r = await outcome(dir, keys, ['--status', 'diverged', '--convergence-hours', '20', '--regression', 'critical:INC-4411', '--regression', 'minor:INC-4412', '--json'])
    const json = JSON.parse(r.out)
    expect(json.divergence.triggers.join()).toContain('low_risk_lane_critical_regression')
    expect(json.divergence.required_policy_update_action).toContain('risk overlay')
    const again = await outcome(dir, keys, ['--status', 'diverged', '--convergence-hours', '20', '--regression', 'minor:INC-4412', '--regression', 'critical:INC-4411', '--json'], '2026-12-06T10:00:00Z')
    expect(JSON.parse(again.out).action).toBe('unchanged')
  })
})
