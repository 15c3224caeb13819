import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src/report/annotations.js'
import { CHECK_ANNOTATION_CAP, CHECK_ANNOTATIONS_PER_REQUEST, publishCheckRun, selectForCheckRun, type CheckRunRequest } from '../../src/report/checks.js'
import { checksApi, startLoopback, type Loopback } from './loopback.js'

const levels = ['error', 'warning', 'notice'] as const

function annotations(n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    level: levels[i % 3],
    title: `ACK_MISSING alm-${i}`,
    message: `defect ${i}`,
    file: 'examples/ack-ledger.csv',
    line: i + 2
  }))
}

let api: Loopback | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

function request(over: Partial<CheckRunRequest>): CheckRunRequest {
  return {
    apiUrl: api!.url,
    repository: 'octo/release',
    token: 'ghs_test_token_123',
    headSha: 'a'.repeat(40),
    name: 'release-evidence',
    conclusion: 'failure',
    title: '137 defects',
    summary: 'summary text',
    annotations: annotations(137),
    // a second of retry-after is waited as 20 ms here; the waits themselves are real timers
    retryAfterBaseMs: 20,
    ...over
  }
}

describe('publishCheckRun against a loopback Checks API', () => {
  it('sends every annotation, 50 per request: create, then updates, in order', async () => {
    api = await startLoopback(checksApi())
    const result = await publishCheckRun(request({}))

    expect(result).toEqual({ status: 'created', id: 4242, url: 'https://github.com/o/r/runs/4242', requests: 3, annotations: 137, omitted: 0 })
    const reqs = api.requests
    expect(reqs.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo/release/check-runs',
      'PATCH /repos/octo/release/check-runs/4242',
      'PATCH /repos/octo/release/check-runs/4242'
    ])
    const bodies = reqs.map((r) => r.json() as { output: { annotations: { start_line: number }[] } } & Record<string, unknown>)
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 37])
    // the Checks API takes at most 50 annotations per request
    expect(bodies.every((b) => b.output.annotations.length <= 50)).toBe(true)
    expect(CHECK_ANNOTATIONS_PER_REQUEST).toBe(50)
    // the most severe first (errors, warnings, notices), in their own order within a level
    const sent = bodies.flatMap((b) => b.output.annotations.map((a) => a.start_line))
    const byLevel = (k: number) => Array.from({ length: 137 }, (_, i) => i).filter((i) => i % 3 === k).map((i) => i + 2)
    expect(sent).toEqual([...byLevel(0), ...byLevel(1), ...byLevel(2)])
    for (const r of reqs) {
      expect(r.headers.authorization).toBe('token ghs_test_token_123')
      expect(r.headers.accept).toBe('application/vnd.github+json')
      expect(r.headers['x-github-api-version']).toBe('2022-11-28')
    }
  })

  it('creates the run in progress and completes it with the request that carries the last batch', async () => {
    api = await startLoopback(checksApi())
    await publishCheckRun(request({}))
    const [create, mid, last] = api.requests.map((r) => r.json() as Record<string, unknown>)
    expect(create).toMatchObject({ name: 'release-evidence', head_sha: 'a'.repeat(40), status: 'in_progress' })
    expect(create).not.toHaveProperty('conclusion')
    expect(mid).not.toHaveProperty('status')
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' })
  })

  it('maps annotation fields onto the API: path, line range, level, title, message', async () => {
    api = await startLoopback(checksApi())
    await publishCheckRun(request({ annotations: annotations(3) }))
    expect(api.requests).toHaveLength(1)
    const body = api.requests[0].json() as { status: string; conclusion: string; output: { title: string; summary: string; annotations: unknown[] } }
    expect(body.status).toBe('completed')
    expect(body.conclusion).toBe('failure')
    expect(body.output.title).toBe('137 defects')
    expect(body.output.summary).toBe('summary text')
    expect(body.output.annotations).toEqual([
      { path: 'examples/ack-ledger.csv', start_line: 2, end_line: 2, annotation_level: 'failure', title: 'ACK_MISSING alm-0', message: 'defect 0' },
      { path: 'examples/ack-ledger.csv', start_line: 3, end_line: 3, annotation_level: 'warning', title: 'ACK_MISSING alm-1', message: 'defect 1' },
      { path: 'examples/ack-ledger.csv', start_line: 4, end_line: 4, annotation_level: 'notice', title: 'ACK_MISSING alm-2', message: 'defect 2' }
    ])
  })

  it('leaves out annotations without a file (the API requires a path)', async () => {
    api = await startLoopback(checksApi())
    const list = [...annotations(2), { level: 'error' as const, title: 'no file', message: 'm' }]
    const result = await publishCheckRun(request({ annotations: list }))
    expect(result).toMatchObject({ status: 'created', annotations: 2 })
  })

  it('reports a 403 (fork PR read-only token) as forbidden, without throwing', async () => {
    api = await startLoopback(checksApi({ forbid: true }))
    const result = await publishCheckRun(request({}))
    expect(result).toEqual({ status: 'forbidden', message: '403 Resource not accessible by integration' })
    expect(api.requests).toHaveLength(1)
  })

  it('retries a 5xx once it passes: a transient bad gateway costs nothing', async () => {
    api = await startLoopback(checksApi({ failAt: 1 }))
    const result = await publishCheckRun(request({}))
    expect(result).toMatchObject({ status: 'created', annotations: 137 })
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH'])
  })

  it('stops at an update that keeps failing and says how many annotations made it', async () => {
    const ok = checksApi()
    api = await startLoopback((req, i) => (req.method === 'PATCH' ? { status: 502, body: { message: 'Bad gateway' } } : ok(req, i)))
    const result = await publishCheckRun(request({}))
    expect(result).toEqual({ status: 'failed', message: '502 Bad gateway', id: 4242, annotations: 50 })
    // a 5xx is retried (3 times by default) before the run is given up
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH', 'PATCH'])
  })

  it('reports an unreachable API as failed, not as a crash', async () => {
    api = await startLoopback(checksApi())
    const url = api.url
    const req = request({})
    await api.close()
    api = undefined
    const result = await publishCheckRun({ ...req, retries: 0 })
    expect(result.status).toBe('failed')
    expect((result as { message: string }).message).toContain(`cannot reach ${url}`)
  })

  it('bounds titles to 255 characters for the API', async () => {
    api = await startLoopback(checksApi())
    await publishCheckRun(request({ annotations: [{ level: 'error', title: 'T'.repeat(400), message: 'm', file: 'a.csv', line: 1 }] }))
    const body = api.requests[0].json() as { output: { annotations: { title: string }[] } }
    expect(body.output.annotations[0].title).toHaveLength(255)
  })

  it(`caps the run at ${CHECK_ANNOTATION_CAP} annotations, the most severe first, and says where the rest are`, async () => {
    api = await startLoopback(checksApi())
    // 1,500 notices and then 30 errors: the errors must all be in the run, whatever their place
    const many: Annotation[] = [
      ...Array.from({ length: 1500 }, (_, i) => ({ level: 'notice' as const, title: 'N', message: `n${i}`, file: 'a.csv', line: i + 2 })),
      ...Array.from({ length: 30 }, (_, i) => ({ level: 'error' as const, title: 'E', message: `e${i}`, file: 'a.csv', line: 5000 + i }))
    ]
    const result = await publishCheckRun(request({ annotations: many, cap: 100, restAt: ['`.release-evidence/defects.csv`'] }))
    expect(result).toMatchObject({ status: 'created', requests: 2, annotations: 100, omitted: 1430 })
    const bodies = api.requests.map((r) => r.json() as { output: { summary: string; annotations: { annotation_level: string; message: string }[] } })
    const sent = bodies.flatMap((b) => b.output.annotations)
    expect(sent.slice(0, 30).every((a) => a.annotation_level === 'failure')).toBe(true)
    expect(sent.slice(30).map((a) => a.message)).toEqual(Array.from({ length: 70 }, (_, i) => `n${i}`))
    expect(bodies[0].output.summary).toContain('**1430 more annotations are not in this check run**')
    expect(bodies[0].output.summary).toContain('`.release-evidence/defects.csv`')
  })

  it('selects located annotations only, errors before warnings before notices', () => {
    const list: Annotation[] = [
      { level: 'notice', title: 'n', message: 'n', file: 'a', line: 1 },
      { level: 'warning', title: 'w', message: 'w', file: 'a', line: 2 },
      { level: 'error', title: 'e', message: 'e' },
      { level: 'error', title: 'e2', message: 'e2', file: 'a', line: 3 }
    ]
    const { sent, located } = selectForCheckRun(list, 2)
    expect(located).toBe(3)
    expect(sent.map((a) => a.title)).toEqual(['e2', 'w'])
  })

  it('waits out a 429 secondary rate limit for its retry-after, then carries on', async () => {
    let limited = false
    const ok = checksApi()
    api = await startLoopback((req, i) => {
      if (i === 1 && !limited) {
        limited = true
        return { status: 429, headers: { 'retry-after': '2' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
      }
      return ok(req, i)
    })
    const logged: string[] = []
    const result = await publishCheckRun(request({ log: (t) => logged.push(t) }))
    expect(result).toMatchObject({ status: 'created', requests: 3, annotations: 137 })
    // create, the refused update, the same update again, the last update
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH'])
    expect(api.requests[2].body.equals(api.requests[1].body)).toBe(true)
    expect(logged.join('\n')).toMatch(/secondary rate limit .*retrying after 2 s/)
  })

  it('waits out a 403 secondary rate limit on the first request; it is not a missing permission', async () => {
    let limited = 0
    const ok = checksApi()
    api = await startLoopback((req, i) => {
      if (i === 0 && limited++ === 0) {
        return { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation.' } }
      }
      return ok(req, i)
    })
    const result = await publishCheckRun(request({ annotations: annotations(3) }))
    expect(result).toMatchObject({ status: 'created', annotations: 3 })
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'POST'])
  })

  it('gives up, without waiting, on a retry-after longer than the step should sleep, and says so', async () => {
    api = await startLoopback(() => ({ status: 429, headers: { 'retry-after': '3600' }, body: { message: 'You have exceeded a secondary rate limit.' } }))
    const logged: string[] = []
    const result = await publishCheckRun(request({ annotations: annotations(3), log: (t) => logged.push(t) }))
    expect(result).toEqual({ status: 'failed', message: '429 You have exceeded a secondary rate limit.', annotations: 0 })
    expect(api.requests).toHaveLength(1)
    expect(logged.join('\n')).toContain('giving up')
  })
})
