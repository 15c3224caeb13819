import type { Defect } from '../findings/defect.js'
import type { RolloutMode } from '../settings.js'

// The ledger gate's result: the contract between the ledger stage (producer) and the closure
// stage, the reports and the Action (consumers). Ids are normalized (src/util/ids.ts); timestamps
// are canonical UTC strings (src/util/time.ts formatUtc).

export type Decision = 'go' | 'conditional-go' | 'no-go'
export type AlarmClass = 'page' | 'block'

/** Where a row came from, for annotations. */
export interface SourceRef {
  file: string
  line: number
}

export interface AlarmRow {
  alarm_id: string
  alarm_class: AlarmClass
  release_window_id: string
  raised_utc: string
  primary_owner_role: string
  backup_owner_role: string
  source: SourceRef
  /** every column of the CSV row, raw, for reports */
  raw: Record<string, string>
}

/** The latest state of one ledger key (alarm_id + release_window_id) after folding its history. */
export interface LedgerEntry {
  alarm_id: string
  release_window_id: string
  alarm_state: AlarmClass
  owner_role: string
  acknowledged_by: string
  ack_timestamp_utc: string
  /** null when the cell is not a whole number (reported as SLA_MISMATCH) */
  response_sla_minutes: number | null
  target_resolution_utc: string
  closure_state: string
  closure_evidence_ref: string
  last_updated_utc: string
  source: SourceRef
  /** number of rows in this key's history (>= 1) */
  history_rows: number
  /** optional columns: an accepted page SLA exception and the role that approved it ('' when absent) */
  sla_exception_ref: string
  exception_approved_by: string
  raw: Record<string, string>
}

export interface EvidenceRow {
  evidence_id: string
  release_window_id: string
  alarm_id: string
  /** ci_artifact | validator_row | log_capture | approval_note (the kinds are policy data) */
  evidence_kind: string
  uri: string
  recorded_utc: string
  recorded_by: string
  source: SourceRef
}

/** How the acknowledgment's role maps onto the alarm's owners. */
export type OwnerMapping = 'primary' | 'backup' | 'incident_commander' | 'invalid' | 'none'

export interface AlarmEvaluation {
  alarm: AlarmRow
  /** latest ledger state, absent when no ack row joined */
  entry?: LedgerEntry
  owner_mapping: OwnerMapping
  /** deadline = raised + class SLA */
  ack_deadline_utc: string
  /** codes of the defects raised for this alarm (any severity) */
  defect_codes: string[]
  /** closure_state is resolved and its evidence resolved to a same-window row at/after the ack */
  resolved: boolean
  /** acknowledged by a valid owner within policy, with no blocking defect for this alarm */
  valid_ack: boolean
  /** the evidence row closure_evidence_ref resolved to */
  closure_evidence?: EvidenceRow
}

export interface Escalation {
  alarm_id: string
  release_window_id: string
  alarm_class: AlarmClass
  /** ack_late | resolution_late | unowned */
  state: string
  /** backup_owner | incident_commander (policy data) */
  route_to: string
  /** the role name the escalation goes to */
  route_to_role: string
  /** true when this escalation makes the window no-go */
  no_go: boolean
  detail: string
}

export interface WindowDecision {
  release_window_id: string
  decision: Decision
  reasons: string[]
  alarms: number
  blocking: number
  warnings: number
}

export interface Readback {
  alarm_id: string
  release_window_id: string
  alarm_class: AlarmClass
  owner_role: string
  acknowledged_by: string
  ack_timestamp_utc: string
  sla_deadline_utc: string
  closure_evidence: string
  duplicate_keys: boolean
  /** items the readback cannot confirm; any unknown means no-go until fixed */
  unknowns: string[]
}

export interface GateResult {
  decision: Decision
  mode: RolloutMode
  /** true when the gate fails the step in this mode (exit 1) */
  failed: boolean
  now_utc: string
  policy: { file: string; sha256: string }
  windows: WindowDecision[]
  /** every defect found, sorted (src/findings/defect.ts) */
  defects: Defect[]
  /** the defects that block in this rollout mode */
  blocking: Defect[]
  escalations: Escalation[]
  readback: Readback[]
  alarms: AlarmEvaluation[]
  evidence: EvidenceRow[]
  counts: {
    alarms: number
    ledger_rows: number
    evidence_rows: number
    passed: number
  }
  /** input files that were read, with sha256 of their bytes, for provenance in packets */
  inputs: { file: string; sha256: string }[]
}
