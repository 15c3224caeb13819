import { readFileSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runnerContext } from '../../src/action/runner.js'
import type { ArtifactLoader } from '../../src/report/artifacts.js'
import { cloneRepo, gitText, lsRemote, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'
import { repoFiles } from '../helpers/repo-files.js'
import { trustRootFiles } from '../trust/helpers.js'
import { NOW, parseOutputs, rawInputs, REPO_ROOT, runFromInputs } from './workspace.js'

// The life of a dedicated store branch, as users run it (docs/publishing.md), against git's own
// smart-HTTP backend on 127.0.0.1: close a window, re-verify it on schedule from a checkout of
// main, close again in another job after the ledger moved on, lose a push (401) and retry it in
// the same clone, export with push: false after fetch-depth: 0 and push later. Every step is
// checked from a fresh clone, which holds only what the remote holds.

const TOKEN = 'ghs_store_branch_life'
const STORE = 'release-evidence'
const DEMO_KEY = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')
const LEDGER = 'examples/ack-ledger.csv'
const ledger0 = repoFiles()[LEDGER]
// the store's trust root (the keyring as revision 1), committed on the store branch before the
// first close as `trust migrate` does there and pushed (docs/trust-root.md); main has none (verify
// reads the chain at the store branch's commit); every step pins it
const TRUST = trustRootFiles(repoFiles()['policies/keyring.yaml'])

let server: GitHttpServer
const dirs: string[] = []
let stdout: string[] = []

beforeAll(async () => {
  server = await startGitHttpServer({ token: TOKEN })
  await seedCommits(server, { count: 2, files: (i) => (i === 1 ? repoFiles() : { 'notes/release.txt': 'window closes today\n' }) })
  await seedCommits(server, { branch: STORE, orphan: true, count: 1, files: () => TRUST.files })
})
afterAll(async () => {
  await server.close()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

const neverLoad: ArtifactLoader = () => {
  throw new Error('@actions/artifact must not load outside a runner')
}

async function checkout(opts: { depth?: number; branch?: string } = {}): Promise<string> {
  const root = await tempDir('store-life')
  dirs.push(root)
  return cloneRepo(server.url, join(root, 'repo'), { token: TOKEN, ...opts })
}

/** One Action step in `dir`, as the runner runs it. */
async function step(dir: string, text: Record<string, string>, opts: { token?: string; push?: boolean } = {}) {
  stdout = []
  const outputFile = join(dir, '..', 'output')
  const summaryFile = join(dir, '..', 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  vi.stubEnv('GITHUB_OUTPUT', outputFile)
  const raw = rawInputs(
    { now: NOW, mode: 'observe', 'store-branch': STORE, 'remote-url': server.url, 'trust-root': TRUST.pin, ...text },
    { 'allow-demo-key': true, ...(opts.push === undefined ? {} : { push: opts.push }) },
    { 'signing-key': DEMO_KEY, 'github-token': opts.token ?? TOKEN }
  )
  const runner = runnerContext({ GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_STEP_SUMMARY: summaryFile }, null)
  try {
    const result = await runFromInputs(raw, { workspace: dir, runner, clock: () => 0 }, { fetch: globalThis.fetch, loadArtifactClient: neverLoad })
    return { result, log: stdout.join(''), outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') }
  } finally {
    vi.unstubAllEnvs()
  }
}

/** The published store as an auditor sees it: the packet files of a fresh clone of the store branch. */
async function published(): Promise<string[]> {
  const fresh = await checkout({ branch: STORE })
  expect(await gitText(fresh, ['rev-parse', '--is-shallow-repository'])).toBe('false')
  return (await gitText(fresh, ['ls-files', 'closure-packets'])).split('\n').filter((p) => p.endsWith('.json'))
}

/** A newer ledger row for ALM-1002 of window A at `at`, reopened (mitigating) or resolved again: window A's packet changes. */
async function ledgerMovesOn(at: string, state: 'mitigating' | 'resolved'): Promise<void> {
  const current = (await gitText(await checkout({ depth: 1 }), ['show', `HEAD:${LEDGER}`])) + '\n'
  const row = `ALM-1002,page,RW-2026-11-A,sre-oncall,sam.patel,2026-11-23T13:20:00Z,15,2026-11-23T14:30:00Z,${state},${state === 'resolved' ? 'EV-1002-LOG' : ''},${at},,\n`
  await seedCommits(server, { count: 1, files: () => ({ [LEDGER]: current + row }) })
}

describe('a dedicated store branch, from the first close to a retried push', () => {
  it('lives on one published chain, and verify checks that chain', async () => {
    expect(ledger0).toContain('ALM-1002')

    // 1. close the windows (a depth-1 checkout of main, as actions/checkout does by default)
    const close1 = await step(await checkout({ depth: 1 }), { stages: 'ledger,closure' })
    expect(close1.result.exitCode, close1.log).toBe(0)
    expect(close1.outputs.pushed).toBe('true')
    expect(close1.outputs.revisions.split(' ').sort()).toEqual(['rw-2026-11-a/r001', 'rw-2026-11-b/r001', 'rw-2026-11-c/r001'])
    const tip1 = await lsRemote(server.url, STORE, TOKEN)
    expect(tip1).toBe(close1.outputs['commit-sha'])
    expect(await published()).toHaveLength(3)

    // 2. the scheduled re-verify: a checkout of main, which holds no store at all
    const verify1 = await step(await checkout({ depth: 1 }), { stages: 'verify' })
    expect(verify1.result.exitCode, verify1.log).toBe(0)
    expect(verify1.outputs.verified).toBe('true')
    expect(verify1.outputs['verified-tip']).toBe(tip1)
    expect(verify1.summary).toContain('4 windows, 4 revisions') // the three closure windows and the trust root's r001

    // ... and a store branch that is not there is a failure, never "0 windows, VERIFIED"
    const missing = await step(await checkout({ depth: 1 }), { stages: 'verify', 'store-branch': 'no-such-store' })
    expect(missing.result.exitCode).toBe(1)
    expect(missing.outputs.verified).toBe('false')
    expect(missing.summary).toContain('STORE_BRANCH_MISSING')

    // 3. another job, after the ledger moved on: r002 of window A on top of the published r001
    await ledgerMovesOn('2026-11-23T14:10:00Z', 'mitigating')
    const close2 = await step(await checkout({ depth: 1 }), { stages: 'closure' })
    expect(close2.result.exitCode, close2.log).toBe(0)
    expect(close2.outputs.revisions).toBe('rw-2026-11-a/r002')
    const tip2 = await lsRemote(server.url, STORE, TOKEN)
    expect(await gitText(server.bareDir, ['merge-base', '--is-ancestor', tip1!, tip2!]).then(() => true)).toBe(true)

    // 4. a push refused (401), then the retry in the same clone with the right token
    await ledgerMovesOn('2026-11-23T14:20:00Z', 'resolved')
    const clone = await checkout()
    const refused = await step(clone, { stages: 'closure' }, { token: 'ghs_revoked' })
    expect(refused.result.exitCode).toBe(1)
    expect(refused.result.failure).toContain('PUBLISH_FAILED')
    expect(refused.outputs.revisions, refused.log + String(refused.result.failure)).toBe('rw-2026-11-a/r003')
    expect(await lsRemote(server.url, STORE, TOKEN)).toBe(tip2)
    const unpushed = await gitText(clone, ['rev-parse', `refs/heads/${STORE}`])
    expect(await gitText(clone, ['rev-list', '--count', `${tip2}..${unpushed}`])).toBe('1')
    const retried = await step(clone, { stages: 'closure' })
    expect(retried.result.exitCode, retried.log).toBe(0)
    // the commit the failure message promised is the one that lands, as it was
    expect(await lsRemote(server.url, STORE, TOKEN)).toBe(unpushed)
    expect(retried.log).toContain('ahead of the remote')

    // 5. push: false after fetch-depth: 0 (the store branch is only origin/release-evidence here)
    await ledgerMovesOn('2026-11-23T14:30:00Z', 'mitigating')
    const full = await checkout()
    expect(await gitText(full, ['branch', '--list', STORE])).toBe('')
    const local = await step(full, { stages: 'closure' }, { push: false })
    expect(local.result.exitCode, local.log).toBe(0)
    expect(local.outputs.revisions).toBe('rw-2026-11-a/r004') // on the published chain, not an orphan r001
    expect(local.outputs.pushed).toBe('false')
    expect(await lsRemote(server.url, STORE, TOKEN)).toBe(unpushed)
    // verify in the same job proves the local revisions on top of the remote's
    const verifyLocal = await step(full, { stages: 'verify' })
    expect(verifyLocal.outputs.verified, verifyLocal.log).toBe('true')
    expect(verifyLocal.log).toContain('not pushed')
    // a later push from the same clone publishes that very commit
    const later = await step(full, { stages: 'closure' })
    expect(later.result.exitCode, later.log).toBe(0)
    expect(await lsRemote(server.url, STORE, TOKEN)).toBe(local.outputs['commit-sha'])

    // 6. an auditor's fresh clone: one chain, r001..r004 for window A, r001 for B and C
    const files = await published()
    expect(files.filter((f) => f.includes('rw-2026-11-a/')).length).toBe(4)
    expect(files).toHaveLength(6)
    const verify2 = await step(await checkout({ depth: 1 }), { stages: 'verify' })
    expect(verify2.outputs.verified, verify2.log).toBe('true')
    expect(verify2.summary).toContain('4 windows, 7 revisions') // six closure revisions and the trust root's r001
  }, 600_000)

  it('a published file rewritten on the store branch fails the scheduled verify', async () => {
    const store = await checkout({ branch: STORE })
    const packet = (await gitText(store, ['ls-files', 'closure-packets'])).split('\n').find((p) => p.endsWith('r001.json'))!
    await writeFile(join(store, packet), (await readFile(join(store, packet), 'utf8')).replace('"', '" '))
    await gitText(store, ['-c', 'user.name=m', '-c', 'user.email=m@x', 'commit', '-qam', 'tidy'])
    await gitText(store, ['-c', `http.extraHeader=Authorization: Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`, 'push', '-q', 'origin', STORE])
    const r = await step(await checkout({ depth: 1 }), { stages: 'verify' })
    expect(r.result.exitCode).toBe(1)
    expect(r.outputs.verified).toBe('false')
    expect(r.summary).toContain('STORE_FILE_REWRITTEN')
  }, 120_000)
})
