import type { Severity } from './defect.js'
import { STORE_CODES } from '../store/codes.js'
import { LEDGER_CODES } from '../ledger/codes.js'
import { CLOSURE_CODES } from '../closure/codes.js'
import { SIGNING_CODES } from '../signing/codes.js'

// Every defect code the product can emit, with its stage and meaning. The README's defect-code
// table is checked against this registry by the test suite, so a code cannot ship undocumented.
// Each stage keeps its own codes in `src/<stage>/codes.ts`; they are merged here.

export type Stage = 'input' | 'ledger' | 'closure' | 'store' | 'publish'

export interface CodeInfo {
  stage: Stage
  severity: Severity
  meaning: string
}

export const INPUT_CODES: Record<string, CodeInfo> = {
  ROW_MALFORMED: {
    stage: 'input',
    severity: 'blocking',
    meaning: 'A CSV row is structurally broken (wrong column count, unterminated quote); it was not read.'
  }
}

export const DEFECT_CODES: Record<string, CodeInfo> = {
  ...INPUT_CODES,
  ...LEDGER_CODES,
  ...STORE_CODES,
  ...CLOSURE_CODES,
  ...SIGNING_CODES
}
