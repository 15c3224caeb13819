import type { PacketFamily } from './family.js'
import type { RevisionRef } from './layout.js'

// The narrow port between the store and a packet family's own verifier. The store knows paths,
// revisions and history; the family knows what a valid signed packet is. Facts are a pure
// function of (packet bytes, envelope bytes, the inspector's fingerprint), which is what lets the
// verify cache key them by blob ids.

export interface InspectInput {
  ref: RevisionRef
  /** repo-relative path of the packet .json */
  path: string
  packet: Buffer
  /** the .sig envelope; undefined when the revision has none (reported by the store as C7) */
  signature?: Buffer
}

export interface Finding {
  /** a registered defect code (src/lessons.ts) */
  code: string
  /** JSON pointer or field name inside the packet, '' when about the whole file */
  field: string
  detail: string
  /** the file the finding is about (packet or envelope); defaults to the packet */
  file?: string
}

export interface RevisionFacts {
  /** packet_id as written in the packet, null when unreadable */
  packetId: string | null
  /** the signature digest the packet is known by (what the next revision's supersedes names) */
  digest: string | null
  /** the digest of the previous revision this one names, null for a first revision */
  supersedes: string | null
  /** window and revision as recorded inside the packet, for the location check */
  windowId: string | null
  revision: number | null
  signerId: string | null
  keyId: string | null
  /** canonical UTC signing instant, null when unknown */
  signedAt: string | null
  /** the verified signature is by a key the keyring marks as a published demo key (verify: KEY_DEMO) */
  demo?: boolean
  /** everything the family verifier found wrong; empty means the revision verifies */
  findings: Finding[]
}

export interface PacketInspector {
  family: PacketFamily
  /**
   * Changes whenever a verdict could change for the same bytes: keyring hash, schema version,
   * verifier version. Part of every cache key.
   */
  fingerprint: string
  /** the verification instant, epoch ms (a packet signed after it is suspect) */
  now: number
  inspect(input: InspectInput): RevisionFacts
}
