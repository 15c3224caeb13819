import * as core from '@actions/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { blockingPredicate, emitAnnotations, planAnnotations, STEP_ANNOTATION_LIMITS } from '../../src/report/annotations.js'
import { defect, many } from './fixtures.js'

const severityBlocks = (d: { severity: string }) => d.severity === 'blocking'

describe('planAnnotations within the runner limits (10 errors, 10 warnings, 10 notices per step)', () => {
  it('shows everything when it fits, with no overflow notice', () => {
    const plan = planAnnotations([...many(10, 'blocking'), ...many(10, 'warning', 100), ...many(10, 'info', 200)], { blocks: severityBlocks, elsewhere: ['the job summary'] })
    expect(plan.shown).toHaveLength(30)
    expect(plan.overflow).toBeUndefined()
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('keeps the most severe within each level and accounts for the rest in one notice', () => {
    const defects = [...many(25, 'info', 200), ...many(23, 'warning', 100), ...many(31, 'blocking')]
    const plan = planAnnotations(defects, { blocks: severityBlocks, elsewhere: ['the job summary', '.release-evidence/defects.csv'] })
    const count = (l: string) => plan.shown.filter((a) => a.level === l).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 9])
    expect(plan.omitted).toEqual({ error: 21, warning: 13, notice: 16 })
    expect(plan.all).toHaveLength(79)
    // errors first, in defect order (window, subject): the first ten blocking defects
    expect(plan.shown.slice(0, 10).map((a) => a.title)).toEqual(many(10, 'blocking').map((d) => `ACK_MISSING ${d.subject} [rw-1]`))
    expect(plan.overflow).toEqual({
      level: 'notice',
      title: '50 more defects not annotated',
      message:
        '50 of 79 defects are not shown as annotations (21 errors, 13 warnings, 16 notices): GitHub displays at most 10 errors, 10 warnings and 10 notices per step. All 79 are listed in the job summary and .release-evidence/defects.csv.'
    })
  })

  // GitHub's documented display limits, written out: 10 error, 10 warning and 10 notice
  // annotations per step (and 50 per job); anything beyond is dropped without a trace.
  it('never prints more than 10 of a level, overflow notice included', () => {
    const plan = planAnnotations([...many(200, 'blocking'), ...many(200, 'warning', 300), ...many(200, 'info', 500)], { blocks: severityBlocks, elsewhere: [] })
    const printed = [...plan.shown, ...(plan.overflow ? [plan.overflow] : [])]
    const count = (l: string) => printed.filter((a) => a.level === l).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10])
    expect(printed).toHaveLength(30)
  })

  it('uses the per-step limits GitHub documents', () => {
    expect(STEP_ANNOTATION_LIMITS).toEqual({ error: 10, warning: 10, notice: 10 })
  })

  it('annotates as errors exactly the defects that fail the step in this mode', () => {
    // observe/soft mode: a blocking-severity defect that does not block now is a warning
    const blocking = defect({ subject: 'alm-a' })
    const notNow = defect({ subject: 'alm-b' })
    const plan = planAnnotations([blocking, notNow, defect({ subject: 'alm-c', severity: 'info' })], { blocks: blockingPredicate([{ ...blocking }]), elsewhere: [] })
    expect(plan.all.map((a) => [a.title, a.level])).toEqual([
      ['ACK_MISSING alm-a [rw-1]', 'error'],
      ['ACK_MISSING alm-b [rw-1]', 'warning'],
      ['ACK_MISSING alm-c [rw-1]', 'notice']
    ])
  })

  it.each([
    ['an empty subject', { subject: '' }],
    ['a subject of spaces', { subject: '   ' }],
    ['a subject with a trailing tab', { subject: 'alm-1\t' }]
  ])('never gives a title that ends in a space (%s)', (_name, over) => {
    const [a] = planAnnotations([defect(over)], { blocks: () => true, elsewhere: [] }).all
    expect(a.title).toBe(a.title.trim())
    expect(a.title).not.toMatch(/\s{2}/)
  })

  it('points at file and line when the defect has them, and at nothing otherwise', () => {
    const plan = planAnnotations([defect({ line: 7 }), defect({ subject: 'p', file: '', line: null })], { blocks: () => true, elsewhere: [] })
    expect(plan.all.map((a) => [a.file, a.line])).toEqual([
      ['examples/ack-ledger.csv', 7],
      [undefined, undefined]
    ])
  })
})

describe('emitAnnotations through @actions/core', () => {
  let out: string[]
  beforeEach(() => {
    out = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk))
      return true
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it('prints one workflow command per annotation with file, line and title', () => {
    const plan = planAnnotations([defect({ line: 12, detail: 'acknowledged 8 min late' })], { blocks: () => true, elsewhere: [] })
    emitAnnotations(plan, core)
    expect(out.join('')).toBe(
      '::error title=ACK_MISSING alm-1 [rw-1],file=examples/ack-ledger.csv,line=12::acknowledged 8 min late (ack_timestamp_utc). Required action: Acknowledge in the ledger. Owner: release-eng.\n'
    )
  })

  it('prints the overflow notice after the shown annotations', () => {
    const plan = planAnnotations(many(12, 'blocking'), { blocks: () => true, elsewhere: ['the job summary'] })
    emitAnnotations(plan, core)
    const lines = out.join('').trimEnd().split('\n')
    expect(lines).toHaveLength(11)
    expect(lines.slice(0, 10).every((l) => l.startsWith('::error '))).toBe(true)
    expect(lines[10]).toMatch(/^::notice title=2 more defects not annotated::2 of 12 defects are not shown as annotations \(2 errors\)/)
  })
})
