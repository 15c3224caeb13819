import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { BOOLEAN_INPUTS, FILE_INPUTS, TEXT_INPUTS, settingsFromInputs, type ActionEnvironment, type RawInputs } from '../../src/action/inputs.js'
import { runStep, type RunDeps } from '../../src/action/run.js'
import { trustRootFiles } from '../trust/helpers.js'

// A throwaway repository shaped like a user's: the repo's examples/ and policies/ committed with
// native git at a fixed date, so a run over it is reproducible. Tests edit files before the commit
// (a scenario) and read the outputs the step writes.

export const REPO_ROOT = resolve(import.meta.dirname, '../..')
export const FIXED_DATE = '2026-11-23T12:00:00Z'
/** the instant the examples are evaluated at in every action test */
export const NOW = '2026-11-23T15:00:00Z'

export interface Workspace {
  dir: string
  /** sha256 of the committed trust root's revision 1 (the trust-root input) */
  pin: string
  /** files outside the repository the runner would provide */
  outputFile: string
  summaryFile: string
  cleanup(): Promise<void>
}

export interface WorkspaceOptions {
  /** repo-relative path -> new content (written before the commit) */
  files?: Record<string, string>
  /** repo-relative path -> transform of the current content */
  edit?: Record<string, (text: string) => string>
}

function git(dir: string, args: string[]): void {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: FIXED_DATE,
      GIT_COMMITTER_DATE: FIXED_DATE,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir
    }
  })
}

export async function makeWorkspace(opts: WorkspaceOptions = {}): Promise<Workspace> {
  const root = await mkdtemp(join(tmpdir(), 'release-evidence-action-'))
  const dir = join(root, 'repo')
  await mkdir(dir)
  for (const sub of ['examples', 'policies']) await cp(join(REPO_ROOT, sub), join(dir, sub), { recursive: true })
  for (const [path, edit] of Object.entries(opts.edit ?? {})) {
    const abs = join(dir, path)
    await writeFile(abs, edit(await readFile(abs, 'utf8')))
  }
  for (const [path, text] of Object.entries(opts.files ?? {})) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  // the trust root of the workspace's keyring (revision 1, the suite's test root keys): pass `pin` as the trust-root input
  const trust = trustRootFiles(await readFile(join(dir, 'policies/keyring.yaml'), 'utf8'))
  for (const [path, text] of Object.entries(trust.files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-q', '-m', 'evidence'])
  const outputFile = join(root, 'github_output')
  const summaryFile = join(root, 'step_summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  return { dir, pin: trust.pin, outputFile, summaryFile, cleanup: () => rm(root, { recursive: true, force: true }) }
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter ... delimiter blocks written by @actions/core). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const [, name, delim] = m
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
    out[name] = value.join('\n')
  }
  return out
}

/** Only the rows of one release window, for a scenario that should be a clean go. */
export function onlyWindow(window: string): (text: string) => string {
  return (text) => {
    const [header, ...rows] = text.trimEnd().split('\n')
    return `${[header, ...rows.filter((r) => r.includes(`,${window},`))].join('\n')}\n`
  }
}

/** Annotation commands printed to stdout: level, properties and message. */
export function annotationsIn(stdout: string): { level: string; props: Record<string, string>; message: string }[] {
  return stdout
    .split('\n')
    .map((l) => /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      level: m[1],
      props: Object.fromEntries(
        (m[2] ?? '')
          .trim()
          .split(',')
          .filter(Boolean)
          .map((kv) => {
            const at = kv.indexOf('=')
            return [kv.slice(0, at), decodeURIComponent(kv.slice(at + 1))]
          })
      ),
      message: m[3]
    }))
}

/** The user's data files as the example workflows pass them (action.yml gives them no default), by input name. */
export const EXAMPLE_DATA: Readonly<Record<string, string>> = { alarms: 'examples/alarms.csv', ledger: 'examples/ack-ledger.csv', evidence: 'examples/evidence.csv' }
/** The same, as the runner passes inputs to a spawned bundle. */
export const EXAMPLE_DATA_ENV: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(EXAMPLE_DATA).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))

/**
 * Raw inputs as src/main.ts reads them: `text` may name any text input, the registry's file inputs
 * among them; the data files default to EXAMPLE_DATA (pass '' to leave one unset).
 */
export function rawInputs(text: Partial<Record<string, string>> = {}, booleans: Partial<RawInputs['booleans']> = {}, secrets: Partial<RawInputs['secrets']> = {}): RawInputs {
  const pick = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, text[n] ?? EXAMPLE_DATA[n] ?? '']))
  return {
    text: pick(TEXT_INPUTS) as RawInputs['text'],
    files: pick(FILE_INPUTS),
    booleans: { ...Object.fromEntries(BOOLEAN_INPUTS.map((n) => [n, undefined])), ...booleans } as RawInputs['booleans'],
    secrets: { 'signing-key': '', 'github-token': '', 'tsa-url': '', ...secrets }
  }
}

/** Runs the step as src/main.ts does, from raw inputs. */
export function runFromInputs(raw: RawInputs, env: ActionEnvironment, deps?: RunDeps) {
  const { settings, action } = settingsFromInputs(raw, env)
  return runStep(settings, action, deps)
}
