import { buildTimestampRequest, postTimestampRequest, TimestampError, type TsaEndpoint } from './request.js'
import { parsePinnedTsa, verifyTimestamp, type PinnedTsa, type TimestampVerified } from './verify.js'

// The signing side: one call gets a token for a signature and checks it before anyone stores it,
// nonce included (only the requester can check the nonce; a reader later checks the rest).

export interface StampedSignature {
  /** the DER TimeStampResp exactly as the TSA sent it: the bytes to store beside the signature */
  reply: Buffer
  verified: TimestampVerified
}

export interface TimestampOptions extends TsaEndpoint {
  /** the pinned TSA certificate (PEM text, or parsed) */
  pinned: PinnedTsa | string
}

/** Requests a token for `signature` from the configured TSA and verifies it; throws TimestampError. */
export async function timestampSignature(signature: Uint8Array, options: TimestampOptions): Promise<StampedSignature> {
  const pinned = typeof options.pinned === 'string' ? parsePinnedTsa(options.pinned) : options.pinned
  const request = buildTimestampRequest(signature)
  const reply = await postTimestampRequest(request, options)
  const verified = await verifyTimestamp(reply, signature, pinned, { nonce: request.nonce })
  if (!verified.ok) {
    const reason = verified.code === 'TIMESTAMP_NOT_GRANTED' ? 'not-granted' : verified.code === 'TIMESTAMP_TOKEN_MALFORMED' ? 'reply-invalid' : 'token-rejected'
    const fix =
      reason === 'not-granted'
        ? 'check that the TSA accepts SHA-256 requests and that its service is up'
        : verified.code === 'TIMESTAMP_UNTRUSTED'
          ? 'pin the certificate of the TSA you configured (or the CA that issues its certificate)'
          : 'use a TSA that follows RFC 3161, or report the TSA'
    throw new TimestampError(reason, `${verified.code}: ${verified.message} (fix: ${fix})`)
  }
  return { reply, verified }
}
