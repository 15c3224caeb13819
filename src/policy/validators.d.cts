// Types of the generated src/policy/validators.cjs (scripts/compile-schemas.mjs): one validator per
// policy kind, exported under the name kinds.generated.ts's VALIDATOR_EXPORTS gives it.
import type { ValidateFunction } from 'ajv'

declare const validators: Readonly<Record<string, ValidateFunction | undefined>>
export = validators
