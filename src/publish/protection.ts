// Is the store branch protected against the two moves that can rewrite it: a force push and a
// deletion? The verifier names a rewrite once it happens (STORE_HISTORY_REWRITTEN); a ruleset
// (or classic branch protection) stops it from happening. GitHub's "rules for a branch" endpoint
// (GET /repos/{owner}/{repo}/rules/branches/{branch}) answers for repository and organization
// rulesets with only metadata:read, which every GITHUB_TOKEN has; classic protection needs
// administration:read, which a GITHUB_TOKEN never has, so only rulesets are asked about.

export interface ProtectionQuery {
  apiUrl: string
  /** owner/name */
  repository: string
  branch: string
  token: string | null
  fetch?: typeof globalThis.fetch
  /** milliseconds before the question is given up (a warning is never worth a slow step) */
  timeoutMs?: number
}

export type Protection =
  | { status: 'protected' }
  | { status: 'unprotected'; missing: ('non_fast_forward' | 'deletion')[] }
  | { status: 'unknown'; reason: string }

const NEEDED = ['non_fast_forward', 'deletion'] as const

export async function storeBranchProtection(q: ProtectionQuery): Promise<Protection> {
  if (!/^[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/.test(q.repository)) return { status: 'unknown', reason: 'no repository to ask about' }
  const url = `${q.apiUrl.replace(/\/+$/, '')}/repos/${q.repository}/rules/branches/${encodeURIComponent(q.branch)}`
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'release-evidence' }
  if (q.token) headers['authorization'] = `Bearer ${q.token}`
  let res: Response
  try {
    res = await (q.fetch ?? globalThis.fetch)(url, { headers, signal: AbortSignal.timeout(q.timeoutMs ?? 10_000) })
  } catch (err) {
    return { status: 'unknown', reason: `the rules API could not be reached (${(err as Error).name})` }
  }
  if (!res.ok) return { status: 'unknown', reason: `the rules API answered HTTP ${res.status}` }
  let rules: unknown
  try {
    rules = await res.json()
  } catch {
    return { status: 'unknown', reason: 'the rules API answered something that is not JSON' }
  }
  if (!Array.isArray(rules)) return { status: 'unknown', reason: 'the rules API answered something that is not a list of rules' }
  const types = new Set(rules.map((r) => (typeof r === 'object' && r !== null ? (r as { type?: unknown }).type : undefined)))
  const missing = NEEDED.filter((t) => !types.has(t))
  return missing.length === 0 ? { status: 'protected' } : { status: 'unprotected', missing }
}
