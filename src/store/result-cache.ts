import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { macKey } from './cache.js'

// A derived result (a retention index, a lineage graph set) computed from the store at one commit
// and remembered for the next run, so that asking again at the same tip costs a file read, and a
// builder that can extend its result can start from the newest one it made.
//
// Same threat model as the verify cache (cache.ts): the file lives in the verifier's own git
// directory (.git/release-evidence/results/), never in the tree, and carries an HMAC under the
// per-repository key, so nothing that arrives through the repository can write or forge it; a
// damaged, copied-in or hand-edited file reads as absent. A result is returned only for the exact
// tip and fingerprint it was stored under. The fingerprint is the caller's promise: it must name
// everything besides the tip that the result depends on (verifier version, pinned trust root,
// policy hashes, the evaluation instant, options), because a result reused under different inputs
// would be a stale answer. A caller that extends the newest result (`readNewestResult`) must check
// itself that its tip is an ancestor of the tip it verifies now.
//
// Layout: `<hmac hex>\n<header json>\n<value json>[<part bytes>...]`, the HMAC over everything
// after the first line. A result may carry named parts, texts kept byte for byte after the value
// (the header lists their lengths): a 10 MB text inside the JSON value would be escaped on write
// and unescaped by a parse of the whole file on every read, where a part is handed back as it lies.

const VERSION = 1
const KIND = /^[a-z][a-z0-9-]{0,63}$/

export interface StoredResult<T> {
  tip: string
  fingerprint: string
  value: T
  /** the named parts, when the result was written with any */
  parts?: Record<string, Buffer>
}

export interface StoredParts<T> {
  value: T
  parts: Record<string, Buffer>
}

interface Header {
  v?: unknown
  kind?: unknown
  tip?: unknown
  fingerprint?: unknown
  /** with parts: the value's byte length, then each part's name and byte length in file order */
  value_bytes?: unknown
  parts?: unknown
}

function fileOf(stateDir: string, kind: string): string {
  if (!KIND.test(kind)) throw new Error(`result cache kind ${JSON.stringify(kind)} is not a plain name`)
  return join(stateDir, 'results', `${kind}.cache`)
}

/**
 * The stored entry of a kind, authenticated: its header and the bytes after it. `want` rejects
 * an entry by its header before the HMAC is computed over what may be many megabytes; nothing
 * from the entry is returned unless its HMAC holds.
 */
async function readAuthentic(stateDir: string, kind: string, want?: { tip: string; fingerprint: string }): Promise<{ header: Header; rest: Buffer } | null> {
  const key = await macKey(stateDir, false)
  if (!key) return null
  const bytes = await readFile(fileOf(stateDir, kind))
  const nl = bytes.indexOf(0x0a)
  const nl2 = nl < 0 ? -1 : bytes.indexOf(0x0a, nl + 1)
  if (nl2 < 0) return null
  const header = JSON.parse(bytes.toString('utf8', nl + 1, nl2)) as Header
  if (header.v !== VERSION || header.kind !== kind || typeof header.tip !== 'string' || typeof header.fingerprint !== 'string') return null
  if (want !== undefined && (header.tip !== want.tip || header.fingerprint !== want.fingerprint)) return null
  const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex')
  const expected = createHmac('sha256', key).update(bytes.subarray(nl + 1)).digest()
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return { header, rest: bytes.subarray(nl2 + 1) }
}

/** The value and parts of an authenticated entry; null when its layout does not add up. */
function unpack<T>(header: Header, rest: Buffer): StoredParts<T> | { value: T; parts?: undefined } | null {
  const { value_bytes: valueBytes, parts: layout } = header
  if (layout === undefined) return { value: JSON.parse(rest.toString('utf8')) as T }
  if (typeof valueBytes !== 'number' || !Array.isArray(layout)) return null
  let at = valueBytes
  // no prototype: a part named __proto__ is a part like any other
  const parts = Object.create(null) as Record<string, Buffer>
  for (const p of layout as unknown[]) {
    if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'number') return null
    parts[p[0]] = rest.subarray(at, at + p[1])
    at += p[1]
  }
  if (at !== rest.length) return null
  return { value: JSON.parse(rest.toString('utf8', 0, valueBytes)) as T, parts }
}

/** The newest result stored for this kind, whatever its tip and fingerprint; null when absent or unauthentic. */
export async function readNewestResult<T>(stateDir: string, kind: string): Promise<StoredResult<T> | null> {
  try {
    const entry = await readAuthentic(stateDir, kind)
    const unpacked = entry === null ? null : unpack<T>(entry.header, entry.rest)
    if (entry === null || unpacked === null) return null
    return { tip: entry.header.tip as string, fingerprint: entry.header.fingerprint as string, ...unpacked }
  } catch {
    return null
  }
}

/** The result stored for exactly this tip and fingerprint, or null (and null for a result with parts). */
export async function readResult<T>(stateDir: string, kind: string, tip: string, fingerprint: string): Promise<T | null> {
  try {
    const entry = await readAuthentic(stateDir, kind, { tip, fingerprint })
    const unpacked = entry === null ? null : unpack<T>(entry.header, entry.rest)
    return unpacked === null || unpacked.parts !== undefined ? null : unpacked.value
  } catch {
    return null
  }
}

/** The result and its parts stored for exactly this tip and fingerprint (`writeResult` with parts), or null. */
export async function readResultParts<T>(stateDir: string, kind: string, tip: string, fingerprint: string): Promise<StoredParts<T> | null> {
  try {
    const entry = await readAuthentic(stateDir, kind, { tip, fingerprint })
    const unpacked = entry === null ? null : unpack<T>(entry.header, entry.rest)
    return unpacked === null || unpacked.parts === undefined ? null : unpacked
  } catch {
    return null
  }
}

/**
 * Stores one result per kind (replacing the previous one) atomically, with `parts` (named texts
 * kept byte for byte; read them back with `readResultParts`). A failure to cache never fails the
 * command, so it is reported as false, not thrown.
 */
export async function writeResult(stateDir: string, kind: string, tip: string, fingerprint: string, value: unknown, parts?: Record<string, string | Buffer>): Promise<boolean> {
  const file = fileOf(stateDir, kind)
  try {
    const key = await macKey(stateDir, true)
    if (!key) return false
    await mkdir(join(stateDir, 'results'), { recursive: true, mode: 0o700 })
    const valueBytes = Buffer.from(JSON.stringify(value), 'utf8')
    const partBytes = Object.entries(parts ?? {}).map(([name, text]) => [name, typeof text === 'string' ? Buffer.from(text, 'utf8') : text] as const)
    const layout = parts === undefined ? {} : { value_bytes: valueBytes.length, parts: partBytes.map(([name, b]) => [name, b.length]) }
    const header = Buffer.from(`${JSON.stringify({ v: VERSION, kind, tip, fingerprint, ...layout })}\n`, 'utf8')
    const body = [header, valueBytes, ...partBytes.map(([, b]) => b)]
    const mac = createHmac('sha256', key)
    for (const b of body) mac.update(b)
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, Buffer.concat([Buffer.from(`${mac.digest('hex')}\n`, 'latin1'), ...body]), { mode: 0o600 })
    await rename(tmp, file)
    return true
  } catch {
    return false
  }
}

// A result in named JSON parts, for a reader that needs a few of many (the lineage graph of 1,000
// windows, asked about one): the parts above, each a JSON text parsed only when asked for. The
// whole file is authenticated before anything is returned (hashing 15 MB costs a few tens of ms;
// parsing it all costs ten times that).

export interface PartedResult<M> {
  meta: M
  names: string[]
  /** the part's value, undefined when the result has no such part */
  part<T>(name: string): T | undefined
}

export function writePartedResult(stateDir: string, kind: string, tip: string, fingerprint: string, meta: unknown, parts: ReadonlyMap<string, unknown>): Promise<boolean> {
  const texts = Object.create(null) as Record<string, string>
  for (const [name, value] of parts) texts[name] = JSON.stringify(value)
  return writeResult(stateDir, kind, tip, fingerprint, meta, texts)
}

/** The parted result stored for exactly this tip and fingerprint, or null. */
export async function readPartedResult<M>(stateDir: string, kind: string, tip: string, fingerprint: string): Promise<PartedResult<M> | null> {
  const stored = await readResultParts<M>(stateDir, kind, tip, fingerprint)
  if (stored === null) return null
  const { value, parts } = stored
  return {
    meta: value,
    names: Object.keys(parts),
    part<T>(name: string): T | undefined {
      const bytes = Object.hasOwn(parts, name) ? parts[name] : undefined
      return bytes === undefined ? undefined : (JSON.parse(bytes.toString('utf8')) as T)
    }
  }
}
