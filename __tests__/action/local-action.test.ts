import { spawn } from 'node:child_process'
import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXAMPLE_DATA_ENV, makeWorkspace, NOW, REPO_ROOT, type Workspace } from './workspace.js'

// The Action run by GitHub's own local runner, @github/local-action, as actions/typescript-action
// runs its template: `local-action run <action dir> src/main.ts <.env>`. It reads action.yml (its
// defaults included), loads the inputs from the .env file, swaps @actions/core for its own stub
// (outputs are collected, not written to GITHUB_OUTPUT), imports src/main.ts and awaits its
// exported run(); the exit status is the one run() leaves. So this checks what users of that tool
// see: that src/main.ts exports run() and has no side effect on import, that src/index.ts is not
// needed, and the outcomes (exit code, outputs, annotations, job summary) on the bundled examples.

const BIN = join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js')
const SEED = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))[0]
  .trim()

interface LocalRun {
  code: number | null
  stdout: string
  /** outputs as local-action collected them from its @actions/core stub: its closing table */
  outputs: Record<string, string>
  summary: string
}

function dotenv(vars: Record<string, string>): string {
  // double quotes: dotenv keeps the value as written (our values hold no quote or newline)
  return Object.entries(vars)
    .map(([k, v]) => `${k}="${v}"\n`)
    .join('')
}

async function localAction(ws: Workspace, inputs: Record<string, string>): Promise<LocalRun> {
  const envFile = join(dirname(ws.dir), '.env')
  await writeFile(
    envFile,
    dotenv({
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_STEP_SUMMARY: ws.summaryFile,
      GITHUB_REPOSITORY: 'octo/release',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_JOB: 'local',
      INPUT_NOW: NOW,
      'INPUT_CHECK-RUN': 'false',
      'INPUT_UPLOAD-ARTIFACTS': 'false',
      ...inputs
    })
  )
  // local-action stubs @actions/core at the path `npm ls` gives. Node resolves imports to real
  // paths, so where node_modules is a symlink (a git worktree sharing one install) the stub would
  // miss the module actually loaded; --preserve-symlinks keeps the two paths the same.
  const symlinked = lstatSync(join(REPO_ROOT, 'node_modules')).isSymbolicLink()
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dirname(ws.dir),
    FORCE_COLOR: '0',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    ...(symlinked ? { NODE_OPTIONS: '--preserve-symlinks' } : {})
  }
  const child = spawn(process.execPath, [BIN, 'run', REPO_ROOT, 'src/main.ts', envFile], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  // the table after "Action Outputs" (the real @actions/core would print no such table: it proves
  // the stub ran); console.table quotes each value as util.inspect does, newlines escaped
  const table = stdout.slice(stdout.lastIndexOf('Action Outputs'))
  const outputs = Object.fromEntries([...table.matchAll(/^│ \d+\s+│ '([\w-]+)'\s+│ '(.*?)'\s+│$/gm)].map((m) => [m[1], m[2].replace(/\\n/g, '\n')]))
  return { code, stdout, outputs, summary: readFileSync(ws.summaryFile, 'utf8') }
}

let ws: Workspace | undefined
afterEach(async () => {
  await ws?.cleanup()
  ws = undefined
})

describe('@github/local-action runs src/main.ts', () => {
  it('exports run() and nothing runs on import', async () => {
    const main = readFileSync(join(REPO_ROOT, 'src/main.ts'), 'utf8')
    expect(main).toMatch(/^export async function run\(\): Promise<void>/m)
    // top-level statements are imports, declarations and functions only: no await, no call
    expect(main).not.toMatch(/^(await |run\(|main\()/m)
    expect(readFileSync(join(REPO_ROOT, 'src/index.ts'), 'utf8')).toMatch(/^import \{ run \} from '\.\/main\.js'\n[\s\S]*^await run\(\)$/m)
  })

  it('the examples in full mode: no-go, exit 1, annotated lines, outputs and the job summary', async () => {
    ws = await makeWorkspace()
    const r = await localAction(ws, { INPUT_STAGES: 'ledger', ...EXAMPLE_DATA_ENV })
    expect(r.code, r.stdout).toBe(1)
    expect(r.outputs).toEqual({ decision: 'no-go', 'blocking-defects': '7', 'defects-file': join(ws.dir, '.release-evidence/defects.csv') })
    expect(readFileSync(r.outputs['defects-file'], 'utf8').split('\n')[0]).toMatch(/^alarm_id,defect_code,severity,/)
    expect(r.stdout).toMatch(/^::error title=ACK_LATE alm-3001 \[rw-2026-11-c\],file=examples\/ack-ledger\.csv,line=11,endLine=11::acknowledged 2026-11-23T14:13:00Z/m)
    expect(r.stdout).toMatch(/^::error::Ledger gate: no-go with 7 blocking defects in full mode/m)
    expect(r.summary).toMatch(/^## Acknowledgment ledger gate: ⛔ NO-GO\n/)
    expect(r.summary).toContain('| rw-2026-11-c | ⛔ NO-GO | 7 | 7 | 2 |')
  }, 120_000)

  it('a closure in observe mode with push off: exit 0, the commit on main, the key never printed', async () => {
    ws = await makeWorkspace()
    const r = await localAction(ws, { INPUT_STAGES: 'ledger,closure', INPUT_MODE: 'observe', INPUT_PUSH: 'false', 'INPUT_SIGNING-KEY': SEED, ...EXAMPLE_DATA_ENV })
    expect(r.code, r.stdout).toBe(0)
    const { execFileSync } = await import('node:child_process')
    const tip = execFileSync('git', ['rev-parse', 'main'], { cwd: ws.dir, encoding: 'utf8' }).trim()
    expect(r.outputs['commit-sha']).toBe(tip)
    expect(r.outputs['revisions'].split(' ').sort()).toEqual(['rw-2026-11-a/r001', 'rw-2026-11-b/r001', 'rw-2026-11-c/r001'])
    expect(r.outputs['store-branch']).toBe('main')
    expect(r.outputs['pushed']).toBe('false')
    expect(r.outputs['packet-paths'].split('\n')).toHaveLength(3)
    expect(r.summary.match(/^#### Closure packet /gm)).toHaveLength(3)
    expect(r.stdout).not.toContain(SEED)
  }, 120_000)

  it('a data input left out: exit 2, the input named, no output', async () => {
    ws = await makeWorkspace()
    // action.yml gives alarms/ledger/evidence no default: local-action, which applies action.yml's
    // defaults as the runner does, must not find examples/ behind a forgotten input
    // an earlier run's verdict in out-dir: it must not survive a run that decided nothing
    await mkdir(join(ws.dir, '.release-evidence'), { recursive: true })
    await writeFile(join(ws.dir, '.release-evidence/defects.csv'), 'alarm_id,defect_code\nalm-1,ACK_LATE\n')
    await writeFile(join(ws.dir, '.release-evidence/ledger-gate.json'), '{"decision":"go"}\n')
    const r = await localAction(ws, { INPUT_STAGES: 'ledger', INPUT_ALARMS: 'examples/alarms.csv', INPUT_EVIDENCE: 'examples/evidence.csv' })
    expect(r.code, r.stdout).toBe(2)
    expect(r.stdout).toMatch(/^::error::INPUT_MISSING: required Action input not set: ledger$/m)
    expect(r.stdout).toMatch(/^ {2}- action inputs: ledger: not set; the ledger stage reads it/m)
    expect(r.outputs).toEqual({})
    expect(r.stdout).toContain('No outputs were set!')
    expect(existsSync(join(ws.dir, '.release-evidence/defects.csv'))).toBe(false)
    expect(JSON.parse(readFileSync(join(ws.dir, '.release-evidence/ledger-gate.json'), 'utf8'))).toMatchObject({ decision: null, status: 'cannot-evaluate', exit_code: 2, error: { code: 'INPUT_MISSING' } })
    expect(r.summary).toMatch(/^## release-evidence: cannot evaluate\n\n<code>INPUT_MISSING<\/code> required Action input not set: ledger\n/)
    expect(r.summary).toContain('| action inputs |  | ledger | not set; the ledger stage reads it')
  }, 120_000)
})
