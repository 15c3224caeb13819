import type { HistoryScan, Repository } from '../git/index.js'
import { git } from '../git/exec.js'
import { readNewestResult, writeResult } from '../store/result-cache.js'
import { sha256Hex } from '../util/hash.js'

// The git history a build reads (`git log --raw` over the families, the policies and the keyring:
// seconds at 10,000 commits), remembered for the next build. The history of a commit never
// changes (its id names it), so a build at a tip that extends the remembered one by a straight
// line of commits scans only those commits and appends them: one new revision costs one commit's
// log, not 10,000. Anything else (a merge among the new commits, a tip that is not a descendant,
// other folders) scans the whole history as before. Kept where every derived result is
// (store/result-cache.ts: HMAC'd, in the verifier's git directory), for the exact tip it describes.
//
// Why appending is exact: `--topo-order --reverse` lists parents before children, and a walk from
// a tip whose newest commits form a single line reaches the remembered tip with nothing else
// pending, so it lists that tip's history exactly as a walk from it would, then the line.

const VERSION = 'lineage-history/1'

export async function scanRemembered(repo: Repository, stateDir: string, roots: readonly string[], until: string): Promise<HistoryScan> {
  const key = sha256Hex(JSON.stringify([VERSION, roots]))
  // one file per set of folders: the graph's sources and the retention index (the whole tree) each extend their own
  const kind = `lineage-history-${key.slice(0, 12)}`
  const prev = await readNewestResult<HistoryScan>(stateDir, kind)
  let scan: HistoryScan | null = null
  if (prev !== null && prev.fingerprint === key && Array.isArray(prev.value?.commits) && Array.isArray(prev.value?.events)) {
    if (prev.tip === until) return prev.value
    if (await extendsInLine(repo.dir, prev.tip, until)) {
      const more = await repo.scanHistory({ root: roots, until, since: prev.tip })
      const base = prev.value.commits.length
      scan = { commits: [...prev.value.commits, ...more.commits], events: [...prev.value.events, ...more.events.map((e) => ({ ...e, order: e.order + base }))] }
    }
  }
  scan ??= await repo.scanHistory({ root: roots, until })
  await writeResult(stateDir, kind, until, key, scan)
  return scan
}

/** `tip` is `from` followed by a line of commits with one parent each (no merge among them). */
async function extendsInLine(dir: string, from: string, tip: string): Promise<boolean> {
  const r = await git(['rev-list', '--parents', `${from}..${tip}`], { cwd: dir, allowFail: true })
  if (r.code !== 0) return false
  const lines = r.stdout.toString('utf8').split('\n').filter(Boolean).map((l) => l.split(' '))
  if (lines.length === 0 || lines[0][0] !== tip) return false
  return lines.every((l, i) => l.length === 2 && l[1] === (i + 1 < lines.length ? lines[i + 1][0] : from))
}
