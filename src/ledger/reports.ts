import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { toCsv } from '../csv/write.js'
import { writeCsvFile } from '../csv/write-file.js'
import { describeError, exitCodeFor, UserError } from '../errors.js'
import { countByCode, defectCsvHeader, defectCsvRow, sortDefects } from '../findings/defect.js'
import type { Escalation } from './types.js'
import { formatUtc } from '../util/time.js'
import type { GateResult } from './types.js'

// The gate's files: defects.csv (the seed's columns first), escalations.csv (one routing row
// per escalation) and ledger-gate.json, which names the policy and input digests and the digests
// of the two CSVs, so every output can be traced to the exact policy it was judged under.

export const ESCALATION_COLUMNS = ['alarm_id', 'release_window_id', 'alarm_class', 'state', 'route_to', 'route_to_role', 'no_go', 'detail'] as const

export function escalationsToCsv(result: GateResult): string {
  return toCsv(ESCALATION_COLUMNS, result.escalations.map(escalationRow))
}

function escalationRow(e: Escalation): string[] {
  return [e.alarm_id, e.release_window_id, e.alarm_class, e.state, e.route_to, e.route_to_role, e.no_go ? 'true' : 'false', e.detail]
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
    counts: {
      ...result.counts,
      defects: result.defects.length,
      blocking_in_mode: result.blocking.length,
      escalations: result.escalations.length
    },
    windows: result.windows,
    defect_counts: Object.fromEntries(countByCode(result.defects)),
    readback: result.readback,
    ...(lists ? { escalations: result.escalations, defects: result.defects } : {})
  }
}

export const REPORT_FILES = {
  defects: 'defects.csv',
  escalations: 'escalations.csv',
  summary: 'ledger-gate.json'
} as const

export interface WrittenReports {
  defects: string
  escalations: string
  summary: string
}

/** Writes the three reports; each lands whole (temp file + rename) or not at all. */
export async function writeLedgerReports(result: GateResult, outDir: string): Promise<WrittenReports> {
  await mkdir(outDir, { recursive: true })
  const paths = {
    defects: join(outDir, REPORT_FILES.defects),
    escalations: join(outDir, REPORT_FILES.escalations),
    summary: join(outDir, REPORT_FILES.summary)
  }
  // streamed, one row at a time, and hashed as written (csv/write-file.ts)
  const [defectsSha, escalationsSha] = await Promise.all([
    writeCsvFile(paths.defects, defectCsvHeader('alarm_id'), mapped(sortDefects(result.defects), defectCsvRow)),
    writeCsvFile(paths.escalations, ESCALATION_COLUMNS, mapped(result.escalations, escalationRow))
  ])
  const summary = {
    ...resultSummary(result, false),
    reports: { 'defects.csv': defectsSha, 'escalations.csv': escalationsSha }
  }
  await atomicWrite(paths.summary, `${JSON.stringify(summary, null, 2)}\n`)
  return paths
}

/**
 * A run that cannot evaluate must not leave an earlier run's verdict in the output directory
 * looking like this one's: the two CSVs are removed and ledger-gate.json is replaced by a report
 * that says the run could not evaluate, and why. Best effort: the error that stopped the run is
 * what the caller reports, so a directory that cannot be written changes nothing about it.
 */
export async function writeCannotEvaluate(outDir: string, err: unknown, now: number): Promise<void> {
  const error =
    err instanceof UserError
      ? {
          code: err.code,
          message: err.headline,
          problems: err.problems.slice(0, 200)
        }
      : { code: 'INTERNAL', message: describeError(err), problems: [] }
  const report = {
    decision: null,
    status: 'cannot-evaluate',
    exit_code: exitCodeFor(err),
    now_utc: formatUtc(now),
    error,
    note: 'The gate could not evaluate its inputs: no decision was made. defects.csv and escalations.csv of any earlier run were removed.'
  }
  try {
    await mkdir(outDir, { recursive: true })
    await Promise.all([rm(join(outDir, REPORT_FILES.defects), { force: true }), rm(join(outDir, REPORT_FILES.escalations), { force: true })])
    await atomicWrite(join(outDir, REPORT_FILES.summary), `${JSON.stringify(report, null, 2)}\n`)
  } catch {
    // the run already fails with exit 2 for `err`; see above
  }
}

function* mapped<T, U>(items: Iterable<T>, f: (t: T) => U): Iterable<U> {
  for (const t of items) yield f(t)
}

async function atomicWrite(path: string, data: string | Buffer): Promise<string> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, path)
  return path
}
