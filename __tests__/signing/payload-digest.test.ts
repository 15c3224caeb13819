import { describe, expect, it } from 'vitest'
import { signDocument, verifyDocument } from '../../src/signing/document.js'
import { digestWithout, memberSpan } from '../../src/signing/payload-digest.js'
import { signerBlock } from '../../src/signing/signer.js'
import { canonicalBytes, canonicalSha256 } from '../../src/util/hash.js'
import { NOW, testKeyring, testSigner } from './helpers.js'

// The digest of a verified document without one member is taken from its canonical payload's
// bytes (signing/payload-digest.ts); it must equal serializing the rest again, wherever the
// member sits and whatever the other members hold (a nested member of the same name, array-index
// keys that JCS and JS order differently, non-ASCII text, escapes).

const keyring = testKeyring()

const shapes: [string, Record<string, unknown>][] = [
  ['member in the middle', { a: 1, signature_digest: 'x'.repeat(64), z: [1, 2] }],
  ['member first', { signature_digest: 'd', zz: { signature_digest: 'nested' } }],
  ['member last', { aa: { signature_digest: 'nested', '"q': 'quo"te' }, signature_digest: 'd' }],
  ['array-index keys', { '10': 'ten', '9': 'nine', rows: [{ '2': 'b', '11': 'a' }], signature_digest: 'd' }],
  ['non-ASCII and escapes', { note: 'naïve ✓ \u0001 "x" \\ /', signature_digest: 'd', tail: '\u2028' }]
]

describe('digestWithout', () => {
  it.each(shapes)('%s: equals sha256 of the canonical rest', (_name, extra) => {
    const signer = testSigner()
    const doc = { signer: signerBlock(signer), ...extra }
    const files = signDocument('closure-packet', doc, signer)
    const v = verifyDocument('closure-packet', files.json, files.sig, keyring, NOW)
    expect(v.ok).toBe(true)
    if (!v.ok) return
    const { signature_digest: _omit, ...rest } = v.doc
    expect(digestWithout(v.doc, 'signature_digest')).toBe(canonicalSha256(rest))
  })

  it.each([
    ['a document not parsed from a verified payload', () => ({ signature_digest: 'd', a: 1 }), 'signature_digest'],
    ['a member the document does not have', () => ({ a: 1 }), 'signature_digest']
  ])('is undefined for %s', (_name, make, key) => {
    expect(digestWithout(make(), key)).toBeUndefined()
  })

  it.each([
    ['only member', { k: 1 }, '{}'],
    ['nested only', { a: { k: 1 }, b: 2 }, undefined]
  ])('memberSpan: %s', (_name, value, rest) => {
    const bytes = canonicalBytes(value)
    const span = memberSpan(bytes, Buffer.from('"k"'))
    if (rest === undefined) expect(span).toBeUndefined()
    else expect(Buffer.concat([bytes.subarray(0, span!.start), bytes.subarray(span!.end)]).toString()).toBe(rest)
  })
})
