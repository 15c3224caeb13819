import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/repo-files.js'
import { describe, expect, it } from 'vitest'
import { build, cli, commitAt, packetAt, sign, signerOf, signWith, status, pinnedRepo, strategyRepo, CLUSTER, WINDOW, type Who } from './helpers.js'
import { packetSha256 } from '../../src/strategy/packet.js'
import { sh } from '../store/git-fixture.js'

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`
const outcome = (dir: string, keys: Record<Who, string>, args: string[], now = '2026-12-05T10:00:00Z') =>
  cli(dir, ['strategy', 'outcome', '--window', WINDOW, '--cluster', CLUSTER, '--key-file', keys.owner, '--now', now, ...args])

async function approved() {
  const { dir, keys } = await pinnedRepo()
  await build(dir, keys, T(10))
  for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(11 + i))
  return { dir, keys }
}

describe('strategy outcome', () => {
  it('refuses a cluster without an approved revision', async () => {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    const r = await outcome(dir, keys, ['--status', 'met_projection', '--convergence-hours', '20'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('STRATEGY_OUTCOME_INVALID')
  })

  it.each([
    ['met the projection', ['--status', 'met_projection', '--convergence-hours', '20'], null],
    ['converged beyond the high band (36 h) by more than 6 h', ['--status', 'diverged', '--convergence-hours', '43'], 'convergence_beyond_high_band'],
    ['within the band plus the allowed overrun', ['--status', 'partial_match', '--convergence-hours', '42'], null]
  ] as const)('%s', async (_name, args, trigger) => {
    const { dir, keys } = await approved()
    const packetBefore = sh(dir, ['rev-parse', `HEAD:strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`])
    const r = await outcome(dir, keys, [...args, '--json'])
    const json = JSON.parse(r.out)
    expect(json.action).toBe('written')
    const review = `strategy-approval/${WINDOW}/outcome-reviews/SAP-${CLUSTER}-r001-outcome-r001`
    const divergence = `strategy-approval/${WINDOW}/divergences/SDI-${CLUSTER}-r001-r001`
    const files = sh(dir, ['ls-files', `strategy-approval/${WINDOW}`]).trim().split('\n')
    expect(files).toContain(`${review}.json`)
    expect(files).toContain(`${review}.sig`)
    expect(files).toContain(`strategy-approval/${WINDOW}/validation/outcome-reviews/SAP-${CLUSTER}-r001-outcome-r001.log`)
    const reviewDoc = JSON.parse(readFileSync(join(dir, `${review}.json`), 'utf8'))
    if (trigger === null) {
      expect(r.code).toBe(0)
      expect(json.divergence).toBeNull()
      expect(reviewDoc.strategy_divergence_incident_id).toBeNull()
      expect(files.some((f) => f.includes('/divergences/'))).toBe(false)
    } else {
      expect(r.code).toBe(0) // a divergence is an escalation (warning), the review is recorded
      expect(json.findings.map((f: { code: string }) => f.code)).toContain('STRATEGY_DIVERGENCE')
      // the divergence record is a signed document of its own, citing the review that raised it
      expect(json.divergence_file).toBe(`${divergence}.json`)
      expect(files).toEqual(expect.arrayContaining([`${divergence}.json`, `${divergence}.sig`, `strategy-approval/${WINDOW}/validation/divergences/SDI-${CLUSTER}-r001-r001.log`]))
      const d = JSON.parse(readFileSync(join(dir, `${divergence}.json`), 'utf8'))
      expect(d.strategy_divergence_incident_id).toBe(`SDI-${WINDOW}-${CLUSTER}-r001`)
      expect(d.affected_packet_id).toBe(`sap-${WINDOW}-${CLUSTER}`)
      expect(d.required_policy_update_action).toContain('forecast bands')
      expect(d.triggers.map((t: { trigger: string }) => t.trigger)).toEqual([trigger])
      expect(d.raised_by).toEqual({ outcome_review: `${review}.json`, sha256: createHash('sha256').update(readFileSync(join(dir, `${review}.json`))).digest('hex') })
      expect(reviewDoc.strategy_divergence_incident_id).toBe(d.strategy_divergence_incident_id)
      const text = await cli(dir, ['strategy', 'status', '--window', WINDOW, '--now', '2026-12-05T11:00:00Z'])
      expect(text.out).toContain(`divergence  SDI-${WINDOW}-${CLUSTER}-r001: convergence_beyond_high_band`)
    }
    // the packet is never touched; the outcome is where the packet said it would be
    expect(sh(dir, ['rev-parse', `HEAD:strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`])).toBe(packetBefore)
    expect(`${review}.json`).toBe(JSON.parse(readFileSync(join(dir, `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`), 'utf8')).post_window_outcome_link)
    const s = JSON.parse((await status(dir, '2026-12-05T11:00:00Z')).out)
    expect(s.series[0].revisions[0].outcome.actual_outcome_status).toBe(args[1])
    const v = await cli(dir, ['verify', '--now', '2026-12-05T11:00:00Z', '--no-cache', '--allow-empty'])
    expect(v.code, v.out).toBe(0)
  })

  it('a low-risk lane with a critical regression raises a divergence record', async () => {
    const ranking = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/strategy/ranking-snapshot.json'), 'utf8'))
    ranking.lanes[0].risk_overlay = 'low'
    const { dir, keys } = await pinnedRepo({ 'examples/strategy/ranking-snapshot.json': JSON.stringify(ranking, null, 2) })
    await build(dir, keys, T(10))
    for (const [i, who] of (['owner', 'authority'] as const).entries()) await sign(dir, keys, who, T(11 + i))
    expect(JSON.parse((await status(dir, T(14))).out).series[0].revisions[0].state).toBe('approved') // low tier: owner + authority
    const r = await outcome(dir, keys, ['--status', 'diverged', '--convergence-hours', '20', '--regression', 'critical:INC-4411', '--regression', 'minor:INC-4412', '--json'])
    const json = JSON.parse(r.out)
    expect(json.divergence.triggers.map((t: { trigger: string }) => t.trigger)).toEqual(['low_risk_lane_critical_regression'])
    expect(json.divergence.required_policy_update_action).toContain('risk overlay')
    const again = await outcome(dir, keys, ['--status', 'diverged', '--convergence-hours', '20', '--regression', 'minor:INC-4412', '--regression', 'critical:INC-4411', '--json'], '2026-12-06T10:00:00Z')
    expect(JSON.parse(again.out).action).toBe('unchanged')
  })

  it('an approval given without required evidence raises approved_without_required_evidence', async () => {
    // r001 is published by hand without the forecast snapshot (A4: incomplete_evidence) and the
    // owner approves it anyway; r002 is complete and approved by everyone.
    const scratch = strategyRepo()
    await build(scratch.dir, scratch.keys, T(10))
    const full = packetAt(scratch.dir)
    const { signer: _s, packet_sha256: _h, ...rest } = full
    const bundle = { ...(full['evidence_bundle'] as Record<string, unknown>) }
    delete bundle['forecast_band_snapshot']
    const incomplete = { ...rest, evidence_bundle: bundle }
    const { dir, keys } = await pinnedRepo()
    const ci = signerOf(dir, keys, 'ci', T(10))
    const packet = signWith('strategy-approval', { ...incomplete, packet_sha256: packetSha256({ ...incomplete, signer: {} }) }, ci)
    commitAt(dir, { [`strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`]: packet.json, [`strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.sig`]: packet.sig, [`strategy-approval/${WINDOW}/validation/SAP-${CLUSTER}-r001.log`]: 'hand-made\n' }, T(10))
    const p1 = packetAt(dir)
    const approval = signWith('strategy-signoff', { schema: 'release-evidence/strategy-signoff/v1', strategy_packet_id: p1['strategy_packet_id'], release_window_id: WINDOW, exception_cluster_id: CLUSTER, packet_revision: 'r001', packet_sha256: p1['packet_sha256'], decision: 'approve', recommendation: 'go', signer_class: 'strategy_owner', authority_scope: 'mitigation-lane:all', reviewer_checklist: { top_two_comparison_verified: true, signer_scope_verified: true, evidence_bundle_complete: true, rationale_references_real_snapshots: true }, note: '' }, signerOf(dir, keys, 'owner', T(11)))
    const base = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-ana-strategy-owner-r001`
    commitAt(dir, { [`${base}.json`]: approval.json, [`${base}.sig`]: approval.sig, [`strategy-approval/${WINDOW}/validation/approvals/SAP-${CLUSTER}-r001-ana-strategy-owner-r001.log`]: 'hand-made\n' }, T(11))
    expect(JSON.parse((await status(dir, T(11))).out).series[0].revisions[0].state).toBe('incomplete_evidence')
    expect((await build(dir, keys, T(12))).out).toContain('r002')
    for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(13 + i))
    expect(JSON.parse((await status(dir, T(17))).out).series[0].revisions.map((r: { state: string }) => r.state)).toEqual(['incomplete_evidence', 'approved'])
    const r = await outcome(dir, keys, ['--status', 'met_projection', '--convergence-hours', '20', '--json'])
    const json = JSON.parse(r.out)
    expect(json.divergence.affected_revision).toBe('r002')
    expect(json.divergence.triggers).toEqual([{ trigger: 'approved_without_required_evidence', detail: 'ana-strategy-owner approved r001 while its evidence was incomplete' }])
    const d = JSON.parse(readFileSync(join(dir, `strategy-approval/${WINDOW}/divergences/SDI-${CLUSTER}-r002-r001.json`), 'utf8'))
    expect(d.required_policy_update_action).toContain('required_evidence')
    // the hand-made, incomplete r001 is what verify blocks on; the divergence record itself verifies
    const v = JSON.parse((await cli(dir, ['verify', '--now', '2026-12-05T11:00:00Z', '--no-cache', '--allow-empty', '--json'])).out)
    expect(v.defects.filter((x: { file: string }) => x.file.includes('/divergences/') || x.file.includes('/outcome-reviews/'))).toEqual([])
  }, 180_000)
})
