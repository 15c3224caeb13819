import type { AnnotationProperties } from '@actions/core'
import { sortDefects, type Defect } from '../findings/defect.js'
import { annotationText } from './escape.js'

// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job) and
// drops the rest without a trace in the UI. So the step annotates the most severe defects up to
// those limits and says, in one extra notice, how many more there are and where to find them;
// the full list goes to the job summary, the defects CSV and (token permitting) a check run.

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** Per-step display limits of the runner (actions/toolkit docs/problem-matchers.md). */
export const STEP_ANNOTATION_LIMITS: Readonly<Record<AnnotationLevel, number>> = { error: 10, warning: 10, notice: 10 }

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  /** repo-relative path, absent when the defect is not about a file */
  file?: string
  line?: number
}

export interface AnnotationPlan {
  /** every defect as an annotation, most severe first */
  all: Annotation[]
  /** what the step prints (within the per-step limits) */
  shown: Annotation[]
  /** how many of each level did not fit */
  omitted: Record<AnnotationLevel, number>
  /** the extra notice that accounts for the omitted ones, when any were omitted */
  overflow?: Annotation
}

const LEVEL_ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 }

/**
 * The annotation level a defect gets: `error` exactly for the defects that fail the step in this
 * rollout mode, so the red marks match the exit code; other blocking or warning defects are
 * warnings; info defects are notices.
 */
export function levelFor(defect: Defect, blocks: (d: Defect) => boolean): AnnotationLevel {
  if (blocks(defect)) return 'error'
  return defect.severity === 'info' ? 'notice' : 'warning'
}

/**
 * A predicate for "this defect fails the step", from the list a stage says blocks. Compared by
 * content, not identity, so a stage may hand back copies.
 */
export function blockingPredicate(blocking: readonly Defect[]): (d: Defect) => boolean {
  const keys = new Set(blocking.map(defectKey))
  return (d) => keys.has(defectKey(d))
}

export function defectKey(d: Defect): string {
  return JSON.stringify([d.defect_code, d.severity, d.release_window_id, d.subject, d.file, d.line, d.field, d.detail])
}

export function defectAnnotation(defect: Defect, level: AnnotationLevel): Annotation {
  const window = defect.release_window_id ? ` [${defect.release_window_id}]` : ''
  const field = defect.field ? ` (${defect.field})` : ''
  const owner = defect.owner_role ? ` Owner: ${defect.owner_role}.` : ''
  const action = defect.required_action ? ` Required action: ${sentence(defect.required_action)}` : ''
  const a: Annotation = {
    level,
    title: annotationText(`${defect.defect_code} ${defect.subject}${window}`.replace(/\s+/g, ' ').trim(), 200),
    message: annotationText(`${sentence(`${defect.detail}${field}`)}${action}${owner}`)
  }
  if (defect.file) a.file = defect.file
  if (defect.file && defect.line !== null && defect.line > 0) a.line = defect.line
  return a
}

function sentence(text: string): string {
  const t = text.trim()
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`
}

export interface PlanOptions {
  blocks: (d: Defect) => boolean
  /** where the omitted defects can be read, e.g. ['the job summary', 'artifact release-evidence'] */
  elsewhere: string[]
  limits?: Readonly<Record<AnnotationLevel, number>>
}

/** Orders every defect by level then defect order, and picks what the step can display. */
export function planAnnotations(defects: readonly Defect[], opts: PlanOptions): AnnotationPlan {
  const limits = opts.limits ?? STEP_ANNOTATION_LIMITS
  const all = sortDefects([...defects])
    .map((d) => defectAnnotation(d, levelFor(d, opts.blocks)))
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])
  const total: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  for (const a of all) total[a.level] += 1

  const fits = (level: AnnotationLevel, room: number): number => Math.min(total[level], room)
  const errors = fits('error', limits.error)
  const warnings = fits('warning', limits.warning)
  const needOverflow = total.error > errors || total.warning > warnings || total.notice > limits.notice
  // The overflow notice is itself a notice: it takes one of the ten.
  const notices = fits('notice', needOverflow ? limits.notice - 1 : limits.notice)
  const take: Record<AnnotationLevel, number> = { error: errors, warning: warnings, notice: notices }
  const omitted: Record<AnnotationLevel, number> = {
    error: total.error - errors,
    warning: total.warning - warnings,
    notice: total.notice - notices
  }

  const seen: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const shown = all.filter((a) => seen[a.level]++ < take[a.level])
  const plan: AnnotationPlan = { all, shown, omitted }
  const hidden = omitted.error + omitted.warning + omitted.notice
  if (hidden > 0) plan.overflow = overflowNotice(all.length, hidden, omitted, opts.elsewhere)
  return plan
}

function overflowNotice(totalCount: number, hidden: number, omitted: Record<AnnotationLevel, number>, elsewhere: string[]): Annotation {
  const parts = (['error', 'warning', 'notice'] as const).filter((l) => omitted[l] > 0).map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`)
  const where = elsewhere.length > 0 ? ` All ${totalCount} are listed in ${joinList(elsewhere)}.` : ''
  return {
    level: 'notice',
    title: `${hidden} more defect${hidden === 1 ? '' : 's'} not annotated`,
    message: `${hidden} of ${totalCount} defects are not shown as annotations (${parts.join(', ')}): GitHub displays at most 10 errors, 10 warnings and 10 notices per step.${where}`
  }
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

export type AnnotationSink = Record<AnnotationLevel, (message: string, properties?: AnnotationProperties) => void>

/** Prints the plan as workflow commands; @actions/core escapes message and properties. */
export function emitAnnotations(plan: AnnotationPlan, sink: AnnotationSink): void {
  for (const a of plan.shown) emit(a, sink)
  if (plan.overflow) emit(plan.overflow, sink)
}

/** Prints one annotation (e.g. a located problem of a UserError). */
export function emit(a: Annotation, sink: AnnotationSink): void {
  // A title ending in a space (an empty subject) renders as a dangling gap: never send one.
  const props: AnnotationProperties = { title: a.title.trim() }
  if (a.file) props.file = a.file
  if (a.line !== undefined) props.startLine = a.line
  sink[a.level](a.message, props)
}
