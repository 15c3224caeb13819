import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { closurePolicy, POLICY_TEXT } from './fixtures.js'

const problems = (text: string) => {
  try {
    closurePolicy(text)
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    return (err as UserError).problems.map((p) => `${p.field} ${p.message}`)
  }
  return []
}

describe('closure-packet policy', () => {
  it('the committed policy loads and names the four evidence kinds of lesson 114 step 3', () => {
    const p = closurePolicy()
    expect(p.data.evidence_refs.map((r) => r.kind)).toEqual(['ci_artifact', 'validator_row', 'log_capture', 'approval_note'])
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([
    ['an unknown row field', (t: string) => t.replace('  - closure_state\n', '  - closure_status\n'), '/required_row_fields/2 must be one of "alarm_id"'],
    ['a duplicated kind', (t: string) => t.replace('kind: log_capture', 'kind: ci_artifact'), '/evidence_refs/2/kind kind \'ci_artifact\' is listed twice'],
    ['a final approver kind that is not linked', (t: string) => t.replace('final_approver_from: approval_note', 'final_approver_from: signoff'), "/lineage/final_approver_from 'signoff' is not one of the evidence_refs kinds"],
    ['a misspelt key', (t: string) => t.replace('sample_size: 3', 'sample_sise: 3'), '/review/sample_sise unknown key']
  ])('rejects %s, naming the field', (_n, edit, expected) => {
    expect(problems(edit(POLICY_TEXT))).toContainEqual(expect.stringContaining(expected))
  })
})
