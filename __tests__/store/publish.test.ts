import { afterAll, describe, expect, it } from 'vitest'
import type { PacketFamily } from '../../src/store/family.js'
import { KEYED_FAMILY } from '../helpers/keyed-family.js'
import { seriesFor } from '../../src/store/layout.js'
import { exportWindow, type BuildOutcome } from '../../src/store/publish.js'
import { checkStore } from '../../src/store/check.js'
import { openRepository } from '../../src/git/index.js'
import { assertCleanRepo, cleanupTempDirs, head, makeRepo, sh } from './git-fixture.js'

// The store is generic over packet families: lesson 120's strategy-approval packets use the same
// write-once publishing with their own layout, as a later stage will.

const SAP: PacketFamily = KEYED_FAMILY
const committer = { name: 'x', email: 'x@example.test', timestamp: Date.parse('2026-11-23T14:00:00Z') / 1000 }

afterAll(cleanupTempDirs)

function build(content: string): (next: number, prev: { packet: Buffer } | null) => BuildOutcome {
  return (next, prev) => {
    if (prev && JSON.parse(prev.packet.toString()).content === content) return { kind: 'unchanged' }
    const packet = Buffer.from(`${JSON.stringify({ content, revision: next })}\n`)
    return { kind: 'signed', files: { packet, signature: Buffer.from('sig\n'), log: Buffer.from('log\n'), digest: String(next).repeat(64) } }
  }
}

describe('exportWindow for a keyed family (lesson 120 layout)', () => {
  it('numbers revisions per series, writes nothing for unchanged content, and chains commits', async () => {
    const dir = makeRepo()
    const series = seriesFor(SAP, 'RW-7', 'Cluster A')
    const args = { dir, branch: 'main', family: SAP, series, committer }
    const one = await exportWindow({ ...args, parentOid: head(dir), build: build('v1') })
    expect(one).toMatchObject({ action: 'written', revision: 1, files: { packet: 'strategy-approval/rw-7/packets/SAP-cluster-a-r001.json' } })
    const same = await exportWindow({ ...args, parentOid: head(dir), build: build('v1') })
    expect(same).toMatchObject({ action: 'unchanged', revision: 1, commitOid: null })
    const two = await exportWindow({ ...args, parentOid: head(dir), build: build('v2') })
    expect(two).toMatchObject({ action: 'written', revision: 2 })
    const other = await exportWindow({ ...args, series: seriesFor(SAP, 'RW-7', 'cluster-b'), parentOid: head(dir), build: build('v1') })
    expect(other).toMatchObject({ action: 'written', revision: 1 })
    expect(sh(dir, ['log', '--format=%s']).trim().split('\n')).toEqual([
      `strategy-approval: rw-7/cluster-b r001 sha256:${'1'.repeat(12)}`,
      `strategy-approval: rw-7/cluster-a r002 sha256:${'2'.repeat(12)}`,
      `strategy-approval: rw-7/cluster-a r001 sha256:${'1'.repeat(12)}`,
      'initial'
    ])
    expect(assertCleanRepo(dir)).toEqual({ fsck: '', status: '' })

    const files = await openRepository(dir).listTree(head(dir), SAP.root)
    const report = checkStore({ family: SAP, head: head(dir), files, state: {}, facts: new Map(), worktree: { modified: [], untracked: [], facts: new Map() } })
    expect(report.windows.map((w) => [w.series, w.latest])).toEqual([
      ['rw-7/cluster-a', 'r002'],
      ['rw-7/cluster-b', 'r001']
    ])
    expect(report.defects).toEqual([])
  })

  it('on a parent that already has the revision a concurrent writer published, writes the next one on top of it', async () => {
    const dir = makeRepo()
    const series = seriesFor(SAP, 'rw-7', 'a')
    const base = head(dir)
    const args = { dir, branch: 'main', family: SAP, series, committer }
    await exportWindow({ ...args, parentOid: base, build: build('theirs') })
    const theirs = head(dir)
    const mine = await exportWindow({ ...args, parentOid: theirs, build: build('mine') })
    expect(mine).toMatchObject({ action: 'written', revision: 2 })
    expect(sh(dir, ['rev-parse', `${mine.commitOid}^`]).trim()).toBe(theirs)
    const again = await exportWindow({ ...args, parentOid: head(dir), build: build('mine') })
    expect(again.action).toBe('unchanged')
  })
})
