import type { PolicyKind } from './policy/kinds.generated.js'
import type { PublishInputs } from './publish/config.js'
import type { Secret } from './util/secret.js'

// The one settings contract of the engine. src/main.ts builds it from Action inputs, src/cli from
// argv, both through src/options.ts, so a default cannot differ between the two faces; the engine
// never reads inputs, argv or the clock itself. Paths are repo-relative unless noted. What only
// the Action uses (check runs, artifacts, the runner's facts) lives in src/action/settings.ts.

export type StageName = string

/**
 * Schema kinds that are files a user passes. `trust-root` is a schema for signed documents kept
 * in the store (src/trust), never read from a policy path.
 */
export type PolicyFileKind = Exclude<PolicyKind, 'trust-root'>

export type RolloutMode = 'observe' | 'soft' | 'full'
export const ROLLOUT_MODES: readonly RolloutMode[] = ['observe', 'soft', 'full']

export interface Settings {
  /** absolute path of the repository (the Action's GITHUB_WORKSPACE, the CLI's --repo) */
  workspace: string
  /** the stages to run, in registry order (src/lessons.ts) */
  stages: readonly StageName[]
  mode: RolloutMode
  /** evaluation instant in epoch ms: injected, never read from the clock below this point */
  now: number
  /** input files by the key their lesson declares (e.g. alarms, ledger, evidence) */
  inputs: Readonly<Record<string, string>>
  /** policy files by kind */
  policies: Readonly<Record<PolicyFileKind, string>> & Readonly<Partial<Record<PolicyKind, string>>>
  /** directory (absolute) for generated reports such as defects.csv */
  outDir: string
  /** who signs and where the key comes from */
  signing?: SigningSettings
  /** how the store commits: branch and committer identity (commit time is always `now`) */
  git?: GitSettings
  /** whether and where the store branch is pushed after a stage commits */
  publish?: PushSettings
  /** the trust root: where the pin of revision 1 comes from (src/trust) */
  trust?: TrustSettings
  /** how `verify` judges the store as a whole (the verify command and stage) */
  verify?: VerifySettings
  /**
   * The bundled read worker (dist/read-worker/index.js), set by the entry points: the ledger and
   * evidence files are then read in a worker thread beside the alarms. Absent, they are read in
   * this thread, with the same result.
   */
  readWorker?: URL
  /**
   * The bundled inspect worker (dist/inspect-worker/index.js), set by the entry points: a full
   * verify then inspects packets in a second thread too (src/store/inspect-pool.ts). Absent, all
   * in this thread, with the same result.
   */
  inspectWorker?: URL
}

export interface SigningSettings {
  /** the signer the key must belong to in the keyring (--signer-id); any keyring signer when absent */
  signerId?: string
  /**
   * Where the private key is read from: an absolute key file (--key-file) wins, then `key` (the
   * Action's signing-key input), then $RELEASE_EVIDENCE_SIGNING_KEY. The key text is parsed at
   * signing time and never written to logs or reports.
   */
  keyFile?: string
  key?: Secret | null
  /**
   * The RFC 3161 time-stamping authority (--tsa-url, the tsa-url input, $RELEASE_EVIDENCE_TSA_URL):
   * each signature a writer makes gets a token, stored beside it as `.tsr` and checked against
   * the TSA certificate the trust root pins (docs/trusted-time.md). A secret: the URL may carry
   * credentials. Absent: no token.
   */
  tsaUrl?: Secret | null
}

export interface TrustSettings {
  /**
   * The pinned sha256 of trust-root revision 1 (64 hex digits, `sha256:` prefix allowed), or the
   * absolute path of a file outside the checkout that holds it. Absent: verify and everything
   * else that judges a signature refuses (TRUST_ROOT_UNPINNED, exit 2); a writer finds its own
   * key in the working-tree keyring.
   */
  root?: string
  /**
   * The commit whose trust/ chain judges signatures, set by verify to the commit it proves (the
   * store branch's fetched tip, or HEAD); absent: the store branch's local tip, else HEAD.
   */
  commit?: string | null
}

export interface VerifySettings {
  /** a commit HEAD must descend from (a verified tip pinned by an auditor or a scheduled run) */
  since?: string
  /** an empty store (or a registered family with nothing published) passes */
  allowEmpty?: boolean
  /** revisions signed with a demo key (keyring demo: true) are a warning, not KEY_DEMO */
  allowDemoKey?: boolean
}

export interface GitSettings {
  /** branch the store commits to; the checked-out branch when absent */
  storeBranch?: string
  committerName: string
  committerEmail: string
}

export const DEFAULT_GIT: GitSettings = {
  committerName: 'release-evidence',
  committerEmail: 'release-evidence@users.noreply.github.com'
}

/** The workflow event that started a run: a fork's pull request never commits evidence. */
export interface RunEvent {
  name: string
  /** owner/name of the repository the run belongs to */
  repository: string
  /** the parsed event payload, null when absent */
  payload: unknown
}

export interface PushSettings {
  /** push the store branch after committing */
  push: boolean
  /** the raw remote / remote-url / max-attempts values, checked by src/publish when pushing */
  target: PublishInputs
  /** sent as the push credential; null: none (a local or loopback remote) */
  token: Secret | null
  allowUnsafePrCommit: boolean
  /** null outside a workflow run */
  event: RunEvent | null
}
