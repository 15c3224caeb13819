import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// Where a bundled entry point finds the files ncc wrote beside it. Kept apart from the modules that
// use the worker, so an entry point asks for its URL without loading them at start.

/**
 * The bundled read worker at `relative` to the entry module `entryUrl`, when it is there: run
 * from the sources (tests), there is no bundle, and the files are read in this thread.
 */
export function bundledReadWorker(entryUrl: string, relative: string): URL | undefined {
  const url = new URL(relative, entryUrl)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined
}
