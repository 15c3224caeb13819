import type { WindowView } from './view-spec.js'

// A packet family is one kind of signed, write-once evidence file kept in the repository: each
// lesson that keeps one declares it in its folder (closure packets: src/closure/family.ts). Everything in the store (layout, the write-once commit,
// the history scan, verify and its cache) is written against this description, so a new family is
// data plus a packet inspector, not new store code.

export interface PacketFamily {
  /** short stable name used in cache keys, reports and commit messages */
  name: string
  /** repo-relative folder that holds every file of the family */
  root: string
  /** DSSE payloadType of the family's envelopes */
  payloadType: string
  /**
   * File names of one revision, relative to `{root}/{window}/`. Placeholders: `{key}` (the series
   * key, for families with several series per window) and `{rev}` (r001, r002, ..., r1000).
   */
  names: { packet: string; signature: string; log: string }
  /** true when `{key}` appears in the names: several independent series per window */
  keyed: boolean
  /** files under the root that are not packets and are allowed (e.g. `.gitkeep`) */
  allowed: readonly string[]
  /** the derived page of each window folder (README.md), rewritten with every revision and re-rendered by verify */
  view?: WindowView<PacketFamily>
}

export type ArtifactKind = keyof PacketFamily['names']
export const ARTIFACT_KINDS: readonly ArtifactKind[] = ['packet', 'signature', 'log']

export { formatRevision, parseRevision } from '../util/revision.js'
