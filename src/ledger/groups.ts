import { KeyMap } from './keys.js'

const TAKEN = -2

/**
 * Row indexes grouped by ledger key, rows in the order added.
 *
 * The ledger is grouped by key before its histories are folded. A Map of arrays cost about a
 * hundred bytes per key at 100,000 keys, all of it kept alive (and copied by the garbage
 * collector) until the fold; here each row only links to the previous row of its key, in one
 * Int32Array, and a group becomes an array just when it is taken.
 */
export class RowGroups {
  /** key -> the last row added under it (TAKEN once taken) */
  readonly #last = new KeyMap<number>()
  /** row -> the row added before it under the same key, -1 for a key's first row */
  readonly #previous: Int32Array

  /** rows: how many rows (0 .. rows - 1) may be added */
  constructor(rows: number) {
    this.#previous = new Int32Array(rows)
  }

  add(alarmId: string, windowId: string, row: number): void {
    this.#previous[row] = this.#last.get(alarmId, windowId) ?? -1
    this.#last.set(alarmId, windowId, row)
  }

  /** The key's rows, taken out of the groups; undefined when the key has none (left). */
  take(alarmId: string, windowId: string): number[] | undefined {
    const last = this.#last.get(alarmId, windowId)
    if (last === undefined || last === TAKEN) return undefined
    // marked rather than deleted: deleting most keys of a large Map makes it shrink and rehash
    this.#last.set(alarmId, windowId, TAKEN)
    return this.#rows(last)
  }

  /** Every key not taken, with its rows. */
  *entries(): IterableIterator<[alarmId: string, windowId: string, rows: number[]]> {
    for (const [alarmId, windowId, last] of this.#last.entries()) if (last !== TAKEN) yield [alarmId, windowId, this.#rows(last)]
  }

  #rows(last: number): number[] {
    const rows: number[] = []
    for (let r = last; r !== -1; r = this.#previous[r]) rows.push(r)
    return rows.reverse()
  }
}
