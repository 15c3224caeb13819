import type { PacketFamily } from '../store/family.js'

// The trust root as a packet family: one series (window `root`) under trust/, so the store proves
// it write-once (no revision rewritten or deleted, consecutive revisions, each linking the digest
// of the previous one) like any other family.

export const TRUST_KIND = 'trust-root'
export const TRUST_WINDOW = 'root'
/** the packet_id every revision reports, so the store's one-lineage-per-window rule holds */
export const TRUST_PACKET_ID = 'trust-root'

export const TRUST_FAMILY: PacketFamily = {
  name: 'trust-root',
  root: 'trust',
  payloadType: 'application/vnd.release-evidence.trust-root+json',
  names: { packet: 'root-{rev}.json', signature: 'root-{rev}.sig', log: 'root-{rev}.log' },
  keyed: false,
  allowed: ['README.md']
}
