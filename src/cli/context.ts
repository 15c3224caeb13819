import { parseArgs, type ParseArgsConfig } from 'node:util'
import { resolve } from 'node:path'
import { UserError, type ExitCode } from '../errors.js'
import { resolveNow } from '../util/time.js'
import {
  DEFAULT_INPUTS,
  DEFAULT_POLICIES,
  ROLLOUT_MODES,
  STAGE_NAMES,
  type RolloutMode,
  type Settings,
  type StageName
} from '../settings.js'

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
}

export interface CliContext {
  io: Io
  cwd: string
  env: Record<string, string | undefined>
  /** the only clock; used when --now is not given */
  clock: () => number
  /** the bundled read worker, when there is one (Settings.readWorker) */
  readWorker?: URL
}

export interface Command {
  name: string
  usage: string
  run(args: string[], ctx: CliContext): Promise<ExitCode>
}

type Options = NonNullable<ParseArgsConfig['options']>

/** Options every evaluating command understands; they map 1:1 onto Settings. */
export const COMMON_OPTIONS = {
  repo: { type: 'string', short: 'C' },
  now: { type: 'string' },
  mode: { type: 'string' },
  stages: { type: 'string' },
  alarms: { type: 'string' },
  ledger: { type: 'string' },
  evidence: { type: 'string' },
  'ledger-policy': { type: 'string' },
  'closure-policy': { type: 'string' },
  keyring: { type: 'string' },
  'out-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies Options

export const COMMON_USAGE = `Common options:
  -C, --repo DIR          repository root (default: current directory)
      --now TIME          evaluation instant, RFC 3339 (default: the clock)
      --mode MODE         rollout mode: observe | soft | full (default: full)
      --alarms FILE       alarms CSV (default: ${DEFAULT_INPUTS.alarms})
      --ledger FILE       acknowledgment ledger CSV (default: ${DEFAULT_INPUTS.ledger})
      --evidence FILE     evidence CSV (default: ${DEFAULT_INPUTS.evidence})
      --ledger-policy F   (default: ${DEFAULT_POLICIES.ackLedger})
      --closure-policy F  (default: ${DEFAULT_POLICIES.closurePacket})
      --keyring F         (default: ${DEFAULT_POLICIES.keyring})
      --out-dir DIR       where reports are written (default: .release-evidence under the repo)
      --json              machine-readable output
  -h, --help              this help`

/** Strict argv parsing: an unknown or malformed option is a usage error (exit 2), never ignored. */
export function parseCommand<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true })
  } catch (err) {
    throw new UserError({
      code: 'USAGE',
      message: `${command}: ${(err as Error).message}; run 'release-evidence ${command} --help'`,
      cause: err
    })
  }
}

type CommonValues = { [K in keyof typeof COMMON_OPTIONS]?: (typeof COMMON_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string }

/** Builds Settings from the common options, exactly as src/index.ts builds them from inputs. */
export function settingsFromOptions(values: CommonValues, ctx: CliContext, defaultStages: StageName[]): Settings {
  const workspace = resolve(ctx.cwd, values.repo ?? '.')
  return {
    workspace,
    stages: values.stages ? parseStages(values.stages) : defaultStages,
    mode: parseMode(values.mode ?? 'full'),
    now: parseNow(values.now, ctx.clock),
    inputs: {
      alarms: values.alarms ?? DEFAULT_INPUTS.alarms,
      ledger: values.ledger ?? DEFAULT_INPUTS.ledger,
      evidence: values.evidence ?? DEFAULT_INPUTS.evidence
    },
    policies: {
      ackLedger: values['ledger-policy'] ?? DEFAULT_POLICIES.ackLedger,
      closurePacket: values['closure-policy'] ?? DEFAULT_POLICIES.closurePacket,
      keyring: values.keyring ?? DEFAULT_POLICIES.keyring
    },
    outDir: resolve(workspace, values['out-dir'] ?? '.release-evidence'),
    ...(ctx.readWorker ? { readWorker: ctx.readWorker } : {})
  }
}

export function parseMode(raw: string): RolloutMode {
  const m = raw.trim().toLowerCase()
  if (!(ROLLOUT_MODES as readonly string[]).includes(m)) {
    throw new UserError({ code: 'USAGE', message: `mode '${raw}' is not one of ${ROLLOUT_MODES.join(', ')}` })
  }
  return m as RolloutMode
}

export function parseStages(raw: string): StageName[] {
  const names = raw
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  const bad = names.filter((n) => !(STAGE_NAMES as readonly string[]).includes(n))
  if (bad.length > 0 || names.length === 0) {
    throw new UserError({ code: 'USAGE', message: `stages '${raw}': use a comma-separated list of ${STAGE_NAMES.join(', ')}` })
  }
  return STAGE_NAMES.filter((s) => names.includes(s))
}

export function parseNow(raw: string | undefined, clock: () => number): number {
  try {
    return resolveNow(raw, clock)
  } catch (err) {
    throw new UserError({ code: 'USAGE', message: `${(err as Error).message}; pass e.g. --now 2026-11-23T14:00:00Z`, cause: err })
  }
}
