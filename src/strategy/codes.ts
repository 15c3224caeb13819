import type { CodeInfo } from '../findings/codes.js'

// Strategy-approval defect codes (lesson 120). A1-A6 are the seed's fail matrix
// (__tests__/matrices/strategy-approval-fail-matrix.csv); the rest guard the signatures and the
// state machine read from git history.

export const STRATEGY_CODES = {
  STRATEGY_COVERAGE_UNMET: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'The packet revision lacks a valid approval from a signer class its coverage tier requires, or fewer distinct people approved than the tier needs (A1); its state stays pending_signatures.'
  },
  STRATEGY_SIGNER_CONFLICT: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'One signer id is listed under two signer classes in the policy or the packet roster, or a pipeline (CI) signer is listed as an approver (A2).'
  },
  STRATEGY_LANE_NOT_IN_RANKING: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'The selected lane (or its mitigation option) is not a lane of the cited ranking snapshot, so the decision cannot be replayed (A3).'
  },
  STRATEGY_EVIDENCE_INCOMPLETE: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'incomplete_evidence: the evidence bundle lacks an entry the policy requires or an entry without a sha256 and URI (A4); approvals of the revision do not count.'
  },
  STRATEGY_HASH_MISMATCH: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'packet_sha256 does not reproduce from the packet content (A5).'
  },
  STRATEGY_RATIONALE_INCOMPLETE: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'A decision_rationale field is empty, or a rejected lane of the top-two comparison has no reason (A6).'
  },
  STRATEGY_PACKET_INVALID: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'A strategy-approval packet or approval is unreadable, lacks a required field, names another window or cluster than its path, or its signature does not verify.'
  },
  STRATEGY_APPROVAL_INVALID: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'An approval does not count: its signature fails, it approves another packet hash, its signer is not in the signer-traceability policy, or its checklist is incomplete.'
  },
  STRATEGY_CI_KEY_APPROVAL: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'A pipeline (CI) key signed an approval; the CI key publishes packets and never approves.'
  },
  STRATEGY_TRANSITION_INVALID: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'History shows a state transition the approval state machine forbids, e.g. a new revision published while its predecessor is still pending_signatures, or an approval after a rejection.'
  },
  STRATEGY_REJECTED: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'A required signer rejected the latest packet revision; the lane is not approved until a new revision is.'
  },
  STRATEGY_OUTCOME_INVALID: {
    stage: 'strategy',
    severity: 'blocking',
    meaning: 'An outcome review cannot be recorded or does not verify: no approved revision to review, a bad signature, or a review stored under another packet revision.'
  },
  STRATEGY_DIVERGENCE: {
    stage: 'strategy',
    severity: 'warning',
    meaning: 'The post-window outcome diverged from the approval: a low-risk lane caused a critical regression, convergence exceeded the forecast high band by more than the policy allows, or the approval lacked required evidence. A divergence record names the required policy update.'
  },
  STRATEGY_CHAIN_UNLINKED: {
    stage: 'strategy',
    severity: 'warning',
    meaning: 'The packet cites no closure packet or no ledger gate decision for its window, so gate -> closure -> approval is not one chain.'
  }
} as const satisfies Record<string, CodeInfo>

export type StrategyCode = keyof typeof STRATEGY_CODES
