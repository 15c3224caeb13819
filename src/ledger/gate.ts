import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readCsvFile } from '../csv/read.js'
import type { Settings } from '../settings.js'
import { sha256HexOffThread } from '../util/hash.js'
import { displayPath } from '../util/paths.js'
import { readAlarms } from './alarm-rows.js'
import { evaluateLedger, type LedgerInputs } from './evaluate-ledger.js'
import type { EvidenceScan } from './evidence-rows.js'
import type { LedgerRowScan } from './ledger-rows.js'
import { scanLedgerHistory } from './git-history.js'
import { loadLedgerPolicy, type LedgerPolicy } from './policy.js'
import { scanFile, scanFileAside, type ScanJob, type ScanKind } from './row-scan.js'
import type { GateResult } from './types.js'

// The ledger gate's I/O edge: read the policy, the three CSVs (bytes hashed as read) and the
// ledger's git history, then hand everything to the pure evaluateLedger().

export interface LoadedLedgerInputs {
  policy: LedgerPolicy
  inputs: LedgerInputs
}

// Starting a worker costs about 0.1 s, more than a small ledger takes to read in this thread.
const WORKER_MIN_BYTES = 4 << 20

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size
  } catch {
    return 0 // read in this thread, which reports the problem
  }
}

export async function loadLedgerInputs(settings: Settings): Promise<LoadedLedgerInputs> {
  const ws = settings.workspace
  const abs = (p: string): string => resolve(ws, p)
  const policyAbs = abs(settings.policies['ack-ledger'])
  const policy = await loadLedgerPolicy(policyAbs, displayPath(ws, policyAbs))
  const d = policy.data
  const paths = { alarms: abs(settings.inputs.alarms), ledger: abs(settings.inputs.ledger), evidence: abs(settings.inputs.evidence) }
  const job = (kind: ScanKind, path: string, requiredColumns: string[]): ScanJob => ({ kind, path, file: displayPath(ws, path), requiredColumns })
  const ledgerJob = job('ledger', paths.ledger, d.required_fields)
  const evidenceJob = job('evidence', paths.evidence, Object.values(d.evidence_fields))
  // git runs in its own process, and the ledger (the largest file) is read in a worker thread
  // (row-scan.ts) while this thread reads the alarms' and the evidence file's rows: measured on
  // 2 cores, that split finishes reading first. Without a worker, all three are read here in turn.
  const scan = scanLedgerHistory(paths.ledger)
  scan.catch(() => undefined)
  const worker = settings.readWorker !== undefined && (await sizeOf(paths.ledger)) >= WORKER_MIN_BYTES ? settings.readWorker : undefined
  const ledgerRead = scanFileAside<LedgerRowScan>(ledgerJob, policy, worker)
  ledgerRead.catch(() => undefined) // awaited below, after the alarms: errors are reported in file order
  const { table: alarms, bytes: alarmBytes } = await readCsvFile(paths.alarms, { file: displayPath(ws, paths.alarms), requiredColumns: Object.values(d.alarm_fields) })
  const evidenceRead = scanFile<EvidenceScan>(evidenceJob, policy)
  evidenceRead.catch(() => undefined)
  const alarmsDigest = sha256HexOffThread(alarmBytes)
  const alarmsRead = readAlarms(alarms, policy)
  const ledger = await ledgerRead
  const evidence = await evidenceRead
  const history = await scan
  // Only a rewrite needs the current lines (to tell a restored row from a lost one).
  const ledgerLines = history.rewrites.length === 0 ? new Set<string>() : new Set(ledger.bytes.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')))
  return {
    policy,
    inputs: {
      alarms,
      ledger: ledger.table,
      evidence: evidence.table,
      history,
      ledgerLines,
      files: [
        { file: alarms.file, sha256: await alarmsDigest },
        { file: ledger.table.file, sha256: ledger.sha256 },
        { file: evidence.table.file, sha256: evidence.sha256 }
      ],
      scans: { alarms: alarmsRead, ledger: ledger.scan, evidence: evidence.scan }
    }
  }
}

/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
export async function runLedgerGate(settings: Settings): Promise<GateResult> {
  const { policy, inputs } = await loadLedgerInputs(settings)
  return evaluateLedger(inputs, policy, settings.now, settings.mode)
}
