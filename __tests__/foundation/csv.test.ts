import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { parseCsv, readCsvFile } from '../../src/csv/read.js'
import { escapeFormula, toCsv } from '../../src/csv/write.js'

const opts = { file: 'alarms.csv', requiredColumns: ['id', 'memo'] }
const parse = (text: string) => parseCsv(Buffer.from(text, 'utf8'), opts)

describe('parseCsv line numbers', () => {
  it('gives every record the line it starts on, with BOM, CRLF and quoted CRLF', async () => {
    const t = await parse('\uFEFFid,memo\r\n1,"two\r\nlines"\r\n2,plain\r\n3,"a,b"\r\n')
    expect(t.header).toEqual(['id', 'memo'])
    expect(t.rows.map((r) => [r.line, r.values.id])).toEqual([
      [2, '1'],
      [4, '2'],
      [5, '3']
    ])
    expect(t.rows[0].values.memo).toBe('two\r\nlines')
    expect(t.rows[2].values.memo).toBe('a,b')
  })

  it('counts blank lines it skips', async () => {
    const t = await parse('id,memo\n\n\n1,x\n')
    expect(t.rows[0].line).toBe(4)
  })

  it('reports short and long rows as broken, never padded or dropped silently', async () => {
    const t = await parse('id,memo\n1,x\n2\n3,y,z\n4,w\n')
    expect(t.rows.map((r) => r.values.id)).toEqual(['1', '4'])
    expect(t.broken.map((p) => [p.line, p.message])).toEqual([
      [3, 'row has 1 field, the header has 2'],
      [4, 'row has 3 fields, the header has 2']
    ])
  })

  it('reports an unterminated quote at the line where it opens, keeping the rows before it', async () => {
    const t = await parse('id,memo\r\n1,ok\r\n2,"never closed\r\n3,lost\r\n')
    expect(t.rows.map((r) => r.values.id)).toEqual(['1'])
    expect(t.broken).toHaveLength(1)
    expect(t.broken[0].line).toBe(3)
    expect(t.broken[0].message).toMatch(/unterminated quoted field/)
  })

  it.each([
    ['', 'INPUT_EMPTY', /file is empty/],
    ['id\n1\n', 'INPUT_COLUMN_MISSING', /missing required column 'memo'/],
    ['id,id,memo\n', 'INPUT_INVALID', /appears twice/]
  ])('refuses %j with %s', async (text, code, message) => {
    const err = await parse(text).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe(code)
    expect((err as UserError).message).toMatch(message)
    expect((err as UserError).message).toContain('alarms.csv')
  })

  it('names a missing file and what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 're-csv-'))
    const err = await readCsvFile(join(dir, 'nope.csv'), opts).catch((e: unknown) => e)
    expect((err as UserError).code).toBe('INPUT_MISSING')
    expect((err as UserError).message).toMatch(/alarms\.csv: file not found/)
  })

  it('reads a real file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 're-csv-'))
    await writeFile(join(dir, 'a.csv'), 'id,memo\n7,x\n')
    const t = await readCsvFile(join(dir, 'a.csv'), opts)
    expect(t.rows).toEqual([{ line: 2, values: { id: '7', memo: 'x' } }])
    expect(t.bytes.toString()).toBe('id,memo\n7,x\n')
  })
})

describe('toCsv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-2', `'-2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['plain', 'plain']
  ])('escapes spreadsheet formulas: %j', (cell, out) => {
    expect(escapeFormula(cell)).toBe(out)
  })

  it('writes LF, quotes where needed, and is deterministic', () => {
    const text = toCsv(['a', 'b'], [['x,y', '=1+1'], [null, 3]])
    expect(text).toBe('a,b\n"x,y",\'=1+1\n,3\n')
  })
})
