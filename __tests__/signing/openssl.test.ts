import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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

function outsider(dir: string, pub: string) {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', OUTSIDER_SCRIPT], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PUB: pub, LC_ALL: 'C' }, encoding: 'utf8' })
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
    // what openssl verified is byte-for-byte the payload our code signed
    expect(readFileSync(join(dir, 'payload.json'))).toEqual(Buffer.from(JSON.parse(readFileSync(join(dir, 'packet-r001.sig'), 'utf8')).payload, 'base64'))
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
