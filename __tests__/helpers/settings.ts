import { CATALOG } from '../../src/lessons.js'
import { settingsFromOptions, type OptionValues } from '../../src/options.js'
import type { Settings } from '../../src/settings.js'

// Settings as both faces build them (src/options.ts with the registry's catalog), for tests that
// call the engine directly.
export function settingsFor(values: OptionValues, cwd: string, stages: readonly string[], clock: () => number = () => 0): Settings {
  return settingsFromOptions(values, { cwd, clock }, CATALOG, stages)
}
