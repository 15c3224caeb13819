import { ExitCode } from '../errors.js'
import { parseCommand, type Command } from '../cli/context.js'
import { DEFECT_CODES } from './codes.js'
import { renderTable } from './table.js'

// `release-evidence codes` answers "what does this code mean" from the registry itself; the
// README's table is this command's --markdown output, and a test keeps the two identical.

const STAGE_ORDER = ['input', 'ledger', 'closure', 'store', 'publish']

function rows(): [string, string, string, string][] {
  return Object.entries(DEFECT_CODES)
    .map(([code, info]) => [code, info.stage, info.severity, info.meaning] as [string, string, string, string])
    .sort((a, b) => STAGE_ORDER.indexOf(a[1]) - STAGE_ORDER.indexOf(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

export function codesMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|')
  return [
    '| code | stage | severity | meaning |',
    '|---|---|---|---|',
    ...rows().map(([code, stage, severity, meaning]) => `| \`${code}\` | ${stage} | ${severity} | ${esc(meaning)} |`)
  ].join('\n')
}

export const codesCommand: Command = {
  name: 'codes',
  usage: `Usage: release-evidence codes [--markdown] [CODE]

Prints the defect-code registry, or one code's entry.`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand('codes', args, { markdown: { type: 'boolean' } })
    if (positionals.length > 0) {
      const code = positionals[0].toUpperCase()
      const info = DEFECT_CODES[code]
      if (!info) {
        ctx.io.stderr(`release-evidence codes: unknown code '${code}'; run 'release-evidence codes' for the list\n`)
        return ExitCode.CannotEvaluate
      }
      ctx.io.stdout(`${code} (${info.stage}, ${info.severity}): ${info.meaning}\n`)
      return ExitCode.Pass
    }
    if (values.markdown) ctx.io.stdout(`${codesMarkdown()}\n`)
    else ctx.io.stdout(`${renderTable(['code', 'stage', 'severity', 'meaning'], rows(), { maxCell: 200 })}\n`)
    return ExitCode.Pass
  }
}
