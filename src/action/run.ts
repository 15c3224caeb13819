import * as core from '@actions/core'
import { access } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { ExitCode, UserError, type Problem } from '../errors.js'
import type { GateResult } from '../ledger/types.js'
import { loadArtifactClient } from '../report/artifacts.js'
import { STEP_ANNOTATION_LIMITS } from '../report/annotations.js'
import type { CheckConclusion } from '../report/checks.js'
import { logText } from '../report/escape.js'
import type { Settings, StageName } from '../settings.js'
import { INPUT, type InputName } from './inputs.js'
import { ERRORS_BEFORE_FAILURE, type RunOutcome } from './outcome.js'
import type { Outputs } from './outputs.js'
import { StepReport, type FinishDeps, type FinishResult, type StageReport } from './report.js'

// The Action as a plain function of its settings. Stage modules are imported only when their stage
// runs: they pull in the YAML parser, ajv, the CSV parser and git code, and a step that has
// nothing to do (or fails on its inputs) should not pay for them.

export type RunDeps = FinishDeps

export const defaultDeps: RunDeps = {
  fetch: (...args) => globalThis.fetch(...args),
  loadArtifactClient
}

export interface RunResult extends RunOutcome {
  finish?: FinishResult
}

/** The files each stage reads, with the input that names them, checked before any stage loads. */
function stageInputs(settings: Settings, stage: StageName): [InputName, string][] {
  const { inputs, policies } = settings
  const ledger: [InputName, string][] = [
    [INPUT.alarms, inputs.alarms],
    [INPUT.ledger, inputs.ledger],
    [INPUT.evidence, inputs.evidence],
    [INPUT.ledgerPolicy, policies.ackLedger]
  ]
  const trust: [InputName, string][] = [
    [INPUT.closurePolicy, policies.closurePacket],
    [INPUT.keyring, policies.keyring]
  ]
  if (stage === 'ledger') return ledger
  if (stage === 'closure') return [...ledger, ...trust]
  return trust
}

/** Every missing input file at once, named by the input that points at it. */
export async function preflight(settings: Settings): Promise<void> {
  const seen = new Set<string>()
  const problems: Problem[] = []
  for (const stage of settings.stages) {
    for (const [input, path] of stageInputs(settings, stage)) {
      if (seen.has(input)) continue
      seen.add(input)
      const abs = resolve(settings.workspace, path)
      try {
        await access(abs)
      } catch {
        const shown = isAbsolute(path) ? path : relative(settings.workspace, abs) || '.'
        problems.push({ file: shown, field: input, message: 'does not exist in the workspace', fix: `check out the repository first, or set the '${input}' input to the right path` })
      }
    }
  }
  if (problems.length > 0) {
    throw new UserError({ code: 'INPUT_MISSING', message: `${problems.length} input file${problems.length === 1 ? '' : 's'} not found (stages: ${settings.stages.join(', ')})`, problems })
  }
}

function conclusionOf(exitCode: ExitCode, defects: number): CheckConclusion {
  if (exitCode !== ExitCode.Pass) return 'failure'
  return defects === 0 ? 'success' : 'neutral'
}

export async function run(settings: Settings, deps: RunDeps = defaultDeps): Promise<RunResult> {
  await preflight(settings)
  const report = new StepReport(settings)
  let outcome: RunOutcome = { exitCode: ExitCode.Pass }

  const take: Take = (r) => {
    report.add(r.report)
    for (const [k, v] of Object.entries(r.outputs)) if (v !== undefined) report.setOutput(k, v)
    outcome = worst(outcome, r.outcome)
  }

  try {
    await runStages(settings, take)
  } catch (err) {
    // A later stage could not evaluate: what the earlier stages found still reaches the reviewer
    // (annotations, summary, outputs) before the error ends the step.
    const limits = { ...STEP_ANNOTATION_LIMITS, error: ERRORS_BEFORE_FAILURE }
    if (report.stages.length > 0) await report.finish('failure', deps, limits).catch(() => undefined)
    throw err
  }

  const defects = report.stages.reduce((n, s) => n + s.defects.length, 0)
  const finish = await report.finish(conclusionOf(outcome.exitCode, defects), deps)
  if (finish.cutRows > 0) core.info(`Job summary: ${finish.cutRows} defect rows cut to stay under 1 MiB; every row is in the defects file`)
  return { ...outcome, finish }
}

type Take = (r: { report: StageReport; outputs: Outputs; outcome: RunOutcome }) => void

/** The stages in their fixed order, each imported only when it runs. */
async function runStages(settings: Settings, take: Take): Promise<void> {
  let gate: GateResult | undefined
  if (settings.stages.includes('ledger')) {
    const { runLedgerStage } = await import('./stages/ledger.js')
    const r = await runLedgerStage(settings)
    gate = r.gate
    core.info(`Ledger gate: ${gate.decision} (${gate.mode} mode), ${gate.defects.length} defects, ${gate.blocking.length} blocking`)
    take(r)
  }
  if (settings.stages.includes('closure')) {
    // Packets are built from the gate's result; without the ledger stage the gate runs silently.
    if (!gate) gate = await (await import('../ledger/gate.js')).runLedgerGate(settings)
    const { runClosureStage } = await import('./stages/closure.js')
    const r = await runClosureStage(settings, gate)
    const counts = r.result.windows.map((w) => `${logText(w.series.window)} ${w.action}`).join(', ')
    core.info(`Closure packets on ${logText(r.result.branch)}: ${counts || 'no windows'}`)
    take(r)
  }
  if (settings.stages.includes('verify')) {
    const { runVerifyStage } = await import('./stages/verify.js')
    const r = await runVerifyStage(settings)
    core.info(`Store verification: ${r.result.blocking === 0 ? 'verified' : `${r.result.blocking} blocking defects`}`)
    take(r)
  }
}

/** The more severe of two outcomes (cannot-evaluate over no-go over pass); equal failures keep both reasons. */
export function worst(a: RunOutcome, b: RunOutcome): RunOutcome {
  const rank = (o: RunOutcome) => (o.exitCode === ExitCode.CannotEvaluate ? 2 : o.exitCode === ExitCode.PolicyFailure ? 1 : 0)
  if (rank(b) > rank(a)) return b
  if (rank(b) === rank(a) && rank(a) > 0 && a.failure && b.failure) return { exitCode: a.exitCode, failure: `${a.failure} ${b.failure}` }
  return a
}
