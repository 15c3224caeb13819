// Types of the generated src/policy/validators.cjs (scripts/compile-schemas.mjs).
import type { ValidateFunction } from 'ajv'

declare const validators: {
  ackLedger: ValidateFunction
  closurePacket: ValidateFunction
  keyring: ValidateFunction
}
export = validators
