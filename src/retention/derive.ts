import { relative, resolve } from 'node:path'
import { toCsv } from '../csv/write.js'
import { sortDefects, type Defect } from '../findings/defect.js'
import type { HistoryScan, Repository } from '../git/index.js'
import type { Settings } from '../settings.js'
import type { PacketFamily } from '../store/family.js'
import type { ChangeEvent } from '../store/history.js'
import type { PacketInspector, RevisionFacts } from '../store/inspect.js'
import { parseStorePath, seriesId, type RevisionRef } from '../store/layout.js'
import { foldEvents } from '../store/state.js'
import { parseLoose } from '../util/json.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc, parseUtc } from '../util/time.js'
import { HOLD_FAMILY } from './family.js'
import { verifyHold, type HoldRecord } from './hold.js'
import { retentionDays, retentionPolicyParser, type RetentionPolicy } from './policy.js'
import type { RetentionTrust } from './trust.js'

// The retention index: a deterministic view of the store at one commit. One row per revision of
// every registered packet family (the hold records themselves are not rows: they are the holds'
// state, applied to the rows of their window). Nothing here writes to the store.
//
// Expiry (one per series, i.e. per family and release window): the later of the incident window's
// end and the latest revision's signing time, plus the retention days; a window with any
// block-class row keeps the longer of retention_days_block_alarms and retention_days_default.
// Closure packets (schema v1) carry no incident window bounds, so they are derived from the rows:
// start = the earliest ack_timestamp_utc, end = the latest resolved_timestamp_utc, and the row
// says so (incident_window_source = derived-from-rows). A hold never changes the expiry.

export const INDEX_COLUMNS = [
  'family',
  'packet_id',
  'packet_revision',
  'release_window_id',
  'incident_window_start_utc',
  'incident_window_end_utc',
  'incident_window_source',
  'signature_digest',
  'signature_verified',
  'retention_expiry_utc',
  'legal_hold_state',
  'hold_ids',
  'hold_reason',
  'hold_owner',
  'hold_placed_utc',
  'purge_eligible',
  'purge_action_id',
  'storage_class',
  'storage_uri',
  'is_latest',
  'last_verified_utc',
  'index_schema_version',
  'retention_policy_sha256'
] as const

export type IndexColumn = (typeof INDEX_COLUMNS)[number]
export type IndexRow = Record<IndexColumn, string>

export type HoldState = 'none' | 'active' | 'released'

export interface HoldSummary {
  hold_id: string
  release_window_id: string
  state: 'active' | 'released'
  reason: string
  owner: string
  case_id: string | null
  placed_at_utc: string
  placed_by: string
  released_at_utc: string | null
  released_by: string | null
  file: string
}

export interface RetentionIndex {
  /** the commit the index describes */
  commit: string
  generated_at_utc: string
  policy_sha256: string
  rows: IndexRow[]
  holds: HoldSummary[]
  /** found while deriving: shortened retention, invalid hold records */
  defects: Defect[]
}

/** Reads the history of `roots` up to `until` as `git log --raw` gives it; a caller may answer from what it remembered (src/lineage/history-memo.ts). */
export type ScanHistory = (roots: readonly string[], until: string) => Promise<HistoryScan>

/**
 * What a caller remembers of revisions it judged before, by path and blob ids (src/lineage/verdict-memo.ts):
 * a revision it knows is not read again. It must answer only for the inspector that judged it.
 */
export interface RevisionMemo {
  get(inspector: PacketInspector, path: string, oid: string, sigOid: string | undefined): Judged | undefined
  set(inspector: PacketInspector, path: string, oid: string, sigOid: string | undefined, judged: Judged): void
}

export interface Judged {
  facts: RevisionFacts
  incident: Incident
}

/**
 * The index of the store at `commit`. With `inWindow` (a shard of a CI matrix, see shard.ts) only
 * the windows it accepts are read and judged, and only their rows, holds and defects are kept: a
 * window's part of the index depends on nothing outside the window, so the shards' parts merge
 * into exactly the whole index (their rows, holds and defects sorted as here).
 */
export async function computeIndex(args: {
  repo: Repository
  top: string
  settings: Settings
  commit: string
  trust: RetentionTrust
  inspectors: readonly PacketInspector[]
  modifiedOf: ReadonlyMap<string, Set<string>>
  inWindow?: (window: string) => boolean
  scan?: ScanHistory
  memo?: RevisionMemo
}): Promise<RetentionIndex> {
  const { repo, settings, commit, trust } = args
  const inWindow = args.inWindow ?? (() => true)
  const policy = trust.policy.data
  const now = settings.now
  const nowUtc = formatUtc(now)
  const defects: Defect[] = []
  const { holds, byWindow } = await readHolds(repo, commit, trust, now, defects)
  // One history scan for everything: families' write-once state and the policy's versions, in one commit order.
  const scan = args.scan ? await args.scan(['.'], commit) : await repo.scanHistory({ root: '.', until: commit })
  const history = await policyHistory(repo, args.top, resolve(settings.workspace, settings.policies['retention']), scan.events)

  const rows: IndexRow[] = []
  for (const inspector of args.inspectors) {
    const family = inspector.family
    const memo = args.memo && { get: (path: string, oid: string, sig: string | undefined) => args.memo!.get(inspector, path, oid, sig), set: (path: string, oid: string, sig: string | undefined, j: Judged) => args.memo!.set(inspector, path, oid, sig, j) }
    const revisions = await readRevisions(repo, commit, family, inWindow, (input) => inspector.inspect(input), memo)
    const state = foldEvents({}, scan.events.filter((e) => e.path.startsWith(`${family.root}/`)))
    const modified = args.modifiedOf.get(family.name) ?? new Set<string>()
    const series = new Map<string, StoredRevision[]>()
    for (const r of revisions) {
      const id = seriesId(r.ref)
      series.set(id, [...(series.get(id) ?? []), r])
    }
    for (const list of [...series.values()]) {
      list.sort((a, b) => a.ref.revision - b.ref.revision)
      const latest = list[list.length - 1]
      const window = latest.ref.window
      const expiryMs = expiryOf(list, policy)
      const origin = state[list[0].path]?.origin.order
      // Every policy in force while the window was stored: the latest expiry any of them gave stands.
      const earlier = history.filter((_v, i) => origin === undefined || i === history.length - 1 || history[i + 1].order > origin).map((v) => expiryOf(list, v.policy))
      const stored = Math.max(...earlier.filter((e): e is number => e !== null), -Infinity)
      if (expiryMs !== null && stored > expiryMs) {
        defects.push({
          subject: latest.facts.packetId ?? seriesId(latest.ref),
          defect_code: 'RETENTION_SHORTENED',
          severity: 'blocking',
          owner_role: 'compliance',
          required_action: `restore the retention periods of ${trust.policy.file}; retention may be lengthened, never shortened for what is stored`,
          release_window_id: window,
          file: trust.policy.file,
          line: null,
          field: 'retention_days_default',
          detail: `the expiry of ${family.name} ${seriesId(latest.ref)} moves from ${formatUtc(stored)} (an earlier policy) to ${formatUtc(expiryMs)}`
        })
      }
      const held = byWindow.get(window) ?? []
      const active = held.filter((h) => h.state === 'active')
      const holdState: HoldState = active.length > 0 ? 'active' : held.length > 0 ? 'released' : 'none'
      const shown = active.length > 0 ? active : held
      for (const r of list) {
        const path = state[r.path]
        const sig = r.sigPath === null ? undefined : state[r.sigPath]
        const writeOnce =
          path !== undefined && path.rewrites.length === 0 && path.blob === r.oid && !modified.has(r.path) && (r.sigPath === null || (sig !== undefined && sig.rewrites.length === 0 && !modified.has(r.sigPath)))
        rows.push({
          family: family.name,
          packet_id: r.facts.packetId ?? '',
          packet_revision: formatRevision(r.ref.revision),
          release_window_id: window,
          incident_window_start_utc: r.incident.start ?? '',
          incident_window_end_utc: r.incident.end ?? '',
          incident_window_source: r.incident.source,
          signature_digest: r.facts.digest ?? '',
          signature_verified: String(r.sigPath !== null && r.facts.findings.length === 0),
          retention_expiry_utc: expiryMs === null ? '' : formatUtc(expiryMs),
          legal_hold_state: holdState,
          hold_ids: shown.map((h) => h.hold_id).join(';'),
          hold_reason: shown.map((h) => h.reason).join(';'),
          hold_owner: shown.map((h) => h.owner).join(';'),
          hold_placed_utc: shown.map((h) => h.placed_at_utc).join(';'),
          purge_eligible: String(expiryMs !== null && expiryMs <= now && holdState !== 'active'),
          purge_action_id: '',
          storage_class: writeOnce ? policy.immutable_storage_class : 'mutable',
          storage_uri: path ? `git:${path.origin.commit}:${r.path}#blob=${r.oid}` : `worktree:${r.path}`,
          is_latest: String(r === latest),
          last_verified_utc: nowUtc,
          index_schema_version: String(policy.schema_version),
          retention_policy_sha256: trust.policy.sha256
        })
      }
    }
  }
  return {
    commit,
    generated_at_utc: nowUtc,
    policy_sha256: trust.policy.sha256,
    rows: sortRows(rows),
    holds: sortHolds(holds.filter((h) => inWindow(h.release_window_id))),
    defects: sortDefects(defects.filter((d) => inWindow(d.release_window_id)))
  }
}

/** The index's row order (also the order of merged shards). */
export function sortRows(rows: IndexRow[]): IndexRow[] {
  return rows.sort((a, b) => cmp(a.family, b.family) || cmp(a.release_window_id, b.release_window_id) || cmp(a.packet_id, b.packet_id) || cmp(a.packet_revision, b.packet_revision))
}

/** The index's hold order (also the order of merged shards). */
export function sortHolds(holds: HoldSummary[]): HoldSummary[] {
  return holds.sort((a, b) => cmp(a.release_window_id, b.release_window_id) || cmp(a.placed_at_utc, b.placed_at_utc) || cmp(a.hold_id, b.hold_id))
}

/** The index's two files: retention-index.json (also what `--json` prints) and retention-index.csv. */
export function indexTexts(index: RetentionIndex): { json: string; csv: string } {
  return { json: `${JSON.stringify(index, null, 2)}\n`, csv: toCsv(INDEX_COLUMNS, index.rows.map((r) => INDEX_COLUMNS.map((c) => r[c]))) }
}

export interface Incident {
  start: string | null
  end: string | null
  block: boolean
  source: 'packet' | 'derived-from-rows' | 'none'
}

interface StoredRevision {
  ref: RevisionRef
  path: string
  oid: string
  sigPath: string | null
  facts: RevisionFacts
  incident: Incident
}

function expiryOf(list: readonly StoredRevision[], policy: RetentionPolicy): number | null {
  return expiryFrom(list[list.length - 1].facts.signedAt, list.map((r) => r.incident), policy)
}

/** A series' expiry from its latest revision's signing instant and every revision's incident window (purge-authority.ts recomputes it from removed blobs). */
export function expiryFrom(latestSignedAt: string | null, incidents: readonly Incident[], policy: RetentionPolicy): number | null {
  const times = [latestSignedAt, ...incidents.map((i) => i.end)].flatMap((t) => {
    if (t === null) return []
    const p = parseUtc(t)
    return p.ok ? [p.ms] : []
  })
  if (latestSignedAt === null || times.length === 0) return null
  const days = retentionDays(policy, incidents.some((i) => i.block))
  return Math.max(...times) + days * 86_400_000
}

/** The incident window a packet covers: its own bounds when it has them, else derived from its rows. */
export function incidentOf(doc: unknown): Incident {
  const o = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>
  const rows = Array.isArray(o.rows) ? (o.rows as Record<string, unknown>[]) : []
  const block = rows.some((r) => r?.alarm_class === 'block')
  if (typeof o.incident_window_start_utc === 'string' && typeof o.incident_window_end_utc === 'string') {
    return { start: o.incident_window_start_utc, end: o.incident_window_end_utc, block, source: 'packet' }
  }
  const starts = rows.map((r) => r?.ack_timestamp_utc).filter((t): t is string => typeof t === 'string' && t !== '').sort()
  const ends = rows.map((r) => r?.resolved_timestamp_utc).filter((t): t is string => typeof t === 'string' && t !== '').sort()
  if (starts.length === 0 && ends.length === 0) return { start: null, end: null, block, source: 'none' }
  return { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null, block, source: 'derived-from-rows' }
}

async function readRevisions(
  repo: Repository,
  commit: string,
  family: PacketFamily,
  inWindow: (window: string) => boolean,
  inspect: (input: { ref: RevisionRef; path: string; packet: Buffer; signature?: Buffer }) => RevisionFacts,
  memo?: { get(path: string, oid: string, sigOid: string | undefined): Judged | undefined; set(path: string, oid: string, sigOid: string | undefined, judged: Judged): void }
): Promise<StoredRevision[]> {
  const files = await repo.listTree(commit, family.root)
  const packets: { ref: RevisionRef; path: string; oid: string }[] = []
  const sigs = new Map<string, { path: string; oid: string }>()
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type !== 'artifact' || !inWindow(p.ref.window)) continue
    const key = `${seriesId(p.ref)}@${p.ref.revision}`
    if (p.kind === 'packet') packets.push({ ref: p.ref, path: f.path, oid: f.oid })
    else if (p.kind === 'signature') sigs.set(key, { path: f.path, oid: f.oid })
  }
  const sigOf = (p: { ref: RevisionRef }) => sigs.get(`${seriesId(p.ref)}@${p.ref.revision}`)
  // a revision the caller judged before (same path, same blob ids) is not read again
  const known = packets.map((p) => memo?.get(p.path, p.oid, sigOf(p)?.oid))
  const unread = packets.filter((_, i) => known[i] === undefined)
  const blobs = await repo.readBlobs(unread.flatMap((p) => [p.oid, ...(sigOf(p) ? [sigOf(p)!.oid] : [])]))
  return packets.map((p, i) => {
    const sig = sigOf(p)
    let judged = known[i]
    if (judged === undefined) {
      const packet = blobs.get(p.oid) ?? Buffer.alloc(0)
      const signature = sig ? blobs.get(sig.oid) : undefined
      judged = { facts: inspect({ ref: p.ref, path: p.path, packet, signature }), incident: incidentOf(parseLoose(packet)) }
      memo?.set(p.path, p.oid, sig?.oid, judged)
    }
    return { ...p, sigPath: sig?.path ?? null, facts: judged.facts, incident: judged.incident }
  })
}

export async function readHolds(repo: Repository, commit: string, trust: RetentionTrust, now: number, defects: Defect[]): Promise<{ holds: HoldSummary[]; byWindow: Map<string, HoldSummary[]> }> {
  const files = await repo.listTree(commit, HOLD_FAMILY.root)
  const byRev = new Map<string, { ref: RevisionRef; json?: string; sig?: string; path?: string }>()
  for (const f of files) {
    const p = parseStorePath(HOLD_FAMILY, f.path)
    if (p.type !== 'artifact' || p.kind === 'log') continue
    const k = `${seriesId(p.ref)}@${p.ref.revision}`
    const e = byRev.get(k) ?? { ref: p.ref }
    if (p.kind === 'packet') Object.assign(e, { json: f.oid, path: f.path })
    else e.sig = f.oid
    byRev.set(k, e)
  }
  const blobs = await repo.readBlobs([...byRev.values()].flatMap((e) => [e.json, e.sig].filter((x): x is string => x !== undefined)))
  const verified = new Map<string, { record: HoldRecord; path: string }[]>()
  for (const e of [...byRev.values()].sort((a, b) => a.ref.revision - b.ref.revision)) {
    if (!e.json || !e.path) continue
    const v = verifyHold(blobs.get(e.json) ?? '', e.sig ? blobs.get(e.sig) : undefined, trust, now, e.ref)
    const id = seriesId(e.ref)
    if (!v.ok || e.sig === undefined) {
      for (const f of v.findings.length > 0 ? v.findings : [{ code: 'HOLD_RECORD_INVALID', field: '', detail: 'the hold record has no signature' }]) {
        defects.push({ subject: e.ref.key ?? id, defect_code: f.code, severity: 'blocking', owner_role: 'compliance', required_action: 'have a hold role sign a valid record; an invalid record is not counted as a hold (a release that fails leaves the hold active)', release_window_id: e.ref.window, file: e.path, line: null, field: f.field, detail: f.detail })
      }
      continue
    }
    verified.set(id, [...(verified.get(id) ?? []), { record: v.record as HoldRecord, path: e.path }])
  }
  const holds: HoldSummary[] = []
  for (const list of verified.values()) {
    const place = list.find((x) => x.record.action === 'place')
    if (!place) continue
    const release = list.find((x) => x.record.action === 'release')
    holds.push({
      hold_id: place.record.hold_id,
      release_window_id: place.record.release_window_id,
      state: release ? 'released' : 'active',
      reason: place.record.reason,
      owner: place.record.owner,
      case_id: place.record.case_id,
      placed_at_utc: place.record.placed_at_utc,
      placed_by: place.record.signer.signer_id,
      released_at_utc: release?.record.signer.signed_at_utc ?? null,
      released_by: release?.record.signer.signer_id ?? null,
      file: place.path
    })
  }
  sortHolds(holds)
  const byWindow = new Map<string, HoldSummary[]>()
  for (const h of holds) byWindow.set(h.release_window_id, [...(byWindow.get(h.release_window_id) ?? []), h])
  return { holds, byWindow }
}

/** Every committed version of the retention policy file up to `commit`, oldest first, that parses. */
async function policyHistory(repo: Repository, top: string, policyAbs: string, all: readonly ChangeEvent[]): Promise<{ order: number; policy: RetentionPolicy }[]> {
  const rel = relative(top, policyAbs).split('\\').join('/')
  if (rel.startsWith('..')) return []
  const events = all.filter((e) => e.path === rel && e.newOid !== '')
  const [blobs, parseRetentionPolicy] = await Promise.all([repo.readBlobs(events.map((e) => e.newOid)), retentionPolicyParser()])
  return events.flatMap((e) => {
    try {
      return [{ order: e.order, policy: parseRetentionPolicy(blobs.get(e.newOid)?.toString('utf8') ?? '', rel).data }]
    } catch {
      return []
    }
  })
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
