import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeNewKey } from '../../src/signing/keygen.js'
import { OUTSIDER_SCRIPT } from '../signing/outsider-script.js'
import { build, sign, pinnedRepo, CLUSTER, SIGNERS, WINDOW, type Who } from './helpers.js'

// docs/strategy-approval.md: the closure-packet OpenSSL recipe, with the payload type of a decision
// (or a packet), verifies every approver's signature our code wrote.

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`

function outsider(dir: string, who: Who, packet: string, type: string) {
  const pub = describeNewKey(Buffer.alloc(32, SIGNERS[who].seed), SIGNERS[who].id, 'x', 0, 1).publicKeyBase64
  const script = OUTSIDER_SCRIPT.replace('application/vnd.release-evidence.closure-packet+json', type)
  const r = spawnSync(existsSync('/bin/dash') ? '/bin/dash' : 'sh', ['-c', script], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PUB: pub, PACKET: packet, LC_ALL: 'C' }, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

describe('OpenSSL verifies strategy-approval signatures', () => {
  it('the packet and every approver decision', async () => {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    const approvers = ['owner', 'authority', 'reviewer'] as const
    for (const [i, who] of approvers.entries()) await sign(dir, keys, who, T(11 + i))
    const p = outsider(dir, 'ci', `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001`, 'application/vnd.release-evidence.strategy-approval+json')
    expect(p.status, p.out).toBe(0)
    for (const who of approvers) {
      const r = outsider(dir, who, `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-${SIGNERS[who].id}-r001`, 'application/vnd.release-evidence.strategy-signoff+json')
      expect(r.status, r.out).toBe(0)
    }
    // a key other than the signer's fails
    const wrong = outsider(dir, 'owner', `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-${SIGNERS.authority.id}-r001`, 'application/vnd.release-evidence.strategy-signoff+json')
    expect(wrong.status).not.toBe(0)
  })
})
