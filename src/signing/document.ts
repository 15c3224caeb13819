import { InternalError } from '../errors.js'
import { canonicalBytes, sha256Hex } from '../util/hash.js'
import { isCanonicalUtc, parseUtc } from '../util/time.js'
import type { VerifyCode } from './codes.js'
import { pae, parseEnvelope, renderEnvelope, type DsseEnvelope } from './dsse.js'
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
  const fail = (code: VerifyCode, message: string, fix: string): VerifyFailure => ({ ok: false, kind, code, message, fix })
  const reexport = 'do not edit signed files; restore them from git history or export a new revision'

  const parsed = parseEnvelope(sigBytes)
  if (!parsed.ok) return fail('ENVELOPE_INVALID', `the signature file ${parsed.reason}`, reexport)
  const { envelope, payload } = parsed
  const expected = payloadTypeFor(kind)
  if (envelope.payloadType !== expected) {
    return fail('PAYLOAD_TYPE_MISMATCH', `the envelope is for '${printableType(envelope.payloadType)}', expected '${expected}'`, 'pair each .json with its own .sig; a signature for one kind never verifies another')
  }
  if (envelope.signatures.length !== 1) return fail('ENVELOPE_INVALID', `the envelope has ${envelope.signatures.length} signatures, expected 1`, reexport)
  const [signature] = envelope.signatures as [DsseEnvelope['signatures'][number]]
  const key = findKey(keyring, signature.keyid)
  if (!key) {
    return fail('KEY_UNKNOWN', `key id '${printableType(signature.keyid)}' is not in ${keyring.file}`, `add the signer's public key to ${keyring.file} if it is trusted`)
  }
  if (!verifyBytes(pae(envelope.payloadType, payload), Buffer.from(signature.sig, 'base64'), key.key)) {
    return fail('SIGNATURE_INVALID', `the signature does not verify under the key of '${key.signerId}'`, reexport)
  }

  const doc = parseCanonicalObject(payload)
  if (!doc) return fail('DOCUMENT_INVALID', 'the signed payload is not canonical JSON of an object', reexport)
  const block = doc.signer as Partial<SignerBlock> | undefined
  if (typeof block !== 'object' || block === null || typeof block.signed_at_utc !== 'string') {
    return fail('DOCUMENT_INVALID', 'the signed document has no signer block with signed_at_utc', reexport)
  }
  // The role is not compared: a keyring may rename a role later without unsigning history.
  if (block.key_id !== key.keyId || block.signer_id !== key.signerId) {
    return fail('SIGNER_MISMATCH', `the document names signer '${printableType(String(block.signer_id))}' with key '${printableType(String(block.key_id))}', the keyring says '${key.signerId}' for key ${key.keyId}`, `correct the keyring entry ${key.pointer} or re-export`)
  }
  const signedAt = parseUtc(block.signed_at_utc)
  if (!signedAt.ok || !isCanonicalUtc(block.signed_at_utc)) return fail('DOCUMENT_INVALID', `signed_at_utc ${signedAt.ok ? 'is not canonical UTC' : signedAt.reason}`, reexport)
  const validity = keyValidAt(key, signedAt.ms)
  if (!validity.ok) return fail(validity.code, validity.message, `only keys valid when the document was signed count; check ${keyring.file} ${key.pointer}`)
  if (signedAt.ms > at) return fail('SIGNED_IN_FUTURE', `the document says it was signed at ${block.signed_at_utc}, after the verification instant`, 'check the signer clock and the --now you passed')

  const json = typeof jsonBytes === 'string' ? jsonBytes : Buffer.from(jsonBytes).toString('utf8')
  // The tool's rendering of the signed document parses back to that document, so a .json that is
  // exactly it holds exactly the signed payload: one comparison settles the common case, and the
  // slower checks below only run to name what is wrong with a file that differs.
  // A Windows checkout may have turned LF into CRLF; that is transport, not content.
  const rendered = renderJson(doc)
  const asWritten = json.includes('\r') ? json.replace(/\r\n/g, '\n') : json
  if (asWritten === rendered) return { ok: true, kind, doc, key, signedAt: signedAt.ms, payloadSha256: sha256Hex(payload) }
  let fileValue: unknown
  try {
    fileValue = JSON.parse(json)
  } catch {
    return fail('DOCUMENT_INVALID', 'the .json file is not JSON', reexport)
  }
  let fileCanonical: Buffer
  try {
    fileCanonical = canonicalBytes(fileValue)
  } catch {
    return fail('DOCUMENT_INVALID', 'the .json file cannot be canonicalized', reexport)
  }
  if (!fileCanonical.equals(payload)) {
    return fail('PAYLOAD_MISMATCH', `the .json content differs from the signed payload${firstDifference(fileValue, doc)}`, reexport)
  }
  return fail('JSON_RENDERING_MISMATCH', 'the .json has the signed content but not the bytes the tool wrote (reformatted, or a duplicated key)', reexport)
}

function parseCanonicalObject(payload: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(payload.toString('utf8'))
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    return canonicalBytes(value).equals(payload) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** " (first difference at /rows/0/resolved_by)": points the reader at the edit. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  const at = diffPath(a, b, path)
  return at === undefined ? '' : ` (first difference at ${at === '' ? '/' : printableType(at)})`
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

function printableType(text: string): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u001f\u007f]/g, '?')
  return t.length > 80 ? `${t.slice(0, 80)}...` : t
}
