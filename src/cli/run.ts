import { ExitCode, describeError, exitCodeFor } from '../errors.js'
import { COMMANDS } from '../lessons.js'
import { invocationOf, usageOf, type CliContext } from './context.js'

// `release-evidence <command>`: the command table is the registry's (src/lessons.ts).

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'Usage: release-evidence <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'release-evidence <command> --help' for a command's options.",
    'Exit codes: 0 pass/go, 1 policy failure (no-go, verification failed), 2 cannot evaluate.'
  ].join('\n')
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], ctx: CliContext): Promise<ExitCode> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.io.stdout(`${usage()}\n`)
    return name === undefined ? ExitCode.CannotEvaluate : ExitCode.Pass
  }
  if (name === '--version') {
    ctx.io.stdout('release-evidence 0.1.0\n')
    return ExitCode.Pass
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    ctx.io.stderr(`release-evidence: unknown command '${name}'\n\n${usage()}\n`)
    return ExitCode.CannotEvaluate
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.io.stdout(`${usageOf(command)}\n`)
    return ExitCode.Pass
  }
  try {
    return await command.run(invocationOf(command, rest, ctx))
  } catch (err) {
    ctx.io.stderr(`release-evidence ${command.name}: ${describeError(err)}\n`)
    return exitCodeFor(err)
  }
}
