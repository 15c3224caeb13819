import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exitCodeFor, UserError } from '../../src/errors.js'
import { openRepository } from '../../src/git/index.js'
import { assertCompleteHistory, shallowBoundariesReachable, syncStoreBranch } from '../../src/publish/deepen.js'
import type { RemoteTarget } from '../../src/publish/remote.js'
import { cloneRepo, git, gitText, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'

// actions/checkout clones at depth 1 by default. In such a clone git answers history questions
// wrongly without any error (the boundary commit "added" every file). These tests reproduce that
// with `git clone --depth 1` from a real smart-HTTP remote, then show the store branch deepened
// before any question is asked, or the run stopped with HISTORY_SHALLOW (exit 2).

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function server(opts: { token?: string } = {}): Promise<GitHttpServer> {
  const s = await startGitHttpServer(opts)
  cleanups.push(() => s.close())
  return s
}

async function shallowClone(s: GitHttpServer, opts: { token?: string; depth?: number } = {}): Promise<string> {
  const dir = await tempDir('deepen')
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return cloneRepo(s.url, dir, { depth: opts.depth ?? 1, token: opts.token })
}

const target = (s: GitHttpServer, token?: string): RemoteTarget => ({ url: s.url, remote: 'origin', token: token ? { reveal: () => token } : null })

describe('a depth-1 clone whose checked-out branch is the store branch', () => {
  it('answers history questions wrongly until deepened, and correctly after', async () => {
    const s = await server()
    await seedCommits(s, { count: 30 })
    const dir = await shallowClone(s)
    const firstCommit = await gitText(s.bareDir, ['rev-list', '--max-parents=0', 'main'])

    // the pitfall: the boundary commit claims to have added a file that commit 1 added
    expect(await gitText(dir, ['log', '--format=%s', '--', 'src/file-0001.txt'])).toBe('commit 30')

    const sync = await syncStoreBranch({ dir, target: target(s), branch: 'main' })

    expect(sync).toMatchObject({ deepened: true, remoteTip: await gitText(s.bareDir, ['rev-parse', 'main']) })
    expect(sync.local).toBe('up-to-date')
    expect(existsSync(join(dir, '.git', 'shallow'))).toBe(false)
    expect(await gitText(dir, ['rev-parse', '--is-shallow-repository'])).toBe('false')
    expect(await gitText(dir, ['rev-list', '--count', 'HEAD'])).toBe('30')
    expect(await gitText(dir, ['log', '--format=%H', '--', 'src/file-0001.txt'])).toBe(firstCommit)
    await expect(assertCompleteHistory(dir, 'main', 'HEAD')).resolves.toBeUndefined()
    expect(await gitText(dir, ['fsck', '--connectivity-only', '--no-progress'])).toBe('')
  })

  it('does nothing to a clone that is already complete', async () => {
    const s = await server()
    await seedCommits(s, { count: 3 })
    const dir = await shallowClone(s, { depth: 100 })
    expect(await openRepository(dir).shallowCommits()).toEqual([])
    const sync = await syncStoreBranch({ dir, target: target(s), branch: 'main' })
    expect(sync).toMatchObject({ deepened: false, local: 'up-to-date' })
  })
})

describe('a depth-1 clone with a dedicated store branch', () => {
  it('fetches the store branch to its root and leaves the code branch shallow', async () => {
    const s = await server()
    await seedCommits(s, { count: 20 })
    const storeTip = await seedCommits(s, { branch: 'release-evidence', orphan: true, count: 12, files: (i) => ({ [`closure-packets/w/packet-r${String(i).padStart(3, '0')}.json`]: `{}\n` }) })
    const dir = await shallowClone(s)
    const boundary = await gitText(dir, ['rev-parse', 'HEAD'])

    const sync = await syncStoreBranch({ dir, target: target(s), branch: 'release-evidence' })

    expect(sync).toMatchObject({ remoteTip: storeTip, baseOid: storeTip, deepened: false, local: 'created' })
    expect(await gitText(dir, ['rev-list', '--count', 'refs/heads/release-evidence'])).toBe('12')
    expect(await gitText(dir, ['rev-parse', 'refs/remotes/origin/release-evidence'])).toBe(storeTip)
    // the code branch is still cut off, and that is not the store's concern
    expect(await openRepository(dir).shallowCommits()).toEqual([boundary])
    expect(await shallowBoundariesReachable(dir, storeTip)).toEqual([])
    expect(await shallowBoundariesReachable(dir, 'HEAD')).toEqual([boundary])
  })

  it('deepens a store branch that was forked from the shallow code branch', async () => {
    const s = await server()
    // evidence forks at main's tip, which is exactly the clone's shallow boundary
    const fork = await seedCommits(s, { count: 10 })
    await git(['branch', 'evidence', fork], { cwd: s.bareDir })
    const storeTip = await seedCommits(s, { branch: 'evidence', count: 3, files: (i) => ({ [`closure-packets/w/${i}.json`]: '{}\n' }) })
    const dir = await shallowClone(s)
    expect(await openRepository(dir).shallowCommits()).toEqual([fork])

    const sync = await syncStoreBranch({ dir, target: target(s), branch: 'evidence' })

    expect(sync).toMatchObject({ remoteTip: storeTip, deepened: true, local: 'created' })
    expect(await gitText(dir, ['rev-list', '--count', 'refs/heads/evidence'])).toBe('13')
    expect(await openRepository(dir).shallowCommits()).toEqual([])
    expect(await shallowBoundariesReachable(dir, storeTip)).toEqual([])
  })

  it('reports a store branch the remote does not have yet, to be created as an orphan', async () => {
    const s = await server()
    await seedCommits(s, { count: 2 })
    const dir = await shallowClone(s)
    const sync = await syncStoreBranch({ dir, target: target(s), branch: 'release-evidence' })
    expect(sync).toEqual({ remoteTip: null, baseOid: null, deepened: false, local: 'absent-on-remote' })
  })
})

describe('when the history cannot be completed', () => {
  it.each([
    ['the remote is down', async (s: GitHttpServer) => s.close(), undefined],
    ['the token is refused', async () => undefined, 'wrong-token']
  ])('stops with HISTORY_SHALLOW (exit 2) and "fetch-depth: 0" when %s', async (_name, breakIt, tokenUsed) => {
    const s = await server({ token: 'right-token' })
    await seedCommits(s, { count: 4 })
    const dir = await shallowClone(s, { token: 'right-token' })
    const t = target(s, tokenUsed ?? 'right-token')
    await breakIt(s)

    const err = await syncStoreBranch({ dir, target: t, branch: 'main' }).catch((e: unknown) => e)

    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('HISTORY_SHALLOW')
    expect(exitCodeFor(err)).toBe(2)
    expect((err as UserError).message).toContain("set 'fetch-depth: 0' on actions/checkout")
    // never a wrong answer: the clone is still shallow, nothing pretended otherwise
    expect(await gitText(dir, ['rev-parse', '--is-shallow-repository'])).toBe('true')
  })

  it('works offline from a complete clone and says so', async () => {
    const s = await server()
    const tip = await seedCommits(s, { count: 4 })
    const dir = await shallowClone(s, { depth: 50 })
    await s.close()

    const sync = await syncStoreBranch({ dir, target: target(s), branch: 'main' })

    expect(sync).toMatchObject({ remoteTip: null, baseOid: tip, local: 'offline', offline: { kind: 'unreachable' } })
    expect(sync.offline!.detail).toMatch(/^ECONNREFUSED/)
  })
})
