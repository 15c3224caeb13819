import { resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import type { Invocation } from '../lesson.js'
import { CLOSURE_FAMILY } from '../closure/family.js'
import { signDocument, verifyDocument } from '../signing/document.js'
import { parseSigningKey, readSigningSecret, SIGNING_KEY_ENV } from '../signing/keys.js'
import { createSigner, signerBlock, type Signer } from '../signing/signer.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { repoTopLevel } from '../store/history.js'
import type { Finding } from '../store/inspect.js'
import { revisionPaths, seriesFor } from '../store/layout.js'
import { exportWindow, latestRevision, type ExportWindowResult } from '../store/publish.js'
import type { CommitIdentity } from '../store/write.js'
import { idOf, normalizeId } from '../util/ids.js'
import { parseLoose } from '../util/json.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc } from '../util/time.js'
import { SIGNOFF_FAMILY, SIGNOFF_PAYLOAD_KIND, STRATEGY_FAMILY, STRATEGY_PAYLOAD_KIND, signoffKey } from './family.js'
import { buildPacket, checkPacket, contentKey, isBlocking, parseDecision, parseRanking, readJsonInput, type ReadInput } from './packet.js'
import { EVIDENCE_KINDS, signerEntry, type EvidenceKind } from './policy.js'
import { finishStatus, windowStatus } from './state.js'
import { renderStatus } from './render.js'
import { validationLog } from './logs.js'
import { outcomesAt } from './outcomes-read.js'
import { seriesPasses, statusJson } from './panel.js'
import { loadStrategyTrust, type StrategyTrust } from './trust.js'
import { SIGNOFF_SCHEMA, type Signoff, type StrategyPacket } from './types.js'

// The work behind `strategy build|sign|status` (src/strategy/commands.ts).

export type Inv = Invocation

const OPTION_OF: Record<EvidenceKind, string> = {
  ranking_snapshot: 'ranking',
  forecast_band_snapshot: 'forecast',
  dashboard_extract: 'dashboard',
  simulation_rules: 'simulation-rules',
  fail_matrix_run: 'fail-matrix-run'
}

export function str(inv: Inv, name: string): string | undefined {
  const v = (inv.values as Record<string, unknown>)[name]
  return typeof v === 'string' ? v : undefined
}

export function required(inv: Inv, name: string): string {
  const v = str(inv, name)
  if (v === undefined || v === '') throw new UserError({ code: 'USAGE', message: `strategy ${inv.positionals[0]}: --${name} is required` })
  return v
}

export interface Context {
  settings: Settings
  top: string
  trust: StrategyTrust
  branch: string
  parent: string | null
  committer: CommitIdentity
}

export async function context(inv: Inv): Promise<Context> {
  const settings = inv.settings([])
  const top = await repoTopLevel(settings.workspace)
  const trust = await loadStrategyTrust(settings, { writer: true })
  const repo = openRepository(top)
  const branch = str(inv, 'store-branch') || (await repo.currentBranch())
  if (!branch) throw new UserError({ code: 'REPO_INVALID', message: 'HEAD is detached, so there is no branch to commit to; check out a branch or pass --store-branch NAME' })
  const parent = await repo.tryResolveRef(`refs/heads/${branch}`)
  const committer: CommitIdentity = { name: str(inv, 'committer-name') ?? DEFAULT_GIT.committerName, email: str(inv, 'committer-email') ?? DEFAULT_GIT.committerEmail, timestamp: Math.floor(settings.now / 1000) }
  return { settings, top, trust, branch, parent, committer }
}

export async function signerFor(inv: Inv, ctx: Context): Promise<Signer> {
  const keyFile = str(inv, 'key-file')
  const secret = await readSigningSecret({ keyFile: keyFile === undefined ? undefined : resolve(inv.cwd, keyFile), env: inv.env })
  if (!secret) throw new UserError({ code: 'INPUT_MISSING', message: `no signing key: pass --key-file FILE or set $${SIGNING_KEY_ENV}` })
  for (const w of secret.warnings) inv.log.warning(w)
  return createSigner(parseSigningKey(secret.text, secret.source), ctx.trust.keyring, ctx.settings.now, str(inv, 'signer-id'))
}

/** The window's latest closure packet at the parent commit: lesson 114's link in the chain. */
async function closureLink(top: string, parent: string | null, window: string): Promise<StrategyPacket['evidence_bundle']['closure_packet']> {
  const latest = await latestRevision(top, parent, CLOSURE_FAMILY, { window })
  if (!latest) return null
  const doc = parseLoose(latest.packet) as Record<string, unknown> | null
  const digest = doc?.['signature_digest']
  return typeof digest === 'string' ? { path: latest.paths.packet, revision: formatRevision(latest.revision), signature_digest: digest } : null
}

/** The ledger gate's decision for the window, from the configured ledger inputs; null when they are absent. */
async function gateLink(settings: Settings, window: string, log: Inv['log']): Promise<StrategyPacket['evidence_bundle']['ledger_gate']> {
  try {
    const { runLedgerGate } = await import('../ledger/gate.js')
    const gate = await runLedgerGate(settings)
    const w = gate.windows.find((x) => idOf(x.release_window_id) === window)
    return w ? { decision: w.decision, ledger_policy_sha256: gate.policy.sha256 } : null
  } catch (err) {
    if (err instanceof UserError) {
      log.info(`No ledger gate decision cited: ${err.headline}`)
      return null
    }
    throw err
  }
}

export function report(inv: Inv, r: ExportWindowResult, what: string, extra: Record<string, unknown>): ExitCode {
  const blocking = r.findings.filter(isBlocking)
  if (inv.values.json) inv.io.stdout(`${JSON.stringify({ action: r.action, revision: r.revision, commit: r.commitOid, files: r.files, findings: r.findings, ...extra }, null, 2)}\n`)
  else {
    if (r.action === 'written') inv.io.stdout(`${what}: wrote ${r.files!.packet} (${r.commitOid})\n`)
    else if (r.action === 'unchanged') inv.io.stdout(`${what}: unchanged (${formatRevision(Math.max(r.revision, 1))}); nothing written\n`)
    else inv.io.stdout(`${what}: refused, nothing written\n`)
    for (const f of r.findings) inv.io.stdout(`  ${isBlocking(f) ? 'BLOCK' : 'warn '} ${f.code} ${f.field}: ${f.detail}\n`)
  }
  return r.action === 'rejected' || blocking.length > 0 ? ExitCode.PolicyFailure : ExitCode.Pass
}

export async function buildCommand(inv: Inv): Promise<ExitCode> {
  const ctx = await context(inv)
  const series = seriesFor(STRATEGY_FAMILY, required(inv, 'window'), required(inv, 'cluster'))
  const ws = ctx.settings.workspace
  const rankingInput = await readJsonInput(ws, required(inv, 'ranking'), 'ranking')
  const ranking = parseRanking(rankingInput)
  const decision = parseDecision(await readJsonInput(ws, required(inv, 'decision-file'), 'decision-file'))
  const evidence: Partial<Record<EvidenceKind, ReadInput>> = { ranking_snapshot: rankingInput }
  for (const kind of EVIDENCE_KINDS) {
    const path = kind === 'ranking_snapshot' ? undefined : str(inv, OPTION_OF[kind])
    if (path) evidence[kind] = await readJsonInput(ws, path, OPTION_OF[kind])
  }
  const signer = await signerFor(inv, ctx)
  const [closure, gate] = [await closureLink(ctx.top, ctx.parent, series.window), await gateLink(ctx.settings, series.window, inv.log)]
  const status = ctx.parent ? finishStatus(await windowStatus(ctx.top, series.window, ctx.trust, ctx.settings.now), ctx.trust) : []
  const current = status.find((s) => s.exception_cluster_id === series.key)
  let built: StrategyPacket | undefined
  const r = await exportWindow({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: ctx.parent,
    family: STRATEGY_FAMILY,
    series,
    committer: ctx.committer,
    build: (next, previous) => {
      const prevDoc = previous ? (parseLoose(previous.packet) as StrategyPacket | null) : null
      const packet = buildPacket({
        window: series.window,
        cluster: series.key!,
        revision: next,
        supersedes: prevDoc ? { revision: prevDoc.revision, packet_sha256: prevDoc.packet_sha256 } : null,
        policy: ctx.trust.policy.data,
        policySha256: ctx.trust.policy.sha256,
        ranking,
        decision,
        evidence,
        closure,
        gate,
        builtAtUtc: formatUtc(ctx.settings.now),
        signer: signerBlock(signer)
      })
      built = packet
      if (prevDoc && contentKey(prevDoc as unknown as Record<string, unknown>) === contentKey(packet as unknown as Record<string, unknown>)) {
        built = prevDoc
        return { kind: 'unchanged' }
      }
      const findings: Finding[] = checkPacket(packet as unknown as Record<string, unknown>, { policy: ctx.trust.policy.data, ranking })
      const pending = current?.revisions.at(-1)
      if (pending && pending.state === 'pending_signatures') {
        findings.push({ code: 'STRATEGY_TRANSITION_INVALID', field: 'revision', detail: `${pending.revision} is still pending_signatures; a required signer rejects it (strategy sign --decision reject) before a new revision is published` })
      }
      if (findings.some(isBlocking)) return { kind: 'rejected', findings }
      const signed = signDocument(STRATEGY_PAYLOAD_KIND, packet, signer)
      const check = verifyDocument(STRATEGY_PAYLOAD_KIND, signed.json, signed.sig, ctx.trust.keyring, ctx.settings.now)
      if (!check.ok) return { kind: 'rejected', findings: [{ code: 'STRATEGY_PACKET_INVALID', field: '', detail: `${check.code}: ${check.message}` }] }
      const paths = revisionPaths(STRATEGY_FAMILY, { ...series, revision: next })
      const log = packetLog(paths.packet, packet, findings, ctx.trust, ctx.settings.now)
      return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: packet.packet_sha256 } }
    }
  })
  return report(inv, r, `strategy packet ${built?.strategy_packet_id ?? ''}`, { strategy_packet_id: built?.strategy_packet_id, packet_sha256: built?.packet_sha256 })
}

function packetLog(path: string, p: StrategyPacket, findings: Finding[], trust: StrategyTrust, now: number): string {
  return validationLog('approval packet', [
    ['packet', path],
    ['payload_type', STRATEGY_FAMILY.payloadType],
    ['strategy_packet_id', p.strategy_packet_id],
    ['revision', `${p.revision}${p.supersedes ? ` (supersedes ${p.supersedes.revision} sha256:${p.supersedes.packet_sha256})` : ' (first)'}`],
    ['packet_sha256', p.packet_sha256],
    ['selected_lane', `${p.selected_lane_id} / ${p.selected_mitigation_option_id} (confidence ${p.confidence_class}, risk ${p.risk_overlay}, tier ${p.coverage_tier})`],
    ['publisher', `${p.signer.signer_id} (key id ${p.signer.key_id})`],
    ['keyring', `${trust.keyring.file} sha256:${trust.keyring.sha256}`],
    ['strategy_policy', `${trust.policy.file} sha256:${trust.policy.sha256}`],
    ['checks', 'schema completeness; roster (A2); lane in ranking (A3); evidence hashes (A4); packet_sha256 reproduces (A5); rationale (A6); no pending predecessor'],
    ['warnings', findings.length === 0 ? 'none' : findings.map((f) => `${f.code} ${f.field}`).join('; ')],
    ['result', 'VERIFIED (state: pending_signatures)'],
    ['verified_at_utc', formatUtc(now)]
  ])
}

export async function signCommand(inv: Inv): Promise<ExitCode> {
  const ctx = await context(inv)
  const series = seriesFor(STRATEGY_FAMILY, required(inv, 'window'), required(inv, 'cluster'))
  const decision = required(inv, 'decision')
  const recommend = required(inv, 'recommend')
  if (decision !== 'approve' && decision !== 'reject') throw new UserError({ code: 'USAGE', message: `--decision is approve or reject, not '${decision}'` })
  if (recommend !== 'go' && recommend !== 'hold') throw new UserError({ code: 'USAGE', message: `--recommend is go or hold, not '${recommend}'` })
  const signer = await signerFor(inv, ctx)
  const policy = ctx.trust.policy.data
  const refuse = (code: string, detail: string): ExitCode => {
    if (inv.values.json) inv.io.stdout(`${JSON.stringify({ action: 'rejected', findings: [{ code, field: '', detail }] }, null, 2)}\n`)
    else inv.io.stdout(`strategy decision: refused, nothing written\n  BLOCK ${code}: ${detail}\n`)
    return ExitCode.PolicyFailure
  }
  if (policy.ci_signer_ids.includes(signer.signerId)) return refuse('STRATEGY_CI_KEY_APPROVAL', `'${signer.signerId}' is a CI signer: the pipeline key publishes packets and never approves`)
  const entry = signerEntry(policy, signer.signerId)
  if (!entry) return refuse('STRATEGY_APPROVAL_INVALID', `'${signer.signerId}' is not a signer of ${ctx.trust.policy.file}`)

  const status = finishStatus(ctx.parent ? await windowStatus(ctx.top, series.window, ctx.trust, ctx.settings.now) : [], ctx.trust)
  const s = status.find((x) => x.exception_cluster_id === series.key)
  const wanted = str(inv, 'revision')
  const target = wanted ? s?.revisions.find((r) => r.revision === formatRevision(Number(wanted.replace(/^r/, '')))) : s?.revisions.at(-1)
  if (!target || !target.packet) throw new UserError({ code: 'INPUT_MISSING', message: `no published packet ${wanted ?? ''} for ${series.window}/${series.key}; run 'strategy build' first` })
  if (decision === 'approve' && target.state === 'incomplete_evidence') {
    return refuse('STRATEGY_EVIDENCE_INCOMPLETE', `${target.revision} has blocking findings (${[...new Set(target.findings.map((f) => f.code))].join(', ')}); an approval of it would not count`)
  }
  const confirmed = new Set((inv.values as Record<string, unknown>)['confirm'] as string[] | undefined)
  const checklist = Object.fromEntries(policy.reviewer_checklist.map((item) => [item, confirmed.has('all') || confirmed.has(item)]))
  const unknown = [...confirmed].filter((c) => c !== 'all' && !policy.reviewer_checklist.includes(c))
  if (unknown.length > 0) throw new UserError({ code: 'USAGE', message: `--confirm ${unknown.join(', ')}: not a reviewer_checklist item (${policy.reviewer_checklist.join(', ')})` })
  if (decision === 'approve' && Object.values(checklist).some((v) => !v)) {
    throw new UserError({ code: 'USAGE', message: `an approval confirms every checklist item: --confirm ${policy.reviewer_checklist.filter((i) => !checklist[i]).join(' --confirm ')} (or --confirm all)` })
  }
  const revision = Number(target.revision.slice(1))
  const doc: Signoff = {
    schema: SIGNOFF_SCHEMA,
    strategy_packet_id: target.packet.strategy_packet_id,
    release_window_id: series.window,
    exception_cluster_id: series.key!,
    packet_revision: target.revision,
    packet_sha256: target.packet.packet_sha256,
    decision,
    recommendation: recommend,
    signer_class: entry.class,
    authority_scope: entry.authority_scope,
    reviewer_checklist: checklist,
    note: str(inv, 'note') ?? '',
    signer: signerBlock(signer)
  }
  const key = signoffKey(series.key!, revision, normalizeId(signer.signerId, 'signer id'))
  const r = await exportWindow({
    dir: ctx.top,
    branch: ctx.branch,
    parentOid: ctx.parent,
    family: SIGNOFF_FAMILY,
    series: { window: series.window, key },
    committer: ctx.committer,
    build: (next, previous) => {
      if (previous) {
        const before = parseLoose(previous.packet) as Signoff | null
        if (before?.decision === decision) return { kind: 'unchanged' }
        return { kind: 'rejected', findings: [{ code: 'STRATEGY_TRANSITION_INVALID', field: 'decision', detail: `'${signer.signerId}' already decided '${before?.decision}' on ${target.revision}; a decision is final (a new packet revision asks again)` }] }
      }
      const signed = signDocument(SIGNOFF_PAYLOAD_KIND, doc, signer)
      const paths = revisionPaths(SIGNOFF_FAMILY, { window: series.window, key, revision: next })
      const log = validationLog('decision', [
        ['decision', paths.packet],
        ['payload_type', SIGNOFF_FAMILY.payloadType],
        ['packet', `${target.packet_path} sha256:${doc.packet_sha256} (${target.state} at signing)`],
        ['signer', `${signer.signerId} (${entry.class}, ${entry.authority_scope}, key id ${signer.keyId})`],
        ['verdict', `${decision} (recommends ${recommend})`],
        ['checklist', policy.reviewer_checklist.map((item) => `${item}=${checklist[item] ? 'yes' : 'no'}`).join(', ')],
        ['checks', 'signer in the policy with its class and scope; not a CI key; packet published and not incomplete; checklist confirmed (approve)'],
        ['result', 'SIGNED'],
        ['signed_at_utc', doc.signer.signed_at_utc]
      ])
      return { kind: 'signed', files: { packet: Buffer.from(signed.json), signature: Buffer.from(signed.sig), log: Buffer.from(log), digest: signed.payloadSha256 } }
    }
  })
  return report(inv, r, `strategy decision ${signer.signerId} ${decision} ${target.revision}`, { signer_id: signer.signerId, decision, packet_sha256: doc.packet_sha256 })
}

export async function statusCommand(inv: Inv): Promise<ExitCode> {
  const settings = inv.settings([])
  const top = await repoTopLevel(settings.workspace)
  const trust = await loadStrategyTrust(settings, { what: 'strategy status' })
  const window = normalizeId(required(inv, 'window'), 'release_window_id')
  const clusterRaw = str(inv, 'cluster')
  const cluster = clusterRaw === undefined ? undefined : normalizeId(clusterRaw, 'exception cluster')
  const all = finishStatus(await windowStatus(top, window, trust, settings.now), trust).filter((s) => cluster === undefined || s.exception_cluster_id === cluster)
  const ok = all.length > 0 && all.every(seriesPasses)
  const outcomes = await outcomesAt(top, window, trust, settings.now)
  if (inv.values.json) inv.io.stdout(`${JSON.stringify({ release_window_id: window, passed: ok, series: all.map((s) => statusJson(s, outcomes)) }, null, 2)}\n`)
  else inv.io.stdout(renderStatus(window, all, outcomes))
  return ok ? ExitCode.Pass : ExitCode.PolicyFailure
}

