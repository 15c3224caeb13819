import { CLOSURE_FAMILY } from '../closure/family.js'
import { HOLD_FAMILY } from '../retention/family.js'
import { obj, str, type SourceFamily } from './source-types.js'
import { STRATEGY_SOURCES } from './strategy-source.js'

// The families the lineage graph is built from, each with what its documents say about policy,
// subject and hold. A fixed list, not the registry: a graph rebuilt by verify must read exactly
// what the build read.

const CLOSURE: SourceFamily = {
  family: CLOSURE_FAMILY,
  continuity: true,
  inspector: async (settings) => {
    const { closureInspector, loadClosureTrust } = await import('../closure/inspector.js')
    return closureInspector(await loadClosureTrust(settings), settings.now)
  },
  // a closure packet names both policies it was made under: its own schema and the gate's ledger policy
  extract: (doc) => ({
    policies: [
      { kind: 'closure-packet', sha256: str(obj(doc.schema).sha256) ?? '', basis: 'claimed' },
      { kind: 'ack-ledger', sha256: str(doc.ledger_policy_sha256) ?? '', basis: 'claimed' }
    ]
  })
}

const HOLDS: SourceFamily = {
  family: HOLD_FAMILY,
  continuity: false,
  inspector: async (settings) => {
    const [{ holdInspector }, { loadRetentionTrust }] = await Promise.all([import('../retention/hold.js'), import('../retention/trust.js')])
    return holdInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now)
  },
  extract: (doc) => ({
    policies: [{ kind: 'retention', sha256: null, basis: 'in-force' }],
    hold: { hold_id: str(doc.hold_id) ?? '', action: doc.action === 'release' ? 'release' : 'place', reason: str(doc.reason) ?? '', owner: str(doc.owner) ?? '' }
  })
}

export const SOURCE_FAMILIES: readonly SourceFamily[] = [CLOSURE, ...STRATEGY_SOURCES, HOLDS]
