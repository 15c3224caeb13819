import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ExitCode } from '../errors.js'
import { defectsToCsv, sortDefects } from '../findings/defect.js'
import type { StageContext, StageResult } from '../lesson.js'
import { mdCode } from '../report/escape.js'
import type { StageOutcome, StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import { windowsOf, type LineageGraph, type WindowNode } from './graph.js'
import { renderLineageMermaid } from './mermaid.js'
import { enforced, loadLineagePolicy } from './policy.js'
import { buildAt } from './run.js'
import { buildSnapshots } from './snapshot-write.js'
import { validateGraph } from './validate.js'

// The Action's lineage stage (after retention and strategy): build the graph, validate it
// (G1-G6), commit the changed windows' snapshots when a signing key is set, publish the graph and
// its defects as files, and show the touched windows' Mermaid diagrams in the job summary. The
// rollout is the lineage policy's: report-only never fails; enforce fails on its classes.

export const GRAPH_JSON = 'lineage-graph.json'
export const DEFECTS_CSV = 'lineage-defects.csv'
export const DIAGRAMS_MD = 'lineage-diagrams.md'
const MAX_DIAGRAMS = 3

export async function runLineageStage(settings: Settings, ctx: StageContext): Promise<StageResult> {
  const policy = await loadLineagePolicy(settings)
  const canSign = Boolean(settings.signing?.key || settings.signing?.keyFile)
  let graph: LineageGraph
  let written: string[] = []
  let commit: string | null = null
  if (canSign) {
    const r = await buildSnapshots(settings, { input: settings.signing?.key?.reveal(), env: {} })
    graph = r.graph
    written = r.windows.filter((w) => w.action === 'written').map((w) => w.release_window_id)
    commit = r.written
  } else {
    graph = (await buildAt(settings)).graph
    ctx.log.warning('Lineage: no signing key, so the graph is built and checked but no snapshot is committed')
  }
  const defects = sortDefects(validateGraph(graph))
  const failing = enforced(policy?.data ?? null, settings.mode, defects)
  const failingSet = new Set(failing)
  await mkdir(settings.outDir, { recursive: true })
  const files = [join(settings.outDir, GRAPH_JSON), join(settings.outDir, DEFECTS_CSV), join(settings.outDir, DIAGRAMS_MD)]
  const shown = written.length > 0 ? written : lastWindow(graph)
  const diagrams = shown.slice(0, MAX_DIAGRAMS).map((w) => `### ${w}\n\n\`\`\`mermaid\n${renderLineageMermaid(graph, w)}\`\`\`\n`)
  await writeFile(files[0], `${JSON.stringify(graph, null, 2)}\n`)
  await writeFile(files[1], defectsToCsv(defects, 'subject'))
  await writeFile(files[2], diagrams.join('\n'))
  const rollout = policy === null ? 'report-only (no lineage policy)' : policy.data.rollout
  const verdict = failing.length > 0 ? '⛔ FAILED' : defects.some((d) => d.severity === 'blocking') ? '⚠️ DEFECTS (not enforced)' : '✅ PASS'
  const summaryHead =
    `## Lineage graph: ${verdict}\n\n` +
    `Graph at ${mdCode(graph.store_commit)}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${windowsOf(graph).length} windows; ` +
    `${written.length} snapshot(s) written${commit ? ` in ${mdCode(commit)}` : ''}; rollout ${rollout}, mode ${settings.mode}.\n\n` +
    (diagrams.length > 0 ? `${diagrams.join('\n')}\n` : '')
  const report: StageReport = { stage: 'lineage', subjectColumn: 'subject', defects, blocks: (d) => failingSet.has(d), summaryHead, summaryTail: '', files, defectsFile: files[1] }
  const outcome: StageOutcome = failing.length > 0 ? { exitCode: ExitCode.PolicyFailure, failure: `Lineage check failed: ${failing.length} enforced defect${failing.length === 1 ? '' : 's'}; see the job summary.` } : { exitCode: ExitCode.Pass }
  ctx.log.info(`Lineage: ${graph.nodes.length} nodes, ${written.length} snapshot(s) written, ${defects.length} defect(s), ${failing.length} failing`)
  return { report, outputs: { 'lineage-graph-file': files[0], 'lineage-snapshots-written': String(written.length), 'lineage-blocking-defects': String(failing.length) }, outcome }
}

function lastWindow(g: LineageGraph): string[] {
  const w = g.nodes.filter((n): n is WindowNode => n.type === 'release_window').sort((a, b) => (a.first_signed_utc < b.first_signed_utc ? -1 : a.first_signed_utc > b.first_signed_utc ? 1 : a.release_window_id < b.release_window_id ? -1 : 1))
  return w.length > 0 ? [w[w.length - 1].release_window_id] : []
}
