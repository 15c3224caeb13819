import { resolve } from 'node:path'
import type { Keyring } from '../signing/keyring.js'
import { loadSignerKeyring, loadVerifierKeyring } from '../trust/keyring.js'
import { displayPath } from '../util/paths.js'
import type { Settings } from '../settings.js'
import { loadStrategyPolicy, type LoadedStrategyPolicy } from './policy.js'

// What lesson 120 trusts: signer keys (and their validity) from the keyring, signer classes and
// authority scopes from the signer-traceability policy. Packets and decisions are judged under the
// pinned trust root only (src/trust/keyring.ts); `strategy build|sign` (`writer`) find their own
// key as every writer does.

export interface StrategyTrust {
  keyring: Keyring
  policy: LoadedStrategyPolicy
}

export async function loadStrategyTrust(settings: Settings, { writer = false, what = 'verify' }: { writer?: boolean; what?: string } = {}): Promise<StrategyTrust> {
  const ws = settings.workspace
  const policyAbs = resolve(ws, settings.policies['strategy-approval'])
  const [keyring, policy] = await Promise.all([writer ? loadSignerKeyring(settings) : loadVerifierKeyring(settings, what), loadStrategyPolicy(policyAbs, displayPath(ws, policyAbs))])
  return { keyring, policy }
}
