import { mdCell, mdText } from '../report/escape.js'
import { field, mdDigest, mdFileLinks, mdTable, parseObject, viewNotice } from '../report/markdown.js'
import type { ViewInput, ViewRenderers, ViewRevision } from '../store/view.js'

// The page GitHub shows under retention-holds/{window}/: whether the window is held, one line per
// hold (its latest record: placed or released, why, who answers for it), and each hold's chain of
// records with links to their files. Rendered only from the hold records' own bytes (view version
// 1; a change to this rendering is a new version, see src/store/view.ts).

interface Hold {
  id: string
  records: ViewRevision[]
}

function holdsOf(input: ViewInput): Hold[] {
  const holds = new Map<string, Hold>()
  for (const r of input.revisions) {
    const id = r.key ?? ''
    let h = holds.get(id)
    if (!h) holds.set(id, (h = { id, records: [] }))
    h.records.push(r)
  }
  return [...holds.values()]
}

/** A hold is released once its latest record says so; an unreadable latest record keeps it held. */
function released(h: Hold): boolean {
  const latest = h.records[h.records.length - 1]
  return field(parseObject(latest.packet), 'action') === 'release'
}

function renderV1(input: ViewInput): string {
  const out: string[] = [`# Legal holds: ${mdText(input.window)}`, '', viewNotice('hold records'), '']
  const holds = holdsOf(input)
  const active = holds.filter((h) => !released(h)).length
  const status =
    holds.length === 0
      ? 'no hold is recorded in this folder'
      : active > 0
        ? `**held**: ${active} of ${holds.length} holds active; the window's evidence may not be purged`
        : `**not held**: all ${holds.length} holds are released`
  out.push(`Status: ${status}`, '')
  if (holds.length === 0) return out.join('\n')
  out.push('## Holds', '', 'Each hold as its latest record states it.', '')
  out.push(mdTable(['hold', 'state', 'reason', 'owner', 'case', 'placed at', 'released at', 'latest record'], holds.map(summaryRow)), '')
  for (const h of holds) {
    out.push(`## Hold ${mdText(h.id)}`, '', 'Newest first. A release names the signature digest of the record it supersedes.', '')
    out.push(mdTable(['revision', 'action', 'signed at', 'signer', 'supersedes', 'signature digest', 'files'], [...h.records].reverse().map(recordRow)), '')
  }
  return out.join('\n')
}

function summaryRow(h: Hold): string[] {
  const latest = h.records[h.records.length - 1]
  const doc = parseObject(latest.packet)
  if (doc === null) return [mdText(h.id), 'unreadable', '', '', '', '', '', mdFileLinks(latest.files)]
  const isRelease = field(doc, 'action') === 'release'
  return [
    mdText(h.id),
    isRelease ? 'released' : field(doc, 'action') === 'place' ? '**active**' : mdCell(field(doc, 'action')),
    mdCell(field(doc, 'reason')),
    mdCell(field(doc, 'owner')),
    mdCell(field(doc, 'case_id')),
    mdCell(field(doc, 'placed_at_utc')),
    isRelease ? mdCell(field(doc, 'signer', 'signed_at_utc')) : '',
    `${mdText(latest.label)}: ${mdFileLinks(latest.files)}`
  ]
}

function recordRow(r: ViewRevision): string[] {
  const doc = parseObject(r.packet)
  if (doc === null) return [mdText(r.label), 'unreadable', '', '', '', '', mdFileLinks(r.files)]
  const sup = field(doc, 'supersedes', 'revision')
  return [
    mdText(r.label),
    mdCell(field(doc, 'action')),
    mdCell(field(doc, 'signer', 'signed_at_utc')),
    `${mdCell(field(doc, 'signer', 'signer_id'))} (role ${mdCell(field(doc, 'signer', 'role'))})`,
    sup === '' ? '' : `${mdCell(sup)} ${mdDigest(field(doc, 'supersedes', 'signature_digest'))}`,
    mdDigest(field(doc, 'signature_digest')),
    mdFileLinks(r.files)
  ]
}

export const HOLD_VIEWS: ViewRenderers = { version: 1, renderers: { 1: renderV1 } }
