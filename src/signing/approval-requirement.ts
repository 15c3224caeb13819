import { UserError, type Problem } from '../errors.js'
import { printable } from '../util/ids.js'

// What a set of approvals must contain, as policy data, and whether counted approvals meet it.
// Kept apart from signature-set.ts so a lesson can show a requirement (and its coverage) without
// verifying anything.

/** Policy data: what a set of approvals must contain. */
export interface ApprovalRequirement {
  /** distinct signers (people) needed; at least 1 */
  threshold: number
  /** each entry needs its own signer of that role: a role listed twice needs two people */
  roles_required: string[]
  /** when given, only signers in these roles count at all */
  roles_allowed?: string[]
}

/** One person among the counted approvals, with every role and key they approved with. */
export interface SignerApproval {
  signerId: string
  roles: string[]
  keyIds: string[]
}

export interface Unmet {
  code: 'APPROVAL_THRESHOLD_UNMET' | 'APPROVAL_ROLE_MISSING'
  message: string
  fix: string
}

/** Each required role with the signer covering it, in requirement order, and those no one covers. */
export interface RoleCoverage {
  covered: { role: string; signerId: string }[]
  missing: string[]
}

/** A policy author's requirement, refused with the field to fix (a threshold of 0 would accept anything). */
export function checkRequirement(value: ApprovalRequirement, source: { file: string; pointer?: string } = { file: 'approval requirement' }): ApprovalRequirement {
  const problems: Problem[] = []
  const at = (field: string) => `${source.pointer ?? ''}/${field}`
  const roleList = (list: unknown, field: string): list is string[] => {
    const ok = Array.isArray(list) && list.every((r) => typeof r === 'string' && r !== '')
    if (!ok) problems.push({ file: source.file, field: at(field), message: 'is not a list of role names', fix: 'list keyring roles, e.g. [compliance, release-authority]' })
    return ok
  }
  if (!Number.isInteger(value.threshold) || value.threshold < 1) {
    problems.push({ file: source.file, field: at('threshold'), message: `is ${printable(String(value.threshold), 40)}, not a whole number of at least 1`, fix: 'set how many distinct people must approve; 0 would accept no approvals at all' })
  }
  if (roleList(value.roles_required, 'roles_required') && value.roles_allowed !== undefined && roleList(value.roles_allowed, 'roles_allowed')) {
    value.roles_required.forEach((role, i) => {
      if (!value.roles_allowed?.includes(role)) {
        problems.push({ file: source.file, field: at(`roles_required/${i}`), message: `'${printable(role, 80)}' is not in roles_allowed, so it could never be covered`, fix: 'add the role to roles_allowed or drop it from roles_required' })
      }
    })
  }
  if (problems.length > 0) throw new UserError({ code: 'POLICY_INVALID', message: `${source.file}: invalid approval requirement`, problems })
  return value
}

/**
 * What the counted approvals leave unmet: the threshold counts people, and every required role
 * needs a signer of its own.
 */
export function judgeApprovals(requirement: ApprovalRequirement, signers: SignerApproval[], keys: number, subject: string): { roles: RoleCoverage; unmet: Unmet[] } {
  const roles = coverRoles(requirement.roles_required, signers)
  const unmet: Unmet[] = []
  if (signers.length < requirement.threshold) {
    unmet.push({
      code: 'APPROVAL_THRESHOLD_UNMET',
      message: `${signers.length} distinct signer(s) (${keys} distinct key(s)) approved ${printable(subject, 80)}; ${requirement.threshold} required`,
      fix: 'collect approvals from more people in allowed roles; a second key of the same person does not count'
    })
  }
  for (const role of roles.missing) {
    unmet.push({
      code: 'APPROVAL_ROLE_MISSING',
      message: `no distinct signer in role '${printable(role, 80)}' approved ${printable(subject, 80)}`,
      fix: `a signer whose role is '${printable(role, 80)}', and who covers no other required role, must sign an approval`
    })
  }
  return { roles, unmet }
}

/**
 * Gives each required role its own signer, as many as possible (a bipartite matching by
 * augmenting paths): greedy assignment could spend the only signer of a scarce role on a common one.
 */
function coverRoles(required: string[], signers: SignerApproval[]): RoleCoverage {
  const slotOf = new Map<number, number>() // signer index -> the required slot it covers
  const assign = (slot: number, seen: Set<number>): boolean =>
    signers.some((s, i) => {
      if (seen.has(i) || !s.roles.includes(required[slot])) return false
      seen.add(i)
      const held = slotOf.get(i)
      if (held !== undefined && !assign(held, seen)) return false
      slotOf.set(i, slot)
      return true
    })
  required.forEach((_, slot) => assign(slot, new Set()))
  const signerOf = new Map([...slotOf].map(([signer, slot]) => [slot, signers[signer].signerId]))
  return {
    covered: required.flatMap((role, slot) => {
      const signerId = signerOf.get(slot)
      return signerId === undefined ? [] : [{ role, signerId }]
    }),
    missing: required.filter((_, slot) => !signerOf.has(slot))
  }
}
