import { ExitCode } from '../../errors.js'
import { writeLedgerReports } from '../../ledger/reports.js'
import type { GateResult } from '../../ledger/types.js'
import { blockingPredicate } from '../../report/annotations.js'
import { renderGateSummary } from '../../report/summary.js'
import type { Settings } from '../../settings.js'
import type { RunOutcome } from '../outcome.js'
import { OUTPUT, type Outputs } from '../outputs.js'
import type { StageReport } from '../report.js'

// The ledger stage in the Action (lesson 113 step 8): run the gate, write the defect CSV, and
// hand the report its defects, summary and outputs. The decision comes from the gate; this file
// only says how it reaches the reviewer.

export interface LedgerStageResult {
  gate: GateResult
  report: StageReport
  outputs: Outputs
  outcome: RunOutcome
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
  const outputs: Outputs = {
    [OUTPUT.decision]: gate.decision,
    [OUTPUT.blockingDefects]: String(gate.blocking.length),
    [OUTPUT.defectsFile]: defectsFile
  }
  const outcome: RunOutcome = gate.failed
    ? { exitCode: ExitCode.PolicyFailure, failure: `Ledger gate: ${gate.decision} with ${gate.blocking.length} blocking defect${gate.blocking.length === 1 ? '' : 's'} in ${gate.mode} mode; see the job summary.` }
    : { exitCode: ExitCode.Pass }
  return { gate, report, outputs, outcome }
}

export async function runLedgerStage(settings: Settings): Promise<LedgerStageResult> {
  const { runLedgerGate } = await import('../../ledger/gate.js')
  return reportGate(await runLedgerGate(settings), settings)
}
