import { UserError } from '../errors.js'
import { runLedgerGate } from '../ledger/gate.js'
import type { Settings } from '../settings.js'
import { openRepository } from '../git/index.js'
import { repoFacts, shallowError } from '../store/history.js'
import { seriesFor } from '../store/layout.js'
import { latestRevision } from '../store/publish.js'
import { CLOSURE_FAMILY } from './family.js'
import { loadClosureTrust } from './inspector.js'
import { renderReviewText, reviewPacket, type ReviewResult } from './review.js'
import { verifyPacket } from './sign.js'

// `review`: the latest revision of one window at HEAD, verified, sampled and traced (review.ts).

export async function reviewWindow(settings: Settings, rawWindow: string, seed: string | undefined): Promise<{ file: string; review: ReviewResult; text: string }> {
  const series = seriesFor(CLOSURE_FAMILY, rawWindow)
  // The latest revision is only the latest in a whole history: a shallow clone is refused, as verify refuses it.
  const facts = await repoFacts(settings.workspace)
  if (facts.shallow) throw shallowError()
  const top = facts.top
  const latest = await latestRevision(top, await openRepository(top).headOid(), CLOSURE_FAMILY, series)
  if (!latest) {
    throw new UserError({ code: 'INPUT_MISSING', message: `no closure packet for window '${series.window}' at HEAD under ${CLOSURE_FAMILY.root}/; run export-closure first or check the window id` })
  }
  const trust = await loadClosureTrust(settings, { what: 'review' })
  const gate = await runLedgerGate(settings)
  const verification = verifyPacket(latest.packet, latest.signature ?? Buffer.alloc(0), trust.keyring, trust.policy, settings.now)
  const review = reviewPacket({ verification, evidence: gate.evidence, policy: trust.policy, seed })
  return { file: latest.paths.packet, review, text: renderReviewText(review) }
}
