import type { Lesson } from '../lesson.js'
import { STRATEGY_CODES } from './codes.js'
import { strategyCommand } from './commands.js'
import { DIVERGENCE_FAMILY, OUTCOME_FAMILY, SIGNOFF_FAMILY, STRATEGY_FAMILY, STRATEGY_VERIFIER_VERSION } from './family.js'
import { STRATEGY_OUTPUTS } from './outputs.js'

// Lesson 120: strategy-approval packets. Under strategy-approval/{window}/: one signed packet per
// mitigation-lane decision (packets/), one signed decision per signer (approvals/), the signed
// outcome review (outcome-reviews/) and divergence records (divergences/), each with its
// validation log (validation/); the approval state is read from git history. The packet family
// comes first: it is the one that reports a file none of the four names (store/layout.ts ownerOf).

export const strategy: Lesson = {
  name: 'strategy',
  lesson: 120,
  title: 'Strategy-approval packets',
  codes: STRATEGY_CODES,
  inputs: [],
  policies: [{ kind: 'strategy-approval', option: 'strategy-policy', default: 'policies/strategy-approval.yaml', help: 'strategy-approval signer-traceability policy' }],
  families: [
    {
      family: STRATEGY_FAMILY,
      optional: true,
      verifierVersion: STRATEGY_VERIFIER_VERSION,
      inspector: async (settings) => {
        const { packetInspector, loadOptionalTrust } = await import('./inspector.js')
        return packetInspector(await loadOptionalTrust(settings), settings.now)
      }
    },
    {
      family: SIGNOFF_FAMILY,
      optional: true,
      verifierVersion: STRATEGY_VERIFIER_VERSION,
      inspector: async (settings) => {
        const { signoffInspector, loadOptionalTrust, packetDigests } = await import('./inspector.js')
        const trust = await loadOptionalTrust(settings)
        return signoffInspector(trust, settings.now, await packetDigests(settings, trust))
      }
    },
    {
      family: OUTCOME_FAMILY,
      optional: true,
      verifierVersion: STRATEGY_VERIFIER_VERSION,
      inspector: async (settings) => {
        const { outcomeInspector, loadOptionalTrust } = await import('./inspector.js')
        return outcomeInspector(await loadOptionalTrust(settings), settings.now)
      }
    },
    {
      family: DIVERGENCE_FAMILY,
      optional: true,
      verifierVersion: STRATEGY_VERIFIER_VERSION,
      inspector: async (settings) => {
        const { divergenceInspector, loadOptionalTrust } = await import('./inspector.js')
        return divergenceInspector(await loadOptionalTrust(settings), settings.now)
      }
    }
  ],
  stage: {
    name: 'strategy',
    outputs: STRATEGY_OUTPUTS,
    reads: { inputs: [], policies: ['strategy-approval', 'keyring'] },
    run: async (settings, ctx) => (await import('./stage.js')).runStrategyStage(settings, ctx)
  },
  commands: [strategyCommand]
}
