import { describe, expect, it } from 'vitest'
import { build, cli, commitAt, sign, pinnedRepo, CLUSTER, WINDOW } from './helpers.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`

async function approvedRepo() {
  const { dir, keys } = await pinnedRepo()
  await build(dir, keys, T(10))
  for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(11 + i))
  return { dir, keys }
}

describe('release-evidence verify checks the strategy-approval families', () => {
  it('passes on packets and decisions written by the commands', async () => {
    const { dir } = await approvedRepo()
    const r = await cli(dir, ['verify', '--now', T(15), '--json', '--no-cache', '--allow-empty'])
    expect(r.code, r.out + r.err).toBe(0)
    const json = JSON.parse(r.out)
    expect(JSON.stringify(json)).toContain('strategy-signoff')
  })

  it('catches a signature file edited in a later commit', async () => {
    const { dir } = await approvedRepo()
    const sig = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-ben-release-authority-r001.sig`
    const text = readFileSync(join(dir, sig), 'utf8')
    commitAt(dir, { [sig]: text.replace('"keyid"', '"keyid" ') }, T(14), 'tidy the envelope')
    const r = await cli(dir, ['verify', '--now', T(15), '--no-cache', '--allow-empty'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('STORE_FILE_REWRITTEN')
  })

  it('catches a hand-made packet whose hash does not reproduce', async () => {
    const { dir } = await approvedRepo()
    const path = `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`
    const r0 = await cli(dir, ['verify', '--now', T(15), '--no-cache', '--allow-empty'])
    expect(r0.code).toBe(0)
    commitAt(dir, { [path]: readFileSync(join(dir, path), 'utf8').replace('lane-flag-off-canary', 'lane-rollback-sdk') }, T(14), 'edit')
    const r = await cli(dir, ['verify', '--now', T(15), '--no-cache', '--allow-empty'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('STORE_FILE_REWRITTEN')
    expect(r.out).toContain('STRATEGY_PACKET_INVALID')
  })

  it('catches a divergence record softened in a later commit', async () => {
    const { dir, keys } = await approvedRepo()
    const o = await cli(dir, ['strategy', 'outcome', '--window', WINDOW, '--cluster', CLUSTER, '--status', 'diverged', '--convergence-hours', '43', '--key-file', keys.owner, '--now', T(16)])
    expect(o.code, o.out).toBe(0)
    expect((await cli(dir, ['verify', '--now', T(17), '--no-cache', '--allow-empty'])).code).toBe(0)
    const path = `strategy-approval/${WINDOW}/divergences/SDI-${CLUSTER}-r001-r001.json`
    commitAt(dir, { [path]: readFileSync(join(dir, path), 'utf8').replace(/"required_policy_update_action": "[^"]*"/, '"required_policy_update_action": "none"') }, T(16), 'soften')
    const r = await cli(dir, ['verify', '--now', T(17), '--no-cache', '--allow-empty'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('STORE_FILE_REWRITTEN')
    expect(r.out).toContain('STRATEGY_OUTCOME_INVALID')
  }, 120_000)
})
