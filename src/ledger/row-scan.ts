import { Worker } from 'node:worker_threads'
import { CsvTable, decodeCsv, parseCsvText, readCsvFile, readCsvText, transferablesOf, type CsvTableParts } from '../csv/read.js'
import { InternalError, UserError, type Problem, type UserErrorCode } from '../errors.js'
import type { LoadedPolicy } from '../policy/load.js'
import { sha256Hex } from '../util/hash.js'
import { scanEvidence, type EvidenceScan } from './evidence-rows.js'
import { scanLedgerRows, type LedgerRowScan } from './ledger-rows.js'
import type { AckLedgerPolicyData, LedgerPolicy } from './policy.js'

// Reading the ledger or the evidence file (bytes, digest, CSV scan, row checks) needs nothing
// from the alarms, and on a 2-core runner the ledger alone is a third of the gate's reading. So
// the gate hands a large ledger to a worker thread (read-worker.ts, which takes any number of
// files in turn) and reads the alarms and the evidence meanwhile. What comes back is plain data:
// the file's bytes and the table's typed arrays are transferred, not copied, and the receiver
// decodes the bytes into the same text the worker scanned. The work is the same functions
// either way (scanLedgerRows, scanEvidence), so a result cannot depend on the thread.

export type ScanKind = 'ledger' | 'evidence'

export interface ScanJob {
  kind: ScanKind
  /** absolute path */
  path: string
  /** path shown to users */
  file: string
  requiredColumns: string[]
}

/** What the worker is started with. */
export interface ScanWorkerData {
  jobs: ScanJob[]
  policy: LoadedPolicy<AckLedgerPolicyData>
}

/** A read file: its table, the sha256 of its bytes, and its row scan. The bytes are not kept. */
export interface ScannedFile<S> {
  table: CsvTable
  sha256: string
  scan: S
}

export type ScanMessage =
  | {
      kind: ScanKind
      ok: true
      bytes: Uint8Array
      sha256: string
      table: CsvTableParts
      scan: LedgerRowScan | EvidenceScan
    }
  | {
      kind: ScanKind
      ok: false
      user?: { code: UserErrorCode; headline: string; problems: Problem[] }
      internal?: string
    }

/** Reads and scans one file in this thread; S is the job's kind of scan. */
export async function scanFile<S = LedgerRowScan | EvidenceScan>(job: ScanJob, policy: LedgerPolicy): Promise<ScannedFile<S>> {
  const { table, sha256 } = await readHashed(job)
  const scan = job.kind === 'ledger' ? scanLedgerRows(table, policy) : scanEvidence(table, policy)
  return { table, sha256, scan: scan as S }
}

/**
 * Reads and hashes one file in this thread; the bytes are dropped once hashed and decoded, before
 * the scan (readCsvText says why). node:crypto's createHash, on this thread: measured 11 ms for
 * 19 MB, where WebCrypto's digest spent 55 ms of this thread copying before it even went to the
 * thread pool.
 */
export async function readHashed(job: Omit<ScanJob, 'kind'>): Promise<{ table: CsvTable; sha256: string }> {
  const { text, sha256 } = await readCsvText(job.path, job.file)
  const table = parseCsvText(text, {
    file: job.file,
    requiredColumns: job.requiredColumns
  })
  return { table, sha256 }
}

/** The worker's read: its bytes are kept, to be transferred with the table. */
async function readWithBytes(job: ScanJob): Promise<{ table: CsvTable; bytes: Buffer; sha256: string }> {
  const { table, bytes } = await readCsvFile(job.path, {
    file: job.file,
    requiredColumns: job.requiredColumns
  })
  return { table, bytes, sha256: sha256Hex(bytes) }
}

/** The worker's side: one job as a message and the buffers to transfer with it. */
export async function scanJobMessage(job: ScanJob, policy: LedgerPolicy): Promise<{ message: ScanMessage; transfer: ArrayBuffer[] }> {
  try {
    const { table, bytes, sha256 } = await readWithBytes(job)
    const scan = job.kind === 'ledger' ? scanLedgerRows(table, policy) : scanEvidence(table, policy)
    // a small file's Buffer can be a view into Node's shared pool, which must not be transferred
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes)
    const parts = table.parts()
    // the scan's typed arrays (windows, times) go with the table's, each its own buffer
    const arrays = Object.values(scan).filter((v): v is ArrayBufferView => ArrayBuffer.isView(v))
    return {
      message: {
        kind: job.kind,
        ok: true,
        bytes: own,
        sha256,
        table: parts,
        scan
      },
      transfer: [own.buffer as ArrayBuffer, ...transferablesOf(parts), ...arrays.map((a) => a.buffer as ArrayBuffer)]
    }
  } catch (err) {
    if (err instanceof UserError)
      return {
        message: {
          kind: job.kind,
          ok: false,
          user: {
            code: err.code,
            headline: err.headline,
            problems: err.problems
          }
        },
        transfer: []
      }
    return {
      message: {
        kind: job.kind,
        ok: false,
        internal: err instanceof Error ? (err.stack ?? err.message) : String(err)
      },
      transfer: []
    }
  }
}

/** The receiving side: the table made whole again, or the worker's error thrown here. */
export function receiveScan<S>(message: ScanMessage): ScannedFile<S> {
  if (!message.ok) {
    if (message.user)
      throw new UserError({
        code: message.user.code,
        message: message.user.headline,
        problems: message.user.problems
      })
    throw new InternalError({
      code: 'INTERNAL',
      message: `reading the ${message.kind} file failed in the read worker: ${message.internal}`
    })
  }
  const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength)
  return {
    table: CsvTable.fromParts(message.table, decodeCsv(bytes)),
    sha256: message.sha256,
    scan: message.scan as S
  }
}

/**
 * Scans one file in the worker started from `workerUrl`, or in this thread when there is none.
 * A worker that cannot run (a thread limit, a damaged bundle) costs time, not the result: the
 * file is then read here. A user's mistake in the file is reported as it is.
 */
export async function scanFileAside<S>(job: ScanJob, policy: LedgerPolicy, workerUrl: URL | undefined): Promise<ScannedFile<S>> {
  if (workerUrl) {
    try {
      return (await scanInWorker(workerUrl, [job], policy).get(job.kind)) as ScannedFile<S>
    } catch (err) {
      if (err instanceof UserError) throw err
    }
  }
  return scanFile<S>(job, policy)
}

/**
 * Scans the jobs' files in a worker thread started from `workerUrl` (the bundled
 * read-worker). A file's error settles its promise when it arrives, a file's table once the worker
 * has exited (see below); a worker that dies rejects every promise still pending.
 */
export function scanInWorker(workerUrl: URL, jobs: ScanJob[], policy: LedgerPolicy): Map<ScanKind, Promise<ScannedFile<unknown>>> {
  const data: ScanWorkerData = {
    jobs,
    policy: {
      kind: 'ack-ledger',
      file: policy.file,
      data: policy.data,
      sha256: policy.sha256
    }
  }
  const worker = new Worker(workerUrl, { workerData: data })
  // the gate's own work decides when the process ends, never a worker left behind by an error
  worker.unref()
  const pending = new Map<ScanKind, { resolve: (f: ScannedFile<unknown>) => void; reject: (e: unknown) => void }>()
  const results = new Map<ScanKind, Promise<ScannedFile<unknown>>>()
  for (const job of jobs) {
    const p = new Promise<ScannedFile<unknown>>((resolve, reject) => pending.set(job.kind, { resolve, reject }))
    p.catch(() => undefined) // handled by whoever awaits it; never an unhandled rejection
    results.set(job.kind, p)
  }
  const failAll = (err: unknown): void => {
    for (const { reject } of pending.values()) reject(err)
    pending.clear()
  }
  const settle = (message: ScanMessage): void => {
    const waiting = pending.get(message.kind)
    if (!waiting) return
    pending.delete(message.kind)
    try {
      waiting.resolve(receiveScan(message))
    } catch (err) {
      waiting.reject(err)
    }
  }
  // A file's text is decoded here once the worker has exited: until then the worker's own copy of
  // the text (as large as the file) is still alive, and at 1,000,000 alarms holding both at once
  // was 260 MB of the run's peak. The worker exits as soon as it has posted its last file.
  const arrived: ScanMessage[] = []
  worker.on('message', (message: ScanMessage) => {
    if (!message.ok) return settle(message)
    arrived.push(message)
    // its exit is now what settles the promise: the process must wait for it (it is imminent)
    worker.ref()
  })
  worker.on('error', (err) =>
    failAll(
      new InternalError({
        code: 'INTERNAL',
        message: `the read worker failed: ${err.message}`,
        cause: err
      })
    )
  )
  worker.on('exit', (code) => {
    for (const message of arrived.splice(0)) settle(message)
    if (pending.size > 0)
      failAll(
        new InternalError({
          code: 'INTERNAL',
          message: `the read worker exited (${code}) before reading every file`
        })
      )
  })
  return results
}
