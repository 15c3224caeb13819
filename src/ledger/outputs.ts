// The ledger stage's step outputs; action.yml documents each (a test keeps them equal).

export const LEDGER_OUTPUTS = {
  decision:
    "Ledger gate decision over all release windows - `go`, `conditional-go` or `no-go` (ledger stage).",
  "blocking-defects":
    "Number of defects that block in the current mode (ledger stage).",
  "defects-file":
    "Absolute path of defects.csv, every ledger defect with the seed's columns first (ledger stage).",
} as const;
