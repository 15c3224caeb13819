import { PolicyFailure } from '../errors.js'
import { printable } from '../util/ids.js'
import type { TransportFailureKind } from './remote.js'

// A publish that cannot land is a policy failure (exit 1): the evidence exists and is signed,
// but it is not where auditors will look. Every message names the fix in workflow terms, and
// says where the signed files are, because they are never thrown away: they stay committed in the
// workspace and the caller uploads `files` as a workflow artifact.

export type PublishFailureReason = TransportFailureKind | 'rejected' | 'race-exhausted'

export interface PublishFailureDetails {
  reason: PublishFailureReason
  branch: string
  /** the remote URL, credentials removed */
  url: string
  /** what the server or the socket said, one line, already escaped */
  detail: string
  /** lines the server printed during the push (e.g. "GH006: Protected branch update failed") */
  serverMessages?: string[]
  attempts: number
  /** the last commit built for this export (committed locally), null if none was built */
  commitOid: string | null
  /** workspace-relative paths of the signed files, to upload as an artifact */
  files: string[]
}

export class PublishFailedError extends PolicyFailure {
  readonly details: PublishFailureDetails

  constructor(details: PublishFailureDetails, cause?: unknown) {
    super({ code: 'PUBLISH_FAILED', message: publishFailureMessage(details), cause })
    this.details = details
  }

  get files(): string[] {
    return this.details.files
  }
}

const FIXES: Record<PublishFailureReason, (d: PublishFailureDetails) => string> = {
  unauthorized: () =>
    "the token was refused (HTTP 401). Fix: pass a valid token as the 'github-token' input (the default '${{ github.token }}' works for the same repository); an expired or revoked PAT, or a token for another host, is refused",
  forbidden: (d) =>
    `the token may not push to '${d.branch}' (HTTP 403). Fix: give the job 'permissions: contents: write' (GITHUB_TOKEN is read-only by default in many organisations and always read-only on pull requests from forks), or pass a token that can push`,
  'not-found': () =>
    "the repository was not found (HTTP 404; GitHub also answers 404 when the token cannot see a private repository). Fix: check the 'remote-url' input or the checkout's origin, and that the token has access to this repository",
  unreachable: (d) => `the remote could not be reached (${d.detail}). Fix: check the remote URL and the runner's network access to it, then re-run the job`,
  'server-error': (d) => `the remote failed (${d.detail}). Fix: re-run the job; if it persists, check the git host's status`,
  protocol: (d) => `the remote did not answer as a git smart-HTTP server (${d.detail}). Fix: check that the remote URL points at the repository itself (https://HOST/OWNER/REPO.git)`,
  rejected: (d) =>
    `the remote refused to update '${d.branch}' (${d.detail}); the branch is probably protected or a server hook declined the push. ` +
    "Fix: point the 'store-branch' input at a dedicated branch that the workflow may push to (e.g. release-evidence), or let this workflow's token bypass the branch's protection rules",
  'race-exhausted': (d) =>
    `other runs kept updating '${d.branch}' first: the export was rebuilt on the new tip and pushed ${d.attempts} times without landing. ` +
    "Fix: raise the 'max-attempts' input, or serialize the runs that publish evidence with a workflow 'concurrency' group (cancel-in-progress: false)"
}

export function publishFailureMessage(d: PublishFailureDetails): string {
  const lines = [`PUBLISH_FAILED: could not publish the signed files to ${d.url} (branch '${d.branch}'): ${FIXES[d.reason](d)}.`]
  for (const m of d.serverMessages ?? []) lines.push(`  remote: ${printable(m, 300)}`)
  if (d.commitOid !== null) {
    lines.push(
      `The signed files are not lost: they are committed locally on '${d.branch}' (commit ${d.commitOid}, ${d.files.length} file(s)); on a runner they are also uploaded as a workflow artifact. ` +
        'Running again in this clone after the fix pushes that commit as it is; a fresh checkout (a re-run of the job) signs the same windows again on the remote tip.'
    )
  }
  return lines.join('\n')
}
