import { readFile } from 'node:fs/promises'
import { parseCsv } from '../csv/read.js'
import { UserError } from '../errors.js'
import { sortDefects, type Defect } from '../findings/defect.js'
import type { RolloutMode } from '../settings.js'
import { readInput } from '../util/read-input.js'
import { isCanonicalUtc, parseUtc } from '../util/time.js'
import type { RetentionCode } from './codes.js'
import type { RetentionPolicy } from './policy.js'
import { durationMs } from './policy.js'

// The retention and hold validator (the seed's V1-V6) on index rows, derived or supplied. It reads
// rows as text, so it judges an index this tool wrote and one an auditor or another system
// wrote alike (R2, R3 and R6 cannot come out of the writer; they come from such indexes).
//   V1 signature_verified is true                                  R4 RETENTION_SIGNATURE_UNVERIFIED
//   V2 retention_expiry_utc exists and is canonical UTC            R1 RETENTION_EXPIRY_MISSING
//   V3 an active hold has a reason and an owner                    R3 RETENTION_HOLD_INCOMPLETE
//   V4 a held row is not purge-eligible                            R2 RETENTION_HOLD_PURGE_CONFLICT
//   V5 storage_class is the policy's and storage_uri a git blob    R5 RETENTION_STORAGE_MUTABLE
//   V6 one latest row per series                                   R6 RETENTION_LATEST_DUPLICATE / RETENTION_LATEST_MISSING
// An expired, unheld, purge-eligible row is a warning (R7): it is queued for an approval-required
// purge and nothing is deleted.

/** The columns the validator reads; an index without one of them cannot be judged. */
export const CHECKED_COLUMNS = [
  'packet_id',
  'packet_revision',
  'release_window_id',
  'signature_digest',
  'signature_verified',
  'retention_expiry_utc',
  'legal_hold_state',
  'hold_reason',
  'hold_owner',
  'purge_eligible',
  'storage_class',
  'storage_uri',
  'is_latest',
  'last_verified_utc'
] as const

export type CheckedRow = Record<string, string>

const GIT_BLOB_URI = /^git:[0-9a-f]{40}(?:[0-9a-f]{24})?:[^#]+#blob=[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const BOOL = new Set(['true', 'false'])
const HOLD_STATES = new Set(['none', 'active', 'released'])

export function checkIndex(rows: readonly CheckedRow[], policy: RetentionPolicy, now: number, file = 'retention-index'): Defect[] {
  const defects: Defect[] = []
  const add = (row: CheckedRow | null, line: number | null, code: RetentionCode, field: string, detail: string, action: string) =>
    defects.push({
      subject: row ? `${row.packet_id || '(no packet_id)'}@${row.packet_revision || '?'}` : file,
      defect_code: code,
      severity: code === 'RETENTION_PURGE_CANDIDATE' || code === 'RETENTION_INDEX_STALE' ? 'warning' : 'blocking',
      owner_role: code === 'RETENTION_HOLD_INCOMPLETE' || code === 'RETENTION_HOLD_PURGE_CONFLICT' || code === 'RETENTION_PURGE_CANDIDATE' ? 'compliance' : 'release-lane',
      required_action: action,
      release_window_id: row?.release_window_id ?? '',
      file,
      line,
      field,
      detail
    })
  const refresh = durationMs(policy.index_refresh_interval)
  const latest = new Map<string, number>()
  rows.forEach((row, i) => {
    const line = i + 2
    const series = `${row.family ?? ''}\0${row.release_window_id}`
    latest.set(series, (latest.get(series) ?? 0) + (row.is_latest === 'true' ? 1 : 0))
    for (const c of ['signature_verified', 'purge_eligible', 'is_latest'] as const) {
      if (!BOOL.has(row[c] ?? '')) add(row, line, 'RETENTION_ROW_INVALID', c, `${c} is '${row[c] ?? ''}', not true or false`, 'write true or false')
    }
    if (!HOLD_STATES.has(row.legal_hold_state ?? '')) add(row, line, 'RETENTION_ROW_INVALID', 'legal_hold_state', `legal_hold_state is '${row.legal_hold_state ?? ''}', not none, active or released`, 'write none, active or released')
    // V1
    if (row.signature_verified !== 'true' || (row.signature_digest ?? '') === '') {
      add(row, line, 'RETENTION_SIGNATURE_UNVERIFIED', 'signature_verified', row.signature_digest ? 'the signature did not verify' : 'the row has no signature_digest', "run 'release-evidence verify' and re-export or restore the revision from history")
    }
    // V2
    const expiry = row.retention_expiry_utc ?? ''
    if (expiry === '' || !isCanonicalUtc(expiry)) {
      add(row, line, 'RETENTION_EXPIRY_MISSING', 'retention_expiry_utc', expiry === '' ? 'the row has no retention expiry' : `'${expiry}' is not canonical UTC (YYYY-MM-DDTHH:MM:SSZ)`, 'derive the index again with the retention policy')
    }
    // V3 (before any purge eligibility is judged: hold checks come first)
    const held = row.legal_hold_state === 'active'
    if (held && ((row.hold_reason ?? '').trim() === '' || (row.hold_owner ?? '').trim() === '')) {
      const missing = [(row.hold_reason ?? '').trim() === '' ? 'reason' : '', (row.hold_owner ?? '').trim() === '' ? 'owner' : ''].filter(Boolean).join(' and ')
      add(row, line, 'RETENTION_HOLD_INCOMPLETE', (row.hold_reason ?? '').trim() === '' ? 'hold_reason' : 'hold_owner', `an active legal hold without its ${missing}`, 'record the hold again with --reason and --owner')
    }
    // V4
    if (held && row.purge_eligible === 'true') add(row, line, 'RETENTION_HOLD_PURGE_CONFLICT', 'purge_eligible', 'the row is under an active legal hold and marked purge-eligible', 'a held revision is never purge-eligible: fix whatever set the flag')
    // V5
    if (row.storage_class !== policy.immutable_storage_class || !GIT_BLOB_URI.test(row.storage_uri ?? '')) {
      const why = row.storage_class !== policy.immutable_storage_class ? `storage_class is '${row.storage_class ?? ''}', the policy requires '${policy.immutable_storage_class}'` : `storage_uri '${row.storage_uri ?? ''}' is not a committed git blob (git:<commit>:<path>#blob=<oid>)`
      add(row, line, 'RETENTION_STORAGE_MUTABLE', 'storage_class', why, 'keep signed revisions only as committed, never-rewritten files on the store branch')
    }
    // R7
    const exp = parseUtc(expiry)
    if (!held && row.purge_eligible === 'true' && exp.ok && exp.ms <= now) {
      add(row, line, 'RETENTION_PURGE_CANDIDATE', 'retention_expiry_utc', `expired ${expiry}, no active hold: queued for an approval-required purge (nothing is deleted)`, 'two purge approvers decide; expiry never deletes anything by itself')
    }
    const verified = parseUtc(row.last_verified_utc ?? '')
    if (verified.ok && now - verified.ms > refresh) add(row, line, 'RETENTION_INDEX_STALE', 'last_verified_utc', `last verified ${row.last_verified_utc}, more than ${policy.index_refresh_interval} ago`, 'derive the index again')
  })
  // V6
  for (const [series, n] of latest) {
    if (n === 1) continue
    const [family, window] = series.split('\0') as [string, string]
    const row = { packet_id: family, packet_revision: '', release_window_id: window }
    if (n > 1) add(row, null, 'RETENTION_LATEST_DUPLICATE', 'is_latest', `${n} rows of window ${window}${family ? ` (${family})` : ''} are marked latest`, 'one winner per release window: mark only the highest revision latest')
    else add(row, null, 'RETENTION_LATEST_MISSING', 'is_latest', `no row of window ${window}${family ? ` (${family})` : ''} is marked latest`, 'mark the highest revision latest')
  }
  return sortDefects(defects)
}

/** Codes that fail the stage in each rollout mode: observe reports only; soft gates storage and hold precedence. */
// the seed's sprint 2: hard gates on immutable storage, hold precedence and dual approval
const SOFT_GATES = new Set<string>(['RETENTION_STORAGE_MUTABLE', 'RETENTION_HOLD_PURGE_CONFLICT', 'RETENTION_HOLD_INCOMPLETE', 'RETENTION_SHORTENED', 'HOLD_SIGNER_UNAUTHORIZED', 'RETENTION_PURGE_HELD', 'PURGE_APPROVALS_INSUFFICIENT', 'PURGE_SIGNER_UNAUTHORIZED', 'PURGE_TOMBSTONE_MISMATCH'])

export function failsIn(mode: RolloutMode, defects: readonly Defect[]): boolean {
  if (mode === 'observe') return false
  return defects.some((d) => d.severity === 'blocking' && (mode === 'full' || SOFT_GATES.has(d.defect_code)))
}

/** Reads a supplied index: the JSON this tool writes ({rows: [...]}, or a bare array) or a CSV. */
export async function readIndexFile(path: string, file: string): Promise<CheckedRow[]> {
  const data = await readInput(
    () => readFile(path),
    (code) => `${file}: cannot read the index (${code})`
  )
  const text = data.toString('utf8').trimStart()
  if (text.startsWith('{') || text.startsWith('[')) {
    let doc: unknown
    try {
      doc = JSON.parse(text)
    } catch (err) {
      throw new UserError({ code: 'INPUT_INVALID', message: `${file}: not valid JSON`, cause: err })
    }
    const rows = Array.isArray(doc) ? doc : (doc as { rows?: unknown }).rows
    if (!Array.isArray(rows)) throw new UserError({ code: 'INPUT_INVALID', message: `${file}: expected an array of rows or an object with "rows"` })
    return rows.map((r) => Object.fromEntries(Object.entries((r ?? {}) as Record<string, unknown>).map(([k, v]) => [k, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)])))
  }
  const table = await parseCsv(data, { file, requiredColumns: CHECKED_COLUMNS })
  const out: CheckedRow[] = []
  for (let r = 0; r < table.size; r++) out.push(Object.fromEntries(table.header.map((h, c) => [h, table.cell(r, c)])))
  return out
}
