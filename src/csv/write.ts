// Every CSV we write may be opened in a spreadsheet, and its cells came from users' CSVs. A cell
// that starts with = + - @ (or a tab/CR that some apps strip first) is prefixed with a quote so
// it reads as text, never as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

// RFC 4180 quoting, written out rather than delegated to csv-stringify: the rule is one line, and
// at 35,000 report rows the library's per-cell option handling cost about a third of a second.
// It is exactly the rule csv-stringify applied with record_delimiter '\n', which quotes a field
// with a comma, a quote or a LF (not a lone CR), so reports stay byte-identical;
// __tests__/foundation/csv.test.ts checks it against csv-stringify, which stays the oracle.
const NEEDS_QUOTES = /[",\n]/

function quote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

// Most cells need neither: one test finds the few that need either rule.
const NEEDS_WORK = /^[=+\-@\t\r]|[",\n]/

/** One cell as written: formula-escaped, then quoted. */
function cellText(c: string | number | null | undefined): string {
  const text = c === null || c === undefined ? '' : String(c)
  return NEEDS_WORK.test(text) ? quote(escapeFormula(text)) : text
}

export type CsvCell = string | number | null | undefined

/** Deterministic CSV: LF endings, header first, every cell formula-escaped. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  let out = csvHeader(header)
  for (const row of rows) out += csvLine(row)
  return out
}

/** toCsv's first line. */
export function csvHeader(header: readonly string[]): string {
  return `${header.map(quote).join(',')}\n`
}

/** One row of toCsv, with its line ending: a writer that streams a large table writes these in turn. */
export function csvLine(row: readonly CsvCell[]): string {
  let line = ''
  for (let i = 0; i < row.length; i++) line += i === 0 ? cellText(row[i]) : `,${cellText(row[i])}`
  return `${line}\n`
}
