import { createHash, randomBytes } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { UserError } from '../errors.js'

// Asking a time-stamping authority (RFC 3161) to countersign a signature. What is stamped is the
// signature value itself (RFC 3161 Appendix A; sigstore countersigns the raw signature bytes):
// the imprint is SHA-256 of those bytes, so the token proves the signature existed at genTime.
// The request carries a fresh 64-bit nonce, which the reply must echo, and certReq, so the TSA
// puts its certificate in the token and a reader needs only the pinned certificate.

export const SHA256_OID = '2.16.840.1.101.3.4.2.1'
export const QUERY_TYPE = 'application/timestamp-query'
export const REPLY_TYPE = 'application/timestamp-reply'
/** A reply is a few kilobytes; anything past this is not one. */
export const MAX_REPLY_BYTES = 1 << 20
export const DEFAULT_TIMEOUT_MS = 10_000

export type TimestampFailureReason = 'url-invalid' | 'unreachable' | 'timeout' | 'http-status' | 'reply-invalid' | 'not-granted' | 'token-rejected'

/** Getting a token failed: the user's TSA setting or the TSA itself; the message names which and what to do. */
export class TimestampError extends UserError {
  readonly reason: TimestampFailureReason

  constructor(reason: TimestampFailureReason, message: string, cause?: unknown) {
    super({ code: 'TIMESTAMP_FAILED', message, cause })
    this.reason = reason
  }
}

export interface TimestampRequest {
  /** the DER TimeStampReq */
  der: Buffer
  /** the 64-bit nonce the reply must echo */
  nonce: bigint
  /** SHA-256 of the signature bytes */
  imprint: Buffer
}

export function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest()
}

/** A random non-negative 64-bit nonce. */
export function randomNonce(): bigint {
  return randomBytes(8).readBigUInt64BE()
}

/** DER TimeStampReq { version 1, messageImprint sha256(signature), nonce, certReq TRUE }. */
export function buildTimestampRequest(signature: Uint8Array, nonce: bigint = randomNonce()): TimestampRequest {
  if (nonce < 0n || nonce >= 1n << 64n) throw new RangeError('the nonce is a 64-bit unsigned integer')
  const imprint = sha256(signature)
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      // parameters absent, as RFC 5754 asks for SHA-2 and as openssl and sigstore write it
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: imprint })
    }),
    nonce: asn1js.Integer.fromBigInt(nonce),
    certReq: true
  })
  return { der: Buffer.from(req.toSchema().toBER(false)), nonce, imprint }
}

export interface TsaEndpoint {
  /** http(s) URL of the TSA; user:password in it is sent as Basic auth and never shown */
  url: string
  /** default 10 s */
  timeoutMs?: number
}

/**
 * What to mask of a configured TSA URL: its credentials (userinfo, query, fragment), so logs still
 * name the host; the whole text when it is not an http(s) URL.
 */
export function tsaUrlSecrets(text: string): string[] {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return [text]
  }
  // `user:pass@host/tsr` parses as a URL of scheme "user:": anything but http(s) is masked whole
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [text]
  // a password however short; a user name, query or fragment from 3 characters (shorter ones would mask common text)
  const parts = [url.password, safeDecode(url.password), ...[url.username, safeDecode(url.username), url.search.slice(1), url.hash.slice(1)].filter((p) => p.length >= 3)]
  return [...new Set(parts.filter((p) => p !== ''))]
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The TSA URL as it may be shown: no userinfo, no query, no fragment (either may hold a token). */
export function shownUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`
}

function parseTsaUrl(text: string): { url: URL; headers: Record<string, string> } {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new TimestampError('url-invalid', 'the TSA URL is not a URL', undefined)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TimestampError('url-invalid', `the TSA URL must be http or https, not ${url.protocol.replace(/:$/, '')} (fix: give the TSA's RFC 3161 HTTP endpoint)`)
  }
  const headers: Record<string, string> = { 'content-type': QUERY_TYPE, accept: REPLY_TYPE }
  if (url.username !== '' || url.password !== '') {
    // fetch refuses URLs with credentials; RFC 3161 section 3.4 leaves auth to HTTP, so Basic it is
    const user = decodeURIComponent(url.username)
    const pass = decodeURIComponent(url.password)
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`, 'utf8').toString('base64')}`
    url.username = ''
    url.password = ''
  }
  return { url, headers }
}

/**
 * POSTs the request to the TSA and returns the reply's DER bytes (a TimeStampResp, not yet
 * verified: verifyTimestamp does that). Throws a TimestampError naming what failed.
 */
export async function postTimestampRequest(request: TimestampRequest, endpoint: TsaEndpoint): Promise<Buffer> {
  const { url, headers } = parseTsaUrl(endpoint.url)
  const shown = shownUrl(url)
  const timeoutMs = endpoint.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let response: Response
  try {
    response = await fetch(url, { method: 'POST', headers, body: request.der, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      throw new TimestampError('timeout', `the TSA at ${shown} did not answer within ${timeoutMs} ms (fix: check the TSA URL and the network, or raise the timeout)`, err)
    }
    throw new TimestampError('unreachable', `cannot reach the TSA at ${shown}${causeCode(err)} (fix: check the TSA URL and that the runner can reach it)`, err)
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined)
    const text = response.statusText ? ` ${response.statusText}` : ''
    throw new TimestampError('http-status', `the TSA at ${shown} answered HTTP ${response.status}${text} (fix: check the TSA URL${response.status === 401 || response.status === 403 ? ' and its credentials' : ''}; retry later if the TSA is down)`)
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== REPLY_TYPE) {
    await response.body?.cancel().catch(() => undefined)
    throw new TimestampError('reply-invalid', `the TSA at ${shown} answered with content type '${type.slice(0, 80)}', not ${REPLY_TYPE} (fix: the URL must be the TSA's RFC 3161 endpoint)`)
  }
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > MAX_REPLY_BYTES) throw new TimestampError('reply-invalid', `the TSA at ${shown} sent a reply of ${declared} bytes, more than a timestamp reply holds`)
  const body = Buffer.from(await response.arrayBuffer())
  if (body.length > MAX_REPLY_BYTES) throw new TimestampError('reply-invalid', `the TSA at ${shown} sent a reply of ${body.length} bytes, more than a timestamp reply holds`)
  return body
}

/** " (ECONNREFUSED)": the system's reason, never its message (which may repeat the address). */
function causeCode(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined
  const code = cause && typeof cause.code === 'string' && /^[A-Z0-9_]{2,40}$/.test(cause.code) ? cause.code : undefined
  return code ? ` (${code})` : ''
}
