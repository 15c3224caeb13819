import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { publicOf } from '../signing/helpers.js'
import { OUTSIDER_SCRIPT } from '../signing/outsider-script.js'
import { assertCleanRepo, cleanupTempDirs, head, sh } from '../store/git-fixture.js'
import { DAY, T0, keyFileOf, threeWindowStore, type Store } from './fixture.js'

// A purge end to end in a real repository whose keys and roles come from a pinned trust root:
// two approvers with their own keys approve, one commit adds the signed tombstone and removes
// the files, verify accepts exactly that deletion, and OpenSSL alone checks the tombstone and
// both approvals. A held window is refused with a hold defect and nothing is written or deleted.

const at = (days: number, hours = 0) => new Date(Date.parse(T0) + days * DAY + hours * 3_600_000).toISOString().replace('.000Z', 'Z')
// windows b and c (exported at T0, with block-class rows) expire at T0 + 60 days
const DEMO_PUB = '/sRp003el3h4LpZXWhmF0R9kOXx5GMSBehvWIGsYyYQ='

let s: Store
let keys: Record<'a' | 'a2' | 'b' | 'legal', string>
beforeAll(async () => {
  s = await threeWindowStore({ pinned: true })
  keys = { a: keyFileOf('approver-a'), a2: keyFileOf('approver-a2'), b: keyFileOf('approver-b'), legal: keyFileOf('legal') }
}, 60_000)
afterAll(() => cleanupTempDirs())

interface Written {
  written: boolean
  purgeId: string | null
  commitOid: string | null
  files: string[]
  removed: string[]
  findings: { code: string; detail: string }[]
}

async function purge(what: 'approve' | 'apply', key: string, window: string, now: string) {
  const r = await s.run(['purge', what, '--window', window, '--key-file', key, '--json'], now)
  expect(r.stderr).toBe('')
  return { code: r.code, out: JSON.parse(r.stdout) as Written }
}

async function verifyStore(now: string) {
  const r = await s.run(['verify', '--json', '--no-cache', '--allow-demo-key'], now)
  const out = JSON.parse(r.stdout) as { defects: { defect_code: string; severity: string; file: string; detail: string }[]; trust: { pinned: boolean } }
  return { code: r.code, ...out }
}

function openssl(packet: string, pub: string, type: string) {
  const script = OUTSIDER_SCRIPT.replace('application/vnd.release-evidence.closure-packet+json', type)
  const out = spawnSync(existsSync('/bin/dash') ? '/bin/dash' : 'sh', ['-c', script], { cwd: s.dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PUB: pub, PACKET: packet, LC_ALL: 'C' }, encoding: 'utf8' })
  return { status: out.status, out: `${out.stdout}${out.stderr}` }
}

describe('purge approve | apply', () => {
  it('two approvers, one commit that adds the tombstone and removes the files; verify accepts it; OpenSSL checks the tombstone and the approvals', async () => {
    const window = 'rw-2026-11-c'
    const before = sh(s.dir, ['ls-tree', '-r', 'HEAD', '--', `closure-packets/${window}`])
      .trim()
      .split('\n')
      .map((l) => ({ blob: l.split(/\s+/)[2], path: l.split('\t')[1] }))
      // the window page is derived, not a purge target: the purge commit removes it with the files it describes
      .filter((f) => !f.path.endsWith('/README.md'))
    expect(before.map((f) => f.path)).toEqual([`closure-packets/${window}/packet-r001.json`, `closure-packets/${window}/packet-r001.sig`, `closure-packets/${window}/verify-r001.log`])

    // one approval is not enough: apply refuses and writes nothing
    const first = await purge('approve', keys.a, 'RW-2026-11-C', at(61, 1))
    expect(first.code).toBe(0)
    expect(first.out.files[0]).toMatch(new RegExp(`^retention-purge-approvals/${window}/approval-${first.out.purgeId}-[0-9a-f]{8}-r001\\.json$`))
    const tip = head(s.dir)
    const early = await purge('apply', s.demoKey, window, at(61, 2))
    expect(early.code).toBe(1)
    expect(early.out.findings.map((f) => f.code)).toEqual(['PURGE_APPROVALS_INSUFFICIENT'])
    // the same person again, with her second key, does not make a second approver; nor does the CI key
    const again = await purge('approve', keys.a2, window, at(61, 2))
    expect([again.code, again.out.findings.map((f) => f.code)]).toEqual([1, ['PURGE_RECORD_INVALID']])
    const ci = await purge('approve', s.demoKey, window, at(61, 2))
    expect([ci.code, ci.out.findings.map((f) => f.code)]).toEqual([1, ['PURGE_SIGNER_UNAUTHORIZED']])
    expect(head(s.dir)).toBe(tip)

    const second = await purge('approve', keys.b, window, at(61, 3))
    expect(second.code).toBe(0)
    expect(second.out.purgeId).toBe(first.out.purgeId)

    const applied = await purge('apply', s.demoKey, window, at(61, 4))
    expect(applied.out.findings).toEqual([])
    expect(applied.code).toBe(0)
    const purgeId = applied.out.purgeId!
    // ONE commit: the tombstone added, the three files removed, nothing else
    expect(sh(s.dir, ['rev-parse', `${applied.out.commitOid}^`]).trim()).toBe(second.out.commitOid)
    const changed = sh(s.dir, ['show', '--name-status', '--format=', applied.out.commitOid!]).trim().split('\n').sort()
    expect(changed).toEqual(
      // the window page goes in the same commit: it described only the removed files
      [...before.map((f) => `D\t${f.path}`), `D\tclosure-packets/${window}/README.md`, ...['json', 'log', 'sig'].map((x) => `A\tretention-tombstones/${window}/tombstone-${purgeId}-r001.${x}`)].sort()
    )
    expect(applied.out.removed).toEqual([...before.map((f) => f.path), `closure-packets/${window}/README.md`])
    expect(sh(s.dir, ['show', '--format=%B', '--no-patch', applied.out.commitOid!])).toContain(`The window page closure-packets/${window}/README.md goes with them`)
    expect(assertCleanRepo(s.dir).status).toBe('')
    // the folder is gone from the branch; the other windows keep theirs
    expect(existsSync(join(s.dir, `closure-packets/${window}`))).toBe(false)
    expect(readdirSync(join(s.dir, 'closure-packets')).sort()).toEqual(['rw-2026-11-a', 'rw-2026-11-b'])

    // the tombstone: every target with its blob id and sha256 (as git stores it), the archived rows, the approvals
    const tomb = JSON.parse(readFileSync(join(s.dir, applied.out.files[0]), 'utf8')) as {
      targets: { path: string; blob: string; sha256: string; signature_digest: string | null }[]
      archived_rows: Record<string, string>[]
      approvals: { path: string; signer_id: string; signed_at_utc: string }[]
      retention_expiry_utc: string
    }
    expect(tomb.targets.map((t) => ({ path: t.path, blob: t.blob }))).toEqual(before)
    for (const t of tomb.targets) {
      const bytes = Buffer.from(sh(s.dir, ['cat-file', 'blob', t.blob]), 'utf8')
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(t.sha256)
    }
    expect(tomb.targets[0].signature_digest).toMatch(/^[0-9a-f]{64}$/)
    expect(tomb.archived_rows).toHaveLength(1)
    expect(tomb.archived_rows[0]).toMatchObject({ release_window_id: window, purge_action_id: purgeId, legal_hold_state: 'none', purge_eligible: 'true', is_latest: 'true' })
    expect(tomb.approvals.map((a) => [a.signer_id, a.signed_at_utc])).toEqual([
      ['ann-approver', at(61, 1)],
      ['bob-approver', at(61, 3)]
    ])
    expect(Date.parse(tomb.retention_expiry_utc)).toBeLessThan(Date.parse(at(61, 1)))

    // verify (pinned trust root) accepts exactly this deletion and says so
    const v = await verifyStore(at(62))
    expect(v.trust.pinned).toBe(true)
    expect(v.defects.filter((d) => d.severity === 'blocking')).toEqual([])
    expect(v.defects.map((d) => d.defect_code)).toContain('PURGE_APPLIED')
    // and says nothing about the page: no stale page (it left with its files), no missing one (no revision is left)
    expect(v.defects.filter((d) => d.defect_code.startsWith('STORE_VIEW_'))).toEqual([])
    expect(v.code).toBe(0)
    // the index no longer lists the window; the others are untouched
    const index = JSON.parse((await s.run(['retention', 'index', '--json'], at(62))).stdout) as { rows: { release_window_id: string }[] }
    expect(index.rows.map((r) => r.release_window_id)).toEqual(['rw-2026-11-a', 'rw-2026-11-b'])

    // an outsider checks the tombstone and both approvals with OpenSSL and the signers' public keys
    const t = openssl(applied.out.files[0].replace(/\.json$/, ''), DEMO_PUB, 'application/vnd.release-evidence.purge-tombstone+json')
    expect(t.out).toContain('Signature Verified Successfully')
    expect(t.status).toBe(0)
    for (const [files, name] of [[first.out.files, 'approver-a'], [second.out.files, 'approver-b']] as const) {
      const a = openssl(files[0].replace(/\.json$/, ''), publicOf(name).toString('base64'), 'application/vnd.release-evidence.purge-approval+json')
      expect(a.out).toContain('Signature Verified Successfully')
      expect(a.status).toBe(0)
    }
    // the other approver's key does not verify ann's approval
    expect(openssl(first.out.files[0].replace(/\.json$/, ''), publicOf('approver-b').toString('base64'), 'application/vnd.release-evidence.purge-approval+json').status).not.toBe(0)
    // the removed files are still in history: a purge removes them from the branch only
    expect(sh(s.dir, ['cat-file', '-t', before[0].blob]).trim()).toBe('blob')

    // the old page put back by hand after the purge describes revisions the folder no longer has:
    // a forged page (blocking), not one that merely lags behind its folder
    const purged = head(s.dir)
    sh(s.dir, ['checkout', `${purged}^`, '--', `closure-packets/${window}/README.md`])
    sh(s.dir, ['commit', '-q', '-m', 'README: restore the page'])
    const restored = await verifyStore(at(62))
    expect(restored.defects.filter((d) => d.defect_code.startsWith('STORE_VIEW_')).map((d) => [d.defect_code, d.severity, d.file])).toEqual([['STORE_VIEW_MISMATCH', 'blocking', `closure-packets/${window}/README.md`]])
    expect(restored.code).toBe(1)
    sh(s.dir, ['reset', '-q', '--hard', purged])
    // the purged files put back, byte for byte: not their first publication but a write after the
    // purge, blocking on each (the tombstone authorized the deletion, not a return)
    sh(s.dir, ['checkout', `${purged}^`, '--', ...before.map((f) => f.path)])
    sh(s.dir, ['commit', '-q', '-m', 'restore the purged packet'])
    const back = await verifyStore(at(62))
    expect(back.defects.filter((d) => d.severity === 'blocking').map((d) => [d.defect_code, d.file])).toEqual(before.map((f) => ['STORE_FILE_REWRITTEN', f.path]))
    expect(back.defects.find((d) => d.defect_code === 'STORE_FILE_REWRITTEN')?.detail).toMatch(/put closure-packets\/rw-2026-11-c\/packet-r001\.\w+ back after its deletion/)
    expect(back.code).toBe(1)
    sh(s.dir, ['reset', '-q', '--hard', purged])
  }, 180_000)

  it('a purge of a held window fails with a hold defect and deletes nothing, also when the approvals came before the hold', async () => {
    const window = 'rw-2026-11-b'
    // both approvals before any hold
    expect((await purge('approve', keys.a, window, at(62, 1))).code).toBe(0)
    expect((await purge('approve', keys.b, window, at(62, 2))).code).toBe(0)
    const placed = await s.run(['hold', 'place', '--window', window, '--reason', 'litigation LIT-11', '--owner', 'legal-team', '--key-file', keys.legal], at(62, 3))
    expect(placed.code).toBe(0)
    const tip = head(s.dir)
    const files = sh(s.dir, ['ls-files'])

    const applied = await purge('apply', s.demoKey, window, at(62, 4))
    expect(applied.code).toBe(1)
    expect(applied.out.written).toBe(false)
    expect(applied.out.findings.map((f) => f.code)).toEqual(['RETENTION_PURGE_HELD'])
    const approved = await purge('approve', keys.a2, window, at(62, 4))
    expect([approved.code, approved.out.findings.map((f) => f.code)]).toEqual([1, ['RETENTION_PURGE_HELD']])
    // nothing was written or deleted: same tip, same files, clean tree
    expect(head(s.dir)).toBe(tip)
    expect(sh(s.dir, ['ls-files'])).toBe(files)
    expect(sh(s.dir, ['status', '--porcelain', '--', 'closure-packets', 'retention-holds', 'retention-purge-approvals', 'retention-tombstones'])).toBe('')
    expect((await verifyStore(at(62, 5))).code).toBe(0)
  })
})
