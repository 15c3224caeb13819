import { sortDefects, type Defect } from '../findings/defect.js'
import type { Repository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import { STORE_CODES } from './codes.js'
import type { WindowReport } from './check.js'
import { assigned, groupsAt, shardOfGroup, SHARD_ASSIGNMENT, type RootGroups } from './shard.js'
import type { ShardResult } from './shard-read.js'
import type { FamilyVerdict, StoreVerifyResult } from './verify-all.js'

// `verify merge`: the verdicts of the jobs of a matrix run (`verify --shard i/n`) as one. A shard
// file is a job artifact, so nothing in it is believed until the set is shown consistent: every
// index 1..n exactly once, one store commit, which must be the merge job's own, one pin, which
// must be the merge job's own, one assignment and the same verdict options; and the windows each
// shard covered must be exactly those its index is assigned at that commit, as the merge lists
// them itself (one ls-tree). What the merge does trust is each shard's verdict on its own windows:
// re-judging them would be the work the split exists to spread. The checks about the store as a
// whole (history rewrite, the store branch, the root's own files) ran once, in shard 1; emptiness
// needs every window, so the merge judges it.

export interface MergeInput {
  shards: { name: string; result: ShardResult }[]
  families: readonly FamilySpec[]
  repo: Repository
  /** the merge job's own pin: the shards must have judged under it */
  pin: string
  /** the store commit the merge job's checkout holds (HEAD or the store branch) */
  commit: string | null
}

export interface MergedResult extends StoreVerifyResult {
  merge: { shards: number; files: string[]; commit: string | null; pin: string; consistent: boolean }
}

export async function mergeShards(input: MergeInput): Promise<MergedResult> {
  const { shards, families } = input
  const problems: Defect[] = []
  const flag = (code: ShardCode, file: string, field: string, detail: string) => problems.push(shardDefect(code, file, field, detail))
  const [first] = shards
  const ref = first.result.shard
  const count = ref.count
  const byIndex = new Map<number, string>()
  for (const { name, result } of shards) {
    const s = result.shard
    const assignment: string = s.assignment
    if (assignment !== SHARD_ASSIGNMENT) flag('STORE_SHARD_MISMATCH', name, 'shard.assignment', `assigned windows by '${assignment}', this release-evidence by '${SHARD_ASSIGNMENT}': run one version in every job`)
    if (s.index > s.count) flag('STORE_SHARD_MISMATCH', name, 'shard.index', `is shard ${s.index}/${s.count}: no such shard`)
    if (s.count !== count) flag('STORE_SHARD_MISMATCH', name, 'shard.count', `is shard ${s.index}/${s.count}, but ${first.name} is ${ref.index}/${count}: one matrix run has one shard count`)
    if (s.commit !== input.commit) flag('STORE_SHARD_MISMATCH', name, 'shard.commit', `verified store commit ${s.commit ?? '(none)'}, but this checkout's store commit is ${input.commit ?? '(none)'}: shards and merge must run on one commit`)
    if (s.pin !== input.pin) flag('STORE_SHARD_MISMATCH', name, 'shard.pin', `judged under trust-root pin ${s.pin.slice(0, 16)}…, the merge is pinned to ${input.pin.slice(0, 16)}…`)
    const differs = (['since', 'allow_empty', 'allow_demo_key', 'store_branch', 'now'] as const).filter((k) => s.options[k] !== ref.options[k])
    if (differs.length > 0) flag('STORE_SHARD_MISMATCH', name, 'shard.options', `ran with other verdict options than ${first.name}: ${differs.join(', ')}`)
    if (s.store_wide !== (s.index === 1)) flag('STORE_SHARD_COVERAGE', name, 'shard.store_wide', s.index === 1 ? 'shard 1 did not run the store-wide checks' : `shard ${s.index} claims the store-wide checks, which only shard 1 runs`)
    const other = byIndex.get(s.index)
    if (other !== undefined) flag('STORE_SHARD_DUPLICATE', name, 'shard.index', `is shard ${s.index}/${s.count}, as ${other} is`)
    else byIndex.set(s.index, name)
    const names = result.families.map((f) => f.family).join(',')
    const registered = families.map((f) => f.family.name).join(',')
    if (names !== registered) flag('STORE_SHARD_MISMATCH', name, 'families', `judged the families ${names}, this release-evidence registers ${registered}`)
  }
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) flag('STORE_SHARD_MISSING', '', 'shard.index', `no result for shard ${i}/${count}: its windows were not judged`)

  // Coverage against the merge's own listing of the commit (only when there is one commit to list).
  if (input.commit !== null && shards.every((s) => s.result.shard.commit === input.commit)) {
    const all = await groupsAt(input.repo, input.commit, families.map((f) => f.family))
    for (const { name, result } of shards) {
      const s = result.shard
      if (s.index > count) continue
      const want = assigned(all, { index: s.index, count })
      if (!sameGroups(want, s.covered)) flag('STORE_SHARD_COVERAGE', name, 'shard.covered', `does not list the windows shard ${s.index}/${count} is assigned at ${input.commit}: ${describeGap(want, s.covered)}`)
      const foreign = result.windows.filter((w) => shardOfGroup(w.release_window_id, count) !== s.index)
      if (foreign.length > 0) flag('STORE_SHARD_COVERAGE', name, 'windows', `reports window(s) of another shard: ${foreign.slice(0, 5).map((w) => w.series).join(', ')}`)
    }
  }

  const windows = shards.flatMap((s) => s.result.windows)
  const verdicts = families.map((f) => sumFamily(f.family.name, f.family.root, shards.map((s) => s.result)))
  const store: Defect[] = []
  if (!ref.options.allow_empty) {
    for (const [i, f] of families.entries()) if (!f.optional && verdicts[i].windows === 0) store.push(emptyDefect(f.family.root, f.family.name, input.commit))
  }
  const defects = sortDefects([...unionOf(shards.map((s) => s.result.defects)), ...store, ...problems])
  const blocking = defects.filter((d) => d.severity === 'blocking').length
  const consistent = problems.length === 0
  const head = shards.find((s) => s.result.shard.index === 1)?.result ?? first.result
  return {
    family: families.map((f) => f.family.name).join(','),
    root: families.map((f) => f.family.root).join(','),
    head: head.head,
    headOid: input.commit,
    windows: markWindows(windows, defects),
    defects,
    blocking,
    stats: {
      commits_scanned: Math.max(0, ...shards.map((s) => s.result.stats.commits_scanned)),
      packets: shards.reduce((n, s) => n + s.result.stats.packets, 0),
      packets_inspected: shards.reduce((n, s) => n + s.result.stats.packets_inspected, 0),
      cache: 'off'
    },
    families: verdicts,
    ...(head.trust ? { trust: head.trust } : {}),
    verifiedTip: blocking === 0 && consistent ? input.commit : null,
    merge: { shards: count, files: shards.map((s) => s.name), commit: input.commit, pin: input.pin, consistent }
  }
}

type ShardCode = 'STORE_SHARD_MISSING' | 'STORE_SHARD_DUPLICATE' | 'STORE_SHARD_MISMATCH' | 'STORE_SHARD_COVERAGE'

function shardDefect(code: ShardCode, file: string, field: string, detail: string): Defect {
  const info = STORE_CODES[code]
  return { subject: file === '' ? 'shards' : file, defect_code: code, severity: info.severity, owner_role: info.owner_role, required_action: info.required_action, release_window_id: '', file, line: null, field, detail }
}

/**
 * The shards' defects as one list. A store-wide finding every shard makes alike (the trust root's
 * own, a deletion authority's) is counted once: each distinct defect appears as often as the
 * shard that lists it most often lists it, so no shard's finding is ever dropped.
 */
function unionOf(lists: readonly Defect[][]): Defect[] {
  const most = new Map<string, { d: Defect; n: number }>()
  for (const list of lists) {
    const here = new Map<string, { d: Defect; n: number }>()
    for (const d of list) {
      const k = JSON.stringify([d.defect_code, d.severity, d.release_window_id, d.subject, d.file, d.line, d.field, d.detail])
      const e = here.get(k)
      if (e) e.n++
      else here.set(k, { d, n: 1 })
    }
    for (const [k, e] of here) if ((most.get(k)?.n ?? 0) < e.n) most.set(k, e)
  }
  return [...most.values()].flatMap(({ d, n }) => Array.from({ length: n }, () => d))
}

/** A window fails when any blocking defect names it, including a store-wide one shard 1 found. */
function markWindows(windows: WindowReport[], defects: readonly Defect[]): WindowReport[] {
  const byWindow = new Map<string, Defect[]>()
  for (const d of defects) if (d.severity === 'blocking') byWindow.set(d.release_window_id, [...(byWindow.get(d.release_window_id) ?? []), d])
  return windows.map((w) => {
    const mine = (byWindow.get(w.release_window_id) ?? []).filter((d) => !d.subject.includes('@') || d.subject.startsWith(`${w.series}@`))
    return mine.length > 0 && w.ok ? { ...w, ok: false } : w
  })
}

function sumFamily(family: string, root: string, results: readonly ShardResult[]): FamilyVerdict {
  const parts = results.flatMap((r) => r.families.filter((f) => f.family === family))
  return { family, root, windows: parts.reduce((n, f) => n + f.windows, 0), revisions: parts.reduce((n, f) => n + f.revisions, 0), blocking: parts.reduce((n, f) => n + f.blocking, 0) }
}

function emptyDefect(root: string, family: string, commit: string | null): Defect {
  const info = STORE_CODES.STORE_EMPTY
  const detail = commit === null ? 'the repository has no commits' : `nothing is published under ${root}/ at ${commit}`
  return { subject: `${root}/`, defect_code: 'STORE_EMPTY', severity: info.severity, owner_role: info.owner_role, required_action: info.required_action, release_window_id: '', file: `${root}/`, line: null, field: '', detail: `${detail} (family ${family}, in no shard); pass --allow-empty to every shard if that is expected` }
}

function sameGroups(a: readonly RootGroups[], b: readonly RootGroups[]): boolean {
  const key = (l: readonly RootGroups[]) => JSON.stringify([...l].sort((x, y) => (x.root < y.root ? -1 : 1)).map((r) => [r.root, [...r.groups].sort()]))
  return key(a) === key(b)
}

function describeGap(want: readonly RootGroups[], got: readonly RootGroups[]): string {
  const flat = (l: readonly RootGroups[]) => new Set(l.flatMap((r) => r.groups.map((g) => `${r.root}/${g}`)))
  const w = flat(want)
  const g = flat(got)
  const missing = [...w].filter((x) => !g.has(x))
  const extra = [...g].filter((x) => !w.has(x))
  const list = (xs: string[]) => `${xs.slice(0, 5).join(', ')}${xs.length > 5 ? ` and ${xs.length - 5} more` : ''}`
  return [missing.length > 0 ? `missing ${list(missing)}` : '', extra.length > 0 ? `not its own ${list(extra)}` : ''].filter(Boolean).join('; ') || 'the roots differ'
}
