import type { Settings } from '../settings.js'
import type { PacketFamily } from '../store/family.js'
import type { PacketInspector, RevisionFacts } from '../store/inspect.js'
import type { RevisionRef } from '../store/layout.js'
import type { PolicyClaim } from './graph.js'

// What the builder needs to know about a family it reads, and what it reads from the store: pure
// data, so the builder (build.ts) is a function of these and nothing else.

export interface Extracted {
  /** the policies the revision was evaluated under (sha256 null: the one in force at signing) */
  policies: { kind: string; sha256: string | null; basis: PolicyClaim['basis'] }[]
  /** an approval, an outcome review or a divergence record: the packet revision it is about */
  subject?: { edge: 'approves' | 'reviews' | 'diverges_from'; family: string; window: string; key: string | null; revision: number; decision?: string }
  /** a legal-hold record */
  hold?: { hold_id: string; action: 'place' | 'release'; reason: string; owner: string }
}

export interface SourceFamily {
  family: PacketFamily
  inspector(settings: Settings): Promise<PacketInspector>
  /** signer continuity is checked across its revisions (a pipeline-signed family, not approvals or holds) */
  continuity: boolean
  extract(doc: Record<string, unknown>, ref: RevisionRef): Extracted
}

export interface SourceRevision {
  family: string
  ref: RevisionRef
  path: string
  /** the commit that added the packet file */
  commit: string
  facts: RevisionFacts
  role: string
  hasSignature: boolean
  continuity: boolean
  extracted: Extracted
}

export interface PolicyEvent {
  kind: string
  path: string
  /** null: the file was deleted */
  sha256: string | null
  commit: string
  /** position in history (parent before child) */
  order: number
  commitMs: number
  effectiveUtc: string | null
  policyVersionId: string | null
}

export interface TransitionRecord {
  signer_id: string
  from_signer_id: string
  reason: string
  approved_by: string
  approved_at_utc: string
  commit: string
  commitMs: number
}

export interface Sources {
  commit: string
  sourceIndexSha256: string | null
  revisions: SourceRevision[]
  policyEvents: PolicyEvent[]
  transitions: TransitionRecord[]
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}

export function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}
