import type { Defect } from '../findings/defect.js'
import type { SignerBlock } from '../signing/signer.js'
import { canonicalSha256 } from '../util/hash.js'
import { formatRevision } from '../util/revision.js'
import { graphSha256, type LineageGraph } from './graph.js'

// One window's signed snapshot: the window's part of the graph with where it was built (the store
// commit and the sha256 of the retention index it sat on), hash-chained to the window's previous
// snapshot like every store family. Pure: building, sealing and checking the document.

export interface Snapshot {
  schema_version: string
  packet_id: string
  release_window_id: string
  revision: string
  supersedes: { revision: string; signature_digest: string } | null
  /** the commit the graph was built at (the parent of the commit that publishes it) */
  store_commit: string
  source_index_sha256: string | null
  /** sha256 of the canonical {nodes, edges}: what verify compares with a rebuild */
  graph_sha256: string
  graph: { nodes: LineageGraph['nodes']; edges: LineageGraph['edges'] }
  validation: { blocking: number; defects: { code: string; subject: string; severity: string }[] }
  signer: SignerBlock
  /** sha256 of the RFC 8785 bytes of this document without signature_digest */
  signature_digest: string
}

export function snapshotPacketId(window: string): string {
  return `lineage-${window}`
}

/** `graphSha256`: the sub-graph's hash when the caller has it already. */
export function sealSnapshot(args: { window: string; revision: number; previous: Pick<Snapshot, 'revision' | 'signature_digest'> | null; sub: LineageGraph; defects: readonly Defect[]; signer: SignerBlock; graphSha256?: string }): Snapshot {
  const body: Omit<Snapshot, 'signature_digest'> = {
    schema_version: args.sub.schema_version,
    packet_id: snapshotPacketId(args.window),
    release_window_id: args.window,
    revision: formatRevision(args.revision),
    supersedes: args.previous ? { revision: args.previous.revision, signature_digest: args.previous.signature_digest } : null,
    store_commit: args.sub.store_commit,
    source_index_sha256: args.sub.source_index_sha256,
    graph_sha256: args.graphSha256 ?? graphSha256(args.sub),
    graph: { nodes: args.sub.nodes, edges: args.sub.edges },
    validation: { blocking: args.defects.filter((d) => d.severity === 'blocking').length, defects: args.defects.map((d) => ({ code: d.defect_code, subject: d.subject, severity: d.severity })) },
    signer: args.signer
  }
  return { ...body, signature_digest: canonicalSha256(body) }
}

export function renderValidateLog(s: Snapshot, now: string): string {
  const lines: [string, string][] = [
    ['release_window_id', s.release_window_id],
    ['revision', `${s.revision}${s.supersedes ? ` (supersedes ${s.supersedes.revision} sha256:${s.supersedes.signature_digest})` : ' (first)'}`],
    ['store_commit', s.store_commit],
    ['source_index_sha256', s.source_index_sha256 ?? 'none (no retention policy)'],
    ['graph_sha256', s.graph_sha256],
    ['nodes', String(s.graph.nodes.length)],
    ['edges', String(s.graph.edges.length)],
    ['result', s.validation.blocking === 0 ? 'PASS (G1-G6)' : `FAIL: ${s.validation.blocking} blocking`],
    ...s.validation.defects.map((d): [string, string] => ['defect', `${d.severity} ${d.code} ${d.subject}`]),
    ['signer', `${s.signer.signer_id} (key id ${s.signer.key_id})`],
    ['validated_at_utc', now]
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  return ['release-evidence lineage graph validation (informative: verify rebuilds the graph, it never reads this log)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n'
}
