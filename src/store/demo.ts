import { chmod, cp, mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { COMMON_OPTIONS, parseCommand, parseNow, type Command } from '../cli/context.js'
import { ExitCode, UserError } from '../errors.js'
import { initRepository } from '../git/index.js'
import { runLedgerGate } from '../ledger/gate.js'
import { renderGateText } from '../ledger/render.js'
import { DEFAULT_INPUTS, DEFAULT_POLICIES, type Settings } from '../settings.js'
import { formatUtc } from '../util/time.js'
import { verifyWith } from './commands.js'
import { exportClosure } from './export.js'
import { renderExportText, renderVerifyText } from './render.js'

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

const DEMO_OPTIONS = { from: { type: 'string' }, now: COMMON_OPTIONS.now, help: COMMON_OPTIONS.help } as const

export const demoCommand: Command = {
  name: 'demo',
  usage: `Usage: release-evidence demo [--from DIR] [--now TIME]

Copies examples/ and policies/ (from DIR, default: the current directory, i.e. a checkout of
release-evidence) into a fresh temporary git repository, runs the acknowledgment-ledger gate,
exports and signs one closure packet per release window with the DEMO key (its private key is
public: demo signatures prove nothing), verifies the store from git history, and prints where
the repository is so you can look around.

The examples include a no-go window on purpose. Exit codes: 0 the demo ran as designed (each
window's decision is printed), 1 a step did not do what the demo expects, 2 cannot run.`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand('demo', args, DEMO_OPTIONS)
    if (positionals.length > 0) throw new UserError({ code: 'USAGE', message: `demo: unexpected argument '${positionals[0]}'` })
    const from = resolve(ctx.cwd, values.from ?? '.')
    const now = values.now === undefined ? Date.parse(DEMO_NOW) : parseNow(values.now, ctx.clock)
    const say = (text: string) => ctx.io.stdout(text.endsWith('\n') ? text : `${text}\n`)

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
    const repo = await initRepository(dir, { branch: 'main', identity: { ...IDENTITY, date: FIXTURE_DATE } })
    await repo.commitAll('demo: example inputs and policies')

    const settings: Settings = {
      workspace: dir,
      stages: ['ledger', 'closure'],
      mode: 'full',
      now,
      inputs: DEFAULT_INPUTS,
      policies: DEFAULT_POLICIES,
      outDir: join(dir, '.release-evidence'),
      signing: { keyFile: join(dir, DEMO_KEY) },
      git: { committerName: IDENTITY.name, committerEmail: IDENTITY.email }
    }

    say(`release-evidence demo at ${formatUtc(now)} in ${dir}\n`)
    say('== 1. Acknowledgment-ledger gate ==')
    const gate = await runLedgerGate(settings)
    say(renderGateText(gate))
    say('== 2. Closure packets: build, sign (DEMO key), verify before publish, commit ==')
    const exported = await exportClosure({ settings, gate, secrets: { env: {} } })
    say(renderExportText(exported))
    say('== 3. Export again: unchanged content writes nothing ==')
    const again = await exportClosure({ settings, gate, secrets: { env: {} } })
    for (const w of again.windows) say(`  ${w.series.window}: ${w.action}${w.action === 'unchanged' ? ' (nothing written)' : ''}`)
    say('')
    say('== 4. Verify the store from git history ==')
    const verified = await verifyWith(settings, {})
    say(renderVerifyText(verified))

    const asDesigned = !exported.windows.some((w) => w.action === 'rejected') && again.windows.every((w) => w.action === 'unchanged') && verified.blocking === 0
    say('== Result ==')
    for (const w of gate.windows) say(`  ${w.release_window_id}: ${w.decision}${w.reasons.length > 0 ? ` (${w.reasons[0]})` : ''}`)
    say(
      asDesigned
        ? `The demo ran as designed: the gate's no-go windows are the examples' point, not a failure of the demo.`
        : 'The demo did NOT run as designed: see the rejected packets or verification defects above.'
    )
    say(`\nLook around:\n  cd ${dir}\n  git log --stat\n  cat closure-packets/*/verify-r001.log\n  release-evidence verify -C ${dir}   (or: node dist/cli/index.js verify -C ${dir})`)
    return asDesigned ? ExitCode.Pass : ExitCode.PolicyFailure
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
