import type { CodeInfo } from '../findings/codes.js'

// Why a timestamp token (RFC 3161) does not vouch for a signature. A token that fails any check
// proves nothing; a reader then has only the signer's own claim of when it signed.

export const TIMESTAMP_CODES = {
  TIMESTAMP_TOKEN_MALFORMED: 'The .tsr file is not a DER TimeStampResp or timestamp token (CMS SignedData over a TSTInfo with one signer).',
  TIMESTAMP_NOT_GRANTED: 'The time-stamping authority refused the request: the response status is not granted and carries no token.',
  TIMESTAMP_IMPRINT_MISMATCH: 'The token does not stamp this signature: its message imprint is not SHA-256 of the signature bytes.',
  TIMESTAMP_NONCE_MISMATCH: "The token does not echo the request's nonce (a replayed or substituted reply).",
  TIMESTAMP_SIGNATURE_INVALID: "The token's CMS signature, message digest or signing-certificate attribute does not verify under the certificate it names.",
  TIMESTAMP_UNTRUSTED: 'The certificate that signed the token does not chain to the pinned TSA certificate.',
  TIMESTAMP_TSA_CERT_INVALID: "The signing certificate is not a TSA certificate valid at the token's time (RFC 3161 2.3: exactly one extended key usage, id-kp-timeStamping, marked critical).",
  TIMESTAMP_CLAIM_AFTER_TSA: "The document's own signing instant is later than the time the TSA saw its signature."
} as const

export type TimestampCode = keyof typeof TIMESTAMP_CODES

export const TIMESTAMP_CODE_INFO: Record<string, CodeInfo> = Object.fromEntries(
  Object.entries(TIMESTAMP_CODES).map(([code, meaning]) => [code, { stage: 'signing', severity: 'blocking', meaning }])
)
