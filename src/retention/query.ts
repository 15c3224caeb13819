import { UserError } from '../errors.js'
import { renderTable } from '../report/table.js'
import { formatUtc, parseUtc } from '../util/time.js'
import type { IndexRow, RetentionIndex } from './derive.js'
import { durationMs } from './policy.js'

// The seed's query views (Q1-Q4) on a derived index:
//   holds     Q1 active legal holds by release window
//   expiring  Q2 series whose expiry falls within --within (default 30d) of now, or has passed
//   latest    Q3 the latest valid revision per release window (verified, write-once)
//   drift     Q4 revisions with signature or storage drift, or a stale verification

export const QUERIES = ['holds', 'expiring', 'latest', 'drift'] as const
export type QueryName = (typeof QUERIES)[number]

export interface QueryResult {
  query: QueryName
  commit: string
  columns: string[]
  rows: Record<string, string>[]
}

/** `30d`, `12h`, or an ISO 8601 duration (P30D). */
export function parseWithin(text: string): number {
  const short = /^(\d+)([dhw])$/.exec(text)
  if (short) return Number(short[1]) * { d: 86_400_000, h: 3_600_000, w: 7 * 86_400_000 }[short[2] as 'd' | 'h' | 'w']
  try {
    return durationMs(text)
  } catch {
    throw new UserError({ code: 'USAGE', message: `--within ${text}: use e.g. 30d, 12h, 2w or an ISO 8601 duration (P30D)` })
  }
}

export function runQuery(index: RetentionIndex, query: QueryName, opts: { now: number; within?: string; refreshMs: number }): QueryResult {
  const latest = index.rows.filter((r) => r.is_latest === 'true')
  const base = { query, commit: index.commit }
  switch (query) {
    case 'holds': {
      const columns = ['release_window_id', 'hold_id', 'reason', 'owner', 'case_id', 'placed_at_utc', 'placed_by', 'file']
      const rows = index.holds.filter((h) => h.state === 'active').map((h) => ({ release_window_id: h.release_window_id, hold_id: h.hold_id, reason: h.reason, owner: h.owner, case_id: h.case_id ?? '', placed_at_utc: h.placed_at_utc, placed_by: h.placed_by, file: h.file }))
      return { ...base, columns, rows }
    }
    case 'expiring': {
      const within = parseWithin(opts.within ?? '30d')
      const columns = ['family', 'release_window_id', 'packet_id', 'retention_expiry_utc', 'days_left', 'legal_hold_state', 'purge_eligible']
      const rows = latest
        .flatMap((r) => {
          const e = parseUtc(r.retention_expiry_utc)
          if (!e.ok || e.ms > opts.now + within) return []
          return [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, retention_expiry_utc: r.retention_expiry_utc, days_left: String(Math.floor((e.ms - opts.now) / 86_400_000)), legal_hold_state: r.legal_hold_state, purge_eligible: r.purge_eligible }]
        })
        .sort((a, b) => (a.retention_expiry_utc < b.retention_expiry_utc ? -1 : a.retention_expiry_utc > b.retention_expiry_utc ? 1 : 0))
      return { ...base, columns, rows }
    }
    case 'latest': {
      const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'incident_window_start_utc', 'incident_window_end_utc', 'signature_digest', 'storage_uri', 'is_latest']
      const valid = new Map<string, IndexRow>()
      for (const r of index.rows) {
        if (r.signature_verified !== 'true' || r.storage_class === 'mutable') continue
        const k = `${r.family}\0${r.release_window_id}`
        const seen = valid.get(k)
        if (!seen || seen.packet_revision < r.packet_revision) valid.set(k, r)
      }
      const rows = [...valid.values()].map((r) => Object.fromEntries(columns.map((c) => [c, r[c as keyof IndexRow]])))
      return { ...base, columns, rows }
    }
    case 'drift': {
      const columns = ['family', 'release_window_id', 'packet_id', 'packet_revision', 'drift', 'storage_uri']
      const rows = index.rows.flatMap((r) => {
        const why: string[] = []
        if (r.signature_verified !== 'true') why.push('signature does not verify')
        if (r.storage_class === 'mutable') why.push('not write-once (rewritten, edited or uncommitted)')
        const v = parseUtc(r.last_verified_utc)
        if (!v.ok || opts.now - v.ms > opts.refreshMs) why.push(`last verified ${r.last_verified_utc || 'never'} (older than the refresh interval at ${formatUtc(opts.now)})`)
        return why.length === 0 ? [] : [{ family: r.family, release_window_id: r.release_window_id, packet_id: r.packet_id, packet_revision: r.packet_revision, drift: why.join('; '), storage_uri: r.storage_uri }]
      })
      return { ...base, columns, rows }
    }
  }
}

export function renderQueryText(q: QueryResult): string {
  const head = `retention query ${q.query} at ${q.commit}: ${q.rows.length} row${q.rows.length === 1 ? '' : 's'}\n`
  const table = renderTable(q.columns, q.rows.map((r) => q.columns.map((c) => r[c])))
  return q.rows.length === 0 ? head : `${head}\n${table.endsWith('\n') ? table : `${table}\n`}`
}
