import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RevisionFacts } from './inspect.js'
import type { PathState } from './state.js'

// The verify cache makes re-verification proportional to what is new: after one more commit,
// verify reads the log of that commit only and inspects only blobs it has not seen.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a packet verdict is keyed by the blob ids of the packet and its envelope
//     plus the verifier fingerprint (keyring hash, schema, verifier version). Blob ids are content
//     hashes, so changed bytes or a changed keyring are a cache miss, never a stale pass;
//   - history changes: the cached history state is reused only when the commit it was computed
//     at is an ancestor of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch
//     starts from scratch; every commit after the cached tip is scanned, so a rewrite after the
//     tip is found like any other;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the file carries an HMAC-SHA256
//     under a random per-repository key (.git/release-evidence/cache.key, mode 0600); anything
//     that fails the MAC, or does not parse, is ignored and rebuilt;
//   - time: a cached verdict stores the signing instant and is re-inspected when it lies after
//     the verification instant.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).

const VERSION = 2

export interface CacheContent {
  family: string
  root: string
  /** HEAD the state was computed at */
  tip: string
  /** commits scanned so far (the order offset for the next scan) */
  commits: number
  state: PathState
  /** packet verdicts by factsKey */
  facts: Record<string, RevisionFacts>
}

// On disk the state is compact (commit table, positional rows) because a store of 10,000
// revisions holds 30,000 paths and re-verification must parse it in well under a second.
type OriginRow = [commit: string, time: number, order: number]
type PathRow = [path: string, blob: string, origin: number]
type FactsRow = [key: string, packetId: string | null, digest: string | null, supersedes: string | null, windowId: string | null, revision: number | null, signerId: string | null, keyId: string | null, signedAt: string | null, findings?: RevisionFacts['findings']]

interface DiskBody {
  v: number
  family: string
  root: string
  commits: number
  origins: OriginRow[]
  paths: PathRow[]
  rewrites: Record<string, PathState[string]['rewrites']>
  facts: FactsRow[]
}

function toDisk(c: CacheContent): DiskBody {
  const originIndex = new Map<string, number>()
  const origins: OriginRow[] = []
  const paths: PathRow[] = []
  const rewrites: DiskBody['rewrites'] = {}
  for (const [path, h] of Object.entries(c.state)) {
    let i = originIndex.get(h.origin.commit)
    if (i === undefined) {
      i = origins.push([h.origin.commit, h.origin.time, h.origin.order]) - 1
      originIndex.set(h.origin.commit, i)
    }
    paths.push([path, h.blob, i])
    if (h.rewrites.length > 0) rewrites[path] = h.rewrites
  }
  const facts = Object.entries(c.facts).map(([k, f]): FactsRow => {
    const row: FactsRow = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt]
    if (f.findings.length > 0) row.push(f.findings)
    return row
  })
  return { v: VERSION, family: c.family, root: c.root, commits: c.commits, origins, paths, rewrites, facts }
}

function fromDisk(tip: string, d: DiskBody): CacheContent {
  const state: PathState = {}
  const origins = d.origins.map(([commit, time, order]) => ({ commit, time, order }))
  const none: PathState[string]['rewrites'] = []
  for (const [path, blob, i] of d.paths) state[path] = { blob, origin: origins[i]!, rewrites: d.rewrites[path] ?? none }
  const facts: Record<string, RevisionFacts> = {}
  const clean: RevisionFacts['findings'] = []
  for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, findings] of d.facts) {
    facts[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, findings: findings ?? clean }
  }
  return { family: d.family, root: d.root, tip, commits: d.commits, state, facts }
}

export function factsKey(fingerprint: string, packetOid: string, signatureOid: string | undefined): string {
  return createHash('sha256').update(`${fingerprint}\0${packetOid}\0${signatureOid ?? '-'}`).digest('hex')
}

async function macKey(dir: string, create: boolean): Promise<Buffer | null> {
  const file = join(dir, 'cache.key')
  try {
    const key = await readFile(file)
    return key.length === 32 ? key : null
  } catch {
    if (!create) return null
    await mkdir(dir, { recursive: true, mode: 0o700 })
    try {
      await writeFile(file, randomBytes(32), { mode: 0o600, flag: 'wx' })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const key = await readFile(file)
    return key.length === 32 ? key : null
  }
}

function mac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex')
}

/**
 * An authenticated cache file, opened in two steps: the tip is available (and authenticated)
 * before the body is parsed, so the caller can start the git scan from it in parallel.
 */
export interface OpenedCache {
  tip: string
  parse(): CacheContent | null
}

/** The cache, or null when absent, unauthentic, unreadable or for another family/root. */
export async function openCache(dir: string, family: string, root: string): Promise<OpenedCache | null> {
  try {
    const key = await macKey(dir, false)
    if (!key) return null
    const text = await readFile(join(dir, `verify-${family}.cache`), 'utf8')
    const nl = text.indexOf('\n')
    const tag = text.slice(0, nl)
    const rest = text.slice(nl + 1)
    const expected = Buffer.from(mac(key, rest), 'hex')
    const given = Buffer.from(tag, 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    const nl2 = rest.indexOf('\n')
    const tip = rest.slice(0, nl2)
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip)) return null
    return {
      tip,
      parse: () => {
        try {
          const body = JSON.parse(rest.slice(nl2 + 1)) as DiskBody
          if (body.v !== VERSION || body.family !== family || body.root !== root) return null
          return fromDisk(tip, body)
        } catch {
          return null
        }
      }
    }
  } catch {
    return null
  }
}

/** Writes atomically (temp file + rename); a failure to cache never fails verification. */
export async function saveCache(dir: string, content: CacheContent): Promise<boolean> {
  try {
    const key = await macKey(dir, true)
    if (!key) return false
    const rest = `${content.tip}\n${JSON.stringify(toDisk(content))}`
    const file = join(dir, `verify-${content.family}.cache`)
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, `${mac(key, rest)}\n${rest}`, { mode: 0o600 })
    await rename(tmp, file)
    return true
  } catch {
    return false
  }
}
