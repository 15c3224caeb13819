import { git } from './exec.js'
import type { TreeFile } from './parse.js'

// Folders as they were at many commits, read through one `git cat-file --batch` per folder depth
// (not one `ls-tree` per commit): verify re-renders a derived page at every commit that changed
// it, which on a large store is thousands of commits. Subtrees shared by several commits (an
// unchanged `packets/` folder) are read once.

export interface FolderAt {
  commit: string
  /** repo-relative folder, `/`-separated, no trailing slash */
  path: string
}

interface BatchObject {
  type: string
  body: Buffer
}

/** The files (blobs, symlinks and submodules included, recursively) of each folder at its commit; [] when it is missing there. */
export async function listFoldersAt(dir: string, folders: readonly FolderAt[]): Promise<TreeFile[][]> {
  const out: TreeFile[][] = folders.map(() => [])
  if (folders.length === 0) return out
  const top = await catBatch(
    dir,
    folders.map((f) => `${f.commit}:${f.path}`)
  )
  const trees = new Map<string, { entries: Entry[] }>()
  // pending: subtrees to read, with every (result index, path prefix) that needs them
  let pending = new Map<string, { index: number; prefix: string }[]>()
  const take = (index: number, prefix: string, entries: Entry[]) => {
    for (const e of entries) {
      const path = `${prefix}/${e.name}`
      if (e.mode === '40000') {
        const wanted = pending.get(e.oid) ?? []
        wanted.push({ index, prefix: path })
        pending.set(e.oid, wanted)
      } else out[index].push({ path, oid: e.oid, mode: e.mode.padStart(6, '0') })
    }
  }
  for (const [i, obj] of top.entries()) if (obj?.type === 'tree') take(i, folders[i].path, parseTree(obj.body, hashLength(folders[i].commit)))
  while (pending.size > 0) {
    const ask = [...pending.keys()].filter((oid) => !trees.has(oid))
    const read = await catBatch(dir, ask)
    for (const [i, oid] of ask.entries()) {
      const obj = read[i]
      trees.set(oid, { entries: obj?.type === 'tree' ? parseTree(obj.body, oid.length / 2) : [] })
    }
    const now = pending
    pending = new Map()
    for (const [oid, wanted] of now) for (const w of wanted) take(w.index, w.prefix, trees.get(oid)!.entries)
  }
  for (const files of out) files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return out
}

interface Entry {
  mode: string
  name: string
  oid: string
}

/** A raw tree object: `<mode> <name>\0<hash bytes>` per entry. */
function parseTree(body: Buffer, hashBytes: number): Entry[] {
  const entries: Entry[] = []
  let pos = 0
  while (pos < body.length) {
    const sp = body.indexOf(0x20, pos)
    const nul = body.indexOf(0, sp + 1)
    if (sp < 0 || nul < 0 || nul + 1 + hashBytes > body.length) break
    entries.push({ mode: body.toString('latin1', pos, sp), name: body.toString('utf8', sp + 1, nul), oid: body.toString('hex', nul + 1, nul + 1 + hashBytes) })
    pos = nul + 1 + hashBytes
  }
  return entries
}

/** A commit id names the repository's hash: 40 hex digits for SHA-1, 64 for SHA-256. */
function hashLength(commit: string): number {
  return commit.length === 64 ? 32 : 20
}

/** Objects in request order; null for a name git reports missing (or ambiguous). */
async function catBatch(dir: string, names: readonly string[]): Promise<(BatchObject | null)[]> {
  if (names.length === 0) return []
  const r = await git(['cat-file', '--batch'], { cwd: dir, input: `${names.join('\n')}\n` })
  const out: (BatchObject | null)[] = []
  const buf = r.stdout
  let pos = 0
  while (pos < buf.length && out.length < names.length) {
    const nl = buf.indexOf(0x0a, pos)
    if (nl < 0) break
    const header = buf.toString('latin1', pos, nl).split(' ')
    pos = nl + 1
    // "<oid> <type> <size>", or "<name> missing" / "<name> ambiguous" (a name may hold spaces: read from the end)
    const size = Number(header[header.length - 1])
    const type = header[header.length - 2]
    if (header.length < 3 || !Number.isInteger(size) || type === undefined) {
      out.push(null)
      continue
    }
    out.push({ type, body: buf.subarray(pos, pos + size) })
    pos += size + 1
  }
  while (out.length < names.length) out.push(null)
  return out
}
