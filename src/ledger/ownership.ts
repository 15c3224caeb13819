import type { Defect } from '../findings/defect.js'
import { checkId, printable } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import type { AlarmContext } from './alarm-context.js'
import { alarmFinding } from './finding.js'
import type { Alarm, LedgerRecord } from './records.js'
import type { LedgerPolicy } from './policy.js'
import type { LedgerEntry, OwnerMapping } from './types.js'

// Who may acknowledge an alarm (L3) and who may approve a late page acknowledgment: the
// alarm's own primary and backup roles, and the policy's incident-commander role, whose
// override is time-limited.

export function isValidMapping(m: OwnerMapping): boolean {
  return m === 'primary' || m === 'backup' || m === 'incident_commander'
}

export function ownersText(alarm: Alarm, policy: LedgerPolicy): string {
  const o = policy.data.ownership
  const names = [
    o.allow_primary_owner && alarm.primary_owner_role ? alarm.primary_owner_role : '',
    o.allow_backup_owner && alarm.backup_owner_role ? alarm.backup_owner_role : '',
    o.allow_incident_commander_override ? `${policy.icRole} (override)` : ''
  ].filter(Boolean)
  return names.length === 0 ? 'an owner role the policy allows' : names.join(' or ')
}

/** L3: primary, backup, or an incident-commander override inside its time limit. */
export function mapOwner(alarm: Alarm, row: LedgerRecord, entry: LedgerEntry, closedAtMs: number | undefined, ctx: AlarmContext, out: Defect[]): OwnerMapping {
  const { policy, now } = ctx
  const o = policy.data.ownership
  const role = entry.owner_role
  // the common, valid cases first, before anything is made for a defect
  if (role !== '' && o.allow_primary_owner && role === alarm.primary_owner_role) return 'primary'
  if (role !== '' && o.allow_backup_owner && alarm.backup_owner_role !== '' && role === alarm.backup_owner_role) return 'backup'
  const invalid = (detail: string, action: string): OwnerMapping => ownerInvalid(alarm, row, ctx, out, detail, action)
  const fix = (): string => `Acknowledge as ${ownersText(alarm, policy)}`
  if (role === '') {
    const raw = row.cell('owner_role')
    return invalid(raw.trim() === '' ? 'no owner role recorded (unowned)' : `owner_role '${printable(raw)}' is not a role id`, fix())
  }
  if (role === policy.icRole && o.allow_incident_commander_override) {
    if (row.ackMs === undefined) return invalid('incident-commander override without a valid ack time cannot be timed', fix())
    const until = row.ackMs + o.override_window_minutes * 60_000
    if (now <= until) return 'incident_commander'
    if (closedAtMs !== undefined && closedAtMs <= until) return 'incident_commander'
    return invalid(
      `incident-commander override expired at ${formatUtc(until)} (${o.override_window_minutes} min after the ack) with the alarm still open`,
      `Hand the alarm back to ${[alarm.primary_owner_role, alarm.backup_owner_role].filter(Boolean).join(' or ')} with a new ledger row, or close it with evidence`
    )
  }
  return invalid(
    `role '${role}' is not this alarm's primary (${alarm.primary_owner_role || 'none'}) or backup (${alarm.backup_owner_role || 'none'}) owner${role === policy.icRole ? ', and the policy disallows incident-commander overrides' : ''}`,
    fix()
  )
}

function ownerInvalid(alarm: Alarm, row: LedgerRecord, ctx: AlarmContext, out: Defect[], detail: string, action: string): OwnerMapping {
  out.push(
    alarmFinding('OWNER_INVALID', alarm, ctx.ledgerFile, row.line, 'owner_role', {
      owner_role: alarm.primary_owner_role || ctx.policy.icRole,
      required_action: action,
      detail
    })
  )
  return 'invalid'
}

/** undefined: accepted; '': no exception recorded; otherwise why the recorded one is refused. */
export function exceptionRefusal(alarm: Alarm, entry: LedgerEntry, policy: LedgerPolicy): string | undefined {
  const ref = entry.sla_exception_ref
  const by = entry.exception_approved_by
  if (ref === '' && by === '') return ''
  const allowed = policy.data.sla_exceptions.allowed_classes
  if (!allowed.includes(alarm.alarm_class)) return `SLA exceptions are not accepted for ${alarm.alarm_class} alarms (policy allows: ${allowed.join(', ') || 'none'})`
  if (ref === '') return 'exception_approved_by is set but sla_exception_ref is empty'
  if (by === '') return `sla_exception_ref ${printable(ref)} has no approval (exception_approved_by is empty)`
  const approver = checkId(by)
  if (!approver.ok || approver.id !== policy.exceptionApproverRole) {
    return `exception approved by '${printable(by)}', but only ${policy.exceptionApproverRole} may approve`
  }
  return undefined
}
