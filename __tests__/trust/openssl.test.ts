import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { payloadOf } from '../../src/trust/document.js'
import { cleanupTempDirs, tempDir } from '../store/git-fixture.js'
import { rootDoc, signed } from './helpers.js'
import { ROOT_OPENSSL_SCRIPT } from './openssl-root-script.js'

afterAll(() => cleanupTempDirs())

function run(files: { json: Buffer; sig: Buffer }) {
  const dir = tempDir('re-root-openssl-')
  writeFileSync(join(dir, 'root-r001.json'), files.json)
  writeFileSync(join(dir, 'root-r001.sig'), files.sig)
  const r = spawnSync('sh', ['-c', ROOT_OPENSSL_SCRIPT], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' }, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

describe('OpenSSL checks a trust-root revision with the documented recipe', () => {
  const doc = rootDoc({ version: 1, roots: ['root-a', 'root-b'], threshold: 2 })

  it('verifies both root signatures and prints the pin', () => {
    const r = run(signed(doc, ['root-a', 'root-b']) as { json: Buffer; sig: Buffer })
    expect(r.out).toContain(`pin: ${payloadOf(doc).sha256}`)
    expect(r.out.match(/Signature Verified Successfully/g)).toHaveLength(2)
    expect(r.out).toContain('root-r001: 2 signature(s) verified, content matches')
    expect(r.status).toBe(0)
  })

  it('fails on a signature over other content', () => {
    const files = signed(doc, ['root-a', 'root-b']) as { json: Buffer; sig: Buffer }
    const other = signed({ ...doc, created_at_utc: '2026-11-21T00:00:00Z' }, ['root-a']) as { json: Buffer; sig: Buffer }
    const env = JSON.parse(files.sig.toString('utf8'))
    env.signatures[0].sig = JSON.parse(other.sig.toString('utf8')).signatures[0].sig
    const r = run({ json: files.json, sig: Buffer.from(JSON.stringify(env)) })
    expect(r.out).toContain('Signature Verification Failure')
    expect(r.status).not.toBe(0)
  })

  it('fails when the readable .json was edited', () => {
    const files = signed(doc, ['root-a', 'root-b']) as { json: Buffer; sig: Buffer }
    const r = run({ json: Buffer.from(files.json.toString('utf8').replace('"threshold": 2', '"threshold": 1')), sig: files.sig })
    expect(r.status).not.toBe(0)
  })
})
