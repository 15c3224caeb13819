import type { ActionSettings } from './action/settings.js'
import type { PublishSettings } from './publish/config.js'

// The one settings contract. src/index.ts builds it from Action inputs, src/cli.ts from argv;
// the engine never reads inputs, argv or the clock itself. Paths are repo-relative unless noted.

export type StageName = 'ledger' | 'closure' | 'verify'
export const STAGE_NAMES: readonly StageName[] = ['ledger', 'closure', 'verify']

export type RolloutMode = 'observe' | 'soft' | 'full'
export const ROLLOUT_MODES: readonly RolloutMode[] = ['observe', 'soft', 'full']

export interface InputPaths {
  /** active page/block alarms (lesson 111/112 output) */
  alarms: string
  /** append-only acknowledgment ledger */
  ledger: string
  /** evidence rows that closure refs resolve against */
  evidence: string
}

export interface PolicyPaths {
  ackLedger: string
  closurePacket: string
  keyring: string
}

export const DEFAULT_INPUTS: InputPaths = {
  alarms: 'examples/alarms.csv',
  ledger: 'examples/ack-ledger.csv',
  evidence: 'examples/evidence.csv'
}

export const DEFAULT_POLICIES: PolicyPaths = {
  ackLedger: 'policies/ack-ledger.yaml',
  closurePacket: 'policies/closure-packet.yaml',
  keyring: 'policies/keyring.yaml'
}

export interface Settings {
  /** absolute path of the repository (the Action's GITHUB_WORKSPACE, the CLI's --repo) */
  workspace: string
  stages: StageName[]
  mode: RolloutMode
  /** evaluation instant in epoch ms: injected, never read from the clock below this point */
  now: number
  inputs: InputPaths
  policies: PolicyPaths
  /** directory (absolute) for generated reports such as defects.csv */
  outDir: string
  /** Action-only inputs and runner facts (src/action/settings.ts); absent in the CLI */
  action?: ActionSettings
  /** closure signing: who signs and where the key comes from (never the key itself) */
  signing?: SigningSettings
  /** how the store commits: branch and committer identity (commit time is always `now`) */
  git?: GitSettings
  /** where the store branch is pushed and how many times a lost race is retried (DEFAULT_PUBLISH when absent) */
  publish?: PublishSettings
  /**
   * The bundled read worker (dist/read-worker/index.js), set by the entry points: the ledger and
   * evidence files are then read in a worker thread beside the alarms. Absent, they are read in
   * this thread, with the same result.
   */
  readWorker?: URL
}

export interface SigningSettings {
  /** the signer the key must belong to in the keyring (--signer-id); any keyring signer when absent */
  signerId?: string
  /**
   * Where the private key is read from: an absolute key file (--key-file) wins, then the Action's
   * signing-key input, then $RELEASE_EVIDENCE_SIGNING_KEY. Only the source is recorded here; the
   * key text is read at signing time and never stored in Settings, logs or reports.
   */
  keyFile?: string
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
