// One row per workload of the table in docs/benchmarks.md: a benchmark records the workload, its
// floor (measured in the same run) and the ratio; bench/run.mjs collects the rows of every
// benchmark it started (through the file named by $BENCH_RESULTS, one JSON row a line) and prints
// the table. A benchmark run alone just prints its own lines.
import { appendFileSync } from 'node:fs'

/**
 * @param {{ id: string, workload: string, floor: string, floorMs?: number, ms?: number, ratio?: number,
 *   target?: number, unit?: 'ms' | 'MB', value?: number, limit?: number, note?: string }} row
 *   unit 'ms' with `limit`: a time budget (ms under limit), shown beside the ratio to the floor
 */
export function record(row) {
  const file = process.env.BENCH_RESULTS
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`)
}
