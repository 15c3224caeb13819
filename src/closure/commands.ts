import { resolve } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { defineCommand } from '../lesson.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { Secret, secretFrom } from '../util/secret.js'

// The closure lesson's commands: export-closure (the Action's `closure` stage, with --push the same
// export-and-publish), review and demo. Their modules load when they run.

/** The token a CLI push sends, from the environment (the Action passes its github-token input). */
export const PUSH_TOKEN_ENV = 'RELEASE_EVIDENCE_TOKEN'

/** The TSA URL from the environment (it may carry credentials, which argv would show to `ps`). */
export const TSA_URL_ENV = 'RELEASE_EVIDENCE_TSA_URL'

export const exportClosureCommand = defineCommand({
  name: 'export-closure',
  summary: 'Build, sign, verify and commit one closure packet revision per changed release window',
  usage: `Usage: release-evidence export-closure [options]

Runs the acknowledgment-ledger gate, builds one closure packet per release window from the
resolved alarms with a valid acknowledgment, signs it (DSSE, Ed25519), verifies it as a reader
would, and only then commits it to the write-once store:
  closure-packets/{release_window_id}/packet-rNNN.json, packet-rNNN.sig, verify-rNNN.log
One commit per written revision. Unchanged content writes nothing; changed content becomes the
next revision, linked to the previous one by its signature digest. Published files are never
rewritten.

Signing options:
      --key-file FILE       private key (base64 seed or PKCS8 PEM); default $RELEASE_EVIDENCE_SIGNING_KEY
      --signer-id ID        the keyring signer the key must belong to
      --tsa-url URL         RFC 3161 TSA that stamps each signature (.tsr beside the .sig); the trust
                            root must pin its certificate (default: $RELEASE_EVIDENCE_TSA_URL; none)
Git options:
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${DEFAULT_GIT.committerName})
      --committer-email E   (default: ${DEFAULT_GIT.committerEmail})
Publish options (as the Action's closure stage):
      --push                push the store branch; a lost race rebuilds on the new tip
      --remote NAME         the clone's remote to push to (default: origin)
      --remote-url URL      https URL to push to instead of the remote's
      --network-timeout S   seconds the remote may stay silent in one request before it counts as unreachable (default: 60)
      --max-attempts N      pushes to try when other runs land first (default: 5)
                            the token, if the remote needs one, comes from $${PUSH_TOKEN_ENV}

Exit codes: 0 every window exported or unchanged and the gate passed; 1 no-go, a closure row
left out (C1, C2), a packet that failed verification (not written) or a push that could not
land; 2 cannot evaluate.`,
  options: {
    'key-file': { type: 'string' },
    'signer-id': { type: 'string' },
    'tsa-url': { type: 'string' },
    'store-branch': { type: 'string' },
    'committer-name': { type: 'string' },
    'committer-email': { type: 'string' },
    push: { type: 'boolean' },
    remote: { type: 'string' },
    'remote-url': { type: 'string' },
    'max-attempts': { type: 'string' },
    'network-timeout': { type: 'string' }
  },
  common: true,
  async run(inv) {
    const [{ runLedgerGate }, { exportAndPublish }, { renderExportText }] = await Promise.all([import('../ledger/gate.js'), import('./publish.js'), import('./export-text.js')])
    const v = inv.values
    const token = inv.env[PUSH_TOKEN_ENV]
    const settings: Settings = {
      ...inv.settings(['ledger', 'closure']),
      signing: {
        signerId: v['signer-id'],
        keyFile: v['key-file'] === undefined ? undefined : resolve(inv.cwd, v['key-file']),
        tsaUrl: secretFrom(v['tsa-url'] ?? inv.env[TSA_URL_ENV])
      },
      git: {
        storeBranch: v['store-branch'],
        committerName: v['committer-name'] ?? DEFAULT_GIT.committerName,
        committerEmail: v['committer-email'] ?? DEFAULT_GIT.committerEmail
      },
      publish: {
        push: v.push === true,
        target: { remote: v.remote, remoteUrl: v['remote-url'], maxAttempts: v['max-attempts'], networkTimeout: v['network-timeout'] },
        token: token ? new Secret(token) : null,
        allowUnsafePrCommit: false,
        event: null
      }
    }
    const gatePhase = inv.io.progress?.phase('export-closure: ledger gate')
    const gate = await runLedgerGate(settings)
    gatePhase?.done()
    const x = await exportAndPublish({ settings, gate, env: inv.env, log: inv.log, progress: inv.io.progress })
    const result = x.result
    const failed = gate.failed || result.failed || x.publishError !== undefined
    if (inv.values.json) {
      const publish = x.publish ? { publish: x.publish } : x.publishError ? { publish_error: x.publishError.message } : {}
      inv.io.stdout(`${JSON.stringify({ gate: { decision: gate.decision, failed: gate.failed, windows: gate.windows }, ...result, ...publish, failed }, null, 2)}\n`)
    } else {
      inv.io.stdout(`Ledger gate: ${gate.decision.toUpperCase()}${gate.failed ? ' (failing)' : ''}; ${gate.windows.map((w) => `${w.release_window_id} ${w.decision}`).join(', ') || 'no windows'}\n\n`)
      inv.io.stdout(renderExportText(result))
      if (x.publish) inv.io.stdout(`\nPushed ${x.publish.branch}: ${x.publish.status}${x.publish.remoteTip ? ` at ${x.publish.remoteTip}` : ''}\n`)
      if (x.publishError) inv.io.stdout(`\nPush failed: ${x.publishError.message}\n`)
    }
    return failed ? ExitCode.PolicyFailure : ExitCode.Pass
  }
})

export const reviewCommand = defineCommand({
  name: 'review',
  summary: "Post-incident review of a window's latest signed closure packet (checklist + traced sample)",
  usage: `Usage: release-evidence review --window W [--seed N] [options]

Reads the latest revision of the window from the store at HEAD, verifies its signature and
schema version, samples alarms reproducibly (seed: the packet's signature digest unless --seed is
given), traces their evidence refs against the evidence input, checks approver lineage, and marks
the audit pass or fail with follow-up actions.

Exit codes: 0 audit pass, 1 audit fail, 2 cannot evaluate (no such window, bad input).`,
  options: { window: { type: 'string' }, seed: { type: 'string' } },
  common: true,
  async run(inv) {
    if (inv.values.window === undefined) throw new UserError({ code: 'USAGE', message: "review: --window is required; run 'release-evidence review --help'" })
    const { reviewWindow } = await import('./review-command.js')
    const settings = inv.settings(['closure'])
    const r = await reviewWindow(settings, inv.values.window, inv.values.seed)
    if (inv.values.json) inv.io.stdout(`${JSON.stringify({ file: r.file, ...r.review }, null, 2)}\n`)
    else inv.io.stdout(`Reviewing ${r.file}\n\n${r.text}`)
    return r.review.pass ? ExitCode.Pass : ExitCode.PolicyFailure
  }
})

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Run the gate, export and sign closure packets, and verify them, on the examples in a temp repo',
  usage: `Usage: release-evidence demo [--from DIR] [--now TIME]

Copies examples/ and policies/ (from DIR, default: the current directory, i.e. a checkout of
release-evidence) into a fresh temporary git repository, runs the acknowledgment-ledger gate,
exports and signs one closure packet per release window with the DEMO key (its private key is
public: demo signatures prove nothing), verifies the store from git history, and prints where
the repository is so you can look around.

The examples include a no-go window on purpose. Exit codes: 0 the demo ran as designed (each
window's decision is printed), 1 a step did not do what the demo expects, 2 cannot run.`,
  options: { from: { type: 'string' }, now: { type: 'string' } },
  common: false,
  async run(inv) {
    return (await import('./demo.js')).runDemo(inv)
  }
})
