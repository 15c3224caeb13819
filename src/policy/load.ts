import { readFile } from 'node:fs/promises'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parseDocument } from 'yaml'
import { UserError, type Problem } from '../errors.js'
import { canonicalSha256 } from '../util/hash.js'
import { POLICY_SCHEMAS, type PolicyKind } from './schemas.js'

// Policies are data. Each kind has a JSON Schema in src/policy/schemas/; a file is parsed as
// YAML 1.2 (so timestamps stay strings), checked with every error collected, and hashed over its
// canonical JSON so every output can name the exact policy it was evaluated under.

export interface LoadedPolicy<T> {
  kind: string
  /** repo-relative path shown to users */
  file: string
  data: T
  /** sha256 of the RFC 8785 canonical JSON of the parsed policy */
  sha256: string
}

// ajv-formats is CJS; under ESM interop its callable is sometimes the default's default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv

let ajv: Ajv | undefined
const compiled = new Map<object, ValidateFunction>()

// Compiled lazily and once per schema: compiling costs tens of ms, which an Action that only
// verifies should not pay at start-up.
function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema)
  if (!v) {
    // The schemas ship inside the bundle and are checked against the meta-schema by the test
    // suite (__tests__/foundation/policy.test.ts); repeating that on every run costs ~60 ms.
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: true, validateSchema: false }))
    v = ajv.compile(schema)
    compiled.set(schema, v)
  }
  return v
}

export async function loadPolicyFile<T>(kind: PolicyKind, path: string, file = path): Promise<LoadedPolicy<T>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UserError({
      code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE',
      message: `${file}: cannot read the ${kind} policy (${code ?? 'error'}); pass its path or restore it from policies/`,
      cause: err
    })
  }
  return parsePolicy<T>(kind, text, file)
}

export function parsePolicy<T>(kind: PolicyKind, text: string, file: string): LoadedPolicy<T> {
  return parseWithSchema<T, PolicyKind>(kind, POLICY_SCHEMAS[kind], text, file)
}

/** Parses YAML text and validates it against any JSON Schema (policies, and later index files). */
export function parseWithSchema<T, K extends string>(kind: K, schema: object, text: string, file: string): LoadedPolicy<T> & { kind: K } {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: true })
  if (doc.errors.length > 0) {
    throw new UserError({
      code: 'POLICY_INVALID',
      message: `${file}: not valid YAML`,
      problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0] }))
    })
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown
  const validate = validatorFor(schema)
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => toProblem(file, e))
    throw new UserError({ code: 'POLICY_INVALID', message: `${file}: invalid ${kind} policy`, problems })
  }
  return { kind, file, data: data as T, sha256: canonicalSha256(data) }
}

function toProblem(file: string, e: ErrorObject): Problem {
  const path = e.instancePath === '' ? '/' : e.instancePath
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty
    return { file, field: `${e.instancePath}/${key}`, message: 'unknown key', fix: 'remove it or check its spelling' }
  }
  if (e.keyword === 'required') {
    const key = (e.params as { missingProperty: string }).missingProperty
    return { file, field: `${e.instancePath}/${key}`, message: 'required key is missing' }
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues
    return { file, field: path, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` }
  }
  return { file, field: path, message: e.message ?? e.keyword }
}
