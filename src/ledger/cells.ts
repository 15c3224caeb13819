import type { CsvTable } from '../csv/read.js'
import type { Problem } from '../errors.js'
import type { Defect } from '../findings/defect.js'
import { checkId, idFix, idOf, printable, type IdCheck } from '../util/ids.js'
import { parseUtc, utcMs } from '../util/time.js'
import { finding } from './finding.js'

// Cell-level checks shared by the three row readers (alarm-rows.ts, ledger-rows.ts,
// evidence-rows.ts). A refused cell becomes a defect at its own file, line and column. The readers run once per row of 100,000-row inputs, so the
// common case (a valid cell) allocates nothing beyond the value it returns.

/** Who a timestamp defect is about and who must fix it. */
export interface TimeContext {
  subject: string
  windowId: string
  role: string
}

/** The checks for one table's cells; defects go to `out`. */
export class CellChecks {
  constructor(
    readonly file: string,
    readonly out: Defect[]
  ) {}

  /** An id cell, normalized; a refused one becomes ID_MALFORMED and the result is undefined. */
  id(raw: string, line: number, column: string, what: string, windowId: string, role: string, check?: (raw: string) => IdCheck): string | undefined {
    if (!check) {
      const id = idOf(raw)
      if (id !== undefined) return id
    }
    const r = (check ?? checkId)(raw)
    if (r.ok) return r.id
    this.out.push(
      finding('ID_MALFORMED', {
        // the refused id as the reader must see it: control and invisible characters escaped
        subject: printable(raw, 200),
        owner_role: role,
        required_action: `${capitalized(idFix(raw, r, `write a ${what} of letters, digits and - _ . :`))} (the row was not joined)`,
        release_window_id: windowId,
        file: this.file,
        line,
        field: column,
        detail: `${what} '${printable(raw)}' ${r.reason}`
      })
    )
    return undefined
  }

  /** time() for row r's cell in column c, read in place when it is canonical (CsvTable.utcMs). */
  timeAt(table: CsvTable, r: number, c: number, line: number, column: string, ctx: TimeContext, allowEmpty = false): number | undefined {
    return table.utcMs(r, c) ?? this.time(table.cell(r, c), line, column, ctx, allowEmpty)
  }

  /** A timestamp cell as epoch ms; a malformed (or, unless allowEmpty, empty) one becomes TIMESTAMP_MALFORMED. */
  time(raw: string, line: number, column: string, ctx: TimeContext, allowEmpty = false): number | undefined {
    const ms = utcMs(raw)
    if (ms !== undefined || (allowEmpty && raw.trim() === '')) return ms
    const p = parseUtc(raw)
    this.out.push(
      finding('TIMESTAMP_MALFORMED', {
        subject: ctx.subject,
        owner_role: ctx.role,
        required_action: `Write ${column} as RFC 3339 UTC, e.g. 2026-11-23T14:05:00Z`,
        release_window_id: ctx.windowId,
        file: this.file,
        line,
        field: column,
        detail: `${column}: ${p.ok ? '' : p.reason}`
      })
    )
    return undefined
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A cell function with a memo, for columns with few distinct values (windows, roles) in large files. */
export function memoCells<T>(compute: (raw: string) => T): (raw: string) => T {
  const memo = new Map<string, T>()
  return (raw) => {
    let r = memo.get(raw)
    if (r === undefined) {
      r = compute(raw)
      if (memo.size < 10_000) memo.set(raw, r)
    }
    return r
  }
}

/** checkId with a memo (memoCells). */
export function memoCheckId(): (raw: string) => IdCheck {
  return memoCells(checkId)
}

/** Column name -> index for the columns a reader uses, looked up once per table. */
export function columnsOf<K extends string>(table: CsvTable, names: Record<K, string>): Record<K, number> {
  const out = {} as Record<K, number>
  for (const k of Object.keys(names) as K[]) out[k] = table.column(names[k])
  return out
}

/** The table's structurally broken rows as ROW_MALFORMED defects. */
export function brokenRows(table: CsvTable, fallbackRole: string): Defect[] {
  return table.broken.map((p: Problem) =>
    finding('ROW_MALFORMED', {
      subject: '',
      owner_role: fallbackRole,
      required_action: p.fix ? `Repair the row: ${p.fix}` : 'Repair the row',
      release_window_id: '',
      file: p.file,
      line: p.line ?? null,
      detail: p.message
    })
  )
}
