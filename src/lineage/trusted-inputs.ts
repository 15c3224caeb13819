import { policyFileDigests } from '../policy/file-digests.js'
import type { Settings } from '../settings.js'
import { readResult, writeResult } from '../store/result-cache.js'
import { resolvePin } from '../trust/pin.js'
import { sha256Hex } from '../util/hash.js'

// The warm path's proof, made before any inspector is loaded, that a cached graph applies. Loading
// the inspectors (walking the trust chain from the pin, parsing and schema-checking every policy,
// verifying HEAD's strategy packets for their digests) costs more than a warm query should, and
// all it yields for a cache read is the graph fingerprint (graph-cache.ts). That fingerprint is a
// function of what this key names: the pin, the commit the chain is read at (store), HEAD (where
// strategy digests are read), the bytes of every configured policy file, and whether the
// retention index is hashed. So the fingerprint computed once under a key is remembered for it,
// HMAC'd in the verifier's git directory like every derived result (store/result-cache.ts).
//
// Time is the one input the key leaves out. The instant enters a verdict only as "signed after
// the verification instant", which fails fewer signatures as the instant moves on. For packets
// that can only turn a remembered failure into a pass that is due, never the reverse, so a
// fingerprint is used only at an instant at or after the one it was computed at. For the trust
// chain it could do worse: a root revision signed "in the future" becomes trusted later and may
// revoke a key. So a fingerprint is remembered only when every revision of the chain was trusted
// (nothing left to become trusted), and an earlier instant recomputes it.

const VERSION = 'lineage-trusted-inputs/1'
const kindOf = (index: boolean) => (index ? 'lineage-trusted-inputs-indexed' : 'lineage-trusted-inputs')

export interface InputsAt {
  /** the commit whose trust/ chain judges signatures */
  store: string
  head: string
  index: boolean
}

interface Remembered {
  fingerprint: string
  now: number
}

/** The key of these trusted inputs, or null when there is no pin (the full path says why that fails). */
export async function trustedInputsKey(settings: Settings, at: InputsAt): Promise<string | null> {
  const pin = await resolvePin(settings)
  if (pin === null) return null
  const policies = await policyFileDigests(settings)
  return sha256Hex(JSON.stringify([VERSION, pin, at.store, at.head, at.index, policies]))
}

/** The graph fingerprint remembered under this key, if it was computed at or before `now`. */
export async function rememberedFingerprint(stateDir: string, at: InputsAt, key: string, now: number): Promise<string | null> {
  const r = await readResult<Remembered>(stateDir, kindOf(at.index), at.store, key)
  return r !== null && typeof r.fingerprint === 'string' && typeof r.now === 'number' && r.now <= now ? r.fingerprint : null
}

/** Remembers the fingerprint, unless the chain still has a revision that is not trusted (see above). */
export async function rememberFingerprint(settings: Settings, stateDir: string, at: InputsAt, key: string, fingerprint: string): Promise<void> {
  // loaded here, on the cold path only: the verifier's keyring code is a large part of a warm query's start-up
  const { loadVerifierKeyring } = await import('../trust/keyring.js')
  const { chain } = await loadVerifierKeyring(settings)
  if (chain.rootProblem !== null || chain.revisions.length === 0 || !chain.revisions.every((r) => r.trusted)) return
  await writeResult(stateDir, kindOf(at.index), at.store, key, { fingerprint, now: settings.now } satisfies Remembered)
}
