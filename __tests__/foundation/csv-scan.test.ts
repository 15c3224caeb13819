import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'
import { scanCsv } from '../../src/csv/scan.js'

// csv-parse is the oracle for the format: on valid CSV our scanner must read exactly the same
// fields. Inputs are generated from a fixed seed so a failure is reproducible.
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = ['a', 'Z', '0', ' ', ',', '"', '\n', '\r\n', 'é', '=', '-', '\t', "'"]

function randomTable(rand: () => number): string[][] {
  const cols = 1 + Math.floor(rand() * 6)
  const rows = 1 + Math.floor(rand() * 8)
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      const len = Math.floor(rand() * 7)
      let cell = ''
      for (let i = 0; i < len; i++) cell += ALPHABET[Math.floor(rand() * ALPHABET.length)]
      return cell
    })
  )
}

describe('scanCsv agrees with csv-parse on valid CSV', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i', (seed) => {
    const rand = prng(seed)
    for (let round = 0; round < 25; round++) {
      const table = randomTable(rand)
      const eol = rand() < 0.5 ? '\n' : '\r\n'
      // a lone empty cell would be an empty line, which both sides skip: keep rows non-empty
      const rows = table.filter((r) => !(r.length === 1 && r[0] === ''))
      const text = (rand() < 0.3 ? '\uFEFF' : '') + stringify(rows, { record_delimiter: eol === '\n' ? 'unix' : 'windows', quoted_match: /[\r\n",]/ })
      const expected = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true })
      expect(scanCsv(text).map((r) => r.fields)).toEqual(expected)
    }
  })
})

describe('scanCsv structure', () => {
  it('numbers records by the line they start on', () => {
    const recs = scanCsv('h1,h2\r\n"a\r\nb\r\nc",1\r\n\r\nx,"y"\n"q""uote",2')
    expect(recs.map((r) => [r.line, r.fields])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['a\r\nb\r\nc', '1']],
      [6, ['x', 'y']],
      [7, ['q"uote', '2']]
    ])
  })

  it.each([
    ['a,b"c\n1,2\n', 1, /quote inside an unquoted field/],
    ['a,"b"c\n1,2\n', 1, /text after a closing quote/],
    ['h\n"open\nmore\n', 2, /unterminated/]
  ])('flags a broken record in %j at line %i', (text, line, error) => {
    const broken = scanCsv(text).find((r) => r.error)
    expect(broken?.line).toBe(line)
    expect(broken?.error).toMatch(error)
  })

  it('resynchronises after a broken record on the next line', () => {
    const recs = scanCsv('a,"b"c\n1,2\n')
    expect(recs[1]).toEqual({ fields: ['1', '2'], line: 2 })
  })
})

describe('records longer than 16 bits of offsets', () => {
  // A field's start is kept relative to its record in 16 bits (scan.ts); a record whose fields
  // start farther out keeps its own 32-bit starts. Both forms must read the same fields.
  it('reads long quoted and unquoted records exactly as csv-parse does', () => {
    const long = 'x'.repeat(20_000)
    const rows = [
      ['a', 'b', 'c'],
      [long, 'after "quote', 'tail'],
      [`${long},with comma`, long, 'z'],
      ['short', `q""${long}`, ''],
      ['1', '2', '3']
    ]
    for (const eol of ['\n', '\r\n']) {
      const text = stringify(rows, { record_delimiter: eol === '\n' ? 'unix' : 'windows' })
      expect(scanCsv(text).map((r) => r.fields)).toEqual(parse(text, { relax_column_count: false }))
    }
    const plain = `h1,h2\n${long},${long}\nx,y\n`
    expect(scanCsv(plain).map((r) => r.fields)).toEqual([
      ['h1', 'h2'],
      [long, long],
      ['x', 'y']
    ])
  })
})
