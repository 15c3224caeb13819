import type { Lesson } from '../lesson.js'
import { STORE_CODES } from './codes.js'
import { verifyCommand } from './commands.js'
import { VERIFY_OUTPUTS } from './outputs.js'
import { VIEW_CODES } from './view-codes.js'

// The store as a registry entry: it owns no family, but verifies every registered one (the
// `verify` command and the Action's verify stage, which runs after every lesson's stage).

export const store: Lesson = {
  name: 'store',
  lesson: null,
  title: 'Write-once store',
  codes: { ...STORE_CODES, ...VIEW_CODES },
  inputs: [],
  policies: [],
  families: [],
  stage: {
    name: 'verify',
    outputs: VERIFY_OUTPUTS,
    reads: { inputs: [], policies: ['keyring'], families: true },
    run: async (settings, ctx) => (await import('./stage.js')).runVerifyStage(settings, ctx)
  },
  commands: [verifyCommand]
}
