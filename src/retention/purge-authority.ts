import type { Defect } from '../findings/defect.js'
import type { Repository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import { verifySignatureSet } from '../signing/signature-set.js'
import { deletionKey, type Deletion, type DeletionAuthority, type DeletionJudgement } from '../store/deletions.js'
import { parseStorePath, seriesId } from '../store/layout.js'
import { parseLoose } from '../util/json.js'
import { formatUtc, parseUtc } from '../util/time.js'
import type { RetentionCode } from './codes.js'
import { expiryFrom, incidentOf, readHolds, type HoldSummary } from './derive.js'
import { APPROVAL_KIND, isRetained, TOMBSTONE_FAMILY } from './family.js'
import { verifyTombstone, type TombstoneRecord } from './purge-record.js'
import { loadRetentionTrust, mayApprovePurge, type RetentionTrust } from './trust.js'

// Which deletions a purge authorizes (the store's deletion-authority hook, src/store/deletions.ts).
// A deletion of `path` in commit C is accepted only when a tombstone at HEAD
//   - verifies on its own (signature, a purge or CI role, well-formed: purge-record.ts),
//   - was added by C itself, and C removed every target it lists, each with the blob it names,
//   - targets a family that can be purged (never holds, purge records or the trust root),
//   - relies on approvals present in C's tree that, counted by verifySignatureSet, come from two
//     distinct keys and two distinct signers with a purge role (never a CI role), each signed for
//     the tombstone's exact targets and no later than the tombstone and C's commit time,
//   - was made after the expiry, recomputed here from the removed packets and the policy,
//   - and no verified legal hold on the window was active when an approval was signed, when the
//     tombstone was signed, or at C's commit time.
// Everything else stays STORE_FILE_DELETED, and a tombstone that fails says why.

const DUAL = 2

export async function purgeAuthority(settings: Settings, families: readonly FamilySpec[]): Promise<DeletionAuthority> {
  const trust = await loadRetentionTrust(settings, { policyOptional: true })
  return { judge: (input) => judge(input, trust, families, settings.now) }
}

interface Tomb {
  path: string
  record: TombstoneRecord
  signedAt: number
  /** the commit that added the tombstone, with its time (epoch s) */
  commit: string
  time: number
}

async function judge(input: { repo: Repository; head: string; deletions: readonly Deletion[] }, trust: RetentionTrust, families: readonly FamilySpec[], now: number): Promise<DeletionJudgement> {
  const { repo, head } = input
  const defects: Defect[] = []
  const authorized = new Set<string>()
  const files = await repo.listTree(head, TOMBSTONE_FAMILY.root)
  if (files.length === 0) return { authorized, defects }
  const byRev = new Map<string, { json?: string; sig?: string; path?: string; ref?: { window: string; key?: string; revision: number } }>()
  for (const f of files) {
    const p = parseStorePath(TOMBSTONE_FAMILY, f.path)
    if (p.type !== 'artifact' || p.kind === 'log') continue
    const k = `${seriesId(p.ref)}@${p.ref.revision}`
    const e = byRev.get(k) ?? { ref: p.ref }
    if (p.kind === 'packet') Object.assign(e, { json: f.oid, path: f.path })
    else e.sig = f.oid
    byRev.set(k, e)
  }
  const blobs = await repo.readBlobs([...byRev.values()].flatMap((e) => [e.json, e.sig].filter((x): x is string => x !== undefined)))
  const origins = new Map((await repo.scanHistory({ root: TOMBSTONE_FAMILY.root, until: head })).events.filter((e) => e.status === 'A').map((e) => [e.path, e]))
  const { holds } = await readHolds(repo, head, trust, now, [])

  const tombs: Tomb[] = []
  for (const e of byRev.values()) {
    if (!e.json || !e.sig || !e.path || !e.ref) continue
    // The tombstone's own findings are its family's (verify reports them); an invalid one authorizes nothing.
    const v = verifyTombstone(blobs.get(e.json) ?? '', blobs.get(e.sig), trust, now, e.ref)
    const origin = origins.get(e.path)
    if (!v.ok || v.signedAt === null || !origin) continue
    tombs.push({ path: e.path, record: v.record as TombstoneRecord, signedAt: v.signedAt, commit: origin.commit, time: origin.time })
  }
  // What history says the tombstones' targets went through (whatever the caller's scope was).
  const targets = [...new Set(tombs.flatMap((t) => t.record.targets.map((x) => x.path)))].sort()
  const removals: Deletion[] =
    targets.length === 0 ? [] : (await repo.scanHistory({ root: targets, until: head })).events.filter((x) => x.status === 'D').map((x) => ({ path: x.path, commit: x.commit, time: x.time, oldOid: x.oldOid }))
  for (const tomb of tombs) {
    const refused = await check(repo, tomb, removals, trust, families, holds)
    if (refused.length > 0) {
      for (const [code, field, detail] of refused) defects.push(defect(tomb, code, 'blocking', field, detail))
      continue
    }
    for (const t of tomb.record.targets) authorized.add(deletionKey(t.path, tomb.commit))
    const approvers = tomb.record.approvals.map((a) => a.signer_id).join(', ')
    defects.push(defect(tomb, 'PURGE_APPLIED', 'info', '', `commit ${tomb.commit} removed ${tomb.record.targets.length} files of ${tomb.record.family} ${tomb.record.release_window_id} (expired ${tomb.record.retention_expiry_utc}), approved by ${approvers}; they remain in git history and in every clone`))
  }
  return { authorized, defects }
}

type Refusal = [RetentionCode, string, string]

async function check(repo: Repository, tomb: Tomb, deletions: readonly Deletion[], trust: RetentionTrust, families: readonly FamilySpec[], holds: readonly HoldSummary[]): Promise<Refusal[]> {
  const r = tomb.record
  const spec = families.find((f) => f.family.name === r.family && f.family.root === r.family_root)
  if (!spec || !isRetained(spec.family)) return [['PURGE_TOMBSTONE_MISMATCH', '/family', `family '${r.family}' (${r.family_root}/) is not one a purge may remove from`]]

  // The targets were removed by the tombstone's own commit, with the blobs it names.
  const removedHere = new Map(deletions.filter((d) => d.commit === tomb.commit).map((d) => [d.path, d.oldOid]))
  const missing = r.targets.filter((t) => removedHere.get(t.path) !== t.blob)
  if (missing.length > 0) return [['PURGE_TOMBSTONE_MISMATCH', '/targets', `commit ${tomb.commit} added the tombstone but did not remove ${missing.map((t) => `${t.path} (blob ${t.blob.slice(0, 12)})`).join(', ')}`]]

  const out: Refusal[] = []
  const until = Math.min(tomb.signedAt, tomb.time * 1000)
  const approvals = await countApprovals(repo, tomb.commit, r.approvals, r.targets_sha256, until, trust)
  if (!approvals.met) out.push(['PURGE_APPROVALS_INSUFFICIENT', '/approvals', approvals.why])
  const instants = [...approvals.instants, tomb.signedAt, tomb.time * 1000]
  for (const detail of holdConflicts(holds, r.release_window_id, instants)) out.push(['RETENTION_PURGE_HELD', '/release_window_id', detail])

  // The expiry, recomputed from the removed packets under the policy; the tombstone's own claim cannot shorten it.
  const packets = r.targets.filter((t) => {
    const p = parseStorePath(spec.family, t.path)
    return p.type === 'artifact' && p.kind === 'packet'
  })
  const docs = await repo.readBlobs(packets.map((t) => t.blob))
  const revisions = packets.map((t) => parseLoose(docs.get(t.blob) ?? '') as { signer?: { signed_at_utc?: unknown } } | undefined)
  const signed = revisions.map((d) => (typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null)).filter((x): x is string => x !== null).sort()
  const computed = expiryFrom(signed[signed.length - 1] ?? null, revisions.map((d) => incidentOf(d)), trust.policy.data)
  const claimed = parseUtc(r.retention_expiry_utc)
  const expiry = Math.max(computed ?? Infinity, claimed.ok ? claimed.ms : Infinity)
  const earliest = Math.min(...instants)
  if (expiry > earliest) out.push(['RETENTION_PURGE_NOT_EXPIRED', '/retention_expiry_utc', `the revisions are kept until ${Number.isFinite(expiry) ? formatUtc(expiry) : '(no expiry)'}, after the purge was approved or made (${formatUtc(earliest)})`])
  return out
}

export interface ApprovalCount {
  met: boolean
  /** why not, for a report */
  why: string
  /** signing instants of the approvals that count */
  instants: number[]
  counted: { path: string; signerId: string; keyId: string; signedAtUtc: string }[]
}

/**
 * The approvals of a purge as verifySignatureSet counts them: present in `commit` with the blob
 * named, signed for `subject` (targets_sha256) no later than `until`, by two distinct keys and two
 * distinct signers whose role is a purge role and not a CI role.
 */
export async function countApprovals(repo: Repository, commit: string, listedRefs: readonly { path: string; blob?: string }[], subject: string, until: number, trust: RetentionTrust): Promise<ApprovalCount> {
  const sigPath = (p: string) => p.replace(/\.json$/, '.sig')
  // An approval listed twice is one approval (verifySignatureSet counts each document once).
  const twice = listedRefs.filter((a, i) => listedRefs.findIndex((b) => b.path === a.path) !== i)
  const refs = listedRefs.filter((a, i) => listedRefs.findIndex((b) => b.path === a.path) === i)
  const listed = refs.length === 0 ? [] : await repo.listTree(commit, refs.flatMap((a) => [a.path, sigPath(a.path)]))
  const byPath = new Map(listed.map((f) => [f.path, f.oid]))
  const pairs = refs.filter((a) => byPath.has(a.path) && (a.blob === undefined || byPath.get(a.path) === a.blob) && byPath.has(sigPath(a.path)))
  const bytes = await repo.readBlobs(pairs.flatMap((a) => [byPath.get(a.path)!, byPath.get(sigPath(a.path))!]))
  const set = verifySignatureSet({
    kind: APPROVAL_KIND,
    documents: pairs.map((a) => ({ name: a.path, json: bytes.get(byPath.get(a.path)!) ?? '', sig: bytes.get(byPath.get(sigPath(a.path))!) ?? '' })),
    keyring: trust.keyring,
    at: until,
    subject,
    subjectOf: '/targets_sha256',
    requirement: { threshold: DUAL, roles_required: [], roles_allowed: trust.policy.data.purge_roles.filter((role) => mayApprovePurge(trust, role)) },
    requirementSource: { file: trust.policy.file, pointer: '/purge_roles' }
  })
  const why = [
    ...twice.map((a) => `${a.path}: listed twice`),
    ...refs.filter((a) => !pairs.includes(a)).map((a) => `${a.path}: not in commit ${commit} (with its .sig and the blob named)`),
    ...set.invalid.map((i) => `${i.document}: ${i.code === 'SIGNED_IN_FUTURE' ? `signed after ${formatUtc(until)} (the tombstone or its commit)` : `${i.code} ${i.message}`}`),
    ...set.unmet.map((u) => u.message)
  ].join('; ')
  return {
    met: set.met,
    why,
    instants: set.valid.map((s) => Date.parse(s.signedAtUtc)),
    counted: set.valid.map((s) => ({ path: s.document, signerId: s.signerId, keyId: s.keyId, signedAtUtc: s.signedAtUtc }))
  }
}

/** The holds on `window` active at any of `instants` (placed at or before it, not yet released). */
export function holdConflicts(holds: readonly HoldSummary[], window: string, instants: readonly number[]): string[] {
  const out: string[] = []
  for (const h of holds.filter((x) => x.release_window_id === window)) {
    const placed = Date.parse(h.placed_at_utc)
    const released = h.released_at_utc === null ? Infinity : Date.parse(h.released_at_utc)
    const hit = instants.find((t) => placed <= t && t < released)
    if (hit !== undefined) out.push(`legal hold ${h.hold_id} (${h.reason}, owner ${h.owner}) was active at ${formatUtc(hit)}`)
  }
  return out
}

function defect(t: Tomb, code: RetentionCode, severity: 'blocking' | 'info', field: string, detail: string): Defect {
  return {
    subject: t.record.purge_id,
    defect_code: code,
    severity,
    owner_role: 'compliance',
    required_action: severity === 'info' ? 'none: recorded for auditors' : 'restore the removed files from history (git revert the purge commit); a purge needs two approvals before it, expiry passed and no hold',
    release_window_id: t.record.release_window_id,
    file: t.path,
    line: null,
    field,
    detail
  }
}
