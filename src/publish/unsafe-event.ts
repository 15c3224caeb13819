import { readFile } from 'node:fs/promises'
import { UserError } from '../errors.js'
import { printable } from '../util/ids.js'

// Committing and pushing need a write token. Two kinds of run must not use one by default:
//   - pull_request_target (and workflow_run fired by a fork's PR) runs with the base repository's
//     write token while the workflow often checks out the PR's code: the "pwn request" pattern.
//     Evidence written there would be shaped by whoever opened the PR.
//   - a pull_request from a fork: its token is read-only, so the push would fail with 403 after
//     all the work; and its inputs come from outside the repository.
// The check is a pure function of the environment and the event payload, so every branch of it is
// tested without a runner. An explicit input (allow-unsafe-pr-commit) lifts it.

export type Env = Record<string, string | undefined>

export type EventVerdict =
  | { allowed: true; reason: 'not-a-workflow-run' | 'trusted-event' | 'same-repository-pr' | 'allowed-by-input'; eventName: string | null; detail: string }
  | { allowed: false; reason: 'pull-request-target' | 'fork-pull-request' | 'fork-workflow-run' | 'unreadable-event'; eventName: string; detail: string }

const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment'])

interface RepoRef {
  full_name?: unknown
}

function fullName(repo: unknown): string | null {
  const name = (repo as RepoRef | null | undefined)?.full_name
  return typeof name === 'string' && name !== '' ? name : null
}

function get(obj: unknown, ...path: string[]): unknown {
  let cur = obj
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/**
 * Decides whether this run may commit and push evidence. `event` is the parsed GITHUB_EVENT_PATH
 * payload, or null when it was absent or unreadable (then PR-type events fail closed).
 */
export function assessPublishEvent(input: { env: Env; event: unknown; allowUnsafe: boolean }): EventVerdict {
  const { env, event, allowUnsafe } = input
  const eventName = env.GITHUB_EVENT_NAME?.trim() || null
  if (eventName === null) return { allowed: true, reason: 'not-a-workflow-run', eventName, detail: 'GITHUB_EVENT_NAME is not set (not a workflow run)' }

  const unsafe = assessUnsafe(eventName, env, event)
  if (unsafe === null) {
    const detail = PR_EVENTS.has(eventName) ? 'the pull request comes from this repository' : `event '${eventName}' runs trusted code`
    return { allowed: true, reason: PR_EVENTS.has(eventName) ? 'same-repository-pr' : 'trusted-event', eventName, detail }
  }
  if (allowUnsafe) return { allowed: true, reason: 'allowed-by-input', eventName, detail: `${unsafe.detail}; allowed by allow-unsafe-pr-commit` }
  return { allowed: false, eventName, ...unsafe }
}

function assessUnsafe(eventName: string, env: Env, event: unknown): { reason: Extract<EventVerdict, { allowed: false }>['reason']; detail: string } | null {
  const repository = env.GITHUB_REPOSITORY?.trim() || null
  if (eventName === 'pull_request_target') {
    return { reason: 'pull-request-target', detail: "event 'pull_request_target' runs with this repository's write token on behalf of a pull request" }
  }
  if (PR_EVENTS.has(eventName)) {
    if (event === null || typeof event !== 'object' || get(event, 'pull_request') === undefined) {
      return { reason: 'unreadable-event', detail: `event '${eventName}' but the event payload (GITHUB_EVENT_PATH) could not be read, so the pull request's origin is unknown` }
    }
    const head = fullName(get(event, 'pull_request', 'head', 'repo'))
    const base = fullName(get(event, 'pull_request', 'base', 'repo')) ?? repository
    // A deleted fork leaves head.repo null: unknown origin is treated as a fork.
    if (head === null || base === null || !same(head, base) || get(event, 'pull_request', 'head', 'repo', 'fork') === true) {
      return { reason: 'fork-pull-request', detail: `the pull request comes from '${printable(head ?? '(deleted repository)')}', not from '${printable(base ?? '(unknown)')}'` }
    }
    return null
  }
  if (eventName === 'workflow_run') {
    if (event === null || typeof event !== 'object') {
      return { reason: 'unreadable-event', detail: "event 'workflow_run' but the event payload (GITHUB_EVENT_PATH) could not be read" }
    }
    const head = fullName(get(event, 'workflow_run', 'head_repository'))
    const base = fullName(get(event, 'repository')) ?? repository
    const triggeredBy = get(event, 'workflow_run', 'event')
    if (head !== null && base !== null && !same(head, base)) {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an untrusted payload value, shown as String() renders it
      return { reason: 'fork-workflow-run', detail: `the triggering run (${printable(String(triggeredBy ?? 'unknown event'))}) comes from '${printable(head)}', not from '${printable(base)}'` }
    }
    return null
  }
  return null
}

/** Throws UserError UNSAFE_EVENT (exit 2) with the fix when the verdict refuses publishing. */
export function assertPublishAllowed(verdict: EventVerdict): void {
  if (verdict.allowed) return
  throw new UserError({
    code: 'UNSAFE_EVENT',
    message: `refusing to commit or push evidence: ${verdict.detail}`,
    problems: [
      {
        // not a file: the event is the workflow run's, so the problem is never an annotation on a path
        file: 'the workflow event',
        field: 'on',
        message: `event '${verdict.eventName}' (${verdict.reason})`,
        fix:
          "run the publishing job on push, workflow_dispatch or schedule (or on pull_request from this repository); set 'allow-unsafe-pr-commit: true' only if the job never runs code or inputs from the pull request"
      }
    ]
  })
}

/** Reads and parses GITHUB_EVENT_PATH; null when unset, missing or not JSON (callers fail closed). */
export async function readEventPayload(env: Env): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return null
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    return null
  }
}
