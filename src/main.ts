import * as core from '@actions/core'
import { BOOLEAN_INPUTS, FILE_INPUTS, SECRET_INPUTS, TEXT_INPUTS, settingsFromInputs, type BooleanInput, type BooleanReading, type RawInputs } from './action/inputs.js'
import { failStep, settle } from './action/outcome.js'
import { readEvent, runnerContext } from './action/runner.js'
import { runStep } from './action/run.js'
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
  const { settings, action } = settingsFromInputs(
    { text, files, secrets, booleans },
    {
      workspace,
      runner: runnerContext(process.env, readEvent(process.env['GITHUB_EVENT_PATH'])),
      clock: Date.now,
      // this module is dist/index.js once bundled; the worker is bundled beside it
      readWorker: bundledReadWorker(import.meta.url, './read-worker/index.js')
    }
  )
  settle(await runStep(settings, action))
}

/** Runs the Action step; a failure ends the step with its exit code and a readable message. */
export async function run(): Promise<void> {
  try {
    await main()
  } catch (err) {
    await failStep(err, process.env['GITHUB_STEP_SUMMARY'] ?? '', process.env['GITHUB_WORKSPACE'] || process.cwd())
  }
}
