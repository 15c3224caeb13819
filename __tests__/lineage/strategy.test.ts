import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LineageEdge, LineageGraph, RevisionNode } from '../../src/lineage/graph.js'
import { cleanupTempDirs, sh } from '../store/git-fixture.js'
import { assertReviewable, filesAt, pageAt } from '../store/page.js'
import { build, cli, commitAt, pinnedRepo, sign, CLUSTER, WINDOW, type Who } from '../strategy/helpers.js'

// Lesson 120's four families in the lineage graph and on their shared window page, in a real store:
// a packet built by the CI key, three signers' decisions, the outcome review whose overrun raises a
// divergence record. Every document is a node with its window, signer and policy edges, and the
// three kinds that are about a packet revision point at it (approves, reviews, diverges_from).

const T = (h: number) => `2026-12-03T${String(h).padStart(2, '0')}:00:00Z`
const LATER = '2026-12-05T12:00:00Z'
const FOLDER = `strategy-approval/${WINDOW}`
let dir: string
let keys: Record<Who, string>

beforeAll(async () => {
  ;({ dir, keys } = await pinnedRepo())
  expect((await build(dir, keys, T(10))).code).toBe(0)
  for (const [i, who] of (['owner', 'authority', 'reviewer'] as const).entries()) expect((await sign(dir, keys, who, T(11 + i))).code).toBe(0)
  const o = await cli(dir, ['strategy', 'outcome', '--window', WINDOW, '--cluster', CLUSTER, '--key-file', keys.owner, '--now', '2026-12-05T10:00:00Z', '--status', 'diverged', '--convergence-hours', '43'])
  expect(o.code, o.out + o.err).toBe(0)
}, 240_000)
afterAll(() => cleanupTempDirs())

describe('the strategy-approval family in the lineage graph', () => {
  it('has every document as a node (packet, decisions, outcome review, divergence) with its edges', async () => {
    const r = await cli(dir, ['lineage', 'graph', '--window', WINDOW, '--now', LATER])
    expect(r.code, r.err).toBe(0)
    const g = JSON.parse(r.out) as LineageGraph
    const revs = g.nodes.filter((n): n is RevisionNode => n.type === 'packet_revision')
    const files = sh(dir, ['ls-files', FOLDER]).trim().split('\n').filter((f) => f.endsWith('.json'))
    // one node per signed document in the folder, none left out, none made up
    expect(revs.map((n) => n.path).sort()).toEqual(files.sort())
    expect(revs.map((n) => n.family).sort()).toEqual(['strategy-approval', 'strategy-divergence', 'strategy-outcome', 'strategy-signoff', 'strategy-signoff', 'strategy-signoff'])
    expect(revs.filter((n) => !n.signature_verified).map((n) => n.path)).toEqual([])
    const packet = revs.find((n) => n.family === 'strategy-approval')!
    const out = (id: string, type: LineageEdge['type']) => g.edges.filter((e) => e.from === id && e.type === type)
    for (const n of revs) {
      expect(out(n.id, 'belongs_to_window').map((e) => e.to)).toEqual([`window:${WINDOW}`])
      expect(out(n.id, 'signed_by').map((e) => e.to)).toEqual([`signer:${n.signer_id}`])
      expect(out(n.id, 'evaluated_under_policy').map((e) => e.to)).toHaveLength(1)
    }
    const into = (type: LineageEdge['type']) => g.edges.filter((e) => e.to === packet.id && e.type === type).map((e) => revs.find((n) => n.id === e.from)!.family)
    expect(into('approves')).toEqual(['strategy-signoff', 'strategy-signoff', 'strategy-signoff'])
    expect(into('reviews')).toEqual(['strategy-outcome'])
    expect(into('diverges_from')).toEqual(['strategy-divergence'])
    const divergence = revs.find((n) => n.family === 'strategy-divergence')!
    expect(divergence.packet_id).toBe(`SDI-${WINDOW}-${CLUSTER}-r001`)
    const check = await cli(dir, ['lineage', 'check', '--json', '--now', LATER])
    expect((JSON.parse(check.out) as { blocking: number }).blocking).toBe(0)
    const audit = await cli(dir, ['audit', '--window', WINDOW, '--now', LATER])
    expect(audit.out).toContain(`divergence SDI-${WINDOW}-${CLUSTER}-r001 raised by ana-strategy-owner`)
  })
})

describe('the strategy-approval window page (README.md)', () => {
  it('is rewritten by each of the four families and reads as the packet, its decisions, its outcome and its chain', () => {
    // every commit that published a document rewrote the one shared page
    const commits = sh(dir, ['log', '--format=%H', '--', `${FOLDER}/*.json`, `${FOLDER}/*/*.json`]).trim().split('\n')
    expect(commits).toHaveLength(6)
    for (const c of commits) expect(sh(dir, ['show', '--name-only', '--format=', c]).split('\n')).toContain(`${FOLDER}/README.md`)
    const page = pageAt(dir, 'HEAD', FOLDER)
    expect(assertReviewable(page, filesAt(dir, 'HEAD', FOLDER))).toEqual([])
    expect(page.markdown.split('\n')[0]).toMatch(/^<!-- release-evidence view strategy-approval v1: generated from the signed files/)
    expect(page.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([`1 Strategy approval: ${WINDOW}`, `2 Cluster ${CLUSTER}: latest revision r001`, '3 Decisions signed on r001', '3 Outcome', `3 Revisions of ${CLUSTER}`])
    const [summary, decisions, reviews, divergences, chain] = page.tables
    expect(summary.rows.find((r) => r[0] === 'Decisions')?.[1]).toMatch(/^3 signed on this revision \(approve 3\)/)
    expect(decisions.rows.map((r) => [r[0], r[2]])).toEqual([['ben-release-authority', 'approve'], ['chen-risk-reviewer', 'approve'], ['ana-strategy-owner', 'approve']].sort())
    expect(reviews.rows.map((r) => [r[1], r[2], r[3]])).toEqual([['r001', 'diverged', '43']])
    expect(divergences.rows.map((r) => [r[0], r[2]])).toEqual([[`SDI-${WINDOW}-${CLUSTER}-r001`, 'convergence_beyond_high_band']])
    expect(chain.rows.map((r) => r[0])).toEqual(['r001'])
    expect(page.links).toContain(`divergences/SDI-${CLUSTER}-r001-r001.json`)
    expect(page.links).toContain(`outcome-reviews/SAP-${CLUSTER}-r001-outcome-r001.sig`)
  })

  it('verifies as the rendering at every commit, and an edited page fails verify (STORE_VIEW_MISMATCH)', async () => {
    const verify = async () => {
      const v = await cli(dir, ['verify', '--now', LATER, '--json', '--no-cache', '--allow-empty'])
      return { code: v.code, codes: (JSON.parse(v.out) as { defects: { defect_code: string }[] }).defects.map((d) => d.defect_code) }
    }
    expect(await verify()).toEqual({ code: 0, codes: [] })
    const before = sh(dir, ['rev-parse', 'HEAD']).trim()
    const path = join(dir, FOLDER, 'README.md')
    const text = readFileSync(path, 'utf8')
    writeFileSync(path, text.replace('| diverged |', '| met_projection |'))
    expect(readFileSync(path, 'utf8')).not.toBe(text)
    commitAt(dir, {}, '2026-12-05T11:00:00Z', 'the outcome, reworded')
    const v = await verify()
    expect(v.code).toBe(1)
    expect(v.codes).toContain('STORE_VIEW_MISMATCH')
    sh(dir, ['reset', '-q', '--hard', before])
    expect(await verify()).toEqual({ code: 0, codes: [] })
  })
})
