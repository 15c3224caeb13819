import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ALL_INPUTS, BOOLEAN_DEFAULTS, BOOLEAN_INPUTS, DEFAULT_STAGES, FILE_INPUTS, SECRET_INPUTS, TEXT_INPUTS, settingsFromInputs, type RawInputs } from '../../src/action/inputs.js'
import { OUTPUTS } from '../../src/action/outputs.js'
import { runnerContext } from '../../src/action/runner.js'
import { settingsFor } from '../helpers/settings.js'
import { UserError } from '../../src/errors.js'
import { DEFAULT_PUBLISH } from '../../src/publish/index.js'
import { DEFAULT_GIT } from '../../src/settings.js'
import { tsaUrlSecrets } from '../../src/timestamp/request.js'
import { REPO_ROOT } from './workspace.js'

const WS = '/home/runner/work/repo/repo'
const runner = runnerContext({ GITHUB_REPOSITORY: 'octo/repo', GITHUB_SHA: 'b'.repeat(40) }, null)
const env = { workspace: WS, runner, clock: () => Date.UTC(2026, 10, 23, 15, 0, 0) }

/** Raw inputs as src/main.ts reads them: every text input, the registry's file inputs among them; the data files as the example workflows pass them unless given ('' = not set). */
function raw(text: Partial<Record<string, string>> = {}, booleans: Partial<RawInputs['booleans']> = {}, secrets: Partial<RawInputs['secrets']> = {}): RawInputs {
  const pick = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, text[n] ?? DATA[n] ?? '']))
  return {
    text: pick(TEXT_INPUTS) as RawInputs['text'],
    files: pick(FILE_INPUTS),
    booleans: { ...Object.fromEntries(BOOLEAN_INPUTS.map((n) => [n, undefined])), ...booleans } as RawInputs['booleans'],
    secrets: { 'signing-key': '', 'github-token': '', 'tsa-url': '', ...secrets }
  }
}

function problemsOf(fn: () => unknown, code = 'INPUT_INVALID'): { field?: string; message: string; fix?: string }[] {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe(code)
    return (err as UserError).problems
  }
  throw new Error('expected a UserError')
}

const DATA: Readonly<Record<string, string>> = { alarms: 'examples/alarms.csv', ledger: 'examples/ack-ledger.csv', evidence: 'examples/evidence.csv' }
const NO_DATA = { alarms: '', ledger: '', evidence: '' }

const actionYml = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

describe('settingsFromInputs', () => {
  it('builds the same Settings as the CLI from empty inputs but the data files: one set of defaults', () => {
    const { settings, action } = settingsFromInputs(raw(), env)
    const cli = settingsFor({}, WS, DEFAULT_STAGES, env.clock)
    const { signing, git, publish, verify, ...common } = settings
    expect(common).toEqual(cli)
    expect(verify).toEqual({ since: undefined, allowEmpty: false, allowDemoKey: false })
    expect(git).toEqual({ storeBranch: undefined, committerName: DEFAULT_GIT.committerName, committerEmail: DEFAULT_GIT.committerEmail })
    expect(signing).toEqual({ signerId: undefined, key: null, tsaUrl: null })
    expect(publish).toEqual({ push: true, allowUnsafePrCommit: false, token: null, target: { remote: '', remoteUrl: '', maxAttempts: '', networkTimeout: '' }, event: { name: '', repository: 'octo/repo', payload: null } })
    expect(action).toMatchObject({ checkRun: true, uploadArtifacts: true, githubToken: null })
  })

  it('maps every input onto its setting', () => {
    const { settings: s, action } = settingsFromInputs(
      raw(
        {
          stages: 'closure, ledger',
          mode: 'soft',
          now: '2026-11-23T16:00:00+01:00',
          alarms: 'gov/alarms.csv',
          ledger: 'gov/ledger.csv',
          evidence: 'gov/evidence.csv',
          'ledger-policy': 'gov/ack.yaml',
          'closure-policy': 'gov/closure.yaml',
          keyring: 'gov/keyring.yaml',
          'out-dir': 'reports',
          'signer-id': 'release-lane',
          'store-branch': 'evidence/store',
          'committer-name': 'Release Bot',
          'committer-email': 'bot@example.com',
          since: 'ABCDEF0123'
        },
        { push: false, 'allow-unsafe-pr-commit': true, 'check-run': false, 'upload-artifacts': false, 'allow-empty': true, 'allow-demo-key': true },
        { 'signing-key': 'c2VlZA==', 'github-token': 'ghs_x' }
      ),
      env
    )
    expect(s).toMatchObject({
      workspace: WS,
      stages: ['ledger', 'closure'],
      mode: 'soft',
      now: Date.UTC(2026, 10, 23, 15, 0, 0),
      inputs: { alarms: 'gov/alarms.csv', ledger: 'gov/ledger.csv', evidence: 'gov/evidence.csv' },
      policies: { 'ack-ledger': 'gov/ack.yaml', 'closure-packet': 'gov/closure.yaml', keyring: 'gov/keyring.yaml' },
      outDir: join(WS, 'reports'),
      signing: { signerId: 'release-lane' },
      git: { storeBranch: 'evidence/store', committerName: 'Release Bot', committerEmail: 'bot@example.com' },
      publish: { push: false, allowUnsafePrCommit: true },
      verify: { since: 'ABCDEF0123', allowEmpty: true, allowDemoKey: true }
    })
    expect(action).toMatchObject({ checkRun: false, uploadArtifacts: false })
    expect(s.signing!.key!.reveal()).toBe('c2VlZA==')
    expect(s.publish!.token!.reveal()).toBe('ghs_x')
    expect(action.githubToken!.reveal()).toBe('ghs_x')
  })

  it('never prints a secret, whatever serializes the settings', () => {
    const s = settingsFromInputs(raw({}, {}, { 'signing-key': 'TOP-SECRET-KEY', 'github-token': 'ghs_SECRET', 'tsa-url': 'https://u:TSA-PASSWORD@tsa.example/tsr' }), env)
    expect(s.settings.signing!.tsaUrl!.reveal()).toBe('https://u:TSA-PASSWORD@tsa.example/tsr')
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- interpolating the secret is what the test checks
    for (const text of [JSON.stringify(s), inspect(s, { depth: 10 }), String(s.settings.signing!.key), `${s.action.githubToken}`]) {
      expect(text).not.toContain('TOP-SECRET-KEY')
      expect(text).not.toContain('ghs_SECRET')
      expect(text).not.toContain('TSA-PASSWORD')
    }
  })

  it.each([
    ['userinfo', 'https://alice:p4ss@tsa.example/tsr', ['p4ss', 'alice']],
    ['a token in the query', 'https://tsa.example/tsr?token=abc123', ['token=abc123']],
    ['percent-encoded credentials', 'https://bob:p%40ss@tsa.example/tsr', ['p%40ss', 'p@ss', 'bob']],
    ['no credentials: nothing to mask', 'https://tsa.example/tsr', []],
    ['not a URL: the whole text', 'not a url', ['not a url']],
    ['scp-like, parsed as scheme "user:": the whole text', 'user:SECRET@tsa.example/tsr', ['user:SECRET@tsa.example/tsr']]
  ])('masks the credentials of the tsa-url input, not its host: %s', (_, url, masked) => {
    expect(tsaUrlSecrets(url).sort()).toEqual([...masked].sort())
  })

  it.each([
    ['push', 'yes'],
    ['push', 'on'],
    ['check-run', '1'],
    ['upload-artifacts', 'True '],
    ['allow-unsafe-pr-commit', 'tru']
  ] as const)('refuses %s=%j instead of coercing it', (name, value) => {
    const problems = problemsOf(() => settingsFromInputs(raw({}, { [name]: { invalid: value } }), env))
    expect(problems).toEqual([expect.objectContaining({ field: name, message: `'${value}' is not a boolean` })])
  })

  it('reports every bad input at once, in input order', () => {
    const problems = problemsOf(() =>
      settingsFromInputs(
        raw({ mode: 'strict', stages: 'ledger,deploy', now: '2026-11-23 14:00', 'store-branch': '../main', 'committer-email': 'nobody' }, { push: { invalid: 'maybe' } }),
        env
      )
    )
    expect(problems.map((p) => p.field)).toEqual(['mode', 'stages', 'now', 'store-branch', 'committer-email', 'push'])
    expect(problems[2].message).toBe("'2026-11-23 14:00' has no time zone; add Z or an offset such as +00:00")
  })

  it.each([
    ['', 'ledger'],
    ['ledger', 'ledger'],
    ['closure', 'closure'],
    ['ledger, closure', 'ledger and closure']
  ])('with stages %j, refuses to run without the data files, naming each input and its stage (%s)', (stages, by) => {
    const problems = problemsOf(() => settingsFromInputs(raw({ ...NO_DATA, stages }), env), 'INPUT_MISSING')
    expect(problems.map((p) => p.field)).toEqual(['alarms', 'ledger', 'evidence'])
    for (const p of problems) expect(p.message).toContain(`the ${by} stage`)
    expect(problems[0]).toMatchObject({ message: expect.stringMatching(/^not set; /) as unknown, fix: "set 'alarms:' to the path of your alarms CSV, relative to the workspace (e.g. governance/alarms.csv)" })
  })

  it('names only the data input left out, in the headline too', () => {
    try {
      settingsFromInputs(raw({ alarms: 'a.csv', ledger: '', evidence: 'e.csv' }), env)
      expect.unreachable()
    } catch (err) {
      expect(err).toMatchObject({ code: 'INPUT_MISSING', headline: 'required Action input not set: ledger', exitCode: 2 })
      expect((err as UserError).problems).toEqual([expect.objectContaining({ field: 'ledger', file: 'action inputs' })])
    }
  })

  it.each(['verify', 'strategy', 'retention', 'lineage', 'strategy,retention,lineage,verify'])('stages %j read no data file and need none', (stages) => {
    expect(settingsFromInputs(raw({ ...NO_DATA, stages }), env).settings.stages).toEqual(stages.split(','))
  })

  it('reports a missing data input beside an invalid one, all at once', () => {
    expect(problemsOf(() => settingsFromInputs(raw({ alarms: 'a.csv', ledger: 'l.csv', evidence: '' }, { push: { invalid: 'yes' } }), env)).map((p) => p.field)).toEqual(['evidence', 'push'])
  })

  it.each(['main', 'evidence/store', 'release-2026.11'])('accepts the branch name %j', (b) => {
    expect(settingsFromInputs(raw({ 'store-branch': b }), env).settings.git!.storeBranch).toBe(b)
  })

  it.each(['-rf', 'a..b', 'x.lock', 'a//b', '/abs', 'trail/', 'has space', 'a/.hidden', 'ref~1'])('refuses the branch name %j', (b) => {
    expect(problemsOf(() => settingsFromInputs(raw({ 'store-branch': b }), env)).map((p) => p.field)).toEqual(['store-branch'])
  })
})

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs the code reads, each documented', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...ALL_INPUTS].sort())
    expect(new Set(ALL_INPUTS).size).toBe(ALL_INPUTS.length)
    expect([...TEXT_INPUTS, ...FILE_INPUTS, ...BOOLEAN_INPUTS, ...SECRET_INPUTS].sort()).toEqual([...ALL_INPUTS].sort())
    for (const [name, spec] of Object.entries(actionYml.inputs)) expect(spec.description.length, name).toBeGreaterThan(20)
  })

  it('declares the same defaults as the code and the CLI', () => {
    const cli = settingsFor({}, WS, DEFAULT_STAGES, env.clock)
    const d = (name: string) => actionYml.inputs[name].default
    expect(d('stages')).toBe(DEFAULT_STAGES.join(','))
    expect(d('mode')).toBe(cli.mode)
    // the user's own data has no default: a forgotten input must not gate on the examples
    for (const name of ['alarms', 'ledger', 'evidence']) expect(actionYml.inputs[name], name).not.toHaveProperty('default')
    for (const [name, spec] of Object.entries(actionYml.inputs)) expect(String(spec.default ?? ''), name).not.toMatch(/^examples\//)
    expect([d('ledger-policy'), d('closure-policy'), d('keyring')]).toEqual([cli.policies['ack-ledger'], cli.policies['closure-packet'], cli.policies.keyring])
    expect(join(WS, d('out-dir')!)).toBe(cli.outDir)
    expect([d('committer-name'), d('committer-email')]).toEqual([DEFAULT_GIT.committerName, DEFAULT_GIT.committerEmail])
    for (const name of BOOLEAN_INPUTS) expect(d(name), name).toBe(String(BOOLEAN_DEFAULTS[name]))
    expect([d('remote'), d('remote-url'), d('max-attempts')]).toEqual([DEFAULT_PUBLISH.remote, '', String(DEFAULT_PUBLISH.maxAttempts)])
    expect(d('github-token')).toBe('${{ github.token }}')
    expect(d('signing-key')).toBe('')
  })

  it('documents exactly the outputs the stages set', () => {
    expect(Object.keys(actionYml.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort())
    for (const [name, description] of Object.entries(OUTPUTS)) expect(actionYml.outputs[name].description, name).toBe(description)
    for (const [name, spec] of Object.entries(actionYml.outputs)) expect(spec.description.length, name).toBeGreaterThan(20)
  })
})

describe('runnerContext', () => {
  const base = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_SHA: 'c'.repeat(40), GITHUB_API_URL: 'https://ghe.example/api/v3', GITHUB_JOB: 'gate' }

  it('attaches checks to the PR head, not the merge commit, and spots a fork', () => {
    const ctx = runnerContext({ ...base, GITHUB_EVENT_NAME: 'pull_request' }, { pull_request: { head: { sha: 'd'.repeat(40), repo: { full_name: 'someone/repo' } } } })
    expect(ctx).toMatchObject({ headSha: 'd'.repeat(40), sha: 'c'.repeat(40), forkPullRequest: true, apiUrl: 'https://ghe.example/api/v3', job: 'gate', artifactsAvailable: false })
  })

  it('treats a same-repository PR as no fork and a push as no PR', () => {
    expect(runnerContext(base, { pull_request: { head: { sha: 'd'.repeat(40), repo: { full_name: 'Octo/Repo' } } } }).forkPullRequest).toBe(false)
    expect(runnerContext({ ...base, ACTIONS_RUNTIME_TOKEN: 'x' }, { ref: 'refs/heads/main' })).toMatchObject({ forkPullRequest: false, headSha: 'c'.repeat(40), artifactsAvailable: true })
  })

  it('treats a PR whose head repository was deleted as a fork', () => {
    expect(runnerContext(base, { pull_request: { head: { sha: 'd'.repeat(40), repo: null } } }).forkPullRequest).toBe(true)
  })

  it('ignores a head sha that is not 40 hex digits', () => {
    expect(runnerContext(base, { pull_request: { head: { sha: 'x; rm -rf /', repo: { full_name: 'octo/repo' } } } }).headSha).toBe('c'.repeat(40))
  })
})
