import { relative } from 'node:path'
import { ExitCode } from '../errors.js'
import { defineCommand } from '../lesson.js'

// The ledger lesson's command. Its modules load when it runs: the CLI's start stays cheap.

export const validateLedgerCommand = defineCommand({
  name: 'validate-ledger',
  summary: 'Check the acknowledgment ledger against active alarms: go / conditional-go / no-go per release window',
  usage: `Usage: release-evidence validate-ledger [options]

Joins active page/block alarms to the append-only acknowledgment ledger, checks acknowledgment
SLAs, owner roles, resolution targets and closure evidence under the ack-ledger policy, and
decides go / conditional-go / no-go per release window. Writes defects.csv, escalations.csv and
ledger-gate.json to the output directory.

Exit codes: 0 go or conditional-go (or observe mode), 1 no-go in this mode, 2 cannot evaluate.`,
  options: {},
  common: true,
  async run(inv) {
    const [{ runLedgerGate }, { renderGateText }, { resultSummary, writeCannotEvaluate, writeLedgerReports }] = await Promise.all([import('./gate.js'), import('./render.js'), import('./reports.js')])
    const settings = inv.settings(['ledger'])
    const phase = inv.io.progress?.phase('validate-ledger: ledger gate')
    const result = await runLedgerGate(settings).catch(async (err: unknown) => {
      await writeCannotEvaluate(settings.outDir, err, settings.now)
      throw err
    })
    phase?.done()
    const paths = await writeLedgerReports(result, settings.outDir)
    if (inv.values.json) {
      inv.io.stdout(`${JSON.stringify(resultSummary(result), null, 2)}\n`)
    } else {
      const rel = (p: string): string => relative(inv.cwd, p) || p
      inv.io.stdout(
        renderGateText(result, {
          defects: rel(paths.defects),
          escalations: rel(paths.escalations),
          summary: rel(paths.summary)
        })
      )
    }
    return result.failed ? ExitCode.PolicyFailure : ExitCode.Pass
  }
})
