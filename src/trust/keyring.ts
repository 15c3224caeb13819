import { resolve } from 'node:path'
import { loadKeyring, type Keyring } from '../signing/keyring.js'
import type { Settings } from '../settings.js'
import { sha256Hex } from '../util/hash.js'
import { displayPath } from '../util/paths.js'
import { formatRevision } from '../util/revision.js'
import { readChain, type Chain } from './chain.js'
import { signerKeyring, type Revocation } from './document.js'
import { resolvePin, storeCommit } from './pin.js'

// The keyring every signed family verifies under when the trust root is pinned: the signer keys
// of the last revision of the chain that verifies from the pin, read from git at the store's
// commit. The working-tree policies/keyring.yaml is not read at all.

export interface TrustedKeyring extends Keyring {
  revocations: Revocation[]
  chain: Chain
}

/** The chain's keyring, or null when no pin is configured (the caller falls back to policies/keyring.yaml). */
export async function loadTrustedKeyring(settings: Settings): Promise<TrustedKeyring | null> {
  const pin = await resolvePin(settings)
  if (pin === null) return null
  const { top, commit } = await storeCommit(settings)
  const chain = await readChain(top, commit, pin, settings.now)
  return keyringOfChain(chain)
}

export function keyringOfChain(chain: Chain): TrustedKeyring {
  const r = chain.inForce
  if (!r?.doc || r.sha256 === null) {
    // No trusted revision: no key is trusted, so every signed revision fails (and verify says why).
    return { file: 'trust/root (no trusted revision from the pin)', sha256: sha256Hex(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain }
  }
  const keyring = signerKeyring(r.doc, `${r.paths.packet} (trust root ${formatRevision(r.revision)})`, r.sha256)
  return { ...keyring, chain }
}

/**
 * The keyring every signed family verifies under: the pinned trust root's when a pin is
 * configured, else the working-tree keyring policy (verify then reports TRUST_ROOT_UNPINNED).
 * One function for every lesson, so no family can trust the working tree while another is pinned.
 */
export async function loadVerifierKeyring(settings: Settings): Promise<Keyring> {
  const pinned = await loadTrustedKeyring(settings)
  if (pinned) return pinned
  const abs = resolve(settings.workspace, settings.policies['keyring'])
  return loadKeyring(abs, displayPath(settings.workspace, abs))
}
