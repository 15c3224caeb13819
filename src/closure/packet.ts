import type { AlarmEvaluation, EvidenceRow, GateResult } from '../ledger/types.js'
import type { Defect } from '../findings/defect.js'
import { sortDefects } from '../findings/defect.js'
import { signerBlock, type Signer } from '../signing/signer.js'
import { normalizeId } from '../util/ids.js'
import { formatUtc, parseUtc } from '../util/time.js'
import type { ClosureCode } from './codes.js'
import { contentKey, sealPacket } from './digest.js'
import type { LoadedClosurePolicy } from './policy.js'
import { formatRevision, parseRevision } from '../util/revision.js'
import { INCIDENT_WINDOW_SINCE, type AckPath, type ApproverLineage, type ClosurePacket, type ClosureRow, type EvidenceRef, type LeftOut, type Supersedes } from './types.js'

// Packet assembly (lesson 114 steps 2-4): one packet per release window from the ledger gate's
// result. A row is exported only for an alarm the gate found resolved with a valid acknowledgment,
// and only if every evidence kind the policy names resolves and the approver lineage is complete;
// any other alarm of the window is left out and counted, and a rejected row is a defect.
// Pure: same GateResult, policy, signer and previous revision give the same packet.

export interface BuildPacketInput {
  gate: GateResult
  /** normalized release_window_id */
  windowId: string
  policy: LoadedClosurePolicy
  /** the bound signer; its instant is the export instant */
  signer: Signer
  /** the window's latest published revision, when there is one */
  previous?: Supersedes
}

export interface BuiltPacket {
  packet: ClosurePacket
  /** rows rejected from the packet, sorted */
  defects: Defect[]
  contentKey: string
}

export function buildPacket(input: BuildPacketInput): BuiltPacket {
  const { gate, policy, signer, previous } = input
  const windowId = normalizeId(input.windowId, 'release_window_id')
  const { evidence, alarmsByWindow } = gateIndex(gate)
  const rows: ClosureRow[] = []
  const defects: Defect[] = []
  const leftOut: LeftOut = { unresolved: 0, invalid_ack: 0, timestamp_invalid: 0, evidence_unresolved: 0, lineage_incomplete: 0, total: 0 }

  const alarms = [...(alarmsByWindow.get(windowId) ?? [])].sort((a, b) => cmp(a.alarm.alarm_id, b.alarm.alarm_id))
  for (const ev of alarms) {
    if (!ev.resolved || !ev.entry) {
      leftOut.unresolved++
      continue
    }
    if (!ev.valid_ack) {
      leftOut.invalid_ack++
      continue
    }
    const built = buildRow(ev, evidence, input.policy, windowId)
    if (built.ok) {
      rows.push(built.row)
      continue
    }
    defects.push(...built.defects)
    leftOut[bucketOf(built.defects[0].defect_code as ClosureCode)]++
  }
  leftOut.total = leftOut.unresolved + leftOut.invalid_ack + leftOut.timestamp_invalid + leftOut.evidence_unresolved + leftOut.lineage_incomplete

  const revision = previous ? nextRevision(previous.revision) : formatRevision(1)
  const packet = sealPacket({
    packet_id: `${policy.data.packet_id_prefix}-${windowId}`,
    release_window_id: windowId,
    revision,
    supersedes: previous ? { revision: previous.revision, signature_digest: previous.signature_digest } : null,
    schema: { version: policy.data.schema_version, sha256: policy.sha256 },
    ledger_policy_sha256: gate.policy.sha256,
    signer: signerBlock(signer),
    exported_at_utc: formatUtc(signer.at),
    ...(policy.data.schema_version >= INCIDENT_WINDOW_SINCE ? incidentWindow(alarms, rows, signer.at) : {}),
    rows,
    left_out: leftOut
  })
  return { packet, defects: sortDefects(defects), contentKey: contentKey(packet) }
}

/**
 * The incident window of a release window (schema v2): from the earliest alarm raised or
 * acknowledged to the latest resolution, acknowledgment or raise in the window. A window without
 * one readable time is pinned to the export instant, so both bounds are always canonical UTC.
 */
function incidentWindow(alarms: readonly AlarmEvaluation[], rows: readonly ClosureRow[], exportedAt: number): { incident_window_start_utc: string; incident_window_end_utc: string } {
  const times = [...alarms.map((a) => a.alarm.raised_utc), ...rows.flatMap((r) => [r.ack_timestamp_utc, r.resolved_timestamp_utc])].flatMap((t) => {
    const p = parseUtc(t)
    return p.ok ? [p.ms] : []
  })
  if (times.length === 0) times.push(exportedAt)
  return { incident_window_start_utc: formatUtc(Math.min(...times)), incident_window_end_utc: formatUtc(Math.max(...times)) }
}

/** One packet per window the gate evaluated, windows in id order. */
export function buildPackets(gate: GateResult, policy: LoadedClosurePolicy, signer: Signer, previous: ReadonlyMap<string, Supersedes> = new Map()): BuiltPacket[] {
  return [...new Set(gate.windows.map((w) => w.release_window_id))]
    .sort(cmp)
    .map((windowId) => buildPacket({ gate, windowId, policy, signer, previous: previous.get(windowId) }))
}

export function nextRevision(label: string): string {
  const n = parseRevision(label)
  if (n === null) throw new RangeError(`previous revision '${label}' is not of the form r001`)
  return formatRevision(n + 1)
}

function bucketOf(code: ClosureCode): keyof Omit<LeftOut, 'total' | 'unresolved' | 'invalid_ack'> {
  if (code === 'CLOSURE_TIMESTAMP_INVALID') return 'timestamp_invalid'
  if (code === 'CLOSURE_EVIDENCE_UNRESOLVED') return 'evidence_unresolved'
  return 'lineage_incomplete'
}

type EvidenceIndex = Map<string, EvidenceRow[]>

interface GateIndex {
  evidence: EvidenceIndex
  alarmsByWindow: Map<string, AlarmEvaluation[]>
}

// An export builds one packet per window from the same gate result: its evidence and alarms are
// grouped once per result, not once per window (10,000 windows x 100,000 alarms otherwise).
const gateIndexes = new WeakMap<GateResult, GateIndex>()

function gateIndex(gate: GateResult): GateIndex {
  let index = gateIndexes.get(gate)
  if (!index) {
    const alarmsByWindow = new Map<string, AlarmEvaluation[]>()
    for (const a of gate.alarms) {
      const list = alarmsByWindow.get(a.alarm.release_window_id)
      if (list) list.push(a)
      else alarmsByWindow.set(a.alarm.release_window_id, [a])
    }
    gateIndexes.set(gate, (index = { evidence: indexEvidence(gate.evidence), alarmsByWindow }))
  }
  return index
}

function key(windowId: string, alarmId: string, kind: string): string {
  return `${windowId}\u0000${alarmId}\u0000${kind}`
}

function indexEvidence(rows: readonly EvidenceRow[]): EvidenceIndex {
  const m: EvidenceIndex = new Map()
  for (const r of rows) {
    const k = key(r.release_window_id, r.alarm_id, r.evidence_kind)
    const list = m.get(k)
    if (list) list.push(r)
    else m.set(k, [r])
  }
  return m
}

type RowResult = { ok: true; row: ClosureRow } | { ok: false; defects: Defect[] }

// Problems are collected per row (not first-failure) so one export shows everything to fix; the
// first problem's code decides which left_out bucket the row is counted in.
function buildRow(ev: AlarmEvaluation, evidence: EvidenceIndex, policy: LoadedClosurePolicy, windowId: string): RowResult {
  const entry = ev.entry!
  const alarm = ev.alarm
  const problems: { code: ClosureCode; field: string; detail: string; action: string; source?: { file: string; line: number } }[] = []
  const utc = (raw: string, field: string, source = entry.source): string => {
    const p = parseUtc(raw)
    if (p.ok) return formatUtc(p.ms)
    problems.push({ code: 'CLOSURE_TIMESTAMP_INVALID', field, detail: `${field} ${p.reason}`, action: 'correct the timestamp to RFC 3339 with a zone, e.g. 2026-11-23T14:05:00Z', source })
    return ''
  }

  const ackUtc = utc(entry.ack_timestamp_utc, 'ack_timestamp_utc')
  const closure = ev.closure_evidence
  if (!closure) {
    problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: 'closure_evidence_ref', detail: `closure_evidence_ref '${entry.closure_evidence_ref}' did not resolve to an evidence row`, action: 'record the closure evidence row and reference its evidence_id' })
  }
  const resolvedUtc = closure ? utc(closure.recorded_utc, 'resolved_timestamp_utc', closure.source) : ''

  const refs: Record<string, EvidenceRef[]> = {}
  for (const { kind, field } of policy.data.evidence_refs) {
    const found = (evidence.get(key(windowId, alarm.alarm_id, kind)) ?? [])
      .map((r) => ({ row: r, ref: { evidence_id: r.evidence_id.trim(), uri: r.uri.trim(), recorded_utc: utc(r.recorded_utc, `closure_evidence_refs/${field}`, r.source), recorded_by: r.recorded_by.trim() } }))
    const empty = found.filter((f) => f.ref.evidence_id === '' || f.ref.uri === '')
    for (const f of empty) {
      problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: `closure_evidence_refs/${field}`, detail: `${kind} evidence row has an empty ${f.ref.evidence_id === '' ? 'evidence_id' : 'uri'}`, action: `fill in the ${kind} row's evidence_id and uri`, source: f.row.source })
    }
    if (found.length === 0) {
      problems.push({ code: 'CLOSURE_EVIDENCE_UNRESOLVED', field: `closure_evidence_refs/${field}`, detail: `no ${kind} evidence row for this alarm in window ${windowId}`, action: `add a ${kind} row (${describe(policy, kind)}) to the evidence input for this alarm` })
    }
    refs[field] = found.map((f) => f.ref).sort((a, b) => cmp(a.recorded_utc, b.recorded_utc) || cmp(a.evidence_id, b.evidence_id))
  }

  const lineage = buildLineage(ev, refs, policy)
  for (const missing of lineage.missing) {
    problems.push({ code: 'LINEAGE_INCOMPLETE', field: `approver_lineage/${missing.field}`, detail: missing.detail, action: missing.action })
  }
  const resolvedBy = closure?.recorded_by.trim() ?? ''
  if (closure && resolvedBy === '') {
    problems.push({ code: 'LINEAGE_INCOMPLETE', field: 'resolved_by', detail: `closure evidence ${closure.evidence_id} has no recorded_by`, action: 'record who resolved the alarm on the closure evidence row', source: closure.source })
  }

  if (problems.length > 0) {
    return {
      ok: false,
      defects: problems.map((p) => ({
        subject: alarm.alarm_id,
        defect_code: p.code,
        severity: 'blocking',
        owner_role: alarm.primary_owner_role,
        required_action: p.action,
        release_window_id: windowId,
        file: (p.source ?? entry.source).file,
        line: (p.source ?? entry.source).line,
        field: p.field,
        detail: p.detail
      }))
    }
  }
  return {
    ok: true,
    row: {
      alarm_id: alarm.alarm_id,
      alarm_class: alarm.alarm_class,
      closure_state: entry.closure_state,
      acknowledged_by: entry.acknowledged_by,
      ack_timestamp_utc: ackUtc,
      resolved_by: resolvedBy,
      resolved_timestamp_utc: resolvedUtc,
      closure_evidence_id: closure!.evidence_id,
      closure_evidence_refs: refs,
      approver_lineage: lineage.lineage
    }
  }
}

interface LineageResult {
  lineage: ApproverLineage
  missing: { field: string; detail: string; action: string }[]
}

function buildLineage(ev: AlarmEvaluation, refs: Record<string, EvidenceRef[]>, policy: LoadedClosurePolicy): LineageResult {
  const entry = ev.entry!
  const missing: LineageResult['missing'] = []
  const path: AckPath | undefined = ev.owner_mapping === 'primary' || ev.owner_mapping === 'backup' || ev.owner_mapping === 'incident_commander' ? ev.owner_mapping : undefined
  if (!path) missing.push({ field: 'ack_path', detail: `the acknowledgment maps to no owner (${ev.owner_mapping})`, action: 'acknowledge as the owner, backup owner or incident commander' })

  const ownerRole = ev.alarm.primary_owner_role.trim()
  if (ownerRole === '') missing.push({ field: 'owner_role', detail: 'the alarm has no owner role', action: 'set primary_owner_role on the alarm row' })

  const backup = path === 'backup' ? ev.alarm.backup_owner_role.trim() : null
  if (backup === '') missing.push({ field: 'backup_owner_role', detail: 'the backup acknowledged, but the alarm names no backup owner role', action: 'set backup_owner_role on the alarm row' })

  const ic = path === 'incident_commander' ? entry.acknowledged_by.trim() : null
  if (ic === '') missing.push({ field: 'incident_commander', detail: 'incident-commander override without a named acknowledger', action: 'record who acknowledged under the override in acknowledged_by' })

  const approverKind = policy.data.lineage.final_approver_from
  const approverField = policy.data.evidence_refs.find((r) => r.kind === approverKind)!.field
  const notes = refs[approverField] ?? []
  const finalApprover = notes.length > 0 ? notes[notes.length - 1].recorded_by : ''
  if (notes.length > 0 && finalApprover === '') {
    missing.push({ field: 'final_approver', detail: `the latest ${approverKind} row has no recorded_by`, action: `record the approver on the ${approverKind} row` })
  } else if (notes.length === 0) {
    missing.push({ field: 'final_approver', detail: `no ${approverKind} row names a final approver`, action: `add an ${approverKind} row recorded by the final approver` })
  }
  if (policy.data.lineage.final_approver_distinct_from_acknowledger && finalApprover !== '' && finalApprover === entry.acknowledged_by.trim()) {
    missing.push({ field: 'final_approver', detail: `final approver '${finalApprover}' also acknowledged the alarm`, action: 'have someone other than the acknowledger approve the closure (separation of duties)' })
  }

  return {
    lineage: { ack_path: path ?? 'primary', owner_role: ownerRole, backup_owner_role: backup, incident_commander: ic, final_approver: finalApprover },
    missing
  }
}

function describe(policy: LoadedClosurePolicy, kind: string): string {
  return policy.data.evidence_refs.find((r) => r.kind === kind)?.description ?? kind
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
