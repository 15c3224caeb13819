import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Defect } from '../findings/defect.js'
import type { Repository } from '../git/index.js'
import { macKey } from './cache.js'
import { STORE_CODES } from './codes.js'
import type { PacketFamily } from './family.js'

// Rewrites are named, not forgiven. A verifier that has seen a tip verify remembers it, per
// branch, in its own git directory (.git/release-evidence/verified-tips, HMAC-SHA256 under the
// cache's key): a later HEAD of that branch that does not descend from it is a blocking
// STORE_HISTORY_REWRITTEN naming every published path the rewrite dropped (the old tip is still
// in the object database; `git ls-tree` of it says what was there). `verify --since <commit>`
// pins a checkpoint the same way for a verifier without memory (a fresh CI checkout: the Action
// prints the tip it verified as `verified-tip`, for the next run to pin).
//
// The file is not a cache: it is never rebuilt from the repository. Absent, this is the first
// run. Present but not authentic (edited, copied in, or its key is gone), it proves nothing and
// verify fails closed until an operator who has checked the branch removes it.

const FILE = 'verified-tips'

type Tips = Record<string, string>
type Read = { state: 'absent' } | { state: 'ok'; tips: Tips } | { state: 'unauthentic' }

async function readTips(dir: string): Promise<Read> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(dir, FILE))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' }
    return { state: 'unauthentic' }
  }
  const key = await macKey(dir, false)
  const nl = bytes.indexOf(0x0a)
  if (!key || nl < 0) return { state: 'unauthentic' }
  const given = Buffer.from(bytes.toString('latin1', 0, nl), 'hex')
  const expected = createHmac('sha256', key).update(bytes.subarray(nl + 1)).digest()
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { state: 'unauthentic' }
  try {
    const body = JSON.parse(bytes.toString('utf8', nl + 1)) as { v: number; tips: Tips }
    return body.v === 1 && typeof body.tips === 'object' && body.tips !== null ? { state: 'ok', tips: body.tips } : { state: 'unauthentic' }
  } catch {
    return { state: 'unauthentic' }
  }
}

/** Records `tip` as the verified tip of `branch`; a failure to write is not a verification failure. */
export async function rememberTip(dir: string, branch: string, tip: string): Promise<void> {
  try {
    const read = await readTips(dir)
    if (read.state === 'unauthentic') return
    const tips = read.state === 'ok' ? { ...read.tips } : {}
    if (tips[branch] === tip) return
    tips[branch] = tip
    const key = await macKey(dir, true)
    if (!key) return
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const body = Buffer.from(JSON.stringify({ v: 1, tips }), 'utf8')
    const file = join(dir, FILE)
    const tmp = `${file}.${process.pid}.tmp`
    await writeFile(tmp, Buffer.concat([Buffer.from(`${createHmac('sha256', key).update(body).digest('hex')}\n`, 'latin1'), body]), { mode: 0o600 })
    await rename(tmp, file)
  } catch {
    // the next run checks against the previous remembered tip, which this one descended from
  }
}

export interface HistoryGuardInput {
  repo: Repository
  stateDir: string
  head: string | null
  families: readonly PacketFamily[]
  /** the --since commit, as given */
  since?: string
  isAncestor(ancestor: string, descendant: string): Promise<boolean>
  /** the branch `head` is the tip of, when it is not the checked-out one (a dedicated store branch) */
  branch?: string
}

/** The branch verified (the checked-out one unless given; null: detached or unborn, nothing is remembered) and the history defects. */
export async function guardHistory(input: HistoryGuardInput): Promise<{ branch: string | null; defects: Defect[] }> {
  const { repo, head } = input
  const defects: Defect[] = []
  if (input.since !== undefined) {
    const since = await repo.tryResolveRef(input.since)
    if (since === null) {
      defects.push(rewritten('', input.since, `--since ${input.since} names no commit in this repository: it was never fetched, or history was rewritten and the commit collected; fetch it or check the checkpoint`))
    } else defects.push(...(await descends(input, since, `the --since checkpoint ${since}`)))
  }
  const branch = head === null ? null : (input.branch ?? (await repo.currentBranch()))
  if (branch !== null) {
    const read = await readTips(input.stateDir)
    if (read.state === 'unauthentic') {
      const file = join(input.stateDir, FILE)
      defects.push(rewritten('', file, `${file} fails its MAC: the verified tips cannot be trusted, so a rewrite cannot be ruled out; check the branch against your last verified tip, then remove the file`))
    } else if (read.state === 'ok' && read.tips[branch] !== undefined && read.tips[branch] !== head) {
      defects.push(...(await descends(input, read.tips[branch], `the tip of ${branch} verified before (${read.tips[branch]})`)))
    }
  }
  return { branch, defects }
}

/** Nothing when HEAD descends from `tip`; otherwise one defect per published path that vanished (or one for the tip). */
async function descends(input: HistoryGuardInput, tip: string, what: string): Promise<Defect[]> {
  const { head, repo } = input
  if (head !== null && (await input.isAncestor(tip, head))) return []
  const roots = input.families.map((f) => f.root)
  const before = await repo.listTree(tip, roots).catch(() => null)
  const now = new Set(head === null ? [] : (await repo.listTree(head, roots)).map((f) => f.path))
  const at = `HEAD ${head ?? '(no commits)'} does not descend from ${what}`
  if (before === null) return [rewritten('', tip, `${at}, and that commit is no longer in the object database`)]
  const vanished = before.filter((f) => !now.has(f.path))
  if (vanished.length === 0) return [rewritten('', tip, `${at}; no published path vanished, but history was rewritten`)]
  return vanished.map((f) => rewritten(windowOf(input.families, f.path), f.path, `${f.path} was published at ${tip} and is gone: ${at}`))
}

function windowOf(families: readonly PacketFamily[], path: string): string {
  const family = families.find((f) => path.startsWith(`${f.root}/`))
  const rest = family ? path.slice(family.root.length + 1) : ''
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : ''
}

function rewritten(window: string, file: string, detail: string): Defect {
  const info = STORE_CODES.STORE_HISTORY_REWRITTEN
  return {
    subject: file,
    defect_code: 'STORE_HISTORY_REWRITTEN',
    severity: info.severity,
    owner_role: info.owner_role,
    required_action: info.required_action,
    release_window_id: window,
    file,
    line: null,
    field: 'commit',
    detail
  }
}
