import { describe, expect, it } from 'vitest'
import { ALARM_HEADER, EVIDENCE_HEADER, LEDGER_HEADER, codes, gate } from './helpers.js'

// Every defect points at the line the record starts on, whatever the file's BOM, line endings
// or quoted newlines; a structurally broken row is a defect at its line, never padded.

const ALARMS = `${ALARM_HEADER},title\nALM-1,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall,"Latency\nspike, EU"\nALM-2,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall,plain\n`
const ok = (id: string): string => `${id},page,RW-1,app-oncall,kim,2026-11-23T10:04:00Z,15,2026-11-23T12:00:00Z,investigating,,2026-11-23T10:04:00Z,,`

describe('CSV edge cases through the gate', () => {
  it.each([
    ['LF', '\n', ''],
    ['CRLF', '\r\n', ''],
    ['BOM + CRLF', '\r\n', '\uFEFF']
  ])('%s: a quoted newline keeps later line numbers exact', async (_n, eol, bom) => {
    const ledger = `${bom}${LEDGER_HEADER}${eol}${ok('ALM-1').replace('kim', `"kim${eol}(on call)"`)}${eol}${ok('ALM-2').replace('2026-11-23T10:04:00Z', '2026-11-23 10:04')}${eol}`
    const r = await gate({ alarms: ALARMS.replaceAll('\n', eol), ledger }, '2026-11-23T11:00:00Z')
    expect(r.defects.filter((d) => d.severity === 'blocking').map((d) => [d.subject, d.defect_code, d.line, d.field])).toEqual([
      ['alm-2', 'TIMESTAMP_MALFORMED', 4, 'ack_timestamp_utc']
    ])
    expect(r.alarms.map((a) => [a.alarm.alarm_id, a.alarm.source.line])).toEqual([
      ['alm-1', 2],
      ['alm-2', 4]
    ])
  })

  it('a short row is ROW_MALFORMED at its line and makes every window no-go', async () => {
    const ledger = `${LEDGER_HEADER}\n${ok('ALM-1')}\nALM-2,page,RW-1,app-oncall\n`
    const r = await gate({ alarms: ALARMS, ledger }, '2026-11-23T11:00:00Z')
    const broken = r.defects.find((d) => d.defect_code === 'ROW_MALFORMED')
    expect(broken).toMatchObject({ line: 3, file: 'ack-ledger.csv', severity: 'blocking', release_window_id: '', detail: 'row has 4 fields, the header has 13' })
    expect(r.windows[0]).toMatchObject({ decision: 'no-go' })
    expect(r.windows[0].reasons).toContain('ROW_MALFORMED: ack-ledger.csv:3 (window unknown)')
    expect(codes(r)).toContainEqual(['alm-2', 'ACK_MISSING', 'blocking'])
  })

  it('an unterminated quote stops reading and says where', async () => {
    const ledger = `${LEDGER_HEADER}\n${ok('ALM-1')}\n${ok('ALM-2').replace('kim', '"kim')}\n${ok('ALM-3')}\n`
    const r = await gate({ alarms: ALARMS, ledger }, '2026-11-23T11:00:00Z')
    expect(r.defects.find((d) => d.defect_code === 'ROW_MALFORMED')).toMatchObject({ line: 3 })
  })

  it('cells that look like formulas are neutralised in defects.csv', async () => {
    const { defectsToCsv } = await import('../../src/findings/defect.js')
    const ledger = `${LEDGER_HEADER}\n${ok('ALM-1')}\n${ok('=cmd|calc')}\n`
    const r = await gate({ alarms: ALARMS, ledger, evidence: `${EVIDENCE_HEADER}\n` }, '2026-11-23T11:00:00Z')
    expect(r.defects.find((d) => d.defect_code === 'ID_MALFORMED')).toMatchObject({ subject: '=cmd|calc', line: 3 })
    const csv = defectsToCsv(r.defects)
    expect(csv).toContain("\n'=cmd|calc,ID_MALFORMED,")
    expect(csv).not.toMatch(/(^|,)=cmd/m)
  })
})
