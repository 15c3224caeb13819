import { UserError } from '../errors.js'
import { formatUtc } from '../util/time.js'
import { findKey, keyValidAt, type Keyring } from './keyring.js'
import type { SigningKey } from './keys.js'

// A Signer is a private key bound to its keyring entry at one instant. Binding happens once, up
// front: a key that is not in the keyring, or not valid at the signing instant, never signs
// anything, so a release lane cannot produce a packet that its own verifier would reject later.

export interface Signer {
  signerId: string
  role: string
  keyId: string
  /** the keyring marks the key as a published demo key */
  demo: boolean
  /** the signing instant (epoch ms), recorded in every document this signer signs */
  at: number
  sign(message: Uint8Array): Uint8Array
}

/**
 * The signer block every signed document carries inside its signed bytes, so the identity, the
 * key and the signing instant are all covered by the signature (DSSE signs only the payload).
 */
export interface SignerBlock {
  signer_id: string
  key_id: string
  role: string
  signed_at_utc: string
}

export function signerBlock(signer: Signer): SignerBlock {
  return { signer_id: signer.signerId, key_id: signer.keyId, role: signer.role, signed_at_utc: formatUtc(signer.at) }
}

/** Binds `key` to its keyring entry at `at`; `signerId`, when given, must be the entry's signer. */
export function createSigner(key: SigningKey, keyring: Keyring, at: number, signerId?: string): Signer {
  const entry = findKey(keyring, key.keyId)
  if (!entry) {
    throw new UserError({
      code: 'KEY_UNKNOWN',
      message: `the signing key from ${key.source} (key id ${key.keyId}) is not in ${keyring.file}; add its public key ${key.publicKey.toString('base64')} as a keyring entry, or use the key the keyring lists`
    })
  }
  if (signerId !== undefined && signerId !== entry.signerId) {
    throw new UserError({
      code: 'KEY_UNKNOWN',
      message: `the signing key from ${key.source} belongs to signer '${entry.signerId}' in ${keyring.file}, not '${signerId}'; pass the key of '${signerId}' or drop the signer id`
    })
  }
  const valid = keyValidAt(entry, at)
  if (!valid.ok) {
    throw new UserError({
      code: valid.code,
      message: `${valid.message} (${keyring.file} ${entry.pointer}); rotate: run 'release-evidence keygen' and add the new key to the keyring`
    })
  }
  return {
    signerId: entry.signerId,
    role: entry.role,
    keyId: entry.keyId,
    demo: entry.demo,
    at,
    sign: (message) => key.sign(message)
  }
}
