import type { SignerBlock } from '../signing/signer.js'
import type { EvidenceKind, SignerClass } from './policy.js'

// The documents of lesson 120 (docs/strategy-approval.md describes every field).

export const PACKET_SCHEMA = 'release-evidence/strategy-approval/v1'
export const SIGNOFF_SCHEMA = 'release-evidence/strategy-signoff/v1'

export const RATIONALE_TEXT_FIELDS = ['selection_primary_reason', 'selection_secondary_reason', 'rejected_lane_1_reason', 'rejected_lane_2_reason'] as const
export const RATIONALE_LIST_FIELDS = ['known_risk_acceptances', 'required_follow_up_controls'] as const

export interface DecisionRationale {
  selection_primary_reason: string
  selection_secondary_reason: string
  rejected_lane_1_reason: string
  rejected_lane_2_reason: string
  known_risk_acceptances: string[]
  required_follow_up_controls: string[]
}

export interface EvidenceRef {
  /** the id the input names itself by (ranking_snapshot_id, forecast_snapshot_id, ...) */
  id: string
  /** sha256 of the input file's bytes */
  sha256: string
  /** repo-relative path of the input as cited (replayable from the commit) */
  uri: string
}

export interface EvidenceBundle {
  ranking_snapshot?: EvidenceRef | null
  forecast_band_snapshot?: EvidenceRef | null
  dashboard_extract?: EvidenceRef | null
  simulation_rules?: EvidenceRef | null
  fail_matrix_run?: EvidenceRef | null
  /** the window's latest closure packet at build time (lesson 114), null when none is published */
  closure_packet: { path: string; revision: string; signature_digest: string } | null
  /** the ledger gate decision for the window (lesson 113), null when not evaluated */
  ledger_gate: { decision: string; ledger_policy_sha256: string } | null
}

export interface RosterEntry {
  signer_id: string
  class: SignerClass
  authority_scope: string
  /** true: the coverage tier requires this class (an observer is never required) */
  required: boolean
}

export interface StrategyPacket {
  schema: string
  strategy_packet_id: string
  revision: string
  /** the previous revision of this packet id, or null for r001 */
  supersedes: { revision: string; packet_sha256: string } | null
  release_window_id: string
  exception_cluster_id: string
  selected_lane_id: string
  selected_mitigation_option_id: string
  ranking_snapshot_id: string
  confidence_class: string
  risk_overlay: string
  fallback_label: string
  top_two_comparison: { first_lane_id: string; second_lane_id: string; score_delta: number; deciding_factor: string }
  coverage_tier: string
  /** always null in a published packet: approval is read from history, never written here */
  approval_timestamp_utc: null
  /** always pending_signatures in a published packet (the state at publication) */
  approval_state: 'pending_signatures'
  signer_roster: RosterEntry[]
  evidence_bundle: EvidenceBundle
  decision_rationale: DecisionRationale
  post_window_outcome_link: string
  policy_sha256: string
  /** sha256 of the canonical packet without packet_sha256, signer and built_at_utc */
  packet_sha256: string
  built_at_utc: string
  /** the pipeline key that published the packet (never an approver) */
  signer: SignerBlock
}

export type Decision = 'approve' | 'reject'
export type Recommendation = 'go' | 'hold'

export interface Signoff {
  schema: string
  strategy_packet_id: string
  release_window_id: string
  exception_cluster_id: string
  packet_revision: string
  packet_sha256: string
  decision: Decision
  recommendation: Recommendation
  signer_class: SignerClass
  authority_scope: string
  /** the seed's step 14 checklist: each item the reviewer confirmed */
  reviewer_checklist: Record<string, boolean>
  note: string
  signer: SignerBlock
}

export type { EvidenceKind }

export const OUTCOME_SCHEMA = 'release-evidence/strategy-outcome/v1'

export type OutcomeStatus = 'met_projection' | 'partial_match' | 'diverged'

export interface RegressionEvent {
  event_id: string
  severity: string
}

export const DIVERGENCE_SCHEMA = 'release-evidence/strategy-divergence/v1'

/** The seed's step-12 triggers. */
export type DivergenceTrigger = 'low_risk_lane_critical_regression' | 'convergence_beyond_high_band' | 'approved_without_required_evidence'

/** What the triggers found, before it is signed as a divergence record. */
export interface DivergenceRecord {
  strategy_divergence_incident_id: string
  affected_packet_id: string
  affected_revision: string
  triggers: { trigger: DivergenceTrigger; detail: string }[]
  required_policy_update_action: string
}

/**
 * A signed divergence record (its own file under divergences/): raised by `strategy outcome` when
 * a trigger fires, citing the outcome review that raised it; it never rewrites the packet.
 */
export interface DivergenceDocument extends DivergenceRecord {
  schema: string
  release_window_id: string
  exception_cluster_id: string
  affected_packet_sha256: string
  /** the outcome review that raised it: path and sha256 of its .json bytes */
  raised_by: { outcome_review: string; sha256: string }
  raised_at_utc: string
  /** the previous revision of this record (a re-review that changed the triggers), or null */
  supersedes: { revision: string; sha256: string } | null
  signer: SignerBlock
}

/** The signed post-window outcome review of an approved packet revision; it never rewrites the packet. */
export interface OutcomeReview {
  schema: string
  strategy_packet_id: string
  release_window_id: string
  exception_cluster_id: string
  packet_revision: string
  packet_sha256: string
  actual_outcome_status: OutcomeStatus
  actual_convergence_hours: number
  observed_regression_events: RegressionEvent[]
  outcome_review_timestamp_utc: string
  /** the forecast band the convergence was compared with (from the cited snapshot), null when unreadable */
  forecast_high_hours: number | null
  /** the divergence record this review raises (divergences/SDI-...), null when no trigger fired */
  strategy_divergence_incident_id: string | null
  /** the previous review of this revision (a correction), or null */
  supersedes: { revision: string; sha256: string } | null
  signer: SignerBlock
}
