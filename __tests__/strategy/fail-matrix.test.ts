import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { packetSha256 } from '../../src/strategy/packet.js'
import { build, cli, commitAt, packetAt, sign, signerOf, signWith, status, pinnedRepo, CLUSTER, WINDOW } from './helpers.js'

// The seed's fail matrix (lesson 120 step 9) as data: every row is run in its own real repository.

const rows = readFileSync(join(import.meta.dirname, '../matrices/strategy-approval-fail-matrix.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','))
  .map(([id, condition, expected, code]) => ({ id: id, condition: condition, expected: expected, code: code ?? '' }))

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`
const decision = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/strategy/decision.json'), 'utf8')) as Record<string, unknown>

const scenarios: Record<string, () => Promise<{ code: number; out: string }>> = {
  async A1() {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    await sign(dir, keys, 'owner', T(11))
    await sign(dir, keys, 'reviewer', T(12))
    await sign(dir, keys, 'observer', T(13))
    return status(dir, T(14))
  },
  async A2() {
    // the reviewer's key signs claiming the class release_authority: one signer id, two classes
    const { dir: d2, keys: k2 } = await pinnedRepo()
    await build(d2, k2, T(10))
    const p = packetAt(d2)
    const forged = signWith('strategy-signoff', { schema: 'release-evidence/strategy-signoff/v1', strategy_packet_id: p['strategy_packet_id'], release_window_id: WINDOW, exception_cluster_id: CLUSTER, packet_revision: 'r001', packet_sha256: p['packet_sha256'], decision: 'approve', recommendation: 'go', signer_class: 'release_authority', authority_scope: 'release-window:go-hold', reviewer_checklist: { top_two_comparison_verified: true, signer_scope_verified: true, evidence_bundle_complete: true, rationale_references_real_snapshots: true }, note: '' }, signerOf(d2, k2, 'reviewer', T(11)))
    const base = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-chen-risk-reviewer-r001`
    commitAt(d2, { [`${base}.json`]: forged.json, [`${base}.sig`]: forged.sig, [base.replace("/approvals/", "/validation/approvals/") + ".log"]: 'hand-made\n' }, T(11))
    return status(d2, T(14))
  },
  async A3() {
    const { dir, keys } = await pinnedRepo({ 'examples/strategy/decision.json': JSON.stringify({ ...decision, selected_lane_id: 'lane-not-ranked' }) })
    return build(dir, keys, T(10))
  },
  async A4() {
    const { dir, keys } = await pinnedRepo()
    return cli(dir, ['strategy', 'build', '--window', WINDOW, '--cluster', CLUSTER, '--ranking', 'examples/strategy/ranking-snapshot.json', '--decision-file', 'examples/strategy/decision.json', '--dashboard', 'examples/strategy/dashboard-extract.json', '--simulation-rules', 'examples/strategy/simulation-rules.json', '--fail-matrix-run', 'examples/strategy/fail-matrix-run.json', '--key-file', keys.ci, '--now', T(10)])
  },
  async A5() {
    // a validly signed packet whose content was changed after packet_sha256 was computed
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    const p = packetAt(dir)
    const { signer: _s, ...rest } = p
    const changed = { ...rest, selected_mitigation_option_id: 'opt-raise-gateway-timeout', revision: 'r002', supersedes: { revision: 'r001', packet_sha256: p['packet_sha256'] } }
    expect(packetSha256(changed)).not.toBe(p['packet_sha256'])
    await cli(dir, ['strategy', 'sign', '--window', WINDOW, '--cluster', CLUSTER, '--decision', 'reject', '--recommend', 'hold', '--key-file', keys.owner, '--now', T(11)])
    const forged = signWith('strategy-approval', changed, signerOf(dir, keys, 'ci', T(12)))
    const base = `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r002`
    commitAt(dir, { [`${base}.json`]: forged.json, [`${base}.sig`]: forged.sig, [`strategy-approval/${WINDOW}/validation/SAP-${CLUSTER}-r002.log`]: 'hand-made\n' }, T(12))
    return status(dir, T(14))
  },
  async A6() {
    const r = decision['decision_rationale'] as Record<string, unknown>
    const { dir, keys } = await pinnedRepo({ 'examples/strategy/decision.json': JSON.stringify({ ...decision, decision_rationale: { ...r, rejected_lane_2_reason: '' } }) })
    return build(dir, keys, T(10))
  },
  async A7() {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(11 + i))
    return status(dir, T(14))
  },
  async A8() {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(8))
    for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(9 + i))
    commitAt(dir, { 'examples/strategy/decision.json': JSON.stringify({ ...decision, decision_rationale: { ...(decision['decision_rationale'] as object), required_follow_up_controls: ['canary error-rate alarm at 0.3% for 48 h'] } }) }, T(12), 'tighten the follow-up control')
    const b = await build(dir, keys, T(13))
    expect(b.out).toContain('SAP-ec-payments-timeouts-r002.json')
    expect(packetAt(dir, 'r002')['supersedes']).toEqual({ revision: 'r001', packet_sha256: packetAt(dir)['packet_sha256'] })
    for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(14 + i))
    const s = await status(dir, T(18))
    const json = JSON.parse(s.out)
    expect(json.series[0].revisions.map((r: { state: string }) => r.state)).toEqual(['superseded', 'approved'])
    return s
  }
}

describe('strategy-approval fail matrix (A1-A8)', () => {
  it('has every scenario of the seed', () => {
    expect(rows.map((r) => r.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'])
  })

  it.each(rows)('$id $condition -> $expected $code', async (row) => {
    const r = await scenarios[row.id]()
    if (row.expected === 'pass') expect(r.code, r.out).toBe(0)
    else {
      expect(r.code, r.out).toBe(1)
      expect(r.out).toContain(row.code)
    }
  }, 60_000)
})
