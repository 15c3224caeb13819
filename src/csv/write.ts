import { stringify } from 'csv-stringify/sync'

// Every CSV we write may be opened in a spreadsheet, and its cells came from users' CSVs. A cell
// that starts with = + - @ (or a tab/CR that some apps strip first) is prefixed with a quote so
// it reads as text, never as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** Deterministic CSV: LF endings, header first, every cell formula-escaped. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cells = rows.map((r) => r.map((c) => escapeFormula(c === null || c === undefined ? '' : String(c))))
  return stringify([header as string[], ...cells], { record_delimiter: '\n' })
}
