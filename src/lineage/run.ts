import { resolve } from 'node:path'
import type { Defect } from '../findings/defect.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import { canonicalSha256 } from '../util/hash.js'
import { displayPath } from '../util/paths.js'
import { repoFacts } from '../store/history.js'
import { buildGraph } from './build.js'
import { SOURCE_FAMILIES } from './families.js'
import { readGraphFile } from './graph-file.js'
import type { LineageGraph } from './graph.js'
import { graphFingerprint, readCachedGraph, writeCachedGraph } from './graph-cache.js'
import { readSources, resolveAt, retentionPolicyPresent } from './sources.js'
import { validateGraph } from './validate.js'

// Building the graph at a commit (with the hash of the retention index it sits on) and checking
// it, or checking a supplied graph. What the CLI commands and the stage call.

export interface Built {
  graph: LineageGraph
  /** the commit the graph describes, and HEAD */
  commit: string
  head: string
  top: string
}

export async function buildAt(settings: Settings, at?: string, opts: { index?: boolean; cache?: boolean } = {}): Promise<Built> {
  const { top, head, commit } = await resolveAt(settings, at)
  const index = opts.index !== false
  const inspectors = await Promise.all(SOURCE_FAMILIES.map((f) => f.inspector(settings)))
  const { stateDir } = await repoFacts(settings.workspace)
  const fingerprint = graphFingerprint(settings, inspectors, index)
  // a warm query reads the graph it built before at this exact commit and fingerprint (graph-cache.ts)
  const cached = opts.cache === false ? null : await readCachedGraph(stateDir, commit, fingerprint, index, settings.now)
  if (cached) return { graph: cached, commit, head, top }
  const sourceIndexSha256 = index ? await retentionIndexSha256(settings, commit) : null
  const graph = buildGraph(await readSources({ settings, commit, sourceIndexSha256, inspectors }))
  if (opts.cache !== false) await writeCachedGraph(stateDir, fingerprint, index, settings.now, graph)
  return { graph, commit, head, top }
}

/**
 * The sha256 of the retention index (lesson 115) at the commit, over what does not depend on the
 * moment it is derived (last_verified_utc and purge_eligible do): the same store gives the same
 * hash whenever it is built. Null when the store has no retention policy.
 */
export async function retentionIndexSha256(settings: Settings, commit: string): Promise<string | null> {
  if (!retentionPolicyPresent(settings)) return null
  const { deriveIndex } = await import('../retention/index-cache.js')
  const families: FamilySpec[] = SOURCE_FAMILIES.map((f) => ({ family: f.family, inspector: (settings: Settings) => f.inspector(settings), optional: true }))
  const index = await deriveIndex({ settings, families, at: commit })
  const rows = index.rows.map(({ last_verified_utc: _l, purge_eligible: _p, ...stable }) => stable)
  return canonicalSha256({ commit: index.commit, policy_sha256: index.policy_sha256, rows, holds: index.holds })
}

export interface CheckResult {
  graph: LineageGraph
  /** the supplied graph file, or null when built from the store */
  file: string | null
  commit: string | null
  defects: Defect[]
  blocking: number
}

export async function runCheck(settings: Settings, opts: { graph?: string; at?: string }): Promise<CheckResult> {
  if (opts.graph !== undefined) {
    const abs = resolve(settings.workspace, opts.graph)
    const file = displayPath(settings.workspace, abs)
    const graph = await readGraphFile(abs, file)
    const defects = validateGraph(graph, file)
    return { graph, file, commit: graph.store_commit || null, defects, blocking: defects.filter((d) => d.severity === 'blocking').length }
  }
  const built = await buildAt(settings, opts.at)
  const defects = validateGraph(built.graph)
  return { graph: built.graph, file: null, commit: built.commit, defects, blocking: defects.filter((d) => d.severity === 'blocking').length }
}
