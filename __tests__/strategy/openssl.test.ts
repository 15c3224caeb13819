import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../helpers/repo-files.js'
import { build, commitAt, packetAt, pinnedRepo, sign, signerOf, signWith, CLUSTER, SIGNERS, WINDOW, type Who } from './helpers.js'

// docs/strategy-approval.md "Verify a decision with OpenSSL": the sh block is taken from the page
// and run verbatim (dash where installed), with PUB read from the pinned trust root by the jq
// line the page gives, on the packet and every approver's decision the commands wrote.

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`
const DOC = readFileSync(join(REPO_ROOT, 'docs/strategy-approval.md'), 'utf8')
const SECTION = DOC.slice(DOC.indexOf('## Verify a decision with OpenSSL'))
const RECIPE = /```sh\n([\s\S]*?)```/.exec(SECTION)![1]
const SIGNOFF = 'application/vnd.release-evidence.strategy-signoff+json'

function pubOf(dir: string, who: Who): string {
  // the page's jq line, with the signer id of `who`
  const r = spawnSync('jq', ['-r', `.keys[] | select(.signer_id == "${SIGNERS[who].id}") | .public_key`, 'trust/root/root-r001.json'], { cwd: dir, encoding: 'utf8' })
  return r.stdout.trim()
}

function recipe(dir: string, env: Record<string, string>) {
  const r = spawnSync(existsSync('/bin/dash') ? '/bin/dash' : 'sh', ['-c', RECIPE], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', ...env }, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

describe('OpenSSL verifies strategy-approval signatures with the recipe of the docs', () => {
  it('the page has the recipe', () => {
    expect(SECTION).toContain("jq -r '.keys[] | select(.signer_id == \"ana-strategy-owner\") | .public_key' trust/root/root-r001.json")
    expect(RECIPE).toContain('openssl pkeyutl -verify')
  })

  it('the packet and every approver decision; not under another key; not for another packet', async () => {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    const approvers = ['owner', 'authority', 'reviewer'] as const
    for (const [i, who] of approvers.entries()) await sign(dir, keys, who, T(11 + i))
    const packet = `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001`
    const p = recipe(dir, { PUB: pubOf(dir, 'ci'), PACKET: packet, TYPE_EXPECTED: 'application/vnd.release-evidence.strategy-approval+json' })
    expect(p.status, p.out).toBe(0)
    expect(p.out).toContain('signature verified and content matches')
    const decision = (who: Who) => `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-${SIGNERS[who].id}-r001`
    for (const who of approvers) {
      expect(pubOf(dir, who)).toMatch(/^[A-Za-z0-9+/]{43}=$/)
      const r = recipe(dir, { PUB: pubOf(dir, who), PACKET: decision(who), TYPE_EXPECTED: SIGNOFF, SUBJECT: packet })
      expect(r.status, r.out).toBe(0)
    }
    const wrongKey = recipe(dir, { PUB: pubOf(dir, 'owner'), PACKET: decision('authority'), TYPE_EXPECTED: SIGNOFF, SUBJECT: packet })
    expect(wrongKey.status).not.toBe(0)
    const wrongType = recipe(dir, { PUB: pubOf(dir, 'owner'), PACKET: decision('owner'), TYPE_EXPECTED: 'application/vnd.release-evidence.strategy-approval+json' })
    expect(wrongType.status).not.toBe(0)

    // a validly signed decision that names another packet hash fails step 7
    const pk = packetAt(dir)
    const other = signWith('strategy-signoff', { schema: 'release-evidence/strategy-signoff/v1', strategy_packet_id: pk['strategy_packet_id'], release_window_id: WINDOW, exception_cluster_id: CLUSTER, packet_revision: 'r001', packet_sha256: 'b'.repeat(64), decision: 'approve', recommendation: 'go', signer_class: 'risk_governance_reviewer', authority_scope: 'risk-overlay:all', reviewer_checklist: {}, note: '' }, signerOf(dir, keys, 'observer', T(14)))
    const base = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-${SIGNERS.observer.id}-r001`
    commitAt(dir, { [`${base}.json`]: other.json, [`${base}.sig`]: other.sig }, T(14))
    const sigOk = recipe(dir, { PUB: pubOf(dir, 'observer'), PACKET: base, TYPE_EXPECTED: SIGNOFF })
    expect(sigOk.status, sigOk.out).toBe(0)
    const subject = recipe(dir, { PUB: pubOf(dir, 'observer'), PACKET: base, TYPE_EXPECTED: SIGNOFF, SUBJECT: packet })
    expect(subject.status).not.toBe(0)
  }, 180_000)
})
