import type { Keyring } from '../signing/keyring.js'
import type { VerifyCode } from '../signing/codes.js'
import { signDocument, verifyDocument, type SignedFiles, type Verification } from '../signing/document.js'
import type { Signer } from '../signing/signer.js'
import { checkPacket, type PacketFinding } from './check.js'
import type { LoadedClosurePolicy } from './policy.js'
import { parseRevision } from '../util/revision.js'
import { PACKET_KIND, type ClosurePacket } from './types.js'
import { parseLoose } from '../util/json.js'

// Closure packets on top of the generic signing layer: a packet verifies when its envelope
// verifies (src/signing/document.ts) AND the signed packet meets its own contract (check.ts):
// digest present and right, revision chain well-formed, rows sorted, evidence refs and lineage
// complete, every *_utc canonical. Export calls signPacket, which runs that same reader-side
// check on the produced bytes before anything may be written (verify before publish, step 5).

export interface Finding {
  /** a registered defect code (src/lessons.ts) */
  code: VerifyCode | PacketFinding['code']
  /** JSON pointer into the packet, '' for the whole file */
  field: string
  detail: string
  /** for signature findings: what to do */
  fix?: string
}

/** What a reader learns from one .json/.sig pair, for the store's checks and the review. */
export interface PacketFacts {
  packetId: string | null
  windowId: string | null
  revision: number | null
  digest: string | null
  /** the digest of the revision this one supersedes, null for a first revision or when unreadable */
  supersedes: string | null
  signerId: string | null
  keyId: string | null
  signedAt: string | null
}

export interface PacketVerification {
  ok: boolean
  signature: Verification
  /**
   * The packet: from the verified payload when the signature verifies, otherwise from the .json
   * (so reports can still name it); never trust it unless `signature.ok`.
   */
  packet: ClosurePacket | undefined
  facts: PacketFacts
  /** empty exactly when ok */
  findings: Finding[]
}

export function verifyPacket(json: Uint8Array | string, sig: Uint8Array | string, keyring: Keyring, policy: LoadedClosurePolicy, at: number): PacketVerification {
  const signature = verifyDocument(PACKET_KIND, json, sig, keyring, at)
  const findings: Finding[] = []
  let doc: unknown
  if (signature.ok) {
    doc = signature.doc
  } else {
    findings.push({ code: signature.code, field: '', detail: signature.message, fix: signature.fix })
    doc = parseLoose(json)
  }
  if (doc !== undefined) findings.push(...checkPacket(doc, policy))
  return { ok: findings.length === 0, signature, packet: doc as ClosurePacket | undefined, facts: factsOf(doc), findings }
}

export type SignedPacket = { ok: true; files: SignedFiles; verification: PacketVerification } | { ok: false; findings: Finding[]; verification: PacketVerification }

/** Signs the packet and verifies the produced text as a reader would; only an ok result may be written. */
export function signPacket(packet: ClosurePacket, signer: Signer, keyring: Keyring, policy: LoadedClosurePolicy, at: number): SignedPacket {
  const files = signDocument(PACKET_KIND, packet, signer)
  const verification = verifyPacket(files.json, files.sig, keyring, policy, at)
  return verification.ok ? { ok: true, files, verification } : { ok: false, findings: verification.findings, verification }
}

export function factsOf(doc: unknown): PacketFacts {
  const o = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : {}) as Record<string, unknown>
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  const signer = (typeof o.signer === 'object' && o.signer !== null ? o.signer : {}) as Record<string, unknown>
  const sup = (typeof o.supersedes === 'object' && o.supersedes !== null ? o.supersedes : {}) as Record<string, unknown>
  return {
    packetId: str(o.packet_id),
    windowId: str(o.release_window_id),
    revision: typeof o.revision === 'string' ? parseRevision(o.revision) : null,
    digest: str(o.signature_digest),
    supersedes: str(sup.signature_digest),
    signerId: str(signer.signer_id),
    keyId: str(signer.key_id),
    signedAt: str(signer.signed_at_utc)
  }
}
