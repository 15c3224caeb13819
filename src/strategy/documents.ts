import type { TrustedKey } from '../signing/keyring.js'
import { verifyDocument } from '../signing/document.js'
import { verifySignatureSet, type SignatureSetResult } from '../signing/signature-set.js'
import type { Finding } from '../store/inspect.js'
import { parseLoose } from '../util/json.js'
import { SIGNOFF_PAYLOAD_KIND, STRATEGY_PAYLOAD_KIND } from './family.js'
import { checkPacket, isBlocking } from './packet.js'
import { signerEntry, type StrategyPolicy } from './policy.js'
import type { StrategyTrust } from './trust.js'
import { SIGNOFF_SCHEMA, type Signoff, type StrategyPacket } from './types.js'

// Reading the signed files of lesson 120 as any reader would: a packet (signed by the pipeline)
// and the approvals (one signed document per signer). Approvals are counted with
// verifySignatureSet: one key counts once, the threshold counts people, a key's role is its
// signer's class in the signer-traceability policy (roleOf), and the CI key has no class at all.

export interface PacketRead {
  ok: boolean
  /** the envelope verifies under a key the keyring marks as a published demo key */
  demo?: boolean
  packet: StrategyPacket | null
  findings: Finding[]
}

export function readPacket(json: Buffer, sig: Buffer | undefined, trust: StrategyTrust, at: number): PacketRead {
  if (!sig) {
    const loose = parseLoose(json)
    return { ok: false, packet: typeof loose === 'object' && loose !== null ? (loose as StrategyPacket) : null, findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: 'the packet has no .sig envelope' }] }
  }
  const v = verifyDocument(STRATEGY_PAYLOAD_KIND, json, sig, trust.keyring, at)
  if (!v.ok) {
    const loose = parseLoose(json)
    return { ok: false, packet: typeof loose === 'object' && loose !== null ? (loose as StrategyPacket) : null, findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: `${v.code}: ${v.message}` }] }
  }
  const findings = checkPacket(v.doc, { policy: trust.policy.data })
  return { ok: !findings.some(isBlocking), demo: v.key.demo, packet: v.doc as unknown as StrategyPacket, findings }
}

/** The class a key approves in: its signer's class, 'ci' for a pipeline key, 'unlisted' otherwise. */
export function classOfKey(policy: StrategyPolicy, key: TrustedKey): string {
  if (policy.ci_signer_ids.includes(key.signerId)) return 'ci'
  return signerEntry(policy, key.signerId)?.class ?? 'unlisted'
}

export interface SignoffFile {
  /** repo-relative path of the .json */
  name: string
  json: Buffer
  sig: Buffer | undefined
}

export interface SignoffRead {
  name: string
  signoff: Signoff | null
  /** the reasons it does not count; empty: a valid decision by a policy signer */
  findings: Finding[]
}

/** One approval's own checks: signature, subject, signer in the policy with the class it claims, no CI key, checklist. */
export function readSignoff(file: SignoffFile, packet: StrategyPacket, trust: StrategyTrust, at: number): SignoffRead {
  const policy = trust.policy.data
  const bad = (code: string, detail: string): SignoffRead => ({ name: file.name, signoff: null, findings: [{ code, field: '', detail, file: file.name }] })
  if (!file.sig) return bad('STRATEGY_APPROVAL_INVALID', `${file.name} has no .sig envelope`)
  const v = verifyDocument(SIGNOFF_PAYLOAD_KIND, file.json, file.sig, trust.keyring, at)
  if (!v.ok) return bad('STRATEGY_APPROVAL_INVALID', `${file.name}: ${v.code}: ${v.message}`)
  const s = v.doc as unknown as Signoff
  const findings: Finding[] = []
  const add = (code: string, field: string, detail: string) => findings.push({ code, field, detail, file: file.name })
  if (policy.ci_signer_ids.includes(v.key.signerId)) add('STRATEGY_CI_KEY_APPROVAL', 'signer', `the CI key of '${v.key.signerId}' signed a decision; the CI key never approves`)
  const entry = signerEntry(policy, v.key.signerId)
  if (!entry && !policy.ci_signer_ids.includes(v.key.signerId)) add('STRATEGY_APPROVAL_INVALID', 'signer', `'${v.key.signerId}' is not a signer of the signer-traceability policy`)
  if (entry && (s.signer_class !== entry.class || s.authority_scope !== entry.authority_scope)) {
    add('STRATEGY_SIGNER_CONFLICT', 'signer_class', `'${entry.signer_id}' signed as ${s.signer_class} (${s.authority_scope}); the policy has ${entry.class} (${entry.authority_scope})`)
  }
  if (s.schema !== SIGNOFF_SCHEMA) add('STRATEGY_APPROVAL_INVALID', 'schema', `schema is ${JSON.stringify(s.schema)}`)
  if (s.packet_sha256 !== packet.packet_sha256 || s.strategy_packet_id !== packet.strategy_packet_id || s.packet_revision !== packet.revision) {
    add('STRATEGY_APPROVAL_INVALID', 'packet_sha256', `approves ${s.strategy_packet_id} ${s.packet_revision} sha256:${String(s.packet_sha256).slice(0, 12)}, not ${packet.strategy_packet_id} ${packet.revision} sha256:${packet.packet_sha256.slice(0, 12)}`)
  }
  if (s.decision !== 'approve' && s.decision !== 'reject') add('STRATEGY_APPROVAL_INVALID', 'decision', `decision is ${JSON.stringify(s.decision)}`)
  if (s.recommendation !== 'go' && s.recommendation !== 'hold') add('STRATEGY_APPROVAL_INVALID', 'recommendation', `recommendation is ${JSON.stringify(s.recommendation)}`)
  if (s.decision === 'approve') {
    const missing = policy.reviewer_checklist.filter((item) => s.reviewer_checklist?.[item] !== true)
    if (missing.length > 0) add('STRATEGY_APPROVAL_INVALID', 'reviewer_checklist', `an approval with checklist items not confirmed: ${missing.join(', ')}`)
  }
  if (s.signer.signed_at_utc < packet.built_at_utc) add('STRATEGY_APPROVAL_INVALID', 'signer/signed_at_utc', `signed at ${s.signer.signed_at_utc}, before the packet was built (${packet.built_at_utc})`)
  return { name: file.name, signoff: s, findings }
}

/** The approvals of one packet revision counted against its coverage tier. */
export function countApprovals(files: SignoffFile[], packet: StrategyPacket, trust: StrategyTrust, at: number): SignatureSetResult {
  const policy = trust.policy.data
  const tier = policy.coverage_tiers[packet.coverage_tier] ?? { classes_required: ['strategy_owner', 'release_authority', 'risk_governance_reviewer'], min_distinct_signers: 3 }
  return verifySignatureSet({
    kind: SIGNOFF_PAYLOAD_KIND,
    documents: files.flatMap((f) => (f.sig ? [{ name: f.name, json: f.json, sig: f.sig }] : [])),
    keyring: trust.keyring,
    at,
    subject: packet.packet_sha256,
    subjectOf: '/packet_sha256',
    requirement: { threshold: tier.min_distinct_signers, roles_required: [...tier.classes_required], roles_allowed: ['strategy_owner', 'release_authority', 'risk_governance_reviewer'] },
    requirementSource: { file: trust.policy.file, pointer: `/coverage_tiers/${packet.coverage_tier}` },
    roleOf: (key) => classOfKey(policy, key)
  })
}
