import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { createProgress } from '../../src/report/progress.js'
import { parseShard, shardOfGroup } from '../../src/store/shard.js'
import { cleanupTempDirs, commitAll, head, sh, tempDir, writeFiles } from './git-fixture.js'
import { cli, demoKeyFile, edit, exportClosure, inputFiles, NOW, pinOf, storeRepo, verify } from './store-fixture.js'

// `verify --shard i/n` over a real store in a real repository, merged by `verify merge`: the merged
// verdict is the unsharded one, and a set of shard files that is not one whole run fails.

interface Report {
  blocking: number
  verifiedTip: string | null
  defects: { defect_code: string; field: string; file: string; detail: string }[]
  windows: { release_window_id: string; series: string; latest: string; ok: boolean }[]
  shard?: { index: number; count: number; covered: { root: string; groups: string[] }[] }
  merge?: { consistent: boolean; shards: number }
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F']

/** The fixture's window and five copies of it (RW-2026-11-B..F), each with its own alarm and evidence ids. */
function sixWindowInputs(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputFiles()).map(([path, text]) => {
      const [header, ...rows] = text.trimEnd().split('\n')
      const copies = LETTERS.slice(1).flatMap((l, k) => rows.map((r) => r.replaceAll('RW-2026-11-A', `RW-2026-11-${l}`).replaceAll('ALM-1', `ALM-${k + 2}`).replaceAll('EV-1', `EV-${k + 2}`)))
      return [path, `${[header, ...rows, ...copies].join('\n')}\n`]
    })
  )
}

const codes = (r: Report) => r.defects.map((d) => d.defect_code).sort()
const windowSet = (r: Report) => r.windows.map((w) => `${w.series} ${w.latest} ${w.ok}`).sort()

let key: string
let dir: string
let out: string
beforeAll(async () => {
  key = demoKeyFile()
  dir = storeRepo(sixWindowInputs())
  expect((await exportClosure(dir, key)).code).toBe(0)
  out = tempDir('re-shards-')
})
afterAll(cleanupTempDirs)

async function runShards(n: number, tag: string, extra: string[] = []): Promise<{ files: string[]; reports: Report[]; codes: number[] }> {
  const files: string[] = []
  const reports: Report[] = []
  const exits: number[] = []
  for (let i = 1; i <= n; i++) {
    const file = join(out, `${tag}-${i}.json`)
    const run = await verify(dir, ['--shard', `${i}/${n}`, '--json', '--out', file, ...extra])
    expect(run.stderr).toBe('')
    exits.push(run.code)
    files.push(file)
    reports.push(JSON.parse(readFileSync(file, 'utf8')) as Report)
    expect(JSON.parse(run.stdout)).toEqual(reports[i - 1])
  }
  return { files, reports, codes: exits }
}

async function merge(files: string[], extra: string[] = []): Promise<{ code: number; r: Report; stderr: string }> {
  const run = await verify(dir, ['merge', ...files, '--json', ...extra])
  return { code: run.code, r: (run.code === 2 ? {} : JSON.parse(run.stdout)) as Report, stderr: run.stderr }
}

describe('verify --shard i/n and verify merge', () => {
  it('splits a real store across 3 shards, each judging its own windows, and merges to the unsharded verdict', async () => {
    const whole = await verify(dir, ['--json'])
    expect(whole.code).toBe(0)
    const all = JSON.parse(whole.stdout) as Report
    expect(all.windows.length).toBe(7) // six closure windows and the trust root

    const { files, reports, codes: exits } = await runShards(3, 'pass')
    expect(exits).toEqual([0, 0, 0])
    // each window is judged by exactly one shard, the one its id hashes to, and more than one shard has work
    const judged = reports.flatMap((r) => r.windows.map((w) => w.series)).sort()
    expect(judged).toEqual(all.windows.map((w) => w.series).sort())
    for (const r of reports) for (const w of r.windows) expect(shardOfGroup(w.release_window_id, 3)).toBe(r.shard!.index)
    expect(reports.filter((r) => r.windows.length > 0).length).toBeGreaterThan(1)
    for (const r of reports) expect(r.verifiedTip).toBeNull()

    const merged = await merge(files)
    expect(merged.code).toBe(0)
    expect(merged.r.merge).toMatchObject({ consistent: true, shards: 3 })
    expect(windowSet(merged.r)).toEqual(windowSet(all))
    expect(codes(merged.r)).toEqual(codes(all))
    expect(merged.r.verifiedTip).toBe(head(dir))

    const text = await verify(dir, ['merge', ...files])
    expect(text.stdout).toMatch(/^Merged 3 shard\(s\) \(3 file\(s\)\): consistent\nStore verification: PASS/)
  })

  it('fails a merge that lacks a shard, names it, and gives no verified tip', async () => {
    const { files } = await runShards(3, 'missing')
    const merged = await merge([files[0], files[2]])
    expect(merged.code).toBe(1)
    expect(merged.r.defects.filter((d) => d.defect_code === 'STORE_SHARD_MISSING').map((d) => d.detail)).toEqual(['no result for shard 2/3: its windows were not judged'])
    expect(merged.r.verifiedTip).toBeNull()
  })

  it('fails a merge given the same shard twice', async () => {
    const { files } = await runShards(3, 'dup')
    const merged = await merge([files[0], files[1], files[1], files[2]])
    expect(merged.code).toBe(1)
    expect(codes(merged.r)).toEqual(['STORE_SHARD_DUPLICATE'])
  })

  it('fails a merge of shards over different store commits, and shards of an older commit replayed on a newer one', async () => {
    const old = await runShards(3, 'old')
    writeFiles(dir, { 'NOTES.md': 'an unrelated commit\n' })
    commitAll(dir, 'notes')
    const fresh = await runShards(3, 'new')
    const mixed = await merge([old.files[0], fresh.files[1], fresh.files[2]])
    expect(mixed.code).toBe(1)
    expect(mixed.r.defects.filter((d) => d.defect_code === 'STORE_SHARD_MISMATCH').map((d) => d.field)).toEqual(['shard.commit'])
    const replayed = await merge(old.files)
    expect(replayed.code).toBe(1)
    expect(codes(replayed.r)).toEqual(['STORE_SHARD_MISMATCH', 'STORE_SHARD_MISMATCH', 'STORE_SHARD_MISMATCH'])
    expect((await merge(fresh.files)).code).toBe(0)
  })

  it('does not take a shard file at its word: a window dropped from its coverage, another pin, or a whole-store result', async () => {
    const { files, reports } = await runShards(3, 'forged')
    const victim = reports.findIndex((r) => r.windows.length > 0)
    const forged = structuredClone(reports[victim])
    const dropped = forged.windows.shift()!
    for (const c of forged.shard!.covered) c.groups = c.groups.filter((g) => g !== dropped.release_window_id)
    const forgedFile = join(out, 'forged-edited.json')
    writeFileSync(forgedFile, JSON.stringify(forged))
    const merged = await merge(files.map((f, i) => (i === victim ? forgedFile : f)))
    expect(merged.code).toBe(1)
    expect(merged.r.defects.find((d) => d.defect_code === 'STORE_SHARD_COVERAGE')!.detail).toContain(`missing `)

    const renumbered = structuredClone(reports[0])
    renumbered.shard!.index = 4
    const renumberedFile = join(out, 'forged-index.json')
    writeFileSync(renumberedFile, JSON.stringify(renumbered))
    const beyond = await merge([renumberedFile, files[1], files[2]])
    expect(beyond.code).toBe(1)
    expect(beyond.r.defects.map((d) => `${d.defect_code} ${d.field}`)).toEqual(expect.arrayContaining(['STORE_SHARD_MISMATCH shard.index', 'STORE_SHARD_MISSING shard.index']))

    const otherPin = await merge(files, ['--trust-root', 'f'.repeat(64)])
    expect(otherPin.code).toBe(1)
    expect(otherPin.r.defects.filter((d) => d.defect_code === 'STORE_SHARD_MISMATCH').map((d) => d.field)).toEqual(['shard.pin', 'shard.pin', 'shard.pin'])

    const wholeFile = join(out, 'whole.json')
    expect((await verify(dir, ['--json', '--out', wholeFile])).code).toBe(0)
    const notShard = await merge([wholeFile])
    expect(notShard.code).toBe(2)
    expect(notShard.stderr).toContain(`${wholeFile}: shard: expected an object (the file is a whole-store result: was --shard given?)`)
  })

  it('merges a failing store to the same defects as the unsharded verify', async () => {
    const fail = storeRepo(sixWindowInputs())
    expect((await exportClosure(fail, key)).code).toBe(0)
    edit(fail, 'closure-packets/rw-2026-11-c/packet-r001.json', (t) => t.replace('"resolved_by": "amara.okafor"', '"resolved_by": "mallory"'))
    sh(fail, ['commit', '-qam', 'tamper with a signed packet'])
    const whole = JSON.parse((await verify(fail, ['--json'])).stdout) as Report
    expect(whole.blocking).toBeGreaterThan(0)
    const files: string[] = []
    const exits: number[] = []
    for (let i = 1; i <= 3; i++) {
      files.push(join(out, `fail-${i}.json`))
      exits.push((await verify(fail, ['--shard', `${i}/3`, '--json', '--out', files[i - 1]])).code)
    }
    expect(exits.filter((c) => c === 1)).toHaveLength(1)
    const run = await cli(fail, ['verify', '--allow-demo-key', 'merge', ...files, '--json'])
    expect(run.code).toBe(1)
    const merged = JSON.parse(run.stdout) as Report
    expect(merged.defects).toEqual(whole.defects)
    expect(windowSet(merged)).toEqual(windowSet(whole))
  })
})

describe('progress of a long verify on stderr', () => {
  /** verify with a progress writer as the CLI injects one where stderr is not a terminal (a CI log) */
  async function withProgress(argv: string[]): Promise<{ code: number; lines: string[]; stdout: string }> {
    const lines: string[] = []
    let stdout = ''
    const code = await runCli(['verify', '--allow-demo-key', '--now', NOW, ...argv], {
      io: { stdout: (t) => void (stdout += t), stderr: (t) => void lines.push(t), progress: createProgress({ write: (t) => lines.push(t), tty: false, now: () => 0 }) },
      cwd: dir,
      env: { RELEASE_EVIDENCE_TRUST_ROOT: pinOf(dir) },
      clock: () => Date.parse(NOW)
    })
    return { code, lines, stdout }
  }

  it('prints one line per phase in a log: the packets a shard inspected, then the shard; stdout keeps only the result', async () => {
    const whole = await withProgress(['--no-cache', '--json'])
    const packets = (JSON.parse(whole.stdout) as { stats: { packets_inspected: number } }).stats.packets_inspected
    expect(whole.lines).toEqual([`verify: packets inspected: ${packets}/${packets} (100%) in 0.0 s\n`, 'verify: store: done in 0.0 s\n'])
    const file = join(out, 'progress-2.json')
    const shard = await withProgress(['--shard', '2/3', '--json', '--out', file])
    const mine = (JSON.parse(shard.stdout) as { stats: { packets_inspected: number } }).stats.packets_inspected
    expect(mine).toBeLessThan(packets)
    expect(shard.lines).toEqual([`verify: packets inspected: ${mine}/${mine} (100%) in 0.0 s\n`, 'verify: shard 2/3: done in 0.0 s\n'])
    const merged = await withProgress(['merge', file])
    expect(merged.lines).toEqual(['verify merge: shard results: 1/1 (100%) in 0.0 s\n'])
    expect(merged.stdout).toMatch(/^Merged 3 shard\(s\) \(1 file\(s\)\): INCONSISTENT/)
  })
})

describe('the assignment of windows to shards', () => {
  it('is a stable hash of the window id (changing it would split old and new jobs differently)', () => {
    // pinned: the first four bytes of sha256(window id), big-endian, modulo n, plus one
    expect(LETTERS.map((l) => shardOfGroup(`rw-2026-11-${l.toLowerCase()}`, 3))).toEqual([3, 3, 2, 2, 3, 3])
    expect(shardOfGroup('root', 3)).toBe(2)
    // the store root's own files (group '') are shard 1's, as are all windows of a run of one shard
    expect(shardOfGroup('', 7)).toBe(1)
    expect(shardOfGroup('rw-2026-11-a', 1)).toBe(1)
  })

  it.each(['0/3', '4/3', '1/0', 'a/b', '1/3/5', '1/999'])('refuses --shard %s with the fix', (spec) => {
    expect(() => parseShard(spec)).toThrow(/is not i\/n with 1 <= i <= n <= 256; in a matrix job pass e\.g\. --shard/)
  })
})
