// The closure stage's step outputs; action.yml documents each (a test keeps them equal).

export const CLOSURE_OUTPUTS = {
  'packet-paths': 'Newline-separated repo-relative paths of the packet files written by this run (closure stage).',
  'commit-sha': 'The last store commit written by this run; empty when nothing changed (closure stage).',
  revisions: 'Space-separated `window/rNNN` of the revisions written by this run (closure stage).',
  'store-branch': 'The branch the closure stage committed to (closure stage).',
  pushed: '`true` when this run pushed new closure packets to the store branch (closure stage).'
} as const
