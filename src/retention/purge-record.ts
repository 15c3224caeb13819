import { signDocument, verifyDocument, type SignedFiles } from '../signing/document.js'
import { signerBlock, type Signer, type SignerBlock } from '../signing/signer.js'
import type { Finding, InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import { canonicalSha256, sha256Hex } from '../util/hash.js'
import { isCanonicalId } from '../store/layout.js'
import { parseLoose } from '../util/json.js'
import { formatRevision, parseRevision } from '../util/revision.js'
import { formatUtc, isCanonicalUtc } from '../util/time.js'
import type { IndexRow } from './derive.js'
import { APPROVAL_FAMILY, APPROVAL_KIND, TOMBSTONE_FAMILY, TOMBSTONE_KIND } from './family.js'
import { mayApprovePurge, mayApplyPurge, type RetentionTrust } from './trust.js'

// The two signed records of a purge. An approval names exactly what it approves (the subject: a
// family's window, every file with its blob id, the expiry), so it cannot be reused for other
// files; its purge_id is derived from that subject, so two approvers who read the same plan
// approve the same purge. The tombstone is what the purge commit adds: the targets with their
// blob ids and sha256, the index rows archived before removal, and the approvals it relies on.
// This module checks one record on its own (what `verify` asks of every stored revision); the
// checks across records and history (two distinct approvers before the tombstone, no hold, expiry
// passed, the targets removed in the tombstone's own commit) are purge-authority.ts.

/** Bumped when these rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'purge-records/1'

export interface PurgeTarget {
  path: string
  blob: string
}

/** What an approval approves and a tombstone carries out. */
export interface PurgeSubject {
  family: string
  release_window_id: string
  /** every file of the window in the family, sorted by path */
  targets: PurgeTarget[]
  retention_expiry_utc: string
}

export interface ApprovalRecord extends PurgeSubject {
  purge_id: string
  revision: string
  /** sha256 of the RFC 8785 bytes of the subject: what the approval signs for */
  targets_sha256: string
  signer: SignerBlock
  signature_digest: string
}

export interface ApprovalRef {
  path: string
  blob: string
  signer_id: string
  key_id: string
  signed_at_utc: string
  signature_digest: string
}

export interface TombstoneRecord {
  purge_id: string
  revision: string
  family: string
  family_root: string
  release_window_id: string
  retention_expiry_utc: string
  targets_sha256: string
  /** every removed file: path, git blob id, sha256 of its bytes, and the packet's signature_digest when it is one */
  targets: (PurgeTarget & { sha256: string; signature_digest: string | null })[]
  /** the retention index rows of the removed revisions, as they were just before removal */
  archived_rows: IndexRow[]
  approvals: ApprovalRef[]
  purged_at_utc: string
  signer: SignerBlock
  signature_digest: string
}

export function subjectSha256(s: PurgeSubject): string {
  return canonicalSha256({ family: s.family, release_window_id: s.release_window_id, targets: s.targets.map((t) => ({ path: t.path, blob: t.blob })), retention_expiry_utc: s.retention_expiry_utc })
}

export function purgeIdOf(targetsSha256: string): string {
  return `p${targetsSha256.slice(0, 12)}`
}

/** One approval series per approver and purge: a second approval by the same signer id is refused as r002. */
export function approvalKey(purgeId: string, signerId: string): string {
  return `${purgeId}-${sha256Hex(signerId).slice(0, 8)}`
}

function seal<T extends { signature_digest: string }>(body: Omit<T, 'signature_digest'>): T {
  return { ...body, signature_digest: canonicalSha256(body) } as T
}

export function approvalRecord(subject: PurgeSubject, signer: Signer): ApprovalRecord {
  const targets_sha256 = subjectSha256(subject)
  return seal<ApprovalRecord>({ ...subject, purge_id: purgeIdOf(targets_sha256), revision: formatRevision(1), targets_sha256, signer: signerBlock(signer) })
}

export function tombstoneRecord(args: Omit<TombstoneRecord, 'signature_digest' | 'signer' | 'purged_at_utc' | 'revision'>, signer: Signer): TombstoneRecord {
  return seal<TombstoneRecord>({ ...args, revision: formatRevision(1), purged_at_utc: formatUtc(signer.at), signer: signerBlock(signer) })
}

export function signApproval(r: ApprovalRecord, signer: Signer): SignedFiles {
  return signDocument(APPROVAL_KIND, r, signer)
}

export function signTombstone(r: TombstoneRecord, signer: Signer): SignedFiles {
  return signDocument(TOMBSTONE_KIND, r, signer)
}

export interface RecordVerification<T> {
  ok: boolean
  /** from the verified payload when the signature verifies, else from the .json (never trusted then) */
  record: Partial<T> | undefined
  signedAt: number | null
  findings: Finding[]
  facts: RevisionFacts
}

type Where = { window: string; key?: string; revision: number }

export function verifyApproval(json: Uint8Array | string, sig: Uint8Array | string | undefined, trust: RetentionTrust, at: number, where?: Where): RecordVerification<ApprovalRecord> {
  return verifyRecord<ApprovalRecord>(APPROVAL_KIND, json, sig, trust, at, where, (role) => mayApprovePurge(trust, role), (r, out) => {
    if (typeof r.purge_id === 'string' && where?.key !== undefined && typeof r.signer?.signer_id === 'string' && where.key !== approvalKey(r.purge_id, r.signer.signer_id)) {
      out.push(invalid('/purge_id', `the approval is stored as ${where.key}, not as ${approvalKey(r.purge_id, r.signer.signer_id)} (its purge and signer)`))
    }
  })
}

export function verifyTombstone(json: Uint8Array | string, sig: Uint8Array | string | undefined, trust: RetentionTrust, at: number, where?: Where): RecordVerification<TombstoneRecord> {
  return verifyRecord<TombstoneRecord>(TOMBSTONE_KIND, json, sig, trust, at, where, (role) => mayApplyPurge(trust, role), (r, out) => {
    if (where?.key !== undefined && r.purge_id !== where.key) out.push(invalid('/purge_id', `the tombstone is stored as ${where.key}, not as its purge ${String(r.purge_id)}`))
    const prefix = `${String(r.family_root)}/${String(r.release_window_id)}/`
    if (!Array.isArray(r.targets) || r.targets.length === 0) out.push(invalid('/targets', 'the tombstone lists no target'))
    else if (r.targets.some((t) => typeof t?.path !== 'string' || !t.path.startsWith(prefix) || typeof t.sha256 !== 'string')) out.push(invalid('/targets', `every target must be a file under ${prefix} with its sha256`))
    if (!Array.isArray(r.approvals) || r.approvals.some((a) => typeof a?.path !== 'string' || !a.path.startsWith(`${APPROVAL_FAMILY.root}/`))) out.push(invalid('/approvals', `the approvals must be files under ${APPROVAL_FAMILY.root}/`))
    if (!Array.isArray(r.archived_rows)) out.push(invalid('/archived_rows', 'the tombstone has no archived index rows'))
  })
}

function invalid(field: string, detail: string): Finding {
  return { code: 'PURGE_RECORD_INVALID', field, detail }
}

function verifyRecord<T extends ApprovalRecord | TombstoneRecord>(
  kind: string,
  json: Uint8Array | string,
  sig: Uint8Array | string | undefined,
  trust: RetentionTrust,
  at: number,
  where: Where | undefined,
  mayRole: (role: string) => boolean,
  own: (r: Partial<T>, out: Finding[]) => void
): RecordVerification<T> {
  const findings: Finding[] = []
  let doc: unknown
  let signedAt: number | null = null
  let demo = false
  if (sig === undefined) doc = parseLoose(json)
  else {
    const v = verifyDocument(kind, json, sig, trust.keyring, at)
    if (v.ok) {
      doc = v.doc
      signedAt = v.signedAt
      demo = v.key.demo
      if (!mayRole(v.key.role)) {
        findings.push({ code: 'PURGE_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signed by '${v.key.signerId}' with role '${v.key.role}'; ${kind === APPROVAL_KIND ? `an approval needs one of the purge_roles (${trust.policy.data.purge_roles.join(', ')}), never a CI role` : 'a tombstone needs a purge role or a CI role'}` })
      }
    } else {
      findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}` })
      doc = parseLoose(json)
    }
  }
  const r = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined) as Partial<T> | undefined
  if (!r) findings.push(invalid('', 'the record is not a JSON object'))
  else {
    const { signature_digest: digest, ...body } = r
    if (digest !== canonicalSha256(body)) findings.push(invalid('/signature_digest', 'signature_digest is not the sha256 of the record without it'))
    if (r.revision !== formatRevision(1)) findings.push(invalid('/revision', 'a purge record has one revision, r001'))
    if (typeof r.release_window_id !== 'string' || !isCanonicalId(r.release_window_id) || (where && r.release_window_id !== where.window)) findings.push(invalid('/release_window_id', `the record names window ${JSON.stringify(r.release_window_id)}${where ? `, stored under ${where.window}` : ''}`))
    const subject = { family: r.family, release_window_id: r.release_window_id, targets: r.targets, retention_expiry_utc: r.retention_expiry_utc } as PurgeSubject
    const sha = Array.isArray(subject.targets) ? subjectSha256(subject) : ''
    if (r.targets_sha256 !== sha || r.purge_id !== purgeIdOf(sha)) findings.push(invalid('/targets_sha256', 'targets_sha256 or purge_id is not derived from the family, window, targets and expiry'))
    if (typeof r.retention_expiry_utc !== 'string' || !isCanonicalUtc(r.retention_expiry_utc)) findings.push(invalid('/retention_expiry_utc', 'retention_expiry_utc is not canonical UTC'))
    own(r, findings)
  }
  return { ok: findings.length === 0, record: r, signedAt, findings, facts: { ...factsOf(r, findings), demo } }
}

function factsOf(r: Partial<ApprovalRecord | TombstoneRecord> | undefined, findings: Finding[]): RevisionFacts {
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    packetId: str(r?.purge_id),
    digest: str(r?.signature_digest),
    supersedes: null,
    windowId: str(r?.release_window_id),
    revision: typeof r?.revision === 'string' ? parseRevision(r.revision) : null,
    signerId: str(r?.signer?.signer_id),
    keyId: str(r?.signer?.key_id),
    signedAt: str(r?.signer?.signed_at_utc),
    findings
  }
}

function inspector(family: typeof APPROVAL_FAMILY, trust: RetentionTrust, now: number, verify: typeof verifyApproval | typeof verifyTombstone): PacketInspector {
  return {
    family,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0${family.name}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
    now,
    inspect: (input: InspectInput) => verify(input.packet, input.signature, trust, now, input.ref).facts
  }
}

export function approvalInspector(trust: RetentionTrust, now: number): PacketInspector {
  return inspector(APPROVAL_FAMILY, trust, now, verifyApproval)
}

export function tombstoneInspector(trust: RetentionTrust, now: number): PacketInspector {
  return inspector(TOMBSTONE_FAMILY, trust, now, verifyTombstone)
}

/** The .log beside each purge record (informative: verify never reads it). */
export function renderPurgeLog(what: string, r: ApprovalRecord | TombstoneRecord, now: number): string {
  const lines: [string, string][] = [
    ['record', what],
    ['purge_id', r.purge_id],
    ['family', r.family],
    ['release_window_id', r.release_window_id],
    ['targets', `${r.targets.length} files, targets_sha256 ${r.targets_sha256}`],
    ['retention_expiry_utc', r.retention_expiry_utc],
    ['signer', `${r.signer.signer_id} (role ${r.signer.role}, key id ${r.signer.key_id})`],
    ['signed_at_utc', r.signer.signed_at_utc],
    ['signature_digest', `sha256:${r.signature_digest}`],
    ['written_at_utc', formatUtc(now)]
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  return ['release-evidence purge record (informative only: verify proves it from its .json and .sig)', ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n'
}
