import type { CodeInfo } from '../findings/codes.js'

// The ledger gate's defect codes: short, stable, and documented in the README's code table.
// Severity here is the code's worst case; where it depends on the alarm class, `meaning` says so.

export const LEDGER_CODES = {
  ACK_MISSING: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'An active page or block alarm has no acknowledgment row in the ledger (L1).'
  },
  ACK_LATE: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The acknowledgment came after the class SLA, measured from the raise time; exactly at the limit passes (L2).'
  },
  ACK_BEFORE_RAISED: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The acknowledgment is timestamped before the alarm was raised: a clock or time-zone error.'
  },
  ACK_TIMESTAMP_CHANGED: {
    stage: 'ledger',
    severity: 'warning',
    meaning: "A later ledger row moved the key's acknowledgment time later, or earlier with the sign-off of the policy's ack_corrections approver; the latest row is used."
  },
  ACK_BACKDATED: {
    stage: 'ledger',
    severity: 'blocking',
    meaning:
      "A later ledger row moved the key's acknowledgment time earlier than first recorded without the sign-off of the policy's ack_corrections approver: how a late acknowledgment is made to look on time."
  },
  OWNER_INVALID: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: "The acknowledging role is not the alarm's primary or backup owner, nor an incident-commander override inside its time limit (L3)."
  },
  FIELD_MISSING: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'A required ledger field is empty.'
  },
  ID_MALFORMED: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'An alarm, release-window or evidence id is empty or unsafe; the row was not joined.'
  },
  TIMESTAMP_MALFORMED: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'A timestamp is not RFC 3339 with Z or an offset, or is not a real instant (L8).'
  },
  TARGET_MISSING: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'target_resolution_utc is empty.'
  },
  TARGET_BEFORE_ACK: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'target_resolution_utc is before the acknowledgment.'
  },
  SLA_MISMATCH: {
    stage: 'ledger',
    severity: 'warning',
    meaning: "response_sla_minutes differs from the policy's SLA for the alarm class; the policy's value is used."
  },
  CLASS_MISMATCH: {
    stage: 'ledger',
    severity: 'warning',
    meaning: "The ledger's alarm_state differs from the class in the alarms file; the alarms file is used."
  },
  CLASS_INVALID: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'An alarm class or alarm_state value is not one of the classes the policy names.'
  },
  CLOSURE_STATE_INVALID: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'closure_state is neither a resolved nor an open state of the policy.'
  },
  EVIDENCE_MISSING: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The alarm is marked resolved without a closure_evidence_ref (L4).'
  },
  EVIDENCE_UNRESOLVED: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'closure_evidence_ref names no row of the evidence file.'
  },
  EVIDENCE_WRONG_WINDOW: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The closure evidence belongs to another release window (L5).'
  },
  EVIDENCE_WRONG_ALARM: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The closure evidence belongs to another alarm.'
  },
  EVIDENCE_BEFORE_ACK: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The closure evidence was recorded before the acknowledgment.'
  },
  EVIDENCE_DUPLICATE_ID: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'Two evidence rows share an evidence_id, so a reference to it is ambiguous.'
  },
  EVIDENCE_KIND_INVALID: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'An evidence row has a kind the policy does not list.'
  },
  UNRESOLVED_IN_SLA: {
    stage: 'ledger',
    severity: 'warning',
    meaning: 'Validly acknowledged and still open before its resolution target: routed to the owner, not a no-go (L6).'
  },
  RESOLUTION_LATE: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'Still open after target_resolution_utc: blocking for block alarms (overdue block SLA), a warning for page alarms.'
  },
  SLA_EXCEPTION_ACCEPTED: {
    stage: 'ledger',
    severity: 'warning',
    meaning: 'A late page acknowledgment carries an SLA exception approved by the approver role: conditional go.'
  },
  ALARM_DUPLICATE: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'The alarms file lists one alarm_id + release_window_id twice, so the join is ambiguous.'
  },
  LEDGER_DUPLICATE_KEY: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: 'Two different ledger rows of one key share last_updated_utc, so the latest state is ambiguous (L7).'
  },
  LEDGER_RETRY_DUPLICATE: {
    stage: 'ledger',
    severity: 'warning',
    meaning: 'A ledger row repeats an earlier row of its key exactly (a retried write); it is counted once.'
  },
  LEDGER_ORPHAN: {
    stage: 'ledger',
    severity: 'warning',
    meaning: 'A ledger key of an evaluated release window matches no active alarm.'
  },
  LEDGER_HISTORY_REWRITTEN: {
    stage: 'ledger',
    severity: 'blocking',
    meaning: "A committed ledger row was later changed or deleted in place: blocking when it is an active alarm's row, a warning otherwise or once the original row is restored."
  },
  LEDGER_HISTORY_UNCHECKED: {
    stage: 'ledger',
    severity: 'warning',
    meaning: "The ledger's git history could not be checked (shallow clone: a warning; not a git repository or not committed yet: info)."
  }
} as const satisfies Record<string, CodeInfo>

export type LedgerCode = keyof typeof LEDGER_CODES
