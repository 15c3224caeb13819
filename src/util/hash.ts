import { createHash, webcrypto } from 'node:crypto'
import canonicalize from 'canonicalize'

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * sha256Hex of bytes, computed on libuv's thread pool (WebCrypto) rather than this thread: the
 * gate hashes 55 MB of inputs, and on this thread that was 80 ms of its critical path.
 */
export async function sha256HexOffThread(data: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', data)).toString('hex')
}

/** RFC 8785 (JCS) bytes: the only form that is ever hashed or signed. */
export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value)
  if (text === undefined) throw new Error('value cannot be canonicalized')
  return Buffer.from(text, 'utf8')
}

export function canonicalSha256(value: unknown): string {
  return sha256Hex(canonicalBytes(value))
}
