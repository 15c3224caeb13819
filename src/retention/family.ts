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
