import type { Defect, Severity } from '../findings/defect.js'
import { printable } from '../util/ids.js'
import { formatUtc } from '../util/time.js'
import type { LiveState, LedgerPolicy } from './policy.js'
import { alarmFinding, minutes } from './finding.js'
import { checkClosure } from './closure-check.js'
import { anyBlocking, outcomeOf, type Judgement } from './outcome.js'
import type { KeyState } from './fold.js'
import type { AlarmContext } from './alarm-context.js'
import { Entry, type Alarm } from './records.js'
import { exceptionRefusal, isValidMapping, mapOwner, ownersText } from './ownership.js'
import type { Escalation } from './types.js'

// The per-alarm checks of lesson 113 (steps 3, 5 and 6) against one injected instant. Each
// check adds defects; the alarm's verdict is simply "no blocking defect". Class-dependent
// severities (RESOLUTION_LATE) are decided here, rollout modes later (decide.ts).

/**
 * Judges one alarm. `prior` holds the defects already found for its key by the row readers,
 * the history fold and the git scan: they count towards the alarm's verdict but are not
 * returned again.
 */
export function evaluateAlarm(alarm: Alarm, state: KeyState | undefined, ctx: AlarmContext, prior: readonly Defect[] = [], full = true): Judgement {
  const { policy, now } = ctx
  const defects: Defect[] = []
  const escalations: Escalation[] = []
  const slaMs = policy.ackSlaMinutes(alarm.alarm_class) * 60_000
  const deadline = alarm.raisedMs === undefined ? undefined : alarm.raisedMs + slaMs
  let overdueMs = 0
  let exceptionAccepted = false
  // Helpers are module functions, not closures: this runs once per alarm, 100,000 times a run,
  // and a closure over these locals is an allocation each time.
  const file = ctx.ledgerFile

  // L1: no row at all for this key.
  if (!state) {
    const late = deadline !== undefined && now > deadline
    defects.push(
      alarmFinding('ACK_MISSING', alarm, alarm.source.file, alarm.source.line, '', {
        owner_role: alarm.primary_owner_role || policy.icRole,
        required_action: `Acknowledge in the ledger as ${ownersText(alarm, policy)}${deadline === undefined ? '' : ` (SLA deadline ${formatUtc(deadline)})`}`,
        detail: `no ledger row for ${alarm.alarm_class} alarm ${alarm.alarm_id} in window ${alarm.release_window_id}${late ? `; SLA passed ${minutes(now - deadline)} min ago` : ''}`
      })
    )
    if (late) {
      overdueMs = now - deadline
      addEscalation(escalations, alarm, policy, 'ack_late', `no acknowledgment ${minutes(overdueMs)} min after the ${formatUtc(deadline)} deadline`)
    }
    return outcomeOf(
      {
        alarm,
        state,
        prior,
        defects,
        escalations,
        deadline,
        overdueMs,
        exceptionAccepted,
        full
      },
      ctx,
      undefined,
      'none'
    )
  }
  // L7 / L8: the key has rows but no determinable state; the fold already said why.
  if (!state.latest)
    return outcomeOf(
      {
        alarm,
        state,
        prior,
        defects,
        escalations,
        deadline,
        overdueMs,
        exceptionAccepted,
        full
      },
      ctx,
      undefined,
      'none'
    )

  const row = state.latest
  // alarm_state must agree with the alarms file (which wins).
  const ledgerClass = policy.classOf(row.cell('alarm_state'))
  const entry = new Entry(row, ledgerClass ?? alarm.alarm_class, state.rowCount)
  const ownerRole = entry.owner_role

  if (!ledgerClass) {
    const { page, block } = policy.data.alarm_classes
    defects.push(
      alarmFinding('CLASS_INVALID', alarm, file, row.line, 'alarm_state', {
        owner_role: ownerRole || policy.icRole,
        required_action: `Set alarm_state to '${page}' or '${block}'`,
        detail: `'${printable(row.cell('alarm_state'))}' is not a class of the policy`
      })
    )
  } else if (ledgerClass !== alarm.alarm_class) {
    defects.push(
      alarmFinding('CLASS_MISMATCH', alarm, file, row.line, 'alarm_state', {
        owner_role: ownerRole || policy.icRole,
        required_action: `Record alarm_state as '${policy.data.alarm_classes[alarm.alarm_class]}' like the alarms file`,
        detail: `ledger says ${ledgerClass}, alarms file (line ${alarm.source.line}) says ${alarm.alarm_class}; judged as ${alarm.alarm_class}`
      })
    )
  }

  // Required values.
  for (const { name: field, column } of ctx.mustBeFilled) {
    if (row.cellAt(column).trim() === '') {
      defects.push(
        alarmFinding('FIELD_MISSING', alarm, file, row.line, field, {
          owner_role: ownerRole || policy.icRole,
          required_action: `Fill ${field} on the ledger row`,
          detail: `${field} is empty`
        })
      )
    }
  }

  // response_sla_minutes must state the policy's SLA for the class.
  const policySla = policy.ackSlaMinutes(alarm.alarm_class)
  if (entry.response_sla_minutes !== policySla) {
    defects.push(
      alarmFinding('SLA_MISMATCH', alarm, file, row.line, 'response_sla_minutes', {
        owner_role: ownerRole || policy.icRole,
        required_action: `Record response_sla_minutes as ${policySla} (the policy's ${alarm.alarm_class} SLA)`,
        detail: `ledger says '${printable(row.cell('response_sla_minutes'))}', policy says ${policySla}; ${policySla} is used`
      })
    )
  }

  // Closure (step 6) comes before ownership: an override that closed the alarm inside its window stays valid.
  const closure = checkClosure(alarm, row, entry, ctx, defects)

  // L3: who acknowledged.
  const mapping = mapOwner(alarm, row, entry, closure.recordedMs, ctx, defects)
  if (!isValidMapping(mapping)) addEscalation(escalations, alarm, policy, 'unowned', ownerRole ? `role '${ownerRole}' may not own this alarm` : 'no owner role recorded')

  // L2: ack within the class SLA, measured from the raise time; exactly at the limit passes.
  if (row.ackMs !== undefined && alarm.raisedMs !== undefined && deadline !== undefined) {
    if (row.ackMs < alarm.raisedMs) {
      defects.push(
        alarmFinding('ACK_BEFORE_RAISED', alarm, file, row.line, 'ack_timestamp_utc', {
          owner_role: ownerRole || policy.icRole,
          required_action: 'Check the time zones of ack_timestamp_utc and raised_utc; record the true acknowledgment time',
          detail: `acknowledged ${formatUtc(row.ackMs)}, ${minutes(alarm.raisedMs - row.ackMs)} min before it was raised at ${formatUtc(alarm.raisedMs)}`
        })
      )
    } else if (row.ackMs > deadline) {
      const lateMs = row.ackMs - deadline
      overdueMs = Math.max(overdueMs, lateMs)
      const lateText = `acknowledged ${formatUtc(row.ackMs)}, ${minutes(lateMs)} min after the ${policySla}-min ${alarm.alarm_class} SLA (deadline ${formatUtc(deadline)})`
      const refusal = exceptionRefusal(alarm, entry, policy)
      if (refusal === undefined) {
        exceptionAccepted = true
        defects.push(
          alarmFinding('SLA_EXCEPTION_ACCEPTED', alarm, file, row.line, 'sla_exception_ref', {
            owner_role: policy.exceptionApproverRole,
            required_action: `Carry exception ${entry.sla_exception_ref} into the release notes (conditional go)`,
            detail: `${lateText}; exception approved by ${entry.exception_approved_by}`
          })
        )
      } else {
        defects.push(
          alarmFinding('ACK_LATE', alarm, file, row.line, 'ack_timestamp_utc', {
            owner_role: alarm.alarm_class === 'block' ? policy.icRole : ownerRole || policy.icRole,
            required_action:
              alarm.alarm_class === 'block'
                ? 'Take over the response: a late block acknowledgment holds this window at no-go (block alarms take no SLA exception)'
                : `Get an SLA exception approved by ${policy.exceptionApproverRole} (sla_exception_ref + exception_approved_by) or hold the release`,
            detail: refusal === '' ? lateText : `${lateText}; ${refusal}`
          })
        )
      }
      addEscalation(escalations, alarm, policy, 'ack_late', lateText)
    }
  }

  // target_resolution_utc present and not before the ack.
  if (row.cell('target_resolution_utc').trim() === '') {
    defects.push(
      alarmFinding('TARGET_MISSING', alarm, file, row.line, 'target_resolution_utc', {
        owner_role: ownerRole || policy.icRole,
        required_action: 'Set target_resolution_utc to when the alarm will be resolved',
        detail: 'target_resolution_utc is empty'
      })
    )
  } else if (row.targetMs !== undefined && row.ackMs !== undefined && row.targetMs < row.ackMs) {
    defects.push(
      alarmFinding('TARGET_BEFORE_ACK', alarm, file, row.line, 'target_resolution_utc', {
        owner_role: ownerRole || policy.icRole,
        required_action: 'Set target_resolution_utc at or after the acknowledgment',
        detail: `target ${formatUtc(row.targetMs)} is before the ack at ${formatUtc(row.ackMs)}`
      })
    )
  }

  // Live state (step 5) and L6 for alarms still open.
  if (closure.open && row.targetMs !== undefined) {
    if (now > row.targetMs) {
      const lateMs = now - row.targetMs
      overdueMs = Math.max(overdueMs, lateMs)
      const severity: Severity = alarm.alarm_class === 'block' ? 'blocking' : 'warning'
      defects.push(
        alarmFinding('RESOLUTION_LATE', alarm, file, row.line, 'target_resolution_utc', {
          severity: severity,
          owner_role: ownerRole || policy.icRole,
          required_action: `Resolve and record closure evidence, or re-plan with a new ledger row (escalated to ${policy.data.escalation[alarm.alarm_class].resolution_late.route_to.replace('_', ' ')})`,
          detail: `open ${minutes(lateMs)} min past target ${formatUtc(row.targetMs)}`
        })
      )
      addEscalation(escalations, alarm, policy, 'resolution_late', `open ${minutes(lateMs)} min past target ${formatUtc(row.targetMs)}`)
    } else if (isValidMapping(mapping) && !anyBlocking(prior) && !anyBlocking(defects)) {
      defects.push(
        alarmFinding('UNRESOLVED_IN_SLA', alarm, file, row.line, 'closure_state', {
          owner_role: ownerRole,
          required_action: `Page ${ownerRole}: resolve by ${formatUtc(row.targetMs)} and record closure evidence`,
          detail: `acknowledged and open; ${minutes(row.targetMs - now)} min left to target`
        })
      )
    }
  }

  return outcomeOf(
    {
      alarm,
      state,
      prior,
      defects,
      escalations,
      deadline,
      overdueMs,
      exceptionAccepted,
      full
    },
    ctx,
    entry,
    mapping,
    closure
  )
}

function addEscalation(escalations: Escalation[], alarm: Alarm, policy: LedgerPolicy, s: LiveState, detail: string): void {
  const route = policy.data.escalation[alarm.alarm_class][s]
  let role = route.route_to === 'primary_owner' ? alarm.primary_owner_role : route.route_to === 'backup_owner' ? alarm.backup_owner_role : policy.icRole
  let note = ''
  if (role === '') {
    role = policy.icRole
    note = `; the alarm names no ${route.route_to.replace('_', ' ')}, so the incident commander takes it`
  }
  escalations.push({
    alarm_id: alarm.alarm_id,
    release_window_id: alarm.release_window_id,
    alarm_class: alarm.alarm_class,
    state: s,
    route_to: route.route_to,
    route_to_role: role,
    no_go: route.no_go,
    detail: `${detail}${note}`
  })
}
