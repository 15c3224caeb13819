import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { PacketFamily } from '../store/family.js'
import { parseStorePath, revisionPaths } from '../store/layout.js'
import { verifyDocument } from '../signing/document.js'
import { sha256Hex } from '../util/hash.js'
import { normalizeId } from '../util/ids.js'
import { parseLoose } from '../util/json.js'
import { formatUtc } from '../util/time.js'
import {
  DIVERGENCE_FAMILY,
  DIVERGENCE_PAYLOAD_KIND,
  OUTCOME_FAMILY,
  OUTCOME_PAYLOAD_KIND,
  SIGNOFF_FAMILY,
  SIGNOFF_PAYLOAD_KIND,
  STRATEGY_FAMILY,
  STRATEGY_PAYLOAD_KIND,
  STRATEGY_ROOT
} from './family.js'
import type { StrategyTrust } from './trust.js'
import type { DivergenceDocument, OutcomeReview, Signoff, StrategyPacket } from './types.js'

// A small reader of lesson 120's files for other lessons (the lineage graph of lesson 116) and
// for the panel: every packet revision, decision, outcome review and divergence record in the
// tree of one commit, each with its paths and the commit that first published it. It reads; it
// judges nothing (verify and `strategy status` do): with `trust`, each file says whether its
// envelope verifies; without, `verified` is null and the document is parsed as it is.

export type StrategyFileKind = 'packet' | 'approval' | 'outcome' | 'divergence'

export interface StoredStrategyFile<T> {
  kind: StrategyFileKind
  /** repo-relative paths of the document, its DSSE envelope and its validation log */
  path: string
  signature_path: string
  log_path: string
  release_window_id: string
  /** the series key: `{cluster}` (packet), `{cluster}-rNNN-{signer}` (approval), `{cluster}-rNNN` (outcome, divergence) */
  series: string
  revision: number
  /** the commit that first published the .json, at or before `at` (null: not found in history) */
  commit: string | null
  published_utc: string | null
  /** sha256 of the .json bytes */
  sha256: string
  /** with trust: the envelope verifies for this kind under the keyring at `now`; without: null */
  verified: boolean | null
  /** the parsed document (null: not JSON) */
  doc: T | null
}

export interface StrategyRevisions {
  /** the commit read (null: the repository has no commits) */
  at: string | null
  packets: StoredStrategyFile<StrategyPacket>[]
  approvals: StoredStrategyFile<Signoff>[]
  outcomes: StoredStrategyFile<OutcomeReview>[]
  divergences: StoredStrategyFile<DivergenceDocument>[]
}

export interface ReadStrategyOptions {
  /** one release window only (normalized like every id) */
  window?: string
  /** verify each envelope against this trust (keys from the pinned trust root, classes from the policy) */
  trust?: StrategyTrust
  /** the instant keys are checked at (required with trust) */
  now?: number
}

const KINDS: readonly { kind: StrategyFileKind; family: PacketFamily; payload: string }[] = [
  { kind: 'packet', family: STRATEGY_FAMILY, payload: STRATEGY_PAYLOAD_KIND },
  { kind: 'approval', family: SIGNOFF_FAMILY, payload: SIGNOFF_PAYLOAD_KIND },
  { kind: 'outcome', family: OUTCOME_FAMILY, payload: OUTCOME_PAYLOAD_KIND },
  { kind: 'divergence', family: DIVERGENCE_FAMILY, payload: DIVERGENCE_PAYLOAD_KIND }
]

/**
 * Every strategy-approval file in the tree of `at` (a commit id or ref; default HEAD), in the order
 * history published them (then by path). `repo` is the repository's top folder.
 */
export async function readStrategyRevisions(repo: string, at?: string, opts: ReadStrategyOptions = {}): Promise<StrategyRevisions> {
  const git = openRepository(repo)
  const commit = await git.tryResolveRef(at ?? 'HEAD')
  const out: StrategyRevisions = { at: commit, packets: [], approvals: [], outcomes: [], divergences: [] }
  if (commit === null) {
    if (at !== undefined) throw new UserError({ code: 'INPUT_INVALID', message: `'${at}' names no commit in ${repo}` })
    return out
  }
  const root = opts.window === undefined ? STRATEGY_ROOT : `${STRATEGY_ROOT}/${normalizeId(opts.window, 'release_window_id')}`
  // The history only dates the files listed: with none (a store without strategy approvals), the
  // full-history scan of a large store is skipped rather than run for nothing.
  const files = await git.listTree(commit, root)
  const scan = files.length === 0 ? { events: [] } : await git.scanHistory({ root, until: commit })
  const first = new Map<string, { commit: string; time: number; order: number }>()
  for (const e of scan.events) if (e.status === 'A' && !first.has(e.path)) first.set(e.path, { commit: e.commit, time: e.time, order: e.order })
  const byPath = new Map(files.map((f) => [f.path, f.oid]))
  const blobs = await git.readBlobs(files.map((f) => f.oid))
  const bytesOf = (path: string) => {
    const oid = byPath.get(path)
    return oid === undefined ? undefined : blobs.get(oid)
  }
  const found: StoredStrategyFile<unknown>[] = []
  for (const f of files) {
    for (const k of KINDS) {
      const p = parseStorePath(k.family, f.path)
      if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.key === undefined) continue
      const json = bytesOf(f.path) ?? Buffer.alloc(0)
      const paths = revisionPaths(k.family, p.ref)
      const sig = bytesOf(paths.signature)
      let verified: boolean | null = null
      if (opts.trust) verified = sig !== undefined && verifyDocument(k.payload, json, sig, opts.trust.keyring, opts.now ?? Date.now()).ok
      const origin = first.get(f.path)
      const doc = parseLoose(json)
      found.push({
        kind: k.kind,
        path: f.path,
        signature_path: paths.signature,
        log_path: paths.log,
        release_window_id: p.ref.window,
        series: p.ref.key,
        revision: p.ref.revision,
        commit: origin?.commit ?? null,
        published_utc: origin ? formatUtc(origin.time * 1000) : null,
        sha256: sha256Hex(json),
        verified,
        doc: typeof doc === 'object' && doc !== null ? doc : null
      })
    }
  }
  const order = (x: StoredStrategyFile<unknown>) => first.get(x.path)?.order ?? Number.MAX_SAFE_INTEGER
  found.sort((a, b) => order(a) - order(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const x of found) {
    if (x.kind === 'packet') out.packets.push(x as StoredStrategyFile<StrategyPacket>)
    else if (x.kind === 'approval') out.approvals.push(x as StoredStrategyFile<Signoff>)
    else if (x.kind === 'outcome') out.outcomes.push(x as StoredStrategyFile<OutcomeReview>)
    else out.divergences.push(x as StoredStrategyFile<DivergenceDocument>)
  }
  return out
}
