import type { CodeInfo } from '../findings/codes.js'

// Closure-stage defect codes (lesson 114). Build codes reject a row from a packet; packet codes
// are found when a written packet is read back; review codes come from post-incident review.

export const CLOSURE_CODES = {
  CLOSURE_EVIDENCE_UNRESOLVED: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A resolved alarm lacks a resolvable evidence row of a kind the closure policy requires (C1); the row is left out of the packet.'
  },
  LINEAGE_INCOMPLETE: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'Approver lineage is incomplete: owner role, backup role (if the backup acknowledged), incident commander (if overridden), resolver or final approver missing (C2).'
  },
  CLOSURE_TIMESTAMP_INVALID: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A timestamp a closure row needs cannot be normalized to UTC; the row is left out of the packet.'
  },
  PACKET_FIELD_MISSING: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A written packet lacks a field the closure policy requires, or the field has the wrong type.'
  },
  PACKET_DIGEST_MISSING: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A written packet has no signature_digest (C3).'
  },
  PACKET_DIGEST_MISMATCH: {
    stage: 'closure',
    severity: 'blocking',
    meaning: "A written packet's signature_digest is not the sha256 of its canonical bytes without that field."
  },
  PACKET_TIMESTAMP_NOT_UTC: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A *_utc field in a written packet is not canonical UTC (C5).'
  },
  PACKET_ROWS_UNSORTED: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'Packet rows are not sorted by alarm_id or repeat an alarm_id.'
  },
  PACKET_REVISION_INVALID: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'The revision is not r001, r002, ... or its supersedes link does not match (r001 supersedes nothing; later revisions name their predecessor).'
  },
  REVIEW_SCHEMA_UNAPPROVED: {
    stage: 'closure',
    severity: 'blocking',
    meaning: "The packet's schema version is not in the closure policy's approved_schema_versions."
  },
  REVIEW_REF_MISSING: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A sampled evidence ref names an evidence row that is no longer in the evidence input.'
  },
  REVIEW_REF_CHANGED: {
    stage: 'closure',
    severity: 'blocking',
    meaning: 'A sampled evidence ref no longer matches its evidence row (window, alarm, kind, uri, time or recorder changed).'
  }
} as const satisfies Record<string, CodeInfo>

export type ClosureCode = keyof typeof CLOSURE_CODES
