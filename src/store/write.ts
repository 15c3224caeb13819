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
// rewritten); the branch ref moves only if it still points at the expected commit (a
// compare-and-swap under git's ref lock); when the branch is checked out, the new files are
// written to the working tree and the index so that native `git status` stays clean, and a
// symbolic link on their way is refused first (worktree.ts).
// A commit may also remove files (`remove`): only a purge does, in the same commit that adds its
// signed tombstone, and `verify` accepts such a deletion only with that tombstone (deletions.ts).

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
  /** repo-relative paths to remove; each must be a file in the parent commit */
  remove?: readonly string[]
  message: string
  committer: CommitIdentity
  /** what the branch must point at for the update to land; defaults to parentOid */
  expectedRefOid?: string | null
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

export async function commitFiles(args: CommitFilesArgs): Promise<CommitFilesResult> {
  const { dir, files } = args
  const remove = args.remove ?? []
  const repo = openRepository(dir)
  const ref = `refs/heads/${args.branch}`
  if (files.length === 0 && remove.length === 0) throw new InternalError({ code: 'INTERNAL', message: 'store: commit with no files' })
  for (const f of files) assertSafePath(f.path)
  for (const p of remove) assertSafePath(p)

  const expected = args.expectedRefOid === undefined ? args.parentOid : args.expectedRefOid
  const checkedOut = (await repo.currentBranch()) === args.branch
  if (checkedOut) {
    // The working tree reflects the branch tip; it can only be fast-forwarded by the new files.
    if (expected !== args.parentOid) {
      throw new InternalError({ code: 'INTERNAL', message: `store: ${ref} is checked out; build on its tip or on an unchecked-out branch` })
    }
  }

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
  for (const f of files) {
    const oid = await repo.writeBlob(f.bytes)
    const { node, name } = folderOf(f.path)
    node.files.set(name, oid)
  }
  for (const p of remove) {
    const { node, name } = folderOf(p)
    node.removed.add(name)
  }

  const parentTree = args.parentOid ? await repo.commitTree(args.parentOid) : null
  const treeOid = (await mergeTree(repo, parentTree, pending, '')) ?? (await repo.writeTree([]))
  if (checkedOut) await assertWorktreeFree(dir, files)

  const who = { name: args.committer.name, email: args.committer.email, timestamp: args.committer.timestamp, timezoneOffset: 0 }
  const commitOid = await repo.writeCommit({
    tree: treeOid,
    parent: args.parentOid ? [args.parentOid] : [],
    author: who,
    committer: who,
    message: args.message.endsWith('\n') ? args.message : `${args.message}\n`
  })

  if (!(await repo.updateRef(ref, commitOid, expected, `release-evidence: ${args.message.split('\n')[0]}`))) {
    const current = await repo.tryResolveRef(ref)
    if (current === expected) throw new InternalError({ code: 'GIT', message: `store: could not move ${ref} to ${commitOid} (is another git process holding its lock?)` })
    throw new InternalError({
      code: 'REF_MOVED',
      message: `store: ${ref} is at ${current ?? '(unborn)'}, expected ${expected ?? '(unborn)'}; rebuild the export on the new tip`
    })
  }

  if (checkedOut) {
    for (const f of files) {
      const abs = join(dir, f.path)
      await mkdir(dirname(abs), { recursive: true })
      await writeFile(abs, f.bytes)
      await repo.addToIndex(f.path)
    }
    for (const p of remove) {
      await rm(join(dir, p), { force: true })
      await repo.removeFromIndex(p)
      // git keeps no empty folders; neither does the working tree of a purged window
      await rmdir(dirname(join(dir, p))).catch(() => undefined)
    }
  }
  return { commitOid, treeOid, worktreeUpdated: checkedOut }
}

/**
 * Rewrites only the trees along new (or removed) paths; refuses to replace anything that exists
 * and to remove anything that does not. Null when the folder ends up empty (git stores none).
 */
async function mergeTree(repo: Repository, baseOid: string | null, pending: PendingDir, at: string): Promise<string | null> {
  const entries = new Map<string, TreeEntry>()
  if (baseOid) {
    for (const e of await repo.readTree(baseOid)) entries.set(e.path, e)
  }
  for (const name of pending.removed) {
    if (entries.get(name)?.type !== 'blob') throw new InternalError({ code: 'INTERNAL', message: `store: cannot remove ${at}${name}: it is not a file in the parent commit` })
    entries.delete(name)
  }
  for (const [name, oid] of pending.files) {
    if (entries.has(name)) {
      throw new InternalError({ code: 'WRITE_ONCE', message: `store: refusing to rewrite ${at}${name}: it already exists in the parent commit` })
    }
    entries.set(name, { mode: '100644', path: name, oid, type: 'blob' })
  }
  for (const [name, sub] of pending.dirs) {
    const existing = entries.get(name)
    if (existing && existing.type !== 'tree') {
      throw new UserError({ code: 'REPO_INVALID', message: `${at}${name} is a file in the repository; the store needs it to be a folder (move the file away)` })
    }
    const oid = await mergeTree(repo, existing?.oid ?? null, sub, `${at}${name}/`)
    if (oid === null) entries.delete(name)
    else entries.set(name, { mode: '040000', path: name, oid, type: 'tree' })
  }
  if (entries.size === 0) return null
  return repo.writeTree([...entries.values()])
}

function assertSafePath(path: string): void {
  const parts = path.split('/')
  // eslint-disable-next-line no-control-regex -- a control character makes a path unsafe
  if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git' || /[\u0000-\u001f\\]/.test(p))) {
    throw new InternalError({ code: 'INTERNAL', message: `store: unsafe path ${JSON.stringify(path)}` })
  }
}

/** An untracked file in the way would be silently replaced; identical bytes are fine. */
async function assertWorktreeFree(dir: string, files: NewFile[]): Promise<void> {
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
    if (!Buffer.from(f.bytes).equals(existing)) {
      throw new UserError({
        code: 'REPO_INVALID',
        message: `${f.path}: an uncommitted file with different content is in the way of the new revision; move it out of the store folder and run again`
      })
    }
  }
}
