import { rm } from 'node:fs/promises'
import { inspect } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { exitCodeFor, PolicyFailure } from '../../src/errors.js'
import { syncStoreBranch } from '../../src/publish/deepen.js'
import { PublishFailedError } from '../../src/publish/failure.js'
import { publishStore, retryDelayMs, type PublishEvent } from '../../src/publish/race.js'
import type { RemoteTarget } from '../../src/publish/remote.js'
import { cloneRepo, FIXED_EPOCH, git, gitText, lsRemote, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'
import { makeExporter, sha256, type TestPacket } from '../helpers/store-exporter.js'

// Publishing against a real smart-HTTP remote (git http-backend on 127.0.0.1): a dedicated store
// branch created as an orphan, exports chained revision after revision, stale and raced exports
// rebuilt on the tip, and the sleeps between retries exactly as scheduled.

const TOKEN = 'ghs_publishTestToken000000000000000000'
const BRANCH = 'release-evidence'
const WINDOW = 'rw-2026-11-23'
const token = { reveal: () => TOKEN }

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(): Promise<{ server: GitHttpServer; target: (dir: string) => RemoteTarget; clone: (depth?: number) => Promise<string> }> {
  const server = await startGitHttpServer({ token: TOKEN })
  cleanups.push(() => server.close())
  await seedCommits(server, { count: 5 })
  return {
    server,
    target: () => ({ url: server.url, remote: 'origin', token }),
    clone: async (depth?: number) => {
      const dir = await tempDir('publish-clone')
      cleanups.push(() => rm(dir, { recursive: true, force: true }))
      return cloneRepo(server.url, dir, { depth, token: TOKEN })
    }
  }
}

type Env = Awaited<ReturnType<typeof setup>>
const competitorClones = new WeakMap<Env, Promise<string>>()

/**
 * One export of `content`, synced and published, from another run's clone (one clone per test,
 * reused: each export syncs it to the remote tip first, as a fresh run would be).
 */
async function exportOnce(env: Env, content: string, offset: number, opts: { depth?: number } = {}) {
  let pending = competitorClones.get(env)
  if (!pending) competitorClones.set(env, (pending = env.clone(opts.depth)))
  const dir = await pending
  const target = env.target(dir)
  const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
  const rebuild = makeExporter({ dir, branch: BRANCH, window: WINDOW, content, timestamp: FIXED_EPOCH + offset })
  const candidate = await rebuild(sync.baseOid)
  const outcome = await publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, sleep: async () => undefined })
  return { dir, sync, outcome }
}

async function packetsOnRemote(server: GitHttpServer): Promise<TestPacket[]> {
  const names = (await gitText(server.bareDir, ['ls-tree', '-r', '--name-only', BRANCH, `closure-packets/${WINDOW}`])).split('\n').filter((p) => p.endsWith('.json'))
  return Promise.all(names.map(async (n) => JSON.parse(await gitText(server.bareDir, ['show', `${BRANCH}:${n}`])) as TestPacket))
}

describe('publishing to a dedicated store branch', () => {
  it('creates the branch on the remote as an orphan root holding only the store', async () => {
    const env = await setup()
    const { sync, outcome } = await exportOnce(env, 'closure A', 1, { depth: 1 })

    expect(sync).toMatchObject({ remoteTip: null, baseOid: null, local: 'absent-on-remote' })
    expect(outcome).toMatchObject({ status: 'pushed', attempts: 1, export: { revision: 'r001' } })
    const tip = await lsRemote(env.server.url, BRANCH, TOKEN)
    expect(tip).toBe(outcome.remoteTip)
    // an orphan: one root commit, no code history, the release branch untouched
    expect(await gitText(env.server.bareDir, ['rev-list', '--count', BRANCH])).toBe('1')
    expect(await gitText(env.server.bareDir, ['ls-tree', '-r', '--name-only', BRANCH])).toBe(
      [`closure-packets/${WINDOW}/README.md`, `closure-packets/${WINDOW}/packet-r001.json`, `closure-packets/${WINDOW}/packet-r001.sig`, `closure-packets/${WINDOW}/verify-r001.log`].join('\n')
    )
    expect(await gitText(env.server.bareDir, ['rev-list', '--count', 'main'])).toBe('5')
  })

  it('chains each new export as the next revision on the tip, and publishes nothing for content already there', async () => {
    const env = await setup()
    await exportOnce(env, 'closure A', 1)
    const second = await exportOnce(env, 'closure B', 2)
    const pushesBefore = env.server.requests.filter((r) => r.method === 'POST' && r.service === 'git-receive-pack').length
    const third = await exportOnce(env, 'closure B', 3)

    expect(second.outcome).toMatchObject({ status: 'pushed', export: { revision: 'r002' } })
    expect(third.outcome).toMatchObject({ status: 'unchanged', attempts: 0, export: { commitOid: null, revision: 'r002' } })
    expect(env.server.requests.filter((r) => r.method === 'POST' && r.service === 'git-receive-pack')).toHaveLength(pushesBefore)

    const [r1, r2] = await packetsOnRemote(env.server)
    expect(r2.supersedes).toBe(sha256(`${JSON.stringify(r1)}\n`))
    expect(await gitText(env.server.bareDir, ['log', '--format=%s', BRANCH])).toMatch(/r002[\s\S]*r001/)
  })

  it('rebuilds an export made on a stale base on the remote tip before pushing', async () => {
    const env = await setup()
    const dir = await env.clone(1)
    const target = env.target(dir)
    const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
    const rebuild = makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'closure late', timestamp: FIXED_EPOCH + 9 })
    const candidate = await rebuild(sync.baseOid)
    expect(candidate.revision).toBe('r001')

    await exportOnce(env, 'closure early', 1) // lands r001 meanwhile
    const outcome = await publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, sleep: async () => undefined })

    expect(outcome).toMatchObject({ status: 'pushed', attempts: 1, export: { revision: 'r002' } })
    expect(outcome.events.map((e) => e.kind)).toEqual(['rebuilt', 'pushed'])
    expect((await packetsOnRemote(env.server)).map((p) => p.content)).toEqual(['closure early', 'closure late'])
    // the local branch follows the remote; the replaced candidate is no longer on it
    expect(await gitText(dir, ['rev-parse', `refs/heads/${BRANCH}`])).toBe(outcome.remoteTip)
    const onBranch = await git(['merge-base', '--is-ancestor', candidate.commitOid!, `refs/heads/${BRANCH}`], { cwd: dir, allowFail: true })
    expect(onBranch.code).toBe(1)
  })
})

describe('losing a push race', () => {
  it('cancels the push when the advertised tip moved, waits the scheduled delay, and lands as the next revision', async () => {
    const env = await setup()
    await exportOnce(env, 'closure A', 1)
    const dir = await env.clone()
    const target = env.target(dir)
    const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
    const inner = makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'closure mine', timestamp: FIXED_EPOCH + 20 })
    const candidate = await inner(sync.baseOid) // r002 on r001
    await exportOnce(env, 'closure B', 2) // r002 lands elsewhere: our candidate is stale
    let builds = 0
    // While we rebuild on that tip, a third run lands: the tip we built on is gone when we push.
    const rebuild = async (tip: string | null) => {
      const built = await inner(tip)
      if (builds++ === 0) await exportOnce(env, 'closure C', 3)
      return built
    }
    const sleeps: number[] = []
    const outcome = await publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, sleep: async (ms) => void sleeps.push(ms), backoff: { baseMs: 100 } })

    expect(outcome).toMatchObject({ status: 'pushed', attempts: 2, export: { revision: 'r004' } })
    expect(outcome.events.map((e) => e.kind)).toEqual(['rebuilt', 'raced', 'rebuilt', 'pushed'])
    const raced = outcome.events.find((e): e is Extract<PublishEvent, { kind: 'raced' }> => e.kind === 'raced')!
    const firstRebuild = outcome.events[0] as Extract<PublishEvent, { kind: 'rebuilt' }>
    expect(raced.expectedTip).toBe(firstRebuild.tip)
    expect(raced.remoteTip).not.toBe(firstRebuild.tip)
    expect(sleeps).toEqual([retryDelayMs(1, firstRebuild.commitOid!, { baseMs: 100 })])
    expect(raced.waitMs).toBe(sleeps[0])
    expect((await packetsOnRemote(env.server)).map((p) => [p.revision, p.content])).toEqual([
      ['r001', 'closure A'],
      ['r002', 'closure B'],
      ['r003', 'closure C'],
      ['r004', 'closure mine']
    ])
  })

  it('detects a competitor that lands after the ref advertisement (server-side lock failure) by the moved tip', async () => {
    const env = await setup()
    await exportOnce(env, 'closure A', 1)
    const dir = await env.clone()
    const target = env.target(dir)
    const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
    const rebuild = makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'closure mine', timestamp: FIXED_EPOCH + 20 })
    const candidate = await rebuild(sync.baseOid)
    let competitor: Promise<unknown> | null = null
    env.server.beforeReceivePack = async () => {
      if (competitor) return
      env.server.beforeReceivePack = null
      competitor = exportOnce(env, 'closure theirs', 10)
      await competitor
    }
    const outcome = await publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, sleep: async () => undefined })

    expect(outcome).toMatchObject({ status: 'pushed', attempts: 2, export: { revision: 'r003' } })
    expect(outcome.events.map((e) => e.kind)).toEqual(['raced', 'rebuilt', 'pushed'])
    expect((await packetsOnRemote(env.server)).map((p) => p.content)).toEqual(['closure A', 'closure theirs', 'closure mine'])
  })

  it('stops as "unchanged" when the run that won published the same content', async () => {
    const env = await setup()
    const dir = await env.clone()
    const target = env.target(dir)
    const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
    const rebuild = makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'closure same', timestamp: FIXED_EPOCH + 20 })
    const candidate = await rebuild(sync.baseOid)
    await exportOnce(env, 'closure same', 5)
    const outcome = await publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, sleep: async () => undefined })

    expect(outcome).toMatchObject({ status: 'unchanged', attempts: 0, export: { commitOid: null, revision: 'r001' } })
    expect(await packetsOnRemote(env.server)).toHaveLength(1)
  })

  it('reports "already-published" when an identical run already pushed the very same commit', async () => {
    const env = await setup()
    const [a, b] = [await env.clone(), await env.clone()]
    // same content, same instant, same (absent) base: byte-identical commits in both clones
    const exporters = [a, b].map((dir) => makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'twin', timestamp: FIXED_EPOCH + 7 }))
    const [ca, cb] = [await exporters[0](null), await exporters[1](null)]
    expect(ca.commitOid).toBe(cb.commitOid)
    await publishStore({ dir: a, target: env.target(a), branch: BRANCH, candidate: ca, rebuildOnTip: exporters[0] })
    const outcome = await publishStore({ dir: b, target: env.target(b), branch: BRANCH, candidate: cb, rebuildOnTip: exporters[1] })
    expect(outcome).toMatchObject({ status: 'already-published', attempts: 0, remoteTip: ca.commitOid })
  })

  it('gives up after max attempts with PUBLISH_FAILED, naming the fix and keeping the signed files', async () => {
    const env = await setup()
    await exportOnce(env, 'closure A', 1)
    const dir = await env.clone()
    const target = env.target(dir)
    const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
    const inner = makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'closure unlucky', timestamp: FIXED_EPOCH + 50 })
    let n = 0
    const rebuild = async (tip: string | null) => {
      const built = await inner(tip)
      await exportOnce(env, `closure competitor ${++n}`, 100 + n) // someone always lands first
      return built
    }
    const candidate = await rebuild(sync.baseOid)
    const sleeps: number[] = []
    const err = await publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, maxAttempts: 3, sleep: async (ms) => void sleeps.push(ms) }).catch((e: unknown) => e)

    expect(err).toBeInstanceOf(PublishFailedError)
    expect(err).toBeInstanceOf(PolicyFailure)
    const failure = err as PublishFailedError
    expect(exitCodeFor(failure)).toBe(1)
    expect(failure.code).toBe('PUBLISH_FAILED')
    expect(failure.details).toMatchObject({ reason: 'race-exhausted', attempts: 3 })
    expect(sleeps).toHaveLength(2)
    expect(failure.message).toContain("raise the 'max-attempts' input")
    expect(failure.message).toContain('concurrency')
    // nothing lost: the last export is a local commit holding every listed file
    expect(failure.files).toHaveLength(3)
    for (const f of failure.files) await git(['cat-file', '-e', `${failure.details.commitOid}:${f}`], { cwd: dir })
    // nothing overwritten: every competitor's revision is on the remote, in order
    // (competitor 1 landed while the candidate was built, 2-4 during the three rebuilds)
    expect((await packetsOnRemote(env.server)).map((p) => p.content)).toEqual(['closure A', ...[1, 2, 3, 4].map((i) => `closure competitor ${i}`)])
  })
})

describe('the token', () => {
  it('is sent only as the Basic credential and never appears in errors, messages or serialized outcomes', async () => {
    const env = await setup()
    await env.server.setPreReceive('echo "GH006: Protected branch update failed" >&2; exit 1')
    const dir = await env.clone()
    const target = env.target(dir)
    const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
    const rebuild = makeExporter({ dir, branch: BRANCH, window: WINDOW, content: 'x', timestamp: FIXED_EPOCH })
    const err = await publishStore({ dir, target, branch: BRANCH, candidate: await rebuild(sync.baseOid), rebuildOnTip: rebuild }).catch((e: unknown) => e)

    expect(err).toBeInstanceOf(PublishFailedError)
    for (const text of [String(err), (err as Error).message, inspect(err, { depth: 10 }), JSON.stringify(err), JSON.stringify(target)]) {
      expect(text).not.toContain(TOKEN)
    }
    // every authenticated request carried the token; none was answered 401 (no credential prompt round trip)
    expect(env.server.requests.filter((r) => r.status === 401)).toEqual([])
  })
})
