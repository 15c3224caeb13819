import { openRepository } from '../git/index.js'
import type { TreeFile } from '../store/history.js'
import type { RevisionPaths } from '../store/layout.js'
import { renderPage, viewBlobs, viewInput, viewPath } from '../store/view.js'
import type { NewFile } from '../store/write.js'
import { LINEAGE_FAMILY } from './family.js'

// The window pages (README.md, src/lineage/view.ts) that go into the commit of `lineage build`:
// each written window's folder as the parent has it plus its new snapshot, rendered with the
// current view version, exactly what the store's export writes for a family (store/view-write.ts),
// but from one listing of lineage-graphs/ and one blob read for all windows, not two git calls
// per window (a full build writes 1,000 windows in one commit).

export interface NewSnapshot {
  window: string
  paths: RevisionPaths
  packet: Buffer
}

export async function snapshotPages(top: string, parent: string, written: readonly NewSnapshot[]): Promise<{ files: NewFile[]; replace: string[] }> {
  const view = LINEAGE_FAMILY.view
  if (!view || written.length === 0) return { files: [], replace: [] }
  const views = await view.load()
  const repo = openRepository(top)
  const wanted = new Set(written.map((w) => w.window))
  const byWindow = new Map<string, TreeFile[]>()
  for (const f of await repo.listTree(parent, LINEAGE_FAMILY.root)) {
    const window = f.path.split('/')[1]
    if (!wanted.has(window)) continue
    const list = byWindow.get(window)
    if (list) list.push(f)
    else byWindow.set(window, [f])
  }
  const blobs = await repo.readBlobs(viewBlobs(LINEAGE_FAMILY, [...byWindow.values()].flat()))
  const files: NewFile[] = []
  const replace: string[] = []
  for (const w of written) {
    const path = viewPath(LINEAGE_FAMILY, w.window)!
    const before = byWindow.get(w.window) ?? []
    if (before.some((f) => f.path === path)) replace.push(path)
    // the new snapshot's files are not objects yet: its bytes go in under a placeholder id
    const placeholder = `:new-${w.window}`
    const added = [
      { path: w.paths.packet, oid: placeholder, mode: '100644' },
      { path: w.paths.signature, oid: ':new-signature', mode: '100644' },
      { path: w.paths.log, oid: ':new-log', mode: '100644' }
    ]
    const page = renderPage(LINEAGE_FAMILY, views, views.version, viewInput(LINEAGE_FAMILY, w.window, [...before, ...added], new Map([...blobs, [placeholder, w.packet]])))
    if (page === null) throw new Error(`lineage: no renderer for the view's own version ${views.version}`)
    files.push({ path, bytes: Buffer.from(page, 'utf8') })
  }
  return { files, replace }
}
