import type { PacketFamily } from '../store/family.js'

// Lesson 120 keeps two keyed families in the store, one per kind of signed file:
//   strategy-approval/{window}/packets/SAP-{cluster}-rNNN.json|.sig   the packet, signed by the pipeline
//   strategy-approval/{window}/validation/SAP-{cluster}-rNNN.log      what was checked before publishing
//   strategy-signoffs/{window}/SAP-{cluster}-rNNN-{signer}-r001.json|.sig|.log   one approval per signer
//   strategy-outcomes/{window}/SAP-{cluster}-rNNN-outcome-r001.json|.sig|.log   the post-window outcome review
// An approval series is keyed by packet revision and signer, so a signer's decision is a file of
// its own that nobody rewrites; its own revision is r001 (a decision is final).

export const STRATEGY_PAYLOAD_KIND = 'strategy-approval'
export const SIGNOFF_PAYLOAD_KIND = 'strategy-signoff'

export const STRATEGY_FAMILY: PacketFamily = {
  name: 'strategy-approval',
  root: 'strategy-approval',
  payloadType: 'application/vnd.release-evidence.strategy-approval+json',
  names: { packet: 'packets/SAP-{key}-{rev}.json', signature: 'packets/SAP-{key}-{rev}.sig', log: 'validation/SAP-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}

export const SIGNOFF_FAMILY: PacketFamily = {
  name: 'strategy-signoff',
  root: 'strategy-signoffs',
  payloadType: 'application/vnd.release-evidence.strategy-signoff+json',
  names: { packet: 'SAP-{key}-{rev}.json', signature: 'SAP-{key}-{rev}.sig', log: 'SAP-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}

/** Outcome reviews: strategy-outcomes/{window}/SAP-{cluster}-rNNN-outcome-r001.json|.sig|.log (a correction is r002). */
export const OUTCOME_PAYLOAD_KIND = 'strategy-outcome'
export const OUTCOME_FAMILY: PacketFamily = {
  name: 'strategy-outcome',
  root: 'strategy-outcomes',
  payloadType: 'application/vnd.release-evidence.strategy-outcome+json',
  names: { packet: 'SAP-{key}-outcome-{rev}.json', signature: 'SAP-{key}-outcome-{rev}.sig', log: 'SAP-{key}-outcome-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}

/** The signoff series key: `{cluster}-rNNN-{signer}`. */
export function signoffKey(cluster: string, revision: number, signerId: string): string {
  return `${cluster}-r${String(revision).padStart(3, '0')}-${signerId}`
}
