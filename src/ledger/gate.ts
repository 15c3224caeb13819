import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CsvTable } from '../csv/read.js'
import type { Settings } from '../settings.js'
import { displayPath } from '../util/paths.js'
import { readAlarms } from './alarm-rows.js'
import { evaluateLedger, type LedgerInputs } from './evaluate-ledger.js'
import type { EvidenceScan } from './evidence-rows.js'
import type { LedgerRowScan } from './ledger-rows.js'
import { scanLedgerHistory } from './git-history.js'
import { loadLedgerPolicy, type LedgerPolicy } from './policy.js'
import { readHashed, scanFile, scanFileAside, type ScanJob, type ScanKind } from './row-scan.js'
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
  const paths = {
    alarms: abs(settings.inputs.alarms),
    ledger: abs(settings.inputs.ledger),
    evidence: abs(settings.inputs.evidence)
  }
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
  // hashed as read and not kept (an async function's locals live until it returns)
  const { table: alarms, sha256: alarmsDigest } = await readAlarmsFile(paths.alarms, displayPath(ws, paths.alarms), Object.values(d.alarm_fields))
  const evidenceRead = scanFile<EvidenceScan>(evidenceJob, policy)
  evidenceRead.catch(() => undefined)
  const alarmsRead = readAlarms(alarms, policy)
  const ledger = await ledgerRead
  const evidence = await evidenceRead
  const history = await scan
  // Only a rewrite needs the current lines (to tell a restored row from a lost one).
  // The table's text is the file's bytes decoded as UTF-8 (decodeCsv), so the bytes need not be kept.
  const ledgerLines = history.rewrites.length === 0 ? new Set<string>() : new Set(ledger.table.text.split('\n').map((l) => l.replace(/\r$/, '')))
  return {
    policy,
    inputs: {
      alarms,
      ledger: ledger.table,
      evidence: evidence.table,
      history,
      ledgerLines,
      files: [
        { file: alarms.file, sha256: alarmsDigest },
        { file: ledger.table.file, sha256: ledger.sha256 },
        { file: evidence.table.file, sha256: evidence.sha256 }
      ],
      scans: {
        alarms: alarmsRead,
        ledger: ledger.scan,
        evidence: evidence.scan
      }
    }
  }
}

async function readAlarmsFile(path: string, file: string, requiredColumns: string[]): Promise<{ table: CsvTable; sha256: string }> {
  const { table, sha256 } = await readHashed({ path, file, requiredColumns })
  return { table, sha256 }
}

/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
export async function runLedgerGate(settings: Settings): Promise<GateResult> {
  const { policy, inputs } = await loadLedgerInputs(settings)
  return evaluateLedger(inputs, policy, settings.now, settings.mode)
}
