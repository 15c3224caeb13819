import { UserError } from '../errors.js'
import { openRepository, type Repository } from '../git/index.js'
import type { FamilySpec } from '../lesson.js'
import type { Settings } from '../settings.js'
import type { PacketFamily } from '../store/family.js'
import { policyFileDigests } from '../policy/file-digests.js'
import { repoFacts, shallowError } from '../store/history.js'
import type { PacketInspector } from '../store/inspect.js'
import { readResultParts, writeResult } from '../store/result-cache.js'
import { TRUST_FAMILY } from '../trust/family.js'
import { requirePin, withKnownRepo } from '../trust/pin.js'
import { sha256Hex } from '../util/hash.js'
import { parseUtc } from '../util/time.js'
import type { RetentionIndex, RevisionMemo, ScanHistory } from './derive.js'
import { isRetained } from './family.js'
import type { RetentionPolicy } from './policy.js'
import type { RetentionTrust } from './trust.js'

// The retention index remembered between runs (src/store/result-cache.ts: HMAC'd, in
// .git/release-evidence/results/, never in the tree). `retention index`, the queries Q1-Q4,
// `retention check` and `purge plan` all derive the same index, so a second question at the same
// commit reads it instead of re-verifying every revision. It is used only for the exact commit
// it describes and under a fingerprint that names everything else a row depends on; any change
// is a miss and a full derivation, so the cache can make a run faster, never make it pass.
//
// Two fingerprints, the same promise. `inputsFingerprint` is what a warm run computes: it names
// the inputs the trust and every inspector are built from instead of building them, since
// building them walks the trust chain and reads the store through a dozen git processes, which
// was nearly all of a warm run. Those inputs are: the commit HEAD is at (the trust chain, the
// strategy packets a sign-off inspector hashes and the lineage snapshots are read there, so the
// chain's tip is fixed by it), the pin, the bytes of every policy file the settings name, the
// evaluation instant (purge eligibility, hold and signature judgments, last_verified_utc), the
// index's and every family verifier's version tag. The working-tree edits under each family (a
// modified packet is mutable, R5) are kept in the entry and compared on read instead of keyed, so
// that reading the entry overlaps the `git status` that finds them. The working tree's keyring is among the policy files though
// no verdict reads it: hashing one file more costs a miss at worst. It is null when a family has
// no version tag, or when the chain is read elsewhere than at HEAD (a named store branch), and
// `indexFingerprint` (over the built inspectors' fingerprints) keys the entry instead.

export const INDEX_CACHE_KIND = 'retention-index'
const INDEX_VERSION = 'retention-index/3'

type Modified = ReadonlyMap<string, ReadonlySet<string>>

function modifiedList(modified: Modified): [string, string[]][] {
  return [...modified].map(([name, paths]) => [name, [...paths].sort()])
}

export async function inputsFingerprint(args: { settings: Settings; head: string; pin: string; families: readonly FamilySpec[] }): Promise<string | null> {
  const { settings } = args
  if (settings.git?.storeBranch !== undefined || settings.trust?.commit !== undefined) return null
  if (args.families.some((f) => f.verifierVersion === undefined)) return null
  const policies = await policyFileDigests(settings)
  return sha256Hex(
    JSON.stringify({
      version: INDEX_VERSION,
      fingerprint: 'inputs',
      families: args.families.map((f) => [f.family.name, f.family.root, f.verifierVersion]),
      workspace: settings.workspace,
      head: args.head,
      pin: args.pin,
      policies,
      verify: settings.verify ?? null,
      now: settings.now
    })
  )
}

export function indexFingerprint(args: { settings: Settings; trust: RetentionTrust; inspectors: readonly PacketInspector[] }): string {
  const { settings, trust } = args
  return sha256Hex(
    JSON.stringify({
      version: INDEX_VERSION,
      families: args.inspectors.map((i) => [i.family.name, i.family.root, i.fingerprint]),
      trust_root: settings.trust?.root ?? null,
      keyring: trust.keyring.sha256,
      policy: [settings.policies['retention'], trust.policy.file, trust.policy.sha256],
      now: settings.now
    })
  )
}

export interface DeriveArgs {
  settings: Settings
  families: readonly FamilySpec[]
  /** a commit-ish or a UTC time; HEAD when absent */
  at?: string
  /** false: neither read nor write the index cache (--no-cache) */
  cache?: boolean
  /** only these windows (a shard of a CI matrix: shard.ts); a part of the index is never cached */
  inWindow?: (window: string) => boolean
  /** how the history is read, when the caller remembers it (the lineage build); the index is the same either way */
  scan?: ScanHistory
  /** revisions the caller judged before (the lineage build); the index is the same either way */
  memo?: RevisionMemo
}

export async function deriveIndex(args: DeriveArgs): Promise<RetentionIndex> {
  return (await deriveIndexAndPolicy(args)).index
}

/**
 * What the cache keeps for one index: its two files' texts exactly as written (a warm
 * `retention index` writes them without parsing or serializing 10,000 rows again), the
 * retention policy it was derived under (the queries read its refresh interval), and the
 * working-tree edits it saw.
 */
interface StoredIndex {
  policy: RetentionPolicy
  json: string
  csv: string | Uint8Array
}

interface StoredValue {
  policy: RetentionPolicy
  modified: [string, string[]][]
}

export interface DerivedIndex extends StoredIndex {
  index: RetentionIndex
}

export async function deriveIndexAndPolicy(args: DeriveArgs): Promise<DerivedIndex> {
  const facts = await repoFacts(args.settings.workspace)
  if (facts.shallow) throw shallowError()
  const repo = openRepository(facts.top)
  const head = facts.head
  if (head === null) throw new UserError({ code: 'REPO_INVALID', message: `${facts.top} has no commits yet; export a closure packet first` })
  const commit = await resolveAt(repo, head, args.at)
  // Every family's inspector would ask git for the top level and HEAD again; this run knows them.
  const settings = args.settings.git?.storeBranch === undefined ? withKnownRepo(args.settings, { top: facts.top, commit: head, head }) : args.settings
  const pin = await requirePin(settings, 'retention')
  // Holds are the index's own input; the trust root is what every judgment rests on, never evidence to expire or purge.
  const specs = args.families.filter((s) => isRetained(s.family) && s.family.name !== TRUST_FAMILY.name)
  // Working-tree edits make a row mutable (R5): read every run (one git status), never from the
  // cache; the entry is read meanwhile and used only if it saw the same edits.
  const modifiedRead = commit === head ? modifiedByFamily(repo, specs.map((s) => s.family)) : Promise.resolve(new Map<string, Set<string>>(specs.map((s) => [s.family.name, new Set<string>()])))
  const useCache = args.cache !== false && args.inWindow === undefined
  const warmRead = (async () => {
    const key = useCache ? await inputsFingerprint({ settings, head, pin, families: specs }) : null
    return { key, cached: key === null ? null : await readCached(facts.stateDir, commit, key) }
  })()
  const [modifiedOf, { key: warmKey, cached: warm }] = await Promise.all([modifiedRead, warmRead])
  const modified = modifiedList(modifiedOf)
  if (warm !== null && sameModified(warm.modified, modified)) return warm.index
  // a miss: only now load the verifiers, the keyring and the policy parser
  const [{ computeIndex, indexTexts }, { loadRetentionTrust }] = await Promise.all([import('./derive.js'), import('./trust.js')])
  const trust = await loadRetentionTrust(settings, { what: 'retention' })
  const inspectors = await Promise.all(specs.map((spec) => spec.inspector(settings)))
  const fingerprint = warmKey ?? indexFingerprint({ settings, trust, inspectors })
  if (useCache && warmKey === null) {
    const cached = await readCached(facts.stateDir, commit, fingerprint)
    if (cached !== null && sameModified(cached.modified, modified)) return cached.index
  }
  const index = await computeIndex({ repo, top: facts.top, settings, commit, trust, inspectors, modifiedOf, inWindow: args.inWindow, scan: args.scan, memo: args.memo })
  const texts = indexTexts(index)
  if (useCache) await writeResult(facts.stateDir, INDEX_CACHE_KIND, commit, fingerprint, { policy: trust.policy.data, modified } satisfies StoredValue, texts)
  return { policy: trust.policy.data, ...texts, index }
}

/** The edits an entry saw (as stored: untrusted shape) are exactly the edits now. */
function sameModified(stored: unknown, now: readonly [string, readonly string[]][]): boolean {
  return JSON.stringify(stored) === JSON.stringify(now)
}

async function readCached(stateDir: string, commit: string, fingerprint: string): Promise<{ index: DerivedIndex; modified: unknown } | null> {
  const stored = await readResultParts<Partial<StoredValue>>(stateDir, INDEX_CACHE_KIND, commit, fingerprint)
  if (stored === null) return null
  const { value, parts } = stored
  if (typeof value.policy !== 'object' || value.policy === null || parts['json'] === undefined || parts['csv'] === undefined) return null
  const json = parts['json'].toString('utf8')
  let index: RetentionIndex | undefined
  // parsed only by what reads rows (the queries, check): `retention index` writes the texts as they are
  const derived: DerivedIndex = {
    policy: value.policy,
    json,
    csv: parts['csv'],
    get index() {
      return (index ??= JSON.parse(json) as RetentionIndex)
    }
  }
  return { index: derived, modified: value.modified }
}

/** The working-tree changes under each family's root, from one `git status`. */
async function modifiedByFamily(repo: Repository, families: readonly PacketFamily[]): Promise<Map<string, Set<string>>> {
  const roots = [...new Set(families.map((f) => f.root))]
  const { modified } = await repo.worktreeChanges(roots)
  return new Map(families.map((f) => [f.name, new Set(modified.filter((p) => p.startsWith(`${f.root}/`)))]))
}

/** --at: a UTC time (the last commit at or before it) or a commit-ish. */
export async function resolveAt(repo: Repository, head: string, at: string | undefined): Promise<string> {
  if (at === undefined || at === '') return head
  if (/^\d{4}-\d{2}-\d{2}/.test(at)) {
    const t = parseUtc(at)
    if (!t.ok) throw new UserError({ code: 'USAGE', message: `--at ${at}: ${t.reason}` })
    const scan = await repo.scanHistory({ root: '.', until: head })
    const times = new Map(scan.events.map((e) => [e.commit, e.time]))
    const before = scan.commits.filter((c) => (times.get(c) ?? Infinity) * 1000 <= t.ms)
    const last = before[before.length - 1]
    if (!last) throw new UserError({ code: 'USAGE', message: `--at ${at}: no commit on HEAD is that old` })
    return last
  }
  const oid = await repo.tryResolveRef(at)
  if (oid === null) throw new UserError({ code: 'USAGE', message: `--at ${at}: not a commit or a UTC time` })
  return oid
}
