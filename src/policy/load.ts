import { readFile } from 'node:fs/promises'
import type { ValidateFunction } from 'ajv'
import { readInput } from '../util/read-input.js'
import { checkedDocument, type LoadedPolicy } from './document.js'
import type { PolicyKind } from './schemas.js'
import validators from './validators.cjs'

// Policies are data. Each kind has a JSON Schema in src/policy/schemas/, compiled ahead of time
// into src/policy/validators.cjs (scripts/compile-schemas.mjs), so loading a policy neither
// loads ajv nor compiles a schema. A file is checked with every error collected (document.ts).

export type { LoadedPolicy } from './document.js'

const VALIDATORS: Record<PolicyKind, ValidateFunction> = {
  'ack-ledger': validators.ackLedger,
  'closure-packet': validators.closurePacket,
  keyring: validators.keyring
}

export async function loadPolicyFile<T>(kind: PolicyKind, path: string, file = path): Promise<LoadedPolicy<T>> {
  const text = await readInput(
    () => readFile(path, 'utf8'),
    (code) => `${file}: cannot read the ${kind} policy (${code}); pass its path or restore it from policies/`
  )
  return parsePolicy<T>(kind, text, file)
}

export function parsePolicy<T>(kind: PolicyKind, text: string, file: string): LoadedPolicy<T> {
  return checkedDocument<T, PolicyKind>(kind, VALIDATORS[kind], text, file)
}
