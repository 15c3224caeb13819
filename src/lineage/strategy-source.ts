import { DIVERGENCE_FAMILY, OUTCOME_FAMILY, SIGNOFF_FAMILY, STRATEGY_FAMILY } from '../strategy/family.js'
import { parseRevision } from '../util/revision.js'
import { str, type SourceFamily } from './source-types.js'

// The one place lineage reads lesson 120's layout and documents: where the packets, the approvals,
// the outcome reviews and the divergence records live, and which fields name their policy and the revision they are
// about. When strategy's layout moves, this module is re-pointed and nothing else changes.

const POLICY_KIND = 'strategy-approval'

async function trust(settings: Parameters<SourceFamily['inspector']>[0]) {
  const m = await import('../strategy/inspector.js')
  return { m, trust: await m.loadOptionalTrust(settings) }
}

export const STRATEGY_SOURCES: readonly SourceFamily[] = [
  {
    family: STRATEGY_FAMILY,
    continuity: true,
    inspector: async (settings) => {
      const { m, trust: t } = await trust(settings)
      return m.packetInspector(t, settings.now)
    },
    extract: (doc) => ({ policies: [{ kind: POLICY_KIND, sha256: str(doc.policy_sha256) ?? '', basis: 'claimed' }] })
  },
  {
    family: SIGNOFF_FAMILY,
    continuity: false,
    inspector: async (settings) => {
      const { m, trust: t } = await trust(settings)
      // a decision verifies against the digest of the packet revision it signs, as verify checks it
      // (packets are write-once, so HEAD's digests hold for every earlier --at too)
      return m.signoffInspector(t, settings.now, await m.packetDigests(settings, t))
    },
    extract: (doc, ref) => ({
      policies: [{ kind: POLICY_KIND, sha256: null, basis: 'in-force' }],
      subject: { edge: 'approves', family: STRATEGY_FAMILY.name, window: ref.window, key: str(doc.exception_cluster_id), revision: parseRevision(str(doc.packet_revision) ?? '') ?? 0, decision: str(doc.decision) ?? '' }
    })
  },
  {
    family: OUTCOME_FAMILY,
    continuity: false,
    inspector: async (settings) => {
      const { m, trust: t } = await trust(settings)
      return m.outcomeInspector(t, settings.now)
    },
    extract: (doc, ref) => ({
      policies: [{ kind: POLICY_KIND, sha256: null, basis: 'in-force' }],
      subject: { edge: 'reviews', family: STRATEGY_FAMILY.name, window: ref.window, key: str(doc.exception_cluster_id), revision: parseRevision(str(doc.packet_revision) ?? '') ?? 0 }
    })
  },
  {
    // a divergence record (seed step 12) names the packet revision whose outcome diverged
    family: DIVERGENCE_FAMILY,
    continuity: false,
    inspector: async (settings) => {
      const { m, trust: t } = await trust(settings)
      return m.divergenceInspector(t, settings.now)
    },
    extract: (doc, ref) => ({
      policies: [{ kind: POLICY_KIND, sha256: null, basis: 'in-force' }],
      subject: { edge: 'diverges_from', family: STRATEGY_FAMILY.name, window: ref.window, key: str(doc.exception_cluster_id), revision: parseRevision(str(doc.affected_revision) ?? '') ?? 0 }
    })
  }
]
