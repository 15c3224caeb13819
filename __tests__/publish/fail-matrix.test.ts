import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { describeError, exitCodeFor } from '../../src/errors.js'
import { resolvePublishSettings } from '../../src/publish/config.js'
import { syncStoreBranch } from '../../src/publish/deepen.js'
import { PublishFailedError } from '../../src/publish/failure.js'
import { publishStore, type PublishOutcome } from '../../src/publish/race.js'
import { assertPublishAllowed, assessPublishEvent } from '../../src/publish/unsafe-event.js'
import { cloneRepo, FIXED_EPOCH, gitText, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'
import { makeExporter } from '../helpers/store-exporter.js'

// The publish stage's fail matrix as data: every row of publish-fail-matrix.csv runs against its
// own fixture below (a real smart-HTTP remote, real clones); a row without a fixture fails.
// pass = exit 0; fail = a non-zero exit whose message names the fix.

const rows = parse<{
  scenario_id: string
  condition: string
  expected_result: 'pass' | 'fail'
}>(readFileSync(join(import.meta.dirname, 'publish-fail-matrix.csv')), { columns: true, bom: true })

const TOKEN = 'ghs_matrixToken'
const READ_ONLY = 'ghs_matrixReadOnly'
const BRANCH = 'release-evidence'

interface Run {
  exit: number
  code?: string
  message: string
  outcome?: PublishOutcome
  error?: unknown
  server: GitHttpServer
  dir: string
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function capture(op: () => Promise<PublishOutcome>, server: GitHttpServer, dir: string): Promise<Run> {
  try {
    const outcome = await op()
    return { exit: 0, message: outcome.status, outcome, server, dir }
  } catch (err) {
    return { exit: exitCodeFor(err), code: (err as { code?: string }).code, message: describeError(err), error: err, server, dir }
  }
}

/** A remote with a code branch, a clone of it, then sync + export + publish on the store branch. */
async function publishRun(opts: {
  depth?: number
  token?: string
  url?: (s: GitHttpServer) => string
  before?: (s: GitHttpServer) => Promise<void>
  afterSync?: (s: GitHttpServer) => Promise<void>
  existingStore?: string[]
  content?: string
  maxAttempts?: number
}): Promise<Run> {
  const server = await startGitHttpServer({ token: TOKEN, readOnlyToken: READ_ONLY })
  cleanups.push(() => server.close())
  await seedCommits(server, { count: 3 })
  for (const [i, content] of (opts.existingStore ?? []).entries()) {
    const helper = await tempDir('matrix-helper')
    cleanups.push(() => rm(helper, { recursive: true, force: true }))
    await cloneRepo(server.url, helper, { token: TOKEN })
    const t = { url: server.url, remote: 'origin', token: { reveal: () => TOKEN } }
    const s = await syncStoreBranch({ dir: helper, target: t, branch: BRANCH })
    const rebuild = makeExporter({ dir: helper, branch: BRANCH, window: 'w1', content, timestamp: FIXED_EPOCH + i })
    await publishStore({ dir: helper, target: t, branch: BRANCH, candidate: await rebuild(s.baseOid), rebuildOnTip: rebuild })
  }
  const dir = await tempDir('matrix')
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  await cloneRepo(server.url, dir, { token: TOKEN, depth: opts.depth })
  await opts.before?.(server)
  const target = { url: opts.url?.(server) ?? server.url, remote: 'origin', token: { reveal: () => opts.token ?? TOKEN } }
  return capture(
    async () => {
      const sync = await syncStoreBranch({ dir, target, branch: BRANCH })
      await opts.afterSync?.(server)
      const rebuild = makeExporter({ dir, branch: BRANCH, window: 'w1', content: opts.content ?? 'mine', timestamp: FIXED_EPOCH + 100 })
      const candidate = await rebuild(sync.baseOid)
      return publishStore({ dir, target, branch: BRANCH, candidate, rebuildOnTip: rebuild, maxAttempts: opts.maxAttempts, sleep: async () => undefined })
    },
    server,
    dir
  )
}

async function eventRun(eventName: string, event: unknown, allowUnsafe: boolean): Promise<Omit<Run, 'server' | 'dir'>> {
  try {
    assertPublishAllowed(assessPublishEvent({ env: { GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'octo/release' }, event, allowUnsafe }))
    return { exit: 0, message: 'allowed' }
  } catch (err) {
    return { exit: exitCodeFor(err), code: (err as { code?: string }).code, message: describeError(err) }
  }
}

const forkPr = { pull_request: { head: { repo: { full_name: 'mallory/release', fork: true } }, base: { repo: { full_name: 'octo/release' } } } }

/** Lands one more revision from another clone (a competing run). */
async function competitor(server: GitHttpServer, content: string, offset: number): Promise<void> {
  const dir = await tempDir('matrix-competitor')
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  await cloneRepo(server.url, dir, { token: TOKEN })
  const t = { url: server.url, remote: 'origin', token: { reveal: () => TOKEN } }
  const s = await syncStoreBranch({ dir, target: t, branch: BRANCH })
  const rebuild = makeExporter({ dir, branch: BRANCH, window: 'w1', content, timestamp: FIXED_EPOCH + offset })
  await publishStore({ dir, target: t, branch: BRANCH, candidate: await rebuild(s.baseOid), rebuildOnTip: rebuild })
}

function publishFailure(r: { error?: unknown }) {
  expect(r.error).toBeInstanceOf(PublishFailedError)
  return (r.error as PublishFailedError).details
}

/** Each fixture asserts its specifics and returns the exit code the run ended with. */
const FIXTURES: Record<string, () => Promise<number>> = {
  async P1() {
    const r = await publishRun({ before: (s) => s.setPreReceive('echo "GH006: Protected branch update failed for refs/heads/release-evidence." >&2; exit 1') })
    expect([r.exit, r.code, publishFailure(r).reason]).toEqual([1, 'PUBLISH_FAILED', 'rejected'])
    expect(r.message).toContain("point the 'store-branch' input at a dedicated branch")
    expect(r.message).toContain('remote: GH006: Protected branch update failed')
    // the signed files stay committed locally
    expect(publishFailure(r).files).toHaveLength(3)
    expect(await gitText(r.dir, ['ls-tree', '-r', '--name-only', publishFailure(r).commitOid!])).toContain('closure-packets/w1/packet-r001.json')
    return r.exit
  },
  async P2() {
    // the clone is complete, so sync works offline and the failure surfaces at publish
    const r = await publishRun({ token: 'ghs_wrong' })
    expect([r.exit, r.code, publishFailure(r).reason]).toEqual([1, 'PUBLISH_FAILED', 'unauthorized'])
    expect(r.message).toContain("pass a valid token as the 'github-token' input")
    expect(r.message).not.toContain('ghs_wrong')
    return r.exit
  },
  async P3() {
    const r = await publishRun({ token: READ_ONLY })
    expect([r.exit, r.code, publishFailure(r).reason]).toEqual([1, 'PUBLISH_FAILED', 'forbidden'])
    expect(r.message).toContain("'permissions: contents: write'")
    return r.exit
  },
  async P4() {
    const r = await publishRun({ afterSync: (s) => s.close() })
    expect([r.exit, r.code, publishFailure(r).reason]).toEqual([1, 'PUBLISH_FAILED', 'unreachable'])
    expect(r.message).toMatch(/could not be reached \(ECONNREFUSED/)
    expect(r.message).toContain('The signed files are not lost')
    return r.exit
  },
  async P5() {
    const r = await publishRun({ url: (s) => `${s.origin}/no-such-repo.git` })
    expect([r.exit, r.code, publishFailure(r).reason]).toEqual([1, 'PUBLISH_FAILED', 'not-found'])
    expect(r.message).toContain("check the 'remote-url' input")
    return r.exit
  },
  async P6() {
    let n = 0
    // every push of ours meets a competitor that lands while our pack is in flight
    const r = await publishRun({ existingStore: ['first'], maxAttempts: 2, before: async (s) => void (s.beforeReceivePack = () => competitor(s, `competitor ${++n}`, 200 + n)) })
    expect([r.exit, r.code, publishFailure(r).reason, publishFailure(r).attempts]).toEqual([1, 'PUBLISH_FAILED', 'race-exhausted', 2])
    expect(r.message).toContain("raise the 'max-attempts' input")
    return r.exit
  },
  async P7() {
    const r = await publishRunShallowOnMain()
    expect([r.exit, r.code]).toEqual([2, 'HISTORY_SHALLOW'])
    expect(r.message).toContain("set 'fetch-depth: 0' on actions/checkout")
    return r.exit
  },
  async P8() {
    const r = await eventRun('pull_request', forkPr, false)
    expect([r.exit, r.code]).toEqual([2, 'UNSAFE_EVENT'])
    expect(r.message).toContain("'mallory/release'")
    expect(r.message).toContain('allow-unsafe-pr-commit')
    return r.exit
  },
  async P9() {
    const r = await eventRun('pull_request_target', forkPr, false)
    expect([r.exit, r.code]).toEqual([2, 'UNSAFE_EVENT'])
    expect(r.message).toContain('pull_request_target')
    return r.exit
  },
  async P10() {
    let err: unknown
    try {
      resolvePublishSettings({ remoteUrl: `https://x-access-token:${TOKEN}@github.com/octo/release.git` })
    } catch (e) {
      err = e
    }
    expect([exitCodeFor(err), (err as { code?: string }).code]).toEqual([2, 'INPUT_INVALID'])
    expect(describeError(err)).toContain('pass the token as the github-token input')
    expect(describeError(err)).not.toContain(TOKEN)
    return exitCodeFor(err)
  },
  async P11() {
    const r = await publishRun({ depth: 1 })
    expect([r.exit, r.outcome?.status, r.outcome?.export.revision]).toEqual([0, 'pushed', 'r001'])
    expect(await gitText(r.server.bareDir, ['rev-list', '--max-parents=0', '--count', BRANCH])).toBe('1')
    expect(await gitText(r.server.bareDir, ['rev-list', '--count', BRANCH])).toBe('1')
    return r.exit
  },
  async P12() {
    const r = await publishRun({
      existingStore: ['first'],
      before: async (s) => {
        s.beforeReceivePack = async () => {
          s.beforeReceivePack = null
          await competitor(s, 'theirs', 50)
        }
      }
    })
    expect([r.exit, r.outcome?.status, r.outcome?.export.revision, r.outcome?.attempts]).toEqual([0, 'pushed', 'r003', 2])
    return r.exit
  },
  async P13() {
    const r = await publishRun({ existingStore: ['mine'], content: 'mine' })
    expect([r.exit, r.outcome?.status, r.outcome?.attempts]).toEqual([0, 'unchanged', 0])
    return r.exit
  },
  async P14() {
    const r = await publishRun({ depth: 1, existingStore: ['first', 'second'] })
    expect([r.exit, r.outcome?.status, r.outcome?.export.revision]).toEqual([0, 'pushed', 'r003'])
    expect(await gitText(r.dir, ['rev-list', '--count', `refs/heads/${BRANCH}`])).toBe('3')
    return r.exit
  },
  async P15() {
    const r = await eventRun('pull_request_target', forkPr, true)
    expect(r).toEqual({ exit: 0, message: 'allowed' })
    return r.exit
  }
}

/** P7's second half: the store branch is the shallow checked-out branch itself. */
async function publishRunShallowOnMain(): Promise<Run> {
  const server = await startGitHttpServer({ token: TOKEN })
  cleanups.push(() => server.close())
  await seedCommits(server, { count: 3 })
  const dir = await tempDir('matrix-shallow')
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  await cloneRepo(server.url, dir, { token: TOKEN, depth: 1 })
  await server.close()
  const target = { url: server.url, remote: 'origin', token: { reveal: () => TOKEN } }
  return capture(
    async () => {
      await syncStoreBranch({ dir, target, branch: 'main' })
      throw new Error('sync must not succeed on a shallow clone without its remote')
    },
    server,
    dir
  )
}

describe('publish fail matrix', () => {
  it('has a fixture for every row and a row for every fixture', () => {
    expect(rows.map((r) => r.scenario_id).sort()).toEqual(Object.keys(FIXTURES).sort())
  })

  it.each(rows)('$scenario_id: $condition -> $expected_result', async ({ scenario_id, expected_result }) => {
    const fixture = FIXTURES[scenario_id]
    expect(fixture, `no fixture for ${scenario_id}`).toBeDefined()
    const exit = await fixture()
    if (expected_result === 'pass') expect(exit).toBe(0)
    else expect([1, 2]).toContain(exit)
  })
})
