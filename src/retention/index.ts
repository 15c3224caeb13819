import type { Lesson } from '../lesson.js'
import { RETENTION_CODES } from './codes.js'
import { holdCommand, purgeCommand, retentionCommand } from './commands.js'
import { APPROVAL_FAMILY, HOLD_FAMILY, TOMBSTONE_FAMILY } from './family.js'
import { RETENTION_OUTPUTS } from './outputs.js'

// Lesson 115: retention expiry and legal hold for every signed revision in the store. The index is
// derived from the store at a commit; holds, purge approvals and purge tombstones are signed
// write-once records, packet families that `verify` checks like any other. The tombstone family
// is also the store's deletion authority: the only deletion verify accepts is a purge's.

export const retention: Lesson = {
  name: 'retention',
  lesson: 115,
  title: 'Retention and legal hold',
  codes: RETENTION_CODES,
  inputs: [],
  policies: [{ kind: 'retention', option: 'retention-policy', default: 'policies/retention.yaml', help: 'retention and legal-hold policy' }],
  families: [
    {
      family: HOLD_FAMILY,
      // a store without legal holds is the common case, and verify does not need the retention policy then
      optional: true,
      inspector: async (settings) => {
        const [{ holdInspector }, { loadRetentionTrust }] = await Promise.all([import('./hold.js'), import('./trust.js')])
        return holdInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now)
      }
    },
    {
      family: APPROVAL_FAMILY,
      optional: true,
      inspector: async (settings) => {
        const [{ approvalInspector }, { loadRetentionTrust }] = await Promise.all([import('./purge-record.js'), import('./trust.js')])
        return approvalInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now)
      }
    },
    {
      family: TOMBSTONE_FAMILY,
      optional: true,
      inspector: async (settings) => {
        const [{ tombstoneInspector }, { loadRetentionTrust }] = await Promise.all([import('./purge-record.js'), import('./trust.js')])
        return tombstoneInspector(await loadRetentionTrust(settings, { policyOptional: true }), settings.now)
      },
      // loaded only when verify has a deletion or a tombstone to judge
      deletionAuthority: (settings, families) =>
        Promise.resolve({ judge: async (input) => (await (await import('./purge-authority.js')).purgeAuthority(settings, families)).judge(input) })
    }
  ],
  stage: {
    name: 'retention',
    outputs: RETENTION_OUTPUTS,
    reads: { inputs: [], policies: ['retention', 'keyring'], families: true },
    run: async (settings, ctx) => (await import('./stage.js')).runRetentionStage(settings, ctx)
  },
  commands: [retentionCommand, holdCommand, purgeCommand]
}
