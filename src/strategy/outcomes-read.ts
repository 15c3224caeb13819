import { openRepository } from '../git/index.js'
import { verifyDocument } from '../signing/document.js'
import { OUTCOME_FAMILY, OUTCOME_PAYLOAD_KIND } from './family.js'
import type { StrategyTrust } from './trust.js'
import type { OutcomeReview } from './types.js'

// Reading the outcome reviews of a window for the panel (verify proves they were never rewritten).

/** The outcome reviews at HEAD of a window, verified, by packet series key (`{cluster}-rNNN`). */
export async function outcomesAt(top: string, window: string, trust: StrategyTrust, now: number): Promise<Map<string, OutcomeReview>> {
  const repo = openRepository(top)
  const head = await repo.headOid()
  const out = new Map<string, OutcomeReview>()
  if (head === null) return out
  const files = await repo.listTree(head, `${OUTCOME_FAMILY.root}/${window}`)
  const byPath = new Map(files.map((f) => [f.path, f.oid]))
  const jsons = files.filter((f) => f.path.endsWith('.json')).sort((a, b) => (a.path < b.path ? -1 : 1))
  const blobs = await repo.readBlobs(files.map((f) => f.oid))
  for (const f of jsons) {
    const sigOid = byPath.get(f.path.replace(/\.json$/, '.sig'))
    if (!sigOid) continue
    const v = verifyDocument(OUTCOME_PAYLOAD_KIND, blobs.get(f.oid)!, blobs.get(sigOid)!, trust.keyring, now)
    if (!v.ok) continue
    const o = v.doc as unknown as OutcomeReview
    out.set(`${o.exception_cluster_id}-${o.packet_revision}`, o)
  }
  return out
}
