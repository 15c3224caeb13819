import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export const REPO_ROOT = join(import.meta.dirname, '..', '..')

/** The repository's examples/ and policies/ as path -> text, to seed a test repository with. */
export function repoFiles(): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name)
      if (statSync(abs).isDirectory()) walk(abs)
      else out[relative(REPO_ROOT, abs)] = readFileSync(abs, 'utf8')
    }
  }
  walk(join(REPO_ROOT, 'examples'))
  walk(join(REPO_ROOT, 'policies'))
  return out
}
