// Parsers for the machine-readable (-z, NUL-separated) output of the native history reads, so no
// path is ever unquoted or split wrongly.

export interface ChangeEvent {
  commit: string
  /** commit time, epoch seconds (committer date) */
  time: number
  /** A added, M modified, D deleted, T type changed (relative to one parent) */
  status: string
  path: string
  oldOid: string
  newOid: string
  /** the file mode after the change ('100644' a regular file, '100755' executable, '120000' a symlink, '160000' a submodule; '000000' deleted) */
  newMode?: string
  /** position of the commit in parent-before-child order (0 = oldest) */
  order: number
}

export interface HistoryScan {
  /** commits that touched the scanned paths, in parent-before-child order */
  commits: string[]
  events: ChangeEvent[]
}

export interface TreeFile {
  path: string
  oid: string
  mode: string
}

export type TreeListing = TreeFile & { type: string }

const ZERO = '0000000000000000000000000000000000000000'

/** Parses `git log -z --raw --no-abbrev --format=%x01%H%x02%ct`. */
export function parseRawLog(out: Buffer): HistoryScan {
  const text = out.toString('utf8')
  const tokens = text.split('\0')
  const commits: string[] = []
  const events: ChangeEvent[] = []
  let commit = ''
  let time = 0
  let order = -1
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i].replace(/^\n/, '')
    if (tok === '') continue
    if (tok.startsWith('\x01')) {
      const [oid, ct] = tok.slice(1).split('\x02')
      if (oid !== commit) {
        commit = oid!
        time = Number(ct)
        commits.push(commit)
        order = commits.length - 1
      }
      continue
    }
    if (tok.startsWith(':')) {
      // :old_mode new_mode old_oid new_oid status, then the path as the next token
      const [, newMode, oldOid, newOid, status] = tok.slice(1).split(' ')
      const path = tokens[++i] ?? ''
      events.push({ commit, time, status: (status ?? '?').charAt(0), path, oldOid: oldOid === ZERO ? '' : oldOid, newOid: newOid === ZERO ? '' : newOid, newMode, order })
    }
  }
  return { commits, events }
}

/** Parses `git ls-tree -z`: "<mode> SP <type> SP <oid> TAB <path> NUL", by position (30,000 entries per full verify). */
export function parseTreeListing(out: Buffer): TreeListing[] {
  const text = out.toString('utf8')
  const files: TreeListing[] = []
  let pos = 0
  while (pos < text.length) {
    const end = text.indexOf('\0', pos)
    const stop = end < 0 ? text.length : end
    const sp1 = text.indexOf(' ', pos)
    const sp2 = text.indexOf(' ', sp1 + 1)
    const tab = text.indexOf('\t', sp2 + 1)
    if (sp1 > 0 && tab > 0 && tab < stop) files.push({ path: text.slice(tab + 1, stop), oid: text.slice(sp2 + 1, tab), mode: text.slice(pos, sp1), type: text.slice(sp1 + 1, sp2) })
    pos = stop + 1
  }
  return files
}

/** Parses `git cat-file --batch` output into blob id -> bytes; missing objects and non-blobs are left out. */
export function parseBlobBatch(out: Buffer): Map<string, Buffer> {
  const map = new Map<string, Buffer>()
  let pos = 0
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos)
    if (nl < 0) break
    const header = out.toString('latin1', pos, nl)
    const [oid, type, sizeText] = header.split(' ')
    pos = nl + 1
    if (type === 'missing' || sizeText === undefined) continue
    const size = Number(sizeText)
    if (type === 'blob') map.set(oid, out.subarray(pos, pos + size))
    pos += size + 1
  }
  return map
}

/**
 * `git cat-file --batch` output parsed as it streams in: push() each chunk, and every record
 * completed by it is handed on (a missing object or a non-blob as undefined). A record split
 * across chunks waits for the rest; only that unfinished tail is ever copied.
 */
export class BlobBatchReader {
  private rest: Buffer = Buffer.alloc(0)
  constructor(private readonly onBlob: (oid: string, body: Buffer | undefined) => void) {}

  push(chunk: Buffer): void {
    const buf = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk])
    let pos = 0
    while (pos < buf.length) {
      const nl = buf.indexOf(0x0a, pos)
      if (nl < 0) break
      const [oid, type, sizeText] = buf.toString('latin1', pos, nl).split(' ')
      if (type === 'missing' || sizeText === undefined) {
        pos = nl + 1
        this.onBlob(oid, undefined)
        continue
      }
      const end = nl + 1 + Number(sizeText)
      if (end + 1 > buf.length) break
      pos = end + 1
      this.onBlob(oid, type === 'blob' ? buf.subarray(nl + 1, end) : undefined)
    }
    this.rest = pos >= buf.length ? Buffer.alloc(0) : buf.subarray(pos)
  }
}

/** Parses `git status --porcelain=v1 -z` into changed (index or working tree) and untracked paths. */
export function parseStatus(out: Buffer): { modified: string[]; untracked: string[] } {
  const modified: string[] = []
  const untracked: string[] = []
  for (const rec of out.toString('utf8').split('\0')) {
    if (rec.length < 4) continue
    const xy = rec.slice(0, 2)
    const path = rec.slice(3)
    if (xy === '??') untracked.push(path)
    else if (xy !== '!!') modified.push(path)
  }
  return { modified, untracked }
}
