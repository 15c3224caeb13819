import type { ParseArgsConfig } from 'node:util'
import type { ExitCode } from './errors.js'
import type { CodeTable } from './findings/codes.js'
import type { PolicyKind } from './policy/kinds.generated.js'
import type { Progress } from './report/progress.js'
import type { StageReport, StageOutcome } from './report/stage.js'
import type { Settings } from './settings.js'
import type { DeletionAuthority } from './store/deletions.js'
import type { PacketFamily } from './store/family.js'
import type { PacketInspector } from './store/inspect.js'

// What a lesson is to the rest of the product. Each lesson folder exports one `Lesson`, and
// src/lessons.ts lists them: the CLI's command table, the Action's stage runner, the policy kinds,
// the code registry and verify's packet families are all read from that list. Everything here is
// face-neutral: a command says what it takes and does; src/cli turns argv into it, and src/main.ts
// (through src/action) turns inputs into Settings for a stage. Descriptors load nothing heavy:
// their `run` and `inspector` functions import their modules when called.

/** A repository file a lesson reads, with the CLI option and the Action input that name it. */
export interface InputSpec {
  /** key in Settings.inputs */
  key: string
  /** CLI option and Action input name (the same string) */
  option: string
  default: string
  /** one line for --help and action.yml */
  help: string
}

/** A policy file a lesson (or the machinery) reads: its kind names its schema. */
export interface PolicySpec {
  kind: PolicyKind
  option: string
  default: string
  help: string
}

/** A packet family kept in the store, and how to verify one of its revisions. */
export interface FamilySpec {
  family: PacketFamily
  /** loads what the family's verifier trusts (keyring, policy) and returns its inspector */
  inspector(settings: Settings): Promise<PacketInspector>
  /** a store may hold nothing of this family (the trust root before a team migrates): not STORE_EMPTY */
  optional?: boolean
  /**
   * The version tag of the family's verifier, the same one its inspector's fingerprint carries:
   * bumped whenever a verdict could change for the same inputs. It lets a result derived from the
   * store (the retention index) be keyed on the inputs the inspector would read (store commit,
   * pin, policy bytes, instant) without building it; a family without one is keyed by its built
   * inspector's fingerprint, so such results cost an inspector build every run.
   */
  verifierVersion?: string
  /**
   * Which deletions of published files (in any family) this family's records authorize (the
   * retention lesson's purge tombstones); every other deletion stays STORE_FILE_DELETED.
   */
  deletionAuthority?(settings: Settings, families: readonly FamilySpec[]): Promise<DeletionAuthority>
}

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  /** progress of long work on stderr (src/report/progress.ts); none when absent */
  progress?: Progress
}

/** Progress lines of a stage or command (the Action: core.info/warning; the CLI: stderr). */
export interface Log {
  info(text: string): void
  warning(text: string): void
}

type Options = NonNullable<ParseArgsConfig['options']>
type OptionValue<T> = T extends { type: 'boolean' } ? boolean : T extends { multiple: true } ? string[] : string
export type OptionValues<O extends Options> = { [K in keyof O]?: OptionValue<O[K]> }

/** Everything a command may use besides its parsed options: the face fills it in. */
export interface Invocation<O extends Options = Options> {
  values: OptionValues<O> & { json?: boolean }
  positionals: string[]
  io: Io
  log: Log
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  /** the only clock; read when --now is not given */
  clock: () => number
  /** Settings built from the common options, exactly as the Action builds them from inputs */
  settings(defaultStages: string[]): Settings
  /** the registered packet families (verify checks them all) */
  families: readonly FamilySpec[]
  /** the merged defect-code registry */
  codes: CodeTable
}

export interface CommandSpec<O extends Options = Options> {
  name: string
  /** the line `release-evidence --help` shows */
  summary: string
  /** `release-evidence NAME --help`; the common options' help is appended when `common` */
  usage: string
  /** this command's own options (parsed strictly; an unknown option is a usage error) */
  options: O
  /** true: also takes the common evaluation options (repo, now, mode, inputs, policies, out-dir, json) */
  common: boolean
  /** positional arguments accepted (0 when absent) */
  positionals?: number
  run(inv: Invocation<O>): Promise<ExitCode>
}

/** Builds a command with its option types checked against its own option table. */
export function defineCommand<const O extends Options>(spec: CommandSpec<O>): CommandSpec {
  return spec
}

/** What a stage is given besides Settings. */
export interface StageContext {
  log: Log
  families: readonly FamilySpec[]
  /** results an earlier stage left for a later one (the ledger's gate for the closure stage) */
  shared: Map<string, unknown>
}

export interface StageResult {
  report: StageReport
  /** step outputs by name; every name is declared in the stage's `outputs` and in action.yml */
  outputs: Record<string, string>
  outcome: StageOutcome
}

export interface StageSpec {
  name: string
  /** output name -> one line, as action.yml documents it */
  outputs: Record<string, string>
  /**
   * Settings.inputs keys and policy kinds this stage reads, checked to exist before any stage
   * loads; `families`: also the policies of every lesson that keeps a packet family (verify).
   */
  reads: { inputs: readonly string[]; policies: readonly PolicyKind[]; families?: boolean }
  run(settings: Settings, ctx: StageContext): Promise<StageResult>
}

export interface Lesson {
  /** folder and stage name */
  name: string
  /** the lesson number in ../shared/seeds, null for machinery */
  lesson: number | null
  title: string
  codes: CodeTable
  inputs: readonly InputSpec[]
  policies: readonly PolicySpec[]
  families: readonly FamilySpec[]
  stage?: StageSpec
  commands: readonly CommandSpec[]
}
