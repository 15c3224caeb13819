import { createHash } from 'node:crypto'
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

/**
 * Artifact names must be unique within a workflow run, and every leg of a matrix has the same
 * GITHUB_JOB. What tells the legs apart is the job run's backend id, which the runner puts in the
 * scope claim of ACTIONS_RUNTIME_TOKEN (`Actions.Results:<run>:<job run>`, as @actions/artifact
 * reads it); GITHUB_ACTION tells apart two steps of one job. Only the claim is read, never logged,
 * and the name carries 8 hex digits of its hash. Empty off a runner.
 */
export function artifactLeg(env: Record<string, string | undefined>): string {
  const token = env['ACTIONS_RUNTIME_TOKEN'] ?? ''
  let jobRun = ''
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown }
    const scope = typeof claims.scp === 'string' ? claims.scp.split(' ').find((s) => s.startsWith('Actions.Results:')) : undefined
    jobRun = scope?.split(':')[2] ?? ''
  } catch {
    // not a JWT: fall back to what the environment says
  }
  const step = env['GITHUB_ACTION'] ?? ''
  const parts = [jobRun || `${env['GITHUB_RUN_ID'] ?? ''}.${env['GITHUB_RUN_ATTEMPT'] ?? ''}.${env['RUNNER_NAME'] ?? ''}`, step]
  if (parts.join('') === '..') return ''
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 8)
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
    artifactLeg: artifactLeg(env),
    artifactsAvailable: Boolean(env['ACTIONS_RUNTIME_TOKEN']),
    stepSummary: env['GITHUB_STEP_SUMMARY'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    event
  }
}
