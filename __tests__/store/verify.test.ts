import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, head, sh, tempDir, writeFiles } from './git-fixture.js'
import { WINDOW, cli, demoKeyFile, edit, exportClosure, inputFiles, policyFiles, storeRepo, verify, pinArgs, pinOf } from './store-fixture.js'

const PACKET = `closure-packets/${WINDOW}/packet-r001.json`
const SIG = `closure-packets/${WINDOW}/packet-r001.sig`

interface Report {
  blocking: number
  defects: { defect_code: string; file: string; detail: string; subject: string }[]
  windows: { release_window_id: string; latest: string; revisions: { revision: string; published_in: string; digest: string }[] }[]
  stats: { commits_scanned: number; packets_inspected: number; cache: string }
}

async function report(dir: string, extra: string[] = []): Promise<{ code: number; r: Report }> {
  const run = await verify(dir, ['--json', ...extra])
  return { code: run.code, r: JSON.parse(run.stdout) as Report }
}
const codes = (r: Report) => [...new Set(r.defects.map((d) => d.defect_code))].sort()
const withoutStats = ({ stats: _stats, ...rest }: Report) => rest

/**
 * Rewrites a cached inputs file as a forger would: no rewrite in any path's history, no finding in
 * any verdict. Returns the forged file's true hash; in place keeps the old name (and so a wrong hash).
 */
function forgeInputs(dir: string, hash: string, inPlace = false): string {
  const inputsDir = join(dir, '.git/release-evidence/verify-closure.inputs')
  const [paths, facts] = JSON.parse(readFileSync(join(inputsDir, `${hash}.json`), 'utf8')) as [unknown[][], unknown[][]]
  expect(paths.filter((row) => row.length > 5)).toHaveLength(1)
  for (const row of paths) row.length = 5
  for (const row of facts) row.length = 10
  const text = JSON.stringify([paths, facts])
  const forged = inPlace ? hash : createHash('sha256').update(text).digest('hex')
  writeFileSync(join(inputsDir, `${forged}.json`), text)
  return forged
}

const WINDOW_B = 'rw-2026-11-b'

/** The fixture's window plus a copy of it as RW-2026-11-B, with its own alarm and evidence ids. */
function twoWindowInputs(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputFiles()).map(([path, text]) => {
      const [header, ...rows] = text.trimEnd().split('\n')
      const copies = rows.map((r) => r.replaceAll('RW-2026-11-A', 'RW-2026-11-B').replaceAll('ALM-1', 'ALM-2').replaceAll('EV-1', 'EV-2'))
      return [path, `${[header, ...rows, ...copies].join('\n')}\n`]
    })
  )
}

let key: string
beforeAll(() => {
  key = demoKeyFile()
})
afterAll(cleanupTempDirs)

async function exported(): Promise<string> {
  const dir = storeRepo()
  const r = await exportClosure(dir, key)
  expect(r.code).toBe(0)
  return dir
}

describe('verify: the seed mini challenge (three resolved alarms, corrupt, catch, restore)', () => {
  it('catches a corrupted field in the committed packet and passes again once the tampering commit is gone', async () => {
    const dir = await exported()
    expect((await report(dir)).code).toBe(0)
    const published = head(dir)

    edit(dir, PACKET, (t) => t.replace('"resolved_by": "amara.okafor"', '"resolved_by": "mallory"'))
    sh(dir, ['commit', '-qam', 'tamper with a signed packet'])
    const bad = await report(dir)
    expect(bad.code).toBe(1)
    expect(codes(bad.r)).toEqual(['PACKET_DIGEST_MISMATCH', 'PAYLOAD_MISMATCH', 'STORE_FILE_REWRITTEN'])
    expect(bad.r.defects.find((d) => d.defect_code === 'PAYLOAD_MISMATCH')!.detail).toContain('/rows/0/resolved_by')
    expect(bad.r.defects.find((d) => d.defect_code === 'STORE_FILE_REWRITTEN')!.detail).toContain(`commit ${head(dir)} modified ${PACKET}`)

    sh(dir, ['reset', '-q', '--hard', published])
    const restored = await report(dir)
    expect(restored.code).toBe(0)
    expect(restored.r.defects).toEqual([])
  })

  it('catches the same corruption left uncommitted in the working tree, and passes after git checkout', async () => {
    const dir = await exported()
    edit(dir, PACKET, (t) => t.replace('"resolved_by": "amara.okafor"', '"resolved_by": "mallory"'))
    const bad = await report(dir)
    expect(bad.code).toBe(1)
    expect(codes(bad.r)).toEqual(['PACKET_DIGEST_MISMATCH', 'PAYLOAD_MISMATCH', 'STORE_WORKTREE_MODIFIED'])
    sh(dir, ['checkout', '--', PACKET])
    expect((await report(dir)).code).toBe(0)
  })

  it('prints a readable PASS report naming the window, revision and commit', async () => {
    const dir = await exported()
    const run = await verify(dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Store verification: PASS')
    expect(run.stdout).toMatch(new RegExp(`${WINDOW} +1 +r001 +sha256:[0-9a-f]{16} +demo-release-lane +${head(dir).slice(0, 12)} +ok`))
  })
})

describe('verify: write-once from history', () => {
  it('finds a published file deleted by a later commit', async () => {
    const dir = await exported()
    sh(dir, ['rm', '-q', SIG])
    sh(dir, ['commit', '-qm', 'drop a signature'])
    const { code, r } = await report(dir)
    expect(code).toBe(1)
    expect(codes(r)).toEqual(['STORE_ARTIFACT_MISSING', 'STORE_FILE_DELETED'])
  })

  it('finds a rewrite that was later reverted: history keeps it', async () => {
    const dir = await exported()
    const original = readFileSync(join(dir, PACKET), 'utf8')
    edit(dir, PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper'])
    writeFileSync(join(dir, PACKET), original)
    sh(dir, ['commit', '-qam', 'put it back'])
    const { code, r } = await report(dir)
    expect(code).toBe(1)
    expect(codes(r)).toEqual(['STORE_FILE_REWRITTEN'])
    expect(r.defects).toHaveLength(2)
  })

  it('finds a rewrite on a side branch that a merge kept out of the result (--full-history)', async () => {
    const dir = await exported()
    sh(dir, ['checkout', '-q', '-b', 'side'])
    edit(dir, PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper on a branch'])
    sh(dir, ['checkout', '-q', 'main'])
    sh(dir, ['merge', '-q', '-s', 'ours', '--no-edit', 'side'])
    const { code, r } = await report(dir)
    expect(code).toBe(1)
    expect(codes(r)).toContain('STORE_FILE_REWRITTEN')
  })

  it('names where each revision was published', async () => {
    const dir = await exported()
    const { r } = await report(dir)
    expect(r.windows[0].revisions[0].published_in).toBe(head(dir))
  })
})

describe('verify: shallow clones cannot prove history', () => {
  it('refuses a depth-1 clone with exit 2 and says how to fetch the history', async () => {
    const dir = await exported()
    sh(dir, ['commit', '-q', '--allow-empty', '-m', 'later work'])
    const clone = join(tempDir(), 'clone')
    sh(dir, ['clone', '-q', '--depth', '1', `file://${dir}`, clone])
    const run = await verify(clone, ['--trust-root', pinOf(dir)])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('HISTORY_SHALLOW')
    expect(run.stderr).toContain('git fetch --unshallow')
    expect(run.stderr).toContain('fetch-depth: 0')
    expect(run.stdout).toBe('')
    sh(clone, ['fetch', '-q', '--unshallow'])
    expect((await verify(clone, ['--trust-root', pinOf(dir)])).code).toBe(0)
  })
})

describe('verify: the incremental cache', () => {
  it('re-verifies after one more commit by scanning only that commit and inspecting only the new packet', async () => {
    const dir = await exported()
    // the closure packet and the trust root's revision 1
    expect((await report(dir)).r.stats).toMatchObject({ cache: 'cold', packets_inspected: 2 })
    expect((await report(dir)).r.stats).toMatchObject({ cache: 'warm', commits_scanned: 0, packets_inspected: 0 })
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    sh(dir, ['commit', '-qam', 'evidence v2'])
    expect((await cli(dir, ['export-closure', '--now', '2026-11-23T16:00:00Z', '--key-file', key])).code).toBe(0)
    const { code, r } = await report(dir)
    expect(code).toBe(0)
    expect(r.stats).toMatchObject({ cache: 'warm', commits_scanned: 1, packets_inspected: 1 })
    expect(r.windows[0].latest).toBe('r002')
  })

  it('still finds a rewrite committed after the cached tip', async () => {
    const dir = await exported()
    await report(dir)
    edit(dir, PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper after a cached verify'])
    const { code, r } = await report(dir)
    expect(r.stats.cache).toBe('warm')
    expect(code).toBe(1)
    expect(codes(r)).toEqual(['PACKET_DIGEST_MISMATCH', 'PAYLOAD_MISMATCH', 'STORE_FILE_REWRITTEN'])
  })

  it('finds a rewritten envelope or log after the cached tip (the cache keeps packet paths only)', async () => {
    const dir = await exported()
    await report(dir)
    edit(dir, `closure-packets/${WINDOW}/verify-r001.log`, (t) => t.replace('VERIFIED', 'VERIFIED (edited)'))
    sh(dir, ['commit', '-qam', 'edit a published log'])
    const { code, r } = await report(dir)
    expect(r.stats.cache).toBe('warm')
    expect(code).toBe(1)
    expect(r.defects.map((d) => [d.defect_code, d.file])).toEqual([['STORE_FILE_REWRITTEN', `closure-packets/${WINDOW}/verify-r001.log`]])
  })

  it('ignores a cache whose tip is no longer an ancestor of HEAD (history rewritten)', async () => {
    const dir = await exported()
    edit(dir, PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper'])
    expect((await report(dir)).code).toBe(1)
    sh(dir, ['reset', '-q', '--hard', 'HEAD~1'])
    const { code, r } = await report(dir)
    expect(r.stats.cache).toBe('cold')
    expect(code).toBe(0)
  })

  it('ignores a forged cache: an edited cache body fails its MAC and the full proof runs', async () => {
    const dir = await exported()
    edit(dir, PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper'])
    expect((await report(dir)).code).toBe(1)
    const cacheFile = join(dir, '.git/release-evidence/verify-closure.cache')
    const [mac, ...rest] = readFileSync(cacheFile, 'utf8').split('\n')
    // Forge a clean bill of health for the window: no defects, every revision ok, and inputs with
    // no rewrite in its history and no finding in any verdict, named by their true hash.
    const at = rest.findIndex((l) => l.startsWith(`${WINDOW}\t`))
    const [name, tree, signedMax, inputsHash, result] = rest[at].split('\t') as [string, string, string, string, string]
    const [windows, defects] = JSON.parse(result) as [unknown[][], unknown[]]
    expect(defects.length).toBeGreaterThan(0)
    for (const w of windows) {
      w[3] = 1
      for (const rev of w[4] as unknown[][]) rev[11] = 1
    }
    const forgedInputs = forgeInputs(dir, inputsHash)
    rest[at] = [name, tree, signedMax, forgedInputs, JSON.stringify([windows, []])].join('\t')
    writeFileSync(cacheFile, [mac, ...rest].join('\n'))
    const { code, r } = await report(dir)
    expect(r.stats.cache).toBe('cold')
    expect(code).toBe(1)
    expect(codes(r)).toEqual(['PACKET_DIGEST_MISMATCH', 'PAYLOAD_MISMATCH', 'STORE_FILE_REWRITTEN'])
  })

  it('re-checks a window no export touched when a commit after the cached tip tampered with it, even one a later commit undid', async () => {
    const dir = storeRepo(twoWindowInputs())
    expect((await exportClosure(dir, key)).code).toBe(0)
    const B_PACKET = `closure-packets/${WINDOW_B}/packet-r001.json`
    expect((await report(dir)).r.windows.map((w) => w.release_window_id)).toEqual([WINDOW, WINDOW_B, 'root'])
    expect((await report(dir)).r.stats).toMatchObject({ cache: 'warm', commits_scanned: 0, packets_inspected: 0 })

    // After the cached tip: window B is tampered with and put back (its tree is as cached again),
    // then only window A gets a new revision.
    const original = readFileSync(join(dir, B_PACKET), 'utf8')
    edit(dir, B_PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper with window B'])
    writeFileSync(join(dir, B_PACKET), original)
    sh(dir, ['commit', '-qam', 'put window B back'])
    edit(dir, 'examples/evidence.csv', (t) => t.replace('run-88201', 'run-88202'))
    sh(dir, ['commit', '-qam', 'evidence v2 for window A'])
    expect((await exportClosure(dir, key)).stdout).toContain(`${WINDOW}: wrote r002`)

    const warm = await report(dir)
    expect(warm.r.stats).toMatchObject({ cache: 'warm', commits_scanned: 3, packets_inspected: 1 })
    expect(warm.code).toBe(1)
    expect(warm.r.defects.map((d) => [d.defect_code, d.file])).toEqual([
      ['STORE_FILE_REWRITTEN', B_PACKET],
      ['STORE_FILE_REWRITTEN', B_PACKET]
    ])
    const full = await report(dir, ['--no-cache'])
    expect(withoutStats(warm.r)).toEqual(withoutStats(full.r))
    // Once the cache has moved past those commits, the window's stored result still carries them.
    const later = await report(dir)
    expect(later.r.stats).toMatchObject({ cache: 'warm', commits_scanned: 0, packets_inspected: 0 })
    expect(withoutStats(later.r)).toEqual(withoutStats(full.r))
  })

  it('reports exactly what a full proof reports, whichever instant the cached result was made at', async () => {
    const dir = await exported()
    const at = async (now: string, extra: string[] = []) => {
      const run = await cli(dir, ['verify', '--json', '--allow-demo-key', '--now', now, ...pinArgs(dir), ...extra])
      return { code: run.code, r: JSON.parse(run.stdout) as Report }
    }
    // Signed at 16:00: verified at 15:00 it is signed in the future, at 17:00 it is fine.
    for (const now of ['2026-11-23T15:00:00Z', '2026-11-23T17:00:00Z', '2026-11-23T15:00:00Z', '2026-11-23T17:00:00Z']) {
      const cached = await at(now)
      const full = await at(now, ['--no-cache'])
      expect(cached.code).toBe(now.includes('T15') ? 1 : 0)
      expect(withoutStats(cached.r)).toEqual(withoutStats(full.r))
    }
    expect(codes((await at('2026-11-23T15:00:00Z')).r)).toEqual(['SIGNED_IN_FUTURE'])
  })

  it("proves everything again when a window's inputs file is not the one the cache names", async () => {
    const dir = await exported()
    edit(dir, PACKET, (t) => t.replace('amara.okafor', 'mallory'))
    sh(dir, ['commit', '-qam', 'tamper'])
    expect((await report(dir)).code).toBe(1)
    const line = readFileSync(join(dir, '.git/release-evidence/verify-closure.cache'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${WINDOW}\t`))
    // The cache's own record of the window's history loses the rewrite (its MAC still holds)...
    forgeInputs(dir, line!.split('\t')[3], true)
    // ...and one more commit in the window makes verify need that record.
    writeFileSync(join(dir, `closure-packets/${WINDOW}/notes.txt`), 'a note\n')
    sh(dir, ['add', '-A'])
    sh(dir, ['commit', '-qm', 'a stray file in the window'])
    const { code, r } = await report(dir)
    expect(r.stats.cache).toBe('cold')
    expect(code).toBe(1)
    expect(codes(r)).toEqual(['PACKET_DIGEST_MISMATCH', 'PAYLOAD_MISMATCH', 'STORE_FILE_REWRITTEN', 'STORE_UNEXPECTED_FILE'])
    expect(withoutStats(r)).toEqual(withoutStats((await report(dir, ['--no-cache'])).r))
  })

  it('--no-cache neither reads nor writes the cache', async () => {
    const dir = await exported()
    const { r } = await report(dir, ['--no-cache'])
    expect(r.stats.cache).toBe('off')
    expect(sh(dir, ['status', '--porcelain', '--ignored'])).toBe('')
  })
})

describe('verify: scope and edge cases', () => {
  it('--window restricts the report; an unknown window has nothing published (exit 1)', async () => {
    const dir = await exported()
    expect((await report(dir, ['--window', 'RW 2026 11 A'])).code).toBe(0)
    const none = await report(dir, ['--window', 'rw-nope'])
    expect(none.code).toBe(1)
    expect(codes(none.r)).toEqual(['STORE_WINDOW_EMPTY'])
  })

  it('fails an empty store unless --allow-empty, and refuses a directory that is not a repository (exit 2)', async () => {
    const dir = storeRepo()
    const empty = await report(dir)
    expect(empty.code).toBe(1)
    expect(codes(empty.r)).toEqual(['STORE_EMPTY'])
    expect(empty.r.defects[0].detail).toContain('nothing is published under closure-packets/')
    expect((await report(dir, ['--allow-empty'])).code).toBe(0)
    const unborn = tempDir()
    sh(unborn, ['init', '-q', '-b', 'main'])
    writeFiles(unborn, policyFiles())
    // nothing is judged without a pin; pinned, an unborn store has no trust root either
    const unpinned = await verify(unborn)
    expect(unpinned.code).toBe(2)
    expect(unpinned.stderr).toContain('TRUST_ROOT_UNPINNED')
    const pinned = await report(unborn, ['--trust-root', pinOf(dir)])
    expect(codes(pinned.r)).toEqual(['STORE_EMPTY', 'TRUST_ROOT_MISSING'])
    expect((await report(unborn, ['--trust-root', pinOf(dir), '--allow-empty'])).r.defects.map((d) => d.defect_code)).toEqual(['TRUST_ROOT_MISSING'])
    const run = await verify(tempDir())
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('REPO_INVALID')
  })

  it('reads paths NUL-separated: a stray file with a space, non-ASCII and a newline in its name is reported verbatim', async () => {
    const dir = await exported()
    const name = `closure-packets/${WINDOW}/notes \u00fc\nx.txt`
    writeFileSync(join(dir, name), 'hello\n')
    sh(dir, ['add', '.'])
    sh(dir, ['commit', '-qm', 'odd name'])
    const { r } = await report(dir)
    expect(r.defects.map((d) => [d.defect_code, d.file])).toEqual([['STORE_UNEXPECTED_FILE', name]])
  })

  it('warns about files that do not follow the layout', async () => {
    const dir = await exported()
    writeFileSync(join(dir, `closure-packets/${WINDOW}/notes.txt`), 'hello\n')
    sh(dir, ['add', '.'])
    sh(dir, ['commit', '-qm', 'notes'])
    const { code, r } = await report(dir)
    expect(code).toBe(0)
    expect(codes(r)).toEqual(['STORE_UNEXPECTED_FILE'])
  })
})
