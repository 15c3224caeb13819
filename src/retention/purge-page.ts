import type { Repository } from '../git/index.js'
import type { PacketFamily } from '../store/family.js'
import { windowDir } from '../store/layout.js'
import { renderPage, viewBlobs, viewInput, viewPath } from '../store/view.js'
import type { NewFile } from '../store/write.js'

// The window page (README.md, src/store/view.ts) in the purge commit. The page is derived from
// the signed files of its folder, so the commit that removes those files must not leave a page
// describing them: GitHub would go on listing revisions that are gone, and verify would call the
// page stale. A purge removes a whole series, so the folder normally ends up empty and the page
// goes with it (the folder disappears from the branch; the tombstone's folder says why). Should
// anything with a revision remain in the folder, the page is re-rendered from what remains, in
// the page's current view version, exactly as verify re-renders it at that commit.

export interface PageChange {
  /** the page path to remove in the purge commit */
  remove: string[]
  /** the re-rendered page to write in the purge commit */
  write: NewFile[]
}

export async function pageAfterPurge(repo: Repository, tip: string, family: PacketFamily, window: string, removed: readonly string[]): Promise<PageChange> {
  const path = viewPath(family, window)
  const none: PageChange = { remove: [], write: [] }
  if (path === null || !family.view) return none
  const gone = new Set(removed)
  const files = await repo.listTree(tip, windowDir(family, window))
  if (!files.some((f) => f.path === path)) return none
  const left = files.filter((f) => !gone.has(f.path) && f.path !== path)
  const packets = viewBlobs(family, left)
  if (packets.length === 0) return { remove: [path], write: [] }
  const views = await family.view.load()
  const page = renderPage(family, views, views.version, viewInput(family, window, left, await repo.readBlobs(packets)))
  if (page === null) throw new Error(`purge: family ${family.name} has no renderer for its own view version ${views.version}`)
  return { remove: [], write: [{ path, bytes: Buffer.from(page, 'utf8') }] }
}
