import { afterEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../src/report/annotations.js'
import { CHECK_ANNOTATIONS_PER_REQUEST, publishCheckRun, type CheckRunRequest } from '../../src/report/checks.js'
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
    ...over
  }
}

describe('publishCheckRun against a loopback Checks API', () => {
  it('sends every annotation, 50 per request: create, then updates, in order', async () => {
    api = await startLoopback(checksApi())
    const result = await publishCheckRun(request({}))

    expect(result).toEqual({ status: 'created', id: 4242, url: 'https://github.com/o/r/runs/4242', requests: 3, annotations: 137 })
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
    // order preserved across batches: lines 2..138 in sequence
    expect(bodies.flatMap((b) => b.output.annotations.map((a) => a.start_line))).toEqual(Array.from({ length: 137 }, (_, i) => i + 2))
    for (const r of reqs) {
      expect(r.headers.authorization).toBe('Bearer ghs_test_token_123')
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

  it('stops at a failed update and says how many annotations made it', async () => {
    api = await startLoopback(checksApi({ failAt: 1 }))
    const result = await publishCheckRun(request({}))
    expect(result).toEqual({ status: 'failed', message: '502 Bad gateway', id: 4242, annotations: 50 })
    expect(api.requests).toHaveLength(2)
  })

  it('reports an unreachable API as failed, not as a crash', async () => {
    api = await startLoopback(checksApi())
    const url = api.url
    const req = request({})
    await api.close()
    api = undefined
    const result = await publishCheckRun(req)
    expect(result.status).toBe('failed')
    expect((result as { message: string }).message).toContain(`cannot reach ${url}`)
  })

  it('bounds titles to 255 characters for the API', async () => {
    api = await startLoopback(checksApi())
    await publishCheckRun(request({ annotations: [{ level: 'error', title: 'T'.repeat(400), message: 'm', file: 'a.csv', line: 1 }] }))
    const body = api.requests[0].json() as { output: { annotations: { title: string }[] } }
    expect(body.output.annotations[0].title).toHaveLength(255)
  })
})
