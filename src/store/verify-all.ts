import { UserError } from '../errors.js'
import { sortDefects, type Defect } from '../findings/defect.js'
import { openRepository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import type { Progress } from '../report/progress.js'
import { requirePin, withKnownRepo } from '../trust/pin.js'
import { prelistSignatures } from '../trust/timestamps.js'
import { applyTrust, type TrustSummary } from '../trust/verify.js'
import { STORE_CODES } from './codes.js'
import type { PacketFamily } from './family.js'
import { ownerOf } from './layout.js'
import { judgeDeletions } from './deletions.js'
import { repoFacts } from './history.js'
import { assigned, groupsAt, inShard, SHARD_ASSIGNMENT, type ShardRecord, type ShardSpec } from './shard.js'
import { guardHistory, rememberTip } from './tips.js'
import { startInspectWorker } from './inspect-pool.js'
import { startFullReads, startReads, verifyFamilies, type VerifyResult } from './verify.js'

// Verify every registered packet family of the store, in one history scan (verify.ts). Each
// family's inspector loads what it trusts; the store checks layout, chains and write-once rules
// alike for all of them. On top come the rules about the store as a whole: history that does not
// descend from a verified tip or the --since checkpoint (tips.ts), an empty store, the demo key.
// The result keeps each family's own report and adds them up: a store verifies only when every
// family does, and a window is ok only when no blocking defect names it.

/** One family's share of the verdict. */
export interface FamilyVerdict {
  family: string
  root: string
  windows: number
  revisions: number
  blocking: number
}

export interface StoreVerifyResult extends VerifyResult {
  /** a shard's result: what it ran over, for the merge (shard-merge.ts) */
  shard?: ShardRecord
  /** one line per registered family, in registry order */
  families: FamilyVerdict[]
  /** which keyring verify trusted: the pinned trust root (without a pin, verify does not run) */
  trust?: TrustSummary
  /** HEAD when it verified without a blocking defect (pin it with --since next time), else null */
  verifiedTip: string | null
}

export interface VerifyAllOptions {
  /** normalized window id: only that window, in every family */
  window?: string
  cache?: boolean
  /**
   * A branch that is not checked out (a dedicated store branch, as fetched from the remote):
   * its commit is proven instead of HEAD, without working-tree checks, and its verified tip is
   * remembered under its name. `oid` null: the branch does not exist, which is STORE_BRANCH_MISSING.
   */
  at?: StoreRef
  /** this job's share of a matrix run (shard.ts): its windows only, store-wide checks in shard 1 */
  shard?: ShardSpec
  /** progress of long work on stderr (the CLI) */
  progress?: Progress
}

export interface StoreRef {
  branch: string
  oid: string | null
  /** where the commit came from, for the defect when there is none (e.g. "the remote origin") */
  source: string
}

export async function verifyRegistered(given: Settings, families: readonly FamilySpec[], opts: VerifyAllOptions): Promise<StoreVerifyResult> {
  // Not a repository is reported before a missing keyring: it is the more basic mistake.
  const facts = await repoFacts(given.workspace)
  // What storeCommit would ask git (pin.ts), answered once for every inspector built below.
  const branch = given.git?.storeBranch
  const commit = (branch ? await openRepository(facts.top).tryResolveRef(`refs/heads/${branch}`) : null) ?? facts.head
  const settings = withKnownRepo(given, { top: facts.top, commit, head: facts.head })
  const at = opts.at
  // A dedicated store branch may be complete while the checked-out code branch stays shallow
  // (they share no commits): what counts is whether the proven commit's history is cut off.
  const cut = at ? at.oid !== null && facts.shallow && (await cutOff(facts.top, at.oid)) : facts.shallow
  const repo = at ? { ...facts, head: at.oid, shallow: cut } : facts
  const since = settings.verify?.since
  if (since !== undefined && !/^[0-9a-f]{4,64}$/i.test(since)) {
    throw new UserError({ code: 'USAGE', message: `--since '${since.slice(0, 80)}' is not a commit id; pass the hex id of a verified tip (the verified-tip output of an earlier run)` })
  }
  // Nothing is judged without a pinned trust root: the working-tree keyring is never read (exit 2).
  const pin = await requirePin(settings, 'verify')
  const shard = opts.shard
  // A shard runs the checks about the store as a whole only as shard 1: once per matrix run.
  const storeWide = shard === undefined || shard.index === 1
  const noCache = opts.cache === false || shard !== undefined
  // Without the cache, the log scan and listing need only the family roots: they start before the
  // inspectors load their keyrings and policies (a second of reading), not after.
  const early = noCache && repo.head !== null && !repo.shallow ? startFullReads(repo.top, repo.head, families.map((f) => f.family.root), opts.window) : undefined
  // Every inspector judges under the trust/ chain of the commit proven here, never another ref's.
  const proving = withKnownRepo({ ...given, trust: { ...given.trust, commit: repo.head } }, { top: facts.top, commit: repo.head, head: facts.head })
  // A run without cache inspects every packet: a second thread starts loading now (inspect-pool.ts).
  const worker = noCache && opts.window === undefined && repo.head !== null && !repo.shallow ? startInspectWorker(given.inspectWorker, proving) : undefined
  const git = openRepository(repo.top)
  const answers = new Map<string, Promise<boolean>>()
  const isAncestor = (a: string, d: string) => {
    let p = answers.get(`${a} ${d}`)
    if (!p) answers.set(`${a} ${d}`, (p = git.isAncestor(a, d)))
    return p
  }
  // With the cache, the reads that need only the family roots (status, folder listing, the log
  // from the cached tip) likewise run while the inspectors load; a run on a store branch decides
  // about the working tree first, so it starts them later, as before.
  const started = !noCache && !at && opts.window === undefined ? startReads(repo, families.map((f) => f.family), isAncestor) : undefined
  // The listing the timestamp check (trust/timestamps.ts) needs after the checks starts now too;
  // without the cache it is the listing verify itself reads (one git process for both).
  if (repo.head !== null && !repo.shallow && opts.window === undefined) prelistSignatures(repo.top, repo.head, early?.roots ?? [...new Set(families.map((f) => f.family.root))])
  const inspectors = await Promise.all(families.map((f) => f.inspector(proving)))
  // The working tree is compared only when it is a checkout of the commit being proven.
  const worktree = !at || (at.oid !== null && at.oid === facts.head && (await git.currentBranch()) === at.branch)
  const authorities = Promise.all(families.map((f) => (f.deletionAuthority ? f.deletionAuthority(settings, families) : Promise.resolve(undefined))))
  const [verified, guard] = await Promise.all([
    verifyFamilies({ dir: settings.workspace, repo, inspectors, window: opts.window, cache: noCache ? false : opts.cache, isAncestor, worktree, early, started, only: shard && inShard(shard), progress: opts.progress, inspectWorker: worker }).finally(() => worker?.close()),
    storeWide
      ? guardHistory({ repo: git, stateDir: repo.stateDir, head: repo.head, families: inspectors.map((i) => i.family), since, isAncestor, ...(at ? { branch: at.branch } : {}) })
      : { defects: [], branch: null }
  ])
  // A deletion stays blocking unless a family's records authorize it (a purge's tombstone).
  const results = await judgeDeletions(git, repo.head, verified, await authorities)
  const store: Defect[] = [...guard.defects, ...(storeWide && at && at.oid === null ? [missingBranch(at)] : [])]
  // A shard sees only its windows, so emptiness is judged by the merge over all of them.
  if (settings.verify?.allowEmpty !== true && opts.window === undefined && shard === undefined) {
    // A family a store may lack (the trust root before migration) is not an empty store.
    for (const [i, r] of results.entries()) if (r.windows.length === 0 && !families[i].optional) store.push(emptyDefect(r))
  }
  const combined = combine(results.map((r) => settle(r, settings.verify?.allowDemoKey === true)), inspectors.map((i) => i.family), opts.window, store)
  // The trust root's own findings (a revoked signer, a root that does not verify from the pin) count too.
  const trusted = await applyTrust(proving, combined)
  if (shard) {
    // A shard's pass is a part of a verdict: no verified tip until the merge has every part.
    const covered = assigned(await groupsAt(git, repo.head, inspectors.map((i) => i.family)), shard)
    const options = { since: since ?? null, allow_empty: settings.verify?.allowEmpty === true, allow_demo_key: settings.verify?.allowDemoKey === true, store_branch: at?.branch ?? branch ?? null, now: new Date(settings.now).toISOString() }
    return { ...trusted, verifiedTip: null, shard: { assignment: SHARD_ASSIGNMENT, index: shard.index, count: shard.count, commit: repo.head, pin, options, store_wide: storeWide, covered } }
  }
  const result = { ...trusted, verifiedTip: trusted.blocking === 0 ? trusted.headOid : null }
  if (result.verifiedTip !== null && opts.window === undefined && guard.branch !== null) await rememberTip(repo.stateDir, guard.branch, result.verifiedTip)
  return result
}

async function cutOff(top: string, oid: string): Promise<boolean> {
  const git = openRepository(top)
  for (const boundary of await git.shallowCommits()) if (await git.isAncestor(boundary, oid)) return true
  return false
}

/** No store branch where one was named: nothing to prove, and never a pass (allow-empty does not cover it). */
function missingBranch(at: StoreRef): Defect {
  const info = STORE_CODES.STORE_BRANCH_MISSING
  return {
    subject: at.branch,
    defect_code: 'STORE_BRANCH_MISSING',
    severity: info.severity,
    owner_role: info.owner_role,
    required_action: info.required_action,
    release_window_id: '',
    file: at.branch,
    line: null,
    field: 'store-branch',
    detail: `store branch '${at.branch}' does not exist in ${at.source}: there is no store to verify there`
  }
}

/** The demo key is allowed for a demo store (--allow-demo-key): its KEY_DEMO findings are dropped. */
function settle(r: VerifyResult, allowDemoKey: boolean): VerifyResult {
  return allowDemoKey ? { ...r, defects: r.defects.filter((d) => d.defect_code !== 'KEY_DEMO') } : r
}

function withOk(windows: VerifyResult['windows'], defects: Defect[]): Pick<VerifyResult, 'windows' | 'defects' | 'blocking'> {
  const blocking = defects.filter((d) => d.severity === 'blocking')
  const subjects = new Set(blocking.map((d) => d.subject))
  const byWindow = new Map<string, Defect[]>()
  for (const d of blocking) byWindow.set(d.release_window_id, [...(byWindow.get(d.release_window_id) ?? []), d])
  const out = windows.map((w) => {
    // A defect about a revision names its series (`series@rNNN`); one about a path names the window.
    const mine = (byWindow.get(w.release_window_id) ?? []).filter((d) => !d.subject.includes('@') || d.subject.startsWith(`${w.series}@`))
    const revisions = w.revisions.map((rev) => ({ ...rev, ok: !subjects.has(`${w.series}@${rev.revision}`) }))
    return { ...w, revisions, ok: mine.length === 0 }
  })
  const sorted = sortDefects(defects)
  return { windows: out, defects: sorted, blocking: blocking.length }
}

function emptyDefect(r: VerifyResult): Defect {
  const info = STORE_CODES.STORE_EMPTY
  const detail = r.headOid === null ? 'the repository has no commits' : `nothing is published under ${r.root}/ at ${r.headOid}`
  return { subject: `${r.root}/`, defect_code: 'STORE_EMPTY', severity: info.severity, owner_role: info.owner_role, required_action: info.required_action, release_window_id: '', file: `${r.root}/`, line: null, field: '', detail: `${detail} (family ${r.family}); pass --allow-empty if that is expected` }
}

function verdictOf(r: VerifyResult): FamilyVerdict {
  return { family: r.family, root: r.root, windows: r.windows.length, revisions: r.windows.reduce((n, w) => n + w.revisions.length, 0), blocking: r.blocking }
}

function combine(results: VerifyResult[], families: readonly PacketFamily[], window: string | undefined, store: Defect[]): StoreVerifyResult {
  const [first] = results
  // One window asked for: it is empty only when no family has it.
  const found = window !== undefined && results.some((r) => r.windows.length > 0)
  // A store-wide defect (a vanished path) goes to the family that owns its path, once even when families share a root.
  const owners = store.map((d) => ownerOf(families, d.file))
  const own = results.map((r, i) => {
    const defects = [...r.defects.filter((d) => !(found && d.defect_code === 'STORE_WINDOW_EMPTY')), ...store.filter((_d, j) => owners[j] === i)]
    return { ...r, ...withOk(r.windows, defects) }
  })
  const verdicts = own.map(verdictOf)
  const defects = sortDefects([...own.flatMap((r) => r.defects), ...store.filter((_d, j) => owners[j] < 0)])
  const blocking = defects.filter((d) => d.severity === 'blocking').length
  const headOid = first?.headOid ?? null
  return {
    family: own.map((r) => r.family).join(','),
    root: own.map((r) => r.root).join(','),
    head: first?.head ?? '',
    headOid,
    windows: own.flatMap((r) => r.windows),
    defects,
    blocking,
    stats: {
      commits_scanned: Math.max(0, ...own.map((r) => r.stats.commits_scanned)),
      packets: own.reduce((n, r) => n + r.stats.packets, 0),
      packets_inspected: own.reduce((n, r) => n + r.stats.packets_inspected, 0),
      cache: first?.stats.cache ?? 'off'
    },
    families: verdicts,
    verifiedTip: blocking === 0 ? headOid : null
  }
}
