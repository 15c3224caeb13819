import { describe, expect, it } from 'vitest'
import { CATALOG } from '../../src/lessons.js'
import { settingsFromOptions } from '../../src/options.js'
import { readStrategyRevisions } from '../../src/strategy/reader.js'
import { loadStrategyTrust } from '../../src/strategy/trust.js'
import { sh } from '../store/git-fixture.js'
import { build, cli, pinnedRepo, sign, CLUSTER, WINDOW } from './helpers.js'

// readStrategyRevisions: what another lesson (the lineage graph) reads of lesson 120.

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`

describe('readStrategyRevisions', () => {
  it('returns packets, approvals, outcomes and divergences with their paths and first commits, at any commit', async () => {
    const { dir, keys, pin } = await pinnedRepo()
    await build(dir, keys, T(10))
    for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) await sign(dir, keys, who, T(11 + i))
    const approvedAt = sh(dir, ['rev-parse', 'HEAD']).trim()
    const o = await cli(dir, ['strategy', 'outcome', '--window', WINDOW, '--cluster', CLUSTER, '--status', 'diverged', '--convergence-hours', '43', '--key-file', keys.owner, '--now', T(20)])
    expect(o.code, o.out).toBe(0)

    const settings = settingsFromOptions({ now: T(21), 'trust-root': pin }, { cwd: dir, clock: () => 0 }, CATALOG, [])
    const trust = await loadStrategyTrust(settings)
    const all = await readStrategyRevisions(dir, undefined, { trust, now: Date.parse(T(21)) })
    expect(all.at).toBe(sh(dir, ['rev-parse', 'HEAD']).trim())
    expect(all.packets.map((p) => p.path)).toEqual([`strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.json`])
    expect(all.packets[0]).toMatchObject({ kind: 'packet', series: CLUSTER, revision: 1, verified: true, signature_path: `strategy-approval/${WINDOW}/packets/SAP-${CLUSTER}-r001.sig`, log_path: `strategy-approval/${WINDOW}/validation/SAP-${CLUSTER}-r001.log` })
    expect(all.approvals.map((a) => a.doc?.signer.signer_id)).toEqual(['ana-strategy-owner', 'ben-release-authority', 'chen-risk-reviewer'])
    expect(all.approvals.every((a) => a.verified === true && a.doc?.packet_sha256 === all.packets[0].doc?.packet_sha256)).toBe(true)
    expect(all.outcomes.map((x) => x.doc?.actual_outcome_status)).toEqual(['diverged'])
    expect(all.divergences.map((x) => x.doc?.strategy_divergence_incident_id)).toEqual([`SDI-${WINDOW}-${CLUSTER}-r001`])
    expect(all.divergences[0].doc?.raised_by.sha256).toBe(all.outcomes[0].sha256)
    // each file's commit is the one that added it, as native git says
    for (const f of [...all.packets, ...all.approvals, ...all.outcomes, ...all.divergences]) {
      expect(f.commit).toBe(sh(dir, ['log', '--diff-filter=A', '--format=%H', '--', f.path]).trim())
    }

    const before = await readStrategyRevisions(dir, approvedAt)
    expect([before.packets.length, before.approvals.length, before.outcomes.length, before.divergences.length]).toEqual([1, 3, 0, 0])
    expect(before.packets[0].verified).toBeNull() // no trust given: read, not judged
    expect((await readStrategyRevisions(dir, undefined, { window: 'rw-other' })).packets).toEqual([])
    await expect(readStrategyRevisions(dir, 'no-such-ref')).rejects.toThrow('names no commit')
  }, 180_000)
})
