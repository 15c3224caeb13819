import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Defect } from '../findings/defect.js'
import { factsKey, saveCache, serializeGroup, type SerializedGroup } from './cache.js'
import { checkContent, finishCheck, groupOf, worktreeDefects, type CheckResult, type ContentResult, type WindowReport } from './check.js'
import type { PacketFamily } from './family.js'
import type { ChangeEvent, TreeFile } from './history.js'
import type { PacketInspector, RevisionFacts } from './inspect.js'
import { inspectAt } from './inspect-pool.js'
import { artifactPath, parseStorePath, revisionPaths } from './layout.js'
import { foldEvents, type PathState } from './state.js'
import type { FamilyPlan } from './verify-plan.js'
import { viewWindow } from './view.js'
import { checkViews } from './view-check.js'

// One family's verdict from the shared reads of a verify run (verify.ts): which packets need
// inspecting (their verdict is not known by content), then the pure checks of check.ts group by
// group, the working tree, and the family's cache file written back.

/** Stored as a group's tree id when its result must not be reused (something in it was signed after `now`). */
const NOT_REUSABLE = '!'

export interface VerifyResult extends CheckResult {
  family: string
  root: string
  /** null when the repository has no commits */
  headOid: string | null
  stats: { commits_scanned: number; packets: number; packets_inspected: number; cache: 'off' | 'cold' | 'warm' }
}

type Kept = Map<string, { key: string; facts: RevisionFacts }>

export interface PacketTodo {
  packet: TreeFile
  signature?: TreeFile
  key: string
}

/** A family between listing and checking: its files at HEAD, known verdicts, and packets still to inspect. */
export interface FamilyRun {
  plan: FamilyPlan
  files: TreeFile[]
  facts: Map<string, RevisionFacts>
  keep: Kept
  todo: PacketTodo[]
}

/** Packet verdicts known by content are taken; the rest are to be inspected (in one shared batch). */
export function startFamily(plan: FamilyPlan, files: TreeFile[]): FamilyRun {
  const { family } = plan
  const now = plan.inspector.now
  const byPath = new Map(files.map((f) => [f.path, f]))
  const run: FamilyRun = { plan, files, facts: new Map(), keep: new Map(), todo: [] }
  for (const f of files) {
    const p = parseStorePath(family, f.path)
    if (p.type !== 'artifact' || p.kind !== 'packet') continue
    const signature = byPath.get(artifactPath(family, p.ref, 'signature'))
    const key = factsKey(f.oid, signature?.oid)
    const hit = plan.verdicts.get(key)
    if (hit && !signedAfter(hit, now)) {
      run.facts.set(f.path, hit)
      run.keep.set(f.path, { key, facts: hit })
    } else run.todo.push({ packet: f, signature, key })
  }
  return run
}

/** The blob ids the packets to inspect need. */
export function blobsToRead(run: FamilyRun): string[] {
  return run.todo.flatMap(blobsOf)
}

/** Inspects the packets to inspect from the shared batch of blobs. */
export async function inspectPackets(run: FamilyRun, blobs: ReadonlyMap<string, Buffer>): Promise<void> {
  for (const [i, t] of run.todo.entries()) {
    if (i % 250 === 249) await new Promise<void>((r) => setImmediate(r))
    inspectOne(run, t, blobs)
  }
}

/** The blob ids one packet to inspect needs. */
export function blobsOf(t: PacketTodo): string[] {
  return t.signature ? [t.packet.oid, t.signature.oid] : [t.packet.oid]
}

/** Inspects one packet of `run.todo` from blobs read for it. */
export function inspectOne(run: FamilyRun, t: PacketTodo, blobs: ReadonlyMap<string, Buffer>): void {
  const packet = blobs.get(t.packet.oid) ?? Buffer.alloc(0)
  const result = inspectAt(run.plan.inspector, t.packet.path, packet, t.signature ? blobs.get(t.signature.oid) : undefined)
  if (result !== null) recordFacts(run, t, result)
}

/** Records one packet's verdict (in the order of `run.todo`, whichever thread made it). */
export function recordFacts(run: FamilyRun, t: PacketTodo, result: RevisionFacts): void {
  run.facts.set(t.packet.path, result)
  // A verdict made before its own signing instant would be stale once time passes it: not kept.
  if (!signedAfter(result, run.plan.inspector.now)) run.keep.set(t.packet.path, { key: t.key, facts: result })
}

export interface FinishInput {
  top: string
  head: string
  stateDir: string
  window?: string
  useCache: boolean
  /** the history events under this family's pathspec, and how many commits the scan that found them covered */
  events: readonly ChangeEvent[]
  commits: number
  worktree: { modified: string[]; untracked: string[] }
}

/** Each group to check is checked on its own (check.ts: no rule crosses groups); the rest comes from the cache. */
export async function finishFamily(run: FamilyRun, at: FinishInput): Promise<VerifyResult> {
  const { plan } = run
  const { family, inspector, base } = plan
  foldEvents(plan.state, at.events, base?.commits ?? 0)
  const parts = new Map<string, { files: TreeFile[]; state: PathState }>()
  const part = (path: string) => {
    const name = groupOf(family, path)
    let p = parts.get(name)
    if (!p) parts.set(name, (p = { files: [], state: {} }))
    return p
  }
  for (const f of run.files) part(f.path).files.push(f)
  for (const [path, h] of Object.entries(plan.state)) part(path).state[path] = h
  const windows: WindowReport[] = []
  const defects: Defect[] = []
  const serialized: SerializedGroup[] = []
  const views = await checkViews({ top: at.top, head: at.head, family, groups: parts, window: at.window })
  for (const [name, p] of parts) {
    const result = checkContent({ family, files: p.files, state: p.state, facts: run.facts, window: at.window })
    // A window page's findings join its group's result, so the cache keeps them with it. A window
    // that already fails on its signed files is not also reported for its page: the page is
    // rendered from those files, so it differs from them whenever they were tampered with. (A demo
    // key is no tampering, and --allow-demo-key drops its finding later. Nor is a deletion: a purge
    // may authorize it later, and then the page is all that is left to judge.)
    if (!result.defects.some((d) => d.severity === 'blocking' && d.defect_code !== 'KEY_DEMO' && d.defect_code !== 'STORE_FILE_DELETED')) result.defects.push(...(views.get(name) ?? []))
    windows.push(...result.windows)
    defects.push(...result.defects)
    if (at.useCache) serialized.push(serializeEntry(family, name, p, result, run.keep, plan.trees.get(name) ?? '', inspector.now))
  }
  for (const g of plan.clean.values()) {
    const result = g.result()
    windows.push(...result.windows)
    defects.push(...result.defects)
    serialized.push({ line: g.line, inputsHash: g.inputsHash })
  }

  // Every group with a working-tree edit was listed, so `present` answers for each of them.
  const present = new Set(run.files.map((f) => f.path))
  const worktreeFacts = await inspectWorktree(at.top, inspector, at.worktree.modified)
  defects.push(...worktreeDefects(family, at.head, { ...at.worktree, facts: worktreeFacts }, present, at.window))
  const result = finishCheck({ family, head: at.head, window: at.window }, windows, defects)

  // With nothing new since the cached tip, the file already says all of this.
  if (at.useCache && (base === null || base.tip !== at.head || run.todo.length > 0 || !plan.trusted)) {
    const header = { family: family.name, root: family.root, fingerprint: inspector.fingerprint, commits: (base?.commits ?? 0) + at.commits }
    await saveCache(at.stateDir, { tip: at.head, header, groups: serialized })
  }
  const packets = result.windows.reduce((n, w) => n + w.revisions.filter((r) => r.files.packet !== null).length, 0)
  return {
    ...result,
    family: family.name,
    root: family.root,
    headOid: at.head,
    stats: { commits_scanned: at.commits, packets, packets_inspected: run.todo.length, cache: !at.useCache ? 'off' : base ? 'warm' : 'cold' }
  }
}

/**
 * A checked group as the next run needs it. Of the history state, packet origins (published_in,
 * revision order) and every recorded rewrite are kept; envelopes and logs without rewrites are
 * left out: with `-m`, any later conflicting change to them shows up as a modification against
 * some parent, which is a rewrite whether or not the path is remembered. A window page's history
 * is kept whole: view-check.ts re-renders every version of it when the group is checked again.
 */
function serializeEntry(family: PacketFamily, name: string, p: { files: TreeFile[]; state: PathState }, result: ContentResult, keep: Kept, tree: string, now: number): SerializedGroup {
  const state: PathState = {}
  for (const [path, h] of Object.entries(p.state)) {
    const parsed = parseStorePath(family, path)
    if (h.rewrites.length > 0 || (parsed.type === 'artifact' && parsed.kind === 'packet') || viewWindow(family, path) !== null) state[path] = h
  }
  const verdicts: Record<string, RevisionFacts> = {}
  for (const f of p.files) {
    const k = keep.get(f.path)
    if (k) verdicts[k.key] = k.facts
  }
  let signedMax = 0
  for (const w of result.windows) for (const r of w.revisions) if (r.signed_at_utc !== null) signedMax = Math.max(signedMax, Date.parse(r.signed_at_utc) || 0)
  // The root's own files are always re-checked (a handful); a group holding something signed after
  // `now` carries a time-dependent finding and is re-checked next time too.
  const reusable = name !== '' && signedMax <= now
  return serializeGroup(family.root, name, reusable ? tree : NOT_REUSABLE, signedMax, result, { state, facts: verdicts })
}

function signedAfter(facts: RevisionFacts, now: number): boolean {
  return facts.signedAt !== null && Date.parse(facts.signedAt) > now
}

/** A locally edited packet or envelope is inspected as it now is, so the report can say why it fails. */
async function inspectWorktree(top: string, inspector: PacketInspector, modified: string[]): Promise<Map<string, RevisionFacts>> {
  const out = new Map<string, RevisionFacts>()
  const family = inspector.family
  for (const path of modified) {
    const p = parseStorePath(family, path)
    if (p.type !== 'artifact' || p.kind === 'log') continue
    const paths = revisionPaths(family, p.ref)
    const packet = await readFile(join(top, paths.packet)).catch(() => undefined)
    if (!packet) continue
    const signature = await readFile(join(top, paths.signature)).catch(() => undefined)
    out.set(path, inspector.inspect({ ref: p.ref, path: paths.packet, packet, signature }))
  }
  return out
}
