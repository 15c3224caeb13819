import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { publicOf, seedOf } from '../signing/helpers.js'
import { commitAll, tempDir, writeFiles } from '../store/git-fixture.js'
import { INPUTS, cli, demoKeyFile, pinOf, storeRepo, type CliRun } from '../store/store-fixture.js'

// A store with three release windows (rw-2026-11-a, -b, -c) of signed closure packets, exported
// with the demo (CI, role release-lane) key, and a keyring that also holds two legal-hold signers
// and an auditor. Windows b and c are exported at T0, window a forty days later.

export const T0 = '2026-11-23T16:00:00Z'
export const T40 = '2027-01-02T16:00:00Z'
export const DAY = 86_400_000

export const RETENTION_POLICY = `schema_version: 1
immutable_storage_class: git-write-once
retention_days_default: 30
retention_days_block_alarms: 60
legal_hold_override: true
purge_requires_dual_approval: true
index_refresh_interval: P1D
hold_roles: [legal-hold]
purge_roles: [compliance-approver]
ci_roles: [release-lane]
`

export const HOLDERS = [
  { name: 'legal', signer_id: 'lee-legal', role: 'legal-hold' },
  { name: 'counsel', signer_id: 'cora-counsel', role: 'legal-hold' },
  { name: 'auditor', signer_id: 'abe-auditor', role: 'auditor' },
  // purge approvers; ann holds a second key (a rotation), which must never make her two approvers
  { name: 'approver-a', signer_id: 'ann-approver', role: 'compliance-approver' },
  { name: 'approver-a2', signer_id: 'ann-approver', role: 'compliance-approver' },
  { name: 'approver-b', signer_id: 'bob-approver', role: 'compliance-approver' }
] as const

function keyring(): string {
  const base = readFileSync(join(import.meta.dirname, '../../policies/keyring.yaml'), 'utf8')
  return (
    base.trimEnd() +
    '\n' +
    HOLDERS.map((h) => [`  - signer_id: ${h.signer_id}`, `    public_key: ${publicOf(h.name).toString('base64')}`, `    role: ${h.role}`, '    valid_from_utc: 2026-01-01T00:00:00Z', '    valid_until_utc: 2031-01-01T00:00:00Z'].join('\n')).join('\n') +
    '\n'
  )
}

export function keyFileOf(name: string): string {
  const file = join(tempDir('re-key-'), `${name}.key`)
  writeFileSync(file, `${seedOf(name).toString('base64')}\n`)
  chmodSync(file, 0o600)
  return file
}

/** The fixture inputs, with window A's rows copied to each window in `windows` (B: ALM-2xxx, C: ALM-3xxx). */
function inputsFor(windows: readonly ('A' | 'B' | 'C')[]): Record<string, string> {
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

export interface Store {
  dir: string
  demoKey: string
  /** the pinned trust root's sha256 (pinned stores only): every run passes it */
  pin?: string
  run(argv: string[], now?: string): Promise<CliRun>
}

/**
 * With `pinned`, the keyring is first committed as trust-root revision 1 (two root keys, 2 of 2)
 * and every command runs with that pin ($RELEASE_EVIDENCE_TRUST_ROOT), so keys and roles come
 * from the trust root, not from the working tree.
 */
export async function threeWindowStore({ pinned = false }: { pinned?: boolean } = {}): Promise<Store> {
  const dir = storeRepo({ 'policies/keyring.yaml': keyring(), 'policies/retention.yaml': RETENTION_POLICY, ...inputsFor(['B', 'C']) }, { trustRoot: !pinned })
  // not pinned by name: the trust root storeRepo commits from the final keyring, pinned all the same (nothing is judged without one)
  let pin: string | undefined = pinned ? undefined : pinOf(dir)
  if (pinned) {
    const m = await cli(dir, ['trust', 'migrate', '--root-key', `root-a=${keyFileOf('root-a')}`, '--root-key', `root-b=${keyFileOf('root-b')}`, '--now', '2026-11-23T15:00:00Z', '--json'])
    if (m.code !== 0) throw new Error(`trust migrate: ${m.stdout}${m.stderr}`)
    pin = (JSON.parse(m.stdout) as { pin: string }).pin
  }
  const env = pin === undefined ? {} : { RELEASE_EVIDENCE_TRUST_ROOT: pin }
  const demoKey = demoKeyFile()
  const first = await cli(dir, ['export-closure', '--now', T0, '--key-file', demoKey], env)
  if (first.code !== 0) throw new Error(`export at T0: ${first.stdout}${first.stderr}`)
  writeFiles(dir, inputsFor(['A', 'B', 'C']))
  commitAll(dir, 'window a')
  const second = await cli(dir, ['export-closure', '--now', T40, '--key-file', demoKey], env)
  if (second.code !== 0) throw new Error(`export at T40: ${second.stdout}${second.stderr}`)
  return { dir, demoKey, pin, run: (argv, now = T40) => cli(dir, [...argv, '--now', now], env) }
}
