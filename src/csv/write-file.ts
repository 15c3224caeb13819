import { createHash } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { csvHeader, csvLine, type CsvCell } from './write.js'

// A large report written as toCsv would write it, without ever holding all of it: at 1,000,000
// alarms defects.csv is about 65 MB, and building it as one string (then its bytes) beside the
// gate's result was the run's peak memory. Lines are gathered into chunks of about a megabyte,
// each hashed and written in turn, so the file's digest comes with it.

const CHUNK_CHARS = 1 << 20

/**
 * Writes header + rows as CSV to `path` (a temp file, renamed into place once whole) and returns
 * the sha256 of the bytes written: the same bytes, and so the same digest, as toCsv's text.
 */
export async function writeCsvFile(path: string, header: readonly string[], rows: Iterable<readonly CsvCell[]>): Promise<string> {
  const tmp = `${path}.${process.pid}.tmp`
  const hash = createHash('sha256')
  const file = await open(tmp, 'w')
  try {
    const flush = async (text: string): Promise<void> => {
      const bytes = Buffer.from(text)
      hash.update(bytes)
      await file.write(bytes)
    }
    let chunk = csvHeader(header)
    for (const row of rows) {
      chunk += csvLine(row)
      if (chunk.length >= CHUNK_CHARS) {
        await flush(chunk)
        chunk = ''
      }
    }
    if (chunk.length > 0) await flush(chunk)
    await file.close()
  } catch (err) {
    await file.close().catch(() => undefined)
    await rm(tmp, { force: true })
    throw err
  }
  await rename(tmp, path)
  return hash.digest('hex')
}
