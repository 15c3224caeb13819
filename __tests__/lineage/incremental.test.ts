import { execFileSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs } from '../store/git-fixture.js'
import { cli } from '../store/store-fixture.js'
import { cloneStore, commitAt, git, miniStore, T, W1, W2, type Mini } from './fixture.js'

// A build after new revisions reuses what earlier builds judged (verdicts by blob id, window
// hashes, snapshot heads) and a warm query reuses the fingerprint of the trusted inputs; none of it
// may change an answer. Each build here is compared with the same build in a clone that has no
// cache at all: same output, same commit id (so the same tree, bytes included).

let m: Mini
const results = (dir: string) => join(dir, '.git/release-evidence/results')
const build = (s: Mini, now: string) => s.run(['lineage', 'build', '--key-file', s.keys.demo, '--json'], now)
const head = (dir: string) => git(dir, ['rev-parse', 'HEAD']).trim()

beforeAll(async () => {
  m = await miniStore()
  const first = await build(m, '2026-11-28T11:00:00Z')
  expect(first.code, first.stderr).toBe(0)
}, 240_000)
afterAll(() => cleanupTempDirs())

describe('an incremental lineage build', () => {
  it('after one new revision equals a full build from scratch, byte for byte', async () => {
    expect(existsSync(join(results(m.dir), 'lineage-verdicts.cache'))).toBe(true)
    expect(existsSync(join(results(m.dir), 'lineage-window-hashes.cache'))).toBe(true)
    const e = await m.run(['hold', 'place', '--window', W1, '--reason', 'audit request 12', '--owner', 'legal-team', '--key-file', m.keys.holder], '2026-11-29T10:00:00Z')
    expect(e.code, e.stdout + e.stderr).toBe(0)
    const fresh = cloneStore(m)
    expect(existsSync(results(fresh.dir))).toBe(false)
    const inc = await build(m, '2026-11-29T11:00:00Z')
    const full = await build(fresh, '2026-11-29T11:00:00Z')
    expect(inc.code, inc.stderr).toBe(0)
    expect(full.code, full.stderr).toBe(0)
    expect(JSON.parse(inc.stdout).written).toMatch(/^[0-9a-f]{40}$/)
    expect(inc.stdout).toBe(full.stdout)
    expect(head(m.dir)).toBe(head(fresh.dir))
  })

  it('a forged verdict memo is not read: the build still equals one from scratch', async () => {
    const file = join(results(m.dir), 'lineage-verdicts.cache')
    const bytes = readFileSync(file, 'utf8')
    // someone who can write the file (not its key) renames a signer in every remembered verdict
    const forged = bytes.replaceAll('lane-b', 'someone-else')
    expect(forged).not.toBe(bytes)
    writeFileSync(file, forged)
    const e = await m.run(['hold', 'place', '--window', W2, '--reason', 'audit request 13', '--owner', 'legal-team', '--key-file', m.keys.holder], '2026-11-30T10:00:00Z')
    expect(e.code, e.stdout + e.stderr).toBe(0)
    const fresh = cloneStore(m)
    const inc = await build(m, '2026-11-30T11:00:00Z')
    const full = await build(fresh, '2026-11-30T11:00:00Z')
    expect(JSON.parse(inc.stdout).written).toMatch(/^[0-9a-f]{40}$/)
    expect(inc.stdout).not.toContain('someone-else')
    expect(inc.stdout).toBe(full.stdout)
    expect(head(m.dir)).toBe(head(fresh.dir))
    const graph = await m.run(['lineage', 'graph', '--json'], '2026-11-30T12:00:00Z')
    expect(graph.stdout).not.toContain('someone-else')
    expect(graph.stdout).toBe((await fresh.run(['lineage', 'graph', '--json'], '2026-11-30T12:00:00Z')).stdout)
  })
})

describe('the remembered history (history-memo.ts)', () => {
  // one file per set of folders: the graph's sources, and the whole tree for the retention index
  const memos = () => readdirSync(results(m.dir)).filter((f) => /^lineage-history-[0-9a-f]{12}\.cache$/.test(f)).map((f) => join(results(m.dir), f))
  const tips = () => memos().map((f) => (JSON.parse(readFileSync(f, 'utf8').split('\n')[1]) as { tip: string }).tip)

  it('a tip past a merge is scanned whole; a forged memo is not read; either way the build equals one from scratch', async () => {
    expect(memos()).toHaveLength(2)
    expect(tips()).toEqual([head(m.dir), head(m.dir)])
    const branch = git(m.dir, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()
    git(m.dir, ['checkout', '-q', '-b', 'side'])
    const policy = join(m.dir, 'policies/closure-packet.yaml')
    writeFileSync(policy, `${readFileSync(policy, 'utf8')}# reviewed on a side branch\n`)
    commitAt(m.dir, 'policy note on a side branch', '2026-12-03T09:00:00Z')
    git(m.dir, ['checkout', '-q', branch])
    commitAt(m.dir, 'an unrelated commit on the store branch', '2026-12-03T09:10:00Z')
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', 'merge the side branch', 'side'], { cwd: m.dir, env: { ...process.env, GIT_AUTHOR_NAME: 'F', GIT_AUTHOR_EMAIL: 'f@example.test', GIT_COMMITTER_NAME: 'F', GIT_COMMITTER_EMAIL: 'f@example.test', GIT_AUTHOR_DATE: '2026-12-03T09:20:00Z', GIT_COMMITTER_DATE: '2026-12-03T09:20:00Z' } })
    const e = await m.run(['hold', 'place', '--window', W1, '--reason', 'audit request 14', '--owner', 'legal-team', '--key-file', m.keys.holder], '2026-12-03T10:00:00Z')
    expect(e.code, e.stdout + e.stderr).toBe(0)
    // someone who can write the file (not its key) drops the policy change from the remembered history
    for (const f of memos()) writeFileSync(f, readFileSync(f, 'utf8').replaceAll('policies/closure-packet.yaml', 'policies/closure-packet.yml'))
    const fresh = cloneStore(m)
    const inc = await build(m, '2026-12-03T11:00:00Z')
    const full = await build(fresh, '2026-12-03T11:00:00Z')
    expect(inc.code, inc.stderr).toBe(0)
    expect(inc.stdout).toBe(full.stdout)
    expect(head(m.dir)).toBe(head(fresh.dir))
    expect(tips()).toEqual([0, 1].map(() => git(m.dir, ['rev-parse', 'HEAD~1']).trim()))
  })
})

describe('a warm query (trusted-inputs.ts: the fingerprint remembered for exactly these inputs)', () => {
  const inputsFile = () => join(results(m.dir), 'lineage-trusted-inputs.cache')
  const header = () => JSON.parse(readFileSync(inputsFile(), 'utf8').split('\n')[1]) as { tip: string; fingerprint: string }
  const chain = (s: Mini, now: string) => s.run(['trace', 'chain', '--packet-id', `closure:${W1}`, '--json'], now)

  it('is remembered for the tip it was proven at; a forged record is not read', async () => {
    const cold = await chain(m, '2026-12-01T10:00:00Z')
    expect(cold.code, cold.stderr).toBe(0)
    expect(header().tip).toBe(head(m.dir))
    expect((await chain(m, '2026-12-01T10:00:00Z')).stdout).toBe(cold.stdout)
    const bytes = readFileSync(inputsFile(), 'utf8')
    const [mac, head1, body] = bytes.split('\n')
    writeFileSync(inputsFile(), [mac, head1, body.replace(/"fingerprint":"[0-9a-f]{64}"/, `"fingerprint":"${'0'.repeat(64)}"`)].join('\n'))
    expect(readFileSync(inputsFile(), 'utf8')).not.toBe(bytes)
    expect((await chain(m, '2026-12-01T10:00:00Z')).stdout).toBe(cold.stdout)
    // the forged record was replaced by a proven one
    expect(readFileSync(inputsFile(), 'utf8')).toBe(bytes)
  })

  it('an edited policy file is other inputs: proven again, and the answer is the one a fresh clone gives', async () => {
    const before = header()
    const policy = join(m.dir, 'policies/closure-packet.yaml')
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('sample_size: 4', 'sample_size: 5'))
    const r = await chain(m, '2026-12-01T10:00:00Z')
    expect(r.code, r.stderr).toBe(0)
    expect(header().fingerprint).not.toBe(before.fingerprint)
    const fresh = cloneStore(m)
    writeFileSync(join(fresh.dir, 'policies/closure-packet.yaml'), readFileSync(policy, 'utf8'))
    expect(r.stdout).toBe((await chain(fresh, '2026-12-01T10:00:00Z')).stdout)
    git(m.dir, ['checkout', '--', 'policies/closure-packet.yaml'])
  })

  it('another pin writes no record: a chain that does not verify from it is never remembered', async () => {
    expect((await chain(m, '2026-12-01T10:00:00Z')).code).toBe(0)
    const proven = readFileSync(inputsFile(), 'utf8')
    await cli(m.dir, ['trace', 'chain', '--packet-id', `closure:${W1}`, '--json', '--now', '2026-12-01T10:00:00Z', '--trust-root', 'f'.repeat(64)])
    expect(readFileSync(inputsFile(), 'utf8')).toBe(proven)
  })

  it('an earlier instant does not reuse what a later one proved: a revision signed after it is not verified', async () => {
    expect((await chain(m, '2026-12-01T10:00:00Z')).code).toBe(0)
    // between W1 r001 and r002: r002 is signed after this instant
    const early = await chain(m, T.policy)
    expect(early.code, early.stderr).toBe(0)
    const rows = (JSON.parse(early.stdout) as { rows: { revision: string; signature_verified: boolean }[] }).rows
    expect(rows.slice(0, 2).map((r) => [r.revision, r.signature_verified])).toEqual([
      ['r001', true],
      ['r002', false]
    ])
  })
})

describe('the query graph stored in parts (graph-cache.ts, graph-slices.ts)', () => {
  const partsFile = () => join(results(m.dir), 'lineage-graph.cache')
  const queries: [string, string[]][] = [
    ['T1 trace chain', ['trace', 'chain', '--packet-id', `closure:${W1}`, '--json']],
    ['T2 trace policy', ['trace', 'policy', '--window', W1, '--json']],
    ['T3 trace signers', ['trace', 'signers', '--last', '3', '--json']],
    ['T4 trace holds', ['trace', 'holds', '--unresolved']],
    ['audit W1', ['audit', '--window', W1, '--json']],
    ['audit W2', ['audit', '--window', W2]]
  ]
  const NOW = '2026-12-04T10:00:00Z'
  /** Re-signs the file with the repository's own key, as only the verifier itself can. */
  const remac = (text: string) => {
    const key = readFileSync(join(m.dir, '.git/release-evidence/cache.key'))
    const body = text.slice(text.indexOf('\n') + 1)
    writeFileSync(partsFile(), `${createHmac('sha256', key).update(body).digest('hex')}\n${body}`)
  }

  it.each(queries)('%s: cold, warm and in a clone without any cache, the same bytes', async (_name, argv) => {
    const cold = await m.run(argv, NOW)
    expect(cold.code, cold.stderr).toBe(0)
    const header = readFileSync(partsFile(), 'utf8').split('\n')[1]
    expect(JSON.parse(header)).toMatchObject({ tip: head(m.dir) })
    expect(header).toContain(`"w:${W1}"`)
    const warm = await m.run(argv, NOW)
    expect(warm.stdout).toBe(cold.stdout)
    expect((await cloneStore(m).run(argv, NOW)).stdout).toBe(cold.stdout)
  })

  it('a warm answer comes from the stored parts; a damaged or stale file is a miss, answered as from scratch', async () => {
    const [name, argv] = queries[0]
    const cold = await m.run(argv, NOW)
    expect(cold.stdout, name).toContain('demo-release-lane')
    const bytes = readFileSync(partsFile(), 'utf8')
    // with the key (only the verifier has it) an edit of W1's part shows: the warm path read it
    remac(bytes.replaceAll('"signer_id":"demo-release-lane"', '"signer_id":"demo-release-fake"'))
    expect((await m.run(argv, NOW)).stdout).toContain('demo-release-fake')
    // without the key, the same edit is not read
    writeFileSync(partsFile(), bytes.replaceAll('"signer_id":"demo-release-lane"', '"signer_id":"demo-release-fake"'))
    expect((await m.run(argv, NOW)).stdout).toBe(cold.stdout)
    // a file stored for another commit (authentic, but stale) is not read either
    remac(bytes.replace(`"tip":"${head(m.dir)}"`, `"tip":"${m.commits.w1r1}"`).replaceAll('"signer_id":"demo-release-lane"', '"signer_id":"demo-release-fake"'))
    expect((await m.run(argv, NOW)).stdout).toBe(cold.stdout)
    // nor one that holds a revision signed after the instant asked about
    const signedMax = /"signed_max":(\d+)/.exec(bytes)![1]
    const later = String(Date.parse('2027-01-01T00:00:00Z'))
    // same length, so the parts keep their places: the file reads whole, and only its instant stops it
    expect(later).toHaveLength(signedMax.length)
    remac(bytes.replace(`"signed_max":${signedMax}`, `"signed_max":${later}`).replaceAll('"signer_id":"demo-release-lane"', '"signer_id":"demo-release-fake"'))
    expect((await m.run(argv, NOW)).stdout).toBe(cold.stdout)
  })
})
