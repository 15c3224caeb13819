import { appendFile, chmod, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Invocation } from '../lesson.js'
import type { Settings } from '../settings.js'
import { verifyRegistered } from '../store/verify-all.js'
import { formatUtc } from '../util/time.js'

// The purge step of `release-evidence demo` (src/closure/demo.ts): lesson 115's purge for real in
// the demo repository, at an instant long after the demo's packets expired. `purge plan` lists
// the candidate, two DEMO-ONLY approvers with the compliance-approver role (their public entries
// joined the keyring before the demo's trust root was made) approve it, the pipeline's demo key
// applies it in one commit (tombstone added, the window's files and page removed), and verify,
// walking the pinned trust root, accepts exactly that deletion. Fixed instants, so every run
// prints the same bytes and makes the same commits.

export const DEMO_PURGE_APPROVERS = [
  { id: 'demo-compliance-ann', key: 'examples/keys/DEMO-ONLY-compliance-ann-key.txt' },
  { id: 'demo-compliance-ben', key: 'examples/keys/DEMO-ONLY-compliance-ben-key.txt' }
] as const
const APPROVERS_KEYRING = 'examples/keys/DEMO-ONLY-purge-approvers.keyring.yaml'
const CI_KEY = 'examples/keys/DEMO-ONLY-signing-key.txt'
const WINDOW = 'rw-2026-11-a'
const FAMILY = 'closure'
/** After every demo packet's expiry (730 days for a window with block-class alarms). */
export const DEMO_PURGE_AT = '2029-01-15T12:00:00Z'
/** When the demo verifies the purged store; verifying it earlier finds the purge records signed in its future. */
export const DEMO_PURGE_VERIFIED_AT = '2029-01-15T16:00:00Z'

/** The demo purge approvers' public entries join the demo keyring before its trust root is made (src/trust/demo.ts). */
export async function addDemoPurgeApprovers(dir: string, keyringPath: string): Promise<void> {
  await appendFile(join(dir, keyringPath), await readFile(join(dir, APPROVERS_KEYRING)))
}

/** Runs the step; true when every command did what the demo expects. */
export async function runPurgeDemo({ inv, settings, say }: { inv: Invocation; settings: Settings; say: (text: string) => void }): Promise<boolean> {
  const dir = settings.workspace
  const start = Date.parse(DEMO_PURGE_AT)
  const hours = (h: number) => start + h * 3_600_000
  for (const a of DEMO_PURGE_APPROVERS) await chmod(join(dir, a.key), 0o600)
  const { purgeCommand } = await import('./commands.js')
  const run = async (at: number, what: string, values: Record<string, string>) => {
    let out = ''
    const code = await purgeCommand.run({
      ...inv,
      cwd: dir,
      env: {},
      positionals: [what],
      values,
      io: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) },
      log: { info: () => undefined, warning: () => undefined },
      settings: () => ({ ...settings, now: at })
    })
    return { code, out }
  }
  const indent = (text: string) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n')
  const ok: boolean[] = []

  say(`  At ${formatUtc(start)}, after the packets' retention expiry. Approvers: ${DEMO_PURGE_APPROVERS.map((a) => a.id).join(', ')} (DEMO-ONLY keys, role compliance-approver); the CI demo key applies, never approves.`)
  const plan = await run(hours(0), 'plan', { window: WINDOW })
  say(`  $ release-evidence purge plan --window ${WINDOW}`)
  say(indent(plan.out))
  ok.push(plan.code === 0 && plan.out.includes(`candidate ${FAMILY} ${WINDOW}`))
  for (const [i, a] of DEMO_PURGE_APPROVERS.entries()) {
    const r = await run(hours(1 + i), 'approve', { window: WINDOW, family: FAMILY, 'key-file': join(dir, a.key) })
    say(`  $ release-evidence purge approve --window ${WINDOW} --family ${FAMILY} --key-file ${a.key}`)
    say(indent(r.out))
    ok.push(r.code === 0)
  }
  const applied = await run(hours(3), 'apply', { window: WINDOW, family: FAMILY, 'key-file': join(dir, CI_KEY) })
  say(`  $ release-evidence purge apply --window ${WINDOW} --family ${FAMILY} --key-file ${CI_KEY}`)
  say(indent(applied.out))
  ok.push(applied.code === 0)

  const verified = await verifyRegistered({ ...settings, now: Date.parse(DEMO_PURGE_VERIFIED_AT), verify: { allowDemoKey: true } }, inv.families, {})
  const purges = verified.defects.filter((d) => d.defect_code === 'PURGE_APPLIED')
  say(`  verify (pinned trust root) at ${DEMO_PURGE_VERIFIED_AT}: ${verified.blocking === 0 ? 'PASS' : `${verified.blocking} blocking`}; the deletion it accepts:`)
  for (const d of purges) say(`    PURGE_APPLIED ${d.file}: ${d.detail}`)
  for (const d of verified.defects.filter((x) => x.severity === 'blocking')) say(`    ${d.defect_code} ${d.file}: ${d.detail}`)
  say('')
  ok.push(verified.blocking === 0 && purges.length === 1)
  return ok.every(Boolean)
}
