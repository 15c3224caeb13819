/**
 * A map keyed by a ledger key: an alarm_id within a release_window_id (both normalized).
 *
 * A Map of Maps rather than one Map of joined `window + alarm` strings: at 100,000 alarms and
 * 187,000 ledger rows, building a joined string for every lookup, and hashing each fresh string,
 * was a good part of the gate's time. Window ids are few and shared; each alarm id string is
 * hashed once. Entries come back grouped by window, in the order first set.
 */
export class KeyMap<V> {
  readonly #windows = new Map<string, Map<string, V>>();

  get(alarmId: string, windowId: string): V | undefined {
    return this.#windows.get(windowId)?.get(alarmId);
  }

  has(alarmId: string, windowId: string): boolean {
    return this.#windows.get(windowId)?.has(alarmId) ?? false;
  }

  set(alarmId: string, windowId: string, value: V): void {
    let alarms = this.#windows.get(windowId);
    if (!alarms) {
      alarms = new Map();
      this.#windows.set(windowId, alarms);
    }
    alarms.set(alarmId, value);
  }

  *entries(): IterableIterator<[alarmId: string, windowId: string, value: V]> {
    for (const [windowId, alarms] of this.#windows)
      for (const [alarmId, value] of alarms) yield [alarmId, windowId, value];
  }
}

/**
 * The keys of the alarms file, numbered 0, 1, 2, ... in the order first added. The join works
 * on these numbers: a ledger row looks its key up once, and from then on its alarm's rows, prior
 * defects and verdict are found by number, in arrays, with no further hashing of id strings.
 */
export class KeyIndex {
  readonly #numbers = new KeyMap<number>();
  readonly #alarmIds: string[] = [];
  readonly #windowIds: string[] = [];

  get size(): number {
    return this.#alarmIds.length;
  }

  /** The key's number; undefined when it was never added. */
  get(alarmId: string, windowId: string): number | undefined {
    return this.#numbers.get(alarmId, windowId);
  }

  has(alarmId: string, windowId: string): boolean {
    return this.#numbers.has(alarmId, windowId);
  }

  /** Adds a key not yet in the index and returns its number. */
  add(alarmId: string, windowId: string): number {
    const n = this.#alarmIds.length;
    this.#numbers.set(alarmId, windowId, n);
    this.#alarmIds.push(alarmId);
    this.#windowIds.push(windowId);
    return n;
  }

  alarmId(n: number): string {
    return this.#alarmIds[n];
  }

  windowId(n: number): string {
    return this.#windowIds[n];
  }
}
