import { KeyIndex } from './keys.js'

const NONE = -1

/**
 * Ledger row indexes grouped by key, rows in the order added.
 *
 * A group is numbered like the alarm key it joins (KeyIndex), so the evaluation takes an alarm's
 * rows by number; keys that no alarm row has (orphans) are numbered after them. Each row only
 * links to the previous row of its group, in one Int32Array, and a group becomes an array just
 * when it is taken: a Map of arrays cost about a hundred bytes per key at 100,000 keys, all of it
 * kept alive (and copied by the garbage collector) until the fold.
 */
export class RowGroups {
  readonly #alarmKeys: KeyIndex
  /** keys with ledger rows but no alarm row, numbered from #alarmKeys.size */
  readonly #others = new KeyIndex()
  /** group -> the last row added to it, or NONE */
  #last: Int32Array
  /** alarm key -> 1 once its alarm has taken its rows */
  readonly #taken: Uint8Array
  /** row -> the row added before it to the same group, NONE for a group's first row */
  readonly #previous: Int32Array

  /** rows: how many rows (0 .. rows - 1) may be added; alarmKeys: the alarm keys, not changed here */
  constructor(rows: number, alarmKeys: KeyIndex) {
    this.#alarmKeys = alarmKeys
    this.#previous = new Int32Array(rows)
    this.#last = new Int32Array(alarmKeys.size + 16).fill(NONE)
    this.#taken = new Uint8Array(alarmKeys.size)
  }

  /** The key's group number, made when the key has none yet. */
  groupOf(alarmId: string, windowId: string): number {
    let g = this.#alarmKeys.get(alarmId, windowId)
    if (g === undefined) {
      const other = this.#others.get(alarmId, windowId)
      g = this.#alarmKeys.size + (other ?? this.#others.add(alarmId, windowId))
      if (g >= this.#last.length) {
        const grown = new Int32Array(this.#last.length * 2).fill(NONE)
        grown.set(this.#last)
        this.#last = grown
      }
    }
    return g
  }

  /** Adds the row to group g (groupOf), after the rows added before it. */
  addTo(g: number, row: number): void {
    this.#previous[row] = this.#last[g]
    this.#last[g] = row
  }

  /** The rows of alarm key `key` (a KeyIndex number); undefined when it has none. */
  rowsOf(key: number): number[] | undefined {
    const last = this.#last[key]
    return last === NONE ? undefined : this.#rows(last)
  }

  /** Leaves alarm key `key`'s group out of entries() from now on: its alarm has judged it. */
  markTaken(key: number): void {
    this.#taken[key] = 1
  }

  /** Every group not taken, with its key and rows. */
  *entries(): IterableIterator<[alarmId: string, windowId: string, rows: number[]]> {
    const base = this.#alarmKeys.size
    const groups = base + this.#others.size
    for (let g = 0; g < groups; g++) {
      const last = this.#last[g]
      if (last === NONE || (g < base && this.#taken[g] === 1)) continue
      const keys = g < base ? this.#alarmKeys : this.#others
      const n = g < base ? g : g - base
      yield [keys.alarmId(n), keys.windowId(n), this.#rows(last)]
    }
  }

  #rows(last: number): number[] {
    const rows: number[] = []
    for (let r = last; r !== NONE; r = this.#previous[r]) rows.push(r)
    return rows.reverse()
  }
}
