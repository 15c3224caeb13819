import { describe, expect, it } from 'vitest'
import { ALARM_HEADER, LEDGER_HEADER, gate } from './helpers.js'

// Soft mode fails on unacknowledged block alarms. An alarm row the gate cannot join (an unsafe or
// empty id, a class it cannot read, a row too broken to read) has no acknowledgment the gate can
// see: when it may be a block alarm, it is an unacknowledged one. Only a row that says it is a page
// alarm is left to the full gate. A valid page alarm ALM-2 keeps window RW-1 under evaluation.

const PAGE_OK = 'ALM-2,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall'
const PAGE_ACK = 'ALM-2,page,RW-1,app-oncall,kim,2026-11-23T10:05:00Z,15,2026-11-23T12:00:00Z,open,,2026-11-23T10:05:00Z,,'
const NOW = '2026-11-23T11:00:00Z'

async function soft(alarmRow: string) {
  return gate({ alarms: `${ALARM_HEADER}\n${alarmRow}\n${PAGE_OK}\n`, ledger: `${LEDGER_HEADER}\n${PAGE_ACK}\n` }, NOW, 'soft')
}

describe('soft mode and alarm rows it cannot join', () => {
  it.each([
    ['a block alarm id with a zero-width space', 'B\u200b-1,block,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall', 'ID_MALFORMED'],
    ['a block alarm id with a right-to-left override', 'B\u202e-1,block,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall', 'ID_MALFORMED'],
    ['a block alarm with an empty window id', 'B-1,block,,2026-11-23T10:00:00Z,app-oncall,sre-oncall', 'ID_MALFORMED'],
    ['a block alarm with an empty alarm id', ',block,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall', 'ID_MALFORMED'],
    ['a row too short to read', 'B-1,block,RW-1', 'ROW_MALFORMED'],
    ['a row with an unclosed quote', 'B-1,block,"RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall', 'ROW_MALFORMED'],
    ['a class that is neither page nor block', 'B-1,blok,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall', 'CLASS_INVALID']
  ])('%s fails soft mode (%s)', async (_name, row, code) => {
    const r = await soft(row)
    expect(r.failed).toBe(true)
    expect(r.decision).toBe('no-go')
    expect(r.blocking.map((d) => d.defect_code)).toEqual([code])
  })

  it('a page alarm row with an unsafe id is no-go under the full policy, but does not fail soft mode', async () => {
    const r = await soft('P\u200b-1,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall')
    expect(r.decision).toBe('no-go')
    expect(r.failed).toBe(false)
    expect(r.blocking).toEqual([])
    expect(r.defects.map((d) => d.defect_code)).toContain('ID_MALFORMED')
  })

  it('a block alarm whose ledger row has the unsafe id is ACK_MISSING, which soft mode fails on', async () => {
    const ledger = `${LEDGER_HEADER}\n${PAGE_ACK}\nB\u200b-1,block,RW-1,app-oncall,kim,2026-11-23T10:03:00Z,5,2026-11-23T12:00:00Z,open,,2026-11-23T10:03:00Z,,\n`
    const r = await gate({ alarms: `${ALARM_HEADER}\nB-1,block,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\n${PAGE_OK}\n`, ledger }, NOW, 'soft')
    expect(r.failed).toBe(true)
    expect(r.blocking.map((d) => [d.subject, d.defect_code])).toEqual([['b-1', 'ACK_MISSING']])
  })

  it('observe mode still fails on nothing', async () => {
    const r = await gate({ alarms: `${ALARM_HEADER}\nB-1,block,RW-1\n${PAGE_OK}\n`, ledger: `${LEDGER_HEADER}\n${PAGE_ACK}\n` }, NOW, 'observe')
    expect(r.failed).toBe(false)
    expect(r.blocking).toEqual([])
  })
})
