import { openRepository } from '../git/index.js'
import type { Defect } from '../findings/defect.js'
import type { Settings } from '../settings.js'
import { normalizeId } from '../util/ids.js'
import { parseLoose } from '../util/json.js'
import { windowSubgraph, type HoldNode, type RevisionNode } from './graph.js'
import { signerRows, traceChain, tracePolicy, type ChainRow, type PolicyRow } from './query.js'
import { readResult, writeResult } from '../store/result-cache.js'
import { viewAt, type Viewed } from './run.js'
import { obj } from './source-types.js'
import { validateGraph } from './validate.js'

// `audit --window W`: the auditor's whole question about one window on one page, from the graph
// at --at and the documents it points to. Every item names the commit that published it and
// whether it verifies. Nothing here decides anything the stored documents do not say: the ledger
// gate's evidence is what the closure packet records (rows exported, alarms left out).

export interface AuditPage {
  release_window_id: string
  commit: string
  closure: { chain: ChainRow[]; gate_evidence: { rows_exported: number; left_out: Record<string, number>; ledger_policy_sha256: string } | null }
  holds: { hold_id: string; state: string; reason: string; owner: string; at_utc: string; signer_id: string; commit: string; verified: boolean }[]
  retention_expiry_utc: string | null
  strategy: { packet: string; revision: string; signer_id: string; commit: string; verified: boolean; is_latest: boolean; approvals: { by: string; decision: string; at_utc: string; verified: boolean; commit: string }[]; outcome_reviews: { by: string; at_utc: string; verified: boolean; commit: string }[]; divergences: { incident: string; by: string; at_utc: string; verified: boolean; commit: string }[] }[]
  policies: PolicyRow[]
  signers: { signers: string[]; transitions: { from: string; to: string; at_utc: string; explained: boolean }[] }
  defects: Defect[]
}

export async function runAudit(settings: Settings, rawWindow: string, at?: string): Promise<AuditPage> {
  const window = normalizeId(rawWindow, 'release_window_id')
  const built = await viewAt(settings, at)
  const { commit, top } = built
  // this window's part of the graph, and the parts it points to or comes from (graph-slices.ts)
  const graph = built.view.audit(window)
  const sub = windowSubgraph(graph, window)
  const revs = sub.nodes.filter((n): n is RevisionNode => n.type === 'packet_revision' && n.release_window_id === window)
  const chain = traceChain(graph, `closure:${window}`)
  const latestClosure = revs.find((r) => r.family === 'closure' && r.is_latest)
  let gate: AuditPage['closure']['gate_evidence'] = null
  if (latestClosure) {
    const doc = obj(parseLoose(await openRepository(top).readFileAt(commit, latestClosure.path)))
    const left = obj(doc.left_out)
    gate = { rows_exported: Array.isArray(doc.rows) ? doc.rows.length : 0, left_out: Object.fromEntries(Object.entries(left).filter(([, v]) => typeof v === 'number')) as Record<string, number>, ledger_policy_sha256: typeof doc.ledger_policy_sha256 === 'string' ? doc.ledger_policy_sha256 : '' }
  }
  const holds = sub.nodes
    .filter((n): n is HoldNode => n.type === 'legal_hold_state')
    .map((h) => ({ hold_id: h.hold_id, state: h.state, reason: h.reason, owner: h.owner, at_utc: h.at_utc, signer_id: h.signer_id, commit: h.commit, verified: h.signature_verified }))
  const into = (id: string, type: string) => graph.edges.filter((e) => e.to === id && e.type === type)
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const strategy = revs
    .filter((r) => r.family === 'strategy-approval')
    .map((r) => ({
      packet: r.packet_id,
      revision: `r${String(r.revision).padStart(3, '0')}`,
      signer_id: r.signer_id,
      commit: r.commit,
      verified: r.signature_verified,
      is_latest: r.is_latest,
      approvals: into(r.id, 'approves').map((e) => {
        const a = byId.get(e.from) as RevisionNode | undefined
        return { by: a?.signer_id ?? '', decision: e.decision ?? '', at_utc: e.at_utc ?? '', verified: a?.signature_verified ?? false, commit: a?.commit ?? '' }
      }),
      outcome_reviews: into(r.id, 'reviews').map((e) => {
        const a = byId.get(e.from) as RevisionNode | undefined
        return { by: a?.signer_id ?? '', at_utc: e.at_utc ?? '', verified: a?.signature_verified ?? false, commit: a?.commit ?? '' }
      }),
      divergences: into(r.id, 'diverges_from').map((e) => {
        const a = byId.get(e.from) as RevisionNode | undefined
        return { incident: a?.packet_id ?? '', by: a?.signer_id ?? '', at_utc: e.at_utc ?? '', verified: a?.signature_verified ?? false, commit: a?.commit ?? '' }
      })
    }))
  const expiry = await retentionExpiry(settings, built, window)
  const signerRow = graph.nodes.some((n) => n.type === 'release_window' && n.release_window_id === window) ? signerRows(graph, [window])[0] : undefined
  return {
    release_window_id: window,
    commit,
    closure: { chain, gate_evidence: gate },
    holds,
    retention_expiry_utc: expiry,
    strategy,
    policies: tracePolicy(graph, window),
    signers: { signers: signerRow?.signers ?? [], transitions: (signerRow?.transitions ?? []).map((t) => ({ from: t.from, to: t.to, at_utc: t.at_utc, explained: t.explained })) },
    defects: validateGraph(sub)
  }
}

export function renderAudit(a: AuditPage): string {
  const ok = (b: boolean) => (b ? 'verified' : 'NOT VERIFIED')
  const c = (s: string) => s.slice(0, 12)
  const out = [`Audit of ${a.release_window_id} at commit ${a.commit}`, '', 'Ledger gate evidence (as the latest closure packet records it):']
  out.push(a.closure.gate_evidence ? `  ${a.closure.gate_evidence.rows_exported} alarm(s) exported; left out: ${Object.entries(a.closure.gate_evidence.left_out).map(([k, v]) => `${k} ${v}`).join(', ')}; ledger policy sha256:${c(a.closure.gate_evidence.ledger_policy_sha256)}` : '  no closure packet')
  out.push('', 'Closure revisions and their chain:')
  for (const r of a.closure.chain) out.push(`  ${r.revision} signed ${r.signed_at_utc} by ${r.signer_id}, sha256:${c(r.digest)}${r.supersedes ? `, supersedes ${r.supersedes.split(':').pop()}` : ', first'}${r.is_latest ? ', latest' : ''}; commit ${c(r.commit)}; ${ok(r.signature_verified)}`)
  if (a.closure.chain.length === 0) out.push('  none')
  out.push('', `Legal holds (retention expiry ${a.retention_expiry_utc ?? 'unknown: no retention policy'}; a hold never changes it):`)
  for (const h of a.holds) out.push(`  ${h.hold_id} ${h.state} ${h.at_utc} by ${h.signer_id}: ${h.reason || '(no reason)'} (owner ${h.owner || 'none'}); commit ${c(h.commit)}; ${ok(h.verified)}`)
  if (a.holds.length === 0) out.push('  none')
  out.push('', 'Strategy approvals and outcome:')
  for (const s of a.strategy) {
    out.push(`  ${s.packet} ${s.revision}${s.is_latest ? ' (latest)' : ''} by ${s.signer_id}; commit ${c(s.commit)}; ${ok(s.verified)}`)
    for (const x of s.approvals) out.push(`    ${x.decision} by ${x.by} at ${x.at_utc}; commit ${c(x.commit)}; ${ok(x.verified)}`)
    for (const x of s.outcome_reviews) out.push(`    outcome review by ${x.by} at ${x.at_utc}; commit ${c(x.commit)}; ${ok(x.verified)}`)
    for (const x of s.divergences) out.push(`    divergence ${x.incident} raised by ${x.by} at ${x.at_utc}; commit ${c(x.commit)}; ${ok(x.verified)}`)
  }
  if (a.strategy.length === 0) out.push('  none')
  out.push('', 'Policies in force:')
  for (const p of a.policies) out.push(`  ${p.kind} sha256:${c(p.sha256)} effective ${p.effective_utc} (${p.effective_source}); commit ${c(p.introduced_commit)}${p.changed_during_window ? '; CHANGED DURING THE WINDOW' : ''}`)
  out.push('', `Signers: ${a.signers.signers.join(', ') || 'none'}`)
  for (const t of a.signers.transitions) out.push(`  ${t.from} -> ${t.to} at ${t.at_utc}${t.explained ? '' : ' (NO TRANSITION CONTEXT)'}`)
  out.push('', `Lineage defects: ${a.defects.length === 0 ? 'none' : ''}`)
  for (const d of a.defects) out.push(`  ${d.severity} ${d.defect_code} ${d.subject}: ${d.detail}`)
  return `${out.join('\n')}\n`
}

const EXPIRY_KIND = 'lineage-audit-expiry'

/**
 * The window's retention expiry, from the retention index at the graph's commit. Deriving the
 * index re-reads and re-judges every revision, so the expiries of all windows are remembered
 * beside the graph (store/result-cache.ts), for the same commit and the same graph fingerprint:
 * that fingerprint already names the retention policy, the keyring and every verifier.
 */
async function retentionExpiry(settings: Settings, built: Viewed, window: string): Promise<string | null> {
  const { retentionPolicyPresent } = await import('./sources.js')
  if (!retentionPolicyPresent(settings)) return null
  const remembered = await readResult<[string, string][]>(built.stateDir, EXPIRY_KIND, built.commit, built.fingerprint)
  if (Array.isArray(remembered)) return remembered.find((e) => Array.isArray(e) && e[0] === window)?.[1] ?? null
  const [{ deriveIndex }, { SOURCE_FAMILIES }] = await Promise.all([import('../retention/index-cache.js'), import('./families.js')])
  const index = await deriveIndex({ settings, families: SOURCE_FAMILIES.map((f) => ({ family: f.family, inspector: (settings: Settings) => f.inspector(settings), optional: true })), at: built.commit })
  const byWindow = new Map<string, string>()
  for (const r of index.rows) if (r.retention_expiry_utc !== '' && (byWindow.get(r.release_window_id) ?? '') < r.retention_expiry_utc) byWindow.set(r.release_window_id, r.retention_expiry_utc)
  await writeResult(built.stateDir, EXPIRY_KIND, built.commit, built.fingerprint, [...byWindow])
  return byWindow.get(window) ?? null
}
