import { mdText } from '../report/escape.js'
import { printable } from '../util/ids.js'
import type { PacketVerification } from './sign.js'
import type { ClosurePacket, LeftOut } from './types.js'

// The reviewer-ready summary block (lesson 114 step 9): one compact block per packet for handoff
// notes and the job summary. Pure data first; the two renderings are views of it.

export type SignatureStatus = 'verified' | 'failed' | 'not checked'

export interface PacketSummary {
  packet_id: string
  release_window_id: string
  revision: string
  /** the superseded revision label, null for a first revision */
  supersedes: string | null
  exported_at_utc: string
  schema_version: number
  resolved_alarms: number
  block_alarms_resolved: number
  page_alarms_resolved: number
  /** unresolved or invalid alarms of the window that are not rows */
  unresolved_or_invalid: number
  left_out: LeftOut
  signer: { signer_id: string; role: string; key_id: string; demo: boolean }
  signature: SignatureStatus
  /** the verification code when the signature failed */
  signature_failure: string | null
  signature_digest: string
}

export function summarizePacket(packet: ClosurePacket, verification?: PacketVerification): PacketSummary {
  const block = packet.rows.filter((r) => r.alarm_class === 'block').length
  const sig = verification?.signature
  return {
    packet_id: packet.packet_id,
    release_window_id: packet.release_window_id,
    revision: packet.revision,
    supersedes: packet.supersedes?.revision ?? null,
    exported_at_utc: packet.exported_at_utc,
    schema_version: packet.schema.version,
    resolved_alarms: packet.rows.length,
    block_alarms_resolved: block,
    page_alarms_resolved: packet.rows.length - block,
    unresolved_or_invalid: packet.left_out.total,
    left_out: packet.left_out,
    signer: { signer_id: packet.signer.signer_id, role: packet.signer.role, key_id: packet.signer.key_id, demo: sig?.ok === true && sig.key.demo },
    signature: sig === undefined ? 'not checked' : sig.ok ? 'verified' : 'failed',
    signature_failure: sig !== undefined && !sig.ok ? sig.code : null,
    signature_digest: packet.signature_digest
  }
}

function leftOutDetail(l: LeftOut): string {
  return `unresolved ${l.unresolved}, invalid ack ${l.invalid_ack}, evidence unresolved ${l.evidence_unresolved}, lineage incomplete ${l.lineage_incomplete}, timestamp invalid ${l.timestamp_invalid}`
}

function signatureText(s: PacketSummary): string {
  if (s.signature === 'failed') return `FAILED (${s.signature_failure ?? 'unknown'})`
  return s.signature
}

function lines(s: PacketSummary, show: (t: string) => string): [string, string][] {
  const demo = s.signer.demo ? ' [DEMO KEY: not a trusted signer]' : ''
  return [
    ['Release window', show(s.release_window_id)],
    ['Revision', `${show(s.revision)}${s.supersedes ? ` (supersedes ${show(s.supersedes)})` : ' (first)'}`],
    ['Resolved alarms', `${s.resolved_alarms} (block ${s.block_alarms_resolved}, page ${s.page_alarms_resolved})`],
    ['Unresolved/invalid rows', `${s.unresolved_or_invalid} (${leftOutDetail(s.left_out)})`],
    ['Signer', `${show(s.signer.signer_id)} (role ${show(s.signer.role)}, key ${show(s.signer.key_id.slice(0, 16))})${demo}`],
    ['Signature', show(signatureText(s))],
    ['Signature digest', show(s.signature_digest)],
    ['Exported', `${show(s.exported_at_utc)}, schema v${s.schema_version}`]
  ]
}

export function renderSummaryText(s: PacketSummary): string {
  const rows = lines(s, (t) => printable(t, 200))
  const width = Math.max(...rows.map(([k]) => k.length))
  return [`Closure packet ${printable(s.packet_id)}`, ...rows.map(([k, v]) => `  ${`${k}:`.padEnd(width + 1)} ${v}`)].join('\n') + '\n'
}

export function renderSummaryMarkdown(s: PacketSummary): string {
  const rows = lines(s, mdText)
  return [`#### Closure packet ${mdText(s.packet_id)}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n') + '\n'
}
