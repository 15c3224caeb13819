import type { PacketFamily } from '../store/family.js'
import { readmeView } from '../store/view-spec.js'

// Legal-hold records as a keyed store family: one series per hold,
// retention-holds/{window}/hold-{hold_id}-r001.json (place) and -r002.json (release), each with
// its .sig and .log, and the window's README.md (src/retention/view.ts). The git history of these files is the tamper-evident log of hold mutations.

export const HOLD_KIND = 'legal-hold'

export const HOLD_FAMILY: PacketFamily = {
  name: 'legal-hold',
  root: 'retention-holds',
  payloadType: 'application/vnd.release-evidence.legal-hold+json',
  names: { packet: 'hold-{key}-{rev}.json', signature: 'hold-{key}-{rev}.sig', log: 'hold-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md'],
  view: readmeView(async () => (await import('./view.js')).HOLD_VIEWS)
}

// A purge is two more keyed families. Approvals: one series per (purge, approver), a single
// revision, retention-purge-approvals/{window}/approval-{purge_id}-{signer tag}-r001.json.
// Tombstones: one per purge, retention-tombstones/{window}/tombstone-{purge_id}-r001.json, added in
// the same commit that removes the purged files (the only deletion verify accepts).

export const APPROVAL_KIND = 'purge-approval'
export const TOMBSTONE_KIND = 'purge-tombstone'

export const APPROVAL_FAMILY: PacketFamily = {
  name: 'purge-approval',
  root: 'retention-purge-approvals',
  payloadType: 'application/vnd.release-evidence.purge-approval+json',
  names: { packet: 'approval-{key}-{rev}.json', signature: 'approval-{key}-{rev}.sig', log: 'approval-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}

export const TOMBSTONE_FAMILY: PacketFamily = {
  name: 'purge-tombstone',
  root: 'retention-tombstones',
  payloadType: 'application/vnd.release-evidence.purge-tombstone+json',
  names: { packet: 'tombstone-{key}-{rev}.json', signature: 'tombstone-{key}-{rev}.sig', log: 'tombstone-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}

/**
 * Families whose revisions have no retention expiry and can never be purged: the retention
 * records themselves (the audit trail of holds and purges) and the trust root.
 */
const NOT_RETAINED: ReadonlySet<string> = new Set([HOLD_FAMILY.name, APPROVAL_FAMILY.name, TOMBSTONE_FAMILY.name, 'trust-root'])

export function isRetained(family: PacketFamily): boolean {
  return !NOT_RETAINED.has(family.name)
}
