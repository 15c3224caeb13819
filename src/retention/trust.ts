import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Settings } from '../settings.js'
import { loadKeyring, type Keyring } from '../signing/keyring.js'
import { loadRetentionPolicy, type LoadedRetentionPolicy } from './policy.js'

// What retention trusts: the keys (with their roles) and the retention policy. The roles come from
// the keyring today; when the trust root (src/trust/) lands, only loadRetentionTrust changes.

export interface RetentionTrust {
  keyring: Keyring
  policy: LoadedRetentionPolicy
}

export async function loadRetentionTrust(settings: Settings): Promise<RetentionTrust> {
  const ws = settings.workspace
  const keyringAbs = resolve(ws, settings.policies['keyring'])
  const policyAbs = resolve(ws, settings.policies['retention'])
  const [keyring, policy] = await Promise.all([loadKeyring(keyringAbs, displayPath(ws, keyringAbs)), loadRetentionPolicy(policyAbs, displayPath(ws, policyAbs))])
  return { keyring, policy }
}

/** May a key of this role place or release a hold? */
export function mayHold(trust: RetentionTrust, role: string): boolean {
  return trust.policy.data.hold_roles.includes(role) && !(trust.policy.data.ci_roles ?? []).includes(role)
}

/** Path shown to users: repo-relative with / separators when inside the workspace. */
function displayPath(workspace: string, abs: string): string {
  const rel = relative(workspace, abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs
  return rel.split(sep).join('/')
}
