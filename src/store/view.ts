import type { TreeFile } from './history.js'
import { formatRevision, type PacketFamily } from './family.js'
import { artifactPath, isCanonicalId, parseStorePath, seriesId, windowDir } from './layout.js'
import type { ViewInput, ViewRenderers, ViewRevision } from './view-spec.js'

export type { RenderWindowView, ViewInput, ViewRenderers, ViewRevision, WindowView } from './view-spec.js'
export { readmeView } from './view-spec.js'

// A family's window view: one derived page per window folder (README.md, which GitHub shows under
// the folder listing), rendered from the signed files in that folder and nothing else. The store
// writes it with every revision it publishes (view-write.ts) and verify re-renders it at every
// commit that changed it (view-check.ts), so the page can never say more than the signed files do.
//
// A rendering is a contract: the page's first line names the view version it was made with, and
// verify re-renders with that version. Changing what a view prints means adding a version and
// keeping the old one, or every page written before the change would fail verify.

export function viewPath(family: PacketFamily, window: string): string | null {
  return family.view ? `${windowDir(family, window)}/${family.view.file}` : null
}

/** The window whose view `path` is, or null when it is not a view file. */
export function viewWindow(family: PacketFamily, path: string): string | null {
  if (!family.view) return null
  const prefix = `${family.root}/`
  const suffix = `/${family.view.file}`
  if (!path.startsWith(prefix) || !path.endsWith(suffix)) return null
  const window = path.slice(prefix.length, path.length - suffix.length)
  return isCanonicalId(window) ? window : null
}

const HEADER = /^<!-- release-evidence view ([a-z0-9-]+) v(\d{1,6}):/

/**
 * The page's first line: which family and view version made it, and that it is not to be edited.
 * The family name is in it so a page copied into another family's folder does not re-render.
 */
export function viewHeader(family: { name: string }, version: number): string {
  return `<!-- release-evidence view ${family.name} v${version}: generated from the signed files in this folder; do not edit (release-evidence verify re-renders it and fails on any difference) -->\n`
}

/** The view version a page names on its first line, or null when it names none. */
export function viewVersionOf(page: Buffer): { family: string; version: number } | null {
  const m = HEADER.exec(page.subarray(0, 200).toString('utf8'))
  return m ? { family: m[1], version: Number(m[2]) } : null
}

/** The family whose name a page carries and whose verify checks it: the first of a shared view's families. */
export function viewOwner(family: PacketFamily): PacketFamily {
  return family.view?.families?.()[0] ?? family
}

/** The families whose revisions a page shows: the owner, then the families that share its folder. */
function viewFamilies(family: PacketFamily): readonly PacketFamily[] {
  return family.view?.families?.() ?? [family]
}

/** The whole page of `version` for a window, header included; null when this release has no such version. */
export function renderPage(family: PacketFamily, views: ViewRenderers, version: number, input: ViewInput): string | null {
  const render = Object.hasOwn(views.renderers, version) ? views.renderers[version] : undefined
  return render ? viewHeader(family, version) + render(input) : null
}

/**
 * What a renderer is given for a window, from the files of its folder at one commit (`files`: every
 * file under `{root}/{window}/`) and their bytes (`blobs`, by blob id; a missing blob reads as empty).
 */
export function viewInput(family: PacketFamily, window: string, files: readonly TreeFile[], blobs: ReadonlyMap<string, Buffer>): ViewInput {
  const [own, ...others] = viewFamilies(family)
  const input: ViewInput = { family: { name: own.name, root: own.root }, window, revisions: revisionsOf(own, window, files, blobs) }
  return others.length === 0 ? input : { ...input, related: others.map((f) => ({ family: f.name, revisions: revisionsOf(f, window, files, blobs) })) }
}

function revisionsOf(family: PacketFamily, window: string, files: readonly TreeFile[], blobs: ReadonlyMap<string, Buffer>): ViewRevision[] {
  const byPath = new Map(files.map((f) => [f.path, f]))
  const dir = `${windowDir(family, window)}/`
  const rel = (path: string) => path.slice(dir.length)
  const revisions: (ViewRevision & { order: string })[] = []
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type !== 'artifact' || p.kind !== 'packet' || p.ref.window !== window) continue
    const other = (kind: 'signature' | 'log') => (byPath.has(artifactPath(family, p.ref, kind)) ? rel(artifactPath(family, p.ref, kind)) : null)
    revisions.push({
      ...(p.ref.key !== undefined ? { key: p.ref.key } : {}),
      revision: p.ref.revision,
      label: formatRevision(p.ref.revision),
      files: { packet: rel(f.path), signature: other('signature'), log: other('log') },
      packet: blobs.get(f.oid) ?? Buffer.alloc(0),
      order: seriesId(p.ref)
    })
  }
  revisions.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.revision - b.revision))
  return revisions.map(({ order: _order, ...r }) => r)
}

/** The packet blobs a window's view needs, from a listing of its folder. */
export function viewBlobs(family: PacketFamily, files: readonly TreeFile[]): string[] {
  const families = viewFamilies(family)
  return files.filter((f) => families.some((fam) => {
    const p = parseStorePath(fam, f.path)
    return p.type === 'artifact' && p.kind === 'packet'
  })).map((f) => f.oid)
}

