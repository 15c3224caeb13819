import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser'

// The house rules (.dependency-cruiser.cjs): no import cycle of any kind, no import from a domain
// into a face, the registry read by the faces only, machinery below the lessons. The rules are
// checked on src/ and, so that a rule that stopped matching cannot pass silently, on a fixture
// that breaks each of them.

const ROOT = join(import.meta.dirname, '..')
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: object[]; options: Record<string, unknown> }

async function violations(baseDir: string, minModules = 1): Promise<string[]> {
  const { output } = (await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, baseDir, validate: true, tsConfig: { fileName: join(baseDir, 'tsconfig.json') } } as never, undefined, {
    tsConfig: undefined
  })) as { output: ICruiseResult }
  expect(output.summary.totalCruised).toBeGreaterThanOrEqual(minModules)
  return output.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()
}

describe('the house rules', () => {
  it('hold for src/', async () => {
    expect(await violations(ROOT, 150)).toEqual([])
  }, 60_000)

  it('catch a cycle (type-only included), a domain importing a face, and machinery importing a lesson', async () => {
    const found = await violations(join(ROOT, '__tests__/fixtures/architecture'), 5)
    expect(found).toEqual(
      expect.arrayContaining([
        'machinery-below-lessons: src/store/verify.ts -> src/ledger/gate.ts',
        'no-face-imports: src/ledger/gate.ts -> src/cli/context.ts',
        expect.stringMatching(/^no-cycles: src\/util\/(a|b)\.ts -> src\/util\/(a|b)\.ts$/)
      ])
    )
  }, 60_000)
})
