import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseDocument } from 'yaml'
import { UserError } from '../errors.js'
import { openRepository, type ChangeEvent, type Repository } from '../git/index.js'
import type { Settings } from '../settings.js'
import { repoFacts, shallowError } from '../store/history.js'
import type { PacketInspector } from '../store/inspect.js'
import { parseStorePath, seriesId, type RevisionRef } from '../store/layout.js'
import { canonicalSha256 } from '../util/hash.js'
import { parseLoose } from '../util/json.js'
import { parseUtc } from '../util/time.js'
import { SOURCE_FAMILIES } from './families.js'
import { scanRemembered } from './history-memo.js'
import type { VerdictMemo } from './verdict-memo.js'
import { obj, str, type PolicyEvent, type SourceFamily, type SourceRevision, type Sources, type TransitionRecord } from './source-types.js'

// Reading the store at one commit for the builder: every revision of the source families (with
// its family's verdict), the git history of the policies (one event per version of each file)
// and the keyring's transition records. All of it from git objects at or before the commit; the
// working tree is not read, so a graph at a commit is the same wherever it is rebuilt.

export interface ReadArgs {
  settings: Settings
  /** a commit id (resolved by the caller) */
  commit: string
  /** the sha256 of the retention index at the commit (the caller derives it) */
  sourceIndexSha256: string | null
  families?: readonly SourceFamily[]
  /** inspectors already loaded (one per family, same order): a verify that rebuilds many commits loads them once */
  inspectors?: readonly PacketInspector[]
  /** verdicts an earlier build reached, reused for revisions whose bytes it judged (verdict-memo.ts) */
  memo?: VerdictMemo
  /** the verifier's state directory: the history scan extends the one a build remembered there (history-memo.ts) */
  historyIn?: string
}

export async function readSources(args: ReadArgs): Promise<Sources> {
  const { settings, commit } = args
  const families = args.families ?? SOURCE_FAMILIES
  const top = (await repoFacts(settings.workspace)).top
  const repo = openRepository(top)
  const inspectors = args.inspectors ?? (await Promise.all(families.map((f) => f.inspector(settings))))
  const policyDirs = policyRoots(settings, top)
  const keyringPath = repoPath(top, resolve(settings.workspace, settings.policies['keyring']))
  const roots = [...families.map((f) => f.family.root), ...policyDirs, ...(keyringPath ? [keyringPath] : [])]
  const scan = args.historyIn !== undefined ? await scanRemembered(repo, args.historyIn, roots, commit) : await repo.scanHistory({ root: roots, until: commit })
  const added = new Map<string, ChangeEvent>()
  for (const e of scan.events) if (e.status === 'A' && !added.has(e.path)) added.set(e.path, e)

  const revisions: SourceRevision[] = []
  for (const [i, f] of families.entries()) revisions.push(...(await readFamily(repo, commit, f, inspectors[i], added, args.memo)))
  const kinds = kindsByPath(settings, top)
  const policyEvents = await readPolicyEvents(repo, scan.events, policyDirs, kinds)
  const transitions = keyringPath ? await readTransitions(repo, scan.events.filter((e) => e.path === keyringPath)) : []
  return { commit, sourceIndexSha256: args.sourceIndexSha256, revisions, policyEvents, transitions }
}

async function readFamily(repo: Repository, commit: string, f: SourceFamily, inspector: PacketInspector, added: Map<string, ChangeEvent>, memo: VerdictMemo | undefined): Promise<SourceRevision[]> {
  const files = await repo.listTree(commit, f.family.root)
  const packets: { ref: RevisionRef; path: string; oid: string }[] = []
  const sigs = new Map<string, string>()
  for (const file of files) {
    const p = parseStorePath(f.family, file.path)
    if (p.type !== 'artifact') continue
    if (p.kind === 'packet') packets.push({ ref: p.ref, path: file.path, oid: file.oid })
    else if (p.kind === 'signature') sigs.set(`${seriesId(p.ref)}@${p.ref.revision}`, file.oid)
  }
  const sigOf = (p: { ref: RevisionRef }) => sigs.get(`${seriesId(p.ref)}@${p.ref.revision}`)
  // by content too: a full build judged these bytes already for the retention index
  const judge = memo ? memo.wrap(inspector) : inspector
  const known = packets.map((p) => memo?.byOid(inspector, p.path, p.oid, sigOf(p)))
  // only what the memo has not judged is read: after one new revision, that revision
  const unread = packets.filter((_, i) => known[i] === undefined)
  const blobs = await repo.readBlobs(unread.flatMap((p) => [p.oid, ...(sigOf(p) !== undefined ? [sigOf(p)!] : [])]))
  return packets.map((p, i) => {
    const sigOid = sigOf(p)
    let judged = known[i]
    if (judged === undefined) {
      const packet = blobs.get(p.oid) ?? Buffer.alloc(0)
      const signature = sigOid ? blobs.get(sigOid) : undefined
      const doc = obj(parseLoose(packet))
      judged = { facts: judge.inspect({ ref: p.ref, path: p.path, packet, signature }), role: str(obj(doc.signer).role) ?? '', extracted: f.extract(doc, p.ref) }
      memo?.rememberOid(inspector, p.path, p.oid, sigOid, judged)
    }
    return {
      family: f.family.name,
      ref: p.ref,
      path: p.path,
      commit: added.get(p.path)?.commit ?? commit,
      facts: judged.facts,
      role: judged.role,
      hasSignature: sigOid !== undefined,
      continuity: f.continuity,
      extracted: judged.extracted
    }
  })
}

/** The folders whose history holds policy versions: policies/ and the folder of every configured policy file. */
function policyRoots(settings: Settings, top: string): string[] {
  const dirs = new Set<string>(['policies'])
  for (const p of Object.values(settings.policies)) {
    if (typeof p !== 'string') continue
    const rel = repoPath(top, resolve(settings.workspace, p))
    if (rel) dirs.add(rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : rel)
  }
  return [...dirs].sort()
}

function kindsByPath(settings: Settings, top: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const [kind, p] of Object.entries(settings.policies)) {
    if (typeof p !== 'string') continue
    const rel = repoPath(top, resolve(settings.workspace, p))
    if (rel) out.set(rel, kind)
  }
  return out
}

function repoPath(top: string, abs: string): string | null {
  const rel = relative(top, abs).split('\\').join('/')
  return rel === '' || rel.startsWith('..') ? null : rel
}

/** One event per committed version of every YAML policy file, hashed as the product hashes a loaded policy. */
async function readPolicyEvents(repo: Repository, events: readonly ChangeEvent[], dirs: readonly string[], kinds: Map<string, string>): Promise<PolicyEvent[]> {
  const mine = events.filter((e) => /\.ya?ml$/.test(e.path) && dirs.some((d) => e.path.startsWith(`${d}/`)))
  const blobs = await repo.readBlobs(mine.flatMap((e) => (e.newOid ? [e.newOid] : [])))
  return mine.map((e) => {
    const base = e.path.slice(e.path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '')
    const kind = kinds.get(e.path) ?? base
    const common = { kind, path: e.path, commit: e.commit, order: e.order, commitMs: e.time * 1000 }
    if (!e.newOid) return { ...common, sha256: null, effectiveUtc: null, policyVersionId: null }
    const data = yamlData(blobs.get(e.newOid)?.toString('utf8') ?? '')
    const o = obj(data)
    const effective = str(o.effective_utc)
    return { ...common, sha256: data === undefined ? null : canonicalSha256(data), effectiveUtc: effective !== null && parseUtc(effective).ok ? effective : null, policyVersionId: str(o.policy_version_id) }
  })
}

function yamlData(text: string): unknown {
  try {
    const doc = parseDocument(text, { version: '1.2', uniqueKeys: true })
    if (doc.errors.length > 0) return undefined
    return doc.toJS({ maxAliasCount: 100 }) as unknown
  } catch {
    return undefined
  }
}

/** Every `transition` a keyring version recorded on a key entry, with the commit that recorded it. */
async function readTransitions(repo: Repository, events: readonly ChangeEvent[]): Promise<TransitionRecord[]> {
  const withBlob = events.filter((e) => e.newOid)
  const blobs = await repo.readBlobs(withBlob.map((e) => e.newOid))
  const out = new Map<string, TransitionRecord>()
  for (const e of withBlob) {
    const keys = obj(yamlData(blobs.get(e.newOid)?.toString('utf8') ?? '')).keys
    if (!Array.isArray(keys)) continue
    for (const k of keys) {
      const t = obj(obj(k).transition)
      const rec = { signer_id: str(obj(k).signer_id) ?? '', from_signer_id: str(t.from_signer_id) ?? '', reason: str(t.reason) ?? '', approved_by: str(t.approved_by) ?? '', approved_at_utc: str(t.approved_at_utc) ?? '' }
      if (rec.from_signer_id === '' || rec.reason.trim() === '' || rec.approved_by.trim() === '' || !parseUtc(rec.approved_at_utc).ok) continue
      const key = JSON.stringify(rec)
      // the first commit that recorded it is when it became known
      if (!out.has(key)) out.set(key, { ...rec, commit: e.commit, commitMs: e.time * 1000 })
    }
  }
  return [...out.values()]
}

/** --at: a UTC time (the last commit at or before it) or a commit-ish; HEAD when absent. */
export async function resolveAt(settings: Settings, at: string | undefined): Promise<{ top: string; head: string; commit: string; stateDir: string }> {
  const facts = await repoFacts(settings.workspace)
  if (facts.shallow) throw shallowError()
  if (facts.head === null) throw new UserError({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; export a closure packet first` })
  const repo = openRepository(facts.top)
  if (at === undefined || at === '') return { top: facts.top, head: facts.head, commit: facts.head, stateDir: facts.stateDir }
  if (/^\d{4}-\d{2}-\d{2}/.test(at)) {
    const t = parseUtc(at)
    if (!t.ok) throw new UserError({ code: 'USAGE', message: `--at ${at}: ${t.reason}` })
    const scan = await repo.scanHistory({ root: '.', until: facts.head })
    const times = new Map(scan.events.map((e) => [e.commit, e.time]))
    const before = scan.commits.filter((c) => (times.get(c) ?? Infinity) * 1000 <= t.ms)
    const last = before[before.length - 1]
    if (!last) throw new UserError({ code: 'USAGE', message: `--at ${at}: no commit on HEAD is that old` })
    return { top: facts.top, head: facts.head, commit: last, stateDir: facts.stateDir }
  }
  const oid = await repo.tryResolveRef(at)
  if (oid === null) throw new UserError({ code: 'USAGE', message: `--at ${at}: not a commit or a UTC time` })
  return { top: facts.top, head: facts.head, commit: oid, stateDir: facts.stateDir }
}

export function retentionPolicyPresent(settings: Settings): boolean {
  return existsSync(resolve(settings.workspace, settings.policies['retention'] ?? 'policies/retention.yaml'))
}
