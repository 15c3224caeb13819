/** The text of src/policy/validators.cjs as the schemas compile today. */
export function compileSchemas(): string
