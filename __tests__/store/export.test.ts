import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseClosurePolicy } from '../../src/closure/policy.js'
import { runLedgerGate } from '../../src/ledger/gate.js'
import { settingsFor } from '../helpers/settings.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { createSigner } from '../../src/signing/signer.js'
import { exportClosureWindow } from '../../src/closure/export.js'
import { assertCleanRepo, cleanupTempDirs, head, sh } from './git-fixture.js'
import { NOW, WINDOW, cli, demoKeyFile, edit, exportClosure, storeRepo, pinArgs } from './store-fixture.js'

afterAll(cleanupTempDirs)

const files = (rev: string) => [`closure-packets/${WINDOW}/packet-${rev}.json`, `closure-packets/${WINDOW}/packet-${rev}.sig`, `closure-packets/${WINDOW}/verify-${rev}.log`]
const PAGE = `closure-packets/${WINDOW}/README.md`

describe('export-closure', () => {
  it('writes r001 as one commit that native git agrees with, and leaves a clean, valid repository', async () => {
    const dir = storeRepo()
    const before = head(dir)
    const r = await exportClosure(dir, demoKeyFile())
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${WINDOW}: wrote r001 in commit ${head(dir)}`)
    expect(r.stdout).toMatch(/Resolved alarms: +3 \(block 2, page 1\)/)

    expect(sh(dir, ['rev-list', '--count', `${before}..HEAD`]).trim()).toBe('1')
    expect(sh(dir, ['diff-tree', '--no-commit-id', '--name-status', '-r', 'HEAD']).trim().split('\n')).toEqual([`A\t${PAGE}`, ...files('r001').map((f) => `A\t${f}`)])
    const digest = JSON.parse(sh(dir, ['show', `HEAD:${files('r001')[0]}`])).signature_digest as string
    expect(sh(dir, ['log', '-1', '--format=%s%n%cI%n%cn <%ce>'])).toBe(
      `closure-packets: ${WINDOW} r001 sha256:${digest.slice(0, 12)}\n2026-11-23T16:00:00+00:00\nrelease-evidence <release-evidence@users.noreply.github.com>\n`
    )
    expect(sh(dir, ['log', '-1', '--format=%b'])).toContain(`signature_digest: sha256:${digest}`)
    expect(readFileSync(join(dir, files('r001')[2]), 'utf8')).toContain('result             VERIFIED')
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('writes nothing when the content is unchanged, even at a later instant, and says so (exit 0)', async () => {
    const dir = storeRepo()
    const key = demoKeyFile()
    await exportClosure(dir, key)
    const tip = head(dir)
    const again = await cli(dir, ['export-closure', '--now', '2026-11-24T09:00:00Z', '--key-file', key])
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`${WINDOW}: unchanged, nothing written (r001 already holds this content)`)
    expect(again.stdout).toContain('0 written, 1 unchanged, 0 rejected')
    expect(head(dir)).toBe(tip)
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('publishes changed content as r002, linked to r001 by its digest; r001 stays byte-identical', async () => {
    const dir = storeRepo()
    const key = demoKeyFile()
    await exportClosure(dir, key)
    const r001 = sh(dir, ['show', `HEAD:${files('r001')[0]}`])
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201/orders-parity-report.json', 'run-88202/orders-parity-report.json'))
    sh(dir, ['commit', '-qam', 'evidence: rerun CI artifact'])
    const r = await cli(dir, ['export-closure', '--now', '2026-11-23T17:00:00Z', '--key-file', key])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${WINDOW}: wrote r002, supersedes r001`)
    const p2 = JSON.parse(sh(dir, ['show', `HEAD:${files('r002')[0]}`]))
    expect(p2.revision).toBe('r002')
    expect(p2.supersedes).toEqual({ revision: 'r001', signature_digest: JSON.parse(r001).signature_digest })
    expect(sh(dir, ['show', `HEAD:${files('r001')[0]}`])).toBe(r001)
    expect(sh(dir, ['diff-tree', '--no-commit-id', '--name-status', '-r', 'HEAD']).trim().split('\n')).toEqual([`M\t${PAGE}`, ...files('r002').map((f) => `A\t${f}`)])
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
    const v = await cli(dir, ['verify', '--allow-demo-key', '--now', '2026-11-23T17:00:00Z', ...pinArgs(dir)])
    expect(v.stdout).toContain('Store verification: PASS')
    expect(v.code).toBe(0)
  })

  it('re-derives the revision from the parent it is given: on a tip that already has r002 it writes r003 chained to r002', async () => {
    const dir = storeRepo()
    const key = demoKeyFile()
    await exportClosure(dir, key)
    const base = head(dir)
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-90000'))
    sh(dir, ['commit', '-qam', 'evidence v2'])
    await cli(dir, ['export-closure', '--now', '2026-11-23T17:00:00Z', '--key-file', key])
    expect(sh(dir, ['ls-tree', '--name-only', `HEAD:closure-packets/${WINDOW}`]).trim().split('\n')).toHaveLength(7)
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-90000', 'run-90001'))
    sh(dir, ['commit', '-qam', 'evidence v3'])
    await cli(dir, ['export-closure', '--now', '2026-11-23T18:00:00Z', '--key-file', key])
    const r3 = JSON.parse(sh(dir, ['show', `HEAD:${files('r003')[0]}`]))
    const r2 = JSON.parse(sh(dir, ['show', `HEAD:${files('r002')[0]}`]))
    expect(r3.supersedes).toEqual({ revision: 'r002', signature_digest: r2.signature_digest })
    expect(sh(dir, ['merge-base', '--is-ancestor', base, 'HEAD'])).toBe('')
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('refuses to publish a packet that fails verification before publish: nothing written, closure pending', async () => {
    const dir = storeRepo()
    const read = (p: string) => readFileSync(join(dir, p), 'utf8')
    const settings = settingsFor({ now: NOW }, dir, ['ledger', 'closure'], () => Date.parse(NOW))
    const gate = await runLedgerGate(settings)
    const keyring = parseKeyring(read('policies/keyring.yaml'), 'policies/keyring.yaml')
    const policy = parseClosurePolicy(read('policies/closure-packet.yaml'), 'policies/closure-packet.yaml')
    const demo = parseSigningKey(readFileSync(demoKeyFile(), 'utf8'), 'demo key')
    const other = parseSigningKey(Buffer.alloc(32, 7).toString('base64'), 'another key')
    // A signer bound to the keyring's demo entry whose signing device uses the wrong key.
    const faulty = { ...createSigner(demo, keyring, Date.parse(NOW)), sign: (m: Uint8Array) => other.sign(m) }
    const before = head(dir)
    const r = await exportClosureWindow({
      dir,
      branch: 'main',
      parentOid: before,
      gate,
      windowId: WINDOW,
      trust: { keyring, policy },
      signer: faulty,
      now: Date.parse(NOW),
      committer: { name: 'x', email: 'x@example.test', timestamp: Date.parse(NOW) / 1000 }
    })
    expect(r.action).toBe('rejected')
    expect(r.findings.map((f) => f.code)).toEqual(['SIGNATURE_INVALID'])
    expect(r.commitOid).toBeNull()
    expect(head(dir)).toBe(before)
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })
  })

  it('needs a signing key and says where it can come from (exit 2)', async () => {
    const dir = storeRepo()
    const r = await cli(dir, ['export-closure', '--now', NOW])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--key-file')
    expect(r.stderr).toContain('RELEASE_EVIDENCE_SIGNING_KEY')
  })

  it('takes the key from $RELEASE_EVIDENCE_SIGNING_KEY and never prints it', async () => {
    const dir = storeRepo()
    const text = readFileSync(demoKeyFile(), 'utf8')
    const r = await cli(dir, ['export-closure', '--now', NOW], { RELEASE_EVIDENCE_SIGNING_KEY: text })
    expect(r.code).toBe(0)
    const seed = text.split('\n').filter((l) => l && !l.startsWith('#'))[0]
    expect(r.stdout + r.stderr).not.toContain(seed)
  })

  it.each([['verify', '--window'], ['review', '--window']])('%s refuses a window id like ../x before it touches a path (exit 2)', async (command, flag) => {
    const dir = storeRepo()
    const r = await cli(dir, [command, flag, '../x', '--now', NOW])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('ID_INVALID')
  })
})
