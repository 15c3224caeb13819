import { UserError } from '../errors.js'
import { redactText, redactUrl } from './redact.js'
import { openRepository, remoteRefOid } from '../git/index.js'

// The conversation with the remote goes through the in-process git client behind the Repository
// (src/git/transport.ts) with an explicit Authorization header. Native git would also read the
// runner's credential configuration (actions/checkout stores an http.<url>.extraheader in an
// includeIf file), and two Authorization headers or a stale persisted token are failures nobody
// can debug from a log; the in-process client reads no credential config at all, so the token we
// were given is the only one that is ever sent. It also reports outcomes as data (HTTP status,
// per-ref push status) rather than as stderr text.
//
// Pitfall (src/git/transport.ts): discovery mutates the headers object it is given, so every call
// here builds a fresh headers object (authHeaders at the call).

/** A secret value (src/action/secret.ts Secret satisfies it): revealed only for the header. */
export interface TokenLike {
  reveal(): string
}

export interface RemoteTarget {
  /** http(s) URL of the repository, without credentials */
  url: string
  /** local name whose refs/remotes/<name>/* track the remote (e.g. origin) */
  remote: string
  token: TokenLike | null
  /** idle network timeout of each request in ms (the network-timeout input); default 60 s */
  timeoutMs?: number
}

/** The largest depth git's protocol accepts: native `git fetch --unshallow` sends the same. */
export const FULL_DEPTH = 2147483647

export function authHeaders(token: TokenLike | null): Record<string, string> {
  if (token === null) return {}
  // GITHUB_TOKEN and GitHub App installation tokens authenticate as user x-access-token.
  const basic = Buffer.from(`x-access-token:${token.reveal()}`, 'utf8').toString('base64')
  return { Authorization: `Basic ${basic}` }
}

export { redactUrl } from './redact.js'

/**
 * Checks that the URL is one the in-process client can push to (http/https only) and carries no
 * credentials; a token inside a URL ends up in logs, so it must come through github-token.
 */
export function checkRemoteUrl(raw: string, where: string): string {
  const url = raw.trim()
  // user@host:path, also with a password in the user part (user:secret@host:path)
  const scpLike = !url.includes('://') && /^[^/]*@[^/@:]+:/.test(url)
  if (scpLike || /^(ssh|git|file):\/\//i.test(url) || url.startsWith('/') || url.startsWith('.')) {
    throw new UserError({
      code: 'INPUT_INVALID',
      message: `${where}: remote '${redactUrl(url)}' is not an http(s) URL; release-evidence pushes over HTTPS only (ssh, git:// and local paths are not supported)`,
      problems: [{ file: where, message: 'unsupported remote transport', fix: `use the https URL of the repository, e.g. ${httpsSuggestion(redactUrl(url))}` }]
    })
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UserError({ code: 'INPUT_INVALID', message: `${where}: remote '${redactUrl(url)}' is not a valid URL; use e.g. https://github.com/OWNER/REPO.git` })
  }
  // Plain http would carry the token in clear text; it is accepted only on the loopback interface
  // (a local mirror or a test server), never across a network.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new UserError({ code: 'INPUT_INVALID', message: `${where}: remote '${redactUrl(url)}' must use https (the token must not travel in clear text)` })
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new UserError({
      code: 'INPUT_INVALID',
      message: `${where}: remote URL carries credentials; remove them from the URL and pass the token as the github-token input (or RELEASE_EVIDENCE_TOKEN for the CLI)`
    })
  }
  return url
}

/** An https URL for the same repository as `url`, which must already be redacted (redactUrl). */
function httpsSuggestion(url: string): string {
  const m = /^(?:ssh:\/\/)?(?:[\w.-]+@)?([\w.-]+)[:/](.+?)(?:\.git)?$/.exec(url)
  return m ? `https://${m[1]}/${m[2]}.git` : 'https://github.com/OWNER/REPO.git'
}

/** The URL configured for a local remote name, or null. */
export async function configuredRemoteUrl(dir: string, remote: string): Promise<string | null> {
  const value = await openRepository(dir).config(`remote.${remote}.url`)
  return value !== null && value.trim() !== '' ? value.trim() : null
}

/** The remote's tip of a branch (one ls-refs round trip), or null when the branch does not exist. */
export async function remoteTip(target: RemoteTarget, branch: string): Promise<string | null> {
  return remoteRefOid({ url: target.url, headers: authHeaders(target.token), ...timeout(target) }, `refs/heads/${branch}`)
}

/**
 * Fetches one branch into refs/remotes/<remote>/<branch>. `fullDepth` removes the shallow
 * boundary for this branch's history (the in-process client has no unshallow flag; a depth this large
 * is what native git sends for --unshallow).
 */
export async function fetchBranch(dir: string, target: RemoteTarget, branch: string, opts: { fullDepth: boolean }): Promise<string | null> {
  return openRepository(dir).fetchBranch({
    url: target.url,
    headers: authHeaders(target.token),
    ...timeout(target),
    remote: target.remote,
    branch,
    trackingRef: trackingRef(target, branch),
    ...(opts.fullDepth ? { depth: FULL_DEPTH } : {})
  })
}

export function timeout(target: RemoteTarget): { timeoutMs?: number } {
  return target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {}
}

export function trackingRef(target: RemoteTarget, branch: string): string {
  return `refs/remotes/${target.remote}/${branch}`
}

// ---------------------------------------------------------------------------------------------

export type TransportFailureKind = 'unauthorized' | 'forbidden' | 'not-found' | 'unreachable' | 'server-error' | 'protocol'

export interface TransportFailure {
  kind: TransportFailureKind
  status?: number
  /** one line, safe to print (no token, no credentials) */
  detail: string
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED'])

/** Maps what the in-process git client or the socket threw to a kind the user can act on; null if not transport. */
export function classifyTransportError(err: unknown): TransportFailure | null {
  const e = err as { code?: string; name?: string; message?: string; data?: { statusCode?: number; statusMessage?: string } }
  if (e?.code === 'HttpError' && typeof e.data?.statusCode === 'number') {
    const status = e.data.statusCode
    const detail = `HTTP ${status} ${e.data.statusMessage ?? ''}`.trim()
    if (status === 401) return { kind: 'unauthorized', status, detail }
    if (status === 403) return { kind: 'forbidden', status, detail }
    if (status === 404) return { kind: 'not-found', status, detail }
    if (status >= 500) return { kind: 'server-error', status, detail }
    return { kind: 'protocol', status, detail }
  }
  // The HTTP client raises its own timeout as a plain Error with no code: a remote that stopped
  // answering is unreachable (exit 1 with the fix), not an internal error.
  if (e?.code === undefined && /^Request timed out$|^socket hang up$/.test(e?.message ?? '')) return { kind: 'unreachable', detail: e.message! }
  if (e?.code !== undefined && UNREACHABLE_CODES.has(e.code)) return { kind: 'unreachable', detail: `${e.code}: ${redactText(e.message ?? '')}` }
  if (e?.code === 'SmartHttpError' || e?.code === 'ParseError' || e?.code === 'EmptyServerResponseError' || e?.code === 'UnknownTransportError') {
    return { kind: 'protocol', detail: `${e.code}: ${redactText((e.message ?? '').split('\n')[0])}` }
  }
  return null
}

/** The remote to publish to: the explicit URL, else the URL the clone has for `remote`. */
export async function resolveRemoteTarget(dir: string, s: { remote: string; url: string | null; token: TokenLike | null; timeoutMs?: number }): Promise<RemoteTarget> {
  const t = s.timeoutMs !== undefined ? { timeoutMs: s.timeoutMs } : {}
  if (s.url !== null) return { url: checkRemoteUrl(s.url, 'remote-url'), remote: s.remote, token: s.token, ...t }
  const configured = await configuredRemoteUrl(dir, s.remote)
  if (configured === null) {
    throw new UserError({
      code: 'REPO_INVALID',
      message: `the clone has no URL for remote '${s.remote}'; set the 'remote-url' input (or --remote-url) to the repository's https URL`
    })
  }
  return { url: checkRemoteUrl(configured, `remote '${s.remote}'`), remote: s.remote, token: s.token, ...t }
}
