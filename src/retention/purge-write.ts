import { createHash } from 'node:crypto'
import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import type { SecretSources } from '../signing/keys.js'
import type { Finding } from '../store/inspect.js'
import { revisionPaths, seriesFor } from '../store/layout.js'
import { exportWindow } from '../store/publish.js'
import { commitFiles } from '../store/write.js'
import { parseLoose } from '../util/json.js'
import { formatUtc } from '../util/time.js'
import { readHolds } from './derive.js'
import { APPROVAL_FAMILY, TOMBSTONE_FAMILY } from './family.js'
import { context, type Ctx } from './hold-write.js'
import { countApprovals, holdConflicts } from './purge-authority.js'
import { pageAfterPurge } from './purge-page.js'
import { planPurge, type PurgeTarget as PlannedTarget } from './purge.js'
import {
  approvalKey,
  approvalRecord,
  purgeIdOf,
  renderPurgeLog,
  signApproval,
  signTombstone,
  subjectSha256,
  tombstoneRecord,
  verifyApproval,
  verifyTombstone,
  type ApprovalRef,
  type PurgeSubject
} from './purge-record.js'
import { mayApplyPurge, mayApprovePurge } from './trust.js'

// `purge approve` and `purge apply`. Both start from the plan at the store branch's tip, so hold
// precedence and expiry are judged first: a held or unexpired window is refused with its finding
// and nothing is written. approve: one signed approval per approver (a purge role, never a CI
// role; a second approval by the same signer is refused), one commit each. apply: once two
// approvals by distinct keys and people count, ONE commit adds the signed tombstone and removes
// every target. The commit is built on the tip in one step (store/write.ts), so a refusal at any
// point leaves the store as it was.

export interface PurgeWriteResult {
  action: 'approve' | 'apply'
  written: boolean
  purgeId: string | null
  window: string
  family: string | null
  commitOid: string | null
  /** files written (approval or tombstone) */
  files: string[]
  /** files removed (apply) */
  removed: string[]
  findings: Finding[]
}

interface Chosen {
  ctx: Ctx
  subject: PurgeSubject
  candidate: PlannedTarget
  purgeId: string
}

async function choose(settings: Settings, families: readonly FamilySpec[], req: { window: string; family?: string }, ctx: Ctx, base: PurgeWriteResult): Promise<Chosen | PurgeWriteResult> {
  if (ctx.parent === null) throw new UserError({ code: 'REPO_INVALID', message: `${ctx.branch} has no commits; there is nothing to purge` })
  const plan = await planPurge(settings, families, { window: req.window, at: ctx.parent })
  if (plan.refused.length > 0) return { ...base, findings: plan.refused.map(({ code, field, detail }) => ({ code, field, detail })) }
  const candidates = plan.candidates.filter((c) => req.family === undefined || c.family === req.family)
  if (candidates.length !== 1) {
    const names = plan.candidates.map((c) => c.family).join(', ') || 'none'
    throw new UserError({ code: 'USAGE', message: `purge: window ${base.window} has ${candidates.length === 0 ? 'no candidate' : 'several candidates'} (${names}); pass --family NAME` })
  }
  const c = candidates[0]
  const subject: PurgeSubject = {
    family: c.family,
    release_window_id: c.release_window_id,
    targets: [...c.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => ({ path: f.path, blob: f.blob })),
    retention_expiry_utc: c.retention_expiry_utc
  }
  return { ctx, subject, candidate: c, purgeId: purgeIdOf(subjectSha256(subject)) }
}

export async function approvePurge(settings: Settings, families: readonly FamilySpec[], req: { window: string; family?: string }, secrets: Omit<SecretSources, 'keyFile'>): Promise<PurgeWriteResult> {
  const window = seriesFor(APPROVAL_FAMILY, req.window, 'x').window
  const base: PurgeWriteResult = { action: 'approve', written: false, purgeId: null, window, family: req.family ?? null, commitOid: null, files: [], removed: [], findings: [] }
  const ctx = await context(settings, secrets, "a signer whose role is one of the retention policy's purge_roles")
  if (!mayApprovePurge(ctx.trust, ctx.signer.role)) {
    return { ...base, findings: [{ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}'; only ${ctx.trust.policy.data.purge_roles.join(', ')} may approve a purge, never a CI role` }] }
  }
  const chosen = await choose(settings, families, { ...req, window }, ctx, base)
  if (!('subject' in chosen)) return chosen
  const record = approvalRecord(chosen.subject, ctx.signer)
  const series = seriesFor(APPROVAL_FAMILY, window, approvalKey(record.purge_id, ctx.signer.signerId))
  const result = await exportWindow({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: ctx.parent,
    family: APPROVAL_FAMILY,
    series,
    committer: ctx.committer,
    build: (next) => {
      if (next !== 1) return { kind: 'rejected', findings: [{ code: 'PURGE_RECORD_INVALID', field: '/signer', detail: `'${ctx.signer.signerId}' already approved purge ${record.purge_id}; a second approval needs a second person` }] }
      const files = signApproval(record, ctx.signer)
      const v = verifyApproval(files.json, files.sig, ctx.trust, ctx.signer.at, { window, key: series.key, revision: 1 })
      if (!v.ok) return { kind: 'rejected', findings: v.findings }
      return { kind: 'signed', files: { packet: Buffer.from(files.json), signature: Buffer.from(files.sig), log: Buffer.from(renderPurgeLog('approval', record, ctx.signer.at)), digest: record.signature_digest } }
    }
  })
  return {
    ...base,
    family: chosen.subject.family,
    purgeId: record.purge_id,
    written: result.action === 'written',
    commitOid: result.commitOid,
    files: result.files ? [result.files.packet, result.files.signature, result.files.log] : [],
    findings: result.findings
  }
}

export async function applyPurge(settings: Settings, families: readonly FamilySpec[], req: { window: string; family?: string }, secrets: Omit<SecretSources, 'keyFile'>): Promise<PurgeWriteResult> {
  const window = seriesFor(TOMBSTONE_FAMILY, req.window, 'x').window
  const base: PurgeWriteResult = { action: 'apply', written: false, purgeId: null, window, family: req.family ?? null, commitOid: null, files: [], removed: [], findings: [] }
  const ctx = await context(settings, secrets, 'a signer with a purge role or the pipeline key')
  if (!mayApplyPurge(ctx.trust, ctx.signer.role)) {
    return { ...base, findings: [{ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}', neither a purge role nor a CI role` }] }
  }
  const chosen = await choose(settings, families, { ...req, window }, ctx, base)
  if (!('subject' in chosen)) return chosen
  const { subject, purgeId, candidate } = chosen
  const tip = ctx.parent!
  const repo = openRepository(ctx.top)
  const here = { ...base, family: subject.family, purgeId }

  // The approvals of exactly this purge at the tip, counted as verify will count them.
  const approvalFiles = (await repo.listTree(tip, `${APPROVAL_FAMILY.root}/${window}`)).filter((f) => f.path.endsWith('-r001.json') && f.path.includes(`/approval-${purgeId}-`))
  const counted = await countApprovals(repo, tip, approvalFiles.map((f) => ({ path: f.path })), subjectSha256(subject), ctx.signer.at, ctx.trust)
  if (!counted.met) return { ...here, findings: [{ code: 'PURGE_APPROVALS_INSUFFICIENT', field: '/approvals', detail: `purge ${purgeId} needs two approvals by distinct keys and signers with a purge role: ${counted.why}` }] }
  const { holds } = await readHolds(repo, tip, ctx.trust, ctx.signer.at, [])
  const held = holdConflicts(holds, window, [...counted.instants, ctx.signer.at])
  if (held.length > 0) return { ...here, findings: held.map((detail) => ({ code: 'RETENTION_PURGE_HELD', field: '/release_window_id', detail })) }

  const paths = revisionPaths(TOMBSTONE_FAMILY, { window, key: purgeId, revision: 1 })
  if ((await repo.listTree(tip, paths.packet)).length > 0) return { ...here, findings: [{ code: 'PURGE_RECORD_INVALID', field: '/purge_id', detail: `${paths.packet} already exists: purge ${purgeId} was applied` }] }
  const bytes = await repo.readBlobs(subject.targets.map((t) => t.blob))
  const approvalBlobs = new Map(approvalFiles.map((f) => [f.path, f.oid]))
  const approvalDocs = await repo.readBlobs(counted.counted.map((c) => approvalBlobs.get(c.path)!))
  const approvals: ApprovalRef[] = counted.counted.map((c) => {
    const blob = approvalBlobs.get(c.path)!
    const doc = parseLoose(approvalDocs.get(blob) ?? '') as { signature_digest?: string } | undefined
    return { path: c.path, blob, signer_id: c.signerId, key_id: c.keyId, signed_at_utc: c.signedAtUtc, signature_digest: doc?.signature_digest ?? '' }
  })
  const record = tombstoneRecord(
    {
      purge_id: purgeId,
      family: subject.family,
      family_root: families.find((f) => f.family.name === subject.family)!.family.root,
      release_window_id: window,
      retention_expiry_utc: subject.retention_expiry_utc,
      targets_sha256: subjectSha256(subject),
      targets: subject.targets.map((t) => {
        const b = bytes.get(t.blob) ?? Buffer.alloc(0)
        const doc = t.path.endsWith('.json') ? (parseLoose(b) as { signature_digest?: unknown } | undefined) : undefined
        return { ...t, sha256: createHash('sha256').update(b).digest('hex'), signature_digest: typeof doc?.signature_digest === 'string' ? doc.signature_digest : null }
      }),
      // archived before anything is removed: the index rows as they stand, marked with the purge
      archived_rows: candidate.archived_rows.map((r) => ({ ...r, purge_action_id: purgeId })),
      approvals
    },
    ctx.signer
  )
  const files = signTombstone(record, ctx.signer)
  const spec = families.find((f) => f.family.name === subject.family)!
  const page = await pageAfterPurge(repo, tip, spec.family, window, subject.targets.map((t) => t.path))
  const v = verifyTombstone(files.json, files.sig, ctx.trust, ctx.signer.at, { window, key: purgeId, revision: 1 })
  if (!v.ok) return { ...here, findings: v.findings }
  const { commitOid } = await commitFiles({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: tip,
    committer: ctx.committer,
    message: [
      `${TOMBSTONE_FAMILY.root}: purge ${purgeId} of ${subject.family} ${window} (${subject.targets.length} files)`,
      '',
      `purge_id: ${purgeId}`,
      `retention_expiry_utc: ${subject.retention_expiry_utc}`,
      `approved_by: ${approvals.map((a) => a.signer_id).join(', ')}`,
      `purged_at_utc: ${formatUtc(ctx.signer.at)}`,
      '',
      ...(page.remove.length > 0 ? [`The window page ${page.remove[0]} goes with them: it described only the removed files.`] : []),
      ...(page.write.length > 0 ? [`The window page ${page.write[0].path} is re-rendered from the files that remain.`] : []),
      'The removed files stay in git history and in every clone; the tombstone names each by blob id.'
    ].join('\n'),
    files: [
      { path: paths.packet, bytes: Buffer.from(files.json) },
      { path: paths.signature, bytes: Buffer.from(files.sig) },
      { path: paths.log, bytes: Buffer.from(renderPurgeLog('tombstone', record, ctx.signer.at)) },
      ...page.write
    ],
    remove: [...subject.targets.map((t) => t.path), ...page.remove]
  })
  return { ...here, written: true, commitOid, files: [paths.packet, paths.signature, paths.log, ...page.write.map((f) => f.path)], removed: [...subject.targets.map((t) => t.path), ...page.remove] }
}
