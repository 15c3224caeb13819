import { mdCell, mdText } from '../report/escape.js'
import { field, list, mdDigest, mdFields, mdFileLinks, mdTable, parseObject, viewNotice } from '../report/markdown.js'
import type { ViewInput, ViewRenderers, ViewRevision } from '../store/view.js'

// The page GitHub shows under closure-packets/{window}/: the latest packet's summary and status,
// the alarms it closes, and the chain of revisions with links to their files. Rendered only from
// the packets' own bytes (view version 1; a change to this rendering is a new version, see
// src/store/view.ts).

/** Rows of the latest packet shown on the page; the packet itself holds them all. */
const MAX_ROWS = 200

function renderV1(input: ViewInput): string {
  const out: string[] = [`# Closure packet: ${mdText(input.window)}`, '', viewNotice('closure packets'), '']
  const revisions = input.revisions
  const latest = revisions[revisions.length - 1]
  if (!latest) return [...out, 'No revision is published in this folder.', ''].join('\n')
  const doc = parseObject(latest.packet)
  out.push(`## Latest revision: ${mdText(latest.label)}`, '')
  if (doc === null) out.push(`${mdText(latest.files.packet)} is not a readable JSON object.`, '')
  else out.push(mdFields(summary(doc, latest)), '', ...alarms(doc, latest), '')
  out.push('## Revisions', '', 'Newest first. Each revision names the signature digest of the revision it supersedes.', '')
  out.push(
    mdTable(
      ['revision', 'signed at', 'signer', 'alarms closed', 'left out', 'supersedes', 'signature digest', 'files'],
      [...revisions].reverse().map((r) => chainRow(r))
    ),
    ''
  )
  return out.join('\n')
}

function status(doc: unknown): string {
  const leftOut = field(doc, 'left_out', 'total')
  const rows = list(doc, 'rows').length
  if (leftOut === '') return 'unknown: the packet does not count the alarms it leaves out'
  if (leftOut === '0') return `**complete**: ${rows} alarms closed with a valid acknowledgment, none left out`
  return `**incomplete**: ${mdCell(leftOut)} alarms of the window left out, ${rows} closed`
}

function summary(doc: Record<string, unknown>, r: ViewRevision): [string, string][] {
  const rows = list(doc, 'rows')
  const block = rows.filter((row) => field(row, 'alarm_class') === 'block').length
  const left = (k: string) => `${k.replace(/_/g, ' ')} ${mdCell(field(doc, 'left_out', k))}`
  const sup = field(doc, 'supersedes', 'revision')
  return [
    ['Status', status(doc)],
    ['Packet', mdCell(field(doc, 'packet_id'))],
    ['Alarms closed', `${rows.length} (block ${block}, page ${rows.length - block})`],
    ['Left out', `${mdCell(field(doc, 'left_out', 'total'))} (${['unresolved', 'invalid_ack', 'evidence_unresolved', 'lineage_incomplete', 'timestamp_invalid'].map(left).join(', ')})`],
    ['Signer', signer(doc)],
    ['Signed at', mdCell(field(doc, 'signer', 'signed_at_utc'))],
    ['Exported at', mdCell(field(doc, 'exported_at_utc'))],
    ['Schema', `v${mdCell(field(doc, 'schema', 'version'))} (policy sha256 ${mdDigest(field(doc, 'schema', 'sha256'))})`],
    ['Ledger policy', `sha256 ${mdDigest(field(doc, 'ledger_policy_sha256'))}`],
    ['Supersedes', sup === '' ? 'nothing (first revision)' : `${mdCell(sup)} (signature digest ${mdDigest(field(doc, 'supersedes', 'signature_digest'))})`],
    ['Signature digest', mdDigest(field(doc, 'signature_digest'))],
    ['Files', mdFileLinks(r.files)]
  ]
}

function signer(doc: unknown): string {
  const id = field(doc, 'signer', 'signer_id')
  if (id === '') return ''
  return `${mdCell(id)} (role ${mdCell(field(doc, 'signer', 'role'))}, key ${mdDigest(field(doc, 'signer', 'key_id'))})`
}

function alarms(doc: unknown, r: ViewRevision): string[] {
  const rows = list(doc, 'rows')
  const out = [`### Alarms closed in ${mdText(r.label)}`, '']
  if (rows.length === 0) return [...out, 'None.']
  const shown = rows.slice(0, MAX_ROWS).map((row) => [
    mdCell(field(row, 'alarm_id')),
    mdCell(field(row, 'alarm_class')),
    mdCell(field(row, 'closure_state')),
    mdCell(field(row, 'acknowledged_by')),
    mdCell(field(row, 'approver_lineage', 'ack_path')),
    mdCell(field(row, 'resolved_by')),
    mdCell(field(row, 'resolved_timestamp_utc')),
    mdCell(field(row, 'approver_lineage', 'final_approver')),
    mdCell(field(row, 'closure_evidence_id'))
  ])
  out.push(mdTable(['alarm', 'class', 'closure state', 'acknowledged by', 'ack path', 'resolved by', 'resolved at', 'final approver', 'closure evidence'], shown))
  if (rows.length > MAX_ROWS) out.push('', `… and ${rows.length - MAX_ROWS} more rows in the packet.`)
  return out
}

function chainRow(r: ViewRevision): string[] {
  const doc = parseObject(r.packet)
  if (doc === null) return [mdText(r.label), 'unreadable', '', '', '', '', '', mdFileLinks(r.files)]
  const sup = field(doc, 'supersedes', 'revision')
  return [
    mdText(r.label),
    mdCell(field(doc, 'signer', 'signed_at_utc')),
    mdCell(field(doc, 'signer', 'signer_id')),
    String(list(doc, 'rows').length),
    mdCell(field(doc, 'left_out', 'total')),
    sup === '' ? '' : `${mdCell(sup)} ${mdDigest(field(doc, 'supersedes', 'signature_digest'))}`,
    mdDigest(field(doc, 'signature_digest')),
    mdFileLinks(r.files)
  ]
}

export const CLOSURE_VIEWS: ViewRenderers = { version: 1, renderers: { 1: renderV1 } }
