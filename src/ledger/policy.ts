import { UserError, type Problem } from '../errors.js'
import { loadPolicyFile, parsePolicy, type LoadedPolicy } from '../policy/load.js'
import { checkId } from '../util/ids.js'
import type { AlarmClass } from './types.js'

// The ack-ledger policy as the engine sees it. The JSON Schema checks shape; this module checks
// the few things a schema cannot say well (the ledger columns the gate reads, states that must
// not overlap) and precomputes the lookups the evaluator needs.

export type RouteTarget = 'primary_owner' | 'backup_owner' | 'incident_commander'
export interface Route {
  route_to: RouteTarget
  no_go: boolean
}
export type LiveState = 'ack_late' | 'resolution_late' | 'unowned'

export interface AckLedgerPolicyData {
  version: 1
  required_fields: string[]
  optional_fields?: OptionalLedgerField[]
  alarm_fields: Record<'alarm_id' | 'alarm_class' | 'release_window_id' | 'raised_utc' | 'primary_owner_role' | 'backup_owner_role', string>
  alarm_classes: Record<AlarmClass, string>
  evidence_fields: Record<'evidence_id' | 'release_window_id' | 'alarm_id' | 'evidence_kind' | 'uri' | 'recorded_utc' | 'recorded_by', string>
  evidence_kinds: string[]
  sla_policy: { page_ack_minutes: number; block_ack_minutes: number }
  ownership: {
    allow_primary_owner: boolean
    allow_backup_owner: boolean
    allow_incident_commander_override: boolean
    incident_commander_role: string
    override_window_minutes: number
  }
  closure_policy: {
    require_evidence_when_resolved: boolean
    resolved_states: string[]
    open_states: string[]
  }
  sla_exceptions: { allowed_classes: AlarmClass[]; approver_role: string }
  ack_corrections?: { approver_role: string }
  escalation: Record<AlarmClass, Record<LiveState, Route>>
}

/** The ledger columns the gate reads by name; the policy's required_fields must list them all. */
export const LEDGER_FIELDS = [
  'alarm_id',
  'alarm_state',
  'release_window_id',
  'owner_role',
  'acknowledged_by',
  'ack_timestamp_utc',
  'response_sla_minutes',
  'target_resolution_utc',
  'closure_state',
  'closure_evidence_ref',
  'last_updated_utc'
] as const
export type LedgerField = (typeof LEDGER_FIELDS)[number]

/** Ledger columns the gate reads when present: an accepted SLA exception, a signed-off ack-time correction. */
export const OPTIONAL_LEDGER_FIELDS = ['sla_exception_ref', 'exception_approved_by', 'ack_correction_ref', 'ack_correction_approved_by'] as const
export type OptionalLedgerField = (typeof OPTIONAL_LEDGER_FIELDS)[number]

export interface LedgerPolicy {
  file: string
  sha256: string
  data: AckLedgerPolicyData
  /** CSV value (trimmed, lower-cased) -> class */
  classOf(value: string): AlarmClass | undefined
  ackSlaMinutes(cls: AlarmClass): number
  /** normalized incident-commander role */
  icRole: string
  /** normalized approver role for SLA exceptions */
  exceptionApproverRole: string
  /** normalized role whose sign-off lets a row move an acknowledgment earlier; '' when the policy accepts no such correction */
  correctionApproverRole: string
  isResolvedState(value: string): boolean
  isOpenState(value: string): boolean
  isEvidenceKind(value: string): boolean
  /** required ledger columns the gate does not interpret: each must be filled */
  extraRequiredFields: string[]
}

export async function loadLedgerPolicy(absPath: string, displayFile: string): Promise<LedgerPolicy> {
  return toLedgerPolicy(await loadPolicyFile<AckLedgerPolicyData>('ack-ledger', absPath, displayFile))
}

export function parseLedgerPolicy(text: string, file: string): LedgerPolicy {
  return toLedgerPolicy(parsePolicy<AckLedgerPolicyData>('ack-ledger', text, file))
}

const fold = (s: string): string => s.trim().toLowerCase()
// The lookups below run for every ledger row; a cell that is already folded (the usual case)
// is found as it is, without the two strings fold() makes.
const lookup = <V>(m: Map<string, V>, v: string): V | undefined => m.get(v) ?? m.get(fold(v))
const member = (s: Set<string>, v: string): boolean => s.has(v) || s.has(fold(v))

/** The engine's view of an ack-ledger policy already parsed and schema-checked (a worker gets it as data). */
export function toLedgerPolicy(loaded: LoadedPolicy<AckLedgerPolicyData>): LedgerPolicy {
  const { data, file } = loaded
  const problems: Problem[] = []
  LEDGER_FIELDS.forEach((f) => {
    if (!data.required_fields.includes(f)) {
      problems.push({
        file,
        field: '/required_fields',
        message: `must list '${f}' (the gate reads it)`,
        fix: `add '- ${f}'`
      })
    }
  })
  if (fold(data.alarm_classes.page) === fold(data.alarm_classes.block)) {
    problems.push({
      file,
      field: '/alarm_classes/block',
      message: 'must differ from /alarm_classes/page'
    })
  }
  const resolved = new Set(data.closure_policy.resolved_states.map(fold))
  data.closure_policy.open_states.forEach((s, i) => {
    if (resolved.has(fold(s))) {
      problems.push({
        file,
        field: `/closure_policy/open_states/${i}`,
        message: `'${s}' is also a resolved state`
      })
    }
  })
  const roleId = (raw: string, pointer: string): string => {
    const r = checkId(raw)
    if (r.ok) return r.id
    problems.push({
      file,
      field: pointer,
      message: `role '${raw}' ${r.reason}`
    })
    return ''
  }
  const icRole = roleId(data.ownership.incident_commander_role, '/ownership/incident_commander_role')
  const exceptionApproverRole = roleId(data.sla_exceptions.approver_role, '/sla_exceptions/approver_role')
  const correctionApproverRole = data.ack_corrections ? roleId(data.ack_corrections.approver_role, '/ack_corrections/approver_role') : ''
  if (problems.length > 0) {
    throw new UserError({
      code: 'POLICY_INVALID',
      message: `${file}: invalid ack-ledger policy`,
      problems
    })
  }

  const classes = new Map<string, AlarmClass>([
    [fold(data.alarm_classes.page), 'page'],
    [fold(data.alarm_classes.block), 'block']
  ])
  const open = new Set(data.closure_policy.open_states.map(fold))
  const kinds = new Set(data.evidence_kinds.map(fold))
  const interpreted = new Set<string>([...LEDGER_FIELDS, ...(data.optional_fields ?? [])])
  return {
    file,
    sha256: loaded.sha256,
    data,
    classOf: (v) => lookup(classes, v),
    ackSlaMinutes: (cls) => (cls === 'page' ? data.sla_policy.page_ack_minutes : data.sla_policy.block_ack_minutes),
    icRole,
    exceptionApproverRole,
    correctionApproverRole,
    isResolvedState: (v) => member(resolved, v),
    isOpenState: (v) => member(open, v),
    isEvidenceKind: (v) => member(kinds, v),
    extraRequiredFields: data.required_fields.filter((f) => !interpreted.has(f))
  }
}
