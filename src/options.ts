import { resolve } from 'node:path'
import { UserError } from './errors.js'
import type { InputSpec, PolicySpec } from './lesson.js'
import type { PolicyKind } from './policy/kinds.generated.js'
import { ROLLOUT_MODES, type RolloutMode, type Settings } from './settings.js'
import { resolveNow } from './util/time.js'

// Settings from named option values: the CLI's options and the Action's inputs carry the same
// names, and both faces build Settings here, so a default cannot differ between them. What
// exists (stages, input files, policy kinds) comes from the lesson registry as a catalog, passed
// in by the face, so this module does not depend on any lesson.

export interface SettingsCatalog {
  /** every stage name, in the order stages run */
  stages: readonly string[]
  inputs: readonly InputSpec[]
  policies: readonly PolicySpec[]
}

/** Option values by name (argv or Action inputs); absent or undefined means the default. */
export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>

export interface SettingsBase {
  /** relative --repo resolves against this */
  cwd: string
  clock: () => number
  readWorker?: URL
  inspectWorker?: URL
}

/** The common evaluation options, in --help order: repo, now, mode, stages, inputs, policies, out-dir. */
export function commonOptions(catalog: SettingsCatalog) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    repo: { type: 'string', short: 'C' },
    now: { type: 'string' },
    mode: { type: 'string' },
    stages: { type: 'string' },
    'trust-root': { type: 'string' }
  }
  for (const i of catalog.inputs) options[i.option] = { type: 'string' }
  for (const p of catalog.policies) options[p.option] = { type: 'string' }
  options['out-dir'] = { type: 'string' }
  options['json'] = { type: 'boolean' }
  options['help'] = { type: 'boolean', short: 'h' }
  return options
}

export function commonUsage(catalog: SettingsCatalog): string {
  const rows: [string, string][] = [
    ['-C, --repo DIR', 'repository root (default: current directory)'],
    ['    --now TIME', 'evaluation instant, RFC 3339 (default: the clock)'],
    ['    --mode MODE', 'rollout mode: observe | soft | full (default: full)'],
    ['    --trust-root PIN', 'sha256 of trust-root revision 1, or a file outside the repo holding it (default: $RELEASE_EVIDENCE_TRUST_ROOT; none: the working-tree keyring, with a warning)'],
    ...catalog.inputs.map((i): [string, string] => [`    --${i.option} FILE`, `${i.help} (default: ${i.default})`]),
    ...catalog.policies.map((p): [string, string] => [`    --${p.option} F`, `(default: ${p.default})`]),
    ['    --out-dir DIR', 'where reports are written (default: .release-evidence under the repo)'],
    ['    --json', 'machine-readable output'],
    ['-h, --help', 'this help']
  ]
  const width = Math.max(...rows.map(([o]) => o.length)) + 2
  return ['Common options:', ...rows.map(([o, h]) => `  ${o.padEnd(width)}${h}`)].join('\n')
}

/** Where reports go when --out-dir / the out-dir input is not given, under the repository. */
export const DEFAULT_OUT_DIR = '.release-evidence'

const text = (v: OptionValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)

/** Builds Settings from option values; what the values leave out takes the registry's defaults. */
export function settingsFromOptions(values: OptionValues, base: SettingsBase, catalog: SettingsCatalog, defaultStages: readonly string[]): Settings {
  const workspace = resolve(base.cwd, text(values['repo']) ?? '.')
  const stages = text(values['stages'])
  const mode = text(values['mode'])
  const trustRoot = text(values['trust-root'])?.trim()
  return {
    workspace,
    stages: stages ? parseStages(stages, catalog.stages) : [...defaultStages],
    mode: parseMode(mode ?? 'full'),
    now: parseNow(text(values['now']), base.clock),
    inputs: Object.fromEntries(catalog.inputs.map((i) => [i.key, text(values[i.option]) ?? i.default])),
    policies: Object.fromEntries(catalog.policies.map((p) => [p.kind, text(values[p.option]) ?? p.default])) as Record<PolicyKind, string>,
    outDir: resolve(workspace, text(values['out-dir']) ?? DEFAULT_OUT_DIR),
    ...(trustRoot ? { trust: { root: /^(?:sha256:)?[0-9a-fA-F]{64}$/.test(trustRoot) ? trustRoot : resolve(base.cwd, trustRoot) } } : {}),
    ...(base.readWorker ? { readWorker: base.readWorker } : {}),
    ...(base.inspectWorker ? { inspectWorker: base.inspectWorker } : {})
  }
}

export function parseMode(raw: string): RolloutMode {
  const m = raw.trim().toLowerCase()
  if (!(ROLLOUT_MODES as readonly string[]).includes(m)) {
    throw new UserError({ code: 'USAGE', message: `mode '${raw}' is not one of ${ROLLOUT_MODES.join(', ')}` })
  }
  return m as RolloutMode
}

/** The named stages in registry order, whatever order they were given in. */
export function parseStages(raw: string, known: readonly string[]): string[] {
  const names = raw
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  const bad = names.filter((n) => !known.includes(n))
  if (bad.length > 0 || names.length === 0) {
    throw new UserError({ code: 'USAGE', message: `stages '${raw}': use a comma-separated list of ${known.join(', ')}` })
  }
  return known.filter((s) => names.includes(s))
}

export function parseNow(raw: string | undefined, clock: () => number): number {
  try {
    return resolveNow(raw, clock)
  } catch (err) {
    throw new UserError({ code: 'USAGE', message: `${(err as Error).message}; pass e.g. --now 2026-11-23T14:00:00Z`, cause: err })
  }
}
