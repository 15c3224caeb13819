import { readFile } from 'node:fs/promises'
import { relative, resolve, sep } from 'node:path'
import { UserError } from '../errors.js'
import type { Finding } from '../store/inspect.js'
import type { SignerBlock } from '../signing/signer.js'
import { canonicalSha256, sha256Hex } from '../util/hash.js'
import { idOf } from '../util/ids.js'
import { formatRevision } from '../util/revision.js'
import { STRATEGY_CODES, type StrategyCode } from './codes.js'
import { OUTCOME_FAMILY, revisionKey } from './family.js'
import { revisionPaths } from '../store/layout.js'
import { EVIDENCE_KINDS, type EvidenceKind, type RiskLevel, type StrategyPolicy } from './policy.js'
import {
  PACKET_SCHEMA,
  RATIONALE_LIST_FIELDS,
  RATIONALE_TEXT_FIELDS,
  type DecisionRationale,
  type EvidenceBundle,
  type RosterEntry,
  type StrategyPacket
} from './types.js'

// Building a strategy-approval packet from its inputs (examples/strategy/ shows each format) and
// the checks a packet must pass whoever built it: A3 (lane replayable from the ranking), A4
// (evidence complete), A5 (packet_sha256 reproduces), A6 (rationale complete) and the roster (A2).

export interface RankingLane {
  lane_id: string
  mitigation_option_id: string
  rank: number
  score: number
  confidence_class: string
  risk_overlay: RiskLevel
  projected_convergence_hours: number
}

export interface RankingSnapshot {
  ranking_snapshot_id: string
  release_window_id: string
  exception_cluster_id: string
  simulation_rule_version: string
  lanes: RankingLane[]
  top_two_comparison: { first_lane_id: string; second_lane_id: string; score_delta: number; deciding_factor: string }
  fallback_label: string
}

export interface DecisionInput {
  selected_lane_id: string
  selected_mitigation_option_id: string
  decision_rationale: DecisionRationale
}

/** One input file, read: its bytes' sha256, its repo-relative path and the parsed JSON. */
export interface ReadInput {
  uri: string
  sha256: string
  doc: Record<string, unknown>
}

/** The id field each evidence input names itself by. */
export const EVIDENCE_ID_FIELD: Record<EvidenceKind, string> = {
  ranking_snapshot: 'ranking_snapshot_id',
  forecast_band_snapshot: 'forecast_snapshot_id',
  dashboard_extract: 'dashboard_extract_id',
  simulation_rules: 'simulation_rule_version',
  fail_matrix_run: 'fail_matrix_run_id'
}

export async function readJsonInput(workspace: string, path: string, option: string): Promise<ReadInput> {
  const abs = resolve(workspace, path)
  let bytes: Buffer
  try {
    bytes = await readFile(abs)
  } catch {
    throw new UserError({ code: 'INPUT_MISSING', message: `--${option} ${path}: file not found` })
  }
  let doc: unknown
  try {
    doc = JSON.parse(bytes.toString('utf8'))
  } catch (err) {
    throw new UserError({ code: 'INPUT_UNREADABLE', message: `--${option} ${path}: not JSON (${(err as Error).message})` })
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new UserError({ code: 'INPUT_INVALID', message: `--${option} ${path}: not a JSON object` })
  const rel = relative(workspace, abs).split(sep).join('/')
  return { uri: rel.startsWith('..') ? abs : rel, sha256: sha256Hex(bytes), doc: doc as Record<string, unknown> }
}

const str = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

/** The ranking snapshot, shape-checked (exit 2 on a malformed one: it cannot be evaluated). */
export function parseRanking(input: ReadInput): RankingSnapshot {
  const d = input.doc
  const problems: string[] = []
  for (const f of ['ranking_snapshot_id', 'release_window_id', 'exception_cluster_id', 'simulation_rule_version', 'fallback_label']) if (!str(d[f])) problems.push(`${f} is missing`)
  if (!Array.isArray(d['lanes']) || d['lanes'].length === 0) problems.push('lanes is not a non-empty list')
  else
    (d['lanes'] as unknown[]).forEach((l, i) => {
      const lane = l as Record<string, unknown>
      for (const f of ['lane_id', 'mitigation_option_id', 'confidence_class', 'risk_overlay']) if (!str(lane?.[f])) problems.push(`lanes[${i}].${f} is missing`)
      if (!['low', 'medium', 'high', 'critical'].includes(lane?.['risk_overlay'] as string)) problems.push(`lanes[${i}].risk_overlay is not low, medium, high or critical`)
      for (const f of ['rank', 'score']) if (typeof lane?.[f] !== 'number') problems.push(`lanes[${i}].${f} is not a number`)
    })
  const t = d['top_two_comparison'] as Record<string, unknown> | undefined
  if (!t || !str(t['first_lane_id']) || !str(t['second_lane_id'])) problems.push('top_two_comparison needs first_lane_id and second_lane_id')
  if (problems.length > 0) throw new UserError({ code: 'INPUT_INVALID', message: `${input.uri}: not a lane ranking snapshot: ${problems.join('; ')}` })
  return d as unknown as RankingSnapshot
}

export function parseDecision(input: ReadInput): DecisionInput {
  const d = input.doc
  if (!str(d['selected_lane_id']) || !str(d['selected_mitigation_option_id']) || typeof d['decision_rationale'] !== 'object' || d['decision_rationale'] === null) {
    throw new UserError({ code: 'INPUT_INVALID', message: `${input.uri}: a decision needs selected_lane_id, selected_mitigation_option_id and decision_rationale` })
  }
  return d as unknown as DecisionInput
}

export interface BuildArgs {
  window: string
  cluster: string
  revision: number
  supersedes: StrategyPacket['supersedes']
  policy: StrategyPolicy
  policySha256: string
  ranking: RankingSnapshot
  decision: DecisionInput
  evidence: Partial<Record<EvidenceKind, ReadInput>>
  closure: EvidenceBundle['closure_packet']
  gate: EvidenceBundle['ledger_gate']
  builtAtUtc: string
  signer: SignerBlock
}

export function packetId(policy: StrategyPolicy, window: string, cluster: string): string {
  return `${policy.packet_id_prefix}-${window}-${cluster}`
}

/** The roster the coverage tier of a risk level asks for: every policy signer, required by class. */
export function rosterFor(policy: StrategyPolicy, risk: string): { tier: string; roster: RosterEntry[] } {
  const tier = policy.tier_by_risk[risk as RiskLevel] ?? policy.tier_by_risk.critical
  const required = new Set<string>(policy.coverage_tiers[tier]?.classes_required ?? [])
  const roster = policy.signers
    .map((s) => ({ signer_id: s.signer_id, class: s.class, authority_scope: s.authority_scope, required: required.has(s.class) }))
    .sort((a, b) => (a.signer_id < b.signer_id ? -1 : a.signer_id > b.signer_id ? 1 : 0))
  return { tier, roster }
}

export function buildPacket(a: BuildArgs): StrategyPacket {
  const lane = a.ranking.lanes.find((l) => l.lane_id === a.decision.selected_lane_id)
  const { tier, roster } = rosterFor(a.policy, lane?.risk_overlay ?? 'critical')
  const bundle: EvidenceBundle = { closure_packet: a.closure, ledger_gate: a.gate }
  for (const kind of EVIDENCE_KINDS) {
    const input = a.evidence[kind]
    if (!input) continue
    const id = input.doc[EVIDENCE_ID_FIELD[kind]]
    bundle[kind] = { id: typeof id === 'string' ? id : '', sha256: input.sha256, uri: input.uri }
  }
  const rev = formatRevision(a.revision)
  const body: Omit<StrategyPacket, 'packet_sha256'> = {
    schema: PACKET_SCHEMA,
    strategy_packet_id: packetId(a.policy, a.window, a.cluster),
    revision: rev,
    supersedes: a.supersedes,
    release_window_id: a.window,
    exception_cluster_id: a.cluster,
    selected_lane_id: a.decision.selected_lane_id,
    selected_mitigation_option_id: a.decision.selected_mitigation_option_id,
    ranking_snapshot_id: a.ranking.ranking_snapshot_id,
    confidence_class: lane?.confidence_class ?? '',
    risk_overlay: lane?.risk_overlay ?? '',
    fallback_label: a.ranking.fallback_label,
    top_two_comparison: a.ranking.top_two_comparison,
    coverage_tier: tier,
    approval_timestamp_utc: null,
    approval_state: 'pending_signatures',
    signer_roster: roster,
    evidence_bundle: bundle,
    decision_rationale: a.decision.decision_rationale,
    post_window_outcome_link: revisionPaths(OUTCOME_FAMILY, { window: a.window, key: revisionKey(a.cluster, rev), revision: 1 }).packet,
    policy_sha256: a.policySha256,
    built_at_utc: a.builtAtUtc,
    signer: a.signer
  }
  return { ...body, packet_sha256: packetSha256(body) }
}

/** What packet_sha256 covers: everything but itself, the publishing signer and the build instant. */
export function packetSha256(packet: Record<string, unknown>): string {
  const { packet_sha256: _h, signer: _s, built_at_utc: _b, ...content } = packet
  return canonicalSha256(content)
}

/** What makes two builds the same content (unchanged writes nothing): also without revision and link. */
export function contentKey(packet: Record<string, unknown>): string {
  const { packet_sha256: _h, signer: _s, built_at_utc: _b, revision: _r, supersedes: _p, post_window_outcome_link: _o, ...content } = packet
  return canonicalSha256(content)
}

export interface PacketCheckContext {
  policy: StrategyPolicy
  /** the ranking snapshot the packet cites, when at hand (build time); A3 is checked against it */
  ranking?: RankingSnapshot
}

/** Every rule a packet's own content must satisfy, as findings; empty: the packet is complete. */
export function checkPacket(doc: Record<string, unknown>, ctx: PacketCheckContext): Finding[] {
  const out: Finding[] = []
  const add = (code: StrategyCode, field: string, detail: string) => out.push({ code, field, detail })
  const p = doc as Partial<StrategyPacket>
  for (const f of ['strategy_packet_id', 'release_window_id', 'exception_cluster_id', 'selected_lane_id', 'selected_mitigation_option_id', 'ranking_snapshot_id', 'revision', 'packet_sha256'] as const) {
    if (!str(p[f])) add('STRATEGY_PACKET_INVALID', f, `${f} is missing or empty`)
  }
  for (const f of ['approval_timestamp_utc', 'approval_state', 'signer_roster', 'evidence_bundle', 'decision_rationale', 'post_window_outcome_link'] as const) {
    if (!Object.hasOwn(doc, f)) add('STRATEGY_PACKET_INVALID', f, `${f} is missing`)
  }
  if (p.schema !== PACKET_SCHEMA) add('STRATEGY_PACKET_INVALID', 'schema', `schema is ${JSON.stringify(p.schema)}, not ${PACKET_SCHEMA}`)
  // draft->approved: a packet is published pending; approval is read from history, never written in
  if (Object.hasOwn(doc, 'approval_state') && p.approval_state !== 'pending_signatures') {
    add('STRATEGY_TRANSITION_INVALID', 'approval_state', `the packet is published as '${String(p.approval_state)}'; a published packet is pending_signatures and its approval comes from signed approvals in history`)
  }
  if (Object.hasOwn(doc, 'approval_timestamp_utc') && p.approval_timestamp_utc !== null) add('STRATEGY_TRANSITION_INVALID', 'approval_timestamp_utc', 'a published packet carries no approval time; it is read from history')

  // A5
  if (str(p.packet_sha256) && p.packet_sha256 !== packetSha256(doc)) add('STRATEGY_HASH_MISMATCH', 'packet_sha256', `packet_sha256 ${p.packet_sha256} does not reproduce; the content hashes to ${packetSha256(doc)}`)

  // A2: the roster
  const roster = Array.isArray(p.signer_roster) ? p.signer_roster : []
  const seen = new Map<string, string>()
  roster.forEach((r, i) => {
    const before = seen.get(r.signer_id)
    if (before !== undefined) add('STRATEGY_SIGNER_CONFLICT', `signer_roster/${i}`, `signer '${r.signer_id}' is listed as ${before} and again as ${r.class}`)
    seen.set(r.signer_id, r.class)
    if (ctx.policy.ci_signer_ids.includes(r.signer_id)) add('STRATEGY_SIGNER_CONFLICT', `signer_roster/${i}`, `'${r.signer_id}' is a CI signer and cannot be on the approval roster`)
  })
  const tier = ctx.policy.coverage_tiers[String(p.coverage_tier)]
  if (!tier) add('STRATEGY_PACKET_INVALID', 'coverage_tier', `coverage tier '${String(p.coverage_tier)}' is not in the policy`)
  else
    for (const c of tier.classes_required) {
      if (!roster.some((r) => r.class === c && r.required)) add('STRATEGY_COVERAGE_UNMET', 'signer_roster', `the roster has no required signer of class ${c} (tier ${String(p.coverage_tier)})`)
    }

  // A4
  const bundle = (p.evidence_bundle ?? {}) as Partial<EvidenceBundle>
  for (const kind of ctx.policy.required_evidence) {
    const e = bundle[kind]
    if (!e) add('STRATEGY_EVIDENCE_INCOMPLETE', `evidence_bundle/${kind}`, `incomplete_evidence: no ${kind} is cited`)
    else if (!/^[0-9a-f]{64}$/.test(String(e.sha256))) add('STRATEGY_EVIDENCE_INCOMPLETE', `evidence_bundle/${kind}/sha256`, `incomplete_evidence: ${kind} has no sha256`)
    else if (!str(e.uri) || !str(e.id)) add('STRATEGY_EVIDENCE_INCOMPLETE', `evidence_bundle/${kind}`, `incomplete_evidence: ${kind} has no URI or id`)
  }
  if (bundle.ranking_snapshot && str(p.ranking_snapshot_id) && bundle.ranking_snapshot.id !== p.ranking_snapshot_id) {
    add('STRATEGY_LANE_NOT_IN_RANKING', 'ranking_snapshot_id', `ranking_snapshot_id ${p.ranking_snapshot_id} is not the cited snapshot ${bundle.ranking_snapshot.id}`)
  }
  if (!bundle.closure_packet) add('STRATEGY_CHAIN_UNLINKED', 'evidence_bundle/closure_packet', 'no closure packet of the window is cited')
  if (!bundle.ledger_gate) add('STRATEGY_CHAIN_UNLINKED', 'evidence_bundle/ledger_gate', 'no ledger gate decision is cited')

  // A3
  if (ctx.ranking && (idOf(ctx.ranking.release_window_id) !== p.release_window_id || idOf(ctx.ranking.exception_cluster_id) !== p.exception_cluster_id)) {
    add('STRATEGY_LANE_NOT_IN_RANKING', 'ranking_snapshot_id', `ranking ${ctx.ranking.ranking_snapshot_id} ranks ${ctx.ranking.release_window_id}/${ctx.ranking.exception_cluster_id}, not ${String(p.release_window_id)}/${String(p.exception_cluster_id)}`)
  }
  if (ctx.ranking) {
    const lane = ctx.ranking.lanes.find((l) => l.lane_id === p.selected_lane_id)
    if (!lane) add('STRATEGY_LANE_NOT_IN_RANKING', 'selected_lane_id', `lane '${String(p.selected_lane_id)}' is not in ranking ${ctx.ranking.ranking_snapshot_id} (${ctx.ranking.lanes.map((l) => l.lane_id).join(', ')})`)
    else if (lane.mitigation_option_id !== p.selected_mitigation_option_id) {
      add('STRATEGY_LANE_NOT_IN_RANKING', 'selected_mitigation_option_id', `lane '${lane.lane_id}' ranks option '${lane.mitigation_option_id}', not '${String(p.selected_mitigation_option_id)}'`)
    }
  }

  // A6
  const r = (p.decision_rationale ?? {}) as Partial<DecisionRationale>
  for (const f of RATIONALE_TEXT_FIELDS) if (!str(r[f])) add('STRATEGY_RATIONALE_INCOMPLETE', `decision_rationale/${f}`, `${f} is empty`)
  for (const f of RATIONALE_LIST_FIELDS) if (!Array.isArray(r[f]) || !(r[f] as unknown[]).every(str)) add('STRATEGY_RATIONALE_INCOMPLETE', `decision_rationale/${f}`, `${f} is not a list of reasons`)
  const other = p.top_two_comparison && (p.top_two_comparison.first_lane_id === p.selected_lane_id ? p.top_two_comparison.second_lane_id : p.top_two_comparison.first_lane_id)
  if (other && str(r.rejected_lane_1_reason) && str(r.rejected_lane_2_reason) && !`${r.rejected_lane_1_reason} ${r.rejected_lane_2_reason}`.includes(other)) {
    add('STRATEGY_RATIONALE_INCOMPLETE', 'decision_rationale/rejected_lane_1_reason', `the runner-up of the top-two comparison, '${other}', is named in no rejected-lane reason`)
  }
  return out
}

/** Blocking unless the code registry says warning or info (codes of other modules: blocking). */
export function isBlocking(f: Finding): boolean {
  const info = (STRATEGY_CODES as Record<string, { severity: string }>)[f.code]
  return info === undefined || info.severity === 'blocking'
}
