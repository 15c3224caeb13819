import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEnvelope } from '../../src/signing/dsse.js'
import { timestampSignature } from '../../src/timestamp/stamp.js'
import { cleanupTempDirs, sh, tempDir } from '../store/git-fixture.js'
import { cli, demoKeyFile, edit, storeRepo, WINDOW } from '../store/store-fixture.js'
import { pki, startTsa, type TestTsa } from '../timestamp/tsa.js'

// Trusted time in real repositories (issue 9): a TSA on this machine (`openssl ts -reply` behind a
// loopback HTTP server), its CA pinned in the trust root, export-closure stamping each signature
// (packet-rNNN.tsr beside packet-rNNN.sig) and verify judging the signer key at the TSA's time.
// The TSA's clock is the real one, so revocations here are dated before the real now.

const PACKET = `closure-packets/${WINDOW}`
const LATER = () => new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')

let good: ReturnType<typeof pki>
let other: ReturnType<typeof pki>
let tsa: TestTsa
let otherTsa: TestTsa

beforeAll(async () => {
  good = pki('store')
  other = pki('rogue')
  tsa = await startTsa(good.config)
  otherTsa = await startTsa(other.config)
})
afterAll(async () => {
  await Promise.all([tsa, otherTsa].map((t) => t?.close()))
  cleanupTempDirs()
})

interface Report {
  code: number
  defects: { defect_code: string; subject: string; severity: string; file: string; detail: string }[]
  trust: { timestamps: { tsa: { sha256: string } | null; tokens: number; verified: number } }
}

async function verifyAt(dir: string, pin: string, now = LATER()): Promise<Report> {
  const r = await cli(dir, ['verify', '--json', '--allow-demo-key', '--trust-root', pin, '--now', now])
  expect(r.stderr).toBe('')
  return { code: r.code, ...(JSON.parse(r.stdout) as Omit<Report, 'code'>) }
}

async function rootKeyFiles(): Promise<string[]> {
  const dir = tempDir('re-ts-roots-')
  for (const name of ['root-a', 'root-b']) expect((await cli(dir, ['keygen', '--signer-id', name, '--role', 'root', '--out-dir', dir, '--now', '2026-11-23T10:00:00Z'])).code).toBe(0)
  return [`root-a=${join(dir, 'root-a.key')}`, `root-b=${join(dir, 'root-b.key')}`]
}

/** A store whose trust root r001 pins `pem` (none: no TSA), migrated at 15:00 with two root keys. */
async function stampedStore(pem: string | null): Promise<{ dir: string; pin: string; roots: string[]; key: string }> {
  const dir = storeRepo({}, { trustRoot: false })
  const roots = await rootKeyFiles()
  const certArgs: string[] = []
  if (pem !== null) {
    const file = join(tempDir('re-ts-pin-'), 'tsa.pem')
    writeFileSync(file, pem)
    certArgs.push('--tsa-cert', file)
  }
  const m = await cli(dir, ['trust', 'migrate', ...roots.flatMap((r) => ['--root-key', r]), ...certArgs, '--now', '2026-11-23T15:00:00Z', '--json'], { RELEASE_EVIDENCE_TRUST_ROOT: undefined })
  expect(m.code, m.stderr).toBe(0)
  return { dir, pin: (JSON.parse(m.stdout) as { pin: string }).pin, roots, key: demoKeyFile() }
}

async function exportAt(dir: string, pin: string, key: string, now: string, tsaUrl?: string) {
  return cli(dir, ['export-closure', '--now', now, '--key-file', key, '--trust-root', pin, ...(tsaUrl ? ['--tsa-url', tsaUrl] : [])])
}

/** A trust-root revision that revokes the demo release-lane key at `at`, signed by both root keys and published at `at`. */
async function revoke(dir: string, roots: string[], at: string): Promise<void> {
  const drafts = tempDir('re-ts-drafts-')
  const draft = join(drafts, 'r002.json')
  const d = await cli(dir, ['trust', 'draft', '--revoke', 'demo-release-lane', '--revoked-at', at, '--reason', 'key leaked', '--out', draft, '--now', at])
  expect(d.code, d.stderr).toBe(0)
  for (const r of roots) expect((await cli(drafts, ['trust', 'sign', draft, '--key-file', r.split('=')[1]])).code).toBe(0)
  const p = await cli(dir, ['trust', 'publish', draft, '--now', at])
  expect(p.code, p.stderr + p.stdout).toBe(0)
}

/** Commits `bytes` at `path` as an attacker with push access would (a new file: no rewrite). */
function commitFile(dir: string, path: string, bytes: Buffer, date = '2026-11-23T16:40:00Z'): void {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), bytes)
  sh(dir, ['add', path])
  gitAt(dir, ['commit', '-q', '-m', `add ${path}`], date)
}

function gitAt(dir: string, args: string[], date: string): void {
  const who = { GIT_AUTHOR_NAME: 'Attacker', GIT_AUTHOR_EMAIL: 'a@example.test', GIT_COMMITTER_NAME: 'Attacker', GIT_COMMITTER_EMAIL: 'a@example.test' }
  execFileSync('git', args, { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...who, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } })
}

const show = (dir: string, path: string) => execFileSync('git', ['show', `HEAD:${path}`], { cwd: dir })

describe('export-closure stamps each signature with the configured TSA', () => {
  it('writes packet-rNNN.tsr beside the signature, which verify and the documented OpenSSL check accept', async () => {
    const { dir, pin, key } = await stampedStore(good.ca.pem)
    const e = await exportAt(dir, pin, key, '2026-11-23T16:00:00Z', tsa.url)
    expect(e.code, e.stderr + e.stdout).toBe(0)
    const files = sh(dir, ['ls-files', PACKET]).trim().split('\n')
    expect(files).toEqual(expect.arrayContaining([`${PACKET}/packet-r001.sig`, `${PACKET}/packet-r001.tsr`]))
    expect(sh(dir, ['ls-files', '-s', `${PACKET}/packet-r001.tsr`])).toMatch(/^100644 /)
    expect(show(dir, `${PACKET}/verify-r001.log`).toString()).toMatch(/timestamp\s+closure-packets\/.*packet-r001\.tsr: genTime 20\d\d-/)
    const v = await verifyAt(dir, pin)
    expect(v.defects).toEqual([])
    expect(v.code).toBe(0)
    expect(v.trust.timestamps).toMatchObject({ tokens: 1, verified: 1, tsa: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } })
    const shown = await cli(dir, ['trust', 'show', '--json'])
    expect(JSON.parse(shown.stdout)).toMatchObject({ tsa: { sha256: v.trust.timestamps.tsa!.sha256, require_token: false, subject: expect.stringContaining('store Root') } })
    // The documented recipe, verbatim, on the committed files, with the certificate the trust root pins.
    const work = tempDir('re-ts-doc-')
    writeFileSync(join(work, 'packet-r001.sig'), show(dir, `${PACKET}/packet-r001.sig`))
    writeFileSync(join(work, 'packet-r001.tsr'), show(dir, `${PACKET}/packet-r001.tsr`))
    writeFileSync(join(work, 'tsa.pem'), JSON.parse(show(dir, 'trust/root/root-r001.json').toString()).tsa.certificate as string)
    const out = execFileSync('sh', ['-c', documentedCheck()], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } })
    expect(out).toContain('Verification: OK')
  })

  it('refuses a TSA URL when the trust root pins no TSA certificate (exit 2), and writes nothing', async () => {
    const { dir, pin, key } = await stampedStore(null)
    const before = sh(dir, ['rev-parse', 'HEAD'])
    const e = await exportAt(dir, pin, key, '2026-11-23T16:00:00Z', tsa.url)
    expect(e.code).toBe(2)
    expect(e.stderr).toContain('pins no TSA certificate')
    expect(e.stderr).toContain('trust draft --tsa-cert')
    expect(sh(dir, ['rev-parse', 'HEAD'])).toBe(before)
  })

  it('refuses a TSA whose certificate the trust root does not pin (TIMESTAMP_FAILED, exit 2), showing no credentials', async () => {
    const { dir, pin, key } = await stampedStore(good.ca.pem)
    const e = await exportAt(dir, pin, key, '2026-11-23T16:00:00Z', otherTsa.url.replace('http://', 'http://user:s3cret-pass@'))
    expect(e.code).toBe(2)
    expect(e.stderr).toContain('TIMESTAMP_FAILED')
    expect(e.stderr).toContain('TIMESTAMP_UNTRUSTED')
    expect(e.stderr).not.toContain('s3cret-pass')
  })
})

describe('a backdated signature by a revoked key', () => {
  // r001 at 16:00; the holder of the release-lane key signs r002 claiming 16:30 in a commit dated
  // 16:30; the root keys revoke that key at 17:00 in a later commit. Git history alone cannot tell
  // (the commit is dated before the revocation and does not descend from it); the TSA can.
  async function backdated(withToken: boolean): Promise<{ dir: string; pin: string }> {
    const { dir, pin, roots, key } = await stampedStore(good.ca.pem)
    expect((await exportAt(dir, pin, key, '2026-11-23T16:00:00Z')).code).toBe(0)
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    const late = await exportAt(dir, pin, key, '2026-11-23T16:30:00Z', withToken ? tsa.url : undefined)
    expect(late.code, late.stderr).toBe(0)
    await revoke(dir, roots, '2026-11-23T17:00:00Z')
    return { dir, pin }
  }

  it('with a timestamp token: its genTime is after the revocation, so KEY_REVOKED, although signed_at_utc is before', async () => {
    const { dir, pin } = await backdated(true)
    const signedAt = (JSON.parse(show(dir, `${PACKET}/packet-r002.json`).toString()) as { signer: { signed_at_utc: string } }).signer.signed_at_utc
    expect(signedAt).toBe('2026-11-23T16:30:00Z')
    const v = await verifyAt(dir, pin)
    expect(v.code).toBe(1)
    expect(v.defects.map((d) => [d.defect_code, d.subject, d.file])).toEqual([['KEY_REVOKED', `${WINDOW}@r002`, `${PACKET}/packet-r002.sig`]])
    expect(v.defects[0].detail).toContain('the TSA stamped the signature at')
    expect(v.defects[0].detail).toContain('2026-11-23T16:30:00Z')
  })

  it('without a token: judged on publication time from git history as before (the commit predates the revocation), so it passes', async () => {
    const { dir, pin } = await backdated(false)
    const v = await verifyAt(dir, pin)
    expect(v.defects).toEqual([])
    expect(v.code).toBe(0)
    expect(v.trust.timestamps).toMatchObject({ tokens: 0, verified: 0 })
  })
})

describe('a token that does not vouch for its signature fails, never falls back to the claim', () => {
  const cases: [string, (dir: string) => Promise<Buffer>, string][] = [
    ["another signature's token (r001's, copied beside r002)", async (dir) => show(dir, `${PACKET}/packet-r001.tsr`), 'TIMESTAMP_IMPRINT_MISMATCH'],
    [
      "a token from a TSA the trust root does not pin",
      async (dir) => {
        const env = parseEnvelope(show(dir, `${PACKET}/packet-r002.sig`))
        if (!env.ok) throw new Error(env.reason)
        return (await timestampSignature(Buffer.from(env.envelope.signatures[0].sig, 'base64'), { url: otherTsa.url, pinned: other.ca.pem })).reply
      },
      'TIMESTAMP_UNTRUSTED'
    ],
    ['bytes that are no token', async () => Promise.resolve(Buffer.from('0\x03\x02\x01\x00garbage')), 'TIMESTAMP_TOKEN_MALFORMED']
  ]
  it.each(cases)('%s', async (_, forge, code) => {
    const { dir, pin, key } = await stampedStore(good.ca.pem)
    expect((await exportAt(dir, pin, key, '2026-11-23T16:00:00Z', tsa.url)).code).toBe(0)
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    expect((await exportAt(dir, pin, key, '2026-11-23T16:30:00Z')).code).toBe(0)
    expect((await verifyAt(dir, pin)).code).toBe(0)
    commitFile(dir, `${PACKET}/packet-r002.tsr`, await forge(dir))
    const v = await verifyAt(dir, pin)
    expect(v.code).toBe(1)
    expect(v.defects.map((d) => [d.defect_code, d.subject, d.severity, d.file])).toEqual([[code, `${WINDOW}@r002`, 'blocking', `${PACKET}/packet-r002.tsr`]])
  })

  it('a token is write-once like the rest: rewriting or deleting one is a blocking store defect', async () => {
    const { dir, pin, key } = await stampedStore(good.ca.pem)
    expect((await exportAt(dir, pin, key, '2026-11-23T16:00:00Z', tsa.url)).code).toBe(0)
    const path = `${PACKET}/packet-r001.tsr`
    commitFile(dir, path, Buffer.concat([show(dir, path), Buffer.from([0])]))
    expect((await verifyAt(dir, pin)).defects.map((d) => d.defect_code)).toContain('STORE_FILE_REWRITTEN')
    sh(dir, ['rm', '-q', path])
    gitAt(dir, ['commit', '-q', '-m', 'drop the token'], '2026-11-23T16:50:00Z')
    expect((await verifyAt(dir, pin)).defects.map((d) => d.defect_code)).toContain('STORE_FILE_DELETED')
  })
})

describe('without a pinned TSA, and when the trust root requires tokens', () => {
  it('a .tsr beside a signature is reported (TIMESTAMP_UNPINNED, a warning), not trusted: the claim is used', async () => {
    const { dir, pin, key } = await stampedStore(null)
    expect((await exportAt(dir, pin, key, '2026-11-23T16:00:00Z')).code).toBe(0)
    const token = (await timestampSignature(Buffer.from((parseEnvelope(show(dir, `${PACKET}/packet-r001.sig`)) as { envelope: { signatures: { sig: string }[] } }).envelope.signatures[0].sig, 'base64'), { url: tsa.url, pinned: good.ca.pem })).reply
    commitFile(dir, `${PACKET}/packet-r001.tsr`, token)
    const v = await verifyAt(dir, pin)
    expect(v.code).toBe(0)
    expect(v.defects.map((d) => [d.defect_code, d.severity, d.file])).toEqual([['TIMESTAMP_UNPINNED', 'warning', `${PACKET}/packet-r001.tsr`]])
    expect(v.trust.timestamps).toMatchObject({ tsa: null, tokens: 1, verified: 0 })
  })

  it('tsa.require_token: a signature published under it without a token is TIMESTAMP_MISSING; earlier ones are not', async () => {
    const { dir, pin, roots, key } = await stampedStore(good.ca.pem)
    expect((await exportAt(dir, pin, key, '2026-11-23T16:00:00Z')).code).toBe(0)
    const drafts = tempDir('re-ts-require-')
    const draft = join(drafts, 'r002.json')
    expect((await cli(dir, ['trust', 'draft', '--require-timestamp', 'true', '--out', draft, '--now', '2026-11-23T16:10:00Z'])).code).toBe(0)
    expect(JSON.parse(readFileSync(draft, 'utf8'))).toMatchObject({ tsa: { certificate: good.ca.pem.replace(/\r\n/g, '\n'), require_token: true } })
    for (const r of roots) expect((await cli(drafts, ['trust', 'sign', draft, '--key-file', r.split('=')[1]])).code).toBe(0)
    expect((await cli(dir, ['trust', 'publish', draft, '--now', '2026-11-23T16:10:00Z'])).code).toBe(0)
    expect((await verifyAt(dir, pin)).code).toBe(0)
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    expect((await exportAt(dir, pin, key, '2026-11-23T16:30:00Z')).code).toBe(0)
    const v = await verifyAt(dir, pin)
    expect(v.code).toBe(1)
    expect(v.defects.map((d) => [d.defect_code, d.subject])).toEqual([['TIMESTAMP_MISSING', `${WINDOW}@r002`]])
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88202', 'run-88203'))
    expect((await exportAt(dir, pin, key, '2026-11-23T16:40:00Z', tsa.url)).code).toBe(0)
    expect((await verifyAt(dir, pin)).defects.map((d) => [d.defect_code, d.subject])).toEqual([['TIMESTAMP_MISSING', `${WINDOW}@r002`]])
  })
})

/** The POSIX sh block of docs/trusted-time.md that checks a token. */
function documentedCheck(): string {
  const doc = readFileSync(new URL('../../docs/trusted-time.md', import.meta.url), 'utf8')
  const m = /<!-- check-token -->\n```sh\n([\s\S]*?)```/.exec(doc)
  if (!m) throw new Error('docs/trusted-time.md has no check-token block')
  return m[1]
}
