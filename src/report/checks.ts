import type { Annotation } from './annotations.js'
import { CHECK_MESSAGE_MAX, CHECK_TITLE_MAX, truncate } from './escape.js'
import { parseLoose } from '../util/json.js'

// A check run is the one place where every annotation can be shown: the Checks API accepts 50
// annotations per request and appends on each update (docs: "To create more than 50 annotations,
// you have to make multiple requests to the Update a check run endpoint"). More than 50 in one
// request are silently ignored, so we never send more. A fork PR's read-only GITHUB_TOKEN gets a
// 403 here; that is an expected outcome, reported to the caller, never a failed step.
//
// Plain fetch, not Octokit: four requests do not justify loading @octokit at start-up.

export const CHECK_ANNOTATIONS_PER_REQUEST = 50
/** Checks API: output.summary is limited to 65535 characters. */
export const CHECK_SUMMARY_MAX = 65_535

export type CheckConclusion = 'success' | 'failure' | 'neutral'

export interface CheckRunRequest {
  /** e.g. https://api.github.com (GITHUB_API_URL) */
  apiUrl: string
  /** owner/name (GITHUB_REPOSITORY) */
  repository: string
  token: string
  /** the commit the check attaches to: a PR's head sha, else GITHUB_SHA */
  headSha: string
  name: string
  conclusion: CheckConclusion
  title: string
  summary: string
  /** only annotations with a file can be sent; the caller lists the others in the summary */
  annotations: readonly Annotation[]
  fetch?: typeof globalThis.fetch
}

export type CheckRunResult =
  | { status: 'created'; id: number; url: string; requests: number; annotations: number }
  | { status: 'forbidden'; message: string }
  | { status: 'failed'; message: string; id?: number; annotations: number }

interface ApiAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

const LEVEL: Record<Annotation['level'], ApiAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' }

export function toApiAnnotation(a: Annotation): ApiAnnotation | null {
  if (!a.file) return null
  const line = a.line ?? 1
  return {
    path: a.file,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[a.level],
    title: truncate(a.title, CHECK_TITLE_MAX),
    message: truncate(a.message, CHECK_MESSAGE_MAX)
  }
}

export function batches<T>(items: readonly T[], size = CHECK_ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out.length > 0 ? out : [[]]
}

/**
 * Creates a check run and appends every annotation 50 at a time. The run is created in progress
 * with the first batch and completed by the request that carries the last batch, so a reader
 * never sees a "completed" run that is still missing annotations.
 */
export async function publishCheckRun(req: CheckRunRequest): Promise<CheckRunResult> {
  const doFetch = req.fetch ?? globalThis.fetch
  const api = req.apiUrl.replace(/\/+$/, '')
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${req.token}`,
    'content-type': 'application/json',
    'user-agent': 'release-evidence',
    'x-github-api-version': '2022-11-28'
  }
  const output = (annotations: ApiAnnotation[]) => ({
    title: truncate(req.title, CHECK_TITLE_MAX),
    summary: truncate(req.summary, CHECK_SUMMARY_MAX),
    annotations
  })
  const all = req.annotations.map(toApiAnnotation).filter((a): a is ApiAnnotation => a !== null)
  const parts = batches(all)
  const done = (i: number) => (i === parts.length - 1 ? { status: 'completed', conclusion: req.conclusion } : {})

  let sent = 0
  let id: number | undefined
  let url = ''
  for (let i = 0; i < parts.length; i++) {
    const body =
      i === 0
        ? { name: req.name, head_sha: req.headSha, status: 'in_progress', ...done(i), output: output(parts[i]) }
        : { ...done(i), output: output(parts[i]) }
    const target = i === 0 ? `${api}/repos/${req.repository}/check-runs` : `${api}/repos/${req.repository}/check-runs/${id}`
    let res: Response
    try {
      res = await doFetch(target, { method: i === 0 ? 'POST' : 'PATCH', headers, body: JSON.stringify(body) })
    } catch (err) {
      return { status: 'failed', message: `cannot reach ${api}: ${(err as Error).message}`, ...(id !== undefined ? { id } : {}), annotations: sent }
    }
    const text = await res.text()
    if (!res.ok) {
      const message = `${res.status} ${apiMessage(text)}`
      // 403 on the first request: the token may not write checks (fork PR, missing checks: write).
      if (res.status === 403 && i === 0) return { status: 'forbidden', message }
      return { status: 'failed', message, ...(id !== undefined ? { id } : {}), annotations: sent }
    }
    if (i === 0) {
      const created = parseLoose(text) as { id?: unknown; html_url?: unknown } | undefined
      if (typeof created?.id !== 'number') return { status: 'failed', message: 'the API answered without a check run id', annotations: 0 }
      id = created.id
      url = typeof created.html_url === 'string' ? created.html_url : ''
    }
    sent += parts[i].length
  }
  return { status: 'created', id: id!, url, requests: parts.length, annotations: sent }
}

function apiMessage(text: string): string {
  const body = parseLoose(text) as { message?: unknown } | undefined
  return typeof body?.message === 'string' ? truncate(body.message, 300) : truncate(text, 300)
}
