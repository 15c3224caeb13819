import type { CsvTable } from '../csv/read.js'
import type { KeyIndex } from './keys.js'
import { Alarm } from './records.js'
import type { AlarmClass } from './types.js'

/**
 * The joinable alarm rows, kept as columns of numbers and made into Alarm objects only when one
 * is read. The gate reads each alarm once to judge it (and again only for the readback or the
 * closure stage's list), while an object kept for each was about 140 bytes of the heap per alarm
 * for the whole run: 140 MB at 1,000,000 alarms. Ids come from the key index, which holds them
 * anyway; roles, few and shared, are numbered.
 */
export class AlarmList implements Iterable<Alarm> {
  #size = 0
  readonly #rows: Int32Array
  readonly #keys: Int32Array
  readonly #classes: Uint8Array
  readonly #raised: Float64Array
  readonly #primary: Int32Array
  readonly #backup: Int32Array
  readonly #roles: string[] = []
  readonly #roleNumbers = new Map<string, number>()

  /** room for one alarm per row of the table, the most it can have */
  constructor(
    readonly table: CsvTable,
    readonly keys: KeyIndex
  ) {
    const n = table.size
    this.#rows = new Int32Array(n)
    this.#keys = new Int32Array(n)
    this.#classes = new Uint8Array(n)
    this.#raised = new Float64Array(n)
    this.#primary = new Int32Array(n)
    this.#backup = new Int32Array(n)
  }

  get size(): number {
    return this.#size
  }

  push(row: number, key: number, cls: AlarmClass, raisedMs: number | undefined, primary: string, backup: string): void {
    const i = this.#size++
    this.#rows[i] = row
    this.#keys[i] = key
    this.#classes[i] = cls === 'block' ? 1 : 0
    this.#raised[i] = raisedMs ?? NaN
    this.#primary[i] = this.#role(primary)
    this.#backup[i] = this.#role(backup)
  }

  /** Alarm i (0 .. size - 1), made anew: equal in every field to the one pushed. */
  at(i: number): Alarm {
    const key = this.#keys[i]
    const raised = this.#raised[i]
    return new Alarm(
      this.table,
      this.#rows[i],
      key,
      this.keys.alarmId(key),
      this.#classes[i] === 1 ? 'block' : 'page',
      this.keys.windowId(key),
      Number.isNaN(raised) ? undefined : raised,
      this.#roles[this.#primary[i]],
      this.#roles[this.#backup[i]]
    )
  }

  *[Symbol.iterator](): Iterator<Alarm> {
    for (let i = 0; i < this.#size; i++) yield this.at(i)
  }

  #role(id: string): number {
    let n = this.#roleNumbers.get(id)
    if (n === undefined) {
      n = this.#roles.push(id) - 1
      this.#roleNumbers.set(id, n)
    }
    return n
  }
}
