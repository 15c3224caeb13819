import { resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { defineCommand } from '../lesson.js'
import { DEFAULT_GIT } from '../settings.js'

// The lineage lesson's commands: `lineage graph|check|build|verify`, `trace chain|policy|signers|holds`
// and `audit --window`. Modules load when a command runs.

const AT = `      --at COMMIT|TIME    the moment to describe: a commit-ish, or a UTC time (the last commit
                          at or before it); default HEAD`

export const lineageCommand = defineCommand({
  name: 'lineage',
  summary: 'The lineage graph: build it from git history, check it (G1-G6), keep signed snapshots, verify them by rebuilding',
  usage: `Usage: release-evidence lineage graph [--window W] [--mermaid] [--at X] [--json] [options]
       release-evidence lineage check [--graph FILE] [--at X] [--json] [options]
       release-evidence lineage build [--key-file F] [options]
       release-evidence lineage verify [--json] [options]

graph   the lineage graph of the store at a commit: every revision of closure packets,
        strategy-approval packets, approvals and outcome reviews, and legal-hold records, with
        the policy versions (from the git history of policies/), signers and hold transitions
        they link to. --window: one window's part; --mermaid: as a Mermaid diagram.
check   runs the integrity validator (G1-G6) on the graph built at --at, or on --graph FILE
        (a graph or a snapshot; ids are normalized first). Exit 1 on a blocking defect.
build   writes lineage-graphs/{window}/graph-rNNN.json (+ .sig, validate-rNNN.log) for every
        window whose lineage changed since its last snapshot, signed with the pipeline key,
        one commit; an unchanged lineage writes nothing.
verify  rebuilds every snapshot at the commit it names and fails (LINEAGE_REBUILD_MISMATCH) when
        the rebuilt graph differs.

Options:
${AT}
      --graph FILE          check this graph instead of building one
      --window W            graph: one window
      --mermaid             graph: print the window's Mermaid diagram (needs --window)
      --key-file FILE       build: private key; default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        build: the keyring signer the key must belong to
      --store-branch NAME   build: branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${DEFAULT_GIT.committerName})
      --committer-email E   (default: ${DEFAULT_GIT.committerEmail})

Exit codes: 0 pass, 1 a blocking lineage defect (check) or a snapshot that does not verify,
2 cannot evaluate.`,
  options: {
    at: { type: 'string' },
    graph: { type: 'string' },
    window: { type: 'string' },
    mermaid: { type: 'boolean' },
    'key-file': { type: 'string' },
    'signer-id': { type: 'string' },
    'store-branch': { type: 'string' },
    'committer-name': { type: 'string' },
    'committer-email': { type: 'string' }
  },
  common: true,
  positionals: 1,
  async run(inv) {
    const what = inv.positionals[0]
    const v = inv.values
    const settings = inv.settings(['lineage'])
    if (what === 'graph') {
      const [{ buildAt }, { windowSubgraph }, { renderLineageMermaid }, { normalizeId }] = await Promise.all([import('./run.js'), import('./graph.js'), import('./mermaid.js'), import('../util/ids.js')])
      const { graph } = await buildAt(settings, v.at)
      const window = v.window === undefined ? undefined : normalizeId(v.window, 'release_window_id')
      if (v.mermaid) {
        if (window === undefined) throw new UserError({ code: 'USAGE', message: 'lineage graph --mermaid: say which window (--window W)' })
        inv.io.stdout(renderLineageMermaid(graph, window))
      } else inv.io.stdout(`${JSON.stringify(window === undefined ? graph : windowSubgraph(graph, window), null, 2)}\n`)
      return ExitCode.Pass
    }
    if (what === 'check') {
      const { runCheck } = await import('./run.js')
      const r = await runCheck(settings, { graph: v.graph, at: v.at })
      if (v.json) inv.io.stdout(`${JSON.stringify({ file: r.file, commit: r.commit, nodes: r.graph.nodes.length, edges: r.graph.edges.length, blocking: r.blocking, defects: r.defects }, null, 2)}\n`)
      else {
        const lines = [`Lineage check of ${r.file ?? `the store at ${r.commit}`}: ${r.graph.nodes.length} nodes, ${r.graph.edges.length} edges; ${r.blocking === 0 ? 'PASS' : `FAIL (${r.blocking} blocking)`}`]
        for (const d of r.defects) lines.push(`  ${d.severity} ${d.defect_code} ${d.subject}: ${d.detail}`)
        inv.io.stdout(`${lines.join('\n')}\n`)
      }
      return r.blocking > 0 ? ExitCode.PolicyFailure : ExitCode.Pass
    }
    if (what === 'build') {
      const { buildSnapshots } = await import('./snapshot-write.js')
      const phase = inv.io.progress?.phase('lineage build: snapshots')
      const r = await buildSnapshots(
        {
          ...settings,
          signing: { signerId: v['signer-id'], keyFile: v['key-file'] === undefined ? undefined : resolve(inv.cwd, v['key-file']) },
          git: { storeBranch: v['store-branch'], committerName: v['committer-name'] ?? DEFAULT_GIT.committerName, committerEmail: v['committer-email'] ?? DEFAULT_GIT.committerEmail }
        },
        { env: inv.env }
      )
      phase?.done()
      const { graph: _graph, ...shown } = r
      if (v.json) inv.io.stdout(`${JSON.stringify(shown, null, 2)}\n`)
      else inv.io.stdout(`Lineage snapshots at ${r.commit}: ${r.written ? `commit ${r.written}` : 'nothing changed, nothing written'}\n${r.windows.map((w) => `  ${w.release_window_id} ${w.revision} ${w.action}${w.blocking > 0 ? ` (${w.blocking} blocking)` : ''}`).join('\n')}\n`)
      return ExitCode.Pass
    }
    if (what === 'verify') {
      const { verifyRegistered } = await import('../store/verify-all.js')
      const { LINEAGE_FAMILY } = await import('./family.js')
      const r = await verifyRegistered(settings, inv.families.filter((f) => f.family.name === LINEAGE_FAMILY.name), { cache: false })
      const defects = r.defects.filter((d) => d.severity === 'blocking')
      if (v.json) inv.io.stdout(`${JSON.stringify({ blocking: defects.length, defects }, null, 2)}\n`)
      else inv.io.stdout(`Lineage snapshots: ${defects.length === 0 ? 'every snapshot rebuilds to what it says' : `${defects.length} blocking`}\n${defects.map((d) => `  ${d.defect_code} ${d.release_window_id}: ${d.detail}`).join('\n')}\n`)
      return defects.length > 0 ? ExitCode.PolicyFailure : ExitCode.Pass
    }
    throw new UserError({ code: 'USAGE', message: `lineage: say graph, check, build or verify; run 'release-evidence lineage --help'` })
  }
})

export const traceCommand = defineCommand({
  name: 'trace',
  summary: 'Audit trace queries on the lineage graph at any moment (T1-T4)',
  usage: `Usage: release-evidence trace chain --packet-id ID [--at X] [--json] [options]
       release-evidence trace policy --window W [--at X] [--json] [options]
       release-evidence trace signers [--last 3] [--at X] [--json] [options]
       release-evidence trace holds --unresolved [--at X] [--json] [options]

chain    T1: the lineage chain of a packet id (or a chain id), oldest first: digest, supersedes,
         signer and key, signing time, the policies it was evaluated under (in force or not)
policy   T2: the policy versions that governed a window, and those that took effect during it
signers  T3: the signers of the last N windows (by first signing) and the signer transitions,
         with their context
holds    T4: hold activations with no release edge (--unresolved is the only selection)

Options:
${AT}
      --packet-id ID      chain: the packet id
      --window W          policy: the release window
      --last N            signers: how many windows (default 3)
      --unresolved        holds: active holds with no release (the default and only view)

Exit codes: 0 answered, 2 cannot evaluate.`,
  options: { at: { type: 'string' }, 'packet-id': { type: 'string' }, window: { type: 'string' }, last: { type: 'string' }, unresolved: { type: 'boolean' } },
  common: true,
  positionals: 1,
  async run(inv) {
    const what = inv.positionals[0]
    const v = inv.values
    const { runTrace } = await import('./trace-run.js')
    const r = await runTrace(inv.settings(['lineage']), what, { at: v.at, packetId: v['packet-id'], window: v.window, last: v.last })
    inv.io.stdout(v.json ? `${JSON.stringify(r, null, 2)}\n` : r.text)
    return ExitCode.Pass
  }
})

export const auditCommand = defineCommand({
  name: 'audit',
  summary: "One page answering an auditor's question about a window: gate evidence, closure chain, holds and expiry, strategy approvals and outcome, policies and signers",
  usage: `Usage: release-evidence audit --window W [--at X] [--json] [options]

Everything the store says about one release window, on one page, each item with the commit that
published it and whether it verifies: the closure revisions and their chain (with what the
ledger gate left out), legal holds and the retention expiry, strategy-approval packets with their
approvals and outcome reviews, and the policies and signers in force. Read from git history at
--at (default HEAD); nothing is written.

Options:
      --window W          the release window (required)
${AT}

Exit codes: 0 answered, 2 cannot evaluate.`,
  options: { window: { type: 'string' }, at: { type: 'string' } },
  common: true,
  async run(inv) {
    if (inv.values.window === undefined) throw new UserError({ code: 'USAGE', message: 'audit: --window is required' })
    const { runAudit, renderAudit } = await import('./audit.js')
    const a = await runAudit(inv.settings(['lineage']), inv.values.window, inv.values.at)
    inv.io.stdout(inv.values.json ? `${JSON.stringify(a, null, 2)}\n` : renderAudit(a))
    return ExitCode.Pass
  }
})
