import type { Settings } from '../settings.js'
import { verifyFamilies } from '../store/verify.js'
import { windowsOf } from './graph.js'
import { renderLineageMermaid } from './mermaid.js'
import { buildSnapshots } from './snapshot-write.js'
import { lineageInspector } from './snapshot-verify.js'
import { traceChain } from './query.js'
import { validateGraph } from './validate.js'

// The lineage step of `release-evidence demo` (called from src/closure/demo.ts): build the graph of
// the demo store, commit its snapshots with the demo key, trace one chain, show one window's
// diagram, and rebuild the snapshots as verify does. Returns whether it ran as designed.

export async function lineageDemo(settings: Settings, say: (text: string) => void): Promise<boolean> {
  say('== Lineage graph (lesson 116): built from git history, checked, snapshotted ==')
  const built = await buildSnapshots(settings, { env: {} })
  const defects = validateGraph(built.graph).filter((d) => d.severity === 'blocking')
  say(`  ${built.graph.nodes.length} nodes, ${built.graph.edges.length} edges; G1-G6: ${defects.length === 0 ? 'pass' : `${defects.length} blocking`}`)
  for (const w of built.windows) say(`  lineage-graphs/${w.release_window_id}/graph-${w.revision}.json ${w.action}`)
  const [first] = windowsOf(built.graph)
  if (first !== undefined) {
    for (const r of traceChain(built.graph, `closure:${first}`)) say(`  trace chain ${first}: ${r.revision} signed ${r.signed_at_utc} by ${r.signer_id}${r.is_latest ? ' (latest)' : ''}`)
    say(`\n  Mermaid diagram of ${first} (release-evidence lineage graph --window ${first} --mermaid):\n`)
    say(renderLineageMermaid(built.graph, first).replace(/^/gm, '    '))
  }
  // what verify does with each snapshot: rebuild it at the commit it names
  const [verified] = await verifyFamilies({ dir: settings.workspace, inspectors: [await lineageInspector(settings)], cache: false })
  say(`  verify rebuilds every snapshot at the commit it names: ${verified.blocking === 0 ? 'each one matches' : `${verified.blocking} blocking`}\n`)
  return defects.length === 0 && built.windows.length > 0 && verified.blocking === 0
}
