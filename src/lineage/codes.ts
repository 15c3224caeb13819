import type { CodeInfo } from '../findings/codes.js'

// Lineage defect codes (lesson 116). G1-G6 are the seed's integrity checks (step 8); the fail
// matrix L1-L8 maps onto them (L1 cycle, L2 policy, L3 signer, L4 duplicate ordinal, L5 hold,
// L6 latest pointer). The rollout classes (cycle, missing_policy, signer_transition) are the ones
// the lineage policy can make fail the lane.

export const LINEAGE_CODES = {
  LINEAGE_WINDOW_EDGE: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A packet revision or hold state does not have exactly one belongs_to_window edge to a release window node (G1).'
  },
  LINEAGE_CYCLE: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'The supersede chain has a cycle (G2, L1): a cycle is never a warning.'
  },
  LINEAGE_REVISION_DUPLICATE: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'Two nodes of one packet lineage have the same revision ordinal, or the same id once casing and separators are normalized (L4).'
  },
  LINEAGE_CHAIN_BROKEN: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A packet lineage is not monotonic: not exactly one first revision, a supersedes edge to a newer or a foreign revision, or a revision superseded twice (step 4).'
  },
  LINEAGE_SIGNER_TRANSITION: {
    stage: 'lineage',
    severity: 'blocking',
    meaning:
      "The signer changed between revisions without transition context (from, reason, approver, time) recorded in the keyring before the change (G3, L3); a new key under the same signer id is a rotation, not a change."
  },
  LINEAGE_POLICY_MISSING: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A packet revision has no policy node: it names a policy hash that no committed version of the policy has, or no policy was in force when it was signed (G4, L2).'
  },
  LINEAGE_POLICY_NOT_IN_FORCE: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A packet revision was signed under a policy version that was not the one in force at its signing instant (G4).'
  },
  LINEAGE_HOLD_INCOMPLETE: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A hold activation has no reason or no owner, or a release has no activation before it (G5, L5).'
  },
  LINEAGE_LATEST_NOT_TERMINAL: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: "A packet lineage's latest pointer is not its chain's terminal node, or it has no single latest pointer (G6, L6)."
  },
  LINEAGE_GRAPH_INVALID: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'An edge of the graph names a node the graph does not have.'
  },
  LINEAGE_SIGNATURE_UNVERIFIED: {
    stage: 'lineage',
    severity: 'warning',
    meaning: "A revision in the graph did not verify under its family's verifier (verify reports why); the graph keeps it so the lineage shows it."
  },
  LINEAGE_SNAPSHOT_INVALID: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A lineage-graph snapshot does not verify: its envelope, its digest, or its graph hash is wrong.'
  },
  LINEAGE_REBUILD_MISMATCH: {
    stage: 'lineage',
    severity: 'blocking',
    meaning: 'A lineage-graph snapshot is not what the builder makes at the commit it names: rebuilt there, the graph differs (a snapshot cannot lie about history).'
  }
} as const satisfies Record<string, CodeInfo>

export type LineageCode = keyof typeof LINEAGE_CODES

/** The rollout classes the lineage policy can enforce, and the codes in each. */
export const ENFORCEMENT_CLASSES: Record<string, readonly LineageCode[]> = {
  cycle: ['LINEAGE_CYCLE', 'LINEAGE_REVISION_DUPLICATE', 'LINEAGE_CHAIN_BROKEN', 'LINEAGE_LATEST_NOT_TERMINAL'],
  missing_policy: ['LINEAGE_POLICY_MISSING', 'LINEAGE_POLICY_NOT_IN_FORCE'],
  signer_transition: ['LINEAGE_SIGNER_TRANSITION'],
  window: ['LINEAGE_WINDOW_EDGE', 'LINEAGE_GRAPH_INVALID'],
  hold: ['LINEAGE_HOLD_INCOMPLETE']
}
