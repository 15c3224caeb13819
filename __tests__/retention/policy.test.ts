import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../src/errors.js'
import { durationMs, retentionDays, retentionPolicyParser, type LoadedRetentionPolicy } from '../../src/retention/policy.js'

const SHIPPED = readFileSync(join(import.meta.dirname, '../../policies/retention.yaml'), 'utf8')
let parseRetentionPolicy: (text: string, file: string) => LoadedRetentionPolicy
beforeAll(async () => {
  parseRetentionPolicy = await retentionPolicyParser()
})

describe('the retention policy', () => {
  it('the shipped policy loads', () => {
    const p = parseRetentionPolicy(SHIPPED, 'policies/retention.yaml').data
    expect(p).toMatchObject({ retention_days_default: 400, retention_days_block_alarms: 730, immutable_storage_class: 'git-write-once', index_refresh_interval: 'P1D', ci_roles: ['release-lane'] })
  })

  it.each([
    ['a CI role that may hold', SHIPPED.replace('  - legal-hold', '  - release-lane'), '/hold_roles/0'],
    ['a CI role that may approve purges', SHIPPED.replace('  - compliance-approver', '  - release-lane'), '/purge_roles/0'],
    ['no ci_roles', SHIPPED.replace(/ci_roles:\n {2}- release-lane\n/, ''), 'ci_roles'],
    ['legal_hold_override false', SHIPPED.replace('legal_hold_override: true', 'legal_hold_override: false'), 'legal_hold_override'],
    ['a refresh interval that is not ISO 8601', SHIPPED.replace('index_refresh_interval: P1D', 'index_refresh_interval: 1 day'), 'index_refresh_interval'],
    ['another storage class', SHIPPED.replace('immutable_storage_class: git-write-once', 'immutable_storage_class: s3-standard'), 'immutable_storage_class'],
    ['an unknown key', `${SHIPPED}retention_days_pages: 10\n`, 'retention_days_pages']
  ])('rejects %s', (_what, text, field) => {
    let err: unknown
    try {
      parseRetentionPolicy(text, 'policies/retention.yaml')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('POLICY_INVALID')
    expect((err as UserError).message).toContain(field)
  })

  it.each([
    ['P1D', 86_400_000],
    ['PT12H', 43_200_000],
    ['P1W', 7 * 86_400_000],
    ['P1DT1H1M1S', 90_061_000]
  ])('duration %s is %i ms', (text, ms) => {
    expect(durationMs(text)).toBe(ms)
  })

  it('the longest applicable period wins', () => {
    const p = parseRetentionPolicy(SHIPPED, 'policies/retention.yaml').data
    expect([retentionDays(p, false), retentionDays(p, true), retentionDays({ ...p, retention_days_block_alarms: 100 }, true)]).toEqual([400, 730, 400])
  })
})
