import { isAscii } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { UserError, type Problem } from '../errors.js'
import { sha256Hex } from '../util/hash.js'
import { readInput } from '../util/read-input.js'
import { canonicalAt, utcMs } from '../util/time.js'
import { fieldEnd, fieldQuoted, fieldStart, fieldText, recordFields, scanCsvOffsets, type CsvScan } from './scan.js'

// Reads a user's CSV into rows that keep the line they start on (annotations point at it), also
// after quoted fields that span lines and with CRLF endings or a BOM. A structurally broken row
// is reported, never padded and never fatal; a file we cannot use at all is a UserError.

export interface CsvRow {
  /** 1-based line on which the record starts in the source file */
  line: number
  values: Record<string, string>
}

/**
 * A read table. Cells stay offsets into the decoded text until read (see scan.ts for why), so
 * large inputs are read with size/line/cell by row index; `rows` makes plain objects for small
 * tables (matrices, reports in tests).
 */
export class CsvTable {
  /** rows that can be read: a row index is 0 .. size - 1 */
  readonly size: number
  readonly #scan: CsvScan
  /** row index -> record index in the scan (the header and broken records are skipped) */
  readonly #records: Int32Array
  readonly #columns: Map<string, number>

  constructor(
    readonly file: string,
    readonly header: string[],
    /** the header's own line (after a BOM and any blank lines) */
    readonly headerLine: number,
    /** structurally broken rows: wrong column count, unterminated quote. Never padded, never fatal. */
    readonly broken: Problem[],
    scan: CsvScan,
    records: Int32Array
  ) {
    this.#scan = scan
    this.#records = records
    this.size = records.length
    this.#columns = new Map(header.map((h, i) => [h, i]))
  }

  /** The column's index, -1 when the header does not have it. */
  column(name: string): number {
    return this.#columns.get(name) ?? -1
  }

  /** 1-based line on which row r starts in the source file. */
  line(r: number): number {
    return this.#scan.lines[this.#records[r]]
  }

  /** Row r's cell in column c; '' for an absent column (c = -1), as for an empty cell. */
  cell(r: number, c: number): string {
    if (c < 0) return ''
    const record = this.#records[r]
    return fieldText(this.#scan, record, this.#scan.firstField[record] + c)
  }

  /**
   * utcMs(cell(r, c)), read in place when the cell is a canonical timestamp (the usual case), so
   * no string is made for it: the ledger gate reads about a million of them.
   */
  utcMs(r: number, c: number): number | undefined {
    if (c < 0) return undefined
    const scan = this.#scan
    const record = this.#records[r]
    const f = scan.firstField[record] + c
    if (!fieldQuoted(scan, record, f)) {
      const start = fieldStart(scan, record, f)
      if (fieldEnd(scan, record, f) - start === 20) {
        const ms = canonicalAt(scan.text, start)
        if (ms !== undefined) return ms
      }
    }
    return utcMs(this.cell(r, c))
  }

  /** The whole decoded text of the file (the bytes as UTF-8, BOM included). */
  get text(): string {
    return this.#scan.text
  }

  /** Row r's cells in header order. */
  cells(r: number): string[] {
    return recordFields(this.#scan, this.#records[r])
  }

  /** Row r as a column -> value object. */
  values(r: number): Record<string, string> {
    const cells = this.cells(r)
    const values: Record<string, string> = {}
    this.header.forEach((h, i) => (values[h] = cells[i]))
    return values
  }

  /**
   * The table without its text, as structured-cloneable parts whose arrays can be transferred:
   * how a worker hands a parsed table over. The receiver decodes the same bytes itself
   * (decodeCsv) and joins the two with fromParts.
   */
  parts(): CsvTableParts {
    const { text: _text, ...scan } = this.#scan
    return {
      file: this.file,
      header: this.header,
      headerLine: this.headerLine,
      broken: this.broken,
      scan,
      records: this.#records
    }
  }

  static fromParts(parts: CsvTableParts, text: string): CsvTable {
    return new CsvTable(parts.file, parts.header, parts.headerLine, parts.broken, { ...parts.scan, text }, parts.records)
  }

  /** Every row as plain objects: convenient for small tables, wasteful for large ones. */
  get rows(): CsvRow[] {
    return Array.from({ length: this.size }, (_, r) => ({
      line: this.line(r),
      values: this.values(r)
    }))
  }
}

/** A CsvTable without its text (CsvTable.parts). */
export interface CsvTableParts {
  file: string
  header: string[]
  headerLine: number
  broken: Problem[]
  scan: Omit<CsvScan, 'text'>
  records: Int32Array
}

/** The typed arrays of a table's parts, for a postMessage transfer list. */
export function transferablesOf(parts: CsvTableParts): ArrayBuffer[] {
  const { lines, firstField, recordStarts, starts, recordEnds } = parts.scan
  return [lines, firstField, recordStarts, starts, recordEnds, parts.records].map((a) => a.buffer as ArrayBuffer)
}

export interface CsvReadOptions {
  /** path shown in messages and annotations (repo-relative) */
  file: string
  /** columns that must be present in the header */
  requiredColumns: readonly string[]
}

/**
 * Reads and parses a CSV file; the bytes read come along, apart from the table, for callers that
 * need provenance (they hash them). The table does not keep them: the decoded text is all it
 * needs, and at 55 MB of inputs a second copy kept for the whole run was a tenth of peak memory.
 */
export async function readCsvFile(path: string, opts: CsvReadOptions): Promise<{ table: CsvTable; bytes: Buffer }> {
  const data = await readInput(() => readFile(path), missingMessage(opts.file))
  return { table: await parseCsv(data, opts), bytes: data }
}

/**
 * The file's text and the sha256 of its bytes, without a table. The bytes are hashed and decoded
 * as soon as they arrive and dropped on return, before any parsing: a buffer kept through a long
 * scan outlives the young generation and waits for a full collection, and at 1,000,000 alarms the
 * three files' bytes waiting so were 560 MB of the run's peak. Parse the text with parseCsvText.
 */
export async function readCsvText(path: string, file: string): Promise<{ text: string; sha256: string }> {
  const data = await readInput(() => readFile(path), missingMessage(file))
  return { text: decodeCsv(data), sha256: sha256Hex(data) }
}

const missingMessage =
  (file: string) =>
  (code: string): string =>
    code === 'ENOENT' ? `${file}: file not found; check the path input or create the file` : `${file}: cannot read (${code})`

/**
 * UTF-8 to text. Most inputs are plain ASCII, for which Node's 'ascii' decoder gives the same
 * string as its UTF-8 decoder about 25 times faster (measured 7 ms against 180 ms for the 55 MB
 * of the ledger benchmark); the check that makes the shortcut safe takes 2 ms.
 */
export function decodeCsv(data: Buffer): string {
  return isAscii(data) ? data.toString('ascii') : data.toString('utf8')
}

// eslint-disable-next-line @typescript-eslint/require-await -- async so that a bad file rejects the promise rather than throwing at the call
export async function parseCsv(data: Buffer, opts: CsvReadOptions): Promise<CsvTable> {
  return parseCsvText(decodeCsv(data), opts)
}

/** parseCsv of text already decoded (decodeCsv). */
export function parseCsvText(text: string, opts: CsvReadOptions): CsvTable {
  const { file } = opts
  const scan = scanCsvOffsets(text)

  if (scan.count === 0) {
    throw new UserError({
      code: 'INPUT_EMPTY',
      message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
    })
  }

  const headerLine = scan.lines[0]
  const headerError = scan.errors.get(0)
  if (headerError !== undefined) {
    throw new UserError({
      code: 'INPUT_INVALID',
      message: `${file}:${headerLine}: cannot read the header: ${headerError}`,
      problems: [{ file, line: headerLine, message: headerError }]
    })
  }
  const header = recordFields(scan, 0).map((h) => h.trim())
  const seen = new Set<string>()
  for (const h of header) {
    if (seen.has(h)) {
      throw new UserError({
        code: 'INPUT_INVALID',
        message: `${file}:${headerLine}: column '${h}' appears twice in the header; remove the duplicate`
      })
    }
    seen.add(h)
  }
  const missing = opts.requiredColumns.filter((c) => !seen.has(c))
  if (missing.length > 0) {
    throw new UserError({
      code: 'INPUT_COLUMN_MISSING',
      message: `${file}:${headerLine}: missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; add ${missing.length > 1 ? 'them' : 'it'} to the header`,
      problems: missing.map((c) => ({
        file,
        line: headerLine,
        field: c,
        message: 'required column is missing'
      }))
    })
  }

  const records = new Int32Array(scan.count)
  let size = 0
  const broken: Problem[] = []
  const width = header.length
  for (let r = 1; r < scan.count; r++) {
    const line = scan.lines[r]
    const error = scan.errors.get(r)
    if (error !== undefined) {
      broken.push(
        error === 'unterminated quoted field'
          ? {
              file,
              line,
              message: 'unterminated quoted field: the quote opened in this row is never closed, so this and every later line were not read',
              fix: 'close the quote or double any quote inside the field ("")'
            }
          : {
              file,
              line,
              message: error,
              fix: 'quote the field and double any quote inside it ("")'
            }
      )
      continue
    }
    const fields = scan.firstField[r + 1] - scan.firstField[r]
    if (fields !== width) {
      broken.push({
        file,
        line,
        message: `row has ${fields} field${fields === 1 ? '' : 's'}, the header has ${width}`,
        fix: 'quote any field that contains a comma, or add the missing fields'
      })
      continue
    }
    records[size++] = r
  }
  return new CsvTable(file, header, headerLine, broken, scan, records.slice(0, size))
}
