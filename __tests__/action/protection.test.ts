import { readFile, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runnerContext } from '../../src/action/runner.js'
import { storeBranchProtection } from '../../src/publish/protection.js'
import type { ArtifactLoader } from '../../src/report/artifacts.js'
import { startLoopback, type Loopback } from '../report/loopback.js'
import { annotationsIn, makeWorkspace, NOW, rawInputs, runFromInputs, type Workspace } from './workspace.js'

// The store branch should be protected by a ruleset against force pushes and deletion. The Action
// asks GitHub's rules API (a loopback stand-in here) and warns when either rule is missing.

let api: Loopback | undefined
let ws: Workspace | undefined
let stdout: string[]
beforeEach(() => {
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(async () => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  await api?.close()
  await ws?.cleanup()
  api = undefined
  ws = undefined
})

const rule = (type: string) => ({ type, ruleset_source_type: 'Repository', ruleset_source: 'octo/release', ruleset_id: 7 })

describe('storeBranchProtection', () => {
  it.each([
    ['both rules', [rule('non_fast_forward'), rule('deletion'), rule('pull_request')], { status: 'protected' }],
    ['no force-push rule', [rule('deletion')], { status: 'unprotected', missing: ['non_fast_forward'] }],
    ['no rule at all', [], { status: 'unprotected', missing: ['non_fast_forward', 'deletion'] }]
  ])('%s', async (_name, rules, expected) => {
    api = await startLoopback(() => ({ status: 200, body: rules }))
    const p = await storeBranchProtection({ apiUrl: api.url, repository: 'octo/release', branch: 'release-evidence', token: 'ghs_t' })
    expect(p).toEqual(expected)
    expect(api.requests[0].path).toBe('/repos/octo/release/rules/branches/release-evidence')
    expect(api.requests[0].headers.authorization).toBe('Bearer ghs_t')
  })

  it.each([
    [403, { message: 'Resource not accessible by integration' }, 'the rules API answered HTTP 403'],
    [200, { not: 'a list' }, 'the rules API answered something that is not a list of rules']
  ])('HTTP %i with %j is unknown, never protected', async (status, body, reason) => {
    api = await startLoopback(() => ({ status, body }))
    expect(await storeBranchProtection({ apiUrl: api.url, repository: 'octo/release', branch: 'b', token: null })).toEqual({ status: 'unknown', reason })
  })
})

describe('the Action on a runner', () => {
  const neverLoad: ArtifactLoader = () => {
    throw new Error('@actions/artifact must not load outside a runner')
  }

  it('warns, once and counted, when the store branch it verified can be force-pushed', async () => {
    api = await startLoopback(() => ({ status: 200, body: [rule('deletion')] }))
    ws = await makeWorkspace()
    await writeFile(ws.outputFile, '')
    vi.stubEnv('GITHUB_OUTPUT', ws.outputFile)
    const runner = runnerContext({ GITHUB_ACTIONS: 'true', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_STEP_SUMMARY: ws.summaryFile }, null)
    await runFromInputs(rawInputs({ now: NOW, stages: 'verify', 'store-branch': 'release-evidence', 'trust-root': ws.pin }, { 'upload-artifacts': false, 'check-run': false }, { 'github-token': 'ghs_t' }), { workspace: ws.dir, runner, clock: () => 0 }, { fetch: globalThis.fetch, loadArtifactClient: neverLoad })
    const warnings = annotationsIn(stdout.join('')).filter((a) => a.level === 'warning' && a.message.includes('release-evidence has no ruleset rule against force pushes'))
    expect(warnings).toHaveLength(1)
    expect(api.requests.map((r) => r.path)).toEqual(['/repos/octo/release/rules/branches/release-evidence'])
    expect(await readFile(ws.summaryFile, 'utf8')).toContain('verification')
  })

  it('does not ask outside a runner', async () => {
    api = await startLoopback(() => ({ status: 200, body: [] }))
    ws = await makeWorkspace()
    await writeFile(ws.outputFile, '')
    vi.stubEnv('GITHUB_OUTPUT', ws.outputFile)
    const runner = runnerContext({ GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_STEP_SUMMARY: ws.summaryFile }, null)
    await runFromInputs(rawInputs({ now: NOW, stages: 'verify', 'store-branch': 'release-evidence', 'trust-root': ws.pin }, { 'upload-artifacts': false, 'check-run': false }), { workspace: ws.dir, runner, clock: () => 0 }, { fetch: globalThis.fetch, loadArtifactClient: neverLoad })
    expect(api.requests).toEqual([])
  })
})
