import { readFile } from 'node:fs/promises'
import { parse } from 'csv-parse'
import { UserError, type Problem } from '../errors.js'

// csv-parse is strict and fast, but two of its defaults bite: `bom` is off (the first header
// would become "\uFEFFid") and `info.lines` overcounts CRLF inside quoted fields. We take each
// record's byte offset (`info.bytes`, the end of the previous record) and map it through our own
// newline index, so a row's line is the line it starts on, whatever its line endings or quotes.

export interface CsvRow {
  /** 1-based line on which the record starts in the source file */
  line: number
  values: Record<string, string>
}

export interface CsvTable {
  file: string
  header: string[]
  /** the header's own line (after a BOM and any blank lines) */
  headerLine: number
  rows: CsvRow[]
  /** structurally broken rows: wrong column count, unterminated quote. Never padded, never fatal. */
  broken: Problem[]
}

export interface CsvReadOptions {
  /** path shown in messages and annotations (repo-relative) */
  file: string
  /** columns that must be present in the header */
  requiredColumns: readonly string[]
}

export async function readCsvFile(path: string, opts: CsvReadOptions): Promise<CsvTable> {
  let data: Buffer
  try {
    data = await readFile(path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UserError({
      code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
      message:
        code === 'ENOENT'
          ? `${opts.file}: file not found; check the path input or create the file`
          : `${opts.file}: cannot read (${code ?? 'error'})`,
      cause: err
    })
  }
  return parseCsv(data, opts)
}

export async function parseCsv(data: Buffer, opts: CsvReadOptions): Promise<CsvTable> {
  const { file } = opts
  const lineOf = lineIndex(data)
  const records: { fields: string[]; start: number; error?: string }[] = []
  let fatal: Problem | undefined
  let prevEnd = 0

  await new Promise<void>((resolve) => {
    const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true })
    parser.on('data', (rec: { record: string[]; info: { bytes: number; error?: { code: string } } }) => {
      records.push({ fields: rec.record, start: skipNewlines(data, prevEnd), error: rec.info.error?.code })
      prevEnd = rec.info.bytes
    })
    parser.on('error', (err: Error & { code?: string }) => {
      const line = lineOf(skipNewlines(data, prevEnd))
      fatal =
        err.code === 'CSV_QUOTE_NOT_CLOSED'
          ? {
              file,
              line,
              message: 'unterminated quoted field: the quote opened on this line is never closed, so this and every later line were not read',
              fix: 'close the quote or double any quote inside the field ("")'
            }
          : { file, line, message: `unreadable CSV: ${err.message}`, fix: 'repair the row' }
      resolve()
    })
    parser.on('end', () => resolve())
    parser.end(data)
  })

  if (records.length === 0) {
    if (fatal) throw new UserError({ code: 'INPUT_INVALID', message: `${file}: cannot read the header`, problems: [fatal] })
    throw new UserError({
      code: 'INPUT_EMPTY',
      message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
    })
  }

  const [head, ...body] = records
  const header = head.fields.map((h) => h.trim())
  const headerLine = lineOf(head.start)
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
      problems: missing.map((c) => ({ file, line: headerLine, field: c, message: 'required column is missing' }))
    })
  }

  const rows: CsvRow[] = []
  const broken: Problem[] = []
  for (const r of body) {
    const line = lineOf(r.start)
    if (r.fields.length !== header.length) {
      broken.push({
        file,
        line,
        message: `row has ${r.fields.length} field${r.fields.length === 1 ? '' : 's'}, the header has ${header.length}`,
        fix: 'quote any field that contains a comma, or add the missing fields'
      })
      continue
    }
    const values: Record<string, string> = {}
    for (let i = 0; i < header.length; i++) values[header[i]] = r.fields[i]
    rows.push({ line, values })
  }
  if (fatal) broken.push(fatal)
  return { file, header, headerLine, rows, broken }
}

function skipNewlines(data: Buffer, offset: number): number {
  let i = offset
  while (i < data.length && (data[i] === 0x0a || data[i] === 0x0d)) i++
  return i
}

/** Maps a byte offset to its 1-based line with a binary search over newline offsets. */
function lineIndex(data: Buffer): (offset: number) => number {
  const newlines: number[] = []
  let i = data.indexOf(0x0a)
  while (i !== -1) {
    newlines.push(i)
    i = data.indexOf(0x0a, i + 1)
  }
  return (offset) => {
    let lo = 0
    let hi = newlines.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (newlines[mid] < offset) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
}
