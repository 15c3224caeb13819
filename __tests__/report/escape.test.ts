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
    const decoded = md.replace(/&#8203;/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(decoded).toBe(cell.replace(/\r\n|[\r\n]/g, ' '))
  })

  // Written out by hand: what GitHub must receive so that each hostile input renders as itself.
  it.each([
    ['table pipe', 'a|b', 'a&#124;b'],
    ['escaped pipe', '\\|', '&#92;&#124;'],
    ['backslash', 'C:\\dir\\', 'C:&#92;dir&#92;'],
    ['HTML', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['HTML attribute', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['entities stay text', 'AT&T &amp; &#64;', 'AT&amp;T &amp;amp; &amp;&#35;&#8203;64;'],
    ['quotes', `"q" 'q'`, '&quot;q&quot; &#39;q&#39;'],
    ['code span', '`code`', '&#96;code&#96;'],
    ['link', '[click](https://evil.example)', '&#91;click&#93;(https://evil.example)'],
    ['image', '![x](https://evil.example/x.png)', '&#33;&#91;x&#93;(https://evil.example/x.png)'],
    ['strong', '**bold**', '&#42;&#42;bold&#42;&#42;'],
    ['emphasis', '_em_', '&#95;em&#95;'],
    ['snake_case', 'closure_evidence_ref', 'closure_evidence_ref'],
    ['strike', '~~gone~~', '&#126;&#126;gone&#126;&#126;'],
    ['heading', '# heading', '&#35; heading'],
    ['hashtag', '#tag', '&#35;tag'],
    ['line breaks', 'one\ntwo\r\nthree\rfour\u2028five', 'one two three four five'],
    ['control characters', 'a\u0000b\u001bc\u007fd\te', 'abcd\te'],
    ['mention', '@octocat please', '@&#8203;octocat please'],
    ['team mention', 'cc @octo-org/release', 'cc @&#8203;octo-org/release'],
    ['mention after punctuation', '(@octocat)', '(@&#8203;octocat)'],
    ['e-mail address', 'sam@example.com', 'sam@example.com'],
    ['issue reference', 'fixes #123', 'fixes &#35;&#8203;123'],
    ['cross-repo reference', 'octo/repo#7', 'octo/repo&#35;&#8203;7'],
    ['GH- reference', 'see GH-42 and gh-7', 'see GH-&#8203;42 and gh-&#8203;7'],
    ['plain', 'alm-1001 rw-2026-11-a 2026-11-23T13:04:00Z', 'alm-1001 rw-2026-11-a 2026-11-23T13:04:00Z']
  ])('%s: %j renders literally', (_name, input, expected) => {
    expect(mdText(input)).toBe(expected)
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
    const props = lines[0].slice('::error '.length, lines[0].indexOf('::', 2))
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
