import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toCsv } from '../csv/write.js'
import { countByCode, defectsToCsv } from '../findings/defect.js'
import { sha256HexOffThread } from '../util/hash.js'
import type { GateResult } from './types.js'

// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.

export const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'] as const

export function escalationsToCsv(result: GateResult): string {
  return toCsv(
    ESCALATION_COLUMNS,
    result.escalations.map((e) => [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail])
  )
}

/**
 * The result without its bulky per-row parts: the headline, windows, counts, readback and
 * digests. `--json` adds the defect and escalation lists; ledger-gate.json names the CSVs that
 * hold them by digest instead, so it stays small at any ledger size.
 */
export function resultSummary(result: GateResult, lists = true): Record<string, unknown> {
  return {
    decision: result.decision,
    mode: result.mode,
    failed: result.failed,
    now_utc: result.now_utc,
    policy: result.policy,
    inputs: result.inputs,
    counts: { ...result.counts, defects: result.defects.length, blocking_in_mode: result.blocking.length, escalations: result.escalations.length },
    windows: result.windows,
    defect_counts: Object.fromEntries(countByCode(result.defects)),
    readback: result.readback,
    ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
  }
}

export interface WrittenReports {
  defects: string
  escalations: string
  summary: string
}

/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
export async function writeLedgerReports(result: GateResult, outDir: string): Promise<WrittenReports> {
  await mkdir(outDir, { recursive: true })
  // encoded once: the same bytes are hashed (on the thread pool) and written
  const defectsCsv = Buffer.from(defectsToCsv(result.defects, 'alarm_id'))
  const escalationsCsv = Buffer.from(escalationsToCsv(result))
  const paths = { defects: join(outDir, 'defects.csv'), escalations: join(outDir, 'escalations.csv'), summary: join(outDir, 'ledger-gate.json') }
  const [defectsSha, escalationsSha] = await Promise.all([
    sha256HexOffThread(defectsCsv),
    sha256HexOffThread(escalationsCsv),
    atomicWrite(paths.defects, defectsCsv),
    atomicWrite(paths.escalations, escalationsCsv)
  ])
  const summary = { ...resultSummary(result, false), reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha } }
  await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`)
  return paths
}

async function atomicWrite(path: string, data: string | Buffer): Promise<string> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, path)
  return path
}
