import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ExitCode, UserError, describeError, exitCodeFor } from '../errors.js'
import { emit, type Annotation } from '../report/annotations.js'
import { INPUTS_PSEUDO_FILE } from './inputs.js'
import { annotationText, mdCell, mdCode, mdText } from '../report/escape.js'
import { byteLength, SUMMARY_BUDGET_BYTES } from '../report/summary.js'

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
/** Errors the step's report may print when the step then fails with a message of its own (settle). */
export const ERRORS_BESIDE_FAILURE = 9

// Errors whose failure summary is already in the step's job summary (written within its one
// budget by the step's report, src/action/run.ts): failStep must not append it a second time.
const summarized = new WeakSet<object>()

/** Records that the job summary already explains `err`. */
export function markSummarized(err: unknown): void {
  if (typeof err === 'object' && err !== null) summarized.add(err)
}

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
  if (stepSummary && !(typeof err === 'object' && err !== null && summarized.has(err))) await writeFailureSummary(err, stepSummary)
}

const PROBLEM_ROWS = 200

/**
 * The job summary of a step that could not evaluate: what went wrong and the problems, escaped,
 * in at most `maxBytes` (the rows that do not fit are counted instead).
 */
export function renderFailureSummary(err: unknown, maxBytes = SUMMARY_BUDGET_BYTES): string {
  const head = `## release-evidence: cannot evaluate\n\n`
  if (!(err instanceof UserError)) return `${head}${mdText(describeError(err).slice(0, 4000))}\n`
  const first = err.message.split('\n')[0] ?? ''
  const lead = `${head}${mdCode(err.code)} ${mdText(first.slice(0, 4000))}\n\n`
  if (err.problems.length === 0) return lead
  const tableHead = '| File | Line | Field | Problem | Fix |\n| --- | --- | --- | --- | --- |\n'
  // room for the lead, the table head and the note counting what was left out
  let used = byteLength(lead) + byteLength(tableHead) + 200
  const rows: string[] = []
  for (const p of err.problems.slice(0, PROBLEM_ROWS)) {
    const r = `| ${mdCell(p.file)} | ${p.line ?? ''} | ${mdCell(p.field ?? '')} | ${mdCell(p.message, 500)} | ${mdCell(p.fix ?? '', 500)} |\n`
    if (used + byteLength(r) > maxBytes) break
    used += byteLength(r)
    rows.push(r)
  }
  const left = err.problems.length - rows.length
  const more = left > 0 ? `\n_${left} more problem${left === 1 ? '' : 's'} not shown._\n` : ''
  return `${lead}${tableHead}${rows.join('')}${more}`
}

async function writeFailureSummary(err: unknown, path: string): Promise<void> {
  try {
    await appendFile(path, renderFailureSummary(err))
  } catch (e) {
    core.warning(`No job summary written: ${(e as Error).message}`)
  }
}
