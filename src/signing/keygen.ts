import { formatUtc } from '../util/time.js'
import { keyIdOf, privateKeyFromSeed, rawPublicKey } from './ed25519.js'

// What `release-evidence keygen` writes and prints, as pure functions of a seed (the command
// supplies fresh randomness; tests supply fixed seeds).

export interface KeyringEntryText {
  signer_id: string
  public_key: string
  role: string
  valid_from_utc: string
  valid_until_utc: string
}

export interface NewKey {
  /** the private key file's text (secret) */
  keyFileText: string
  publicKeyBase64: string
  keyId: string
  entry: KeyringEntryText
}

export function describeNewKey(seed: Buffer, signerId: string, role: string, validFrom: number, validUntil: number): NewKey {
  const publicKey = rawPublicKey(privateKeyFromSeed(seed))
  const publicKeyBase64 = publicKey.toString('base64')
  const keyFileText = [
    '# release-evidence Ed25519 signing key. PRIVATE: do not commit, share or log this file.',
    `# signer_id: ${signerId}`,
    `# public_key: ${publicKeyBase64}`,
    '# format: base64 of the 32-byte RFC 8032 seed (a PKCS8 PEM key is accepted too)',
    '# use: release-evidence ... --key-file <this file>, or the RELEASE_EVIDENCE_SIGNING_KEY secret',
    seed.toString('base64'),
    ''
  ].join('\n')
  return {
    keyFileText,
    publicKeyBase64,
    keyId: keyIdOf(publicKey),
    entry: { signer_id: signerId, public_key: publicKeyBase64, role, valid_from_utc: formatUtc(validFrom), valid_until_utc: formatUtc(validUntil) }
  }
}

/** The YAML list item to paste under `keys:` in policies/keyring.yaml. */
export function keyringEntryYaml(e: KeyringEntryText): string {
  return [
    `  - signer_id: ${e.signer_id}`,
    `    public_key: ${e.public_key}`,
    `    role: ${e.role}`,
    `    valid_from_utc: ${e.valid_from_utc}`,
    `    valid_until_utc: ${e.valid_until_utc}`,
    ''
  ].join('\n')
}
