import type { Command } from './context.js'

// The command registry. Each command lives in its domain folder and is listed here once, with
// the line `release-evidence --help` shows for it. A command's module is imported only when it
// runs: the gate should not pay for loading git, signing and the store at every start.

export interface CommandEntry {
  name: string
  summary: string
  load(): Promise<Command>
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate-ledger',
    summary: 'Check the acknowledgment ledger against active alarms: go / conditional-go / no-go per release window',
    load: async () => (await import('../ledger/command.js')).validateLedgerCommand
  },
  {
    name: 'keygen',
    summary: 'Create an Ed25519 signing key pair and print its keyring entry',
    load: async () => (await import('../signing/keygen-command.js')).keygenCommand
  },
  {
    name: 'export-closure',
    summary: 'Build, sign, verify and commit one closure packet revision per changed release window',
    load: async () => (await import('../store/commands.js')).exportClosureCommand
  },
  {
    name: 'verify',
    summary: 'Prove the closure-packet store from git history: signatures, chain, write-once, completeness',
    load: async () => (await import('../store/commands.js')).verifyCommand
  },
  {
    name: 'review',
    summary: "Post-incident review of a window's latest signed closure packet (checklist + traced sample)",
    load: async () => (await import('../store/commands.js')).reviewCommand
  },
  {
    name: 'demo',
    summary: 'Run the gate, export and sign closure packets, and verify them, on the examples in a temp repo',
    load: async () => (await import('../store/demo.js')).demoCommand
  },
  {
    name: 'codes',
    summary: 'list every defect code with its stage, severity and meaning',
    load: async () => (await import('../report/codes-command.js')).codesCommand
  }
]
