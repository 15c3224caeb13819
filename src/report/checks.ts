import type { Annotation } from './annotations.js'
import { CHECK_MESSAGE_MAX, CHECK_TITLE_MAX, truncate } from './escape.js'
import { parseLoose } from '../util/json.js'

// A check run is the one place where every annotation can be shown: the Checks API accepts 50
// annotations per request and appends on each update (docs: "To create more than 50 annotations,
// you have to make multiple requests to the Update a check run endpoint"). More than 50 in one
// request are silently ignored, so we never send more. A fork PR's read-only GITHUB_TOKEN gets a
// 403 here; that is an expected outcome, reported to the caller, never a failed step.
//
// It is also the one place that could spend the token's whole budget (GITHUB_TOKEN: 1,000 requests
// an hour per repository): 100,000 defects would be 2,000 requests. So a check run carries at most
// CHECK_ANNOTATION_CAP annotations, the most severe first, and its summary says where the rest
// are. Requests go through Octokit (from @actions/github, with its proxy support) with GitHub's
// own retry and throttling plugins: writes spaced a second apart, a secondary rate limit (403 or
// 429 with retry-after) waited out a bounded number of times, a 5xx retried. Octokit is loaded
// only here, when a check run is made, so a step's cold start does not pay for it.

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
  /** most annotations sent (default CHECK_ANNOTATION_CAP), the most severe first */
  cap?: number
  /** where every defect is (the defects file, the artifact), named in the summary when some are left out */
  restAt?: readonly string[]
  /** milliseconds per second of a retry-after or backoff (default 1000; tests shrink it) */
  retryAfterBaseMs?: number
  /** retries of one request on a rate limit, a 5xx or a network error (default CHECK_RETRIES) */
  retries?: number
  /** progress lines (rate limits waited out) */
  log?: (text: string) => void
  /** the fetch Octokit uses; default: @actions/github's (it honours the runner's proxy settings) */
  fetch?: typeof globalThis.fetch
}

export type CheckRunResult =
  | { status: 'created'; id: number; url: string; requests: number; annotations: number; /** located annotations left out by the cap */ omitted: number }
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

/** At most this many annotations go to one check run: 20 requests of 50. */
export const CHECK_ANNOTATION_CAP = 1000
/** Longest wait on a rate limit that is still worth it (seconds); a longer retry-after ends the run as failed. */
export const MAX_RETRY_AFTER_S = 120
/** Retries of one request on a rate limit, or on a 5xx / network error. */
export const CHECK_RETRIES = 3

const RANK: Record<Annotation['level'], number> = { error: 0, warning: 1, notice: 2 }

/** The annotations a check run carries: located ones, most severe first (stable within a level), at most `cap`. */
export function selectForCheckRun(annotations: readonly Annotation[], cap = CHECK_ANNOTATION_CAP): { sent: Annotation[]; located: number } {
  const located = annotations.filter((a) => a.file)
  const sorted = located.map((a, i) => ({ a, i })).sort((x, y) => RANK[x.a.level] - RANK[y.a.level] || x.i - y.i)
  return { sent: sorted.slice(0, cap).map((x) => x.a), located: located.length }
}

interface ApiError {
  status?: number
  message?: string
  response?: { data?: unknown }
}

interface ChecksClient {
  create(body: Record<string, unknown>): Promise<{ data: { id: number; html_url?: string | null } }>
  update(id: number, body: Record<string, unknown>): Promise<unknown>
}

/** Octokit with retry and throttling, loaded when the first check run is made. */
async function checksClient(req: CheckRunRequest, log: (text: string) => void): Promise<ChecksClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')])
  const base = req.retryAfterBaseMs ?? 1000
  const retries = req.retries ?? CHECK_RETRIES
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < retries && retryAfter <= MAX_RETRY_AFTER_S
    log(`Check run: ${kind} on ${options.method ?? ''} ${options.url ?? ''}; ${again ? `retrying after ${retryAfter} s` : 'giving up'}.`)
    return again
  }
  const quiet = { debug: () => undefined, info: () => undefined, warn: (m: string) => log(`Check run: ${m}`), error: (m: string) => log(`Check run: ${m}`) }
  const octokit = getOctokit(
    req.token,
    {
      baseUrl: req.apiUrl.replace(/\/+$/, ''),
      userAgent: 'release-evidence',
      log: quiet,
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit'), retryAfterBaseValue: base, fallbackSecondaryRateRetryAfter: 60 },
      // 429 is the throttling plugin's (it honours retry-after); the retry plugin takes 5xx and network errors.
      retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      ...(req.fetch ? { request: { fetch: req.fetch } } : {})
    },
    retry,
    throttling
  )
  const [owner, repo] = req.repository.split('/')
  const headers = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' }
  return {
    create: async (body) => {
      const r = await octokit.rest.checks.create({ owner, repo, headers, ...(body as { name: string; head_sha: string }) })
      return { data: { id: r.data.id, html_url: r.data.html_url } }
    },
    update: (id, body) => octokit.rest.checks.update({ owner, repo, check_run_id: id, headers, ...body })
  }
}

function describeApiError(err: unknown, api: string): { status: number | null; message: string } {
  const e = err as ApiError
  // Octokit reports a failed fetch as status 500 without a response.
  if (e?.response === undefined) return { status: null, message: `cannot reach ${api}: ${truncate(e?.message ?? String(err), 300)}` }
  const body = e.response.data as { message?: unknown } | string | undefined
  const text = typeof body === 'object' && typeof body?.message === 'string' ? body.message : typeof body === 'string' ? apiMessage(body) : (e.message ?? '')
  return { status: e.status ?? null, message: `${e.status ?? ''} ${truncate(text, 300)}`.trim() }
}

/**
 * Creates a check run and appends its annotations 50 at a time (at most `cap`, most severe
 * first). The run is created in progress with the first batch and completed by the request that
 * carries the last batch, so a reader never sees a "completed" run that is still missing annotations.
 */
export async function publishCheckRun(req: CheckRunRequest): Promise<CheckRunResult> {
  const api = req.apiUrl.replace(/\/+$/, '')
  const { sent: chosen, located } = selectForCheckRun(req.annotations, req.cap ?? CHECK_ANNOTATION_CAP)
  const omitted = located - chosen.length
  const rest =
    omitted > 0
      ? `**${omitted} more annotations are not in this check run**: it carries the ${chosen.length} most severe, to stay within the API's request budget. Every defect is in ${req.restAt && req.restAt.length > 0 ? req.restAt.join(' and ') : 'the job summary'}.\n\n`
      : ''
  const output = (annotations: ApiAnnotation[]) => ({
    title: truncate(req.title, CHECK_TITLE_MAX),
    summary: truncate(rest + req.summary, CHECK_SUMMARY_MAX),
    annotations
  })
  const all = chosen.map(toApiAnnotation).filter((a): a is ApiAnnotation => a !== null)
  const parts = batches(all)
  const done = (i: number) => (i === parts.length - 1 ? { status: 'completed', conclusion: req.conclusion } : {})

  let client: ChecksClient
  try {
    client = await checksClient(req, req.log ?? (() => undefined))
  } catch (err) {
    return { status: 'failed', message: `the GitHub client could not load: ${(err as Error).message}`, annotations: 0 }
  }
  let sent = 0
  let id: number | undefined
  let url = ''
  for (let i = 0; i < parts.length; i++) {
    try {
      if (i === 0) {
        const created = await client.create({ name: req.name, head_sha: req.headSha, status: 'in_progress', ...done(i), output: output(parts[i]) })
        if (typeof created.data?.id !== 'number') return { status: 'failed', message: 'the API answered without a check run id', annotations: 0 }
        id = created.data.id
        url = typeof created.data.html_url === 'string' ? created.data.html_url : ''
      } else await client.update(id!, { ...done(i), output: output(parts[i]) })
    } catch (err) {
      const { status, message } = describeApiError(err, api)
      // 403 on the first request, not a rate limit: the token may not write checks (fork PR, missing checks: write).
      if (status === 403 && i === 0 && !/rate limit/i.test(message)) return { status: 'forbidden', message }
      return { status: 'failed', message, ...(id !== undefined ? { id } : {}), annotations: sent }
    }
    sent += parts[i].length
  }
  return { status: 'created', id: id!, url, requests: parts.length, annotations: sent, omitted }
}
function apiMessage(text: string): string {
  const body = parseLoose(text) as { message?: unknown } | undefined
  return typeof body?.message === 'string' ? truncate(body.message, 300) : truncate(text, 300)
}
