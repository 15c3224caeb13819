import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RawInputs } from '../../src/action/inputs.js'
import { settle } from '../../src/action/outcome.js'
import { runnerContext } from '../../src/action/runner.js'
import { parseCsv } from '../../src/csv/read.js'
import type { ArtifactLoader } from '../../src/report/artifacts.js'
import { checksApi, startLoopback, type Loopback } from '../report/loopback.js'
import { annotationsIn, makeWorkspace, NOW, parseOutputs, rawInputs, runFromInputs, type Workspace } from './workspace.js'

// run() in-process with the real @actions/core: outputs and the job summary go to the files a
// runner would provide, annotations to stdout, the check run to a loopback Checks API.

let ws: Workspace | undefined
let api: Loopback | undefined
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
  await api?.close()
  ws = undefined
  api = undefined
})

const neverLoad: ArtifactLoader = () => {
  throw new Error('@actions/artifact must not load outside a runner')
}

function inputs(text: Partial<Record<string, string>>, booleans: Partial<RawInputs['booleans']> = {}, token = ''): RawInputs {
  return rawInputs({ now: NOW, ...text }, booleans, { 'github-token': token })
}

async function runIn(w: Workspace, raw: RawInputs, env: Record<string, string> = {}) {
  vi.stubEnv('GITHUB_OUTPUT', w.outputFile)
  const runner = runnerContext({ GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: 'e'.repeat(40), GITHUB_JOB: 'gate', GITHUB_STEP_SUMMARY: w.summaryFile, ...env }, null)
  const result = await runFromInputs(raw, { workspace: w.dir, runner, clock: () => 0 }, { fetch: (...a: Parameters<typeof fetch>) => globalThis.fetch(...a), loadArtifactClient: neverLoad })
  const out = stdout.join('')
  return {
    result,
    stdout: out,
    annotations: annotationsIn(out),
    outputs: parseOutputs(await readFile(w.outputFile, 'utf8')),
    summary: await readFile(w.summaryFile, 'utf8')
  }
}

/** `n` block alarms nobody acknowledged: n ACK_MISSING defects, each on its own alarms.csv line. */
function unacknowledged(n: number): Record<string, string> {
  const rows = Array.from({ length: n }, (_, i) => `ALM-${9000 + i},block,RW-BIG,2026-11-23T14:00:00Z,release-eng,sre-oncall,alarm ${i}`)
  return {
    'examples/alarms.csv': `alarm_id,alarm_class,release_window_id,raised_utc,primary_owner_role,backup_owner_role,title\n${rows.join('\n')}\n`,
    'examples/ack-ledger.csv':
      'alarm_id,alarm_state,release_window_id,owner_role,acknowledged_by,ack_timestamp_utc,response_sla_minutes,target_resolution_utc,closure_state,closure_evidence_ref,last_updated_utc\n',
    'examples/evidence.csv': 'evidence_id,release_window_id,alarm_id,evidence_kind,uri,recorded_utc,recorded_by\n'
  }
}

describe('run: ledger stage on the repository examples', () => {
  it('fails no-go with exit 1, outputs, annotations on CSV lines and the job summary', async () => {
    ws = await makeWorkspace()
    const r = await runIn(ws, inputs({}))

    expect(r.result.exitCode).toBe(1)
    expect(r.result.failure).toMatch(/^Ledger gate: no-go with \d+ blocking defects in full mode/)
    expect(r.outputs.decision).toBe('no-go')
    expect(Number(r.outputs['blocking-defects'])).toBeGreaterThan(0)
    expect(r.outputs['defects-file']).toBe(join(ws.dir, '.release-evidence', 'defects.csv'))
    const csv = await readFile(r.outputs['defects-file'], 'utf8')
    expect(csv.split('\n')[0]).toBe('alarm_id,defect_code,severity,owner_role,required_action,release_window_id,file,line,field,detail')

    const errors = r.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(Number(r.outputs['blocking-defects']))
    for (const e of errors) {
      expect(e.props.file).toMatch(/^examples\/(ack-ledger|alarms)\.csv$/)
      expect(Number(e.props.line)).toBeGreaterThan(1)
    }
    // each error points where the defects file says the defect is
    const table = await parseCsv(Buffer.from(csv), { file: 'defects.csv', requiredColumns: ['alarm_id', 'defect_code', 'file', 'line'] })
    const located = new Set(table.rows.map(({ values: v }) => `${v.defect_code} ${v.alarm_id}|${v.file}:${v.line}`))
    for (const e of errors) expect(located, e.props.title).toContain(`${e.props.title.replace(/ \[.*$/, '')}|${e.props.file}:${e.props.line}`)

    expect(r.summary).toContain('## Acknowledgment ledger gate: ⛔ NO-GO')
    expect(r.summary).toContain('### Readback: top 3 highest-risk alarms')
    expect(r.summary).toContain(`### Defects (${csv.trimEnd().split('\n').length - 1})`)
    expect(r.summary).toContain('Artifact upload skipped: not running on a GitHub Actions runner')
    expect(r.annotations.some((a) => a.level === 'notice' && a.message.startsWith('Artifact upload skipped'))).toBe(true)
  })

  it('passes in observe mode while still reporting the no-go decision', async () => {
    ws = await makeWorkspace()
    const r = await runIn(ws, inputs({ mode: 'observe' }))
    expect(r.result.exitCode).toBe(0)
    expect(r.outputs.decision).toBe('no-go')
    expect(r.outputs['blocking-defects']).toBe('0')
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(0)
    expect(r.summary).toContain('observe mode: report only, the step passes')
  })
})

describe('run: a step that stops before its stages', () => {
  it.each([
    ['an input file that is not there', { alarms: 'governance/missing.csv' }, 'INPUT_MISSING'],
    ['a policy file that is not there', { 'ledger-policy': 'policies/missing.yaml' }, 'INPUT_MISSING']
  ])("leaves no earlier run's verdict in out-dir: %s", async (_name, text, code) => {
    ws = await makeWorkspace()
    const first = await runIn(ws, inputs({}))
    expect(first.result.exitCode).toBe(1)
    const out = join(ws.dir, '.release-evidence')
    expect(existsSync(join(out, 'defects.csv'))).toBe(true)
    await expect(runIn(ws, inputs(text))).rejects.toMatchObject({ code })
    expect(existsSync(join(out, 'defects.csv'))).toBe(false)
    expect(existsSync(join(out, 'escalations.csv'))).toBe(false)
    expect(JSON.parse(await readFile(join(out, 'ledger-gate.json'), 'utf8'))).toMatchObject({ decision: null, status: 'cannot-evaluate', exit_code: 2, error: { code } })
  })

  it('keeps out-dir as it is when no stage that writes there was asked for', async () => {
    ws = await makeWorkspace()
    await runIn(ws, inputs({}))
    const before = await readFile(join(ws.dir, '.release-evidence/ledger-gate.json'), 'utf8')
    await expect(runIn(ws, inputs({ stages: 'strategy', 'strategy-policy': 'policies/missing.yaml' }))).rejects.toMatchObject({ code: 'INPUT_MISSING' })
    expect(await readFile(join(ws.dir, '.release-evidence/ledger-gate.json'), 'utf8')).toBe(before)
  })
})

describe('run: defect locations in the job summary', () => {
  it('link to their line of the file at GITHUB_SHA on GITHUB_SERVER_URL, and stay plain text without a server', async () => {
    ws = await makeWorkspace()
    const r = await runIn(ws, inputs({}), { GITHUB_SERVER_URL: 'https://github.com' })
    const csv = await readFile(r.outputs['defects-file'], 'utf8')
    const table = await parseCsv(Buffer.from(csv), { file: 'defects.csv', requiredColumns: ['file', 'line'] })
    const located = table.rows.filter((row) => row.values.file !== '' && row.values.line !== '')
    expect(located.length).toBeGreaterThan(0)
    for (const { values: v } of located) {
      expect(r.summary).toContain(`[${v.file}:${v.line}](https://github.com/octo/release/blob/${'e'.repeat(40)}/${v.file}#L${v.line})`)
    }

    await ws.cleanup()
    ws = await makeWorkspace()
    stdout.length = 0
    const plain = await runIn(ws, inputs({}))
    expect(plain.summary).not.toContain('](https://')
    expect(plain.summary).toContain(`| ${located[0].values.file}:${located[0].values.line} |`)
  })
})

describe('run: reporting at scale', () => {
  it('annotates the most severe within the limits and puts every defect in a check run, 50 per request', async () => {
    ws = await makeWorkspace({ files: unacknowledged(137) })
    api = await startLoopback(checksApi())
    const r = await runIn(ws, inputs({}, {}, 'ghs_loopback_token'), { GITHUB_API_URL: api.url })

    expect(r.result.exitCode).toBe(1)
    expect(r.outputs['blocking-defects']).toBe('137')
    // nine defects, then the step's own failure message: the ten errors the runner keeps
    expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(9)
    settle(r.result)
    const errors = annotationsIn(stdout.join('')).filter((a) => a.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors[9].message).toMatch(/^Ledger gate: no-go with 137 blocking defects/)
    const notice = r.annotations.find((a) => a.props.title === '128 more defects not annotated')
    expect(notice?.message).toContain('128 of 137 defects are not shown as annotations (128 errors)')
    expect(notice?.message).toContain('.release-evidence/defects.csv')
    expect(notice?.message).toContain('check run "release-evidence"')

    expect(api.requests.map((q) => q.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    const sent = api.requests.map((q) => (q.json() as { output: { annotations: { path: string; start_line: number; annotation_level: string }[] } }).output.annotations)
    expect(sent.map((b) => b.length)).toEqual([50, 50, 37])
    const lines = sent.flat().map((a) => a.start_line)
    expect(lines).toEqual(Array.from({ length: 137 }, (_, i) => i + 2))
    expect(sent.flat().every((a) => a.path === 'examples/alarms.csv' && a.annotation_level === 'failure')).toBe(true)
    expect(api.requests.every((q) => q.headers.authorization === 'token ghs_loopback_token')).toBe(true)
    expect((api.requests[0].json() as { head_sha: string }).head_sha).toBe('e'.repeat(40))

    // every defect in the job summary table too
    const defectTable = r.summary.slice(r.summary.indexOf('### Defects (137)'))
    expect(defectTable.split('\n').filter((l) => l.startsWith('| alm-9')).length).toBe(137)
  })

  it('falls back without failing when the token cannot write checks (403, fork PR)', async () => {
    ws = await makeWorkspace({ files: unacknowledged(40) })
    api = await startLoopback(checksApi({ forbid: true }))
    const r = await runIn(ws, inputs({ mode: 'observe' }, {}, 'ghs_read_only'), { GITHUB_API_URL: api.url })

    expect(r.result.exitCode).toBe(0)
    expect(api.requests).toHaveLength(1)
    const fallback = r.annotations.find((a) => a.level === 'notice' && a.message.startsWith('Check run not created (403 Resource not accessible by integration)'))
    expect(fallback).toBeDefined()
    // the overflow notice no longer promises a check run
    const overflow = r.annotations.find((a) => a.props.title?.endsWith('more defects not annotated'))
    expect(overflow?.message).not.toContain('check run')
    expect(r.summary).toContain('Check run not available: 403 Resource not accessible by integration.')
  })

  it('sends nothing when every annotation fits, or when check-run is false', async () => {
    ws = await makeWorkspace({ files: unacknowledged(40) })
    api = await startLoopback(checksApi())
    await runIn(ws, inputs({}, { 'check-run': false }, 'ghs_token'), { GITHUB_API_URL: api.url })
    expect(api.requests).toHaveLength(0)
    await ws.cleanup()

    ws = await makeWorkspace({ files: unacknowledged(5) })
    await runIn(ws, inputs({}, {}, 'ghs_token'), { GITHUB_API_URL: api.url })
    expect(api.requests).toHaveLength(0)
  })
})

describe('run: untrusted cells', () => {
  it('keeps hostile alarm ids and titles out of commands, markup and formulas', async () => {
    const hostile = [
      'ALM-1,block,"RW-X",2026-11-23T14:00:00Z,release-eng,sre-oncall,"=HYPERLINK(""https://evil.example"",""x"")"',
      'ALM-2,block,RW-X,2026-11-23T14:00:00Z,"<img src=x onerror=alert(1)>","| pipe |","::error::pwned%0A"'
    ]
    const files = unacknowledged(0)
    files['examples/alarms.csv'] = `${files['examples/alarms.csv'].trimEnd()}\n${hostile.join('\n')}\n`
    ws = await makeWorkspace({ files })
    const r = await runIn(ws, inputs({ mode: 'observe' }))
    // no line the runner would execute except our own well-formed commands
    for (const line of r.stdout.split('\n')) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice|debug)( [a-zA-Z]+=[^,:]*(,[a-zA-Z]+=[^,:]*)*)?::/)
    }
    expect(r.stdout).not.toContain('::error::pwned')
    expect(r.summary).not.toContain('<img')
    expect(r.summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(r.summary).toContain('&#124; pipe &#124;')
  })
})
