import type { KeyObject } from 'node:crypto'
import { UserError, type Problem } from '../errors.js'
import { loadPolicyFile, parsePolicy, type LoadedPolicy } from '../policy/load.js'
import { formatUtc, parseUtc } from '../util/time.js'
import { decodeBase64 } from './dsse.js'
import { keyIdOf, publicKeyFromRaw, PUBLIC_KEY_BYTES } from './ed25519.js'

// The keyring is policy (policies/keyring.yaml): which public keys may sign, for whom, in which
// role and during which interval. A signature is trusted only if its key is listed and the signing
// instant falls in [valid_from_utc, valid_until_utc). Key ids are derived (sha256 of the raw public
// key), never typed in, so an entry cannot claim someone else's id.

export interface KeyringFile {
  version: 1
  keys: {
    signer_id: string
    public_key: string
    role: string
    valid_from_utc: string
    valid_until_utc: string
    demo?: boolean
    note?: string
  }[]
}

export interface TrustedKey {
  signerId: string
  role: string
  /** raw 32 bytes */
  publicKey: Buffer
  /** base64 as written in the keyring */
  publicKeyBase64: string
  keyId: string
  validFrom: number
  validUntil: number
  demo: boolean
  key: KeyObject
  /** JSON pointer of the entry, for messages */
  pointer: string
}

export interface Keyring {
  file: string
  sha256: string
  keys: TrustedKey[]
}

export async function loadKeyring(path: string, file = path): Promise<Keyring> {
  return keyringFromPolicy(await loadPolicyFile<KeyringFile>('keyring', path, file))
}

export function parseKeyring(text: string, file: string): Keyring {
  return keyringFromPolicy(parsePolicy<KeyringFile>('keyring', text, file))
}

/** The checks a JSON Schema cannot express: key length, time order, uniqueness. */
export function keyringFromPolicy(policy: LoadedPolicy<KeyringFile>): Keyring {
  const problems: Problem[] = []
  const keys: TrustedKey[] = []
  const seen = new Map<string, string>()
  policy.data.keys.forEach((e, i) => {
    const pointer = `/keys/${i}`
    const raw = decodeBase64(e.public_key)
    if (!raw || raw.length !== PUBLIC_KEY_BYTES) {
      problems.push({ file: policy.file, field: `${pointer}/public_key`, message: `is not base64 of a ${PUBLIC_KEY_BYTES}-byte Ed25519 public key`, fix: "paste the public key 'release-evidence keygen' printed" })
      return
    }
    const from = parseUtc(e.valid_from_utc)
    const until = parseUtc(e.valid_until_utc)
    if (!from.ok) problems.push({ file: policy.file, field: `${pointer}/valid_from_utc`, message: from.reason })
    if (!until.ok) problems.push({ file: policy.file, field: `${pointer}/valid_until_utc`, message: until.reason })
    if (!from.ok || !until.ok) return
    if (until.ms <= from.ms) {
      problems.push({ file: policy.file, field: `${pointer}/valid_until_utc`, message: 'is not after valid_from_utc', fix: 'a key must be valid for a non-empty interval' })
      return
    }
    const keyId = keyIdOf(raw)
    const dup = seen.get(keyId)
    if (dup !== undefined) {
      problems.push({ file: policy.file, field: `${pointer}/public_key`, message: `repeats the key of ${dup}`, fix: 'list each public key once; rotate by adding a new key' })
      return
    }
    seen.set(keyId, pointer)
    keys.push({
      signerId: e.signer_id,
      role: e.role,
      publicKey: raw,
      publicKeyBase64: e.public_key,
      keyId,
      validFrom: from.ms,
      validUntil: until.ms,
      demo: e.demo === true,
      key: publicKeyFromRaw(raw),
      pointer
    })
  })
  if (problems.length > 0) {
    throw new UserError({ code: 'POLICY_INVALID', message: `${policy.file}: invalid keyring`, problems })
  }
  return { file: policy.file, sha256: policy.sha256, keys }
}

export function findKey(keyring: Keyring, keyId: string): TrustedKey | undefined {
  return keyring.keys.find((k) => k.keyId === keyId)
}

export type KeyValidity = { ok: true } | { ok: false; code: 'KEY_EXPIRED' | 'KEY_NOT_YET_VALID'; message: string }

/** Whether `key` may sign at instant `at` (epoch ms): valid_from inclusive, valid_until exclusive. */
export function keyValidAt(key: TrustedKey, at: number): KeyValidity {
  if (at < key.validFrom) {
    return { ok: false, code: 'KEY_NOT_YET_VALID', message: `key of ${key.signerId} is valid from ${formatUtc(key.validFrom)}, not at ${formatUtc(at)}` }
  }
  if (at >= key.validUntil) {
    return { ok: false, code: 'KEY_EXPIRED', message: `key of ${key.signerId} expired at ${formatUtc(key.validUntil)}, before ${formatUtc(at)}` }
  }
  return { ok: true }
}
