import { openRepository } from '../git/index.js'
import { parseEnvelope } from '../signing/dsse.js'
import { payloadTypeFor } from '../signing/document.js'
import { verifySignatureSet, type SignatureSetResult } from '../signing/signature-set.js'
import type { Finding } from '../store/inspect.js'
import { parseStorePath } from '../store/layout.js'
import { canonicalBytes, sha256Hex } from '../util/hash.js'
import { printable } from '../util/ids.js'
import { formatRevision } from '../util/revision.js'
import { formatUtc, parseUtc } from '../util/time.js'
import { checkRootDoc, rootKeyring, rootPaths, type TrustRootDoc } from './document.js'
import { TRUST_FAMILY, TRUST_KIND } from './family.js'

// Walking the trust root from the pinned revision 1, as TUF walks root metadata: revision N+1 is
// trusted only if revision N is, its version is exactly N+1, it names N's payload sha256, and it
// is signed by a threshold of N's root keys AND a threshold of its own (counted by distinct keys:
// verifySignatureSet, never by the envelope's keyid hints). The first revision that fails stops
// the walk: it and everything after it are reported, and the last trusted revision is in force.
// The files are read from git at the verified commit, never from the working tree.

export interface RevisionFiles {
  json?: Buffer
  sig?: Buffer
}

export interface ChainRevision {
  revision: number
  paths: { packet: string; signature: string; log: string }
  /** sha256 of the canonical payload, null when the envelope is unreadable */
  sha256: string | null
  doc: TrustRootDoc | null
  trusted: boolean
  findings: Finding[]
  /** the root keys (names) counted toward the thresholds */
  counted: string[]
  /** latest signed_at_utc among the counted signatures */
  signedAt: string | null
  /** the commit that first added the revision's .json, and its commit time (readChain only) */
  publishedIn?: string
  publishedAt?: number
}

export interface Chain {
  pin: string | null
  /** the commit read, null for an unborn branch */
  commit: string | null
  revisions: ChainRevision[]
  /** the last trusted revision */
  inForce: ChainRevision | null
  /** pinned, and revision 1 is missing or is not the pinned one */
  rootProblem: { code: 'TRUST_ROOT_MISSING' | 'TRUST_ROOT_PIN_MISMATCH'; detail: string } | null
}

const PAYLOAD_TYPE = payloadTypeFor(TRUST_KIND)

/** The pure walk over revision files (by revision number), from an optional pin, at instant `now`. */
export function walkChain(files: ReadonlyMap<number, RevisionFiles>, pin: string | null, now: number): Chain {
  const numbers = [...files.keys()].sort((a, b) => a - b)
  const revisions: ChainRevision[] = []
  let rootProblem: Chain['rootProblem'] = null
  if (pin !== null && !files.get(1)?.json) {
    rootProblem = { code: 'TRUST_ROOT_MISSING', detail: `the trust root is pinned (sha256 ${pin.slice(0, 16)}...) but ${rootPaths(1).packet} is not in the verified commit` }
  }
  let prev: ChainRevision | null = null
  let broken = rootProblem !== null
  for (const n of numbers) {
    const r = checkRevision(n, files.get(n)!, prev, broken, pin, now)
    if (n === 1 && r.findings.some((f) => f.code === 'TRUST_ROOT_PIN_MISMATCH')) {
      rootProblem = { code: 'TRUST_ROOT_PIN_MISMATCH', detail: r.findings.find((f) => f.code === 'TRUST_ROOT_PIN_MISMATCH')!.detail }
    }
    revisions.push(r)
    if (!r.trusted) broken = true
    else prev = r
  }
  return { pin, commit: null, revisions, inForce: prev, rootProblem }
}

function checkRevision(n: number, files: RevisionFiles, prev: ChainRevision | null, broken: boolean, pin: string | null, now: number): ChainRevision {
  const paths = rootPaths(n)
  const out: ChainRevision = { revision: n, paths, sha256: null, doc: null, trusted: false, findings: [], counted: [], signedAt: null }
  const find = (code: string, field: string, detail: string, file?: string) => out.findings.push({ code, field, detail, ...(file ? { file } : {}) })

  const parsed = files.sig ? parseEnvelope(files.sig) : undefined
  if (parsed?.ok) {
    out.sha256 = sha256Hex(parsed.payload)
    const doc = canonicalObject(parsed.payload)
    if (doc) {
      const checked = checkRootDoc(doc, paths.packet)
      out.doc = checked.doc
      for (const p of checked.problems) find('TRUST_ROOT_INVALID', '', p)
    } else find('TRUST_ROOT_INVALID', '', 'the signed payload is not canonical JSON of an object', paths.signature)
  }
  if (broken) {
    const why = n === 1 || prev === null ? 'the pinned root revision is missing or does not verify' : `${formatRevision(prev.revision + 1)} does not verify`
    find('TRUST_ROOT_UNTRUSTED', '', `not trusted: ${why}, and every later revision needs the one before it`)
    return out
  }
  if (!files.json || !files.sig) {
    find('TRUST_ROOT_INVALID', '', `${!files.json ? paths.packet : paths.signature} is missing`)
    return out
  }
  if (!parsed?.ok) {
    find('TRUST_ROOT_INVALID', '', `the envelope ${parsed ? parsed.reason : 'is missing'}`, paths.signature)
    return out
  }
  if (parsed.envelope.payloadType !== PAYLOAD_TYPE) {
    find('TRUST_ROOT_INVALID', '', `the envelope is for '${printable(parsed.envelope.payloadType, 80)}', expected '${PAYLOAD_TYPE}'`, paths.signature)
    return out
  }
  if (n === 1 && pin !== null && out.sha256 !== pin) {
    find('TRUST_ROOT_PIN_MISMATCH', '', `the payload sha256 of ${paths.packet} is ${out.sha256}, the pin is ${pin}: this is not the trust root you pinned`, paths.signature)
    return out
  }
  const doc = out.doc
  if (!doc || out.findings.length > 0) return out

  // Exactly the next version, linked to exactly the previous payload (rollback, skip, fork).
  if (doc.version !== n) find('TRUST_ROOT_VERSION_INVALID', 'version', `the document says version ${doc.version} but is stored as ${formatRevision(n)}`)
  if (n === 1 && doc.previous !== null) find('TRUST_ROOT_VERSION_INVALID', 'previous', 'revision 1 names a previous revision')
  if (n > 1 && prev?.doc) {
    if (prev.revision !== n - 1) find('TRUST_ROOT_VERSION_INVALID', 'version', `${formatRevision(n)} follows ${formatRevision(prev.revision)}: versions must be consecutive`)
    else if (doc.previous === null || doc.previous.version !== n - 1 || doc.previous.sha256 !== prev.sha256) {
      find('TRUST_ROOT_VERSION_INVALID', 'previous', `previous must be { version: ${n - 1}, sha256: ${prev.sha256} }, the document says ${JSON.stringify(doc.previous)}`)
    }
    for (const problem of continuity(prev.doc, doc)) find('TRUST_ROOT_INVALID', '', problem)
  }
  if (out.findings.length > 0) return out

  // Signed by a threshold of the previous root and a threshold of this one (revision 1: its own).
  const sets: [string, TrustRootDoc][] = prev?.doc ? [['previous', prev.doc], ['new', doc]] : [['own', doc]]
  const counted = new Set<string>()
  let signedAt = 0
  for (const [which, rootDoc] of sets) {
    const set = rootSignatures(paths, files, rootDoc, now, n)
    for (const v of set.valid) {
      counted.add(v.signerId)
      signedAt = Math.max(signedAt, parseUtc(v.signedAtUtc).ok ? (parseUtc(v.signedAtUtc) as { ms: number }).ms : 0)
    }
    if (!set.met) {
      const failures = set.invalid.filter((i) => i.code !== 'KEY_UNKNOWN').map((i) => `${i.code}: ${i.message}`)
      find(
        'TRUST_ROOT_THRESHOLD_UNMET',
        'signers',
        `${set.distinctKeys.length} distinct ${which === 'previous' ? `root key(s) of ${formatRevision(n - 1)}` : 'root key(s) of this revision'} signed; ${rootDoc.root.threshold} required${failures.length > 0 ? ` (${failures.slice(0, 3).join('; ')})` : ''}`,
        paths.signature
      )
    }
  }
  out.counted = [...counted].sort()
  out.signedAt = signedAt > 0 ? formatUtc(signedAt) : null
  out.trusted = out.findings.length === 0
  return out
}

/** What a new revision may not undo: a root key keeps its name, a revocation is never withdrawn or moved later. */
function continuity(prev: TrustRootDoc, next: TrustRootDoc): string[] {
  const problems: string[] = []
  const names = new Map(prev.root.keys.map((k) => [k.key_id, k.name]))
  for (const k of next.root.keys) {
    const was = names.get(k.key_id)
    if (was !== undefined && was !== k.name) problems.push(`root key ${k.key_id.slice(0, 16)} was '${was}' and is renamed '${k.name}'; a kept root key keeps its name`)
  }
  for (const old of prev.keys) {
    if (old.revoked_at_utc === undefined) continue
    const now = next.keys.find((k) => k.public_key === old.public_key)
    if (!now) continue
    const before = parseUtc(old.revoked_at_utc)
    const after = now.revoked_at_utc === undefined ? undefined : parseUtc(now.revoked_at_utc)
    if (!after || !after.ok || (before.ok && after.ms > before.ms)) {
      problems.push(`the key of '${now.signer_id}' was revoked at ${old.revoked_at_utc}; a later revision cannot withdraw or postpone that revocation`)
    }
  }
  return problems
}

function rootSignatures(paths: ChainRevision['paths'], files: RevisionFiles, rootDoc: TrustRootDoc, now: number, n: number): SignatureSetResult {
  return verifySignatureSet({
    kind: TRUST_KIND,
    documents: [{ name: paths.packet, json: files.json!, sig: files.sig! }],
    keyring: rootKeyring(rootDoc, `root keys of trust-root version ${rootDoc.version}`),
    at: now,
    subject: String(n),
    subjectOf: (d) => String(d.version),
    requirement: { threshold: rootDoc.root.threshold, roles_required: [] }
  })
}

function canonicalObject(payload: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(payload.toString('utf8'))
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    return canonicalBytes(value).equals(payload) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

const memo = new Map<string, Promise<Chain>>()

/**
 * The chain as committed at `commit` (null: an unborn branch, no chain), with the commit that
 * first published each revision. Memoized per (repository, commit, pin, instant): verify asks for
 * it from the closure inspector, the trust family and the revocation check.
 */
export function readChain(top: string, commit: string | null, pin: string | null, now: number): Promise<Chain> {
  const key = `${top}\0${commit}\0${pin}\0${now}`
  let p = memo.get(key)
  if (!p) {
    if (memo.size > 32) memo.clear()
    p = readChainUncached(top, commit, pin, now)
    memo.set(key, p)
    p.catch(() => memo.delete(key))
  }
  return p
}

async function readChainUncached(top: string, commit: string | null, pin: string | null, now: number): Promise<Chain> {
  if (commit === null) return { ...walkChain(new Map(), pin, now), commit }
  const repo = openRepository(top)
  const root = `${TRUST_FAMILY.root}/root`
  const [listed, scan] = await Promise.all([repo.listTree(commit, root), repo.scanHistory({ root, until: commit, since: null })])
  const wanted = new Map<string, { n: number; kind: 'json' | 'sig' }>()
  for (const f of listed) {
    const p = parseStorePath(TRUST_FAMILY, f.path)
    if (p.type !== 'artifact' || p.ref.window !== 'root' || p.kind === 'log') continue
    wanted.set(f.oid, { n: p.ref.revision, kind: p.kind === 'packet' ? 'json' : 'sig' })
  }
  const blobs = await repo.readBlobs([...wanted.keys()])
  const files = new Map<number, RevisionFiles>()
  for (const f of listed) {
    const w = wanted.get(f.oid)
    const p = parseStorePath(TRUST_FAMILY, f.path)
    if (!w || p.type !== 'artifact' || p.kind === 'log') continue
    const n = p.ref.revision
    const entry = files.get(n) ?? {}
    entry[p.kind === 'packet' ? 'json' : 'sig'] = blobs.get(f.oid)
    files.set(n, entry)
  }
  const chain = { ...walkChain(files, pin, now), commit }
  // First publication of each revision's .json: the earliest commit that added it.
  const first = new Map<string, { commit: string; time: number; order: number }>()
  for (const e of scan.events) {
    if (e.status !== 'A') continue
    const had = first.get(e.path)
    if (!had || e.order < had.order) first.set(e.path, { commit: e.commit, time: e.time, order: e.order })
  }
  for (const r of chain.revisions) {
    const f = first.get(r.paths.packet)
    if (f) {
      r.publishedIn = f.commit
      r.publishedAt = f.time * 1000
    }
  }
  return chain
}
