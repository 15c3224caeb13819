import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { parseCsv, type CsvTable } from '../csv/read.js'
import { UserError } from '../errors.js'
import type { Settings } from '../settings.js'
import { sha256Hex } from '../util/hash.js'
import { evaluateLedger, type LedgerInputs } from './evaluate-ledger.js'
import { scanLedgerHistory } from './git-history.js'
import { loadLedgerPolicy, type LedgerPolicy } from './policy.js'
import type { GateResult } from './types.js'

// The ledger gate's I/O edge: read the policy, the three CSVs (bytes hashed as read) and the
// ledger's git history, then hand everything to the pure evaluateLedger().

export interface LoadedLedgerInputs {
  policy: LedgerPolicy
  inputs: LedgerInputs
}

/** Path shown to users: repo-relative with / separators when inside the workspace. */
export function displayPath(workspace: string, abs: string): string {
  const rel = relative(workspace, abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs
  return rel.split(sep).join('/')
}

async function readInput(abs: string, file: string, requiredColumns: readonly string[]): Promise<{ table: CsvTable; bytes: Buffer }> {
  let bytes: Buffer
  try {
    bytes = await readFile(abs)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UserError({
      code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
      message: code === 'ENOENT' ? `${file}: file not found; check the path input or create the file` : `${file}: cannot read (${code ?? 'error'})`,
      cause: err
    })
  }
  return { table: await parseCsv(bytes, { file, requiredColumns }), bytes }
}

export async function loadLedgerInputs(settings: Settings): Promise<LoadedLedgerInputs> {
  const ws = settings.workspace
  const abs = (p: string): string => resolve(ws, p)
  const policyAbs = abs(settings.policies.ackLedger)
  const policy = await loadLedgerPolicy(policyAbs, displayPath(ws, policyAbs))
  const d = policy.data
  const paths = { alarms: abs(settings.inputs.alarms), ledger: abs(settings.inputs.ledger), evidence: abs(settings.inputs.evidence) }
  // git runs in its own process while the CSVs parse; the CSVs parse one after another, because
  // parsing is CPU-bound here and interleaving three parsers only raises peak memory.
  const scan = scanLedgerHistory(paths.ledger)
  scan.catch(() => undefined)
  const alarms = await readInput(paths.alarms, displayPath(ws, paths.alarms), Object.values(d.alarm_fields))
  const ledger = await readInput(paths.ledger, displayPath(ws, paths.ledger), d.required_fields)
  const evidence = await readInput(paths.evidence, displayPath(ws, paths.evidence), Object.values(d.evidence_fields))
  const history = await scan
  // Only a rewrite needs the current lines (to tell a restored row from a lost one).
  const ledgerLines = history.rewrites.length === 0 ? new Set<string>() : new Set(ledger.bytes.toString('utf8').split('\n').map((l) => l.replace(/\r$/, '')))
  return {
    policy,
    inputs: {
      alarms: alarms.table,
      ledger: ledger.table,
      evidence: evidence.table,
      history,
      ledgerLines,
      files: [alarms, ledger, evidence].map((x) => ({ file: x.table.file, sha256: sha256Hex(x.bytes) }))
    }
  }
}

/** Runs the acknowledgment-ledger gate for the settings' inputs, policy, instant and mode. */
export async function runLedgerGate(settings: Settings): Promise<GateResult> {
  const { policy, inputs } = await loadLedgerInputs(settings)
  return evaluateLedger(inputs, policy, settings.now, settings.mode)
}
