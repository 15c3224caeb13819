import { UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Settings } from '../settings.js'
import { DEFAULT_GIT } from '../settings.js'
import { parseSigningKey, readSigningSecret, SIGNING_KEY_ENV, type SecretSources } from '../signing/keys.js'
import { createSigner, type Signer } from '../signing/signer.js'
import { repoTopLevel } from '../store/history.js'
import type { Finding } from '../store/inspect.js'
import { parseStorePath, seriesFor } from '../store/layout.js'
import { exportWindow, latestRevision } from '../store/publish.js'
import type { CommitIdentity } from '../store/write.js'
import { normalizeId } from '../util/ids.js'
import { HOLD_FAMILY } from './family.js'
import { holdIdFor, placeRecord, releaseRecord, renderHoldLog, signHold, verifyHold, type HoldRecord } from './hold.js'
import { loadRetentionTrust, mayHold, type RetentionTrust } from './trust.js'

// `hold place` and `hold release`: sign one hold record with a key whose role may hold, verify it
// as verify will, and commit it write-once (one commit per record). A request the policy refuses
// (no reason or owner, a key whose role may not hold) writes nothing and exits 1.

export interface HoldWriteResult {
  action: 'place' | 'release'
  written: boolean
  holdId: string | null
  window: string | null
  commitOid: string | null
  files: string[]
  findings: Finding[]
}

export interface Ctx {
  top: string
  branch: string
  parent: string | null
  trust: RetentionTrust
  signer: Signer
  committer: CommitIdentity
}

/** The signer, trust and branch a hold or purge record is written with. */
export async function context(settings: Settings, secrets: Omit<SecretSources, 'keyFile'>, whose = "a signer whose role is one of the retention policy's hold_roles"): Promise<Ctx> {
  const top = await repoTopLevel(settings.workspace)
  const trust = await loadRetentionTrust(settings, { writer: true })
  const secret = await readSigningSecret({ ...secrets, keyFile: settings.signing?.keyFile })
  if (!secret) throw new UserError({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${SIGNING_KEY_ENV} (the key of ${whose})` })
  const signer = createSigner(parseSigningKey(secret.text, secret.source), trust.keyring, settings.now, settings.signing?.signerId)
  const repo = openRepository(top)
  const branch = settings.git?.storeBranch || (await repo.currentBranch())
  if (!branch) throw new UserError({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit the record to; check out a branch or pass --store-branch NAME' })
  const parent = await repo.tryResolveRef(`refs/heads/${branch}`)
  const git = settings.git ?? DEFAULT_GIT
  return { top, branch, parent, trust, signer, committer: { name: git.committerName, email: git.committerEmail, timestamp: Math.floor(settings.now / 1000) } }
}

function roleFinding(ctx: Ctx): Finding[] {
  if (mayHold(ctx.trust, ctx.signer.role)) return []
  return [{ code: 'HOLD_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signer '${ctx.signer.signerId}' has role '${ctx.signer.role}'; only ${ctx.trust.policy.data.hold_roles.join(', ')} may place or release a hold` }]
}

export async function placeHold(settings: Settings, req: { window: string; reason?: string; owner?: string; caseId?: string }, secrets: Omit<SecretSources, 'keyFile'>): Promise<HoldWriteResult> {
  const window = normalizeId(req.window, 'release_window_id')
  const reason = (req.reason ?? '').trim()
  const owner = (req.owner ?? '').trim()
  const none: HoldWriteResult = { action: 'place', written: false, holdId: null, window, commitOid: null, files: [], findings: [] }
  const missing: Finding[] = []
  if (reason === '') missing.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: 'reason', detail: 'a hold needs a reason (--reason)' })
  if (owner === '') missing.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: 'owner', detail: 'a hold needs an owner (--owner)' })
  if (missing.length > 0) return { ...none, findings: missing }
  const ctx = await context(settings, secrets)
  const refused = roleFinding(ctx)
  if (refused.length > 0) return { ...none, findings: refused }
  const caseId = req.caseId?.trim() ? req.caseId.trim() : null
  const holdId = holdIdFor({ window, reason, owner, caseId, signer: ctx.signer })
  const record = placeRecord({ holdId, window, reason, owner, caseId, signer: ctx.signer })
  return write(ctx, record, { ...none, holdId })
}

export async function releaseHold(settings: Settings, rawHoldId: string, secrets: Omit<SecretSources, 'keyFile'>): Promise<HoldWriteResult> {
  const holdId = normalizeId(rawHoldId, 'hold id')
  const ctx = await context(settings, secrets)
  const none: HoldWriteResult = { action: 'release', written: false, holdId, window: null, commitOid: null, files: [], findings: [] }
  const window = ctx.parent ? await windowOfHold(ctx.top, ctx.parent, holdId) : null
  if (window === null) throw new UserError({ code: 'INPUT_INVALID', message: `no hold '${holdId}' in ${HOLD_FAMILY.root}/ on ${ctx.branch}; list holds with 'release-evidence retention query holds'` })
  const refused = roleFinding(ctx)
  if (refused.length > 0) return { ...none, window, findings: refused }
  const latest = await latestRevision(ctx.top, ctx.parent, HOLD_FAMILY, seriesFor(HOLD_FAMILY, window, holdId))
  if (!latest) throw new UserError({ code: 'INPUT_INVALID', message: `no hold '${holdId}'` })
  if (latest.revision !== 1) return { ...none, window, findings: [{ code: 'HOLD_RECORD_INVALID', field: 'hold_id', detail: `hold '${holdId}' is already released (${latest.paths.packet})` }] }
  const placed = verifyHold(latest.packet, latest.signature, ctx.trust, ctx.signer.at, { window, key: holdId, revision: 1 })
  if (!placed.ok) return { ...none, window, findings: placed.findings }
  return write(ctx, releaseRecord(placed.record as HoldRecord, ctx.signer), { ...none, window })
}

async function windowOfHold(top: string, commit: string, holdId: string): Promise<string | null> {
  for (const f of await openRepository(top).listTree(commit, HOLD_FAMILY.root)) {
    const p = parseStorePath(HOLD_FAMILY, f.path)
    if (p.type === 'artifact' && p.ref.key === holdId) return p.ref.window
  }
  return null
}

async function write(ctx: Ctx, record: HoldRecord, base: HoldWriteResult): Promise<HoldWriteResult> {
  const series = seriesFor(HOLD_FAMILY, record.release_window_id, record.hold_id)
  const result = await exportWindow({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: ctx.parent,
    family: HOLD_FAMILY,
    series,
    committer: ctx.committer,
    build: (next) => {
      if (record.revision !== `r${String(next).padStart(3, '0')}`) return { kind: 'rejected', findings: [{ code: 'HOLD_RECORD_INVALID', field: '/revision', detail: `the hold's next record would be r${String(next).padStart(3, '0')}, not ${record.revision}` }] }
      const files = signHold(record, ctx.signer)
      const v = verifyHold(files.json, files.sig, ctx.trust, ctx.signer.at, { window: series.window, key: series.key, revision: next })
      if (!v.ok) return { kind: 'rejected', findings: v.findings }
      return { kind: 'signed', files: { packet: Buffer.from(files.json), signature: Buffer.from(files.sig), log: Buffer.from(renderHoldLog(record, v, ctx.signer.at)), digest: record.signature_digest } }
    }
  })
  return {
    ...base,
    window: series.window,
    written: result.action === 'written',
    commitOid: result.commitOid,
    files: result.files ? [result.files.packet, result.files.signature, result.files.log] : [],
    findings: result.findings
  }
}
