import { describe, expect, it } from 'vitest'
import { parseStrategyPolicy } from '../../src/strategy/policy.js'
import { build, cli, commitAt, keyringYaml, packetAt, sign, signerOf, signWith, status, strategyPolicyYaml, pinnedRepo, pinTrust, strategyRepo, CLUSTER, SIGNERS, WINDOW, type Who } from './helpers.js'
import { describeNewKey, keyringEntryYaml } from '../../src/signing/keygen.js'

const T = (h: number, m = 0) => `2026-12-03T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`
const CHECKLIST = { top_two_comparison_verified: true, signer_scope_verified: true, evidence_bundle_complete: true, rationale_references_real_snapshots: true }
const SCOPE: Record<string, [string, string]> = {
  owner: ['strategy_owner', 'mitigation-lane:all'],
  authority: ['release_authority', 'release-window:go-hold'],
  reviewer: ['risk_governance_reviewer', 'risk-overlay:all'],
  ci: ['release_authority', 'release-window:go-hold']
}

/** A signoff made by hand and committed at the signer's path (what someone with push access could do). */
function forge(dir: string, keys: Record<Who, string>, who: Who, at: string, over: Record<string, unknown> = {}, pathSigner: string = SIGNERS[who].id) {
  const p = packetAt(dir)
  const [cls, scope] = SCOPE[who]
  const doc = { schema: 'release-evidence/strategy-signoff/v1', strategy_packet_id: p['strategy_packet_id'], release_window_id: WINDOW, exception_cluster_id: CLUSTER, packet_revision: 'r001', packet_sha256: p['packet_sha256'], decision: 'approve', recommendation: 'go', signer_class: cls, authority_scope: scope, reviewer_checklist: CHECKLIST, note: '', ...over }
  const s = signWith('strategy-signoff', doc, signerOf(dir, keys, who, (over['signed_at'] as string | undefined) ?? at))
  const base = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-${pathSigner}-r001`
  commitAt(dir, { [`${base}.json`]: s.json, [`${base}.sig`]: s.sig, [base.replace("/approvals/", "/validation/approvals/") + ".log"]: 'hand-made\n' }, at)
}

async function approvedExcept(missing: Who) {
  const { dir, keys } = await pinnedRepo()
  await build(dir, keys, T(10))
  let h = 11
  for (const who of (['owner', 'authority', 'reviewer'] as const).filter((w) => w !== missing)) await sign(dir, keys, who, T(h++))
  return { dir, keys }
}

describe('forged approvals do not count', () => {
  it('the CI key cannot approve: the command refuses, and a hand-made CI approval is caught', async () => {
    const { dir, keys } = await approvedExcept('authority')
    const refused = await sign(dir, keys, 'ci', T(13))
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('STRATEGY_CI_KEY_APPROVAL')
    forge(dir, keys, 'ci', T(13, 30))
    const s = await status(dir, T(14))
    expect(s.code).toBe(1)
    expect(s.out).toContain('STRATEGY_CI_KEY_APPROVAL')
    expect(JSON.parse(s.out).series[0].revisions[0].state).toBe('pending_signatures')
    const v = await cli(dir, ['verify', '--now', T(14), '--no-cache', '--allow-empty'])
    expect(v.code, v.out).toBe(1)
    expect(v.out).toContain('STRATEGY_CI_KEY_APPROVAL')
  })

  it('an approval of a different packet hash does not count', async () => {
    const { dir, keys } = await approvedExcept('authority')
    forge(dir, keys, 'authority', T(13), { packet_sha256: 'a'.repeat(64) })
    const s = await status(dir, T(14))
    expect(s.code).toBe(1)
    expect(s.out).toContain('STRATEGY_APPROVAL_INVALID')
    expect(JSON.parse(s.out).series[0].revisions[0].missing_classes).toEqual(['release_authority'])
    const v = await cli(dir, ['verify', '--now', T(14), '--no-cache', '--allow-empty'])
    expect(v.code, v.out).toBe(1)
    expect(v.out).toContain('STRATEGY_APPROVAL_INVALID')
    expect(v.out).toContain('approves packet sha256:aaaaaaaaaaaa')
  })

  it('an approval filed under another signer id is caught (the path names who signed)', async () => {
    const { dir, keys } = await approvedExcept('authority')
    forge(dir, keys, 'reviewer', T(13), { signer_class: 'release_authority', authority_scope: 'release-window:go-hold' }, SIGNERS.authority.id)
    const s = await status(dir, T(14))
    expect(s.code).toBe(1)
    expect(s.out).toMatch(/STRATEGY_SIGNER_CONFLICT|STRATEGY_APPROVAL_INVALID/)
    expect(JSON.parse(s.out).series[0].revisions[0].state).toBe('pending_signatures')
  })

  it('an approval claiming to be signed before the packet existed does not count', async () => {
    const { dir, keys } = await approvedExcept('authority')
    forge(dir, keys, 'authority', T(13), { signed_at: T(9) })
    const s = await status(dir, T(14))
    expect(s.code).toBe(1)
    expect(s.out).toContain('before the packet was built')
  })

  it('a key outside its validity window cannot sign', async () => {
    const expired = keyringYaml().replace(new RegExp(`(signer_id: ${SIGNERS.authority.id}[\\s\\S]*?valid_until_utc: )2027-01-01T00:00:00Z`), '$12026-12-01T00:00:00Z')
    const { dir, keys } = await pinnedRepo({ 'policies/keyring.yaml': expired })
    await build(dir, keys, T(10))
    const r = await sign(dir, keys, 'authority', T(11))
    expect(r.code).toBe(2)
    expect(r.err).toContain('KEY_EXPIRED')
  })

  it('a hand-made approval signed after the key expired does not count', async () => {
    const expiring = keyringYaml().replace(new RegExp(`(signer_id: ${SIGNERS.authority.id}[\\s\\S]*?valid_until_utc: )2027-01-01T00:00:00Z`), '$12026-12-03T12:00:00Z')
    const { dir, keys } = await pinnedRepo({ 'policies/keyring.yaml': expiring })
    await build(dir, keys, T(10))
    await sign(dir, keys, 'owner', T(11))
    await sign(dir, keys, 'reviewer', T(11, 30))
    // bind the key while it is valid, then claim a signing instant after its validity
    const bound = signerOf(dir, keys, 'authority', T(11, 45))
    const p = packetAt(dir)
    const doc = { schema: 'release-evidence/strategy-signoff/v1', strategy_packet_id: p['strategy_packet_id'], release_window_id: WINDOW, exception_cluster_id: CLUSTER, packet_revision: 'r001', packet_sha256: p['packet_sha256'], decision: 'approve', recommendation: 'go', signer_class: 'release_authority', authority_scope: 'release-window:go-hold', reviewer_checklist: CHECKLIST, note: '' }
    const s = signWith('strategy-signoff', doc, { ...bound, at: Date.parse(T(13)) })
    const base = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-${SIGNERS.authority.id}-r001`
    commitAt(dir, { [`${base}.json`]: s.json, [`${base}.sig`]: s.sig, [base.replace("/approvals/", "/validation/approvals/") + ".log"]: 'hand-made\n' }, T(13))
    const st = await status(dir, T(14))
    expect(st.code).toBe(1)
    expect(st.out).toContain('KEY_EXPIRED')
    expect(JSON.parse(st.out).series[0].revisions[0].state).toBe('pending_signatures')
    const v = await cli(dir, ['verify', '--now', T(14), '--no-cache'])
    expect(v.code).toBe(1)
    expect(v.out).toContain('STRATEGY_APPROVAL_INVALID')
  })

  it('the same key under two signer ids: it never becomes a trust root, and an approval claiming a second id is caught by verify', async () => {
    const second = keyringEntryYaml(describeNewKey(Buffer.alloc(32, SIGNERS.owner.seed), 'ana-second-id', 'approver', Date.parse('2026-01-01T00:00:00Z'), Date.parse('2027-01-01T00:00:00Z')).entry)
    const bad = strategyRepo({ 'policies/keyring.yaml': keyringYaml(second) })
    await expect(pinTrust(bad.dir)).rejects.toThrow('repeats the key')

    // A pinned store whose policy also lists 'ana-second-id' as a release authority: the owner's
    // key signs a decision as that second id, filed under its path.
    const policy = strategyPolicyYaml().replace('signers:\n', 'signers:\n  - signer_id: ana-second-id\n    class: release_authority\n    authority_scope: release-window:go-hold\n')
    const { dir, keys } = await pinnedRepo({ 'policies/strategy-approval.yaml': policy })
    await build(dir, keys, T(10))
    await sign(dir, keys, 'owner', T(11))
    await sign(dir, keys, 'reviewer', T(12))
    const owner = signerOf(dir, keys, 'owner', T(13))
    const p = packetAt(dir)
    const doc = { schema: 'release-evidence/strategy-signoff/v1', strategy_packet_id: p['strategy_packet_id'], release_window_id: WINDOW, exception_cluster_id: CLUSTER, packet_revision: 'r001', packet_sha256: p['packet_sha256'], decision: 'approve', recommendation: 'go', signer_class: 'release_authority', authority_scope: 'release-window:go-hold', reviewer_checklist: CHECKLIST, note: '' }
    const s = signWith('strategy-signoff', doc, { ...owner, signerId: 'ana-second-id' })
    const base = `strategy-approval/${WINDOW}/approvals/SAP-${CLUSTER}-r001-ana-second-id-r001`
    commitAt(dir, { [`${base}.json`]: s.json, [`${base}.sig`]: s.sig, [`strategy-approval/${WINDOW}/validation/approvals/SAP-${CLUSTER}-r001-ana-second-id-r001.log`]: 'hand-made\n' }, T(13))
    const st = await status(dir, T(14))
    expect(st.code).toBe(1)
    expect(JSON.parse(st.out).series[0].revisions[0].state).toBe('pending_signatures')
    const v = await cli(dir, ['verify', '--now', T(14), '--no-cache', '--allow-empty'])
    expect(v.code, v.out).toBe(1)
    expect(v.out).toContain('STRATEGY_APPROVAL_INVALID')
    expect(v.out).toContain('ana-second-id')
  })

  it('one signer signing twice counts once and cannot change the decision', async () => {
    const { dir, keys } = await approvedExcept('reviewer')
    expect((await sign(dir, keys, 'owner', T(13))).out).toContain('unchanged')
    const flip = await sign(dir, keys, 'owner', T(13, 30), 'reject')
    expect(flip.code).toBe(1)
    expect(flip.out).toContain('STRATEGY_TRANSITION_INVALID')
  })
})

describe('the state machine', () => {
  it('an unchanged rebuild writes nothing and reproduces packet_sha256 (A5)', async () => {
    const { dir, keys } = await pinnedRepo()
    const a = JSON.parse((await build(dir, keys, T(10), ['--json'])).out)
    const b = JSON.parse((await build(dir, keys, T(11), ['--json'])).out)
    expect(b.action).toBe('unchanged')
    expect(b.packet_sha256).toBe(a.packet_sha256)
  })

  it('a new revision while the previous one is pending is refused; after a rejection it is written', async () => {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    commitAt(dir, { 'examples/strategy/forecast-band-snapshot.json': '{"forecast_snapshot_id":"fcst-004","bands":{"low_hours":10,"expected_hours":18,"high_hours":30}}\n' }, T(11), 'new forecast')
    const refused = await build(dir, keys, T(12))
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('STRATEGY_TRANSITION_INVALID')
    const rej = await sign(dir, keys, 'authority', T(13), 'reject')
    expect(rej.code).toBe(0)
    expect(JSON.parse((await status(dir, T(13, 30))).out).series[0].revisions[0].state).toBe('rejected')
    const written = await build(dir, keys, T(14))
    expect(written.code).toBe(0)
    expect(written.out).toContain('r002')
    const s = JSON.parse((await status(dir, T(15))).out)
    expect(s.series[0].revisions.map((r: { state: string }) => r.state)).toEqual(['rejected', 'pending_signatures'])
  })

  it('a revision published by hand while its predecessor is pending is a blocking history finding', async () => {
    const { dir, keys } = await pinnedRepo()
    await build(dir, keys, T(10))
    const p = packetAt(dir)
    const { signer: _s, packet_sha256: _h, ...rest } = p
    const { packetSha256 } = await import('../../src/strategy/packet.js')
    const next = { ...rest, revision: 'r002', supersedes: { revision: 'r001', packet_sha256: p['packet_sha256'] }, post_window_outcome_link: `strategy-approval/${WINDOW}/outcome-reviews/SAP-${CLUSTER}-r002-outcome.json` }
    const signer = signerOf(dir, keys, 'ci', T(11))
    const withHash = { ...next, packet_sha256: packetSha256({ ...next, signer: {} }) }
    const s = signWith('strategy-approval', withHash, signer)
    commitAt(dir, { [`strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r002.json`]: s.json, [`strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r002.sig`]: s.sig, [`strategy-approval/${WINDOW}/validation/SAP-${CLUSTER}-r002.log`]: 'x\n' }, T(11))
    const st = await status(dir, T(12))
    expect(st.code).toBe(1)
    expect(st.out).toContain('while r001 was still pending_signatures')
  })
})

describe('the signer-traceability policy', () => {
  it.each([
    ['one signer id under two classes (A2)', (y: string) => y.replace('authority_scope: risk-overlay:all', 'authority_scope: risk-overlay:all\n  - signer_id: chen-risk-reviewer\n    class: release_authority\n    authority_scope: x'), 'A2: one signer id, one class'],
    ['a CI signer listed as an approver', (y: string) => y.replace('ci_signer_ids: [release-lane-ci]', 'ci_signer_ids: [release-lane-ci, ana-strategy-owner]'), 'is a CI signer'],
    ['a tier needing fewer people than classes', (y: string) => y.replace('min_distinct_signers: 3', 'min_distinct_signers: 2'), 'fewer than the 3 classes'],
    ['a risk mapped to an unknown tier', (y: string) => y.replace('critical: high', 'critical: extreme'), "tier 'extreme' is not in coverage_tiers"]
  ])('refuses %s', (_name, edit, message) => {
    expect(() => parseStrategyPolicy(edit(strategyPolicyYaml()), 'p.yaml')).toThrow(message)
  })

  it('accepts the repository policy', () => {
    expect(parseStrategyPolicy(strategyPolicyYaml(), 'p.yaml').data.signers.length).toBe(4)
  })
})


describe('packet_sha256 (A5)', () => {
  it('reproduces when the same revision is rebuilt from the same inputs at another instant, by another publisher', async () => {
    const { buildPacket, parseRanking, parseDecision, readJsonInput } = await import('../../src/strategy/packet.js')
    const { parseStrategyPolicy: parse } = await import('../../src/strategy/policy.js')
    const { REPO_ROOT } = await import('../helpers/repo-files.js')
    const policy = parse(strategyPolicyYaml(), 'p.yaml')
    const ranking = await readJsonInput(REPO_ROOT, 'examples/strategy/ranking-snapshot.json', 'ranking')
    const decision = parseDecision(await readJsonInput(REPO_ROOT, 'examples/strategy/decision.json', 'decision'))
    const make = (at: string, signerId: string) =>
      buildPacket({ window: WINDOW, cluster: CLUSTER, revision: 1, supersedes: null, policy: policy.data, policySha256: policy.sha256, ranking: parseRanking(ranking), decision, evidence: { ranking_snapshot: ranking }, closure: null, gate: null, builtAtUtc: at, signer: { signer_id: signerId, key_id: 'k', role: 'r', signed_at_utc: at } })
    expect(make(T(10), 'a').packet_sha256).toBe(make(T(17), 'b').packet_sha256)
  })
})
