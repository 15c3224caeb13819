import { readFileSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runnerContext } from '../../src/action/runner.js'
import type { ArtifactLoader } from '../../src/report/artifacts.js'
import { repoFiles } from '../helpers/repo-files.js'
import { cloneRepo, gitText, lsRemote, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'
import { annotationsIn, NOW, parseOutputs, rawInputs, REPO_ROOT, runFromInputs } from './workspace.js'

// The closure stage with push, against a real git smart-HTTP remote (git http-backend on
// 127.0.0.1): the packets must land on the remote branch, a stale clone must find them there and
// write nothing, a read-only token must fail the step with the fix, and a fork's pull request
// must never commit.

const TOKEN = 'ghs_push_token'
const READ_ONLY = 'ghs_read_only'
const DEMO_KEY = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')

let server: GitHttpServer
let dirs: string[]
let stdout: string[]
beforeEach(async () => {
  server = await startGitHttpServer({ token: TOKEN, readOnlyToken: READ_ONLY })
  // three commits, so a depth-1 clone is really shallow
  await seedCommits(server, { count: 3, files: (i) => (i === 1 ? repoFiles() : { [`notes/${i}.txt`]: `note ${i}\n` }) })
  dirs = []
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  await server.close()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

const neverLoad: ArtifactLoader = () => {
  throw new Error('@actions/artifact must not load outside a runner')
}

async function clone(depth?: number): Promise<string> {
  const root = await tempDir('push-clone')
  dirs.push(root)
  return cloneRepo(server.url, join(root, 'repo'), { token: TOKEN, ...(depth ? { depth } : {}) })
}

async function closeWindow(dir: string, opts: { token?: string; env?: Record<string, string>; event?: unknown } = {}) {
  stdout.length = 0
  const outputFile = join(dir, '..', 'output')
  const summaryFile = join(dir, '..', 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  vi.stubEnv('GITHUB_OUTPUT', outputFile)
  const raw = rawInputs({ now: NOW, stages: 'closure', mode: 'observe', 'remote-url': server.url }, {}, { 'signing-key': DEMO_KEY, 'github-token': opts.token ?? TOKEN })
  const runner = runnerContext(
    { GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_STEP_SUMMARY: summaryFile, ...opts.env },
    opts.event ?? null
  )
  const result = await runFromInputs(raw, { workspace: dir, runner, clock: () => 0 }, { fetch: globalThis.fetch, loadArtifactClient: neverLoad })
  return { result, stdout: stdout.join(''), outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') }
}

describe('closure stage with push', () => {
  it('lands the packets on the remote branch, deepening a shallow clone first', async () => {
    const dir = await clone(1)
    const r = await closeWindow(dir)

    expect(r.result.exitCode).toBe(0)
    expect(r.outputs.pushed).toBe('true')
    expect(r.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(await lsRemote(server.url, 'main', TOKEN)).toBe(r.outputs['commit-sha'])
    expect(r.summary).toContain(`Store branch <code>main</code>: pushed <code>${r.outputs['commit-sha']}</code>.`)
    // the pushed history is whole: native git in the bare repository walks it to the root
    expect(await gitText(server.bareDir, ['rev-list', '--count', 'main'])).toBe(String(3 + r.outputs['packet-paths'].split('\n').length))
  })

  it('writes nothing from a stale clone once another run has published the same content', async () => {
    const stale = await clone()
    const first = await closeWindow(await clone())
    expect(first.outputs.pushed).toBe('true')

    const r = await closeWindow(stale)
    expect(r.result.exitCode).toBe(0)
    expect(r.outputs.pushed).toBe('false')
    expect(r.outputs['commit-sha']).toBe('')
    expect(await lsRemote(server.url, 'main', TOKEN)).toBe(first.outputs['commit-sha'])
    // the stale clone was brought forward to what the remote holds
    expect(await gitText(stale, ['rev-parse', 'HEAD'])).toBe(first.outputs['commit-sha'])
  })

  it('fails with the fix when the token may not push (read-only, HTTP 403), keeping the signed files', async () => {
    const dir = await clone()
    const r = await closeWindow(dir, { token: READ_ONLY })
    expect(r.result.exitCode).toBe(1)
    expect(r.result.failure).toContain("permissions: contents: write")
    expect(r.summary).toContain('### Push failed')
    expect(r.outputs.pushed).toBe('false')
    // committed locally, copied to out-dir for the artifact
    const packet = r.outputs['packet-paths'].split('\n')[0]
    expect(await readFile(join(dir, '.release-evidence', packet), 'utf8')).toContain('"packet_id"')
    expect(await lsRemote(server.url, 'main', TOKEN)).not.toBe(r.outputs['commit-sha'])
  })

  it("refuses to commit on a fork's pull request (exit 2, nothing written)", async () => {
    const dir = await clone()
    const head = await gitText(dir, ['rev-parse', 'HEAD'])
    const event = { pull_request: { head: { sha: 'a'.repeat(40), repo: { full_name: 'mallory/release' } }, base: { repo: { full_name: 'octo/release' } } } }
    await expect(closeWindow(dir, { env: { GITHUB_EVENT_NAME: 'pull_request' }, event })).rejects.toMatchObject({ code: 'UNSAFE_EVENT' })
    expect(await gitText(dir, ['rev-parse', 'HEAD'])).toBe(head)
    expect(annotationsIn(stdout.join('')).filter((a) => a.level === 'error')).toEqual([])
  })
})
