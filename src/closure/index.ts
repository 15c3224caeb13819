import type { Lesson } from '../lesson.js'
import { CLOSURE_CODES } from './codes.js'
import { demoCommand, exportClosureCommand, reviewCommand } from './commands.js'
import { CLOSURE_FAMILY, CLOSURE_VERIFIER_VERSION } from './family.js'
import { CLOSURE_OUTPUTS } from './outputs.js'

// Lesson 114: one signed closure packet per release window, committed write-once under
// closure-packets/{window}/ and verified from git history.

export const closure: Lesson = {
  name: 'closure',
  lesson: 114,
  title: 'Signed closure packets',
  codes: CLOSURE_CODES,
  inputs: [],
  policies: [{ kind: 'closure-packet', option: 'closure-policy', default: 'policies/closure-packet.yaml', help: 'closure-packet policy' }],
  families: [
    {
      family: CLOSURE_FAMILY,
      verifierVersion: CLOSURE_VERIFIER_VERSION,
      inspector: async (settings) => {
        const { closureInspector, loadClosureTrust } = await import('./inspector.js')
        return closureInspector(await loadClosureTrust(settings), settings.now)
      }
    }
  ],
  stage: {
    name: 'closure',
    outputs: CLOSURE_OUTPUTS,
    reads: { inputs: ['alarms', 'ledger', 'evidence'], policies: ['ack-ledger', 'closure-packet', 'keyring'] },
    run: async (settings, ctx) => (await import('./stage.js')).runClosureStage(settings, ctx)
  },
  commands: [exportClosureCommand, reviewCommand, demoCommand]
}
