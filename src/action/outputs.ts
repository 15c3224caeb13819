// Step output names, one place; action.yml documents each (checked by __tests__/action/inputs.test.ts).

export const OUTPUT = {
  decision: 'decision',
  blockingDefects: 'blocking-defects',
  defectsFile: 'defects-file',
  packetPaths: 'packet-paths',
  commitSha: 'commit-sha',
  revisions: 'revisions',
  storeBranch: 'store-branch',
  pushed: 'pushed',
  verified: 'verified',
  verifyDefectsFile: 'verify-defects-file'
} as const

export type OutputName = (typeof OUTPUT)[keyof typeof OUTPUT]
export type Outputs = Partial<Record<OutputName, string>>
