import { openRepository } from '../git/index.js'
import { formatRevision, type PacketFamily } from './family.js'
import type { Finding } from './inspect.js'
import { parseStorePath, revisionPaths, seriesId, timestampPath, windowDir, type RevisionPaths, type SeriesRef } from './layout.js'
import type { TreeFile } from '../git/index.js'
import { viewFileFor, type WindowFolder } from './view-write.js'
import { commitFiles, type CommitIdentity, type StoreBatch } from './write.js'

// Publishing one revision of one series on top of an explicit parent commit. The revision number
// is derived from the parent's tree (r002 taken -> r003, chained to r002), so after a lost push
// race the caller re-runs this on the new remote tip and gets the right revision, or "unchanged"
// when the content that landed is already what it wanted to publish.

export interface PreviousRevision {
  revision: number
  paths: RevisionPaths
  packet: Buffer
  /** undefined when the previous revision lacks its envelope */
  signature?: Buffer
}

export interface SignedRevision {
  packet: Buffer
  signature: Buffer
  log: Buffer
  /** the RFC 3161 reply over the signature, stored beside it as `.tsr` (a TSA is configured) */
  timestamp?: Buffer
  /** the digest the revision is known by (what the next revision will supersede) */
  digest: string
}

export type BuildOutcome =
  | { kind: 'unchanged' }
  | { kind: 'signed'; files: SignedRevision }
  /** the packet failed its checks or verify-before-publish: nothing is written */
  | { kind: 'rejected'; findings: Finding[] }

export interface ExportWindowArgs {
  dir: string
  branch: string
  /** the commit to build on (null: unborn branch) */
  parentOid: string | null
  family: PacketFamily
  series: SeriesRef
  committer: CommitIdentity
  /** the latest revision in the parent, when the caller already read it (latestRevisions) */
  previous?: PreviousRevision | null
  /** the view page's window folder in the parent, when the caller already read it (window-reads.ts) */
  folder?: WindowFolder
  /** commit into this batch (landed by the caller) instead of landing a commit of its own */
  batch?: StoreBatch
  /** builds, signs and verifies revision `next`; `previous` is the latest revision in the parent */
  build(next: number, previous: PreviousRevision | null): Promise<BuildOutcome> | BuildOutcome
}

export interface ExportWindowResult {
  series: SeriesRef
  /** the revision written, or the latest existing one when unchanged/rejected (0: none) */
  revision: number
  action: 'written' | 'unchanged' | 'rejected'
  commitOid: string | null
  files: RevisionPaths | null
  digest: string | null
  findings: Finding[]
}

/** The latest revision of a series in a commit's tree, with its packet and envelope bytes. */
export async function latestRevision(dir: string, commit: string | null, family: PacketFamily, series: SeriesRef): Promise<PreviousRevision | null> {
  if (commit === null) return null
  const files = await openRepository(dir).listTree(commit, windowDir(family, series.window))
  return (await latestOf(dir, files, family, [series])).get(seriesId(series)) ?? null
}

/**
 * The latest revision of each of many series, from one listing of the family's folder and one
 * blob read (an export of 10,000 windows spawned two git processes per window before).
 */
export async function latestRevisions(dir: string, commit: string | null, family: PacketFamily, series: readonly SeriesRef[]): Promise<Map<string, PreviousRevision | null>> {
  if (commit === null) return new Map(series.map((s) => [seriesId(s), null]))
  const files = await openRepository(dir).listTree(commit, family.root)
  return latestOf(dir, files, family, series)
}

async function latestOf(dir: string, files: readonly TreeFile[], family: PacketFamily, series: readonly SeriesRef[]): Promise<Map<string, PreviousRevision | null>> {
  const latest = latestFiles(files, family, series)
  const blobs = await openRepository(dir).readBlobs(latestBlobIds(latest))
  return withBlobs(latest, blobs)
}

/** Where each series' latest revision is in a listing, before any blob is read. */
export interface LatestFile {
  revision: number
  paths: RevisionPaths
  packetOid?: string
  signatureOid?: string
}

/** The latest revision of each series in `files` (a listing that covers their folders); null when none. */
export function latestFiles(files: readonly TreeFile[], family: PacketFamily, series: readonly SeriesRef[]): Map<string, LatestFile | null> {
  const wanted = new Map(series.map((s) => [seriesId(s), s]))
  const latest = new Map<string, number>()
  const oids = new Map<string, string>()
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type !== 'artifact') continue
    const id = seriesId(p.ref)
    if (!wanted.has(id)) continue
    oids.set(f.path, f.oid)
    latest.set(id, Math.max(latest.get(id) ?? 0, p.ref.revision))
  }
  const out = new Map<string, LatestFile | null>()
  for (const [id, s] of wanted) {
    const revision = latest.get(id) ?? 0
    if (revision === 0) {
      out.set(id, null)
      continue
    }
    const paths = revisionPaths(family, { ...s, revision })
    out.set(id, { revision, paths, packetOid: oids.get(paths.packet), signatureOid: oids.get(paths.signature) })
  }
  return out
}

export function latestBlobIds(latest: ReadonlyMap<string, LatestFile | null>): string[] {
  return [...latest.values()].flatMap((f) => (f ? [f.packetOid, f.signatureOid].filter((o): o is string => o !== undefined) : []))
}

export function withBlobs(latest: ReadonlyMap<string, LatestFile | null>, blobs: ReadonlyMap<string, Buffer>): Map<string, PreviousRevision | null> {
  const out = new Map<string, PreviousRevision | null>()
  for (const [id, f] of latest) {
    out.set(
      id,
      f && {
        revision: f.revision,
        paths: f.paths,
        packet: (f.packetOid && blobs.get(f.packetOid)) || Buffer.alloc(0),
        signature: f.signatureOid ? blobs.get(f.signatureOid) : undefined
      }
    )
  }
  return out
}

export function commitMessage(family: PacketFamily, series: SeriesRef, revision: number, digest: string, previous: PreviousRevision | null): string {
  const label = formatRevision(revision)
  return [
    `${family.root}: ${seriesId(series)} ${label} sha256:${digest.slice(0, 12)}`,
    '',
    `release_window_id: ${series.window}`,
    ...(series.key !== undefined ? [`series: ${series.key}`] : []),
    `revision: ${label}`,
    `signature_digest: sha256:${digest}`,
    `supersedes: ${previous ? formatRevision(previous.revision) : 'none'}`,
    '',
    `Written once by release-evidence; published files are never modified.`
  ].join('\n')
}

export async function exportWindow(args: ExportWindowArgs): Promise<ExportWindowResult> {
  const { family, series } = args
  const previous = args.previous !== undefined ? args.previous : await latestRevision(args.dir, args.parentOid, family, series)
  const next = (previous?.revision ?? 0) + 1
  const outcome = await args.build(next, previous)
  const base = { series, commitOid: null, files: null, digest: null, findings: [] as Finding[] }
  if (outcome.kind === 'unchanged') return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' }
  if (outcome.kind === 'rejected') return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings }

  const paths = revisionPaths(family, { ...series, revision: next })
  const view = await viewFileFor({ dir: args.dir, parentOid: args.parentOid, family, window: series.window, paths, packet: outcome.files.packet, folder: args.folder })
  const commit = {
    committer: args.committer,
    message: commitMessage(family, series, next, outcome.files.digest, previous),
    files: [
      { path: paths.packet, bytes: outcome.files.packet },
      { path: paths.signature, bytes: outcome.files.signature },
      { path: paths.log, bytes: outcome.files.log },
      ...(outcome.files.timestamp ? [{ path: timestampPath(paths.signature), bytes: outcome.files.timestamp }] : []),
      ...(view ? [view.file] : [])
    ],
    replace: view?.replaces ? [view.file.path] : []
  }
  if (args.batch && args.batch.head !== args.parentOid) throw new Error(`store: the batch is at ${args.batch.head}, not at ${args.parentOid}`)
  const { commitOid } = args.batch ? await args.batch.commit(commit) : await commitFiles({ dir: args.dir, branch: args.branch, parentOid: args.parentOid, ...commit })
  return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest }
}
