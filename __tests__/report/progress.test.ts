import { describe, expect, it } from 'vitest'
import { createProgress, NO_PROGRESS } from '../../src/report/progress.js'
import { renderVerifyText, WINDOW_TABLE_LIMIT } from '../../src/store/render.js'
import type { VerifyResult } from '../../src/store/verify.js'

// Long work shows progress on stderr: a redrawn line on a terminal, one line per phase in a log.

function capture(tty: boolean, times: number[]) {
  const out: string[] = []
  let i = 0
  const progress = createProgress({ write: (t) => out.push(t), tty, now: () => times[Math.min(i++, times.length - 1)], intervalMs: 100 })
  return { out, progress }
}

describe('progress on stderr', () => {
  it('prints exactly one line per phase when stderr is not a terminal (CI logs), however many ticks', () => {
    const { out, progress } = capture(false, [0, 2500])
    const gate = progress.phase('validate-ledger: ledger gate')
    gate.done()
    const windows = progress.phase('export-closure: windows', 1000)
    for (let i = 0; i < 1000; i++) windows.tick()
    windows.done()
    windows.done()
    expect(out).toEqual(['validate-ledger: ledger gate: done in 2.5 s\n', 'export-closure: windows: 1000/1000 (100%) in 0.0 s\n'])
  })

  it('redraws one line in place on a terminal, at most once per interval, and ends it with a newline', () => {
    // clock reads: phase start 0, then one per tick (0, 50, 100, 150, 250), then done (300)
    const { out, progress } = capture(true, [0, 0, 50, 100, 150, 250, 300])
    const p = progress.phase('verify: windows', 5)
    for (let i = 0; i < 5; i++) p.tick()
    p.done()
    expect(out).toEqual(['\rverify: windows: 1/5 (20%)\x1b[K', '\rverify: windows: 3/5 (60%)\x1b[K', '\rverify: windows: 5/5 (100%)\x1b[K', '\rverify: windows: 5/5 (100%) in 0.3 s\x1b[K\n'])
    expect(out.join('').split('\n')).toHaveLength(2)
  })

  it('shows nothing when no progress was injected', () => {
    const p = NO_PROGRESS.phase('anything', 3)
    p.tick()
    p.done()
    expect(NO_PROGRESS.phase('x')).toBe(p)
  })
})

function result(windows: { id: string; ok: boolean }[]): VerifyResult {
  return {
    family: 'closure',
    root: 'closure-packets',
    headOid: 'a'.repeat(40),
    head: 'a'.repeat(40),
    stats: { commits_scanned: windows.length, packets: windows.length, packets_inspected: windows.length, cache: 'off' },
    windows: windows.map((w) => ({ release_window_id: w.id, series: w.id, revisions: [], latest: 'r001', ok: w.ok })),
    defects: [],
    blocking: windows.filter((w) => !w.ok).length
  } as unknown as VerifyResult
}

describe('verify text output of a large store', () => {
  const many = Array.from({ length: WINDOW_TABLE_LIMIT + 5 }, (_, i) => ({ id: `w-${String(i).padStart(3, '0')}`, ok: i !== 7 }))

  it('lists only the windows with problems and counts the rest by default', () => {
    const text = renderVerifyText(result(many))
    expect(text).toContain(`${many.length - 1} of ${many.length} window(s) ok, not listed (--all lists every window, --json has everything)`)
    expect(text).toMatch(/^w-007 .*FAIL$/m)
    expect(text).not.toMatch(/^w-000 /m)
  })

  it('lists every window with --all', () => {
    const text = renderVerifyText(result(many), { all: true })
    for (const w of many) expect(text).toMatch(new RegExp(`^${w.id} `, 'm'))
    expect(text).not.toContain('not listed')
  })

  it(`lists every window of a store of at most ${WINDOW_TABLE_LIMIT} windows`, () => {
    const few = many.slice(0, WINDOW_TABLE_LIMIT)
    const text = renderVerifyText(result(few))
    for (const w of few) expect(text).toMatch(new RegExp(`^${w.id} `, 'm'))
  })
})
