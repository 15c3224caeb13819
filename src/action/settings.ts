import type { Secret } from './secret.js'

// The Action-only part of Settings (src/settings.ts `action`): what the CLI has no use for, or
// gets elsewhere. Built once in src/index.ts from inputs and the runner's environment, so nothing
// below reads process.env or core.getInput.

/** Facts about the workflow run, read from the runner's environment in src/index.ts. */
export interface RunnerContext {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiUrl: string
  /** owner/name */
  repository: string
  /** GITHUB_SHA: for pull_request events, the merge commit */
  sha: string
  /** the commit a check run attaches to: the PR head for pull_request events, else `sha` */
  headSha: string
  eventName: string
  /** true for a pull_request event whose head repository is not this repository */
  forkPullRequest: boolean
  /** GITHUB_JOB, used to name artifacts */
  job: string
  /** ACTIONS_RUNTIME_TOKEN is present: artifact uploads are possible */
  artifactsAvailable: boolean
  /** GITHUB_STEP_SUMMARY: the file the job summary is appended to ('' outside a runner) */
  stepSummary: string
  /** GITHUB_REF, e.g. refs/heads/main: the default store branch when pushing */
  ref: string
  /** the parsed GITHUB_EVENT_PATH payload, null when absent: the publish module judges the event */
  event: unknown
}

// Signer id, store branch and committer are not here: they live in Settings.signing and
// Settings.git, which the CLI fills from the same-named options.
export interface ActionSettings {
  /** private key text (signing-key input); parsed only by the stage that signs */
  signingKey: Secret | null
  githubToken: Secret | null
  /** push the store branch after the closure stage commits */
  push: boolean
  /** raw remote / remote-url / max-attempts inputs, resolved by src/publish when pushing */
  publish: { remote: string; remoteUrl: string; maxAttempts: string }
  allowUnsafePrCommit: boolean
  /** create a check run carrying every annotation when they overflow the step's limits */
  checkRun: boolean
  uploadArtifacts: boolean
  runner: RunnerContext
}
