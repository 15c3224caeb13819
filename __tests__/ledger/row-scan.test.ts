import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { InternalError, UserError } from '../../src/errors.js'
import { bundledReadWorker } from '../../src/util/bundled.js'
import { receiveScan, scanFile, scanInWorker, scanJobMessage, type ScanJob, type ScannedFile } from '../../src/ledger/row-scan.js'
import { EVIDENCE_HEADER, LEDGER_HEADER, REPO, policy, tempDir } from './helpers.js'

// The ledger is read in a worker thread: its table and row scan must arrive exactly as a read in
// this thread makes them, and its errors as the same UserError. The worker is the built one
// (dist/read-worker, rebuilt by CI before the suite runs), started as the CLI starts it.

const WORKER = pathToFileURL(join(REPO, 'dist/read-worker/index.js'))

const LEDGER_ROWS = [
  LEDGER_HEADER,
  'ALM-1,page,RW-1,sre-oncall,ana,2026-11-23T10:02:00Z,15,2026-11-23T13:00:00Z,investigating,,2026-11-23T10:02:00Z,,',
  '"ALM-2",block,rw-1,team-a,"bo, the ""lead""",2026-11-23T10:03:00+01:00,5,,resolved,EV-2,2026-11-23T10:30:00Z,,',
  'ALM-3,block,RW 2,team-a,cy,2026-11-23 10:04:00,5,2026-11-23T12:00:00Z,"multi',
  'line",,2026-11-23T10:04:00Z,,',
  'ALM-4,page,RW-1,../etc,dee,2026-02-30T10:00:00Z,15,2026-11-23T13:00:00Z,open,,2026-11-23T10:05:00Z,,',
  'ALM-5,page,RW-1,team-a,short row',
  ''
].join('\r\n')

function ledgerJob(text: string, name = 'ack-ledger.csv'): ScanJob {
  const dir = tempDir('row-scan')
  const path = join(dir, name)
  writeFileSync(path, text)
  return { kind: 'ledger', path, file: name, requiredColumns: policy.data.required_fields }
}

/** What a scanned file is, compared as plain data: rows with lines, broken rows, digest, scan. */
function plain(f: ScannedFile<unknown>) {
  return { rows: f.table.rows, header: f.table.header, broken: f.table.broken, sha256: f.sha256, text: f.table.text, scan: f.scan }
}

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => undefined,
    (err: unknown) => err
  )
}

describe('the ledger read in another thread', () => {
  it('crosses a thread boundary whole: table, lines after quoted newlines and CRLF, digest and row scan', async () => {
    const job = ledgerJob(LEDGER_ROWS)
    const here = await scanFile(job, policy)
    const { message, transfer } = await scanJobMessage(job, policy)
    const arrived = receiveScan(structuredClone(message, { transfer }))
    expect(plain(arrived)).toEqual(plain(here))
    expect(arrived.table.rows.map((r) => r.line)).toEqual([2, 3, 4, 6])
    expect(arrived.table.broken.map((b) => b.line)).toEqual([7])
  })

  it("transfers exactly the file's bytes, never a larger shared buffer behind them", async () => {
    const job = ledgerJob(`${LEDGER_HEADER}\n`)
    const { message, transfer } = await scanJobMessage(job, policy)
    if (!message.ok) throw new Error('expected a table')
    expect(message.bytes.byteLength).toBe(Buffer.byteLength(`${LEDGER_HEADER}\n`))
    expect(message.bytes.buffer.byteLength).toBe(message.bytes.byteLength)
    expect(transfer).toContain(message.bytes.buffer)
  })

  it.each([
    ['a missing file', (dir: string) => join(dir, 'nope.csv'), 'INPUT_MISSING'],
    ['an empty file', (dir: string) => write(dir, ''), 'INPUT_EMPTY'],
    ['a missing column', (dir: string) => write(dir, 'alarm_id,release_window_id\nA,W\n'), 'INPUT_COLUMN_MISSING']
  ])('gives back %s as the same UserError a read here throws', async (_name, make, code) => {
    const path = make(tempDir('row-scan-error'))
    const job: ScanJob = { kind: 'ledger', path, file: 'ack-ledger.csv', requiredColumns: policy.data.required_fields }
    const here = (await errorOf(scanFile(job, policy))) as UserError
    const { message } = await scanJobMessage(job, policy)
    const there = (() => {
      try {
        receiveScan(structuredClone(message))
      } catch (err) {
        return err as UserError
      }
    })()
    expect(here).toBeInstanceOf(UserError)
    expect(there).toBeInstanceOf(UserError)
    expect({ code: there?.code, message: there?.message, problems: there?.problems }).toEqual({ code, message: here.message, problems: here.problems })
  })
})

describe('the read worker', () => {
  it('is built (npm run build bundles it beside the Action and the CLI)', () => {
    expect(existsSync(WORKER)).toBe(true)
  })

  it.each([
    ['src/main.ts', 'dist/index.js'],
    ['src/cli-main.ts', 'dist/cli/index.js']
  ])('is found by %s once bundled as %s', (entry, bundle) => {
    // the entry names the worker relative to its own bundle; a wrong path would only fall back to one thread
    const relative = /bundledReadWorker\(import\.meta\.url, '([^']+)'\)/.exec(readFileSync(join(REPO, entry), 'utf8'))?.[1]
    expect(relative).toBeDefined()
    expect(bundledReadWorker(pathToFileURL(join(REPO, bundle)).href, relative as string)?.href).toBe(WORKER.href)
  })

  it('reads the ledger in a worker thread to the same result as this thread', async () => {
    const job = ledgerJob(LEDGER_ROWS)
    const inWorker = await scanInWorker(WORKER, [job], policy).get('ledger')
    expect(inWorker).toBeDefined()
    expect(plain(inWorker as ScannedFile<unknown>)).toEqual(plain(await scanFile(job, policy)))
  })

  it('reads two files and settles each promise with its own file', async () => {
    const ledger = ledgerJob(LEDGER_ROWS)
    const dir = tempDir('row-scan-evidence')
    const evidence: ScanJob = {
      kind: 'evidence',
      path: write(dir, `${EVIDENCE_HEADER}\nEV-1,RW-1,ALM-1,log_capture,logs/1,2026-11-23T10:10:00Z,ana\nEV-1,RW-1,ALM-2,log_capture,logs/2,2026-11-23T10:11:00Z,bo\n`),
      file: 'evidence.csv',
      requiredColumns: Object.values(policy.data.evidence_fields)
    }
    const results = scanInWorker(WORKER, [ledger, evidence], policy)
    const e = (await results.get('evidence')) as ScannedFile<unknown>
    const l = (await results.get('ledger')) as ScannedFile<unknown>
    expect(plain(l)).toEqual(plain(await scanFile(ledger, policy)))
    expect(plain(e)).toEqual(plain(await scanFile(evidence, policy)))
    expect(e.table.file).toBe('evidence.csv')
  })

  it("rejects with the file's UserError, code and message intact", async () => {
    const job: ScanJob = { kind: 'ledger', path: join(tempDir('row-scan-missing'), 'ack-ledger.csv'), file: 'ack-ledger.csv', requiredColumns: policy.data.required_fields }
    const err = (await errorOf(scanInWorker(WORKER, [job], policy).get('ledger') as Promise<unknown>)) as UserError
    expect(err).toBeInstanceOf(UserError)
    expect(err.code).toBe('INPUT_MISSING')
    expect(err.message).toBe('ack-ledger.csv: file not found; check the path input or create the file')
  })

  it('rejects every pending file, as an internal error, when the worker itself fails', async () => {
    const broken = pathToFileURL(write(tempDir('row-scan-broken'), "throw new Error('worker could not start')\n", 'worker.mjs'))
    const err = await errorOf(scanInWorker(broken, [ledgerJob(LEDGER_ROWS)], policy).get('ledger') as Promise<unknown>)
    expect(err).toBeInstanceOf(InternalError)
    expect((err as Error).message).toContain('worker could not start')
  })
})

function write(dir: string, text: string, name = 'file.csv'): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
