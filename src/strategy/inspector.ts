import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { verifyDocument } from '../signing/document.js'
import type { Settings } from '../settings.js'
import type { InspectInput, PacketInspector, RevisionFacts } from '../store/inspect.js'
import { sha256Hex } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { formatRevision, parseRevision } from '../util/revision.js'
import { repoTopLevel } from '../store/history.js'
import { utcMs } from '../util/time.js'
import { readPacket } from './documents.js'
import { DIVERGENCE_FAMILY, DIVERGENCE_PAYLOAD_KIND, OUTCOME_FAMILY, OUTCOME_PAYLOAD_KIND, SIGNOFF_FAMILY, SIGNOFF_PAYLOAD_KIND, STRATEGY_FAMILY, STRATEGY_VERIFIER_VERSION as VERIFIER_VERSION, revisionKey, signoffKey } from './family.js'
import { isBlocking } from './packet.js'
import { signerEntry } from './policy.js'
import { loadStrategyTrust, type StrategyTrust } from './trust.js'
import { DIVERGENCE_SCHEMA, OUTCOME_SCHEMA, SIGNOFF_SCHEMA, type DivergenceDocument, type OutcomeReview, type Signoff, type StrategyPacket } from './types.js'

// Lesson 120's four families as `verify` sees them: every packet, decision, outcome review and
// divergence record is checked
// on its own bytes (signature, schema, hash, signer class); the store adds write-once, chains and
// layout. Whether the decisions add up to an approval is history's question: `strategy status`.


/** The trust of lesson 120, or null when the repository has no strategy policy (nothing to trust). */
export async function loadOptionalTrust(settings: Settings): Promise<StrategyTrust | null> {
  try {
    await access(resolve(settings.workspace, settings.policies['strategy-approval']))
  } catch {
    return null
  }
  return loadStrategyTrust(settings)
}

const NO_POLICY = { code: 'STRATEGY_PACKET_INVALID', field: '', detail: 'there is no strategy-approval policy to verify this file against; add policies/strategy-approval.yaml (--strategy-policy)' }

export function packetInspector(trust: StrategyTrust | null, now: number): PacketInspector {
  return {
    family: STRATEGY_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0packet\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
    now,
    inspect: (input) => inspectPacket(input, trust, now)
  }
}

/** `{window}/{cluster}/rNNN` -> packet_sha256 of every packet at HEAD whose envelope verifies. */
export type PacketDigests = ReadonlyMap<string, string>

/** The packets a decision may name, read once per verify run (a decision is checked against its packet). */
export async function packetDigests(settings: Settings, trust: StrategyTrust | null): Promise<PacketDigests> {
  const out = new Map<string, string>()
  if (!trust) return out
  const { readStrategyRevisions } = await import('./reader.js')
  const read = await readStrategyRevisions(await repoTopLevel(settings.workspace), undefined, { trust, now: settings.now })
  for (const p of read.packets) {
    if (p.verified === true && typeof p.doc?.packet_sha256 === 'string') out.set(`${p.release_window_id}/${p.series}/${formatRevision(p.revision)}`, p.doc.packet_sha256)
  }
  return out
}

export function signoffInspector(trust: StrategyTrust | null, now: number, packets: PacketDigests = new Map()): PacketInspector {
  const digests = [...packets].map(([k, v]) => `${k}=${v}`).sort().join(',')
  return {
    family: SIGNOFF_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0signoff\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}\0${sha256Hex(digests)}`),
    now,
    inspect: (input) => inspectSignoff(input, trust, now, packets)
  }
}

function looseFacts(json: Buffer): Omit<RevisionFacts, 'findings'> {
  const d = parseLoose(json) as Partial<StrategyPacket> | null
  const ok = typeof d === 'object' && d !== null
  return {
    packetId: ok && typeof d.strategy_packet_id === 'string' ? d.strategy_packet_id : null,
    digest: ok && typeof d.packet_sha256 === 'string' ? d.packet_sha256 : null,
    supersedes: ok && d.supersedes && typeof d.supersedes.packet_sha256 === 'string' ? d.supersedes.packet_sha256 : null,
    windowId: ok && typeof d.release_window_id === 'string' ? d.release_window_id : null,
    revision: ok && typeof d.revision === 'string' ? parseRevision(d.revision) : null,
    signerId: ok && typeof d.signer?.signer_id === 'string' ? d.signer.signer_id : null,
    keyId: ok && typeof d.signer?.key_id === 'string' ? d.signer.key_id : null,
    signedAt: ok && typeof d.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null
  }
}

export function inspectPacket(input: InspectInput, trust: StrategyTrust | null, now: number): RevisionFacts {
  const facts = looseFacts(input.packet)
  if (input.signature === undefined) return { ...facts, findings: [] }
  if (!trust) return { ...facts, findings: [NO_POLICY] }
  const read = readPacket(input.packet, input.signature, trust, now)
  const findings = read.findings.filter(isBlocking)
  if (read.packet && read.packet.exception_cluster_id !== input.ref.key) findings.push({ code: 'STRATEGY_PACKET_INVALID', field: 'exception_cluster_id', detail: `the packet names cluster '${read.packet.exception_cluster_id}' but is stored as ${input.ref.key}` })
  return { ...facts, demo: read.demo === true, findings }
}

export function inspectSignoff(input: InspectInput, trust: StrategyTrust | null, now: number, packets: PacketDigests = new Map()): RevisionFacts {
  const d = parseLoose(input.packet) as Partial<Signoff> | null
  const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null
  const base: Omit<RevisionFacts, 'findings'> = {
    packetId: typeof d?.strategy_packet_id === 'string' && typeof d.signer?.signer_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/${d.signer.signer_id}` : null,
    digest: sha256Hex(input.packet),
    supersedes: null,
    windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
    revision: input.ref.revision,
    signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
    keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
    signedAt: signedAt !== null && utcMs(signedAt) !== undefined ? signedAt : null
  }
  if (input.signature === undefined) return { ...base, findings: [] }
  if (!trust) return { ...base, findings: [NO_POLICY] }
  const v = verifyDocument(SIGNOFF_PAYLOAD_KIND, input.packet, input.signature, trust.keyring, now)
  if (!v.ok) return { ...base, findings: [{ code: 'STRATEGY_APPROVAL_INVALID', field: '', detail: `${v.code}: ${v.message}` }] }
  const s = v.doc as unknown as Signoff
  const findings: RevisionFacts['findings'] = []
  const policy = trust.policy.data
  if (policy.ci_signer_ids.includes(v.key.signerId)) findings.push({ code: 'STRATEGY_CI_KEY_APPROVAL', field: 'signer', detail: `the CI key of '${v.key.signerId}' signed a decision` })
  const entry = signerEntry(policy, v.key.signerId)
  if (!entry && !policy.ci_signer_ids.includes(v.key.signerId)) findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `'${v.key.signerId}' is not a signer of ${trust.policy.file}` })
  if (entry && (s.signer_class !== entry.class || s.authority_scope !== entry.authority_scope)) findings.push({ code: 'STRATEGY_SIGNER_CONFLICT', field: 'signer_class', detail: `'${entry.signer_id}' signed as ${s.signer_class}; the policy has ${entry.class}` })
  if (s.schema !== SIGNOFF_SCHEMA) findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(s.schema)}` })
  const rev = typeof s.packet_revision === 'string' ? parseRevision(s.packet_revision) : null
  if (rev === null || signoffKey(String(s.exception_cluster_id), rev, v.key.signerId) !== input.ref.key) {
    findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'signer', detail: `a decision by '${v.key.signerId}' on ${String(s.exception_cluster_id)} ${String(s.packet_revision)} stored as ${input.ref.key}` })
  }
  const named = packets.get(`${input.ref.window}/${String(s.exception_cluster_id)}/${String(s.packet_revision)}`)
  if (named === undefined) findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'packet_revision', detail: `decides on ${String(s.exception_cluster_id)} ${String(s.packet_revision)}, which is not a published packet that verifies` })
  else if (s.packet_sha256 !== named) findings.push({ code: 'STRATEGY_APPROVAL_INVALID', field: 'packet_sha256', detail: `approves packet sha256:${String(s.packet_sha256).slice(0, 12)}, but ${String(s.packet_revision)} is sha256:${named.slice(0, 12)}` })
  return { ...base, demo: v.key.demo, findings }
}

export function outcomeInspector(trust: StrategyTrust | null, now: number): PacketInspector {
  return {
    family: OUTCOME_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0outcome\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
    now,
    inspect: (input) => inspectOutcome(input, trust, now)
  }
}

export function inspectOutcome(input: InspectInput, trust: StrategyTrust | null, now: number): RevisionFacts {
  const d = parseLoose(input.packet) as Partial<OutcomeReview> | null
  const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null
  const base: Omit<RevisionFacts, 'findings'> = {
    packetId: typeof d?.strategy_packet_id === 'string' ? `${d.strategy_packet_id}/${d.packet_revision}/outcome` : null,
    digest: sha256Hex(input.packet),
    supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
    windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
    revision: input.ref.revision,
    signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
    keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
    signedAt: signedAt !== null && utcMs(signedAt) !== undefined ? signedAt : null
  }
  if (input.signature === undefined) return { ...base, findings: [] }
  if (!trust) return { ...base, findings: [NO_POLICY] }
  const v = verifyDocument(OUTCOME_PAYLOAD_KIND, input.packet, input.signature, trust.keyring, now)
  if (!v.ok) return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] }
  const o = v.doc as unknown as OutcomeReview
  const findings: RevisionFacts['findings'] = []
  if (o.schema !== OUTCOME_SCHEMA) findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'schema', detail: `schema is ${JSON.stringify(o.schema)}` })
  if (revisionKey(String(o.exception_cluster_id), String(o.packet_revision)) !== input.ref.key) findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field: 'packet_revision', detail: `a review of ${String(o.exception_cluster_id)} ${String(o.packet_revision)} stored as ${input.ref.key}` })
  return { ...base, demo: v.key.demo, findings }
}

export function divergenceInspector(trust: StrategyTrust | null, now: number): PacketInspector {
  return {
    family: DIVERGENCE_FAMILY,
    fingerprint: sha256Hex(`${VERIFIER_VERSION}\0divergence\0${trust?.keyring.sha256 ?? '-'}\0${trust?.policy.sha256 ?? '-'}`),
    now,
    inspect: (input) => inspectDivergence(input, trust, now)
  }
}

/** A divergence record on its own bytes: signature, schema, the fields of the seed, and the series its path names. */
export function inspectDivergence(input: InspectInput, trust: StrategyTrust | null, now: number): RevisionFacts {
  const d = parseLoose(input.packet) as Partial<DivergenceDocument> | null
  const signedAt = typeof d?.signer?.signed_at_utc === 'string' ? d.signer.signed_at_utc : null
  const base: Omit<RevisionFacts, 'findings'> = {
    packetId: typeof d?.strategy_divergence_incident_id === 'string' ? d.strategy_divergence_incident_id : null,
    digest: sha256Hex(input.packet),
    supersedes: typeof d?.supersedes?.sha256 === 'string' ? d.supersedes.sha256 : null,
    windowId: typeof d?.release_window_id === 'string' ? d.release_window_id : null,
    revision: input.ref.revision,
    signerId: typeof d?.signer?.signer_id === 'string' ? d.signer.signer_id : null,
    keyId: typeof d?.signer?.key_id === 'string' ? d.signer.key_id : null,
    signedAt: signedAt !== null && utcMs(signedAt) !== undefined ? signedAt : null
  }
  if (input.signature === undefined) return { ...base, findings: [] }
  if (!trust) return { ...base, findings: [NO_POLICY] }
  const v = verifyDocument(DIVERGENCE_PAYLOAD_KIND, input.packet, input.signature, trust.keyring, now)
  if (!v.ok) return { ...base, findings: [{ code: 'STRATEGY_OUTCOME_INVALID', field: '', detail: `${v.code}: ${v.message}` }] }
  const o = v.doc as unknown as DivergenceDocument
  const findings: RevisionFacts['findings'] = []
  const bad = (field: string, detail: string) => findings.push({ code: 'STRATEGY_OUTCOME_INVALID', field, detail })
  if (o.schema !== DIVERGENCE_SCHEMA) bad('schema', `schema is ${JSON.stringify(o.schema)}`)
  for (const f of ['strategy_divergence_incident_id', 'affected_packet_id', 'required_policy_update_action'] as const) if (typeof o[f] !== 'string' || o[f] === '') bad(f, `${f} is missing`)
  if (!Array.isArray(o.triggers) || o.triggers.length === 0) bad('triggers', 'a divergence record names at least one trigger')
  if (revisionKey(String(o.exception_cluster_id), String(o.affected_revision)) !== input.ref.key) bad('affected_revision', `a record on ${String(o.exception_cluster_id)} ${String(o.affected_revision)} stored as ${input.ref.key}`)
  return { ...base, demo: v.key.demo, findings }
}
