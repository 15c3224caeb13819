import { describe, expect, it } from 'vitest'
import { ALARM_HEADER, EVIDENCE_HEADER, LEDGER_HEADER, gate } from './helpers.js'

// Lesson 113's mini challenge: three alarms, one pass row, two blocking defects with clear
// codes and required actions.

const alarms = [
  ALARM_HEADER,
  'ALM-1,block,RW-7,2026-11-23T09:00:00Z,release-eng,sre-oncall',
  'ALM-2,block,RW-7,2026-11-23T09:10:00Z,release-eng,sre-oncall',
  'ALM-3,page,RW-7,2026-11-23T09:20:00Z,web-oncall,sre-oncall'
].join('\n')
const ledger = [
  LEDGER_HEADER,
  // valid block ack with evidence
  'ALM-1,block,RW-7,release-eng,amara,2026-11-23T09:03:00Z,5,2026-11-23T10:00:00Z,resolved,EV-1,2026-11-23T09:40:00Z,,',
  // block ack late by 8 minutes (deadline 09:15)
  'ALM-2,block,RW-7,sre-oncall,sam,2026-11-23T09:23:00Z,5,2026-11-23T10:30:00Z,resolved,EV-2,2026-11-23T09:50:00Z,,',
  // page ack on time, no owner mapping
  'ALM-3,page,RW-7,,jo,2026-11-23T09:25:00Z,15,2026-11-23T11:00:00Z,resolved,EV-3,2026-11-23T09:55:00Z,,'
].join('\n')
const evidence = [
  EVIDENCE_HEADER,
  'EV-1,RW-7,ALM-1,log_capture,logs/alm-1.log,2026-11-23T09:35:00Z,amara',
  'EV-2,RW-7,ALM-2,log_capture,logs/alm-2.log,2026-11-23T09:45:00Z,sam',
  'EV-3,RW-7,ALM-3,log_capture,logs/alm-3.log,2026-11-23T09:50:00Z,jo'
].join('\n')

describe('mini challenge', () => {
  it('gives one pass row and two blocking defects with clear codes and actions', async () => {
    const r = await gate({ alarms, ledger, evidence }, '2026-11-23T12:00:00Z')
    const judged = r.alarms.map((a) => [a.alarm.alarm_id, a.valid_ack, a.defect_codes])
    expect(judged).toEqual([
      ['alm-1', true, []],
      ['alm-2', false, ['ACK_LATE']],
      ['alm-3', false, ['OWNER_INVALID']]
    ])
    expect(r.counts.passed).toBe(1)
    expect(r.defects.map((d) => [d.subject, d.defect_code, d.severity, d.owner_role, d.required_action])).toEqual([
      ['alm-2', 'ACK_LATE', 'blocking', 'incident-commander', 'Take over the response: a late block acknowledgment holds this window at no-go (block alarms take no SLA exception)'],
      ['alm-3', 'OWNER_INVALID', 'blocking', 'web-oncall', 'Acknowledge as web-oncall or sre-oncall or incident-commander (override)']
    ])
    expect(r.defects[0].detail).toContain('8 min after the 5-min block SLA')
    expect(r.decision).toBe('no-go')
    expect(r.escalations.map((e) => [e.alarm_id, e.state, e.route_to_role, e.no_go])).toEqual([
      ['alm-2', 'ack_late', 'incident-commander', true],
      ['alm-3', 'unowned', 'sre-oncall', false]
    ])
  })
})
