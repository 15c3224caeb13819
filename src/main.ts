import * as core from '@actions/core'
import { resolve } from 'node:path'
import { BOOLEAN_INPUTS, DEFAULT_STAGES, FILE_INPUTS, SECRET_INPUTS, TEXT_INPUTS, settingsFromInputs, type BooleanInput, type BooleanReading, type RawInputs } from './action/inputs.js'
import { failStep, settle } from './action/outcome.js'
import { readEvent, runnerContext } from './action/runner.js'
import { runStep } from './action/run.js'
import { markCannotEvaluate } from './action/stale.js'
import { CATALOG } from './lessons.js'
import { DEFAULT_OUT_DIR, parseStages } from './options.js'
import { bundledReadWorker } from './util/bundled.js'
import { secretsToMask } from './signing/keys.js'
import { tsaUrlSecrets } from './timestamp/request.js'

// The Action's face (as in actions/typescript-action): run() is the only place that reads inputs or
// the runner's environment; it builds Settings for the engine and runs the step. src/index.ts calls it.
// Secrets are masked before anything else can print, and removed from this process's
// environment so the git processes we spawn do not inherit them.

function readSecrets(): RawInputs['secrets'] {
  const out = {} as Record<(typeof SECRET_INPUTS)[number], string>
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name)
    if (value !== '') for (const fragment of name === 'signing-key' ? secretsToMask(value) : name === 'tsa-url' ? tsaUrlSecrets(value) : [value]) core.setSecret(fragment)
    out[name] = value
    delete process.env[`INPUT_${name.toUpperCase()}`]
  }
  return out
}

function readBoolean(name: BooleanInput): BooleanReading {
  const raw = core.getInput(name)
  if (raw === '') return undefined
  try {
    return core.getBooleanInput(name)
  } catch {
    return { invalid: raw }
  }
}

async function main(): Promise<void> {
  const secrets = readSecrets()
  const text = Object.fromEntries(TEXT_INPUTS.map((n) => [n, core.getInput(n)])) as RawInputs['text']
  const files = Object.fromEntries(FILE_INPUTS.map((n) => [n, core.getInput(n)]))
  const booleans = Object.fromEntries(BOOLEAN_INPUTS.map((n) => [n, readBoolean(n)])) as RawInputs['booleans']
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const env = {
    workspace,
    runner: runnerContext(process.env, readEvent(process.env['GITHUB_EVENT_PATH'])),
    clock: Date.now,
    // this module is dist/index.js once bundled; the worker is bundled beside it
    readWorker: bundledReadWorker(import.meta.url, './read-worker/index.js'),
    inspectWorker: bundledReadWorker(import.meta.url, './inspect-worker/index.js')
  }
  let built: ReturnType<typeof settingsFromInputs>
  try {
    built = settingsFromInputs({ text, files, secrets, booleans }, env)
  } catch (err) {
    // inputs it cannot use: out-dir must not keep an earlier run's verdict (src/action/stale.ts)
    await markCannotEvaluate(stagesNamed(text.stages), resolve(workspace, text['out-dir'] || DEFAULT_OUT_DIR), err, Date.now())
    throw err
  }
  settle(await runStep(built.settings, built.action))
}

/** The stages the input names, [] when it names none that exist (then its own problem is reported). */
function stagesNamed(raw: string): string[] {
  try {
    return raw === '' ? [...DEFAULT_STAGES] : parseStages(raw, CATALOG.stages)
  } catch {
    return []
  }
}

/** Runs the Action step; a failure ends the step with its exit code and a readable message. */
export async function run(): Promise<void> {
  try {
    await main()
  } catch (err) {
    await failStep(err, process.env['GITHUB_STEP_SUMMARY'] ?? '', process.env['GITHUB_WORKSPACE'] || process.cwd())
  }
}
