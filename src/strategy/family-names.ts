// The names of lesson 120's four families, apart from their descriptions (family.ts) so the shared
// window page (view.ts), which family.ts loads lazily, can name them without importing it back.
export const STRATEGY_FAMILY_NAMES = {
  packet: 'strategy-approval',
  signoff: 'strategy-signoff',
  outcome: 'strategy-outcome',
  divergence: 'strategy-divergence'
} as const
