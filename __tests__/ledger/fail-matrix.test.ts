import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { runLedgerGate } from '../../src/ledger/gate.js'
import { REPO, settingsFor } from './helpers.js'

// Lesson 113 step 7 as data: every row of the matrix runs against its own fixture directory
// through the real file-reading gate. A row without a fixture fails the suite.

const MATRIX = join(REPO, '__tests__/matrices/ack-ledger-fail-matrix.csv')
const FIXTURES = join(REPO, '__tests__/fixtures/ledger/matrix')
const rows = parse<{ scenario_id: string; condition: string; expected_result: string }>(readFileSync(MATRIX), { columns: true, bom: true })

interface Expected {
  now: string
  defect_code: string
  severity: 'blocking' | 'warning' | ''
  decision: 'go' | 'conditional-go' | 'no-go'
  /** the rollout mode (default full): soft-mode rows check what soft mode fails on */
  mode?: 'observe' | 'soft' | 'full'
}

describe('ack-ledger fail matrix', () => {
  it('covers L1-L8 of lesson 113', () => {
    expect(rows.map((r) => r.scenario_id)).toEqual(expect.arrayContaining(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8']))
  })

  it.each(rows)('$scenario_id: $condition -> $expected_result', async ({ scenario_id, expected_result }) => {
    const dir = join(FIXTURES, scenario_id)
    for (const f of ['alarms.csv', 'ack-ledger.csv', 'evidence.csv', 'expected.json']) {
      expect(existsSync(join(dir, f)), `fixture ${scenario_id}/${f} is missing`).toBe(true)
    }
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
    const result = await runLedgerGate({ ...settingsFor(dir, expected.now, expected.mode ?? 'full'), outDir: join(dir, 'never-written') })
    const found = result.defects.filter((d) => d.severity !== 'info').map((d) => [d.defect_code, d.severity])

    if (expected_result === 'fail') {
      expect(found).toEqual([[expected.defect_code, 'blocking']])
      expect(result.decision).toBe('no-go')
      expect(result.failed).toBe(true)
      expect(result.blocking.map((d) => d.defect_code)).toEqual([expected.defect_code])
    } else if (expected_result === 'warn') {
      expect(found).toEqual([[expected.defect_code, 'warning']])
      expect(result.decision).toBe(expected.decision)
      expect(result.failed).toBe(false)
    } else {
      expect(expected_result).toBe('pass')
      expect(found).toEqual([])
      expect(result.decision).toBe('go')
      expect(result.counts.passed).toBe(result.counts.alarms)
    }
    expect(result.decision).toBe(expected.decision)
  })
})
