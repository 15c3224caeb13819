import { UserError } from '../errors.js'
import { defineCommand } from '../lesson.js'
import { DEFAULT_GIT } from '../settings.js'

// `release-evidence strategy build|sign|status`: lesson 120's one command. Its modules load when it runs.

export const strategyCommand = defineCommand({
  name: 'strategy',
  summary: 'Strategy-approval packets: build, sign a decision, record the outcome, show the state from history',
  usage: `Usage: release-evidence strategy build|sign|outcome|status --window W [options]

  build   --window W --cluster C --ranking F --decision-file F [--forecast F --dashboard F
          --simulation-rules F --fail-matrix-run F] --key-file F
          Builds the strategy-approval packet of one exception cluster from its inputs
          (formats: docs/strategy-inputs.md), checks it (A2-A6), signs it with the pipeline
          key and commits it write-once:
            strategy-approval/{window}/packets/SAP-{cluster}-rNNN.json, .sig
            strategy-approval/{window}/validation/SAP-{cluster}-rNNN.log
          Unchanged content writes nothing; changed content is the next revision, refused
          while the previous one is still pending_signatures.
  sign    --window W --cluster C --decision approve|reject --recommend go|hold --key-file F
          [--revision N] [--confirm ITEM ...] [--note TEXT]
          Signs one signer's decision on a packet revision (default: the latest) and commits it
          write-once: strategy-approval/{window}/approvals/SAP-{cluster}-rNNN-{signer}-r001.json,
          .sig and validation/approvals/SAP-{cluster}-rNNN-{signer}-r001.log
          An approval must confirm every reviewer_checklist item of the policy (--confirm all).
  outcome --window W --cluster C --status met_projection|partial_match|diverged
          --convergence-hours N [--regression SEVERITY:EVENT_ID ...] --key-file F
          Records the post-window outcome of the latest approved revision as a signed review
          (strategy-approval/{window}/outcome-reviews/SAP-{cluster}-rNNN-outcome-r001.json, .sig)
          and, when a divergence trigger fires, a signed divergence record of its own
          (strategy-approval/{window}/divergences/SDI-{cluster}-rNNN-r001.json, .sig); each has
          its log under validation/. The packet is never touched.
  status  --window W [--cluster C] [--json]
          The approval panel: packet id and revision, lane and confidence class, the roster
          (signed / missing), evidence completeness and the state timeline, all read from
          git history.

Signing and git options:
      --key-file FILE       private key (base64 seed or PKCS8 PEM); default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${DEFAULT_GIT.committerName})
      --committer-email E   (default: ${DEFAULT_GIT.committerEmail})

Exit codes: 0 written, unchanged, or (status) every packet's latest revision approved; 1 a
packet or decision refused (nothing written), or a latest revision not approved
(pending_signatures, rejected, incomplete_evidence) or a blocking history finding; 2 cannot
evaluate.`,
  options: {
    window: { type: 'string' },
    cluster: { type: 'string' },
    ranking: { type: 'string' },
    decision: { type: 'string' },
    'decision-file': { type: 'string' },
    forecast: { type: 'string' },
    dashboard: { type: 'string' },
    'simulation-rules': { type: 'string' },
    'fail-matrix-run': { type: 'string' },
    recommend: { type: 'string' },
    status: { type: 'string' },
    'convergence-hours': { type: 'string' },
    regression: { type: 'string', multiple: true },
    revision: { type: 'string' },
    confirm: { type: 'string', multiple: true },
    note: { type: 'string' },
    'key-file': { type: 'string' },
    'signer-id': { type: 'string' },
    'store-branch': { type: 'string' },
    'committer-name': { type: 'string' },
    'committer-email': { type: 'string' }
  },
  common: true,
  positionals: 1,
  async run(inv) {
    const action = inv.positionals[0]
    if (action !== 'build' && action !== 'sign' && action !== 'outcome' && action !== 'status') {
      throw new UserError({ code: 'USAGE', message: `strategy: say what to do: build, sign, outcome or status${action ? ` (not '${action}')` : ''}` })
    }
    const run = await import('./run.js')
    const code =
      action === 'build' ? await run.buildCommand(inv) : action === 'sign' ? await run.signCommand(inv) : action === 'outcome' ? await (await import('./outcome-command.js')).outcomeCommand(inv) : await run.statusCommand(inv)
    return code
  }
})
