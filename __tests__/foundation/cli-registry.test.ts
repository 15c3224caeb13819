import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/commands.js'
import { runCli } from '../../src/cli/run.js'

// The registry names each command and loads its module only when the command runs.

describe('the command registry', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('loads %s as the command of that name', async (name, entry) => {
    const command = await entry.load()
    expect(command.name).toBe(name)
    expect(command.usage).toContain(`release-evidence ${name}`)
  })

  it("lists every command with its summary in --help, and shows a command's usage with <command> --help", async () => {
    let out = ''
    const io = { stdout: (t: string) => void (out += t), stderr: () => {} }
    expect(await runCli(['--help'], { io, cwd: '.', env: {}, clock: () => 0 })).toBe(0)
    for (const c of COMMANDS) expect(out).toContain(`${c.name.padEnd(Math.max(...COMMANDS.map((x) => x.name.length)))}  ${c.summary}`)
    out = ''
    expect(await runCli(['verify', '--help'], { io, cwd: '.', env: {}, clock: () => 0 })).toBe(0)
    expect(out).toContain('release-evidence verify')
  })
})
