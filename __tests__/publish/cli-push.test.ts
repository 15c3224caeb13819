import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { repoFiles } from '../helpers/repo-files.js'
import { basicAuth, cloneRepo, git, gitText, lsRemote, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'

// `export-closure --push` is the Action's closure stage from the command line: the same engine
// function exports, pushes as a compare-and-swap and rebuilds on the new tip after a lost race,
// against a real smart-HTTP remote (git http-backend on 127.0.0.1).

const REPO_ROOT = join(import.meta.dirname, '..', '..')
const TOKEN = 'ghs_cli_push'
const NOW = '2026-11-23T15:00:00Z'
const KEY_FILE = join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt')
const BRANCH = 'release-evidence'

let server: GitHttpServer
let dirs: string[]
beforeEach(async () => {
  server = await startGitHttpServer({ token: TOKEN })
  await seedCommits(server, { count: 1, files: () => repoFiles() })
  dirs = []
})
afterEach(async () => {
  await server.close()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

async function clone(): Promise<string> {
  const root = await tempDir('cli-push')
  dirs.push(root)
  return cloneRepo(server.url, join(root, 'repo'), { token: TOKEN })
}

async function exportClosure(dir: string, args: string[], env: Record<string, string> = { RELEASE_EVIDENCE_TOKEN: TOKEN }) {
  let stdout = ''
  let stderr = ''
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) }
  const argv = ['export-closure', '-C', dir, '--now', NOW, '--mode', 'observe', '--key-file', KEY_FILE, '--store-branch', BRANCH, '--remote-url', server.url, ...args]
  const code = await runCli(argv, { io, cwd: dir, env, clock: () => 0 })
  return { code, stdout, stderr }
}

describe('export-closure --push', () => {
  it('pushes the signed revisions to the store branch; a second clone then writes and pushes nothing', async () => {
    const a = await clone()
    const first = await exportClosure(a, ['--push', '--json'])
    expect(first.code, first.stderr).toBe(0)
    const report = JSON.parse(first.stdout) as { publish: { status: string; remoteTip: string }; windows: { action: string }[] }
    expect(report.publish.status).toBe('pushed')
    expect(report.windows.map((w) => w.action)).toEqual(['written', 'written', 'written'])
    expect(await lsRemote(server.url, BRANCH, TOKEN)).toBe(report.publish.remoteTip)
    expect(await gitText(a, ['rev-parse', `refs/heads/${BRANCH}`])).toBe(report.publish.remoteTip)

    const b = await clone()
    const again = await exportClosure(b, ['--push', '--json'])
    expect(again.code, again.stderr).toBe(0)
    const second = JSON.parse(again.stdout) as { publish: { status: string }; windows: { action: string }[] }
    expect(second.windows.map((w) => w.action)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(second.publish.status).toBe('unchanged')
    expect(await lsRemote(server.url, BRANCH, TOKEN)).toBe(report.publish.remoteTip)
  })

  it('without --push commits locally and leaves the remote alone', async () => {
    const a = await clone()
    const r = await exportClosure(a, [])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('3 written')
    expect(await lsRemote(server.url, BRANCH, TOKEN)).toBeNull()
  })

  it('a push the remote refuses fails with exit 1, names the fix, and keeps the signed commits locally', async () => {
    const a = await clone()
    const r = await exportClosure(a, ['--push'], { RELEASE_EVIDENCE_TOKEN: 'ghs_wrong' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Push failed:')
    expect(r.stdout).toMatch(/token|credential|401/i)
    expect(r.stdout).not.toContain('ghs_wrong')
    expect(await lsRemote(server.url, BRANCH, TOKEN)).toBeNull()
    expect(await gitText(a, ['rev-list', '--count', `refs/heads/${BRANCH}`])).toBe('3')
  })

  it('export-closure and review refuse a clone whose store history is cut off (shallow), as verify does', async () => {
    const a = await clone()
    expect((await exportClosure(a, ['--push'])).code).toBe(0)
    // a second export on the remote tip, so the store branch has more than one commit
    const root = await tempDir('cli-push-shallow')
    dirs.push(root)
    const shallow = await cloneRepo(server.url, join(root, 'repo'), { token: TOKEN })
    // the store branch fetched one commit deep, as a depth-1 checkout of it would be
    await git(['-c', `http.extraHeader=Authorization: ${basicAuth(TOKEN)}`, 'fetch', '-q', '--depth', '1', 'origin', `${BRANCH}:${BRANCH}`], { cwd: shallow })
    expect(await gitText(shallow, ['rev-parse', '--is-shallow-repository'])).toBe('true')
    // Without a token the remote refuses the fetch that would deepen it (with one, export-closure
    // fetches the whole store branch first, as the Action does), so the cut-off history is refused.
    const exported = await exportClosure(shallow, [], {})
    expect(exported.code).toBe(2)
    expect(exported.stderr).toContain('HISTORY_SHALLOW')
    let err = ''
    const code = await runCli(['review', '-C', shallow, '--window', 'rw-2026-11-a', '--now', NOW], { io: { stdout: () => {}, stderr: (t) => void (err += t) }, cwd: shallow, env: {}, clock: () => 0 })
    expect(code).toBe(2)
    expect(err).toContain('HISTORY_SHALLOW')
  })
})
