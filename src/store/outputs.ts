// The verify stage's step outputs; action.yml documents each (a test keeps them equal).

export const VERIFY_OUTPUTS = {
  verified: '`true` when the closure store verified without a blocking defect (verify stage).',
  'verify-defects-file': 'Absolute path of verify-defects.csv (verify stage).',
  'verified-tip': 'The commit the store verified at, empty when it did not verify: pass it as `since` to the next run (verify stage).'
} as const
