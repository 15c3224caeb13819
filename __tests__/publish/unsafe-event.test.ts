import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exitCodeFor, UserError } from '../../src/errors.js'
import { assertPublishAllowed, assessPublishEvent, readEventPayload, type Env } from '../../src/publish/unsafe-event.js'

// Whether a run may commit and push evidence, as a pure function of the environment and the
// event payload: pull_request_target and pull requests (or workflow_run triggers) from forks are
// refused unless allow-unsafe-pr-commit says otherwise; unreadable payloads fail closed.

const REPO = 'octo/release'
const env = (eventName?: string, extra: Env = {}): Env => ({ GITHUB_REPOSITORY: REPO, ...(eventName ? { GITHUB_EVENT_NAME: eventName } : {}), ...extra })
const pr = (head: string | null, base: string | null = REPO, fork?: boolean) => ({
  pull_request: {
    number: 7,
    head: { ref: 'feature', repo: head === null ? null : { full_name: head, ...(fork === undefined ? {} : { fork }) } },
    base: { ref: 'main', repo: base === null ? undefined : { full_name: base } }
  }
})
const workflowRun = (head: string, triggeredBy = 'pull_request') => ({ workflow_run: { event: triggeredBy, head_repository: { full_name: head } }, repository: { full_name: REPO } })

describe('assessPublishEvent', () => {
  it.each([
    ['outside a workflow run (CLI)', env(), null, false, true, 'not-a-workflow-run'],
    ['push', env('push'), { ref: 'refs/heads/main' }, false, true, 'trusted-event'],
    ['workflow_dispatch without a payload', env('workflow_dispatch'), null, false, true, 'trusted-event'],
    ['schedule', env('schedule'), null, false, true, 'trusted-event'],
    ['pull_request from the same repository', env('pull_request'), pr(REPO), false, true, 'same-repository-pr'],
    ['pull_request, names differing only in case', env('pull_request'), pr('Octo/Release'), false, true, 'same-repository-pr'],
    ['pull_request_review from the same repository', env('pull_request_review'), pr(REPO), false, true, 'same-repository-pr'],
    ['pull_request from a fork', env('pull_request'), pr('mallory/release'), false, false, 'fork-pull-request'],
    ['pull_request whose head is flagged fork', env('pull_request'), pr(REPO, REPO, true), false, false, 'fork-pull-request'],
    ['pull_request from a deleted fork (head.repo null)', env('pull_request'), pr(null), false, false, 'fork-pull-request'],
    ['pull_request without base.repo: compared with GITHUB_REPOSITORY', env('pull_request'), pr('mallory/release', null), false, false, 'fork-pull-request'],
    ['pull_request_review_comment from a fork', env('pull_request_review_comment'), pr('mallory/release'), false, false, 'fork-pull-request'],
    ['pull_request with an unreadable payload', env('pull_request'), null, false, false, 'unreadable-event'],
    ['pull_request with a payload lacking pull_request', env('pull_request'), { action: 'opened' }, false, false, 'unreadable-event'],
    ['pull_request_target, even from the same repository', env('pull_request_target'), pr(REPO), false, false, 'pull-request-target'],
    ['pull_request_target from a fork', env('pull_request_target'), pr('mallory/release'), false, false, 'pull-request-target'],
    ['workflow_run fired by a fork', env('workflow_run'), workflowRun('mallory/release'), false, false, 'fork-workflow-run'],
    ['workflow_run fired in this repository', env('workflow_run'), workflowRun(REPO, 'push'), false, true, 'trusted-event'],
    ['workflow_run with an unreadable payload', env('workflow_run'), null, false, false, 'unreadable-event'],
    ['pull_request_target allowed by the input', env('pull_request_target'), pr('mallory/release'), true, true, 'allowed-by-input'],
    ['fork pull_request allowed by the input', env('pull_request'), pr('mallory/release'), true, true, 'allowed-by-input'],
    ['the input does not matter for a safe event', env('push'), null, true, true, 'trusted-event']
  ] as const)('%s', (_name, e, event, allowUnsafe, allowed, reason) => {
    const v = assessPublishEvent({ env: e, event, allowUnsafe })
    expect({ allowed: v.allowed, reason: v.reason }).toEqual({ allowed, reason })
  })

  it('names both repositories, escaping what the payload says', () => {
    const v = assessPublishEvent({ env: env('pull_request'), event: pr('mallory/rel\u001bease'), allowUnsafe: false })
    expect(v.detail).toBe("the pull request comes from 'mallory/rel\\x1bease', not from 'octo/release'")
  })
})

describe('assertPublishAllowed', () => {
  it('throws UNSAFE_EVENT (exit 2) with the fix', () => {
    const v = assessPublishEvent({ env: env('pull_request_target'), event: pr('mallory/release'), allowUnsafe: false })
    let err: unknown
    try {
      assertPublishAllowed(v)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).code).toBe('UNSAFE_EVENT')
    expect(exitCodeFor(err)).toBe(2)
    expect((err as UserError).message).toContain('refusing to commit or push evidence')
    expect((err as UserError).problems[0].fix).toContain("'allow-unsafe-pr-commit: true'")
  })

  it('passes an allowed verdict through', () => {
    expect(() => assertPublishAllowed(assessPublishEvent({ env: env('push'), event: null, allowUnsafe: false }))).not.toThrow()
  })
})

describe('readEventPayload', () => {
  it('reads GITHUB_EVENT_PATH, and yields null when it is unset, missing or not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'event-'))
    try {
      await writeFile(join(dir, 'good.json'), JSON.stringify(pr('mallory/release')))
      await writeFile(join(dir, 'bad.json'), '{"pull_request": ')
      expect(await readEventPayload({ GITHUB_EVENT_PATH: join(dir, 'good.json') })).toEqual(pr('mallory/release'))
      expect(await readEventPayload({ GITHUB_EVENT_PATH: join(dir, 'bad.json') })).toBeNull()
      expect(await readEventPayload({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toBeNull()
      expect(await readEventPayload({})).toBeNull()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
