import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Settings } from '../settings.js'
import { sha256Hex } from '../util/hash.js'

// What a warm cache key names instead of the policies parsed and validated: the bytes of every
// policy file the settings name, by kind. Parsing them (YAML, schemas) costs more than a warm run
// should; any edit changes the digest, so the key misses and the full path judges the file.

/** [kind, path, sha256 of the file's bytes or 'missing'], sorted by kind. */
export async function policyFileDigests(settings: Settings): Promise<[string, string, string][]> {
  const entries = Object.entries(settings.policies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Promise.all(entries.map(async ([kind, path]): Promise<[string, string, string]> => [kind, path, await fileSha256(resolve(settings.workspace, path))]))
}

/** A run that needs a missing file fails before it caches anything, so 'missing' is only a key. */
async function fileSha256(abs: string): Promise<string> {
  try {
    return sha256Hex(await readFile(abs))
  } catch {
    return 'missing'
  }
}
