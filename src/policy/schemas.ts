import ackLedger from './schemas/ack-ledger.schema.json' with { type: 'json' }
import closurePacket from './schemas/closure-packet.schema.json' with { type: 'json' }
import keyring from './schemas/keyring.schema.json' with { type: 'json' }

// The registry of policy kinds. A later stage adds its kind here and its schema beside it.
export const POLICY_SCHEMAS = {
  'ack-ledger': ackLedger,
  'closure-packet': closurePacket,
  keyring
} as const

export type PolicyKind = keyof typeof POLICY_SCHEMAS
