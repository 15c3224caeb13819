import type { Defect } from '../findings/defect.js'
import { openRepository } from '../git/index.js'
import { printable } from '../util/ids.js'
import type { PacketFamily } from './family.js'
import type { TreeFile } from './history.js'
import { windowDir } from './layout.js'
import type { PathState } from './state.js'
import { renderPage, viewBlobs, viewInput, viewOwner, viewPath, viewVersionOf, type ViewRenderers } from './view.js'
import { VIEW_CODES, type ViewCode } from './view-codes.js'

// Verify's side of the window pages (view.ts): every page a commit wrote is re-rendered from the
// signed files of its folder at that commit, with the view version the page names, and compared
// byte for byte; the page at HEAD is compared with HEAD's folder. The folders are read from git
// objects (never the working tree) in one cat-file batch per depth, the bytes in one more.
// Results join the window's group result (check.ts groupOf), so the verify cache keeps them with it.

export interface ViewGroup {
  /** files of the group at HEAD */
  files: readonly TreeFile[]
  /** history of the group's paths (the page's: every commit that wrote it) */
  state: PathState
}

interface Version {
  commit: string
  blob: string
}

interface Point {
  window: string
  commit: string
  files: readonly TreeFile[]
  /** the page's blob at that point */
  blob: string
  /** the page at HEAD, after a commit deleted it: the commit that did */
  deletedBy?: string
}

/** Defects of each group's page, by group name (only groups with a finding are in the map). */
export async function checkViews(args: { top: string; head: string; family: PacketFamily; groups: ReadonlyMap<string, ViewGroup>; window?: string }): Promise<Map<string, Defect[]>> {
  const { family } = args
  const out = new Map<string, Defect[]>()
  // a shared page is checked once, by its owner; its group at HEAD lists only the owner's files,
  // so the folder is listed whole at every point (the other families' revisions are on the page)
  if (!family.view || viewOwner(family).name !== family.name) return out
  const shared = family.view.families !== undefined
  const repo = openRepository(args.top)
  const historical: Point[] = []
  const atHead: Point[] = []
  const missing: string[] = []
  for (const [window, g] of args.groups) {
    const path = window === '' || (args.window !== undefined && window !== args.window) ? null : safeViewPath(family, window)
    if (path === null) continue
    // a page written by HEAD itself is checked against the listing verify already has
    for (const v of versionsOf(g.state[path])) historical.push({ window, commit: v.commit, files: v.commit === args.head ? g.files : [], blob: v.blob })
    const page = g.files.find((f) => f.path === path)
    if (page) atHead.push({ window, commit: args.head, files: g.files, blob: page.oid, deletedBy: lastDeletion(g.state[path]) })
    else if (g.files.some((f) => viewBlobs(family, [f]).length > 0)) missing.push(window)
  }
  if (historical.length + atHead.length + missing.length === 0) return out

  const older = shared ? [...historical, ...atHead] : historical.filter((p) => p.commit !== args.head)
  const listed = await repo.listFoldersAt(older.map((p) => ({ commit: p.commit, path: windowDir(family, p.window) })))
  for (const [i, p] of older.entries()) p.files = listed[i]
  const points = [...historical, ...atHead]
  const blobs = await repo.readBlobs(points.flatMap((p) => [p.blob, ...viewBlobs(family, p.files)]))
  const views = await family.view.load()
  const add = (window: string, d: Defect) => out.set(window, [...(out.get(window) ?? []), d])

  // The page each commit wrote: its own rendering at that commit.
  const verdict = new Map<string, boolean>()
  for (const p of historical) {
    const diff = compare(family, views, p, blobs)
    verdict.set(p.blob, (verdict.get(p.blob) ?? true) && diff === null)
    if (diff !== null) add(p.window, viewDefect('STORE_VIEW_MISMATCH', family, p.window, diff.line, `commit ${p.commit} wrote ${viewPath(family, p.window)}, which is not the rendering of the signed files in its folder at that commit: ${diff.detail}`))
  }
  // The page at HEAD: written for an older folder (stale), or never a rendering (not reported twice).
  for (const p of atHead) {
    const diff = compare(family, views, p, blobs)
    if (diff === null) continue
    const known = verdict.get(p.blob)
    // Put back after a deletion with the bytes of an earlier version (history folds such a re-add
    // into the first one, so no commit counts as having written it): no writer made this page.
    if (p.deletedBy !== undefined) add(p.window, viewDefect('STORE_VIEW_MISMATCH', family, p.window, diff.line, `${viewPath(family, p.window)} was deleted by commit ${p.deletedBy} and is back at ${p.commit} with the bytes of an earlier version, which is not the rendering of the signed files in its folder: ${diff.detail}`))
    else if (known === true) add(p.window, viewDefect('STORE_VIEW_STALE', family, p.window, diff.line, `${viewPath(family, p.window)} at ${p.commit} describes the folder as it was when the page was written; a later commit changed the folder without rewriting it (${diff.detail})`))
    else if (known === undefined) add(p.window, viewDefect('STORE_VIEW_MISMATCH', family, p.window, diff.line, `${viewPath(family, p.window)} at ${p.commit} is not the rendering of the signed files in its folder: ${diff.detail}`))
  }
  for (const window of missing) {
    add(window, viewDefect('STORE_VIEW_MISSING', family, window, null, `${windowDir(family, window)}/ has revisions but no ${family.view.file} at ${args.head}`))
  }
  return out
}

function safeViewPath(family: PacketFamily, window: string): string | null {
  try {
    return viewPath(family, window)
  } catch {
    return null // a misnamed folder: the layout reports it
  }
}

/**
 * Every blob the page had, with the commit that wrote it: the first addition and each later
 * change (a deletion writes no page). A path first seen as deleted has no first version.
 */
function versionsOf(h: PathState[string] | undefined): Version[] {
  if (!h) return []
  const out: Version[] = []
  const first = h.rewrites[0]
  if (!(first && first.commit === h.origin.commit && first.status === 'D')) out.push({ commit: h.origin.commit, blob: h.blob })
  for (const r of h.rewrites) if (r.status !== 'D' && r.newOid !== '') out.push({ commit: r.commit, blob: r.newOid })
  const seen = new Set<string>()
  return out.filter((v) => {
    const key = `${v.commit} ${v.blob}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The commit of the page's last recorded change when that change deleted it. */
function lastDeletion(h: PathState[string] | undefined): string | undefined {
  const last = h?.rewrites.filter((r) => r.mode === undefined).at(-1)
  return last?.status === 'D' ? last.commit : undefined
}

/** null when the page is exactly its rendering; else where it first differs. */
function compare(family: PacketFamily, views: ViewRenderers, p: Point, blobs: ReadonlyMap<string, Buffer>): { line: number | null; detail: string } | null {
  const page = blobs.get(p.blob) ?? Buffer.alloc(0)
  const named = viewVersionOf(page)
  if (named === null) return { line: 1, detail: 'its first line names no view version (a generated page starts with the release-evidence view header)' }
  if (named.family !== family.name) return { line: 1, detail: `it is a page of family '${printable(named.family, 40)}', not of ${family.name}` }
  const expected = renderPage(family, views, named.version, viewInput(family, p.window, p.files, blobs))
  if (expected === null) return { line: 1, detail: `it names view version ${named.version}, which this release of release-evidence never wrote` }
  const want = Buffer.from(expected, 'utf8')
  if (want.equals(page)) return null
  const got = page.toString('utf8').split('\n')
  const lines = expected.split('\n')
  let i = 0
  while (i < got.length && i < lines.length && got[i] === lines[i]) i++
  const shown = (s: string | undefined) => (s === undefined ? '(end of page)' : `'${printable(s, 80)}'`)
  return { line: i + 1, detail: `line ${i + 1} reads ${shown(got[i])} where the rendering has ${shown(lines[i])}` }
}

function viewDefect(code: ViewCode, family: PacketFamily, window: string, line: number | null, detail: string): Defect {
  const info = VIEW_CODES[code]
  const file = viewPath(family, window) ?? ''
  return {
    subject: file,
    defect_code: code,
    severity: info.severity,
    owner_role: info.owner_role,
    required_action: info.required_action,
    release_window_id: window,
    file,
    line,
    field: code === 'STORE_VIEW_MISSING' ? '' : 'commit',
    detail
  }
}
