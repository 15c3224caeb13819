import { spawn, spawnSync } from 'node:child_process'
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../bench/generate-ledger.mjs'
import { runCli } from '../../src/cli/run.js'
import { evaluateLedger } from '../../src/ledger/evaluate-ledger.js'
import { loadLedgerInputs } from '../../src/ledger/gate.js'
import type { Settings } from '../../src/settings.js'
import { REPO, captureIo, ms, tempDir } from './helpers.js'

// The gate on the benchmark's generated inputs, at a size where the ledger is read in a worker
// thread: the reports must be byte-identical however the files were read, and the alarm list
// the closure stage reads (made again on first read) must agree with the gate's defects.

const NOW = '2026-11-23T12:00:00Z'
const REPORTS = ['defects.csv', 'escalations.csv', 'ledger-gate.json']

function generated(alarms: number): string {
  const dir = tempDir('large')
  cpSync(join(REPO, 'policies'), join(dir, 'policies'), { recursive: true })
  generate(dir, alarms)
  return dir
}

const args = (dir: string, out: string): string[] => ['validate-ledger', '-C', dir, '--now', NOW, '--alarms', 'alarms.csv', '--ledger', 'ack-ledger.csv', '--evidence', 'evidence.csv', '--out-dir', out]

async function viaRunCli(dir: string, out: string, readWorker?: URL): Promise<number> {
  return runCli(args(dir, out), { io: captureIo(), cwd: dir, env: {}, clock: () => ms(NOW), readWorker })
}

const reports = (dir: string, out: string): string[] => REPORTS.map((f) => readFileSync(join(dir, out, f), 'utf8'))

describe('validate-ledger at 20,000 alarms', () => {
  let dir: string
  beforeAll(() => {
    dir = generated(20_000)
  })

  it('has a ledger large enough to be read in the worker (4 MiB or more)', () => {
    expect(statSync(join(dir, 'ack-ledger.csv')).size).toBeGreaterThanOrEqual(4 << 20)
  })

  it('writes byte-identical reports with the ledger read in the worker, in this thread, and by the built CLI', async () => {
    const worker = pathToFileURL(join(REPO, 'dist/read-worker/index.js'))
    expect(await viaRunCli(dir, 'in-thread')).toBe(1)
    expect(await viaRunCli(dir, 'in-worker', worker)).toBe(1)
    const cli = spawnSync(process.execPath, [join(REPO, 'dist/cli/index.js'), ...args(dir, 'built')], { cwd: dir, encoding: 'utf8' })
    // stderr carries one progress line per phase when it is not a terminal (src/report/progress.ts), nothing else
    expect(notProgress(cli.stderr)).toEqual([])
    expect(cli.status).toBe(1)
    const expected = reports(dir, 'in-thread')
    expect(reports(dir, 'in-worker')).toEqual(expected)
    expect(reports(dir, 'built')).toEqual(expected)
    expect(expected[0].split('\n').length).toBeGreaterThan(5000)
  })

  it("reports a mistake in a large ledger exactly as in this thread (exit 2, the file, the column)", async () => {
    const bad = generated(20_000)
    const ledger = join(bad, 'ack-ledger.csv')
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace('closure_evidence_ref,', 'closure_ref,'))
    const run = async (readWorker?: URL) => {
      const io = captureIo()
      const code = await runCli(args(bad, 'out'), { io, cwd: bad, env: {}, clock: () => ms(NOW), readWorker })
      return { code, err: io.err }
    }
    const inWorker = await run(pathToFileURL(join(REPO, 'dist/read-worker/index.js')))
    expect(inWorker).toEqual(await run())
    expect(inWorker.code).toBe(2)
    expect(inWorker.err).toContain("ack-ledger.csv:1: missing required column 'closure_evidence_ref'")
  })

  it('reads the ledger in this thread, to the same reports, when the worker cannot run', async () => {
    const broken = join(tempDir('broken-worker'), 'worker.mjs')
    writeFileSync(broken, "throw new Error('no worker today')\n")
    expect(await viaRunCli(dir, 'fallback', pathToFileURL(broken))).toBe(1)
    expect(reports(dir, 'fallback')).toEqual(reports(dir, 'in-thread'))
  })

  it('keeps its exit code, and prints no stack trace, when the reader of its output stops early (| head)', async () => {
    const child = spawn(process.execPath, [join(REPO, 'dist/cli/index.js'), ...args(dir, 'piped'), '--json'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
    expect(notProgress(stderr)).toEqual([])
    expect(code).toBe(1)
  })
})

describe("the gate's alarm list, made on first read", () => {
  it('agrees with the defects for every alarm, and is made once', async () => {
    const dir = generated(3_000)
    const settings = { workspace: dir, inputs: { alarms: 'alarms.csv', ledger: 'ack-ledger.csv', evidence: 'evidence.csv' }, policies: { 'ack-ledger': 'policies/ack-ledger.yaml' } } as unknown as Settings
    const { policy, inputs } = await loadLedgerInputs(settings)
    const result = evaluateLedger(inputs, policy, ms(NOW), 'full')
    const codesByKey = new Map<string, Set<string>>()
    const blockingKeys = new Set<string>()
    for (const d of result.defects) {
      const key = `${d.release_window_id} ${d.subject}`
      codesByKey.set(key, (codesByKey.get(key) ?? new Set()).add(d.defect_code))
      if (d.severity === 'blocking') blockingKeys.add(key)
    }
    const alarms = result.alarms
    expect(alarms).toHaveLength(3_000)
    expect(result.alarms).toBe(alarms)
    let resolved = 0
    for (const e of alarms) {
      const key = `${e.alarm.release_window_id} ${e.alarm.alarm_id}`
      expect(e.defect_codes).toEqual([...(codesByKey.get(key) ?? [])].sort())
      if (blockingKeys.has(key)) expect(e.valid_ack).toBe(false)
      if (e.resolved) {
        resolved++
        expect(e.closure_evidence?.alarm_id).toBe(e.alarm.alarm_id)
        expect(e.closure_evidence?.release_window_id).toBe(e.alarm.release_window_id)
      }
    }
    expect(resolved).toBeGreaterThan(1_000)
    expect(result.counts.passed).toBe(alarms.filter((e) => !blockingKeys.has(`${e.alarm.release_window_id} ${e.alarm.alarm_id}`)).length)
  })
})

/** stderr lines that are not a phase's progress line ("validate-ledger: ledger gate: ... in 1.0 s") */
function notProgress(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !/^validate-ledger: [^\n]* in \d+(\.\d+)? s$/.test(l))
}
