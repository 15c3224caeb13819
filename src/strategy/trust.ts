import { resolve } from 'node:path'
import type { Keyring } from '../signing/keyring.js'
import { loadVerifierKeyring } from '../trust/keyring.js'
import { displayPath } from '../util/paths.js'
import type { Settings } from '../settings.js'
import { loadStrategyPolicy, type LoadedStrategyPolicy } from './policy.js'

// What lesson 120 trusts: signer keys (and their validity) from the keyring, signer classes and
// authority scopes from the signer-traceability policy. Keys come from the pinned
// trust root when there is one (src/trust/keyring.ts), as for every signed family.

export interface StrategyTrust {
  keyring: Keyring
  policy: LoadedStrategyPolicy
}

export async function loadStrategyTrust(settings: Settings): Promise<StrategyTrust> {
  const ws = settings.workspace
  const policyAbs = resolve(ws, settings.policies['strategy-approval'])
  const [keyring, policy] = await Promise.all([loadVerifierKeyring(settings), loadStrategyPolicy(policyAbs, displayPath(ws, policyAbs))])
  return { keyring, policy }
}
