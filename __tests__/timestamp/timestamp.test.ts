import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, sign, webcrypto } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderEnvelope } from '../../src/signing/dsse.js'
import { buildTimestampRequest, postTimestampRequest, sha256, SHA256_OID, TimestampError } from '../../src/timestamp/request.js'
import { timestampSignature } from '../../src/timestamp/stamp.js'
import { signatureTime } from '../../src/timestamp/time.js'
import { parsePinnedTsa, verifyTimestamp } from '../../src/timestamp/verify.js'
import { issue, openssl, opensslStatus, pki, startTsa, tsaConfig, type TestTsa } from './tsa.js'

// Every token here is issued by OpenSSL's TSA (`openssl ts -reply`) over loopback HTTP, or, for
// the certificates OpenSSL's TSA refuses to sign with, re-signed by `openssl cms -sign -cades`.

const { privateKey } = generateKeyPairSync('ed25519')
/** an Ed25519 signature, as a DSSE envelope carries it: the bytes that get stamped */
const signature = sign(null, Buffer.from('DSSEv1 4 test 5 hello'), privateKey)
const otherSignature = sign(null, Buffer.from('DSSEv1 4 test 5 world'), privateKey)

let good: ReturnType<typeof pki>
let other: ReturnType<typeof pki>
let tsa: TestTsa
let otherTsa: TestTsa
let sha384Only: TestTsa
let essV1: TestTsa
let goodReply: Buffer
let goodNonce: bigint
let work: string

beforeAll(async () => {
  good = pki('good')
  other = pki('other')
  tsa = await startTsa(good.config)
  otherTsa = await startTsa(other.config)
  sha384Only = await startTsa(tsaConfig(good.dir, good.tsa, { digests: 'sha384' }))
  essV1 = await startTsa(tsaConfig(good.dir, good.tsa, { essCertIdAlg: 'sha1' }))
  const request = buildTimestampRequest(signature)
  goodReply = await postTimestampRequest(request, { url: tsa.url })
  goodNonce = request.nonce
  work = mkdtempSync(join(tmpdir(), 'tsa-verify-'))
})

afterAll(async () => {
  await Promise.all([tsa, otherTsa, sha384Only, essV1].map((t) => t?.close()))
})

describe('the request', () => {
  it('is DER for sha256(signature bytes), with a 64-bit nonce and certReq, posted as application/timestamp-query', async () => {
    const request = buildTimestampRequest(signature, 0xfedcba9876543210n)
    const parsed = pkijs.TimeStampReq.fromBER(request.der)
    expect(parsed.version).toBe(1)
    expect(parsed.messageImprint.hashAlgorithm.algorithmId).toBe(SHA256_OID)
    expect(Buffer.from(parsed.messageImprint.hashedMessage.valueBlock.valueHexView)).toEqual(sha256(signature))
    expect(parsed.nonce?.toBigInt()).toBe(0xfedcba9876543210n)
    expect(parsed.certReq).toBe(true)
    // OpenSSL reads it as we meant it
    const file = join(work, 'q.tsq')
    writeFileSync(file, request.der)
    const text = openssl(['ts', '-query', '-in', file, '-text'], work)
    expect(text).toContain('Hash Algorithm: sha256')
    expect(text).toContain('Nonce: 0xFEDCBA9876543210')
    expect(text).toContain('Certificate required: yes')
    expect(text.replace(/[\s-]/g, '')).toContain(sha256(signature).toString('hex').slice(0, 16))
  })

  it('draws a fresh nonce each time', () => {
    const nonces = new Set(Array.from({ length: 8 }, () => buildTimestampRequest(signature).nonce))
    expect(nonces.size).toBe(8)
    for (const n of nonces) expect(n >= 0n && n < 1n << 64n).toBe(true)
  })
})

describe('a token from the TSA on this machine', () => {
  it('round-trips: request, reply, verify against the pinned CA gives genTime close to now', async () => {
    const before = Date.now()
    const stamped = await timestampSignature(signature, { url: tsa.url, pinned: good.ca.pem })
    const after = Date.now()
    // genTime has whole seconds (accuracy 1 s)
    expect(stamped.verified.genTime).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000)
    expect(stamped.verified.genTime).toBeLessThanOrEqual(after + 1000)
    expect(stamped.verified.tsa.subject).toBe('CN=good TSA')
    expect(stamped.verified.tsa.issuer).toBe('CN=good Root')
    expect(stamped.verified.policy).toBe('1.2.3.4.1')
    // the stored bytes are the TSA's reply as sent, and they verify again later without the request
    expect((await verifyTimestamp(stamped.reply, signature, good.ca.pem)).ok).toBe(true)
  })

  it.each([
    ['the CA that issued the TSA certificate', () => good.ca.pem],
    ['the TSA certificate itself', () => good.tsa.pem]
  ])('verifies when the pin is %s', async (_, pin) => {
    const v = await verifyTimestamp(goodReply, signature, pin(), { nonce: goodNonce })
    expect(v).toMatchObject({ ok: true, tsa: { subject: 'CN=good TSA' } })
  })

  it('verifies a token whose signing-certificate attribute is the SHA-1 ESSCertID (v1)', async () => {
    const stamped = await timestampSignature(signature, { url: essV1.url, pinned: good.ca.pem })
    expect(stamped.verified.ok).toBe(true)
  })

  it('verifies without the request (a reader has only the stored reply): the nonce is the requester\'s check', async () => {
    expect((await verifyTimestamp(goodReply, signature, good.ca.pem)).ok).toBe(true)
  })

  const failures: [string, () => Promise<unknown>, string, RegExp][] = [
    ['other data (imprint mismatch)', () => verifyTimestamp(goodReply, otherSignature, good.ca.pem), 'TIMESTAMP_IMPRINT_MISMATCH', /not SHA-256 of this signature/],
    ['another request\'s nonce', () => verifyTimestamp(goodReply, signature, good.ca.pem, { nonce: goodNonce ^ 1n }), 'TIMESTAMP_NONCE_MISMATCH', /answers another request/],
    ['a TSA not chained to the pinned CA', async () => verifyTimestamp(await postTimestampRequest(buildTimestampRequest(signature), { url: otherTsa.url }), signature, good.ca.pem), 'TIMESTAMP_UNTRUSTED', /'CN=other TSA' does not chain to the pinned certificate 'CN=good Root'/],
    ['a pin on an unrelated TSA certificate', () => verifyTimestamp(goodReply, signature, other.tsa.pem), 'TIMESTAMP_UNTRUSTED', /does not chain/],
    ['a flipped byte in the TSA signature', () => verifyTimestamp(flipLast(goodReply), signature, good.ca.pem), 'TIMESTAMP_SIGNATURE_INVALID', /does not verify/],
    ['a trailing byte', () => verifyTimestamp(Buffer.concat([goodReply, Buffer.from([0])]), signature, good.ca.pem), 'TIMESTAMP_TOKEN_MALFORMED', /one complete ASN\.1 value/],
    ['a truncated reply', () => verifyTimestamp(goodReply.subarray(0, 100), signature, good.ca.pem), 'TIMESTAMP_TOKEN_MALFORMED', /ASN\.1/],
    ['not ASN.1 at all', () => verifyTimestamp(Buffer.from('{"not":"a token"}'), signature, good.ca.pem), 'TIMESTAMP_TOKEN_MALFORMED', /ASN\.1/]
  ]
  it.each(failures)('fails for %s', async (_, check, code, message) => {
    const v = (await check()) as { ok: boolean; code: string; message: string }
    expect(v).toMatchObject({ ok: false, code })
    expect(v.message).toMatch(message)
  })

  it('reports a refusal by the TSA (it only stamps SHA-384) as not granted', async () => {
    const reply = await postTimestampRequest(buildTimestampRequest(signature), { url: sha384Only.url })
    expect(await verifyTimestamp(reply, signature, good.ca.pem)).toMatchObject({ ok: false, code: 'TIMESTAMP_NOT_GRANTED', message: expect.stringMatching(/status 2/) })
    const err = await timestampSignature(signature, { url: sha384Only.url, pinned: good.ca.pem }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TimestampError)
    expect(err).toMatchObject({ code: 'TIMESTAMP_FAILED', reason: 'not-granted' })
  })

  it('refuses at signing time a reply that the pinned certificate does not vouch for', async () => {
    const err = await timestampSignature(signature, { url: otherTsa.url, pinned: good.ca.pem }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'TIMESTAMP_FAILED', reason: 'token-rejected', message: expect.stringMatching(/^TIMESTAMP_UNTRUSTED: .*\(fix: pin the certificate/) })
  })

  it('refuses a pin that is not exactly one certificate', () => {
    expect(() => parsePinnedTsa('')).toThrow(/exactly one PEM certificate, found 0/)
    expect(() => parsePinnedTsa(good.ca.pem + other.ca.pem)).toThrow(/found 2/)
    expect(() => parsePinnedTsa('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')).toThrow(/not a readable X\.509 certificate/)
  })
})

describe('the TSA certificate (RFC 3161 2.3: exactly one EKU, timeStamping, critical) and its validity at genTime', () => {
  /** Re-signs a TSTInfo as a token with `cert`, the way a TSA would: CMS SignedData, CAdES signingCertificateV2. */
  function resign(tstInfo: Uint8Array, cert: { cert: string; key: string }): Buffer {
    const dir = mkdtempSync(join(work, 'cms-'))
    writeFileSync(join(dir, 'tst.der'), tstInfo)
    openssl(['cms', '-sign', '-binary', '-nodetach', '-cades', '-nosmimecap', '-md', 'sha256', '-econtent_type', '1.2.840.113549.1.9.16.1.4',
      '-signer', cert.cert, '-inkey', cert.key, '-in', 'tst.der', '-outform', 'DER', '-out', 'token.der'], dir)
    return readFileSync(join(dir, 'token.der'))
  }

  function tstInfoOf(reply: Buffer): Uint8Array {
    const resp = pkijs.TimeStampResp.fromBER(reply)
    const signed = new pkijs.SignedData({ schema: resp.timeStampToken!.content })
    return new Uint8Array(signed.encapContentInfo.eContent!.getValue())
  }

  /** goodReply's TSTInfo stamped now: the certificates below were issued after goodReply. */
  function freshTstInfo(): Uint8Array {
    const tst = pkijs.TSTInfo.fromBER(tstInfoOf(goodReply))
    tst.genTime = new Date(Math.ceil(Date.now() / 1000) * 1000)
    return new Uint8Array(tst.toSchema().toBER(false))
  }

  it('OpenSSL\'s TSA itself refuses to sign with a non-critical timeStamping EKU', () => {
    const loose = issue(good.ca, 'loose TSA', 'timeStamping')
    const dir = mkdtempSync(join(work, 'refuse-'))
    writeFileSync(join(dir, 'q.tsq'), buildTimestampRequest(signature).der)
    const r = opensslStatus(['ts', '-reply', '-config', tsaConfig(good.dir, loose), '-queryfile', 'q.tsq', '-out', 'r.tsr'], dir)
    expect(r.out).toMatch(/invalid signer certificate purpose/)
  })

  it('the re-signing route is sound: a critical timeStamping certificate passes it', async () => {
    const token = resign(tstInfoOf(goodReply), good.tsa)
    expect(await verifyTimestamp(token, signature, good.ca.pem)).toMatchObject({ ok: true, tsa: { subject: 'CN=good TSA' } })
    expect(opensslVerifyToken(token).status).toBe(0)
  })

  it.each([
    ['timeStamping, not critical', 'timeStamping', /not marked critical/],
    ['timeStamping and codeSigning', 'critical,timeStamping,codeSigning', /requires exactly timeStamping/],
    ['codeSigning only', 'critical,codeSigning', /requires exactly timeStamping/],
    ['no extended key usage', null, /0 extended key usage extensions/]
  ])('fails for a TSA certificate with %s (and `openssl ts -verify` agrees)', async (name, eku, message) => {
    const cert = issue(good.ca, `eku ${name}`, eku)
    const token = resign(freshTstInfo(), cert)
    expect(await verifyTimestamp(token, signature, good.ca.pem)).toMatchObject({ ok: false, code: 'TIMESTAMP_TSA_CERT_INVALID', message: expect.stringMatching(message) })
    const r = opensslVerifyToken(token)
    expect(r.status).not.toBe(0)
    expect(r.out).toMatch(/unsuitable certificate purpose/)
  })

  function opensslVerifyToken(token: Buffer): { status: number; out: string } {
    const dir = mkdtempSync(join(work, 'eku-'))
    writeFileSync(join(dir, 'token.der'), token)
    writeFileSync(join(dir, 'sig.bin'), signature)
    return opensslStatus(['ts', '-verify', '-token_in', '-in', 'token.der', '-data', 'sig.bin', '-CAfile', good.ca.cert], dir)
  }

  it('fails when genTime is outside the TSA certificate\'s validity', async () => {
    const tst = pkijs.TSTInfo.fromBER(tstInfoOf(goodReply))
    tst.genTime = new Date(Date.UTC(2020, 0, 1))
    const token = resign(new Uint8Array(tst.toSchema().toBER(false)), good.tsa)
    expect(await verifyTimestamp(token, signature, good.ca.pem)).toMatchObject({ ok: false, code: 'TIMESTAMP_TSA_CERT_INVALID', message: expect.stringMatching(/not valid at the token's time 2020-01-01T00:00:00.000Z/) })
  })

  /**
   * A token made with pkijs, signed by `signer`'s key, whose SigningCertificateV2 names `named`:
   * the one way to get a valid CMS signature whose certificate identifier lies.
   */
  async function tokenNaming(tstInfo: Uint8Array, signer: { cert: string; key: string }, named: string): Promise<Buffer> {
    const derOf = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64')
    const key = await webcrypto.subtle.importKey('pkcs8', derOf(readFileSync(signer.key, 'utf8')), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])
    const cert = pkijs.Certificate.fromBER(derOf(readFileSync(signer.cert, 'utf8')))
    const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: sha256(derOf(named)) })] })] })] })
    const tstOid = '1.2.840.113549.1.9.16.1.4'
    const signed = new pkijs.SignedData({
      version: 3,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: tstOid, eContent: new asn1js.OctetString({ valueHex: tstInfo }) }),
      certificates: [cert],
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: tstOid })] }),
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: sha256(tstInfo) })] }),
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.47', values: [essCertIdV2] })
            ]
          })
        })
      ]
    })
    await signed.sign(key, 0, 'SHA-256')
    return Buffer.from(new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signed.toSchema(true) }).toSchema().toBER(false))
  }

  it.each([
    ['names the certificate that signed: verifies', () => good.tsa.pem, { ok: true }],
    ['names another TSA certificate of the same CA: fails', () => issue(good.ca, 'twin TSA', 'critical,timeStamping').pem, { ok: false, code: 'TIMESTAMP_SIGNATURE_INVALID', message: expect.stringMatching(/names another certificate/) }]
  ])('a token whose signing-certificate attribute %s', async (_, named, expected) => {
    const token = await tokenNaming(freshTstInfo(), good.tsa, named())
    expect(await verifyTimestamp(token, signature, good.ca.pem)).toMatchObject(expected)
  })
})

describe('transport errors are classified, with the TSA URL shown without credentials', () => {
  const cases: [string, () => Promise<string>, string, RegExp][] = [
    ['unreachable', async () => closedPortUrl(), 'unreachable', /^cannot reach the TSA at http:\/\/127\.0\.0\.1:\d+\/tsr \(ECONNREFUSED\)/],
    ['HTTP 500', async () => behave('http-500'), 'http-status', /answered HTTP 500 Internal Server Error/],
    ['a page, not a reply', async () => behave('html'), 'reply-invalid', /content type 'text\/html', not application\/timestamp-reply/],
    ['no answer in time', async () => behave('hang'), 'timeout', /did not answer within 300 ms/],
    ['not http', async () => 'ftp://127.0.0.1/tsr', 'url-invalid', /must be http or https, not ftp/],
    ['not a URL', async () => 'tsa.example', 'url-invalid', /not a URL/]
  ]
  it.each(cases)('%s', async (_, urlOf, reason, message) => {
    const url = await urlOf()
    const err = await postTimestampRequest(buildTimestampRequest(signature), { url, timeoutMs: 300 }).catch((e: unknown) => e)
    tsa.behaviour = 'reply'
    expect(err).toBeInstanceOf(TimestampError)
    expect(err).toMatchObject({ code: 'TIMESTAMP_FAILED', reason })
    expect((err as Error).message).toMatch(message)
  })

  it('sends userinfo as Basic auth and never shows it, nor the query', async () => {
    const url = new URL(tsa.url)
    const withSecrets = `http://alice:s3cr%40t@${url.host}${url.pathname}?token=hunter2`
    tsa.behaviour = 'http-500'
    const err = (await postTimestampRequest(buildTimestampRequest(signature), { url: withSecrets }).catch((e: unknown) => e)) as Error
    tsa.behaviour = 'reply'
    expect(err.message).toContain(`the TSA at http://${url.host}/tsr answered HTTP 500`)
    expect(err.message).not.toMatch(/alice|s3cr|hunter2/)
    expect(tsa.lastAuthorization).toBe(`Basic ${Buffer.from('alice:s3cr@t').toString('base64')}`)
    // and a reply still comes back through the same credentials path
    expect((await timestampSignature(signature, { url: withSecrets, pinned: good.ca.pem })).verified.ok).toBe(true)
  })

  function behave(b: TestTsa['behaviour']): string {
    tsa.behaviour = b
    return tsa.url
  }

  async function closedPortUrl(): Promise<string> {
    const t = await startTsa(good.config)
    await t.close()
    return t.url
  }
})

describe('OpenSSL accepts what the code accepts (the documented check)', () => {
  /** The POSIX sh block of docs/trusted-time.md, run with sh in a temporary directory. */
  function documented(): string {
    const doc = readFileSync(new URL('../../docs/trusted-time.md', import.meta.url), 'utf8')
    const m = /<!-- check-token -->\n```sh\n([\s\S]*?)```/.exec(doc)
    if (!m) throw new Error('docs/trusted-time.md has no check-token block')
    return m[1]
  }

  function check(files: { sig: Buffer; tsr: Buffer; pin: string }): { status: number; out: string } {
    const dir = mkdtempSync(join(work, 'doc-'))
    const envelope = { payloadType: 'application/vnd.release-evidence.closure-packet+json', payload: Buffer.from('{}').toString('base64'), signatures: [{ keyid: 'k', sig: files.sig.toString('base64') }] }
    writeFileSync(join(dir, 'packet-r001.sig'), renderEnvelope(envelope))
    writeFileSync(join(dir, 'packet-r001.tsr'), files.tsr)
    writeFileSync(join(dir, 'tsa.pem'), files.pin)
    try {
      const out = execFileSync('sh', ['-c', documented()], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' } })
      return { status: 0, out }
    } catch (err) {
      const e = err as { status?: number; stdout?: string; stderr?: string }
      return { status: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
    }
  }

  it('accepts the token the code accepted', async () => {
    expect((await verifyTimestamp(goodReply, signature, good.ca.pem)).ok).toBe(true)
    const r = check({ sig: signature, tsr: goodReply, pin: good.ca.pem })
    expect(r.out).toContain('Verification: OK')
    expect(r.status).toBe(0)
  })

  it.each([
    ['other data', () => ({ sig: otherSignature, tsr: goodReply, pin: good.ca.pem })],
    ['another CA pinned', () => ({ sig: signature, tsr: goodReply, pin: other.ca.pem })]
  ])('rejects what the code rejects: %s', async (_, files) => {
    const f = files()
    expect((await verifyTimestamp(f.tsr, f.sig, f.pin)).ok).toBe(false)
    const r = check(f)
    expect(r.out).toContain('Verification: FAILED')
    expect(r.status).not.toBe(0)
  })
})

describe('signatureTime: the instant validity is judged at', () => {
  const claim = () => Date.now() - 3_600_000 // the signer says "an hour ago"

  it('is the TSA\'s genTime when a verified token exists, whatever the signer claims', async () => {
    const c = claim()
    const t = await signatureTime(signature, goodReply, good.ca.pem, c)
    expect(t).toMatchObject({ ok: true, source: 'tsa', claimedAt: c, tsa: { subject: 'CN=good TSA' } })
    expect(t.ok && t.at).toBe((await verifyTimestamp(goodReply, signature, good.ca.pem) as { genTime: number }).genTime)
  })

  it.each([
    ['no token', undefined, () => good.ca.pem, 'no-token'],
    ['a token but no pinned TSA', () => goodReply, undefined, 'no-pinned-tsa']
  ] as const)('is the signer\'s claim, marked as such, with %s', async (_, token, pin, why) => {
    const c = claim()
    expect(await signatureTime(signature, token?.(), pin?.(), c)).toEqual({ ok: true, source: 'signer-claim', at: c, claimedAt: c, why })
  })

  it('fails, never falls back, for a token that does not verify', async () => {
    expect(await signatureTime(otherSignature, goodReply, good.ca.pem, claim())).toMatchObject({ ok: false, code: 'TIMESTAMP_IMPRINT_MISMATCH' })
  })

  it('fails for a claim later than the TSA time (beyond the tolerance)', async () => {
    const later = Date.now() + 3_600_000
    expect(await signatureTime(signature, goodReply, good.ca.pem, later)).toMatchObject({ ok: false, code: 'TIMESTAMP_CLAIM_AFTER_TSA' })
    expect(await signatureTime(signature, goodReply, good.ca.pem, later, { toleranceMs: 2 * 3_600_000 })).toMatchObject({ ok: true, source: 'tsa' })
  })
})

function flipLast(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes)
  copy[copy.length - 1] ^= 0x01
  return copy
}
