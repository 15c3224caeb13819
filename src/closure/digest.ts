import { digestWithout } from '../signing/payload-digest.js'
import { canonicalSha256 } from '../util/hash.js'
import type { ClosurePacket, PacketBody } from './types.js'

// Three digests, each over RFC 8785 canonical bytes, each with one job:
//
//   signature_digest = sha256(JCS(packet without signature_digest))
//       The packet's name in the hash chain: revision N+1 records it in `supersedes`, the retention
//       index (lesson 115) and lineage graph (lesson 116) key on it. It is inside the signed
//       payload, so the signature covers it.
//   payload sha256  = sha256(JCS(packet)), i.e. of the exact bytes the DSSE signature covers.
//   contentKey      = sha256(JCS(packet without exported_at_utc, revision, supersedes, signer,
//       signature_digest)): what the closure content is, independent of when, by whom and as
//       which revision it was exported. Equal keys mean "nothing changed; write nothing".

export function signatureDigest(body: PacketBody | Record<string, unknown>): string {
  // A packet just verified from its canonical payload: the digest is over that payload's bytes.
  const known = digestWithout(body, 'signature_digest')
  if (known !== undefined) return known
  const { signature_digest: _omit, ...rest } = body as Record<string, unknown>
  return canonicalSha256(rest)
}

export function sealPacket(body: PacketBody): ClosurePacket {
  return { ...body, signature_digest: signatureDigest(body) }
}

/** Fields that record the export event rather than the closure content. */
export const EXPORT_EVENT_FIELDS = ['exported_at_utc', 'revision', 'supersedes', 'signer', 'signature_digest'] as const

export function contentKey(packet: PacketBody | ClosurePacket | Record<string, unknown>): string {
  const rest: Record<string, unknown> = { ...(packet as Record<string, unknown>) }
  for (const f of EXPORT_EVENT_FIELDS) delete rest[f]
  return canonicalSha256(rest)
}
