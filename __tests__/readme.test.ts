import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../src/cli/commands.js'
import { DEFECT_CODES } from '../src/report/codes.js'
import { codesMarkdown } from '../src/report/codes-command.js'
import { OUTSIDER_SCRIPT } from './signing/outsider-script.js'

// The README is part of the contract: it must document every defect code, Action input and
// output, and command, and its Quick start must name scripts that exist. Run with
// UPDATE_README=1 to regenerate the defect-code table from the registry.

const root = join(import.meta.dirname, '..')
const readmePath = join(root, 'README.md')
const START = '<!-- codes:start -->'
const END = '<!-- codes:end -->'

function codesBlock(text: string): string {
  const a = text.indexOf(START)
  const b = text.indexOf(END)
  expect(a, 'README has the codes markers').toBeGreaterThan(-1)
  return text.slice(a + START.length, b).trim()
}

describe('README', () => {
  if (process.env.UPDATE_README === '1') {
    const text = readFileSync(readmePath, 'utf8')
    const a = text.indexOf(START) + START.length
    writeFileSync(readmePath, `${text.slice(0, a)}\n${codesMarkdown()}\n${text.slice(text.indexOf(END))}`)
  }
  const readme = readFileSync(readmePath, 'utf8')

  it('carries the defect-code table exactly as the registry renders it', () => {
    expect(codesBlock(readme)).toBe(codesMarkdown())
    for (const code of Object.keys(DEFECT_CODES)) expect(readme).toContain(`\`${code}\``)
  })

  it('documents every Action input and output', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: object; outputs: object }
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme, `README documents '${name}'`).toContain(`\`${name}\``)
    }
  })

  it('shows the OpenSSL verification steps exactly as the suite runs them', () => {
    expect(readme).toContain(OUTSIDER_SCRIPT.trim())
  })

  it('names every CLI command', () => {
    for (const c of COMMANDS) expect(readme).toContain(`release-evidence ${c.name}`)
  })

  it('has a Quick start whose commands are real scripts', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm test')
    expect(pkg.scripts.demo).toBeDefined()
    expect(pkg.scripts.test).toBeDefined()
  })
})
