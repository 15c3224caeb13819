import { closure } from './closure/index.js'
import type { CodeTable } from './findings/codes.js'
import type { CommandSpec, FamilySpec, InputSpec, Lesson, PolicySpec, StageSpec } from './lesson.js'
import { ledger } from './ledger/index.js'
import { lineage } from './lineage/index.js'
import type { SettingsCatalog } from './options.js'
import type { PolicyKind } from './policy/kinds.generated.js'
import { report } from './report/index.js'
import { retention } from './retention/index.js'
import { signing } from './signing/index.js'
import { store } from './store/index.js'
import { strategy } from './strategy/index.js'
import { trust } from './trust/index.js'

// The one list. A lesson is a folder that exports a descriptor (src/lesson.ts); adding it here
// gives it its CLI commands, its Action stage, its policy kinds, its codes and, for a lesson that
// keeps a packet family, its place in `verify`. Only the faces (src/cli, src/main.ts, src/action)
// import this module; lessons and machinery never do.

/** The lessons, in the order their stages run. */
export const LESSONS: readonly Lesson[] = [ledger, closure, strategy, retention, lineage]

/** Shared machinery with commands, codes or a stage of its own; store's verify stage runs last. */
const MACHINERY: readonly Lesson[] = [report, signing, trust, store]

const ALL: readonly Lesson[] = [...LESSONS, ...MACHINERY]

export const STAGES: readonly StageSpec[] = ALL.flatMap((l) => (l.stage ? [l.stage] : []))
export const STAGE_NAMES: readonly string[] = STAGES.map((s) => s.name)

/** CLI commands in help order: the lessons' first, then the machinery's. */
export const COMMANDS: readonly CommandSpec[] = ALL.flatMap((l) => l.commands)

export const FAMILIES: readonly FamilySpec[] = ALL.flatMap((l) => l.families)

export const INPUTS: readonly InputSpec[] = uniqueBy(
  ALL.flatMap((l) => l.inputs),
  (i) => i.key
)

/** Policy options in --help order: the machinery's keyring after the lessons' own. */
export const POLICIES: readonly PolicySpec[] = uniqueBy(
  ALL.flatMap((l) => l.policies),
  (p) => p.kind
)

/** Every defect code, by code; the CSV reader's first. A code registered twice is a build error (a test). */
export const DEFECT_CODES: CodeTable = Object.assign({}, report.codes, ...ALL.filter((l) => l !== report).map((l) => l.codes)) as CodeTable

export const CATALOG: SettingsCatalog = { stages: STAGE_NAMES, inputs: INPUTS, policies: POLICIES }

/**
 * The policy kinds a stage reads, with verify's: the policies of every lesson that keeps a family
 * a store must have (an optional family, such as legal holds, loads its policy only if it is there).
 */
export function stagePolicies(stage: StageSpec): PolicyKind[] {
  const kinds = new Set<PolicyKind>(stage.reads.policies)
  if (stage.reads.families) for (const l of ALL) if (l.families.some((f) => !f.optional)) for (const p of l.policies) kinds.add(p.kind)
  return POLICIES.map((p) => p.kind).filter((k) => kinds.has(k))
}

/** Registry entries with a clash (two codes, commands, stages, inputs or options of one name). */
export function registryClashes(lessons: readonly Lesson[] = ALL): string[] {
  const clashes: string[] = []
  const seen = (what: string, names: string[]) => {
    const counts = new Map<string, number>()
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1)
    for (const [n, c] of counts) if (c > 1) clashes.push(`${what} '${n}' is registered ${c} times`)
  }
  seen('code', lessons.flatMap((l) => Object.keys(l.codes)))
  seen('command', lessons.flatMap((l) => l.commands.map((c) => c.name)))
  seen('stage', lessons.flatMap((l) => (l.stage ? [l.stage.name] : [])))
  seen('option', [...lessons.flatMap((l) => l.inputs.map((i) => i.option)), ...lessons.flatMap((l) => l.policies.map((p) => p.option))])
  seen('family', lessons.flatMap((l) => l.families.map((f) => f.family.name)))
  seen('output', lessons.flatMap((l) => Object.keys(l.stage?.outputs ?? {})))
  return clashes
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((t) => !seen.has(key(t)) && (seen.add(key(t)), true))
}
