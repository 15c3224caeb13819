import { relative } from 'node:path'
import { ExitCode, UserError } from '../errors.js'
import { COMMON_OPTIONS, COMMON_USAGE, parseCommand, settingsFromOptions, type Command } from '../cli/context.js'
import { runLedgerGate } from './gate.js'
import { renderGateText } from './render.js'
import { resultSummary, writeLedgerReports } from './reports.js'

export const validateLedgerCommand: Command = {
  name: 'validate-ledger',
  usage: `Usage: release-evidence validate-ledger [options]

Joins active page/block alarms to the append-only acknowledgment ledger, checks acknowledgment
SLAs, owner roles, resolution targets and closure evidence under the ack-ledger policy, and
decides go / conditional-go / no-go per release window. Writes defects.csv, escalations.csv and
ledger-gate.json to the output directory.

Exit codes: 0 go or conditional-go (or observe mode), 1 no-go in this mode, 2 cannot evaluate.

${COMMON_USAGE}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand('validate-ledger', args, COMMON_OPTIONS)
    if (positionals.length > 0) {
      throw new UserError({ code: 'USAGE', message: `validate-ledger: unexpected argument '${positionals[0]}'; run 'release-evidence validate-ledger --help'` })
    }
    const settings = settingsFromOptions(values, ctx, ['ledger'])
    const result = await runLedgerGate(settings)
    const paths = await writeLedgerReports(result, settings.outDir)
    if (values.json) {
      ctx.io.stdout(`${JSON.stringify(resultSummary(result), null, 2)}\n`)
    } else {
      const rel = (p: string): string => relative(ctx.cwd, p) || p
      ctx.io.stdout(renderGateText(result, { defects: rel(paths.defects), escalations: rel(paths.escalations), summary: rel(paths.summary) }))
    }
    return result.failed ? ExitCode.PolicyFailure : ExitCode.Pass
  }
}
