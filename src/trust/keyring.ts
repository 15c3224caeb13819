import { resolve } from 'node:path'
import { loadKeyring, type Keyring } from '../signing/keyring.js'
import type { Settings } from '../settings.js'
import { sha256Hex } from '../util/hash.js'
import { displayPath } from '../util/paths.js'
import { formatRevision } from '../util/revision.js'
import { readChain, type Chain } from './chain.js'
import { signerKeyring, type Revocation } from './document.js'
import { requirePin, resolvePin, storeCommit } from './pin.js'
import { parsePinnedTsa, type PinnedTsa } from '../timestamp/verify.js'

// Which keyring a signature is judged under, and which one a writer signs with. Judging (verify,
// every family's inspector, review, retention's index, strategy status) uses only the signer keys
// of the last revision of the trust-root chain that verifies from the pin, read from git at the
// store's commit; without a pin it refuses (exit 2, TRUST_ROOT_UNPINNED), and the working-tree
// policies/keyring.yaml is never read. A writer (export-closure, hold, strategy build/sign) signs
// with its own key: with a pin it may sign only with a key the chain trusts; without one it
// finds its signer entry in the working-tree keyring, and whatever it publishes is judged later,
// by a verifier that has a pin.

export interface TrustedKeyring extends Keyring {
  revocations: Revocation[]
  chain: Chain
  /** the TSA certificate the revision in force pins (docs/trusted-time.md), null: none */
  tsa: PinnedTsaOf | null
}

export interface PinnedTsaOf {
  pinned: PinnedTsa
  /** every signed revision needs a token */
  requireToken: boolean
}

/** The TSA pinned by the chain's revision in force (its document was validated, so the PEM parses). */
export function tsaOfChain(chain: Chain): PinnedTsaOf | null {
  const tsa = chain.inForce?.doc?.tsa
  if (!tsa) return null
  return { pinned: parsePinnedTsa(tsa.certificate, `${chain.inForce!.paths.packet} /tsa/certificate`), requireToken: tsa.require_token === true }
}

/** The chain's keyring at the store's commit, walked from `pin`. */
export async function trustedKeyring(settings: Settings, pin: string): Promise<TrustedKeyring> {
  const { top, commit } = await storeCommit(settings)
  const chain = await readChain(top, commit, pin, settings.now)
  return keyringOfChain(chain)
}

export function keyringOfChain(chain: Chain): TrustedKeyring {
  const r = chain.inForce
  if (!r?.doc || r.sha256 === null) {
    // No trusted revision: no key is trusted, so every signed revision fails (and verify says why).
    return { file: 'trust/root (no trusted revision from the pin)', sha256: sha256Hex(`untrusted\0${chain.pin ?? ''}`), keys: [], revocations: [], chain, tsa: null }
  }
  const keyring = signerKeyring(r.doc, `${r.paths.packet} (trust root ${formatRevision(r.revision)})`, r.sha256)
  return { ...keyring, chain, tsa: tsaOfChain(chain) }
}

/**
 * The keyring every signed family is judged under: the pinned trust root's. One function for
 * every lesson, so no family can trust the working tree while another is pinned. `what` names
 * the command in the TRUST_ROOT_UNPINNED message.
 */
export async function loadVerifierKeyring(settings: Settings, what = 'verify'): Promise<TrustedKeyring> {
  return trustedKeyring(settings, await requirePin(settings, what))
}

/**
 * The keyring a writer finds its own key in: the pinned chain's when a pin is configured (so it
 * signs only with a key the chain trusts), else the working-tree keyring policy. Never use it to
 * judge someone else's signature.
 */
export async function loadSignerKeyring(settings: Settings): Promise<Keyring & { pinned: boolean }> {
  const pin = await resolvePin(settings)
  if (pin !== null) return { ...(await trustedKeyring(settings, pin)), pinned: true }
  const abs = resolve(settings.workspace, settings.policies['keyring'])
  return { ...(await loadKeyring(abs, displayPath(settings.workspace, abs))), pinned: false }
}
