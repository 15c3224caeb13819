import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BOOLEAN_INPUTS } from '../../src/action/inputs.js'
import { STAGE_NAMES } from '../../src/lessons.js'
import { REPO_ROOT } from './workspace.js'

// The example workflows are documentation users copy: every input they pass must exist, every
// output they read must be set, and the permissions must match what each workflow does.

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: unknown
  permissions?: Record<string, string>
  concurrency?: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>
}

const dir = join(REPO_ROOT, 'examples/workflows')
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'))
const load = (f: string) => ({ text: readFileSync(join(dir, f), 'utf8'), wf: parse(readFileSync(join(dir, f), 'utf8')) as Workflow })
const ourSteps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.includes('/release-evidence@')))
/** Steps that run the CLI from a checkout of release-evidence (what the Action has no input for: verify --shard, verify merge). */
const cliSteps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => /\brelease-evidence\.js /.test(s.run ?? '')))

describe.each(files)('examples/workflows/%s', (file) => {
  const { text, wf } = load(file)

  it('passes only declared inputs, with valid stages and booleans', () => {
    const steps = ourSteps(wf)
    expect(steps.length + cliSteps(wf).length).toBeGreaterThan(0)
    for (const s of steps) {
      for (const [name, value] of Object.entries(s.with ?? {})) {
        expect(Object.keys(action.inputs), name).toContain(name)
        if ((BOOLEAN_INPUTS as readonly string[]).includes(name)) expect(['true', 'false', true, false]).toContain(value)
      }
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a `with:` value is a YAML scalar
      const stages = String(s.with?.['stages'] ?? 'ledger').split(',')
      for (const st of stages) expect(STAGE_NAMES).toContain(st.trim())
    }
  })

  it('reads only outputs the Action sets (from steps that run it)', () => {
    const ours = new Set(ourSteps(wf).map((s) => s.id).filter((id): id is string => id !== undefined))
    const read = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].filter((m) => ours.has(m[1]))
    for (const m of read) expect(Object.keys(action.outputs)).toContain(m[2])
    // a step output the workflow reads belongs to a step it has: an Action step, or its own shell step
    const ids = new Set(Object.values(wf.jobs).flatMap((j) => j.steps.map((st) => st.id)))
    for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\./g)) expect(ids).toContain(m[1])
  })

  it('checks out the full history (the gate and verify read it)', () => {
    const checkout = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with?.['fetch-depth']).toBe(0)
  })

  it('passes secrets only from the secrets context', () => {
    for (const s of ourSteps(wf)) {
      const key = s.with?.['signing-key']
      if (key !== undefined) expect(key).toMatch(/^\$\{\{ secrets\.[A-Z_]+ \}\}$/)
    }
  })
})

describe('permissions match what each workflow does', () => {
  it('the PR check and the re-verify never get contents: write', () => {
    for (const f of ['pr-check.yml', 'scheduled-reverify.yml']) expect(load(f).wf.permissions?.contents).toBe('read')
  })

  it('the release-window close commits and pushes under one concurrency group, never cancelled', () => {
    const { wf } = load('release-window-close.yml')
    expect(wf.permissions?.contents).toBe('write')
    expect(wf.concurrency).toEqual({ group: 'release-evidence-store', 'cancel-in-progress': false })
    const step = ourSteps(wf)[0]
    expect(String(step.with?.['stages'])).toContain('closure')
    expect(step.with?.['push']).toBe(true)
  })
})

describe('the sharded re-verify', () => {
  const { wf } = load('verify-sharded.yml')
  const shards = wf.jobs['shard'] as unknown as { strategy: { 'fail-fast': boolean; matrix: { shard: number[] } }; steps: Step[] }
  const merge = wf.jobs['merge'] as unknown as { needs: string[]; if: string; steps: Step[] }
  const shardsNeed = (wf.jobs['shard'] as unknown as { needs: string }).needs

  it('runs every shard of its matrix, lets none cancel another, and merges after all of them, failed ones too', () => {
    const n = shards.strategy.matrix.shard.length
    expect(shards.strategy.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1))
    expect(shards.strategy['fail-fast']).toBe(false)
    const runs = shards.steps.map((s) => s.run ?? '').join('\n')
    expect(runs).toContain(`verify --shard "\${{ matrix.shard }}/${n}" --now "\${{ needs.clock.outputs.now }}" --json --out`)
    expect(runs).toContain(`retention index --shard "\${{ matrix.shard }}/${n}" --now "\${{ needs.clock.outputs.now }}" --out`)
    expect(merge.needs).toEqual(['clock', 'shard'])
    expect(merge.if).toContain('!cancelled()')
    const merges = merge.steps.map((s) => s.run ?? '').join('\n')
    expect(merges).toContain('verify merge ../shards/verify-shard-*.json')
    expect(merges).toContain('retention merge ../shards/retention-shard-*.json')
    expect(wf.permissions?.contents).toBe('read')
  })

  it('gives every shard one instant, from a job before them (the merges refuse shards judged at other instants)', () => {
    expect(shardsNeed).toBe('clock')
    const clock = wf.jobs['clock'] as unknown as { outputs: Record<string, string>; steps: Step[] }
    expect(clock.outputs['now']).toBe('${{ steps.now.outputs.now }}')
    expect(clock.steps.find((s) => s.id === 'now')?.run).toContain('date -u +%Y-%m-%dT%H:%M:%SZ')
  })
})

describe('the example workflows as a set', () => {
  const all = files.map((f) => ({ file: f, ...load(f) }))

  it('use one version of actions/checkout', () => {
    const versions = new Set(all.flatMap(({ wf }) => Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses ?? '').filter((u) => u.startsWith('actions/checkout@')))))
    expect(versions.size).toBe(1)
  })

  it('hold no placeholder a user would have to invent (OWNER, <sha>)', () => {
    for (const { file, text } of all) {
      expect(text, file).not.toMatch(/OWNER\/|<sha>|<full-commit-sha>/)
      for (const s of ourSteps(load(file).wf)) expect(s.uses).toMatch(/^[\w.-]+\/[\w.-]+@[\w.-]+$/)
    }
  })

  it('never leave the checkout token in .git/config (persist-credentials: false)', () => {
    for (const { file, wf } of all) {
      for (const s of Object.values(wf.jobs).flatMap((j) => j.steps).filter((st) => st.uses?.startsWith('actions/checkout@'))) expect(s.with?.['persist-credentials'], file).toBe(false)
    }
  })

  it('re-verify the branch the close workflow publishes to', () => {
    const branch = (f: string) => ourSteps(load(f).wf)[0].with?.['store-branch']
    expect(branch('scheduled-reverify.yml')).toBe(branch('release-window-close.yml'))
    expect(branch('scheduled-reverify.yml')).toBeTruthy()
  })
})
