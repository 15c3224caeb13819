import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readNewestResult, readResult, writeResult } from '../../src/store/result-cache.js'

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

  it('refuses a kind that is not a plain name before it touches a path', async () => {
    await expect(writeResult(dir, '../escape', TIP, 'fp', 1)).rejects.toThrow(/not a plain name/)
  })
})
