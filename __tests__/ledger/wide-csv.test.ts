import { spawnSync } from 'node:child_process'
import { cpSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../src/csv/read.js'
import { scanCsvOffsets } from '../../src/csv/scan.js'
import { UserError } from '../../src/errors.js'
import { REPO, tempDir } from './helpers.js'

// A file of N bytes holds at most N + 1 fields, whatever its first line suggests. The scanner
// once sized its arrays as (lines x width of the first line): 100,000 columns over 100,000 blank
// lines asked for ten billion slots and died with "internal error: Invalid typed array length".

const COLUMNS = 100_000
const BLANK_LINES = 100_000
/** ~800 KB: a header of 100,000 column names, then 100,000 blank lines */
const wide = (header = Array.from({ length: COLUMNS }, (_, i) => `c${i}`)): string => `${header.join(',')}${'\n'.repeat(BLANK_LINES)}`
const LOADER = join(REPO, '__tests__', 'helpers', 'ts-loader.mjs')
const CLI = join(REPO, 'src', 'cli-main.ts')

describe('a wide header over many blank lines', () => {
  it('is scanned with arrays no larger than the file can fill', () => {
    const text = wide()
    expect(text.length).toBeGreaterThan(700_000)
    const scan = scanCsvOffsets(text)
    expect(scan.count).toBe(1)
    expect(scan.firstField[1] - scan.firstField[0]).toBe(COLUMNS)
    expect(scan.starts.buffer.byteLength).toBeLessThanOrEqual(4 * 2 * (text.length + 1))
  })

  it('still grows past its first guess when rows are wider than the header', () => {
    const text = `a\n${Array.from({ length: 50 }, () => ','.repeat(999)).join('\n')}\n`
    const scan = scanCsvOffsets(text)
    expect(scan.count).toBe(51)
    expect(scan.firstField[51] - scan.firstField[50]).toBe(1000)
  })

  it('reads to a normal table when the required columns are there', async () => {
    const table = await parseCsv(Buffer.from(wide(['alarm_id', ...Array.from({ length: COLUMNS }, (_, i) => `c${i}`)])), { file: 'that.csv', requiredColumns: ['alarm_id'] })
    expect(table.size).toBe(0)
    expect(table.header).toHaveLength(COLUMNS + 1)
  })

  it('is refused as an input error naming the file and line, not an internal error', async () => {
    const err = await parseCsv(Buffer.from(wide()), { file: 'that.csv', requiredColumns: ['alarm_id'] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(/^that\.csv:1: missing required column 'alarm_id'/)
  })

  it('makes `release-evidence validate-ledger --alarms that.csv` exit 2 with a clear message and no stack trace', () => {
    const dir = tempDir('wide-csv')
    cpSync(join(REPO, 'examples'), join(dir, 'examples'), { recursive: true })
    cpSync(join(REPO, 'policies'), join(dir, 'policies'), { recursive: true })
    writeFileSync(join(dir, 'that.csv'), wide())
    const r = spawnSync(process.execPath, ['--import', LOADER, CLI, 'validate-ledger', '--alarms', 'that.csv', '--now', '2026-11-23T15:00:00Z'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
      timeout: 60_000
    })
    expect({ status: r.status, stderr: r.stderr }).toMatchObject({ status: 2, stderr: expect.stringMatching(/^release-evidence validate-ledger: INPUT_COLUMN_MISSING: that\.csv:1: missing required columns 'alarm_id'/) })
    expect(r.stderr).not.toMatch(/internal error|Invalid typed array length|\n\s+at /)
  })
})
