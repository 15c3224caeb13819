import type { Lesson } from '../lesson.js'
import { TRUST_CODES } from './codes.js'
import { trustCommand } from './commands.js'
import { TRUST_FAMILY } from './family.js'

// The trust root as a registry entry (machinery, no lesson): its family (trust/root/root-rNNN.*,
// proven write-once by the store and walked from the pin by its inspector), its codes and the
// `trust` command (init/migrate, rotate, sign, publish, show).

export const trust: Lesson = {
  name: 'trust',
  lesson: null,
  title: 'Trust root: the signed, pinned keyring',
  codes: TRUST_CODES,
  inputs: [],
  policies: [],
  families: [{ family: TRUST_FAMILY, optional: true, inspector: async (settings) => (await import('./inspector.js')).trustInspector(settings) }],
  commands: [trustCommand]
}
