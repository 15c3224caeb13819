import { open } from 'node:fs/promises'
import type { ValidateFunction } from 'ajv'
import { UserError } from '../errors.js'
import { checkPolicySize, checkedDocument, type LoadedPolicy } from './document.js'
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
  let text: string
  try {
    // the size is checked before the file is read: a policy far over the cap is never loaded
    const handle = await open(path, 'r')
    try {
      checkPolicySize(kind, file, (await handle.stat()).size)
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (err) {
    if (err instanceof UserError) throw err
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
  return checkedDocument<T, PolicyKind>(kind, VALIDATORS[kind], text, file)
}
