// The retention stage's step outputs (action.yml declares the same names).
export const RETENTION_OUTPUTS: Record<string, string> = {
  'retention-index-file': 'Absolute path of retention-index.csv, one row per stored revision with its expiry, hold state and storage URI (retention stage).',
  'active-holds': 'Number of active legal holds in the store (retention stage).',
  'purge-candidates': 'Number of expired, unheld revisions queued for an approval-required purge; nothing is deleted (retention stage).',
  'retention-blocking-defects': 'Number of retention defects that block in the current mode (retention stage).'
}
