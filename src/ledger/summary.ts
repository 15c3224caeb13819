import { INPUT_CODES } from '../findings/codes.js'
import { countByCode } from '../findings/defect.js'
import { blockingPredicate } from '../report/annotations.js'
import { mdCell, mdCode, mdText } from '../report/escape.js'
import { SECTION_ROW_CAP, table } from '../report/summary.js'
import { LEDGER_CODES } from './codes.js'
import type { Decision, GateResult, Readback, WindowDecision } from './types.js'

// The gate's part of the job summary: the decision and the readback lead, because they are what a
// reviewer reads first; the defect table that follows is the report's (src/report/summary.ts).

const MEANINGS: Readonly<Record<string, { meaning: string }>> = {
  ...INPUT_CODES,
  ...LEDGER_CODES
}

const DECISION_LABEL: Record<Decision, string> = {
  go: '✅ GO',
  'conditional-go': '🟡 CONDITIONAL GO',
  'no-go': '⛔ NO-GO'
}

/** Decision, windows (no-go first, each with its reasons and step-9 readback), counts by code and escalations: everything but defects. */
export function renderGateSummary(gate: GateResult): string {
  const out: string[] = []
  const observe = gate.mode === 'observe' ? ' (observe mode: report only, the step passes)' : ''
  const outcome = gate.failed ? 'the step fails' : 'the step passes'
  out.push(`## Acknowledgment ledger gate: ${DECISION_LABEL[gate.decision]}\n\n`)
  out.push(
    `Mode **${gate.mode}**${observe}; evaluated at ${mdCode(gate.now_utc)}; ` +
      `${gate.counts.alarms} alarms, ${gate.counts.ledger_rows} ledger rows, ${gate.counts.evidence_rows} evidence rows; ` +
      `${gate.counts.passed} alarms passed; ${gate.defects.length} defects, ${gate.blocking.length} blocking in this mode (${outcome}).\n\n`
  )
  out.push(`Policy ${mdCode(gate.policy.file)} sha256 ${mdCode(gate.policy.sha256)}\n\n`)

  if (gate.windows.length > 0) {
    const windows = byDecision(gate.windows)
    out.push('### Release windows\n\n')
    out.push(
      table(
        ['Window', 'Decision', 'Alarms', 'Blocking', 'Warnings'],
        windows.map((w) => [mdCell(w.release_window_id), DECISION_LABEL[w.decision], String(w.alarms), String(w.blocking), String(w.warnings)]),
        SECTION_ROW_CAP,
        'windows (ledger-gate.json lists them all)'
      )
    )
    out.push('\n')
    out.push(renderWindows(gate, windows))
  } else {
    out.push('### Readback\n\nNo active alarms to read back.\n\n')
  }

  if (gate.defects.length > 0) {
    out.push('### Defects by code\n\n')
    const blockingByCode = countByCode(gate.defects.filter(blockingPredicate(gate.blocking)))
    out.push(
      table(
        ['Code', 'Count', 'Blocking now', 'Meaning'],
        [...countByCode(gate.defects)].map(([code, n]) => [mdCode(code), String(n), String(blockingByCode.get(code) ?? 0), mdCell(MEANINGS[code]?.meaning ?? '')]),
        SECTION_ROW_CAP,
        'codes'
      )
    )
    out.push('\n')
  }

  if (gate.escalations.length > 0) {
    out.push('### Escalations\n\n')
    out.push(
      table(
        ['Alarm', 'Window', 'Class', 'State', 'Route to', 'Role', 'No-go', 'Detail'],
        gate.escalations.map((e) => [
          mdCell(e.alarm_id),
          mdCell(e.release_window_id),
          e.alarm_class,
          mdCell(e.state),
          mdCell(e.route_to),
          mdCell(e.route_to_role),
          e.no_go ? 'yes' : 'no',
          mdCell(e.detail)
        ]),
        SECTION_ROW_CAP,
        'escalations'
      )
    )
    out.push('\n')
  }
  return out.join('')
}

/** No-go windows first, then conditional-go, then go; by id within each. */
function byDecision(windows: readonly WindowDecision[]): WindowDecision[] {
  return [...windows].sort((a, b) => RANK[a.decision] - RANK[b.decision] || (a.release_window_id < b.release_window_id ? -1 : a.release_window_id > b.release_window_id ? 1 : 0))
}
const RANK: Record<Decision, number> = {
  'no-go': 0,
  'conditional-go': 1,
  go: 2
}

/** Windows given a section of their own; the rest are in the windows table and ledger-gate.json. */
export const WINDOW_SECTIONS = 20
const REASONS_SHOWN = 10

/** One section per window, no-go first: why it got its decision, then its readback (step 9). */
export function renderWindows(gate: GateResult, windows: readonly WindowDecision[] = byDecision(gate.windows)): string {
  const readback = new Map<string, Readback[]>()
  for (const r of gate.readback) {
    const list = readback.get(r.release_window_id)
    if (list) list.push(r)
    else readback.set(r.release_window_id, [r])
  }
  const shown = windows.slice(0, WINDOW_SECTIONS)
  const more = windows.length - shown.length
  return (
    shown.map((w) => renderWindow(w, readback.get(w.release_window_id) ?? [])).join('') +
    (more > 0
      ? `_${more} more window${more === 1 ? '' : 's'} (${windows.slice(WINDOW_SECTIONS).filter((w) => w.decision === 'no-go').length} no-go): their reasons and readback are in ledger-gate.json._\n\n`
      : '')
  )
}

function renderWindow(w: WindowDecision, readback: readonly Readback[]): string {
  const reasons = w.reasons.slice(0, REASONS_SHOWN).map((r) => `- ${mdCell(r, 500)}\n`)
  const left = w.reasons.length - reasons.length
  if (left > 0) reasons.push(`- _${left} more in ledger-gate.json_\n`)
  return `### Window ${mdText(w.release_window_id)}: ${DECISION_LABEL[w.decision]}\n\n${reasons.join('')}\n${renderReadback(readback)}`
}

/** Lesson 113 step 9: a window's top three highest-risk alarms, read aloud before sign-off. */
export function renderReadback(items: readonly Readback[]): string {
  if (items.length === 0) return '#### Readback\n\nNo active alarms to read back.\n\n'
  const rows = items.map((r) => [
    mdCell(r.alarm_id),
    r.alarm_class,
    mdCell(r.owner_role) || '_unknown_',
    mdCell(r.acknowledged_by) || '_unknown_',
    mdCell(r.ack_timestamp_utc) || '_unknown_',
    mdCell(r.sla_deadline_utc) || '_unknown_',
    mdCell(r.closure_evidence) || '_none_',
    r.duplicate_keys ? '⚠️ yes' : 'no',
    r.unknowns.length > 0 ? `⚠️ ${mdCell(r.unknowns.join('; '))}` : 'none'
  ])
  const unknown = items.some((r) => r.unknowns.length > 0)
  const note = unknown ? '\n**An item above is unknown: the readback marks the window no-go until it is fixed.**\n' : ''
  return `#### Readback: top ${items.length} highest-risk alarm${items.length === 1 ? '' : 's'}\n\n${table(
    ['Alarm', 'Class', 'Owner role', 'Acknowledged by', 'Ack at (UTC)', 'SLA deadline (UTC)', 'Closure evidence', 'Duplicate keys', 'Unknowns'],
    rows
  )}${note}\n`
}
