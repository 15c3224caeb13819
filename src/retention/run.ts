import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import { repoFacts } from '../store/history.js'
import type { ShardSpec } from '../store/shard.js'
import { requirePin } from '../trust/pin.js'
import type { IndexShard } from './shard.js'
import { defectsToCsv, sortDefects, type Defect } from '../findings/defect.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import { renderTable } from '../report/table.js'
import { checkIndex, failsIn, readIndexFile, type CheckedRow } from './check.js'
import type { RetentionIndex } from './derive.js'
import { deriveIndexAndPolicy, resolveAt } from './index-cache.js'
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

/** `retention index --shard I/N --out FILE`: this shard's part of the index, with what it covered. */
export async function runIndexShard(settings: Settings, families: readonly FamilySpec[], spec: ShardSpec, out: string, at?: string): Promise<IndexShard> {
  const { windowFilter, windowsAt, shardRecord } = await import('./shard.js')
  const derived = await deriveIndexAndPolicy({ settings, families, at, inWindow: windowFilter(spec) })
  const index = derived.index
  const facts = await repoFacts(settings.workspace)
  const [pin, windows] = await Promise.all([requirePin(settings, 'retention index'), windowsAt(openRepository(facts.top), index.commit, families)])
  const shard = { shard: shardRecord({ spec, index, pin, now: index.generated_at_utc, windows }), index }
  await writeJsonFile(settings.workspace, out, shard)
  return shard
}

/** `retention merge FILE...`: the whole index from every shard's file, written as `retention index` writes it. */
export async function runIndexMerge(settings: Settings, families: readonly FamilySpec[], names: readonly string[], at?: string): Promise<{ index: RetentionIndex; json: string; files: { csv: string; json: string } }> {
  if (names.length === 0) throw new UserError({ code: 'USAGE', message: "retention merge: no shard file given; pass every file written by 'retention index --shard I/N --out FILE', e.g. retention merge shards/*.json" })
  const { parseIndexShard, mergeIndexShards, windowsAt } = await import('./shard.js')
  const shards = await Promise.all(names.map(async (name) => ({ name, shard: parseIndexShard(name, await readShardFile(settings.workspace, name)) })))
  const pin = await requirePin(settings, 'retention merge')
  const facts = await repoFacts(settings.workspace)
  if (facts.head === null) throw new UserError({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; the merge lists the windows of the store commit itself` })
  const repo = openRepository(facts.top)
  const commit = await resolveAt(repo, facts.head, at)
  const index = mergeIndexShards(shards, { commit, pin, windows: await windowsAt(repo, commit, families) })
  const { indexTexts } = await import('./derive.js')
  const texts = indexTexts(index)
  return { index, json: texts.json, files: await writeIndex(settings, texts) }
}

async function readShardFile(workspace: string, name: string): Promise<string> {
  try {
    return await readFile(resolve(workspace, name), 'utf8')
  } catch (err) {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `retention merge: cannot read ${name} (${(err as NodeJS.ErrnoException).code ?? 'error'}); pass the shard files the matrix jobs uploaded`, cause: err })
  }
}

async function writeJsonFile(workspace: string, file: string, value: unknown): Promise<void> {
  try {
    await writeFile(resolve(workspace, file), `${JSON.stringify(value, null, 2)}\n`)
  } catch (err) {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `--out ${file}: cannot write the shard file (${(err as NodeJS.ErrnoException).code ?? 'error'}); give a writable path outside the store folders`, cause: err })
  }
}
