import { STAGES } from '../lessons.js'

// Step outputs: each stage declares its own (src/lesson.ts StageSpec.outputs); action.yml
// documents each, and __tests__/action/inputs.test.ts keeps the two equal.

export const OUTPUTS: Readonly<Record<string, string>> = Object.assign({}, ...STAGES.map((s) => s.outputs)) as Record<string, string>

export type Outputs = Record<string, string | undefined>
