import { printable } from '../util/ids.js'

// A plain-text table for terminals and logs: aligned columns, every cell made printable (cells
// come from users' CSVs), long cells cut with an ellipsis so one bad row cannot wreck the layout.

export type Align = 'left' | 'right'

export interface TableOptions {
  /** per-column alignment; numbers read best right-aligned */
  align?: readonly Align[]
  /** widest a cell may be before it is cut (default 60) */
  maxCell?: number
  /** spaces between columns (default 2) */
  gap?: number
}

export type Cell = string | number | boolean | null | undefined

export function renderTable(header: readonly string[], rows: readonly (readonly Cell[])[], opts: TableOptions = {}): string {
  const maxCell = opts.maxCell ?? 60
  const gap = ' '.repeat(opts.gap ?? 2)
  const text = (c: Cell): string => {
    const s = printable((c === null || c === undefined ? '' : String(c)).replace(/[\r\n\t]+/g, ' '), Number.MAX_SAFE_INTEGER)
    return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s
  }
  const cells = [header.map(text), ...rows.map((r) => header.map((_, i) => text(r[i])))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)))
  const line = (r: string[]): string =>
    r
      .map((c, i) => (opts.align?.[i] === 'right' ? c.padStart(widths[i]) : i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join(gap)
      .trimEnd()
  const rule = widths.map((w) => '-'.repeat(w)).join(gap)
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}
