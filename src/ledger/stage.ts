import { ExitCode } from '../errors.js'
import type { StageContext, StageResult } from '../lesson.js'
import { blockingPredicate } from '../report/annotations.js'
import type { StageReport } from '../report/stage.js'
import type { Settings } from '../settings.js'
import { runLedgerGate } from './gate.js'
import { writeCannotEvaluate, writeLedgerReports } from './reports.js'
import { renderGateSummary } from './summary.js'
import type { GateResult } from './types.js'

// The ledger stage (lesson 113 step 8): run the gate, write the defect CSV, and hand the report its
// defects, summary and outputs. The decision comes from the gate; this file only says how it
// reaches the reviewer. The gate is left in the stage context for the stages after it.

const GATE = 'ledger.gate'

/** The gate this run already computed, or a silent run of it (the closure stage builds on it). */
export async function gateFor(settings: Settings, ctx: StageContext): Promise<GateResult> {
  const known = ctx.shared.get(GATE) as GateResult | undefined
  if (known) return known
  const gate = await runLedgerGate(settings)
  ctx.shared.set(GATE, gate)
  return gate
}

export interface LedgerStageResult extends StageResult {
  gate: GateResult
}

/** Turns a gate result into the step's report, outputs and exit code; writes the gate's reports. */
export async function reportGate(gate: GateResult, settings: Settings): Promise<LedgerStageResult> {
  const written = await writeLedgerReports(gate, settings.outDir)
  const defectsFile = written.defects
  const report: StageReport = {
    stage: 'ledger',
    subjectColumn: 'alarm_id',
    defects: gate.defects,
    blocks: blockingPredicate(gate.blocking),
    summaryHead: renderGateSummary(gate),
    summaryTail: '',
    files: [written.defects, written.escalations, written.summary],
    defectsFile
  }
  const outputs = {
    decision: gate.decision,
    'blocking-defects': String(gate.blocking.length),
    'defects-file': defectsFile
  }
  const outcome = gate.failed
    ? {
        exitCode: ExitCode.PolicyFailure,
        failure: `Ledger gate: ${gate.decision} with ${gate.blocking.length} blocking defect${gate.blocking.length === 1 ? '' : 's'} in ${gate.mode} mode; see the job summary.`
      }
    : { exitCode: ExitCode.Pass }
  return { gate, report, outputs, outcome }
}

export async function runLedgerStage(settings: Settings, ctx: StageContext): Promise<LedgerStageResult> {
  const gate = await gateFor(settings, ctx).catch(async (err: unknown) => {
    await writeCannotEvaluate(settings.outDir, err, settings.now)
    throw err
  })
  ctx.log.info(`Ledger gate: ${gate.decision} (${gate.mode} mode), ${gate.defects.length} defects, ${gate.blocking.length} blocking`)
  return reportGate(gate, settings)
}
