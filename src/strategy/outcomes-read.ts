import { readStrategyRevisions } from './reader.js'
import type { StrategyTrust } from './trust.js'
import type { DivergenceDocument, OutcomeReview } from './types.js'

// The outcome reviews and divergence records of a window for the panel: the latest verified one
// of each packet revision (verify proves none was rewritten).

export interface RevisionOutcome {
  review: OutcomeReview
  divergence: DivergenceDocument | null
  review_path: string
  divergence_path: string | null
}

/** By packet series key (`{cluster}-rNNN`). */
export async function outcomesAt(top: string, window: string, trust: StrategyTrust, now: number): Promise<Map<string, RevisionOutcome>> {
  const read = await readStrategyRevisions(top, undefined, { window, trust, now })
  const out = new Map<string, RevisionOutcome>()
  const latest = <T>(list: { series: string; revision: number; verified: boolean | null; doc: T | null; path: string }[]) => {
    const m = new Map<string, { doc: T; path: string; revision: number }>()
    for (const x of list) {
      if (x.verified !== true || x.doc === null) continue
      const before = m.get(x.series)
      if (!before || before.revision < x.revision) m.set(x.series, { doc: x.doc, path: x.path, revision: x.revision })
    }
    return m
  }
  const divergences = latest(read.divergences)
  for (const [series, o] of latest(read.outcomes)) {
    const d = divergences.get(series)
    out.set(series, { review: o.doc, review_path: o.path, divergence: d?.doc ?? null, divergence_path: d?.path ?? null })
  }
  return out
}
