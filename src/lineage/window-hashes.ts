import { createHash } from 'node:crypto'
import { readResult, writeResult } from '../store/result-cache.js'
import { graphSha256, type LineageGraph } from './graph.js'

// Whether a window's lineage changed is decided by the canonical sha256 of its part of the graph
// (graphSha256: RFC 8785 in JavaScript), which at 1,000 windows costs more than the rest of a
// build after one new revision. A window's part is a deterministic value, so the sha256 of its
// plain JSON text identifies it as well: equal text is an equal value, hence an equal canonical
// hash. Canonical hashes are remembered by that text hash (store/result-cache.ts: HMAC'd, in the
// verifier's git directory); different text is only a miss, computed again, never a wrong answer.
// Beside them, what a build reads of each window's latest snapshot (its revision, digests and
// blocking count), by the snapshot's blob id: the build need not read and parse 1,000 snapshots
// to learn that 999 of them are unchanged.

const KIND = 'lineage-window-hashes'
const VERSION = 'lineage-window-hashes/1'

/** What a build needs of a window's latest snapshot. */
export interface SnapshotHead {
  revision: string
  signature_digest: string
  graph_sha256: string
  blocking: number
}

export class WindowHashes {
  private readonly used = new Map<string, string>()
  private readonly headsUsed = new Map<string, SnapshotHead>()
  private fresh = 0

  private constructor(
    private readonly known: Map<string, string>,
    private readonly heads: Map<string, SnapshotHead>
  ) {}

  static async load(stateDir: string): Promise<WindowHashes> {
    const stored = await readResult<{ hashes?: unknown; heads?: unknown }>(stateDir, KIND, VERSION, VERSION)
    const known = new Map<string, string>()
    const heads = new Map<string, SnapshotHead>()
    if (stored !== null && typeof stored === 'object') {
      if (Array.isArray(stored.hashes)) for (const e of stored.hashes) if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') known.set(e[0], e[1])
      if (Array.isArray(stored.heads)) for (const e of stored.heads) if (Array.isArray(e) && typeof e[0] === 'string' && isHead(e[1])) heads.set(e[0], e[1])
    }
    return new WindowHashes(known, heads)
  }

  /** The head of the snapshot stored as blob `oid`, when a build read it before. */
  head(oid: string): SnapshotHead | undefined {
    const h = this.heads.get(oid)
    if (h !== undefined) this.headsUsed.set(oid, h)
    return h
  }

  rememberHead(oid: string, head: SnapshotHead): void {
    this.headsUsed.set(oid, head)
    this.fresh++
  }

  /** graphSha256 of a window's part, from memory when its JSON text was hashed before. */
  sha256(sub: LineageGraph): string {
    const text = createHash('sha256').update(JSON.stringify({ nodes: sub.nodes, edges: sub.edges })).digest('hex')
    let canonical = this.known.get(text)
    if (canonical === undefined) {
      canonical = graphSha256(sub)
      this.fresh++
    }
    this.used.set(text, canonical)
    return canonical
  }

  /** Keeps the hashes this build used (the next build sees nearly the same windows). */
  async save(stateDir: string): Promise<void> {
    if (this.fresh === 0 && this.used.size === this.known.size && this.headsUsed.size === this.heads.size) return
    await writeResult(stateDir, KIND, VERSION, VERSION, { hashes: [...this.used], heads: [...this.headsUsed] })
  }
}

/** The head of a parsed snapshot file (a damaged one gives fields no build can match). */
export function headOf(doc: unknown): SnapshotHead {
  const o = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>
  const v = (typeof o.validation === 'object' && o.validation !== null ? o.validation : {}) as Record<string, unknown>
  const s = (x: unknown) => (typeof x === 'string' ? x : '')
  return { revision: s(o.revision), signature_digest: s(o.signature_digest), graph_sha256: s(o.graph_sha256), blocking: typeof v.blocking === 'number' ? v.blocking : 0 }
}

function isHead(h: unknown): h is SnapshotHead {
  const o = h as Record<string, unknown> | null
  return typeof o === 'object' && o !== null && typeof o.revision === 'string' && typeof o.signature_digest === 'string' && typeof o.graph_sha256 === 'string' && typeof o.blocking === 'number'
}
