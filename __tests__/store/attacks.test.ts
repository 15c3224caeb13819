import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signDocument, type SignableDocument } from '../../src/signing/document.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { createSigner } from '../../src/signing/signer.js'
import { signatureDigest } from '../../src/closure/digest.js'
import { parseUtc } from '../../src/util/time.js'
import { cleanupTempDirs, head, sh } from './git-fixture.js'
import { WINDOW, cli, demoKeyFile, edit, exportClosure, storeRepo, verify, pinArgs } from './store-fixture.js'

// Someone with push access tries to forge the store: every attack in a real repository, each
// caught by verify with a blocking code (exit 1), with and without the cache where it matters.

const at = (rev: string, kind: 'json' | 'sig' | 'log') => `closure-packets/${WINDOW}/${kind === 'log' ? `verify-${rev}.log` : `packet-${rev}.${kind}`}`

interface Report {
  blocking: number
  defects: { defect_code: string; file: string; detail: string; severity: string }[]
  windows: { ok: boolean; revisions: { ok: boolean }[] }[]
  verifiedTip: string | null
}
async function report(dir: string, extra: string[] = []): Promise<{ code: number; r: Report; stderr: string }> {
  const run = await verify(dir, ['--json', ...extra])
  return { code: run.code, r: (run.stdout ? JSON.parse(run.stdout) : null) as Report, stderr: run.stderr }
}
const blockingCodes = (r: Report) => [...new Set(r.defects.filter((d) => d.severity === 'blocking').map((d) => d.defect_code))].sort()

let key: string
beforeAll(() => {
  key = demoKeyFile()
})
afterAll(cleanupTempDirs)

/** r001 exported, then the evidence changed and r002 exported on top of it. */
async function twoRevisions(): Promise<string> {
  const dir = storeRepo()
  expect((await exportClosure(dir, key)).code).toBe(0)
  edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
  sh(dir, ['commit', '-qam', 'evidence v2'])
  expect((await exportClosure(dir, key)).stdout).toContain('wrote r002')
  return dir
}

/** Re-signs r{rev} with the demo key after `change`, and amends the commit that published it. */
function resign(dir: string, rev: string, change: (doc: SignableDocument & Record<string, unknown>) => void): void {
  const file = join(dir, at(rev, 'json'))
  const doc = JSON.parse(readFileSync(file, 'utf8')) as SignableDocument & Record<string, unknown>
  change(doc)
  doc.signature_digest = signatureDigest(doc)
  const keyring = parseKeyring(readFileSync(join(dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
  const signedAt = parseUtc(doc.signer.signed_at_utc)
  if (!signedAt.ok) throw new Error(signedAt.reason)
  const files = signDocument('closure-packet', doc, createSigner(parseSigningKey(readFileSync(key, 'utf8'), 'demo key'), keyring, signedAt.ms))
  writeFileSync(file, files.json)
  writeFileSync(join(dir, at(rev, 'sig')), files.sig)
  // amended with the publishing commit's own date, so only the signed bytes change
  const date = sh(dir, ['log', '-1', '--format=%cI']).trim()
  execFileSync('git', ['commit', '-q', '-a', '--amend', '--no-edit'], { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x', GIT_CONFIG_GLOBAL: '/dev/null' } })
}

describe('rewrites are named, not forgiven', () => {
  it('git reset --hard past a verified tip drops r002: STORE_HISTORY_REWRITTEN names every vanished path, with and without the cache', async () => {
    const dir = await twoRevisions()
    const verified = await report(dir)
    expect(verified.code).toBe(0)
    expect(verified.r.verifiedTip).toBe(head(dir))
    sh(dir, ['reset', '-q', '--hard', 'HEAD~2'])
    for (const extra of [[], ['--no-cache'], []]) {
      const { code, r } = await report(dir, extra)
      expect(code).toBe(1)
      expect(blockingCodes(r)).toEqual(['STORE_HISTORY_REWRITTEN'])
      expect(r.defects.map((d) => d.file).sort()).toEqual([at('r002', 'json'), at('r002', 'sig'), at('r002', 'log')].sort())
      expect(r.windows[0].ok).toBe(false)
      expect(r.verifiedTip).toBeNull()
    }
  })

  it('--since pins a checkpoint for a verifier without memory; a forged tips file fails closed; a missing commit fails clearly', async () => {
    const dir = await twoRevisions()
    const tip = head(dir)
    expect((await report(dir, ['--since', tip])).code).toBe(0)
    sh(dir, ['reset', '-q', '--hard', 'HEAD~2'])
    const tips = join(sh(dir, ['rev-parse', '--absolute-git-dir']).trim(), 'release-evidence/verified-tips')
    writeFileSync(tips, `${'0'.repeat(64)}\n{"v":1,"tips":{}}`)
    const forged = await report(dir)
    expect(forged.code).toBe(1)
    expect(forged.r.defects.map((d) => d.detail).join()).toContain('fails its MAC')
    // A verifier without memory (a fresh CI checkout) passes the reset store unless it pins the tip.
    rmSync(tips)
    expect((await report(dir, ['--no-cache'])).code).toBe(0)
    rmSync(tips)
    const pinned = await report(dir, ['--since', tip])
    expect(pinned.code).toBe(1)
    expect(blockingCodes(pinned.r)).toEqual(['STORE_HISTORY_REWRITTEN'])
    expect(pinned.r.defects.map((d) => d.file)).toContain(at('r002', 'json'))
    const missing = await report(dir, ['--since', 'abcdef0123456789abcdef0123456789abcdef01'])
    expect(missing.code).toBe(1)
    expect(missing.r.defects.map((d) => d.detail).join()).toContain('names no commit in this repository')
    const bad = await report(dir, ['--since', 'HEAD~1'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('is not a commit id')
  })
})

describe('empty stores and the demo key', () => {
  it('the demo key is a blocking KEY_DEMO unless --allow-demo-key', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, key)).code).toBe(0)
    const run = await cli(dir, ['verify', '--json', '--now', '2026-11-23T16:00:00Z', ...pinArgs(dir)])
    expect(run.code).toBe(1)
    const r = JSON.parse(run.stdout) as Report
    expect(blockingCodes(r)).toEqual(['KEY_DEMO'])
    expect(r.windows[0].ok).toBe(false)
    expect((await report(dir)).code).toBe(0)
  })
})

describe('a window is ok only with no blocking defect', () => {
  it('a rewritten log alone makes the window FAIL in the table and windows[].ok false', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, key)).code).toBe(0)
    edit(dir, at('r001', 'log'), (t) => `${t}result VERIFIED (hand-written)\n`)
    sh(dir, ['commit', '-qam', 'edit the log'])
    const { code, r } = await report(dir)
    expect(code).toBe(1)
    expect(blockingCodes(r)).toEqual(['STORE_FILE_REWRITTEN'])
    expect(r.windows[0].ok).toBe(false)
    const text = await verify(dir)
    expect(text.stdout).toMatch(new RegExp(`${WINDOW} .* FAIL`))
  })
})

describe('bytes and time', () => {
  it('a packet committed with CRLF line endings does not verify', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, key)).code).toBe(0)
    edit(dir, at('r001', 'json'), (t) => t.replace(/\n/g, '\r\n'))
    sh(dir, ['commit', '-qam', 'crlf'])
    const { code, r } = await report(dir, ['--no-cache'])
    expect(code).toBe(1)
    expect(blockingCodes(r)).toEqual(['JSON_RENDERING_MISMATCH', 'STORE_FILE_REWRITTEN'])
  })

  it('a revision signed before the revision it supersedes is STORE_TIME_REVERSED', async () => {
    const dir = await twoRevisions()
    resign(dir, 'r002', (doc) => {
      doc.signer.signed_at_utc = '2026-11-23T15:00:00Z'
    })
    const { code, r } = await report(dir)
    expect(code).toBe(1)
    expect(blockingCodes(r)).toEqual(['STORE_TIME_REVERSED'])
    expect(r.defects[0].detail).toContain('before r001')
  })

  it('export-closure refuses a --now earlier than the window latest revision', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, key)).code).toBe(0)
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    sh(dir, ['commit', '-qam', 'evidence v2'])
    const run = await cli(dir, ['export-closure', '--now', '2026-11-23T15:00:00Z', '--key-file', key])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('a revision cannot be signed before the one it supersedes')
  })
})

describe('the two missing write-once tests', () => {
  it('a published file deleted in one commit and restored byte for byte later stays STORE_FILE_DELETED, and its return is STORE_FILE_REWRITTEN', async () => {
    const dir = storeRepo()
    expect((await exportClosure(dir, key)).code).toBe(0)
    const sig = readFileSync(join(dir, at('r001', 'sig')))
    sh(dir, ['rm', '-q', at('r001', 'sig')])
    sh(dir, ['commit', '-qm', 'drop the envelope'])
    writeFileSync(join(dir, at('r001', 'sig')), sig)
    sh(dir, ['add', '-A'])
    sh(dir, ['commit', '-qm', 'put it back'])
    for (const extra of [['--no-cache'], [], []]) {
      const { code, r } = await report(dir, extra)
      expect(code).toBe(1)
      expect(blockingCodes(r)).toEqual(['STORE_FILE_DELETED', 'STORE_FILE_REWRITTEN'])
    }
  })

  it('a later revision re-signed with a wrong non-null supersedes.signature_digest is STORE_CHAIN_BROKEN', async () => {
    const dir = await twoRevisions()
    resign(dir, 'r002', (doc) => {
      ;(doc as unknown as { supersedes: { signature_digest: string } }).supersedes.signature_digest = 'a'.repeat(64)
    })
    const { code, r } = await report(dir, ['--no-cache'])
    expect(code).toBe(1)
    expect(blockingCodes(r)).toEqual(['STORE_CHAIN_BROKEN'])
  })
})
