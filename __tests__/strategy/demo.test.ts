import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { sh } from '../store/git-fixture.js'

// `npm run demo`, step 6: lesson 120 for real, with the DEMO-ONLY approver keys of examples/keys/.

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const made: string[] = []
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

async function demo(): Promise<{ code: number; step: string; out: string; dir: string }> {
  let out = ''
  const code = await runCli(['demo'], { io: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) }, cwd: ROOT, env: {}, clock: () => 0 })
  const dir = /in (\S+release-evidence-demo-\S+)\n/.exec(out)?.[1] ?? ''
  if (dir) made.push(dir)
  const step = out.slice(out.indexOf('== 6. Strategy approval'), out.indexOf('== Result =='))
  return { code, step, out, dir }
}

describe('the demo shows strategy approval (lesson 120)', () => {
  it('builds the packet, refuses the CI key, shows pending then approved, records the outcome and its divergence; byte-identical twice', async () => {
    const a = await demo()
    expect(a.code, a.out).toBe(0)
    const { step } = a
    expect(step).toContain('wrote strategy-approval/rw-2026-12-08/packets/SAP-ec-payments-timeouts-r001.json')
    expect(step).toContain('STRATEGY_CI_KEY_APPROVAL')
    const pendingAt = step.indexOf('pending_signatures (FAIL)')
    const approvedAt = step.indexOf('sap-rw-2026-12-08-ec-payments-timeouts r001: approved')
    expect(pendingAt).toBeGreaterThan(0)
    expect(approvedAt).toBeGreaterThan(pendingAt)
    expect(step.slice(pendingAt, approvedAt)).toContain('missing     risk_governance_reviewer')
    expect(step).toContain('coverage tier high met by demo-release-authority, demo-risk-reviewer, demo-strategy-owner')
    expect(step).toContain('STRATEGY_DIVERGENCE')
    for (const f of ['approvals/SAP-ec-payments-timeouts-r001-demo-risk-reviewer-r001.json', 'outcome-reviews/SAP-ec-payments-timeouts-r001-outcome-r001.json', 'divergences/SDI-ec-payments-timeouts-r001-r001.json', 'validation/approvals/SAP-ec-payments-timeouts-r001-demo-strategy-owner-r001.log']) {
      expect(step).toContain(`strategy-approval/rw-2026-12-08/${f}`)
    }
    expect(step).not.toContain(a.dir)
    expect(sh(a.dir, ['status', '--porcelain'])).toBe('')
    const b = await demo()
    expect(b.step).toBe(a.step)
    expect(sh(b.dir, ['rev-parse', 'HEAD'])).toBe(sh(a.dir, ['rev-parse', 'HEAD']))
    // the demo-signed store verifies with the demo keys allowed, and not without
    // ... under the trust root the demo migrated and pinned (verify never reads the working-tree keyring),
    // after the demo's last step (its purge, years later: earlier, the purge records are signed in the future)
    const pin = /pin \(sha256 of revision 1's payload\): ([0-9a-f]{64})/.exec(a.out)?.[1]
    expect(pin, a.out).toBeDefined()
    let out = ''
    const verified = await runCli(['verify', '--trust-root', pin!, '--allow-demo-key', '--no-cache', '--now', '2029-01-15T16:00:00Z'], { io: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) }, cwd: a.dir, env: {}, clock: () => 0 })
    expect(verified, out).toBe(0)
  }, 300_000)
})
