import { describe, expect, it } from 'vitest'
import { decodeBase64, pae, parseEnvelope, renderEnvelope } from '../../src/signing/dsse.js'

describe('DSSE pre-authentication encoding', () => {
  it('is "DSSEv1 <len type> <type> <len body> <body>" with byte lengths', () => {
    const got = pae('application/vnd.release-evidence.closure-packet+json', Buffer.from('{"a":"é"}', 'utf8'))
    // the body is 10 bytes: é is two bytes in UTF-8
    expect(got.toString('utf8')).toBe('DSSEv1 52 application/vnd.release-evidence.closure-packet+json 10 {"a":"é"}')
  })

  it('matches the DSSE specification example exactly', () => {
    // secure-systems-lab/dsse protocol.md: PAE("http://example.com/HelloWorld", "hello world")
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString('latin1')).toBe('DSSEv1 29 http://example.com/HelloWorld 11 hello world')
  })

  it('encodes an empty payload', () => {
    expect(pae('t', Buffer.alloc(0)).toString()).toBe('DSSEv1 1 t 0 ')
  })
})

describe('envelope parsing', () => {
  const good = renderEnvelope({ payloadType: 't', payload: Buffer.from('{}').toString('base64'), signatures: [{ keyid: 'k', sig: Buffer.alloc(64).toString('base64') }] })

  it('round-trips the rendered envelope', () => {
    const p = parseEnvelope(good)
    expect(p.ok && p.payload.toString()).toBe('{}')
  })

  it.each([
    ['not JSON', 'nope', 'is not JSON'],
    ['an array', '[]', 'is not a JSON object'],
    ['an unknown field', '{"payloadType":"t","payload":"e30=","signatures":[{"keyid":"k","sig":"AA=="}],"extra":1}', "has unknown field 'extra'"],
    ['no signatures', '{"payloadType":"t","payload":"e30=","signatures":[]}', 'has no signatures'],
    ['non-base64 payload', '{"payloadType":"t","payload":"e30*","signatures":[{"keyid":"k","sig":"AA=="}]}', 'payload is not base64'],
    ['a signature without keyid', '{"payloadType":"t","payload":"e30=","signatures":[{"sig":"AA=="}]}', 'has a signature without a keyid or a base64 sig']
  ])('rejects %s', (_name, text, reason) => {
    expect(parseEnvelope(text)).toEqual({ ok: false, reason })
  })

  it('decodes strict base64 only (Buffer.from would skip junk)', () => {
    expect(decodeBase64('aGVsbG8=')?.toString()).toBe('hello')
    expect(decodeBase64('aGVs bG8=')).toBeUndefined()
    expect(decodeBase64('aGVsbG8')).toBeUndefined()
  })
})
