import { UserError } from '../errors.js'
import type { Settings } from '../settings.js'
import { normalizeId } from '../util/ids.js'
import { normalizeNodeId } from './graph.js'
import { lastWindows, traceChain, traceHolds, tracePolicy, traceSigners } from './query.js'
import { viewAt } from './run.js'

// `trace`: one query on the graph at --at, as JSON rows and as text. Each query asks the view for
// the windows it reads (graph-slices.ts), so a warm query parses those and not the whole graph.

export interface TraceResult {
  query: string
  commit: string
  rows: unknown[]
  text: string
}

export async function runTrace(settings: Settings, what: string | undefined, o: { at?: string; packetId?: string; window?: string; last?: string }): Promise<TraceResult> {
  if (what !== 'chain' && what !== 'policy' && what !== 'signers' && what !== 'holds') throw new UserError({ code: 'USAGE', message: `trace: say chain, policy, signers or holds; run 'release-evidence trace --help'` })
  if (what === 'chain' && !o.packetId) throw new UserError({ code: 'USAGE', message: 'trace chain: --packet-id is required' })
  if (what === 'policy' && !o.window) throw new UserError({ code: 'USAGE', message: 'trace policy: --window is required' })
  const last = o.last === undefined ? 3 : Number(o.last)
  if (!Number.isInteger(last) || last < 1) throw new UserError({ code: 'USAGE', message: `trace signers: --last ${o.last} is not a positive whole number` })
  const { view, commit } = await viewAt(settings, o.at)
  const head = `trace ${what} at ${commit}`
  if (what === 'chain') {
    const rows = traceChain(view.chain(o.packetId!), o.packetId!)
    return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no revision has that packet id'] : rows.map((r) => `  ${r.node} ${r.signed_at_utc} by ${r.signer_id} (key ${r.key_id.slice(0, 12)}) sha256:${r.digest.slice(0, 12)}${r.supersedes ? ` supersedes ${r.supersedes}` : ' first'}${r.is_latest ? ' LATEST' : ''}${r.signature_verified ? '' : ' UNVERIFIED'}; policies ${r.policies.map((p) => `${p.node.split(':').slice(1, 2).join('')}${p.in_force ? '' : ' (NOT IN FORCE)'}`).join(', ')}`))].join('\n') + '\n' }
  }
  if (what === 'policy') {
    const window = normalizeId(o.window!, 'release_window_id')
    const rows = tracePolicy(view.windows([normalizeNodeId(window)]), window)
    return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no policy governed that window'] : rows.map((r) => `  ${r.kind} sha256:${r.sha256.slice(0, 12)} effective ${r.effective_utc} (${r.effective_source}, commit ${r.introduced_commit.slice(0, 12)})${r.changed_during_window ? ' CHANGED DURING THE WINDOW' : ''}; used by ${r.used_by.length} revision(s)`))].join('\n') + '\n' }
  }
  if (what === 'signers') {
    const rows = traceSigners(view.windows(lastWindows(view.windows([]), last)), last)
    return { query: what, commit, rows, text: [head, ...rows.flatMap((r) => [`  ${r.release_window_id}: ${r.signers.join(', ') || 'no signer'}`, ...r.transitions.map((t) => `    ${t.from} -> ${t.to} at ${t.at_utc}: ${t.context ? `${t.context.reason} (approved by ${t.context.approved_by} ${t.context.approved_at_utc})` : 'NO TRANSITION CONTEXT'}`)])].join('\n') + '\n' }
  }
  const rows = traceHolds(view.holds())
  return { query: what, commit, rows, text: [head, ...(rows.length === 0 ? ['  no unresolved hold'] : rows.map((r) => `  ${r.release_window_id} hold ${r.hold_id} since ${r.placed_at_utc}: ${r.reason} (owner ${r.owner})`))].join('\n') + '\n' }
}
