import type { Defect } from '../findings/defect.js'
import type { ChangeEvent } from './history.js'

// Every store file is a regular, non-executable file (mode 100644). A symlink (120000) can point
// a reader or a later write outside the repository, an executable bit (100755) makes evidence
// something to run, a submodule (160000) is another repository's commit in place of a file.
// History says which mode each commit gave a path (`git log --raw`); a commit that gave a store
// path any other mode is a blocking STORE_FILE_MODE, reported for that commit even when a later
// commit set it back, as every write-once violation stays reported.

export const FILE_MODE = '100644'

const KIND: Record<string, string> = { '100755': 'an executable file', '120000': 'a symbolic link', '160000': 'a submodule (gitlink)', '040000': 'a folder' }

/** The mode a change gave its path when it is not 100644 (deletions have none). */
export function badMode(e: Pick<ChangeEvent, 'status' | 'newMode'>): string | null {
  if (e.status === 'D' || e.newMode === undefined || e.newMode === '' || /^0+$/.test(e.newMode)) return null
  return e.newMode === FILE_MODE ? null : e.newMode
}

/** A change of mode alone (same bytes): not a rewrite of the content. */
export function modeOnly(e: Pick<ChangeEvent, 'status' | 'oldOid' | 'newOid'>): boolean {
  return (e.status === 'M' || e.status === 'T') && e.oldOid !== '' && e.oldOid === e.newOid
}

/** What a path's history keeps of a bad mode (state.ts: a record beside its rewrites, cached with them). */
export interface ModeMark {
  commit: string
  status: string
  mode?: string
}

export function modeDetail(path: string, r: ModeMark): string {
  const mode = r.mode ?? ''
  return `commit ${r.commit} ${r.status === 'A' ? 'added' : 'changed'} ${path} as ${KIND[mode] ?? `mode ${mode}`} (mode ${mode}); every store file must be a regular file, mode ${FILE_MODE}`
}

/** Builds the defect with the store's own defect constructor (check.ts). */
export function modeDefect(make: (detail: string) => Defect, path: string, r: ModeMark): Defect {
  return make(modeDetail(path, r))
}
