import { describe, expect, it } from 'vitest'
import { runLedgerGate } from '../../src/ledger/gate.js'
import { LEDGER_CODES } from '../../src/ledger/codes.js'
import { DEFECT_CODES } from '../../src/lessons.js'
import { settingsFor } from '../helpers/settings.js'
import { REPO, ms } from './helpers.js'

// The shipped examples are the demo and the closure stage's input: they must show a real defect
// table and keep at least one go window whose resolved alarms carry every evidence kind.

const settings = { ...settingsFor({}, REPO, ['ledger']), now: ms('2026-11-23T15:00:00Z'), outDir: '/nonexistent' }

describe('examples/', () => {
  it('shows one go, one conditional-go and one no-go window', async () => {
    const r = await runLedgerGate(settings)
    expect(r.windows.map((w) => [w.release_window_id, w.decision])).toEqual([
      ['rw-2026-11-a', 'go'],
      ['rw-2026-11-b', 'conditional-go'],
      ['rw-2026-11-c', 'no-go']
    ])
    expect(new Set(r.defects.filter((d) => d.severity === 'blocking').map((d) => d.defect_code))).toEqual(
      new Set(['ACK_LATE', 'ACK_MISSING', 'OWNER_INVALID', 'EVIDENCE_WRONG_WINDOW', 'EVIDENCE_MISSING', 'LEDGER_DUPLICATE_KEY', 'TIMESTAMP_MALFORMED'])
    )
  })

  it('gives the go window resolved alarms with one evidence row of every kind', async () => {
    const r = await runLedgerGate(settings)
    const resolved = r.alarms.filter((a) => a.alarm.release_window_id === 'rw-2026-11-a' && a.resolved)
    expect(resolved.map((a) => a.alarm.alarm_id)).toEqual(['alm-1001', 'alm-1002', 'alm-1003'])
    for (const a of resolved) {
      const kinds = r.evidence.filter((e) => e.alarm_id === a.alarm.alarm_id && e.release_window_id === 'rw-2026-11-a').map((e) => e.evidence_kind)
      expect(kinds.sort()).toEqual(['approval_note', 'ci_artifact', 'log_capture', 'validator_row'])
      expect(a.valid_ack).toBe(true)
    }
    expect(resolved.find((a) => a.alarm.alarm_id === 'alm-1003')?.owner_mapping).toBe('incident_commander')
  })

  it('emits only registered codes, and every ledger code is in the product registry', async () => {
    const r = await runLedgerGate(settings)
    for (const d of r.defects) expect(DEFECT_CODES[d.defect_code], d.defect_code).toBeDefined()
    for (const [code, info] of Object.entries(LEDGER_CODES)) expect(DEFECT_CODES[code]).toEqual(info)
  })
})
