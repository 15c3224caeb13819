import type { EvidenceIndex } from './evidence-index.js'
import type { LedgerPolicy } from './policy.js'

// What judging an alarm needs besides the alarm and its ledger state: shared by the judge
// (evaluate.ts) and the rules it calls (ownership, closure-check, outcome).

export interface AlarmContext {
  policy: LedgerPolicy
  now: number
  ledgerFile: string
  evidence: EvidenceIndex
  /** ledger columns that must not be empty, with their indexes: acknowledged_by and the policy's extra required fields */
  mustBeFilled: readonly { name: string; column: number }[]
}
