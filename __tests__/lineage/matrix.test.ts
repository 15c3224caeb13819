import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LineageEdge, LineageGraph, LineageNode } from '../../src/lineage/graph.js'
import { placeRecord, signHold } from '../../src/retention/hold.js'
import { parseSigningKey } from '../../src/signing/keys.js'
import { parseKeyring } from '../../src/signing/keyring.js'
import { createSigner } from '../../src/signing/signer.js'
import { seedOf } from '../signing/helpers.js'
import { cleanupTempDirs, tempDir, writeFiles } from '../store/git-fixture.js'
import { keyFileOf } from '../retention/fixture.js'
import { cloneStore, commitAt, entryFor, HOLDER, inputsFor, keyringWith, laneB, miniStore, rotateTrust, T, W1, W2, type Mini } from './fixture.js'

// The seed's fail matrix L1-L8 (__tests__/matrices/lineage-fail-matrix.csv), each row run against
// a supplied graph (the mini challenge's graph with one defect put in) and, where a hash-chained
// store can hold the defect at all, against a real store that has it.

interface Row {
  scenario_id: string
  condition: string
  expected_result: 'pass' | 'fail'
  expected_code: string
  graph_fixture: string
  store_fixture: string
}

const rows: Row[] = parse(readFileSync(join(import.meta.dirname, '../matrices/lineage-fail-matrix.csv'), 'utf8'), { columns: true, skip_empty_lines: true })

let base: Mini
let graph: LineageGraph

beforeAll(async () => {
  base = await miniStore()
  const g = await base.run(['lineage', 'graph'])
  expect(g.code, g.stderr).toBe(0)
  graph = JSON.parse(g.stdout) as LineageGraph
}, 240_000)
afterAll(() => cleanupTempDirs())

const rev = (g: LineageGraph, window: string, n: number) => g.nodes.find((x) => x.type === 'packet_revision' && x.release_window_id === window && x.revision === n)!
const clone = (g: LineageGraph): LineageGraph => JSON.parse(JSON.stringify(g)) as LineageGraph

const GRAPH_FIXTURES: Record<string, (g: LineageGraph) => LineageGraph> = {
  unchanged: (g) => g,
  cycle: (g) => ({ ...g, edges: [...g.edges, { type: 'supersedes', from: rev(g, W1, 1).id, to: rev(g, W1, 2).id }] }),
  'drop-policy-node': (g) => {
    const used = g.edges.find((e) => e.type === 'evaluated_under_policy' && e.from === rev(g, W1, 1).id && e.to.startsWith('policy:closure-packet:'))!
    return { ...g, nodes: g.nodes.filter((n) => n.id !== used.to) }
  },
  'drop-transition-context': (g) => ({ ...g, edges: g.edges.map((e): LineageEdge => (e.type === 'signer_transition' ? { ...e, context: null } : e)) }),
  // the same revision under an id that differs only in casing and separators
  'duplicate-ordinal': (g) => {
    const r = rev(g, W1, 2)
    return { ...g, nodes: [...g.nodes, { ...r, id: r.id.toUpperCase().replaceAll('-', '_'), digest: 'f'.repeat(64) } as LineageNode] }
  },
  'hold-without-reason': (g) => ({ ...g, edges: g.edges.map((e): LineageEdge => (e.transition === 'activate' ? { ...e, reason: '' } : e)) }),
  'latest-not-terminal': (g) => ({ ...g, nodes: g.nodes.map((n) => (n.type === 'packet_revision' && n.release_window_id === W1 ? { ...n, is_latest: n.revision === 1 } : n)) })
}

const STORE_FIXTURES: Record<string, () => Promise<Mini>> = {
  'mini-challenge': async () => base,
  'hold-released-after-next-window': async () => base,
  // the closure policy edited and used without being committed: its hash has no policy node
  'uncommitted-policy': async () => {
    const m = cloneStore(base)
    const p = join(m.dir, 'policies/closure-packet.yaml')
    writeFileSync(p, readFileSync(p, 'utf8').replace('sample_size: 4', 'sample_size: 5'))
    const r = await m.run(['export-closure', '--key-file', m.keys.laneB], T.later)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    return m
  },
  // lane-c signs window C with no transition from lane-b in the keyring
  'signer-without-transition': async () => {
    const m = cloneStore(base)
    writeFiles(m.dir, { 'policies/keyring.yaml': keyringWith([laneB(true), entryFor('lane-c', 'lane-c', 'release-lane')]), ...inputsFor(['A', 'B', 'C']) })
    commitAt(m.dir, 'keyring: lane-c; window c', '2026-11-28T09:00:00Z')
    await rotateTrust(m.dir, '2026-11-28T09:00:00Z')
    const r = await m.run(['export-closure', '--key-file', keyFileOf('lane-c')], T.later)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    return m
  },
  // a hold record signed by a hold role, whose reason is empty (the hold command refuses to write one)
  'hold-record-without-reason': async () => {
    const m = cloneStore(base)
    const keyring = parseKeyring(readFileSync(join(m.dir, 'policies/keyring.yaml'), 'utf8'), 'policies/keyring.yaml')
    const signer = createSigner(parseSigningKey(seedOf(HOLDER.name).toString('base64'), 'test key'), keyring, Date.parse(T.later))
    const record = placeRecord({ holdId: 'h-noreason', window: W2, reason: '', owner: 'legal-team', caseId: null, signer })
    const files = signHold(record, signer)
    writeFiles(m.dir, { [`retention-holds/${W2}/hold-h-noreason-r001.json`]: files.json, [`retention-holds/${W2}/hold-h-noreason-r001.sig`]: files.sig, [`retention-holds/${W2}/hold-h-noreason-r001.log`]: 'placed by hand\n' })
    commitAt(m.dir, 'a hold without a reason', T.later)
    return m
  }
}

interface Checked {
  code: number
  defects: { defect_code: string; severity: string }[]
}

async function check(m: Mini, argv: string[]): Promise<Checked> {
  const r = await m.run(['lineage', 'check', '--json', ...argv])
  expect([0, 1], r.stderr).toContain(r.code)
  return { code: r.code, ...(JSON.parse(r.stdout) as { defects: Checked['defects'] }) }
}

function expectVerdict(row: Row, c: Checked): void {
  const blocking = c.defects.filter((d) => d.severity === 'blocking').map((d) => d.defect_code)
  if (row.expected_result === 'pass') {
    expect(blocking).toEqual([])
    expect(c.code).toBe(0)
  } else {
    expect(blocking).toContain(row.expected_code)
    expect(c.code).toBe(1)
  }
}

describe('lineage fail matrix L1-L8', () => {
  it('has every row of the seed, each with a fixture', () => {
    expect(rows.map((r) => r.scenario_id)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'])
    for (const r of rows) {
      expect(GRAPH_FIXTURES[r.graph_fixture], r.scenario_id).toBeDefined()
      if (r.store_fixture !== '') expect(STORE_FIXTURES[r.store_fixture], r.scenario_id).toBeDefined()
    }
  })

  it.each(rows)('$scenario_id $condition: $expected_result on a supplied graph', async (row) => {
    const file = join(tempDir('re-lineage-graph-'), 'graph.json')
    writeFileSync(file, `${JSON.stringify(GRAPH_FIXTURES[row.graph_fixture](clone(graph)), null, 2)}\n`)
    expectVerdict(row, await check(base, ['--graph', file]))
  })

  it.each(rows.filter((r) => r.store_fixture !== ''))('$scenario_id $condition: $expected_result on a real store', async (row) => {
    const m = await STORE_FIXTURES[row.store_fixture]()
    expectVerdict(row, await check(m, []))
    if (row.scenario_id === 'L8') {
      const g = JSON.parse((await m.run(['lineage', 'graph'])).stdout) as LineageGraph
      const release = g.edges.find((e) => e.transition === 'release')!
      const w2 = g.nodes.find((n) => n.type === 'release_window' && n.release_window_id === W2)!
      expect(release.at_utc! > (w2 as { first_signed_utc: string }).first_signed_utc).toBe(true)
    }
  }, 120_000)
})

