import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { DEFECT_CODES } from '../src/lessons.js'
import { STORE_CODES } from '../src/store/codes.js'
import { cliCommands } from '../scripts/gen-docs.mjs'
import { OUTSIDER_SCRIPT } from './signing/outsider-script.js'

// The documentation is part of the contract: it names every command, Action input and output and
// defect code, and the steps it gives an outsider are the steps the suite runs. Nothing here
// writes a file; the generated pages are checked against their generator in docs.test.ts.

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const readme = read('README.md')

describe('README and docs name what the code has', () => {
  const commands = cliCommands(
    // the CLI's own list, as the generated CLI reference shows it
    /```text\n([\s\S]*?)\n```/.exec(read('docs/reference/cli.md'))![1]
  )

  it('the README names every CLI command, and the CLI reference documents each', () => {
    expect(commands.length).toBeGreaterThan(0)
    const cli = read('docs/reference/cli.md')
    for (const c of commands) {
      expect(readme).toContain(`release-evidence ${c.name}`)
      expect(cli).toContain(`## \`release-evidence ${c.name}\``)
    }
  })

  it('the Action reference documents every input and output of action.yml', () => {
    const action = parse(read('action.yml')) as { inputs: object; outputs: object }
    const page = read('docs/reference/action-inputs.md')
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(page, `documents '${name}'`).toContain(`| \`${name}\` |`)
  })

  it('the codes reference lists every code of the registry, once', () => {
    const page = read('docs/reference/codes.md')
    for (const code of Object.keys(DEFECT_CODES)) expect(page.split(`| \`${code}\` |`).length - 1, code).toBe(1)
  })

  it("the store page's who-acts table is the store code registry", () => {
    const page = read('docs/store.md')
    const block = page.slice(page.indexOf('<!-- store-codes:start -->'), page.indexOf('<!-- store-codes:end -->'))
    const rows = block.split('\n').filter((l) => l.startsWith('| `'))
    const expected = Object.entries(STORE_CODES).map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.owner_role} | ${info.required_action.replace(/\|/g, '\\|')} |`)
    expect(rows).toEqual(expected)
  })

  it('shows the OpenSSL verification steps exactly as the suite runs them', () => {
    expect(read('docs/closure-packets.md')).toContain(OUTSIDER_SCRIPT.trim())
  })
})
