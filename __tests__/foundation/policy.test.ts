import { describe, expect, it } from 'vitest'
import { UserError } from '../../src/errors.js'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { parseWithSchema } from '../../src/policy/load.js'
import { POLICY_SCHEMAS } from '../../src/policy/schemas.js'

// The loader is specified with a small schema of its own; each stage's policy schema is
// specified in that stage's tests.
const file = 'policies/example.yaml'
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { type: 'integer', minimum: 1 },
    effective_from_utc: { type: 'string', format: 'date-time' },
    sla: { type: 'object', additionalProperties: false, properties: { page: { type: 'integer' } } }
  }
}
const parsePolicy = (_kind: string, text: string, f: string) => parseWithSchema('example', schema, text, f)

function problemsOf(text: string): string[] {
  try {
    parsePolicy('example', text, file)
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
    const a = parsePolicy('example', 'version: 1\n', file)
    const b = parsePolicy('example', '# comment\n{ "version": 1 }\n', file)
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(a.sha256).toBe(b.sha256)
  })

  it('collects every schema problem with its JSON pointer', () => {
    const problems = problemsOf('version: one\nsurprise: 2\n')
    expect(problems).toContain('/version must be integer')
    expect(problems).toContain('/surprise unknown key')
  })

  it('points into nested objects and checks formats', () => {
    const problems = problemsOf('version: 1\neffective_from_utc: 2026-11-01T00:00:00\nsla: { page: 1.5, pager: 2 }\n')
    expect(problems).toContain('/sla/page must be integer')
    expect(problems).toContain('/sla/pager unknown key')
    expect(problems.some((p) => p.startsWith('/effective_from_utc must match format'))).toBe(true)
  })

  it('keeps RFC 3339 timestamps as strings (YAML 1.2), so a date-time format check applies', () => {
    const p = parsePolicy('example', 'version: 1\neffective_from_utc: 2026-11-01T00:00:00Z\n', file)
    expect(p.data).toEqual({ version: 1, effective_from_utc: '2026-11-01T00:00:00Z' })
  })
})

describe('the shipped policy schemas', () => {
  it.each(Object.keys(POLICY_SCHEMAS))('%s is a valid strict JSON Schema', (kind) => {
    const ajv = (addFormats as unknown as (a: Ajv) => Ajv)(new Ajv({ allErrors: true, strict: true, validateSchema: true }))
    expect(ajv.validateSchema(POLICY_SCHEMAS[kind as keyof typeof POLICY_SCHEMAS])).toBe(true)
    expect(() => ajv.compile(POLICY_SCHEMAS[kind as keyof typeof POLICY_SCHEMAS])).not.toThrow()
  })
})
