import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { sha256Hex } from '../../src/util/hash.js'
import { POLICY_TEXT, REPO, captureIo, tempDir } from './helpers.js'

// `release-evidence validate-ledger` end to end through runCli: exit codes, the reports it
// writes, determinism, and the rollout modes.

const NOW = '2026-11-23T15:00:00Z'

function exampleRepo(): string {
  const dir = tempDir('cli')
  cpSync(join(REPO, 'examples'), join(dir, 'examples'), { recursive: true })
  cpSync(join(REPO, 'policies'), join(dir, 'policies'), { recursive: true })
  return dir
}

async function run(args: string[], cwd: string) {
  const io = captureIo()
  const code = await runCli(['validate-ledger', ...args], { io, cwd, env: {}, clock: () => Date.parse('2030-01-01T00:00:00Z') })
  return { code, out: io.out, err: io.err }
}

describe('validate-ledger', () => {
  it('exits 1 on no-go and writes defects.csv, escalations.csv and ledger-gate.json', async () => {
    const dir = exampleRepo()
    const r = await run(['--now', NOW], dir)
    expect(r.code).toBe(1)
    expect(r.out).toContain('Acknowledgment ledger: NO-GO (full mode: failing)')
    expect(r.out).toMatch(/rw-2026-11-a\s+go\s+4\s+0\s+1/)
    expect(r.out).toContain('Wrote .release-evidence/defects.csv, .release-evidence/escalations.csv, .release-evidence/ledger-gate.json')
    const defects = readFileSync(join(dir, '.release-evidence/defects.csv'), 'utf8')
    expect(defects.split('\n')[0]).toBe('alarm_id,defect_code,severity,owner_role,required_action,release_window_id,file,line,field,detail')
    const summary = JSON.parse(readFileSync(join(dir, '.release-evidence/ledger-gate.json'), 'utf8'))
    expect(summary.policy).toEqual({ file: 'policies/ack-ledger.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(summary.reports['defects.csv']).toBe(sha256Hex(defects))
    expect(summary.inputs.map((i: { file: string }) => i.file)).toEqual(['examples/alarms.csv', 'examples/ack-ledger.csv', 'examples/evidence.csv'])
  })

  it('is byte-identical for the same inputs and instant', async () => {
    const dir = exampleRepo()
    await run(['--now', NOW, '--out-dir', 'one'], dir)
    await run(['--now', NOW, '--out-dir', 'two'], dir)
    for (const f of ['defects.csv', 'escalations.csv', 'ledger-gate.json']) {
      expect(readFileSync(join(dir, 'two', f))).toEqual(readFileSync(join(dir, 'one', f)))
    }
    const a = await run(['--now', NOW, '--json', '--out-dir', 'one'], dir)
    const b = await run(['--now', NOW, '--json', '--out-dir', 'two'], dir)
    expect(a.out).toBe(b.out)
    expect(JSON.parse(a.out)).toMatchObject({ decision: 'no-go', mode: 'full', failed: true, now_utc: NOW })
  })

  it.each([
    ['observe', 0, false],
    ['soft', 1, true],
    ['full', 1, true]
  ])('in %s mode exits %i', async (mode, code, failed) => {
    const r = await run(['--now', NOW, '--mode', mode, '--json'], exampleRepo())
    expect(r.code).toBe(code)
    const j = JSON.parse(r.out)
    expect(j).toMatchObject({ decision: 'no-go', mode, failed })
  })

  it('soft mode fails only on unacknowledged block alarms and malformed timestamps', async () => {
    const dir = exampleRepo()
    const ledger = join(dir, 'examples/ack-ledger.csv')
    const alarms = join(dir, 'examples/alarms.csv')
    // Drop the window-C alarms that soft mode cares about; the other no-go findings remain.
    writeFileSync(alarms, readFileSync(alarms, 'utf8').replace(/^ALM-300[26],.*\n/gm, ''))
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace(/^ALM-3006,.*\n/gm, ''))
    const soft = JSON.parse((await run(['--now', NOW, '--mode', 'soft', '--json'], dir)).out)
    expect(soft).toMatchObject({ decision: 'no-go', failed: false, counts: { blocking_in_mode: 0 } })
    expect((await run(['--now', NOW, '--mode', 'soft'], dir)).code).toBe(0)
    expect((await run(['--now', NOW, '--mode', 'full'], dir)).code).toBe(1)
  })

  it('exits 0 on go', async () => {
    const dir = exampleRepo()
    const only = (f: string, keep: RegExp) => {
      const p = join(dir, 'examples', f)
      const [head, ...rows] = readFileSync(p, 'utf8').trimEnd().split('\n')
      writeFileSync(p, `${[head, ...rows.filter((r) => keep.test(r))].join('\n')}\n`)
    }
    only('alarms.csv', /RW-2026-11-A/)
    only('ack-ledger.csv', /RW-2026-11-A/)
    const r = await run(['--now', NOW], dir)
    expect(r.code).toBe(0)
    expect(r.out).toContain('Acknowledgment ledger: GO (full mode)')
  })

  it.each([
    ['an unknown option', ['--bogus'], "validate-ledger: Unknown option '--bogus'"],
    ['an unexpected argument', ['extra'], "validate-ledger: unexpected argument 'extra'"],
    ['a bad --now', ['--now', '2026-11-23 15:00'], 'has no time zone'],
    ['a missing input', ['--now', NOW, '--alarms', 'nope.csv'], 'INPUT_MISSING: nope.csv: file not found'],
    ['a missing column', ['--now', NOW, '--alarms', 'examples/evidence.csv'], "INPUT_COLUMN_MISSING: examples/evidence.csv:1: missing required columns 'alarm_class', 'raised_utc'"]
  ])('exits 2 on %s', async (_n, args, message) => {
    const r = await run(args, exampleRepo())
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('exits 2 with every policy problem as file: /pointer: message', async () => {
    const dir = exampleRepo()
    writeFileSync(join(dir, 'policies/ack-ledger.yaml'), POLICY_TEXT.replace('page_ack_minutes: 15', 'page_ack_minutes: "15"').replace('  allow_primary_owner: true', '  allow_primary_owner: true\n  allow_everyone: true'))
    const r = await run(['--now', NOW], dir)
    expect(r.code).toBe(2)
    expect(r.err).toContain('POLICY_INVALID: policies/ack-ledger.yaml: invalid ack-ledger policy')
    expect(r.err).toContain('  - policies/ack-ledger.yaml: /sla_policy/page_ack_minutes: must be integer')
    expect(r.err).toContain('  - policies/ack-ledger.yaml: /ownership/allow_everyone: unknown key')
  })

  it('prints its usage with --help', async () => {
    const r = await run(['--help'], exampleRepo())
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: release-evidence validate-ledger [options]')
  })

  it.each([
    ['a missing required column', (d: string) => writeFileSync(join(d, 'examples/ack-ledger.csv'), readFileSync(join(d, 'examples/ack-ledger.csv'), 'utf8').replace('closure_state,', 'closure,')), 'INPUT_COLUMN_MISSING'],
    ['an invalid policy', (d: string) => writeFileSync(join(d, 'policies/ack-ledger.yaml'), readFileSync(join(d, 'policies/ack-ledger.yaml'), 'utf8').replace('block_ack_minutes: 5', 'block_ack_minutes: -5')), 'POLICY_INVALID']
  ])('a run that cannot evaluate (%s) leaves no earlier verdict in --out-dir', async (_name, breakIt, code) => {
    const dir = exampleRepo()
    expect((await run(['--now', NOW], dir)).code).toBe(1)
    const out = join(dir, '.release-evidence')
    expect(existsSync(join(out, 'defects.csv'))).toBe(true)
    breakIt(dir)
    const r = await run(['--now', NOW], dir)
    expect(r.code).toBe(2)
    expect(existsSync(join(out, 'defects.csv'))).toBe(false)
    expect(existsSync(join(out, 'escalations.csv'))).toBe(false)
    const report = JSON.parse(readFileSync(join(out, 'ledger-gate.json'), 'utf8'))
    expect(report).toMatchObject({ decision: null, status: 'cannot-evaluate', exit_code: 2, now_utc: NOW, error: { code } })
    expect(report.error.message).not.toBe('')
    // and the next good run replaces it with a verdict again
    const fixed = exampleRepo()
    expect((await run(['--now', NOW, '--out-dir', out], fixed)).code).toBe(1)
    expect(JSON.parse(readFileSync(join(out, 'ledger-gate.json'), 'utf8'))).toMatchObject({ decision: 'no-go', failed: true })
  })
})
