import type { Lesson } from '../lesson.js'
import { LEDGER_CODES } from './codes.js'
import { validateLedgerCommand } from './commands.js'
import { LEDGER_OUTPUTS } from './outputs.js'

// Lesson 113: the acknowledgment-ledger gate. Reads the active alarms, the append-only ledger and
// the evidence rows; decides go / conditional-go / no-go per release window.

export const ledger: Lesson = {
  name: 'ledger',
  lesson: 113,
  title: 'Acknowledgment-ledger gate',
  codes: LEDGER_CODES,
  inputs: [
    {
      key: 'alarms',
      option: 'alarms',
      default: 'examples/alarms.csv',
      help: 'alarms CSV'
    },
    {
      key: 'ledger',
      option: 'ledger',
      default: 'examples/ack-ledger.csv',
      help: 'acknowledgment ledger CSV'
    },
    {
      key: 'evidence',
      option: 'evidence',
      default: 'examples/evidence.csv',
      help: 'evidence CSV'
    }
  ],
  policies: [
    {
      kind: 'ack-ledger',
      option: 'ledger-policy',
      default: 'policies/ack-ledger.yaml',
      help: 'acknowledgment-ledger policy'
    }
  ],
  families: [],
  stage: {
    name: 'ledger',
    outputs: LEDGER_OUTPUTS,
    reads: {
      inputs: ['alarms', 'ledger', 'evidence'],
      policies: ['ack-ledger']
    },
    run: async (settings, ctx) => (await import('./stage.js')).runLedgerStage(settings, ctx)
  },
  commands: [validateLedgerCommand]
}
