import type { Secret } from '../util/secret.js'

// What only the Action uses, beside the engine's Settings: the check run, the artifact upload and
// the runner's facts. Built once in src/main.ts from inputs and the runner's environment, so
// nothing below reads process.env or core.getInput.

/** Facts about the workflow run, read from the runner's environment in src/index.ts. */
export interface RunnerContext {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiUrl: string
  /** GITHUB_ACTIONS=true: a workflow run, where the API may be asked about the store branch */
  onRunner: boolean
  /** GITHUB_SERVER_URL, e.g. https://github.com: defect locations link to their line there */
  serverUrl: string
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
  /** 8 hex digits unique per job run (matrix leg) and step, so artifact names never collide ('' off a runner) */
  artifactLeg?: string
  /** ACTIONS_RUNTIME_TOKEN is present: artifact uploads are possible */
  artifactsAvailable: boolean
  /** GITHUB_STEP_SUMMARY: the file the job summary is appended to ('' outside a runner) */
  stepSummary: string
  /** GITHUB_REF, e.g. refs/heads/main: the default store branch when pushing */
  ref: string
  /** the parsed GITHUB_EVENT_PATH payload, null when absent: the publish module judges the event */
  event: unknown
}

// Signer, key, store branch, committer, push and its target are engine settings (Settings.signing,
// .git, .publish): `export-closure --push` uses them too.
export interface ActionSettings {
  /** the github-token input: the check run's credential (also Settings.publish.token) */
  githubToken: Secret | null
  /** create a check run carrying every annotation when they overflow the step's limits */
  checkRun: boolean
  uploadArtifacts: boolean
  runner: RunnerContext
}
