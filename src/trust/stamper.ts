import { UserError } from '../errors.js'
import type { Settings } from '../settings.js'
import { decodeBase64, parseEnvelope } from '../signing/dsse.js'
import type { Keyring } from '../signing/keyring.js'
import { timestampSignature } from '../timestamp/stamp.js'
import type { TimestampVerified } from '../timestamp/verify.js'
import { readChain } from './chain.js'
import { tsaOfChain, type PinnedTsaOf, type TrustedKeyring } from './keyring.js'
import { storeCommit } from './pin.js'

// The writer's side of trusted time (docs/trusted-time.md): with a TSA URL configured, each
// signature a writer makes is stamped by that TSA and the reply is stored beside it (.tsr). The
// reply is checked before it is stored, nonce included, against the TSA certificate the trust
// root pins: a writer never stores a token a verifier would reject, and a TSA the root does not
// pin is refused up front (whoever configures the URL cannot choose whom verify believes).

export interface StampedToken {
  /** the TSA's reply as sent: the .tsr bytes */
  reply: Buffer
  verified: TimestampVerified
}

/** Stamps the first signature of a DSSE envelope (the text of a .sig). */
export type Stamper = (envelope: string | Uint8Array) => Promise<StampedToken>

/** The raw bytes a TSA stamps: the first signature of the envelope, base64-decoded (not its text). */
export function stampedBytes(envelope: string | Uint8Array): Buffer | undefined {
  const parsed = parseEnvelope(envelope)
  if (!parsed.ok || parsed.envelope.signatures.length === 0) return undefined
  return decodeBase64(parsed.envelope.signatures[0].sig)
}

/**
 * The stamper of `settings.signing.tsaUrl`, or null when none is configured. The TSA certificate
 * comes from the trust root: the chain in `keyring` when the writer has a pin, else the chain
 * committed on the store branch (the writer's own self-check; verify judges it from the pin).
 */
export async function loadStamper(settings: Settings, keyring: Keyring): Promise<Stamper | null> {
  const url = settings.signing?.tsaUrl?.reveal()
  if (!url) return null
  const tsa = await pinnedTsaFor(settings, keyring)
  if (!tsa) {
    throw new UserError({
      code: 'USAGE',
      message:
        "a TSA URL is configured (--tsa-url, the tsa-url input or $RELEASE_EVIDENCE_TSA_URL) but the store's trust root pins no TSA certificate, so no token could ever be checked; " +
        "pin the TSA's certificate in a new trust-root revision ('release-evidence trust draft --tsa-cert FILE', docs/trusted-time.md) or drop the TSA URL"
    })
  }
  return async (envelope) => {
    const bytes = stampedBytes(envelope)
    if (!bytes) throw new Error('stamper: the envelope has no readable signature')
    const { reply, verified } = await timestampSignature(bytes, { url, pinned: tsa.pinned })
    return { reply, verified }
  }
}

async function pinnedTsaFor(settings: Settings, keyring: Keyring): Promise<PinnedTsaOf | null> {
  const trusted = keyring as Partial<TrustedKeyring>
  if (trusted.chain) return trusted.tsa ?? null
  const { top, commit } = await storeCommit(settings)
  return tsaOfChain(await readChain(top, commit, null, settings.now))
}
