import type { Defect } from '../findings/defect.js'

// What the ledger's and the evidence file's row scans (ledger-rows.ts, evidence-rows.ts) have in
// common: they read every row without knowing which windows are evaluated, so each row keeps
// the number of its window and each row defect the row it was found on; the defects that count
// are picked once the alarms have named the evaluated windows.

/** The window part of a row scan; structured-cloneable. */
export interface RowWindows {
  /** row -> index into windowIds; -1 when the row's window id is refused */
  window: Int32Array
  /** the distinct normalized window ids, in order of first appearance */
  windowIds: string[]
  /** structurally broken rows (ROW_MALFORMED): they count whatever their window */
  broken: Defect[]
  /** the defects of readable rows, in row order, with each one's row in defectRows */
  defects: Defect[]
  defectRows: number[]
}

/** Fills a RowWindows row by row. */
export class RowWindowsBuilder {
  readonly scan: RowWindows
  readonly #numbers = new Map<string, number>()

  constructor(rows: number, broken: Defect[]) {
    this.scan = {
      window: new Int32Array(rows).fill(-1),
      windowIds: [],
      broken,
      defects: [],
      defectRows: []
    }
  }

  /** Row r's window; undefined (refused) leaves it -1. */
  setWindow(r: number, windowId: string | undefined): void {
    if (!windowId) return
    let w = this.#numbers.get(windowId)
    if (w === undefined) {
      w = this.scan.windowIds.push(windowId) - 1
      this.#numbers.set(windowId, w)
    }
    this.scan.window[r] = w
  }

  /** Tags the defects found since `before` (a length of scan.defects) with row r. */
  tagDefects(r: number, before: number): void {
    for (let i = before; i < this.scan.defects.length; i++) this.scan.defectRows.push(r)
  }
}

/** The window id of row r; '' when it was refused. */
export function windowOf(scan: RowWindows, r: number): string {
  const w = scan.window[r]
  return w < 0 ? '' : scan.windowIds[w]
}

/** Per distinct window of the scan (windowIds' order): is it evaluated? */
export function evaluatedWindows(scan: RowWindows, windows: Set<string>): boolean[] {
  return scan.windowIds.map((w) => windows.has(w))
}

/**
 * The defects that count: every broken row, and the defects of rows of an evaluated window or
 * whose window id was refused (nobody can tell which window such a row was meant for).
 */
export function countingDefects(scan: RowWindows, evaluated: readonly boolean[]): Defect[] {
  const out = scan.broken.slice()
  for (let i = 0; i < scan.defects.length; i++) {
    const w = scan.window[scan.defectRows[i]]
    if (w < 0 || evaluated[w]) out.push(scan.defects[i])
  }
  return out
}
