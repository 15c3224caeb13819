import type { Settings } from '../settings.js'

// A step that stops before any stage runs (an input it cannot use, an input file that is not
// there) must not leave an earlier run's verdict in out-dir looking like this one's: a later step
// or an artifact would carry a decision this run never made. The ledger stage clears its own
// reports when it cannot evaluate; this covers the failures that come before it. Best effort, as
// there: the error that stopped the step is what the step reports.

/** Marks out-dir as "could not evaluate" for the stages that keep reports there (the ledger gate). */
export async function markCannotEvaluate(stages: readonly string[], outDir: string, err: unknown, now: Settings['now']): Promise<void> {
  if (!stages.includes('ledger')) return
  const { writeCannotEvaluate } = await import('../ledger/reports.js')
  await writeCannotEvaluate(outDir, err, now)
}
