import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InternalError } from '../errors.js'
import { git, type GitOptions } from './exec.js'
import * as history from './history.js'
import type * as Objects from './objects.js'
import type { HistoryScan, TreeFile, TreeListing } from './parse.js'
import type * as Transport from './transport.js'
import { listFoldersAt, type FolderAt } from './trees.js'

// The one way into a git repository (like actions/checkout's git command manager): every git
// question and every git write of the tool goes through a Repository. Native git (src/git/exec.ts,
// pinned environment) answers history and ref questions and moves refs with compare-and-swap;
// isomorphic-git (src/git/objects.ts) writes objects and the index; isomorphic-git also talks to
// remotes (src/git/transport.ts). Opening a repository starts no process: a directory that is not
// a repository shows up in the answers (topLevel() null, describe() null, ...).

// isomorphic-git (a large module) loads only when a repository writes objects or talks to a
// remote: the history reads the ledger gate and verify need start native git alone.
const objectsModule = (): Promise<typeof Objects> => import('./objects.js')
const transportModule = (): Promise<typeof Transport> => import('./transport.js')

/** The commit a remote's ref points at, or null (one ls-refs call). */
export async function remoteRefOid(call: Transport.RemoteCall, ref: string): Promise<string | null> {
  return (await transportModule()).remoteRefOid(call, ref)
}

export interface GitIdentity {
  name: string
  email: string
  /** any date git accepts, e.g. 2026-11-23T12:00:00Z */
  date: string
}

export interface RepositoryOptions {
  /** author and committer for commits native git makes (commitAll); nothing else uses it */
  identity?: GitIdentity
}

export interface RepositoryFacts {
  /** the work tree's top level */
  top: string
  shallow: boolean
  /** absolute path of the asked-for path inside the git directory (per worktree) */
  gitPath: string
  /** HEAD's commit id, null for a repository without commits */
  head: string | null
}

export function openRepository(dir: string, opts: RepositoryOptions = {}): Repository {
  return new Repository(dir, opts)
}

/** `git init` with the given initial branch; the repository is returned opened. */
export async function initRepository(dir: string, opts: RepositoryOptions & { branch: string }): Promise<Repository> {
  await git(['init', '-q', '-b', opts.branch], { cwd: dir })
  return openRepository(dir, opts)
}

export class Repository {
  readonly dir: string
  private readonly env: Record<string, string> | undefined

  constructor(dir: string, opts: RepositoryOptions = {}) {
    this.dir = dir
    const id = opts.identity
    this.env = id && {
      GIT_AUTHOR_NAME: id.name,
      GIT_AUTHOR_EMAIL: id.email,
      GIT_COMMITTER_NAME: id.name,
      GIT_COMMITTER_EMAIL: id.email,
      GIT_AUTHOR_DATE: id.date,
      GIT_COMMITTER_DATE: id.date
    }
  }

  private run(args: string[], opts: Omit<GitOptions, 'cwd'> = {}) {
    return git(args, { cwd: this.dir, ...(this.env ? { env: this.env } : {}), ...opts })
  }

  /** stdout as trimmed text, or null when git exits non-zero */
  private async line(args: string[]): Promise<string | null> {
    const r = await this.run(args, { allowFail: true })
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null
  }

  // ---- the repository itself ----------------------------------------------------------------

  /** The work tree's top level; null when the directory is not inside a work tree (or does not exist). */
  async topLevel(): Promise<string | null> {
    const r = await this.run(['rev-parse', '--show-toplevel'], { allowFail: true }).catch(() => null)
    return r && r.code === 0 ? r.stdout.toString('utf8').trim() : null
  }

  async isInsideWorkTree(): Promise<boolean> {
    const r = await this.run(['rev-parse', '--is-inside-work-tree'], { allowFail: true }).catch(() => undefined)
    return r !== undefined && r.code === 0 && r.stdout.toString().trim() === 'true'
  }

  /** Top level, shallowness, a path in the git directory and HEAD, from one git process; null outside a work tree. */
  async describe(gitPath: string): Promise<RepositoryFacts | null> {
    // Without commits, rev-parse still prints the first three answers and exits 1 on HEAD.
    const r = await this.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', gitPath, '--verify', '--quiet', 'HEAD^{commit}'], { allowFail: true }).catch(() => null)
    const lines = r && r.code <= 1 ? r.stdout.toString('utf8').split('\n') : []
    if (lines.length < 3 || lines[0] === '') return null
    const head = r!.code === 0 && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(lines[3] ?? '') ? lines[3] : null
    return { top: lines[0], shallow: lines[1] === 'true', gitPath: resolve(this.dir, lines[2]), head }
  }

  /** True in a shallow clone: its history is cut off and cannot prove where a file began. */
  async isShallow(): Promise<boolean> {
    const r = await this.run(['rev-parse', '--is-shallow-repository'])
    return r.stdout.toString('utf8').trim() === 'true'
  }

  /** The commits listed in the git directory's `shallow` file: the clone has them but not their parents. */
  async shallowCommits(): Promise<string[]> {
    const gitDir = (await this.run(['rev-parse', '--git-dir'])).stdout.toString('utf8').trim()
    try {
      const text = await readFile(resolve(this.dir, gitDir, 'shallow'), 'utf8')
      return text.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw err
    }
  }

  // ---- refs ---------------------------------------------------------------------------------

  /** The commit a ref (or any revision) names, or null when there is none. */
  tryResolveRef(ref: string): Promise<string | null> {
    return this.line(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  }

  /** The commit a ref names; an InternalError when there is none. */
  async resolveRef(ref: string): Promise<string> {
    const oid = await this.tryResolveRef(ref)
    if (oid === null) throw new InternalError({ code: 'GIT', message: `git: ${ref} does not name a commit` })
    return oid
  }

  /** HEAD's commit id, or null for a repository without commits. */
  headOid(): Promise<string | null> {
    return this.tryResolveRef('HEAD')
  }

  /** The checked-out branch's short name (an unborn one too); null when HEAD is detached. */
  async currentBranch(): Promise<string | null> {
    const ref = await this.line(['symbolic-ref', '--quiet', 'HEAD'])
    return ref !== null && ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length ? ref.slice('refs/heads/'.length) : null
  }

  /** True when `ancestor` is `descendant` or one of its ancestors. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true })
    return r.code === 0
  }

  /**
   * Compare-and-swap: points `ref` at `value` only if it is still at `expected` (null: only if it
   * does not exist). False when the ref was elsewhere (or git refused); nothing is changed then.
   */
  async updateRef(ref: string, value: string, expected: string | null, message: string): Promise<boolean> {
    const r = await this.run(['update-ref', '-m', message, ref, value, expected ?? ''], { allowFail: true })
    return r.code === 0
  }

  /** Moves the checked-out branch to `target` with `git reset --keep`: false (nothing changed) when local changes would be lost. */
  async resetKeep(target: string): Promise<boolean> {
    const r = await this.run(['reset', '--quiet', '--keep', target], { allowFail: true })
    return r.code === 0
  }

  // ---- history and content reads (native) ----------------------------------------------------

  /** Every change under `root` (one folder or several) in commits reachable from `until` and not from `since` (src/git/history.ts). */
  scanHistory(opts: { root: string | readonly string[]; until: string; since?: string | null }): Promise<HistoryScan> {
    return history.scanHistory(this.dir, opts)
  }

  /** Files under `roots` (folders or files, taken literally) in one commit's tree. */
  listTree(commit: string, roots: string | readonly string[]): Promise<TreeFile[]> {
    return history.listTree(this.dir, commit, roots)
  }

  /** The entries directly inside the folder `root` (or each of several); [] when none exists. */
  listFolder(commit: string, root: string | readonly string[]): Promise<TreeListing[]> {
    return history.listFolder(this.dir, commit, root)
  }

  /** Several folders, each at its own commit, listed recursively through `git cat-file --batch` (one per depth). */
  listFoldersAt(folders: readonly FolderAt[]): Promise<TreeFile[][]> {
    return listFoldersAt(this.dir, folders)
  }

  /** Many blobs in one `git cat-file --batch`; a missing object is left out of the map. */
  readBlobs(oids: readonly string[]): Promise<Map<string, Buffer>> {
    return history.readBlobs(this.dir, oids)
  }

  /** Blobs through one `git cat-file --batch`, each handed to `onBlob` as it arrives (history.ts streamBlobs). */
  streamBlobs(oids: readonly string[], onBlob: (oid: string, body: Buffer | undefined) => void): Promise<void> {
    return history.streamBlobs(this.dir, oids, onBlob)
  }

  /** The bytes of `path` in `commit`; an InternalError when it is not there. */
  async readFileAt(commit: string, path: string): Promise<Buffer> {
    return (await this.run(['cat-file', 'blob', `${commit}:${path}`])).stdout
  }

  /** Paths under `pathspec` (one or several) changed in the index or working tree relative to HEAD, and untracked ones. */
  worktreeChanges(pathspec: string | readonly string[]): Promise<{ modified: string[]; untracked: string[] }> {
    return history.worktreeChanges(this.dir, pathspec)
  }

  /** Paths that differ between two commits (`git diff --name-only from to`), in git's order. */
  async changedPaths(from: string, to: string): Promise<string[]> {
    const out = (await this.run(['diff', '--name-only', '-z', '--no-renames', from, to])).stdout.toString('utf8')
    return out.split('\0').filter((p) => p !== '')
  }

  /** True when the pathspec matches a file in the index. */
  async isTracked(pathspec: string): Promise<boolean> {
    const r = await this.run(['ls-files', '--error-unmatch', '--', pathspec], { allowFail: true })
    return r.code === 0
  }

  /** `git log --numstat` of the first-parent chain for `pathspec`, each commit behind a `\0<oid>` line. */
  firstParentNumstat(pathspec: string): Promise<string> {
    return history.firstParentNumstat(this.dir, pathspec)
  }

  /** `git diff --numstat HEAD` for `pathspec`: uncommitted changes. */
  worktreeNumstat(pathspec: string): Promise<string> {
    return history.worktreeNumstat(this.dir, pathspec)
  }

  /** Zero-context patches of `commits` (each against its first parent) for `pathspec`, each behind a `\0<oid>` line. */
  commitPatches(commits: readonly string[], pathspec: string): Promise<string> {
    return history.commitPatches(this.dir, commits, pathspec)
  }

  /** The zero-context patch of uncommitted changes to `pathspec` against HEAD. */
  worktreePatch(pathspec: string): Promise<string> {
    return history.worktreePatch(this.dir, pathspec)
  }

  // ---- writes -------------------------------------------------------------------------------

  async writeBlob(bytes: Uint8Array): Promise<string> {
    return (await objectsModule()).writeBlob(this.dir, bytes)
  }

  /** The tree id of a commit. */
  async commitTree(commit: string): Promise<string> {
    return (await objectsModule()).commitTree(this.dir, commit)
  }

  async readTree(tree: string): Promise<Objects.TreeEntry[]> {
    return (await objectsModule()).readTree(this.dir, tree)
  }

  async writeTree(entries: Objects.TreeEntry[]): Promise<string> {
    return (await objectsModule()).writeTree(this.dir, entries)
  }

  async writeCommit(commit: Objects.NewCommit): Promise<string> {
    return (await objectsModule()).writeCommit(this.dir, commit)
  }

  /** Stages a working-tree file as it is on disk. */
  async addToIndex(path: string): Promise<void> {
    await (await objectsModule()).addToIndex(this.dir, path)
  }

  /**
   * Records files already written to the working tree in the index under the blob ids they were
   * committed with (one native `update-index --index-info`, whatever the number of files), then
   * refreshes the index's stat data so native `git status` and `diff-files` see them clean. The
   * ids are taken as given, never re-hashed through the working tree's attributes, so the index
   * holds exactly what the commit holds. isomorphic-git rewrites the whole index file in
   * JavaScript for every file it stages: a store of 30,000 files paid 200 ms per file.
   */
  async stageBlobs(entries: readonly { path: string; oid: string }[]): Promise<void> {
    if (entries.length === 0) return
    const input = entries.map((e) => `100644 ${e.oid}\t${e.path}\0`).join('')
    await this.run(['update-index', '-z', '--index-info'], { input })
    // best effort: a refresh only replaces stat data; the user's own unstaged edits make it exit 1
    await this.run(['update-index', '-q', '--refresh'], { allowFail: true })
  }

  /** Unstages a path whose working-tree file was removed. */
  async removeFromIndex(path: string): Promise<void> {
    await (await objectsModule()).removeFromIndex(this.dir, path)
  }

  /** Stages everything and commits it with native git as the identity the repository was opened with (no hooks, no signing). */
  async commitAll(message: string): Promise<string> {
    await this.run(['add', '-A'])
    await this.run(['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-m', message])
    return this.resolveRef('HEAD')
  }

  // ---- config and remotes -------------------------------------------------------------------

  /** A value from the repository's own config file, or null. */
  async config(path: string): Promise<string | null> {
    return (await objectsModule()).repoConfig(this.dir, path)
  }

  async fetchBranch(args: Transport.FetchArgs): Promise<string | null> {
    return (await transportModule()).fetchBranch(this.dir, args)
  }

  async push(args: Transport.PushArgs): Promise<void> {
    return (await transportModule()).pushRef(this.dir, args)
  }
}
