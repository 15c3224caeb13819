import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
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

  it('decodes UTF-8 text, with or without a BOM, as well as plain ASCII', async () => {
    for (const text of ['id,memo\n1,café ✓\n', '\uFEFFid,memo\n1,café ✓\n']) {
      expect((await parse(text)).rows.map((r) => r.values.memo)).toEqual(['café ✓'])
    }
    expect((await parse('id,memo\n1,plain\n')).rows.map((r) => r.values.memo)).toEqual(['plain'])
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
    const { table, bytes } = await readCsvFile(join(dir, 'a.csv'), opts)
    expect(table.rows).toEqual([{ line: 2, values: { id: '7', memo: 'x' } }])
    expect(bytes.toString()).toBe('id,memo\n7,x\n')
    expect(Object.values(table)).not.toContain(bytes)
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

  // Written out by hand: the bytes a spreadsheet receives for each kind of cell. A formula
  // starter (= + - @ tab CR) gets a leading quote, then RFC 4180 quoting applies to the result.
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1,2', `"'=1,2"`],
    ['-a\nb', `"'-a\nb"`],
    [-5, "'-5"],
    [7, '7'],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ["'=1", "'=1"],
    ['say "hi"', '"say ""hi"""'],
    [null, '']
  ])('writes the cell %j as %j', (cell, line) => {
    expect(toCsv(['h'], [[cell]])).toBe(`h\n${line}\n`)
  })

  it('writes LF, quotes where needed, and is deterministic', () => {
    const text = toCsv(['a', 'b'], [['x,y', '=1+1'], [null, 3]])
    expect(text).toBe('a,b\n"x,y",\'=1+1\n,3\n')
  })

  // csv-stringify is the oracle for the quoting: same bytes for every generated table.
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('quotes exactly like csv-stringify (seed %i)', (seed) => {
    let s = seed
    const rand = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648)
    const alphabet = ['a', 'Z', '0', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '=', '-', '+', '@', '\t', "'", '""']
    const cell = (): string | number | null => {
      const r = rand()
      if (r < 0.1) return null
      if (r < 0.2) return Math.floor(rand() * 2000) - 1000
      let c = ''
      for (let k = Math.floor(rand() * 6); k > 0; k--) c += alphabet[Math.floor(rand() * alphabet.length)]
      return c
    }
    const header = ['id', 'a,b', 'say "x"', '=h']
    const rows = Array.from({ length: 30 }, () => header.map(cell))
    // the spreadsheet rule stated here, not taken from src/csv/write.ts (whose breakage it must catch)
    const asText = (c: string | number | null): string => {
      const t = c === null ? '' : String(c)
      return /^[=+\-@\t\r]/.test(t) ? `'${t}` : t
    }
    const escaped = rows.map((r) => r.map(asText))
    expect(toCsv(header, rows)).toBe(stringify([header, ...escaped], { record_delimiter: '\n' }))
  })
})
