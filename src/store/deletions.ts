import type { Defect } from '../findings/defect.js'
import type { Repository } from '../git/index.js'
import type { VerifyResult } from './verify-family.js'

// Deleting a published file is a blocking STORE_FILE_DELETED, with one way out: a family may
// declare a deletion authority (the retention lesson's tombstones), and a deletion it authorizes
// is accepted. The store stays generic: it lists the deletions history shows, asks every
// authority about them, and keeps as blocking every deletion none of them accepts. The check runs
// after the families are verified, on their (possibly cached) results, so a cached group never
// holds an authorization: each run judges again from the records at HEAD.

/** One deletion in history: `path` (blob `oldOid`) was removed by `commit` (committed at `time`, epoch seconds). */
export interface Deletion {
  path: string
  commit: string
  time: number
  oldOid: string
}

export interface DeletionJudgement {
  /** the deletions accepted, by deletionKey */
  authorized: ReadonlySet<string>
  /** the authority's own findings: accepted purges (info), refused ones and why (blocking) */
  defects: Defect[]
}

export interface DeletionAuthority {
  /** judges every deletion of published files on HEAD's history (possibly none: its own records are checked too) */
  judge(input: { repo: Repository; head: string; deletions: readonly Deletion[] }): Promise<DeletionJudgement>
}

export function deletionKey(path: string, commit: string): string {
  return `${path}\0${commit}`
}

/**
 * Drops the STORE_FILE_DELETED defects of paths whose every deletion an authority accepted, and
 * adds the authorities' findings to the result of the family that declared each. `authorities`
 * is one entry per result (undefined for families without one). Runs git only when a result
 * reports a deletion or an authority family has records at HEAD.
 */
export async function judgeDeletions(repo: Repository, head: string | null, results: VerifyResult[], authorities: readonly (DeletionAuthority | undefined)[]): Promise<VerifyResult[]> {
  const deleted = new Set(results.flatMap((r) => r.defects.filter((d) => d.defect_code === 'STORE_FILE_DELETED').map((d) => d.file)))
  const active = authorities.map((a, i) => (a && (deleted.size > 0 || results[i].windows.length > 0) ? a : undefined))
  if (head === null || active.every((a) => a === undefined)) return results
  const events = deleted.size === 0 ? [] : (await repo.scanHistory({ root: [...deleted].sort(), until: head })).events
  const deletions: Deletion[] = events.filter((e) => e.status === 'D' && deleted.has(e.path)).map((e) => ({ path: e.path, commit: e.commit, time: e.time, oldOid: e.oldOid }))
  const authorized = new Set<string>()
  const found: Defect[][] = results.map(() => [])
  for (const [i, a] of active.entries()) {
    if (!a) continue
    const j = await a.judge({ repo, head, deletions })
    for (const k of j.authorized) authorized.add(k)
    found[i].push(...j.defects)
  }
  // A path is cleared only when every deletion of it was accepted (a re-added and deleted again file needs a second purge).
  const cleared = new Set([...deleted].filter((p) => deletions.some((d) => d.path === p) && deletions.filter((d) => d.path === p).every((d) => authorized.has(deletionKey(d.path, d.commit)))))
  return results.map((r, i) => {
    const defects = [...r.defects.filter((d) => !(d.defect_code === 'STORE_FILE_DELETED' && cleared.has(d.file))), ...found[i]]
    return { ...r, defects, blocking: defects.filter((d) => d.severity === 'blocking').length }
  })
}
