import { windowSubgraph, type LineageGraph, type LineageNode } from './graph.js'

// One window's lineage as a Mermaid flowchart (GitHub renders Mermaid in Markdown): for the job
// summary and for the per-window README views. Labels are reduced to a safe alphabet, so nothing
// in a packet can break out of the diagram.

export function renderLineageMermaid(graph: LineageGraph, window: string): string {
  const g = windowSubgraph(graph, window)
  const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]))
  const lines = ['flowchart RL']
  for (const n of g.nodes) lines.push(`  ${ids.get(n.id)}${shape(n)}`)
  for (const e of g.edges) {
    const a = ids.get(e.from)
    const b = ids.get(e.to)
    if (a === undefined || b === undefined) continue
    lines.push(`  ${a} -->|${safe(e.type === 'hold_state_transition' ? (e.transition ?? 'hold') : e.type)}| ${b}`)
  }
  return `${lines.join('\n')}\n`
}

function shape(n: LineageNode): string {
  switch (n.type) {
    case 'packet_revision':
      return `["${safe(`${n.family} ${n.series_key ?? ''} r${String(n.revision).padStart(3, '0')}${n.is_latest ? ' latest' : ''}`)}"]`
    case 'release_window':
      return `[["${safe(`window ${n.release_window_id}`)}"]]`
    case 'policy_version':
      return `{{"${safe(`${n.kind} ${n.sha256.slice(0, 8)}`)}"}}`
    case 'signer_identity':
      return `(["${safe(n.signer_id)}"])`
    case 'legal_hold_state':
      return `>"${safe(`hold ${n.hold_id} ${n.state}`)}"]`
  }
}

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._-]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80)
}
