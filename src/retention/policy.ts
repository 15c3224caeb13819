import { UserError, type Problem } from '../errors.js'
import type { LoadedPolicy } from '../policy/load.js'
import type { RetentionPolicy } from '../policy/kinds.generated.js'

// policies/retention.yaml, typed. The schema checks shape; the rules across fields are here: a
// hold or purge role may not be a CI role (the seed: hold owners distinct from pipeline accounts).

export type { RetentionPolicy }
export type LoadedRetentionPolicy = LoadedPolicy<RetentionPolicy>

export async function loadRetentionPolicy(path: string, file = path): Promise<LoadedRetentionPolicy> {
  // the YAML parser and the schema validators load on first use: a warm index query needs neither
  const { loadPolicyFile } = await import('../policy/load.js')
  return checkRetentionPolicy(await loadPolicyFile<RetentionPolicy>('retention', path, file))
}

/** A parser of retention policy texts (the committed versions of the policy file). */
export async function retentionPolicyParser(): Promise<(text: string, file: string) => LoadedRetentionPolicy> {
  const { parsePolicy } = await import('../policy/load.js')
  return (text, file) => checkRetentionPolicy(parsePolicy<RetentionPolicy>('retention', text, file))
}

export function checkRetentionPolicy(policy: LoadedRetentionPolicy): LoadedRetentionPolicy {
  const { data, file } = policy
  const problems: Problem[] = []
  const ci = new Set(data.ci_roles)
  for (const [field, roles] of [['hold_roles', data.hold_roles], ['purge_roles', data.purge_roles]] as const) {
    roles.forEach((r, i) => {
      if (ci.has(r)) problems.push({ file, field: `/${field}/${i}`, message: `'${r}' is also a CI role`, fix: 'give holds and purge approvals to people, never to the pipeline key' })
    })
  }
  if (problems.length > 0) throw new UserError({ code: 'POLICY_INVALID', message: `${file}: invalid retention policy`, problems })
  return policy
}

/** The days a window is kept: the longest period that applies to it. */
export function retentionDays(policy: RetentionPolicy, hasBlockRow: boolean): number {
  return hasBlockRow ? Math.max(policy.retention_days_default, policy.retention_days_block_alarms) : policy.retention_days_default
}

/** ISO 8601 duration (the schema's subset: weeks, days, hours, minutes, seconds) in ms. */
export function durationMs(text: string): number {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text)
  if (!m) throw new RangeError(`'${text}' is not an ISO 8601 duration`)
  const [w, d, h, min, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number]
  return ((((w * 7 + d) * 24 + h) * 60 + min) * 60 + s) * 1000
}
