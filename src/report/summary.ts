import type { Decision, GateResult } from '../ledger/types.js'
import { blockingPredicate } from './annotations.js'
import { DEFECT_CODES } from './codes.js'
import { countByCode, sortDefects, type Defect } from './defect.js'
import { mdCell, mdCode, mdText } from './escape.js'

// The job summary is what a reviewer reads first, so it leads with the decision and the readback
// and ends with the full defect table. GitHub refuses a step summary over 1 MiB (the upload fails
// with an error annotation and nothing is shown), so the only elastic part, the defect table, is
// cut to the bytes left over and says how many rows it cut and where they all are.

/** GitHub's per-step limit ("supports content up to a size of 1024k"). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** What we allow ourselves: the limit less a margin for the runner's own framing. */
export const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024
/** Tables other than the defect table are capped by rows; their full data is in the outputs. */
export const SECTION_ROW_CAP = 100

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

const DECISION_LABEL: Record<Decision, string> = {
  go: '✅ GO',
  'conditional-go': '🟡 CONDITIONAL GO',
  'no-go': '⛔ NO-GO'
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`
}

function table(header: readonly string[], rows: readonly (readonly string[])[], cap = SECTION_ROW_CAP, what = 'rows'): string {
  const head = row(header) + row(header.map(() => '---'))
  const body = rows.slice(0, cap).map(row).join('')
  const more = rows.length > cap ? `\n_${rows.length - cap} more ${what} not shown._\n` : ''
  return `${head}${body}${more}`
}

/** Decision, windows, counts by code, the step-9 readback and escalations: everything but defects. */
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
    out.push('### Release windows\n\n')
    out.push(
      table(
        ['Window', 'Decision', 'Alarms', 'Blocking', 'Warnings', 'Reasons'],
        gate.windows.map((w) => [mdCell(w.release_window_id), DECISION_LABEL[w.decision], String(w.alarms), String(w.blocking), String(w.warnings), mdCell(w.reasons.join('; '), 500)]),
        SECTION_ROW_CAP,
        'windows'
      )
    )
    out.push('\n')
  }

  if (gate.defects.length > 0) {
    out.push('### Defects by code\n\n')
    const blockingByCode = countByCode(gate.defects.filter(blockingPredicate(gate.blocking)))
    out.push(
      table(
        ['Code', 'Count', 'Blocking now', 'Meaning'],
        [...countByCode(gate.defects)].map(([code, n]) => [mdCode(code), String(n), String(blockingByCode.get(code) ?? 0), mdCell(DEFECT_CODES[code]?.meaning ?? '')]),
        SECTION_ROW_CAP,
        'codes'
      )
    )
    out.push('\n')
  }

  out.push(renderReadback(gate))

  if (gate.escalations.length > 0) {
    out.push('### Escalations\n\n')
    out.push(
      table(
        ['Alarm', 'Window', 'Class', 'State', 'Route to', 'Role', 'No-go', 'Detail'],
        gate.escalations.map((e) => [mdCell(e.alarm_id), mdCell(e.release_window_id), e.alarm_class, mdCell(e.state), mdCell(e.route_to), mdCell(e.route_to_role), e.no_go ? 'yes' : 'no', mdCell(e.detail)]),
        SECTION_ROW_CAP,
        'escalations'
      )
    )
    out.push('\n')
  }
  return out.join('')
}

/** Lesson 113 step 9: the top three highest-risk alarms, read aloud before sign-off. */
export function renderReadback(gate: GateResult): string {
  const items = gate.readback.slice(0, 3)
  if (items.length === 0) return '### Readback\n\nNo active alarms to read back.\n\n'
  const rows = items.map((r) => [
    mdCell(r.alarm_id),
    mdCell(r.release_window_id),
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
  return `### Readback: top ${items.length} highest-risk alarm${items.length === 1 ? '' : 's'}\n\n${table(
    ['Alarm', 'Window', 'Class', 'Owner role', 'Acknowledged by', 'Ack at (UTC)', 'SLA deadline (UTC)', 'Closure evidence', 'Duplicate keys', 'Unknowns'],
    rows
  )}${note}\n`
}

export interface DefectTableOptions {
  /** header of the subject column: alarm_id for the ledger, packet id for closure */
  subjectColumn: string
  /** bytes this table may take, note included */
  maxBytes: number
  blocks: (d: Defect) => boolean
  /** where every defect can be read, named in the cut note */
  fullListAt: string[]
}

export interface RenderedTable {
  markdown: string
  shown: number
  cut: number
}

const CUT_NOTE_RESERVE = 600

/** Every defect, most severe first, as long as the byte budget lasts; then a note counting the rest. */
export function renderDefectTable(defects: readonly Defect[], opts: DefectTableOptions): RenderedTable {
  const sorted = sortDefects([...defects])
  const title = `### Defects (${sorted.length})\n\n`
  if (sorted.length === 0) return { markdown: `${title}None.\n\n`, shown: 0, cut: 0 }
  const head =
    title +
    row([mdText(opts.subjectColumn), 'Code', 'Severity', 'Window', 'Location', 'Owner role', 'Required action', 'Detail']) +
    row(['---', '---', '---', '---', '---', '---', '---', '---'])
  let used = byteLength(head) + CUT_NOTE_RESERVE
  const lines: string[] = []
  for (const d of sorted) {
    const location = d.file ? `${d.file}${d.line !== null ? `:${d.line}` : ''}` : ''
    const severity = opts.blocks(d) ? `**${d.severity}**` : d.severity
    const line = row([mdCell(d.subject), mdCode(d.defect_code), severity, mdCell(d.release_window_id), mdCell(location), mdCell(d.owner_role), mdCell(d.required_action), mdCell(d.detail)])
    const size = byteLength(line)
    if (used + size > opts.maxBytes) break
    used += size
    lines.push(line)
  }
  const cut = sorted.length - lines.length
  const where = opts.fullListAt.length > 0 ? ` Every defect is in ${opts.fullListAt.map(mdText).join(', ')}.` : ''
  const note = cut > 0 ? `\n> **${cut} of ${sorted.length} defects not shown here**: a job summary is limited to 1 MiB.${where}\n` : ''
  return { markdown: `${head}${lines.join('')}${note}\n`, shown: lines.length, cut }
}

/** Joins sections and fits the defect table into what the fixed sections leave of the budget. */
export function composeSummary(fixedBefore: string, defects: readonly Defect[], fixedAfter: string, opts: Omit<DefectTableOptions, 'maxBytes'>, budget = SUMMARY_BUDGET_BYTES): { markdown: string; table: RenderedTable } {
  const room = budget - byteLength(fixedBefore) - byteLength(fixedAfter)
  const t = renderDefectTable(defects, { ...opts, maxBytes: Math.max(0, room) })
  return { markdown: `${fixedBefore}${t.markdown}${fixedAfter}`, table: t }
}
