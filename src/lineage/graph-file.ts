import { readFile } from 'node:fs/promises'
import { UserError, type Problem } from '../errors.js'
import { EDGE_TYPES, NODE_TYPES, normalizeNodeId, sortGraph, type LineageEdge, type LineageGraph, type LineageNode } from './graph.js'

// A graph supplied with --graph FILE: the builder's JSON, or a snapshot (graph-rNNN.json, whose
// graph is under `graph`). Shape errors are the user's (exit 2, naming the field); ids are
// normalized before anything is compared, so `W1:R001` and `w1:r001` are one node and a
// duplicate shows up as one.

export async function readGraphFile(path: string, display = path): Promise<LineageGraph> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `${display}: cannot read the graph (${(err as NodeJS.ErrnoException).code ?? 'error'}); pass the path of a lineage graph JSON file`, cause: err })
  }
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new UserError({ code: 'INPUT_INVALID', message: `${display}: not JSON (${(err as Error).message})`, cause: err })
  }
  return parseGraph(doc, display)
}

export function parseGraph(doc: unknown, file: string): LineageGraph {
  const o = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>
  const g = (typeof o.graph === 'object' && o.graph !== null ? o.graph : o) as Record<string, unknown>
  const problems: Problem[] = []
  if (!Array.isArray(g.nodes)) problems.push({ file, field: '/nodes', message: 'is not an array', fix: 'a lineage graph has nodes and edges arrays (lineage build --json writes one)' })
  if (!Array.isArray(g.edges)) problems.push({ file, field: '/edges', message: 'is not an array' })
  const nodes: LineageNode[] = []
  const edges: LineageEdge[] = []
  ;(Array.isArray(g.nodes) ? g.nodes : []).forEach((n: unknown, i) => {
    const x = (typeof n === 'object' && n !== null ? n : {}) as Record<string, unknown>
    if (typeof x.id !== 'string' || x.id === '') problems.push({ file, field: `/nodes/${i}/id`, message: 'is not a non-empty string' })
    else if (!NODE_TYPES.includes(x.type as never)) problems.push({ file, field: `/nodes/${i}/type`, message: `must be one of ${NODE_TYPES.join(', ')}`, fix: 'the node types are the schema; a script adds none of its own' })
    else nodes.push(normalizeNode(x))
  })
  ;(Array.isArray(g.edges) ? g.edges : []).forEach((e: unknown, i) => {
    const x = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>
    if (!EDGE_TYPES.includes(x.type as never)) problems.push({ file, field: `/edges/${i}/type`, message: `must be one of ${EDGE_TYPES.join(', ')}`, fix: 'the edge types are the schema; a script adds none of its own' })
    else if (typeof x.from !== 'string' || typeof x.to !== 'string') problems.push({ file, field: `/edges/${i}`, message: 'needs string from and to' })
    else edges.push({ ...(x as unknown as LineageEdge), from: normalizeNodeId(x.from), to: normalizeNodeId(x.to), ...(typeof x.revision === 'string' ? { revision: normalizeNodeId(x.revision) } : {}) })
  })
  if (problems.length > 0) throw new UserError({ code: 'INPUT_INVALID', message: `${file}: not a lineage graph`, problems })
  return sortGraph({
    schema_version: typeof g.schema_version === 'string' ? g.schema_version : typeof o.schema_version === 'string' ? o.schema_version : '',
    store_commit: typeof g.store_commit === 'string' ? g.store_commit : '',
    source_index_sha256: typeof g.source_index_sha256 === 'string' ? g.source_index_sha256 : null,
    nodes,
    edges
  })
}

function normalizeNode(x: Record<string, unknown>): LineageNode {
  const n = { ...x, id: normalizeNodeId(x.id as string) } as Record<string, unknown>
  for (const k of ['chain', 'release_window_id', 'signer_id']) if (typeof n[k] === 'string') n[k] = normalizeNodeId(n[k])
  if (n.type === 'packet_revision' && typeof n.revision === 'string') n.revision = Number(String(n.revision).replace(/^r/i, ''))
  return n as unknown as LineageNode
}
