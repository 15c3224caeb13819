import ackLedger from './schemas/ack-ledger.schema.json' with { type: 'json' }

// The registry of policy kinds. A later stage adds its kind here and its schema beside it.
export const POLICY_SCHEMAS = {
  'ack-ledger': ackLedger
} as const

export type PolicyKind = keyof typeof POLICY_SCHEMAS
