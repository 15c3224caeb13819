import { openRepository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import type { Finding } from '../store/inspect.js'
import { parseStorePath } from '../store/layout.js'
import { normalizeId } from '../util/ids.js'
import { parseUtc } from '../util/time.js'
import type { IndexRow } from './derive.js'
import { deriveIndex } from './index-cache.js'
import { repoTopLevel } from '../store/history.js'
import { loadRetentionPolicyOf } from './trust.js'

// `purge plan`: the candidate list of an approval-required purge (the seed's step 10.1). It reads
// the index and the store and writes nothing. A candidate is a whole series (family, window) whose
// expiry has passed and that has no active hold: hold checks run before eligibility, so a held
// window is never a candidate. Approving and applying the purge: purge-write.ts.

export interface PurgeTarget {
  family: string
  release_window_id: string
  retention_expiry_utc: string
  /** every file of the series at the commit: what a purge would remove, with its blob */
  files: { path: string; blob: string }[]
  /** the index rows a purge must archive before removing anything */
  archived_rows: IndexRow[]
}

export interface PurgePlan {
  commit: string
  candidates: PurgeTarget[]
  /** why a requested window is not a candidate (RETENTION_PURGE_HELD, RETENTION_PURGE_NOT_EXPIRED) */
  refused: (Finding & { release_window_id: string })[]
  approvals_required: { count: number; roles: string[]; distinct_keys: true; distinct_signers: true; ci_roles_excluded: string[] }
}

export async function planPurge(settings: Settings, families: readonly FamilySpec[], opts: { window?: string; at?: string }): Promise<PurgePlan> {
  const index = await deriveIndex({ settings, families, at: opts.at })
  const policy = (await loadRetentionPolicyOf(settings)).data
  const window = opts.window === undefined ? undefined : normalizeId(opts.window, '--window')
  const series = new Map<string, IndexRow[]>()
  for (const r of index.rows) {
    if (window !== undefined && r.release_window_id !== window) continue
    const k = `${r.family}\0${r.release_window_id}`
    series.set(k, [...(series.get(k) ?? []), r])
  }
  const refused: PurgePlan['refused'] = []
  const chosen: IndexRow[][] = []
  for (const rows of series.values()) {
    const latest = rows.find((r) => r.is_latest === 'true') ?? rows[rows.length - 1]
    const w = latest.release_window_id
    // hold precedence: checked before eligibility
    if (rows.some((r) => r.legal_hold_state === 'active')) {
      refused.push({ release_window_id: w, code: 'RETENTION_PURGE_HELD', field: 'legal_hold_state', detail: `${latest.family} ${w} is under legal hold ${latest.hold_ids} (${latest.hold_reason}, owner ${latest.hold_owner})` })
      continue
    }
    const e = parseUtc(latest.retention_expiry_utc)
    if (!e.ok || e.ms > settings.now) {
      refused.push({ release_window_id: w, code: 'RETENTION_PURGE_NOT_EXPIRED', field: 'retention_expiry_utc', detail: `${latest.family} ${w} is kept until ${latest.retention_expiry_utc || '(no expiry)'}` })
      continue
    }
    chosen.push(rows)
  }
  if (window !== undefined && series.size === 0) refused.push({ release_window_id: window, code: 'RETENTION_PURGE_NOT_EXPIRED', field: 'release_window_id', detail: `no revision of window ${window} in the index` })
  const repo = openRepository(await repoTopLevel(settings.workspace))
  const candidates: PurgeTarget[] = []
  for (const rows of chosen) {
    const first = rows[0]
    const spec = families.find((f) => f.family.name === first.family)!
    const tree = await repo.listTree(index.commit, `${spec.family.root}/${first.release_window_id}`)
    const files = tree.filter((f) => parseStorePath(spec.family, f.path).type === 'artifact').map((f) => ({ path: f.path, blob: f.oid }))
    candidates.push({ family: first.family, release_window_id: first.release_window_id, retention_expiry_utc: rows.find((r) => r.is_latest === 'true')?.retention_expiry_utc ?? '', files, archived_rows: rows })
  }
  return {
    commit: index.commit,
    candidates,
    refused,
    approvals_required: { count: 2, roles: [...policy.purge_roles], distinct_keys: true, distinct_signers: true, ci_roles_excluded: [...policy.ci_roles] }
  }
}
