import { resolve } from 'node:path'
import { verifyPacket } from '../closure/sign.js'
import { reviewPacket, renderReviewText } from '../closure/review.js'
import { COMMON_OPTIONS, COMMON_USAGE, parseCommand, settingsFromOptions, type CliContext, type Command } from '../cli/context.js'
import { ExitCode, UserError } from '../errors.js'
import { openRepository } from '../git/index.js'
import { runLedgerGate } from '../ledger/gate.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { normalizeId } from '../util/ids.js'
import { closureInspector, loadClosureTrust } from './closure.js'
import { exportClosure } from './export.js'
import { CLOSURE_FAMILY } from './family.js'
import { repoFacts, repoTopLevel } from './history.js'
import { seriesFor } from './layout.js'
import { latestRevision } from './publish.js'
import { renderExportText, renderVerifyText } from './render.js'
import { verifyStore } from './verify.js'

// CLI commands of the store: export-closure (the Action's `closure` stage), verify, review.

const EXPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  'key-file': { type: 'string' },
  'signer-id': { type: 'string' },
  'store-branch': { type: 'string' },
  'committer-name': { type: 'string' },
  'committer-email': { type: 'string' }
} as const

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) {
    throw new UserError({ code: 'USAGE', message: `${command}: unexpected argument '${positionals[0]}'; run 'release-evidence ${command} --help'` })
  }
}

export const exportClosureCommand: Command = {
  name: 'export-closure',
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
Git options:
      --store-branch NAME   branch to commit to (default: the checked-out branch)
      --committer-name N    (default: ${DEFAULT_GIT.committerName})
      --committer-email E   (default: ${DEFAULT_GIT.committerEmail})

Exit codes: 0 every window exported or unchanged and the gate passed; 1 no-go, a closure row
left out (C1, C2) or a packet that failed verification (not written); 2 cannot evaluate.

${COMMON_USAGE}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand('export-closure', args, EXPORT_OPTIONS)
    noPositionals('export-closure', positionals)
    const settings: Settings = {
      ...settingsFromOptions(values, ctx, ['ledger', 'closure']),
      signing: { signerId: values['signer-id'], keyFile: values['key-file'] === undefined ? undefined : resolve(ctx.cwd, values['key-file']) },
      git: {
        storeBranch: values['store-branch'],
        committerName: values['committer-name'] ?? DEFAULT_GIT.committerName,
        committerEmail: values['committer-email'] ?? DEFAULT_GIT.committerEmail
      }
    }
    const gate = await runLedgerGate(settings)
    const result = await exportClosure({ settings, gate, secrets: { env: ctx.env } })
    const failed = gate.failed || result.failed
    if (values.json) {
      ctx.io.stdout(`${JSON.stringify({ gate: { decision: gate.decision, failed: gate.failed, windows: gate.windows }, ...result, failed }, null, 2)}\n`)
    } else {
      ctx.io.stdout(`Ledger gate: ${gate.decision.toUpperCase()}${gate.failed ? ' (failing)' : ''}; ${gate.windows.map((w) => `${w.release_window_id} ${w.decision}`).join(', ') || 'no windows'}\n\n`)
      ctx.io.stdout(renderExportText(result))
    }
    return failed ? ExitCode.PolicyFailure : ExitCode.Pass
  }
}

const VERIFY_OPTIONS = {
  repo: COMMON_OPTIONS.repo,
  now: COMMON_OPTIONS.now,
  keyring: COMMON_OPTIONS.keyring,
  'closure-policy': COMMON_OPTIONS['closure-policy'],
  json: COMMON_OPTIONS.json,
  help: COMMON_OPTIONS.help,
  window: { type: 'string' },
  'no-cache': { type: 'boolean' }
} as const

export const verifyCommand: Command = {
  name: 'verify',
  usage: `Usage: release-evidence verify [--window W] [--json] [--no-cache] [options]

Proves the store from the repository's history with native git: every revision's DSSE Ed25519
signature under the keyring, schema and required fields, signature_digest, the supersedes chain,
canonical UTC timestamps, the three files of every revision, one packet identity per file, and
that no commit ever modified or deleted a published file. Needs the full history: a shallow
clone is refused (run 'git fetch --unshallow', or use fetch-depth: 0 in actions/checkout).

Re-verification is incremental: verdicts are cached under .git/release-evidence/ (never
committed), keyed by blob ids and the keyring/policy hashes, and MAC-protected. --no-cache
ignores the cache (an outside auditor's full proof).

Options:
  -C, --repo DIR          repository root (default: current directory)
      --window W          only this release window
      --now TIME          verification instant, RFC 3339 (default: the clock)
      --keyring F         (default: policies/keyring.yaml)
      --closure-policy F  (default: policies/closure-packet.yaml)
      --no-cache          verify everything from scratch; do not read or write the cache
      --json              machine-readable report

Exit codes: 0 verified, 1 a defect was found, 2 cannot verify (shallow clone, not a repository,
bad keyring or policy).`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand('verify', args, VERIFY_OPTIONS)
    noPositionals('verify', positionals)
    const settings = settingsFromOptions(values, ctx, ['closure'])
    const window = values.window === undefined ? undefined : normalizeId(values.window, '--window')
    const result = await verifyWith(settings, { window, cache: values['no-cache'] !== true })
    ctx.io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : renderVerifyText(result))
    return result.blocking === 0 ? ExitCode.Pass : ExitCode.PolicyFailure
  }
}

export async function verifyWith(settings: Settings, opts: { window?: string; cache?: boolean }) {
  // Not a repository is reported before a missing keyring: it is the more basic mistake.
  const repo = await repoFacts(settings.workspace)
  const trust = await loadClosureTrust(settings)
  return verifyStore({ dir: settings.workspace, repo, inspector: closureInspector(trust, settings.now), window: opts.window, cache: opts.cache })
}

const REVIEW_OPTIONS = { ...COMMON_OPTIONS, window: { type: 'string' }, seed: { type: 'string' } } as const

export const reviewCommand: Command = {
  name: 'review',
  usage: `Usage: release-evidence review --window W [--seed N] [options]

Reads the latest revision of the window from the store at HEAD, verifies its signature and
schema version, samples alarms reproducibly (seed: the packet's signature digest unless --seed is
given), traces their evidence refs against the evidence input, checks approver lineage, and marks
the audit pass or fail with follow-up actions.

Exit codes: 0 audit pass, 1 audit fail, 2 cannot evaluate (no such window, bad input).

${COMMON_USAGE}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand('review', args, REVIEW_OPTIONS)
    noPositionals('review', positionals)
    if (values.window === undefined) throw new UserError({ code: 'USAGE', message: "review: --window is required; run 'release-evidence review --help'" })
    const settings = settingsFromOptions(values, ctx, ['closure'])
    return runReview(settings, values.window, values.seed, values.json === true, ctx)
  }
}

async function runReview(settings: Settings, rawWindow: string, seed: string | undefined, json: boolean, ctx: CliContext) {
  const series = seriesFor(CLOSURE_FAMILY, rawWindow)
  const top = await repoTopLevel(settings.workspace)
  const latest = await latestRevision(top, await openRepository(top).headOid(), CLOSURE_FAMILY, series)
  if (!latest) {
    throw new UserError({ code: 'INPUT_MISSING', message: `no closure packet for window '${series.window}' at HEAD under ${CLOSURE_FAMILY.root}/; run export-closure first or check the window id` })
  }
  const trust = await loadClosureTrust(settings)
  const gate = await runLedgerGate(settings)
  const verification = verifyPacket(latest.packet, latest.signature ?? Buffer.alloc(0), trust.keyring, trust.policy, settings.now)
  const review = reviewPacket({ verification, evidence: gate.evidence, policy: trust.policy, seed })
  if (json) ctx.io.stdout(`${JSON.stringify({ file: latest.paths.packet, ...review }, null, 2)}\n`)
  else ctx.io.stdout(`Reviewing ${latest.paths.packet}\n\n${renderReviewText(review)}`)
  return review.pass ? ExitCode.Pass : ExitCode.PolicyFailure
}
