import type { TimestampCode } from './codes.js'
import { verifyTimestamp, type PinnedTsa, type TimestampVerified, type TsaIdentity } from './verify.js'

// At which instant a signature's key validity and revocation are judged. With a verified token
// from the pinned TSA, the signature provably existed at the TSA's genTime, so that is the
// instant: a signer cannot backdate past a key's expiry or revocation. Without one, all a reader
// has is the signer's own claim (signed_at_utc), and the result says so. Whether a claim alone
// is enough is the caller's policy, not this function's.

export type SignatureTime =
  | {
      ok: true
      source: 'tsa'
      /** the instant to judge key validity at: the TSA's genTime, epoch ms */
      at: number
      /** the signer's own claim, epoch ms */
      claimedAt: number
      tsa: TsaIdentity
      token: TimestampVerified
    }
  | {
      ok: true
      source: 'signer-claim'
      /** the signer's own claim, epoch ms: nothing independent vouches for it */
      at: number
      claimedAt: number
      /** no token beside the signature, or a token but no pinned TSA to check it against */
      why: 'no-token' | 'no-pinned-tsa'
    }
  | { ok: false; code: TimestampCode; message: string; claimedAt: number }

export interface SignatureTimeOptions {
  /**
   * How far the signer's claim may run ahead of the TSA's genTime (clock skew, and the TSA's
   * accuracy); a claim later than that is not an honest clock. Default 5 minutes.
   */
  toleranceMs?: number
}

/**
 * The instant validity must be judged at, for one signature (its raw bytes, as stamped).
 * A token that is present but does not verify is a failure, never a quiet fallback to the claim.
 */
export async function signatureTime(
  signatureBytes: Uint8Array,
  token: Uint8Array | undefined,
  pinnedTsa: PinnedTsa | string | undefined,
  signedAtClaim: number,
  { toleranceMs = 5 * 60_000 }: SignatureTimeOptions = {}
): Promise<SignatureTime> {
  if (token === undefined) return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-token' }
  if (pinnedTsa === undefined) return { ok: true, source: 'signer-claim', at: signedAtClaim, claimedAt: signedAtClaim, why: 'no-pinned-tsa' }
  const verified = await verifyTimestamp(token, signatureBytes, pinnedTsa)
  if (!verified.ok) return { ok: false, code: verified.code, message: verified.message, claimedAt: signedAtClaim }
  if (signedAtClaim > verified.genTime + toleranceMs) {
    return {
      ok: false,
      code: 'TIMESTAMP_CLAIM_AFTER_TSA',
      message: `the document says it was signed at ${new Date(signedAtClaim).toISOString()}, after the TSA stamped its signature at ${verified.genTimeText}`,
      claimedAt: signedAtClaim
    }
  }
  return { ok: true, source: 'tsa', at: verified.genTime, claimedAt: signedAtClaim, tsa: verified.tsa, token: verified }
}
