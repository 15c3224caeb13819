import { parseArgs } from 'node:util'
import { UserError } from '../errors.js'
import type { CommandSpec, Invocation, Io } from '../lesson.js'
import { CATALOG, DEFECT_CODES, FAMILIES } from '../lessons.js'
import { commonOptions, commonUsage, settingsFromOptions } from '../options.js'

// The CLI face: argv in, an Invocation of a registered command out. Options are parsed strictly
// (an unknown or malformed option is a usage error, exit 2, never ignored); the common evaluation
// options come from the registry, so a lesson's input files and policy kinds are options of every
// evaluating command without a line here.

export interface CliContext {
  io: Io
  cwd: string
  env: Record<string, string | undefined>
  /** the only clock; used when --now is not given */
  clock: () => number
  /** the bundled read worker, when there is one (Settings.readWorker) */
  readWorker?: URL
  /** the bundled inspect worker, when there is one (Settings.inspectWorker) */
  inspectWorker?: URL
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const

/** The full --help text of a command. */
export function usageOf(command: CommandSpec): string {
  return command.common ? `${command.usage}\n\n${commonUsage(CATALOG)}` : command.usage
}

export function invocationOf(command: CommandSpec, args: string[], ctx: CliContext): Invocation {
  const options = { ...(command.common ? commonOptions(CATALOG) : {}), ...command.options, ...HELP }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (err) {
    throw usage(command, (err as Error).message, err)
  }
  const allowed = command.positionals ?? 0
  if (parsed.positionals.length > allowed) throw usage(command, `unexpected argument '${parsed.positionals[allowed]}'`)
  const values = parsed.values as Invocation['values']
  return {
    values,
    positionals: parsed.positionals,
    io: ctx.io,
    log: { info: (t) => ctx.io.stderr(`${t}\n`), warning: (t) => ctx.io.stderr(`warning: ${t}\n`) },
    cwd: ctx.cwd,
    env: ctx.env,
    clock: ctx.clock,
    settings: (defaultStages) => settingsFromOptions({ 'trust-root': ctx.env[TRUST_ROOT_ENV], ...definedOnly(values) }, { cwd: ctx.cwd, clock: ctx.clock, readWorker: ctx.readWorker, inspectWorker: ctx.inspectWorker }, CATALOG, defaultStages),
    families: FAMILIES,
    codes: DEFECT_CODES
  }
}

/** The pin's environment variable (src/trust/pin.ts); --trust-root wins over it. */
const TRUST_ROOT_ENV = 'RELEASE_EVIDENCE_TRUST_ROOT'

function definedOnly(values: Invocation['values']): Invocation['values'] {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Invocation['values']
}

function usage(command: CommandSpec, message: string, cause?: unknown): UserError {
  return new UserError({ code: 'USAGE', message: `${command.name}: ${message}; run 'release-evidence ${command.name} --help'`, cause })
}
