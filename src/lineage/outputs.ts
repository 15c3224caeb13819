// The lineage stage's step outputs (action.yml declares the same names).
export const LINEAGE_OUTPUTS: Record<string, string> = {
  'lineage-graph-file': 'Absolute path of lineage-graph.json, the lineage graph of the store at the commit the stage built it (lineage stage).',
  'lineage-snapshots-written': 'Number of windows whose lineage-graph snapshot was written by this run; 0 when the lineage is unchanged (lineage stage).',
  'lineage-blocking-defects': 'Number of lineage integrity defects (G1-G6) that fail the lane under the lineage policy and mode (lineage stage).'
}
