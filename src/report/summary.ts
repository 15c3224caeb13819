import { sortDefects, type Defect } from '../findings/defect.js'
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

export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[], cap = SECTION_ROW_CAP, what = 'rows'): string {
  const head = row(header) + row(header.map(() => '---'))
  const body = rows.slice(0, cap).map(row).join('')
  const more = rows.length > cap ? `\n_${rows.length - cap} more ${what} not shown._\n` : ''
  return `${head}${body}${more}`
}

/** Where a defect's location links to; undefined: shown as plain text (no server, repository or commit known). */
export type LocationLink = (file: string, line: number | null) => string | undefined

export interface DefectTableOptions {
  /** header of the subject column: alarm_id for the ledger, packet id for closure */
  subjectColumn: string
  /** bytes this table may take, note included */
  maxBytes: number
  blocks: (d: Defect) => boolean
  /** where every defect can be read, named in the cut note */
  fullListAt: string[]
  /** the location's link, e.g. to the line at the commit checked */
  link?: LocationLink
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
    const severity = opts.blocks(d) ? `**${d.severity}**` : d.severity
    const line = row([mdCell(d.subject), mdCode(d.defect_code), severity, mdCell(d.release_window_id), locationCell(d, opts.link), mdCell(d.owner_role), mdCell(d.required_action), mdCell(d.detail)])
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

function locationCell(d: Defect, link: LocationLink | undefined): string {
  if (!d.file) return ''
  const text = mdCell(`${d.file}${d.line !== null ? `:${d.line}` : ''}`)
  const url = link?.(d.file, d.line)
  return url ? `[${text}](${url})` : text
}

const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
const COMMIT = /^[0-9a-f]{40}$/

/**
 * Links a repository-relative location to that line of the file at a commit:
 * `{server}/{repo}/blob/{sha}/{path}#L{line}`. Undefined (plain text) when the server, repository or
 * commit is unknown or not well-formed, and for a path outside the repository; every path segment
 * is percent-encoded, parentheses too, so the link's destination cannot end early.
 */
export function blobLinker(server: string, repository: string, sha: string): LocationLink | undefined {
  const base = server.replace(/\/+$/, '')
  if (!SERVER.test(base) || !REPOSITORY.test(repository) || !COMMIT.test(sha)) return undefined
  return (file, line) => {
    const segments = file.split('/')
    if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..')) return undefined
    const path = segments.map((s) => encodeURIComponent(s).replace(/[()']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')
    return `${base}/${repository}/blob/${sha}/${path}${line !== null && line > 0 ? `#L${line}` : ''}`
  }
}

/**
 * Fits sections, most important first, into a byte budget: a section past what is left is cut at
 * a line boundary (a table stays well formed, rows being lines) with a note; later sections get
 * what the earlier ones leave. The last resort behind every section's own caps.
 */
export function fitSections(sections: readonly string[], budget: number): { markdown: string; cut: number } {
  const note = '\n_Cut here: a job summary is limited to 1 MiB; the report files hold everything._\n\n'
  const noteBytes = byteLength(note)
  let room = budget
  let cut = 0
  const out: string[] = []
  for (const s of sections) {
    const size = byteLength(s)
    if (size <= room) {
      out.push(s)
      room -= size
      continue
    }
    cut++
    if (room <= noteBytes) continue
    const bytes = Buffer.from(s, 'utf8').subarray(0, room - noteBytes)
    const end = bytes.lastIndexOf(0x0a)
    const kept = end < 0 ? '' : bytes.subarray(0, end + 1).toString('utf8')
    out.push(kept + note)
    room -= byteLength(kept) + noteBytes
  }
  return { markdown: out.join(''), cut }
}

/** Joins sections and fits the defect table into what the fixed sections leave of the budget. */
export function composeSummary(fixedBefore: string, defects: readonly Defect[], fixedAfter: string, opts: Omit<DefectTableOptions, 'maxBytes'>, budget = SUMMARY_BUDGET_BYTES): { markdown: string; table: RenderedTable } {
  const room = budget - byteLength(fixedBefore) - byteLength(fixedAfter)
  const t = renderDefectTable(defects, { ...opts, maxBytes: Math.max(0, room) })
  return { markdown: `${fixedBefore}${t.markdown}${fixedAfter}`, table: t }
}
