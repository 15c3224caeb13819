import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Defect } from '../findings/defect.js'
import type { ContentResult, RevisionReport, WindowReport } from './check.js'
import type { RevisionFacts } from './inspect.js'
import type { PathState } from './state.js'

// The verify cache makes re-verification proportional to what is new. It holds, per group (one
// top-level folder under the store root, i.e. one window; see check.ts groupOf), the tree id the
// group had at the cached tip, the group's check result, and what re-checking it needs (history
// state of its paths, packet verdicts), the latter in a file of its own named by its sha256. After
// one more commit, verify scans the log of that commit only, re-checks only the groups that commit
// touched or whose tree differs (reading their inputs files only), and takes every other group's
// result from the main file.
//
// Threat model. The cache lives in the verifier's own git directory
// (.git/release-evidence/, never committed, never pushed), so nothing that arrives through the
// repository (a commit, a branch, a pull request) can write it. What it defends against:
//   - content changes: a group's result is reused only while the group's tree id at HEAD equals
//     the one it was computed for and no commit after the cached tip touched the group; a packet
//     verdict is keyed by the blob ids of the packet and its envelope. Tree and blob ids are
//     content hashes, so changed bytes anywhere in a window are a cache miss, never a stale pass.
//     Results and verdicts are used only under the verifier fingerprint they were made with
//     (keyring hash, closure policy hash, verifier version), so a changed keyring is a miss too;
//   - history changes: the cache is used only when the commit it was computed at is an ancestor
//     of HEAD (`git merge-base --is-ancestor`). A rewritten or reset branch starts from scratch;
//     every commit after the cached tip is scanned, and a group any of them touched is re-checked,
//     so a rewrite after the tip is found like any other, even one that a later commit reverted;
//   - a corrupted, truncated, hand-edited or copied-in cache file: the main file carries an
//     HMAC-SHA256 under a random per-repository key (.git/release-evidence/cache.key, mode 0600)
//     and names each group's inputs file by the sha256 of its content, which is checked on read;
//     anything that fails the MAC or its hash, or does not parse, is ignored and rebuilt;
//   - time: nothing signed after the verification instant is kept, and a group or verdict whose
//     latest signing instant lies after the verification instant is re-checked.
// Out of scope: an attacker who can write the verifier's .git directory can also rewrite its
// objects, hooks and config; for that reader, and for any outside audit, run `verify --no-cache`
// on a fresh clone (CI checkouts start without a cache, so CI always verifies in full).

const VERSION = 7

export interface CacheHeader {
  family: string
  root: string
  /** the inspector fingerprint (keyring, policy, verifier version) everything was made under */
  fingerprint: string
  /** commits scanned so far (the order offset for the next scan) */
  commits: number
}

/** What re-checking a group needs: the history of its paths and the verdicts of its packets. */
export interface GroupInputs {
  state: PathState
  /** packet verdicts by factsKey */
  facts: Record<string, RevisionFacts>
}

export interface GroupEntry {
  name: string
  /** tree id of {root}/{name} at the tip, '' when there was none, '!' when the result must not be reused */
  tree: string
  /** latest signing instant in the group (epoch ms, 0 when none): reused only at or after it */
  signedMax: number
  /** sha256 of the group's inputs file */
  inputsHash: string
  /** parsed on demand: most runs read the result of most groups and the inputs of very few */
  result(): ContentResult
  /** null when the inputs file is missing or is not the one this entry names */
  inputs(): GroupInputs | null
  /** the serialized entry (UTF-8, no newline), written back as is while the group is unchanged */
  line: Buffer
}

export interface CacheContent extends CacheHeader {
  /** HEAD the groups were computed at */
  tip: string
  groups: Map<string, GroupEntry>
}

// On disk: one line per group in the main file, `name TAB tree TAB signedMax TAB inputsHash TAB
// result`, where result is JSON (which never contains a raw TAB or LF); the inputs are JSON in
// `verify-<family>.inputs/<inputsHash>.json`. Rows are positional because a store of 10,000
// revisions is 30,000 paths and the warm path must read it in a few tens of ms.
type RevisionRow = [revision: string, packetId: string | null, digest: string | null, supersedes: string | null, signerId: string | null, signedAt: string | null, packet: string | null, signature: string | null, log: string | null, publishedIn: string | null, publishedAt: string | null, ok: 0 | 1]
type WindowRow = [windowId: string, series: string, latest: string | null, ok: 0 | 1, revisions: RevisionRow[]]
type ResultBody = [windows: WindowRow[], defects: Defect[]]
type PathRow = [path: string, blob: string, commit: string, time: number, order: number, rewrites?: PathState[string]['rewrites']]
type FactsRow = [key: string, packetId: string | null, digest: string | null, supersedes: string | null, windowId: string | null, revision: number | null, signerId: string | null, keyId: string | null, signedAt: string | null, demo: 0 | 1, findings?: RevisionFacts['findings']]
type InputsBody = [paths: PathRow[], facts: FactsRow[]]

/** A group to write: its main-file line, and its inputs file when it is new. */
export interface SerializedGroup {
  line: Buffer | string
  inputsHash: string
  inputsBytes?: Buffer
}

export function serializeGroup(root: string, name: string, tree: string, signedMax: number, result: ContentResult, inputs: GroupInputs): SerializedGroup {
  const windows = result.windows.map((w): WindowRow => {
    const dir = `${root}/${w.release_window_id}/`
    return [w.release_window_id, w.series, w.latest, w.ok ? 1 : 0, w.revisions.map((r) => revisionRow(r, dir))]
  })
  const paths = Object.entries(inputs.state).map(([path, h]): PathRow => {
    const row: PathRow = [path, h.blob, h.origin.commit, h.origin.time, h.origin.order]
    if (h.rewrites.length > 0) row.push(h.rewrites)
    return row
  })
  const facts = Object.entries(inputs.facts).map(([k, f]): FactsRow => {
    const row: FactsRow = [k, f.packetId, f.digest, f.supersedes, f.windowId, f.revision, f.signerId, f.keyId, f.signedAt, f.demo === true ? 1 : 0]
    if (f.findings.length > 0) row.push(f.findings)
    return row
  })
  const inputsBytes = Buffer.from(JSON.stringify([paths, facts] satisfies InputsBody), 'utf8')
  const inputsHash = createHash('sha256').update(inputsBytes).digest('hex')
  return { line: `${name}\t${tree}\t${signedMax}\t${inputsHash}\t${JSON.stringify([windows, result.defects] satisfies ResultBody)}`, inputsHash, inputsBytes }
}

// A revision's files are stored by name inside the window's folder (where they always are);
// anything else keeps its full path behind a leading '/', which no git path has.
const fileName = (dir: string, path: string | null) => (path === null ? null : path.startsWith(dir) ? path.slice(dir.length) : `/${path}`)
const filePath = (dir: string, name: string | null) => (name === null ? null : name.startsWith('/') ? name.slice(1) : `${dir}${name}`)

function revisionRow(r: RevisionReport, dir: string): RevisionRow {
  const { packet, signature, log } = r.files
  return [r.revision, r.packet_id, r.digest, r.supersedes, r.signer_id, r.signed_at_utc, fileName(dir, packet), fileName(dir, signature), fileName(dir, log), r.published_in, r.published_at_utc, r.ok ? 1 : 0]
}

// Lines stay bytes until a field is needed (a TAB byte never occurs inside a UTF-8 sequence), so
// unchanged groups are neither decoded in full nor re-encoded when the file is written again.
const TAB = 0x09

function parseGroupLine(root: string, inputsDir: string, line: Buffer): GroupEntry | null {
  const t1 = line.indexOf(TAB)
  const t2 = line.indexOf(TAB, t1 + 1)
  const t3 = line.indexOf(TAB, t2 + 1)
  const t4 = line.indexOf(TAB, t3 + 1)
  if (t1 < 0 || t2 < 0 || t3 < 0 || t4 < 0) return null
  const signedMax = Number(line.toString('latin1', t2 + 1, t3))
  if (!Number.isFinite(signedMax)) return null
  const inputsHash = line.toString('latin1', t3 + 1, t4)
  if (!/^[0-9a-f]{64}$/.test(inputsHash)) return null
  return {
    name: line.toString('utf8', 0, t1),
    tree: line.toString('latin1', t1 + 1, t2),
    signedMax,
    line,
    inputsHash,
    result: () => {
      const [windows, defects] = JSON.parse(line.toString('utf8', t4 + 1)) as ResultBody
      return { windows: windows.map((w) => windowReport(root, w)), defects }
    },
    inputs: () => {
      let bytes: Buffer
      try {
        bytes = readFileSync(join(inputsDir, `${inputsHash}.json`))
      } catch {
        return null
      }
      if (createHash('sha256').update(bytes).digest('hex') !== inputsHash) return null
      const [paths, facts] = JSON.parse(bytes.toString('utf8')) as InputsBody
      const state: PathState = {}
      const none: PathState[string]['rewrites'] = []
      for (const [path, blob, commit, time, order, rewrites] of paths) state[path] = { blob, origin: { commit, time, order }, rewrites: rewrites ?? none }
      const out: Record<string, RevisionFacts> = {}
      const clean: RevisionFacts['findings'] = []
      for (const [k, packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo, findings] of facts) {
        out[k] = { packetId, digest, supersedes, windowId, revision, signerId, keyId, signedAt, demo: demo === 1, findings: findings ?? clean }
      }
      return { state, facts: out }
    }
  }
}

function windowReport(root: string, [release_window_id, series, latest, ok, rows]: WindowRow): WindowReport {
  const dir = `${root}/${release_window_id}/`
  const revisions = rows.map(
    ([revision, packet_id, digest, supersedes, signer_id, signed_at_utc, packet, signature, log, published_in, published_at_utc, rok]): RevisionReport => ({
      revision,
      packet_id,
      digest,
      supersedes,
      signer_id,
      signed_at_utc,
      files: { packet: filePath(dir, packet), signature: filePath(dir, signature), log: filePath(dir, log) },
      published_in,
      published_at_utc,
      ok: rok === 1
    })
  )
  return { release_window_id, series, revisions, latest, ok: ok === 1 }
}

/** Verdicts are keyed by content: the blob ids of the packet and its envelope. */
export function factsKey(packetOid: string, signatureOid: string | undefined): string {
  return `${packetOid}:${signatureOid ?? '-'}`
}

/** The per-repository MAC key of .git/release-evidence/ (created when asked), null when absent or damaged. */
export async function macKey(dir: string, create: boolean): Promise<Buffer | null> {
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
    // Read and authenticated as bytes: decoding 10 MB through a stream decoder, or hashing it as
    // a JS string, costs more than everything else a warm verify does.
    const bytes = readFileSync(join(dir, `verify-${family}.cache`))
    const nl = bytes.indexOf(0x0a)
    if (nl < 0) return null
    const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex')
    const expected = createHmac('sha256', key).update(bytes.subarray(nl + 1)).digest()
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
    const nl2 = bytes.indexOf(0x0a, nl + 1)
    const nl3 = bytes.indexOf(0x0a, nl2 + 1)
    if (nl2 < 0 || nl3 < 0) return null
    const tip = bytes.toString('latin1', nl + 1, nl2)
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(tip)) return null
    return {
      tip,
      parse: () => {
        try {
          const header = JSON.parse(bytes.toString('utf8', nl2 + 1, nl3)) as CacheHeader & { v: number }
          if (header.v !== VERSION || header.family !== family || header.root !== root) return null
          const groups = new Map<string, GroupEntry>()
          for (let start = nl3 + 1; start < bytes.length; ) {
            let end = bytes.indexOf(0x0a, start)
            if (end < 0) end = bytes.length
            if (end > start) {
              const g = parseGroupLine(root, inputsDir(dir, family), bytes.subarray(start, end))
              if (!g) return null
              groups.set(g.name, g)
            }
            start = end + 1
          }
          return { family, root, fingerprint: header.fingerprint, commits: header.commits, tip, groups }
        } catch {
          return null
        }
      }
    }
  } catch {
    return null
  }
}

function inputsDir(dir: string, family: string): string {
  return join(dir, `verify-${family}.inputs`)
}

/**
 * Writes the new inputs files, then the main file atomically (temp file + rename), then removes
 * inputs files nothing names any more. A failure to cache never fails verification.
 */
export async function saveCache(dir: string, content: { tip: string; header: CacheHeader; groups: readonly SerializedGroup[] }): Promise<boolean> {
  try {
    const key = await macKey(dir, true)
    if (!key) return false
    const { family, root, fingerprint, commits } = content.header
    const inputs = inputsDir(dir, family)
    await mkdir(inputs, { recursive: true, mode: 0o700 })
    const fresh = content.groups.filter((g) => g.inputsBytes !== undefined)
    for (let i = 0; i < fresh.length; i += 64) {
      await Promise.all(fresh.slice(i, i + 64).map((g) => writeFile(join(inputs, `${g.inputsHash}.json`), g.inputsBytes!, { mode: 0o600 })))
    }
    const newline = Buffer.from('\n')
    const chunks: Buffer[] = [Buffer.from(`${content.tip}\n${JSON.stringify({ v: VERSION, family, root, fingerprint, commits })}\n`, 'utf8')]
    for (const g of content.groups) chunks.push(typeof g.line === 'string' ? Buffer.from(g.line, 'utf8') : g.line, newline)
    const hmac = createHmac('sha256', key)
    for (const c of chunks) hmac.update(c)
    const file = join(dir, `verify-${family}.cache`)
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, Buffer.concat([Buffer.from(`${hmac.digest('hex')}\n`, 'latin1'), ...chunks]), { mode: 0o600 })
    await rename(tmp, file)
    const named = new Set(content.groups.map((g) => `${g.inputsHash}.json`))
    await Promise.all(readdirSync(inputs).filter((f) => !named.has(f)).map((f) => unlink(join(inputs, f)).catch(() => undefined)))
    return true
  } catch {
    return false
  }
}
