// The floor of an export: the same commits `export-closure` made, written with isomorphic-git's
// object writes alone (blobs, the trees along each new path, the commit; one shared cache, the
// trees of the previous commit kept in memory), then the branch moved once. No gate, no packet,
// no signature, no working tree, no index. Run in its own process, as the export is, by
// bench/export.mjs: node bench/export-floor.mjs <repo> <commits.json>
// Prints the last commit id: it must equal the export's (the same objects, byte for byte).
import fs from 'node:fs'
import { join } from 'node:path'
import iso from 'isomorphic-git'

const [dir, data] = process.argv.slice(2)
const gitdir = join(dir, '.git')
const cache = {}
const commits = JSON.parse(fs.readFileSync(data, 'utf8'))
let tip = fs.readFileSync(join(gitdir, 'refs/heads/main'), 'utf8').trim()
let rootTree = (await iso.readCommit({ fs, dir, gitdir, cache, oid: tip })).commit.tree
let known = new Map()
let written = new Map()
const readTree = async (oid) => known.get(oid) ?? (await iso.readTree({ fs, dir, gitdir, cache, oid })).tree

async function merge(treeOid, files, at) {
  const entries = new Map()
  if (treeOid) for (const e of await readTree(treeOid)) entries.set(e.path, e)
  const subdirs = new Map()
  for (const f of files) {
    const slash = f.path.indexOf('/', at.length)
    if (slash < 0) entries.set(f.path.slice(at.length), { mode: '100644', path: f.path.slice(at.length), oid: f.oid, type: 'blob' })
    else {
      const name = f.path.slice(at.length, slash)
      subdirs.set(name, [...(subdirs.get(name) ?? []), f])
    }
  }
  for (const [name, list] of subdirs) {
    const oid = await merge(entries.get(name)?.oid ?? null, list, `${at}${name}/`)
    entries.set(name, { mode: '040000', path: name, oid, type: 'tree' })
  }
  const tree = [...entries.values()]
  const oid = await iso.writeTree({ fs, dir, gitdir, tree })
  written.set(oid, tree)
  return oid
}

for (const c of commits) {
  const files = []
  for (const f of c.files) files.push({ path: f.path, oid: await iso.writeBlob({ fs, dir, gitdir, blob: Buffer.from(f.base64, 'base64') }) })
  rootTree = await merge(rootTree, files, '')
  known = written
  written = new Map()
  const who = { name: c.name, email: c.email, timestamp: c.time, timezoneOffset: 0 }
  tip = await iso.writeCommit({ fs, dir, gitdir, commit: { tree: rootTree, parent: [tip], author: who, committer: who, message: c.message } })
}
fs.writeFileSync(join(gitdir, 'refs/heads/main'), `${tip}\n`)
process.stdout.write(`${tip}\n`)
