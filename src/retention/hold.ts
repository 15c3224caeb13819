import { verifyDocument, signDocument, type SignedFiles } from '../signing/document.js'
import { signerBlock, type Signer, type SignerBlock } from '../signing/signer.js'
import type { Finding, InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import { canonicalSha256, sha256Hex } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { formatRevision, parseRevision } from '../util/revision.js'
import { formatUtc, isCanonicalUtc } from '../util/time.js'
import { HOLD_FAMILY, HOLD_KIND } from './family.js'
import { mayHold, type RetentionTrust } from './trust.js'

// A legal hold is a series of signed, write-once records: r001 places the hold, r002 releases it
// and names r001's signature digest (the hash chain the store checks). Each record is signed by a
// key whose keyring role is one of the retention policy's hold_roles; the CI key never is one.
// A hold without a reason or an owner is never written, and a stored one fails verify (R3).

/** Bumped when the hold verifier's rules change, so cached verdicts are recomputed. */
const VERIFIER_VERSION = 'legal-hold-verifier/1'

export type HoldAction = 'place' | 'release'

export interface HoldRecord {
  hold_id: string
  release_window_id: string
  revision: string
  action: HoldAction
  supersedes: { revision: string; signature_digest: string } | null
  /** why the window is held (copied into the release record) */
  reason: string
  /** who answers for the hold: a person or a compliance team */
  owner: string
  /** the legal case or matter, when there is one */
  case_id: string | null
  /** when the hold was placed (r001's signing instant, copied into r002) */
  placed_at_utc: string
  signer: SignerBlock
  /** sha256 of the RFC 8785 bytes of this record without signature_digest */
  signature_digest: string
}

export type HoldBody = Omit<HoldRecord, 'signature_digest'>

export function sealHold(body: HoldBody): HoldRecord {
  return { ...body, signature_digest: canonicalSha256(body) }
}

/** A stable id for a new hold: the same request by the same key at the same instant gives the same id. */
export function holdIdFor(args: { window: string; reason: string; owner: string; caseId: string | null; signer: Signer }): string {
  return `h${sha256Hex([args.window, args.reason, args.owner, args.caseId ?? '', formatUtc(args.signer.at), args.signer.keyId].join('\0')).slice(0, 12)}`
}

export function placeRecord(args: { holdId: string; window: string; reason: string; owner: string; caseId: string | null; signer: Signer }): HoldRecord {
  return sealHold({
    hold_id: args.holdId,
    release_window_id: args.window,
    revision: formatRevision(1),
    action: 'place',
    supersedes: null,
    reason: args.reason,
    owner: args.owner,
    case_id: args.caseId,
    placed_at_utc: formatUtc(args.signer.at),
    signer: signerBlock(args.signer)
  })
}

export function releaseRecord(placed: HoldRecord, signer: Signer): HoldRecord {
  const { signature_digest: _digest, ...body } = placed
  return sealHold({
    ...body,
    revision: formatRevision(2),
    action: 'release',
    supersedes: { revision: placed.revision, signature_digest: placed.signature_digest },
    signer: signerBlock(signer)
  })
}

export function signHold(record: HoldRecord, signer: Signer): SignedFiles {
  return signDocument(HOLD_KIND, record, signer)
}

export interface HoldVerification {
  ok: boolean
  /** the record: from the verified payload when the signature verifies, else from the .json */
  record: Partial<HoldRecord> | undefined
  signerRole: string | null
  findings: Finding[]
  facts: RevisionFacts
}

export function verifyHold(json: Uint8Array | string, sig: Uint8Array | string | undefined, trust: RetentionTrust, at: number, where?: { window: string; key?: string; revision: number }): HoldVerification {
  const findings: Finding[] = []
  let doc: unknown
  let role: string | null = null
  if (sig === undefined) {
    doc = parseLoose(json)
  } else {
    const v = verifyDocument(HOLD_KIND, json, sig, trust.keyring, at)
    if (v.ok) {
      doc = v.doc
      role = v.key.role
      if (!mayHold(trust, role)) {
        findings.push({ code: 'HOLD_SIGNER_UNAUTHORIZED', field: '/signer/role', detail: `signed by '${v.key.signerId}' with role '${role}', which is not one of the retention policy's hold_roles (${trust.policy.data.hold_roles.join(', ')})` })
      }
    } else {
      findings.push({ code: v.code, field: '', detail: `${v.message}; ${v.fix}` })
      doc = parseLoose(json)
    }
  }
  const record = (typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc : undefined) as Partial<HoldRecord> | undefined
  if (record) findings.push(...checkHoldRecord(record, where))
  else findings.push({ code: 'HOLD_RECORD_INVALID', field: '', detail: 'the hold record is not a JSON object' })
  return { ok: findings.length === 0, record, signerRole: role, findings, facts: factsOf(record, findings) }
}

function checkHoldRecord(r: Partial<HoldRecord>, where?: { window: string; key?: string; revision: number }): Finding[] {
  const out: Finding[] = []
  const bad = (field: string, detail: string) => out.push({ code: 'HOLD_RECORD_INVALID', field, detail })
  if (typeof r.reason !== 'string' || r.reason.trim() === '') out.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: '/reason', detail: 'the hold has no reason' })
  if (typeof r.owner !== 'string' || r.owner.trim() === '') out.push({ code: 'RETENTION_HOLD_INCOMPLETE', field: '/owner', detail: 'the hold has no owner' })
  const rev = typeof r.revision === 'string' ? parseRevision(r.revision) : null
  if (rev === null) bad('/revision', 'revision is not r001, r002')
  else if (rev === 1 && r.action !== 'place') bad('/action', 'r001 of a hold must place it')
  else if (rev === 2 && r.action !== 'release') bad('/action', 'r002 of a hold must release it')
  else if (rev > 2) bad('/revision', 'a hold has two records at most: place (r001) and release (r002)')
  if (typeof r.placed_at_utc !== 'string' || !isCanonicalUtc(r.placed_at_utc)) bad('/placed_at_utc', 'placed_at_utc is not canonical UTC')
  if (typeof r.hold_id !== 'string' || (where?.key !== undefined && r.hold_id !== where.key)) bad('/hold_id', `hold_id ${JSON.stringify(r.hold_id)} is not the hold the file is stored under`)
  if (typeof r.signature_digest !== 'string' || r.signature_digest !== canonicalSha256(withoutDigest(r))) bad('/signature_digest', 'signature_digest is not the sha256 of the record without it')
  return out
}

function withoutDigest(r: Partial<HoldRecord>): Record<string, unknown> {
  const { signature_digest: _omit, ...rest } = r
  return rest
}

function factsOf(r: Partial<HoldRecord> | undefined, findings: Finding[]): RevisionFacts {
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    packetId: str(r?.hold_id),
    digest: str(r?.signature_digest),
    supersedes: str(r?.supersedes?.signature_digest),
    windowId: str(r?.release_window_id),
    revision: typeof r?.revision === 'string' ? parseRevision(r.revision) : null,
    signerId: str(r?.signer?.signer_id),
    keyId: str(r?.signer?.key_id),
    signedAt: str(r?.signer?.signed_at_utc),
    findings
  }
}

/** What `verify` calls for every hold record in the store. */
export function holdInspector(trust: RetentionTrust, now: number): PacketInspector {
  return {
    family: HOLD_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0${trust.keyring.sha256}\0${trust.policy.sha256}`),
    now,
    inspect: (input: InspectInput) => verifyHold(input.packet, input.signature, trust, now, input.ref).facts
  }
}

/** The .log written beside each hold record: what was checked before it was committed. */
export function renderHoldLog(record: HoldRecord, v: HoldVerification, now: number): string {
  const lines: [string, string][] = [
    ['hold_id', record.hold_id],
    ['release_window_id', record.release_window_id],
    ['revision', `${record.revision} (${record.action})`],
    ['signature_digest', `sha256:${record.signature_digest}`],
    ['signer', `${record.signer.signer_id} (role ${record.signer.role}, key id ${record.signer.key_id})`],
    ['signed_at_utc', record.signer.signed_at_utc],
    ['result', v.ok ? 'VERIFIED' : v.findings.map((f) => f.code).join('; ')],
    ['verified_at_utc', formatUtc(now)]
  ]
  const width = Math.max(...lines.map(([k]) => k.length))
  return ['release-evidence legal-hold record verification', ...lines.map(([k, val]) => `${k.padEnd(width)}  ${val}`)].join('\n') + '\n'
}
