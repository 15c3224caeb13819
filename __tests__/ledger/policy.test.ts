import { describe, expect, it } from 'vitest'
import { formatProblem, UserError } from '../../src/errors.js'
import { parseLedgerPolicy } from '../../src/ledger/policy.js'
import { POLICY_TEXT } from './helpers.js'

// The policy is data checked by ajv against src/policy/schemas/ack-ledger.schema.json, with
// every problem reported as `file: /pointer: message`.

const FILE = 'policies/ack-ledger.yaml'

function problems(text: string): string[] {
  try {
    parseLedgerPolicy(text, FILE)
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    return (err as UserError).problems.map(formatProblem)
  }
  throw new Error('policy was accepted')
}

describe('ack-ledger policy', () => {
  it('accepts the shipped policy and hashes it', () => {
    const p = parseLedgerPolicy(POLICY_TEXT, FILE)
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(p.ackSlaMinutes('page')).toBe(15)
    expect(p.ackSlaMinutes('block')).toBe(5)
    expect(p.icRole).toBe('incident-commander')
  })

  it('hashes the parsed policy, so comments and key order do not change the digest', () => {
    const a = parseLedgerPolicy(POLICY_TEXT, FILE)
    const b = parseLedgerPolicy(`# reviewed\n${POLICY_TEXT}`, FILE)
    const c = parseLedgerPolicy(POLICY_TEXT.replace('page_ack_minutes: 15', 'page_ack_minutes: 20'), FILE)
    expect(b.sha256).toBe(a.sha256)
    expect(c.sha256).not.toBe(a.sha256)
  })

  it.each([
    ['a string SLA', POLICY_TEXT.replace('page_ack_minutes: 15', 'page_ack_minutes: "15"'), `${FILE}: /sla_policy/page_ack_minutes: must be integer`],
    ['a fractional SLA', POLICY_TEXT.replace('block_ack_minutes: 5', 'block_ack_minutes: 2.5'), `${FILE}: /sla_policy/block_ack_minutes: must be integer`],
    ['a zero SLA', POLICY_TEXT.replace('block_ack_minutes: 5', 'block_ack_minutes: 0'), `${FILE}: /sla_policy/block_ack_minutes: must be >= 1`],
    ['an unknown key', POLICY_TEXT.replace('  block_ack_minutes: 5', '  block_ack_minutes: 5\n  blok_ack_minutes: 4'), `${FILE}: /sla_policy/blok_ack_minutes: unknown key (fix: remove it or check its spelling)`],
    ['a missing section', POLICY_TEXT.replace(/\nclosure_policy:[\s\S]*?\n\n/, '\n\n'), `${FILE}: /closure_policy: required key is missing`],
    ['an unknown route', POLICY_TEXT.replace('ack_late: { route_to: backup_owner', 'ack_late: { route_to: manager'), `${FILE}: /escalation/page/ack_late/route_to: must be one of "primary_owner", "backup_owner", "incident_commander"`],
    ['a dropped ledger column', POLICY_TEXT.replace('  - closure_evidence_ref\n', ''), `${FILE}: /required_fields: must list 'closure_evidence_ref' (the gate reads it) (fix: add '- closure_evidence_ref')`],
    ['an open state that is also resolved', POLICY_TEXT.replace('    - mitigating', '    - resolved'), `${FILE}: /closure_policy/open_states/2: 'resolved' is also a resolved state`]
  ])('rejects %s', (_name, text, message) => {
    expect(problems(text)).toContain(message)
  })

  it('collects every error, not just the first', () => {
    const text = POLICY_TEXT.replace('page_ack_minutes: 15', 'page_ack_minutes: soon').replace('allow_backup_owner: true', 'allow_backup_owner: yes').replace('version: 1', 'version: 2')
    expect(problems(text)).toEqual([
      `${FILE}: /version: must be equal to constant`,
      `${FILE}: /sla_policy/page_ack_minutes: must be integer`,
      `${FILE}: /ownership/allow_backup_owner: must be boolean`
    ])
  })

  it('reports YAML syntax errors with their line', () => {
    expect(problems('version: 1\nsla_policy: [\n')[0]).toMatch(/^policies\/ack-ledger\.yaml:\d+: /)
  })
})
