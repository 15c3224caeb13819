import type { PacketFamily } from '../store/family.js'
import { readmeView } from '../store/view-spec.js'

// Closure packets as a store family: closure-packets/{window}/packet-rNNN.json, .sig, verify-rNNN.log,
// and the window's README.md (src/closure/view.ts).

/** Bumped when the closure verifier's rules change, so cached verdicts are recomputed. */
export const CLOSURE_VERIFIER_VERSION = 'closure-verifier/1'

export const CLOSURE_FAMILY: PacketFamily = {
  name: 'closure',
  root: 'closure-packets',
  payloadType: 'application/vnd.release-evidence.closure-packet+json',
  names: { packet: 'packet-{rev}.json', signature: 'packet-{rev}.sig', log: 'verify-{rev}.log' },
  keyed: false,
  allowed: ['.gitkeep', 'README.md'],
  view: readmeView(async () => (await import('./view.js')).CLOSURE_VIEWS)
}
