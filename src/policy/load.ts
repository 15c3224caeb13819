import { open } from 'node:fs/promises'
import type { ValidateFunction } from 'ajv'
import { readInput } from '../util/read-input.js'
import { checkPolicySize, checkedDocument, type LoadedPolicy } from './document.js'
import { VALIDATOR_EXPORTS, type PolicyKind } from './kinds.generated.js'
import validators from './validators.cjs'

// Policies are data. Each kind has a JSON Schema in src/policy/schemas/, compiled ahead of time
// into src/policy/validators.cjs and kinds.generated.ts (scripts/compile-schemas.mjs), so loading a policy neither
// loads ajv nor compiles a schema. A file is checked with every error collected (document.ts).

export type { LoadedPolicy } from './document.js'

const compiled = validators

function validatorOf(kind: PolicyKind): ValidateFunction {
  return compiled[VALIDATOR_EXPORTS[kind]]!
}

export async function loadPolicyFile<T>(kind: PolicyKind, path: string, file = path): Promise<LoadedPolicy<T>> {
  const text = await readInput(
    async () => {
      // the size is checked before the file is read: a policy far over the cap is never loaded
      const handle = await open(path, 'r')
      try {
        checkPolicySize(kind, file, (await handle.stat()).size)
        return await handle.readFile('utf8')
      } finally {
        await handle.close()
      }
    },
    (code) => `${file}: cannot read the ${kind} policy (${code}); pass its path or restore it from policies/`
  )
  return parsePolicy<T>(kind, text, file)
}

export function parsePolicy<T>(kind: PolicyKind, text: string, file: string): LoadedPolicy<T> {
  return checkedDocument<T, PolicyKind>(kind, validatorOf(kind), text, file)
}
