// The validation logs under strategy-approval/{window}/validation/: one per packet revision,
// decision, outcome review and divergence record, written in the same commit as the file it
// describes. Like closure's verify-rNNN.log they are informative: verify never reads them back,
// so an edited log cannot turn a failure into a pass (and editing one is still a write-once
// violation, found by verify).

export function validationLog(what: string, lines: readonly (readonly [string, string])[]): string {
  const width = Math.max(...lines.map(([k]) => k.length))
  return [`release-evidence strategy ${what} validation`, ...lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`)].join('\n') + '\n'
}
