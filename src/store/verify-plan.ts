import type { CacheContent, GroupEntry, GroupInputs } from './cache.js'
import { groupOf } from './check.js'
import type { PacketFamily } from './family.js'
import type { ChangeEvent, TreeFile, TreeListing } from './history.js'
import type { PacketInspector, RevisionFacts } from './inspect.js'
import { ownerOf } from './layout.js'
import type { PathState } from './state.js'

// One family's share of a verify run, before anything of it is checked: what its cache lets the
// run take as it was (clean groups), what must be checked again (dirty groups, with the history
// state and packet verdicts the cache kept for them), and what to list at HEAD for that. Pure:
// the git reads are shared by all families and made by verify.ts.

/** Above this many groups to re-check, one ls-tree of the whole root beats a long pathspec list. */
const LIST_ALL_ABOVE = 256

/** What to list at HEAD for a family: its whole pathspec, some group folders, or the root filtered to some groups. */
export type Listing = { kind: 'all'; pathspec: string } | { kind: 'groups'; paths: string[]; rootFiles: TreeFile[] } | { kind: 'filter'; root: string; groups: ReadonlySet<string> }

export interface FamilyPlan {
  inspector: PacketInspector
  family: PacketFamily
  /** the family root, or {root}/{window} */
  pathspec: string
  /** the cache the run builds on (null: history is proven from the first commit) */
  base: CacheContent | null
  /** the cache was made under the same inspector fingerprint: its verdicts may be reused */
  trusted: boolean
  /** tree id of each group folder at HEAD (cache runs only) */
  trees: Map<string, string>
  /** groups whose result is taken from the cache as is */
  clean: Map<string, GroupEntry>
  /** history state of the groups to check, as the cache kept it */
  state: PathState
  /** cached packet verdicts by factsKey */
  verdicts: Map<string, RevisionFacts>
  listing: Listing
  /** true: this family's history must be scanned from the first commit (its cache could not be built on) */
  full: boolean
}

export interface PlanInput {
  inspector: PacketInspector
  pathspec: string
  /** the family's parsed cache, null when there is none or it is not used */
  cache: CacheContent | null
  /** the cached tip the shared scan started from (null: the shared scan is a full one) */
  fromTip: string | null
  /** events of the shared scan under this family's root */
  events: readonly ChangeEvent[]
  /** working-tree edits under this family's pathspec */
  modified: readonly string[]
  /** the entries directly inside the family root at HEAD (cache runs only) */
  folder: readonly TreeListing[]
}

export function planFamily(input: PlanInput): FamilyPlan {
  const { inspector, cache } = input
  const family = inspector.family
  const trees = new Map<string, string>()
  const rootFiles: TreeFile[] = []
  for (const e of input.folder) {
    const name = e.path.slice(family.root.length + 1)
    if (e.type === 'tree') trees.set(name, e.oid)
    else rootFiles.push(e)
  }
  // Group results and history are reusable from an ancestor tip only; verdicts are keyed by
  // content and reusable whenever the fingerprint matches.
  const trusted = cache !== null && cache.fingerprint === inspector.fingerprint
  const plan: FamilyPlan = {
    inspector,
    family,
    pathspec: input.pathspec,
    base: cache && input.fromTip !== null ? cache : null,
    trusted,
    trees,
    clean: new Map(),
    state: {},
    verdicts: new Map(),
    listing: { kind: 'all', pathspec: input.pathspec },
    // Authentic but unreadable (another format version): the history must be scanned in full.
    full: input.fromTip !== null && !(cache && input.fromTip !== null)
  }
  const takeVerdicts = (inputs: GroupInputs | null) => {
    if (trusted && inputs) for (const [k, f] of Object.entries(inputs.facts)) plan.verdicts.set(k, f)
  }
  const base = plan.base
  if (!base) {
    if (cache && trusted) for (const g of cache.groups.values()) takeVerdicts(g.inputs())
    return plan
  }
  // Dirty: touched by a commit after the tip (even if a later one undid it), a tree that is not
  // the one the result was computed for, edited in the working tree, or not reusable at all.
  const dirty = new Set([''])
  for (const e of input.events) dirty.add(groupOf(family, e.path))
  for (const path of input.modified) dirty.add(groupOf(family, path))
  for (const name of new Set([...trees.keys(), ...base.groups.keys()])) {
    const g = base.groups.get(name)
    if (!g || !trusted || g.tree !== (trees.get(name) ?? '') || g.signedMax > inspector.now) dirty.add(name)
  }
  let complete = true
  for (const [name, g] of base.groups) {
    if (!dirty.has(name)) {
      plan.clean.set(name, g)
      continue
    }
    const inputs = g.inputs()
    if (!inputs) complete = false
    else Object.assign(plan.state, inputs.state)
    takeVerdicts(inputs)
  }
  if (!complete) {
    // A group's history is gone (its inputs file was removed or damaged): prove everything again.
    plan.base = null
    plan.clean.clear()
    plan.state = {}
    plan.full = true
    return plan
  }
  const listed = [...dirty].filter((n) => trees.has(n))
  plan.listing =
    listed.length > LIST_ALL_ABOVE ? { kind: 'filter', root: family.root, groups: dirty } : { kind: 'groups', paths: listed.map((n) => `${family.root}/${n}`), rootFiles }
  return plan
}

/** The pathspecs one `ls-tree -r` at HEAD needs for every plan. */
export function listingPaths(plans: readonly FamilyPlan[]): string[] {
  return plans.flatMap((p) => (p.listing.kind === 'all' ? [p.listing.pathspec] : p.listing.kind === 'filter' ? [p.listing.root] : p.listing.paths))
}

/** A plan's share of the shared ls-tree: only the files it asked for (`listed`: the files under its root). */
export function filesOf(plan: FamilyPlan, listed: readonly TreeFile[]): TreeFile[] {
  const l = plan.listing
  if (l.kind === 'all') return listed.filter((f) => f.path === l.pathspec || f.path.startsWith(`${l.pathspec}/`))
  if (l.kind === 'filter') return listed.filter((f) => l.groups.has(groupOf(plan.family, f.path)))
  const wanted = new Set(l.paths)
  return [...l.rootFiles, ...listed.filter((f) => wanted.has(`${plan.family.root}/${groupOf(plan.family, f.path)}`))]
}

/**
 * Splits paths (events, files, edits) by the family that owns them (layout.ts ownerOf: the
 * longest root wins; families sharing a root split it by their names). With `shareFolders`, a
 * folder entry (a window's tree) goes to every family of its root: each needs the tree ids of its
 * groups, which are the same folders.
 */
export function byRoot<T>(families: readonly PacketFamily[], items: readonly T[], path: (t: T) => string, shareFolders?: (t: T) => boolean): T[][] {
  const out = families.map((): T[] => [])
  for (const item of items) {
    const p = path(item)
    const owner = ownerOf(families, p)
    if (owner < 0) continue
    if (shareFolders?.(item)) {
      const root = families[owner].root
      for (const [i, f] of families.entries()) if (f.root === root) out[i].push(item)
    } else out[owner].push(item)
  }
  return out
}
