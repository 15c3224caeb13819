import { sortDefects, type Defect } from '../findings/defect.js'
import { formatUtc } from '../util/time.js'
import { formatRevision, type ArtifactKind, type PacketFamily } from './family.js'
import { STORE_CODES, type StoreCode } from './codes.js'
import type { TreeFile } from './history.js'
import type { Finding, RevisionFacts } from './inspect.js'
import { artifactPath, parseStorePath, seriesId, type RevisionRef, type SeriesRef } from './layout.js'
import { modeDefect } from './modes.js'
import type { Origin, PathState } from './state.js'

// The store's own rules, as a pure function of what history and the packet verifier established:
// completeness of every revision (C7), consecutive revisions, the supersedes chain, one packet_id
// per revision (C6), packets stored where they say they belong, and the write-once policy (no
// published file modified or deleted by any commit). Packet findings (C3, C4, C5, schema) are
// passed through with their own codes.

export interface CheckInput {
  family: PacketFamily
  head: string
  /** files under the root at HEAD */
  files: TreeFile[]
  state: PathState
  /** facts of each packet .json at HEAD, by path */
  facts: Map<string, RevisionFacts>
  /** working-tree copies that differ from HEAD, with the facts of their current bytes when readable */
  worktree: { modified: string[]; untracked: string[]; facts: Map<string, RevisionFacts> }
  /** normalized window id to restrict the report to */
  window?: string
}

export interface RevisionReport {
  revision: string
  packet_id: string | null
  digest: string | null
  supersedes: string | null
  signer_id: string | null
  signed_at_utc: string | null
  files: Record<ArtifactKind, string | null>
  /** commit that first published the packet file, with its commit time */
  published_in: string | null
  published_at_utc: string | null
  ok: boolean
}

export interface WindowReport {
  release_window_id: string
  series: string
  revisions: RevisionReport[]
  latest: string | null
  ok: boolean
}

export interface CheckResult {
  head: string
  windows: WindowReport[]
  defects: Defect[]
  blocking: number
}

interface SeriesFiles {
  ref: SeriesRef
  revisions: Map<number, Partial<Record<ArtifactKind, TreeFile>>>
}

export function checkStore(input: CheckInput): CheckResult {
  const content = checkContent(input)
  const present = new Set(input.files.map((f) => f.path))
  const defects = [...content.defects, ...worktreeDefects(input.family, input.head, input.worktree, present, input.window)]
  return finishCheck(input, content.windows, defects)
}

/** What a part of the store yields on its own: its windows and defects (unsorted). */
export interface ContentResult {
  windows: WindowReport[]
  defects: Defect[]
}

export type ContentInput = Pick<CheckInput, 'family' | 'files' | 'state' | 'facts' | 'window'>

/**
 * The checks that depend only on committed content and history: files at HEAD, what history says
 * about every path, and packet facts. Every rule looks at one group (a top-level folder under the
 * root, see groupOf) at a time, so results of groups checked separately concatenate: the verify
 * cache keeps them per group and re-checks only groups that changed.
 */
export function checkContent(input: ContentInput): ContentResult {
  const { family } = input
  const defects: Defect[] = []
  const series = new Map<string, SeriesFiles>()
  const inScope = (window: string | undefined) => input.window === undefined || window === input.window

  for (const f of input.files) {
    const p = parseStorePath(family, f.path)
    if (p.type === 'allowed' || p.type === 'timestamp') continue
    if (p.type === 'unknown') {
      if (inScope(p.window)) defects.push(storeDefect('STORE_UNEXPECTED_FILE', { window: p.window ?? '', subject: f.path, file: f.path, detail: `${f.path} is not part of the layout` }))
      continue
    }
    const id = seriesId(p.ref)
    let s = series.get(id)
    if (!s) series.set(id, (s = { ref: { window: p.ref.window, key: p.ref.key }, revisions: new Map() }))
    let rev = s.revisions.get(p.ref.revision)
    if (!rev) s.revisions.set(p.ref.revision, (rev = {}))
    rev[p.kind] = f
  }

  // Write-once: every path ever published, whether or not it is still there.
  const present = new Set(input.files.map((f) => f.path))
  for (const [path, h] of Object.entries(input.state)) {
    if (h.rewrites.length === 0 && present.has(path)) continue
    const p = parseStorePath(family, path)
    const window = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' || p.type === 'timestamp' ? p.window : undefined
    for (const r of h.rewrites) if (r.mode !== undefined && inScope(window)) defects.push(modeDefect((detail) => storeDefect('STORE_FILE_MODE', { window: window ?? '', subject: path, file: path, field: 'mode', detail }), path, r))
    if (!inScope(window) || p.type === 'allowed') continue
    for (const r of h.rewrites) {
      if (r.mode !== undefined) continue
      const code: StoreCode = r.status === 'D' ? 'STORE_FILE_DELETED' : 'STORE_FILE_REWRITTEN'
      const what = r.status === 'D' ? 'deleted' : r.status === 'A' ? 're-added with different bytes' : 'modified'
      const putBack = r.status === 'A' && r.newOid === h.blob
      defects.push(
        storeDefect(code, {
          window: window ?? '',
          subject: path,
          file: path,
          field: 'commit',
          detail: putBack
            ? `commit ${r.commit} put ${path} back after its deletion (the bytes first published in ${h.origin.commit}): a deleted or purged file does not return to the branch`
            : `commit ${r.commit} ${what} ${path}${h.origin.commit !== r.commit ? `, first published in ${h.origin.commit}` : ''}${r.newOid ? ` (blob ${short(r.oldOid)} -> ${short(r.newOid)})` : ''}`
        })
      )
    }
    // Normally unreachable (a deletion is a D event above); kept for histories git log cannot explain.
    if (!present.has(path) && !h.rewrites.some((r) => r.status === 'D')) {
      defects.push(storeDefect('STORE_FILE_DELETED', { window: window ?? '', subject: path, file: path, detail: `${path} was published in ${h.origin.commit} and is missing at HEAD` }))
    }
  }

  const windows: WindowReport[] = []
  for (const s of series.values()) {
    if (inScope(s.ref.window)) windows.push(checkSeries(input, s, defects))
  }
  return { windows, defects }
}

/** Working-tree copies that differ from HEAD (`present`: the paths committed at HEAD) and untracked files. */
export function worktreeDefects(family: PacketFamily, head: string, worktree: CheckInput['worktree'], present: ReadonlySet<string>, window?: string): Defect[] {
  const defects: Defect[] = []
  const inScope = (w: string | undefined) => window === undefined || w === window
  for (const path of worktree.modified) {
    const p = parseStorePath(family, path)
    const w = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' || p.type === 'timestamp' ? p.window : undefined
    if (!inScope(w) || !present.has(path)) continue
    defects.push(storeDefect('STORE_WORKTREE_MODIFIED', { window: w ?? '', subject: path, file: path, detail: `the working-tree copy of ${path} differs from commit ${head}` }))
    const wt = worktree.facts.get(path)
    if (wt && p.type === 'artifact') for (const f of wt.findings) defects.push(findingDefect(f, p.ref, path, ' (working-tree copy)'))
  }
  for (const path of worktree.untracked) {
    const p = parseStorePath(family, path)
    const w = p.type === 'artifact' ? p.ref.window : p.type === 'unknown' || p.type === 'timestamp' ? p.window : undefined
    if (inScope(w)) defects.push(storeDefect('STORE_UNCOMMITTED', { window: w ?? '', subject: path, file: path, detail: `${path} is untracked` }))
  }
  return defects
}

/** Windows in series order, defects sorted, the empty-window finding when one window was asked for. */
export function finishCheck(at: { family: PacketFamily; head: string; window?: string }, windows: WindowReport[], defects: Defect[]): CheckResult {
  const sortedWindows = [...windows].sort((a, b) => cmp(a.series, b.series))
  const all = [...defects]
  if (at.window !== undefined && sortedWindows.length === 0) {
    all.push(storeDefect('STORE_WINDOW_EMPTY', { window: at.window, subject: at.window, file: `${at.family.root}/${at.window}`, detail: `no revision of ${at.window} is published at HEAD` }))
  }
  const sorted = sortDefects(all)
  return { head: at.head, windows: sortedWindows, defects: sorted, blocking: sorted.filter((d) => d.severity === 'blocking').length }
}

/**
 * The part of the store a path belongs to: its first folder under the root (a window, or a
 * misnamed folder), or '' for files directly under the root. Every check of checkContent stays
 * inside one group.
 */
export function groupOf(family: PacketFamily, path: string): string {
  const start = family.root.length + 1
  if (!path.startsWith(family.root) || path.charCodeAt(start - 1) !== 47) return ''
  const slash = path.indexOf('/', start)
  return slash < 0 ? '' : path.slice(start, slash)
}

function checkSeries(input: ContentInput, s: SeriesFiles, defects: Defect[]): WindowReport {
  const { family } = input
  const numbers = [...s.revisions.keys()].sort((a, b) => a - b)
  const reports: RevisionReport[] = []
  const before = defects.length
  const seen: Seen = { identities: new Map(), digests: new Map(), firstId: undefined }
  let prev: { label: string; facts?: RevisionFacts; origin?: Origin } | undefined

  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]
    const ref: RevisionRef = { ...s.ref, revision: n }
    const label = formatRevision(n)
    const subject = `${seriesId(s.ref)}@${label}`
    const files = s.revisions.get(n)!
    const pathOf = (kind: ArtifactKind) => files[kind]?.path ?? artifactPath(family, ref, kind)
    const paths = { packet: pathOf('packet') }
    const mark = defects.length
    const expected = i === 0 ? 1 : numbers[i - 1] + 1
    if (n !== expected) {
      defects.push(storeDefect('STORE_REVISION_GAP', { window: s.ref.window, subject, file: paths.packet, detail: `${label} follows ${expected === 1 ? 'nothing' : formatRevision(expected - 1)}; ${formatRevision(expected)} is missing` }))
    }
    for (const kind of ['packet', 'signature', 'log'] as const) {
      if (!files[kind]) defects.push(storeDefect('STORE_ARTIFACT_MISSING', { window: s.ref.window, subject, file: pathOf(kind), field: kind, detail: `${pathOf(kind)} is missing at HEAD` }))
    }
    const facts = files.packet ? input.facts.get(files.packet.path) : undefined
    const origin = files.packet ? input.state[files.packet.path]?.origin : undefined
    if (facts) {
      for (const f of facts.findings) defects.push(findingDefect(f, ref, paths.packet, ''))
      if (facts.windowId !== null && facts.windowId !== s.ref.window) {
        defects.push(storeDefect('STORE_LOCATION_MISMATCH', { window: s.ref.window, subject, file: paths.packet, field: 'release_window_id', detail: `the packet names window '${facts.windowId}' but is stored under ${s.ref.window}` }))
      }
      if (facts.revision !== null && facts.revision !== n) {
        defects.push(storeDefect('STORE_LOCATION_MISMATCH', { window: s.ref.window, subject, file: paths.packet, field: 'packet_revision', detail: `the packet says ${formatRevision(facts.revision)} but is stored as ${label}` }))
      }
      checkIdentity(s.ref.window, subject, label, paths.packet, facts, seen, defects)
      checkLink(s.ref.window, subject, paths.packet, facts, n === 1 ? undefined : prev?.label === formatRevision(n - 1) ? prev : null, defects)
    }
    if (origin && prev?.origin && origin.order < prev.origin.order) {
      defects.push(storeDefect('STORE_REVISION_ORDER', { window: s.ref.window, subject, file: paths.packet, detail: `${label} was committed in ${origin.commit}, before ${prev.label} (${prev.origin.commit})` }))
    }
    if (facts?.demo === true) {
      defects.push(storeDefect('KEY_DEMO', { window: s.ref.window, subject, file: paths.packet, field: 'signer.key_id', detail: `${label} is signed with the demo key ${facts.keyId ?? ''} (the keyring marks it demo: true)` }))
    }
    checkTime(s.ref.window, subject, label, paths.packet, { facts, origin }, prev, defects)
    const blocking = defects.slice(mark).some((d) => d.severity === 'blocking')
    reports.push({
      revision: label,
      packet_id: facts?.packetId ?? null,
      digest: facts?.digest ?? null,
      supersedes: facts?.supersedes ?? null,
      signer_id: facts?.signerId ?? null,
      signed_at_utc: facts?.signedAt ?? null,
      files: { packet: files.packet?.path ?? null, signature: files.signature?.path ?? null, log: files.log?.path ?? null },
      published_in: origin?.commit ?? null,
      published_at_utc: origin ? formatUtc(origin.time * 1000) : null,
      ok: !blocking
    })
    prev = { label, facts, origin }
  }
  const windowBlocking = defects.slice(before).some((d) => d.severity === 'blocking')
  return {
    release_window_id: s.ref.window,
    series: seriesId(s.ref),
    revisions: reports,
    latest: reports.length > 0 ? reports[reports.length - 1].revision : null,
    ok: !windowBlocking
  }
}

interface Seen {
  identities: Map<string, string>
  digests: Map<string, string>
  /** packet_id of the window's first readable revision, with its label */
  firstId: { id: string; label: string } | undefined
}

/** C6: the identity (packet_id + revision) and the digest of each file are unique in the window. */
function checkIdentity(window: string, subject: string, label: string, file: string, facts: RevisionFacts, seen: Seen, defects: Defect[]): void {
  if (facts.packetId !== null) {
    if (!seen.firstId) seen.firstId = { id: facts.packetId, label }
    else if (facts.packetId !== seen.firstId.id) {
      defects.push(storeDefect('STORE_PACKET_ID_MISMATCH', { window, subject, file, field: 'packet_id', detail: `packet_id '${facts.packetId}' differs from '${seen.firstId.id}' of ${seen.firstId.label}` }))
    }
    if (facts.revision !== null) {
      const identity = `${facts.packetId}@${formatRevision(facts.revision)}`
      const other = seen.identities.get(identity)
      if (other) defects.push(storeDefect('STORE_DUPLICATE_PACKET_ID', { window, subject, file, field: 'packet_id', detail: `${label} carries packet ${identity}, already published as ${other}` }))
      else seen.identities.set(identity, label)
    }
  }
  if (facts.digest !== null) {
    const other = seen.digests.get(facts.digest)
    if (other) defects.push(storeDefect('STORE_DUPLICATE_PACKET_ID', { window, subject, file, field: 'signature_digest', detail: `${label} has the signature digest of ${other} (${short(facts.digest)})` }))
    else seen.digests.set(facts.digest, label)
  }
}

/** r001 names no predecessor; rN names exactly the digest of r(N-1). A missing predecessor is a gap, reported once. */
function checkLink(window: string, subject: string, file: string, facts: RevisionFacts, prev: { label: string; facts?: RevisionFacts } | null | undefined, defects: Defect[]): void {
  if (prev === undefined) {
    if (facts.supersedes !== null) {
      defects.push(storeDefect('STORE_CHAIN_BROKEN', { window, subject, file, field: 'supersedes', detail: `the first revision names a predecessor (${short(facts.supersedes)})` }))
    }
    return
  }
  if (prev === null || !prev.facts || prev.facts.digest === null) return
  if (facts.supersedes !== prev.facts.digest) {
    const named = facts.supersedes === null ? 'names no predecessor' : `names ${short(facts.supersedes)}`
    defects.push(storeDefect('STORE_CHAIN_BROKEN', { window, subject, file, field: 'supersedes', detail: `${named}, but ${prev.label}'s digest is ${short(prev.facts.digest)}` }))
  }
}

/** Time runs forward: a revision is neither signed nor committed before its predecessor. */
function checkTime(window: string, subject: string, label: string, file: string, cur: { facts?: RevisionFacts; origin?: Origin }, prev: { label: string; facts?: RevisionFacts; origin?: Origin } | undefined, defects: Defect[]): void {
  if (!prev) return
  const signed = cur.facts?.signedAt ? Date.parse(cur.facts.signedAt) : NaN
  const prevSigned = prev.facts?.signedAt ? Date.parse(prev.facts.signedAt) : NaN
  if (signed < prevSigned) {
    defects.push(storeDefect('STORE_TIME_REVERSED', { window, subject, file, field: 'signer.signed_at_utc', detail: `${label} is signed at ${cur.facts!.signedAt}, before ${prev.label} (${prev.facts!.signedAt}) which it supersedes` }))
  }
  if (cur.origin && prev.origin && cur.origin.time < prev.origin.time) {
    defects.push(
      storeDefect('STORE_TIME_REVERSED', {
        window,
        subject,
        file,
        field: 'commit',
        detail: `${label} was committed in ${cur.origin.commit} dated ${formatUtc(cur.origin.time * 1000)}, before ${prev.label}'s commit ${prev.origin.commit} (${formatUtc(prev.origin.time * 1000)})`
      })
    )
  }
}

function findingDefect(f: Finding, ref: RevisionRef, packetPath: string, suffix: string): Defect {
  return {
    subject: `${seriesId(ref)}@${formatRevision(ref.revision)}`,
    defect_code: f.code,
    severity: 'blocking',
    owner_role: 'release-signer',
    required_action: 're-export the window so a correctly signed revision supersedes this one',
    release_window_id: ref.window,
    file: f.file ?? packetPath,
    line: null,
    field: f.field,
    detail: `${f.detail}${suffix}`
  }
}

function storeDefect(code: StoreCode, at: { window: string; subject: string; file: string; field?: string; detail: string }): Defect {
  const info = STORE_CODES[code]
  return {
    subject: at.subject,
    defect_code: code,
    severity: info.severity,
    owner_role: info.owner_role,
    required_action: info.required_action,
    release_window_id: at.window,
    file: at.file,
    line: null,
    field: at.field ?? '',
    detail: at.detail
  }
}

function short(oid: string): string {
  return oid.length > 16 ? oid.slice(0, 16) : oid
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
