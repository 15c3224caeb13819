import { UserError, type Problem } from '../errors.js'
import { loadPolicyFile, parsePolicy, type LoadedPolicy } from '../policy/load.js'
import type { StrategyApprovalPolicy } from '../policy/kinds.generated.js'

// policies/strategy-approval.yaml, typed, with the rules a schema cannot express: a signer id has
// one class (A2), a CI signer is never an approver, every risk maps to a defined tier, and a tier
// needs at least as many people as classes.

export type SignerClass = 'strategy_owner' | 'release_authority' | 'risk_governance_reviewer' | 'observer_optional'
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical'
export type EvidenceKind = 'ranking_snapshot' | 'forecast_band_snapshot' | 'dashboard_extract' | 'simulation_rules' | 'fail_matrix_run'
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['ranking_snapshot', 'forecast_band_snapshot', 'dashboard_extract', 'simulation_rules', 'fail_matrix_run']

export interface SignerEntry {
  signer_id: string
  class: SignerClass
  authority_scope: string
}

export interface CoverageTier {
  classes_required: Exclude<SignerClass, 'observer_optional'>[]
  min_distinct_signers: number
}

export interface StrategyPolicy {
  version: 1
  packet_id_prefix: string
  signers: SignerEntry[]
  ci_signer_ids: string[]
  coverage_tiers: Record<string, CoverageTier>
  tier_by_risk: Record<RiskLevel, string>
  required_evidence: EvidenceKind[]
  reviewer_checklist: string[]
  divergence?: { convergence_overrun_hours: number; low_risk_levels: RiskLevel[]; critical_severities: string[] }
}

export type LoadedStrategyPolicy = LoadedPolicy<StrategyPolicy>

/** The generated type, narrowed: tier classes and risk levels as the schema enumerates them. */
export type { StrategyApprovalPolicy }

export async function loadStrategyPolicy(path: string, file = path): Promise<LoadedStrategyPolicy> {
  return checkStrategyPolicy(await loadPolicyFile<StrategyPolicy>('strategy-approval', path, file))
}

export function parseStrategyPolicy(text: string, file: string): LoadedStrategyPolicy {
  return checkStrategyPolicy(parsePolicy<StrategyPolicy>('strategy-approval', text, file))
}

export function checkStrategyPolicy(policy: LoadedStrategyPolicy): LoadedStrategyPolicy {
  const { data, file } = policy
  const problems: Problem[] = []
  const classOf = new Map<string, string>()
  data.signers.forEach((s, i) => {
    const before = classOf.get(s.signer_id)
    if (before !== undefined) {
      problems.push({
        file,
        field: `/signers/${i}/signer_id`,
        message: `'${s.signer_id}' is listed again${before !== s.class ? ` as ${s.class}, already ${before} (A2: one signer id, one class)` : ''}`,
        fix: 'list each signer once; a person with two duties needs two reviews by different people'
      })
    }
    classOf.set(s.signer_id, s.class)
    if (data.ci_signer_ids.includes(s.signer_id)) {
      problems.push({ file, field: `/signers/${i}/signer_id`, message: `'${s.signer_id}' is a CI signer and cannot approve`, fix: 'drop it from signers or from ci_signer_ids' })
    }
  })
  for (const [risk, tier] of Object.entries(data.tier_by_risk)) {
    if (!Object.hasOwn(data.coverage_tiers, tier)) problems.push({ file, field: `/tier_by_risk/${risk}`, message: `tier '${tier}' is not in coverage_tiers`, fix: `use one of ${Object.keys(data.coverage_tiers).join(', ')}` })
  }
  for (const [name, tier] of Object.entries(data.coverage_tiers)) {
    if (tier.min_distinct_signers < tier.classes_required.length) {
      problems.push({ file, field: `/coverage_tiers/${name}/min_distinct_signers`, message: `is ${tier.min_distinct_signers}, fewer than the ${tier.classes_required.length} classes required`, fix: 'each required class needs its own person' })
    }
    for (const c of tier.classes_required) {
      if (!data.signers.some((s) => s.class === c)) problems.push({ file, field: `/coverage_tiers/${name}/classes_required`, message: `no signer has class ${c}, so the tier can never be met`, fix: `add a signer of class ${c}` })
    }
  }
  if (problems.length > 0) throw new UserError({ code: 'POLICY_INVALID', message: `${file}: invalid strategy-approval policy`, problems })
  return policy
}

export function signerEntry(policy: StrategyPolicy, signerId: string): SignerEntry | undefined {
  return policy.signers.find((s) => s.signer_id === signerId)
}
