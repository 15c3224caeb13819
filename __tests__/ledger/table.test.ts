import { describe, expect, it } from 'vitest'
import { renderTable } from '../../src/report/table.js'

describe('renderTable', () => {
  it('aligns columns, right-aligns numbers on request and draws a rule under the header', () => {
    expect(renderTable(['CODE', 'COUNT'], [['ACK_LATE', 2], ['OWNER_INVALID', 10]], { align: ['left', 'right'] })).toBe(
      ['CODE           COUNT', '-------------  -----', 'ACK_LATE           2', 'OWNER_INVALID     10'].join('\n')
    )
  })

  it('escapes control characters, folds newlines and cuts long cells', () => {
    const out = renderTable(['A', 'B'], [['x\u001b[31mred', 'line1\nline2'], ['y'.repeat(20), null]], { maxCell: 10 })
    expect(out).not.toContain('\u001b')
    expect(out).toContain('x\\x1b[31m…')
    expect(out).toContain('line1 lin…')
    expect(out).toContain('yyyyyyyyy…')
  })
})
