import { openRepository, type TreeFile } from '../git/index.js'
import type { PacketFamily } from './family.js'
import { seriesId, windowDir, type SeriesRef } from './layout.js'
import { latestBlobIds, latestFiles, withBlobs, type PreviousRevision } from './publish.js'
import { viewBlobs, viewOwner } from './view.js'
import type { WindowFolder } from './view-write.js'

// What an export of many windows needs to know about each window before it writes: its latest
// revision (what the next one links to) and its folder (what the window page shows). Read from
// one listing of the store and one blob read per chunk of windows: per window, a listing and a
// blob read each cost a git process, which was most of an export's time at 1,000 windows.
// A commit of an export adds files to its own window only, so what was read at the start stays
// true for every window not yet exported. Chunks bound the bytes held (a window's page shows
// every packet in its folder).

export interface WindowRead {
  previous: PreviousRevision | null
  /** the view page's folder (undefined when the family has no view) */
  folder?: WindowFolder
}

export class WindowReader {
  private constructor(
    private readonly dir: string,
    private readonly family: PacketFamily,
    /** window folder (`{root}/{window}`) -> its files */
    private readonly folders: ReadonlyMap<string, TreeFile[]>
  ) {}

  /** One listing of the family's folder (and its view owner's, when that is another) at `commit`. */
  static async open(dir: string, commit: string | null, family: PacketFamily): Promise<WindowReader> {
    const roots = [...new Set([family.root, viewOwner(family).root])]
    const files = commit === null ? [] : await openRepository(dir).listTree(commit, roots)
    const folders = new Map<string, TreeFile[]>()
    for (const f of files) {
      const root = roots.find((r) => f.path.startsWith(`${r}/`))
      const slash = root === undefined ? -1 : f.path.indexOf('/', root.length + 1)
      if (slash < 0) continue
      const folder = f.path.slice(0, slash)
      const list = folders.get(folder)
      if (list) list.push(f)
      else folders.set(folder, [f])
    }
    return new WindowReader(dir, family, folders)
  }

  private filesOf(family: PacketFamily, window: string): TreeFile[] {
    return this.folders.get(windowDir(family, window)) ?? []
  }

  /** Each series' latest revision and view folder, with one blob read for them all. */
  async read(series: readonly SeriesRef[]): Promise<Map<string, WindowRead>> {
    const windows = [...new Set(series.map((s) => s.window))]
    const latest = latestFiles(
      windows.flatMap((w) => this.filesOf(this.family, w)),
      this.family,
      series
    )
    const owner = viewOwner(this.family)
    const folders = new Map<string, readonly TreeFile[]>()
    if (owner.view) for (const w of windows) folders.set(w, this.filesOf(owner, w))
    const wanted = [...latestBlobIds(latest), ...[...folders.values()].flatMap((files) => viewBlobs(owner, files))]
    const blobs = await openRepository(this.dir).readBlobs(wanted)
    const previous = withBlobs(latest, blobs)
    const out = new Map<string, WindowRead>()
    for (const s of series) {
      const files = folders.get(s.window)
      out.set(seriesId(s), { previous: previous.get(seriesId(s)) ?? null, ...(files ? { folder: { files, blobs } } : {}) })
    }
    return out
  }
}
