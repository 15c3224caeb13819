import { afterAll, describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/lessons.js'
import { DEFAULT_GIT, type Settings } from '../../src/settings.js'
import { verifyRegistered } from '../../src/store/verify-all.js'
import { settingsFor } from '../helpers/settings.js'
import { cleanupTempDirs, sh, writeFiles } from '../store/git-fixture.js'
import { cli, demoKeyFile, NOW, storeRepo } from '../store/store-fixture.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { firstRevision } from '../../src/trust/revision.js'
import { signingKey, T0, trustRootFiles } from './helpers.js'

// A dedicated store branch: verify proves that branch's commit (as fetched), and every inspector,
// the trust family's included, must read the trust/ chain at that commit, not at the checked-out
// HEAD. Here HEAD (main) carries another trust root altogether (an attacker's, or a stale copy):
// it must change nothing.

afterAll(() => cleanupTempDirs())

const STORE = 'evidence'

describe('with a store branch, the trust chain is read at the verified store commit', () => {
  it('verifies the store branch from its own chain whatever trust root HEAD carries', async () => {
    const dir = storeRepo({}, { trustRoot: false })
    const keyring = sh(dir, ['show', 'HEAD:policies/keyring.yaml'])
    const real = trustRootFiles(keyring)
    // the store branch: an orphan holding only the trust root, then the exported packets
    sh(dir, ['checkout', '-q', '--orphan', STORE])
    sh(dir, ['rm', '-rq', '--cached', '.'])
    writeFiles(dir, real.files)
    sh(dir, ['add', 'trust'])
    sh(dir, ['commit', '-q', '-m', 'trust root'])
    sh(dir, ['clean', '-fdq', 'trust'])
    sh(dir, ['checkout', '-q', '-f', 'main'])
    // HEAD gets a different trust root: other root keys, so another pin
    const other = firstRevision({ keyring: parseKeyring(keyring, 'policies/keyring.yaml'), roots: [{ name: 'root-x', key: signingKey('root-x') }], now: Date.parse(T0) })
    expect(other.pin).not.toBe(real.pin)
    writeFiles(dir, Object.fromEntries(other.files.map((f) => [f.path, f.bytes.toString('utf8')])))
    sh(dir, ['add', 'trust'])
    sh(dir, ['commit', '-q', '-m', 'another trust root on main'])

    const e = await cli(dir, ['export-closure', '--now', NOW, '--key-file', demoKeyFile(), '--store-branch', STORE, '--trust-root', real.pin])
    expect(e.code, e.stderr + e.stdout).toBe(0)
    const oid = sh(dir, ['rev-parse', STORE]).trim()
    expect(sh(dir, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('main')

    const base = settingsFor({ 'trust-root': real.pin, now: NOW }, dir, ['verify'])
    const settings: Settings = { ...base, git: { ...DEFAULT_GIT, storeBranch: STORE }, verify: { allowDemoKey: true } }
    const result = await verifyRegistered(settings, FAMILIES, { cache: false, at: { branch: STORE, oid, source: 'this clone' } })
    expect(result.defects.filter((d) => d.severity === 'blocking')).toEqual([])
    expect(result.headOid).toBe(oid)
    expect(result.trust?.revision).toBe('r001')
    expect(result.windows.map((w) => w.release_window_id)).toContain('root')

  })
})
