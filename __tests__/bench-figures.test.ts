import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { blockOf, dataOf, render, ROOT, splice, TARGETS } from '../scripts/bench-figures.mjs'

// The benchmark figures in the docs are generated from a bench run (`npm run bench`, then
// `node scripts/bench-figures.mjs`), never typed: each block must be exactly what the script
// renders from the run data the block carries. The numbers themselves are not checked.

describe.each(Object.entries(TARGETS))('%s figures block', (path, kind) => {
  const text = readFileSync(join(ROOT, path), 'utf8')
  const block = blockOf(text)

  it('has the generated block between its markers, with the run data', () => {
    expect(block).not.toBeNull()
    expect(dataOf(block!)).toMatchObject({ rows: expect.any(Array) })
    expect(dataOf(block!)!.rows.length).toBeGreaterThan(0)
  })

  it('is exactly what scripts/bench-figures.mjs renders from that data (no figure typed by hand)', () => {
    expect(block).toBe(render(dataOf(block!)!, kind))
  })
})

describe('splicing a run into a page', () => {
  const run = { date: '2026-12-04', node: 'v20.0.0', cpus: 2, load: 1.5, quick: true, rows: [{ id: 'x', workload: 'w | x', floor: 'f', floorMs: 10, ms: 15, ratio: 1.5, target: 2 }] }

  it('replaces only the block, and a hand edit inside it is caught', () => {
    const page = `intro\n${render({ ...run, rows: [] }, 'full')}\noutro\n`
    const spliced = splice(page, run, 'full')
    expect(spliced.startsWith('intro\n') && spliced.endsWith('\noutro\n')).toBe(true)
    const block = blockOf(spliced)!
    expect(block).toContain('| w \\| x | f | 10.0 ms | 15.0 ms | 1.50x | <= 2x | yes |')
    const edited = block.replace('15.0 ms', '12.0 ms')
    expect(edited).not.toBe(render(dataOf(edited)!, 'full'))
  })

  it('refuses a page without markers', () => {
    expect(() => splice('no markers here\n', run, 'full')).toThrow(/markers/)
  })
})
