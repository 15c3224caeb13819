import type { Settings } from '../settings.js'
import type { PacketInspector } from '../store/inspect.js'
import { sha256Hex } from '../util/hash.js'
import type { RetentionTrust } from './trust.js'

// The retention index remembered between runs (src/store/result-cache.ts: HMAC'd, in
// .git/release-evidence/results/, never in the tree). `retention index`, the queries Q1-Q4,
// `retention check` and `purge plan` all derive the same index, so a second question at the same
// commit reads it instead of re-verifying every revision. It is used only for the exact commit
// it describes and under this fingerprint, which names everything else a row depends on: the
// index's and every family verifier's version (the inspectors' fingerprints carry their keyring,
// policy and verifier version), the pinned trust root and the keyring its chain gives, the
// retention policy's bytes and path (the committed versions of that path are read at the commit),
// the evaluation instant (purge eligibility, hold and signature judgments, last_verified_utc), and
// the working-tree edits under each family (a modified packet is mutable, R5). Any change is a
// miss and a full derivation, so the cache can make a run faster, never make it pass.

export const INDEX_CACHE_KIND = 'retention-index'
const INDEX_VERSION = 'retention-index/1'

export function indexFingerprint(args: { settings: Settings; trust: RetentionTrust; inspectors: readonly PacketInspector[]; modified: ReadonlyMap<string, ReadonlySet<string>> }): string {
  const { settings, trust } = args
  return sha256Hex(
    JSON.stringify({
      version: INDEX_VERSION,
      families: args.inspectors.map((i) => [i.family.name, i.family.root, i.fingerprint]),
      trust_root: settings.trust?.root ?? null,
      keyring: trust.keyring.sha256,
      policy: [settings.policies['retention'], trust.policy.file, trust.policy.sha256],
      now: settings.now,
      modified: [...args.modified].map(([name, paths]) => [name, [...paths].sort()])
    })
  )
}
