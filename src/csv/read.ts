import { readFile } from 'node:fs/promises'
import { UserError, type Problem } from '../errors.js'
import { scanCsv } from './scan.js'

// Reads a user's CSV into rows that keep the line they start on (annotations point at it), also
// after quoted fields that span lines and with CRLF endings or a BOM. A structurally broken row
// is reported, never padded and never fatal; a file we cannot use at all is a UserError.

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
  /** sha256 is computed by callers that need provenance; the raw bytes stay here for that */
  bytes: Buffer
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
  const records = scanCsv(data.toString('utf8'))

  if (records.length === 0) {
    throw new UserError({
      code: 'INPUT_EMPTY',
      message: `${file}: the file is empty; it needs a header row with the columns ${opts.requiredColumns.join(', ')}`
    })
  }

  const [head, ...body] = records
  if (head.error) {
    throw new UserError({
      code: 'INPUT_INVALID',
      message: `${file}:${head.line}: cannot read the header: ${head.error}`,
      problems: [{ file, line: head.line, message: head.error }]
    })
  }
  const header = head.fields.map((h) => h.trim())
  const headerLine = head.line
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
  const width = header.length
  for (const r of body) {
    if (r.error) {
      broken.push(
        r.error === 'unterminated quoted field'
          ? {
              file,
              line: r.line,
              message: 'unterminated quoted field: the quote opened in this row is never closed, so this and every later line were not read',
              fix: 'close the quote or double any quote inside the field ("")'
            }
          : { file, line: r.line, message: r.error, fix: 'quote the field and double any quote inside it ("")' }
      )
      continue
    }
    if (r.fields.length !== width) {
      broken.push({
        file,
        line: r.line,
        message: `row has ${r.fields.length} field${r.fields.length === 1 ? '' : 's'}, the header has ${width}`,
        fix: 'quote any field that contains a comma, or add the missing fields'
      })
      continue
    }
    const values: Record<string, string> = {}
    for (let i = 0; i < width; i++) values[header[i]] = r.fields[i]
    rows.push({ line: r.line, values })
  }
  return { file, header, headerLine, rows, broken, bytes: data }
}
