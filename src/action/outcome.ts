import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ExitCode, UserError, describeError, exitCodeFor } from '../errors.js'
import { emit, type Annotation } from '../report/annotations.js'
import { INPUTS_PSEUDO_FILE } from './inputs.js'
import { annotationText, mdCell, mdCode, mdText } from '../report/escape.js'

// How a step ends. Exit codes follow the CLI: 0 pass (go, conditional go, observe), 1 policy
// failure (no-go), 2 cannot evaluate (bad input or policy, or our own crash). core.setFailed always
// sets exit code 1, so the code is set after it; a thrown non-Error still fails the step.

export interface RunOutcome {
  exitCode: ExitCode
  /** one line for the failed step's error annotation (exit code 1) */
  failure?: string
}

/**
 * Located problems of a UserError become annotations. The step shows 10 errors: the failure itself
 * takes one, and a run that failed in a later stage may already have printed up to
 * ERRORS_BEFORE_FAILURE for the stages before it (src/action/run.ts); every problem is in the
 * message and the job summary regardless.
 */
export const PROBLEM_ANNOTATIONS = 4
export const ERRORS_BEFORE_FAILURE = 5

export function settle(outcome: RunOutcome): void {
  if (outcome.exitCode !== ExitCode.Pass) core.setFailed(outcome.failure ?? 'release-evidence failed')
  process.exitCode = outcome.exitCode
}

/** Ends a step that threw: annotations, a short job summary, the error, and exit code 1 or 2. */
export async function failStep(err: unknown, stepSummary = '', workspace = ''): Promise<void> {
  if (err instanceof UserError) {
    // Annotate the problems that point into a file of the workspace, so the reviewer lands on the
    // bad line; a problem about something else (the inputs, the workflow event) points at no path.
    const located = err.problems.filter((p) => p.file !== INPUTS_PSEUDO_FILE && (workspace === '' || existsSync(resolve(workspace, p.file))))
    for (const p of located.slice(0, PROBLEM_ANNOTATIONS)) {
      const a: Annotation = { level: 'error', title: annotationText(`${err.code} ${p.field ?? ''}`.trim(), 200), message: annotationText(p.fix ? `${p.message} (fix: ${p.fix})` : p.message), file: p.file }
      if (p.line !== undefined) a.line = p.line
      emit(a, core)
    }
  } else if (err instanceof Error) {
    // Not the user's mistake: the stack helps a bug report; it goes to the debug log only.
    core.debug(err.stack ?? err.message)
  }
  core.setFailed(describeError(err))
  process.exitCode = exitCodeFor(err)
  if (stepSummary) await writeFailureSummary(err, stepSummary)
}

/** The job summary of a step that could not evaluate: what went wrong and every problem, escaped. */
export function renderFailureSummary(err: unknown): string {
  const head = `## release-evidence: cannot evaluate\n\n`
  if (!(err instanceof UserError)) return `${head}${mdText(describeError(err))}\n`
  const first = err.message.split('\n')[0] ?? ''
  const rows = err.problems
    .slice(0, 200)
    .map((p) => `| ${mdCell(p.file)} | ${p.line ?? ''} | ${mdCell(p.field ?? '')} | ${mdCell(p.message, 500)} | ${mdCell(p.fix ?? '', 500)} |`)
  const more = err.problems.length > 200 ? `\n_${err.problems.length - 200} more problems not shown._\n` : ''
  const table = rows.length > 0 ? `| File | Line | Field | Problem | Fix |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n${more}` : ''
  return `${head}${mdCode(err.code)} ${mdText(first)}\n\n${table}`
}

async function writeFailureSummary(err: unknown, path: string): Promise<void> {
  try {
    await appendFile(path, renderFailureSummary(err))
  } catch (e) {
    core.warning(`No job summary written: ${(e as Error).message}`)
  }
}
