import type { CodeInfo } from '../findings/codes.js'

// Why a signed document failed verification. Every kind (closure packets, index rows, lineage
// graphs, strategy packets) reports the same codes, so one runbook entry covers them all.

export const VERIFY_CODES = {
  ENVELOPE_INVALID: 'The .sig file is not a DSSE envelope with exactly one base64 Ed25519 signature.',
  PAYLOAD_TYPE_MISMATCH: 'The envelope was signed for another document kind (DSSE payloadType differs).',
  KEY_UNKNOWN: "The envelope's key id is not in the keyring.",
  KEY_EXPIRED: 'The signing instant is at or after the key\'s valid_until_utc.',
  KEY_NOT_YET_VALID: "The signing instant is before the key's valid_from_utc.",
  SIGNATURE_INVALID: 'The Ed25519 signature does not verify over the DSSE pre-authentication encoding.',
  DOCUMENT_INVALID: 'The signed payload or the .json file is not canonical JSON of an object with a signer block.',
  SIGNER_MISMATCH: "The document's signer block names a different key or signer than the envelope and keyring.",
  SIGNED_IN_FUTURE: 'The document claims a signing instant later than the verification instant.',
  PAYLOAD_MISMATCH: 'The .json file does not have the same content as the signed payload.',
  JSON_RENDERING_MISMATCH: 'The .json file has the signed content but not the exact bytes the tool wrote (reformatted or duplicate keys).'
} as const

export type VerifyCode = keyof typeof VERIFY_CODES

export const SIGNING_CODES: Record<string, CodeInfo> = Object.fromEntries(
  Object.entries(VERIFY_CODES).map(([code, meaning]) => [code, { stage: 'closure', severity: 'blocking', meaning }])
)
