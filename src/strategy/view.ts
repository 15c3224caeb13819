import { createHash } from 'node:crypto'
import { mdCell, mdText } from '../report/escape.js'
import { field, list, mdDigest, mdFields, mdFileLinks, mdTable, parseObject, viewNotice } from '../report/markdown.js'
import type { ViewInput, ViewRenderers, ViewRevision } from '../store/view.js'
import { STRATEGY_FAMILY_NAMES } from './family-names.js'

// The page GitHub shows under strategy-approval/{window}/, shared by the four families that keep
// their files there (family.ts): per exception cluster, the latest packet's summary, the decisions
// signed on it, its outcome reviews and divergence records, and the chain of packet revisions,
// each with links to its files. Rendered from the documents' own bytes only: whether the decisions
// make a revision approved under the policy is for `strategy status` and verify to say, so the
// page lists the decisions and does not judge them (view version 1; see src/store/view.ts).

function renderV1(input: ViewInput): string {
  const out: string[] = [`# Strategy approval: ${mdText(input.window)}`, '', viewNotice('strategy-approval packets, decisions, outcome reviews and divergence records'), '']
  const related = (name: string) => input.related?.find((r) => r.family === name)?.revisions ?? []
  const decisions = related(STRATEGY_FAMILY_NAMES.signoff)
  const outcomes = related(STRATEGY_FAMILY_NAMES.outcome)
  const divergences = related(STRATEGY_FAMILY_NAMES.divergence)
  const clusters = [...new Set(input.revisions.map((r) => r.key ?? ''))]
  if (clusters.length === 0) return [...out, 'No strategy-approval packet is published in this folder.', ''].join('\n')
  for (const cluster of clusters) {
    const chain = input.revisions.filter((r) => (r.key ?? '') === cluster)
    const latest = chain[chain.length - 1]
    const doc = parseObject(latest.packet)
    // a decision's series is {cluster}-rNNN-{signer}; a review's and a divergence's {cluster}-rNNN
    const about = (r: ViewRevision, rev: string) => r.key === `${cluster}-${rev}` || (r.key ?? '').startsWith(`${cluster}-${rev}-`)
    out.push(`## Cluster ${mdText(cluster)}: latest revision ${mdText(latest.label)}`, '')
    if (doc === null) out.push(`${mdText(latest.files.packet)} is not a readable JSON object.`, '')
    else out.push(mdFields(summary(doc, latest, decisions.filter((d) => about(d, latest.label)))), '')
    out.push(`### Decisions signed on ${mdText(latest.label)}`, '')
    const mine = decisions.filter((d) => about(d, latest.label))
    out.push(mine.length === 0 ? 'None yet.' : mdTable(['signer', 'class', 'decision', 'recommendation', 'signed at', 'files'], mine.map(decisionRow)), '')
    const reviews = outcomes.filter((o) => chain.some((c) => about(o, c.label)))
    const raised = divergences.filter((d) => chain.some((c) => about(d, c.label)))
    if (reviews.length + raised.length > 0) {
      out.push('### Outcome', '')
      if (reviews.length > 0) out.push(mdTable(['review', 'of revision', 'status', 'convergence (h)', 'regression events', 'reviewed at', 'files'], reviews.map(reviewRow)), '')
      if (raised.length > 0) out.push(mdTable(['divergence', 'of revision', 'triggers', 'required policy update', 'raised at', 'files'], raised.map(divergenceRow)), '')
    }
    out.push(`### Revisions of ${mdText(cluster)}`, '', 'Newest first. Each revision names the sha256 of the packet it supersedes.', '')
    out.push(mdTable(['revision', 'signed at', 'signer', 'lane', 'supersedes', 'packet sha256', 'files'], [...chain].reverse().map(chainRow)), '')
  }
  return out.join('\n')
}

function summary(doc: Record<string, unknown>, r: ViewRevision, decisions: readonly ViewRevision[]): [string, string][] {
  const roster = list(doc, 'signer_roster')
  const required = roster.filter((e) => typeof e === 'object' && e !== null && (e as Record<string, unknown>).required === true).length
  const sup = field(doc, 'supersedes', 'revision')
  return [
    ['Decisions', `${decisions.length} signed on this revision (${counts(decisions)}); the roster names ${roster.length} signer(s), ${required} required`],
    ['Packet', mdCell(field(doc, 'strategy_packet_id'))],
    ['Lane', `${mdCell(field(doc, 'selected_lane_id'))} / ${mdCell(field(doc, 'selected_mitigation_option_id'))}`],
    ['Confidence', `${mdCell(field(doc, 'confidence_class'))}, risk ${mdCell(field(doc, 'risk_overlay'))}, tier ${mdCell(field(doc, 'coverage_tier'))}, fallback ${mdCell(field(doc, 'fallback_label'))}`],
    ['Signer', signer(doc)],
    ['Signed at', mdCell(field(doc, 'signer', 'signed_at_utc'))],
    ['Policy', `sha256 ${mdDigest(field(doc, 'policy_sha256'))}`],
    ['Supersedes', sup === '' ? 'nothing (first revision)' : `${mdCell(sup)} (packet sha256 ${mdDigest(field(doc, 'supersedes', 'packet_sha256'))})`],
    ['Packet sha256', mdDigest(sha256(r.packet))],
    ['Files', mdFileLinks(r.files)]
  ]
}

function counts(decisions: readonly ViewRevision[]): string {
  const by = new Map<string, number>()
  for (const d of decisions) {
    const what = field(parseObject(d.packet), 'decision') || 'unreadable'
    by.set(what, (by.get(what) ?? 0) + 1)
  }
  return by.size === 0 ? 'none' : [...by].sort().map(([k, n]) => `${mdCell(k)} ${n}`).join(', ')
}

function signer(doc: unknown): string {
  const id = field(doc, 'signer', 'signer_id')
  if (id === '') return ''
  return `${mdCell(id)} (role ${mdCell(field(doc, 'signer', 'role'))}, key ${mdDigest(field(doc, 'signer', 'key_id'))})`
}

function decisionRow(r: ViewRevision): string[] {
  const d = parseObject(r.packet)
  return [mdCell(field(d, 'signer', 'signer_id')), mdCell(field(d, 'signer_class')), mdCell(field(d, 'decision')), mdCell(field(d, 'recommendation')), mdCell(field(d, 'signer', 'signed_at_utc')), mdFileLinks(r.files)]
}

function reviewRow(r: ViewRevision): string[] {
  const d = parseObject(r.packet)
  return [mdText(r.label), mdCell(field(d, 'packet_revision')), mdCell(field(d, 'actual_outcome_status')), mdCell(field(d, 'actual_convergence_hours')), String(list(d, 'observed_regression_events').length), mdCell(field(d, 'outcome_review_timestamp_utc')), mdFileLinks(r.files)]
}

function divergenceRow(r: ViewRevision): string[] {
  const d = parseObject(r.packet)
  const triggers = list(d, 'triggers').map((t) => mdCell(field(t, 'trigger'))).join(', ')
  return [mdCell(field(d, 'strategy_divergence_incident_id')), mdCell(field(d, 'affected_revision')), triggers, mdCell(field(d, 'required_policy_update_action'), 200), mdCell(field(d, 'raised_at_utc')), mdFileLinks(r.files)]
}

function chainRow(r: ViewRevision): string[] {
  const d = parseObject(r.packet)
  const sup = field(d, 'supersedes', 'revision')
  return [mdText(r.label), mdCell(field(d, 'signer', 'signed_at_utc')), mdCell(field(d, 'signer', 'signer_id')), mdCell(field(d, 'selected_lane_id')), sup === '' ? 'first' : `${mdCell(sup)} ${mdDigest(field(d, 'supersedes', 'packet_sha256'))}`, mdDigest(sha256(r.packet)), mdFileLinks(r.files)]
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export const STRATEGY_VIEWS: ViewRenderers = { version: 1, renderers: { 1: renderV1 } }
