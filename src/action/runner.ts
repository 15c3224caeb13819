import { readFileSync } from 'node:fs'
import type { RunnerContext } from './settings.js'

// Facts about the workflow run, from the variables the runner sets. Read once, in src/index.ts.

interface PullRequestEvent {
  pull_request?: { head?: { sha?: unknown; repo?: { full_name?: unknown } | null } }
}

const SHA = /^[0-9a-f]{40}$/

/** The event payload, or null when there is none or it cannot be read (local runs). */
export function readEvent(path: string | undefined): unknown {
  if (!path) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

export function runnerContext(env: Record<string, string | undefined>, event: unknown): RunnerContext {
  const repository = env['GITHUB_REPOSITORY'] ?? ''
  const sha = env['GITHUB_SHA'] ?? ''
  const pr = (event as PullRequestEvent | null)?.pull_request
  const headSha = typeof pr?.head?.sha === 'string' && SHA.test(pr.head.sha) ? pr.head.sha : sha
  const headRepo = pr?.head?.repo?.full_name
  return {
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    onRunner: env['GITHUB_ACTIONS'] === 'true',
    serverUrl: env['GITHUB_SERVER_URL'] ?? '',
    repository,
    sha,
    headSha,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    // A deleted fork has head.repo null: treat it as a fork, it is certainly not this repository.
    forkPullRequest: pr !== undefined && (typeof headRepo !== 'string' || headRepo.toLowerCase() !== repository.toLowerCase()),
    job: env['GITHUB_JOB'] ?? '',
    artifactsAvailable: Boolean(env['ACTIONS_RUNTIME_TOKEN']),
    stepSummary: env['GITHUB_STEP_SUMMARY'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    event
  }
}
