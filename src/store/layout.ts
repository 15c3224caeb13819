import { MAX_ID_LENGTH, isWindowsDeviceName, normalizeId } from '../util/ids.js'
import { ARTIFACT_KINDS, formatRevision, parseRevision, type ArtifactKind, type PacketFamily } from './family.js'

// Where each file of a revision lives, and the inverse: what a path found in history means. Ids
// are normalized and validated (src/util/ids.ts) before they are joined into a path, so `../x`,
// absolute paths, control characters and over-long ids never reach the file system or a tree.

export interface SeriesRef {
  /** normalized release_window_id */
  window: string
  /** normalized series key (keyed families only, e.g. the exception cluster of lesson 120) */
  key?: string
}

export interface RevisionRef extends SeriesRef {
  revision: number
}

export type RevisionPaths = Record<ArtifactKind, string>

/** Normalizes user-supplied ids for a series; throws UserError ID_INVALID (exit 2) on bad ids. */
export function seriesFor(family: PacketFamily, rawWindow: string, rawKey?: string): SeriesRef {
  const window = normalizeId(rawWindow, 'release_window_id')
  if (!family.keyed) return { window }
  if (rawKey === undefined) throw new TypeError(`family ${family.name} needs a series key`)
  return { window, key: normalizeId(rawKey, 'series key') }
}

const CANONICAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * True when `id` is already in normalized form (what a path segment written by us looks like):
 * exactly the fixed points of normalizeId, checked without normalizing (this runs per stored path).
 */
export function isCanonicalId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && CANONICAL_ID.test(id) && !((id.length === 3 || id.length === 4) && isWindowsDeviceName(id))
}

function assertCanonical(ref: SeriesRef): void {
  // Internal guard: callers normalize first (seriesFor); a raw id here is a programming error.
  if (!isCanonicalId(ref.window) || (ref.key !== undefined && !isCanonicalId(ref.key))) {
    throw new Error(`store: non-normalized id in path (${JSON.stringify(ref)})`)
  }
}

export function windowDir(family: PacketFamily, window: string): string {
  assertCanonical({ window })
  return `${family.root}/${window}`
}

export function artifactPath(family: PacketFamily, ref: RevisionRef, kind: ArtifactKind): string {
  assertCanonical(ref)
  const name = family.names[kind].replaceAll('{rev}', formatRevision(ref.revision)).replaceAll('{key}', ref.key ?? '')
  return `${family.root}/${ref.window}/${name}`
}

export function revisionPaths(family: PacketFamily, ref: RevisionRef): RevisionPaths {
  return {
    packet: artifactPath(family, ref, 'packet'),
    signature: artifactPath(family, ref, 'signature'),
    log: artifactPath(family, ref, 'log')
  }
}

const SIG_SUFFIX = '.sig'
const TOKEN_SUFFIX = '.tsr'

/** Where the timestamp token of a signature lives: `packet-r001.sig` -> `packet-r001.tsr`. */
export function timestampPath(signaturePath: string): string {
  return signaturePath.endsWith(SIG_SUFFIX) ? `${signaturePath.slice(0, -SIG_SUFFIX.length)}${TOKEN_SUFFIX}` : `${signaturePath}${TOKEN_SUFFIX}`
}

export type ParsedPath =
  | { type: 'artifact'; kind: ArtifactKind; ref: RevisionRef }
  | { type: 'allowed' }
  /** the RFC 3161 timestamp token beside a revision's signature (.sig -> .tsr): write-once, judged by verify's trust pass */
  | { type: 'timestamp'; ref: RevisionRef; window: string }
  | { type: 'unknown'; window?: string }

const ID = '([a-z0-9][a-z0-9-]*)'
const matchers = new WeakMap<PacketFamily, { kind: ArtifactKind; re: RegExp }[]>()

function matchersFor(family: PacketFamily): { kind: ArtifactKind; re: RegExp }[] {
  let list = matchers.get(family)
  if (!list) {
    list = ARTIFACT_KINDS.map((kind) => {
      const escaped = family.names[kind].replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      const body = escaped.replace('{key}', ID).replace('{rev}', '(r\\d{3,})')
      return { kind, re: new RegExp(`^${body}$`) }
    })
    matchers.set(family, list)
  }
  return list
}

const parsedPaths = new WeakMap<PacketFamily, Map<string, ParsedPath>>()

/** Classifies a repo-relative path under the family root (paths outside the root: 'unknown'). */
export function parseStorePath(family: PacketFamily, path: string): ParsedPath {
  // verify classifies every stored path more than once per run (30,000 paths for 10,000 revisions)
  let memo = parsedPaths.get(family)
  if (!memo) parsedPaths.set(family, (memo = new Map<string, ParsedPath>()))
  let parsed = memo.get(path)
  if (!parsed) {
    if (memo.size > 200_000) memo.clear()
    memo.set(path, (parsed = classify(family, path)))
  }
  return parsed
}

function classify(family: PacketFamily, path: string): ParsedPath {
  const prefix = `${family.root}/`
  if (!path.startsWith(prefix)) return { type: 'unknown' }
  const rest = path.slice(prefix.length)
  if (family.allowed.includes(rest)) return { type: 'allowed' }
  const slash = rest.indexOf('/')
  if (slash <= 0) return { type: 'unknown' }
  const window = rest.slice(0, slash)
  if (!isCanonicalId(window)) return { type: 'unknown' }
  const name = rest.slice(slash + 1)
  // the window's derived page: allowed by the layout, checked against its rendering by verify (view-check.ts)
  if (family.allowed.includes(name) || name === family.view?.file) return { type: 'allowed' }
  for (const { kind, re } of matchersFor(family)) {
    const m = re.exec(name)
    if (!m) continue
    const key = family.keyed ? m[1] : undefined
    const revision = parseRevision(family.keyed ? m[2] : m[1])
    if (revision === null || (key !== undefined && !isCanonicalId(key))) continue
    return { type: 'artifact', kind, ref: key === undefined ? { window, revision } : { window, key, revision } }
  }
  if (name.endsWith(TOKEN_SUFFIX)) {
    const sig = classify(family, `${prefix}${window}/${name.slice(0, -TOKEN_SUFFIX.length)}${SIG_SUFFIX}`)
    if (sig.type === 'artifact' && sig.kind === 'signature') return { type: 'timestamp', ref: sig.ref, window }
  }
  return { type: 'unknown', window }
}

/**
 * The family a path belongs to, as an index into `families` (-1: under no family's root).
 * Several families may share one root when their names are disjoint (lesson 120 keeps packets,
 * approvals, outcome reviews and divergence records side by side under `strategy-approval/{window}/`):
 * of the families with the longest matching root, the one whose layout names the path owns it;
 * a path none of them names belongs to the first of them, which reports it as unexpected. So every
 * path is checked by exactly one family and reported at most once.
 */
export function ownerOf(families: readonly PacketFamily[], path: string): number {
  // Called for every path of a store (its listing and its whole history): no string is built, and
  // a root only one family has needs no parse, since the answer is that family either way.
  let best = -1
  let bestLength = -1
  let shared = false
  for (let i = 0; i < families.length; i++) {
    const r = families[i].root
    if (path.length <= r.length || path.charCodeAt(r.length) !== 0x2f || !path.startsWith(r)) continue
    if (r.length > bestLength) {
      best = i
      bestLength = r.length
      shared = false
    } else if (r.length === bestLength) shared = true
  }
  if (best < 0) return -1
  if (!shared) return best
  const root = families[best].root
  for (const [i, f] of families.entries()) {
    if (f.root === root && parseStorePath(f, path).type === 'artifact') return i
  }
  return best
}

/** Stable identity of a series, for maps: `window` or `window/key`. */
export function seriesId(ref: SeriesRef): string {
  return ref.key === undefined ? ref.window : `${ref.window}/${ref.key}`
}
