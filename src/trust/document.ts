import { formatProblem, UserError } from '../errors.js'
import { parsePolicy } from '../policy/load.js'
import type { LoadedPolicy } from '../policy/document.js'
import { pae, renderEnvelope, type DsseEnvelope, type DsseSignature } from '../signing/dsse.js'
import { decodeBase64 } from '../signing/dsse.js'
import { renderJson } from '../signing/document.js'
import { keyIdOf, publicKeyFromRaw, PUBLIC_KEY_BYTES } from '../signing/ed25519.js'
import { keyringFromPolicy, type Keyring, type KeyringFile, type TrustedKey } from '../signing/keyring.js'
import type { SignerBlock } from '../signing/signer.js'
import { canonicalBytes, sha256Hex } from '../util/hash.js'
import { formatRevision } from '../util/revision.js'
import { parseUtc } from '../util/time.js'
import { parsePinnedTsa } from '../timestamp/verify.js'
import { TRUST_FAMILY } from './family.js'

// One revision of the trust root: the keyring as a signed document. Two files, like every signed
// kind (src/signing/document.ts): root-rNNN.json (the document, rendered for people) and
// root-rNNN.sig (a DSSE envelope of its RFC 8785 canonical bytes, with one signature per root key
// that signed). The revision is known by the sha256 of those canonical bytes: revision 1's is
// the pin, and revision N+1 names revision N's in `previous`.

export interface RootKey {
  name: string
  key_id: string
  public_key: string
}

export interface TrustKeyEntry {
  signer_id: string
  public_key: string
  role: string
  valid_from_utc: string
  valid_until_utc: string
  demo?: boolean
  note?: string
  revoked_at_utc?: string
  revocation_reason?: string
}

export interface TrustRootDoc {
  version: number
  previous: { version: number; sha256: string } | null
  created_at_utc: string
  note?: string
  root: { threshold: number; keys: RootKey[] }
  /** the pinned RFC 3161 time-stamping authority (docs/trusted-time.md) */
  tsa?: TrustTsa
  keys: TrustKeyEntry[]
  signers: SignerBlock[]
}

export interface TrustTsa {
  /** PEM of exactly one certificate: the TSA's own or the CA that issues it */
  certificate: string
  /** every signed revision needs a token that verifies */
  require_token?: boolean
}

export const ROOT_ROLE = 'root'

/** Repo-relative paths of revision `n`. */
export function rootPaths(n: number): { packet: string; signature: string; log: string } {
  const rev = formatRevision(n)
  return { packet: `${TRUST_FAMILY.root}/root/root-${rev}.json`, signature: `${TRUST_FAMILY.root}/root/root-${rev}.sig`, log: `${TRUST_FAMILY.root}/root/root-${rev}.log` }
}

/** The canonical payload and its sha256: what is signed, pinned and linked. */
export function payloadOf(doc: TrustRootDoc): { payload: Buffer; sha256: string } {
  const payload = canonicalBytes(doc)
  return { payload, sha256: sha256Hex(payload) }
}

/** The DSSE pre-authentication encoding root keys sign. */
export function rootPae(payload: Uint8Array): Buffer {
  return pae(TRUST_FAMILY.payloadType, payload)
}

export function renderRootJson(doc: TrustRootDoc): string {
  return renderJson(doc)
}

export function renderRootEnvelope(payload: Uint8Array, signatures: DsseSignature[]): string {
  const env: DsseEnvelope = { payloadType: TRUST_FAMILY.payloadType, payload: Buffer.from(payload).toString('base64'), signatures }
  return renderEnvelope(env)
}

/**
 * Schema and the checks a schema cannot make: root key ids derived from their keys, no key or
 * name twice, a threshold the root keys can meet, and the keyring rules (src/signing/keyring.ts)
 * for signer keys. Returns the problems, one line each; none means the document is well formed.
 */
export function checkRootDoc(value: unknown, file: string): { doc: TrustRootDoc; problems: string[] } | { doc: null; problems: string[] } {
  let loaded: LoadedPolicy<TrustRootDoc>
  try {
    loaded = parsePolicy<TrustRootDoc>('trust-root', JSON.stringify(value), file)
  } catch (err) {
    return { doc: null, problems: problemsOf(err) }
  }
  const doc = loaded.data
  const problems: string[] = []
  const ids = new Set<string>()
  const names = new Set<string>()
  doc.root.keys.forEach((k, i) => {
    const raw = decodeBase64(k.public_key)
    if (!raw || raw.length !== PUBLIC_KEY_BYTES) problems.push(`/root/keys/${i}/public_key is not a 32-byte Ed25519 public key`)
    else if (keyIdOf(raw) !== k.key_id) problems.push(`/root/keys/${i}/key_id is not sha256 of its public key`)
    if (ids.has(k.key_id)) problems.push(`/root/keys/${i} repeats a root key`)
    if (names.has(k.name)) problems.push(`/root/keys/${i} repeats the name '${k.name}'`)
    ids.add(k.key_id)
    names.add(k.name)
  })
  if (doc.root.threshold > doc.root.keys.length) problems.push(`/root/threshold ${doc.root.threshold} is more than the ${doc.root.keys.length} root key(s) could ever meet`)
  for (const [i, k] of doc.keys.entries()) {
    if (k.revoked_at_utc !== undefined && !parseUtc(k.revoked_at_utc).ok) problems.push(`/keys/${i}/revoked_at_utc is not a UTC instant`)
  }
  if (doc.tsa !== undefined) {
    try {
      parsePinnedTsa(doc.tsa.certificate, '/tsa/certificate')
    } catch (err) {
      problems.push(...problemsOf(err))
    }
  }
  try {
    signerKeyring(doc, file, '')
  } catch (err) {
    problems.push(...problemsOf(err))
  }
  return { doc, problems }
}

function problemsOf(err: unknown): string[] {
  if (err instanceof UserError) return err.problems.length > 0 ? err.problems.map((p) => formatProblem(p)) : [err.headline]
  throw err
}

/** The root keys of a revision as a Keyring (signer id = the key's name, role root, no expiry). */
export function rootKeyring(doc: TrustRootDoc, file: string): Keyring {
  const keys: TrustedKey[] = doc.root.keys.map((k, i) => {
    const raw = decodeBase64(k.public_key) ?? Buffer.alloc(0)
    return {
      signerId: k.name,
      role: ROOT_ROLE,
      publicKey: raw,
      publicKeyBase64: k.public_key,
      keyId: keyIdOf(raw),
      validFrom: Number.MIN_SAFE_INTEGER,
      validUntil: Number.MAX_SAFE_INTEGER,
      demo: false,
      key: publicKeyFromRaw(raw),
      pointer: `/root/keys/${i}`
    }
  })
  return { file, sha256: sha256Hex(canonicalBytes(doc.root)), keys }
}

export interface Revocation {
  keyId: string
  signerId: string
  at: number
  reason: string
}

/**
 * The signer keys of a revision as the Keyring every signed family verifies under. A revoked key
 * signs nothing from its revocation instant on (its validity ends there); what it signed earlier
 * is judged by publication time (KEY_REVOKED, src/trust/revocation.ts).
 */
export function signerKeyring(doc: TrustRootDoc, file: string, sha256: string): Keyring & { revocations: Revocation[] } {
  const policy: LoadedPolicy<KeyringFile> = { kind: 'keyring', file, sha256, data: { version: 1, keys: doc.keys.map(({ revoked_at_utc: _r, revocation_reason: _why, ...k }) => k) } }
  const keyring = keyringFromPolicy(policy)
  const revocations: Revocation[] = []
  doc.keys.forEach((e, i) => {
    if (e.revoked_at_utc === undefined) return
    const at = parseUtc(e.revoked_at_utc)
    const key = keyring.keys.find((k) => k.pointer === `/keys/${i}`)
    if (!at.ok || !key) return
    key.validUntil = Math.min(key.validUntil, at.ms)
    if (key.validFrom >= key.validUntil) key.validFrom = key.validUntil - 1
    revocations.push({ keyId: key.keyId, signerId: key.signerId, at: at.ms, reason: e.revocation_reason ?? '' })
  })
  return { ...keyring, revocations }
}
