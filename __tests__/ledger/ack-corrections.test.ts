import { describe, expect, it } from 'vitest'
import { parseLedgerPolicy } from '../../src/ledger/policy.js'
import { ALARM_HEADER, EVIDENCE_HEADER, LEDGER_HEADER, POLICY_TEXT, codes, gate } from './helpers.js'

// A correction that moves an acknowledgment earlier is how a late ack is laundered into an on-time
// one. One block alarm ALM-1 of RW-1, raised 10:00 (block SLA 5 min), first acknowledged at 10:10
// (late); a newer row says 10:03. The move is ACK_BACKDATED (blocking) unless the row that makes it
// names the correction and carries the sign-off of the policy's ack_corrections approver role.

const HEADER = `${LEDGER_HEADER},ack_correction_ref,ack_correction_approved_by`
const ALARMS = `${ALARM_HEADER}\nALM-1,block,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\n`
const EVIDENCE = `${EVIDENCE_HEADER}\nEV-1,RW-1,ALM-1,log_capture,logs/alm-1.log,2026-11-23T10:30:00Z,kim\n`
const NOW = '2026-11-23T11:00:00Z'

const row = (ack: string, updated: string, ref = '', by = '', state = 'resolved'): string =>
  ['ALM-1', 'block', 'RW-1', 'app-oncall', 'kim', ack, '5', '2026-11-23T12:00:00Z', state, state === 'resolved' ? 'EV-1' : '', updated, '', '', ref, by].join(',')
const FIRST = row('2026-11-23T10:10:00Z', '2026-11-23T10:10:00Z', '', '', 'investigating')

async function judge(rows: string[], policyText = POLICY_TEXT) {
  const r = await gate({ alarms: ALARMS, ledger: `${HEADER}\n${rows.join('\n')}\n`, evidence: EVIDENCE }, NOW, 'full', undefined, parseLedgerPolicy(policyText, 'ack-ledger.yaml'))
  return { r, found: codes(r) }
}

describe('a newer row that moves the ack time earlier', () => {
  it.each([
    ['no sign-off at all', row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z'), 'ACK_BACKDATED', 'blocking', 'no-go'],
    ['a reference but no approver', row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', 'INC-7'), 'ACK_BACKDATED', 'blocking', 'no-go'],
    ['an approver but no reference', row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', '', 'incident-commander'), 'ACK_BACKDATED', 'blocking', 'no-go'],
    ['signed by the alarm owner, not the approver role', row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', 'INC-7', 'app-oncall'), 'ACK_BACKDATED', 'blocking', 'no-go'],
    ['signed off by the approver role (written in another case)', row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', 'INC-7', 'Incident_Commander'), 'ACK_TIMESTAMP_CHANGED', 'warning', 'go']
  ])('%s', async (_name, correction, code, severity, decision) => {
    const { r, found } = await judge([FIRST, correction])
    expect(found).toEqual([['alm-1', code, severity]])
    expect(r.decision).toBe(decision)
    expect(r.defects[0]).toMatchObject({ file: 'ack-ledger.csv', line: 3, field: 'ack_timestamp_utc' })
  })

  it('says what moved, by how much, and how to fix it', async () => {
    const { r } = await judge([FIRST, row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', 'INC-7', 'app-oncall')])
    expect(r.defects[0].detail).toBe(
      "line 2 acknowledged at 2026-11-23T10:10:00Z, line 3 says 2026-11-23T10:03:00Z: moved 7 min earlier without sign-off (correction approved by 'app-oncall', but only incident-commander may approve)"
    )
    expect(r.defects[0].required_action).toContain('have incident-commander sign off on the correction')
    expect(r.defects[0].owner_role).toBe('incident-commander')
  })

  it('the sign-off belongs to the row that made the move; a later restatement without it keeps the move signed', async () => {
    const signed = row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', 'INC-7', 'incident-commander', 'investigating')
    const later = row('2026-11-23T10:03:00Z', '2026-11-23T10:50:00Z')
    const { r, found } = await judge([FIRST, signed, later])
    expect(found).toEqual([['alm-1', 'ACK_TIMESTAMP_CHANGED', 'warning']])
    expect(r.defects[0]).toMatchObject({ line: 3, detail: expect.stringContaining('signed off by incident-commander on line 3') })
  })

  it('an unsigned move stays blocking when the ledger is appended after it (the move is reported where it was made)', async () => {
    const unsigned = row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', '', '', 'investigating')
    const { r, found } = await judge([FIRST, unsigned, row('2026-11-23T10:03:00Z', '2026-11-23T10:50:00Z')])
    expect(found).toEqual([['alm-1', 'ACK_BACKDATED', 'blocking']])
    expect(r.defects[0].line).toBe(3)
  })

  it('a move later is a warning and needs no sign-off; restoring the first time is no change', async () => {
    expect((await judge([FIRST, row('2026-11-23T10:12:00Z', '2026-11-23T10:40:00Z')])).found).toEqual([
      ['alm-1', 'ACK_LATE', 'blocking'],
      ['alm-1', 'ACK_TIMESTAMP_CHANGED', 'warning']
    ])
    const back = [FIRST, row('2026-11-23T10:03:00Z', '2026-11-23T10:30:00Z', '', '', 'investigating'), row('2026-11-23T10:10:00Z', '2026-11-23T10:40:00Z')]
    expect((await judge(back)).found).toEqual([['alm-1', 'ACK_LATE', 'blocking']])
  })

  it('a policy without ack_corrections accepts no earlier move, signed or not', async () => {
    const strict = POLICY_TEXT.replace(/\nack_corrections:\n {2}approver_role: [^\n]+\n/, '\n')
    expect(strict).not.toMatch(/^ack_corrections:/m)
    const { r, found } = await judge([FIRST, row('2026-11-23T10:03:00Z', '2026-11-23T10:40:00Z', 'INC-7', 'incident-commander')], strict)
    expect(found).toEqual([['alm-1', 'ACK_BACKDATED', 'blocking']])
    expect(r.defects[0].required_action).toContain('the policy accepts no correction that moves an acknowledgment earlier')
  })

  it('the approver role must be a valid role id', () => {
    expect(() => parseLedgerPolicy(POLICY_TEXT.replace(/(ack_corrections:\n {2}approver_role: )[^\n]+/, '$1"a..b"'), 'p.yaml')).toThrow(/ack_corrections|approver_role/)
  })
})
