// A packet family is one kind of signed, write-once evidence file kept in the repository: closure
// packets (lesson 114) are the first; strategy-approval packets (lesson 120) follow the same rules
// with a different folder and file naming. Everything in the store (layout, the write-once commit,
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
}

export const CLOSURE_FAMILY: PacketFamily = {
  name: 'closure',
  root: 'closure-packets',
  payloadType: 'application/vnd.release-evidence.closure-packet+json',
  names: { packet: 'packet-{rev}.json', signature: 'packet-{rev}.sig', log: 'verify-{rev}.log' },
  keyed: false,
  allowed: ['.gitkeep', 'README.md']
}

/** Lesson 120's layout: strategy-approval/{window}/packets/SAP-{cluster}-r{n}.json, same store rules. */
export const STRATEGY_APPROVAL_LAYOUT: Omit<PacketFamily, 'payloadType'> = {
  name: 'strategy-approval',
  root: 'strategy-approval',
  names: { packet: 'packets/SAP-{key}-{rev}.json', signature: 'packets/SAP-{key}-{rev}.sig', log: 'packets/verify-SAP-{key}-{rev}.log' },
  keyed: true,
  allowed: ['.gitkeep', 'README.md']
}

export type ArtifactKind = keyof PacketFamily['names']
export const ARTIFACT_KINDS: readonly ArtifactKind[] = ['packet', 'signature', 'log']

export { formatRevision, parseRevision } from '../util/revision.js'
