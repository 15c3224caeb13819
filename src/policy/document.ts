import type { ErrorObject, ValidateFunction } from 'ajv'
import { parseDocument } from 'yaml'
import { UserError, type Problem } from '../errors.js'
import { canonicalSha256 } from '../util/hash.js'

// A policy document from text: parsed as YAML 1.2 (so timestamps stay strings), checked by a
// schema's validator with every error collected as a Problem at its JSON pointer, and hashed
// over its canonical JSON so every output can name the exact policy it was evaluated under.

export interface LoadedPolicy<T> {
  kind: string
  /** repo-relative path shown to users */
  file: string
  data: T
  /** sha256 of the RFC 8785 canonical JSON of the parsed policy */
  sha256: string
}

export function checkedDocument<T, K extends string>(kind: K, validate: ValidateFunction, text: string, file: string): LoadedPolicy<T> & { kind: K } {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: true })
  if (doc.errors.length > 0) {
    throw new UserError({
      code: 'POLICY_INVALID',
      message: `${file}: not valid YAML`,
      problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0] }))
    })
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown
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
