import { createHash } from 'node:crypto'
import { readResult, writeResult } from '../store/result-cache.js'
import type { InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import type { Judged, RevisionMemo } from '../retention/derive.js'
import type { Extracted } from './source-types.js'

// Verdicts a build already reached, so that the build after one new revision checks that revision
// and reuses the rest. A store is write-once, so nearly every revision the next build reads is
// byte for byte one the last build judged. A verdict is looked up by content: the path and the
// blob ids of the packet and its envelope (readSources, which then need not read those blobs at
// all), or the path and the sha256 of both byte strings (an inspector handed to the retention
// index, which reads the bytes itself). Each family's verdicts count only under that family's
// inspector fingerprint (verifier version, keyring, policy, for approvals the packet digests
// they sign), so a changed keyring or policy judges every revision of its families again.
//
// Time: a verdict is kept only when the revision was signed at or before the instant it was
// judged at, and reused only at an instant at or after its signing, so "signed in the future"
// can never be remembered as a pass. The memo lives where every derived result does
// (store/result-cache.ts: HMAC'd, in the verifier's git directory, never in the tree).

const KIND = 'lineage-verdicts'
const VERSION = 'lineage-verdicts/1'

export interface Remembered {
  facts: RevisionFacts
  role: string
  extracted: Extracted
}

interface FamilyMemo {
  fingerprint: string
  /** by `${path}\0${packet oid}\0${signature oid}` */
  byOid: Record<string, Remembered>
  /** by contentKey() */
  byContent: Record<string, RevisionFacts>
  /** the retention index's judgment (verdict and incident window), by the same key as byOid */
  retained?: Record<string, Judged>
}

export class VerdictMemo {
  private readonly families = new Map<string, FamilyMemo>()
  private changed = false

  private constructor(
    private readonly now: number,
    stored: Record<string, FamilyMemo>
  ) {
    for (const [name, m] of Object.entries(stored)) this.families.set(name, { fingerprint: m.fingerprint, byOid: toMap(m.byOid), byContent: toMap(m.byContent), retained: toMap(m.retained) })
  }

  static async load(stateDir: string, now: number): Promise<VerdictMemo> {
    const stored = await readResult<Record<string, FamilyMemo>>(stateDir, KIND, VERSION, VERSION)
    return new VerdictMemo(now, stored !== null && typeof stored === 'object' ? stored : {})
  }

  async save(stateDir: string): Promise<void> {
    if (!this.changed) return
    await writeResult(stateDir, KIND, VERSION, VERSION, Object.fromEntries(this.families))
  }

  private family(inspector: PacketInspector): FamilyMemo {
    const name = inspector.family.name
    let m = this.families.get(name)
    if (m === undefined || m.fingerprint !== inspector.fingerprint) {
      m = { fingerprint: inspector.fingerprint, byOid: Object.create(null) as Record<string, Remembered>, byContent: Object.create(null) as Record<string, RevisionFacts>, retained: Object.create(null) as Record<string, Judged> }
      this.families.set(name, m)
      this.changed = true
    }
    return m
  }

  private usable(facts: RevisionFacts | undefined): facts is RevisionFacts {
    return facts !== undefined && signedAtOrBefore(facts, this.now)
  }

  byOid(inspector: PacketInspector, path: string, packetOid: string, sigOid: string | undefined): Remembered | undefined {
    const r = this.family(inspector).byOid[`${path}\0${packetOid}\0${sigOid ?? ''}`]
    return r !== undefined && this.usable(r.facts) ? r : undefined
  }

  rememberOid(inspector: PacketInspector, path: string, packetOid: string, sigOid: string | undefined, r: Remembered): void {
    if (!signedAtOrBefore(r.facts, this.now)) return
    this.family(inspector).byOid[`${path}\0${packetOid}\0${sigOid ?? ''}`] = r
    this.changed = true
  }

  /** For the retention index the build hashes (derive.ts): a revision judged before is not read again. */
  readonly retained: RevisionMemo = {
    get: (inspector, path, oid, sigOid) => {
      const r = this.family(inspector).retained?.[`${path}\0${oid}\0${sigOid ?? ''}`]
      return r !== undefined && this.usable(r.facts) ? r : undefined
    },
    set: (inspector, path, oid, sigOid, judged) => {
      if (!signedAtOrBefore(judged.facts, this.now)) return
      const m = this.family(inspector)
      ;(m.retained ??= Object.create(null) as Record<string, Judged>)[`${path}\0${oid}\0${sigOid ?? ''}`] = judged
      this.changed = true
    }
  }

  /** The inspector, answering from the memo when it judged these exact bytes before. */
  wrap(inspector: PacketInspector): PacketInspector {
    return {
      ...inspector,
      inspect: (input: InspectInput) => {
        const m = this.family(inspector)
        const key = contentKey(input)
        const had = m.byContent[key]
        if (this.usable(had)) return had
        const facts = inspector.inspect(input)
        if (signedAtOrBefore(facts, this.now)) {
          m.byContent[key] = facts
          this.changed = true
        }
        return facts
      }
    }
  }
}

function signedAtOrBefore(facts: RevisionFacts, now: number): boolean {
  if (typeof facts.signedAt !== 'string') return false
  const ms = Date.parse(facts.signedAt)
  return Number.isFinite(ms) && ms <= now
}

function contentKey(input: InspectInput): string {
  const h = (b: Uint8Array | undefined) => (b === undefined ? '-' : createHash('sha256').update(b).digest('hex'))
  return `${input.path}\0${h(input.packet)}\0${h(input.signature)}`
}

/** A stored record as a prototype-free map: keys are paths from the tree, never trusted as object keys. */
function toMap<T>(o: unknown): Record<string, T> {
  const out = Object.create(null) as Record<string, T>
  if (typeof o === 'object' && o !== null) for (const [k, v] of Object.entries(o)) out[k] = v as T
  return out
}
