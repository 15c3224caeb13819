import { mdCell, mdText } from '../report/escape.js'
import { field, list, mdDigest, mdFields, mdFileLinks, mdTable, parseObject, viewNotice } from '../report/markdown.js'
import type { ViewInput, ViewRenderers, ViewRevision } from '../store/view.js'
import { GRAPH_SCHEMA, type LineageGraph } from './graph.js'
import { renderLineageMermaid } from './mermaid.js'

// The page GitHub shows under lineage-graphs/{window}/: the latest snapshot's summary (where it was
// built, what the validator found), the window's graph as a Mermaid diagram (GitHub renders it),
// its defects, and the chain of snapshots with links. Rendered from the snapshots' own bytes
// (view version 1; see src/store/view.ts): verify rebuilds each snapshot from history and this
// page from the snapshots, so the diagram can never show an edge history does not have.

function renderV1(input: ViewInput): string {
  const out: string[] = [`# Lineage graph: ${mdText(input.window)}`, '', viewNotice('lineage-graph snapshots'), '']
  const revisions = input.revisions
  const latest = revisions[revisions.length - 1]
  if (!latest) return [...out, 'No snapshot is published in this folder.', ''].join('\n')
  const doc = parseObject(latest.packet)
  out.push(`## Latest snapshot: ${mdText(latest.label)}`, '')
  if (doc === null) out.push(`${mdText(latest.files.packet)} is not a readable JSON object.`, '')
  else {
    out.push(mdFields(summary(doc, latest)), '', '### Diagram', '', ...diagram(doc, input.window), '')
    const defects = list(doc, 'validation', 'defects')
    out.push('### Defects found by the validator (G1-G6)', '')
    out.push(defects.length === 0 ? 'None.' : mdTable(['severity', 'code', 'subject'], defects.map((d) => [mdCell(field(d, 'severity')), mdCell(field(d, 'code')), mdCell(field(d, 'subject'))])), '')
  }
  out.push('## Snapshots', '', 'Newest first. A snapshot is written when the window\'s lineage changed; each names the signature digest of the one it supersedes.', '')
  out.push(mdTable(['revision', 'store commit', 'nodes', 'edges', 'validation', 'supersedes', 'signature digest', 'files'], [...revisions].reverse().map(chainRow)), '')
  return out.join('\n')
}

function validation(doc: unknown): string {
  const blocking = field(doc, 'validation', 'blocking')
  if (blocking === '') return 'unknown: the snapshot records no validation'
  return blocking === '0' ? '**pass** (G1-G6, no blocking defect)' : `**fail**: ${mdCell(blocking)} blocking defect(s)`
}

function summary(doc: Record<string, unknown>, r: ViewRevision): [string, string][] {
  const sup = field(doc, 'supersedes', 'revision')
  return [
    ['Validation', validation(doc)],
    ['Snapshot', mdCell(field(doc, 'packet_id'))],
    ['Store commit', mdCell(field(doc, 'store_commit'))],
    ['Graph', `${list(doc, 'graph', 'nodes').length} nodes, ${list(doc, 'graph', 'edges').length} edges (sha256 ${mdDigest(field(doc, 'graph_sha256'))})`],
    ['Retention index', field(doc, 'source_index_sha256') === '' ? 'none (no retention policy)' : `sha256 ${mdDigest(field(doc, 'source_index_sha256'))}`],
    ['Schema', mdCell(field(doc, 'schema_version'))],
    ['Signer', `${mdCell(field(doc, 'signer', 'signer_id'))} (key ${mdDigest(field(doc, 'signer', 'key_id'))})`],
    ['Signed at', mdCell(field(doc, 'signer', 'signed_at_utc'))],
    ['Supersedes', sup === '' ? 'nothing (first snapshot)' : `${mdCell(sup)} (signature digest ${mdDigest(field(doc, 'supersedes', 'signature_digest'))})`],
    ['Signature digest', mdDigest(field(doc, 'signature_digest'))],
    ['Files', mdFileLinks(r.files)]
  ]
}

/** The Mermaid block; a graph someone damaged renders as a sentence saying so, never as a throw. */
function diagram(doc: Record<string, unknown>, window: string): string[] {
  try {
    const graph: LineageGraph = {
      schema_version: field(doc, 'schema_version') || GRAPH_SCHEMA,
      store_commit: field(doc, 'store_commit'),
      source_index_sha256: null,
      nodes: list(doc, 'graph', 'nodes') as LineageGraph['nodes'],
      edges: list(doc, 'graph', 'edges') as LineageGraph['edges']
    }
    return ['```mermaid', renderLineageMermaid(graph, window).trimEnd(), '```']
  } catch {
    return ['The snapshot\'s graph is not one this release can draw.']
  }
}

function chainRow(r: ViewRevision): string[] {
  const d = parseObject(r.packet)
  const sup = field(d, 'supersedes', 'revision')
  return [
    mdText(r.label),
    mdDigest(field(d, 'store_commit')),
    String(list(d, 'graph', 'nodes').length),
    String(list(d, 'graph', 'edges').length),
    validation(d),
    sup === '' ? 'first' : `${mdCell(sup)} ${mdDigest(field(d, 'supersedes', 'signature_digest'))}`,
    mdDigest(field(d, 'signature_digest')),
    mdFileLinks(r.files)
  ]
}

export const LINEAGE_VIEWS: ViewRenderers = { version: 1, renderers: { 1: renderV1 } }
