import { ExitCode } from '../errors.js'
import type { CodeTable } from '../findings/codes.js'
import { defineCommand } from '../lesson.js'
import { renderTable } from './table.js'

// `release-evidence codes` answers "what does this code mean" from the registry itself (passed in
// by the face: src/lessons.ts merges every lesson's codes). docs/reference/codes.md is generated
// from it.

/** Registry order: codes grouped by the stage that emits them, in the order stages first appear. */
function rows(codes: CodeTable): [string, string, string, string][] {
  const order: string[] = []
  for (const info of Object.values(codes)) if (!order.includes(info.stage)) order.push(info.stage)
  return Object.entries(codes)
    .map(([code, info]) => [code, info.stage, info.severity, info.meaning] as [string, string, string, string])
    .sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}

export function codesMarkdown(codes: CodeTable): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|')
  return [
    '| code | stage | severity | meaning |',
    '|---|---|---|---|',
    ...rows(codes).map(([code, stage, severity, meaning]) => `| \`${code}\` | ${stage} | ${severity} | ${esc(meaning)} |`)
  ].join('\n')
}

export const codesCommand = defineCommand({
  name: 'codes',
  summary: 'list every defect code with its stage, severity and meaning',
  usage: `Usage: release-evidence codes [--markdown | --json] [CODE]

Prints the defect-code registry, or one code's entry.`,
  options: { markdown: { type: 'boolean' }, json: { type: 'boolean' } },
  common: false,
  positionals: 1,
  // eslint-disable-next-line @typescript-eslint/require-await -- CommandSpec.run returns a promise; nothing here waits
  async run({ values, positionals, codes, ...ctx }) {
    if (positionals.length > 0) {
      const code = positionals[0].toUpperCase()
      const info = codes[code]
      if (!info) {
        ctx.io.stderr(`release-evidence codes: unknown code '${code}'; run 'release-evidence codes' for the list\n`)
        return ExitCode.CannotEvaluate
      }
      ctx.io.stdout(`${code} (${info.stage}, ${info.severity}): ${info.meaning}\n`)
      return ExitCode.Pass
    }
    if (values.json) ctx.io.stdout(`${JSON.stringify(Object.fromEntries(rows(codes).map(([code, stage, severity, meaning]) => [code, { stage, severity, meaning }])), null, 2)}\n`)
    else if (values.markdown) ctx.io.stdout(`${codesMarkdown(codes)}\n`)
    else ctx.io.stdout(`${renderTable(['code', 'stage', 'severity', 'meaning'], rows(codes), { maxCell: 200 })}\n`)
    return ExitCode.Pass
  }
})
