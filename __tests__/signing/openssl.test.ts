import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPacket } from '../../src/closure/packet.js'
import { signPacket } from '../../src/closure/sign.js'
import { reviewPacket } from '../../src/closure/review.js'
import { verifyPacket } from '../../src/closure/sign.js'
import { closurePolicy, gate, WINDOW } from '../closure/fixtures.js'
import { NOW, testKeyring, testSigner } from './helpers.js'

import { OUTSIDER_SCRIPT } from './outsider-script.js'

/** The documented steps, verbatim, under a POSIX sh (dash when installed), from the folder given. */
function outsider(dir: string, pub: string, packet = 'packet-r001') {
  const sh = existsSync('/bin/dash') ? '/bin/dash' : 'sh'
  const r = spawnSync(sh, ['-c', OUTSIDER_SCRIPT], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PUB: pub, PACKET: packet, LC_ALL: 'C' }, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

function exported(): { dir: string; pub: string; json: string; sig: string } {
  const keyring = testKeyring()
  const policy = closurePolicy()
  const signer = testSigner()
  const { packet } = buildPacket({ gate: gate([{ id: 'alm-1' }, { id: 'alm-2', cls: 'page', mapping: 'backup' }, { id: 'alm-3' }, { id: 'alm-4' }, { id: 'alm-5' }]), windowId: WINDOW, policy, signer })
  const signed = signPacket(packet, signer, keyring, policy, NOW)
  if (!signed.ok) throw new Error(`signing failed: ${JSON.stringify(signed.findings)}`)
  const dir = mkdtempSync(join(tmpdir(), 'outsider-'))
  writeFileSync(join(dir, 'packet-r001.json'), signed.files.json)
  writeFileSync(join(dir, 'packet-r001.sig'), signed.files.sig)
  const pub = keyring.keys.find((k) => k.keyId === signer.keyId)!.publicKeyBase64
  return { dir, pub, json: signed.files.json, sig: signed.files.sig }
}

describe('outsider verification with OpenSSL alone', () => {
  it('verifies a packet our code signed', () => {
    const { dir, pub } = exported()
    const r = outsider(dir, pub)
    expect(r.out).toContain('Signature Verified Successfully')
    expect(r.out).toContain('signature verified and content matches')
    expect(r.status).toBe(0)
    // it worked in a temporary folder: nothing is left beside the packet
    expect(readdirSync(dir).sort()).toEqual(['packet-r001.json', 'packet-r001.sig'])
  })

  it('runs from the repository root on a committed store and leaves the checkout clean', () => {
    const { dir: from, pub } = exported()
    const repo = mkdtempSync(join(tmpdir(), 'outsider-repo-'))
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } })
    git('init', '-q', '-b', 'main')
    mkdirSync(join(repo, 'closure-packets', WINDOW), { recursive: true })
    for (const f of ['packet-r001.json', 'packet-r001.sig']) writeFileSync(join(repo, 'closure-packets', WINDOW, f), readFileSync(join(from, f)))
    git('add', '-A')
    git('commit', '-qm', 'store')
    const r = outsider(repo, pub, `closure-packets/${WINDOW}/packet-r001`)
    expect(r.out).toContain('Signature Verified Successfully')
    expect(r.status).toBe(0)
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('')
  })

  it('fails loudly, not silently, when a check fails: a wrong key id stops before openssl runs', () => {
    const { dir, sig } = exported()
    const env = JSON.parse(sig)
    env.signatures[0].keyid = '0'.repeat(64)
    writeFileSync(join(dir, 'packet-r001.sig'), JSON.stringify(env))
    const r = outsider(dir, testKeyring().keys[0].publicKeyBase64)
    expect(r.status).not.toBe(0)
    expect(r.out).not.toContain('Signature Verified')
    expect(r.out).not.toContain('content matches')
  })

  it('fails on a tampered payload', () => {
    const { dir, pub, sig } = exported()
    const env = JSON.parse(sig)
    const payload = Buffer.from(env.payload, 'base64').toString('utf8').replace('"acknowledged_by":"ada.oncall"', '"acknowledged_by":"mallory"')
    expect(payload).toContain('mallory')
    env.payload = Buffer.from(payload).toString('base64')
    writeFileSync(join(dir, 'packet-r001.sig'), JSON.stringify(env))
    const r = outsider(dir, pub)
    expect(r.out).toContain('Signature Verification Failure')
    expect(r.status).not.toBe(0)
  })

  it('fails when the .json was edited but the envelope was not', () => {
    const { dir, pub, json } = exported()
    writeFileSync(join(dir, 'packet-r001.json'), json.replace('"resolved_by": "sam.sre"', '"resolved_by": "mallory"'))
    const r = outsider(dir, pub)
    expect(r.out).toContain('Signature Verified Successfully')
    expect(r.out).toContain('mallory')
    expect(r.status).not.toBe(0)
  })

  it('fails under another public key', () => {
    const { dir } = exported()
    const other = testKeyring().keys.find((k) => k.signerId === 'audit-bot')!.publicKeyBase64
    expect(outsider(dir, other).status).not.toBe(0)
  })
})

describe('the other README one-liners', () => {
  const sh = (dir: string, script: string) => spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } })

  it('recomputes signature_digest with jq and sha256sum', () => {
    const { dir, json } = exported()
    const r = sh(dir, `jq -r .payload packet-r001.sig | base64 -d > payload.json; jq -cjS 'del(.signature_digest)' payload.json | sha256sum | cut -d' ' -f1`)
    expect(r.stdout.trim()).toBe(JSON.parse(json).signature_digest)
  })

  it('reproduces the review sample with sha256sum', () => {
    const { dir, json, sig } = exported()
    const r = sh(dir, String.raw`D=$(jq -r .signature_digest packet-r001.json)
jq -r '.rows[].alarm_id' packet-r001.json | while read -r id; do printf '%s %s\n' "$(printf '%s:%s' "$D" "$id" | sha256sum | cut -c1-64)" "$id"; done | sort | head -3`)
    const fromShell = r.stdout.trim().split('\n').map((l) => l.split(' ')[1])
    const policy = closurePolicy()
    const review = reviewPacket({ verification: verifyPacket(json, sig, testKeyring(), policy, NOW), evidence: [], policy })
    expect(fromShell).toHaveLength(3)
    expect(review.sample.map((x) => x.alarm_id)).toEqual(fromShell)
  })
})
