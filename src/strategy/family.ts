import type { PacketFamily } from '../store/family.js'
import { readmeView } from '../store/view-spec.js'
import { STRATEGY_FAMILY_NAMES } from './family-names.js'

// Lesson 120 keeps four keyed families side by side under one root, the layout of the issue and
// the seed's step 13 (the store lets families share a root when their names are disjoint:
// src/store/layout.ts ownerOf):
//   strategy-approval/{window}/packets/SAP-{cluster}-rNNN.json|.sig                 the packet, signed by the pipeline
//   strategy-approval/{window}/validation/SAP-{cluster}-rNNN.log                    what was checked before publishing
//   strategy-approval/{window}/approvals/SAP-{cluster}-rNNN-{signer}-r001.json|.sig one signer's decision
//   strategy-approval/{window}/outcome-reviews/SAP-{cluster}-rNNN-outcome-r001.json|.sig  the post-window outcome review
//   strategy-approval/{window}/divergences/SDI-{cluster}-rNNN-r001.json|.sig       a divergence record
//   strategy-approval/{window}/validation/{approvals,outcome-reviews,divergences}/...log  their validation logs
// A decision's series is keyed by packet revision and signer, so a signer's decision is a file of
// its own that nobody rewrites; its own revision is r001 (a decision is final).

export const STRATEGY_ROOT = 'strategy-approval'

/** Bumped when any of the four verifiers' rules change, so cached verdicts are recomputed. */
export const STRATEGY_VERIFIER_VERSION = 'strategy-verifier/1'

export const STRATEGY_PAYLOAD_KIND = 'strategy-approval'
export const SIGNOFF_PAYLOAD_KIND = 'strategy-signoff'
export const OUTCOME_PAYLOAD_KIND = 'strategy-outcome'
export const DIVERGENCE_PAYLOAD_KIND = 'strategy-divergence'

const ALLOWED = ['.gitkeep', 'README.md']

// One README.md per window folder, shared by the four families (src/strategy/view.ts): the packet
// family owns it, and a revision of any of them rewrites it.
const VIEW = readmeView(async () => (await import('./view.js')).STRATEGY_VIEWS, () => STRATEGY_FAMILIES)

export const STRATEGY_FAMILY: PacketFamily = {
  name: STRATEGY_FAMILY_NAMES.packet,
  root: STRATEGY_ROOT,
  payloadType: 'application/vnd.release-evidence.strategy-approval+json',
  names: { packet: 'packets/SAP-{key}-{rev}.json', signature: 'packets/SAP-{key}-{rev}.sig', log: 'validation/SAP-{key}-{rev}.log' },
  keyed: true,
  allowed: ALLOWED,
  view: VIEW
}

/** Decisions (approve/reject): approvals/SAP-{cluster}-rNNN-{signer}-r001.json|.sig. */
export const SIGNOFF_FAMILY: PacketFamily = {
  name: STRATEGY_FAMILY_NAMES.signoff,
  root: STRATEGY_ROOT,
  payloadType: 'application/vnd.release-evidence.strategy-signoff+json',
  names: { packet: 'approvals/SAP-{key}-{rev}.json', signature: 'approvals/SAP-{key}-{rev}.sig', log: 'validation/approvals/SAP-{key}-{rev}.log' },
  keyed: true,
  allowed: ALLOWED,
  view: VIEW
}

/** Outcome reviews: outcome-reviews/SAP-{cluster}-rNNN-outcome-r001.json|.sig (a correction is r002). */
export const OUTCOME_FAMILY: PacketFamily = {
  name: STRATEGY_FAMILY_NAMES.outcome,
  root: STRATEGY_ROOT,
  payloadType: 'application/vnd.release-evidence.strategy-outcome+json',
  names: { packet: 'outcome-reviews/SAP-{key}-outcome-{rev}.json', signature: 'outcome-reviews/SAP-{key}-outcome-{rev}.sig', log: 'validation/outcome-reviews/SAP-{key}-outcome-{rev}.log' },
  keyed: true,
  allowed: ALLOWED,
  view: VIEW
}

/** Divergence records: divergences/SDI-{cluster}-rNNN-r001.json|.sig (a re-review that changes the triggers is r002). */
export const DIVERGENCE_FAMILY: PacketFamily = {
  name: STRATEGY_FAMILY_NAMES.divergence,
  root: STRATEGY_ROOT,
  payloadType: 'application/vnd.release-evidence.strategy-divergence+json',
  names: { packet: 'divergences/SDI-{key}-{rev}.json', signature: 'divergences/SDI-{key}-{rev}.sig', log: 'validation/divergences/SDI-{key}-{rev}.log' },
  keyed: true,
  allowed: ALLOWED,
  view: VIEW
}

export const STRATEGY_FAMILIES: readonly PacketFamily[] = [STRATEGY_FAMILY, SIGNOFF_FAMILY, OUTCOME_FAMILY, DIVERGENCE_FAMILY]

/** The signoff series key: `{cluster}-rNNN-{signer}`. */
export function signoffKey(cluster: string, revision: number, signerId: string): string {
  return `${cluster}-r${String(revision).padStart(3, '0')}-${signerId}`
}

/** The series key of a packet revision's outcome reviews and divergence records: `{cluster}-rNNN`. */
export function revisionKey(cluster: string, revision: string): string {
  return `${cluster}-${revision}`
}
