import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { keyFileOf } from '../retention/fixture.js'
import { publicOf } from '../signing/helpers.js'
import { tempDir, writeFiles } from '../store/git-fixture.js'
import { INPUTS, cli, demoKeyFile, pinOf, setPin, storeRepo, type CliRun } from '../store/store-fixture.js'
import { TEST_ROOTS } from '../trust/helpers.js'

// The seed's mini challenge as a real store: three closure-packet revisions across two windows
// (W1 r001, W1 r002, W2 r001), one policy change (the closure policy, between W1's revisions), one
// signer transition (demo-release-lane -> lane-b, recorded in the keyring before lane-b signs),
// and a legal hold on W1 placed after r002 and released once W2 exists. Every packet and hold is
// signed by the product with real Ed25519 keys; manual commits carry the dates given here, so
// policy and keyring versions take effect when the story says.

export const W1 = 'rw-2026-11-a'
export const W2 = 'rw-2026-11-b'
export const W3 = 'rw-2026-11-c'
export const T = {
  w1r1: '2026-11-24T10:00:00Z',
  policy: '2026-11-25T09:00:00Z',
  w1r2: '2026-11-25T10:00:00Z',
  hold: '2026-11-25T12:00:00Z',
  keyring: '2026-11-26T09:00:00Z',
  w2r1: '2026-11-26T10:00:00Z',
  release: '2026-11-27T10:00:00Z',
  later: '2026-11-28T10:00:00Z'
}

export const HOLDER = { name: 'legal', signer_id: 'lee-legal', role: 'legal-hold' }

export function entryFor(name: string, signerId: string, role: string, extra: string[] = []): string {
  return [`  - signer_id: ${signerId}`, `    public_key: ${publicOf(name).toString('base64')}`, `    role: ${role}`, '    valid_from_utc: 2026-01-01T00:00:00Z', '    valid_until_utc: 2031-01-01T00:00:00Z', ...extra].join('\n')
}

export function keyringWith(extra: string[]): string {
  const base = readFileSync(join(import.meta.dirname, '../../policies/keyring.yaml'), 'utf8').trimEnd()
  return `${[base, entryFor(HOLDER.name, HOLDER.signer_id, HOLDER.role), ...extra].join('\n')}\n`
}

/** lane-b's keyring entry, with the transition context when `transition` is true. */
export function laneB(transition: boolean, name = 'lane-b', signerId = 'lane-b', from = 'demo-release-lane'): string {
  const ctx = ['    transition:', `      from_signer_id: ${from}`, '      reason: the release lane moved to its own service account', '      approved_by: rita.release-authority', '      approved_at_utc: 2026-11-26T08:00:00Z']
  return entryFor(name, signerId, 'release-lane', transition ? ctx : [])
}

/** Window A's fixture rows, copied to each window in `windows`. */
export function inputsFor(windows: readonly ('A' | 'B' | 'C')[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, file] of [['alarms.csv', 'examples/alarms.csv'], ['ack-ledger.csv', 'examples/ack-ledger.csv'], ['evidence.csv', 'examples/evidence.csv']] as const) {
    const [header, ...rows] = readFileSync(join(INPUTS, name), 'utf8').trimEnd().split('\n')
    const copies = windows.flatMap((w) => {
      const n = { A: '1', B: '2', C: '3' }[w]
      return rows.map((r) => r.replaceAll('RW-2026-11-A', `RW-2026-11-${w}`).replaceAll('ALM-1', `ALM-${n}`).replaceAll('EV-1', `EV-${n}`))
    })
    out[file] = `${[header, ...copies].join('\n')}\n`
  }
  return out
}

/** git add -A and commit with author and committer date `at`. */
export function commitAt(dir: string, message: string, at: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.test', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.test', GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  execFileSync('git', ['add', '-A'], { cwd: dir, env })
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env })
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim()
}

export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' })
}

/**
 * Publishes the next trust-root revision from the working tree's committed keyring (a rotation
 * signed by both test root keys), so keys added to policies/keyring.yaml after revision 1 are
 * trusted by pinned commands. Commits trust/root/root-rNNN.* on the checked-out branch.
 */
export async function rotateTrust(dir: string, at: string): Promise<void> {
  const drafts = tempDir('re-trust-draft-')
  const draft = join(drafts, 'draft.json')
  await must(cli(dir, ['trust', 'draft', '--keyring', 'policies/keyring.yaml', '--out', draft, '--now', at]), 'trust draft')
  for (const name of TEST_ROOTS) await must(cli(drafts, ['trust', 'sign', draft, '--key-file', keyFileOf(name)]), `trust sign ${name}`)
  await must(cli(dir, ['trust', 'publish', draft, '--now', at]), 'trust publish')
}

export interface Mini {
  dir: string
  keys: { demo: string; laneB: string; holder: string }
  /** commit ids by step */
  commits: Record<string, string>
  run(argv: string[], now?: string): Promise<CliRun>
}

async function must(r: Promise<CliRun>, what: string): Promise<CliRun> {
  const x = await r
  if (x.code !== 0) throw new Error(`${what}: exit ${x.code}\n${x.stdout}\n${x.stderr}`)
  return x
}

/** The mini challenge's store; `transition: false` leaves lane-b's keyring entry without context. */
export async function miniStore({ transition = true, hold = true }: { transition?: boolean; hold?: boolean } = {}): Promise<Mini> {
  const dir = storeRepo({ 'policies/keyring.yaml': keyringWith([]), ...inputsFor(['A']) })
  const keys = { demo: demoKeyFile(), laneB: keyFileOf('lane-b'), holder: keyFileOf(HOLDER.name) }
  const run = (argv: string[], now = T.later) => cli(dir, [...argv, '--now', now])
  const commits: Record<string, string> = {}
  await must(run(['export-closure', '--key-file', keys.demo], T.w1r1), 'W1 r001')
  commits.w1r1 = git(dir, ['rev-parse', 'HEAD']).trim()
  const policy = join(dir, 'policies/closure-packet.yaml')
  writeFileSync(policy, readFileSync(policy, 'utf8').replace('sample_size: 3', 'sample_size: 4'))
  commits.policy = commitAt(dir, 'closure policy: review four rows', T.policy)
  await must(run(['export-closure', '--key-file', keys.demo], T.w1r2), 'W1 r002')
  commits.w1r2 = git(dir, ['rev-parse', 'HEAD']).trim()
  if (hold) {
    await must(run(['hold', 'place', '--window', W1, '--reason', 'litigation: customer dispute 4471', '--owner', 'legal-team', '--key-file', keys.holder], T.hold), 'hold place')
    commits.hold = git(dir, ['rev-parse', 'HEAD']).trim()
  }
  writeFiles(dir, { 'policies/keyring.yaml': keyringWith([laneB(transition)]) })
  commits.keyring = commitAt(dir, 'keyring: lane-b takes over the release lane', T.keyring)
  // the root keys add lane-b's key to the trust root (revision 2) before lane-b signs
  await rotateTrust(dir, T.keyring)
  commits.trust = git(dir, ['rev-parse', 'HEAD']).trim()
  writeFiles(dir, inputsFor(['A', 'B']))
  commitAt(dir, 'window b', T.keyring)
  await must(run(['export-closure', '--key-file', keys.laneB], T.w2r1), 'W2 r001')
  commits.w2r1 = git(dir, ['rev-parse', 'HEAD']).trim()
  if (hold) {
    const placed = JSON.parse((await must(run(['retention', 'index', '--json'], T.release), 'index')).stdout) as { holds: { hold_id: string }[] }
    await must(run(['hold', 'release', '--hold-id', placed.holds[0].hold_id, '--key-file', keys.holder], T.release), 'hold release')
    commits.release = git(dir, ['rev-parse', 'HEAD']).trim()
  }
  return { dir, keys, commits, run }
}

/** A clone of a store (its own working tree and history) to add one variation to. */
export function cloneStore(m: Mini): Mini {
  const dir = join(tempDir('re-lineage-'), 'c')
  execFileSync('git', ['clone', '-q', m.dir, dir])
  // a local clone's origin is a path, which the product refuses to push to; the clone is a store of its own
  execFileSync('git', ['remote', 'remove', 'origin'], { cwd: dir })
  setPin(dir, pinOf(m.dir))
  return { ...m, dir, run: (argv, now = T.later) => cli(dir, [...argv, '--now', now]) }
}
