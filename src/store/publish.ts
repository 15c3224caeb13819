import { openRepository } from '../git/index.js'
import { formatRevision, type PacketFamily } from './family.js'
import type { Finding } from './inspect.js'
import { parseStorePath, revisionPaths, seriesId, windowDir, type RevisionPaths, type SeriesRef } from './layout.js'
import { viewFileFor } from './view-write.js'
import { commitFiles, type CommitIdentity } from './write.js'

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
  const repo = openRepository(dir)
  const files = await repo.listTree(commit, windowDir(family, series.window))
  const id = seriesId(series)
  let latest = 0
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type === 'artifact' && seriesId(p.ref) === id) latest = Math.max(latest, p.ref.revision)
  }
  if (latest === 0) return null
  const paths = revisionPaths(family, { ...series, revision: latest })
  const byPath = new Map(files.map((f) => [f.path, f.oid]))
  const packetOid = byPath.get(paths.packet)
  const sigOid = byPath.get(paths.signature)
  const blobs = await repo.readBlobs([packetOid, sigOid].filter((o): o is string => o !== undefined))
  return {
    revision: latest,
    paths,
    packet: (packetOid && blobs.get(packetOid)) || Buffer.alloc(0),
    signature: sigOid ? blobs.get(sigOid) : undefined
  }
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
  const previous = await latestRevision(args.dir, args.parentOid, family, series)
  const next = (previous?.revision ?? 0) + 1
  const outcome = await args.build(next, previous)
  const base = { series, commitOid: null, files: null, digest: null, findings: [] as Finding[] }
  if (outcome.kind === 'unchanged') return { ...base, revision: previous?.revision ?? 0, action: 'unchanged' }
  if (outcome.kind === 'rejected') return { ...base, revision: previous?.revision ?? 0, action: 'rejected', findings: outcome.findings }

  const paths = revisionPaths(family, { ...series, revision: next })
  const view = await viewFileFor({ dir: args.dir, parentOid: args.parentOid, family, window: series.window, paths, packet: outcome.files.packet })
  const { commitOid } = await commitFiles({
    dir: args.dir,
    branch: args.branch,
    parentOid: args.parentOid,
    committer: args.committer,
    message: commitMessage(family, series, next, outcome.files.digest, previous),
    files: [
      { path: paths.packet, bytes: outcome.files.packet },
      { path: paths.signature, bytes: outcome.files.signature },
      { path: paths.log, bytes: outcome.files.log },
      ...(view ? [view.file] : [])
    ],
    replace: view?.replaces ? [view.file.path] : []
  })
  return { ...base, revision: next, action: 'written', commitOid, files: paths, digest: outcome.files.digest }
}
