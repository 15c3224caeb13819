import { chmod, cp, mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ExitCode, UserError, type ExitCode as Code } from '../errors.js'
import { initRepository } from '../git/index.js'
import type { Invocation } from '../lesson.js'
import { runLedgerGate } from '../ledger/gate.js'
import { renderGateText } from '../ledger/render.js'
import { parseNow } from '../options.js'
import type { Settings } from '../settings.js'
import { renderVerifyText } from '../store/render.js'
import { verifyRegistered } from '../store/verify-all.js'
import { formatUtc } from '../util/time.js'
import { exportClosure } from './export.js'
import { renderExportText } from './export-text.js'

// `release-evidence demo` (npm run demo): the whole product on the bundled examples, in a fresh
// temporary git repository, with the published demo key. Deterministic: a fixed instant and fixed
// commit dates, so every run produces the same packets, digests and commit ids.
// Exit code: 0 when the demo ran as designed. The examples deliberately contain a no-go window;
// its decision is printed, not turned into a failure. 1 when a step did not do what the demo
// expects (a packet rejected or the store failing verification), 2 when it cannot run.

export const DEMO_NOW = '2026-11-23T16:00:00Z'
const DEMO_KEY = 'examples/keys/DEMO-ONLY-signing-key.txt'
const FIXTURE_DATE = '2026-11-23T12:00:00Z'
const IDENTITY = { name: 'release-evidence demo', email: 'demo@release-evidence.invalid' }

export async function runDemo(inv: Invocation): Promise<Code> {
  const values = inv.values as { from?: string; now?: string }
  const from = resolve(inv.cwd, values.from ?? '.')
  const now = values.now === undefined ? Date.parse(DEMO_NOW) : parseNow(values.now, inv.clock)
  const say = (text: string) => inv.io.stdout(text.endsWith('\n') ? text : `${text}\n`)

  for (const need of ['examples', 'policies', DEMO_KEY]) {
    if (!(await exists(join(from, need)))) {
      throw new UserError({ code: 'INPUT_MISSING', message: `${join(from, need)} not found; run the demo from a checkout of release-evidence (or pass --from DIR)` })
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'release-evidence-demo-'))
  await cp(join(from, 'examples'), join(dir, 'examples'), { recursive: true })
  await cp(join(from, 'policies'), join(dir, 'policies'), { recursive: true })
  // A private key file must not be group/world readable; the demo's copy is made private too.
  await chmod(join(dir, DEMO_KEY), 0o600)
  // lesson 120's DEMO-ONLY approvers join the keyring before the trust root is made from it
  await (await import('../strategy/demo.js')).addDemoApprovers(dir, inv.settings(['ledger', 'closure']).policies['keyring'])
  // and so do lesson 115's DEMO-ONLY purge approvers
  await (await import('../retention/demo.js')).addDemoPurgeApprovers(dir, inv.settings(['ledger', 'closure']).policies['keyring'])
  const repo = await initRepository(dir, { branch: 'main', identity: { ...IDENTITY, date: FIXTURE_DATE } })
  await repo.commitAll('demo: example inputs and policies')

  const settings: Settings = {
    // the registry's default inputs and policies, as copied into the demo repository
    ...inv.settings(['ledger', 'closure']),
    workspace: dir,
    mode: 'full',
    now,
    // reports outside the demo repository, so its working tree stays exactly what was committed
    outDir: await mkdtemp(join(tmpdir(), 'release-evidence-demo-reports-')),
    signing: { keyFile: join(dir, DEMO_KEY) },
    git: { committerName: IDENTITY.name, committerEmail: IDENTITY.email }
  }

  say(`release-evidence demo at ${formatUtc(now)} in ${dir}\n`)
  say('== 1. Acknowledgment-ledger gate ==')
  const gate = await runLedgerGate(settings)
  say(renderGateText(gate))
  settings.trust = { root: await (await import('../trust/demo.js')).demoTrustRoot(settings, say) }
  say('== 2. Closure packets: build, sign (DEMO key), verify before publish, commit ==')
  const exported = await exportClosure({ settings, gate, secrets: { env: {} } })
  say(renderExportText(exported))
  say('== 3. Export again: unchanged content writes nothing ==')
  const again = await exportClosure({ settings, gate, secrets: { env: {} } })
  for (const w of again.windows) say(`  ${w.series.window}: ${w.action}${w.action === 'unchanged' ? ' (nothing written)' : ''}`)
  say('')
  say('== 4. Verify the store from git history ==')
  const verified = await verifyRegistered({ ...settings, verify: { allowDemoKey: true } }, inv.families, {})
  say(renderVerifyText(verified))

  say('== 5. Retention and legal hold (lesson 115): the index derived from the store ==')
  // Another lesson's published module: the demo walks the product, lesson by lesson.
  const { runIndex, renderIndexText } = await import('../retention/run.js')
  const { index } = await runIndex(settings, inv.families)
  say(renderIndexText(index))
  say('== 6. Strategy approval (lesson 120): a packet, three approvers, the state from history, the outcome ==')
  const strategyOk = await (await import('../strategy/demo.js')).runStrategyDemo({ inv, settings, say })
  say('== 7. Lineage graph (lesson 116) ==')
  // after the strategy step's last signature (its outcome, an hour after DEMO_NOW): the graph judges every revision at its build time
  await (await import('../lineage/demo.js')).lineageDemo({ ...settings, now: settings.now + 90 * 60_000 }, say)
  say('== 8. Purge (lesson 115): years later, an expired window leaves the branch with two approvals and a tombstone ==')
  const purgeDemo = await import('../retention/demo.js')
  const purgeOk = await purgeDemo.runPurgeDemo({ inv, settings, say })

  const asDesigned = !exported.windows.some((w) => w.action === 'rejected') && again.windows.every((w) => w.action === 'unchanged') && verified.blocking === 0 && index.rows.length > 0 && strategyOk && purgeOk
  say('== Result ==')
  for (const w of gate.windows) say(`  ${w.release_window_id}: ${w.decision}${w.reasons.length > 0 ? ` (${w.reasons[0]})` : ''}`)
  say(
    asDesigned
      ? `The demo ran as designed: the gate's no-go windows are the examples' point, not a failure of the demo.`
      : 'The demo did NOT run as designed: see the rejected packets or verification defects above.'
  )
  say(`\nLook around:\n  cd ${dir}\n  git log --stat\n  cat closure-packets/*/verify-r001.log\n  release-evidence verify -C ${dir} --trust-root ${settings.trust.root} --allow-demo-key --now ${purgeDemo.DEMO_PURGE_VERIFIED_AT}`)
  return asDesigned ? ExitCode.Pass : ExitCode.PolicyFailure
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
