import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Defect } from '../findings/defect.js'
import type { LineagePolicy } from '../policy/kinds.generated.js'
import { loadPolicyFile, type LoadedPolicy } from '../policy/load.js'
import type { Settings } from '../settings.js'
import { displayPath } from '../util/paths.js'
import { ENFORCEMENT_CLASSES } from './codes.js'

// policies/lineage.yaml: the seed's rollout. report-only reports every defect and fails nothing;
// enforce fails the lane on the classes listed (the seed's sprint 2: cycle, missing policy,
// signer transition). Without the file, lineage reports only.

export type { LineagePolicy }

export async function loadLineagePolicy(settings: Settings): Promise<LoadedPolicy<LineagePolicy> | null> {
  const abs = resolve(settings.workspace, settings.policies['lineage'] ?? 'policies/lineage.yaml')
  if (!existsSync(abs)) return null
  return loadPolicyFile<LineagePolicy>('lineage', abs, displayPath(settings.workspace, abs))
}

/** The defects that fail the lane: none in observe mode or report-only, else the enforced classes' blocking ones. */
export function enforced(policy: LineagePolicy | null, mode: Settings['mode'], defects: readonly Defect[]): Defect[] {
  if (policy === null || policy.rollout !== 'enforce' || mode === 'observe') return []
  const codes = new Set<string>(policy.enforce.flatMap((c) => ENFORCEMENT_CLASSES[c] ?? []))
  return defects.filter((d) => d.severity === 'blocking' && codes.has(d.defect_code))
}
