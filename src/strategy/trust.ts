import { resolve } from 'node:path'
import { displayPath } from '../ledger/gate.js'
import { loadKeyring, type Keyring } from '../signing/keyring.js'
import type { Settings } from '../settings.js'
import { loadStrategyPolicy, type LoadedStrategyPolicy } from './policy.js'

// What lesson 120 trusts: signer keys (and their validity) from the keyring, signer classes and
// authority scopes from the signer-traceability policy. This is the ONE place keys are loaded:
// when the trust root (src/trust/) lands, this function switches to it and nothing else changes.

export interface StrategyTrust {
  keyring: Keyring
  policy: LoadedStrategyPolicy
}

export async function loadStrategyTrust(settings: Settings): Promise<StrategyTrust> {
  const ws = settings.workspace
  const keyringAbs = resolve(ws, settings.policies['keyring'])
  const policyAbs = resolve(ws, settings.policies['strategy-approval'])
  const [keyring, policy] = await Promise.all([loadKeyring(keyringAbs, displayPath(ws, keyringAbs)), loadStrategyPolicy(policyAbs, displayPath(ws, policyAbs))])
  return { keyring, policy }
}
