import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { usageOf } from '../../src/cli/context.js'
import { COMMANDS, DEFECT_CODES, LESSONS, STAGE_NAMES, registryClashes } from '../../src/lessons.js'

// The CLI's command table is the registry's: each lesson and machinery part lists its commands,
// and the face only parses argv for them.

describe('the command registry', () => {
  it('names the commands a user knows, lessons first', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['validate-ledger', 'export-closure', 'review', 'demo', 'strategy', 'retention', 'hold', 'purge', 'lineage', 'trace', 'audit', 'codes', 'keygen', 'trust', 'verify'])
  })

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: its usage names it', (name, command) => {
    expect(usageOf(command)).toContain(`release-evidence ${name}`)
  })

  it("lists every command with its summary in --help, and shows a command's usage with <command> --help", async () => {
    let out = ''
    const io = { stdout: (t: string) => void (out += t), stderr: () => {} }
    expect(await runCli(['--help'], { io, cwd: '.', env: {}, clock: () => 0 })).toBe(0)
    for (const c of COMMANDS) expect(out).toContain(`${c.name.padEnd(Math.max(...COMMANDS.map((x) => x.name.length)))}  ${c.summary}`)
    out = ''
    expect(await runCli(['verify', '--help'], { io, cwd: '.', env: {}, clock: () => 0 })).toBe(0)
    expect(out).toContain('release-evidence verify')
    expect(out).toContain('--closure-policy F')
  })

  it('refuses an unexpected argument as a usage error', async () => {
    let err = ''
    const io = { stdout: () => {}, stderr: (t: string) => void (err += t) }
    expect(await runCli(['verify', 'extra'], { io, cwd: '.', env: {}, clock: () => 0 })).toBe(2)
    expect(err).toBe("release-evidence verify: USAGE: verify: unexpected argument 'extra'; the one subcommand is 'verify merge FILE...'; run 'release-evidence verify --help'\n")
  })
})

describe('the lesson registry', () => {
  it('runs the stages in lesson order, verify last', () => {
    expect(STAGE_NAMES).toEqual(['ledger', 'closure', 'strategy', 'retention', 'lineage', 'verify'])
    expect(LESSONS.map((l) => [l.name, l.lesson])).toEqual([
      ['ledger', 113],
      ['closure', 114],
      ['strategy', 120],
      ['retention', 115],
      ['lineage', 116]
    ])
  })

  it('has no clash: every code, command, stage, option, family and output is registered once', () => {
    expect(registryClashes()).toEqual([])
  })

  it('finds a clash when two lessons register the same code', () => {
    const [ledger] = LESSONS
    expect(registryClashes([ledger, { ...ledger, name: 'copy', stage: undefined, commands: [], inputs: [], policies: [] }])).toContain("code 'ACK_MISSING' is registered 2 times")
  })

  it("merges every part's codes into one table", () => {
    expect(DEFECT_CODES['ROW_MALFORMED']?.stage).toBe('input')
    expect(DEFECT_CODES['ACK_MISSING']?.stage).toBe('ledger')
    expect(DEFECT_CODES['STORE_FILE_REWRITTEN']?.stage).toBe('store')
  })
})
