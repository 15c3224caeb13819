import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { defectsToCsv, sortDefects, type Defect } from '../findings/defect.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import { renderTable } from '../report/table.js'
import { checkIndex, failsIn, readIndexFile, type CheckedRow } from './check.js'
import type { RetentionIndex } from './derive.js'
import { deriveIndexAndPolicy } from './index-cache.js'
import { loadRetentionPolicyOf } from './trust.js'

// `retention index` and `retention check`: derive the index (and write it to the out dir), then
// run the validator on it or on a supplied index.

export const INDEX_CSV = 'retention-index.csv'
export const INDEX_JSON = 'retention-index.json'
export const CHECK_CSV = 'retention-defects.csv'

export async function writeIndex(settings: Settings, texts: { json: string; csv: string | Uint8Array }): Promise<{ csv: string; json: string }> {
  await mkdir(settings.outDir, { recursive: true })
  const files = { csv: join(settings.outDir, INDEX_CSV), json: join(settings.outDir, INDEX_JSON) }
  await Promise.all([writeFile(files.csv, texts.csv), writeFile(files.json, texts.json)])
  return files
}

export async function runIndex(settings: Settings, families: readonly FamilySpec[], at?: string, cache = true): Promise<{ index: RetentionIndex; json: string; files: { csv: string; json: string } }> {
  const derived = await deriveIndexAndPolicy({ settings, families, at, cache })
  const files = await writeIndex(settings, derived)
  // `index` stays lazy: a warm run that prints the JSON never parses its rows
  return {
    get index() {
      return derived.index
    },
    json: derived.json,
    files
  }
}

export interface CheckRun {
  source: string
  /** the derived index, when the check ran on the store */
  index?: RetentionIndex
  rows: number
  defects: Defect[]
  blocking: number
  warnings: number
  failed: boolean
}

export async function runCheck(settings: Settings, families: readonly FamilySpec[], opts: { index?: string; at?: string; cache?: boolean }): Promise<CheckRun> {
  let rows: CheckedRow[]
  let index: RetentionIndex | undefined
  let source: string
  const policy = await loadRetentionPolicyOf(settings)
  if (opts.index !== undefined) {
    source = opts.index
    rows = await readIndexFile(resolve(settings.workspace, opts.index), opts.index)
  } else {
    index = (await runIndex(settings, families, opts.at, opts.cache)).index
    source = `store at ${index.commit}`
    rows = index.rows
  }
  const defects = sortDefects([...(index?.defects ?? []), ...checkIndex(rows, policy.data, settings.now, opts.index ?? INDEX_CSV)])
  await mkdir(settings.outDir, { recursive: true })
  await writeFile(join(settings.outDir, CHECK_CSV), defectsToCsv(defects, 'subject'))
  return {
    source,
    index,
    rows: rows.length,
    defects,
    blocking: defects.filter((d) => d.severity === 'blocking').length,
    warnings: defects.filter((d) => d.severity === 'warning').length,
    failed: failsIn(settings.mode, defects)
  }
}

export function renderIndexText(index: RetentionIndex): string {
  const table = renderTable(
    ['window', 'family', 'revision', 'latest', 'verified', 'expiry', 'hold', 'purge', 'storage'],
    index.rows.map((r) => [r.release_window_id, r.family, r.packet_revision, r.is_latest, r.signature_verified, r.retention_expiry_utc, r.legal_hold_state, r.purge_eligible, r.storage_class])
  )
  const head = `Retention index at ${index.commit}: ${index.rows.length} revisions, ${index.holds.filter((h) => h.state === 'active').length} active holds\n`
  return index.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`
}

export function renderCheckText(r: CheckRun): string {
  const head = `Retention check of ${r.source}: ${r.rows} rows, ${r.blocking} blocking, ${r.warnings} warnings${r.failed ? ' (failing)' : ''}\n`
  if (r.defects.length === 0) return `${head}All rows pass V1-V6.\n`
  const table = renderTable(
    ['window', 'subject', 'code', 'severity', 'detail'],
    r.defects.map((d) => [d.release_window_id, d.subject, d.defect_code, d.severity, d.detail])
  )
  return `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`
}
