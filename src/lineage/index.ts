import type { Lesson } from '../lesson.js'
import { LINEAGE_CODES } from './codes.js'
import { LINEAGE_BUILDER_VERSION, LINEAGE_FAMILY, LINEAGE_VERIFIER_VERSION } from './family.js'
import { LINEAGE_OUTPUTS } from './outputs.js'
import { auditCommand, lineageCommand, traceCommand } from './commands.js'

// Lesson 116: the lineage graph. Every revision of the store's packet families, the policy
// versions and signers they were made under and the legal-hold transitions, linked from the
// store's own git history at any commit; validated (G1-G6), queried (T1-T4, audit), and kept as
// signed, write-once, reproducible snapshots under lineage-graphs/.

export const lineage: Lesson = {
  name: 'lineage',
  lesson: 116,
  title: 'Lineage graph',
  codes: LINEAGE_CODES,
  inputs: [],
  policies: [{ kind: 'lineage', option: 'lineage-policy', default: 'policies/lineage.yaml', help: 'lineage graph rollout policy (report-only or enforce)' }],
  families: [
    {
      family: LINEAGE_FAMILY,
      // snapshots come with the lineage stage; a store without them verifies as before
      optional: true,
      // a snapshot is judged against a rebuild, so the builder's version is the verifier's too
      verifierVersion: `${LINEAGE_VERIFIER_VERSION}+${LINEAGE_BUILDER_VERSION}`,
      inspector: async (settings) => (await import('./snapshot-verify.js')).lineageInspector(settings)
    }
  ],
  stage: {
    name: 'lineage',
    outputs: LINEAGE_OUTPUTS,
    reads: { inputs: [], policies: ['lineage', 'keyring'] },
    run: async (settings, ctx) => (await import('./stage.js')).runLineageStage(settings, ctx)
  },
  commands: [lineageCommand, traceCommand, auditCommand]
}
