import type { EvidenceRow } from '../ledger/types.js'
import { mdText } from '../report/escape.js'
import { sha256Hex } from '../util/hash.js'
import { printable } from '../util/ids.js'
import { formatUtc, parseUtc } from '../util/time.js'
import type { LoadedClosurePolicy } from './policy.js'
import type { Finding, PacketVerification } from './sign.js'
import type { ClosureRow, EvidenceRef } from './types.js'

// Post-incident review of one window's latest packet (lesson 114 step 10 and its six-point
// checklist). Pure: given the packet's verification, the evidence input and the policy, it says
// pass or fail and what to do next. The sample is reproducible by anyone: each row is ranked by
// sha256("<seed>:<alarm_id>") and the lowest ranks are taken, the seed being the packet's
// signature_digest unless the reviewer names one (so two reviewers of one packet see one sample,
// and a re-export draws a fresh one).

export type CheckId =
  | 'signature'
  | 'schema_version'
  | 'evidence_refs'
  | 'approver_lineage'
  | 'utc_timestamps'
  | 'revision_chain'
  | 'packet_contract'
  | 'sample_trace'

export interface ReviewCheck {
  id: CheckId
  ok: boolean
  detail: string
}

export type TraceStatus = 'traced' | 'missing' | 'changed'

export interface RefTrace {
  field: string
  kind: string
  evidence_id: string
  status: TraceStatus
  detail: string
}

export interface SampledAlarm {
  alarm_id: string
  /** the sha256 rank that selected it */
  rank: string
  refs: RefTrace[]
  lineage_complete: boolean
}

export interface FollowUp {
  code: string
  /** alarm_id, packet id or a JSON pointer */
  subject: string
  action: string
}

export interface ReviewResult {
  release_window_id: string
  packet_id: string
  revision: string
  seed: string
  seed_source: 'packet-digest' | 'explicit'
  checks: ReviewCheck[]
  sample: SampledAlarm[]
  pass: boolean
  follow_ups: FollowUp[]
}

export interface ReviewInput {
  /** verification of the window's latest revision */
  verification: PacketVerification
  /** the evidence input rows, as the ledger gate read them */
  evidence: readonly EvidenceRow[]
  policy: LoadedClosurePolicy
  /** explicit sample seed (--seed); default: the packet's signature_digest */
  seed?: string
  /** default: the policy's review.sample_size */
  sampleSize?: number
}

const CHECK_CODES: Record<Exclude<CheckId, 'signature' | 'schema_version' | 'sample_trace'>, readonly string[]> = {
  evidence_refs: ['CLOSURE_EVIDENCE_UNRESOLVED'],
  approver_lineage: ['LINEAGE_INCOMPLETE'],
  utc_timestamps: ['PACKET_TIMESTAMP_NOT_UTC'],
  revision_chain: ['PACKET_REVISION_INVALID', 'PACKET_DIGEST_MISSING', 'PACKET_DIGEST_MISMATCH'],
  packet_contract: ['PACKET_FIELD_MISSING', 'PACKET_ROWS_UNSORTED']
}

const REEXPORT = 'mark the packet non-compliant, fix the source rows and re-export a new revision'

export function reviewPacket(input: ReviewInput): ReviewResult {
  const { verification: v, policy } = input
  const packet = v.packet
  const rows: ClosureRow[] = Array.isArray(packet?.rows) ? packet.rows : []
  const seed = input.seed ?? (typeof packet?.signature_digest === 'string' ? packet.signature_digest : '')
  const follow: FollowUp[] = []
  const checks: ReviewCheck[] = []
  const packetId = typeof packet?.packet_id === 'string' ? packet.packet_id : ''

  const sig = v.signature
  checks.push({ id: 'signature', ok: sig.ok, detail: sig.ok ? `verified: ${sig.key.signerId} (${sig.key.role})${sig.key.demo ? ', DEMO key' : ''}` : `${sig.code}: ${sig.message}` })
  if (!sig.ok) follow.push({ code: sig.code, subject: packetId, action: `${sig.fix}; until then the window's closure stays pending` })

  const version = packet?.schema?.version
  const approved = typeof version === 'number' && policy.data.review.approved_schema_versions.includes(version)
  checks.push({ id: 'schema_version', ok: approved, detail: `schema v${String(version)}; approved: ${policy.data.review.approved_schema_versions.join(', ')}` })
  if (!approved) follow.push({ code: 'REVIEW_SCHEMA_UNAPPROVED', subject: packetId, action: `approve schema v${String(version)} in ${policy.file} review.approved_schema_versions, or re-export under an approved version` })

  const findings = v.findings.filter((f) => f.code !== (sig.ok ? '' : sig.code))
  for (const [id, codes] of Object.entries(CHECK_CODES) as [CheckId, readonly string[]][]) {
    const hits = findings.filter((f) => codes.includes(f.code))
    checks.push({ id, ok: hits.length === 0, detail: hits.length === 0 ? 'ok' : `${hits.length} finding(s): ${hits.slice(0, 3).map(describeFinding).join('; ')}` })
    for (const f of hits) follow.push({ code: f.code, subject: f.field || packetId, action: REEXPORT })
  }

  const sample = sampleRows(rows, seed, input.sampleSize ?? policy.data.review.sample_size).map(({ row, rank }) => {
    const index = rows.indexOf(row)
    const refs = traceRefs(row, packet?.release_window_id ?? '', input.evidence, policy)
    for (const r of refs) {
      if (r.status !== 'traced') follow.push({ code: r.status === 'missing' ? 'REVIEW_REF_MISSING' : 'REVIEW_REF_CHANGED', subject: row.alarm_id, action: `${r.detail}; restore the evidence row or re-export the packet` })
    }
    const lineageComplete = !findings.some((f) => f.code === 'LINEAGE_INCOMPLETE' && f.field.startsWith(`/rows/${index}/`))
    return { alarm_id: row.alarm_id, rank, refs, lineage_complete: lineageComplete }
  })
  const untraced = sample.flatMap((s) => s.refs).filter((r) => r.status !== 'traced')
  checks.push({
    id: 'sample_trace',
    ok: untraced.length === 0,
    detail: sample.length === 0 ? 'no rows to sample' : `${sample.length} alarm(s) sampled, ${sample.reduce((n, s) => n + s.refs.length, 0) - untraced.length} ref(s) traced, ${untraced.length} not`
  })

  return {
    release_window_id: typeof packet?.release_window_id === 'string' ? packet.release_window_id : '',
    packet_id: packetId,
    revision: typeof packet?.revision === 'string' ? packet.revision : '',
    seed,
    seed_source: input.seed === undefined ? 'packet-digest' : 'explicit',
    checks,
    sample,
    pass: checks.every((c) => c.ok),
    follow_ups: follow
  }
}

/** The reproducible sample: rows ranked by sha256("<seed>:<alarm_id>"), lowest first. */
export function sampleRows<R extends { alarm_id: string }>(rows: readonly R[], seed: string, size: number): { row: R; rank: string }[] {
  return rows
    .map((row) => ({ row, rank: sha256Hex(`${seed}:${row.alarm_id}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, Math.max(0, size))
}

function traceRefs(row: ClosureRow, windowId: string, evidence: readonly EvidenceRow[], policy: LoadedClosurePolicy): RefTrace[] {
  const out: RefTrace[] = []
  const refs = (row.closure_evidence_refs ?? {}) as Record<string, EvidenceRef[] | undefined>
  for (const { kind, field } of policy.data.evidence_refs) {
    for (const ref of refs[field] ?? []) {
      const candidates = evidence.filter((e) => e.evidence_id === ref.evidence_id)
      if (candidates.length === 0) {
        out.push({ field, kind, evidence_id: ref.evidence_id, status: 'missing', detail: `evidence row ${ref.evidence_id} (${kind}) is not in the evidence input` })
        continue
      }
      const diffs = candidates.map((e) => differences(e, ref, row.alarm_id, windowId, kind))
      const best = diffs.find((d) => d.length === 0) ?? diffs[0]
      out.push({
        field,
        kind,
        evidence_id: ref.evidence_id,
        status: best.length === 0 ? 'traced' : 'changed',
        detail: best.length === 0 ? 'traced' : `evidence row ${ref.evidence_id} differs from the packet in ${best.join(', ')}`
      })
    }
  }
  return out
}

function differences(e: EvidenceRow, ref: EvidenceRef, alarmId: string, windowId: string, kind: string): string[] {
  const d: string[] = []
  if (e.release_window_id !== windowId) d.push('release_window_id')
  if (e.alarm_id !== alarmId) d.push('alarm_id')
  if (e.evidence_kind !== kind) d.push('evidence_kind')
  if (e.uri.trim() !== ref.uri) d.push('uri')
  const t = parseUtc(e.recorded_utc)
  if (!t.ok || formatUtc(t.ms) !== ref.recorded_utc) d.push('recorded_utc')
  if (e.recorded_by.trim() !== ref.recorded_by) d.push('recorded_by')
  return d
}

function describeFinding(f: Finding): string {
  return `${f.code} at ${f.field || '/'}`
}

export function renderReviewText(r: ReviewResult): string {
  const out = [
    `Review of ${printable(r.packet_id)} ${printable(r.revision)} (window ${printable(r.release_window_id)}): ${r.pass ? 'PASS' : 'FAIL'}`,
    ...r.checks.map((c) => `  [${c.ok ? 'x' : ' '}] ${c.id}: ${printable(c.detail, 300)}`),
    `  sample (seed ${r.seed_source === 'explicit' ? printable(r.seed, 80) : 'packet signature_digest'}):`,
    ...r.sample.flatMap((s) => [
      `    ${printable(s.alarm_id)}: lineage ${s.lineage_complete ? 'complete' : 'INCOMPLETE'}`,
      ...s.refs.map((ref) => `      ${ref.field} ${printable(ref.evidence_id)}: ${ref.status}${ref.status === 'traced' ? '' : ` (${printable(ref.detail, 200)})`}`)
    ])
  ]
  if (r.follow_ups.length > 0) out.push('  follow-up actions:', ...r.follow_ups.map((f) => `    - ${f.code} ${printable(f.subject)}: ${printable(f.action, 300)}`))
  return `${out.join('\n')}\n`
}

export function renderReviewMarkdown(r: ReviewResult): string {
  const out = [
    `#### Review of ${mdText(r.packet_id)} ${mdText(r.revision)}: ${r.pass ? 'PASS' : 'FAIL'}`,
    '',
    ...r.checks.map((c) => `- [${c.ok ? 'x' : ' '}] ${c.id}: ${mdText(c.detail)}`),
    '',
    '| sampled alarm | lineage | refs traced |',
    '|---|---|---|',
    ...r.sample.map((s) => `| ${mdText(s.alarm_id)} | ${s.lineage_complete ? 'complete' : 'incomplete'} | ${s.refs.filter((x) => x.status === 'traced').length}/${s.refs.length} |`)
  ]
  if (r.follow_ups.length > 0) out.push('', '**Follow-up actions**', '', ...r.follow_ups.map((f) => `- ${f.code} ${mdText(f.subject)}: ${mdText(f.action)}`))
  return `${out.join('\n')}\n`
}
