import type { PacketFamily } from '../../src/store/family.js'

// A keyed family (several series per window), shaped like lesson 120's strategy-approval layout,
// to test the store's keyed paths before that lesson registers its own.
export const KEYED_FAMILY: PacketFamily = {
  name: 'strategy-approval',
  root: 'strategy-approval',
  payloadType: 'application/vnd.release-evidence.strategy-approval+json',
  names: { packet: 'packets/SAP-{key}-{rev}.json', signature: 'packets/SAP-{key}-{rev}.sig', log: 'packets/verify-SAP-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}
