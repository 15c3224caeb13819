import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublishOutcome } from '../../src/publish/race.js'
import { cloneRepo, FIXED_EPOCH, gitText, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'
import { sha256, type TestPacket } from '../helpers/store-exporter.js'

// Six runs export the same release window at the same moment, each in its own process and its
// own clone (half of them depth-1 clones, as actions/checkout makes), against one real smart-HTTP
// remote. Whatever the interleaving, the store must end as one linear chain of revisions in which
// every run's export is present exactly once, or was reported unchanged because the same content
// had just landed; nothing overwritten, nothing lost, every chain link verifiable from the bytes.

const TOKEN = 'ghs_raceToken'
const BRANCH = 'release-evidence'
const WINDOW = 'rw-2026-11-23'
const HERE = import.meta.dirname
const LOADER = join(HERE, '..', 'helpers', 'ts-loader.mjs')
const WRITER = join(HERE, 'fixtures', 'race-writer.ts')

// alpha twice: the second alpha is a different run (other commit time) with equal content
const WRITERS = [
  { name: 'w1', content: 'alpha' },
  { name: 'w2', content: 'bravo' },
  { name: 'w3', content: 'charlie' },
  { name: 'w4', content: 'delta' },
  { name: 'w5', content: 'alpha' },
  { name: 'w6', content: 'echo' }
]

type Result = PublishOutcome & { name: string; deepened: boolean; error?: string }

let server: GitHttpServer
let root: string
let results: Result[]
let exitCodes: (number | null)[]

function startWriter(args: object): { child: ChildProcess; lines: AsyncIterator<string> } {
  const child = spawn(process.execPath, ['--import', LOADER, WRITER, JSON.stringify(args)], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  return { child, lines }
}

beforeAll(async () => {
  server = await startGitHttpServer({ token: TOKEN })
  await seedCommits(server, { count: 8 })
  root = await tempDir('race')
  const dirs = await Promise.all(WRITERS.map((w, i) => cloneRepo(server.url, join(root, w.name), { token: TOKEN, depth: i % 2 === 0 ? 1 : undefined })))
  const writers = WRITERS.map((w, i) =>
    startWriter({ ...w, dir: dirs[i], url: server.url, token: TOKEN, branch: BRANCH, window: WINDOW, timestamp: FIXED_EPOCH + 1000 + i, maxAttempts: 12 })
  )
  // all processes loaded and waiting: release them together
  for (const w of writers) expect((await w.lines.next()).value).toBe('ready')
  for (const w of writers) w.child.stdin!.end('go\n')
  results = await Promise.all(writers.map(async (w) => JSON.parse((await w.lines.next()).value as string) as Result))
  exitCodes = await Promise.all(writers.map((w) => new Promise<number | null>((r) => (w.child.exitCode !== null ? r(w.child.exitCode) : w.child.once('exit', r)))))
}, 240_000)

afterAll(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

/** The store branch on the server as (commit, packet) per revision, oldest first. */
async function chain(): Promise<{ commit: string; parents: string[]; added: string[]; packet: TestPacket; bytes: string }[]> {
  const commits = (await gitText(server.bareDir, ['rev-list', '--reverse', '--topo-order', BRANCH])).split('\n')
  return Promise.all(
    commits.map(async (commit) => {
      const parents = (await gitText(server.bareDir, ['rev-list', '--parents', '-n', '1', commit])).split(' ').slice(1)
      const added = (await gitText(server.bareDir, ['diff-tree', '--root', '--no-commit-id', '-r', '--name-status', commit])).split('\n')
      const packetPath = added.map((l) => l.split('\t')).find(([s, p]) => s === 'A' && p.endsWith('.json'))![1]
      const bytes = await gitText(server.bareDir, ['show', `${commit}:${packetPath}`])
      return { commit, parents, added, packet: JSON.parse(bytes) as TestPacket, bytes: `${bytes}\n` }
    })
  )
}

describe('six concurrent runs exporting the same window', () => {
  it('all end successfully: pushed, or unchanged because the same content had landed', () => {
    expect(results.map((r) => r.error ?? r.status).sort()).toEqual(expect.arrayContaining(['pushed']))
    for (const r of results) expect(['pushed', 'unchanged']).toContain(r.error ?? r.status)
    expect(exitCodes).toEqual(WRITERS.map(() => 0))
  })

  it('actually raced: runs lost pushes and rebuilt on the new tip', () => {
    const raced = results.flatMap((r) => r.events.filter((e) => e.kind === 'raced'))
    expect(raced.length).toBeGreaterThan(0)
    expect(results.some((r) => r.events.some((e) => e.kind === 'rebuilt'))).toBe(true)
  })

  it('leaves one linear chain r001..rN, each revision in its own commit, superseding the one before', async () => {
    const c = await chain()
    const pushed = results.filter((r) => r.status === 'pushed')
    expect(c).toHaveLength(pushed.length)
    c.forEach((link, i) => {
      expect(link.parents).toEqual(i === 0 ? [] : [c[i - 1].commit])
      expect(link.packet.revision).toBe(`r${String(i + 1).padStart(3, '0')}`)
      // the window's page (README.md, first) is added with r001 and rewritten with each later revision
      expect(link.added.map((l) => l.split('\t')[0])).toEqual([i === 0 ? 'A' : 'M', 'A', 'A', 'A'])
      expect(link.packet.supersedes).toBe(i === 0 ? null : sha256(c[i - 1].bytes))
    })
    // (packs of pushes the server refused leave dangling commits behind; those are not corruption)
    expect(await gitText(server.bareDir, ['fsck', '--strict', '--no-dangling', '--no-progress'])).toBe('')
  })

  it('accounts for every run: each pushed export is exactly one revision, each unchanged one matches what had landed', async () => {
    const c = await chain()
    const byCommit = new Map(c.map((l) => [l.commit, l]))
    const claimed = new Set<string>()
    for (const r of results) {
      const content = WRITERS.find((w) => w.name === r.name)!.content
      expect(r.remoteTip).not.toBeNull()
      const link = byCommit.get(r.remoteTip!)
      expect(link, `${r.name}: its tip ${r.remoteTip} is not on the store branch`).toBeDefined()
      // the revision at the tip the run stopped on holds its content (its own, or an equal one that won)
      expect(link!.packet.content).toBe(content)
      if (r.status === 'pushed') {
        expect(claimed.has(r.remoteTip!), `${r.remoteTip} claimed twice`).toBe(false)
        claimed.add(r.remoteTip!)
        expect(r.export.revision).toBe(link!.packet.revision)
      } else {
        expect(r.export.commitOid).toBeNull()
      }
    }
    // every revision on the branch is some run's push: nothing appeared that no run reported
    expect(claimed.size).toBe(c.length)
    // every distinct content is on the branch
    expect(new Set(c.map((l) => l.packet.content))).toEqual(new Set(WRITERS.map((w) => w.content)))
  })

  it('a fresh clone sees the same history with native git, and the code branch is untouched', async () => {
    const fresh = await cloneRepo(server.url, join(root, 'auditor'), { token: TOKEN, branch: BRANCH })
    const subjects = (await gitText(fresh, ['log', '--reverse', '--format=%s'])).split('\n')
    expect(subjects.map((s) => /r\d{3}/.exec(s)?.[0])).toEqual(subjects.map((_, i) => `r${String(i + 1).padStart(3, '0')}`))
    expect(await gitText(server.bareDir, ['rev-list', '--count', 'main'])).toBe('8')
    const deepened = results.filter((r) => r.deepened).map((r) => r.name)
    expect(deepened).toEqual([]) // the store branch shares no history with the shallow code branch
  })
})
