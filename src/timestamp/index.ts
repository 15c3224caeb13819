// Trusted time (RFC 3161): request a token for a signature, verify one against a pinned TSA
// certificate, and decide the instant a signature's key validity is judged at.
export { TIMESTAMP_CODES, TIMESTAMP_CODE_INFO, type TimestampCode } from './codes.js'
export { buildTimestampRequest, postTimestampRequest, TimestampError, type TimestampFailureReason, type TimestampRequest, type TsaEndpoint } from './request.js'
export { timestampSignature, type StampedSignature, type TimestampOptions } from './stamp.js'
export { signatureTime, type SignatureTime, type SignatureTimeOptions } from './time.js'
export { parsePinnedTsa, verifyTimestamp, type PinnedTsa, type TimestampFailure, type TimestampVerification, type TimestampVerified, type TsaIdentity } from './verify.js'
