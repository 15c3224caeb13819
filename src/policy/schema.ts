import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { checkedDocument, type LoadedPolicy } from './document.js'

// YAML documents checked against a schema given at run time, compiled by ajv on first use
// (the registered policy kinds are compiled ahead of time: load.ts). The options are the ones
// scripts/compile-schemas.mjs compiles the policy schemas with.

// ajv-formats is CJS; under ESM interop its callable is sometimes the default's default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv

let ajv: Ajv | undefined
const compiled = new Map<object, ValidateFunction>()

function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema)
  if (!v) {
    // the suite checks every schema it compiles against the meta-schema; repeating that here costs ~60 ms
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: true, validateSchema: false }))
    v = ajv.compile(schema)
    compiled.set(schema, v)
  }
  return v
}

/** Parses YAML text and validates it against any JSON Schema. */
export function parseWithSchema<T, K extends string>(kind: K, schema: object, text: string, file: string): LoadedPolicy<T> & { kind: K } {
  return checkedDocument<T, K>(kind, validatorFor(schema), text, file)
}
