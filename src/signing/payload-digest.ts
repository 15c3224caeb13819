import { createHash } from 'node:crypto'
import { signedPayloadOf } from './document.js'

// The sha256 of a signed document's RFC 8785 form with one top-level member left out, taken from
// the canonical payload it was verified from instead of serializing the document again. A closure
// packet's signature_digest is exactly that (the packet without signature_digest), and computing
// it by canonicalizing the packet a second time was a fifth of a full verify.
//
// Canonical JSON of an object is `{` members `}` joined by `,`, and leaving one member out of the
// object leaves the others' text unchanged. So the digest is over the payload's bytes before and
// after that member (and one comma). Structural characters are ASCII and never occur inside a
// UTF-8 multi-byte sequence, so the scan works on bytes.

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_OBJ = 0x7b
const CLOSE_OBJ = 0x7d
const OPEN_ARR = 0x5b
const CLOSE_ARR = 0x5d
const COLON = 0x3a

/**
 * sha256 hex of `doc` without its top-level member `key`, when `doc` was parsed from a verified
 * canonical payload (signing/document.ts) and holds `key`; undefined otherwise (serialize instead).
 */
export function digestWithout(doc: object, key: string): string | undefined {
  const payload = signedPayloadOf(doc)
  if (!payload || !Object.prototype.hasOwnProperty.call(doc, key)) return undefined
  const span = memberSpan(payload, Buffer.from(JSON.stringify(key), 'utf8'))
  if (!span) return undefined
  return createHash('sha256').update(payload.subarray(0, span.start)).update(payload.subarray(span.end)).digest('hex')
}

/**
 * Where the top-level member named `quotedKey` (its JSON string bytes) lies in canonical `bytes`,
 * with the comma that separates it from a neighbour: [start, end) to cut out.
 */
export function memberSpan(bytes: Uint8Array, quotedKey: Uint8Array): { start: number; end: number } | undefined {
  if (bytes[0] !== OPEN_OBJ) return undefined
  let depth = 0
  let memberStart = -1
  let found = -1
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]
    if (c === QUOTE) {
      const open = i
      for (i++; i < bytes.length && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++
      // A key at depth 1 is a string right after `{` or `,` at that depth, followed by `:`.
      if (depth === 1 && open === memberStart && bytes[i + 1] === COLON && sameBytes(bytes, open, i + 1, quotedKey)) found = memberStart
      continue
    }
    if (c === OPEN_OBJ || c === OPEN_ARR) {
      depth++
      if (depth === 1) memberStart = i + 1
    } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
      depth--
      if (depth === 0) {
        if (found < 0) return undefined
        // The last member: drop the comma before it, unless it is the only one.
        return found === 1 ? { start: found, end: i } : { start: found - 1, end: i }
      }
    } else if (c === COMMA && depth === 1) {
      if (found >= 0) return { start: found, end: i + 1 }
      memberStart = i + 1
    }
  }
  return undefined
}

function sameBytes(bytes: Uint8Array, start: number, end: number, want: Uint8Array): boolean {
  if (end - start !== want.length) return false
  for (let j = 0; j < want.length; j++) if (bytes[start + j] !== want[j]) return false
  return true
}
