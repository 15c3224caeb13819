import type { ExitCode } from '../errors.js'
import type { Defect } from '../findings/defect.js'

// What one stage hands the step's report, whichever face runs it: its defects, its summary
// blocks, its files and how it ends. The Action turns these into annotations, a check run, one
// artifact and one job summary within GitHub's limits (src/action/report.ts); nothing here
// decides pass or fail, the stage does.

export interface StageReport {
  /** the stage's name (a lesson's stage, or verify) */
  stage: string
  /** heading of the stage's defect table subject column */
  subjectColumn: string
  defects: Defect[]
  /** defects that fail the step in the current mode (annotated as errors) */
  blocks: (d: Defect) => boolean
  /** markdown before the stage's defect table (escaped by the stage) */
  summaryHead: string
  /** markdown after it, e.g. packet summary blocks */
  summaryTail: string
  /** absolute paths of report files worth uploading (defect CSV, verify logs, packets) */
  files: string[]
  /** absolute path of the full defect list, named wherever defects are cut */
  defectsFile?: string
}

export interface StageOutcome {
  exitCode: ExitCode
  /** one line for the failed step's error annotation (exit code 1) */
  failure?: string
}
