import type { PacketFamily } from '../store/family.js'
import { readmeView } from '../store/view-spec.js'

// Lineage-graph snapshots as a store family: lineage-graphs/{window}/graph-rNNN.json, its .sig and
// the validator's validate-rNNN.log, and the window's README.md with its Mermaid diagram
// (src/lineage/view.ts). The graph has its own revision counter per window; a
// revision is written only when the window's lineage changed.

export const LINEAGE_KIND = 'lineage-graph'

/** Bumped when the snapshot verifier's rules change, so cached verdicts are recomputed. */
export const LINEAGE_VERIFIER_VERSION = 'lineage-graph-verifier/1'
/** Bumped when the graph builder changes what it builds (a snapshot is checked against a rebuild). */
export const LINEAGE_BUILDER_VERSION = 'lineage-graph-builder/1'

export const LINEAGE_FAMILY: PacketFamily = {
  name: 'lineage-graph',
  root: 'lineage-graphs',
  payloadType: 'application/vnd.release-evidence.lineage-graph+json',
  names: { packet: 'graph-{rev}.json', signature: 'graph-{rev}.sig', log: 'validate-{rev}.log' },
  keyed: false,
  allowed: ['.gitkeep', 'README.md'],
  view: readmeView(async () => (await import('./view.js')).LINEAGE_VIEWS)
}
