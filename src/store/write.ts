import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { InternalError, UserError } from '../errors.js'
import { assertNoSymlinkInPaths } from './worktree.js'
import { openRepository, type Repository, type TreeEntry } from '../git/index.js'

// The write-once commit. Blobs, trees and the commit are built directly on top of an explicit
// parent (never "whatever HEAD is now"), in-process through the Repository (src/git), so a caller
// that lost a push race can rebuild the same export on the new remote tip. Only the trees along
// the new paths are read and rewritten: the cost is proportional to the depth of the new files,
// not to the size of the store.
// Guarantees: a target path that already exists in the parent tree is refused (files are never
// rewritten; the one exception is a derived page the caller names in `replace`, see view.ts); the branch ref moves only if it still points at the expected commit (a
// compare-and-swap under git's ref lock); when the branch is checked out, the new files are
// written to the working tree and the index so that native `git status` stays clean, and a
// symbolic link on their way is refused first (worktree.ts).

export interface CommitIdentity {
  name: string
  email: string
  /** epoch seconds (the injected `now`) */
  timestamp: number
}

export interface NewFile {
  /** repo-relative, `/`-separated */
  path: string
  bytes: Uint8Array
}

export interface CommitFilesArgs {
  /** working tree root */
  dir: string
  /** short branch name, e.g. `main` */
  branch: string
  /** the commit to build on; null for the first commit of an unborn branch */
  parentOid: string | null
  files: NewFile[]
  /** repo-relative paths to remove (a purge); each must be a file in the parent commit */
  remove?: readonly string[]
  message: string
  committer: CommitIdentity
  /** what the branch must point at for the update to land; defaults to parentOid */
  expectedRefOid?: string | null
  /** derived files (a window's view page) that may replace what the parent holds; every other path is write-once */
  replace?: readonly string[]
}

export interface CommitFilesResult {
  commitOid: string
  treeOid: string
  /** true when the branch is checked out and the working tree + index were brought up to date */
  worktreeUpdated: boolean
}

interface PendingDir {
  files: Map<string, string>
  dirs: Map<string, PendingDir>
  removed: Set<string>
}

export interface BatchArgs {
  dir: string
  branch: string
  /** the commit to build on; null for the first commit of an unborn branch */
  parentOid: string | null
  /** what the branch must point at for the batch to land; defaults to parentOid */
  expectedRefOid?: string | null
}

export interface BatchCommit {
  files: NewFile[]
  message: string
  committer: CommitIdentity
  /** derived files (a window's view page) that may replace what the parent holds; every other path is write-once */
  replace?: readonly string[]
  /** repo-relative paths to remove (a purge); each must be a file in the parent commit */
  remove?: readonly string[]
}

/**
 * Several write-once commits in a chain, landed together: each commit's objects are written when
 * it is made, on top of the previous one, and land() then moves the branch once (the same
 * compare-and-swap), writes the new files to the working tree and records them in the index with
 * one native git call. An export of many windows thus pays for the ref, the working tree and the
 * index once, not once per window (the index alone is rewritten whole on every update), and lands
 * all of its commits or none. Pending working-tree bytes are bounded: past LAND_EVERY_BYTES the
 * batch lands what it has and goes on from there.
 */
export class StoreBatch {
  private readonly repo: Repository
  private tip: string | null
  private expected: string | null
  private checkedOut: boolean | undefined
  private pending = new Map<string, { path: string; oid: string; bytes: Uint8Array }>()
  /** derived pages replaced since the batch last landed -> the blob the working tree holds for them */
  private replacedSinceLand = new Map<string, string>()
  /** paths removed since the batch last landed (a purge) */
  private removals = new Set<string>()
  private pendingBytes = 0
  /** the root tree and the trees of the latest commit made here, so the next commit does not read them back */
  private tipTree: string | null = null
  /** the subject of the latest commit, for the reflog */
  private subject = ''
  private trees = new Map<string, TreeEntry[]>()

  constructor(readonly args: BatchArgs) {
    this.repo = openRepository(args.dir)
    this.tip = args.parentOid
    this.expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid
  }

  /** The commit the next one builds on (the last one made, once there is one). */
  get head(): string | null {
    return this.tip
  }

  private async isCheckedOut(): Promise<boolean> {
    if (this.checkedOut === undefined) {
      this.checkedOut = (await this.repo.currentBranch()) === this.args.branch
      // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
      if (this.checkedOut && this.expected !== this.args.parentOid) {
        throw new InternalError({ code: 'INTERNAL', message: `store: refs/heads/${this.args.branch} is checked out; build on its tip or on an unchecked-out branch` })
      }
    }
    return this.checkedOut
  }

  /** Writes one commit's objects on top of the batch's head; nothing is visible until land(). */
  async commit(c: BatchCommit): Promise<{ commitOid: string; treeOid: string }> {
    const { files } = c
    const remove = c.remove ?? []
    const dir = this.args.dir
    if (files.length === 0 && remove.length === 0) throw new InternalError({ code: 'INTERNAL', message: 'store: commit with no files' })
    for (const f of files) assertSafePath(f.path)
    for (const p of remove) assertSafePath(p)
    const checkedOut = await this.isCheckedOut()
    // before any object is written: a link in the working tree would carry the write elsewhere
    if (checkedOut) await assertNoSymlinkInPaths(dir, [...files.map((f) => f.path), ...remove])

    const pending: PendingDir = { files: new Map(), dirs: new Map(), removed: new Set() }
    const folderOf = (path: string) => {
      const parts = path.split('/')
      let node = pending
      for (const part of parts.slice(0, -1)) {
        let next = node.dirs.get(part)
        if (!next) node.dirs.set(part, (next = { files: new Map(), dirs: new Map(), removed: new Set() }))
        node = next
      }
      const name = parts[parts.length - 1]
      if (node.files.has(name) || node.removed.has(name)) throw new InternalError({ code: 'INTERNAL', message: `store: ${path} given twice` })
      return { node, name }
    }
    const blobs: string[] = []
    for (const f of files) {
      const oid = await this.repo.writeBlob(f.bytes)
      blobs.push(oid)
      const { node, name } = folderOf(f.path)
      node.files.set(name, oid)
    }
    for (const p of remove) {
      const { node, name } = folderOf(p)
      node.removed.add(name)
    }

    const parentTree = this.tip ? (this.tipTree ?? (await this.repo.commitTree(this.tip))) : null
    const written = new Map<string, TreeEntry[]>()
    const replaced = new Map<string, string>()
    const treeOid = (await mergeTree(this.repo, parentTree, pending, '', this.trees, written, { allowed: new Set(c.replace), replaced })) ?? (await this.repo.writeTree([]))
    // The working tree still holds what the batch last landed: a page replaced again before the
    // batch lands is compared with the blob it had then, not with the batch's unlanded one.
    for (const [path, oid] of replaced) {
      const first = this.replacedSinceLand.get(path)
      if (first === undefined) this.replacedSinceLand.set(path, oid)
      else replaced.set(path, first)
    }
    if (checkedOut) await assertWorktreeFree(this.repo, dir, files, replaced)

    const who = { name: c.committer.name, email: c.committer.email, timestamp: c.committer.timestamp, timezoneOffset: 0 }
    const commitOid = await this.repo.writeCommit({
      tree: treeOid,
      parent: this.tip ? [this.tip] : [],
      author: who,
      committer: who,
      message: c.message.endsWith('\n') ? c.message : `${c.message}\n`
    })
    this.tipTree = treeOid
    this.subject = c.message.split('\n')[0]
    this.trees = written
    this.tip = commitOid
    if (checkedOut) {
      files.forEach((f, i) => this.pending.set(f.path, { path: f.path, oid: blobs[i], bytes: f.bytes }))
      for (const p of remove) {
        this.pending.delete(p)
        this.removals.add(p)
      }
      this.pendingBytes += files.reduce((n, f) => n + f.bytes.length, 0)
    }
    if (this.pendingBytes > LAND_EVERY_BYTES) await this.land()
    return { commitOid, treeOid }
  }

  /**
   * Moves the branch from the expected commit to the batch's head (compare-and-swap), then brings
   * a checked-out working tree and index up to date. Nothing to do when no commit was made.
   */
  async land(): Promise<{ worktreeUpdated: boolean }> {
    const ref = `refs/heads/${this.args.branch}`
    const checkedOut = await this.isCheckedOut()
    if (this.tip === this.expected) return { worktreeUpdated: checkedOut }
    if (!(await this.repo.updateRef(ref, this.tip!, this.expected, `release-evidence: ${this.subject}`))) {
      const current = await this.repo.tryResolveRef(ref)
      if (current === this.expected) throw new InternalError({ code: 'GIT', message: `store: could not move ${ref} to ${this.tip} (is another git process holding its lock?)` })
      throw new InternalError({
        code: 'REF_MOVED',
        message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${this.expected ?? '(unborn)'}; rebuild the export on the new tip`
      })
    }
    this.expected = this.tip
    if (checkedOut) {
      const files = [...this.pending.values()]
      this.pending = new Map()
      this.replacedSinceLand = new Map()
      this.pendingBytes = 0
      for (const f of files) {
        const abs = join(this.args.dir, f.path)
        await mkdir(dirname(abs), { recursive: true })
        await writeFile(abs, f.bytes)
      }
      await this.repo.stageBlobs(files)
      const removals = [...this.removals]
      this.removals = new Set()
      for (const p of removals) {
        await rm(join(this.args.dir, p), { force: true })
        await this.repo.removeFromIndex(p)
        // git keeps no empty folders; neither does the working tree of a purged window
        await rmdir(dirname(join(this.args.dir, p))).catch(() => undefined)
      }
    }
    return { worktreeUpdated: checkedOut }
  }
}

interface Replacing {
  /** paths that may replace an existing blob */
  allowed: ReadonlySet<string>
  /** path -> the blob it replaced */
  replaced: Map<string, string>
}

/** Working-tree bytes a batch may hold before it lands early (an export of 10,000 large packets). */
const LAND_EVERY_BYTES = 64 * 1024 * 1024

/** One write-once commit, landed at once (a batch of one). */
export async function commitFiles(args: CommitFilesArgs): Promise<CommitFilesResult> {
  const batch = new StoreBatch(args)
  const { commitOid, treeOid } = await batch.commit(args)
  const { worktreeUpdated } = await batch.land()
  return { commitOid, treeOid, worktreeUpdated }
}

/**
 * Rewrites only the trees along new paths; refuses to replace anything that exists (but a derived
 * file named in `replacing`). Trees the
 * previous commit of a batch wrote come from `known` instead of the object store; every tree
 * written here is recorded in `written`.
 */
async function mergeTree(
  repo: Repository,
  baseOid: string | null,
  pending: PendingDir,
  at: string,
  known: ReadonlyMap<string, TreeEntry[]>,
  written: Map<string, TreeEntry[]>,
  replacing: Replacing
): Promise<string | null> {
  const entries = new Map<string, TreeEntry>()
  if (baseOid) {
    for (const e of known.get(baseOid) ?? (await repo.readTree(baseOid))) entries.set(e.path, e)
  }
  for (const name of pending.removed) {
    if (entries.get(name)?.type !== 'blob') throw new InternalError({ code: 'INTERNAL', message: `store: cannot remove ${at}${name}: it is not a file in the parent commit` })
    entries.delete(name)
  }
  for (const [name, oid] of pending.files) {
    const existing = entries.get(name)
    if (existing && existing.type === 'blob' && replacing.allowed.has(`${at}${name}`)) replacing.replaced.set(`${at}${name}`, existing.oid)
    else if (existing) {
      throw new InternalError({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` })
    }
    entries.set(name, { mode: '100644', path: name, oid, type: 'blob' })
  }
  for (const [name, sub] of pending.dirs) {
    const existing = entries.get(name)
    if (existing && existing.type !== 'tree') {
      throw new UserError({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` })
    }
    const oid = await mergeTree(repo, existing?.oid ?? null, sub, `${at}${name}/`, known, written, replacing)
    if (oid === null) entries.delete(name)
    else entries.set(name, { mode: '040000', path: name, oid, type: 'tree' })
  }
  // git stores no empty folder: the caller drops it (the root becomes the empty tree)
  if (entries.size === 0) return null
  const list = [...entries.values()]
  const oid = await repo.writeTree(list)
  written.set(oid, list)
  return oid
}

function assertSafePath(path: string): void {
  const parts = path.split('/')
  // eslint-disable-next-line no-control-regex -- a control character makes a path unsafe
  if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
    throw new InternalError({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` })
  }
}

/**
 * An untracked file in the way would be silently replaced; identical bytes are fine. So would a
 * local edit of a derived file being replaced: its working-tree copy must be the committed one.
 */
async function assertWorktreeFree(repo: Repository, dir: string, files: NewFile[], replaced: ReadonlyMap<string, string>): Promise<void> {
  const committed = replaced.size > 0 ? await repo.readBlobs([...replaced.values()]) : new Map<string, Buffer>()
  for (const f of files) {
    let existing: Buffer
    try {
      existing = await readFile(join(dir, f.path))
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue
      if (code === 'ENOTDIR') throw new UserError({ code: 'REPO_INVALID', message: `${f.path}: a parent of this path is a file in the working tree; move it away` })
      throw err
    }
    const old = replaced.get(f.path)
    if (old !== undefined && !Buffer.from(f.bytes).equals(existing)) {
      if (committed.get(old)?.equals(existing)) continue
      throw new UserError({ code: 'REPO_INVALID', message: `${f.path}: the working-tree copy has uncommitted edits; this page is generated (never edited): discard them ('git checkout -- ${f.path}') and run again` })
    }
    if (!Buffer.from(f.bytes).equals(existing)) {
      throw new UserError({
        code: 'REPO_INVALID',
        message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
      })
    }
  }
}
