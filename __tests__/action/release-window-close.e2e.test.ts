import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cloneRepo, gitText, lsRemote, seedCommits, startGitHttpServer, tempDir, type GitHttpServer } from '../helpers/git-http-server.js'
import { repoFiles } from '../helpers/repo-files.js'
import { trustRootFiles } from '../trust/helpers.js'
import { annotationsIn, EXAMPLE_DATA_ENV, NOW, parseOutputs, REPO_ROOT } from './workspace.js'

// the repository's trust root (its keyring as revision 1), committed with its files and on the store
// branch before the first close (as `trust migrate` there and a push do, docs/trust-root.md); the
// step and the auditor pin it
const TRUST = trustRootFiles(repoFiles()['policies/keyring.yaml'])

// The release-window-close workflow end to end, exactly as a runner runs it: the built bundle in a
// depth-1 clone of a real smart-HTTP remote (git http-backend on 127.0.0.1), inputs as INPUT_*
// variables, outputs and summary in files, annotations on stdout. The signed packets must land on
// the dedicated store branch, and a fresh clone of that branch, which has only what the remote
// holds, must verify with the CLI bundle.

const BUNDLE = resolve(REPO_ROOT, process.env['RELEASE_EVIDENCE_BUNDLE'] ?? 'dist/index.js')
const CLI = resolve(REPO_ROOT, 'dist/cli/index.js')
const TOKEN = 'ghs_release_window_close'
const STORE = 'release-evidence'
const DEMO_KEY = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')

// Asynchronous on purpose: the remote is served by this test process, so a synchronous spawn
// would block the very server the step is pushing to.
function runNode(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env ?? { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')))
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')))
    child.on('error', fail)
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

let server: GitHttpServer
let root: string

beforeAll(async () => {
  server = await startGitHttpServer({ token: TOKEN })
  await seedCommits(server, { count: 2, files: (i) => (i === 1 ? repoFiles() : { 'notes/release.txt': 'window closes today\n' }) })
  await seedCommits(server, { branch: STORE, orphan: true, count: 1, files: () => TRUST.files })
  root = await tempDir('release-window-close')
})

afterAll(async () => {
  await server.close()
  await rm(root, { recursive: true, force: true })
})

function closeWindowStep(workspace: string) {
  const outputFile = join(workspace, '..', 'github_output')
  const summaryFile = join(workspace, '..', 'step_summary.md')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: join(workspace, '..'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/release',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_JOB: 'close-window',
    INPUT_STAGES: 'ledger,closure',
    INPUT_MODE: 'observe',
    INPUT_NOW: NOW,
    ...EXAMPLE_DATA_ENV,
    'INPUT_SIGNING-KEY': DEMO_KEY,
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_STORE-BRANCH': STORE,
    'INPUT_REMOTE-URL': server.url,
    'INPUT_TRUST-ROOT': TRUST.pin
  }
  return { env, outputFile, summaryFile }
}

describe('the release-window-close flow, bundle against a loopback smart-HTTP remote', () => {
  it('gates, signs, commits and pushes to the store branch; a fresh clone of it verifies', async () => {
    const workspace = await cloneRepo(server.url, join(root, 'checkout'), { depth: 1, token: TOKEN })
    const step = closeWindowStep(workspace)
    await writeFile(step.outputFile, '')
    await writeFile(step.summaryFile, '')

    const p = await runNode([BUNDLE], { cwd: workspace, env: step.env })
    expect(p.stderr).toBe('')
    expect(p.status, p.stdout).toBe(0)

    const outputs = parseOutputs(readFileSync(step.outputFile, 'utf8'))
    expect(outputs.decision).toBe('no-go') // the examples hold a no-go window; observe mode reports it
    expect(outputs.pushed).toBe('true')
    expect(outputs['store-branch']).toBe(STORE)
    expect(outputs.revisions?.split(' ').sort()).toEqual(['rw-2026-11-a/r001', 'rw-2026-11-b/r001', 'rw-2026-11-c/r001'])
    const tip = await lsRemote(server.url, STORE, TOKEN)
    expect(tip).toBe(outputs['commit-sha'])

    // annotations point at the CSV rows; the secret never reaches the log
    const annotations = annotationsIn(p.stdout)
    expect(annotations.some((a) => a.props.file === 'examples/ack-ledger.csv' && Number(a.props.line) > 1)).toBe(true)
    const secretLine = DEMO_KEY.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'))!.trim()
    // the runner consumes ::add-mask:: lines (that is how masking is requested); nothing else may carry it
    const logged = p.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(p.stdout).toContain(`::add-mask::${secretLine}`)
    expect(logged.join('\n')).not.toContain(secretLine)
    const summary = readFileSync(step.summaryFile, 'utf8')
    expect(summary).toContain('rw-2026-11-a')

    // An auditor's fresh, full clone of the store branch proves the store with the CLI alone.
    const fresh = await cloneRepo(server.url, join(root, 'auditor'), { branch: STORE, token: TOKEN })
    expect(await gitText(fresh, ['log', '--format=%s'])).toContain('r001')
    const verify = await runNode(
      [CLI, 'verify', '-C', fresh, '--allow-demo-key', '--trust-root', TRUST.pin, '--closure-policy', join(REPO_ROOT, 'policies/closure-packet.yaml'), '--now', NOW, '--json'],
    )
    expect(verify.status, verify.stdout + verify.stderr).toBe(0)
    const report = JSON.parse(verify.stdout) as { windows?: unknown[] }
    expect(JSON.stringify(report)).toContain('rw-2026-11-c')

    // Running the same step again from a new checkout finds the content already published.
    const again = await cloneRepo(server.url, join(root, 'checkout-2'), { depth: 1, token: TOKEN })
    const step2 = closeWindowStep(again)
    await writeFile(step2.outputFile, '')
    await writeFile(step2.summaryFile, '')
    const p2 = await runNode([BUNDLE], { cwd: again, env: step2.env })
    expect(p2.status, p2.stdout).toBe(0)
    expect(parseOutputs(readFileSync(step2.outputFile, 'utf8')).pushed).toBe('false')
    expect(await lsRemote(server.url, STORE, TOKEN)).toBe(tip)
  })
})
