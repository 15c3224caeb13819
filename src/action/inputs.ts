import { UserError, type Problem } from '../errors.js'
import { settingsFromOptions, parseMode, parseStages } from '../cli/context.js'
import { DEFAULT_GIT, type Settings, type StageName } from '../settings.js'
import { printable } from '../util/ids.js'
import { parseUtc } from '../util/time.js'
import { secretFrom } from './secret.js'
import type { RunnerContext } from './settings.js'

// Action inputs, by name, and their translation into Settings. src/index.ts reads the raw values
// (it is the only file that calls core.getInput) and hands them here; this module is pure. Input
// names match the CLI's option names, and the Settings are built by the CLI's own
// settingsFromOptions, so a default cannot differ between the two front ends.

export const INPUT = {
  stages: 'stages',
  mode: 'mode',
  now: 'now',
  alarms: 'alarms',
  ledger: 'ledger',
  evidence: 'evidence',
  ledgerPolicy: 'ledger-policy',
  closurePolicy: 'closure-policy',
  keyring: 'keyring',
  outDir: 'out-dir',
  signingKey: 'signing-key',
  signerId: 'signer-id',
  githubToken: 'github-token',
  storeBranch: 'store-branch',
  committerName: 'committer-name',
  committerEmail: 'committer-email',
  push: 'push',
  remote: 'remote',
  remoteUrl: 'remote-url',
  maxAttempts: 'max-attempts',
  allowUnsafePrCommit: 'allow-unsafe-pr-commit',
  checkRun: 'check-run',
  uploadArtifacts: 'upload-artifacts'
} as const

export type InputName = (typeof INPUT)[keyof typeof INPUT]

/** Read first and masked before anything else is printed. */
export const SECRET_INPUTS = [INPUT.signingKey, INPUT.githubToken] as const
export const BOOLEAN_INPUTS = [INPUT.push, INPUT.allowUnsafePrCommit, INPUT.checkRun, INPUT.uploadArtifacts] as const
export const TEXT_INPUTS = [
  INPUT.stages,
  INPUT.mode,
  INPUT.now,
  INPUT.alarms,
  INPUT.ledger,
  INPUT.evidence,
  INPUT.ledgerPolicy,
  INPUT.closurePolicy,
  INPUT.keyring,
  INPUT.outDir,
  INPUT.signerId,
  INPUT.storeBranch,
  INPUT.committerName,
  INPUT.committerEmail,
  INPUT.remote,
  INPUT.remoteUrl,
  INPUT.maxAttempts
] as const

export type SecretInput = (typeof SECRET_INPUTS)[number]
export type BooleanInput = (typeof BOOLEAN_INPUTS)[number]
export type TextInput = (typeof TEXT_INPUTS)[number]

/** Defaults of the boolean inputs; action.yml declares the same (checked by a test). */
export const BOOLEAN_DEFAULTS: Readonly<Record<BooleanInput, boolean>> = {
  push: true,
  'allow-unsafe-pr-commit': false,
  'check-run': true,
  'upload-artifacts': true
}

export const DEFAULT_STAGES: StageName[] = ['ledger']

/**
 * A boolean input as read by core.getBooleanInput: the value, `undefined` when the input is empty
 * (default applies), or the raw text it refused.
 */
export type BooleanReading = boolean | undefined | { invalid: string }

export interface RawInputs {
  text: Readonly<Record<TextInput, string>>
  secrets: Readonly<Record<SecretInput, string>>
  booleans: Readonly<Record<BooleanInput, BooleanReading>>
}

export interface ActionEnvironment {
  /** GITHUB_WORKSPACE */
  workspace: string
  runner: RunnerContext
  /** the runner's clock, read only when the `now` input is empty */
  clock: () => number
  /** the bundled read worker, when there is one (Settings.readWorker) */
  readWorker?: URL
}

/** Problem.file of an input problem: not a file, so never an annotation target. */
export const INPUTS_PSEUDO_FILE = 'action inputs'

function problem(input: InputName, message: string, fix: string): Problem {
  return { file: INPUTS_PSEUDO_FILE, field: input, message, fix }
}

/** Every input problem at once, then Settings built exactly as the CLI builds them. */
export function settingsFromInputs(raw: RawInputs, env: ActionEnvironment): Settings {
  const problems: Problem[] = []
  const t = raw.text

  const check = (name: InputName, value: string, parse: (v: string) => unknown, fix: string) => {
    if (value === '') return
    try {
      parse(value)
    } catch (err) {
      problems.push(problem(name, (err as Error).message.replace(/^\w+ '/, `'`), fix))
    }
  }
  check(INPUT.mode, t.mode, parseMode, 'use observe, soft or full')
  check(INPUT.stages, t.stages, parseStages, 'use a comma-separated list such as "ledger, closure"')
  if (t.now !== '') {
    const p = parseUtc(t.now)
    if (!p.ok) problems.push(problem(INPUT.now, p.reason, 'use an RFC 3339 instant such as 2026-11-23T14:00:00Z, or leave it empty for the runner clock'))
  }
  if (t['store-branch'] !== '' && !isSafeBranchName(t['store-branch'])) {
    problems.push(problem(INPUT.storeBranch, `'${printable(t['store-branch'])}' is not a plain branch name`, 'use letters, digits and . _ - / (no "..", no leading "-", no trailing "/" or ".lock")'))
  }
  const committer = {
    name: t['committer-name'] || DEFAULT_GIT.committerName,
    email: t['committer-email'] || DEFAULT_GIT.committerEmail
  }
  if (!isSafeIdent(committer.name)) {
    problems.push(problem(INPUT.committerName, `'${printable(committer.name)}' cannot be a git identity`, 'use a name without < > or control characters'))
  }
  if (!isSafeIdent(committer.email) || !/^[^@\s]+@[^@\s]+$/.test(committer.email)) {
    problems.push(problem(INPUT.committerEmail, `'${printable(committer.email)}' is not an e-mail address`, 'use user@host, without < > or spaces'))
  }
  const bool = (name: BooleanInput): boolean => {
    const r = raw.booleans[name]
    if (r === undefined) return BOOLEAN_DEFAULTS[name]
    if (typeof r === 'boolean') return r
    problems.push(problem(name, `'${printable(r.invalid)}' is not a boolean`, 'use true or false (YAML 1.2 core schema: true | True | TRUE | false | False | FALSE)'))
    return BOOLEAN_DEFAULTS[name]
  }
  const flags = {
    push: bool(INPUT.push),
    allowUnsafePrCommit: bool(INPUT.allowUnsafePrCommit),
    checkRun: bool(INPUT.checkRun),
    uploadArtifacts: bool(INPUT.uploadArtifacts)
  }

  if (problems.length > 0) {
    throw new UserError({ code: 'INPUT_INVALID', message: `${problems.length} invalid Action input${problems.length === 1 ? '' : 's'}`, problems })
  }

  const opt = (v: string) => (v === '' ? undefined : v)
  const base = settingsFromOptions(
    {
      now: opt(t.now),
      mode: opt(t.mode),
      stages: opt(t.stages),
      alarms: opt(t.alarms),
      ledger: opt(t.ledger),
      evidence: opt(t.evidence),
      'ledger-policy': opt(t['ledger-policy']),
      'closure-policy': opt(t['closure-policy']),
      keyring: opt(t.keyring),
      'out-dir': opt(t['out-dir'])
    },
    { io: { stdout: () => {}, stderr: () => {} }, cwd: env.workspace, env: {}, clock: env.clock, readWorker: env.readWorker },
    DEFAULT_STAGES
  )
  return {
    ...base,
    // the same shape export-closure builds from --signer-id, --store-branch, --committer-*
    signing: { signerId: opt(t['signer-id']) },
    git: { storeBranch: opt(t['store-branch']), committerName: committer.name, committerEmail: committer.email },
    action: {
      signingKey: secretFrom(raw.secrets['signing-key']),
      githubToken: secretFrom(raw.secrets['github-token']),
      // checked by the publish module when the closure stage pushes (it owns their rules)
      publish: { remote: t.remote, remoteUrl: t['remote-url'], maxAttempts: t['max-attempts'] },
      ...flags,
      runner: env.runner
    }
  }
}

/** A conservative subset of git-check-ref-format: what a store branch needs, nothing exotic. */
export function isSafeBranchName(name: string): boolean {
  return (
    /^[A-Za-z0-9._/-]+$/.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.split('/').some((part) => part.startsWith('.'))
  )
}

function isSafeIdent(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return text.trim() !== '' && !/[<>\u0000-\u001f\u007f]/.test(text)
}
