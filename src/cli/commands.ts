import type { Command } from './context.js'

// The command registry. Each command lives in its domain folder and is listed here once.
export const COMMANDS: Command[] = []
