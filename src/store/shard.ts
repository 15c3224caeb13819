import { createHash } from 'node:crypto'
import { UserError } from '../errors.js'
import type { Repository } from '../git/index.js'
import type { PacketFamily } from './family.js'

// `verify --shard i/n`: the store split by window across the jobs of a CI matrix. A window (the
// folder under a family root, check.ts groupOf) belongs to one shard by a stable hash of its
// name, so every shard computes the same split on its own, whatever windows exist at the commit:
// a window deleted from HEAD, known only from history, is still judged by exactly one shard. The
// root's own files (group '') belong to shard 1. Each shard records what it ran over; the merge
// (shard-merge.ts) checks those records before it believes any verdict.

/** How windows are assigned; a merge refuses records made under another assignment. */
export const SHARD_ASSIGNMENT = 'sha256-mod-v1'

export interface ShardSpec {
  /** 1-based */
  index: number
  count: number
}

/** At most this many shards: more jobs than this is a typo, not a plan. */
export const MAX_SHARDS = 256

/** Parses `--shard i/n` (1 <= i <= n); a usage error names the fix. */
export function parseShard(text: string): ShardSpec {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text)
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new UserError({
      code: 'USAGE',
      message: `--shard '${text.slice(0, 40)}' is not i/n with 1 <= i <= n <= ${MAX_SHARDS}; in a matrix job pass e.g. --shard \${{ matrix.shard }}/3 with shard: [1, 2, 3]`
    })
  }
  return { index, count }
}

/** The 1-based shard a window (group name) belongs to among `count`. */
export function shardOfGroup(group: string, count: number): number {
  if (group === '' || count === 1) return 1
  const h = createHash('sha256').update(group, 'utf8').digest()
  return (h.readUInt32BE(0) % count) + 1
}

/** True for the groups the shard judges. */
export function inShard(spec: ShardSpec): (group: string) => boolean {
  return (group) => shardOfGroup(group, spec.count) === spec.index
}

/** The window folders of one store root at the commit, as a shard (or the merge) lists them. */
export interface RootGroups {
  root: string
  groups: string[]
}

/** What a shard ran over: written into its JSON result, checked by the merge. */
export interface ShardRecord {
  assignment: typeof SHARD_ASSIGNMENT
  index: number
  count: number
  /** the store commit proven (null: the repository has no commits) */
  commit: string | null
  /** the trust-root pin the shard judged under */
  pin: string
  /** the options that change a verdict: every shard must have run with the same */
  options: { since: string | null; allow_empty: boolean; allow_demo_key: boolean; store_branch: string | null; now: string }
  /** true for shard 1: it ran the store-wide checks (history rewrite, store branch, root files) */
  store_wide: boolean
  /** per family root, the window folders at `commit` this shard was assigned (sorted) */
  covered: RootGroups[]
}

/** The window folders at `commit` under each distinct family root, sorted (one ls-tree). */
export async function groupsAt(repo: Repository, commit: string | null, families: readonly PacketFamily[]): Promise<RootGroups[]> {
  const roots = [...new Set(families.map((f) => f.root))].sort()
  const byRoot = new Map(roots.map((r) => [r, [] as string[]]))
  if (commit !== null) {
    for (const e of await repo.listFolder(commit, roots)) {
      if (e.type !== 'tree') continue
      const slash = e.path.lastIndexOf('/')
      byRoot.get(e.path.slice(0, slash))?.push(e.path.slice(slash + 1))
    }
  }
  return roots.map((root) => ({ root, groups: byRoot.get(root)!.sort() }))
}

/** The part of `all` one shard is assigned. */
export function assigned(all: readonly RootGroups[], spec: ShardSpec): RootGroups[] {
  const mine = inShard(spec)
  return all.map((r) => ({ root: r.root, groups: r.groups.filter(mine) }))
}
