import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { compileSchemas, findSchemas, policyTypes } from '../../scripts/compile-schemas.mjs'
import validators from '../../src/policy/validators.cjs'
import { UserError } from '../../src/errors.js'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { parseWithSchema } from '../../src/policy/schema.js'
import { POLICY_KINDS, VALIDATOR_EXPORTS } from '../../src/policy/kinds.generated.js'

const POLICY_SCHEMAS: Record<string, object> = Object.fromEntries(findSchemas().map((s) => [s.kind, s.schema]))

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
  it('compiles into src/policy/validators.cjs exactly as the committed file (run npm run build after changing a schema)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../src/policy/validators.cjs'), 'utf8')).toBe(compileSchemas())
  })

  it('generates src/policy/kinds.generated.ts (kinds, validators, types) exactly as committed', async () => {
    expect(readFileSync(join(import.meta.dirname, '../../src/policy/kinds.generated.ts'), 'utf8')).toBe(await policyTypes())
  })

  it('finds every schema file as a kind, with a compiled validator each', () => {
    expect([...POLICY_KINDS]).toEqual(['ack-ledger', 'closure-packet', 'keyring', 'lineage', 'retention', 'strategy-approval', 'trust-root'])
    for (const kind of POLICY_KINDS) expect(typeof validators[VALIDATOR_EXPORTS[kind]], kind).toBe('function')
  })

  it.each([
    ['ack-ledger', 'policies/ack-ledger.yaml'],
    ['closure-packet', 'policies/closure-packet.yaml'],
    ['keyring', 'policies/keyring.yaml'],
    ['lineage', 'policies/lineage.yaml'],
    ['retention', 'policies/retention.yaml'],
    ['strategy-approval', 'policies/strategy-approval.yaml']
  ] as const)('%s: the compiled validator judges a document as ajv compiling the schema now does', (kind, path) => {
    const ajv = (addFormats as unknown as (a: Ajv) => Ajv)(new Ajv({ allErrors: true, strict: true, validateSchema: false }))
    const now = ajv.compile(POLICY_SCHEMAS[kind])
    const ahead = validators[VALIDATOR_EXPORTS[kind]]!
    const good = parseYaml(readFileSync(join(import.meta.dirname, '../..', path), 'utf8')) as Record<string, unknown>
    const bad = { ...good, version: 'one', unknown_key: true, [Object.keys(good)[1]]: 42 }
    for (const doc of [good, bad]) {
      expect(ahead(doc)).toBe(now(doc))
      expect(ahead.errors ?? null).toEqual(now.errors ?? null)
    }
    expect(now.errors?.length).toBeGreaterThan(2)
  })

  it.each(Object.keys(POLICY_SCHEMAS))('%s is a valid strict JSON Schema', (kind) => {
    const ajv = (addFormats as unknown as (a: Ajv) => Ajv)(new Ajv({ allErrors: true, strict: true, validateSchema: true }))
    expect(ajv.validateSchema(POLICY_SCHEMAS[kind])).toBe(true)
    expect(() => ajv.compile(POLICY_SCHEMAS[kind])).not.toThrow()
  })
})
