import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { parsePolicy } from '../../src/policy/load.js'

// The loader is exercised with the smallest schema it ships (ack-ledger requires `version`);
// each stage's own schema is specified in that stage's tests.
const file = 'policies/ack-ledger.yaml'

function problemsOf(text: string): string[] {
  try {
    parsePolicy('ack-ledger', text, file)
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    return (err as UserError).problems.map((p) => `${p.field ?? ''} ${p.message}${p.line ? ` @${p.line}` : ''}`)
  }
  throw new Error('expected the policy to be rejected')
}

describe('parsePolicy', () => {
  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf('version: 1\nsla: [unclosed\n')[0]).toMatch(/@\d+$/)
  })

  it('rejects duplicate keys rather than letting the last one win', () => {
    expect(problemsOf('version: 1\nversion: 2\n').join()).toMatch(/unique|duplicate/i)
  })

  it('hashes the canonical form, so formatting and key order do not change the hash', () => {
    const a = parsePolicy('ack-ledger', 'version: 1\n', file)
    const b = parsePolicy('ack-ledger', '# comment\n{ "version": 1 }\n', file)
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(a.sha256).toBe(b.sha256)
  })

  it('collects every schema problem with its JSON pointer', () => {
    const problems = problemsOf('version: one\nsurprise: 2\n')
    expect(problems).toContain('/version must be integer')
    expect(problems).toContain('/surprise unknown key')
  })
})
