// The one settings contract. src/index.ts builds it from Action inputs, src/cli.ts from argv;
// the engine never reads inputs, argv or the clock itself. Paths are repo-relative unless noted.

export type StageName = 'ledger' | 'closure'
export const STAGE_NAMES: readonly StageName[] = ['ledger', 'closure']

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
}
