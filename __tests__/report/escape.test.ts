import * as core from '@actions/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { escapeFormula, toCsv } from '../../src/csv/write.js'
import { emitAnnotations, planAnnotations } from '../../src/report/annotations.js'
import { defectsToCsv } from '../../src/findings/defect.js'
import { annotationText, logText, mdCell, mdText, truncate } from '../../src/report/escape.js'
import { renderDefectTable } from '../../src/report/summary.js'
import { defect, HOSTILE_CELLS } from './fixtures.js'

// Untrusted CSV cells reach four grammars: workflow commands, log lines, the markdown job summary
// and CSV files. Each row of HOSTILE_CELLS attacks one of them; every output must survive all.

describe('markdown (job summary)', () => {
  it.each(HOSTILE_CELLS)('renders %j as inert text', (cell) => {
    const md = mdText(cell)
    expect(md).not.toMatch(/[<>|`[\]\n\r]/)
    expect(md).not.toContain('**')
    // entities decode back to the original characters (line breaks become spaces)
    const decoded = md.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(decoded).toBe(cell.replace(/\r\n|[\r\n]/g, ' '))
  })

  it('keeps snake_case legible and escapes underscores only at word edges', () => {
    expect(mdText('closure_evidence_ref')).toBe('closure_evidence_ref')
    expect(mdText('_em_ a__b')).toBe('&#95;em&#95; a&#95;&#95;b')
  })

  it('cannot end a table row early: a hostile cell stays inside its cell', () => {
    const defects = HOSTILE_CELLS.map((cell, i) => defect({ subject: cell, detail: cell, required_action: cell, line: i + 2 }))
    const t = renderDefectTable(defects, { subjectColumn: 'alarm_id', maxBytes: 1 << 20, blocks: () => true, fullListAt: [] })
    const rows = t.markdown.split('\n').filter((l) => l.startsWith('| '))
    expect(rows).toHaveLength(2 + HOSTILE_CELLS.length)
    // every row has exactly the header's 8 cells: 9 unescaped pipes
    for (const r of rows) expect(r.split('|')).toHaveLength(10)
    expect(t.markdown).not.toContain('<img')
    expect(t.markdown).not.toContain('](')
  })

  it('bounds a cell so one huge value cannot eat the summary', () => {
    expect(mdCell('x'.repeat(10_000))).toHaveLength(300)
  })
})

describe('workflow commands (annotations)', () => {
  let out: string[]
  beforeEach(() => {
    out = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk))
      return true
    })
  })
  afterEach(() => vi.restoreAllMocks())

  it.each(HOSTILE_CELLS)('keeps %j inside one annotation line', (cell) => {
    const plan = planAnnotations([defect({ subject: cell, detail: cell, field: '', required_action: '', owner_role: '' })], { blocks: () => true, elsewhere: [] })
    emitAnnotations(plan, core)
    const text = out.join('')
    const lines = text.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::error title=/)
    // the properties section ends at the first '::' after the command; nothing from the cell
    // may add a property or end it early (core escapes ':' and ',' there as %3A and %2C)
    const props = lines[0]!.slice('::error '.length, lines[0]!.indexOf('::', 2))
    expect(props.split(',').map((p) => p.split('=')[0])).toEqual(['title', 'file', 'line'])
  })

  it('relies on @actions/core for escaping and does not double-escape', () => {
    const plan = planAnnotations([defect({ detail: '100% done, a:b', field: '', required_action: '', owner_role: '' })], { blocks: () => true, elsewhere: [] })
    emitAnnotations(plan, core)
    // the runner decodes %25 -> % once; a double escape would show the reviewer "%25"
    expect(out.join('')).toContain('::100%25 done, a:b.')
    expect(annotationText('100% done')).toBe('100% done')
  })

  it('turns a literal %0A in a cell into %250A, which the runner shows as the text "%0A"', () => {
    const plan = planAnnotations([defect({ detail: 'a%0Ab', field: '', required_action: '', owner_role: '' })], { blocks: () => true, elsewhere: [] })
    emitAnnotations(plan, core)
    expect(out.join('')).toContain('::a%250Ab.')
  })
})

describe('log lines', () => {
  it.each(HOSTILE_CELLS)('keeps %j on one line that cannot start a command', (cell) => {
    const line = logText(cell)
    expect(line).not.toMatch(/[\r\n]/)
    expect(line.startsWith('::')).toBe(false)
  })
})

describe('CSV outputs', () => {
  it('prefixes formula starters so a spreadsheet shows text', () => {
    expect(escapeFormula(HOSTILE_CELLS[0])).toBe(`'${HOSTILE_CELLS[0]}`)
    const csv = defectsToCsv([defect({ subject: '=HYPERLINK("x")', detail: '+1', required_action: '@SUM(A1)' })])
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
    expect(csv).toContain("'+1")
    expect(csv).toContain("'@SUM(A1)")
    expect(toCsv(['a'], [['-2+3']])).toBe("a\n'-2+3\n")
  })
})

describe('truncate', () => {
  it('never splits a surrogate pair', () => {
    const t = truncate(`${'a'.repeat(8)}😀tail`, 10)
    expect(t).toBe(`${'a'.repeat(8)}…`)
    expect(() => encodeURIComponent(t)).not.toThrow()
  })
})
