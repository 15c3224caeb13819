import * as core from '@actions/core'
import { access } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { ExitCode, UserError, type Problem } from '../errors.js'
import type { Log, StageContext } from '../lesson.js'
import { CATALOG, FAMILIES, STAGES, stagePolicies } from '../lessons.js'
import { loadArtifactClient } from '../report/artifacts.js'
import { STEP_ANNOTATION_LIMITS } from '../report/annotations.js'
import type { CheckConclusion } from '../report/checks.js'
import { storeBranchProtection } from '../publish/protection.js'
import { logText } from '../report/escape.js'
import type { Settings } from '../settings.js'
import type { ActionSettings } from './settings.js'
import { ERRORS_BEFORE_FAILURE, ERRORS_BESIDE_FAILURE, markSummarized, renderFailureSummary, type RunOutcome } from './outcome.js'
import { StepReport, type FinishDeps, type FinishResult, type StageReport } from './report.js'
import { markCannotEvaluate } from './stale.js'

// The Action as a plain function of its settings: the registry's stages in their fixed order, each
// loading its modules only when it runs (they pull in the YAML parser, the CSV scanner and git
// code, and a step that has nothing to do, or fails on its inputs, should not pay for them).

export type RunDeps = FinishDeps

export const defaultDeps: RunDeps = {
  fetch: (...args) => globalThis.fetch(...args),
  loadArtifactClient
}

export interface RunResult extends RunOutcome {
  finish?: FinishResult
}

/** The files each stage reads, with the input that names them, checked before any stage loads. */
function stageInputs(settings: Settings, stage: string): [string, string][] {
  const spec = STAGES.find((s) => s.name === stage)
  if (!spec) return []
  const inputs = CATALOG.inputs.filter((i) => spec.reads.inputs.includes(i.key)).map((i): [string, string] => [i.option, settings.inputs[i.key] ?? i.default])
  const kinds = stagePolicies(spec)
  const policies = CATALOG.policies.filter((p) => kinds.includes(p.kind)).map((p): [string, string] => [p.option, settings.policies[p.kind] ?? p.default])
  return [...inputs, ...policies]
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

export async function runStep(settings: Settings, action?: ActionSettings, deps: RunDeps = defaultDeps): Promise<RunResult> {
  await preflight(settings).catch(async (err: unknown) => {
    await markCannotEvaluate(settings.stages, settings.outDir, err, settings.now)
    throw err
  })
  const report = new StepReport(settings, action)
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
    // (annotations, summary, outputs) before the error ends the step. The failure's own summary
    // goes into the same job summary, within the same budget, so failStep does not append it.
    const limits = { ...STEP_ANNOTATION_LIMITS, error: ERRORS_BEFORE_FAILURE }
    if (report.stages.length > 0) {
      const written = await report.finish('failure', deps, limits, renderFailureSummary(err, FAILURE_SUMMARY_BYTES)).then(
        () => true,
        () => false
      )
      if (written) markSummarized(err)
    }
    throw err
  }

  await warnUnprotected(settings, action, report, deps)
  const defects = report.stages.reduce((n, s) => n + s.defects.length, 0)
  // A failing step ends with its own error message (settle): one of the runner's 10 errors is kept for it.
  const limits = outcome.exitCode === ExitCode.Pass ? STEP_ANNOTATION_LIMITS : { ...STEP_ANNOTATION_LIMITS, error: ERRORS_BESIDE_FAILURE }
  const finish = await report.finish(conclusionOf(outcome.exitCode, defects), deps, limits)
  if (finish.cutRows > 0) core.info(`Job summary: ${finish.cutRows} defect rows cut to stay under 1 MiB; every row is in the defects file`)
  return { ...outcome, finish }
}

/** What the failure of a later stage may take of the one job-summary budget; the earlier stages' reports share the rest. */
const FAILURE_SUMMARY_BYTES = 128 * 1024

type Take = (r: { report: StageReport; outputs: Record<string, string | undefined>; outcome: RunOutcome }) => void

const LOG: Log = { info: (t) => core.info(t), warning: (t) => core.warning(t) }

/** The registry's stages in their fixed order, those the settings name. */
async function runStages(settings: Settings, take: Take): Promise<void> {
  const ctx: StageContext = { log: LOG, families: FAMILIES, shared: new Map() }
  for (const stage of STAGES) if (settings.stages.includes(stage.name)) take(await stage.run(settings, ctx))
}

/** The more severe of two outcomes (cannot-evaluate over no-go over pass); equal failures keep both reasons. */
export function worst(a: RunOutcome, b: RunOutcome): RunOutcome {
  const rank = (o: RunOutcome) => (o.exitCode === ExitCode.CannotEvaluate ? 2 : o.exitCode === ExitCode.PolicyFailure ? 1 : 0)
  if (rank(b) > rank(a)) return b
  if (rank(b) === rank(a) && rank(a) > 0 && a.failure && b.failure) return { exitCode: a.exitCode, failure: `${a.failure} ${b.failure}` }
  return a
}

/**
 * A store branch anyone with push access can force-push or delete is one a verifier must catch
 * after the fact; a ruleset stops it before. Asked only when this run wrote to or verified the
 * store, and only as a warning: the answer needs the API, which a step may not reach.
 */
async function warnUnprotected(settings: Settings, action: ActionSettings | undefined, report: StepReport, deps: RunDeps): Promise<void> {
  const branch = report.outputs.get('store-branch') || settings.git?.storeBranch
  if (!action?.runner.onRunner || !branch || !(settings.publish?.push || settings.stages.includes('verify'))) return
  const p = await storeBranchProtection({ apiUrl: action.runner.apiUrl, repository: action.runner.repository, branch, token: action.githubToken?.reveal() ?? null, fetch: deps.fetch })
  if (p.status === 'unprotected') {
    report.warn(
      `The store branch ${logText(branch)} has no ruleset rule against ${p.missing.map((m) => (m === 'non_fast_forward' ? 'force pushes' : 'deletion')).join(' or ')}: anyone with push access can rewrite the published evidence (verify then reports STORE_HISTORY_REWRITTEN). Add a branch ruleset with "Block force pushes" and "Restrict deletions" for it; see docs/publishing.md.`
    )
  } else if (p.status === 'unknown') core.info(`Store branch protection not checked: ${logText(p.reason)}.`)
}
