import type { SignerBlock } from '../signing/signer.js'

// The closure packet as written to closure-packets/<window>/packet-<revision>.json. Every field
// is plain JSON (strings, integers, null), so RFC 8785 canonical bytes are unambiguous and jq can
// read it. Timestamps are canonical UTC (src/util/time.ts formatUtc).

export const PACKET_KIND = 'closure-packet'

/** The first packet schema version that records the incident window bounds. */
export const INCIDENT_WINDOW_SINCE = 2

/** One evidence row a closure row links, copied from the evidence input so a reviewer can trace it. */
export interface EvidenceRef {
  evidence_id: string
  uri: string
  recorded_utc: string
  recorded_by: string
}

/** How an acknowledgment reached the owner: straight, via the backup role, or an IC override. */
export type AckPath = 'primary' | 'backup' | 'incident_commander'

export interface ApproverLineage {
  ack_path: AckPath
  /** the alarm's owning role */
  owner_role: string
  /** the backup role, when the backup acknowledged; otherwise null */
  backup_owner_role: string | null
  /** the acknowledger acting under incident-commander override; otherwise null */
  incident_commander: string | null
  /** recorded_by of the latest evidence row of the policy's final-approver kind */
  final_approver: string
}

export interface ClosureRow {
  alarm_id: string
  alarm_class: 'page' | 'block'
  closure_state: string
  acknowledged_by: string
  ack_timestamp_utc: string
  /** recorded_by of the evidence row the ledger's closure_evidence_ref resolved to */
  resolved_by: string
  /** recorded_utc of that row */
  resolved_timestamp_utc: string
  closure_evidence_id: string
  /** policy field name (e.g. ci_artifacts) -> linked rows, sorted by recorded_utc then evidence_id */
  closure_evidence_refs: Record<string, EvidenceRef[]>
  approver_lineage: ApproverLineage
}

/** Alarms of the window that are not rows, by reason; each alarm is counted once. */
export interface LeftOut {
  /** not resolved (or no ledger entry) */
  unresolved: number
  /** resolved, but the acknowledgment was not valid */
  invalid_ack: number
  /** rejected: a timestamp could not be normalized to UTC */
  timestamp_invalid: number
  /** rejected: an evidence kind had no resolvable row (C1) */
  evidence_unresolved: number
  /** rejected: approver lineage incomplete (C2) */
  lineage_incomplete: number
  total: number
}

export interface Supersedes {
  revision: string
  signature_digest: string
}

export interface ClosurePacket {
  packet_id: string
  release_window_id: string
  /** r001, r002, ... */
  revision: string
  /** the revision this one replaces, with its digest: the revisions form a hash chain */
  supersedes: Supersedes | null
  schema: { version: number; sha256: string }
  /** sha256 of the ledger policy the gate evaluated under */
  ledger_policy_sha256: string
  signer: SignerBlock
  exported_at_utc: string
  /**
   * Schema v2 and later: the incident window the packet covers, from the earliest alarm raised (or
   * acknowledged) to the latest resolution recorded in the window. Absent in v1 packets, whose
   * readers (the retention index) derive the bounds from the rows and say so.
   */
  incident_window_start_utc?: string
  incident_window_end_utc?: string
  rows: ClosureRow[]
  left_out: LeftOut
  /** sha256 (hex) of the RFC 8785 bytes of this packet without signature_digest */
  signature_digest: string
}

/** A packet before its digest is sealed in. */
export type PacketBody = Omit<ClosurePacket, 'signature_digest'>
