import type { CodeInfo } from '../findings/codes.js'
import { TIMESTAMP_CODES } from '../timestamp/codes.js'

// Why the trust root (the signed keyring chain under trust/) does not give verify a keyring, and
// why a revision signed by a revoked key fails. TRUST_ROOT_UNPINNED is not a defect but the reason
// verify (and whatever else judges a signature) cannot evaluate at all: exit 2, no verdict.

const blocking = (meaning: string): CodeInfo => ({ stage: 'trust', severity: 'blocking', meaning })

// Trusted time (docs/trusted-time.md): verify judges the .tsr beside each signature against the
// TSA certificate the trust root pins, so the token codes are the trust root's.
const TIMESTAMP_DEFECTS: Record<string, CodeInfo> = Object.fromEntries(Object.entries(TIMESTAMP_CODES).map(([code, meaning]) => [code, blocking(meaning)]))

export const TRUST_CODES: Record<string, CodeInfo> = {
  TRUST_ROOT_UNPINNED: {
    stage: 'trust',
    severity: 'blocking',
    meaning:
      "Cannot evaluate (exit 2): no --trust-root pin (nor $RELEASE_EVIDENCE_TRUST_ROOT, the trust-root input, or a pin file outside the checkout) was given, and the working-tree keyring is never trusted. Pin revision 1 of the trust root, or create one with 'trust migrate'."
  },
  TRUST_ROOT_MISSING: blocking('A trust-root pin was given but the verified commit has no trust/root/root-r001.json (with its .sig): the store has no root of trust.'),
  TRUST_ROOT_PIN_MISMATCH: blocking('The sha256 of revision 1\'s canonical payload is not the pinned value: the trust root was replaced.'),
  TRUST_ROOT_INVALID: blocking(
    'A trust-root revision is not a valid document (schema, derived key ids, duplicate keys, renamed root key, a revocation withdrawn) or its envelope is unreadable.'
  ),
  TRUST_ROOT_VERSION_INVALID: blocking('A trust-root revision\'s version or previous link is not exactly the next one after the previous revision (rollback, skip or fork).'),
  TRUST_ROOT_THRESHOLD_UNMET: blocking(
    "A trust-root revision is not signed by a threshold of distinct root keys of the previous revision and a threshold of its own root keys (revision 1: its own)."
  ),
  TRUST_ROOT_UNTRUSTED: blocking('A trust-root revision follows one that does not verify, so nothing it says is trusted.'),
  KEY_REVOKED: blocking(
    "The revision was first published (commit time, or a commit that already contained the revocation) after its signer key was revoked in the trust root, or its timestamp token's genTime is at or after the revocation, whatever signed_at_utc it claims."
  ),
  ...TIMESTAMP_DEFECTS,
  TIMESTAMP_KEY_EXPIRED: blocking("The signature's timestamp token (genTime, from the pinned TSA) is at or after the signer key's valid_until_utc: the key signed after it expired, whatever signed_at_utc it claims."),
  TIMESTAMP_MISSING: blocking('The trust root in force requires trusted time (tsa.require_token) and this signed revision, published under it, has no timestamp token (.tsr) beside its signature.'),
  TIMESTAMP_UNPINNED: {
    stage: 'trust',
    severity: 'warning',
    meaning: 'A timestamp token (.tsr) is stored beside a signature but the trust root pins no TSA certificate: the token is not checked and proves nothing; the signer\'s claim is used.'
  }
}

export type TrustCode = keyof typeof TRUST_CODES
