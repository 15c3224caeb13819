import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { run } from '../../src/main.js'
import { SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js'
import { annotationsIn, makeWorkspace, NOW, REPO_ROOT, type Workspace } from './workspace.js'

// The limits GitHub puts on one step, checked on the Action as the runner runs it (src/main.ts
// run(), inputs from INPUT_* variables): the runner keeps 10 error annotations a step, so the
// step's own failure message must always be one of them, and it refuses a step summary over
// 1 MiB whole, so every part of the summary (every stage, and the failure of a stage that could
// not evaluate) shares one budget.

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
  process.exitCode = undefined
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  await ws?.cleanup()
  ws = undefined
})

const LEDGER_HEADER = 'alarm_id,alarm_state,release_window_id,owner_role,acknowledged_by,ack_timestamp_utc,response_sla_minutes,target_resolution_utc,closure_state,closure_evidence_ref,last_updated_utc\n'
const EVIDENCE_HEADER = 'evidence_id,release_window_id,alarm_id,evidence_kind,uri,recorded_utc,recorded_by\n'

/** `n` block alarms nobody acknowledged: n blocking ACK_MISSING defects. */
function unacknowledged(n: number, title = ''): Record<string, string> {
  const rows = Array.from({ length: n }, (_, i) => `ALM-${10000 + i},block,RW-BIG,2026-11-23T14:00:00Z,release-eng,sre-oncall,alarm ${i}${title}`)
  return {
    'data/alarms.csv': `alarm_id,alarm_class,release_window_id,raised_utc,primary_owner_role,backup_owner_role,title\n${rows.join('\n')}\n`,
    'data/ack-ledger.csv': LEDGER_HEADER,
    'data/evidence.csv': EVIDENCE_HEADER
  }
}

/** The closure stage's inputs: it signs with the demo key and does not push. */
async function closureInputs(): Promise<Record<string, string>> {
  return { stages: 'ledger,closure', 'signing-key': await readFile(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8'), push: 'false' }
}

/** Runs the Action's run() as the runner would, with these inputs. */
async function runAction(w: Workspace, inputs: Record<string, string>) {
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: w.dir,
    GITHUB_OUTPUT: w.outputFile,
    GITHUB_STEP_SUMMARY: w.summaryFile,
    GITHUB_REPOSITORY: 'octo/release',
    GITHUB_SHA: 'e'.repeat(40),
    GITHUB_JOB: 'gate',
    INPUT_NOW: NOW,
    INPUT_ALARMS: 'data/alarms.csv',
    INPUT_LEDGER: 'data/ack-ledger.csv',
    INPUT_EVIDENCE: 'data/evidence.csv',
    'INPUT_UPLOAD-ARTIFACTS': 'false',
    'INPUT_CHECK-RUN': 'false'
  }
  for (const [k, v] of Object.entries({ ...env, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) })) vi.stubEnv(k, v)
  await run()
  const out = stdout.join('')
  return { exitCode: process.exitCode, annotations: annotationsIn(out), summary: await readFile(w.summaryFile, 'utf8') }
}

describe('the step keeps its failure message among the 10 errors the runner shows', () => {
  it.each([1, 9, 10, 11, 60, 600])('with %i blocking defects, no more than 10 errors, the failure message last', async (n) => {
    ws = await makeWorkspace({ files: unacknowledged(n) })
    const r = await runAction(ws, { stages: 'ledger' })
    expect(r.exitCode).toBe(1)
    const errors = r.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(Math.min(n, 9) + 1)
    expect(errors.at(-1)?.message).toMatch(new RegExp(`^Ledger gate: no-go with ${n} blocking defects?`))
    if (n > 9) expect(r.annotations.find((a) => a.props.title === `${n - 9} more defect${n === 10 ? '' : 's'} not annotated`)).toBeDefined()
  })

  it('a passing step (observe mode) may show all ten', async () => {
    ws = await makeWorkspace({ files: unacknowledged(60) })
    const r = await runAction(ws, { stages: 'ledger', mode: 'observe' })
    expect(r.exitCode).toBe(0)
    // in observe mode nothing fails the step: the defects are warnings, ten of them shown
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(0)
    expect(r.annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
  })

  it('when a later stage cannot evaluate: the earlier stage errors, the problems and the failure stay within 10', async () => {
    const files = unacknowledged(60)
    files['policies/closure-packet.yaml'] = `${Array.from({ length: 30 }, (_, i) => `unknown_key_${i}: 1`).join('\n')}\n`
    ws = await makeWorkspace({ files })
    const r = await runAction(ws, await closureInputs())
    expect(r.exitCode).toBe(2)
    const errors = r.annotations.filter((a) => a.level === 'error')
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(errors.at(-1)?.message).toMatch(/^POLICY_INVALID/)
  })
})

describe('one job-summary budget for the whole step', () => {
  // 4,000 defect rows are more than the budget holds; 300 problems with long, markup-heavy
  // messages made a failure table of its own that used to be appended on top (1,051,785 bytes).
  it('a later stage that cannot evaluate is reported inside the budget, first, with the ledger still there', async () => {
    const files = unacknowledged(4000)
    const hostile = '<&|>'.repeat(60)
    files['policies/closure-packet.yaml'] = `${Array.from({ length: 300 }, (_, i) => `unknown_key_${i}_${'x'.repeat(60)}: "${hostile}"`).join('\n')}\n`
    ws = await makeWorkspace({ files })
    const r = await runAction(ws, await closureInputs())
    expect(r.exitCode).toBe(2)
    const bytes = Buffer.byteLength(r.summary)
    expect(bytes).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES - 16 * 1024)
    expect(r.summary.startsWith('## release-evidence: cannot evaluate')).toBe(true)
    expect(r.summary.split('## release-evidence: cannot evaluate').length).toBe(2) // written once, not appended again
    expect(r.summary).toContain('## Acknowledgment ledger gate')
    expect(r.summary).toMatch(/\*\*\d+ of 4000 defects not shown here\*\*/)
  })

  it('a stage that throws first (nothing else reported) writes a bounded failure summary', async () => {
    const files = unacknowledged(1)
    files['policies/ack-ledger.yaml'] = `${Array.from({ length: 3000 }, (_, i) => `k${i}_${'|'.repeat(80)}: 1`).join('\n')}\n`
    ws = await makeWorkspace({ files })
    const r = await runAction(ws, { stages: 'ledger' })
    expect(r.exitCode).toBe(2)
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES - 16 * 1024)
    expect(r.summary).toMatch(/^## release-evidence: cannot evaluate\n\n<code>POLICY_INVALID<\/code>/)
  })
})
