import type { CodeInfo } from '../findings/codes.js'

// Why a signed document failed verification. Every kind (closure packets, index rows, lineage
// graphs, strategy packets) reports the same codes, so one runbook entry covers them all.

export const VERIFY_CODES = {
  ENVELOPE_INVALID: 'The .sig file is not a DSSE envelope of base64 Ed25519 signatures (a single signed document carries exactly one).',
  PAYLOAD_TYPE_MISMATCH: 'The envelope was signed for another document kind (DSSE payloadType differs).',
  KEY_UNKNOWN: "The signature verifies under no keyring key, and the envelope's key id names none.",
  KEY_EXPIRED: 'The signing instant is at or after the key\'s valid_until_utc.',
  KEY_NOT_YET_VALID: "The signing instant is before the key's valid_from_utc.",
  SIGNATURE_INVALID: 'The Ed25519 signature does not verify over the DSSE pre-authentication encoding under the key the envelope or the document names.',
  DOCUMENT_INVALID: 'The signed payload or the .json file is not canonical JSON of an object with a signer block.',
  SIGNER_MISMATCH: "The document's signer block names a different key or signer than the envelope and keyring.",
  SIGNED_IN_FUTURE: 'The document claims a signing instant later than the verification instant.',
  PAYLOAD_MISMATCH: 'The .json file does not have the same content as the signed payload.',
  JSON_RENDERING_MISMATCH: 'The .json file has the signed content but not the exact bytes the tool wrote (reformatted or duplicate keys).'
} as const

export type VerifyCode = keyof typeof VERIFY_CODES

// Why a set of signatures over one subject (dual approval, signer rosters) does not count a
// signature, or does not meet its requirement. A signature that fails a VERIFY_CODES check is
// reported with that code; these are the checks only a set has.
export const SIGNATURE_SET_CODES = {
  SUBJECT_MISMATCH: 'A signed document in the set approves a different subject (or names none); its signatures do not count.',
  SIGNER_ROLE_NOT_ALLOWED: "The signer's keyring role is not one the requirement allows; the signature does not count.",
  SIGNATURE_DUPLICATE_KEY: 'One public key signed the subject more than once; it counts once, the earliest signature.',
  APPROVAL_THRESHOLD_UNMET: 'Fewer distinct signers (people, not keys) approved the subject than the requirement\'s threshold.',
  APPROVAL_ROLE_MISSING: 'A role the requirement names has no distinct signer of that role among the counted approvals.'
} as const

export type SignatureSetCode = keyof typeof SIGNATURE_SET_CODES

/** A duplicate changes no outcome (the key still counts once); everything else blocks. */
const WARNINGS: ReadonlySet<string> = new Set<SignatureSetCode>(['SIGNATURE_DUPLICATE_KEY'])

export const SIGNING_CODES: Record<string, CodeInfo> = Object.fromEntries(
  Object.entries({ ...VERIFY_CODES, ...SIGNATURE_SET_CODES }).map(([code, meaning]) => [
    code,
    { stage: 'closure', severity: WARNINGS.has(code) ? 'warning' : 'blocking', meaning }
  ])
)
