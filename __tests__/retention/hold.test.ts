import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSigningKey } from '../../src/signing/keys.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { createSigner } from '../../src/signing/signer.js'
import { placeRecord, signHold } from '../../src/retention/hold.js'
import { assertCleanRepo, cleanupTempDirs, commitAll, head, sh, writeFiles } from '../store/git-fixture.js'
import { keyFileOf, threeWindowStore, type Store } from './fixture.js'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { publicOf } from '../signing/helpers.js'
import { OUTSIDER_SCRIPT } from '../signing/outsider-script.js'

const LATER = '2027-01-02T17:00:00Z'
const EVEN_LATER = '2027-01-02T18:00:00Z'

let s: Store
let legal: string
let counsel: string
let auditor: string
beforeAll(async () => {
  s = await threeWindowStore()
  ;[legal, counsel, auditor] = [keyFileOf('legal'), keyFileOf('counsel'), keyFileOf('auditor')]
}, 60_000)
afterAll(() => cleanupTempDirs())

const place = (key: string, window: string, extra: string[] = [], now = LATER) => s.run(['hold', 'place', '--window', window, '--key-file', key, '--json', ...extra], now)

async function holdRows(now = EVEN_LATER) {
  const r = await s.run(['retention', 'index', '--json'], now)
  expect(r.code).toBe(0)
  const x = JSON.parse(r.stdout) as { rows: Record<string, string>[]; holds: Record<string, unknown>[]; defects: Record<string, string>[] }
  return { ...x, byWindow: Object.fromEntries(x.rows.map((row) => [row.release_window_id, row])) }
}

describe('hold place | release', () => {
  it.each([
    ['the CI key (role release-lane)', () => s.demoKey, ['--reason', 'litigation', '--owner', 'legal-team'], 'HOLD_SIGNER_UNAUTHORIZED'],
    ['an auditor key', () => auditor, ['--reason', 'litigation', '--owner', 'legal-team'], 'HOLD_SIGNER_UNAUTHORIZED'],
    ['no reason (R3)', () => legal, ['--owner', 'legal-team'], 'RETENTION_HOLD_INCOMPLETE'],
    ['no owner (R3)', () => legal, ['--reason', 'litigation', '--owner', '  '], 'RETENTION_HOLD_INCOMPLETE']
  ])('refuses a hold by %s and writes nothing', async (_what, key, extra, code) => {
    const before = head(s.dir)
    const r = await place(key(), 'RW-2026-11-B', extra)
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout) as { written: boolean; findings: { code: string }[] }
    expect(out.written).toBe(false)
    expect(out.findings.map((f) => f.code)).toContain(code)
    expect(head(s.dir)).toBe(before)
  })

  it('places two holds on one window; the window is held while either is active; release is hash-chained', async () => {
    const a = await place(legal, 'RW-2026-11-B', ['--reason', 'litigation hold LIT-7', '--owner', 'legal-team', '--case', 'LIT-7'])
    expect(a.stderr).toBe('')
    expect(a.code).toBe(0)
    const first = JSON.parse(a.stdout) as { holdId: string; files: string[]; commitOid: string }
    expect(first.files).toEqual([`retention-holds/rw-2026-11-b/hold-${first.holdId}-r001.json`, `retention-holds/rw-2026-11-b/hold-${first.holdId}-r001.sig`, `retention-holds/rw-2026-11-b/hold-${first.holdId}-r001.log`])
    const b = await place(counsel, 'RW-2026-11-B', ['--reason', 'regulator inquiry', '--owner', 'compliance'], LATER)
    expect(b.code).toBe(0)
    const second = JSON.parse(b.stdout) as { holdId: string }
    expect(assertCleanRepo(s.dir).status).toBe('')

    let x = await holdRows()
    expect(x.byWindow['rw-2026-11-b']).toMatchObject({ legal_hold_state: 'active', hold_placed_utc: `${LATER};${LATER}` })
    expect(x.byWindow['rw-2026-11-b'].hold_reason.split(';').sort()).toEqual(['litigation hold LIT-7', 'regulator inquiry'])
    expect(x.byWindow['rw-2026-11-c'].legal_hold_state).toBe('none')
    expect(x.defects).toEqual([])

    const r1 = await s.run(['hold', 'release', '--hold-id', first.holdId, '--key-file', counsel, '--json'], EVEN_LATER)
    expect(r1.stdout + r1.stderr).toContain('"written": true')
    expect(r1.code).toBe(0)
    const released = JSON.parse(readFileSync(join(s.dir, `retention-holds/rw-2026-11-b/hold-${first.holdId}-r002.json`), 'utf8')) as Record<string, unknown>
    const placed = JSON.parse(readFileSync(join(s.dir, `retention-holds/rw-2026-11-b/hold-${first.holdId}-r001.json`), 'utf8')) as Record<string, unknown>
    expect(released).toMatchObject({ action: 'release', reason: 'litigation hold LIT-7', owner: 'legal-team', case_id: 'LIT-7', supersedes: { revision: 'r001', signature_digest: placed.signature_digest } })
    x = await holdRows()
    expect(x.byWindow['rw-2026-11-b'].legal_hold_state).toBe('active')
    expect(x.byWindow['rw-2026-11-b'].hold_ids).toBe(second.holdId)

    // a second release of the same hold is refused
    const again = await s.run(['hold', 'release', '--hold-id', first.holdId, '--key-file', counsel, '--json'], EVEN_LATER)
    expect(again.code).toBe(1)

    expect((await s.run(['hold', 'release', '--hold-id', second.holdId, '--key-file', legal], EVEN_LATER)).code).toBe(0)
    x = await holdRows('2027-01-02T19:00:00Z')
    expect(x.byWindow['rw-2026-11-b'].legal_hold_state).toBe('released')
    expect(x.holds.map((h) => h.state)).toEqual(['released', 'released'])

    // verify checks hold records like every other family (the closure packets are demo-signed)
    const v = await s.run(['verify', '--json', '--no-cache', '--allow-demo-key'], '2027-01-02T19:00:00Z')
    expect(v.code).toBe(0)
    expect((JSON.parse(v.stdout) as { families: { family: string; revisions: number }[] }).families).toEqual(
      expect.arrayContaining([expect.objectContaining({ family: 'closure', revisions: 3 }), expect.objectContaining({ family: 'legal-hold', revisions: 4 })])
    )
  })

  it('an outsider verifies a hold record with OpenSSL alone (the closure packet steps, with the hold payload type)', async () => {
    const r = await place(legal, 'RW-2026-11-A', ['--reason', 'audit request', '--owner', 'internal-audit'])
    expect(r.code).toBe(0)
    const packet = (JSON.parse(r.stdout) as { files: string[] }).files[0].replace(/\.json$/, '')
    const script = OUTSIDER_SCRIPT.replace('application/vnd.release-evidence.closure-packet+json', 'application/vnd.release-evidence.legal-hold+json')
    const out = spawnSync(existsSync('/bin/dash') ? '/bin/dash' : 'sh', ['-c', script], { cwd: s.dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PUB: publicOf('legal').toString('base64'), PACKET: packet, LC_ALL: 'C' }, encoding: 'utf8' })
    expect(`${out.stdout}${out.stderr}`).toContain('Signature Verified Successfully')
    expect(out.status).toBe(0)
    // the same steps with another holder's public key fail
    const wrong = spawnSync(existsSync('/bin/dash') ? '/bin/dash' : 'sh', ['-c', script], { cwd: s.dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PUB: publicOf('counsel').toString('base64'), PACKET: packet, LC_ALL: 'C' }, encoding: 'utf8' })
    expect(wrong.status).not.toBe(0)
    const release = await s.run(['hold', 'release', '--hold-id', packet.split('/').pop()!.replace(/^hold-/, '').replace(/-r001$/, ''), '--key-file', legal], EVEN_LATER)
    expect(release.code).toBe(0)
  })

  it('verify and the index catch a hold record signed by the CI key and committed by hand', async () => {
    const keyring = parseKeyring(readFileSync(join(s.dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
    const ci = createSigner(parseSigningKey(readFileSync(s.demoKey, 'utf8'), 'demo'), keyring, Date.parse(LATER))
    const record = placeRecord({ holdId: 'hforged', window: 'rw-2026-11-c', reason: 'forged', owner: 'nobody', caseId: null, signer: ci })
    const files = signHold(record, ci)
    writeFiles(s.dir, {
      'retention-holds/rw-2026-11-c/hold-hforged-r001.json': files.json,
      'retention-holds/rw-2026-11-c/hold-hforged-r001.sig': files.sig,
      'retention-holds/rw-2026-11-c/hold-hforged-r001.log': 'forged\n'
    })
    commitAll(s.dir, 'forged hold')
    const v = await s.run(['verify', '--json', '--no-cache', '--allow-demo-key'], '2027-01-02T19:00:00Z')
    expect(v.code).toBe(1)
    expect(v.stdout).toContain('HOLD_SIGNER_UNAUTHORIZED')
    const x = await holdRows('2027-01-02T19:00:00Z')
    expect(x.byWindow['rw-2026-11-c'].legal_hold_state).toBe('none')
    expect(x.defects.map((d) => [d.defect_code, d.release_window_id])).toEqual([['HOLD_SIGNER_UNAUTHORIZED', 'rw-2026-11-c']])
    const c = await s.run(['retention', 'check', '--mode', 'soft'], '2027-01-02T19:00:00Z')
    expect(c.code).toBe(1)
    sh(s.dir, ['reset', '-q', '--hard', 'HEAD~1'])
  })
})
