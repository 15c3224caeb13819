import { openRepository } from '../git/index.js'
import type { Finding } from '../store/inspect.js'
import { parseStorePath } from '../store/layout.js'
import { formatUtc } from '../util/time.js'
import { formatRevision } from '../util/revision.js'
import { countApprovals, readPacket, readSignoff, type SignoffFile } from './documents.js'
import { isBlocking } from './packet.js'
import { SIGNOFF_FAMILY, STRATEGY_FAMILY, signoffKey } from './family.js'
import type { StrategyTrust } from './trust.js'
import type { Signoff, StrategyPacket } from './types.js'

// The approval state of every packet revision, replayed from git history and never read from a
// field: a revision is pending_signatures from the commit that publishes it, approved at the
// commit that lands the approval completing its coverage tier, rejected at the commit that lands
// a required signer's rejection, superseded when a higher revision is approved. Files are taken
// as first published (a later rewrite is the store's STORE_FILE_REWRITTEN, found by verify).

export type ApprovalState = 'pending_signatures' | 'incomplete_evidence' | 'approved' | 'rejected' | 'superseded'

export interface TimelineEntry {
  at_utc: string
  commit: string
  revision: string
  event: string
  state: ApprovalState
}

export interface SignerStatus {
  signer_id: string
  class: string
  authority_scope: string
  required: boolean
  decision: 'approve' | 'reject' | null
  recommendation: 'go' | 'hold' | null
  signed_at_utc: string | null
  counted: boolean
}

export interface RevisionStatus {
  revision: string
  packet_path: string
  commit: string
  published_utc: string
  packet: StrategyPacket | null
  state: ApprovalState
  approved_utc: string | null
  roster: SignerStatus[]
  missing_classes: string[]
  findings: Finding[]
}

export interface SeriesStatus {
  release_window_id: string
  exception_cluster_id: string
  strategy_packet_id: string | null
  revisions: RevisionStatus[]
  timeline: TimelineEntry[]
  /** findings of history (transitions), beside each revision's own */
  findings: Finding[]
}

interface Landed {
  commit: string
  time: number
  path: string
  oid: string
}

/** The window's packets and decisions, oldest first (parent before child), as first published. */
async function landedFiles(top: string, head: string, window: string): Promise<Landed[]> {
  const repo = openRepository(top)
  const scan = await repo.scanHistory({ root: `${STRATEGY_FAMILY.root}/${window}`, until: head })
  const seen = new Set<string>()
  const out: Landed[] = []
  for (const e of scan.events) {
    if (e.status !== 'A' || seen.has(e.path)) continue
    seen.add(e.path)
    out.push({ commit: e.commit, time: e.time, path: e.path, oid: e.newOid })
  }
  return out
}

/** Every series (exception cluster) of a window, with the state of each revision replayed from history. */
export async function windowStatus(top: string, window: string, trust: StrategyTrust, now: number): Promise<SeriesStatus[]> {
  const repo = openRepository(top)
  const head = await repo.headOid()
  if (head === null) return []
  const landed = await landedFiles(top, head, window)
  const blobs = await repo.readBlobs(landed.map((l) => l.oid))
  const byPath = new Map(landed.map((l) => [l.path, l]))
  const bytes = (path: string) => {
    const l = byPath.get(path)
    return l ? blobs.get(l.oid) : undefined
  }

  const series = new Map<string, SeriesStatus>()
  const signoffs = new Map<string, { landed: Landed; file: SignoffFile }[]>()
  const get = (cluster: string) => {
    let s = series.get(cluster)
    if (!s) series.set(cluster, (s = { release_window_id: window, exception_cluster_id: cluster, strategy_packet_id: null, revisions: [], timeline: [], findings: [] }))
    return s
  }

  for (const l of landed) {
    const p = parseStorePath(STRATEGY_FAMILY, l.path)
    if (p.type === 'artifact' && p.kind === 'packet' && p.ref.key !== undefined) {
      const s = get(p.ref.key)
      const read = readPacket(bytes(l.path)!, bytes(l.path.replace(/\.json$/, '.sig')), trust, now)
      const rev = formatRevision(p.ref.revision)
      const at = formatUtc(l.time * 1000)
      if (read.packet && (read.packet.revision !== rev || read.packet.release_window_id !== window || read.packet.exception_cluster_id !== p.ref.key)) {
        read.findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'revision', detail: `the packet names ${read.packet.release_window_id}/${read.packet.exception_cluster_id} ${read.packet.revision}, not its path` })
        read.ok = false
      }
      const before = s.revisions.at(-1)
      if (before && before.state === 'pending_signatures') {
        s.findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${rev} was published at ${at} while ${before.revision} was still pending_signatures; reject ${before.revision} first (a required signer's reject) or let it be approved`, file: l.path })
      }
      const state: ApprovalState = read.ok ? 'pending_signatures' : 'incomplete_evidence'
      s.strategy_packet_id ??= read.packet?.strategy_packet_id ?? null
      const roster = (read.packet?.signer_roster ?? []).map((r) => ({ ...r, decision: null, recommendation: null, signed_at_utc: null, counted: false }))
      s.revisions.push({ revision: rev, packet_path: l.path, commit: l.commit, published_utc: at, packet: read.packet, state, approved_utc: null, roster, missing_classes: [], findings: read.findings })
      s.timeline.push({ at_utc: at, commit: l.commit, revision: rev, event: read.ok ? 'published' : `published with blocking findings (${[...new Set(read.findings.filter(isBlocking).map((f) => f.code))].join(', ')})`, state })
      continue
    }
    const d = parseStorePath(SIGNOFF_FAMILY, l.path)
    if (d.type !== 'artifact' || d.kind !== 'packet' || d.ref.key === undefined) continue
    const m = /^(.+)-(r\d{3,})-([a-z0-9][a-z0-9-]*)$/.exec(d.ref.key)
    if (!m) continue
    const [, cluster, rev, signerId] = m as unknown as [string, string, string, string]
    const s = get(cluster)
    const r = s.revisions.find((x) => x.revision === rev)
    const at = formatUtc(l.time * 1000)
    const file: SignoffFile = { name: l.path, json: bytes(l.path)!, sig: bytes(l.path.replace(/\.json$/, '.sig')) }
    if (!r || !r.packet) {
      s.findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${l.path} decides on ${rev}, which is not published before it`, file: l.path })
      continue
    }
    const read = readSignoff(file, r.packet, trust, now)
    if (read.signoff && signoffKey(cluster, Number(rev.slice(1)), read.signoff.signer.signer_id) !== d.ref.key) {
      read.findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `${l.path} is signed by '${read.signoff.signer.signer_id}', not the signer its path names ('${signerId}')`, file: l.path })
    }
    applySignoff(s, r, read.signoff, read.findings, file, l, at, trust, now, signoffs)
  }
  return [...series.values()].sort((a, b) => (a.exception_cluster_id < b.exception_cluster_id ? -1 : 1))
}

function applySignoff(
  s: SeriesStatus,
  r: RevisionStatus,
  signoff: Signoff | null,
  findings: Finding[],
  file: SignoffFile,
  l: Landed,
  at: string,
  trust: StrategyTrust,
  now: number,
  all: Map<string, { landed: Landed; file: SignoffFile }[]>
): void {
  const who = signoff?.signer.signer_id ?? '?'
  const entry = signoff ? r.roster.find((x) => x.signer_id === signoff.signer.signer_id) : undefined
  if (entry && signoff && entry.decision === null) {
    entry.decision = signoff.decision
    entry.recommendation = signoff.recommendation
    entry.signed_at_utc = signoff.signer.signed_at_utc
  }
  if (findings.length > 0 || !signoff) {
    r.findings.push(...findings)
    s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who}: decision not counted (${[...new Set(findings.map((f) => f.code))].join(', ')})`, state: r.state })
    return
  }
  if (r.state !== 'pending_signatures') {
    s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} ${signoff.decision}s after the revision was ${r.state} (ignored)`, state: r.state })
    return
  }
  if (signoff.decision === 'reject') {
    if (entry?.required) {
      r.state = 'rejected'
      s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}) rejects, recommends ${signoff.recommendation}`, state: r.state })
    } else s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}, not required) rejects: noted`, state: r.state })
    return
  }
  const list = all.get(r.revision) ?? []
  list.push({ landed: l, file })
  all.set(r.revision, list)
  const set = countApprovals(list.map((x) => x.file), r.packet!, trust, now)
  for (const x of r.roster) x.counted = set.valid.some((v) => v.signerId === x.signer_id)
  for (const inv of set.invalid) r.findings.push({ code: inv.code === 'SIGNATURE_DUPLICATE_KEY' ? 'STRATEGY_SIGNER_CONFLICT' : 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${inv.document}: ${inv.code}: ${inv.message}`, file: inv.document })
  r.missing_classes = set.roles.missing
  s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `${who} (${signoff.signer_class}) approves, recommends ${signoff.recommendation}`, state: r.state })
  if (set.met) {
    r.state = 'approved'
    r.approved_utc = at
    s.timeline.push({ at_utc: at, commit: l.commit, revision: r.revision, event: `coverage tier ${r.packet!.coverage_tier} met by ${set.distinctSigners.map((d) => d.signerId).join(', ')}`, state: 'approved' })
    for (const older of s.revisions) {
      if (older !== r && older.state === 'approved') {
        older.state = 'superseded'
        s.timeline.push({ at_utc: at, commit: l.commit, revision: older.revision, event: `superseded by ${r.revision}`, state: 'superseded' })
      }
    }
  }
}

/** The roster's missing classes for a revision that is not approved (what `status` shows). */
export function finishStatus(series: SeriesStatus[], trust: StrategyTrust): SeriesStatus[] {
  for (const s of series) {
    for (const r of s.revisions) {
      if (r.state !== 'pending_signatures' || !r.packet) continue
      const tier = trust.policy.data.coverage_tiers[r.packet.coverage_tier]
      const covered = new Set(r.roster.filter((x) => x.counted).map((x) => x.class))
      r.missing_classes = (tier?.classes_required ?? []).filter((c) => !covered.has(c))
      const people = new Set(r.roster.filter((x) => x.counted).map((x) => x.signer_id)).size
      const need = tier?.min_distinct_signers ?? 0
      if (r.missing_classes.length > 0 || people < need) {
        r.findings.push({
          code: 'STRATEGY_COVERAGE_UNMET',
          field: 'signer_roster',
          detail: `${r.revision} stays pending_signatures: ${r.missing_classes.length > 0 ? `no valid approval by ${r.missing_classes.join(', ')}` : ''}${r.missing_classes.length > 0 && people < need ? '; ' : ''}${people < need ? `${people} of ${need} distinct people approved` : ''} (tier ${r.packet.coverage_tier})`
        })
      }
    }
  }
  return series
}
