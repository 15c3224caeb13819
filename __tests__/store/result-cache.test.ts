import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readNewestResult, readResult, readResultParts, writeResult } from '../../src/store/result-cache.js'

const TIP = 'a'.repeat(40)
const OTHER_TIP = 'b'.repeat(40)

describe('the derived-result cache', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 're-results-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('returns a result only for the tip and fingerprint it was stored under', async () => {
    expect(await writeResult(dir, 'retention-index', TIP, 'fp1', { rows: [1, 2] })).toBe(true)
    expect(await readResult(dir, 'retention-index', TIP, 'fp1')).toEqual({ rows: [1, 2] })
    expect(await readResult(dir, 'retention-index', OTHER_TIP, 'fp1')).toBeNull()
    expect(await readResult(dir, 'retention-index', TIP, 'fp2')).toBeNull()
    expect(await readResult(dir, 'lineage-graph', TIP, 'fp1')).toBeNull()
    expect(await readNewestResult(dir, 'retention-index')).toEqual({ tip: TIP, fingerprint: 'fp1', value: { rows: [1, 2] } })
  })

  it('keeps the newest result of a kind only', async () => {
    await writeResult(dir, 'k', TIP, 'fp', 1)
    await writeResult(dir, 'k', OTHER_TIP, 'fp', 2)
    expect(await readResult(dir, 'k', TIP, 'fp')).toBeNull()
    expect(await readResult(dir, 'k', OTHER_TIP, 'fp')).toBe(2)
  })

  it.each([
    ['a flipped byte in the body', (b: Buffer) => Buffer.from(b.toString('utf8').replace('"verdict":"fail"', '"verdict":"pass"'), 'utf8')],
    ['a re-keyed header', (b: Buffer) => Buffer.from(b.toString('utf8').replace(TIP, OTHER_TIP), 'utf8')],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 3)],
    ['a file without its MAC line', (b: Buffer) => b.subarray(b.indexOf(0x0a) + 1)]
  ])('reads %s as absent, never as a different answer', async (_name, tamper) => {
    await writeResult(dir, 'k', TIP, 'fp', { verdict: 'fail' })
    const file = join(dir, 'results', 'k.cache')
    writeFileSync(file, tamper(readFileSync(file)))
    expect(await readResult(dir, 'k', TIP, 'fp')).toBeNull()
    expect(await readResult(dir, 'k', OTHER_TIP, 'fp')).toBeNull()
  })

  it('reads a file copied in from another repository (another MAC key) as absent', async () => {
    const other = mkdtempSync(join(tmpdir(), 're-results-other-'))
    try {
      await writeResult(other, 'k', TIP, 'fp', { verdict: 'pass' })
      await writeResult(dir, 'k', TIP, 'fp', { verdict: 'fail' })
      writeFileSync(join(dir, 'results', 'k.cache'), readFileSync(join(other, 'results', 'k.cache')))
      expect(await readResult(dir, 'k', TIP, 'fp')).toBeNull()
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('keeps parts byte for byte beside the value, for exactly their tip and fingerprint', async () => {
    const csv = 'a,b\n"=1+1",\u00e9\n'
    expect(await writeResult(dir, 'k', TIP, 'fp', { policy: 1 }, { json: '{"rows":[]}\n', csv: Buffer.from(csv, 'utf8') })).toBe(true)
    const got = await readResultParts<{ policy: number }>(dir, 'k', TIP, 'fp')
    expect(got?.value).toEqual({ policy: 1 })
    expect(got?.parts['json'].toString('utf8')).toBe('{"rows":[]}\n')
    expect(got?.parts['csv'].toString('utf8')).toBe(csv)
    expect(await readResultParts(dir, 'k', OTHER_TIP, 'fp')).toBeNull()
    expect(await readResultParts(dir, 'k', TIP, 'fp2')).toBeNull()
    // a reader that expects a plain value never mistakes an entry with parts for one, nor the reverse
    expect(await readResult(dir, 'k', TIP, 'fp')).toBeNull()
    await writeResult(dir, 'k', TIP, 'fp', { policy: 1 })
    expect(await readResultParts(dir, 'k', TIP, 'fp')).toBeNull()
  })

  it.each([
    ['a changed byte in a part', (b: Buffer) => Buffer.from(b.toString('utf8').replace('"verdict":"fail"', '"verdict":"pass"'), 'utf8')],
    ['a part cut short', (b: Buffer) => b.subarray(0, b.length - 1)],
    ['a longer part with a re-declared length (the MAC still fails)', (b: Buffer) => Buffer.from(b.toString('utf8').replace(/\["json",(\d+)\]/, (_m, n: string) => `["json",${Number(n) + 1}]`) + ' ', 'utf8')]
  ])('reads an entry with %s as absent', async (_name, tamper) => {
    await writeResult(dir, 'k', TIP, 'fp', { n: 1 }, { json: '{"verdict":"fail"}' })
    const file = join(dir, 'results', 'k.cache')
    writeFileSync(file, tamper(readFileSync(file)))
    expect(await readResultParts(dir, 'k', TIP, 'fp')).toBeNull()
  })

  it('refuses a kind that is not a plain name before it touches a path', async () => {
    await expect(writeResult(dir, '../escape', TIP, 'fp', 1)).rejects.toThrow(/not a plain name/)
  })
})
