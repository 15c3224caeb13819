import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runnerContext } from '../../src/action/runner.js'
import type { ArtifactLoader } from '../../src/report/artifacts.js'
import type { RawInputs } from '../../src/action/inputs.js'
import { annotationsIn, makeWorkspace, NOW, parseOutputs, rawInputs, REPO_ROOT, runFromInputs, type Workspace } from './workspace.js'

// The closure and verify stages through run(), on a real repository: packets are committed with
// isomorphic-git and must then be readable, and provable, by native git.

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
  await ws?.cleanup()
  ws = undefined
})

const neverLoad: ArtifactLoader = () => {
  throw new Error('@actions/artifact must not load outside a runner')
}

async function demoKey(): Promise<string> {
  return readFile(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')
}

async function runStages(w: Workspace, text: Partial<Record<string, string>>, key = '', booleans: Partial<RawInputs['booleans']> = {}) {
  stdout.length = 0
  await writeFile(w.outputFile, '')
  await writeFile(w.summaryFile, '')
  vi.stubEnv('GITHUB_OUTPUT', w.outputFile)
  const raw = rawInputs({ now: NOW, 'trust-root': w.pin, ...text }, { push: false, ...booleans }, { 'signing-key': key })
  const runner = runnerContext({ GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_STEP_SUMMARY: w.summaryFile }, null)
  const result = await runFromInputs(raw, { workspace: w.dir, runner, clock: () => 0 }, { fetch: globalThis.fetch, loadArtifactClient: neverLoad })
  return {
    result,
    stdout: stdout.join(''),
    outputs: parseOutputs(await readFile(w.outputFile, 'utf8')),
    summary: await readFile(w.summaryFile, 'utf8')
  }
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()

describe('closure stage', () => {
  it('commits one signed revision per window, reports each packet and copies the committed bytes', async () => {
    ws = await makeWorkspace()
    const r = await runStages(ws, { stages: 'ledger,closure' }, await demoKey())

    // the ledger gate is no-go on the examples, so the step fails; the packets are still exported
    expect(r.result.exitCode).toBe(1)
    const paths = r.outputs['packet-paths'].split('\n')
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.every((p) => /^closure-packets\/[a-z0-9-]+\/packet-r001\.json$/.test(p))).toBe(true)
    expect(r.outputs.revisions.split(' ')).toEqual(paths.map((p) => `${p.split('/')[1]}/r001`))
    expect(r.outputs['store-branch']).toBe('main')
    // native git sees the commit at the tip of the branch, and each file in it
    expect(git(ws.dir, 'rev-parse', 'refs/heads/main')).toBe(r.outputs['commit-sha'])
    for (const p of paths) {
      const committed = execFileSync('git', ['cat-file', 'blob', `${r.outputs['commit-sha']}:${p}`], { cwd: ws.dir })
      expect(await readFile(join(ws.dir, '.release-evidence', p))).toEqual(committed)
    }
    // one reviewer block per packet, rendered by the closure module
    expect(r.summary).toContain('## Closure packets:')
    expect(r.summary.match(/^#### Closure packet /gm)).toHaveLength(paths.length)
    expect(r.summary).toContain('DEMO KEY')
    expect(r.summary.indexOf('## Acknowledgment ledger gate')).toBeLessThan(r.summary.indexOf('## Closure packets'))
  })

  it('writes nothing the second time: unchanged content is not a new revision', async () => {
    ws = await makeWorkspace()
    const first = await runStages(ws, { stages: 'closure', mode: 'observe' }, await demoKey())
    const second = await runStages(ws, { stages: 'closure', mode: 'observe' }, await demoKey())
    expect(first.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(second.outputs['commit-sha']).toBe('')
    expect(second.outputs['packet-paths']).toBe('')
    expect(second.summary).toMatch(/unchanged \(r001 already holds this content\)/)
  })

  it('cannot evaluate without a signing key, yet still reports what the ledger stage found', async () => {
    ws = await makeWorkspace()
    await expect(runStages(ws, { stages: 'ledger,closure' })).rejects.toMatchObject({ code: 'INPUT_MISSING', message: expect.stringContaining("set the 'signing-key' input") })
    const summary = await readFile(ws.summaryFile, 'utf8')
    expect(summary).toContain('## Acknowledgment ledger gate: ⛔ NO-GO')
    // room is left for the failure's own error annotations within the 10-error step limit
    const errors = annotationsIn(stdout.join('')).filter((a) => a.level === 'error')
    expect(errors).toHaveLength(5)
    expect(parseOutputs(await readFile(ws.outputFile, 'utf8')).decision).toBe('no-go')
  })
})

describe('verify stage', () => {
  it('proves a freshly exported store, then catches a rewritten packet', async () => {
    ws = await makeWorkspace()
    await runStages(ws, { stages: 'closure', mode: 'observe' }, await demoKey())

    const ok = await runStages(ws, { stages: 'verify' }, '', { 'allow-demo-key': true })
    expect(ok.result.exitCode).toBe(0)
    expect(ok.outputs.verified).toBe('true')
    expect(ok.summary).toContain('## Closure store verification: ✅ VERIFIED')
    const tip = git(ws.dir, 'rev-parse', 'HEAD').trim()
    expect(ok.outputs['verified-tip']).toBe(tip)
    expect(ok.summary).toContain(`Verified tip: <code>${tip}</code>`)
    // without allow-demo-key, the demo key is a blocking KEY_DEMO
    const demo = await runStages(ws, { stages: 'verify' })
    expect(demo.result.exitCode).toBe(1)
    expect(demo.outputs['verified-tip']).toBe('')
    expect(annotationsIn(demo.stdout).some((a) => a.level === 'error' && JSON.stringify(a).includes('KEY_DEMO'))).toBe(true)

    // rewrite a published packet in a later commit: write-once is broken
    const packet = git(ws.dir, 'ls-files', 'closure-packets').split('\n').find((p) => p.endsWith('.json'))!
    const abs = join(ws.dir, packet)
    await writeFile(abs, (await readFile(abs, 'utf8')).replace('"r001"', '"r009"'))
    git(ws.dir, '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-qam', 'tamper')

    const bad = await runStages(ws, { stages: 'verify' }, '', { 'allow-demo-key': true })
    expect(bad.result.exitCode).toBe(1)
    expect(bad.outputs.verified).toBe('false')
    expect(bad.summary).toContain('## Closure store verification: ⛔ FAILED')
    const errors = annotationsIn(bad.stdout).filter((a) => a.level === 'error')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.some((e) => e.props.file === packet)).toBe(true)
  })
})
