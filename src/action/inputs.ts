import { UserError, type Problem } from '../errors.js'
import { CATALOG, STAGES } from '../lessons.js'
import { parseMode, parseStages, settingsFromOptions } from '../options.js'
import { DEFAULT_GIT, type Settings } from '../settings.js'
import { printable } from '../util/ids.js'
import { secretFrom } from '../util/secret.js'
import { parseUtc } from '../util/time.js'
import type { ActionSettings, RunnerContext } from './settings.js'

// Action inputs, by name, and their translation into Settings. src/main.ts reads the raw values
// (it is the only file that calls core.getInput) and hands them here; this module is pure. Input
// names match the CLI's option names, and Settings are built by the same settingsFromOptions
// (src/options.ts), so a default cannot differ between the two faces. The input file and policy
// inputs are the registry's (src/lessons.ts): a lesson's inputs need no line here.

/** Inputs every run has; the registry's input files and policies come on top (FILE_INPUTS). */
export const INPUT = {
  stages: 'stages',
  mode: 'mode',
  now: 'now',
  outDir: 'out-dir',
  signingKey: 'signing-key',
  tsaUrl: 'tsa-url',
  signerId: 'signer-id',
  githubToken: 'github-token',
  storeBranch: 'store-branch',
  committerName: 'committer-name',
  committerEmail: 'committer-email',
  push: 'push',
  remote: 'remote',
  remoteUrl: 'remote-url',
  maxAttempts: 'max-attempts',
  networkTimeout: 'network-timeout',
  allowUnsafePrCommit: 'allow-unsafe-pr-commit',
  checkRun: 'check-run',
  uploadArtifacts: 'upload-artifacts',
  trustRoot: 'trust-root',
  since: 'since',
  allowEmpty: 'allow-empty',
  allowDemoKey: 'allow-demo-key'
} as const

/** The registry's input files and policies, by option name (alarms, ..., ledger-policy, keyring). */
export const FILE_INPUTS: readonly string[] = [...CATALOG.inputs.map((i) => i.option), ...CATALOG.policies.map((p) => p.option)]

// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- the literals name the Action's own inputs; lessons register more (FILE_INPUTS)
export type InputName = (typeof INPUT)[keyof typeof INPUT] | string

/** Read first and masked before anything else is printed. */
export const SECRET_INPUTS = [INPUT.signingKey, INPUT.githubToken, INPUT.tsaUrl] as const
export const BOOLEAN_INPUTS = [INPUT.push, INPUT.allowUnsafePrCommit, INPUT.checkRun, INPUT.uploadArtifacts, INPUT.allowEmpty, INPUT.allowDemoKey] as const
export const TEXT_INPUTS = [
  INPUT.stages,
  INPUT.mode,
  INPUT.now,
  INPUT.outDir,
  INPUT.signerId,
  INPUT.storeBranch,
  INPUT.committerName,
  INPUT.committerEmail,
  INPUT.remote,
  INPUT.remoteUrl,
  INPUT.maxAttempts,
  INPUT.networkTimeout,
  INPUT.trustRoot,
  INPUT.since
] as const

export type SecretInput = (typeof SECRET_INPUTS)[number]
export type BooleanInput = (typeof BOOLEAN_INPUTS)[number]
export type TextInput = (typeof TEXT_INPUTS)[number]

/** Every input action.yml must declare: the fixed ones and the registry's. */
export const ALL_INPUTS: readonly string[] = [...TEXT_INPUTS, ...FILE_INPUTS, ...SECRET_INPUTS, ...BOOLEAN_INPUTS]

/** Defaults of the boolean inputs; action.yml declares the same (checked by a test). */
export const BOOLEAN_DEFAULTS: Readonly<Record<BooleanInput, boolean>> = {
  push: true,
  'allow-unsafe-pr-commit': false,
  'check-run': true,
  'upload-artifacts': true,
  'allow-empty': false,
  'allow-demo-key': false
}

export const DEFAULT_STAGES: readonly string[] = ['ledger']

/**
 * A boolean input as read by core.getBooleanInput: the value, `undefined` when the input is empty
 * (default applies), or the raw text it refused.
 */
export type BooleanReading = boolean | undefined | { invalid: string }

export interface RawInputs {
  text: Readonly<Record<TextInput, string>>
  /** the registry's file inputs by name ('' or absent: the default) */
  files: Readonly<Record<string, string>>
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
  /** the bundled inspect worker, when there is one (Settings.inspectWorker) */
  inspectWorker?: URL
}

/** What the Action runs with: the engine's Settings and the Action's own extras. */
export interface ActionRun {
  settings: Settings
  action: ActionSettings
}

/** Problem.file of an input problem: not a file, so never an annotation target. */
export const INPUTS_PSEUDO_FILE = 'action inputs'

function problem(input: InputName, message: string, fix: string): Problem {
  return { file: INPUTS_PSEUDO_FILE, field: input, message, fix }
}

/** Every input problem at once, then Settings built exactly as the CLI builds them. */
export function settingsFromInputs(raw: RawInputs, env: ActionEnvironment): ActionRun {
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
  check(INPUT.stages, t.stages, (v) => parseStages(v, CATALOG.stages), 'use a comma-separated list such as "ledger, closure"')
  const missing = missingDataInputs(t.stages, raw.files)
  problems.push(...missing)
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
    uploadArtifacts: bool(INPUT.uploadArtifacts),
    allowEmpty: bool(INPUT.allowEmpty),
    allowDemoKey: bool(INPUT.allowDemoKey)
  }
  if (t.since !== '' && !/^[0-9a-f]{4,64}$/i.test(t.since)) {
    problems.push(problem(INPUT.since, `'${printable(t.since)}' is not a commit id`, 'use the hex id of a verified tip (the verified-tip output of an earlier run), or leave it empty'))
  }

  if (problems.length > 0) {
    // only required inputs left empty: INPUT_MISSING, naming them; anything else: INPUT_INVALID, all at once
    const s = problems.length === 1 ? '' : 's'
    throw new UserError(
      problems.every((p) => missing.includes(p))
        ? { code: 'INPUT_MISSING', message: `required Action input${s} not set: ${problems.map((p) => p.field).join(', ')}`, problems }
        : { code: 'INPUT_INVALID', message: `${problems.length} invalid Action input${s}`, problems }
    )
  }

  const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v)
  const values: Record<string, string | undefined> = { now: opt(t.now), mode: opt(t.mode), stages: opt(t.stages), 'out-dir': opt(t['out-dir']), 'trust-root': opt(t['trust-root']) }
  for (const name of FILE_INPUTS) values[name] = opt(raw.files[name])
  const base = settingsFromOptions(values, { cwd: env.workspace, clock: env.clock, readWorker: env.readWorker, inspectWorker: env.inspectWorker }, CATALOG, DEFAULT_STAGES)
  const r = env.runner
  return {
    settings: {
      ...base,
      // the same shape export-closure builds from --signer-id, --store-branch, --committer-*, --push
      signing: { signerId: opt(t['signer-id']), key: secretFrom(raw.secrets['signing-key']), tsaUrl: secretFrom(raw.secrets['tsa-url']) },
      git: { storeBranch: opt(t['store-branch']), committerName: committer.name, committerEmail: committer.email },
      verify: { since: opt(t.since), allowEmpty: flags.allowEmpty, allowDemoKey: flags.allowDemoKey },
      publish: {
        push: flags.push,
        // checked by the publish module when the closure stage pushes (it owns their rules)
        target: { remote: t.remote, remoteUrl: t['remote-url'], maxAttempts: t['max-attempts'], networkTimeout: t['network-timeout'] },
        token: secretFrom(raw.secrets['github-token']),
        allowUnsafePrCommit: flags.allowUnsafePrCommit,
        event: { name: r.eventName, repository: r.repository, payload: r.event }
      }
    },
    action: {
      githubToken: secretFrom(raw.secrets['github-token']),
      checkRun: flags.checkRun,
      uploadArtifacts: flags.uploadArtifacts,
      runner: r
    }
  }
}

/**
 * The user's own data files (alarms, ledger, evidence) have no default in action.yml: a forgotten
 * input would otherwise gate on the repository's examples, or on a file that is not there. Each
 * stage that reads one (ledger, closure) needs it set; stages that do not (verify) run without.
 * The policies keep their defaults: policies/*.yaml is where the docs tell users to put them.
 */
function missingDataInputs(stagesText: string, files: Readonly<Record<string, string>>): Problem[] {
  let stages: string[]
  try {
    stages = stagesText === '' ? [...DEFAULT_STAGES] : parseStages(stagesText, CATALOG.stages)
  } catch {
    return [] // the stages input itself is reported
  }
  const readers = new Map<string, string[]>()
  for (const stage of STAGES.filter((st) => stages.includes(st.name))) {
    for (const key of stage.reads.inputs) readers.set(key, [...(readers.get(key) ?? []), stage.name])
  }
  return CATALOG.inputs
    .filter((i) => readers.has(i.key) && (files[i.option] ?? '') === '')
    .map((i) => {
      const by = readers.get(i.key)!.join(' and ')
      return problem(i.option, `not set; the ${by} stage${by.includes(' and ') ? 's read' : ' reads'} it (the ${i.help})`, `set '${i.option}:' to the path of your ${i.help}, relative to the workspace (e.g. governance/${i.default.split('/').pop()})`)
    })
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
  // eslint-disable-next-line no-control-regex -- rejects control characters in an identity
  return text.trim() !== '' && !/[<>\u0000-\u001f\u007f]/.test(text)
}
