import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

// Cold start: an entry bundle loads its lazy chunks only when a command or stage runs. What a
// start that does nothing loads must not hold the YAML parser, ajv or the artifact client (the
// three largest modules, needed only by a stage that reads a policy or uploads). A loader hook
// records every file the process loads; each is searched for a symbol only that library defines.

const ROOT = join(import.meta.dirname, '..')
const HOOKS = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.LOAD_LOG, url + '\\n')
  return next(url, context)
}`)}`
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(HOOKS)})`)}`

const MARKERS = [
  ['yaml', 'YAMLParseError'],
  ['ajv', 'ucs2length'],
  ['@actions/artifact', 'DefaultArtifactClient'],
  // Octokit (@actions/github with the retry and throttling plugins) loads only when a check run is made;
  // the markers are the libraries' own internals (our option names, such as onSecondaryRateLimit, are not)
  ['@octokit/plugin-throttling', 'Bottleneck'],
  ['@octokit/plugin-retry', 'retryRequest']
] as const

function loadedBy(entry: string, args: string[], env: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'coldstart-'))
  const log = join(dir, 'loaded.txt')
  try {
    const r = spawnSync(process.execPath, ['--import', REGISTER, join(ROOT, entry), ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LOAD_LOG: log, ...env } })
    expect(r.status, r.stderr).not.toBeNull()
    return readFileSync(log, 'utf8').split('\n').filter(Boolean)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('cold start of the bundles', () => {
  it.each([
    ['the CLI', 'dist/cli/index.js', ['--help'], {}],
    ['the CLI on a command that fails on its arguments', 'dist/cli/index.js', ['verify', '--mode', 'loud'], {}],
    ['the Action with nothing to do', 'dist/index.js', [], { INPUT_STAGES: 'ledger', INPUT_ALARMS: 'missing.csv', INPUT_LEDGER: 'missing.csv', INPUT_EVIDENCE: 'missing.csv' }]
  ])('%s loads neither yaml, ajv, the artifact client nor Octokit', (_name, entry, args, env) => {
    const files = loadedBy(entry, args as string[], env)
    expect(files).toContain(pathToFileURL(join(ROOT, entry)).href)
    for (const url of files.filter((u) => u.includes('/dist/'))) {
      const text = readFileSync(new URL(url), 'utf8')
      for (const [library, marker] of MARKERS) expect(text.includes(marker), `${url} holds ${library}`).toBe(false)
    }
  })

  it('sees them when a stage does load them (the check can fail); the gate reads git history without isomorphic-git', () => {
    const files = loadedBy('dist/cli/index.js', ['validate-ledger', '-C', ROOT, '--now', '2026-11-23T15:00:00Z', '--out-dir', mkdtempSync(join(tmpdir(), 'coldstart-out-'))])
    const texts = files.filter((u) => u.includes('/dist/')).map((u) => readFileSync(new URL(u), 'utf8'))
    expect(texts.some((t) => t.includes('YAMLParseError'))).toBe(true)
    // isomorphic-git writes objects and talks to remotes; the gate's history reads are native git
    expect(texts.some((t) => t.includes('UnsafeFilepathError'))).toBe(false)
  })
})
