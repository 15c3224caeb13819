/** Every src/policy/schemas/<kind>.schema.json, sorted by kind. */
export function findSchemas(): { kind: string; exportName: string; typeName: string; schema: object }[]
/** The text of src/policy/validators.cjs as the schemas compile today. */
export function compileSchemas(): string
/** The text of src/policy/kinds.generated.ts as the schemas describe today. */
export function policyTypes(): Promise<string>
export const VALIDATORS_FILE: string
export const KINDS_FILE: string
