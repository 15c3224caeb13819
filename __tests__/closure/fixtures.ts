import type { AlarmEvaluation, EvidenceRow, GateResult, OwnerMapping } from '../../src/ledger/types.js'
import { parseClosurePolicy, type LoadedClosurePolicy } from '../../src/closure/policy.js'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Small, typed GateResult fixtures: each alarm states only what the test is about.

export const WINDOW = 'rw-2026-11-23'
export const POLICY_TEXT = readFileSync(fileURLToPath(new URL('../../policies/closure-packet.yaml', import.meta.url)), 'utf8')
/** The closure policy before the schema v2 bump, verbatim: packets built under it keep their v1 bytes. */
export const POLICY_V1_TEXT = readFileSync(fileURLToPath(new URL('../fixtures/closure/closure-packet-v1.yaml', import.meta.url)), 'utf8')

export function closurePolicy(text = POLICY_TEXT): LoadedClosurePolicy {
  return parseClosurePolicy(text, 'policies/closure-packet.yaml')
}

export const KINDS = ['ci_artifact', 'validator_row', 'log_capture', 'approval_note'] as const

export interface AlarmSpec {
  id: string
  window?: string
  cls?: 'page' | 'block'
  mapping?: OwnerMapping
  resolved?: boolean
  valid_ack?: boolean
  ack_by?: string
  ack_at?: string
  owner?: string
  backup?: string
  /** evidence kinds to leave out */
  without?: string[]
  /** recorded_by of the approval note */
  approver?: string
  closed_at?: string
  closed_by?: string
}

let line = 2

export function evidenceRow(alarm: string, kind: string, over: Partial<EvidenceRow> = {}, window = WINDOW): EvidenceRow {
  return {
    evidence_id: `ev-${alarm}-${kind.replace(/_/g, '-')}`,
    release_window_id: window,
    alarm_id: alarm,
    evidence_kind: kind,
    uri: kind === 'ci_artifact' ? `ci://builds/1234/${alarm}.tar.gz` : `${kind}://${alarm}`,
    recorded_utc: '2026-11-23T10:30:00Z',
    recorded_by: kind === 'approval_note' ? 'erin.approver' : 'sam.sre',
    source: { file: 'examples/evidence.csv', line: line++ },
    ...over
  }
}

export function alarm(spec: AlarmSpec): { evaluation: AlarmEvaluation; evidence: EvidenceRow[] } {
  const window = spec.window ?? WINDOW
  const cls = spec.cls ?? 'block'
  const evidence = KINDS.filter((k) => !(spec.without ?? []).includes(k)).map((k) =>
    evidenceRow(spec.id, k, k === 'approval_note' && spec.approver !== undefined ? { recorded_by: spec.approver } : {}, window)
  )
  const closure = evidenceRow(spec.id, 'log_capture', { evidence_id: `ev-${spec.id}-closure`, recorded_utc: spec.closed_at ?? '2026-11-23T11:00:00Z', recorded_by: spec.closed_by ?? 'sam.sre' }, window)
  const resolved = spec.resolved ?? true
  const evaluation: AlarmEvaluation = {
    alarm: {
      alarm_id: spec.id,
      alarm_class: cls,
      release_window_id: window,
      raised_utc: '2026-11-23T09:00:00Z',
      primary_owner_role: spec.owner ?? 'payments-oncall',
      backup_owner_role: spec.backup ?? 'platform-oncall',
      source: { file: 'examples/alarms.csv', line: line++ },
      raw: {}
    },
    entry: {
      alarm_id: spec.id,
      release_window_id: window,
      alarm_state: cls,
      owner_role: spec.owner ?? 'payments-oncall',
      acknowledged_by: spec.ack_by ?? 'ada.oncall',
      ack_timestamp_utc: spec.ack_at ?? '2026-11-23T09:03:00Z',
      response_sla_minutes: 5,
      target_resolution_utc: '2026-11-23T12:00:00Z',
      closure_state: resolved ? 'resolved' : 'open',
      closure_evidence_ref: closure.evidence_id,
      last_updated_utc: '2026-11-23T11:00:00Z',
      source: { file: 'examples/ack-ledger.csv', line: line++ },
      history_rows: 2,
      sla_exception_ref: '',
      exception_approved_by: '',
      raw: {}
    },
    owner_mapping: spec.mapping ?? 'primary',
    ack_deadline_utc: '2026-11-23T09:05:00Z',
    defect_codes: [],
    resolved,
    valid_ack: spec.valid_ack ?? true,
    closure_evidence: resolved ? closure : undefined
  }
  return { evaluation, evidence: resolved ? [...evidence, closure] : evidence }
}

export function gate(specs: AlarmSpec[], extraEvidence: EvidenceRow[] = []): GateResult {
  const built = specs.map(alarm)
  const windows = [...new Set(specs.map((s) => s.window ?? WINDOW))].sort()
  const evidence = [...built.flatMap((b) => b.evidence), ...extraEvidence]
  return {
    decision: 'go',
    mode: 'full',
    failed: false,
    now_utc: '2026-11-23T14:00:00Z',
    policy: { file: 'policies/ack-ledger.yaml', sha256: 'a'.repeat(64) },
    windows: windows.map((w) => ({ release_window_id: w, decision: 'go', reasons: [], alarms: specs.filter((s) => (s.window ?? WINDOW) === w).length, blocking: 0, warnings: 0 })),
    defects: [],
    blocking: [],
    escalations: [],
    readback: [],
    alarms: built.map((b) => b.evaluation),
    evidence,
    counts: { alarms: specs.length, ledger_rows: specs.length, evidence_rows: evidence.length, passed: specs.length },
    inputs: []
  }
}
