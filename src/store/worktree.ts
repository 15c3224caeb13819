import { lstat, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../errors.js'
import { printable } from '../util/ids.js'

// The store writes into the working tree of a checked-out branch, through mkdir and writeFile,
// which follow symbolic links. A link anywhere between the repository root and a file
// (closure-packets/ itself, a window folder, the file), left untracked by an earlier step of the
// job, would carry the write outside the repository. So every component below the root is
// checked with lstat before anything is written; what does not exist yet is created later as a
// real folder. The root itself (and what lies above it) is the checkout's own business.

/** Throws a UserError (REPO_INVALID) when a component of `path` (repo-relative, `/`-separated) below `root` is a symbolic link. */
export async function assertNoSymlinkInPath(root: string, path: string): Promise<void> {
  const parts = path.split('/')
  for (let i = 1; i <= parts.length; i++) {
    const rel = parts.slice(0, i).join('/')
    let stat
    try {
      stat = await lstat(join(root, rel))
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      // nothing there (or a file where a folder should be, reported by the write itself)
      if (code === 'ENOENT' || code === 'ENOTDIR') return
      throw err
    }
    if (stat.isSymbolicLink()) {
      const target = await readlink(join(root, rel)).catch(() => '?')
      throw new UserError({
        code: 'REPO_INVALID',
        message:
          `${rel}: is a symbolic link (to ${printable(target)}) in the working tree; the store writes only real files and folders inside the repository, ` +
          `so it wrote nothing: remove it (rm ${rel}) and run again`
      })
    }
    if (!stat.isDirectory()) return
  }
}

/** assertNoSymlinkInPath for each path, in order. */
export async function assertNoSymlinkInPaths(root: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) await assertNoSymlinkInPath(root, path)
}
