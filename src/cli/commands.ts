import type { Command } from './context.js'
import { validateLedgerCommand } from '../ledger/command.js'
import { keygenCommand } from '../signing/keygen-command.js'
import { exportClosureCommand, reviewCommand, verifyCommand } from '../store/commands.js'
import { demoCommand } from '../store/demo.js'
import { codesCommand } from '../report/codes-command.js'

// The command registry. Each command lives in its domain folder and is listed here once.
export const COMMANDS: Command[] = [validateLedgerCommand, keygenCommand, exportClosureCommand, verifyCommand, reviewCommand, demoCommand, codesCommand]
