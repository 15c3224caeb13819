import type { ChangeEvent } from './history.js'
import { badMode, modeOnly } from './modes.js'

// What history says about every path that was ever published under the store root: the commit
// that first added it (its origin), every distinct blob it ever had, and every commit that changed
// or removed it. Folding is incremental: the state after commits 1..n plus the events of n+1..m is
// the state after 1..m, which is what the verify cache stores.

export interface Origin {
  commit: string
  /** commit time, epoch seconds */
  time: number
  /** parent-before-child position of the commit in the scanned history */
  order: number
}

export interface Rewrite {
  commit: string
  /** M modified, D deleted, T type change, A re-added with other bytes */
  status: string
  oldOid: string
  newOid: string
  /** set when the record is a file mode other than 100644 given by this commit (modes.ts), not a content change */
  mode?: string
}

export interface PathHistory {
  /** the blob first published at this path */
  blob: string
  origin: Origin
  rewrites: Rewrite[]
}

export type PathState = Record<string, PathHistory>

/** Applies events (already in parent-before-child order) to a state; returns the same object. */
export function foldEvents(state: PathState, events: readonly ChangeEvent[], orderOffset = 0): PathState {
  for (const e of events) {
    const known = state[e.path]
    const origin = { commit: e.commit, time: e.time, order: e.order + orderOffset }
    const mode = badMode(e)
    if (!known) {
      const marks = mode === null ? [] : [modeRecord(e, mode)]
      if (e.status === 'A') state[e.path] = { blob: e.newOid, origin, rewrites: marks }
      else state[e.path] = { blob: e.oldOid || e.newOid, origin, rewrites: modeOnly(e) ? marks : [rewrite(e), ...marks] }
      continue
    }
    if (mode !== null && !known.rewrites.some((r) => r.commit === e.commit && r.mode === mode)) known.rewrites = [...known.rewrites, modeRecord(e, mode)]
    // A mode change alone is not a content rewrite (a bad mode is recorded above; setting it back is the fix).
    if (modeOnly(e)) continue
    // With `-m`, a merge shows the same addition again against its other parent: same blob, no
    // news. Anything else (other bytes, a modification, a deletion) is a rewrite of published data,
    // and so are the same bytes added back after a deletion: a purged packet put back is not its
    // first publication (the purge is final on the branch), whatever a tombstone authorized.
    if (e.status === 'A' && e.newOid === known.blob && !deletedLast(known)) continue
    if (known.rewrites.some((r) => r.commit === e.commit && r.status === e.status && r.newOid === e.newOid && r.oldOid === e.oldOid)) continue
    // Copy on write: histories loaded from the cache share one empty list.
    known.rewrites = [...known.rewrites, rewrite(e)]
  }
  return state
}

/** True when the last content change of a path removed it. */
function deletedLast(h: PathHistory): boolean {
  for (let i = h.rewrites.length - 1; i >= 0; i--) if (h.rewrites[i].mode === undefined) return h.rewrites[i].status === 'D'
  return false
}

/** The record a bad mode leaves in a path's history (kept with its rewrites, and in the cache). */
function modeRecord(e: ChangeEvent, mode: string): Rewrite {
  return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid, mode }
}

function rewrite(e: ChangeEvent): Rewrite {
  return { commit: e.commit, status: e.status, oldOid: e.oldOid, newOid: e.newOid }
}
