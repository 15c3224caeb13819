import type { GitHttpRequest, GitHttpResponse, HttpClient } from 'isomorphic-git'

// isomorphic-git's HTTP client for Node (isomorphic-git/http/node) is built on simple-get, which
// calls url.parse(): Node 24 prints a DEP0169 deprecation warning on every run that talks to a
// remote. This is the same plugin on Node's own fetch (undici), with what the git conversation
// needs on top: a network timeout, and socket errors carried with their code (ECONNREFUSED, ...)
// so src/publish can tell "unreachable" from a bug.

/** The default network timeout: no byte from the remote for this long ends the request. */
export const DEFAULT_NETWORK_TIMEOUT_MS = 60_000

/** A request that got no answer in time: classified as an unreachable remote (src/publish/remote.ts). */
export class NetworkTimeoutError extends Error {
  readonly code = 'ETIMEDOUT'
  constructor(url: string, ms: number) {
    super(`no answer from ${new URL(url).host} within ${ms / 1000} s (network-timeout)`)
    this.name = 'NetworkTimeoutError'
  }
}

async function collect(body: GitHttpRequest['body']): Promise<Uint8Array | undefined> {
  if (body === undefined) return undefined
  const parts: Uint8Array[] = []
  for await (const chunk of body as AsyncIterable<Uint8Array>) parts.push(chunk)
  return Buffer.concat(parts)
}

/**
 * An isomorphic-git `http` plugin on fetch. The timeout is an idle timeout: it restarts with every
 * chunk received, so a large fetch that keeps streaming is never cut, and a remote that accepts the
 * connection but never answers (or stalls mid-pack) ends with NetworkTimeoutError.
 */
export function fetchHttp(timeoutMs: number = DEFAULT_NETWORK_TIMEOUT_MS): HttpClient {
  return {
    async request({ url, method = 'GET', headers = {}, body }: GitHttpRequest): Promise<GitHttpResponse> {
      const controller = new AbortController()
      let timedOut = false
      let timer: NodeJS.Timeout | undefined
      const arm = () => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
      }
      const fail = (err: unknown): never => {
        clearTimeout(timer)
        if (timedOut) throw new NetworkTimeoutError(url, timeoutMs)
        // undici wraps socket errors as TypeError('fetch failed') with the system error as cause.
        const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause
        if (typeof cause?.code === 'string') throw Object.assign(new Error(typeof cause.message === 'string' ? cause.message : cause.code), { code: cause.code })
        throw err
      }
      arm()
      let res: Response
      try {
        const payload = await collect(body)
        res = await fetch(url, { method, headers, ...(payload !== undefined ? { body: payload } : {}), signal: controller.signal })
      } catch (err) {
        return fail(err)
      }
      arm()
      const reader = res.body?.getReader()
      const chunks: AsyncIterableIterator<Uint8Array> = {
        [Symbol.asyncIterator]() {
          return this
        },
        async next() {
          if (!reader) return { done: true, value: undefined }
          try {
            const r = await reader.read()
            if (r.done) clearTimeout(timer)
            else arm()
            return r.done ? { done: true, value: undefined } : { done: false, value: r.value as Uint8Array }
          } catch (err) {
            return fail(err)
          }
        },
        async return() {
          clearTimeout(timer)
          await reader?.cancel().catch(() => undefined)
          return { done: true, value: undefined }
        }
      }
      return {
        url: res.url || url,
        method,
        statusCode: res.status,
        statusMessage: res.statusText,
        headers: Object.fromEntries(res.headers.entries()),
        body: chunks
      }
    }
  }
}
