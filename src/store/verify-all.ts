import { sortDefects } from '../findings/defect.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import { applyTrust, type TrustSummary } from '../trust/verify.js'
import { repoFacts } from './history.js'
import { verifyStore, type VerifyResult } from './verify.js'

// Verify every registered packet family of the store. Each family's inspector loads what it
// trusts; the store checks layout, chains and write-once rules alike for all of them. The result
// keeps each family's own report and adds them up: a store verifies only when every family does.

/** One family's share of the verdict. */
export interface FamilyVerdict {
  family: string
  root: string
  windows: number
  revisions: number
  blocking: number
}

export interface StoreVerifyResult extends VerifyResult {
  /** one line per registered family, in registry order */
  families: FamilyVerdict[]
  /** which keyring verify trusted: the pinned trust root, or the working tree (TRUST_ROOT_UNPINNED) */
  trust?: TrustSummary
}

export interface VerifyAllOptions {
  /** normalized window id: only that window, in every family */
  window?: string
  cache?: boolean
}

export async function verifyRegistered(settings: Settings, families: readonly FamilySpec[], opts: VerifyAllOptions): Promise<StoreVerifyResult> {
  // Not a repository is reported before a missing keyring: it is the more basic mistake.
  const repo = await repoFacts(settings.workspace)
  const inspectors = await Promise.all(families.map((f) => f.inspector(settings)))
  const results: VerifyResult[] = []
  for (const [i, inspector] of inspectors.entries()) results.push(await verifyStore({ dir: settings.workspace, repo, inspector, window: families[i].windowless ? undefined : opts.window, cache: opts.cache }))
  return applyTrust(settings, combine(results))
}

function verdictOf(r: VerifyResult): FamilyVerdict {
  return { family: r.family, root: r.root, windows: r.windows.length, revisions: r.windows.reduce((n, w) => n + w.revisions.length, 0), blocking: r.blocking }
}

function combine(results: VerifyResult[]): StoreVerifyResult {
  const [first] = results
  const families = results.map(verdictOf)
  if (results.length === 1 && first) return { ...first, families }
  const defects = sortDefects(results.flatMap((r) => r.defects))
  return {
    family: results.map((r) => r.family).join(','),
    root: results.map((r) => r.root).join(','),
    head: first?.head ?? '',
    headOid: first?.headOid ?? null,
    windows: results.flatMap((r) => r.windows),
    defects,
    blocking: defects.filter((d) => d.severity === 'blocking').length,
    stats: {
      commits_scanned: Math.max(0, ...results.map((r) => r.stats.commits_scanned)),
      packets: results.reduce((n, r) => n + r.stats.packets, 0),
      packets_inspected: results.reduce((n, r) => n + r.stats.packets_inspected, 0),
      cache: first?.stats.cache ?? 'off'
    },
    families
  }
}
