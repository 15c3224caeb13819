import { UserError, type Problem } from '../errors.js'
import { sortDefects } from '../findings/defect.js'
import type { Repository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import { groupsAt, SHARD_ASSIGNMENT, shardOfGroup, type ShardSpec } from '../store/shard.js'
import { TRUST_FAMILY } from '../trust/family.js'
import { sortHolds, sortRows, type RetentionIndex } from './derive.js'
import { HOLD_FAMILY, isRetained } from './family.js'

// `retention index --shard i/n --out FILE` and `retention merge FILE...`: the index built across
// the jobs of a CI matrix, window by window, as `verify --shard` splits verification. A window is
// assigned by the same stable hash (store/shard.ts), and its part of the index (its rows, the holds
// placed on it, the defects found in it) depends on nothing outside it, so the parts sorted
// together are exactly the index one job would derive. The merge believes a shard file only after
// checking that every shard 1..n is there once, all derived the same commit under the same pin,
// policy and instant, and each covered exactly the windows the hash gives it of the windows the
// merge lists at that commit itself; anything else cannot be evaluated (exit 2).

/** What a shard derived over: written beside its part of the index, checked by the merge. */
export interface IndexShardRecord {
  assignment: typeof SHARD_ASSIGNMENT
  index: number
  count: number
  commit: string
  pin: string
  now: string
  policy_sha256: string
  /** the windows at `commit` assigned to this shard (sorted) */
  windows: string[]
}

export interface IndexShard {
  shard: IndexShardRecord
  index: RetentionIndex
}

/** The windows at `commit`: the folders under every retained family's root and the holds' root, sorted. */
export async function windowsAt(repo: Repository, commit: string, families: readonly FamilySpec[]): Promise<string[]> {
  const roots = families.map((s) => s.family).filter((f) => (isRetained(f) && f.name !== TRUST_FAMILY.name) || f.name === HOLD_FAMILY.name)
  const groups = await groupsAt(repo, commit, roots)
  return [...new Set(groups.flatMap((g) => g.groups))].sort()
}

/** The test a shard applies to a window id ('' is store-wide: shard 1). */
export function windowFilter(spec: ShardSpec): (window: string) => boolean {
  return (window) => shardOfGroup(window, spec.count) === spec.index
}

export function shardRecord(args: { spec: ShardSpec; index: RetentionIndex; pin: string; now: string; windows: readonly string[] }): IndexShardRecord {
  const mine = windowFilter(args.spec)
  return {
    assignment: SHARD_ASSIGNMENT,
    index: args.spec.index,
    count: args.spec.count,
    commit: args.index.commit,
    pin: args.pin,
    now: args.now,
    policy_sha256: args.index.policy_sha256,
    windows: args.windows.filter(mine)
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')
const hasWindows = (v: unknown): v is { release_window_id: string }[] => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.release_window_id === 'string')

/** A shard file as the merge reads it (a job artifact: untrusted), its shape checked field by field. */
export function parseIndexShard(name: string, text: string): IndexShard {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw notAShard(name, [{ file: name, message: `not JSON (${(err as Error).message})`, fix: 'pass the file written by retention index --shard I/N --out FILE' }])
  }
  const r = isObject(doc) ? doc : {}
  const s = isObject(r.shard) ? r.shard : {}
  const i = isObject(r.index) ? r.index : {}
  const checks: [string, boolean, string][] = [
    ['shard', isObject(r.shard), 'an object (was --shard given?)'],
    ['shard.assignment', s.assignment === SHARD_ASSIGNMENT, `'${SHARD_ASSIGNMENT}'`],
    ['shard.index', isCount(s.index), 'an integer >= 1'],
    ['shard.count', isCount(s.count), 'an integer >= 1'],
    ['shard.commit', typeof s.commit === 'string' && /^[0-9a-f]{40,64}$/.test(s.commit), 'a commit id'],
    ['shard.pin', typeof s.pin === 'string' && /^[0-9a-f]{64}$/.test(s.pin), 'a sha256 (64 hex digits)'],
    ['shard.now', typeof s.now === 'string', 'a UTC time'],
    ['shard.policy_sha256', typeof s.policy_sha256 === 'string', 'a sha256'],
    ['shard.windows', isStrings(s.windows), 'a list of window ids'],
    ['index', isObject(r.index), 'the shard part of a retention index'],
    ['index.commit', i.commit === s.commit, 'the shard commit'],
    ['index.policy_sha256', i.policy_sha256 === s.policy_sha256, 'the shard policy_sha256'],
    ['index.rows', hasWindows(i.rows), 'a list of index rows'],
    ['index.holds', hasWindows(i.holds), 'a list of holds'],
    ['index.defects', hasWindows(i.defects) && (i.defects as Record<string, unknown>[]).every((d) => typeof d.defect_code === 'string' && typeof d.severity === 'string' && typeof d.subject === 'string'), 'a list of defects']
  ]
  const problems: Problem[] = checks.filter(([, ok]) => !ok).map(([field, , expected]) => ({ file: name, field, message: `expected ${expected}`, fix: 'pass the unedited file written by retention index --shard I/N --out FILE' }))
  if (problems.length > 0) throw notAShard(name, problems)
  return doc as IndexShard
}

/**
 * The whole index from every shard's part, or exit 2 naming each inconsistency. `windows` are the
 * windows at `commit` as the merge listed them itself; `pin` is the merge's own.
 */
export function mergeIndexShards(shards: readonly { name: string; shard: IndexShard }[], expected: { commit: string; pin: string; windows: readonly string[] }): RetentionIndex {
  const problems: Problem[] = []
  const first = shards[0].shard.shard
  const count = first.count
  for (const { name, shard } of shards) {
    const s = shard.shard
    for (const [field, got, want] of [
      ['shard.count', s.count, count],
      ['shard.commit', s.commit, expected.commit],
      ['shard.pin', s.pin, expected.pin],
      ['shard.now', s.now, first.now],
      ['shard.policy_sha256', s.policy_sha256, first.policy_sha256]
    ] as const) {
      if (got !== want) problems.push({ file: name, field, message: `is ${String(got)}, not ${String(want)}`, fix: 'run every shard over the same store commit, pin, retention policy and --now as this merge' })
    }
    if (s.index > count) problems.push({ file: name, field: 'shard.index', message: `${s.index} is more than the ${count} shards`, fix: 'pass the files of one matrix run' })
    const mine = windowFilter(s)
    const wanted = expected.windows.filter(mine)
    if (JSON.stringify(s.windows) !== JSON.stringify(wanted)) {
      problems.push({ file: name, field: 'shard.windows', message: `covers ${s.windows.length} window(s), but shard ${s.index}/${count} of this commit has ${wanted.length}`, fix: 're-run the shard over this commit; a shard must cover exactly its windows' })
    }
    const strays = [...shard.index.rows, ...shard.index.holds, ...shard.index.defects].filter((x) => !mine(x.release_window_id))
    if (strays.length > 0) problems.push({ file: name, field: 'index', message: `lists ${strays.length} entr(ies) of windows outside shard ${s.index}/${count}, e.g. '${strays[0].release_window_id}'`, fix: 'the file was edited; re-run the shard' })
  }
  const seen = new Map<number, string>()
  for (const { name, shard } of shards) {
    const other = seen.get(shard.shard.index)
    if (other !== undefined) problems.push({ file: name, field: 'shard.index', message: `shard ${shard.shard.index} is also ${other}`, fix: 'pass each shard once' })
    seen.set(shard.shard.index, name)
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !seen.has(k))
  if (missing.length > 0) problems.push({ file: shards[0].name, field: 'shard.count', message: `shard(s) ${missing.join(', ')} of ${count} are missing`, fix: 'pass the file of every shard of the matrix run' })
  if (problems.length > 0) throw new UserError({ code: 'INPUT_INVALID', message: 'retention merge: the shard files do not make one whole index', problems })
  const parts = shards.map((s) => s.shard.index)
  return {
    commit: expected.commit,
    generated_at_utc: first.now,
    policy_sha256: first.policy_sha256,
    rows: sortRows(parts.flatMap((p) => p.rows)),
    holds: sortHolds(parts.flatMap((p) => p.holds)),
    defects: sortDefects(parts.flatMap((p) => p.defects))
  }
}

function notAShard(name: string, problems: Problem[]): UserError {
  return new UserError({ code: 'INPUT_INVALID', message: `retention merge: ${name} is not a shard file of retention index --shard`, problems })
}
