import { isAbsolute, relative, sep } from 'node:path'

/** Path shown to users: repo-relative with / separators when inside the workspace. */
export function displayPath(workspace: string, abs: string): string {
  const rel = relative(workspace, abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs
  return rel.split(sep).join('/')
}
