import fs from 'node:fs'
import { join } from 'node:path'
import iso from 'isomorphic-git'

// Object writes go through isomorphic-git: blobs, trees and commits are built in-process on an
// explicit parent, with an exact identity and timestamp, and no config, hook or template of the
// user's can add to them. Native git reads what is written here (the repository tests run
// `git fsck --strict` over it).

export type TreeEntryType = 'blob' | 'tree' | 'commit'

export interface TreeEntry {
  mode: string
  path: string
  oid: string
  type: TreeEntryType
}

export interface Signature {
  name: string
  email: string
  /** epoch seconds */
  timestamp: number
  /** minutes west of UTC, as isomorphic-git counts them (0: UTC) */
  timezoneOffset: number
}

export interface NewCommit {
  tree: string
  parent: string[]
  author: Signature
  committer: Signature
  message: string
}

// isomorphic-git re-reads a pack's index for every object it looks up unless the calls share a
// cache object; an export of many windows reads the parent's trees once per revision. One cache
// per repository, for the few repositories a process touches (tests open hundreds: the oldest go).
// The cache holds only what isomorphic-git checks against the file system itself (pack files by
// name, the index by its stat), so a later write by native git is seen.
const caches = new Map<string, object>()
const MAX_CACHES = 4

function where(dir: string) {
  const gitdir = join(dir, '.git')
  let cache = caches.get(gitdir)
  if (!cache) {
    if (caches.size >= MAX_CACHES) caches.delete(caches.keys().next().value!)
    caches.set(gitdir, (cache = {}))
  }
  return { fs, dir, gitdir, cache }
}

export function writeBlob(dir: string, bytes: Uint8Array): Promise<string> {
  return iso.writeBlob({ ...where(dir), blob: bytes })
}

export async function commitTree(dir: string, commit: string): Promise<string> {
  return (await iso.readCommit({ ...where(dir), oid: commit })).commit.tree
}

export async function readTree(dir: string, tree: string): Promise<TreeEntry[]> {
  const { tree: entries } = await iso.readTree({ ...where(dir), oid: tree })
  return entries.map((e) => e)
}

export function writeTree(dir: string, entries: TreeEntry[]): Promise<string> {
  return iso.writeTree({ ...where(dir), tree: entries })
}

export function writeCommit(dir: string, commit: NewCommit): Promise<string> {
  return iso.writeCommit({ ...where(dir), commit })
}

/** Stages a working-tree file as it is on disk (the file must exist). */
export function addToIndex(dir: string, path: string): Promise<unknown> {
  return iso.updateIndex({ ...where(dir), filepath: path, add: true })
}

/** Drops a path from the index once its working-tree file is gone. */
export function removeFromIndex(dir: string, path: string): Promise<unknown> {
  return iso.updateIndex({ ...where(dir), filepath: path, remove: true })
}

/** A value from the repository's own .git/config (no global or system config is read). */
export async function repoConfig(dir: string, path: string): Promise<string | null> {
  const value: unknown = await iso.getConfig({ fs, dir, path })
  return typeof value === 'string' ? value : null
}
