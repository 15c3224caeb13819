import { describe, expect, it } from 'vitest'
import { ALARM_HEADER, EVIDENCE_HEADER, LEDGER_HEADER, codes, gate } from './helpers.js'

// The per-alarm rules, one table per concern. Every case is one alarm ALM-1 in window RW-1,
// raised at 10:00 (page SLA 15 min, block SLA 5 min, override window 60 min), judged at `now`.

const alarm = (cls: string, extra = 'app-oncall,sre-oncall'): string => `${ALARM_HEADER}\nALM-1,${cls},RW-1,2026-11-23T10:00:00Z,${extra}\n`

interface Row {
  cls?: string
  role?: string
  by?: string
  ack?: string
  sla?: string
  target?: string
  state?: string
  ref?: string
  updated?: string
  exc?: string
  approver?: string
}
const row = (r: Row = {}): string => {
  const cls = r.cls ?? 'page'
  return [
    'ALM-1',
    cls,
    'RW-1',
    r.role ?? 'app-oncall',
    r.by ?? 'kim',
    r.ack ?? '2026-11-23T10:04:00Z',
    r.sla ?? (cls === 'block' ? '5' : '15'),
    r.target ?? '2026-11-23T12:00:00Z',
    r.state ?? 'resolved',
    r.ref ?? 'EV-1',
    r.updated ?? '2026-11-23T10:50:00Z',
    r.exc ?? '',
    r.approver ?? ''
  ].join(',')
}
const ledger = (...rows: string[]): string => `${LEDGER_HEADER}\n${rows.join('\n')}\n`
const EV = `${EVIDENCE_HEADER}\nEV-1,RW-1,ALM-1,log_capture,logs/alm-1.log,2026-11-23T10:30:00Z,kim\n`

async function judge(cls: string, rows: string[], now = '2026-11-23T11:00:00Z', evidence = EV) {
  return codes(await gate({ alarms: alarm(cls), ledger: ledger(...rows), evidence }, now))
}

describe('acknowledgment SLA (L2), measured from the raise time', () => {
  it.each([
    ['page exactly at 15 min passes', 'page', '2026-11-23T10:15:00Z', []],
    ['page one second late fails', 'page', '2026-11-23T10:15:01Z', [['alm-1', 'ACK_LATE', 'blocking']]],
    ['block exactly at 5 min passes', 'block', '2026-11-23T10:05:00Z', []],
    ['block 8 min late fails', 'block', '2026-11-23T10:13:00Z', [['alm-1', 'ACK_LATE', 'blocking']]],
    ['an offset is converted to UTC first', 'block', '2026-11-23T11:04:00+01:00', []],
    ['an ack before the raise is a clock error', 'page', '2026-11-23T09:59:00Z', [['alm-1', 'ACK_BEFORE_RAISED', 'blocking']]]
  ])('%s', async (_n, cls, ack, expected) => {
    expect(await judge(cls, [row({ cls, ack })])).toEqual(expected)
  })
})

describe('timestamps (L8)', () => {
  it.each([
    ['naive', '2026-11-23T10:04:00', 'has no time zone'],
    ['impossible date', '2026-02-30T10:04:00Z', 'is not a calendar date'],
    ['junk', 'yesterday', 'is not an RFC 3339 timestamp'],
    ['empty', '', 'empty']
  ])('a %s ack_timestamp_utc is TIMESTAMP_MALFORMED naming the field', async (_n, ack, reason) => {
    const r = await gate({ alarms: alarm('page'), ledger: ledger(row({ ack })), evidence: EV }, '2026-11-23T11:00:00Z')
    const d = r.defects.find((x) => x.defect_code === 'TIMESTAMP_MALFORMED')
    expect(d).toMatchObject({ field: 'ack_timestamp_utc', line: 2, file: 'ack-ledger.csv', severity: 'blocking' })
    expect(d?.detail).toContain(reason)
    expect(r.decision).toBe('no-go')
    expect(r.readback[0].unknowns).toContain('ack timestamp')
  })

  it('a malformed last_updated_utc leaves the key without a state, not a guessed one', async () => {
    const r = await gate({ alarms: alarm('page'), ledger: ledger(row({ updated: '23/11/2026 10:50' })), evidence: EV }, '2026-11-23T11:00:00Z')
    expect(codes(r)).toEqual([['alm-1', 'TIMESTAMP_MALFORMED', 'blocking']])
    expect(r.readback[0].unknowns).toEqual(['owner', 'acknowledged by', 'ack timestamp', 'history order'])
  })

  it('a malformed raised_utc in the alarms file names that file and field', async () => {
    const r = await gate({ alarms: `${ALARM_HEADER}\nALM-1,page,RW-1,2026-13-01T00:00:00Z,app-oncall,sre-oncall\n`, ledger: ledger(row()), evidence: EV }, '2026-11-23T11:00:00Z')
    expect(r.defects[0]).toMatchObject({ defect_code: 'TIMESTAMP_MALFORMED', file: 'alarms.csv', line: 2, field: 'raised_utc' })
  })
})

describe('owner roles (L3)', () => {
  it.each([
    ['the primary owner', 'app-oncall', '2026-11-23T11:00:00Z', 'primary', []],
    ['the backup owner, spelled differently', 'SRE_Oncall', '2026-11-23T11:00:00Z', 'backup', []],
    ['the incident commander inside the override window', 'incident-commander', '2026-11-23T11:00:00Z', 'incident_commander', []],
    ['the incident commander after the window, closed inside it', 'incident-commander', '2026-11-23T13:00:00Z', 'incident_commander', []],
    ['another role', 'qa-team', '2026-11-23T11:00:00Z', 'invalid', [['alm-1', 'OWNER_INVALID', 'blocking']]],
    ['no role at all', '', '2026-11-23T11:00:00Z', 'invalid', [['alm-1', 'OWNER_INVALID', 'blocking']]]
  ])('%s', async (_n, role, now, mapping, expected) => {
    const r = await gate({ alarms: alarm('page'), ledger: ledger(row({ role })), evidence: EV }, now)
    expect(codes(r)).toEqual(expected)
    expect(r.alarms[0].owner_mapping).toBe(mapping)
  })

  it('an incident-commander override that outlives its window with the alarm open is invalid and routed', async () => {
    const r = await gate({ alarms: alarm('block'), ledger: ledger(row({ cls: 'block', role: 'incident-commander', state: 'mitigating', ref: '', target: '2026-11-23T18:00:00Z' })) }, '2026-11-23T11:05:00Z')
    expect(codes(r)).toEqual([['alm-1', 'OWNER_INVALID', 'blocking']])
    expect(r.defects[0].detail).toContain('override expired at 2026-11-23T11:04:00Z')
    expect(r.escalations.map((e) => [e.state, e.route_to_role, e.no_go])).toEqual([['unowned', 'incident-commander', true]])
  })
})

describe('resolution target and live state', () => {
  it.each([
    ['empty target', row({ target: '' }), [['alm-1', 'TARGET_MISSING', 'blocking']]],
    ['target before the ack', row({ target: '2026-11-23T10:00:00Z' }), [['alm-1', 'TARGET_BEFORE_ACK', 'blocking']]],
    ['SLA in the ledger differs from the policy', row({ sla: '30' }), [['alm-1', 'SLA_MISMATCH', 'warning']]],
    ['alarm_state differs from the alarms file', row({ cls: 'block', sla: '15' }), [['alm-1', 'CLASS_MISMATCH', 'warning']]],
    ['alarm_state is not a class', row({ cls: 'sev1', sla: '15' }), [['alm-1', 'CLASS_INVALID', 'blocking']]],
    ['unknown closure state', row({ state: 'done' }), [['alm-1', 'CLOSURE_STATE_INVALID', 'blocking']]],
    ['empty acknowledged_by', row({ by: '' }), [['alm-1', 'FIELD_MISSING', 'blocking']]]
  ])('%s', async (_n, r, expected) => {
    expect(await judge('page', [r])).toEqual(expected)
  })

  it.each([
    ['page', 'warning', 'backup_owner', 'sre-oncall', false, 'go'],
    ['block', 'blocking', 'incident_commander', 'incident-commander', true, 'no-go']
  ])('an open %s alarm past its target is RESOLUTION_LATE (%s) routed to %s', async (cls, severity, route, role, noGo, decision) => {
    const r = await gate({ alarms: alarm(cls), ledger: ledger(row({ cls, state: 'investigating', ref: '', target: '2026-11-23T10:30:00Z' })) }, '2026-11-23T11:00:00Z')
    expect(codes(r)).toEqual([['alm-1', 'RESOLUTION_LATE', severity]])
    expect(r.escalations).toEqual([
      expect.objectContaining({ state: 'resolution_late', route_to: route, route_to_role: role, no_go: noGo, detail: 'open 30 min past target 2026-11-23T10:30:00Z' })
    ])
    expect(r.decision).toBe(decision)
  })

  it('a page ack that is late routes to the backup owner; an unacked block alarm routes to the incident commander', async () => {
    const alarms = `${ALARM_HEADER}\nALM-1,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\nALM-2,block,RW-1,2026-11-23T10:00:00Z,db-oncall,\n`
    const r = await gate({ alarms, ledger: ledger(row({ ack: '2026-11-23T10:20:00Z' })), evidence: EV }, '2026-11-23T11:00:00Z')
    expect(r.escalations.map((e) => [e.alarm_id, e.state, e.route_to, e.route_to_role, e.no_go])).toEqual([
      ['alm-1', 'ack_late', 'backup_owner', 'sre-oncall', false],
      ['alm-2', 'ack_late', 'incident_commander', 'incident-commander', true]
    ])
  })
})

describe('closure evidence (L4, L5)', () => {
  const ev = (line: string): string => `${EVIDENCE_HEADER}\n${line}\n`
  it.each([
    ['ref names no evidence row', row({ ref: 'EV-9' }), EV, 'EVIDENCE_UNRESOLVED'],
    ['evidence of another alarm', row(), ev('EV-1,RW-1,ALM-2,log_capture,logs/x.log,2026-11-23T10:30:00Z,kim'), 'EVIDENCE_WRONG_ALARM'],
    ['evidence recorded before the ack', row(), ev('EV-1,RW-1,ALM-1,log_capture,logs/x.log,2026-11-23T10:01:00Z,kim'), 'EVIDENCE_BEFORE_ACK'],
    ['an evidence kind the policy does not know', row({ state: 'investigating', ref: '' }), ev('EV-1,RW-1,ALM-1,screenshot,x.png,2026-11-23T10:30:00Z,kim'), 'EVIDENCE_KIND_INVALID']
  ])('%s', async (_n, r, evidence, code) => {
    const found = await judge('page', [r], '2026-11-23T11:00:00Z', evidence)
    expect(found.filter(([, , s]) => s === 'blocking')).toEqual([['alm-1', code, 'blocking']])
  })

  it('evidence recorded exactly at the ack time is accepted', async () => {
    expect(await judge('page', [row()], '2026-11-23T11:00:00Z', ev('EV-1,RW-1,ALM-1,log_capture,x.log,2026-11-23T10:04:00Z,kim'))).toEqual([])
  })

  it('a duplicated evidence_id is ambiguous for the row and the reference', async () => {
    const evidence = `${EV}EV-1,RW-1,ALM-1,ci_artifact,ci/x.zip,2026-11-23T10:31:00Z,ci\n`
    expect(await judge('page', [row()], '2026-11-23T11:00:00Z', evidence)).toEqual([
      ['alm-1', 'EVIDENCE_DUPLICATE_ID', 'blocking'],
      ['alm-1', 'EVIDENCE_UNRESOLVED', 'blocking']
    ])
  })
})

describe('SLA exceptions (conditional go)', () => {
  const late = { ack: '2026-11-23T10:20:00Z' }
  it.each([
    ['approved by the incident commander', 'page', { exc: 'EXC-1', approver: 'Incident Commander' }, 'SLA_EXCEPTION_ACCEPTED', 'conditional-go', ''],
    ['approved by someone else', 'page', { exc: 'EXC-1', approver: 'app-oncall' }, 'ACK_LATE', 'no-go', 'only incident-commander may approve'],
    ['without approval', 'page', { exc: 'EXC-1' }, 'ACK_LATE', 'no-go', 'has no approval'],
    ['on a block alarm', 'block', { exc: 'EXC-1', approver: 'incident-commander', ack: '2026-11-23T10:08:00Z' }, 'ACK_LATE', 'no-go', 'not accepted for block alarms']
  ])('a late ack with an exception %s', async (_n, cls, extra, code, decision, detail) => {
    const r = await gate({ alarms: alarm(cls), ledger: ledger(row({ cls, ...late, ...extra })), evidence: EV }, '2026-11-23T11:00:00Z')
    expect(codes(r).map(([, c]) => c)).toEqual([code])
    expect(r.decision).toBe(decision)
    expect(r.defects[0].detail).toContain(detail)
  })
})

describe('ledger history and joins (L7)', () => {
  it('the latest row by last_updated_utc is the state, wherever it sits in the file', async () => {
    const r = await gate(
      { alarms: alarm('page'), ledger: ledger(row({ state: 'resolved', updated: '2026-11-23T10:50:00Z' }), row({ state: 'investigating', ref: '', updated: '2026-11-23T10:10:00Z' })), evidence: EV },
      '2026-11-23T11:00:00Z'
    )
    expect(codes(r)).toEqual([])
    expect(r.alarms[0].entry).toMatchObject({ closure_state: 'resolved', history_rows: 2, source: { line: 2 } })
  })

  it('a byte-identical repeated row is a retry, counted once', async () => {
    expect(await judge('page', [row(), row()])).toEqual([['alm-1', 'LEDGER_RETRY_DUPLICATE', 'warning']])
  })

  it('moving the ack time later in a later row is flagged', async () => {
    expect(await judge('page', [row({ ack: '2026-11-23T10:04:00Z', state: 'investigating', ref: '', updated: '2026-11-23T10:20:00Z' }), row({ ack: '2026-11-23T10:06:00Z' })])).toEqual([
      ['alm-1', 'ACK_TIMESTAMP_CHANGED', 'warning']
    ])
  })

  it('moving a late ack earlier in a later row, without sign-off, is blocking (the cases with sign-off: ack-corrections.test.ts)', async () => {
    expect(await judge('page', [row({ ack: '2026-11-23T10:20:00Z', state: 'investigating', ref: '', updated: '2026-11-23T10:20:00Z' }), row({ ack: '2026-11-23T10:04:00Z' })])).toEqual([
      ['alm-1', 'ACK_BACKDATED', 'blocking']
    ])
  })

  it('ids join after normalization; a key of the window that matches no alarm is an orphan with a hint', async () => {
    const alarms = `${ALARM_HEADER}\nALM-1,page,RW-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\nALM-2,page,RW-2,2026-11-23T10:00:00Z,app-oncall,sre-oncall\n`
    const l = ledger(row().replace('ALM-1,page,RW-1', 'alm_1,page,rw.1'), row().replace('ALM-1,page,RW-1', 'ALM-2,page,RW-1'), row().replace('ALM-1,page,RW-1', 'ALM-2,page,RW-2'))
    const ev = `${EV}EV-2,RW-2,ALM-2,log_capture,logs/alm-2.log,2026-11-23T10:30:00Z,kim\n`
    const r = await gate({ alarms, ledger: l.replace(/(ALM-2,page,RW-2,.*?)EV-1/, '$1EV-2'), evidence: ev }, '2026-11-23T11:00:00Z')
    expect(codes(r)).toEqual([['alm-2', 'LEDGER_ORPHAN', 'warning']])
    expect(r.defects[0]).toMatchObject({ release_window_id: 'rw-1', required_action: 'Check release_window_id: alarm alm-2 is active in window rw-2' })
  })

  it('an alarm listed twice in one window is an ambiguous join', async () => {
    const alarms = `${alarm('page')}ALM-1,page,RW-1,2026-11-23T10:01:00Z,app-oncall,sre-oncall\n`
    const r = await gate({ alarms, ledger: ledger(row()), evidence: EV }, '2026-11-23T11:00:00Z')
    expect(codes(r)).toEqual([['alm-1', 'ALARM_DUPLICATE', 'blocking']])
    expect(r.readback[0]).toMatchObject({ duplicate_keys: true, unknowns: ['duplicate keys'] })
  })

  it('ledger rows of windows that are not being evaluated are history, not findings', async () => {
    const old = row().replace('ALM-1,page,RW-1', 'ALM-9,page,RW-0').replace('2026-11-23T10:04:00Z', 'not-a-time')
    expect(await judge('page', [row(), old])).toEqual([])
  })

  it('unsafe ids are refused before they are joined', async () => {
    const r = await gate({ alarms: alarm('page'), ledger: ledger(row(), row().replace('ALM-1', '../ALM-1')), evidence: EV }, '2026-11-23T11:00:00Z')
    expect(codes(r)).toEqual([['../ALM-1', 'ID_MALFORMED', 'blocking']])
    expect(r.defects[0].detail).toBe("alarm_id '../ALM-1' contains a path separator")
  })

  it.each(['CON', 'nul.txt', 'Com1. '])('a window named after a Windows device (%j) is refused at its cell, with the fix', async (window) => {
    const alarms = alarm('page').replace(',RW-1,', `,${window},`)
    const r = await gate({ alarms, ledger: ledger(row()), evidence: EV }, '2026-11-23T11:00:00Z')
    const refused = r.defects.find((d) => d.defect_code === 'ID_MALFORMED')
    expect(refused).toMatchObject({ file: 'alarms.csv', line: 2, field: 'release_window_id', detail: expect.stringContaining('reserved Windows device name') })
    expect(refused?.required_action).toMatch(/^Choose another id, e\.g\. '[a-z0-9-]+-1' or 'rw-[a-z0-9-]+' \(the row was not joined\)$/)
    expect(r.windows.map((w) => w.release_window_id)).not.toContain(window.toLowerCase())
  })
})
