import { openRepository } from '../git/index.js'
import type { PacketFamily } from './family.js'
import type { TreeFile } from './history.js'
import { windowDir, type RevisionPaths } from './layout.js'
import { renderPage, viewBlobs, viewInput, viewOwner, viewPath } from './view.js'
import type { NewFile } from './write.js'

// The view page that goes into the commit of a new revision: the window folder as the parent
// commit has it, plus the new revision's files, rendered with the current view version. Written
// in the same commit as the revision, so the page at every commit describes that commit's files.

/** A window folder as one commit holds it: every file under it, and the bytes of the packets its page shows. */
export interface WindowFolder {
  files: readonly TreeFile[]
  blobs: ReadonlyMap<string, Buffer>
}

export interface ViewFile {
  file: NewFile
  /** true when the parent holds an older page at that path (the commit replaces it) */
  replaces: boolean
}

export async function viewFileFor(args: {
  dir: string
  parentOid: string | null
  family: PacketFamily
  window: string
  paths: RevisionPaths
  packet: Buffer
  /** the folder in `parentOid`, when the caller read it ahead (an export of many windows); read here otherwise */
  folder?: WindowFolder
}): Promise<ViewFile | null> {
  const { window } = args
  // a shared view (view-spec.ts families) is its owner's page, whichever of its families publishes
  const family = viewOwner(args.family)
  const path = viewPath(family, window)
  if (!family.view || path === null) return null
  const views = await family.view.load()
  const { files, blobs } = args.folder ?? (await readFolder(args.dir, args.parentOid, family, window))
  const replaces = files.some((f) => f.path === path)
  // the new revision's files are not objects yet: their bytes are passed under placeholder ids
  const added = [
    { path: args.paths.packet, oid: ':new-packet', mode: '100644' },
    { path: args.paths.signature, oid: ':new-signature', mode: '100644' },
    { path: args.paths.log, oid: ':new-log', mode: '100644' }
  ]
  const all = new Map(blobs)
  all.set(':new-packet', args.packet)
  const page = renderPage(family, views, views.version, viewInput(family, window, [...files, ...added], all))
  if (page === null) throw new Error(`store: family ${family.name} has no renderer for its own view version ${views.version}`)
  return { file: { path, bytes: Buffer.from(page, 'utf8') }, replaces }
}

async function readFolder(dir: string, parentOid: string | null, family: PacketFamily, window: string): Promise<WindowFolder> {
  const repo = openRepository(dir)
  const files: TreeFile[] = parentOid ? await repo.listTree(parentOid, windowDir(family, window)) : []
  return { files, blobs: await repo.readBlobs(viewBlobs(family, files)) }
}
