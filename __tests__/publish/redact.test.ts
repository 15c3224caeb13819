import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeError, UserError } from '../../src/errors.js'
import { resolvePublishSettings } from '../../src/publish/config.js'
import { redactText, redactUrl } from '../../src/publish/redact.js'
import { checkRemoteUrl } from '../../src/publish/remote.js'
import { renderFailureSummary } from '../../src/action/outcome.js'
import { EXAMPLE_DATA_ENV, makeWorkspace, NOW, REPO_ROOT, type Workspace } from '../action/workspace.js'

// A remote URL is shown in messages, annotations and the job summary; its credentials never
// are, whatever the URL's shape. Everything before the last `@` of the authority is userinfo,
// for URLs with a scheme and for scp-like remotes (user@host:path) alike.

describe('redactUrl', () => {
  it.each([
    // scheme URLs: the userinfo is dropped, up to the last @ of the authority
    ['https://user:pw@example.com/r.git', 'https://example.com/r.git'],
    ['https://example.com/r.git', 'https://example.com/r.git'],
    ['http://user:a@b@host/r.git', 'http://host/r.git'],
    ['https://x-access-token:ghs_SECRET@github.com/octo/release.git', 'https://github.com/octo/release.git'],
    ['https://ghs_SECRET@github.com/octo/release.git', 'https://github.com/octo/release.git'],
    ['https://:SECRET@github.com/o/r', 'https://github.com/o/r'],
    ['https://u:S@E@C@host:8443/r.git?x=1#y', 'https://host:8443/r.git?x=1#y'],
    ['HTTPS://User:SECRET@Host/r', 'HTTPS://Host/r'],
    ['https://user:SECRET@[::1]:8080/r.git', 'https://[::1]:8080/r.git'],
    ['https://user:SECRET@host', 'https://host'],
    ['https://user:SECRET@host?q', 'https://host?q'],
    ['ssh://git@github.com/octo/release.git', 'ssh://github.com/octo/release.git'],
    ['ssh://user:SECRET@host:22/o/r.git', 'ssh://host:22/o/r.git'],
    ['git+ssh://user:SECRET@host/o/r.git', 'git+ssh://host/o/r.git'],
    ['git://user:SECRET@host/o/r.git', 'git://host/o/r.git'],
    // a password with / ? # in it: the authority as delimited is no host[:port], so the userinfo runs to the last @
    ['https://user:SE/CRET@host/r.git', 'https://host/r.git'],
    ['https://user:SE?CR#ET@host/r.git', 'https://host/r.git'],
    ['https://user:SE\\CRET@host/r.git', 'https://host/r.git'],
    // an @ in the path of a URL whose authority is a host is the path's
    ['https://github.com/@scope/r.git', 'https://github.com/@scope/r.git'],
    ['http://127.0.0.1:8080/store.git', 'http://127.0.0.1:8080/store.git'],
    // scp-like: everything up to the last @ is the user part
    ['git@github.com:octo/release.git', 'github.com:octo/release.git'],
    ['user:SECRET@host:o/r.git', 'host:o/r.git'],
    ['user:a@b@host:o/r.git', 'host:o/r.git'],
    ['user:SE/CRET@host:o/r.git', 'host:o/r.git'],
    ['user:SECRET@host', 'host'],
    ['github.com:octo/release.git', 'github.com:octo/release.git'],
    // local paths and text that is no URL at all are shown as they are
    ['/srv/git/release.git', '/srv/git/release.git'],
    ['./a@b/release.git', './a@b/release.git'],
    ['not a url', 'not a url'],
    ['', '']
  ])('%s -> %s', (raw, shown) => {
    expect(redactUrl(raw)).toBe(shown)
  })

  it('redacts every URL inside a longer message and leaves the rest alone', () => {
    expect(redactText('fetching https://u:SECRET@host/r.git failed; also user:SECRET@host:o/r.git (try again)')).toBe(
      'fetching https://host/r.git failed; also host:o/r.git (try again)'
    )
    expect(redactText("remote 'user:SECRET@host:o/r.git' (ssh://u:SECRET@h/r), then")).toBe("remote 'host:o/r.git' (ssh://h/r), then")
    expect(redactText('connect ECONNREFUSED 127.0.0.1:1')).toBe('connect ECONNREFUSED 127.0.0.1:1')
  })
})

const SECRET_URLS = [
  'http://user:a@SECRET@host/r.git',
  'user:SECRET@host:o/r.git',
  'SECRET@host:o/r.git',
  'ssh://user:SECRET@host/o/r.git',
  'ftp://user:SECRET@host/r.git',
  'https://user:SE/SECRET@host/r.git',
  'http://user:SECRET@example.com/r.git'
]

describe('remote-url settings never echo credentials', () => {
  it.each(SECRET_URLS)('%s: refused, and neither the message, the problems nor the summary holds the secret', (url) => {
    let err: unknown
    try {
      resolvePublishSettings({ remoteUrl: url })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    const shown = [describeError(err), JSON.stringify((err as UserError).problems), renderFailureSummary(err)].join('\n')
    expect(shown).not.toContain('SECRET')
    expect(() => checkRemoteUrl(url, 'remote-url')).toThrow(UserError)
    try {
      checkRemoteUrl(url, 'remote-url')
    } catch (e) {
      expect(`${(e as Error).message}${JSON.stringify((e as UserError).problems)}`).not.toContain('SECRET')
    }
  })
})

// The Action from its entry (src/index.ts) as the runner runs it: annotations on stdout, the
// job summary in its file. The closure stage with push resolves remote-url before any network work.
describe('the Action with a credential-bearing remote-url', () => {
  const LOADER = join(REPO_ROOT, '__tests__', 'helpers', 'ts-loader.mjs')
  const ENTRY = join(REPO_ROOT, 'src', 'index.ts')
  const DEMO_KEY = readFileSync(join(REPO_ROOT, 'examples/keys/DEMO-ONLY-signing-key.txt'), 'utf8')
  let ws: Workspace
  beforeAll(async () => {
    ws = await makeWorkspace()
  })
  afterAll(async () => {
    await ws.cleanup()
  })

  it.each(['http://user:a@SECRET@host/r.git', 'user:SECRET@host:o/r.git'])('%s: the step fails (exit 2) and neither its annotations nor its summary show the secret', (url) => {
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: ws.dir,
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_OUTPUT: ws.outputFile,
      GITHUB_STEP_SUMMARY: ws.summaryFile,
      GITHUB_REPOSITORY: 'octo/release',
      GITHUB_SHA: 'f'.repeat(40),
      INPUT_NOW: NOW,
      ...EXAMPLE_DATA_ENV,
      INPUT_STAGES: 'closure',
      INPUT_MODE: 'observe',
      INPUT_PUSH: 'true',
      'INPUT_SIGNING-KEY': DEMO_KEY,
      'INPUT_GITHUB-TOKEN': 'ghs_token',
      'INPUT_REMOTE-URL': url
    }
    const before = readFileSync(ws.summaryFile, 'utf8')
    const p = spawnSync(process.execPath, ['--import', LOADER, ENTRY], { cwd: ws.dir, env, encoding: 'utf8', timeout: 120_000 })
    const summary = readFileSync(ws.summaryFile, 'utf8').slice(before.length)
    expect({ status: p.status, stderr: p.stderr }).toEqual({ status: 2, stderr: '' })
    expect(p.stdout).toMatch(/^::error::INPUT_INVALID: invalid publish settings/m)
    expect(p.stdout).toContain('remote-url')
    expect(summary).toContain('## release-evidence: cannot evaluate')
    expect(summary).toContain('remote-url')
    expect(p.stdout).not.toContain('SECRET')
    expect(summary).not.toContain('SECRET')
  })
})
