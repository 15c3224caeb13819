// The contract between the store and a family's window view (see view.ts): what a renderer is
// given and what a family declares. Type imports only, so the family description can name it.

/** One revision in a window folder at some commit, as a renderer sees it. */
export interface ViewRevision {
  /** series key of a keyed family (a hold id, a cluster), undefined otherwise */
  key?: string
  revision: number
  /** r001, r002, ... */
  label: string
  /** file names relative to the window folder (what a relative link needs); null when the file is absent at that commit */
  files: { packet: string; signature: string | null; log: string | null }
  /** the packet .json bytes as committed (verify proves them equal to the signed payload) */
  packet: Buffer
}

export interface ViewInput {
  family: { name: string; root: string }
  window: string
  /** every revision with a packet file in the folder, by series id then revision number */
  revisions: readonly ViewRevision[]
  /**
   * a view shared by families that keep their files side by side in one folder (WindowView.families):
   * the revisions of the other families, in the order they are declared; absent for a view of one family
   */
  related?: readonly { family: string; revisions: readonly ViewRevision[] }[]
}

/** Markdown for one window, a pure function of its input (no clock, no environment). */
export type RenderWindowView = (input: ViewInput) => string

export interface ViewRenderers {
  /** the version new pages are written with */
  version: number
  /** every version ever shipped, so pages written by an older release still verify */
  renderers: Readonly<Record<number, RenderWindowView>>
}

export interface WindowView<F = unknown> {
  /** the file name in each window folder */
  file: string
  /** imports the renderers when a page is written or checked, so a descriptor loads nothing heavy */
  load(): Promise<ViewRenderers>
  /**
   * Families sharing one root (lesson 120 keeps four under strategy-approval/{window}/) share one
   * page: each declares the same view, and this names them all, the one that owns the page (whose
   * name its header carries, and which verify checks it with) first. A revision of any of them
   * rewrites the page. Absent: the page is the declaring family's alone.
   */
  families?: () => readonly F[]
}

/** A README.md view of the family's window folders: the one-line hook a family declares. */
export function readmeView<F>(load: () => Promise<ViewRenderers>, families?: () => readonly F[]): WindowView<F> {
  return families ? { file: 'README.md', load, families } : { file: 'README.md', load }
}

