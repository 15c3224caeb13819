import { createHash, X509Certificate } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { UserError } from '../errors.js'
import type { TimestampCode } from './codes.js'
import { SHA256_OID, sha256 } from './request.js'

// Verifying an RFC 3161 timestamp token over a signature, against ONE pinned certificate (the
// TSA's own certificate or a CA above it). pkijs parses the ASN.1 and verifies the CMS signature
// (signed attributes, message digest, the signer's signature); everything that decides whether
// the token may be believed is checked here, explicitly, because no library checks all of it:
//
//   status      granted (0) or grantedWithMods (1), with a token (RFC 3161 2.4.2)
//   token       ContentInfo(SignedData), eContentType id-ct-TSTInfo, exactly one signer, DER
//               with no trailing bytes, TSTInfo version 1
//   imprint     hash algorithm sha256, hashed message = SHA-256(signature bytes)
//   nonce       echoes the request's, when the caller still has the request
//   signature   CMS: content-type and message-digest attributes, signature under the signer cert
//   cert id     the signed SigningCertificate(V2) attribute's first ESSCertID hashes to the signer
//               certificate (RFC 3161 2.4.1 / RFC 5816): the TSA names the cert it signed with
//   chain       signer cert -> ... -> the pinned certificate, by Node's X.509 (issuer name and
//               signature; every issuer a CA), and again by pkijs's chain engine when the
//               pin is a root
//   EKU         the signer cert has exactly one extended key usage, id-kp-timeStamping, critical
//               (RFC 3161 2.3)
//   validity    every certificate on the path is valid at genTime
//
// pkijs on its own checks none of chain, nonce, EKU or certificate identifier unless asked
// (SignedData.verify returns true against an unrelated trusted certificate without checkChain).

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  extKeyUsage: '2.5.29.37',
  timeStamping: '1.3.6.1.5.5.7.3.8'
} as const

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [SHA256_OID]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

/** The certificate that signed a verified token. */
export interface TsaIdentity {
  subject: string
  issuer: string
  /** hex, uppercase, as OpenSSL prints it */
  serialNumber: string
  /** SHA-256 of the certificate's DER, lowercase hex */
  sha256: string
}

export interface TimestampVerified {
  ok: true
  /** the TSA's time, epoch ms */
  genTime: number
  /** TSTInfo.genTime as written (GeneralizedTime, UTC) */
  genTimeText: string
  /** the TSA policy the token was issued under (dotted OID) */
  policy: string
  /** TSTInfo.serialNumber, lowercase hex */
  serialNumber: string
  tsa: TsaIdentity
}

export interface TimestampFailure {
  ok: false
  code: TimestampCode
  message: string
}

export type TimestampVerification = TimestampVerified | TimestampFailure

/** The pinned certificate, parsed once. */
export interface PinnedTsa {
  cert: X509Certificate
  pkijs: pkijs.Certificate
  /** SHA-256 of its DER, lowercase hex */
  sha256: string
}

/** Reads the pinned TSA certificate: a PEM holding exactly one certificate. */
export function parsePinnedTsa(pem: string, where = 'the pinned TSA certificate'): PinnedTsa {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []
  const fix = 'give the PEM of the one certificate you trust for timestamps: the TSA certificate or the CA that issues it'
  if (blocks.length !== 1) {
    throw new UserError({ code: 'KEY_INVALID', message: `${where} must hold exactly one PEM certificate, found ${blocks.length} (fix: ${fix})` })
  }
  try {
    const cert = new X509Certificate(blocks[0])
    return { cert, pkijs: pkijs.Certificate.fromBER(cert.raw), sha256: createHash('sha256').update(cert.raw).digest('hex') }
  } catch (err) {
    throw new UserError({ code: 'KEY_INVALID', message: `${where} is not a readable X.509 certificate (fix: ${fix})`, cause: err })
  }
}

export interface VerifyTimestampOptions {
  /** the nonce of the request this reply answers, when the caller has it (at signing time) */
  nonce?: bigint
}

/**
 * Verifies a timestamp reply (DER TimeStampResp, as the TSA sent it and `openssl ts -reply`
 * writes it) or a bare token (DER ContentInfo) over `signature` against the pinned certificate.
 * Never throws for a bad token: it returns the first failed check.
 */
export async function verifyTimestamp(
  reply: Uint8Array,
  signature: Uint8Array,
  pinned: PinnedTsa | string,
  options: VerifyTimestampOptions = {}
): Promise<TimestampVerification> {
  const anchor = typeof pinned === 'string' ? parsePinnedTsa(pinned) : pinned
  try {
    return await verifyOrThrow(Buffer.from(reply), signature, anchor, options)
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, code: err.code, message: err.message }
    // a structure pkijs could not read: not a token, whatever else it is
    return { ok: false, code: 'TIMESTAMP_TOKEN_MALFORMED', message: `the timestamp is not a DER RFC 3161 reply or token (${err instanceof Error ? err.message.slice(0, 120) : 'unreadable'})` }
  }
}

class Refusal extends Error {
  constructor(
    readonly code: TimestampCode,
    message: string
  ) {
    super(message)
  }
}

function refuse(code: TimestampCode, message: string): never {
  throw new Refusal(code, message)
}

/** Strict DER-ish read: one complete ASN.1 value, nothing after it. */
function readAsn1(bytes: ArrayBuffer | Uint8Array, what: string): asn1js.AsnType {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const parsed = asn1js.fromBER(view)
  if (parsed.offset === -1 || parsed.offset !== view.byteLength) refuse('TIMESTAMP_TOKEN_MALFORMED', `${what} is not one complete ASN.1 value`)
  return parsed.result
}

async function verifyOrThrow(reply: Buffer, signature: Uint8Array, pinned: PinnedTsa, options: VerifyTimestampOptions): Promise<TimestampVerified> {
  const token = readToken(reply)
  if (token.contentType !== OID.signedData) refuse('TIMESTAMP_TOKEN_MALFORMED', `the token's content type is ${token.contentType}, not SignedData`)
  const signed = new pkijs.SignedData({ schema: token.content })
  if (signed.encapContentInfo.eContentType !== OID.tstInfo) refuse('TIMESTAMP_TOKEN_MALFORMED', `the token encapsulates ${signed.encapContentInfo.eContentType}, not a TSTInfo`)
  if (signed.signerInfos.length !== 1) refuse('TIMESTAMP_TOKEN_MALFORMED', `the token has ${signed.signerInfos.length} signers, RFC 3161 allows exactly one (the TSA)`)
  const eContent = signed.encapContentInfo.eContent
  if (!eContent) refuse('TIMESTAMP_TOKEN_MALFORMED', 'the token has no TSTInfo content')
  const tstBytes = new Uint8Array(eContent.getValue())
  const tst = new pkijs.TSTInfo({ schema: readAsn1(tstBytes, 'the TSTInfo') })
  if (tst.version !== 1) refuse('TIMESTAMP_TOKEN_MALFORMED', `the TSTInfo has version ${tst.version}, expected 1`)

  // What is stamped: this signature, by SHA-256.
  const alg = tst.messageImprint.hashAlgorithm.algorithmId
  if (alg !== SHA256_OID) refuse('TIMESTAMP_IMPRINT_MISMATCH', `the token's imprint uses hash ${alg}, expected SHA-256 (${SHA256_OID})`)
  const imprint = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView)
  if (!imprint.equals(sha256(signature))) refuse('TIMESTAMP_IMPRINT_MISMATCH', 'the token stamps other data: its imprint is not SHA-256 of this signature')

  if (options.nonce !== undefined) {
    if (!tst.nonce) refuse('TIMESTAMP_NONCE_MISMATCH', 'the token carries no nonce, the request had one')
    if (tst.nonce.toBigInt() !== options.nonce) refuse('TIMESTAMP_NONCE_MISMATCH', "the token's nonce is not the request's: it answers another request")
  }
  const genTime = tst.genTime.getTime()
  if (!Number.isFinite(genTime)) refuse('TIMESTAMP_TOKEN_MALFORMED', 'the token has no readable genTime')

  // The CMS signature, by pkijs: content-type and message-digest attributes and the signer's signature.
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
  const signerInfo = signed.signerInfos[0]
  const attrs = signerInfo.signedAttrs?.attributes ?? []
  if (attrs.length === 0) refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has no signed attributes, so no signing-certificate attribute')
  const contentTypeAttr = attrs.find((a) => a.type === OID.contentType)
  const contentType = contentTypeAttr?.values.length === 1 && contentTypeAttr.values[0] instanceof asn1js.ObjectIdentifier ? contentTypeAttr.values[0].valueBlock.toString() : undefined
  if (contentType !== OID.tstInfo) refuse('TIMESTAMP_SIGNATURE_INVALID', 'the signed content-type attribute does not name TSTInfo')
  if (!attrs.some((a) => a.type === OID.messageDigest)) refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has no signed message-digest attribute')

  const data = new Uint8Array(signature).slice().buffer
  const signerCert = await cmsSignerCertificate(signed, certs, pinned, data)

  // The TSA names, inside what it signed, the certificate it signed with.
  checkEssCertId(attrs, signerCert)

  // Chain: the signer certificate must lead to the pinned certificate, each link valid at genTime.
  const path = chainToPinned(new X509Certificate(Buffer.from(signerCert.toSchema().toBER(false))), certs, pinned, genTime)

  // Role: a TSA certificate, and only that (RFC 3161 2.3).
  checkTimestampingEku(signerCert)

  // Second opinion on the chain, by pkijs's validation engine, at genTime, when the pin is a root
  // (its engine wants a self-signed anchor; a pinned TSA certificate is the signer itself, above).
  if (path.length > 1 && pinned.cert.checkIssued(pinned.cert)) try {
    await signed.verify({ signer: 0, data, checkChain: true, trustedCerts: [pinned.pkijs], checkDate: tst.genTime })
  } catch (err) {
    refuse('TIMESTAMP_UNTRUSTED', `the signer certificate does not chain to the pinned certificate at genTime (${describeVerifyError(err)})`)
  }

  const leaf = path[0]
  return {
    ok: true,
    genTime,
    genTimeText: tst.genTime.toISOString(),
    policy: tst.policy,
    serialNumber: Buffer.from(tst.serialNumber.valueBlock.valueHexView).toString('hex'),
    tsa: {
      subject: leaf.subject,
      issuer: leaf.issuer,
      serialNumber: leaf.serialNumber.toUpperCase(),
      sha256: createHash('sha256').update(leaf.raw).digest('hex')
    }
  }
}

/** A TimeStampResp (status, token) or a bare token (ContentInfo); the status is checked here. */
function readToken(reply: Buffer): pkijs.ContentInfo {
  const root = readAsn1(reply, 'the timestamp')
  const first = root instanceof asn1js.Sequence ? root.valueBlock.value[0] : undefined
  if (first instanceof asn1js.ObjectIdentifier) return new pkijs.ContentInfo({ schema: root })
  const resp = new pkijs.TimeStampResp({ schema: root })
  // PKIStatus as a number: 0 granted, 1 grantedWithMods (RFC 3161 §2.4.2)
  const status = Number(resp.status.status)
  if (status !== 0 && status !== 1) {
    const text = resp.status.statusStrings?.map((s) => s.valueBlock.value).join('; ')
    refuse('TIMESTAMP_NOT_GRANTED', `the TSA did not grant the timestamp: status ${status}${text ? ` (${text.slice(0, 200)})` : ''}`)
  }
  if (!resp.timeStampToken) refuse('TIMESTAMP_TOKEN_MALFORMED', 'the reply is granted but carries no token')
  return resp.timeStampToken
}

/**
 * The certificate the CMS signature verifies under (found by the signer identifier among the
 * token's certificates, or the pinned certificate itself when the token carries none).
 */
async function cmsSignerCertificate(signed: pkijs.SignedData, certs: pkijs.Certificate[], pinned: PinnedTsa, data: ArrayBuffer): Promise<pkijs.Certificate> {
  // pkijs finds the signer among `certificates`; add the pinned certificate for a token made
  // without certReq that a pinned TSA certificate signed.
  // (Set on the parsed object: a re-encoded copy loses the signed attributes' original bytes.)
  if (!certs.some((c) => Buffer.from(c.toSchema().toBER(false)).equals(pinned.cert.raw))) signed.certificates = [...(signed.certificates ?? []), pinned.pkijs]
  let result: pkijs.SignedDataVerifyResult
  try {
    result = await signed.verify({ signer: 0, data, checkChain: false, extendedMode: true })
  } catch (err) {
    refuse('TIMESTAMP_SIGNATURE_INVALID', `the token's signature does not verify (${describeVerifyError(err)})`)
  }
  if (!result.signatureVerified || !result.signerCertificate) refuse('TIMESTAMP_SIGNATURE_INVALID', `the token's signature does not verify (${result.message || 'no signer certificate'})`)
  return result.signerCertificate
}

function describeVerifyError(err: unknown): string {
  const text = err instanceof Error ? err.message : typeof err === 'object' && err !== null && 'message' in err ? String((err).message) : String(err)
  return text.slice(0, 160) || 'no reason given'
}

/** RFC 3161 2.4.1 / RFC 5816: the first ESSCertID(v2) of the signed SigningCertificate(V2) is the signer's. */
function checkEssCertId(attrs: pkijs.Attribute[], signerCert: pkijs.Certificate): void {
  const der = Buffer.from(signerCert.toSchema().toBER(false))
  const v1 = attrs.filter((a) => a.type === OID.signingCertificate)
  const v2 = attrs.filter((a) => a.type === OID.signingCertificateV2)
  if (v1.length + v2.length === 0) refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has no signing-certificate attribute naming the TSA certificate')
  if (v1.length > 1 || v2.length > 1) refuse('TIMESTAMP_SIGNATURE_INVALID', 'the token has more than one signing-certificate attribute of a kind')
  const checks: [pkijs.Attribute | undefined, boolean][] = [
    [v2[0], true],
    [v1[0], false]
  ]
  for (const [attr, isV2] of checks) {
    if (!attr) continue
    const value: unknown = attr.values.length === 1 ? attr.values[0] : undefined
    const certIds = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined
    const first = certIds instanceof asn1js.Sequence ? certIds.valueBlock.value[0] : undefined
    const parts = first instanceof asn1js.Sequence ? first.valueBlock.value : []
    let hashName = 'sha1'
    let hashField = parts[0]
    if (isV2) {
      hashName = 'sha256'
      if (parts[0] instanceof asn1js.Sequence) {
        const algorithm = new pkijs.AlgorithmIdentifier({ schema: parts[0] })
        hashName = HASHES[algorithm.algorithmId] ?? ''
        if (!hashName || hashName === 'sha1') refuse('TIMESTAMP_SIGNATURE_INVALID', `the signing-certificate attribute hashes with ${algorithm.algorithmId}, which is not accepted`)
        hashField = parts[1]
      }
    }
    if (!(hashField instanceof asn1js.OctetString)) refuse('TIMESTAMP_SIGNATURE_INVALID', 'the signing-certificate attribute is not an ESSCertID list')
    const expected = createHash(hashName).update(der).digest()
    if (!Buffer.from(hashField.valueBlock.valueHexView).equals(expected)) {
      refuse('TIMESTAMP_SIGNATURE_INVALID', 'the signing-certificate attribute names another certificate than the one that signed the token')
    }
  }
}

/** The path signer -> ... -> pinned, checked with Node's X.509 (OpenSSL underneath). */
function chainToPinned(signer: X509Certificate, tokenCerts: pkijs.Certificate[], pinned: PinnedTsa, genTime: number): X509Certificate[] {
  const pool = [pinned.cert, ...tokenCerts.map((c) => new X509Certificate(Buffer.from(c.toSchema().toBER(false))))]
  const path: X509Certificate[] = []
  let current = signer
  for (let depth = 0; depth < 8; depth++) {
    checkValidAt(current, genTime, depth === 0 ? 'the TSA certificate' : `the CA certificate '${current.subject.replace(/\n/g, ', ')}'`)
    path.push(current)
    if (current.raw.equals(pinned.cert.raw)) return path
    const issuer = pool.find((c) => !c.raw.equals(current.raw) && c.ca && current.checkIssued(c) && current.verify(c.publicKey))
    if (!issuer) {
      refuse('TIMESTAMP_UNTRUSTED', `the TSA certificate '${signer.subject.replace(/\n/g, ', ')}' does not chain to the pinned certificate '${pinned.cert.subject.replace(/\n/g, ', ')}' (sha256 ${pinned.sha256.slice(0, 16)}...)`)
    }
    current = issuer
  }
  refuse('TIMESTAMP_UNTRUSTED', 'the TSA certificate chain is longer than 8 certificates')
}

function checkValidAt(cert: X509Certificate, at: number, what: string): void {
  const from = Date.parse(cert.validFrom)
  const to = Date.parse(cert.validTo)
  if (!Number.isFinite(from) || !Number.isFinite(to)) refuse('TIMESTAMP_TSA_CERT_INVALID', `${what} has an unreadable validity period`)
  if (at < from || at > to) {
    refuse('TIMESTAMP_TSA_CERT_INVALID', `${what} is not valid at the token's time ${new Date(at).toISOString()} (valid ${new Date(from).toISOString()} to ${new Date(to).toISOString()})`)
  }
}

/** RFC 3161 2.3: "The corresponding certificate MUST contain only one instance of the extended key usage field extension ... with KeyPurposeID having value id-kp-timeStamping. This extension MUST be critical." */
function checkTimestampingEku(cert: pkijs.Certificate): void {
  const ekus = (cert.extensions ?? []).filter((e) => e.extnID === OID.extKeyUsage)
  if (ekus.length !== 1) refuse('TIMESTAMP_TSA_CERT_INVALID', `the TSA certificate has ${ekus.length} extended key usage extensions, RFC 3161 requires exactly one (timeStamping)`)
  const eku = ekus[0]
  const purposes = eku.parsedValue instanceof pkijs.ExtKeyUsage ? eku.parsedValue.keyPurposes : undefined
  if (!purposes || purposes.length !== 1 || purposes[0] !== OID.timeStamping) {
    refuse('TIMESTAMP_TSA_CERT_INVALID', `the TSA certificate's extended key usage is [${(purposes ?? []).join(', ')}], RFC 3161 requires exactly timeStamping (${OID.timeStamping})`)
  }
  if (!eku.critical) refuse('TIMESTAMP_TSA_CERT_INVALID', "the TSA certificate's extended key usage (timeStamping) is not marked critical, as RFC 3161 requires")
}
