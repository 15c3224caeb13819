import type { CodeInfo } from '../findings/codes.js'

// Retention-stage defect codes (lesson 115). R1-R8 are the seed's fail matrix, each the finding of
// one validator check (V1-V6) on a retention index row; the others come from deriving the index
// (a policy that shortens retention) and from legal-hold records.

export const RETENTION_CODES = {
  RETENTION_EXPIRY_MISSING: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'An index row has no retention_expiry_utc, or it is not canonical UTC (R1, V2).'
  },
  RETENTION_HOLD_PURGE_CONFLICT: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A row under an active legal hold is marked purge-eligible: a hold always overrides expiry (R2, V4).'
  },
  RETENTION_HOLD_INCOMPLETE: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A legal hold (an index row or a hold record) lacks its reason or its owner (R3, V3).'
  },
  RETENTION_SIGNATURE_UNVERIFIED: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'An index row says its revision\'s signature did not verify (R4, V1).'
  },
  RETENTION_STORAGE_MUTABLE: {
    stage: 'retention',
    severity: 'blocking',
    meaning:
      "A revision is not in the policy's immutable storage class: not committed, rewritten in history, edited in the working tree, or its storage_uri is not a git blob URI (R5, V5)."
  },
  RETENTION_LATEST_DUPLICATE: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'More than one index row of one series (family, release window) is marked latest (R6, V6).'
  },
  RETENTION_LATEST_MISSING: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'No index row of a series (family, release window) is marked latest (V6).'
  },
  RETENTION_PURGE_CANDIDATE: {
    stage: 'retention',
    severity: 'warning',
    meaning: 'The retention expiry has passed and no hold is active: the window is queued for an approval-required purge; nothing is deleted (R7).'
  },
  RETENTION_ROW_INVALID: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'An index row has a malformed column (hold state, boolean, revision) or the index lacks a required column.'
  },
  RETENTION_SHORTENED: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'The retention policy moves an already-stored expiry earlier; retention may be lengthened, never shortened.'
  },
  RETENTION_INDEX_STALE: {
    stage: 'retention',
    severity: 'warning',
    meaning: "An index row's last_verified_utc is older than the policy's index_refresh_interval."
  },
  HOLD_SIGNER_UNAUTHORIZED: {
    stage: 'retention',
    severity: 'blocking',
    meaning: "A legal-hold record is signed by a key whose keyring role is not one of the retention policy's hold_roles (or is a CI role)."
  },
  HOLD_RECORD_INVALID: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A legal-hold record is malformed: wrong action for its revision (r001 places, r002 releases), a changed hold id or window, or a bad timestamp.'
  },
  RETENTION_PURGE_HELD: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A purge was asked for a window under an active legal hold: the hold wins and nothing is planned or deleted.'
  },
  RETENTION_PURGE_NOT_EXPIRED: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A purge was asked for a window whose retention expiry has not passed; nothing is planned or deleted.'
  },
  PURGE_SIGNER_UNAUTHORIZED: {
    stage: 'retention',
    severity: 'blocking',
    meaning: "A purge approval is signed by a key whose role is not one of the retention policy's purge_roles (or is a CI role), or a tombstone by a key that is neither a purge nor a CI role."
  },
  PURGE_RECORD_INVALID: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A purge approval or tombstone is malformed: its purge id, targets hash, window, revision or digest does not match what it records, or the approver already approved this purge.'
  },
  PURGE_APPROVALS_INSUFFICIENT: {
    stage: 'retention',
    severity: 'blocking',
    meaning: 'A purge lacks two valid approvals by distinct keys and distinct signers with a purge role, each signed before the tombstone and its commit (one approver twice, the CI key, or an approval signed later does not count).'
  },
  PURGE_TOMBSTONE_MISMATCH: {
    stage: 'retention',
    severity: 'blocking',
    meaning: "A tombstone's targets were not removed, with the blobs it names, in the very commit that added it, or it names a family that can never be purged."
  },
  PURGE_APPLIED: {
    stage: 'retention',
    severity: 'info',
    meaning: 'Files were removed by a purge that verify accepts: a signed tombstone in the same commit, two approvals before it, expiry passed, no hold (the files stay in git history and clones).'
  }
} as const satisfies Record<string, CodeInfo>

export type RetentionCode = keyof typeof RETENTION_CODES
