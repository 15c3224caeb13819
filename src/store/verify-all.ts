import { sortDefects } from '../findings/defect.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import { repoFacts } from './history.js'
import { verifyFamilies, type VerifyResult } from './verify.js'

// Verify every registered packet family of the store, in one history scan (verify.ts). Each
// family's inspector loads what it trusts; the store checks layout, chains and write-once rules
// alike for all of them. The result keeps each family's own report and adds them up: a store
// verifies only when every family does.

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
  const results = await verifyFamilies({ dir: settings.workspace, repo, inspectors, window: opts.window, cache: opts.cache })
  return combine(results, opts.window)
}

function verdictOf(r: VerifyResult): FamilyVerdict {
  return { family: r.family, root: r.root, windows: r.windows.length, revisions: r.windows.reduce((n, w) => n + w.revisions.length, 0), blocking: r.blocking }
}

function combine(results: VerifyResult[], window: string | undefined): StoreVerifyResult {
  const [first] = results
  const families = results.map(verdictOf)
  if (results.length === 1 && first) return { ...first, families }
  // One window asked for: it is empty only when no family has it.
  const found = window !== undefined && results.some((r) => r.windows.length > 0)
  const defects = sortDefects(results.flatMap((r) => r.defects).filter((d) => !(found && d.defect_code === 'STORE_WINDOW_EMPTY')))
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
