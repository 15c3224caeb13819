import { InternalError } from '../errors.js'
import { canonicalBytes, sha256Hex } from '../util/hash.js'
import { printable } from '../util/ids.js'
import { isCanonicalUtc, parseUtc } from '../util/time.js'
import type { VerifyCode } from './codes.js'
import { pae, parseEnvelope, renderEnvelope, type DsseEnvelope, type DsseSignature } from './dsse.js'
import { verifyBytes } from './ed25519.js'
import { findKey, keyValidAt, type Keyring, type TrustedKey } from './keyring.js'
import type { Signer, SignerBlock } from './signer.js'

// Signed documents, any kind. Two files per document:
//   <name>.json  the document, keys sorted, 2-space indent, LF, trailing newline (for people);
//   <name>.sig   a DSSE envelope whose payload is the RFC 8785 canonical bytes of that document.
// A reader trusts the .json only if (1) the envelope verifies under a keyring key valid at the
// signing instant the document records, (2) the payloadType names the expected kind, and (3) the
// .json parses to exactly the signed payload and is byte-for-byte the tool's rendering of it (so
// duplicate keys or edits that a JSON viewer would hide cannot ride along).

export type DocumentKind = string

const KIND = /^[a-z][a-z0-9-]{0,63}$/

/** `closure-packet` -> `application/vnd.release-evidence.closure-packet+json`. */
export function payloadTypeFor(kind: DocumentKind): string {
  if (!KIND.test(kind)) throw new InternalError({ code: 'INTERNAL', message: `document kind '${kind}' is not a lowercase slug` })
  return `application/vnd.release-evidence.${kind}+json`
}

/** A document that names its signer: the convention every signed kind follows. */
export interface SignableDocument {
  signer: SignerBlock
}

export interface SignedFiles {
  /** the .json file's text */
  json: string
  /** the .sig file's text */
  sig: string
  /** the signed bytes (canonical JSON) */
  payload: Buffer
  /** sha256 of the signed bytes, hex */
  payloadSha256: string
}

/** Stable human rendering: keys sorted at every depth, 2-space indent, trailing newline. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    // JCS orders by UTF-16 code units, which is also what the default string sort compares.
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, sortKeys(obj[k])])
    )
  }
  return value
}

export function signDocument(kind: DocumentKind, doc: SignableDocument, signer: Signer): SignedFiles {
  const block = doc.signer
  if (block?.key_id !== signer.keyId || block.signer_id !== signer.signerId || !isCanonicalUtc(block.signed_at_utc)) {
    throw new InternalError({ code: 'INTERNAL', message: `${kind}: the document's signer block does not name the signer that is signing it` })
  }
  const payloadType = payloadTypeFor(kind)
  const payload = canonicalBytes(doc)
  const sig = Buffer.from(signer.sign(pae(payloadType, payload)))
  const envelope: DsseEnvelope = {
    payloadType,
    payload: payload.toString('base64'),
    signatures: [{ keyid: signer.keyId, sig: sig.toString('base64') }]
  }
  return { json: renderJson(JSON.parse(payload.toString('utf8'))), sig: renderEnvelope(envelope), payload, payloadSha256: sha256Hex(payload) }
}

export interface Verified {
  ok: true
  kind: DocumentKind
  /** the signed document, parsed from the verified payload (never from the .json) */
  doc: Record<string, unknown>
  key: TrustedKey
  signedAt: number
  payloadSha256: string
}

export interface VerifyFailure {
  ok: false
  kind: DocumentKind
  code: VerifyCode
  message: string
  fix: string
}

export type Verification = Verified | VerifyFailure

/**
 * Verifies a .json/.sig pair as any reader would. `at` is the verification instant (epoch ms):
 * the document's own signed_at_utc must not be later, and the key must be valid at signed_at_utc
 * (a key that expired after signing does not invalidate what it signed while valid).
 */
export function verifyDocument(kind: DocumentKind, jsonBytes: Uint8Array | string, sigBytes: Uint8Array | string, keyring: Keyring, at: number): Verification {
  const checked = checkSignedPair(kind, jsonBytes, sigBytes, keyring, at)
  if (!checked.ok) return checked.failure
  const [only] = checked.signatures
  if (only && !only.ok) return { ok: false, kind, code: only.code, message: only.message, fix: only.fix }
  if (!only || !checked.doc) throw new InternalError({ code: 'INTERNAL', message: `${kind}: a one-signature envelope verified without a document` })
  return { ok: true, kind, doc: checked.doc, key: only.key, signedAt: only.signedAt, payloadSha256: checked.payloadSha256 }
}

/** One signature that passed every check a signed document makes. */
export interface SignatureVerified {
  ok: true
  /** position in the envelope's `signatures` */
  index: number
  /** the envelope's keyid, as written (unsigned: a lookup hint) */
  keyid: string
  /** the key the signature verifies under, whatever the envelope's keyid says */
  key: TrustedKey
  signedAt: number
  /** whether the envelope's (unsigned) keyid named that key */
  hintMatched: boolean
}

export interface SignatureFailure {
  ok: false
  index: number
  /** the envelope's keyid, as written (untrusted) */
  keyid: string
  code: VerifyCode
  message: string
  fix: string
}

export type SignatureCheck = SignatureVerified | SignatureFailure

/** A pair whose envelope could be read: every signature's verdict, in envelope order. */
export interface CheckedPair {
  ok: true
  /** the signed document: set exactly when some signature verified */
  doc: Record<string, unknown> | undefined
  payloadSha256: string
  signatures: SignatureCheck[]
}

const REEXPORT = 'do not edit signed files; restore them from git history or export a new revision'

/**
 * The one verification routine: verifyDocument (one signature) and signature sets (several) both
 * call it, so a signature in a set passes the same checks, in the same order, as a document alone.
 *
 * The key of a signature is the trusted key it verifies under. The envelope's keyid is not signed
 * (DSSE: it "MUST NOT be used for security decisions"), so it only orders the search and picks the
 * wording of a failure; the signed signer block must then name that same key.
 *
 * `several` admits envelopes with several signatures. Each signature needs its own signed instant,
 * so such a document lists its signers as `signers: [block, ...]` (one per key) instead of
 * `signer`; every block is inside the payload, so every signature covers all of them.
 */
export function checkSignedPair(
  kind: DocumentKind,
  jsonBytes: Uint8Array | string,
  sigBytes: Uint8Array | string,
  keyring: Keyring,
  at: number,
  { several = false }: { several?: boolean } = {}
): CheckedPair | { ok: false; failure: VerifyFailure } {
  const refuse = (code: VerifyCode, message: string, fix: string) => ({ ok: false as const, failure: { ok: false as const, kind, code, message, fix } })

  const parsed = parseEnvelope(sigBytes)
  if (!parsed.ok) return refuse('ENVELOPE_INVALID', `the signature file ${parsed.reason}`, REEXPORT)
  const { envelope, payload } = parsed
  const expected = payloadTypeFor(kind)
  if (envelope.payloadType !== expected) {
    return refuse('PAYLOAD_TYPE_MISMATCH', `the envelope is for '${printable(envelope.payloadType, 80)}', expected '${expected}'`, 'pair each .json with its own .sig; a signature for one kind never verifies another')
  }
  if (!several && envelope.signatures.length !== 1) return refuse('ENVELOPE_INVALID', `the envelope has ${envelope.signatures.length} signatures, expected 1`, REEXPORT)

  const message = pae(envelope.payloadType, payload)
  let content: Content | undefined
  const contentOf = (): Content => (content ??= readContent(payload, several))
  const signatures = envelope.signatures.map((s, index) => checkSignature(s, index, message, keyring, at, contentOf))
  const payloadSha256 = sha256Hex(payload)
  // Parsed at most once, and only after a signature verified: unsigned bytes are never interpreted.
  const read = signatures.some((s) => s.ok) ? contentOf() : undefined
  if (!read?.ok) return { ok: true, doc: undefined, payloadSha256, signatures }
  // The .json is what people read: a pair whose .json is not the payload proves nothing.
  const rendering = checkRendering(jsonBytes, read.doc, payload)
  if (!rendering) return { ok: true, doc: read.doc, payloadSha256, signatures }
  return { ok: true, doc: undefined, payloadSha256, signatures: signatures.map((s) => (s.ok ? { ok: false, index: s.index, keyid: s.keyid, ...rendering } : s)) }
}

type Content = { ok: true; doc: Record<string, unknown>; blocks: Partial<SignerBlock>[] } | { ok: false; message: string }

function readContent(payload: Buffer, several: boolean): Content {
  const doc = parseCanonicalObject(payload)
  if (!doc) return { ok: false, message: 'the signed payload is not canonical JSON of an object' }
  // Both forms at once would let a reader pick which signer list to believe.
  if (several && doc.signer !== undefined && doc.signers !== undefined) return { ok: false, message: 'the signed document has both a signer block and a signers list' }
  const many = several ? doc.signers : undefined
  const blocks: unknown[] = Array.isArray(many) ? many : [doc.signer]
  const complete = blocks.length > 0 && blocks.every((b) => typeof b === 'object' && b !== null && typeof (b as Partial<SignerBlock>).signed_at_utc === 'string')
  if (!complete) return { ok: false, message: `the signed document has no ${several ? 'signer block (or signers list) ' : 'signer block '}with signed_at_utc` }
  const typed = blocks as Partial<SignerBlock>[]
  // Two blocks for one key would give one signature two signing instants to choose from.
  if (new Set(typed.map((b) => b.key_id)).size !== typed.length) return { ok: false, message: 'the signed document lists one key in two signer blocks' }
  return { ok: true, doc, blocks: typed }
}

function checkSignature(
  signature: DsseSignature,
  index: number,
  message: Buffer,
  keyring: Keyring,
  at: number,
  contentOf: () => Content
): SignatureCheck {
  const fail = (code: VerifyCode, text: string, fix: string): SignatureFailure => ({ ok: false, index, keyid: signature.keyid, code, message: text, fix })
  const hinted = findKey(keyring, signature.keyid)
  const key = resolveKey(keyring, hinted, message, Buffer.from(signature.sig, 'base64'))
  if (!key) {
    if (!hinted) return fail('KEY_UNKNOWN', `key id '${printable(signature.keyid, 80)}' is not in ${keyring.file}`, `add the signer's public key to ${keyring.file} if it is trusted`)
    return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${hinted.signerId}'`, REEXPORT)
  }

  const content = contentOf()
  if (!content.ok) return fail('DOCUMENT_INVALID', content.message, REEXPORT)
  const block = content.blocks.find((b) => b.key_id === key.keyId) ?? (content.blocks.length === 1 ? content.blocks[0] : undefined)
  if (!block) return fail('SIGNER_MISMATCH', `signature ${index + 1} verifies under the key of '${key.signerId}' (${key.keyId}), which the document's signers list does not name`, `sign only a document that names every signer, or re-export`)
  // The role is not compared: a keyring may rename a role later without unsigning history.
  if (block.key_id !== key.keyId || block.signer_id !== key.signerId) {
    const named = block.key_id === key.keyId ? undefined : findKey(keyring, String(block.key_id))
    // The signed block and the keyid both name another trusted key: say the signature fails under it.
    if (named !== undefined && named === hinted) return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${named.signerId}'`, REEXPORT)
    return fail('SIGNER_MISMATCH', `the document names signer '${printable(String(block.signer_id), 80)}' with key '${printable(String(block.key_id), 80)}', the keyring says '${key.signerId}' for key ${key.keyId}`, `correct the keyring entry ${key.pointer} or re-export`)
  }
  const signedAtText = String(block.signed_at_utc)
  const signedAt = parseUtc(signedAtText)
  if (!signedAt.ok || !isCanonicalUtc(signedAtText)) return fail('DOCUMENT_INVALID', `signed_at_utc ${signedAt.ok ? 'is not canonical UTC' : signedAt.reason}`, REEXPORT)
  const validity = keyValidAt(key, signedAt.ms)
  if (!validity.ok) return fail(validity.code, validity.message, `only keys valid when the document was signed count; check ${keyring.file} ${key.pointer}`)
  if (signedAt.ms > at) return fail('SIGNED_IN_FUTURE', `the document says it was signed at ${signedAtText}, after the verification instant`, 'check the signer clock and the --now you passed')
  return { ok: true, index, keyid: signature.keyid, key, signedAt: signedAt.ms, hintMatched: hinted === key }
}

/**
 * The trusted key a signature verifies under. The hinted key is tried first because it is nearly
 * always right (one verification); only a wrong or unknown hint costs a pass over the keyring.
 */
function resolveKey(keyring: Keyring, hinted: TrustedKey | undefined, message: Buffer, sig: Buffer): TrustedKey | undefined {
  if (hinted && verifyBytes(message, sig, hinted.key)) return hinted
  return keyring.keys.find((k) => k !== hinted && verifyBytes(message, sig, k.key))
}

function checkRendering(jsonBytes: Uint8Array | string, doc: Record<string, unknown>, payload: Buffer): { code: VerifyCode; message: string; fix: string } | undefined {
  const fail = (code: VerifyCode, message: string) => ({ code, message, fix: REEXPORT })
  const json = typeof jsonBytes === 'string' ? jsonBytes : Buffer.from(jsonBytes).toString('utf8')
  // The tool's rendering of the signed document parses back to that document, so a .json that is
  // exactly it holds exactly the signed payload: one comparison settles the common case, and the
  // slower checks below only run to name what is wrong with a file that differs.
  // Bytes are compared exactly: a CRLF copy is not the file the tool wrote (a Windows checkout
  // that rewrites line endings must not be what gets committed; git stores what was published).
  // A document parsed from its canonical payload has its keys sorted at every depth already.
  if (json === (signedPayloads.has(doc) ? `${JSON.stringify(doc, null, 2)}\n` : renderJson(doc))) return undefined
  let fileValue: unknown
  try {
    fileValue = JSON.parse(json)
  } catch {
    return fail('DOCUMENT_INVALID', 'the .json file is not JSON')
  }
  let fileCanonical: Buffer
  try {
    fileCanonical = canonicalBytes(fileValue)
  } catch {
    return fail('DOCUMENT_INVALID', 'the .json file cannot be canonicalized')
  }
  if (!fileCanonical.equals(payload)) return fail('PAYLOAD_MISMATCH', `the .json content differs from the signed payload${firstDifference(fileValue, doc)}`)
  return fail('JSON_RENDERING_MISMATCH', 'the .json has the signed content but not the bytes the tool wrote (reformatted, or a duplicated key)')
}

function parseCanonicalObject(payload: Buffer): Record<string, unknown> | undefined {
  try {
    const text = payload.toString('utf8')
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    const doc = value as Record<string, unknown>
    if (!isCanonicalText(text, doc) && !canonicalBytes(value).equals(payload)) return undefined
    signedPayloads.set(doc, payload)
    return doc
  } catch {
    return undefined
  }
}

// Documents parsed from a payload that is their RFC 8785 form, with that payload: what was signed
// is known exactly, so a digest over part of it (closure/digest.ts) need not serialize it again.
const signedPayloads = new WeakMap<object, Buffer>()

/** The canonical payload `doc` was parsed from by a verification, if it was. */
export function signedPayloadOf(doc: object): Buffer | undefined {
  return signedPayloads.get(doc)
}

/**
 * `text` is the RFC 8785 form of `doc` (parsed from it), decided without serializing it the JCS
 * way: JSON.stringify writes strings and numbers as JCS does and keys in the object's own order,
 * which is the text's order unless a key is an array index. So the text is canonical when
 * stringify gives it back and every object's keys are strictly increasing as compared by UTF-16
 * units (sorted and unique). Text that may hold a lone surrogate (escaped, or bytes decoded to
 * U+FFFD) is left to the slow path, which compares bytes.
 */
function isCanonicalText(text: string, doc: Record<string, unknown>): boolean {
  if (text.includes('\\ud') || text.includes('\\uD') || text.includes('\uFFFD')) return false
  return JSON.stringify(doc) === text && keysSorted(doc)
}

function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted)
  if (value === null || typeof value !== 'object') return true
  const obj = value as Record<string, unknown>
  let prev: string | undefined
  for (const k in obj) {
    if (prev !== undefined && !(prev < k)) return false
    prev = k
    if (!keysSorted(obj[k])) return false
  }
  return true
}

/** " (first difference at /rows/0/resolved_by)": points the reader at the edit. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  const at = diffPath(a, b, path)
  return at === undefined ? '' : ` (first difference at ${at === '' ? '/' : printable(at, 80)})`
}

function diffPath(a: unknown, b: unknown, path: string): string | undefined {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return Object.is(a, b) ? undefined : path
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort()
  for (const k of keys) {
    const d = diffPath(ao[k], bo[k], `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    if (d !== undefined) return d
  }
  return undefined
}
