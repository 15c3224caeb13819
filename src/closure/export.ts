import { UserError } from '../errors.js'
import { assertCompleteHistory } from '../publish/deepen.js'
import { openRepository } from '../git/index.js'
import type { GateResult } from '../ledger/types.js'
import type { Defect } from '../findings/defect.js'
import { parseSigningKey, readSigningSecret, SIGNING_KEY_ENV, type SecretSources } from '../signing/keys.js'
import { createSigner, type Signer } from '../signing/signer.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { repoTopLevel } from '../store/history.js'
import { revisionPaths, seriesFor, seriesId, windowDir } from '../store/layout.js'
import { exportWindow, type ExportWindowResult, type PreviousRevision } from '../store/publish.js'
import type { WindowFolder } from '../store/view-write.js'
import { WindowReader } from '../store/window-reads.js'
import { StoreBatch, type CommitIdentity } from '../store/write.js'
import { parseLoose } from '../util/json.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc } from '../util/time.js'
import { contentKey } from './digest.js'
import { CLOSURE_FAMILY } from './family.js'
import { loadClosureTrust, renderVerifyLog, type ClosureTrust } from './inspector.js'
import { buildPacket } from './packet.js'
import { factsOf, signPacket, verifyPacket, type PacketVerification } from './sign.js'
import { summarizePacket, type PacketSummary } from './summary.js'
import type { ClosurePacket } from './types.js'
import { assertNoSymlinkInPaths } from '../store/worktree.js'
import { NO_PROGRESS, type Progress } from '../report/progress.js'
import { loadStamper, type Stamper } from '../trust/stamper.js'

// export-closure (Action stage `closure`): gate result in, one signed revision per changed
// release window out, each in its own commit on the store branch. Build, sign, verify as a reader
// would, and only then commit: a packet that fails verification is never written and its window's
// closure stays pending (exit 1). Unchanged content writes nothing (the export instant, signer and
// revision are not content, see src/closure/digest.ts contentKey).

export interface ClosureWindowExport extends ExportWindowResult {
  /** the packet as built for this export (also when unchanged or rejected) */
  packet: ClosurePacket
  /** the reviewer summary block data of the packet written (or of the built one otherwise) */
  summary: PacketSummary
  /** closure rows rejected from the packet (C1, C2, timestamps): the pipeline fails on them */
  rowDefects: Defect[]
}

export interface ClosureWindowArgs {
  dir: string
  branch: string
  parentOid: string | null
  gate: GateResult
  /** normalized or raw release_window_id (normalized and validated here) */
  windowId: string
  trust: ClosureTrust
  signer: Signer
  now: number
  committer: CommitIdentity
  /** the window's latest revision in `parentOid`, when already read (latestRevisions) */
  previous?: PreviousRevision | null
  /** the window's folder in `parentOid`, when already read (WindowReader) */
  folder?: WindowFolder
  /** commit into this batch, landed by the caller */
  batch?: StoreBatch
  /** stamps each new signature with the configured TSA (the token is written beside it as .tsr) */
  stamp?: Stamper | null
}

/**
 * Plans, builds, signs, verifies and commits one window on top of `parentOid`. Safe to re-run on a
 * new tip after a rejected push: the revision is re-derived from that tip's tree.
 */
export async function exportClosureWindow(args: ClosureWindowArgs): Promise<ClosureWindowExport> {
  const series = seriesFor(CLOSURE_FAMILY, args.windowId)
  let built: ReturnType<typeof buildPacket> | undefined
  let verification: PacketVerification | undefined
  let landed: { packet: ClosurePacket; verification?: PacketVerification } | undefined
  const result = await exportWindow({
    dir: args.dir,
    branch: args.branch,
    parentOid: args.parentOid,
    family: CLOSURE_FAMILY,
    series,
    committer: args.committer,
    previous: args.previous,
    folder: args.folder,
    batch: args.batch,
    build: async (next, previous) => {
      const link = previous ? previousLink(previous) : undefined
      built = buildPacket({ gate: args.gate, windowId: series.window, policy: args.trust.policy, signer: args.signer, previous: link })
      if (previous && link && contentKeyOf(previous) === built.contentKey) {
        // The published revision's signature is judged (the summary says 'verified') only under a pinned root.
        const judged = (args.trust.keyring as { pinned?: boolean }).pinned !== false
        const v = previous.signature && judged ? verifyPacket(previous.packet, previous.signature, args.trust.keyring, args.trust.policy, args.now) : undefined
        landed = { packet: parseLoose(previous.packet) as ClosurePacket, verification: v }
        return { kind: 'unchanged' }
      }
      if (previous) refuseBackwardTime(previous, args.now)
      if (built.packet.revision !== formatRevision(next)) throw new Error(`store: built ${built.packet.revision}, expected ${formatRevision(next)}`)
      const signed = signPacket(built.packet, args.signer, args.trust.keyring, args.trust.policy, args.now)
      verification = signed.verification
      if (!signed.ok) return { kind: 'rejected', findings: signed.findings.map((f) => ({ code: f.code, field: f.field, detail: f.detail })) }
      const paths = revisionPaths(CLOSURE_FAMILY, { ...series, revision: next })
      // The TSA countersigns the raw signature bytes; its reply is checked (nonce too) before it is stored.
      const token = args.stamp ? await args.stamp(signed.files.sig) : undefined
      const log = renderVerifyLog({ paths, packet: built.packet, verification: signed.verification, trust: args.trust, now: args.now, timestamp: token?.verified })
      return {
        kind: 'signed',
        files: {
          packet: Buffer.from(signed.files.json, 'utf8'),
          signature: Buffer.from(signed.files.sig, 'utf8'),
          log: Buffer.from(log, 'utf8'),
          ...(token ? { timestamp: token.reply } : {}),
          digest: built.packet.signature_digest
        }
      }
    }
  })
  const b = built!
  const shown = landed ?? { packet: b.packet, verification }
  return { ...result, packet: shown.packet, summary: summarizePacket(shown.packet, shown.verification), rowDefects: b.defects }
}

function previousLink(previous: PreviousRevision): { revision: string; signature_digest: string } | undefined {
  const facts = factsOf(parseLoose(previous.packet))
  if (facts.digest === null || !/^[0-9a-f]{64}$/.test(facts.digest)) {
    throw new UserError({
      code: 'REPO_INVALID',
      message: `${previous.paths.packet}: the latest published revision has no readable signature_digest, so a new revision cannot link to it; run 'release-evidence verify' and repair the store from history`
    })
  }
  return { revision: formatRevision(previous.revision), signature_digest: facts.digest }
}

/** Time runs forward: a new revision is never signed before the revision it supersedes. */
function refuseBackwardTime(previous: PreviousRevision, now: number): void {
  const signedAt = factsOf(parseLoose(previous.packet)).signedAt
  if (signedAt !== null && Date.parse(signedAt) > now) {
    throw new UserError({
      code: 'USAGE',
      message: `${previous.paths.packet} was signed at ${signedAt}, after the export instant ${formatUtc(now)}: a revision cannot be signed before the one it supersedes; pass a --now at or after ${signedAt} (or fix the clock)`
    })
  }
}

function contentKeyOf(previous: PreviousRevision): string | null {
  const doc = parseLoose(previous.packet)
  return typeof doc === 'object' && doc !== null ? contentKey(doc as Record<string, unknown>) : null
}

export interface ExportClosureArgs {
  settings: Settings
  gate: GateResult
  /** key sources: key file (settings.signing.keyFile wins), the Action input, the environment */
  secrets: Omit<SecretSources, 'keyFile'>
  /** one tick per window exported (none when absent) */
  progress?: Progress
}

export interface ExportClosureResult {
  branch: string
  signer: { signerId: string; keyId: string; demo: boolean }
  windows: ClosureWindowExport[]
  /** warnings about the key source (e.g. a world-readable key file) */
  warnings: string[]
  /** any window rejected, or any closure row defect outside observe mode */
  failed: boolean
}

/** Windows whose store files are read ahead together: one git process per chunk, bounded bytes. */
const READ_CHUNK = 256

/** Exports every window the gate evaluated, one commit per written revision, chained. */
export async function exportClosure(args: ExportClosureArgs): Promise<ExportClosureResult> {
  const { settings, gate } = args
  const top = await repoTopLevel(settings.workspace)
  const trust = await loadClosureTrust(settings, { writer: true })
  const secret = await readSigningSecret({ ...args.secrets, keyFile: settings.signing?.keyFile })
  if (!secret) {
    throw new UserError({
      code: 'INPUT_MISSING',
      message: `no signing key: pass --key-file FILE, set $${SIGNING_KEY_ENV}, or set the Action's signing-key input (create a key with 'release-evidence keygen')`
    })
  }
  const signer = createSigner(parseSigningKey(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId)
  const stamp = await loadStamper(settings, trust.keyring)
  const branch = settings.git?.storeBranch || (await checkedOutBranch(top))
  const gitSettings = settings.git ?? DEFAULT_GIT
  const committer: CommitIdentity = { name: gitSettings.committerName, email: gitSettings.committerEmail, timestamp: Math.floor(settings.now / 1000) }

  let parent = await openRepository(top).tryResolveRef(`refs/heads/${branch}`)
  // The next revision links to the latest one, and only the branch's whole history proves which
  // that is: a cut-off history is refused, as verify refuses it (the Action deepens first).
  if (parent) await assertCompleteHistory(top, branch, parent)
  const windows: ClosureWindowExport[] = []
  const ids = [...new Set(gate.windows.map((w) => w.release_window_id))].sort()
  // every window's folder before the first is written: a link in one must not leave the rest half-exported
  await assertNoSymlinkInPaths(top, ids.map((id) => windowDir(CLOSURE_FAMILY, seriesFor(CLOSURE_FAMILY, id).window)))
  // One listing of the store for every window's latest revision and folder (window-reads.ts).
  const series = ids.map((id) => seriesFor(CLOSURE_FAMILY, id))
  const reader = await WindowReader.open(top, parent, CLOSURE_FAMILY)
  // The commits land together at the end (one ref move, one index update): all or none.
  const batch = new StoreBatch({ dir: top, branch, parentOid: parent })
  const shown = (args.progress ?? NO_PROGRESS).phase('export-closure: windows', ids.length)
  for (let at = 0; at < ids.length; at += READ_CHUNK) {
    const read = await reader.read(series.slice(at, at + READ_CHUNK))
    for (let i = at; i < Math.min(ids.length, at + READ_CHUNK); i++) {
      const known = read.get(seriesId(series[i]))!
      const r = await exportClosureWindow({ dir: top, branch, parentOid: parent, gate, windowId: ids[i], trust, signer, now: settings.now, committer, ...known, batch, stamp })
      if (r.commitOid) parent = r.commitOid
      windows.push(r)
      shown.tick()
    }
  }
  await batch.land()
  shown.done()
  const rowDefects = windows.some((w) => w.rowDefects.length > 0)
  return {
    branch,
    signer: { signerId: signer.signerId, keyId: signer.keyId, demo: signer.demo },
    windows,
    warnings: secret.warnings,
    failed: windows.some((w) => w.action === 'rejected') || (rowDefects && settings.mode !== 'observe')
  }
}

async function checkedOutBranch(top: string): Promise<string> {
  const name = await openRepository(top).currentBranch()
  if (name === null) {
    throw new UserError({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the store to; check out a branch or pass --store-branch NAME' })
  }
  return name
}
