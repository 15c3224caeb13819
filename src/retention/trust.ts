import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Settings } from '../settings.js'
import type { Keyring } from '../signing/keyring.js'
import { displayPath } from '../util/paths.js'
import { loadRetentionPolicy, type LoadedRetentionPolicy, type RetentionPolicy } from './policy.js'

// What retention trusts: the keys (with their roles) and the retention policy. Hold records are
// judged under the pinned trust root only (src/trust/keyring.ts), as every signed family; a
// command that places or releases a hold (`writer`) finds its own key as every writer does.

export interface RetentionTrust {
  keyring: Keyring
  policy: LoadedRetentionPolicy
}

/**
 * `verify` (through the hold family's inspector) passes `policyOptional`: a store without a
 * retention policy still verifies its other families, and any hold record in it fails, since no
 * role may hold (HOLD_SIGNER_UNAUTHORIZED).
 */
export async function loadRetentionTrust(settings: Settings, { policyOptional = false, writer = false, what = 'verify' }: { policyOptional?: boolean; writer?: boolean; what?: string } = {}): Promise<RetentionTrust> {
  // loaded here, not with this module: a warm index query reads the policy and never a keyring
  const { loadSignerKeyring, loadVerifierKeyring } = await import('../trust/keyring.js')
  const [keyring, loaded] = await Promise.all([writer ? loadSignerKeyring(settings) : loadVerifierKeyring(settings, what), loadRetentionPolicyOf(settings, policyOptional)])
  return { keyring, policy: loaded }
}

/** The retention policy alone, for what judges no signature (checking a supplied index file). */
export async function loadRetentionPolicyOf(settings: Settings, policyOptional = false): Promise<LoadedRetentionPolicy> {
  const ws = settings.workspace
  const policyAbs = resolve(ws, settings.policies['retention'])
  const file = displayPath(ws, policyAbs)
  return policyOptional && !existsSync(policyAbs) ? noPolicy(file) : loadRetentionPolicy(policyAbs, file)
}

/** No retention policy file: nobody may hold, nothing is purge-approvable. */
function noPolicy(file: string): LoadedRetentionPolicy {
  const data: RetentionPolicy = {
    schema_version: 1,
    retention_days_default: 36500,
    retention_days_block_alarms: 36500,
    legal_hold_override: true,
    purge_requires_dual_approval: true,
    immutable_storage_class: 'git-write-once',
    index_refresh_interval: 'P1D',
    hold_roles: [],
    purge_roles: [],
    ci_roles: []
  } as unknown as RetentionPolicy
  return { kind: 'retention', file: `${file} (missing)`, data, sha256: 'none' }
}

/** May a key of this role place or release a hold? */
export function mayHold(trust: RetentionTrust, role: string): boolean {
  return trust.policy.data.hold_roles.includes(role) && !trust.policy.data.ci_roles.includes(role)
}

/** May a key of this role approve a purge? A purge role that is not a CI role. */
export function mayApprovePurge(trust: RetentionTrust, role: string): boolean {
  return trust.policy.data.purge_roles.includes(role) && !trust.policy.data.ci_roles.includes(role)
}

/** May a key of this role sign a tombstone (carry out a purge two approvers signed)? A purge role, or the pipeline's. */
export function mayApplyPurge(trust: RetentionTrust, role: string): boolean {
  return trust.policy.data.purge_roles.includes(role) || trust.policy.data.ci_roles.includes(role)
}
