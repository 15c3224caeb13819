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

const VERSION = 1
const KIND = /^[a-z][a-z0-9-]{0,63}$/

export interface StoredResult<T> {
  tip: string
  fingerprint: string
  value: T
}

function fileOf(stateDir: string, kind: string): string {
  if (!KIND.test(kind)) throw new Error(`result cache kind ${JSON.stringify(kind)} is not a plain name`)
  return join(stateDir, 'results', `${kind}.cache`)
}

/** The newest result stored for this kind, whatever its tip and fingerprint; null when absent or unauthentic. */
export async function readNewestResult<T>(stateDir: string, kind: string): Promise<StoredResult<T> | null> {
  try {
    const body = await authenticBody(stateDir, kind)
    if (body === null) return null
    const nl = body.indexOf(0x0a)
    if (nl < 0) return null
    const header = JSON.parse(body.toString('utf8', 0, nl)) as { v?: unknown; kind?: unknown; tip?: unknown; fingerprint?: unknown }
    if (header.v !== VERSION || header.kind !== kind || typeof header.tip !== 'string' || typeof header.fingerprint !== 'string') return null
    return { tip: header.tip, fingerprint: header.fingerprint, value: JSON.parse(body.toString('utf8', nl + 1)) as T }
  } catch {
    return null
  }
}

/** The result stored for exactly this tip and fingerprint, or null. */
export async function readResult<T>(stateDir: string, kind: string, tip: string, fingerprint: string): Promise<T | null> {
  const stored = await readNewestResult<T>(stateDir, kind)
  return stored !== null && stored.tip === tip && stored.fingerprint === fingerprint ? stored.value : null
}

/**
 * Stores one result per kind (replacing the previous one) atomically. A failure to cache never
 * fails the command, so it is reported as false, not thrown.
 */
export async function writeResult(stateDir: string, kind: string, tip: string, fingerprint: string, value: unknown): Promise<boolean> {
  return writeRaw(stateDir, kind, Buffer.from(`${JSON.stringify({ v: VERSION, kind, tip, fingerprint })}\n${JSON.stringify(value)}`, 'utf8'))
}

// A result in named parts, for a reader that needs a few of many (the lineage graph of 1,000
// windows, asked about one). Same file, key, HMAC and header as above; the header also lists each
// part's place in the body, and the body is the parts' JSON texts one after another. The whole
// file is authenticated before anything is returned (hashing 15 MB costs a few tens of ms; parsing
// it all costs ten times that), and a part is parsed only when asked for.

export interface PartedResult<M> {
  meta: M
  names: string[]
  /** the part's value, undefined when the result has no such part */
  part<T>(name: string): T | undefined
}

export async function writePartedResult(stateDir: string, kind: string, tip: string, fingerprint: string, meta: unknown, parts: ReadonlyMap<string, unknown>): Promise<boolean> {
  const texts: Buffer[] = []
  const table: [string, number, number][] = []
  let at = 0
  for (const [name, value] of parts) {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8')
    table.push([name, at, bytes.length])
    texts.push(bytes)
    at += bytes.length
  }
  return writeRaw(stateDir, kind, Buffer.concat([Buffer.from(`${JSON.stringify({ v: VERSION, kind, tip, fingerprint, meta, parts: table })}\n`, 'utf8'), ...texts]))
}

/** The parted result stored for exactly this tip and fingerprint, or null. */
export async function readPartedResult<M>(stateDir: string, kind: string, tip: string, fingerprint: string): Promise<PartedResult<M> | null> {
  try {
    const body = await authenticBody(stateDir, kind)
    if (body === null) return null
    const nl = body.indexOf(0x0a)
    if (nl < 0) return null
    const header = JSON.parse(body.toString('utf8', 0, nl)) as { v?: unknown; kind?: unknown; tip?: unknown; fingerprint?: unknown; meta?: unknown; parts?: unknown }
    if (header.v !== VERSION || header.kind !== kind || header.tip !== tip || header.fingerprint !== fingerprint || !Array.isArray(header.parts)) return null
    const table = new Map<string, [number, number]>()
    for (const p of header.parts as unknown[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'string' || !Number.isSafeInteger(p[1]) || !Number.isSafeInteger(p[2])) return null
      table.set(p[0], [nl + 1 + (p[1] as number), p[2] as number])
    }
    return {
      meta: header.meta as M,
      names: [...table.keys()],
      part<T>(name: string): T | undefined {
        const at = table.get(name)
        return at === undefined ? undefined : (JSON.parse(body.toString('utf8', at[0], at[0] + at[1])) as T)
      }
    }
  } catch {
    return null
  }
}

/** The bytes after the MAC line when the MAC is right, else null. */
async function authenticBody(stateDir: string, kind: string): Promise<Buffer | null> {
  const key = await macKey(stateDir, false)
  if (!key) return null
  const bytes = await readFile(fileOf(stateDir, kind))
  const nl = bytes.indexOf(0x0a)
  if (nl < 0) return null
  const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex')
  const body = bytes.subarray(nl + 1)
  const expected = createHmac('sha256', key).update(body).digest()
  return given.length === expected.length && timingSafeEqual(given, expected) ? body : null
}

async function writeRaw(stateDir: string, kind: string, body: Buffer): Promise<boolean> {
  const file = fileOf(stateDir, kind)
  try {
    const key = await macKey(stateDir, true)
    if (!key) return false
    await mkdir(join(stateDir, 'results'), { recursive: true, mode: 0o700 })
    const mac = createHmac('sha256', key).update(body).digest('hex')
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, Buffer.concat([Buffer.from(`${mac}\n`, 'latin1'), body]), { mode: 0o600 })
    await rename(tmp, file)
    return true
  } catch {
    return false
  }
}
