import type { ErrorObject, ValidateFunction } from 'ajv'
import { parseDocument, type Document } from 'yaml'
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

/**
 * The most bytes a policy file may have. A policy is a few kilobytes of settings (the shipped
 * ones are under 10 KB), while parsing YAML costs far more than its size suggests: a 34 MB
 * keyring took 59 s and 1.7 GB. 1 MiB leaves room for a keyring of thousands of keys.
 */
export const MAX_POLICY_BYTES = 1024 * 1024

/** At most this many alias expansions per document; more is an alias bomb (billion laughs). */
const MAX_ALIAS_COUNT = 100

/** Refuses a policy of `bytes` bytes when over MAX_POLICY_BYTES; run before reading or parsing it. */
export function checkPolicySize(kind: string, file: string, bytes: number): void {
  if (bytes <= MAX_POLICY_BYTES) return
  throw new UserError({
    code: 'POLICY_INVALID',
    message:
      `${file}: the ${kind} policy is ${bytes} bytes, over the limit of ${MAX_POLICY_BYTES} bytes (1 MiB) for a policy file; ` +
      'a policy holds settings, not data: check that the path names the policy and remove what does not belong in it'
  })
}

export function checkedDocument<T, K extends string>(kind: K, validate: ValidateFunction, text: string, file: string): LoadedPolicy<T> & { kind: K } {
  checkPolicySize(kind, file, Buffer.byteLength(text, 'utf8'))
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: true })
  if (doc.errors.length > 0) {
    throw new UserError({
      code: 'POLICY_INVALID',
      message: `${file}: not valid YAML`,
      problems: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, message: e.message.split('\n')[0] }))
    })
  }
  const data = toData(doc, kind, file)
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => toProblem(file, e))
    throw new UserError({ code: 'POLICY_INVALID', message: `${file}: invalid ${kind} policy`, problems })
  }
  return { kind, file, data: data as T, sha256: canonicalSha256(data) }
}

/**
 * The document as plain data. Aliases are expanded here, and the yaml library throws (a
 * ReferenceError) for an alias bomb or an alias to no anchor: both are the file's fault, so they
 * are an invalid policy like any other, not an internal error.
 */
function toData(doc: Document, kind: string, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    const bomb = /alias count/i.test(reason)
    throw new UserError({
      code: 'POLICY_INVALID',
      message: `${file}: invalid ${kind} policy`,
      problems: [
        bomb
          ? { file, message: `its aliases expand too far (${reason})`, fix: `write the values out; a policy may expand at most ${MAX_ALIAS_COUNT} aliases` }
          : { file, message: reason, fix: 'define each anchor (&name) before an alias (*name) refers to it, or write the value out' }
      ],
      cause: err
    })
  }
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
