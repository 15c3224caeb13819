import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../src/csv/read.js'
import { annotationsIn, EXAMPLE_DATA_ENV, makeWorkspace, NOW, onlyWindow, parseOutputs, REPO_ROOT, type Workspace, type WorkspaceOptions } from './workspace.js'

// The built bundle, run as the runner runs it: `node dist/index.js` with INPUT_* variables (names
// keep their hyphens: INPUT_STORE-BRANCH), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
// GITHUB_WORKSPACE, and annotations read from stdout. Every row of step-exit-matrix.csv runs
// against its own fixture below; a row without a fixture (or a fixture without a row) fails.
//
// RELEASE_EVIDENCE_BUNDLE selects the bundle (default dist/index.js), e.g. a development build:
//   npx ncc build src/index.ts -o .tmp/action/dist && RELEASE_EVIDENCE_BUNDLE=.tmp/action/dist/index.js npx vitest run __tests__/action

const BUNDLE = resolve(REPO_ROOT, process.env['RELEASE_EVIDENCE_BUNDLE'] ?? 'dist/index.js')
const MATRIX = join(REPO_ROOT, '__tests__/action/step-exit-matrix.csv')
const EXIT: Record<string, number> = { pass: 0, fail: 1, 'cannot-evaluate': 2 }
const DEMO_KEY = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')

interface StepRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: ReturnType<typeof annotationsIn>
}

interface Fixture {
  workspace?: WorkspaceOptions
  inputs?: Record<string, string>
  check(r: StepRun, ws: Workspace): void | Promise<void>
}

const FIXTURES: Record<string, Fixture> = {
  A1: {
    workspace: { edit: { 'examples/alarms.csv': onlyWindow('RW-2026-11-A'), 'examples/ack-ledger.csv': onlyWindow('RW-2026-11-A'), 'examples/evidence.csv': onlyWindow('RW-2026-11-A') } },
    check(r) {
      expect(r.outputs.decision).toBe('go')
      expect(r.outputs['blocking-defects']).toBe('0')
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([])
      expect(r.summary).toContain('## Acknowledgment ledger gate: ✅ GO')
    }
  },
  A2: {
    async check(r, ws) {
      expect(r.outputs.decision).toBe('no-go')
      const table = await parseCsv(await readFile(r.outputs['defects-file']), { file: 'defects.csv', requiredColumns: ['alarm_id', 'defect_code', 'file', 'line'] })
      const blocking = table.rows.filter((row) => row.values.severity === 'blocking')
      expect(Number(r.outputs['blocking-defects'])).toBe(blocking.length)
      expect(r.outputs['defects-file']).toBe(join(ws.dir, '.release-evidence', 'defects.csv'))
      // one error annotation per blocking defect, at its CSV file and line
      const errors = r.annotations.filter((a) => a.level === 'error' && a.props.file)
      expect(errors.map((e) => `${e.props.file}:${e.props.line}`).sort()).toEqual(blocking.map((b) => `${b.values.file}:${b.values.line}`).sort())
      expect(r.stdout).toMatch(/^::error::Ledger gate: no-go with \d+ blocking defects in full mode; see the job summary\.$/m)
      expect(r.summary).toContain('## Acknowledgment ledger gate: ⛔ NO-GO')
      expect(r.summary).toContain('### Readback: top 3 highest-risk alarms')
      expect(r.summary).toContain(`### Defects (${table.rows.length})`)
    }
  },
  A3: {
    inputs: { mode: 'observe' },
    check(r) {
      expect(r.outputs.decision).toBe('no-go')
      expect(r.outputs['blocking-defects']).toBe('0')
      expect(r.annotations.filter((a) => a.level === 'error')).toEqual([])
      expect(r.annotations.filter((a) => a.level === 'warning').length).toBeGreaterThan(0)
    }
  },
  A4: {
    inputs: { mode: 'soft' },
    check(r) {
      const codes = r.annotations.filter((a) => a.level === 'error' && a.props.title).map((a) => a.props.title.split(' ')[0])
      expect(codes.length).toBeGreaterThan(0)
      expect(new Set(codes)).toEqual(new Set(['ACK_MISSING', 'TIMESTAMP_MALFORMED']))
    }
  },
  A5: {
    workspace: { edit: { 'policies/ack-ledger.yaml': (t) => `${t}\nsurprise_key: true\n` } },
    check(r) {
      expect(r.stdout).toMatch(/^::error::POLICY_INVALID: /m)
      expect(r.outputs).toEqual({})
      expect(r.summary).toContain('## release-evidence: cannot evaluate')
      expect(r.annotations).toContainEqual({ level: 'error', props: { title: 'POLICY_INVALID /surprise_key', file: 'policies/ack-ledger.yaml' }, message: 'unknown key (fix: remove it or check its spelling)' })
    }
  },
  A6: {
    inputs: { alarms: 'governance/missing.csv' },
    check(r) {
      expect(r.stdout).toMatch(/^::error::INPUT_MISSING: 1 input file not found \(stages: ledger\)%0A {2}- governance\/missing\.csv: alarms: does not exist in the workspace/m)
    }
  },
  A7: {
    inputs: { push: 'yes' },
    check(r) {
      expect(r.stdout).toContain("::error::INPUT_INVALID: 1 invalid Action input%0A  - action inputs: push: 'yes' is not a boolean")
    }
  },
  A8: {
    inputs: { now: '2026-11-23 15:00' },
    check(r) {
      expect(r.stdout).toContain('now: \'2026-11-23 15:00\' has no time zone')
    }
  },
  A9: {
    inputs: { stages: 'ledger,closure', mode: 'observe', 'signing-key': DEMO_KEY, push: 'false' },
    async check(r, ws) {
      const paths = r.outputs['packet-paths'].split('\n')
      expect(paths.length).toBe(3)
      expect(r.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
      const log = spawnSync('git', ['log', '--format=%H %s', '-n', '1', 'main'], { cwd: ws.dir, encoding: 'utf8' }).stdout
      expect(log.startsWith(r.outputs['commit-sha'])).toBe(true)
      expect(r.summary.match(/^#### Closure packet /gm)).toHaveLength(3)
      // the key was masked before anything printed, and never printed itself
      const firstMask = r.stdout.indexOf('::add-mask::')
      expect(firstMask).toBe(0)
      const body = DEMO_KEY.split('\n').filter((l) => l.trim() && !l.startsWith('#'))
      for (const line of body) expect(r.stdout.slice(r.stdout.indexOf('\n', r.stdout.lastIndexOf('::add-mask::')))).not.toContain(line.trim())
      expect(r.summary).not.toContain(body[0].trim())
    }
  },
  A10: {
    inputs: { stages: 'closure' },
    check(r) {
      expect(r.stdout).toMatch(/^::error::INPUT_MISSING: no signing key/m)
    }
  },
  A11: {
    inputs: { stages: 'verify', 'allow-empty': 'true', 'allow-demo-key': 'true' },
    check(r) {
      expect(r.outputs.verified).toBe('true')
      expect(r.summary).toContain('## Closure store verification: ✅ VERIFIED')
    }
  }
}

/** Runs a bundle the way the runner does, in a clean environment. */
function runBundle(bundle: string, ws: Workspace, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): StepRun {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: ws.dir,
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_OUTPUT: ws.outputFile,
    GITHUB_STEP_SUMMARY: ws.summaryFile,
    GITHUB_REPOSITORY: 'octo/release',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_JOB: 'release-gate',
    INPUT_NOW: NOW,
    // the user's data files, passed as the example workflows pass them (they have no default)
    ...EXAMPLE_DATA_ENV,
    // the workspace's trust root, pinned as a workflow would pin it
    'INPUT_TRUST-ROOT': ws.pin,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv
  }
  const p = spawnSync(process.execPath, [bundle], { cwd: ws.dir, env, encoding: 'utf8', timeout: 60_000 })
  return {
    code: p.status,
    stdout: p.stdout,
    stderr: p.stderr,
    outputs: parseOutputs(readFileSync(ws.outputFile, 'utf8')),
    summary: readFileSync(ws.summaryFile, 'utf8'),
    annotations: annotationsIn(p.stdout)
  }
}

const rows = readFileSync(MATRIX, 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [id, condition, expected] = line.split(',')
    return { id, condition, expected }
  })

describe(`the bundle ${BUNDLE.replace(`${REPO_ROOT}/`, '')} run as the runner runs it`, () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} does not exist: build it (npm run build) or set RELEASE_EVIDENCE_BUNDLE`)
  })

  it('has a fixture for every matrix row and a row for every fixture', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(FIXTURES).sort())
    for (const r of rows) expect(Object.keys(EXIT)).toContain(r.expected)
  })

  it('references no module it failed to bundle', () => {
    for (const f of [BUNDLE]) expect(readFileSync(f, 'utf8')).not.toContain('webpackMissingModule')
    expect(JSON.parse(readFileSync(join(dirname(BUNDLE), 'package.json'), 'utf8'))).toEqual({ type: 'module' })
  })

  it.each(rows)('$id: $condition -> $expected', async ({ id, expected }) => {
    const fixture = FIXTURES[id]
    const ws = await makeWorkspace(fixture.workspace)
    try {
      const r = runBundle(BUNDLE, ws, fixture.inputs ?? {})
      expect(r.stderr).toBe('')
      expect(r.code, r.stdout).toBe(EXIT[expected])
      await fixture.check(r, ws)
    } finally {
      await ws.cleanup()
    }
  })
})

describe('the lazy @actions/artifact chunk', () => {
  let copy: string
  let chunk: string
  beforeAll(async () => {
    // A copy of the bundle without the chunk that holds @actions/artifact.
    copy = await mkdtemp(join(tmpdir(), 'bundle-'))
    await cp(dirname(BUNDLE), copy, { recursive: true })
    const files = (await readdir(copy)).filter((f) => f.endsWith('.js') && f !== 'index.js')
    const withArtifact = files.filter((f) => readFileSync(join(copy, f), 'utf8').includes('ACTIONS_RESULTS_URL'))
    expect(withArtifact).toHaveLength(1)
    chunk = withArtifact[0]!
    await rm(join(copy, chunk))
  })
  afterAll(() => rm(copy, { recursive: true, force: true }))

  it('is not loaded outside a runner: the step runs the same without it', async () => {
    const ws = await makeWorkspace()
    try {
      const r = runBundle(join(copy, 'index.js'), ws, {})
      expect(r.code).toBe(1)
      expect(r.stderr).toBe('')
      expect(r.annotations.some((a) => a.level === 'notice' && a.message.startsWith('Artifact upload skipped: not running on a GitHub Actions runner'))).toBe(true)
    } finally {
      await ws.cleanup()
    }
  })

  it('is loaded only when an upload is attempted (and a failed upload does not change the exit code)', async () => {
    const ws = await makeWorkspace()
    try {
      const r = runBundle(join(copy, 'index.js'), ws, {}, { ACTIONS_RUNTIME_TOKEN: 'x.y.z', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' })
      expect(r.code).toBe(1)
      const warning = r.annotations.find((a) => a.level === 'warning' && a.message.startsWith('Artifact upload failed'))
      expect(warning?.message).toContain(chunk)
    } finally {
      await ws.cleanup()
    }
  })
})
