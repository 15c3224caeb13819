// The strategy stage's step outputs; action.yml documents each (a test keeps them equal).

export const STRATEGY_OUTPUTS = {
  'strategy-approved': '`true` when the latest revision of every strategy-approval packet in the store is approved (strategy stage).',
  'strategy-report-file': 'Absolute path of strategy-status.json, the approval panel of every window and cluster (strategy stage).'
} as const
